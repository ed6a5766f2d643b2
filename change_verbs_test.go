package wirestory

import "testing"

// "decline" says a refusal ("declined to comment") and a fall in an
// amount ("shares declined 3 percent"); the second reports no one's
// words ([cueChangeVerbs]). An amount after the verb, after "by", "from"
// or "to", or a degree adverb before one of them, makes it a change; a
// refusal keeps its "to" and a verb, its object, or ends its clause.
func TestChangeVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a percentage", "Shares of the carrier declined 3 percent on Tuesday.", nil},
		{"a figure with a sign, to an amount", "Revenue declined 4% to $2.1 billion in the quarter.", nil},
		{"to an amount", "At the port, fees from shipping lines declined to $281 million in 2024.", nil},
		{"by an amount", "The index declined by 2.5 percent over the week.", nil},
		{"from a year earlier", "Rice exports declined from a year earlier, the ministry said.",
			[]string{"the ministry | said"}},
		{"a degree adverb, then a month", "Arrivals declined sharply in March as the border stayed shut.", nil},
		{"a degree adverb, then an amount", "The currency declined slightly to 109.5 against the dollar.", nil},
		{"present tense", "Output declines by about 8% in a dry year, the report says.",
			[]string{"the report | says"}},

		// Near misses: refusals, which stay cues.
		{"declined to comment", "A spokesman for the carrier declined to comment.",
			[]string{"A spokesman for the carrier | declined"}},
		{"a time, then to and a verb", "The minister declined on Tuesday to say whether the talks would resume.",
			[]string{"The minister | declined"}},
		{"a place, then to and a verb", "The senator declined in a radio interview to say whether she would run.",
			[]string{"The senator | declined"}},
		{"an object", "The mayor declined the invitation, citing a prior engagement.",
			[]string{"The mayor | declined", "The mayor | citing"}},
		{"comment as object", "The company declined comment.",
			[]string{"The company | declined"}},
		{"ends its clause", "Pressed on a third term, Ortega declined.",
			[]string{"Ortega | declined"}},
	}, showChain)
}
