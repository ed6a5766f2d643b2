package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/wirestory/wirestory"
)

// outLine is what the tests read back from an output line.
type outLine struct {
	ID         json.RawMessage  `json:"id"`
	Line       int              `json:"line"`
	Error      string           `json:"error"`
	Paragraphs []wirestory.Span `json:"paragraphs"`
}

func decodeLines(t *testing.T, out string) []outLine {
	t.Helper()
	var lines []outLine
	for i, l := range strings.SplitAfter(out, "\n") {
		if l == "" {
			continue
		}
		if !strings.HasSuffix(l, "\n") {
			t.Fatalf("output line %d has no line end: %.80q", i+1, l)
		}
		var o outLine
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("output line %d is not JSON: %v: %.80q", i+1, err, l)
		}
		lines = append(lines, o)
	}
	return lines
}

func TestRunBatch(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		wantIDs     []string // each output line's id, as JSON
		wantErrs    []string // a substring of each line's error, "" for none
		wantFailed  []int    // the failing lines
		wantSummary string
	}{
		{
			name:     "ids of every JSON kind",
			in:       `{"id":1,"text":"A."}` + "\n" + `{"id":"s-2","text":"B."}` + "\n" + `{"id":null,"text":"C."}` + "\n" + `{"id":{"k":[1,2]},"text":"D."}` + "\n" + `{"id":2.5e3,"text":"E."}` + "\n" + `{"text":"no id"}` + "\n",
			wantIDs:  []string{`1`, `"s-2"`, `null`, `{"k":[1,2]}`, `2.5e3`, `null`},
			wantErrs: []string{"", "", "", "", "", ""},
		},
		{
			name:        "a bad line gives an error line and the run goes on",
			in:          `{"id":1,"text":"A."}` + "\n" + `{"id":2,"text":` + "\n" + `{"id":3,"text":"C."}` + "\n",
			wantIDs:     []string{`1`, `null`, `3`},
			wantErrs:    []string{"", "invalid JSON", ""},
			wantFailed:  []int{2},
			wantSummary: "1 of 3 lines failed: 2",
		},
		{
			name:        "no text, text not a string, not an object: the id is kept where the JSON parses",
			in:          `{"id":1}` + "\n" + `{"id":2,"text":7}` + "\n" + `[1,2]` + "\n" + `"text"` + "\n" + `{"id":5,"text":"E.",}` + "\n",
			wantIDs:     []string{`1`, `2`, `null`, `null`, `null`},
			wantErrs:    []string{`no "text"`, "not a string", "not an object", "not an object", "invalid JSON"},
			wantFailed:  []int{1, 2, 3, 4, 5},
			wantSummary: "5 of 5 lines failed: 1, 2, 3, 4, 5",
		},
		{
			name:        "blank lines answered, CRLF, no final line end",
			in:          "\n" + `{"id":1,"text":"A."}` + "\r\n\r\n  \n" + `{"id":2,"text":"B."}`,
			wantIDs:     []string{`null`, `1`, `null`, `null`, `2`},
			wantErrs:    []string{"blank line", "", "blank line", "blank line", ""},
			wantFailed:  []int{1, 3, 4},
			wantSummary: "3 of 5 lines failed: 1, 3, 4",
		},
		{
			name:        "a final blank line without a line end",
			in:          `{"id":1,"text":"A."}` + "\n \t",
			wantIDs:     []string{`1`, `null`},
			wantErrs:    []string{"", "blank line"},
			wantFailed:  []int{2},
			wantSummary: "1 of 2 lines failed: 2",
		},
		{
			name: "empty input",
			in:   "",
		},
		{
			name:     "other fields ignored",
			in:       `{"source":"x","id":7,"gold":{"dateline":null},"text":"A."}` + "\n",
			wantIDs:  []string{`7`},
			wantErrs: []string{""},
		},
	}
	for _, tt := range tests {
		for _, workers := range []int{1, 3} {
			t.Run(fmt.Sprintf("%s/j%d", tt.name, workers), func(t *testing.T) {
				var out bytes.Buffer
				res, err := runBatch(&wirestory.Parser{}, strings.NewReader(tt.in), &out, batchOptions{workers: workers, format: "json"})
				if err != nil {
					t.Fatalf("runBatch: %v", err)
				}
				if res.lines != len(tt.wantIDs) || res.failed != len(tt.wantFailed) || !slices.Equal(res.failedLines, tt.wantFailed) {
					t.Errorf("runBatch: %d lines, %d failed %v; want %d, %d %v", res.lines, res.failed, res.failedLines, len(tt.wantIDs), len(tt.wantFailed), tt.wantFailed)
				}
				if res.failed > 0 && res.summary() != tt.wantSummary {
					t.Errorf("summary %q, want %q", res.summary(), tt.wantSummary)
				}
				var ids, errs []string
				for i, l := range decodeLines(t, out.String()) {
					ids = append(ids, string(l.ID))
					errs = append(errs, l.Error)
					if wantLine := i + 1; l.Error != "" && l.Line != wantLine {
						t.Errorf("output line %d: error record says line %d", wantLine, l.Line)
					}
					if l.Error == "" && l.Line != 0 {
						t.Errorf("output line %d: a line number on a result", i+1)
					}
				}
				if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
					t.Errorf("runBatch(%q) ids mismatch (-want +got):\n%s", tt.in, diff)
				}
				if len(errs) != len(tt.wantErrs) {
					t.Fatalf("runBatch(%q) errors %q, want %d lines", tt.in, errs, len(tt.wantErrs))
				}
				for i, want := range tt.wantErrs {
					if (want == "") != (errs[i] == "") || !strings.Contains(errs[i], want) {
						t.Errorf("line %d: error %q, want %q", i+1, errs[i], want)
					}
				}
			})
		}
	}
}

func TestSummary(t *testing.T) {
	var res batchResult
	res.lines = 5000
	for n := 1; n <= 1000; n += 10 {
		res.failed++
		if len(res.failedLines) < maxFailedLines {
			res.failedLines = append(res.failedLines, n)
		}
	}
	got := res.summary()
	if !strings.HasPrefix(got, "100 of 5000 lines failed: 1, 11, 21,") || !strings.HasSuffix(got, ", 191, …") {
		t.Errorf("summary() = %q, want the first 20 lines and an ellipsis", got)
	}
}

// TestRunBatchText checks -jsonl -format text: a block per input line,
// headed by its line and id, errors included.
func TestRunBatchText(t *testing.T) {
	in := `{"id":"a","text":"Xinhua news agency reported, citing a statement published on the website of the office, that talks would go on."}` + "\n\n" + `{"id":3}` + "\n"
	var out bytes.Buffer
	res, err := runBatch(&wirestory.Parser{}, strings.NewReader(in), &out, batchOptions{workers: 2, format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"── line 1 · id \"a\" ──\n1 paragraph,",
		"Xinhua ← a statement ← the website of the office\n\n── line 2 · id null ──\nerror: blank line\n\n",
		"── line 3 · id 3 ──\nerror: no \"text\" field\n\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text blocks lack %q:\n%s", want, got)
		}
	}
	if res.failed != 2 || strings.Count(got, "── line ") != 3 {
		t.Errorf("%d failed, %d blocks; want 2 and 3:\n%s", res.failed, strings.Count(got, "── line "), got)
	}
}

// TestRunBatchOrder checks that many lines, finished by workers in any
// order, come out in input order with their own results.
func TestRunBatchOrder(t *testing.T) {
	var in strings.Builder
	const n = 2000
	for i := range n {
		// Stories of very different lengths finish out of order.
		text := strings.Repeat("Word ", (i%7)*300) + fmt.Sprintf("Story %d.", i)
		fmt.Fprintf(&in, `{"id":%d,"text":%q}`+"\n", i, text)
	}
	var out bytes.Buffer
	if _, err := runBatch(&wirestory.Parser{}, strings.NewReader(in.String()), &out, batchOptions{workers: 8}); err != nil {
		t.Fatal(err)
	}
	lines := decodeLines(t, out.String())
	if len(lines) != n {
		t.Fatalf("got %d lines, want %d", len(lines), n)
	}
	for i, l := range lines {
		want := fmt.Sprintf("Story %d.", i)
		if string(l.ID) != fmt.Sprint(i) || len(l.Paragraphs) != 1 || !strings.HasSuffix(l.Paragraphs[0].Text, want) {
			t.Fatalf("line %d: id %s, paragraphs %d; want id %d ending %q", i, l.ID, len(l.Paragraphs), i, want)
		}
	}
}

var long = flag.Bool("long", false, "feed TestRunBatchLongLine a story of 50 MB rather than 4 MB")

// TestRunBatchLongLine feeds a story of 4 MB (with -long, 50 MB) on one
// line, longer than any buffer, between two short ones.
func TestRunBatchLongLine(t *testing.T) {
	size := 4 << 20
	if *long {
		size = 50 << 20
	}
	text := strings.Repeat("word ", size/5) + "end."
	in := `{"id":"a","text":"A."}` + "\n" + `{"id":"long","text":"` + text + `"}` + "\n" + `{"id":"b","text":"B."}` + "\n"
	var out bytes.Buffer
	// A reader that returns one byte at a time at the start exercises
	// short reads too.
	r := io.MultiReader(iotest.OneByteReader(strings.NewReader(in[:100])), strings.NewReader(in[100:]))
	if _, err := runBatch(&wirestory.Parser{}, r, &out, batchOptions{workers: 2}); err != nil {
		t.Fatal(err)
	}
	lines := decodeLines(t, out.String())
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3", len(lines))
	}
	long := lines[1]
	if string(long.ID) != `"long"` || long.Error != "" || len(long.Paragraphs) != 1 {
		t.Fatalf("long line: id %s, error %q, %d paragraphs", long.ID, long.Error, len(long.Paragraphs))
	}
	if p := long.Paragraphs[0]; p.Start != 0 || p.End != len(text) || p.Text != text {
		t.Errorf("long line paragraph [%d,%d), want [0,%d): truncated", p.Start, p.End, len(text))
	}
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(b []byte) (int, error) {
	if w.n == 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(b), nil
}

func TestRunBatchErrors(t *testing.T) {
	var in strings.Builder
	for i := range 500 {
		fmt.Fprintf(&in, `{"id":%d,"text":"A."}`+"\n", i)
	}
	_, err := runBatch(&wirestory.Parser{}, strings.NewReader(in.String()), &failingWriter{n: 3}, batchOptions{workers: 4})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("runBatch to a failing writer: error %v, want disk full", err)
	}

	var out bytes.Buffer
	r := iotest.TimeoutReader(strings.NewReader(strings.Repeat(`{"id":1,"text":"A."}`+"\n", 10)))
	_, err = runBatch(&wirestory.Parser{}, iotest.DataErrReader(r), &out, batchOptions{workers: 2})
	if !errors.Is(err, iotest.ErrTimeout) {
		t.Errorf("runBatch from a failing reader: error %v, want %v", err, iotest.ErrTimeout)
	}
}

func TestReporter(t *testing.T) {
	var buf bytes.Buffer
	r := &reporter{w: &buf, size: 10e6}
	r.start = r.start.Add(1) // any start: status is computed from a fixed now below
	r.bytesRead, r.stories, r.failed = 2e6, 40, 1
	got := r.status(r.start.Add(2e9)) // 2 s later: 1 MB/s, 8 MB left
	want := "40 stories (1 failed), 2.0 MB, 1.0 MB/s, 8s left"
	if got != want {
		t.Errorf("status() = %q, want %q", got, want)
	}
	r.size = -1
	if got := r.status(r.start.Add(2e9)); strings.Contains(got, "left") {
		t.Errorf("status() with unknown size = %q, want no time left", got)
	}
}

// TestReporterPlain checks progress into a file or pipe: whole lines,
// no carriage return, none at all for a run shorter than the interval.
func TestReporterPlain(t *testing.T) {
	var buf bytes.Buffer
	r := &reporter{w: &buf, size: -1, start: time.Now(), plain: true}
	r.done(false)
	r.done(true)
	if buf.Len() != 0 {
		t.Errorf("a short plain run wrote progress before its end: %q", buf.String())
	}
	r.start = r.start.Add(-plainEvery) // the interval has passed
	r.done(false)
	r.done(false) // too soon after the last line
	r.finish()
	lines := strings.Split(buf.String(), "\n")
	if strings.Contains(buf.String(), "\r") || len(lines) != 3 || lines[2] != "" ||
		!strings.HasPrefix(lines[0], "3 stories (1 failed)") || !strings.HasPrefix(lines[1], "4 stories (1 failed)") {
		t.Errorf("plain progress = %q, want two lines, 3 then 4 stories, no \\r", buf.String())
	}

	buf.Reset()
	r = &reporter{w: &buf, size: -1, start: time.Now()}
	r.done(false)
	r.finish()
	if got := buf.String(); !strings.HasPrefix(got, "\r1 stories") || !strings.HasSuffix(got, "\n") {
		t.Errorf("terminal progress = %q, want a line rewritten with \\r", got)
	}
}

func TestPermuteArgs(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Bool("jsonl", false, "")
	fs.Int("j", 1, "")
	fs.String("format", "", "")
	tests := []struct {
		args, want []string
	}{
		{nil, []string{"--"}},
		{[]string{"story.txt"}, []string{"--", "story.txt"}},
		{[]string{"story.txt", "-format", "json"}, []string{"-format", "json", "--", "story.txt"}},
		{[]string{"story.txt", "--format=json", "-jsonl"}, []string{"--format=json", "-jsonl", "--", "story.txt"}},
		{[]string{"-jsonl", "in.jsonl", "-j", "4"}, []string{"-jsonl", "-j", "4", "--", "in.jsonl"}},
		{[]string{"-jsonl", "-", "-j"}, []string{"-jsonl", "-j", "--", "-"}}, // a missing value is left to flag to report
		{[]string{"-j", "-format"}, []string{"-j", "-format", "--"}},         // -format is -j's value, which flag rejects
		{[]string{"-format", "text", "--", "-odd name", "-jsonl"}, []string{"-format", "text", "--", "-odd name", "-jsonl"}},
		{[]string{"-x", "a", "b"}, []string{"-x", "--", "a", "b"}},
	}
	for _, tt := range tests {
		if got := permuteArgs(fs, tt.args); !slices.Equal(got, tt.want) {
			t.Errorf("permuteArgs(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

// TestRun runs the command as a user does: one story, then JSON Lines
// with a bad line, and checks output and exit status.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	story := write("story.txt", "First.\n\nSecond.")
	good := write("good.jsonl", `{"id":1,"text":"A."}`+"\n")
	bad := write("bad.jsonl", `{"id":1,"text":"A."}`+"\nnot json\n")
	blank := write("blank.jsonl", `{"id":1,"text":"A."}`+"\n\n"+`{"id":"k"}`+"\n")
	empty := write("empty", "")
	example := filepath.Join("..", "..", "testdata", "stories", "example.txt")

	tests := []struct {
		name       string
		args       []string
		stdin      string // a file name, or "" for an empty stdin
		wantStatus int
		wantOut    string // substring of stdout
		wantErr    string // substring of stderr
	}{
		{"one story", []string{story}, "", 0, `"text": "Second."`, ""},
		{"json is the default into a buffer", []string{example}, "", 0, `"dateline": {`, ""},
		{"text view", []string{"-format", "text", example}, "", 0, "Who said what\n", ""},
		{"flags after the file", []string{example, "-format", "text"}, "", 0, "Dateline  ", ""},
		{"flags after the file, joined value", []string{story, "--format=json"}, "", 0, `"text": "Second."`, ""},
		{"after --, a flag is a file", []string{"--", "-format"}, "", 1, "", "no such file"},
		{"unknown format", []string{"-format", "yaml", story}, "", 2, "", `-format "yaml"`},
		{"help", []string{"-h"}, "", 0, "JSON Lines (-jsonl)", ""},
		{"help after a file", []string{story, "-help"}, "", 0, "Examples:\n  wirestory ", ""},
		{"jsonl blank line and missing text", []string{"-jsonl", blank}, "", 1, `{"id":null,"line":2,"error":"blank line"}` + "\n" + `{"id":"k","line":3,"error":"no \"text\" field"}`, "2 of 3 lines failed: 2, 3\n"},
		{"jsonl as text", []string{"-jsonl", good, "-format", "text"}, "", 0, "── line 1 · id 1 ──\n", ""},
		{"progress into a buffer is plain", []string{"-jsonl", "-progress", good}, "", 0, `{"id":1,`, "1 stories, "},
		{"story on stdin", nil, story, 0, `"text": "First."`, ""},
		{"story on stdin named -", []string{"-"}, story, 0, `"text": "First."`, ""},
		{"the bundled example", []string{example}, "", 0, `"paragraphs": [`, ""},
		{"jsonl", []string{"-jsonl", good}, "", 0, `{"id":1,`, ""},
		{"jsonl on stdin with progress", []string{"-jsonl", "-progress"}, good, 0, `{"id":1,`, "1 stories"},
		{"jsonl with a bad line", []string{"-jsonl", "-j", "2", bad}, "", 1, `{"id":null,"line":2,"error":"invalid JSON`, "1 of 2 lines failed: 2\n"},
		{"reference time", []string{"-ref", "2026-01-02", story}, "", 0, `"paragraphs"`, ""},
		{"bad reference time", []string{"-ref", "Jan 2", story}, "", 1, "", "-ref"},
		{"missing file", []string{filepath.Join(dir, "nope")}, "", 1, "", "no such file"},
		{"two files", []string{story, story}, "", 2, "", "usage"},
		{"unknown flag", []string{"-x"}, "", 2, "", "-x\nusage: wirestory"},
		{"unknown flag after a file", []string{story, "-x"}, "", 2, "", "usage: wirestory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := tt.stdin
			if name == "" {
				name = empty
			}
			stdin, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stdout, stderr bytes.Buffer
			status := run(tt.args, stdin, &stdout, &stderr)
			if status != tt.wantStatus {
				t.Errorf("wirestory %q: status %d, want %d; stderr:\n%s", tt.args, status, tt.wantStatus, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("wirestory %q: stdout lacks %q:\n%.400s", tt.args, tt.wantOut, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("wirestory %q: stderr lacks %q:\n%s", tt.args, tt.wantErr, stderr.String())
			}
			if strings.Contains(stderr.String(), "\r") {
				t.Errorf("wirestory %q: a carriage return on stderr, which is no terminal: %q", tt.args, stderr.String())
			}
			if status == 2 && stdout.Len() > 0 {
				t.Errorf("wirestory %q: a mistake wrote to stdout: %q", tt.args, stdout.String())
			}
			if slices.Contains(tt.args, "-h") || slices.Contains(tt.args, "-help") {
				if stderr.Len() > 0 || !strings.HasPrefix(stdout.String(), "usage: wirestory") {
					t.Errorf("wirestory %q: usage not on stdout alone; stdout %.80q, stderr %q", tt.args, stdout.String(), stderr.String())
				}
			}
		})
	}
}

// FuzzParseLine checks that every input line gives one valid JSON object
// with an id, and that the offsets in it index the text as a consumer
// decodes it from the input line.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"text":"A.\n\nB."}`,
		`{"id":"x","text":"\u201cQuoted,\u201d she said.\n\nIANS"}`,
		`{"id":null,"text":"\ud800 lone surrogate, \u0000 NUL, \r\n CRLF"}`,
		`{"id":[1,{"a":2}],"text":"<p>LAHORE: Text.</p>"}`,
		`{"text":"no id"}`,
		`{"id":1}`,
		`{"id":1,"text":5}`,
		`[1]`,
		`not json`,
		"{\"id\":1,\"text\":\"\xff\xfe\"}",
		``,
	} {
		f.Add([]byte(s))
	}
	p := &wirestory.Parser{}
	f.Fuzz(func(t *testing.T, line []byte) {
		id, obj, failed := parseLine(p, "json", 7, line)
		var buf bytes.Buffer
		if err := writeLine(&buf, id, obj); err != nil {
			t.Fatalf("writeLine: %v", err)
		}
		out := buf.Bytes()
		if !json.Valid(out) || bytes.Count(out, []byte("\n")) != 1 || out[len(out)-1] != '\n' {
			t.Fatalf("parseLine(%q) gives %q: not one JSON line", line, out)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(out, &fields); err != nil {
			t.Fatalf("parseLine(%q) gives %q: not an object: %v", line, out, err)
		}
		_, hasID := fields["id"]
		_, hasError := fields["error"]
		_, hasLine := fields["line"]
		if !hasID || hasError != failed || hasLine != failed {
			t.Fatalf("parseLine(%q) gives %q: want an id, and an error and the line iff it failed (%v)", line, out, failed)
		}
		if failed && string(fields["line"]) != "7" {
			t.Fatalf("parseLine(%q) gives %q: want line 7", line, out)
		}
		if failed {
			return
		}
		var in struct{ Text string }
		if err := json.Unmarshal(line, &in); err != nil {
			t.Fatalf("parseLine accepted %q, which does not decode: %v", line, err)
		}
		var o struct{ Paragraphs []wirestory.Span }
		if err := json.Unmarshal(out, &o); err != nil {
			t.Fatal(err)
		}
		for _, s := range o.Paragraphs {
			if s.Start < 0 || s.End > len(in.Text) || s.Start > s.End || in.Text[s.Start:s.End] != s.Text {
				t.Fatalf("parseLine(%q): paragraph %+v does not index the decoded text %q", line, s, in.Text)
			}
		}
	})
}
