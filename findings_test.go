package wirestory

import "testing"

// TestFindings: what a study, poll or report finds is its finding, a noun
// phrase as well as a clause, and its verb may come after the words it
// reports; a person's "found" with a noun object finds a thing, and a
// plural noun "shows" ends a list, not a report.
func TestFindings(t *testing.T) {
	lead := "Voters went to the polls on Tuesday.\n\n"
	tests := []attrCase{
		{"survey found noun", lead + "The April survey found wide support for the plan among farmers.",
			[]string{"The April survey | found = wide support for the plan among farmers"}},
		{"report found no evidence", lead + "The audit report found no evidence of fraud at the port.",
			[]string{"The audit report | found = no evidence of fraud at the port"}},
		{"poll found small clause", lead + "A poll in March found Ms. Okafor with a lead of nine points.",
			[]string{"A poll in March | found = Ms. Okafor with a lead of nine points"}},
		{"study found that", lead + "The study found that turnout fell in rural districts.",
			[]string{"The study | found = that turnout fell in rural districts"}},
		{"poll shows after", lead + "Okafor leads the race by nine points, the latest Harbour poll shows.",
			[]string{"the latest Harbour poll | shows = Okafor leads the race by nine points"}},
		{"survey shows after", lead + "Most farmers back the plan, a new survey shows.",
			[]string{"a new survey | shows = Most farmers back the plan"}},
		{"study shows after, past", lead + "Turnout fell in rural districts, the study showed.",
			[]string{"the study | showed = Turnout fell in rural districts"}},

		{"near miss: police found a thing", lead + "Police found the car in a ditch near the river.", nil},
		{"near miss: inspectors found cracks", lead + "Inspectors found cracks in two of the pillars.", nil},
		{"near miss: talk shows end a list", lead + "He appeared on radio and the talk shows.", nil},
		{"near miss: the shows after a preposition", lead + "She was a regular guest on the late-night shows.", nil},
	}
	runAttrCases(t, tests, func(a Attribution) (string, bool) {
		return a.Source.Text + " | " + a.Cue.Text + " = " + a.Content.Text, true
	})
}
