package wirestory

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFormTableAgreesWithLists checks the table of whole forms against
// the lists it stands for: every form of every list, the same in upper
// case and with runs of white space, and near misses, give what
// Contains and Lookup give; so does a form a caller adds with With.
func TestFormTableAgreesWithLists(t *testing.T) {
	lex := DefaultLexicon().With(CueVerbs, "vouchsafe | vouchsafed").With(cueAddressees, "vouchsafe").With(CuePhrases, "went on record as saying")
	forms := classesOf(lex).forms
	check := func(s string) {
		t.Helper()
		for _, fl := range formLists {
			if got, want := forms.has(lex, s, fl.f, fl.l), lex.Contains(fl.l, s); got != want {
				t.Errorf("has(%q, %s) = %v, want %v", s, fl.l, got, want)
			}
		}
		for _, c := range []struct {
			f formFlags
			l List
		}{{fCueVerb, CueVerbs}, {fCuePhrase, CuePhrases}} {
			gc, gok := forms.canonical(lex, s, c.f)
			wc, wok := lex.Lookup(c.l, s)
			if gc != wc || gok != wok {
				t.Errorf("canonical(%q, %s) = %q, %v, want %q, %v", s, c.l, gc, gok, wc, wok)
			}
		}
	}
	for _, fl := range formLists {
		for _, e := range lex.Entries(fl.l) {
			check(e)
			check(strings.ToUpper(e))
			check(" " + strings.ReplaceAll(e, " ", " \t\n ") + " ")
			check(e + "s")
			check(e[:len(e)-1])
			check(strings.ReplaceAll(e, " ", ""))
		}
	}
	if forms.verbWords != lex.MaxWords(CueVerbs) || forms.phraseWords != lex.MaxWords(CuePhrases) || forms.linkWords != lex.MaxWords(LinkCues) {
		t.Errorf("table's longest forms = %d, %d, %d words, want the lists' %d, %d, %d", forms.verbWords, forms.phraseWords, forms.linkWords,
			lex.MaxWords(CueVerbs), lex.MaxWords(CuePhrases), lex.MaxWords(LinkCues))
	}
	for _, s := range []string{"", " ", "vouchsafed", "Went on  record as saying", "went on record", "according to", "according", "sagte", "erklärte", "don’t", "said."} {
		check(s)
	}
}

// TestFormTableFoldsAsLookup asks the table for the forms of its lists
// written with random case and random runs of white space inside and
// around them, and for random strings of letters, spaces and marks: has
// must answer what Contains answers.
func TestFormTableFoldsAsLookup(t *testing.T) {
	lex := DefaultLexicon()
	forms := classesOf(lex).forms
	r := rand.New(rand.NewPCG(7, 8))
	blanks := []string{" ", "  ", "\t", " \n ", "\r\n"}
	variant := func(e string) string {
		var sb strings.Builder
		if r.IntN(4) == 0 {
			sb.WriteString(blanks[r.IntN(len(blanks))])
		}
		for _, c := range []byte(e) {
			switch {
			case c == ' ':
				sb.WriteString(blanks[r.IntN(len(blanks))])
			case 'a' <= c && c <= 'z' && r.IntN(3) == 0:
				sb.WriteByte(c - 'a' + 'A')
			default:
				sb.WriteByte(c)
			}
		}
		if r.IntN(4) == 0 {
			sb.WriteString(blanks[r.IntN(len(blanks))])
		}
		return sb.String()
	}
	check := func(s string) {
		t.Helper()
		for _, fl := range formLists {
			if got, want := forms.has(lex, s, fl.f, fl.l), lex.Contains(fl.l, s); got != want {
				t.Fatalf("has(%q, %s) = %v, want %v", s, fl.l, got, want)
			}
		}
	}
	for _, fl := range formLists {
		for _, e := range lex.Entries(fl.l) {
			check(variant(e))
		}
	}
	parts := []string{"said", "to", "according", " ", "  ", "\t", "S", "-", ".", "\x01", "é"}
	for range 3000 {
		var sb strings.Builder
		for range r.IntN(6) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		check(sb.String())
	}
}

// TestFormTablePrefixes checks the entry of the first two words of cues
// of several words: it gives the lengths of the cues that begin with
// them, in each list.
func TestFormTablePrefixes(t *testing.T) {
	lex := DefaultLexicon().With(CuePhrases, "according to the words of")
	forms := classesOf(lex).forms
	tests := []struct {
		pair       string
		prefix     bool
		phraseLens uint32 // bits that must be set
	}{
		{"according to", true, 1<<2 | 1<<5},
		{"According  TO", true, 1<<2 | 1<<5},
		{"according as", false, 0},
		{"said the", false, 0},
	}
	for _, tt := range tests {
		e, ok := forms.find(tt.pair)
		if !ok {
			t.Fatalf("find(%q) could not fold", tt.pair)
		}
		if got := e != nil && e.flags&fPrefix != 0; got != tt.prefix {
			t.Errorf("find(%q) prefix = %v, want %v", tt.pair, got, tt.prefix)
			continue
		}
		if e != nil && e.phraseLens&tt.phraseLens != tt.phraseLens {
			t.Errorf("find(%q) phrase lengths = %b, want bits %b", tt.pair, e.phraseLens, tt.phraseLens)
		}
	}
}
