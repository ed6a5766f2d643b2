package wirestory

import "testing"

// TestWireUnnamedRoleNotNamedByNextActor checks an unnamed source ("a
// hospital spokesperson told WAM", "an airport official told AFP") whose
// next sentence opens with a name that does not speak there and is given
// no role of the source's group ("Khalid Al Mansoori, 42, brought two
// camels …"): that person is someone else, met next, and the source stays
// unnamed (""). A name that opens the next sentence and speaks there
// ("Ali Hassan, 67, said …") or that is given the source's role
// ("Hospital spokesperson X said") is still the source.
func TestWireUnnamedRoleNotNamedByNextActor(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"spokesperson told WAM, an age", "ABU DHABI, 3rd May, 2026 (WAM) -- The Al Ain camel clinic treated 900 animals last month.\n\n\"Most cases are injuries from racing,\" a clinic spokesperson told WAM.\n\nKhalid Ahmed Al Mansoori, 42, brought two of his camels to the clinic on Sunday.\n\n\"They are like my children,\" Al Mansoori said.",
			[]string{"", "Khalid Ahmed Al Mansoori"}},
		{"official told AFP, a relative clause", "Flights resumed on Tuesday after a two-day strike.\n\n\"We expect delays until the weekend,\" an airport official told AFP.\n\nSarah Colette Martin, who was flying to Lyon, waited eight hours at the gate.",
			[]string{""}},
		{"spokeswoman said, no apposition", "The company recalled 40,000 heaters on Friday.\n\n\"Customers should stop using them at once,\" a company spokeswoman said.\n\nDaniel Okafor bought two of the heaters in March for his shop.",
			[]string{""}},
		{"police spokesman told Reuters, she later", "The bridge collapsed shortly after midnight.\n\nA police spokesman told Reuters the toll was \"likely to rise.\"\n\nMaria Lopes, 34, was driving home when the deck gave way. \"I heard a crack,\" she said.",
			[]string{"", "Maria Lopes"}},
		// Near misses: the name that opens the next sentence speaks there,
		// or is given the source's role.
		{"named next and speaks", "A retired fisherman said the sea had \"never been this warm.\"\n\nAli Hassan, 67, said he had fished the bay since boyhood.",
			[]string{"Ali Hassan"}},
		{"named next with a relative clause and speaks", "A former nurse told the inquiry she had been \"afraid to speak up.\"\n\nJoan Whitfield, who worked on the ward for nine years, said managers ignored her.",
			[]string{"Joan Whitfield"}},
		{"named next with the role", "\"Most cases are injuries from racing,\" a clinic spokesperson told WAM.\n\nClinic spokesperson Mariam Saeed Al Ali said the clinic would open a second branch.",
			[]string{"Mariam Saeed Al Ali"}},
	})
}
