package wirestory

import "testing"

// Forms taught in the seventeenth session, each with variants and near
// misses.

// TestForms28SubjectBeforeDashes: a parenthesis set off by dashes between
// a long subject and "said", where the subject's first word is a
// quantifier, a number or runs into "of": the subject is the phrase that
// ends at the opening dash, as it would end at the verb.
func TestForms28SubjectBeforeDashes(t *testing.T) {
	tests := []attrCase{
		{"quantifier of", "Most of the growers in the valley — a record number — said the harvest was late.",
			[]string{"Most of the growers in the valley | said"}},
		{"fraction", "Two-thirds of the dockers at the port — some 900 workers — said they would strike.",
			[]string{"Two-thirds of the dockers at the port | said"}},
		{"names inside", "Party officials in the next two provinces — Sindh and Punjab — said turnout was low.",
			[]string{"Party officials in the next two provinces | said"}},
		{"double hyphens", "Half of the members of the council -- nine of 18 -- told reporters the vote was rigged.",
			[]string{"Half of the members of the council | told -> reporters"}},
		{"told", "Many of the fishermen in Gilleleje — most of them retired — told the inquiry the nets were cut.",
			[]string{"Many of the fishermen in Gilleleje | told -> the inquiry"}},
		// Near misses: a short subject before dashes, which the verb's
		// own phrase reads; no dashes.
		{"short subject", "The mayor — who faces a recall vote in May — said the budget was balanced.",
			[]string{"The mayor | said"}},
		{"no dashes", "Most of the growers in the valley said the harvest was late.",
			[]string{"Most of the growers in the valley | said"}},
		{"one dash", "The harvest was late — growers in the valley said so.",
			[]string{"growers in the valley | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestForms28CountAfterModifier: "the next two states", "the other
// three", "the past five years": a number after a word of order and an
// article counts the noun; the article opens the phrase.
func TestForms28CountAfterModifier(t *testing.T) {
	tests := []attrCase{
		{"next", "Officials in the next two districts said the roads were closed.",
			[]string{"Officials in the next two districts | said"}},
		{"first", "The first three speakers said the levy was unfair.",
			[]string{"The first three speakers | said"}},
		{"other", "The other two suspects told police they had fled.",
			[]string{"The other two suspects | told -> police"}},
		{"remaining", "The remaining four members said they would abstain.",
			[]string{"The remaining four members | said"}},
		{"possessive", "Its last two chairmen said the board had been misled.",
			[]string{"Its last two chairmen | said"}},
		// Near misses: a noun before the count word begins a clause of
		// its own.
		{"noun then quantifier", "It is a strategy some believe will fail.",
			[]string{"some | believe"}},
		{"noun then demonstrative", "Aid workers who arrived by the time those rains began said the camps were flooded.",
			[]string{"Aid workers who arrived by the time those rains began | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestForms28CitingBodyHeads: "citing the guild", "citing a dockworkers'
// syndicate": the heads of bodies that speak (guild, syndicate,
// cooperative, league, confederation, alliance, coalition) name a source
// behind the report; a reason with one of those words as a modifier or
// a possessor stays a reason.
func TestForms28CitingBodyHeads(t *testing.T) {
	tests := []attrCase{
		{"guild", "The Harbour Gazette reported on Friday, citing the bakers' guild, that prices would rise.",
			[]string{"The Harbour Gazette | reported >> the bakers' guild | citing"}},
		{"syndicate", "Radio Sur reported, citing a dockworkers' syndicate, that the port was shut.",
			[]string{"Radio Sur | reported >> a dockworkers' syndicate | citing"}},
		{"cooperative", "The daily Nord Bladet said, citing the growers' cooperative, that the apple crop had failed.",
			[]string{"The daily Nord Bladet | said >> the growers' cooperative | citing"}},
		{"confederation", "The agency reported, citing the employers' confederation, that 3,000 jobs were lost.",
			[]string{"The agency | reported >> the employers' confederation | citing"}},
		{"coalition", "Local media reported, citing the ruling coalition, that the vote was postponed.",
			[]string{"Local media | reported >> the ruling coalition | citing"}},
		// Near misses: the body word in a reason.
		{"possessor", "The minister resigned on Monday, citing the coalition's collapse.", nil},
		{"of a reason", "The union walked out, citing a lack of cooperation.", nil},
		{"modifier", "Fans stayed away, citing league rules on ticket prices.", nil},
	}
	runAttrCases(t, tests, showLinked)
}

// TestForms28DocumentNounAsModifier: a noun of a document or a medium
// ("feed", "report", "statement") before another noun modifies it:
// "which cited higher feed and energy costs" names a reason, no source
// behind the report (the relative clause is the body's stance).
func TestForms28DocumentNounAsModifier(t *testing.T) {
	tests := []attrCase{
		{"feed costs", "Butter prices rose 40 percent, according to the statistics office, which cited higher feed costs.",
			[]string{"the statistics office | according to", "which | cited"}},
		{"feed and energy costs", "Milk prices rose, according to the dairy board, which cited higher feed and energy costs for farmers.",
			[]string{"the dairy board | according to", "which | cited"}},
		{"report card", "Enrolment fell, according to the school board, which cited poor report card grades.",
			[]string{"the school board | according to", "which | cited"}},
		// Near misses: the document is the head.
		{"document head", "Milk prices rose, according to the dairy board, which cited a report by the central bank.",
			[]string{"the dairy board | according to >> a report by the central bank | cited"}},
		{"feed as medium", "Fares will rise, according to the rail operator, which cited its Twitter feed.",
			[]string{"the rail operator | according to >> its Twitter feed | cited"}},
		{"two documents", "Fares will rise, according to the rail operator, which cited a statement and a memo.",
			[]string{"the rail operator | according to >> a statement | cited"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestForms28ProducerAsCalling: "producer", like "farmer" and "grower",
// is a calling that stands before a name ("Producer Ana María Reyes",
// "cocoa producer Kwame Mensah"), no part of it; a company or a country
// called a producer keeps its own name.
func TestForms28ProducerAsCalling(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"sentence-initial calling",
			"TEGUCIGALPA (EFE) - Rains hit the farms.\n\nProducer Ana María Reyes, who grows coffee near Copán, said the leaves had fallen. \"We lost half,\" she said.",
			[]string{"Ana María Reyes"}},
		{"qualified calling after the cue",
			"ACCRA (Reuters) - Cocoa prices fell.\n\n\"Prices are low,\" said cocoa producer Kwame Mensah.",
			[]string{"Kwame Mensah"}},
		{"plural callings then a name",
			"QUITO (AFP) - Banana producers met on Monday. Producer Lucía Paredes said: \"We need rain.\"",
			[]string{"Lucía Paredes"}},
		// Near miss: a company named as a producer.
		{"company",
			"RIYADH (Reuters) - Oil producer Saudi Aramco said output would rise. \"Demand is firm,\" it said.",
			[]string{"Saudi Aramco"}},
	})
}
