package wirestory

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSortStableBy holds sortStableBy to slices.SortStableFunc on lists
// made of runs in order, as the stages make them, and on lists in no
// order, with many equal keys whose order must be kept.
func TestSortStableBy(t *testing.T) {
	type item struct{ key, seq int }
	rng := rand.New(rand.NewPCG(1, 2))
	var buf []item
	for n := range 40 {
		for _, runs := range []int{1, 2, 3, n + 1} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{key: rng.IntN(8), seq: i}
			}
			// Sort each of runs parts, so that s is made of runs in order.
			for r := range runs {
				part := s[r*n/runs : (r+1)*n/runs]
				slices.SortStableFunc(part, func(a, b item) int { return a.key - b.key })
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b item) int { return a.key - b.key })
			buf = sortStableBy(s, buf, func(a *item) int { return a.key })
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d runs=%d: got %v, want %v", n, runs, s, want)
			}
		}
	}
}

// TestCutWord holds cutWord, a loop over the bytes, to the strings
// functions it stands for.
func TestCutWord(t *testing.T) {
	for _, w := range []string{"", "said", "has said", "has  \t said", " said", "said ", "told\nreporters", "a\r\nb c", "\t"} {
		want1, want2 := w, ""
		if i := strings.IndexAny(w, " \t\r\n"); i >= 0 {
			want1, want2 = w[:i], strings.TrimLeft(w[i:], " \t\r\n")
		}
		if got1, got2 := cutWord(w); got1 != want1 || got2 != want2 {
			t.Errorf("cutWord(%q) = %q, %q; want %q, %q", w, got1, got2, want1, want2)
		}
	}
}

// TestOnlyByte holds onlyByte to the strings.TrimSpace it stands for.
func TestOnlyByte(t *testing.T) {
	for _, s := range []string{"", "(", " ( ", "((", " ) ", "\t(\n", "( x", "\u00a0(", "\u00a0", "(\u2003", ")"} {
		for _, c := range []byte{'(', ')'} {
			if got, want := onlyByte(s, c), strings.TrimSpace(s) == string(c); got != want {
				t.Errorf("onlyByte(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
	}
}

// TestBracketGap holds bracketGap's byte loop to the strings functions
// it stands for.
func TestBracketGap(t *testing.T) {
	for _, gap := range []string{"", " ", " (", ") ", "), ", " , ", "/", " / ", "(x)", "-", " ( ) "} {
		text := "A" + gap + "B"
		r := &resolver{text: text, toks: []rsTok{{s: 0, e: 1}, {s: 1 + len(gap), e: 2 + len(gap)}}}
		want := strings.Trim(gap, " (),") == "" && strings.ContainsAny(gap, "()") || gap == "/"
		if got := r.bracketGap(1); got != want {
			t.Errorf("bracketGap(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestContractedVerb checks the contractions contractedVerb knows,
// straight and curly, in any case, and the possessives it leaves.
func TestContractedVerb(t *testing.T) {
	st := &attrState{d: &doc{lex: DefaultLexicon()}}
	for w, want := range map[string]bool{
		"it's": true, "she’s": true, "we're": true, "I'm": true, "they’ve": true, "he'll": true,
		"WE'RE": true, "I'D": true, "Cuba's": false, "’s": false, "'re": false, "rock'n'roll": false,
		"it’s": true, "o'clock": false, "": false, "dogs'": false,
	} {
		if got := st.contractedVerb(w); got != want {
			t.Errorf("contractedVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
