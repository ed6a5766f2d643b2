package wirestory

import "testing"

// Round 19, chain spans: the forms of h19. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestChainRecordsFromIngModifier checks records cited "from" makers
// named by a noun with an -ing modifier, "customs data from exporting
// countries": who produced the records stays in their phrase, as
// "figures compiled from 38 banks" does; the -ing word is an adjective
// before the noun, not a verb that ends the phrase.
func TestChainRecordsFromIngModifier(t *testing.T) {
	tests := []attrCase{
		{"which cited", "Shipments fell 12 percent in October, according to the Coffee Exporters Council, which cited port data from producing countries.",
			[]string{"the Coffee Exporters Council | according to >> port data from producing countries | cited"}},
		{"citing", "Rice stocks rose to a record, the agency said, citing figures from reporting states.",
			[]string{"the agency | said >> figures from reporting states | citing"}},
		{"two modifiers", "Gold holdings rose by 40 tonnes, the council reported, citing statistics from participating central banks.",
			[]string{"the council | reported >> statistics from participating central banks | citing"}},
		{"quoting, with a restrictive phrase", "The river rose by two metres overnight, the radio said, quoting data from monitoring stations along the border.",
			[]string{"the radio | said >> data from monitoring stations along the border | quoting"}},

		// Near misses: a time after "from", a gerund with its object.
		{"a time", "Exports rose 8 percent, the ministry said, citing figures from last year.",
			[]string{"the ministry | said >> figures | citing"}},
		{"a gerund and its object", "The river rose by two metres, the radio said, quoting data from monitoring the dams.",
			[]string{"the radio | said >> data | quoting"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainMakerAcronymInBrackets checks a document's maker followed by
// its acronym in brackets, "a report by the National Water Commission
// (Conagua)": the acronym is part of the maker's name and so of the
// source's span (chains-conventions: "an official in the National Food
// Authority (NFA)").
func TestChainMakerAcronymInBrackets(t *testing.T) {
	tests := []attrCase{
		{"quoting, that", "The newspaper El Sol reported, quoting a study by the National Institute of Ecology (INE), that the lake had shrunk by a third.",
			[]string{"The newspaper El Sol | reported >> a study by the National Institute of Ecology (INE) | quoting"}},
		{"citing, end", "Reservoir levels fell by a third, the station said, citing a survey by the Federal Electricity Commission (CFE).",
			[]string{"the station | said >> a survey by the Federal Electricity Commission (CFE) | citing"}},
		{"according to", "Half the wells were polluted, according to a report by the National Water Commission (Conagua).",
			[]string{"a report by the National Water Commission (Conagua) | according to"}},
		{"compiled by", "Output rose 5 percent, the agency said, citing figures compiled by the National Bureau of Statistics (NBS).",
			[]string{"the agency | said >> figures compiled by the National Bureau of Statistics (NBS) | citing"}},

		// Near misses: a year or a lower-case note in brackets is no name.
		{"a year", "Half the wells were polluted, the daily said, citing a report by the water commission (2023).",
			[]string{"the daily | said >> a report by the water commission | citing"}},
		{"a note", "Half the wells were polluted, the daily said, citing a report by the National Water Commission (in Spanish).",
			[]string{"the daily | said >> a report by the National Water Commission | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainPressCompoundSource checks a source whose head is a compound
// noun opened by "press", "the Yelizovo airport press service", "the
// Kremlin press office": "press" is a noun there, not a verb that cuts
// the phrase ("service" alone).
func TestChainPressCompoundSource(t *testing.T) {
	tests := []attrCase{
		{"quoted by", "Meanwhile, the Vladivostok port press service was quoted by the PrimaMedia agency as saying that ferries were running.",
			[]string{"the PrimaMedia agency | quoted by >> the Vladivostok port press service | as saying"}},
		{"told", "The Kremlin press office told Interfax that the meeting would go ahead.",
			[]string{"The Kremlin press office | told -> Interfax"}},
		{"said in a statement", "The district hospital press service said in a statement that two patients had been discharged.",
			[]string{"The district hospital press service | said >> a statement | in"}},
		{"quoted, active", "RIA Novosti quoted the city hall press service as saying that the roads had been cleared.",
			[]string{"RIA Novosti | quoted >> the city hall press service | as saying"}},
		{"inverted, after a name", "\u201cThe talks will go ahead,\u201d said the Kremlin press office.",
			[]string{"the Kremlin press office | said"}},

		// Near misses: "press" as a verb, and a possessor before it.
		{"press for", "Residents press the council for action every spring, the paper said.",
			[]string{"Residents | press", "the paper | said"}},
		{"possessor", "The governor's press service was quoted by TASS as saying the roads were closed.",
			[]string{"TASS | quoted by >> The governor's press service | as saying"}},
		{"inverted, a clause", "\u201cThe talks will go ahead,\u201d said Moscow, as Kremlin officials press for a date.",
			[]string{"Moscow | said", "Kremlin officials | press"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainPublishedByAcronymMaker checks "a report published by" a body
// named by an acronym no list holds, "A report published by the LCMA on
// Tuesday said": the maker stays in the document's phrase, as "published
// by the Department of Statistics" does; an agency's name, a station or
// a newspaper that carried the document stays a level.
func TestChainPublishedByAcronymMaker(t *testing.T) {
	tests := []attrCase{
		{"the, a date", "A study published by the NDMA on Monday said that 40 villages had been flooded.",
			[]string{"A study published by the NDMA on Monday | said"}},
		{"the, last week", "A survey published by the CSO last week showed that prices had risen.",
			[]string{"A survey published by the CSO last week | showed"}},
		{"no article", "A report published by UNICEF said that 3,000 children had been displaced.",
			[]string{"A report published by UNICEF | said"}},
		{"cited", "The minister said, citing a report published by the NBS, that output had risen.",
			[]string{"The minister | said >> a report published by the NBS | citing"}},

		// Near misses: an agency, a news agency, a daily, and an acronym
		// after "carried by", which names the outlet.
		{"agency name", "A statement published by SANA on Monday said the talks had failed.",
			[]string{"A statement | said >> SANA | published by"}},
		{"news agency", "A communique published by the official TAP news agency on Monday said the embassy would close.",
			[]string{"A communique | said >> the official TAP news agency | published by"}},
		{"the daily", "A letter published by the daily Dawn on Sunday said the talks had ended.",
			[]string{"A letter | said >> the daily Dawn | published by"}},
		{"carried by an acronym", "The minister said in remarks carried by IRIB that the harbour would reopen.",
			[]string{"The minister | said >> remarks | in >> IRIB | carried by"}},
	}
	runAttrCases(t, tests, showChain)
}
