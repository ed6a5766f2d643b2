package wirestory

import "testing"

// Round 22: quotation kinds and false chain levels.

// TestNameCalledAfterPrepositionNoun checks a name in marks after a
// noun that says what it names and "called", where the noun is the
// object of a preposition ("under a programme called “Sea Hands”",
// "through a scheme called", "as part of an initiative called"), inside
// a reported clause: the programme's name, said by no one. Near misses:
// a phrase in lower case after the same words is the speaker's, and a
// noun that names nothing a title names keeps its quote.
func TestNameCalledAfterPrepositionNoun(t *testing.T) {
	const lead = "ABU DHABI, 7th December, 2026 (WAM) -- The emirate opened a new fish farm on Monday.\n\n"
	runWhoCases(t, []speakerCase{
		{"under a programme called, explained that", lead + "He explained that local fishermen would be trained under a programme called \"Sea Hands\".",
			[]string{"title: -"}},
		{"through a scheme called, said", lead + "Minister Mariam Almheiri said families would receive loans through a scheme called \"Blue Harvest\" from January.",
			[]string{"title: -"}},
		{"as part of an initiative called, told", lead + "The official told WAM that 200 nurses would be hired as part of an initiative called \"Care First\" next year.",
			[]string{"title: -"}},
		{"under a national drive called, noted", lead + "She noted that 40 schools had joined under a national drive called \"Green Classrooms\" in 2025.",
			[]string{"title: -"}},
		{"with a plan called, said", lead + "Al Kaabi said the company would expand with a plan called \"Deep Blue 2030\" over the next decade.",
			[]string{"title: -"}},
		// Near misses: the speaker's own phrase in lower case, and a
		// noun after a preposition that names nothing.
		{"lower case after called", lead + "He explained that fishermen would be trained under what he called \"a sea school for everyone\".",
			[]string{"partial: he"}},
		{"a noun of no title", lead + "He explained that fishermen would work under a man called \"The Captain\" by his crews.",
			[]string{"partial: He"}},
	})
}

// TestReportedComparativeObjectNoLevel checks "reported" inside
// another's reported words with a noun object that opens with a
// comparative ([chainComparatives]: "higher discharge", "lower yields",
// "fewer birds", "more rain"), no clause after: an observed result, no
// words reported, so no level of the chain, as "reported symptoms" is
// none (TestReportedNounObjectNoLevel). Near misses: a clause after the
// comparative phrase ("reported higher prices were hurting sales"), a
// clause after "reported that", and a change with a figure ("a 30 per
// cent rise") keep the level.
func TestReportedComparativeObjectNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"higher discharge, IRNA", `A ministry spokesman said farmers in two districts had already reported higher discharge from the repaired channels.`,
			nil},
		{"lower yields, in a statement", `The cooperative said in a statement that growers in the north had reported lower yields after the frost.`,
			[]string{"The cooperative | said >> a statement | in"}},
		{"fewer birds, told", `The warden told reporters that rangers had reported fewer migratory birds at the lake this winter.`,
			nil},
		{"more rain, an article", `The agency said that observers in the delta had reported more rain in November than in any month since 1998.`,
			nil},
		{"a higher count", `Officials said volunteers had reported a higher count of nesting turtles on the beach.`,
			nil},
		// Near misses: a clause after the comparative phrase, "reported
		// that", and a change with a figure.
		{"a clause after the phrase", `The ministry said traders had reported higher prices were hurting sales in the capital.`,
			[]string{"The ministry | said >> traders | reported"}},
		{"reported that", `The spokesman said farmers had reported that higher discharge was reaching the fields.`,
			[]string{"The spokesman | said >> farmers | reported"}},
		{"a rise with a figure", `The association said clinics in the capital had reported a 30 per cent rise in asthma cases.`,
			[]string{"The association | said >> clinics in the capital | reported"}},
	})
}
