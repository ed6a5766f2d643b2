package wirestory

import "testing"

// Round 31, the lead's own forms, from round 30's leftovers and the
// review. Each test holds variants of one form in wire style and near
// misses that must not change.

// TestForms31CensusRecords checks that a census or a tally is records,
// as figures and surveys are: ", according to X, which cited its latest
// census" makes the census a level under X (chainrecords), with or
// without a short name in brackets after X; "recent", "annual",
// "quarterly" mark records as published as "latest" does
// (chainrecordqualifiers). A relative that conducts the census cites
// nothing, and a reason stays no level, recent or not.
func TestForms31CensusRecords(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"its latest census, bracketed name", "Kenya has about 4 million goats, according to the national statistics bureau (NSB), which cited its latest livestock census.",
			[]string{"the national statistics bureau (NSB) | according to >> its latest livestock census | cited"}},
		{"its most recent census", "The town has 12,000 people, according to the district office, which cited its most recent census.",
			[]string{"the district office | according to >> its most recent census | cited"}},
		{"annual figures", "Tea exports fell 8 percent, the board said, citing its annual figures.",
			[]string{"the board | said >> its annual figures | citing"}},
		{"quarterly data", "Unemployment rose, according to the labour office, which cited quarterly data.",
			[]string{"the labour office | according to >> quarterly data | cited"}},
		{"reported, citing a tally", "At least 40 people died in the floods, the state broadcaster reported, citing a tally by the civil defence agency.",
			[]string{"the state broadcaster | reported >> a tally by the civil defence agency | citing"}},
		{"census figures", "Rural households shrank by a fifth, the ministry said, citing census figures.",
			[]string{"the ministry | said >> census figures | citing"}},
		// Near misses: a relative that is no cue, a reason.
		{"conducted the census", "The town has 12,000 people, according to the district office, which conducted the census in 2020.",
			[]string{"the district office | according to"}},
		{"a reason", "Milk prices rose, according to the dairy board, which cited higher feed costs.",
			[]string{"the dairy board | according to", "which | cited"}},
		{"a recent reason", "Bus fares rose, according to the operator, which cited recent fuel price rises.",
			[]string{"the operator | according to", "which | cited"}},
	}, showChain)
}

// TestForms31CapitalCueInMakersName checks the maker of cited records
// after "by" whose name holds a cue's word in capitals: "a tally by the
// Associated Press", "estimates by the Daily Report" are one phrase,
// not cut before "Press" or "Report". A cue in lower case after the
// maker still ends it.
func TestForms31CapitalCueInMakersName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"according to a tally by", "Lund had 205 delegates, according to a tally by the Associated Press.",
			[]string{"a tally by the Associated Press | according to"}},
		{"citing a tally by", "Lund had 205 delegates, the network reported, citing a tally by the Associated Press.",
			[]string{"the network | reported >> a tally by the Associated Press | citing"}},
		{"estimates by the Daily Report", "Rice prices rose 9 percent, the ministry said, citing estimates by the Daily Report.",
			[]string{"the ministry | said >> estimates by the Daily Report | citing"}},
		// Near misses: a maker in lower case, then a verb.
		{"lower-case maker", "Rice prices rose 9 percent, the ministry said, citing estimates by the farm bureau.",
			[]string{"the ministry | said >> estimates by the farm bureau | citing"}},
	}, showChain)
}

// TestForms32PublishedByAfterOwnDocument checks "X said in a statement
// published by Y": the statement is the source's own, so what published
// it is a venue, a level after the document (chains-conventions:
// "published by" names where a document came out), fronted or after
// the verb. A document no one in the sentence wrote keeps its maker in
// its phrase ("citing a report published by the audit office", "A
// report published by the Department of Statistics said"), and "issued
// by" stays the maker's.
func TestForms32PublishedByAfterOwnDocument(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"said in a statement published by", "The ministry said in a statement published by the Abu Dhabi Media Office that the race would go ahead.",
			[]string{"The ministry | said >> a statement | in >> the Abu Dhabi Media Office | published by"}},
		{"fronted", "The governor, in a statement published by the provincial information department, said the road was open.",
			[]string{"The governor | said >> a statement | in >> the provincial information department | published by"}},
		{"a circular", "The central bank said in a circular published by the state gazette office that the rule would apply from May.",
			[]string{"The central bank | said >> a circular | in >> the state gazette office | published by"}},
		// Near misses: a document cited or reported on keeps its maker,
		// and "issued by" names who made it.
		{"citing a report published by", "The ministry said, citing a report published by the national audit office, that costs had doubled.",
			[]string{"The ministry | said >> a report published by the national audit office | citing"}},
		{"a report published by, subject", "A report published by the Department of Statistics said exports rose 4 percent.",
			[]string{"A report published by the Department of Statistics | said"}},
		{"issued by", "The army said in a statement issued by its press wing that two soldiers died.",
			[]string{"The army | said >> a statement issued by its press wing | in"}},
	}, showChain)
}

// TestForms32OutletOwnWebsite checks a news outlet that reports "on its
// website": the outlet's own outlet is no level (chains-conventions, as
// "reported in its Saturday edition"), whether a broadcaster, a paper
// or a news agency, and speech it reports stays the next level. A body's
// website is a level, and so is an outlet's own document.
func TestForms32OutletOwnWebsite(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"broadcaster, embedded speech", "The broadcaster MDR reported on its website that the district council had complained that the nests were unsafe.",
			[]string{"The broadcaster MDR | reported >> the district council | complained", "the district council | had complained"}},
		{"daily", "The daily Bild reported on its website that the mayor had said the bridge was unsafe.",
			[]string{"The daily Bild | reported >> the mayor | said", "the mayor | had said"}},
		{"news agency", "The state news agency reported on its website that the bridge was unsafe.",
			[]string{"The state news agency | reported"}},
		// Near misses: a body's website, a body called an agency, and
		// an outlet's own document.
		{"ministry's website", "The ministry said on its website that the bridge was unsafe.",
			[]string{"The ministry | said >> its website | on"}},
		{"statistics agency", "The statistics agency said on its website that prices rose.",
			[]string{"The statistics agency | said >> its website | on"}},
		{"outlet's statement", "The newspaper said in a statement on its website that the mayor was wrong.",
			[]string{"The newspaper | said >> a statement | in >> its website | on"}},
	}, showChain)
}
