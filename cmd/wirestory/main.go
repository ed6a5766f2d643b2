// Command wirestory prints the structure of news wire stories: the
// dateline, byline and credit, who said what, and the chains of sources
// behind each report.
//
// Usage:
//
//	wirestory [flags] [FILE]          one story (stdin without FILE)
//	wirestory -jsonl [flags] [FILE]   JSON Lines of {"id", "text"}, one result a line
//
// Flags may come before or after FILE; "--" ends them.
//
// -format text is a view for people: the frame, each speaker with their
// quotations and reported statements, and each chain of sources as
// "Xinhua ← a statement ← the website of the President's Office". It is
// the default for one story when stdout is a terminal. -format json prints
// the Article as JSON, whose field names are a stable contract (see the
// package documentation of github.com/wirestory/wirestory); it is the
// default otherwise, and always for -jsonl unless -format says text.
//
// In -jsonl mode every core is used, output keeps input order, and memory
// stays flat however large the input: lines of any length are read whole.
// Output line N answers input line N and carries its "id". A line that is
// blank, not valid JSON, or has no string "text" gives {"id": …, "line":
// N, "error": "…"}, with the id when the line had one, and the run goes
// on; at the end the failing lines are named on stderr and the exit
// status is 1. With -format text each story is a block headed by its line
// and id. With -progress, or when stderr is a terminal, the stories done,
// the speed and the time left are shown on stderr: on one updated line on
// a terminal, as a plain line every few seconds into a file or pipe.
//
// The exit status is 0 on success (and for -h, whose usage goes to
// stdout), 1 if the input cannot be read or a line failed, and 2 for a
// mistake on the command line.
//
// JSON strings hold only valid UTF-8: in a story read from a file, an
// invalid byte is written as U+FFFD, so a span's "text" over such a byte
// differs from the raw input there (its offsets are still the input's).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/wirestory/wirestory"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command with its arguments and files; it returns the exit
// status.
func run(args []string, stdin *os.File, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wirestory", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "text, json or html (default: text for one story on a terminal, json otherwise)")
	jsonl := fs.Bool("jsonl", false, "read JSON Lines of {\"id\", \"text\"} and write one result a line")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "parallel workers in -jsonl mode")
	progress := fs.Bool("progress", false, "report progress on stderr in -jsonl mode (default: when stderr is a terminal)")
	ref := fs.String("ref", "", "reference time (RFC 3339 or 2006-01-02) for dateline years")
	fs.Usage = func() {} // written below: on stdout for -h, on stderr after a mistake
	err := fs.Parse(permuteArgs(fs, args))
	if errors.Is(err, flag.ErrHelp) {
		writeUsage(stdout, fs)
		return 0
	}
	if err != nil || fs.NArg() > 1 {
		if err == nil {
			fmt.Fprintln(stderr, "wirestory: one FILE at most")
		}
		writeUsage(stderr, fs)
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "wirestory:", err)
		return 1
	}

	if *format == "" {
		*format = "json"
		if !*jsonl && isTerminal(stdout) {
			*format = "text"
		}
	}
	switch *format {
	case "json", "text":
	case "html":
		if *jsonl {
			fmt.Fprintln(stderr, "wirestory: -format html shows one story, not -jsonl (wirestory -h for help)")
			return 2
		}
	default:
		fmt.Fprintf(stderr, "wirestory: -format %q: want text, json or html (wirestory -h for help)\n", *format)
		return 2
	}

	var p wirestory.Parser
	if *ref != "" {
		t, err := parseTime(*ref)
		if err != nil {
			return fail(err)
		}
		p.Reference = t
	}

	in := stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		in = f
	}
	size := int64(-1)
	if st, err := in.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	out := bufio.NewWriterSize(stdout, 1<<16)

	if !*jsonl {
		text, err := io.ReadAll(in)
		if err != nil {
			return fail(err)
		}
		if err := writeStory(out, *format, string(text), p.Parse(string(text))); err != nil {
			return fail(err)
		}
		if err := out.Flush(); err != nil {
			return fail(err)
		}
		return 0
	}

	opts := batchOptions{workers: max(1, *workers), format: *format}
	if *progress || isTerminal(stderr) {
		opts.progress = &reporter{w: stderr, size: size, start: time.Now(), plain: !isTerminal(stderr)}
	}
	res, err := runBatch(&p, in, out, opts)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fail(err)
	}
	if res.failed > 0 {
		fmt.Fprintln(stderr, "wirestory:", res.summary())
		return 1
	}
	return 0
}

// writeStory writes the result a of one story in the given format; text
// is the story as read, for a view that shows it.
func writeStory(w io.Writer, format, text string, a wirestory.Article) error {
	var b []byte
	switch format {
	case "text":
		var buf bytes.Buffer
		writeText(&buf, &a)
		b = buf.Bytes()
	case "html":
		return writeHTML(w, text, &a)
	default:
		j, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return err
		}
		b = append(j, '\n')
	}
	_, err := w.Write(b)
	return err
}

func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("-ref %q: want RFC 3339 or YYYY-MM-DD", s)
	}
	return t, nil
}

// isTerminal reports whether w is a character device, as a terminal is.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
