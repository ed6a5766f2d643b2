package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/wirestory/wirestory"
)

// A job is one input line on its way through the worker pool. Its result
// is delivered on done, so that the writer can wait for jobs in input
// order while workers finish them in any order.
type job struct {
	line []byte
	out  []byte
	err  bool
	done chan struct{}
}

// runBatch reads JSON Lines from in, parses each story on one of workers
// goroutines, and writes the results to out in input order. At most
// 4×workers lines are in flight, so memory is bounded by the longest
// lines, not by the input. It reports how many lines failed.
func runBatch(p *wirestory.Parser, in io.Reader, out io.Writer, workers int, rep *reporter) (failed int, err error) {
	jobs := make(chan *job, workers)
	order := make(chan *job, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.out, j.err = parseLine(p, j.line)
				j.line = nil
				close(j.done)
			}
		})
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		r := bufio.NewReaderSize(in, 1<<20)
		for {
			line, err := r.ReadBytes('\n')
			if len(bytes.TrimSpace(line)) > 0 {
				j := &job{line: trimLine(line), done: make(chan struct{})}
				if rep != nil {
					rep.read(len(line))
				}
				order <- j
				jobs <- j
			} else if rep != nil {
				rep.read(len(line))
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr <- err
				}
				return
			}
		}
	}()

	for j := range order {
		<-j.done
		if j.err {
			failed++
		}
		if _, err := out.Write(j.out); err != nil {
			return failed, err
		}
		if rep != nil {
			rep.done()
		}
	}
	wg.Wait()
	if rep != nil {
		rep.finish()
	}
	select {
	case err := <-readErr:
		return failed, err
	default:
	}
	return failed, nil
}

// An input is one JSON Lines record; fields other than id and text are
// ignored.
type input struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// A failure is the output line of an input line that could not be parsed.
type failure struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error"`
}

// parseLine parses one input line into its output line, newline included.
func parseLine(p *wirestory.Parser, line []byte) ([]byte, bool) {
	var in input
	if err := json.Unmarshal(line, &in); err != nil {
		return encode(failure{ID: rawNull(in.ID), Error: "invalid JSON: " + err.Error()}), true
	}
	if in.Text == nil {
		return encode(failure{ID: rawNull(in.ID), Error: `no "text" field`}), true
	}
	a := p.Parse(*in.Text)
	b, err := json.Marshal(a)
	if err != nil {
		return encode(failure{ID: rawNull(in.ID), Error: err.Error()}), true
	}
	// Splice the id in front of the Article's fields.
	var buf bytes.Buffer
	buf.Grow(len(b) + len(in.ID) + 8)
	buf.WriteString(`{"id":`)
	buf.Write(rawNull(in.ID))
	if len(b) > 2 {
		buf.WriteByte(',')
	}
	buf.Write(b[1:])
	buf.WriteByte('\n')
	return buf.Bytes(), false
}

func rawNull(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage("null")
	}
	return id
}

func encode(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"id":null,"error":` + fmt.Sprintf("%q", err.Error()) + `}`)
	}
	return append(b, '\n')
}

// A reporter prints progress to a terminal: stories done, MB/s, and the
// time left when the input size is known.
type reporter struct {
	w     io.Writer
	size  int64
	start time.Time

	mu        sync.Mutex
	bytesRead int64
	stories   int
	last      time.Time
}

func (r *reporter) read(n int) {
	r.mu.Lock()
	r.bytesRead += int64(n)
	r.mu.Unlock()
}

func (r *reporter) done() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stories++
	if now := time.Now(); now.Sub(r.last) >= 500*time.Millisecond {
		r.last = now
		r.print(now)
	}
}

func (r *reporter) finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.print(time.Now())
	fmt.Fprintln(r.w)
}

func (r *reporter) print(now time.Time) {
	secs := now.Sub(r.start).Seconds()
	mbps := 0.0
	if secs > 0 {
		mbps = float64(r.bytesRead) / 1e6 / secs
	}
	msg := fmt.Sprintf("\r%d stories, %.1f MB, %.1f MB/s", r.stories, float64(r.bytesRead)/1e6, mbps)
	if r.size > 0 && r.bytesRead > 0 && mbps > 0 {
		left := time.Duration(float64(r.size-r.bytesRead) / 1e6 / mbps * float64(time.Second))
		msg += fmt.Sprintf(", %s left", left.Round(time.Second))
	}
	fmt.Fprint(r.w, msg+"   ")
}
