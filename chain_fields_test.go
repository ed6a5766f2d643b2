package wirestory

import "testing"

// TestDocumentFieldInLevel checks the phrase after "by" or "of" that
// says who made a document (or a body of findings) or what it covers:
// the conventions keep it in the level's source phrase.
func TestDocumentFieldInLevel(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a report by", "The agency reported, citing a report by army engineers, that the dam held.",
			[]string{"The agency | reported >> a report by army engineers | citing"}},
		{"a survey of, with a number", "Prices rose 3 percent, the bureau said, citing a survey of more than 50,000 businesses.",
			[]string{"the bureau | said >> a survey of more than 50,000 businesses | citing"}},
		{"findings by", "The army said, citing preliminary findings by army engineers, that the dam held.",
			[]string{"The army | said >> preliminary findings by army engineers | citing"}},
		{"a statement by the ministry", "The daily said, quoting a statement by the ministry, that fares would rise.",
			[]string{"The daily | said >> a statement by the ministry | quoting"}},
		// Near misses: a time after the author is no part of it; a reason
		// is cited, not a source.
		{"a time after", "The agency reported, citing a report by the army on Friday, that the dam held.",
			[]string{"The agency | reported >> a report by the army | citing"}},
		{"a reason", "The minister said, citing weak demand of the past year, that prices would fall.",
			[]string{"The minister | said", "The minister | citing"}}, // no level: a reason
	}, showChain)
}
