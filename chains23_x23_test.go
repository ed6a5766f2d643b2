package wirestory

import "testing"

// Round 23, fixer x23: the forms of upi-drones.txt and pti-cheetahs.txt.
// Each test holds variants of one form in wire style and near misses
// that must not change.

// TestChainCarriedByBody checks a document "carried by" a body whose
// name is no outlet's ("the Press Information Bureau", "the Government
// Information Service"), fronted between subject and verb or after the
// verb: the body carried the words, a level of its own after the
// document (chains-conventions: "carried by", "broadcast by" are
// venues), not the document's maker left in its phrase (makerPhrase asks
// [chainMakerLinks]). Who made a document ("published by the Department
// of Statistics", "issued by the ministry") stays in its phrase.
func TestChainCarriedByBody(t *testing.T) {
	tests := []attrCase{
		{"fronted, carried by a bureau", "The Union environment ministry, in a statement carried by the Press Information Bureau, said the park would reopen in March.",
			[]string{"The Union environment ministry | said >> a statement | in >> the Press Information Bureau | carried by"}},
		{"after the verb, that", "The ministry said in a statement carried by the Press Information Bureau that the dam was safe.",
			[]string{"The ministry | said >> a statement | in >> the Press Information Bureau | carried by"}},
		{"fronted, a service", "The cabinet, in a communique carried by the Government Information Service, said fuel prices would not rise.",
			[]string{"The cabinet | said >> a communique | in >> the Government Information Service | carried by"}},
		{"broadcast by a directorate", "The army, in a message broadcast by the Directorate of Public Relations, said the road had been cleared.",
			[]string{"The army | said >> a message | in >> the Directorate of Public Relations | broadcast by"}},

		// Near misses: who made the document stays in its phrase.
		{"published by a department", "A report published by the Department of Statistics said exports rose 4 percent.",
			[]string{"A report published by the Department of Statistics | said"}},
		{"issued by a bureau", "The ministry said in a statement issued by the Press Information Bureau that the dam was safe.",
			[]string{"The ministry | said >> a statement issued by the Press Information Bureau | in"}},
		{"carried by an agency", "The ministry, in a statement carried by state news agency SPA, said the border was open.",
			[]string{"The ministry | said >> a statement | in >> state news agency SPA | carried by"}},
	}
	runAttrCases(t, tests, showChain)
}
