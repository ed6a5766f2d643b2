package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wirestory/wirestory"
	"github.com/wirestory/wirestory/internal/jsonl"
)

// A job is one input line on its way through the worker pool. Its result
// is delivered on done, so that the writer can wait for jobs in input
// order while workers finish them in any order.
type job struct {
	n      int // the line number, from 1
	line   []byte
	id     json.RawMessage // the input's id, "null" if none
	out    []byte          // the output: a JSON object without the id, or a text block
	failed bool
	done   chan struct{}
}

// batchOptions are the settings of runBatch.
type batchOptions struct {
	workers  int       // parallel workers, at least 1
	format   string    // "json" or "text"
	progress *reporter // nil for none
}

// A batchResult counts the lines of a run and names those that failed.
type batchResult struct {
	lines, failed int
	failedLines   []int // the first maxFailedLines failing line numbers
}

// maxFailedLines bounds the failing lines that the summary names.
const maxFailedLines = 20

// summary says how many lines failed, and which: "3 of 1200 lines
// failed: 4, 17, 933".
func (r batchResult) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d of %d lines failed:", r.failed, r.lines)
	for i, n := range r.failedLines {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, " %d", n)
	}
	if r.failed > len(r.failedLines) {
		b.WriteString(", …")
	}
	return b.String()
}

// runBatch reads JSON Lines from in, parses each story on one of
// opts.workers goroutines, and writes the results to out in input order,
// one for each input line, blank lines included. At most about 5×workers
// lines are in flight, so memory is bounded by the longest lines, not by
// the input; a line may be of any length. It reports the lines read and
// those that failed, and the first read or write error, after which it
// stops reading.
func runBatch(p *wirestory.Parser, in io.Reader, out io.Writer, opts batchOptions) (res batchResult, err error) {
	workers, rep := max(1, opts.workers), opts.progress
	jobs := make(chan *job, workers)
	order := make(chan *job, 4*workers)
	stop := make(chan struct{}) // closed when the writer gives up
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				line := j.line
				j.line = nil // so that parseLine's copy is the last reference
				j.id, j.out, j.failed = parseLine(p, opts.format, j.n, line)
				close(j.done)
			}
		})
	}

	var readErr error // set before order is closed
	go func() {
		defer close(jobs)
		defer close(order)
		r := bufio.NewReaderSize(in, 1<<20)
		for n := 1; ; n++ {
			line, err := r.ReadBytes('\n')
			if rep != nil {
				rep.read(len(line))
			}
			if len(line) > 0 { // the end of a file that ends in a line end is no line
				j := &job{n: n, line: trimLine(line), done: make(chan struct{})}
				select {
				case order <- j:
				case <-stop:
					return
				}
				jobs <- j
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
		}
	}()

	var writeErr error
	for j := range order {
		<-j.done
		if writeErr != nil {
			continue // drain what is in flight
		}
		res.lines++
		if j.failed {
			res.failed++
			if len(res.failedLines) < maxFailedLines {
				res.failedLines = append(res.failedLines, j.n)
			}
		}
		if opts.format == "text" {
			_, writeErr = out.Write(j.out)
		} else {
			writeErr = writeLine(out, j.id, j.out)
		}
		if writeErr != nil {
			close(stop)
			continue
		}
		if rep != nil {
			rep.done(j.failed)
		}
	}
	wg.Wait()
	if rep != nil {
		rep.finish()
	}
	if writeErr != nil {
		return res, writeErr
	}
	return res, readErr
}

// parseLine parses input line n into its id and its output in format
// ("json" or "text"), and reports whether the line failed. A JSON output
// is an object without the id, which writeLine splices in; a text output
// is the whole block, headed by the line number and the id.
func parseLine(p *wirestory.Parser, format string, n int, line []byte) (id json.RawMessage, out []byte, failed bool) {
	result := func(a *wirestory.Article, msg string) []byte {
		if format == "text" {
			return textBlock(n, id, a, msg)
		}
		if a == nil {
			return jsonl.Failure(n, msg)
		}
		b, err := a.MarshalJSON() // compact already: json.Marshal would check and copy it again
		if err != nil {
			failed = true
			return jsonl.Failure(n, err.Error())
		}
		return b
	}
	id, text, problem := jsonl.Decode(line) // the text is a copy: a long line can go before Parse
	if problem != "" {
		return id, result(nil, problem), true
	}
	defer func() {
		// Parse must never panic; if it does, the run still goes on.
		if r := recover(); r != nil {
			out, failed = result(nil, fmt.Sprintf("internal error: %v", r)), true
		}
	}()
	a := p.Parse(text)
	out = result(&a, "") // before failed is read: result may set it
	return id, out, failed
}

// textBlock is the text view of one JSON Lines story, or its error when a
// is nil, headed by its line number and id and followed by a blank line.
func textBlock(n int, id json.RawMessage, a *wirestory.Article, msg string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "── line %d · id %s ──\n", n, clean(string(id), maxNameRunes))
	if a == nil {
		b.WriteString("error: " + clean(msg, maxQuoteRunes) + "\n")
	} else {
		writeText(&b, a)
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// writeLine writes the output object obj with the id spliced in front of
// its fields, and a line end. Splicing while writing saves a copy of what
// may be a very large object.
func writeLine(w io.Writer, id json.RawMessage, obj []byte) error {
	if len(obj) < 2 || obj[0] != '{' {
		return fmt.Errorf("internal error: output %.20q is not an object", obj)
	}
	sep := ","
	if len(obj) == 2 { // {}
		sep = ""
	}
	for _, b := range [][]byte{[]byte(`{"id":`), id, []byte(sep), obj[1:], []byte("\n")} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// trimLine drops the line end of a line read by bufio.Reader.
func trimLine(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// A reporter prints progress: stories done, MB/s, and the time left when
// the input size is known. On a terminal it rewrites one line; into a
// file or a pipe (plain) it writes a line every few seconds, which a log
// keeps readable.
type reporter struct {
	w     io.Writer
	size  int64 // -1 if unknown
	start time.Time
	plain bool // write whole lines, never a carriage return

	mu        sync.Mutex
	bytesRead int64
	stories   int
	failed    int
	last      time.Time
}

// How often a reporter writes: a terminal line can change quickly, a log
// should not fill up.
const (
	terminalEvery = 500 * time.Millisecond
	plainEvery    = 2 * time.Second
)

func (r *reporter) read(n int) {
	r.mu.Lock()
	r.bytesRead += int64(n)
	r.mu.Unlock()
}

func (r *reporter) done(failed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stories++
	if failed {
		r.failed++
	}
	every := terminalEvery
	if r.plain {
		every = plainEvery
	}
	last := r.last
	if last.IsZero() && r.plain {
		last = r.start // a short run into a log writes its total alone
	}
	if now := time.Now(); now.Sub(last) >= every {
		r.last = now
		r.write(r.status(now), false)
	}
}

func (r *reporter) finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.write(r.status(time.Now()), true)
}

// write writes msg as the progress line: on a terminal over the last one,
// ending the line when final; otherwise as a line of its own.
func (r *reporter) write(msg string, final bool) {
	switch {
	case r.plain:
		fmt.Fprintln(r.w, msg)
	case final:
		fmt.Fprint(r.w, "\r"+msg+"   \n")
	default:
		fmt.Fprint(r.w, "\r"+msg+"   ")
	}
}

// status is the progress line: "1200 stories (2 failed), 6.0 MB, 12.0
// MB/s, 1m40s left".
func (r *reporter) status(now time.Time) string {
	secs := now.Sub(r.start).Seconds()
	mbps := 0.0
	if secs > 0 {
		mbps = float64(r.bytesRead) / 1e6 / secs
	}
	msg := strconv.Itoa(r.stories) + " stories"
	if r.failed > 0 {
		msg += fmt.Sprintf(" (%d failed)", r.failed)
	}
	msg += fmt.Sprintf(", %.1f MB, %.1f MB/s", float64(r.bytesRead)/1e6, mbps)
	if r.size > 0 && mbps > 0 && r.bytesRead < r.size {
		left := time.Duration(float64(r.size-r.bytesRead) / 1e6 / mbps * float64(time.Second))
		msg += ", " + left.Round(time.Second).String() + " left"
	}
	return msg
}
