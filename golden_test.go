package wirestory

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the current parser")

// The golden corpus: testdata/stories/NAME.txt is a story we wrote in the
// style of one wire, testdata/golden/NAME.json the indented JSON of what
// Parse makes of it. After a deliberate change to the parser, run
//
//	go test -run Golden -update
//
// and review the change to testdata/golden as a diff.

// readStories returns the golden stories by name, sorted by name.
func readStories(tb testing.TB) (names []string, texts map[string]string) {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "stories", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatal("no stories in testdata/stories")
	}
	texts = make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		names = append(names, name)
		texts[name] = string(b)
	}
	return names, texts
}

// goldenJSON is the golden form of a: indented JSON and a final newline.
func goldenJSON(tb testing.TB, a Article) string {
	tb.Helper()
	b, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		tb.Fatalf("json.MarshalIndent: %v", err)
	}
	return string(b) + "\n"
}

func TestGolden(t *testing.T) {
	names, texts := readStories(t)
	if *update {
		if err := os.MkdirAll(filepath.Join("testdata", "golden"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			if !*update {
				t.Parallel()
			}
			text := texts[name]
			a := Parse(text)
			checkArticle(t, text, a)
			got := goldenJSON(t, a)
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("Parse(%s.txt) mismatch with %s (-want +got):\n%s", name, path, diff)
			}
		})
	}
}

// TestGoldenFiles checks that every golden file has its story, so that a
// renamed story does not leave a stale golden file behind.
func TestGoldenFiles(t *testing.T) {
	_, texts := readStories(t)
	paths, err := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		if _, ok := texts[name]; !ok {
			t.Errorf("%s has no story testdata/stories/%s.txt", p, name)
		}
	}
}

// TestGoldenInvariants parses each story as feeds deliver it — with CRLF
// or lone CR line ends, a byte-order mark, or cut at an arbitrary byte —
// and checks the invariants of every result.
func TestGoldenInvariants(t *testing.T) {
	names, texts := readStories(t)
	variants := append(feedVariants[:len(feedVariants):len(feedVariants)], []storyVariant{
		{"nbsp", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
		{"cut", func(s string) string { return s[:len(s)*2/3] }},
		{"latin1", func(s string) string { return strings.ReplaceAll(s, "\u201c", "\x93") }},
		{"nul", func(s string) string { return strings.ReplaceAll(s, ".", ".\x00") }},
	}...)
	for _, name := range names {
		for _, v := range variants {
			t.Run(name+"/"+v.name, func(t *testing.T) {
				t.Parallel()
				text := v.edit(texts[name])
				checkArticle(t, text, Parse(text))
			})
		}
	}
}

// checkArticle reports every broken invariant of a, the result of parsing
// text:
//
//   - every Span is in bounds, on UTF-8 boundaries, non-empty, and its Text
//     is exactly text[Start:End];
//   - the parts of the dateline lie within it;
//   - paragraphs are in text order and do not overlap; quotes are in text
//     order and each lies after the ones before it or wholly inside one;
//   - attributions are in text order of their cues;
//   - no source appears twice in an attribution's chain (Via is acyclic);
//   - every quote kind has a name, and the Article encodes as JSON;
//   - an empty list is nil, as the Article's doc promises.
func checkArticle(tb testing.TB, text string, a Article) {
	tb.Helper()
	var errs []string
	fail := func(format string, args ...any) {
		if len(errs) < 20 {
			errs = append(errs, fmt.Sprintf(format, args...))
		}
	}
	span := func(what string, s Span) {
		switch {
		case s.Start < 0 || s.End > len(text) || s.Start > s.End:
			fail("%s %v out of bounds [0,%d)", what, s, len(text))
			return
		case s.Start == s.End:
			fail("%s %v is empty", what, s)
		case !runeBoundary(text, s.Start) || !runeBoundary(text, s.End):
			fail("%s %v %q splits a UTF-8 sequence", what, s, s.Text)
		}
		if s.Text != text[s.Start:s.End] {
			fail("%s %v: Text %q, but text[%d:%d] is %q", what, s, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
	}
	within := func(what string, outer, inner Span) {
		span(what, inner)
		if !outer.Contains(inner) {
			fail("%s %v lies outside %v", what, inner, outer)
		}
	}
	ordered := func(what string, spans []Span) {
		for i, s := range spans {
			span(fmt.Sprintf("%s[%d]", what, i), s)
			if i > 0 && s.Start < spans[i-1].End {
				fail("%s[%d] %v overlaps or precedes %s[%d] %v", what, i, s, what, i-1, spans[i-1])
			}
		}
	}

	if d := a.Dateline; !d.IsZero() {
		span("Dateline", d.Span)
		if !d.Place.IsZero() {
			within("Dateline.Place", d.Span, d.Place.Span)
		}
		if !d.Date.IsZero() {
			within("Dateline.Date", d.Span, d.Date.Span)
			if d.Date.Month < 0 || d.Date.Month > 12 || d.Date.Day < 0 || d.Date.Day > 31 {
				fail("Dateline.Date %+v is not a date", d.Date)
			}
		}
		if !d.Agency.IsZero() {
			within("Dateline.Agency", d.Span, d.Agency.Span)
		}
	}
	if !a.Byline.IsZero() {
		span("Byline", a.Byline.Span)
	}
	if !a.Credit.IsZero() {
		span("Credit", a.Credit.Span)
	}
	ordered("Paragraphs", a.Paragraphs)
	for what, n := range map[string]bool{
		"Paragraphs": a.Paragraphs != nil && len(a.Paragraphs) == 0, "Quotes": a.Quotes != nil && len(a.Quotes) == 0,
		"Attributions":    a.Attributions != nil && len(a.Attributions) == 0,
		"Byline.Names":    a.Byline.Names != nil && len(a.Byline.Names) == 0,
		"Credit.Agencies": a.Credit.Agencies != nil && len(a.Credit.Agencies) == 0,
	} {
		if n {
			fail("%s is empty but not nil", what)
		}
	}
	for i, at := range a.Attributions {
		if at.Via != nil && len(at.Via) == 0 {
			fail("Attributions[%d].Via is empty but not nil", i)
		}
	}

	var open []Span // the quotes that may still hold the next one
	for i, q := range a.Quotes {
		what := fmt.Sprintf("Quotes[%d]", i)
		span(what, q.Span)
		if i > 0 && q.Start < a.Quotes[i-1].Start {
			fail("%s %v precedes Quotes[%d] %v", what, q.Span, i-1, a.Quotes[i-1].Span)
		}
		// A quote lies after the quotes before it, or wholly inside one
		// (a quotation nested in another).
		for len(open) > 0 && open[len(open)-1].End <= q.Start {
			open = open[:len(open)-1]
		}
		if n := len(open); n > 0 && q.End > open[n-1].End {
			fail("%s %v overlaps %v without nesting in it", what, q.Span, open[n-1])
		}
		open = append(open, q.Span)
		if q.Kind.String() == "unknown" {
			fail("Quotes[%d] has kind %d", i, q.Kind)
		}
		if !q.Speaker.IsZero() {
			span(fmt.Sprintf("Quotes[%d].Speaker", i), q.Speaker.Span)
		}
		if !q.Cue.IsZero() {
			span(fmt.Sprintf("Quotes[%d].Cue", i), q.Cue)
		}
	}

	for i, at := range a.Attributions {
		what := fmt.Sprintf("Attributions[%d]", i)
		span(what+".Cue", at.Cue)
		if i > 0 && at.Cue.Start < a.Attributions[i-1].Cue.Start {
			fail("%s.Cue %v precedes the cue %v before it", what, at.Cue, a.Attributions[i-1].Cue)
		}
		seen := map[Span]bool{}
		if !at.Source.IsZero() {
			span(what+".Source", at.Source.Span)
			seen[at.Source.Span] = true
		}
		if !at.Content.IsZero() {
			span(what+".Content", at.Content)
		}
		for j, l := range at.Via {
			span(fmt.Sprintf("%s.Via[%d].Cue", what, j), l.Cue)
			span(fmt.Sprintf("%s.Via[%d].Source", what, j), l.Source.Span)
			if seen[l.Source.Span] {
				fail("%s.Via[%d].Source %v %q already appears in the chain: a cycle", what, j, l.Source.Span, l.Source.Text)
			}
			seen[l.Source.Span] = true
		}
	}

	if _, err := json.Marshal(a); err != nil {
		fail("json.Marshal: %v", err)
	}
	if len(errs) > 0 {
		tb.Errorf("Parse(%.60q…) breaks invariants:\n\t%s", text, strings.Join(errs, "\n\t"))
	}
}

// runeBoundary reports whether offset i of text does not fall inside a
// valid UTF-8 sequence. Bytes of invalid sequences are boundaries of
// their own.
func runeBoundary(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			r, size := utf8.DecodeRuneInString(text[j:])
			return !(j+size > i && (r != utf8.RuneError || size > 1))
		}
	}
	return true
}

func TestRuneBoundary(t *testing.T) {
	const text = "a\u00e9b\u20ac\xe2\x82c" // a é b € then a truncated €, then c
	tests := []struct {
		i    int
		want bool
	}{
		{0, true}, {1, true}, {2, false}, {3, true}, {4, true},
		{5, false}, {6, false}, {7, true}, {8, true}, {9, true}, {10, true},
	}
	for _, tt := range tests {
		if got := runeBoundary(text, tt.i); got != tt.want {
			t.Errorf("runeBoundary(%q, %d) = %v, want %v", text, tt.i, got, tt.want)
		}
	}
}

// TestCheckArticle makes sure the invariant checker catches what it
// should, so that a silent checker cannot pass every fuzz run.
func TestCheckArticle(t *testing.T) {
	const text = "\u201cA \u2018b\u2019 c,\u201d he said. \u201cD.\u201d"
	q := func(s, e int) Quote { return Quote{Span: spanOf(text, s, e), Kind: Direct} }
	tests := []struct {
		name string
		a    Article
		want string // a substring of the failure, "" for none
	}{
		{"valid", Article{Quotes: []Quote{q(0, 18), q(5, 12), q(28, 36)}}, ""},
		{"text mismatch", Article{Paragraphs: []Span{{Start: 0, End: 3, Text: "x"}}}, "Text"},
		{"out of bounds", Article{Paragraphs: []Span{{Start: 30, End: 99}}}, "out of bounds"},
		{"empty", Article{Paragraphs: []Span{spanOf(text, 3, 3)}}, "empty"},
		{"splits a rune", Article{Paragraphs: []Span{spanOf(text, 1, 5)}}, "UTF-8"},
		{"paragraphs overlap", Article{Paragraphs: []Span{spanOf(text, 3, 12), spanOf(text, 4, 13)}}, "overlaps"},
		{"quotes cross", Article{Quotes: []Quote{q(0, 18), q(12, 26)}}, "without nesting"},
		{"quotes out of order", Article{Quotes: []Quote{q(28, 36), q(0, 18)}}, "precedes"},
		{"no kind", Article{Quotes: []Quote{{Span: spanOf(text, 0, 18)}}}, "kind"},
		{
			"cycle in Via",
			Article{Attributions: []Attribution{{
				Source: Mention{Span: spanOf(text, 19, 21)},
				Cue:    spanOf(text, 22, 26),
				Via:    []Link{{Cue: spanOf(text, 22, 26), Source: Mention{Span: spanOf(text, 19, 21)}}},
			}}},
			"cycle",
		},
		{
			"dateline part outside",
			Article{Dateline: Dateline{Span: spanOf(text, 0, 3), Place: Place{Span: spanOf(text, 19, 21)}}},
			"outside",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{TB: t}
			checkArticle(rec, text, tt.a)
			if tt.want == "" && rec.msg != "" {
				t.Errorf("checkArticle failed on a valid Article:\n%s", rec.msg)
			}
			if tt.want != "" && !strings.Contains(rec.msg, tt.want) {
				t.Errorf("checkArticle = %q, want a failure mentioning %q", rec.msg, tt.want)
			}
		})
	}
}

// A recorder is a testing.TB that keeps its error messages.
type recorder struct {
	testing.TB
	msg string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) { r.msg += fmt.Sprintf(format, args...) }

// A storyVariant is a story as some feed delivers it.
type storyVariant struct {
	name string
	edit func(string) string
}

// feedVariants change only line ends and a byte-order mark: a reader sees
// the same story in each.
var feedVariants = []storyVariant{
	{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"cr", func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }},
	{"bom", func(s string) string { return "\ufeff" + s }},
}
