package wirestory

import "testing"

// Round 27, fixer f27b: the forms of yonhap-haenyeo, reuters-boron,
// spa-roses and pti-watertank. Each test holds variants of one form in
// wire style and near misses that must not change.

// TestForms27CitingDecisionOf checks "X reported, citing a decision of
// the cabinet": a document or a decision noun with "of" and a body after
// it names the paper the content is taken from, a source level. Near
// misses: a decision that is a reason, with an infinitive after it or a
// possessor before it, and "of" before no body, stay reasons.
func TestForms27CitingDecisionOf(t *testing.T) {
	runChainCases(t, []attrCase{
		{"decision of the cabinet", "PYONGYANG, Dec 5 (Yonhap) - North Korea has ordered its coastal provinces to double kelp farming, the Korean Central News Agency (KCNA) reported Saturday, citing a decision of the cabinet.",
			[]string{"the Korean Central News Agency (KCNA) | reported >> a decision of the cabinet | citing"}},
		{"decision of the presidium", "SEOUL, March 2 (Reuters) - Pyongyang will hold local elections in May, state media said on Sunday, citing a decision of the presidium of the Supreme People's Assembly.",
			[]string{"state media | said >> a decision of the presidium of the Supreme People's Assembly | citing"}},
		{"ruling of the court, that", "DHAKA, June 2 (UNB) - The daily Prothom Alo reported, citing a ruling of the High Court, that street vendors must leave the pavements by March.",
			[]string{"The daily Prothom Alo | reported >> a ruling of the High Court | citing"}},
		{"decisions of the committee", "MOSCOW, Jan 9 (Reuters) - Grain export quotas will be cut by a fifth, Interfax reported, citing decisions of the government commission.",
			[]string{"Interfax | reported >> decisions of the government commission | citing"}},
		{"decision of the city council, said", "CAIRO, Jan 9 (MENA) - Street vendors must leave the Corniche by March, the Al-Ahram daily said, citing a decision of the city council.",
			[]string{"the Al-Ahram daily | said >> a decision of the city council | citing"}},
		{"ruling of the district court, that", "JAKARTA, June 2 (ANTARA) - The Kompas daily reported, citing a ruling of the district court, that the mine must pay 12 billion rupiah to the villagers.",
			[]string{"The Kompas daily | reported >> a ruling of the district court | citing"}},
		// Near misses: reasons stay reasons.
		{"court's ruling, reason", "LAGOS, May 3 (Reuters) - The union said the strike would go on, citing the court's ruling.", nil},
		{"decision to, reason", "NAIROBI, May 3 (Reuters) - Two airlines dropped the route, the daily reported, citing the decision to raise landing fees.", nil},
		{"lack of, reason", "ACCRA, May 3 (Reuters) - The mill shut its second line, the paper reported, citing a lack of orders.", nil},
	})
}

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

// TestForms27PublishedDateAfterDocument checks "X said in its annual
// report, published in November, that …": a participle of publication set
// off by commas after the document, with a date after it, gives the date
// the document was issued, no level. Near misses: a venue after the
// participle ("posted on its website") stays a level, with commas or
// without.
func TestForms27PublishedDateAfterDocument(t *testing.T) {
	runChainCases(t, []attrCase{
		{"published in November", "RIYADH, Dec 7 (SPA) - The ministry said in its annual report, published in November, that the region grew some 550 million roses this year.",
			[]string{"The ministry | said >> its annual report | in"}},
		{"released on Tuesday", "NAIROBI, May 3 (Reuters) - The central bank said in its quarterly bulletin, released on Tuesday, that inflation would ease by June.",
			[]string{"The central bank | said >> its quarterly bulletin | in"}},
		{"issued on March 3", "GENEVA, March 9 (Reuters) - The agency said in a report, issued on March 3, that 2 million people had fled the fighting.",
			[]string{"The agency | said >> a report | in"}},
		{"posted on Dec. 3", "LONDON, June 2 (Reuters) - The watchdog said in a notice, posted on Dec. 3, that the banks had been too slow.",
			[]string{"The watchdog | said >> a notice | in"}},
		{"published in March 2025, quoting", "BEIRUT, June 2 (Reuters) - The daily reported, quoting a study, published in March 2025, that half the wells had run dry.",
			[]string{"The daily | reported >> a study | quoting"}},
		// Near misses: a venue stays a level.
		{"posted on, commas", "RIYADH, Dec 7 (SPA) - The ministry said in a statement, posted on its website, that the region grew some 550 million roses this year.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"posted on, no commas", "RIYADH, Dec 7 (SPA) - The ministry said in a statement posted on its website that the region grew some 550 million roses this year.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
	})
}

// TestForms27EmbeddedDocumentNoOwnChain checks "X told PTI that Y had
// said in his report that …": the inner speaker and his document are
// levels of the outer chain, and they make no chain of their own: the
// conventions give an embedded report one chain, the outer one. Near
// misses: the same report said in a sentence of its own is its own chain.
func TestForms27EmbeddedDocumentNoOwnChain(t *testing.T) {
	runChainCases(t, []attrCase{
		{"told PTI, had said in his report", "NASHIK, Dec 7 (PTI) - A senior Zilla Parishad official told PTI on condition of anonymity that the engineer in charge had said in his last inspection report that the work was satisfactory.",
			[]string{"A senior Zilla Parishad official | told -> PTI >> the engineer in charge | said >> his last inspection report | in"}},
		{"told Reuters, had said in a letter to", "LAGOS, May 3 (Reuters) - A port official told Reuters that the harbour master had said in a letter to the ministry that the crane was unsafe.",
			[]string{"A port official | told -> Reuters >> the harbour master | said >> a letter to the ministry | in"}},
		{"said, has said in a statement", "MANILA, June 2 (PNA) - The mayor said the contractor has said in a statement that the bridge would reopen in July.",
			[]string{"The mayor | said >> the contractor | said >> a statement | in"}},
		{"reported, statement posted on", "KHARTOUM, Jan 9 (Reuters) - The SUNA news agency reported that the ministry said in a statement posted on its website that the dam would open in March.",
			[]string{"The SUNA news agency | reported >> the ministry | said >> a statement | in >> its website | posted on"}},
		// Near misses: the inner speaker's report in a sentence of its
		// own, after an outer report or alone, keeps its chain.
		{"own sentence", "NASHIK, Dec 7 (PTI) - The engineer in charge said in his last inspection report that the work was satisfactory.",
			[]string{"The engineer in charge | said >> his last inspection report | in"}},
		{"next sentence", "NASHIK, Dec 7 (PTI) - A senior official told PTI that the tank had been inspected in May. The engineer in charge said in his last inspection report that the work was satisfactory.",
			[]string{"The engineer in charge | said >> his last inspection report | in"}},
	})
}
