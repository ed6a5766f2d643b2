package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestResolveReference checks which person an unnamed role stands for:
// not one introduced with another role, and the one the next sentence
// introduces with the same role.
func TestResolveReference(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		// A role that names another function is someone else.
		{"spokesman after a chief", "Officials met on Monday. Fire chief Luis Ortega spoke first. “The fire is out,” the spokesman said.",
			[]string{"the spokesman ->  | said"}},
		{"analyst after a minister", "Finance Minister Tariq Mehmood spoke on Monday. “Growth is strong,” the analyst said.",
			[]string{"the analyst ->  | said"}},
		// Near misses: the same role, and a variation for a person
		// introduced with no role.
		{"minister after a minister", "Finance Minister Tariq Mehmood spoke on Monday. “Growth is strong,” the minister said.",
			[]string{"the minister -> Tariq Mehmood | said"}},
		{"leader for a president", "Kenyan President William Ruto arrived on Monday. “We value the ties,” the Kenyan leader said.",
			[]string{"the Kenyan leader -> William Ruto | said"}},
		{"businessman for a bare name", "Donald Trump spoke in Ohio. “We will win,” the businessman said.",
			[]string{"the businessman -> Donald Trump | said"}},

		// A pronoun after a possessor's role goes to the role's person.
		{"possessor's lawyer", "Mayor Tom Reyes faces fraud charges. Reyes’s lawyer, Sam Cole, told the court the case was weak. “We will appeal,” he said.",
			[]string{"Reyes’s lawyer, Sam Cole -> Sam Cole | told", "he -> Sam Cole | said"}},
		{"the mayor's lawyer", "Mayor Tom Reyes faces fraud charges. The mayor’s lawyer, Sam Cole, told the court the case was weak. “We will appeal,” he said.",
			[]string{"The mayor’s lawyer, Sam Cole -> Sam Cole | told", "he -> Sam Cole | said"}},
		// Near miss: a possessive topic before a thing is the topic.
		{"possessive topic", "Mayor Tom Reyes faces fraud charges. Reyes’s advice earned him scorn, and he said he would appeal.",
			[]string{"he -> Tom Reyes | said"}},

		// "a Danish analyst" named in the next sentence.
		{"analyst named next", "Prices will rise next year, a Danish analyst has said.\n\nRolf Meier, chief analyst at Nordbank, said demand was strong.",
			[]string{"a Danish analyst -> Rolf Meier | has said", "Rolf Meier -> Rolf Meier | said"}},
		{"economist named next", "Rates will fall, an economist said on Monday. Ana Pires, senior economist at Banco Sul, said inflation was easing.",
			[]string{"an economist -> Ana Pires | said", "Ana Pires -> Ana Pires | said"}},
		// Near misses: another role, and a name given too late.
		{"another role next", "Prices will rise next year, a Danish analyst has said. Rolf Meier, a trader at Nordbank, said demand was strong.",
			[]string{"a Danish analyst ->  | has said", "Rolf Meier -> Rolf Meier | said"}},
		{"named three sentences on", "Prices will rise, an analyst said. Sales fell in May. Demand is weak. Rolf Meier, an analyst at Nordbank, said demand was strong.",
			[]string{"an analyst ->  | said", "Rolf Meier -> Rolf Meier | said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sourcesOf(tt.in)); diff != "" {
				t.Errorf("Parse(%q) sources mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
