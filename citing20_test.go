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
		{"worker demands", "The mill shut its second line, the paper reported, citing worker demands.", nil},
		{"the exporters' losses", "The lira's fall hurt the sector, the daily reported, citing the exporters' losses.", nil},
	}
	runAttrCases(t, tests, showLinked)
}

// TestCitingPressService checks "X reported, citing the agency's press
// service, that …": a body's service that speaks for it, a compound of
// [chainBodies] ("press service", "information service", "emergency
// service"), held by a possessor or not, is a source. The word
// "service" alone ("citing poor service") and a compound before another
// head ("citing the company's service costs") stay reasons.
func TestCitingPressService(t *testing.T) {
	tests := []attrCase{
		{"possessor, that", "Earlier, the Kommersant newspaper reported, citing the fund's press service, that the hatchery had released 2 million fry.",
			[]string{"the Kommersant newspaper | reported >> the fund's press service | citing"}},
		{"regional government's", "The ferry resumed service on Tuesday, the RIA Novosti agency reported, citing the regional government's press service.",
			[]string{"the RIA Novosti agency | reported >> the regional government's press service | citing"}},
		{"no possessor", "Six people were rescued from the ice floe, Interfax reported, citing the regional emergency service.",
			[]string{"Interfax | reported >> the regional emergency service | citing"}},
		{"information service", "The talks will resume in Baku next week, the agency said, citing the ministry's information service.",
			[]string{"the agency | said >> the ministry's information service | citing"}},
		{"press office, kept", "The plant will reopen on Monday, the newspaper reported, citing the ministry's press office.",
			[]string{"the newspaper | reported >> the ministry's press office | citing"}},
		{"hyphenated, a day before", "KCNA reported Sunday, citing the country's hydro-meteorological service, that frost had hit the north.",
			[]string{"KCNA | reported >> the country's hydro-meteorological service | citing"}},

		// Near misses: "service" alone and a compound before a
		// reason's head stay reasons.
		{"poor service", "Two airlines dropped the route, the daily reported, citing poor service.", nil},
		{"service costs", "The firm raised fares, the newspaper reported, citing the company's service costs.", nil},
		{"press service staff cuts", "The bulletin will not appear in May, the agency said, citing the ministry's press service cuts.", nil},
	}
	runAttrCases(t, tests, showLinked)
}

// TestQuotingLowerCaseInstitution checks "X reported, quoting the
// prefectural hot spring research center": a body written in lower
// case whose head is a body's noun of [chainBodies] ("center", "centre",
// "observatory", "institute", "office", "bureau") is the source behind
// the report. A center inside a reason ("citing a drop in visits to the
// shopping center") and a reason at the head after a center's possessive
// ("citing the center's running costs") stay reasons.
func TestQuotingLowerCaseInstitution(t *testing.T) {
	tests := []attrCase{
		{"research center", "The flow fell to about 820 liters per minute, public broadcaster NHK reported, quoting the prefectural hot spring research center.",
			[]string{"public broadcaster NHK | reported >> the prefectural hot spring research center | quoting"}},
		{"disaster centre", "About 3,000 homes were flooded, the Manila Bulletin reported, quoting the provincial disaster risk reduction centre.",
			[]string{"the Manila Bulletin | reported >> the provincial disaster risk reduction centre | quoting"}},
		{"citing a center", "The number of visitors fell by a fifth, the Asahi Shimbun said, citing the town's tourism information center.",
			[]string{"the Asahi Shimbun | said >> the town's tourism information center | citing"}},
		{"observatory", "Ash rose 2,000 meters above the crater, Jiji Press reported, quoting the local meteorological observatory.",
			[]string{"Jiji Press | reported >> the local meteorological observatory | quoting"}},
		{"institute, kept", "The quake was magnitude 5.1, Kyodo News reported, quoting the national seismology institute.",
			[]string{"Kyodo News | reported >> the national seismology institute | quoting"}},
		{"bureau, kept", "Rainfall was half the usual, the paper reported, quoting the regional weather bureau.",
			[]string{"the paper | reported >> the regional weather bureau | quoting"}},

		// Near misses: a center that is a place, and a reason whose
		// head is no body.
		{"shopping center", "The store chain closed two branches, the daily reported, citing a drop in visits to the shopping center.", nil},
		{"center's costs", "The town shut the pool, the paper said, citing the center's running costs.", nil},
	}
	runAttrCases(t, tests, showLinked)
}
