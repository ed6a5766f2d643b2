package wirebeam

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// An inputLine is one input line and its number in its own file, counted
// from 1, which an error record reports as the command does. Its fields
// are exported for Beam's coder.
type inputLine struct {
	N    int
	Text string // without its line end
}

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(inputLine), error](&readLinesFn{})
	register.Emitter1[inputLine]()
}

// readLines reads every file that glob matches (decompressing by
// extension, as textio does) into its numbered lines. A file is read by
// one worker, from its start, so that line numbers are exact; the lines
// are then reshuffled so that parsing spreads over all workers even when
// the input is one large file.
func readLines(s beam.Scope, glob string) beam.PCollection {
	s = s.Scope("ReadLines")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob), fileio.ReadDirectorySkip())
	lines := beam.ParDo(s, &readLinesFn{}, files)
	return beam.Reshuffle(s, lines)
}

// readLinesFn emits the lines of one file. Lines may be of any length.
type readLinesFn struct{}

func (fn *readLinesFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(inputLine)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	r := bufio.NewReaderSize(rc, 1<<20)
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			emit(inputLine{N: n, Text: string(trimLine(line))})
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// trimLine drops the line end of a line read by bufio.Reader.
func trimLine(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}
