package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/wirestory/wirestory"
)

// outLine is what the tests read back from an output line.
type outLine struct {
	ID         json.RawMessage  `json:"id"`
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
		name       string
		in         string
		wantIDs    []string // each output line's id, as JSON
		wantErrs   []string // a substring of each line's error, "" for none
		wantFailed int
	}{
		{
			name:     "ids of every JSON kind",
			in:       `{"id":1,"text":"A."}` + "\n" + `{"id":"s-2","text":"B."}` + "\n" + `{"id":null,"text":"C."}` + "\n" + `{"id":{"k":[1,2]},"text":"D."}` + "\n" + `{"id":2.5e3,"text":"E."}` + "\n" + `{"text":"no id"}` + "\n",
			wantIDs:  []string{`1`, `"s-2"`, `null`, `{"k":[1,2]}`, `2.5e3`, `null`},
			wantErrs: []string{"", "", "", "", "", ""},
		},
		{
			name:       "a bad line gives an error line and the run goes on",
			in:         `{"id":1,"text":"A."}` + "\n" + `{"id":2,"text":` + "\n" + `{"id":3,"text":"C."}` + "\n",
			wantIDs:    []string{`1`, `null`, `3`},
			wantErrs:   []string{"", "invalid JSON", ""},
			wantFailed: 1,
		},
		{
			name:       "no text, text not a string, not an object",
			in:         `{"id":1}` + "\n" + `{"id":2,"text":7}` + "\n" + `[1,2]` + "\n" + `"text"` + "\n",
			wantIDs:    []string{`1`, `2`, `null`, `null`},
			wantErrs:   []string{`no "text"`, "not a string", "not an object", "not an object"},
			wantFailed: 4,
		},
		{
			name:     "blank lines skipped, CRLF, no final line end",
			in:       "\n" + `{"id":1,"text":"A."}` + "\r\n\r\n  \n" + `{"id":2,"text":"B."}`,
			wantIDs:  []string{`1`, `2`},
			wantErrs: []string{"", ""},
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
				failed, err := runBatch(&wirestory.Parser{}, strings.NewReader(tt.in), &out, workers, nil)
				if err != nil {
					t.Fatalf("runBatch: %v", err)
				}
				if failed != tt.wantFailed {
					t.Errorf("runBatch failed = %d, want %d", failed, tt.wantFailed)
				}
				var ids, errs []string
				for _, l := range decodeLines(t, out.String()) {
					ids = append(ids, string(l.ID))
					errs = append(errs, l.Error)
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
	if _, err := runBatch(&wirestory.Parser{}, strings.NewReader(in.String()), &out, 8, nil); err != nil {
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

// TestRunBatchLongLine feeds a story of 50 MB on one line, far longer
// than any buffer, between two short ones.
func TestRunBatchLongLine(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 4 << 20
	}
	text := strings.Repeat("word ", size/5) + "end."
	in := `{"id":"a","text":"A."}` + "\n" + `{"id":"long","text":"` + text + `"}` + "\n" + `{"id":"b","text":"B."}` + "\n"
	var out bytes.Buffer
	// A reader that returns one byte at a time at the start exercises
	// short reads too.
	r := io.MultiReader(iotest.OneByteReader(strings.NewReader(in[:100])), strings.NewReader(in[100:]))
	if _, err := runBatch(&wirestory.Parser{}, r, &out, 2, nil); err != nil {
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
	_, err := runBatch(&wirestory.Parser{}, strings.NewReader(in.String()), &failingWriter{n: 3}, 4, nil)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("runBatch to a failing writer: error %v, want disk full", err)
	}

	var out bytes.Buffer
	r := iotest.TimeoutReader(strings.NewReader(strings.Repeat(`{"id":1,"text":"A."}`+"\n", 10)))
	_, err = runBatch(&wirestory.Parser{}, iotest.DataErrReader(r), &out, 2, nil)
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
		{"story on stdin", nil, story, 0, `"text": "First."`, ""},
		{"story on stdin named -", []string{"-"}, story, 0, `"text": "First."`, ""},
		{"the bundled example", []string{example}, "", 0, `"paragraphs": [`, ""},
		{"jsonl", []string{"-jsonl", good}, "", 0, `{"id":1,`, ""},
		{"jsonl on stdin with progress", []string{"-jsonl", "-progress"}, good, 0, `{"id":1,`, "1 stories"},
		{"jsonl with a bad line", []string{"-jsonl", "-j", "2", bad}, "", 1, `{"id":null,"error":"invalid JSON`, "1 lines failed"},
		{"reference time", []string{"-ref", "2026-01-02", story}, "", 0, `"paragraphs"`, ""},
		{"bad reference time", []string{"-ref", "Jan 2", story}, "", 1, "", "-ref"},
		{"missing file", []string{filepath.Join(dir, "nope")}, "", 1, "", "no such file"},
		{"two files", []string{story, story}, "", 2, "", "usage"},
		{"unknown flag", []string{"-x"}, "", 2, "", "usage"},
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
		id, obj, failed := parseLine(p, line)
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
		if !hasID || hasError != failed {
			t.Fatalf("parseLine(%q) gives %q: want an id, and an error iff it failed (%v)", line, out, failed)
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
