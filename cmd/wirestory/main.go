// Command wirestory prints the structure of news wire stories as JSON.
//
// Usage:
//
//	wirestory [FILE]           parse one story (stdin without FILE), print its Article
//	wirestory -jsonl [FILE]    parse JSON Lines {"id", "text"}, print one Article a line
//
// The JSON field names are a stable contract; see the package
// documentation of github.com/wirestory/wirestory. In -jsonl mode every
// core is used, output keeps input order, and memory stays flat however
// large the input: lines of any length are read whole.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/wirestory/wirestory"
)

func main() {
	jsonl := flag.Bool("jsonl", false, "read JSON Lines of {\"id\", \"text\"} and write one Article a line")
	workers := flag.Int("j", runtime.GOMAXPROCS(0), "parallel workers in -jsonl mode")
	progress := flag.Bool("progress", false, "report progress on stderr in -jsonl mode (default: when stderr is a terminal)")
	ref := flag.String("ref", "", "reference time (RFC 3339 or 2006-01-02) for dateline years")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: wirestory [-jsonl] [-j N] [-progress] [-ref DATE] [FILE]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	var p wirestory.Parser
	if *ref != "" {
		t, err := parseTime(*ref)
		if err != nil {
			fatal(err)
		}
		p.Reference = t
	}

	in, size := io.Reader(os.Stdin), int64(-1)
	if flag.NArg() == 1 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fatal(err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
		in = f
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()

	if !*jsonl {
		text, err := io.ReadAll(in)
		if err != nil {
			fatal(err)
		}
		b, err := json.MarshalIndent(p.Parse(string(text)), "", "  ")
		if err != nil {
			fatal(err)
		}
		out.Write(b)
		out.WriteByte('\n')
		return
	}
	var rep *reporter
	if *progress || isTerminal(os.Stderr) {
		rep = &reporter{w: os.Stderr, size: size, start: time.Now()}
	}
	failed, err := runBatch(&p, in, out, max(1, *workers), rep)
	if err != nil {
		out.Flush()
		fatal(err)
	}
	if failed > 0 {
		out.Flush()
		fmt.Fprintf(os.Stderr, "wirestory: %d lines failed\n", failed)
		os.Exit(1)
	}
}

func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Parse(time.DateOnly, s)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "wirestory:", err)
	os.Exit(1)
}

// isTerminal reports whether f is a character device, as a terminal is.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// trimLine drops the line end of a line read by bufio.Reader.
func trimLine(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}
