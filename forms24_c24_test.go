package wirestory

import "testing"

// Round 24, fixer c24: the forms of mena-papyrus.txt and app-cotton.txt.
// Each test holds variants of one form in wire style and near misses
// that must not change.

// TestChainOutletNameWithNoun checks an outlet's capitalised name
// followed by its common noun ("Extra News channel", "Al Ahram
// newspaper", "Sada El Balad radio") after "carried by": the noun is part
// of the level, as in "Voice of Palestine radio".
func TestChainOutletNameWithNoun(t *testing.T) {
	tests := []attrCase{
		{"name, channel", "The minister said in remarks carried by Extra News channel that the museum would reopen in March.",
			[]string{"The minister | said >> remarks | in >> Extra News channel | carried by"}},
		{"name, newspaper", "The governor said in remarks carried by Al Ahram newspaper that the canal would be dredged.",
			[]string{"The governor | said >> remarks | in >> Al Ahram newspaper | carried by"}},
		{"name, radio, before a comma", "The army, in a statement carried by Sada El Balad radio, said the road had been cleared.",
			[]string{"The army | said >> a statement | in >> Sada El Balad radio | carried by"}},
		{"name, TV", "The minister said in remarks carried by Extra News TV that the museum would reopen in March.",
			[]string{"The minister | said >> remarks | in >> Extra News TV | carried by"}},

		// Near misses: a name with "of" already kept its noun, and a
		// name alone stays as it is.
		{"of-name, radio", "The director said in remarks carried by Voice of Palestine radio that two men were hurt.",
			[]string{"The director | said >> remarks | in >> Voice of Palestine radio | carried by"}},
		{"name alone", "The minister said in remarks carried by Extra News that the museum would reopen in March.",
			[]string{"The minister | said >> remarks | in >> Extra News | carried by"}},
		{"name, then a time", "The minister said in remarks carried by Extra News on Sunday that the museum would reopen.",
			[]string{"The minister | said >> remarks | in >> Extra News | carried by"}},
	}
	runAttrCases(t, tests, showChain)
}
