package wirestory

import "testing"

// TestQuoteGoesOn checks quotations that go on in the voice of the one
// before: after a title in marks closed by two single marks, as New
// York copy writes them, and before a relative clause about the
// quotation's words, which names no new speaker.
func TestQuoteGoesOn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two single marks, a title between", "''It is nonsense,'' Mr. Hale said on NBC's ''Meet the Press.'' ''She lies about everything.''",
			[]string{"Hale", "", "Hale"}},
		{"curly marks, a title between", "“It is nonsense,” Mr. Hale said on the “Morning Show.” “She lies about everything.”",
			[]string{"Hale", "", "Hale"}},
		{"two single marks, no title", "''It is nonsense,'' said Ana Ortiz. ''She lies about everything.''",
			[]string{"Ana Ortiz", "Ana Ortiz"}},
		{"a relative clause after the comma", "“We are in good shape,” said Tad Devon, an adviser. “We could win Ohio,” which votes in June.",
			[]string{"Tad Devon", "Tad Devon"}},
		// Near misses: a speaker after the comma, a new sentence with a
		// cue of its own.
		{"a speaker after the comma", "“We are in good shape,” said Tad Devon, an adviser. “We could win Ohio,” Ana Ortiz said.",
			[]string{"Tad Devon", "Ana Ortiz"}},
		{"who is a speaker's clause", "“We are in good shape,” said Tad Devon. “We could win Ohio,” the aide, who asked not to be named, said.",
			[]string{"Tad Devon", ""}},
	})
}

// TestContinuesBeforeQuotation checks "continue" in every tense as a cue
// where a quotation follows its comma, and as no cue where none does.
func TestContinuesBeforeQuotation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"present", "Issa continues, “In fact, the argument is weak.”", []string{"Issa"}},
		{"past", "Issa continued, “In fact, the argument is weak.”", []string{"Issa"}},
	})
	runAttrCases(t, []attrCase{
		{"no quotation", "The war continues, and the dead number 400.", nil},
		{"an infinitive", "Prices continue to rise.", nil},
	}, showChain)
}

// TestQuoteBeforeAnotherReport checks a quotation that closes its
// sentence right before the next sentence's report: the next speaker,
// who reports words of his own, is not its speaker.
func TestQuoteBeforeAnotherReport(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"accused, an appositive", "South Korea accused the North's leader, Kim Jong Un, of “fanatic recklessness.” President Park said Kim's state was “spiraling.”",
			[]string{"South Korea", "Park"}},
		{"a verb of no list", "Japan branded the North an “outlaw nation.” Russia insisted that the North “stop its escapades.”",
			[]string{"Japan", "Russia"}},
		// Near misses: a comma or a question mark leaves the quotation to
		// the words after it.
		{"a comma", "“It is not over,” Ana Lind said.", []string{"Ana Lind"}},
		{"a question", "“Who pays?” Ana Lind asked.", []string{"Ana Lind"}},
	})
}
