package wirestory

import "testing"

// Round 31, fixer f31b: the forms behind five first-sight misses of the
// round's wire stories. Each test holds variants of one form in wire
// style and near misses that must not change.

// TestForms31SharedOnVenue checks that "shared on", "shared to",
// "uploaded to" and "uploaded on" name where a document came out, as
// "posted on" does (linkcues): "said in a post shared on its official
// account" gives the post and then the account as levels. Near misses:
// who shared it ("shared by" the ministry) stays in the document's
// phrase as its maker, and "shared on" with no document before it is no
// link.
func TestForms31SharedOnVenue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a post shared on an account", "The port authority said in a post shared on its official X account that two berths would close.",
			[]string{"The port authority | said >> a post | in >> its official X account | shared on"}},
		{"a message shared to a page", "The club said in a message shared to its Instagram account that the coach had resigned.",
			[]string{"The club | said >> a message | in >> its Instagram account | shared to"}},
		{"a video uploaded to a platform", "The army said in a video uploaded to YouTube that the bridge had been destroyed.",
			[]string{"The army | said >> a video | in >> YouTube | uploaded to"}},
		{"a statement uploaded on a website", "The electoral board said in a statement uploaded on its website that counting would resume.",
			[]string{"The electoral board | said >> a statement | in >> its website | uploaded on"}},
		// Near misses: the maker after "by", no document before the verb.
		{"shared by its maker", "The army said in a video shared by the defence ministry that the bridge had been destroyed.",
			[]string{"The army | said >> a video shared by the defence ministry | in"}},
		{"leaders shared on a day", "The two leaders shared on Monday their hopes for a ceasefire, the ministry said.",
			[]string{"the ministry | said"}},
	}, showChain)
}

// TestForms31CountsAreRecords checks that a count is records, as a
// tally is (chainrecords): "citing weekly counts by community rangers"
// keeps who made the counts in the level's phrase (chains-conventions:
// "a report by UN experts"), whether the citing phrase stands between
// the verb and its clause or ends the sentence. Near misses: "counts"
// as a verb, and a reason cited.
func TestForms31CountsAreRecords(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"fronted, by a group", "The wildlife fund estimated, citing weekly counts by community rangers, that the colonies had doubled.",
			[]string{"The wildlife fund | estimated >> weekly counts by community rangers | citing"}},
		{"sentence-final, one count", "Turnout was 61 percent, the commission said, citing a count by its own officers.",
			[]string{"the commission | said >> a count by its own officers | citing"}},
		{"bird counts by volunteers", "The society said, citing bird counts by volunteers, that the flocks were smaller this year.",
			[]string{"The society | said >> bird counts by volunteers | citing"}},
		// Near misses: a verb, a reason.
		{"what counts", "What counts is the result, the coach said.",
			[]string{"the coach | said"}},
		{"a reason", "Fares will rise, the operator said, citing higher fuel costs.",
			[]string{"the operator | said", "the operator | citing"}},
	}, showChain)
}

// TestForms31ExaminedRecords checks records that "of" ties to an
// examination or a test (chainexaminations): "citing the results of a
// preliminary radiocarbon analysis", "quoting the findings of tests"
// name what a test found, a level of the chain, after "said" and after
// "told" with its addressee alike (examinedRecords). Near misses: a
// count of things ("the number of boats") and records of no examination
// stay reasons.
func TestForms31ExaminedRecords(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"told an agency, citing results of an analysis", "The calf is about 40,000 years old, the museum's press office told Interfax, citing the results of a preliminary radiocarbon analysis.",
			[]string{"the museum's press office | told -> Interfax >> the results of a preliminary radiocarbon analysis | citing"}},
		{"said, citing results of tests", "The water is safe to drink, the utility said, citing the results of laboratory tests.",
			[]string{"the utility | said >> the results of laboratory tests | citing"}},
		{"results of an inspection", "The bridge can reopen, the roads agency said, citing results of an inspection carried out on Friday.",
			[]string{"the roads agency | said >> results of an inspection | citing"}},
		{"findings of an audit", "The fund lost 3 million dollars, the opposition said, citing the findings of an audit.",
			[]string{"the opposition | said >> the findings of an audit | citing"}},
		// Near misses: a count of things, the records of no examination.
		{"the number of boats", "Migrants keep arriving, the mayor said, citing the number of boats.",
			[]string{"the mayor | said", "the mayor | citing"}},
		{"results of an election", "Fares will rise, the operator said, citing the results of the election.",
			[]string{"the operator | said", "the operator | citing"}},
	}, showChain)
}

// TestForms31GroupFieldJoined checks a body's noun with "of" and a
// group whose head two modifiers joined by "and" describe, "the
// association of small and medium planters", as the subject of a verb
// of speech, in a relative clause or a main one (groupFieldJoined): the
// "and" joins the modifiers, and the whole phrase speaks. Near misses:
// two speakers joined by "and" after a determiner, a holder's name at
// the end of a title's "of … and …", and a group after "of" that is no
// body's.
func TestForms31GroupFieldJoined(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"relative clause", "The state raised the levy, a move that the association of small and medium planters said would ruin estates.",
			[]string{"the association of small and medium planters | said"}},
		{"main clause", "Diesel prices rose again. The federation of bus and taxi drivers said fares would follow.",
			[]string{"The federation of bus and taxi drivers | said"}},
		{"union, which relative", "The city cut the grant, which the union of fruit and vegetable growers said was unfair.",
			[]string{"the union of fruit and vegetable growers | said"}},
		// Near misses: a determiner before the first word, a name after
		// the title, no body before "of".
		{"two speakers", "The plant closed. The head of the union and local parents said it was unsafe.",
			[]string{"local parents | said"}},
		{"a holder's name", "Deputy director of the provincial department of industry and information technology Ma Lin said the plant would open.",
			[]string{"information technology Ma Lin | said"}},
		{"no body", "The plant closed. The heads of schools and local parents said it was unsafe.",
			[]string{"local parents | said"}},
	}, showChain)
}

// TestForms31PassiveByModifier checks a past participle of a speech
// verb right after a plain noun with "by" and an agent after it, before
// the clause's own verb: "Sugar maples stressed by drought and pests
// produce thinner sap" is a reduced passive relative, no speech and no
// level of the reported clause around it (passiveByModifier). Near
// misses: a speaker's means after "by" ("stressed by telephone that"),
// a name or a role before the verb, keep the cue.
func TestForms31PassiveByModifier(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"plural present verb", "Rand said the worry is the trees. Sugar maples stressed by drought and pests produce thinner sap, he said.",
			[]string{"Rand | said", "he | said"}},
		{"adjective in -ed in the agent", "Prices are high. Vineyards stressed by repeated heatwaves produce smaller grapes, the growers' union said.",
			[]string{"the growers' union | said"}},
		{"past perfect", "Storms were frequent. Coastal towns warned by forecasters had already emptied, officials said.",
			[]string{"officials | said"}},
		{"past verb after a determiner", "Yields fell. Cotton growers pressed by lenders sold their land early, the report said.",
			[]string{"the report | said"}},
		// Near misses: a means, a name, a role.
		{"by telephone that", "The minister stressed by telephone that the talks would go on.",
			[]string{"The minister | stressed"}},
		{"a name", "Prices are high. Smith warned by phone that prices would rise.",
			[]string{"Smith | warned"}},
		{"said by letter", "The council said by letter that rents would rise.",
			[]string{"The council | said"}},
	}, showChain)
}
