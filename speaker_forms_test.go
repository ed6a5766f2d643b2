package wirestory

import "testing"

// TestPossessorsSpeechNoun checks a quotation in the clause of a noun of
// speech, stance or intent after its possessor, with a time, a place or
// a modifier between: the possessor's words, though a report around the
// noun holds the quotation too.
func TestPossessorsSpeechNoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a day between the noun and that", "Mayor Ana Lind was pressed on Friday over her statement on Tuesday that the bridge was “perfectly safe,” aides said.",
			[]string{"Ana Lind"}},
		{"a phrase of occasion between", "Senator Tom Reyes drew fire from unions over his assertion during the debate that “the mines are finished.”",
			[]string{"Tom Reyes"}},
		{"a month before the noun", "Governor Rosa Vane has lost the miners' vote since her March comment that “coal has no future here.”",
			[]string{"Rosa Vane"}},
		{"an adjective before the noun", "Party elders were uneasy about Dan Okafor's repeated claim that the count was “rigged from the start.”",
			[]string{"Dan Okafor"}},
		{"a pledge to be", "Commissioner Lea Brandt stood by her pledge to be “neutral in every dispute” between the two ports.",
			[]string{"Lea Brandt"}},
		// Near misses: a noun naming a topic or a thing, a quotation
		// outside the noun's clause, and a report of the noun by another.
		{"a topic after about", "Mayor Ana Lind repeated her remarks about the “Blue Line” project, officials said.",
			[]string{""}},
		{"a promise of a thing", "Governor Rosa Vane kept her promise of “free buses” for students, aide Tim Cole said.",
			[]string{"Tim Cole"}},
		{"a quotation after the clause", "Mayor Ana Lind defended her statement that the bridge was safe. “It is sound,” engineer Paul Mott said.",
			[]string{"Paul Mott"}},
	})
}
