package wirestory

import "testing"

// A short name in marks after a participle of naming ("a system,
// launched in 2023 as “Kuma Alert,”", "varieties, named “A” and “B”"),
// or before the noun that says what it names with its short form between
// ("the “Mangroves for the Coast” (M4C) scheme"), names a thing: said by
// no one, even inside someone's reported speech. The second of two names
// joined by "and" is a name as the first is. A verb of speech or stance
// before "as" ("described the plan as …") and a namer who is the
// sentence's subject ("called the plan “reckless”") keep the speaker.
func TestQuoteNameAfterNaming(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"launched as, a year between", `The governor said the prefecture would rename its system, launched in 2023 as "Kuma Alert," to help tourists.`,
			[]string{"title: "}},
		{"marketed as", "The regulator said the company sold a supplement, marketed as “Vita Clear”, without a licence.",
			[]string{"title: "}},
		{"rebranded as, curly marks", "Officials said the fund, rebranded last year as “Green Future”, would close.",
			[]string{"title: "}},
		{"named A and B", "PARC said in a statement that it had developed two varieties, named “Sindhri Gold” and “Chaunsa-24”, which ripen late.",
			[]string{"title: ", "title: "}},
		{"called A or B", `The union said the routes, called "Blue Line" or "Harbour Link", would be cut.`,
			[]string{"title: ", "title: "}},
		{"scheme after a short form", "The Ministry of Forestry, in a statement on Monday, said it would allocate funds under the “Mangroves for the Coast” (M4C) scheme funded by the World Bank.",
			[]string{"title: "}},
		{"programme after a short form", `The minister said the "Clean Rivers" (CRP) programme would end in May.`,
			[]string{"title: "}},

		// Near misses: the namer is the subject, a verb of stance or
		// speech stands before "as", or the words are lower case.
		{"called the plan", `Rossi called the plan "reckless" and vowed to fight it.`,
			[]string{"partial: Rossi"}},
		{"described as, a term", "The minister described the plan as “a historic step” for farmers.",
			[]string{"partial: The minister"}},
		{"launched as, lower case", "The governor said the system, launched in 2023 as “a pilot”, had worked.",
			[]string{"partial: The governor"}},
		{"a statement after and", "PARC named the variety “Sindhri Gold” and said it was “a big step.”",
			[]string{"partial: PARC", "partial: PARC"}},
	})
}
