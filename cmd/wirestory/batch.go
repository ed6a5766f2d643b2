package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/wirestory/wirestory"
)

// A job is one input line on its way through the worker pool. Its result
// is delivered on done, so that the writer can wait for jobs in input
// order while workers finish them in any order.
type job struct {
	line   []byte
	id     json.RawMessage // the input's id, "null" if none
	out    []byte          // the output object, without the id
	failed bool
	done   chan struct{}
}

// runBatch reads JSON Lines from in, parses each story on one of workers
// goroutines, and writes the results to out in input order. At most about
// 5×workers lines are in flight, so memory is bounded by the longest
// lines, not by the input; a line may be of any length. It reports how
// many lines failed, and the first read or write error, after which it
// stops reading.
func runBatch(p *wirestory.Parser, in io.Reader, out io.Writer, workers int, rep *reporter) (failed int, err error) {
	jobs := make(chan *job, workers)
	order := make(chan *job, 4*workers)
	stop := make(chan struct{}) // closed when the writer gives up
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				line := j.line
				j.line = nil // so that parseLine's copy is the last reference
				j.id, j.out, j.failed = parseLine(p, line)
				close(j.done)
			}
		})
	}

	var readErr error // set before order is closed
	go func() {
		defer close(jobs)
		defer close(order)
		r := bufio.NewReaderSize(in, 1<<20)
		for {
			line, err := r.ReadBytes('\n')
			if rep != nil {
				rep.read(len(line))
			}
			if len(bytes.TrimSpace(line)) > 0 {
				j := &job{line: trimLine(line), done: make(chan struct{})}
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
		if j.failed {
			failed++
		}
		if writeErr = writeLine(out, j.id, j.out); writeErr != nil {
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
		return failed, writeErr
	}
	return failed, readErr
}

// An input is one JSON Lines record; fields other than id and text are
// ignored.
type input struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// A failure is the output of an input line that could not be parsed.
type failure struct {
	Error string `json:"error"`
}

// parseLine parses one input line into its id and output object, and
// reports whether the line failed.
func parseLine(p *wirestory.Parser, line []byte) (id json.RawMessage, out []byte, failed bool) {
	var in input
	err := json.Unmarshal(line, &in)
	line = nil // the decoded text is a copy: let a long line go before Parse
	id = in.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if err != nil {
		msg := "invalid JSON: " + err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			switch te.Field {
			case "":
				msg = "input line is a JSON " + te.Value + ", not an object"
			case "text":
				msg = `"text" is a JSON ` + te.Value + ", not a string"
			}
		}
		return id, encode(msg), true
	}
	if in.Text == nil {
		return id, encode(`no "text" field`), true
	}
	defer func() {
		// Parse must never panic; if it does, the run still goes on.
		if r := recover(); r != nil {
			out, failed = encode(fmt.Sprintf("internal error: %v", r)), true
		}
	}()
	out, err = p.Parse(*in.Text).MarshalJSON() // compact already: json.Marshal would check and copy it again
	if err != nil {
		return id, encode(err.Error()), true
	}
	return id, out, false
}

func encode(msg string) []byte {
	b, _ := json.Marshal(failure{Error: msg}) // a struct of one string always encodes
	return b
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
// the input size is known.
type reporter struct {
	w     io.Writer
	size  int64 // -1 if unknown
	start time.Time

	mu        sync.Mutex
	bytesRead int64
	stories   int
	failed    int
	last      time.Time
}

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
	if now := time.Now(); now.Sub(r.last) >= 500*time.Millisecond {
		r.last = now
		fmt.Fprint(r.w, "\r"+r.status(now)+"   ")
	}
}

func (r *reporter) finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Fprint(r.w, "\r"+r.status(time.Now())+"   \n")
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
