package wirestory

import "testing"

// A quotation named as a thing's name is said by no one: after "known
// as" ("the initiative known as “Bread for Africa”"), or between a
// determiner and the noun of a programme, an initiative or a campaign,
// written as headlines are, small words in lower case ("the “Geothermal
// Goes to Campus” program").
func TestQuoteNamedProgramme(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"known as, reported clause", "She added that the initiative known as “Bread for Africa” would continue.",
			[]string{"title: "}},
		{"also known as", "The minister said the plan, also known as “Zero Hunger 2030,” was on track.",
			[]string{"title: "}},
		{"known as, straight marks", `Officials said the fund known as "Clean Seas Now" had raised $2 million.`,
			[]string{"title: "}},
		{"launched the program", "Earlier, the minister also launched the “Geothermal Goes to Campus” program.",
			[]string{"title: "}},
		{"a campaign, small words", "The governor said the “Back to the Farm” campaign had drawn 3,000 young people.",
			[]string{"title: "}},
		{"its initiative, straight marks", `The bank said its "Loans for a Living" initiative would end in June.`,
			[]string{"title: "}},

		// Near misses: "as" alone characterises; words in lower case, or
		// no noun of a thing named after them, stay the speaker's.
		{"described as", "The senator described the plan as “a big step for Africa.”",
			[]string{"partial: The senator"}},
		{"a phrase, not a name", "He said the company had run a “very dirty” campaign against him.",
			[]string{"partial: He"}},
		{"no thing named after", "Ortiz said the “Go Home Now” message was wrong.",
			[]string{"partial: Ortiz"}},
		{"a long word in lower case", "Lim said the “Made in Malaysia matters” campaign worked.",
			[]string{"partial: Lim"}},
	})
}
