package wirestory

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds are small inputs that reach the corners of the parser: an
// empty story, lone marks, datelines and credits with nothing around
// them, line ends of every kind, invalid UTF-8.
var fuzzSeeds = []string{
	"",
	"\x00",
	"\ufeff",
	"\u201c",
	"\"",
	"'",
	"\u201e\u201c",
	"\u00ab \u00bb",
	"<p>",
	"<p></p>",
	"Tehran:",
	"TEHRAN, Jan 20 (Reuters) -",
	"(Reuters) -",
	"AP - ",
	"By JANE DOE\nAssociated Press Writer\n\nWASHINGTON (AP) _ Text.",
	"Body.\nIANS",
	"Body.\n Reuter\n",
	"Body. (Reporting by Jane Doe; Editing by Sam Roe)",
	"jdoe@yna.co.kr (END)",
	"\u201cA,\u201d he said. \u201cB.\u201d",
	"\u201cOpen.\n\n\u201cStill open.\u201d she said.",
	"X reported, citing Y, quoting Z, according to W.",
	"Line one.\r\nLine two.\rLine three.\n",
	"\xff\xfe\xfd",
	"\xe2\x80",
	"CAIRO,\u00a0Dec\u00a017\u00a0(AFP)\u00a0--\u00a0Text\u200b.",
	"\uff02Full-width\uff02 marks\uff0c\uff1a",
	"\u201cA,\u201d HE the Minister of State said. HE Dr. X said,",
	"Deputy Minister of A for B C D, E and F G H said. \u201cA,\u201d First Deputy",
	"Minister of A, B, C and D E F, Chairman of the G of H (I), J K,",
}

func FuzzParse(f *testing.F) {
	_, texts := readStories(f)
	for _, t := range texts {
		f.Add(t)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, h := range hostileInputs {
		f.Add(h.make(300))
	}
	ref := time.Date(2026, time.January, 2, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		a := Parse(text)
		checkArticle(t, text, a)
		if again := Parse(text); !cmp.Equal(a, again) {
			t.Errorf("Parse(%q) twice gives different results (-first +second):\n%s", text, cmp.Diff(a, again))
		}
		p := Parser{Reference: ref}
		checkArticle(t, text, p.Parse(text))
	})
}

// A hostile input is text built to find quadratic paths and unbounded
// look-arounds: make(n) returns about n bytes of it.
type hostileInput struct {
	name string
	make func(n int) string
}

var hostileInputs = []hostileInput{
	{"no-full-stop", func(n int) string { return repeatTo("the talks went on and on with no end in sight ", n) }},
	{"quote-marks", func(n int) string { return repeatTo(`"`, n) }},
	{"curly-quote-marks", func(n int) string { return repeatTo("\u201c\u201d", n) }},
	{"unmatched-open", func(n int) string { return repeatTo("\u201cword ", n) }},
	{"capitalised", func(n int) string { return repeatTo("Minister ", n) }},
	{"empty-paragraphs", func(n int) string { return repeatTo("\n \n<p></p>\r\n", n) }},
	{"one-word", func(n int) string { return repeatTo("a", n) }},
	{"nested-quotes", func(n int) string {
		depth := n / 6
		return strings.Repeat("\u201c\u2018", depth/2) + "x" + strings.Repeat("\u2019\u201d", depth/2)
	}},
	{"cues", func(n int) string {
		return repeatTo("he said, citing officials quoted by the agency, according to reports that she told ", n)
	}},
	{"participles", func(n int) string {
		return "The mayor said the plan would fail" + repeatTo(", calling it a sham, citing low growth", n)
	}},
	{"appositives", func(n int) string {
		return repeatTo("Jo Ruiz, 70, of Troy, Ill., a nurse who said so, ", n) + "said it."
	}},
	{"adverbs", func(n int) string { return repeatTo("reportedly, ", n) }},
	{"and-said", func(n int) string { return repeatTo("she laughed and said it, ", n) }},
	{"as-clauses", func(n int) string { return repeatTo("“It is,” as he said, when asked, and said, ", n) + "he said." }},
	{"single-marks", func(n int) string { return repeatTo("'a' ", n) }},
	{"datelines", func(n int) string { return repeatTo("TEHRAN, Jan 20 (Reuters) - ", n) }},
	{"apostrophes", func(n int) string { return repeatTo("Pakistan\u2019s \u201990s ", n) }},
	{"tags", func(n int) string { return repeatTo("<p <em x=\"", n) }},
	{"invalid-utf8", func(n int) string { return repeatTo("\xe2\x80\xff\"", n) }},
	{"new-clauses", func(n int) string {
		return "He said the plan was sound" + repeatTo(", and he said it was, the firm is set to", n) + "."
	}},
	{"clause-series", func(n int) string {
		return "He said the talks were over" + repeatTo(", the ports were shut", n) + " and the embassy was empty."
	}},
	{"portfolio-lists", func(n int) string { return repeatTo("Minister of A, B and C ", n) + "Amina Farah said." }},
	{"portfolio-commas", func(n int) string {
		return "Minister of Education" + repeatTo(", Culture", n) + " and Sports Amina Farah said."
	}},
	{"plural-possessives", func(n int) string { return repeatTo("caucus' ", n) + "website said." }},
	{"multipara-quote", func(n int) string {
		return repeatTo("\u201cThe road is open.\n\n", n) + "\u201cEnd,\u201d Hassan said."
	}},
	{"honorifics", func(n int) string { return repeatTo("HE Dr. Eng. ", n) + "Ali said." }},
	{"ranks", func(n int) string { return "the " + repeatTo("first deputy ", n) + "minister said." }},
	{"role-appositions", func(n int) string {
		return repeatTo("the head of the Trading Corporation (GTC), ", n) + "Ali Rezaei, told reporters."
	}},
	{"speech-links", func(n int) string {
		return "he said " + repeatTo("in a speech broadcast on Radio Moscow, citing the bureau of statistics of ", n) + "the state."
	}},
	{"closing-cues", func(n int) string { return repeatTo("\u201cA.\n\n\u201cB,\u201d he said. ", n) }},
	{"opening-phrases", func(n int) string {
		return repeatTo("In Kuwait, a ministry official told KUNA, ", n) + "and the official said."
	}},
}

// repeatTo repeats unit up to n bytes, and at least once.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// TestTickerInSubject parses a Reuters lead whose subject holds a ticker
// in spaced brackets ("Kelta Co ( KLT.N )"): the clause's subject found
// for a participle may be the ticker's last letter, inside the ticker's
// own name, which once sliced the text backwards.
func TestTickerInSubject(t *testing.T) {
	text := "CHICAGO  (Reuters) - Diversified maker Kelta Co ( KLT.N ) posted a higher profit on Tuesday and raised its forecasts for the year, citing strong demand in developing markets as well as \"an improving economic backdrop.\"\n"
	a := Parse(text)
	checkArticle(t, text, a)
	if len(a.Quotes) != 1 {
		t.Errorf("Parse: %d quotes, want 1", len(a.Quotes))
	}
}
