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
		{"quarterly data", "Jobless claims rose, according to the labour office, which cited quarterly data.",
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

// TestForms31PluralNounBeforeVerb checks a cue's form in -s that is also
// a plural noun (cuepluralnouns) before a finite verb: "Jobless claims
// rose", "Price declines were recorded", "Health worries have dogged
// him" hold no attribution, since a verb of speech never takes a finite
// verb with no subject after it. Near misses keep their cue: a verb
// that is only a verb ("says"), a relative clause whose subject is
// missing after a noun or "which" ("a law the ministry says will
// help"), a name before the word ("which the Society of Engineers
// estimates will cost"), and the verb with a clause after it.
func TestForms31PluralNounBeforeVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"jobless claims rose", "Initial jobless claims rose by 12,000 to 231,000 last week, the Labor Department said.",
			[]string{"the Labor Department | said"}},
		{"insurance claims have doubled", "Flood insurance claims have doubled since 2019.",
			nil},
		{"price declines were", "Price declines were recorded for fuel and vegetables.",
			nil},
		{"health worries, past verb", "Health worries dogged the candidate all summer.",
			nil},
		{"after a comma and a joiner", "Exports grew, and compensation claims jumped 8 percent in March.",
			nil},
		{"emergency calls jumped", "Emergency calls jumped 20 percent over the holiday, the fire service said.",
			[]string{"the fire service | said"}},
		// Near misses: a verb of speech that is only a verb, a relative
		// clause with no subject, a name before the word, a clause after.
		{"says is only a verb", "What the minister says is true, the spokesman said.",
			[]string{"the minister | says", "the spokesman | said"}},
		{"relative with no subject", "Parliament passed a law the government says will protect tenants.",
			[]string{"the government | says"}},
		{"which the company hopes", "The loan, which the company hopes will buy it time, was approved on Monday.",
			[]string{"the company | hopes"}},
		{"a name before", "Repairs will cost $2 billion, which the American Society of Civil Engineers estimates will be needed.",
			[]string{"the American Society of Civil Engineers | estimates"}},
		{"claims with a clause", "The union claims the mine is unsafe.",
			[]string{"The union | claims"}},
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
