package wirestory

import "testing"

// Round 20, citing forms: the forms of k20. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestCitingTradePeople checks "…, X reported, citing importers": people
// named by the trade they ply in a market, "importers", "grain
// traders", "two exporters in Mersin", "dealers", bare or counted, are a
// source behind the report, read at the phrase's head. A head noun of a
// reason after such a word ("citing importer demand", "citing the
// exporters' losses") and a reason of its own ("citing losses", "citing
// delays", "citing high prices") stay reasons.
func TestCitingTradePeople(t *testing.T) {
	tests := []attrCase{
		{"importers, trailing", "Buyers in Kazan have switched to raisins from Iran, the Vedomosti daily reported on Monday, citing importers.",
			[]string{"the Vedomosti daily | reported >> importers | citing"}},
		{"grain traders", "Egypt bought 120,000 tonnes of Romanian wheat at the tender, the newspaper said, citing grain traders.",
			[]string{"the newspaper | said >> grain traders | citing"}},
		{"two exporters in", "Hazelnut prices in Giresun fell 8 percent in a week, the Dunya business daily reported, citing two exporters in the city.",
			[]string{"the Dunya business daily | reported >> two exporters in the city | citing"}},
		{"dealers, that", "The Nation reported, citing used-car dealers, that sales had dropped by a third since the tax took effect.",
			[]string{"The Nation | reported >> used-car dealers | citing"}},
		{"wholesalers", "Onion prices in Nashik doubled in a fortnight, the Economic Times reported, citing wholesalers.",
			[]string{"the Economic Times | reported >> wholesalers | citing"}},

		// Near misses: a reason stays a reason, with or without a trade
		// word before its head.
		{"losses", "Two sugar mills in the province will close, the paper reported, citing losses.", nil},
		{"delays", "The port will not take bookings for March, the shipping line said, citing delays.", nil},
		{"high prices", "Bakers in Cairo cut output, the daily reported, citing high prices.", nil},
		{"importer demand", "Tea prices rose at the Mombasa auction, the broker said, citing importer demand.", nil},
		{"the exporters' losses", "The lira's fall hurt the sector, the daily reported, citing the exporters' losses.", nil},
	}
	runAttrCases(t, tests, showLinked)
}
