package wirestory

import "testing"

// TestQuoteAfterSentenceOpener checks a quotation that opens the main
// clause of its sentence after a short opener set off by a comma, a
// sentence adverb ("Instead,", "Now,"), a phrase ("In the north, by
// contrast,"), a clause ("Unless the board pays,") or a lone joiner
// ("But “…”"), in a sentence after one whose quotation has a speaker: the
// opener frames the words and names no voice of its own, so they go on
// in the voice of the quotation before, as "“A,” she said. “B.”" does.
func TestQuoteAfterSentenceOpener(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"instead", "“The plan is sound,” Mayor Ana Lind said. Instead, “the board keeps asking for more studies.”",
			[]string{"Mayor Ana Lind", "Mayor Ana Lind"}},
		{"now", "“We were not happy when the levy came in,” said Tom Reyes, head of the dockers' union. Now, “most of our members accept it.”",
			[]string{"Tom Reyes", "Tom Reyes"}},
		{"a phrase and an aside", "“Fishing is a family trade here,” Governor Sam Oduya told reporters. In the north, by contrast, “the young leave for the cities.”",
			[]string{"Governor Sam Oduya", "Governor Sam Oduya"}},
		{"a clause", "“The quay is closed for now,” harbour master Jo Kim said. Unless the board pays for repairs, “it will stay closed all winter.”",
			[]string{"harbour master Jo Kim", "harbour master Jo Kim"}},
		{"a lone joiner", "“We lost the vote,” Lind said on Tuesday. But “the fight over the port is far from over.”",
			[]string{"Lind", "Lind"}},
		{"a question", "“I have asked twice,” Reyes said. Specifically, “where did the money for the dredging go?”",
			[]string{"Reyes", "Reyes"}},
		// Near misses: a quotation with its own attribution after it, a
		// phrase inside the writer's sentence, an opener with a voice of
		// its own, and a subject before the comma.
		{"its own attribution after", "“We won,” Mayor Ana Lind said. Later, “we lost,” Governor Tom Reyes said.",
			[]string{"Mayor Ana Lind", "Governor Tom Reyes"}},
		{"a term inside the sentence", "“We won,” Mayor Ana Lind said. Instead, the “fast track” plan stalled in committee.",
			[]string{"Mayor Ana Lind", ""}},
		{"a phrase that does not end the sentence", "“We won,” Mayor Ana Lind said. Later, “Harbour Lights” played on every radio in town.",
			[]string{"Mayor Ana Lind", ""}},
		{"a cue in the opener", "“We won,” Mayor Ana Lind said. Later, Governor Tom Reyes added, “We lost.”",
			[]string{"Mayor Ana Lind", "Governor Tom Reyes"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestQuoteResumedAfterJoiner checks a quotation split by its
// attribution where a joiner follows the cue's comma: "“A,” she said,
// and “B.”", "… he said, or “B.”", "… she said, but “B.”". The second
// part is the same speaker's, as in "“A,” she said, “B.”".
func TestQuoteResumedAfterJoiner(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"and", "Mayor Ana Lind spoke after the vote. “The plan must come with money,” she said, and “clear dates for every stage.”",
			[]string{"she", "she"}},
		{"or", "“Nous verrons,” he said, or “We shall see.”",
			[]string{"he", "he"}},
		{"but", "“We like the governor,” they said on Monday, but “when it comes to the port, he is wrong.”",
			[]string{"they", "they"}},
		{"told, and", "The mayor spoke after the vote. “The plan must come with money,” she told reporters, and “clear dates for every stage.”",
			[]string{"she", "she"}},
		{"a name", "“The plan must come with money,” Mayor Ana Lind said, and “clear dates for every stage.”",
			[]string{"Mayor Ana Lind", "Mayor Ana Lind"}},
		{"a pronoun and a time", "“We will rebuild the quay,” she said on Tuesday, and “nobody will be left behind.”",
			[]string{"she", "she"}},
		// Near misses: a second clause with a subject and a cue of its
		// own, a second subject who names the quotation, and "then".
		{"a cue after the joiner", "“We won,” she said, and Governor Tom Reyes said, “We lost.”",
			[]string{"she", "Governor Tom Reyes"}},
		{"a second subject", "“We won,” she said, and Governor Tom Reyes called the count “a fraud.”",
			[]string{"she", "Governor Tom Reyes"}},
		{"no comma", "“We won,” she said and “Harbour Lights” played on the radio.",
			[]string{"she", ""}},
		{"then", "“We won,” she said, then “Harbour Lights” played on the radio.",
			[]string{"she", ""}},
	}, func(q Quote) string { return q.Speaker.Text })
}
