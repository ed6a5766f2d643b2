// Command wirestory prints the structure of news wire stories as JSON.
//
// Usage:
//
//	wirestory [FILE]           parse one story (stdin without FILE), print its Article
//	wirestory -jsonl [FILE]    parse JSON Lines {"id", "text"}, print one Article a line
//
// The JSON field names are a stable contract; see the package
// documentation of github.com/wirestory/wirestory.
//
// In -jsonl mode every core is used, output keeps input order, and memory
// stays flat however large the input: lines of any length are read whole.
// Each output line carries the input's "id". A line that is not valid
// JSON, or has no string "text", gives {"id": …, "error": "…"} and the run
// goes on; the exit status is 1 at the end if any line failed. Blank lines
// are skipped. With -progress, or when stderr is a terminal, the stories
// done, the speed and the time left are shown on stderr.
//
// JSON strings hold only valid UTF-8: in a story read from a file, an
// invalid byte is written as U+FFFD, so a span's "text" over such a byte
// differs from the raw input there (its offsets are still the input's).
package main

import (
	"bufio"
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
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command with its arguments and files; it returns the exit
// status.
func run(args []string, stdin *os.File, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wirestory", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "read JSON Lines of {\"id\", \"text\"} and write one Article a line")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "parallel workers in -jsonl mode")
	progress := fs.Bool("progress", false, "report progress on stderr in -jsonl mode (default: when stderr is a terminal)")
	ref := fs.String("ref", "", "reference time (RFC 3339 or 2006-01-02) for dateline years")
	format := fs.String("format", "json", "output format: json, or html for a page that shows one story")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: wirestory [-jsonl] [-j N] [-progress] [-ref DATE] [FILE]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 || *format != "json" && (*format != "html" || *jsonl) {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "wirestory:", err)
		return 1
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
		a := p.Parse(string(text))
		if *format == "html" {
			if err := writeHTML(out, string(text), &a); err != nil {
				return fail(err)
			}
			if err := out.Flush(); err != nil {
				return fail(err)
			}
			return 0
		}
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return fail(err)
		}
		out.Write(b)
		out.WriteByte('\n')
		if err := out.Flush(); err != nil {
			return fail(err)
		}
		return 0
	}

	var rep *reporter
	if *progress || isTerminal(stderr) {
		rep = &reporter{w: stderr, size: size, start: time.Now()}
	}
	failed, err := runBatch(&p, in, out, max(1, *workers), rep)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fail(err)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "wirestory: %d lines failed\n", failed)
		return 1
	}
	return 0
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
