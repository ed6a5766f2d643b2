package wirestory

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestScanContent checks the counts scanContent gives the inside of a
// quotation, in runs of lower-case letters, capitals, digits, inner
// capitals and sentence ends.
func TestScanContent(t *testing.T) {
	tests := []struct {
		in   string
		want contentStats
	}{
		{"we will rebuild the bridge.", contentStats{words: 5, connectors: 1, sentences: 1, endPunct: true}},
		{"Grand Old Party", contentStats{words: 3, capitals: 3, firstUpper: true, lastCapital: true, sentences: 1}},
		{"Man of the Match", contentStats{words: 4, capitals: 2, connectors: 2, firstUpper: true, lastCapital: true, sentences: 1}},
		{"iPod", contentStats{words: 1, sentences: 1, odd: true}},
		{"ipods", contentStats{words: 1, sentences: 1}},
		{"A380 jets", contentStats{words: 2, capitals: 1, firstUpper: true, sentences: 1, odd: true}},
		{"tagesschau.de", contentStats{words: 1, sentences: 1, odd: true}},
		{"no. Never, ever", contentStats{words: 3, capitals: 1, sentences: 2, comma: true}},
		{"it's over", contentStats{words: 2, sentences: 1}},
		{"Jean-Luc", contentStats{words: 1, capitals: 1, firstUpper: true, lastCapital: true, sentences: 1}},
		{"a bcdeF", contentStats{words: 2, sentences: 1, odd: true}},
		{"schön et gut!", contentStats{words: 3, connectors: 1, sentences: 1, endPunct: true}},
		{"Inc.", contentStats{words: 1, capitals: 1, firstUpper: true, lastCapital: true, sentences: 1}},
	}
	wc := classesOf(DefaultLexicon())
	for _, tt := range tests {
		if got := scanContent(wc, tt.in); got != tt.want {
			t.Errorf("scanContent(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestScanContentNameLinks checks that a name link counts only as a
// whole lower-case word, and that a caller's name link counts, of a
// length and a first letter no word of the embedded list has.
func TestScanContentNameLinks(t *testing.T) {
	tests := []struct {
		in         string
		connectors int
	}{
		{"Man of the Match", 2},
		{"Man ofthe Match", 0},        // two links run together are no link
		{"Man of2 the Match", 1},      // a word that goes on in a digit
		{"Man ofF the Match", 1},      // or in a capital
		{"Haus qwerty Ende", 0},       // not in the embedded list
		{"Haus qwertyqwerty Ende", 0}, // longer than any link
		{"Bank of—England", 1},        // a dash after the link ends it
		{"Bank of…England", 1},        // and an ellipsis
		{"Bank ofÉngland", 0},         // a letter beyond ASCII goes on
	}
	wc := classesOf(DefaultLexicon())
	for _, tt := range tests {
		if got := scanContent(wc, tt.in).connectors; got != tt.connectors {
			t.Errorf("scanContent(%q).connectors = %d, want %d", tt.in, got, tt.connectors)
		}
	}
	wc = classesOf(DefaultLexicon().With(nameLinks, "qwerty", "zwischenraum"))
	for _, in := range []string{"Haus qwerty Ende", "Haus zwischenraum Ende"} {
		if got := scanContent(wc, in).connectors; got != 1 {
			t.Errorf("with the caller's links, scanContent(%q).connectors = %d, want 1", in, got)
		}
	}
}

// TestStatementStats checks that statementStats takes the quotations
// scanContent finds ending as statements, and only those, and that it
// gives them the count of words quoteKind reads and the first word's
// case scanContent gives.
func TestStatementStats(t *testing.T) {
	long := strings.Repeat("the harbour will reopen in spring ", 40)
	tests := []string{
		"we will rebuild the bridge.", "We will,", "Never!", "Why now?", "Yes …", "Inc.", "no.", "A.", "4.",
		"Grand Old Party", "Man of the Match", "we will rebuild the bridge. ", "we will\u00a0rebuild.\u00a0",
		"Eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun.", "one two three four five six seven eight.",
		"one two three four five six seven.", "no. Never, ever", "it's over;", "bad \xff byte.", "bad byte.\xff",
		"¿Qué pasa?", "Ça va.", "", "   ", ".", "…",
		long + "at once.", long + "at once", long + "at once.                    ", strings.Repeat(".", 1100),
	}
	wc := classesOf(DefaultLexicon())
	for _, s := range tests {
		full := scanContent(wc, s)
		got, ok := statementStats(wc, s)
		if ok != full.endPunct {
			t.Errorf("statementStats(%.40q) ok = %v; scanContent gives endPunct %v", s, ok, full.endPunct)
			continue
		}
		if !ok {
			continue
		}
		if want := min(full.words, statementWords); got.words != want || got.firstUpper != full.firstUpper || !got.endPunct {
			t.Errorf("statementStats(%.40q) = %d words, firstUpper %v, endPunct %v; want %d, %v, true",
				s, got.words, got.firstUpper, got.endPunct, want, full.firstUpper)
		}
	}
}

// TestCountWords holds countWords to scanWords' words and first capital on
// random texts of the characters that start, join and end words.
func TestCountWords(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	parts := []string{"a", "bc", "Z", "9", " ", ".", ",", "'", "-", "’", "…", "!", "é", "É", "ß", "٣", "\u00a0", "\xff", "\xc3", "x.y", ". A"}
	wc := classesOf(DefaultLexicon())
	for range 20000 {
		var sb strings.Builder
		for range r.IntN(14) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		s := sb.String()
		for _, limit := range []int{1, 3, statementWords, len(s) + 1} {
			c, _ := scanWords(wc, s, limit)
			if words, upper := countWords(s, limit); words != c.words || upper != c.firstUpper {
				t.Fatalf("countWords(%q, %d) = %d, %v; scanWords gives %d, %v", s, limit, words, upper, c.words, c.firstUpper)
			}
		}
	}
}
