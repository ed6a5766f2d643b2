package wirestory

import "testing"

// Attribution sources, fixer psrc: forms whose source the cue's subject
// search missed. Each test holds variants of one form in wire style and
// near misses that must not change.

// TestSourceFloatingWord checks a word that floats between a subject and
// its cue verb with no -ly to show it, "have all attacked", "will ever
// tell", "can't quite say", "has nevertheless called": the search
// steps over it to the subject, as it steps over "both" and "only".
// Where the word is the subject itself, at the clause's start or after a
// conjunction or "that", it stays the source.
func TestSourceFloatingWord(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"have all attacked", "The three county commissioners have all attacked the landfill plan as a waste of money.",
			[]string{"three county commissioners | have all attacked"}},
		{"will ever tell", "It is unclear whether Senator Lena Whitcombe will ever tell her supporters to back the nominee.",
			[]string{"Senator Lena Whitcombe | will ever tell -> her supporters"}},
		{"can't quite say", "The Veterans of Foreign Wars post can't quite say goodbye to its old hall.",
			[]string{"The Veterans of Foreign Wars post | can't quite say"}},
		{"has nevertheless called", "Governor Amos Pruitt has nevertheless called the vote an irresponsible one.",
			[]string{"Governor Amos Pruitt | has nevertheless called"}},
		{"sometimes acknowledged", "The figures changed over the summer, as the mayor has sometimes acknowledged.",
			[]string{"the mayor | has sometimes acknowledged"}},
		{"never quite explained", "The treasurer never quite explained why the fund had shrunk.",
			[]string{"The treasurer | never quite explained"}},
		{"most strongly opposed", "It was the provision the farm lobby most strongly opposed.",
			[]string{"the farm lobby | most strongly opposed"}},
		// Near misses: the word is the subject.
		{"All said", "All said the plan was sound.",
			[]string{"All | said"}},
		{"after a comma", "Of the 40 delegates, most said they would back the plan.",
			[]string{"most | said"}},
		{"after although", "Farmers are divided, although most oppose the tariff.",
			[]string{"most | oppose"}},
		{"after that", "The decision came from a panel that all agreed the dam was safe.",
			[]string{"all | agreed"}},
	}, showChain)
}

// TestSourcePassiveAgent checks a passive cue whose agent after "by" is
// named with no determiner or capital to open it: a bare plural ("by
// rivals", "by left-leaning economists"), a quantity of a group ("by
// some of his rivals"), a lower-case role before a name ("by former
// Gov. Ana Ruiz", "by host Tom Ames"), or stands after a short phrase of
// the verb's ("was recommended for the post by Paul Stone"). The agent
// speaks, as in "was backed by the unions". A means after "by" ("was told
// by phone", "was notified by letter"), an agent of no passive ("won by
// wide margins") and a "by" that opens no agent keep their answers.
func TestSourcePassiveAgent(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"by a bare plural", "Mayor Lund was criticized by rivals for failing to visit the flooded district.",
			[]string{"rivals | was criticized"}},
		{"by some of", "The levy has been criticized by some of the county's biggest employers.",
			[]string{"some of the county's biggest employers | has been criticized"}},
		{"by an adjective and a plural", "The rate rise was hotly criticized by left-leaning economists.",
			[]string{"left-leaning economists | was hotly criticized"}},
		{"by a lower-case role and a name", "The proposal was echoed by former Gov. Ana Ruiz on Tuesday.",
			[]string{"former Gov. Ana Ruiz | was echoed"}},
		{"by host and a name", "Senator Pike was asked by host Tom Ames whether he would run again.",
			[]string{"host Tom Ames | was asked"}},
		{"a phrase before by", "Mr. Dorsey was recommended for the post by Paul Stone, a longtime associate.",
			[]string{"Paul Stone | was recommended"}},
		{"a phrase before by, plural", "The senator has been attacked on the speeches by opponents.",
			[]string{"opponents | has been attacked"}},
		// Near misses: a means, no passive, an agent with a determiner.
		{"by phone", "The family was told by phone that the flight had landed.",
			nil},
		{"by letter Tuesday", "The council was criticized by letter Tuesday for the delay.",
			[]string{" | was criticized"}},
		{"the agent with an article", "The plan was criticized by the unions.",
			[]string{"the unions | was criticized"}},
		{"by and a participle", "The mayor concluded by thanking volunteers who cleared the streets.",
			[]string{"The mayor | concluded", "The mayor | thanking"}},
		{"by after a document's participle", "The charge is explained in an affidavit written by Detective Sam Orr.",
			[]string{" | is explained"}},
		{"an infinitive before by", "Shops have been ordered to close by 8pm, the notice said.",
			[]string{"the notice | said"}},
		{"no passive", "Reyes defended the plan by saying it would save money.",
			[]string{"Reyes | defended", "Reyes | saying"}},
	}, showChain)
}

// TestSourceFrontedParticiple checks a participle cue that a word of
// participleOpeners fronts at the sentence's start, "After blasting the
// paper, Ms. Ortiz …", "While saying …, Lund …", "But after arguing …,
// his campaign …": its subject is the main clause's, named after the
// comma that closes the phrase, as for "Noting that …, the mayor said".
// A fronted phrase with no participle, a participle opener inside the
// clause, and a comma followed by no plain phrase keep their answers.
func TestSourceFrontedParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after blasting", "After blasting the newspaper for its coverage, Ms. Ortiz doubled down on her claims.",
			[]string{"Ms. Ortiz | blasting", "Ms. Ortiz | doubled down on"}},
		{"while saying", "While saying that he respects the mayor, Councilman Lund continued to question her judgment.",
			[]string{"Councilman Lund | saying"}},
		{"by refusing", "By refusing to admit any fault, the two officials made the dispute worse.",
			[]string{"the two officials | refusing"}},
		{"but after arguing", "But after arguing that the race was over, his campaign changed course.",
			[]string{"his campaign | arguing"}},
		{"before announcing", "Before announcing his bid, the senator met donors in Boston.",
			[]string{"the senator | announcing"}},
		// Near misses: no participle, the opener inside the clause, no
		// plain phrase after the comma.
		{"after the vote", "After the vote, the mayor said the plan was dead.",
			[]string{"the mayor | said"}},
		{"opener inside the clause", "The mayor spoke after thanking the crowd.",
			[]string{"The mayor | thanking"}},
		{"a circumstance after the comma", "After warning of delays, on Tuesday the agency said flights would resume.",
			[]string{" | warning", "the agency | said"}},
	}, showChain)
}

// TestSourceParticipleAfterOpeningClause checks a participle cue after
// the main clause of a sentence that a subordinate clause opens, whose
// own cue came first: "While business groups push for …, Mr. Dane has
// rallied thousands by promising …", "When the host pointed out …, Ms.
// Ruiz seized on the remark, repeating …". The participle's subject is
// the main clause's, not the source of the cue inside the opening
// clause. A participle after the main clause's own cue, and one in a
// sentence with no opening clause, keep their answers.
func TestSourceParticipleAfterOpeningClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"while … push for", "While business groups push for lower tariffs, Mr. Dane has rallied thousands by promising to raise them.",
			[]string{"business groups | push for", "Mr. Dane | promising"}},
		{"when … pointed out", "When the host pointed out that the plan was costly, Ms. Ruiz seized on the remark, repeating her campaign's line.",
			[]string{"the host | pointed out", "Ms. Ruiz | repeating"}},
		{"as … announced", "As the board announced the merger, the union staged a protest, warning that jobs would be lost.",
			[]string{"the board | announced", "the union | warning"}},
		{"although … said", "Although the governor said the dam was safe, engineers closed the road, citing cracks in the wall.",
			[]string{"the governor | said", "engineers | citing"}},
		// Near misses: the main clause's own cue, no opening clause.
		{"main clause's cue", "When the storm hit, the mayor said the plan was sound, adding that taxes would not rise.",
			[]string{"the mayor | said", "the mayor | adding"}},
		{"no opening clause", "The mayor said the plan was sound, adding that taxes would not rise.",
			[]string{"The mayor | said", "The mayor | adding"}},
	}, showChain)
}
