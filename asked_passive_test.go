package wirestory

import "testing"

// TestAskedPassive checks the passive of a verb whose object is spoken
// to, before a quotation: the subject is the one asked or told, the
// words are the asker's, and an asker not named gives the quotation no
// speaker rather than the subject's name.
func TestAskedPassive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"asked, no asker", "Trump was asked, “What is the most dangerous place?”",
			[]string{" | was asked -> Trump"}},
		{"asked by a named host", "Sanders was asked by host Bill Maher, “Has the story moved?”",
			[]string{"host Bill Maher | was asked -> Sanders"}},
		{"told, a colon", "The striker was told: “You are dropped.”",
			[]string{" | was told -> The striker"}},
		// Near misses: no quotation follows, the passive keeps its reading.
		{"asked to, an infinitive", "The minister was asked to resign.",
			[]string{" | was asked"}},
	}, showChain)

	runSpeakerCases(t, []speakerCase{
		{"the asker not named", "In an interview, Mayor Jo Reyes was asked, “Will you run again?” She said she would.",
			[]string{""}},
		{"the asker named after by", "Senator Ann Holt was asked by moderator Tom Briggs, “Do you back the bill?”",
			[]string{"Tom Briggs"}},
		{"a colon, then the answer", "The minister was asked: “Will you resign?” “No,” Minister Ravi Das said.",
			[]string{"", "Ravi Das"}},
		// Near misses: the active voice and "when asked" keep the subject's words.
		{"active asked", "Mayor Jo Reyes asked, “Who will pay for it?”",
			[]string{"Jo Reyes"}},
		{"when asked, the answer", "When asked about the vote, Mayor Jo Reyes replied, “No comment.”",
			[]string{"Jo Reyes"}},
	})
}
