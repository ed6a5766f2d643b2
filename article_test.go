package wirestory

import (
	"encoding/json"
	"flag"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseZeroValues(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		empty bool // nothing at all is found
	}{
		{"empty", "", true},
		{"white space", " \n\r\n\t\u00a0", true},
		{"byte-order mark", "\ufeff", true},
		{"NUL bytes", "\x00\x00", false},
		{"invalid UTF-8", "\xff\xfe\xfd", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse(tt.in)
			checkArticle(t, tt.in, a)
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			const want = `{"headline":null,"dateline":null,"byline":null,"credit":null,"paragraphs":[],"quotes":[],"attributions":[]}`
			if tt.empty && string(b) != want {
				t.Errorf("json.Marshal(Parse(%q)) = %s, want %s", tt.in, b, want)
			}
		})
	}
}

func TestParseEqualsZeroParser(t *testing.T) {
	_, texts := readStories(t)
	for name, text := range texts {
		var p Parser
		if diff := cmp.Diff(p.Parse(text), Parse(text)); diff != "" {
			t.Errorf("%s: Parse and (&Parser{}).Parse differ (-parser +Parse):\n%s", name, diff)
		}
		q := Parser{Lexicon: DefaultLexicon()}
		if diff := cmp.Diff(q.Parse(text), Parse(text)); diff != "" {
			t.Errorf("%s: a nil Lexicon is not DefaultLexicon() (-default +nil):\n%s", name, diff)
		}
	}
}

func TestArticleJSON(t *testing.T) {
	a := Article{
		Paragraphs: []Span{{Start: 0, End: 4, Text: "Text"}},
		Quotes: []Quote{{
			Span:    Span{Start: 5, End: 9, Text: "\u201cA\u201d"},
			Kind:    Partial,
			Speaker: Mention{Span: Span{Start: 10, End: 12, Text: "he"}, Name: "Sam Roe"},
		}},
		Attributions: []Attribution{{Kind: Evidential, Cue: Span{Start: 13, End: 17, Text: "said"}}},
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"kind":"partial"`,
		`{"kind":"evidential","source":null`,
		`"speaker":{"start":10,"end":12,"text":"he","name":"Sam Roe"}`,
		`"cue":null`,
		`"via":[]`,
		`"content":null`,
		`"source":null`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("json.Marshal(%+v) = %s, lacks %s", a, b, want)
		}
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal: %v", err)
	}
	back.Attributions[0].Via = nil // [] decodes as empty, not nil
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
}

// TestParseConcurrent shares one Parser between goroutines; run it with
// -race.
func TestParseConcurrent(t *testing.T) {
	names, texts := readStories(t)
	p := &Parser{Reference: time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC)}
	want := make(map[string]Article)
	for _, n := range names {
		want[n] = p.Parse(texts[n])
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for _, n := range names {
				if got := p.Parse(texts[n]); !cmp.Equal(want[n], got) {
					t.Errorf("goroutine %d: %s parses differently", i, n)
				}
			}
		})
	}
	wg.Wait()
}

// TestHostile parses every hostile input at 64 KB. It guards against
// panics and broken spans; BenchmarkHostile measures the time.
func TestHostile(t *testing.T) {
	size := 64 << 10
	if testing.Short() {
		size = 16 << 10
	}
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			skipKnown(t)
			t.Parallel()
			text := h.make(size)
			start := time.Now()
			a := Parse(text)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("Parse(%s, %d bytes) took %v", h.name, len(text), d)
			}
			checkArticle(t, text, a)
		})
	}
}

// TestParseLineEnds parses each golden story as feeds also deliver it —
// with CRLF or lone CR line ends, behind a byte-order mark, with
// trailing white space — and expects the same structure as the original:
// only offsets may differ.
func TestParseLineEnds(t *testing.T) {
	names, texts := readStories(t)
	variants := append(feedVariants[:len(feedVariants):len(feedVariants)],
		storyVariant{"trailing space", func(s string) string { return s + " \n\n\u00a0" }})
	ignoreOffsets := cmpopts.IgnoreTypes(Span{})
	for _, name := range names {
		want := Parse(texts[name])
		for _, v := range variants {
			t.Run(name+"/"+v.name, func(t *testing.T) {
				skipKnown(t)
				text := v.edit(texts[name])
				got := Parse(text)
				checkArticle(t, text, got)
				if diff := cmp.Diff(want, got, ignoreOffsets); diff != "" {
					t.Errorf("Parse(%s.txt with %s) mismatch (-original +variant):\n%s", name, v.name, diff)
				}
			})
		}
	}
}

// knownIssues are failures of the tests above that were reported and not
// yet fixed, by subtest name. Delete an entry once its fix has landed;
// go test -run NAME -known shows the failure.
var knownIssues = map[string]string{}

var known = flag.Bool("known", false, "run the tests of known issues too")

func skipKnown(t *testing.T) {
	t.Helper()
	if why, ok := knownIssues[t.Name()]; ok && !*known {
		t.Skip("known issue: " + why)
	}
}

var linear = flag.Bool("linear", false, "run TestLinear, a timing test")

var long = flag.Bool("long", false, "run the hostile-input tests at full size (a megabyte and more), as .ci/run does")

// hostile returns n, the size a hostile-input test is written for, under
// -long, and a tenth of it otherwise: big enough to meet every bound the
// test is about, small enough for a quick go test.
func hostile(n int) int {
	if *long {
		return n
	}
	return max(n/10, 1)
}

// TestLinear parses each hostile input at 32 KB and at 256 KB and fails
// when the larger one costs far more than 8 times as much: a quadratic
// path costs 64 times. Each size is timed as the best of five runs. Being
// a timing test, it runs only when asked: go test -run TestLinear -linear.
func TestLinear(t *testing.T) {
	if !*linear {
		t.Skip("timing test: run with -linear")
	}
	best := func(text string) time.Duration {
		d := time.Duration(1<<63 - 1)
		for range 5 {
			runtime.GC()
			start := time.Now()
			Parse(text)
			d = min(d, time.Since(start))
		}
		return d
	}
	Parse(storyText(t, 0)) // warm up: the lexicon is built on first use
	for _, h := range append(hostileInputs, hostileInput{"stories", func(n int) string { return storyText(t, n) }}) {
		t.Run(h.name, func(t *testing.T) {
			skipKnown(t)
			small, large := best(h.make(32<<10)), best(h.make(256<<10))
			if ratio := float64(large) / float64(max(small, time.Microsecond)); ratio > 32 {
				t.Errorf("Parse(%s): 32 KB in %v, 256 KB in %v: %.0f times as long for 8 times the text", h.name, small, large, ratio)
			}
		})
	}
}
