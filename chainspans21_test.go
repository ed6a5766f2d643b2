package wirestory

import "testing"

// Round 21, chain spans: the forms of h21. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestChainRoleFieldOf checks a cited role with the field it heads in
// lower case, "the regional director of agriculture", "the chief of
// staff": the "of" phrase stays in the level, with a place after it
// ("the deputy head of security at the port"); a name after a comma is
// an apposition and stays out (linkPhraseEnd, placeAfterField). A noun
// that is no role keeps its "of" out of a reason, and a phrase the
// level had already is kept.
func TestChainRoleFieldOf(t *testing.T) {
	tests := []attrCase{
		{"citing, an apposed name", "Schools in three districts will stay shut, radio station Onda Sur reported, citing the regional director of education, Marta Quispe.",
			[]string{"radio station Onda Sur | reported >> the regional director of education | citing"}},
		{"quoting, a place after", "The terminal was evacuated for two hours, the agency said, quoting the deputy head of security at the port.",
			[]string{"the agency | said >> the deputy head of security at the port | quoting"}},
		{"possessor", "The cabinet reshuffle was postponed, the daily Kompas reported, citing the president's chief of staff.",
			[]string{"the daily Kompas | reported >> the president's chief of staff | citing"}},
		{"according to", "Two nurses died of the fever, according to the provincial director of health, Ana Ruiz.",
			[]string{"the provincial director of health | according to"}},
		{"quoting as saying", "The road will stay closed, the radio said, quoting the district chief of police as saying the slope was unstable.",
			[]string{"the radio | said >> the district chief of police | quoting"}},

		// Near misses: an "of" phrase with an article, a name, no role.
		{"of the hospital", "The ward was closed, the paper reported, citing the director of the hospital.",
			[]string{"the paper | reported >> the director of the hospital | citing"}},
		{"of a name", "Output fell by a tenth, the paper reported, citing the head of Pemex.",
			[]string{"the paper | reported >> the head of Pemex | citing"}},
		{"no role", "The plan was dropped, the paper reported, citing a shortage of staff.",
			[]string{"the paper | reported", "the paper | citing"}},
	}
	runAttrCases(t, tests, showChain)
}
