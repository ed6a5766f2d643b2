package wirestory

import "testing"

// Round 20, chain spans and false levels: the forms of h20. Each test
// holds variants of one form in wire style and near misses that must not
// change.

// TestChainMakerNameWithFor checks a body's name after a document's "by"
// that holds "for" and capitalised words, "a survey by the Japan
// Institute for Labour Policy and Training": the name runs on through
// "for" (chains-conventions keep a document's maker in its phrase); a
// "for" before a lower-case word, a year or a client in its own name
// ("a poll by Ipsos for Reuters") ends it.
func TestChainMakerNameWithFor(t *testing.T) {
	tests := []attrCase{
		{"citing, end", "Bus driver numbers fell by a fifth over ten years, the Mainichi newspaper reported, citing a survey by the Japan Institute for Labour Policy and Training.",
			[]string{"the Mainichi newspaper | reported >> a survey by the Japan Institute for Labour Policy and Training | citing"}},
		{"according to", "Chinese shipyards won 70 percent of new orders last year, according to a study by the Centre for Strategic and International Studies.",
			[]string{"a study by the Centre for Strategic and International Studies | according to"}},
		{"quoting", "LNG stocks have fallen to a two-year low, the Yomiuri daily said, quoting a report by the Agency for Natural Resources and Energy.",
			[]string{"the Yomiuri daily | said >> a report by the Agency for Natural Resources and Energy | quoting"}},
		{"compiled by", "Household energy bills rose 11 pct, the paper said, citing figures compiled by the Office for National Statistics.",
			[]string{"the paper | said >> figures compiled by the Office for National Statistics | citing"}},
		{"a time after the name", "Bus fares rose for a third year, the paper reported, citing a survey by the Institute for Transport Policy and Planning on Friday.",
			[]string{"the paper | reported >> a survey by the Institute for Transport Policy and Planning | citing"}},

		// Near misses: "for" before a lower-case phrase, a year, or a
		// client with no body's head before "for" or a news agency.
		{"for the ministry", "Bus driver numbers fell by a fifth, the paper reported, citing a survey by the Japan Institute for the transport ministry.",
			[]string{"the paper | reported >> a survey by the Japan Institute | citing"}},
		{"for a year", "Bus driver numbers fell by a fifth, the paper reported, citing a survey by the Japan Institute for 2024.",
			[]string{"the paper | reported >> a survey by the Japan Institute | citing"}},
		{"a pollster's client", "Support for the cabinet fell to 28 percent, the daily said, citing a poll by Ipsos for Reuters.",
			[]string{"the daily | said >> a poll by Ipsos | citing"}},
		{"a poll for a news agency", "Support for the cabinet fell to 28 percent, the daily said, citing a poll by the Levada Center for AFP.",
			[]string{"the daily | said >> a poll by the Levada Center | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainRecordsInPlace checks records cited "from" their makers with a
// phrase of place after them, "data from eight rain gauges in the area":
// the "in" or "at" phrase picks out which records are meant and stays in
// the source's phrase (chains-conventions keep following in/at phrases
// that pick the source out). A time ("in March") or the event the
// records are about ("in the quake") is no place and ends the phrase.
func TestChainRecordsInPlace(t *testing.T) {
	tests := []attrCase{
		{"which cited", "Rainfall since June has been 60 percent of the average, according to the Maebashi weather office, which cited data from eight rain gauges in the area.",
			[]string{"the Maebashi weather office | according to >> data from eight rain gauges in the area | cited"}},
		{"citing, the region", "Dengue cases rose by a third in 2025, the health agency said, citing figures from hospitals in the region.",
			[]string{"the health agency | said >> figures from hospitals in the region | citing"}},
		{"quoting, a named place", "Wheat yields fell 12 percent, the radio reported, quoting statistics from farms in Punjab province.",
			[]string{"the radio | reported >> statistics from farms in Punjab province | quoting"}},
		{"at the border", "Crossings fell to a ten-year low, the newspaper said, citing data from checkpoints at the border.",
			[]string{"the newspaper | said >> data from checkpoints at the border | citing"}},

		// Near misses: a time, the event, a place after a lower-case
		// phrase that is no maker.
		{"a time", "Rainfall since June has been 60 percent of the average, the weather office said, citing data from rain gauges in March.",
			[]string{"the weather office | said >> data from rain gauges | citing"}},
		{"the event", "Forty people were pulled from the rubble, the agency said, citing figures from rescue teams in the quake.",
			[]string{"the agency | said >> figures from rescue teams | citing"}},
		{"recent days", "Dengue cases rose by a third, the health agency said, citing figures from hospitals in recent days.",
			[]string{"the health agency | said >> figures from hospitals | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestPassiveParticipleNoLevel checks a passive participle of a cue verb
// that modifies a noun of the reported clause, "patients admitted to
// hospitals", "cases reported to the ministry", "people told to leave":
// the clause's verb comes after its phrase ("… fell by 77 percent"), so
// the participle reports no one's words and is no level of the chain.
// A cue with the clause or an addressee after its "to" phrase keeps its
// reading ("admitted to lawmakers that …", "reported to the regulator
// that …").
func TestPassiveParticipleNoLevel(t *testing.T) {
	tests := []attrCase{
		{"admitted to hospitals, quoting records", "The number of dengue patients admitted to hospitals in Sleman fell by 60 percent last year, the district health office said, quoting hospital admission records.",
			[]string{"the district health office | said >> hospital admission records | quoting"}},
		{"reported to the ministry, citing", "The number of cholera cases reported to the ministry rose to 412 last week, the agency said, citing health ministry data.",
			[]string{"the agency | said >> health ministry data | citing"}},
		{"told to leave, an auxiliary", "Most of the families told to leave their homes had returned by Sunday, the radio reported, quoting district officials.",
			[]string{"the radio | reported >> district officials | quoting"}},
		{"admitted to hospital, a regular past", "Two miners admitted to hospital with severe burns remained in intensive care on Sunday, police said.",
			[]string{"police | said"}},
		{"ordered to move, no link", "Villagers ordered to move to higher ground have returned to their farms, the official said.",
			[]string{"the official | said"}},

		// Near misses: the cue's own clause or addressee after its "to"
		// phrase, and the cue with its clause right after it.
		{"admitted to, that", "The minister admitted to lawmakers that the plan had failed, the paper reported.",
			[]string{"The minister | admitted", "the paper | reported >> The minister | admitted"}},
		{"reported to, that", "The company reported to the regulator that profits fell, the daily said.",
			[]string{"The company | reported", "the daily | said >> The company | reported"}},
		{"admitted, a clause", "Residents admitted that the levee had failed, the radio reported.",
			[]string{"Residents | admitted", "the radio | reported >> Residents | admitted"}},
		{"claimed to have, a name in lower case before", "The group loyal to militant leader Abu Yusuf al-Harbi claimed to have bombed a supply convoy near the border, in a statement posted on a militant website.",
			[]string{"The group loyal to militant leader Abu Yusuf al-Harbi | claimed >> a statement | in >> a militant website | posted on"}},
		{"promised to, an auxiliary later", "The senator promised to take bold action should he win the race, his aides said.",
			[]string{"The senator | promised", "his aides | said"}},
		{"claimed to have, a time before", "The port police on Monday claimed to have seized 40 kg of cocaine hidden in banana crates, officials said.",
			[]string{"The port police | claimed", "officials | said >> The port police | claimed"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestQuotedThingSaysNoLevel checks a speech verb inside the words of a
// quotation whose subject is a thing the speaker reads, "“The number of
// fry released says little about how many fish come back,” said X",
// "“The statistics tell us that …,” said X": the verb tells how much a
// thing shows of a topic ("says little about", chainDegrees) or the
// speaker's reading of records (chainRecords), no one's words, so it is
// no level behind the quotation's speaker. Someone named inside the
// quotation who spoke is a level still, and so is "little" that opens
// the reported clause ("said little had changed").
func TestQuotedThingSaysNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"says little about, a clause", `Scientists are more cautious. "The number of seedlings planted says little about how many trees survive the first winter," said Anna Kivi, a forestry researcher at the Lapland institute, while her colleague noted that "only a third of them take root."`,
			nil},
		{"records say nothing about", `"The catch figures say nothing about whether the stock is recovering," said Olga Vetrova, a biologist at the institute.`,
			nil},
		{"records tell us that", `"The statistics tell us that fewer boats went out this year," said harbour master Ivan Sorokin.`,
			nil},
		{"says a lot about", `"One good season says a lot about the weather and little about the policy," said Erik Lund, who heads the growers' union.`,
			nil},

		// Near misses: a body or a person named inside the quotation
		// who spoke, and "little" as the subject of the reported clause.
		{"a body says", `"The ministry says the plant will close in March," the union leader said.`,
			[]string{"the union leader | said >> The ministry | says"}},
		{"a person told", `"The warden told us the herd had moved north," the official said.`,
			[]string{"the official | said >> The warden | told"}},
		{"little had changed", `"The warden said little had changed since the spring," the official said.`,
			[]string{"the official | said >> The warden | said"}},
	})
}
