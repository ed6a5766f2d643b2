package wirestory

import "testing"

// Round 27, fixer f27b: the forms of yonhap-haenyeo, reuters-boron,
// spa-roses and pti-watertank. Each test holds variants of one form in
// wire style and near misses that must not change.

// TestForms27CitingPersonNouns checks "X reported, citing shipping
// agents in Bandirma": a plural noun of persons of [chainTrades]
// ("agents", "brokers", "traders"), with modifiers before it and a
// place after it, is a source behind the report. Near misses: a reason
// ("citing rising costs", "citing security concerns"), a noun of
// persons whose possessive opens a reason ("citing the agents' fees")
// and one after a reason's head ("the use of chemical agents") stay
// reasons.
func TestForms27CitingPersonNouns(t *testing.T) {
	runChainCases(t, []attrCase{
		{"shipping agents in", "ISTANBUL, Dec 5 (Reuters) - Three of the ships had been chartered by Chinese buyers, the Dunya daily reported on Saturday, citing shipping agents in Mersin.",
			[]string{"the Dunya daily | reported >> shipping agents in Mersin | citing"}},
		{"travel agents", "BANGKOK, May 3 (Reuters) - Bookings from China fell by a third in April, the Bangkok Post reported, citing travel agents.",
			[]string{"the Bangkok Post | reported >> travel agents | citing"}},
		{"two port agents, that", "PIRAEUS, June 2 (Reuters) - The Kathimerini daily reported, citing two port agents, that the tanker had been held since Monday.",
			[]string{"The Kathimerini daily | reported >> two port agents | citing"}},
		{"customs brokers at", "LAREDO, Texas, Jan 9 (Reuters) - Trucks waited up to 14 hours at the crossing, the Laredo Morning Times said, citing customs brokers at the bridge.",
			[]string{"the Laredo Morning Times | said >> customs brokers at the bridge | citing"}},
		{"local residents", "KABUL, Jan 9 (Reuters) - Dozens of houses were washed away in the night, Tolo News reported, citing local residents.",
			[]string{"Tolo News | reported >> local residents | citing"}},
		// Near misses: reasons stay reasons.
		{"rising costs", "ISTANBUL, Dec 5 (Reuters) - Two shipowners laid up their bulk carriers, the daily reported, citing rising costs.", nil},
		{"security concerns", "ADEN, Dec 5 (Reuters) - The line suspended calls at the port, the paper said, citing security concerns.", nil},
		{"agents' fees", "PIRAEUS, June 2 (Reuters) - Owners moved their ships to Cyprus, the daily reported, citing the agents' fees.", nil},
		{"the use of chemical agents", "THE HAGUE, June 2 (Reuters) - The watchdog closed the site, the paper reported, citing the use of chemical agents.", nil},
	})
}
