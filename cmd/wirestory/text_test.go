package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/wirestory/wirestory"
)

var update = flag.Bool("update", false, "rewrite the golden text views in testdata/text")

// TestTextGolden renders the text view of every story of the project's
// testdata and compares it with testdata/text/NAME.txt; -update rewrites
// those files.
func TestTextGolden(t *testing.T) {
	stories, err := filepath.Glob(filepath.Join("..", "..", "testdata", "stories", "*.txt"))
	if err != nil || len(stories) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	for _, path := range stories {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			story, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := wirestory.Parse(string(story))
			var b bytes.Buffer
			writeText(&b, &a)
			golden := filepath.Join("testdata", "text", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TextGolden -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("text view of %s differs from %s (-want +got):\n%s", name, golden, diff)
			}
			checkTerminalSafe(t, b.String())
		})
	}
}

// checkTerminalSafe fails if s holds invalid UTF-8 or a control
// character other than a line end: what a terminal could misread.
func checkTerminalSafe(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("text view is not valid UTF-8: %q", s)
	}
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
			t.Errorf("text view holds control character %U: %q", r, s)
			return
		}
	}
}

// TestTextExample checks the parts of the text view on a story written
// for it: every frame line, a description beside a name, the kinds and
// cues of quotations, a statement, and a chain of three sources.
func TestTextExample(t *testing.T) {
	story := "OSLO, March 3 (Reuters) - Finance Minister Ingrid Vollan said on Monday the krone was \"too strong\".\n\n" +
		"\"We will act if we must,\" the minister told reporters.\n\n" +
		"Nordic Coast Press reported, citing a statement published on the website of the central bank, that rates would hold.\n\n" +
		"(Reporting by Per Lund; Editing by Ana Roe)"
	a := wirestory.Parse(story)
	var b bytes.Buffer
	writeText(&b, &a)
	got := b.String()
	for _, want := range []string{
		"Dateline  OSLO, March 3 (Reuters) -  (place Oslo",
		"date 3 March",
		"agency Reuters)",
		"Credit    reporting Per Lund; editing Ana Roe\n",
		"\nWho said what\n  Ingrid Vollan (also: the minister)\n",
		"    \"too strong\" (partial, said)\n",
		"    \"We will act if we must,\" (told reporters)\n",
		"\nChains\n  Nordic Coast Press ← a statement ← the website of the central bank\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text view lacks %q:\n%s", want, got)
		}
	}
}

// TestTextEmpty checks the view of stories with nothing to show but
// their paragraphs: the count alone, no empty section.
func TestTextEmpty(t *testing.T) {
	tests := []struct{ story, want string }{
		{"", "0 paragraphs, 0 quotations, 0 attributions\n"},
		{" \n\n ", "0 paragraphs, 0 quotations, 0 attributions\n"},
		{"\xff\xfe", "1 paragraph, 0 quotations, 0 attributions\n"},
	}
	for _, tt := range tests {
		a := wirestory.Parse(tt.story)
		var b bytes.Buffer
		writeText(&b, &a)
		if got := b.String(); got != tt.want {
			t.Errorf("text view of %q = %q, want %q", tt.story, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	long := strings.Repeat("word ", 30)
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"short stays", "“We will win,”", 100, "“We will win,”"},
		{"white space folds", " a\n\n\tb  c \r\n", 100, "a b c"},
		{"control characters fold", "a\x1b[31mb\x00c", 100, "a [31mb c"},
		{"bidi controls drop", "a\u202eb\u2066c", 100, "abc"},
		{"invalid UTF-8 shows", "a\xffb", 100, "a\ufffdb"},
		{"HTML references decode", "South Korea&#x27;s &quot;gim&quot; &amp; more &nosuch;", 100, "South Korea's \"gim\" & more &nosuch;"},
		{"a decoded control character folds", "a&#27;[2Jb", 100, "a [2Jb"},
		{"exactly max", "abcde", 5, "abcde"},
		{"cut at a near space", long, 12, "word word…"},
		{"cut inside a word far from a space", "a " + strings.Repeat("x", 40), 30, "a " + strings.Repeat("x", 28) + "…"},
		{"cut on a rune boundary", strings.Repeat("é", 10), 4, "éééé…"},
		{"cut in wide runes", strings.Repeat("日本", 10), 3, "日本日…"},
		{"empty", "", 10, ""},
	}
	for _, tt := range tests {
		got := clean(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("%s: clean(%q, %d) = %q, want %q", tt.name, tt.in, tt.max, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > tt.max+1 || !utf8.ValidString(got) {
			t.Errorf("%s: clean(%q, %d) = %q: %d runes or invalid", tt.name, tt.in, tt.max, got, n)
		}
	}
}

func TestIsDescription(t *testing.T) {
	tests := []struct {
		mention, name string
		want          bool
	}{
		{"The Pakistani envoy", "Muhammad Mudassir Tipu", true},
		{"the central bank's governor", "Lena Holt", true},
		{"He", "Ebrahim Raisi", false},
		{"Raisi", "Ebrahim Raisi", false},
		{"Iranian President Ebrahim Raisi", "Ebrahim Raisi", false},
		{"Xinhua news agency", "Xinhua", false},
		{"Tipu's office", "Muhammad Mudassir Tipu", true}, // the possessive is not the name's word
		{"President Raisi,", "Ebrahim Raisi", false},
	}
	for _, tt := range tests {
		if got := isDescription(tt.mention, tt.name); got != tt.want {
			t.Errorf("isDescription(%q, %q) = %v, want %v", tt.mention, tt.name, got, tt.want)
		}
	}
}

func TestDateText(t *testing.T) {
	tests := []struct {
		d    wirestory.Date
		want string
	}{
		{wirestory.Date{Year: 2026, Month: 1, Day: 20}, "20 January 2026"},
		{wirestory.Date{Month: 3, Day: 11}, "11 March"},
		{wirestory.Date{Year: 1987, Month: 12}, "December 1987"},
		{wirestory.Date{}, ""},
	}
	for _, tt := range tests {
		if got := dateText(tt.d); got != tt.want {
			t.Errorf("dateText(%+v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestCreditText(t *testing.T) {
	tests := []struct {
		c    wirestory.Credit
		want string
	}{
		{wirestory.Credit{Agencies: []string{"IANS"}}, "IANS"},
		{wirestory.Credit{Agencies: []string{"Reuters"}, Contributors: []wirestory.Contributor{
			{Role: "reporting", Name: "Jane Doe"}, {Role: "editing", Name: "Alex Poe"}, {Role: "editing", Name: "Sam Roe"},
		}}, "Reuters; reporting Jane Doe; editing Alex Poe, Sam Roe"},
		{wirestory.Credit{Contributors: []wirestory.Contributor{{Role: "reporting", Email: "jdoe@yna.co.kr"}}}, "reporting jdoe@yna.co.kr"},
		{wirestory.Credit{Span: wirestory.Span{Text: "Agencies"}}, "Agencies"},
	}
	for _, tt := range tests {
		if got := creditText(tt.c); got != tt.want {
			t.Errorf("creditText(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

// FuzzTextView checks that the text view of any story is clean for a
// terminal and that no story makes it panic.
func FuzzTextView(f *testing.F) {
	for _, s := range []string{
		"TEHRAN, Jan 20 (Reuters) - \"We will win,\" he said.\n\nIANS",
		"Xinhua news agency reported, citing a statement published on the website of the office.",
		"\x1b]0;title\x07 \u202e\xff\"",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, story string) {
		a := wirestory.Parse(story)
		var b bytes.Buffer
		writeText(&b, &a)
		checkTerminalSafe(t, b.String())
	})
}
