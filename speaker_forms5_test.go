package wirestory

import "testing"

// Quotation speakers, fixer pq5: a fifth pass over quotations whose
// speaker is found but named wrong, or not found. Each test holds
// variants of one form in wire or newspaper style and near misses that
// must not change.

// TestSurnameTakesFullNameOfItsSex checks a person a headline names by
// surname alone, whom a pronoun in a summary then stands for ("Okafor
// hints at husband's role … her husband would advise her government"),
// when the body names a relative of the other sex in full before the
// person: "James Okafor" does not take the headline's entity, which the
// pronoun made a woman's, so "Mrs. Okafor" is Grace Okafor, named next.
// Near misses: a pronoun of the same sex as the full name (the name
// joins the headline's entity as before), a courtesy title read before
// a full name of the other sex ("Mrs. Okafor" is not James), and a
// plain story with no pronoun before the name.
func TestSurnameTakesFullNameOfItsSex(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"her husband, abstract", "Okafor hints at husband's role; \nPlan for trade envoy draws questions.\n\nABSTRACT.\n\nRemarks that her husband would advise her government are raising questions about how it would work.\n\nFULL TEXT.\n\nIn a year when James Okafor's business dealings have faced scrutiny, Grace Okafor is shaping the role her husband would play.\n\nMrs. Okafor told voters on Sunday that he would be \"in charge of trade.\"",
			[]string{"Mrs. Okafor/Grace Okafor"}},
		{"her son, summary", "Moreau defends son's post; \nOpposition cries foul.\n\nSUMMARY.\n\nWord that her son would join her cabinet is stirring anger in the party.\n\nSTORY.\n\nAs Paul Moreau's record comes under fire, Claire Moreau is standing by her choice.\n\n\"He earned it,\" Mrs. Moreau said.",
			[]string{"Mrs. Moreau/Claire Moreau"}},
		{"her brother", "Lindqvist names brother as envoy; \nMove stirs talk of favours.\n\nABSTRACT.\n\nReports that her brother would run her foreign policy are drawing criticism from allies.\n\nFULL TEXT.\n\nAt a time when Peter Lindqvist's consulting firm is under review, Anna Lindqvist is widening his brief.\n\n\"He knows the region,\" Ms. Lindqvist said.",
			[]string{"Ms. Lindqvist/Anna Lindqvist"}},
		// Near misses: the pronoun's sex is the name's; a courtesy
		// title before the full name of the other sex; no pronoun.
		{"his wife: the name joins", "Okafor hints at wife's role; \nPlan for trade envoy draws questions.\n\nABSTRACT.\n\nRemarks that his wife would advise his government are raising questions about how it would work.\n\nFULL TEXT.\n\nIn a year when James Okafor's business dealings have faced scrutiny, he is shaping the role his wife would play.\n\nMr. Okafor told voters on Sunday that she would be \"in charge of trade.\"",
			[]string{"Mr. Okafor/James Okafor"}},
		{"Mrs. before James", "Okafor wins runoff\n\nMrs. Okafor thanked voters, and James Okafor wept.\n\n\"We are grateful,\" Mrs. Okafor said.",
			[]string{"Mrs. Okafor/Okafor"}},
		{"no pronoun", "Okafor wins runoff\n\nJames Okafor said on Sunday the count was fair.\n\n\"It was clean,\" Mr. Okafor said.",
			[]string{"Mr. Okafor/James Okafor"}},
	}, func(q Quote) string { return q.Speaker.Text + "/" + q.Speaker.Name })
}

// TestQuoteOpenerAfterLapse checks an opening phrase that a measure of
// time leads before its preposition, "Soon after the mayor was booed …,",
// "Moments after the judge read the verdict,", "Two weeks after …,",
// "Minutes before …,": the phrase runs to its comma, and the speaker of
// a quotation after a verb that is no cue is the subject after it, not
// the measure. Near misses: an opener with no measure, a measure with
// no preposition ("Moments later,"), and the measure inside the
// subject's own aside.
func TestQuoteOpenerAfterLapse(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"soon after", "Soon after the mayor was booed Monday during a breakfast in Dover, Lopez wrote to his 2,000 followers, \"It is time for her to go.\"",
			[]string{"Lopez"}},
		{"moments after", "Moments after the judge read the verdict, Haddad posted on Twitter, \"Justice was done today.\"",
			[]string{"Haddad"}},
		{"two weeks after", "Two weeks after the plant closed, the union leader posted a video: \"They lied to us.\"",
			[]string{"the union leader"}},
		{"minutes before", "Minutes before the polls closed, Okafor posted on Facebook, \"We did everything we could.\"",
			[]string{"Okafor"}},
		// Near misses: no measure, no preposition, an aside.
		{"after alone", "After the vote, the mayor posted online, \"Thank you all.\"",
			[]string{"the mayor"}},
		{"moments later", "Moments later, the mayor posted online, \"Thank you all.\"",
			[]string{"the mayor"}},
		{"aside", "Lopez, soon after the vote, posted online, \"Thank you all.\"",
			[]string{"Lopez"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestQuoteAsClauseEvent checks a report whose content runs into an
// "as" clause with a source and cue of its own, and the quotation after
// that cue: "“Thank you,” Lind said as a protester yelled: “Liar!”".
// The clause tells what happened as the first speaker spoke, so the
// quotation is the clause's source's, as it is after "when" or "while".
// Near misses: "as she put it", an aside whose cue (cueAsVerbs) leaves
// the quotation the report's; a second quotation with no clause between.
func TestQuoteAsClauseEvent(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"as a protester yelled", "\"Thank you,\" Mayor Lind said as a protester yelled: \"Liar!\"",
			[]string{"Mayor Lind", "a protester"}},
		{"as a man shouted", "\"We will rebuild,\" the governor said as a man in the crowd shouted: \"When?\"",
			[]string{"the governor", "a man in the crowd"}},
		{"as a delegate shouted", "\"We are done here,\" the chairman said as a delegate shouted: \"Recount!\"",
			[]string{"the chairman", "a delegate"}},
		// Near misses: an aside, no clause.
		{"as she put it", "\"We will win,\" Lind said, as she put it: \"Every single seat.\"",
			[]string{"Lind", "she"}},
		{"no clause", "\"We are done here,\" the chairman said. \"Recount the votes later.\"",
			[]string{"the chairman", "the chairman"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestTitleGlossedInParens checks a title set off by commas after a
// noun of works whose translation, year or short form follows it in
// parentheses: "his 12th book, “Sin Miedo” (Without Fear), …", "her
// film, “Roma” (2018), …". The parenthesis glosses the name; the title
// is named, said by no one, as it is with the comma right after it.
// Near misses: words in lower case before a parenthesis (a phrase of
// the speaker's), a title with no noun of works before it, and a
// parenthesis that holds a clause.
func TestTitleGlossedInParens(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"translation", "But the anchor, who is promoting his 12th book, \"Sin Miedo\" (Without Fear), downplayed his influence.",
			[]string{"title | "}},
		{"translation, then a cue", "Her debut novel, \"Les Annees\" (The Years), won the prize, the publisher said.",
			[]string{"title | "}},
		{"year", "The director, whose film, \"Roma\" (2018), won three awards, said the shoot was hard.",
			[]string{"title | "}},
		{"short form of a report", "The report, \"Hidden Costs\" (PDF), said prices rose.",
			[]string{"title | "}},
		// Near misses: lower case, no noun of works, a clause in the
		// parenthesis.
		{"lower case", "Lopez called the plan, \"a disaster\" (his words), and left.",
			[]string{"direct | Lopez"}},
		{"no noun of works", "Lind said, \"We Will Win\" (and she meant it), to the crowd.",
			[]string{"partial | Lind"}},
	}, func(q Quote) string { return q.Kind.String() + " | " + q.Speaker.Text })
}

// TestTitleInDoubledApostrophes checks a title set off by commas after
// a noun of works in the marks the New York Times style writes, two
// straight apostrophes on each side, whose closing mark is two tokens:
// the book's title after "In his 2002 book," is named, said by no one,
// as it is in double quotation marks. Near misses: the same in double
// marks (unchanged), and words in lower case after a comma, which stay
// the speaker's.
func TestTitleInDoubledApostrophes(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"book, then the subject", "In his 2002 book, ''Raise a Rich Kid,'' Mr. Lund suggested cutting costs.",
			[]string{"title | "}},
		{"memoir at the end", "Lund said in his 2012 memoir, ''A Son of the Valley.''",
			[]string{"title | "}},
		{"novel, then a cue", "Her first novel, ''Salt Roads,'' sold well, Lund said.",
			[]string{"title | "}},
		// Near misses: double marks, lower case.
		{"double marks", "In his 2002 book, \"Raise a Rich Kid,\" Lund suggested cutting costs.",
			[]string{"title | "}},
		{"lower case", "Lund called the plan, ''a disaster,'' and left.",
			[]string{"direct | Lund"}},
	}, func(q Quote) string { return q.Kind.String() + " | " + q.Speaker.Text })
}

// TestTitleOfAnAd checks a campaign advertisement named in marks after
// "ad" or "commercial" (titlecues), set off by commas: "a Web ad,
// “Playing Lund,” in which …", "One ad, “Balanced Budget,” stars …": the
// ad's name, said by no one. Near misses: what the ad says, and what a
// speaker in it says, keep their speakers.
func TestTitleOfAnAd(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"web ad", "The campaign began with a Web ad, \"Playing Lund,\" in which children mock him.",
			[]string{"title | "}},
		{"one ad", "One ad, \"Balanced Budget,\" stars a retired judge.",
			[]string{"title | "}},
		{"commercial", "Her latest commercial, \"Back to Work,\" airs in three states.",
			[]string{"title | "}},
		// Near misses: the ad's words, a speaker in the ad.
		{"the ad says", "The ad says, \"Vote for change.\"",
			[]string{"direct | The ad"}},
		{"in the ad", "In the ad, Lund says, \"We will win.\"",
			[]string{"direct | Lund"}},
	}, func(q Quote) string { return q.Kind.String() + " | " + q.Speaker.Text })
}
