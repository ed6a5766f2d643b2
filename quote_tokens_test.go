package wirestory

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

// TestQuoteTokens checks that the tokens of a quotation's inside, copied
// from the story's tokens, are those tokenize makes of that range alone,
// for each mark and for what ends the inside: a word, a period, a
// comma, a word in another script, a mark inside.
func TestQuoteTokens(t *testing.T) {
	wc := classesOf(nil)
	for _, text := range []string{
		`The mayor said: “We will rebuild the point” on Monday.`,
		`“We will rebuild,” the mayor said. “Not this year.”`,
		`"Straight marks end here" and "here, too."`,
		`He called it “the ‘last’ chance” for the port.`,
		`The sign read “Café Zürich” all winter.`,
		`“Ten past 9” was the time, and “U.S.” the word.`,
		`“A quote that runs on` + "\n\n" + `“into the next paragraph,” she said.`,
	} {
		checkQuoteTokens(t, text, wc)
	}
}

// checkQuoteTokens holds quoteTokens to tokenize on each span of text
// between an opening mark and the next closing one.
func checkQuoteTokens(t *testing.T, text string, wc *wordClasses) {
	t.Helper()
	toks := tokenize(nil, text, 0, len(text), wc)
	for _, open := range []string{"“", `"`} {
		for i := strings.Index(text, open); i >= 0; {
			s := i + len(open)
			j := strings.IndexAny(text[s:], "”\"")
			if j < 0 {
				break
			}
			e := s + j
			want := tokenize(nil, text, s, e, wc)
			got := quoteTokens(nil, toks, text, s, e, wc)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{}, tokTail{})); diff != "" {
				t.Errorf("quoteTokens(%q) mismatch (-tokenize +copy):\n%s", text[s:e], diff)
			}
			k := strings.Index(text[e+1:], open)
			if k < 0 {
				break
			}
			i = e + 1 + k
		}
	}
}

// FuzzQuoteTokens holds quoteTokens, which copies a quotation's tokens
// from the story's, to tokenize, which reads them again, on any text.
func FuzzQuoteTokens(f *testing.F) {
	for _, s := range []string{
		`The mayor said: “We will rebuild the point” on Monday.`,
		`"Straight marks end here" and "here, too."`,
		`“Ten past 9” was the time, and “U.S.” the word.`,
		"“A quote that runs on\n\n“into the next,” she said.",
		`He said “O’Brien’s ‘last’ word.” Then “…”`,
	} {
		f.Add(s)
	}
	wc := classesOf(nil)
	f.Fuzz(func(t *testing.T, text string) {
		checkQuoteTokens(t, text, wc)
	})
}

// TestSpeechInsideCallersCue checks that a caller's cue verb reports
// speech inside a quotation: the quick test for a cue's word there must
// not pass the quotation over.
func TestSpeechInsideCallersCue(t *testing.T) {
	text := "“The port will reopen. He harrumphed that the berths were safe,” the minister said."
	chains := func(lex *Lexicon) []string {
		var got []string
		for _, a := range (&Parser{Lexicon: lex}).Parse(text).Attributions {
			if len(a.Via) > 0 {
				got = append(got, chainString(a))
			}
		}
		return got
	}
	if got := chains(nil); len(got) != 0 {
		t.Errorf("default lexicon: chains %q, want none (\"harrumphed\" is no cue)", got)
	}
	lex := DefaultLexicon().With(CueVerbs, "harrumph | harrumphed").With(chainSpeech, "harrumph")
	want := []string{"the minister | said >> He | harrumphed"}
	if diff := cmp.Diff(want, chains(lex)); diff != "" {
		t.Errorf("extended lexicon (-want +got):\n%s", diff)
	}
}

// TestTrimClosingMarks holds trimClosingMarks, a loop over the bytes, to
// the strings.TrimRight it stands for.
func TestTrimClosingMarks(t *testing.T) {
	for _, s := range []string{"", "“We will,”", `"Done."`, "‘No’", "« Oui »", "‹ x ›", "”’", "a\xe2\x80", "\xbb", "x\xc2\xbb\"", "end.”’»›\"'"} {
		if got, want := trimClosingMarks(s), strings.TrimRight(s, "\"'”’»›"); got != want {
			t.Errorf("trimClosingMarks(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestClassOfRunePunctuation holds classOfRune's shortcut for General
// Punctuation and the guillemets to the Unicode tables it spares.
func TestClassOfRunePunctuation(t *testing.T) {
	for r := rune(0xA0); r <= 0x206F; r++ {
		want := classPunct
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff':
			want = classSpace
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			want = classAlnum
		}
		if got := classOfRune(r); got != want {
			t.Errorf("classOfRune(%U) = %v, want %v", r, got, want)
		}
	}
}
