package wirestory

import "testing"

// The quotation and attribution forms of this file were found failing in
// blind tests on invented wire stories (testdata/wire). Each table holds
// one form with several surface variants and the near-misses that must
// not change. Every sentence is invented.

// A cue inside a direct quotation is a level of the chain only where it
// reports words said before, as a clause: "One guy came in and said …".
// A cue with a noun phrase after it names an act ("we have noted the
// report": took note of it; "confirms our reliability"; "has warned of
// more rain"), and a simple present with a time word by its source is
// the speaker's own act as he speaks ("Today Colombia tells the world
// that …"): the words are the speaker's, no one else's.
func TestChainQuotedCueOfNoSpeech(t *testing.T) {
	tests := []attrCase{
		{"confirms a noun phrase", "“The shipment of 90,000 tonnes confirms our reliability,” the corporation said in the statement.",
			[]string{"the corporation | said >> the statement | in"}},
		{"shows a noun phrase", "“The export of 40,000 barrels shows the strength of our fleet,” Velan Oil said on Monday.",
			[]string{"Velan Oil | said"}},
		{"has warned of", "“The weather department has warned of more rain in the coming days,” he said.",
			[]string{"he | said"}},
		{"warned about, inverted", "“The coast guard has warned about high waves along the coast,” said the governor.",
			[]string{"the governor | said"}},
		{"have noted a report", "“We have noted the relevant report,” she said.",
			[]string{"she | said"}},
		{"noted the remarks, told", "“The ministry has noted the remarks of the envoy,” the spokeswoman told reporters.",
			[]string{"the spokeswoman | told -> reporters"}},
		{"today tells the world", "“Today Colombia tells the world that peace is possible,” the minister told reporters.",
			[]string{"the minister | told -> reporters"}},
		{"today after the subject", "“Malaysia today tells the world that the floods are under control,” the minister said.",
			[]string{"the minister | said"}},
		{"tonight declares", "“Tonight this parliament declares that the war is over,” Speaker Ilse Brandt said.",
			[]string{"Speaker Ilse Brandt | said"}},

		// Near misses: words said before, reported as a clause, are a
		// level; so is another's position in the reporting present.
		{"came in and said", "“One guy came in and said maybe we should close the shop early,” said the woman.",
			[]string{"the woman | said >> One guy | said"}},
		{"are saying, a clause", "“I know people are saying the mayor will lose, but I think she will win,” she said.",
			[]string{"she | said >> people | are saying"}},
		{"has warned that", "“The weather department has warned that more rain will fall in the coming days,” he said.",
			[]string{"he | said >> The weather department | has warned"}},
		{"said, a contraction", "“They said it's negotiable on the price of the land,” the farmer said.",
			[]string{"the farmer | said >> They | said"}},
		{"said, no that", "“The director said she exercised extreme care with the files,” Rep. Dale Ostrow said.",
			[]string{"Rep. Dale Ostrow | said >> The director | said"}},
		{"says, no time word", "“Tom Varga says he'll cut taxes for every family in the state,” Marta Lind said.",
			[]string{"Marta Lind | said >> Tom Varga | says"}},
		{"told, a colon", "“I told myself on every point: just one more ball, just one more ball,” Ana Dobre said.",
			[]string{"Ana Dobre | said >> I | told"}},
	}
	runAttrCases(t, tests, showChain)
}
