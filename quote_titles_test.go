package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTitlesAndTermsHaveNoSpeaker checks quotations that name a work, a
// group or someone else's words: a title after a word that names a work
// stays a title inside reported words, a group's quoted name explained
// by an appositive is said by no one, and a phrase before a noun of
// speech ("charge", "label") is its owner's.
func TestTitlesAndTermsHaveNoSpeaker(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "quote | kind | speaker" for each quote
	}{
		{"TV show in reported words", "She appeared on the TV show “Morning Harbour” last year, the mayor said.",
			[]string{"“Morning Harbour” | title | "}},
		{"film title with a comma inside", "The mayor, who starred in the film “Salt Roads,” said the port would reopen.",
			[]string{"“Salt Roads,” | title | "}},
		{"show title in entities", "The mayor said she watched the show &quot;Night Harbour&quot; every week.",
			[]string{"&quot;Night Harbour&quot; | title | "}},
		// Near miss: a name in someone's words with no word for a work.
		{"a nickname in reported words", "He called her “Miss Piggy,” the woman said.",
			[]string{"“Miss Piggy,” | partial | He"}},

		{"a group's name explained", "The mayor praised the “Sunrise kids,” children brought to the port as infants.",
			[]string{"“Sunrise kids,” | scare | "}},
		{"comma after the marks", "The mayor praised the “Sunrise kids”, children brought to the port as infants.",
			[]string{"“Sunrise kids” | scare | "}},
		// Near miss: no appositive, the speaker's phrase.
		{"no appositive", "The mayor praised the “Sunrise kids” on Monday.",
			[]string{"“Sunrise kids” | partial | The mayor"}},

		{"charge of the opposition", "The president dismissed the “puppet” charge of the opposition as baseless.",
			[]string{"“puppet” | partial | the opposition"}},
		{"label with no owner", "The president dismissed the “puppet” label, saying he acted alone.",
			[]string{"“puppet” | scare | "}},
		// Near miss: a quoted word before a noun that names no words.
		{"a quoted word before a plain noun", "The president called the plan a “puppet” show.",
			[]string{"“puppet” | partial | The president"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Parse(tt.in).Quotes {
				s := ""
				if !q.Speaker.IsZero() {
					s = q.Speaker.Text
				}
				got = append(got, q.Text+" | "+q.Kind.String()+" | "+s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) quotes mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
