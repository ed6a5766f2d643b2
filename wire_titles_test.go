package wirestory

import "testing"

// The tests of this file check how a title written before or after a
// name is bounded and left out of the name, in the forms of Gulf,
// Iranian, Egyptian, Korean and Russian agency copy: a rank word before
// the title, a portfolio of several parts, an organisation named inside
// the title, and honorifics.

// TestWireRankBeforeTitle checks a rank or ordinal word before a title
// ("First Deputy Foreign Minister"): it belongs to the source phrase, so
// that the quotation before the phrase has its speaker.
func TestWireRankBeforeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"first deputy", "“Talks will go on,” First Deputy Foreign Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"first vice", "“Jobs are up,” First Vice Finance Minister Choi Dong-wook said. “We are glad,” Choi said.",
			[]string{"Choi Dong-wook", "Choi Dong-wook"}},
		{"demonym, first deputy", "“Talks will go on,” Kelish First Deputy Prime Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"first lady", "“The school is open,” First Lady Anna Sorokina said.",
			[]string{"Anna Sorokina"}},
		{"lower case after the article", "Ivan Sorokin, the first deputy foreign minister, met the envoys. “Talks will go on,” the first deputy foreign minister said.",
			[]string{"Ivan Sorokin"}},
		{"second", "“Talks will go on,” Second Deputy Foreign Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"senior", "“Talks will go on,” Senior Deputy Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"acting", "“Talks will go on,” Acting Foreign Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"permanent secretary", "“Roads come first,” Permanent Secretary Wanjiru Kamau said.",
			[]string{"Wanjiru Kamau"}},
	})
	// Near misses: the adverb between a source and its verb stays the
	// cue's.
	runSourceCases(t, []sourceCase{
		{"adverb after a name", "“Talks will go on,” Sorokin first said.",
			[]string{"Sorokin -> Sorokin | first said"}},
		{"adverb after an organisation", "The ministry first said the talks were off.",
			[]string{"The ministry ->  | first said"}},
		{"adverb at the start of a sentence", "Then Mr. Alan Rubin said the bank would grow.",
			[]string{"Mr. Alan Rubin -> Alan Rubin | said"}},
		{"rank word before the title", "“Talks will go on,” First Deputy Foreign Minister Ivan Sorokin said.",
			[]string{"First Deputy Foreign Minister Ivan Sorokin -> Ivan Sorokin | said"}},
	})
}
