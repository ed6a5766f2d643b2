package wirestory

import "testing"

// Attribution sources, fixer psrc3: a second pass over forms whose
// source the subject search missed. Each test holds variants of one
// form in wire style and near misses that must not change.

// TestSourceOpeningAdverb checks a sentence adverb that opens the
// sentence before a comma, "Essentially, …", "Publicly, …", "Shortly
// after the vote, …" (cueopeners): a verb or participle cue that goes
// on from the main clause takes its subject after the comma, not the
// adverb. A name in -ly that opens the sentence stays the subject.
func TestSourceOpeningAdverb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"essentially", "Essentially, the auditors went through the ledgers and found that the fund had shrunk.",
			[]string{"the auditors | found"}},
		{"publicly", "Publicly, the governor met the union leaders and promised that no plant would close.",
			[]string{"the governor | promised"}},
		{"privately, a participle", "Privately, the two ministers traded barbs over the budget, accusing each other of leaks.",
			[]string{"the two ministers | accusing"}},
		{"shortly after", "Shortly after the merger announcement, the founders' families mobilized, warning that jobs would be lost.",
			[]string{"the founders' families | warning"}},
		{"initially", "Initially, the company denied the report and blamed a rival for the leak.",
			[]string{"the company | denied", "the company | blamed"}},
		// Near misses: a name in -ly, a subject right before the cue, a
		// time phrase already skipped.
		{"a name in -ly", "Kelly, a spokeswoman for the council, said the vote was delayed.",
			[]string{"Kelly | said"}},
		{"subject before the cue", "Clearly, the mayor told aides the plan was dead.",
			[]string{"the mayor | told -> aides"}},
		{"a time phrase", "Last month, the mayor changed course and decided to keep the library open.",
			[]string{"the mayor | decided"}},
	}, showChain)
}
