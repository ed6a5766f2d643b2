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

// TestRemarksAndTrailingCiting checks remarks written as "statements"
// (Spanish copy's "en declaraciones a"), which are the speaking itself,
// and a "citing" after the content of a statement, which is the
// statement's next level.
func TestRemarksAndTrailingCiting(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"statements to an agency", "The minister said in statements to EFE that the law would pass.",
			[]string{"The minister | said"}},
		{"statements to the press", "The mayor said in statements to the press that the road would reopen.",
			[]string{"The mayor | said"}},
		{"statements carried by a channel", "The minister said in statements carried by state television that the law would pass.",
			[]string{"The minister | said >> statements | in >> state television | carried by"}},
		{"a statement to an agency stays a document", "The minister said in a statement to QNA that the law would pass.",
			[]string{"The minister | said >> a statement to QNA | in"}},
		{"citing after a statement's content", "The chamber said in a statement that losses reached 18 million dollars a day, citing figures from its members.",
			[]string{"The chamber | said >> a statement | in >> figures from its members | citing"}},
		{"a possessor after a preposition", "The chamber said that losses were high, citing statistics from its members.",
			[]string{"The chamber | said >> statistics from its members | citing"}},
		// Near miss: a reason after a statement's content.
		{"a reason", "The chamber said in a statement that losses were high, citing low growth.",
			[]string{"The chamber | said >> a statement | in", "The chamber | citing"}},
	}, showChain)
}

// TestQuotedAsSayingInDocument checks "X quoted Y as saying in a
// statement": Y's document is the level after Y.
func TestQuotedAsSayingInDocument(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"in a statement", "The agency quoted Lavrov as saying in a statement that talks were useful.",
			[]string{"The agency | quoted >> Lavrov | as saying >> a statement | in"}},
		{"a time before", "The agency quoted Lavrov as saying on Monday in a statement that talks were useful.",
			[]string{"The agency | quoted >> Lavrov | as saying >> a statement | in"}},
		// Near miss: a place is no document.
		{"in a city", "The agency quoted Lavrov as saying in Moscow that talks were useful.",
			[]string{"The agency | quoted >> Lavrov | as saying"}},
	}, showChain)
}

// TestAppearsInPublication checks "appear in" a publication, which says
// where a work came out, not how things seem.
func TestAppearsInPublication(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"appears in a journal", "The study, which appears in the journal Kidney Letters, followed 2,400 adults.", nil},
		{"appeared in a paper", "The essay appeared in the Harbour Times on Sunday.", nil},
		// Near miss: how things seem, which the writer judges.
		{"appears that", "It appears that the plan failed.", []string{" | appears"}},
	}, showChain)
}
