package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "The vote failed. Aides said so.", []string{"The vote failed.", "Aides said so."}},
		{"lower case after period", "The rate is 2.5 percent. and rising", []string{"The rate is 2.5 percent. and rising"}},
		{"digit opens a sentence", "It fell. 12 people died.", []string{"It fell.", "12 people died."}},
		{"title before a name", "The talks were led by Sen. Jo Ruiz of Ohio.", []string{"The talks were led by Sen. Jo Ruiz of Ohio."}},
		{"courtesy title", "Mr. Ruiz said no. Ms. Lee agreed.", []string{"Mr. Ruiz said no.", "Ms. Lee agreed."}},
		{"number abbreviation", "It is No. 1 in Ohio.", []string{"It is No. 1 in Ohio."}},
		{"initial", "It was signed by J. Ruiz in May.", []string{"It was signed by J. Ruiz in May."}},
		{"month abbreviation", "The vote is on Jan. 5 in Lima.", []string{"The vote is on Jan. 5 in Lima."}},
		{"abbreviation ends a sentence before a pronoun", "The deal was struck in the U.S. He says it will hold.", []string{"The deal was struck in the U.S.", "He says it will hold."}},
		{"abbreviation ends a sentence before an article", "Shares of Acme Corp. The index fell.", []string{"Shares of Acme Corp.", "The index fell."}},
		{"abbreviation before a name", "Officials in the U.S. State Department said so.", []string{"Officials in the U.S. State Department said so."}},
		{"closing mark after the period", "She said \u201cno.\u201d He left.", []string{"She said \u201cno.\u201d", "He left."}},
		{"no full stop", "and it went on", []string{"and it went on"}},
	}
	wc := classesOf(DefaultLexicon())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(nil, tt.in, 0, len(tt.in), wc)
			var got []string
			for _, s := range sentences(nil, toks, tt.in) {
				got = append(got, tt.in[toks[s[0]].s:toks[s[1]-1].e])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
