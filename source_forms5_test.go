package wirestory

import "testing"

// Attribution sources, fixer psrc5: forms whose source the subject
// search missed. Each test holds variants of one form in wire or
// newspaper style and near misses that must not change.

// TestSourceCaseNameKeepsSentence checks a court case named with a
// lower-case "v." between its parties ("Brown v. Board of Education",
// "Obergefell v. Hodges"): the period abbreviates "versus" and ends no
// sentence (abbreviations), so the verb after the case name keeps the
// sentence's subject. Before, the sentence was cut after "v." and the
// second party was read as the subject of what follows. A "v." before a
// capitalised determiner still ends its sentence, and a sentence with no
// case name keeps its answer.
func TestSourceCaseNameKeepsSentence(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a second verb after the case", "The senator cited Brown v. Board of Education and said the ruling still guided the court.",
			[]string{"The senator | cited", "The senator | said"}},
		{"a participle after the case", "Lawyers for the state invoked Obergefell v. Hodges, arguing that the ban could not stand.",
			[]string{"Lawyers for the state | invoked", "Lawyers for the state | arguing"}},
		{"a case inside the content", "The court is weighing Ortiz v. City of Lagos, its clerk said.",
			[]string{"its clerk | said"}},
		// Near misses: "v." before "The" ends the sentence; no case name.
		{"v. before a determiner", "The coach said the side had slipped to division v. The board said it would review his contract.",
			[]string{"The coach | said", "The board | said"}},
		{"no case name", "The committee cited the 1954 ruling and said it still guided the court.",
			[]string{"The committee | cited", "The committee | said"}},
	}, showChain)
}

// TestSourceFeelingParticiple checks a participle of feeling after a
// form of "be" ("are worried that", "were incensed that", "have long
// been concerned that", feelingParticiples): an adjective whose subject
// holds the feeling and is the source. Before, it was read as a passive
// with no agent, and the source was left out. A directive in the
// passive ("were urged to", "were encouraged to") and a passive with its
// agent after "by" keep their answers.
func TestSourceFeelingParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"are worried that", "Cocoa farmers in the west are worried that the new levy will cut their income.",
			[]string{"Cocoa farmers in the west | are worried"}},
		{"were incensed that", "Opposition lawmakers were also incensed that the deal was signed in secret.",
			[]string{"Opposition lawmakers | were also incensed"}},
		{"have long been concerned that", "Her allies have long been concerned that the campaign is short of cash.",
			[]string{"Her allies | have long been concerned that"}},
		{"is worried about", "The central bank is worried about a second wave of inflation, its governor said.",
			[]string{"The central bank | is worried about", "its governor | said"}},
		// Near misses: a directive in the passive, a passive with its agent.
		{"were urged to", "Residents were urged to stay indoors until the storm passed.",
			[]string{" | were urged"}},
		{"were encouraged to", "Voters were encouraged to bring their identity cards.",
			[]string{" | were encouraged"}},
		{"an agent after by", "The budget was criticized by the opposition as a giveaway.",
			[]string{"the opposition | was criticized"}},
	}, showChain)
}

// TestSourceSubordinatorAfterOpening checks a subordinate clause that a
// subordinator ("after", "while") opens after an opening phrase and its
// comma, with the clause's subject running up to its cue: "On Monday,
// after the central bank announced a cut, …". The phrase before the cue
// is the clause's subject (subordinateSubject); before, the word was
// read as a preposition of a parenthesis and the opening phrase taken
// for the subject ("Monday"). A parenthesis closed by a comma before the
// cue, one left open before it and "by" with its phrase keep their
// answers.
func TestSourceSubordinatorAfterOpening(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a day, then after", "On Monday, after the central bank announced a rate cut, the shares rallied.",
			[]string{"the central bank | announced"}},
		{"a month and an adjective", "In June, after a desperate rival asked for help, the firm agreed to a merger.",
			[]string{"a desperate rival | asked", "the firm | agreed"}},
		{"a sentence adverb", "Interestingly, after the department asked for more time, the judge agreed.",
			[]string{"the department | asked", "the judge | agreed"}},
		{"a place", "In Nairobi, after the opposition leader demanded a recount, police sealed the tally centre.",
			[]string{"the opposition leader | demanded"}},
		// Near misses: a parenthesis closed before the cue, one left open,
		// and "by" with its phrase.
		{"a closed parenthesis", "The senator, during a visit to Columbus, Ohio, said the plan would work.",
			[]string{"The senator | said"}},
		{"an open parenthesis", "The agency, in Geneva said the talks would resume.",
			[]string{"The agency | said"}},
		{"by one estimate", "Forests have been lost to mining, by one estimate.",
			nil},
	}, showChain)
}

// TestSourceOnPhraseOpening checks an opening phrase that "on" and a
// determiner start and a comma closes ("On the eve of the summit, …",
// "On the sidelines of the talks, …") before a main clause whose verb a
// participle or a second verb goes on from: the subject after the
// comma says it (openingEnd reads the phrase to its comma, as it reads
// "In …" and "At …"). Before, the walk stepped over "on", kept for "On
// September 27 they …", and the phrase itself was taken for the
// subject. A venue with a possessive and a day with its comma keep
// their answers.
func TestSourceOnPhraseOpening(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"the eve of", "On the eve of the summit, the president addressed the nation, saying the talks would succeed.",
			[]string{"the president | saying"}},
		{"the first day of", "On the first day of the visit, the envoy met the king, urging calm.",
			[]string{"the envoy | urging"}},
		{"the sidelines of", "On the sidelines of the summit, the premier met the envoy, pledging support for the talks.",
			[]string{"the premier | pledging"}},
		{"a second verb", "On the morning of the vote, the opposition leader toured polling stations and said turnout was low.",
			[]string{"the opposition leader | said"}},
		// Near misses: a venue with a possessive, a day with its comma.
		{"a venue", "On his blog, the minister wrote that the peg would hold.",
			[]string{"the minister | wrote >> his blog | On"}},
		{"a day", "On Tuesday, the minister toured the port, saying it would reopen soon.",
			[]string{"the minister | saying"}},
	}, showChain)
}

// TestSourcePassiveAgentBeforeReason checks a passive cue whose agent
// after "by" is followed by "for" and the reason for the act:
// "criticized by rights groups for its cost", "denounced by the mayor
// for his remarks", "rebuked by his rivals for the remark". The agent
// ends before "for" (reasonFor); before, the reason was read into the
// agent, or a bare plural agent was lost. A role's "for" and a body's
// name keep theirs.
func TestSourcePassiveAgentBeforeReason(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a bare plural", "The plan was criticized by rights groups for its cost.",
			[]string{"rights groups | was criticized"}},
		{"a name and a possessive", "The network is often denounced by Mayor Ruiz for its coverage of the strike.",
			[]string{"Mayor Ruiz | is often denounced"}},
		{"a phrase and an article", "The minister was rebuked by his rivals for the remark.",
			[]string{"his rivals | was rebuked"}},
		{"a body and a possessive", "The coach was praised by the federation for his calm.",
			[]string{"the federation | was praised"}},
		// Near misses: a role's "for", a body's name.
		{"a role's for", "The report was welcomed by a spokesman for the ministry.",
			[]string{"a spokesman for the ministry | was welcomed"}},
		{"a body's name", "The deal was criticised by the Centre for Policy Studies.",
			[]string{"the Centre for Policy Studies | was criticised"}},
	}, showChain)
}
