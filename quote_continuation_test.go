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
