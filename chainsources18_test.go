package wirestory

import "testing"

// Round 18, chain sources: the forms of h18. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestChainApposedNameLevel checks a role with its name in apposition
// before the verb, "His sister, Grace Park, was quoted by the station as
// saying": the name is read into the source (it names the speaker), but a
// chain's level shows the role alone (chains-conventions leave comma
// appositives out of a source's span: "its auditor", not "its auditor,
// Peat, Marwick"). PolNeAR's gold keeps such names in a source's span, so
// an attribution with no link keeps it.
func TestChainApposedNameLevel(t *testing.T) {
	tests := []attrCase{
		{"kin, quoted by", "Her brother, Tomas Reyes, was quoted by the newspaper as saying the family was relieved.",
			[]string{"the newspaper | quoted by >> Her brother | as saying"}},
		{"possessive role, quoted by", "The union's president, Yegor Tamal, was quoted by the Interfax news agency as saying that the herds were too large.",
			[]string{"the Interfax news agency | quoted by >> The union's president | as saying"}},
		{"role of a body, remarks carried by", "The head of the Port Workers Association, Ilyas Demir, said in remarks carried by the daily Sabah that the strike would go on.",
			[]string{"The head of the Port Workers Association | said >> remarks | in >> the daily Sabah | carried by"}},
		{"quoted, active", "Anadolu quoted the mayor of the town, Kemal Arslan, as saying the road would reopen.",
			[]string{"Anadolu | quoted >> the mayor of the town | as saying"}},
		{"in a statement", "A spokesman for the ministry, Lee Min-ho, said in a statement that the line would open in May.",
			[]string{"A spokesman for the ministry | said >> a statement | in"}},

		// Near misses: a name first and its role in apposition is the
		// name; an attribution with no link keeps the name.
		{"name, then role", "Zlobin, the head of the union, was quoted by Interfax as saying the harvest was good.",
			[]string{"Interfax | quoted by >> Zlobin | as saying"}},
		{"one level", "The company's chief executive, Dana Holt, said the plant would close.",
			[]string{"The company's chief executive, Dana Holt | said"}},
	}
	runAttrCases(t, tests, showChain)

	// The name still resolves the speaker of the quotation.
	a := Parse("WASHINGTON (AP) - The mine reopened on Monday.\n\nHis sister, Grace Park, was quoted by the station as saying he was \"awake and talking.\"\n")
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Name != "Grace Park" {
		t.Errorf("speaker of the quotation: got %+v, want Grace Park", a.Quotes)
	}
}

// TestChainCitingPeopleAndIssuedDocuments checks "citing" whose object
// is a person or a document taken as a source, not a reason: a possessor
// and the people around it ("citing his family", "citing the resort's
// operator"), and a document with a participle that says it was issued
// ("citing a resolution adopted at a party plenary meeting").
func TestChainCitingPeopleAndIssuedDocuments(t *testing.T) {
	tests := []attrCase{
		{"his family", "One of the injured workers was flown to a hospital in Columbus, WBNS-TV reported, citing his family.",
			[]string{"WBNS-TV | reported >> his family | citing"}},
		{"the victim's relatives", "The ferry sank near the port, the newspaper reported, citing the victim's relatives.",
			[]string{"the newspaper | reported >> the victim's relatives | citing"}},
		{"her parents", "The student was freed on Tuesday, Kyodo News reported, citing her parents.",
			[]string{"Kyodo News | reported >> her parents | citing"}},
		{"the resort's operator", "About 40 people were stranded in cable cars after a power fault, Yonhap News Agency reported, citing the resort's operator.",
			[]string{"Yonhap News Agency | reported >> the resort's operator | citing"}},
		{"the mall's management", "The mall will stay shut until Friday, the station reported, citing the mall's management.",
			[]string{"the station | reported >> the mall's management | citing"}},
		{"a resolution adopted at", "North Korea will double its greenhouse farms by 2028, the official news agency reported Monday, citing a resolution adopted at a party plenary meeting.",
			[]string{"the official news agency | reported >> a resolution adopted at a party plenary meeting | citing"}},
		{"a declaration signed by", "The talks will resume in March, Xinhua reported, citing a declaration signed by the two leaders.",
			[]string{"Xinhua | reported >> a declaration signed by the two leaders | citing"}},
		{"a resolution passed by", "The tax will be cut next year, the radio said, citing a resolution passed by the provincial assembly.",
			[]string{"the radio | said >> a resolution passed by the provincial assembly | citing"}},

		// Near misses: a reason stays a reason.
		{"family reasons", "The minister resigned on Monday, the agency said, citing family reasons.", nil},
		{"his family's safety", "The witness left the country, the newspaper reported, citing his family's safety.", nil},
		{"the operator's failure", "The line was shut, the radio said, citing the operator's failure to pay its debts.", nil},
		{"lower margins", "Culp Inc cut its forecast, the company said, citing lower margins.", nil},
		{"a bare resolution", "The talks will resume, the radio said, citing a resolution.", nil},
		{"a court's ruling", "The union said the strike would go on, citing the court's ruling.", nil},
	}
	runAttrCases(t, tests, showLinked)
}

// TestChainCitingLinkAfterReport checks that a "citing" after a report
// that follows another speech verb ("X has pledged …, KCNA reported
// Monday, citing Y") is the report's level only.
func TestChainCitingLinkAfterReport(t *testing.T) {
	tests := []attrCase{
		{"report with a time", "North Korea has pledged to double its farms by 2028, the Korean Central News Agency (KCNA) reported Monday, citing a decree issued by the party.",
			[]string{"the Korean Central News Agency (KCNA) | reported >> a decree issued by the party | citing"}},
		{"report", "The council has promised to rebuild the bridge, the radio reported, citing officials.",
			[]string{"the radio | reported >> officials | citing"}},
		{"said, then reported", "The mayor vowed to rebuild the market within a year, Antara reported, citing a statement issued by the city.",
			[]string{"Antara | reported >> a statement issued by the city | citing"}},

		// Near misses: the link right after the speech is its own.
		{"said, citing", "The minister said the talks would resume in May, citing officials.",
			[]string{"The minister | said >> officials | citing"}},
		{"quote, citing", "“The road is closed,” he said, citing police.",
			[]string{"he | said >> police | citing"}},
	}
	runAttrCases(t, tests, showLinked)
}

// TestChainRecordsParticipleMaker checks records with a participle and
// who made them, "figures compiled from 38 banks and exchange
// companies": the maker stays in the records' phrase, as it does after
// the noun ("data from …").
func TestChainRecordsParticipleMaker(t *testing.T) {
	tests := []attrCase{
		{"which cited, from two makers", "Remittances from the United Kingdom rose 19 percent, according to the central bank, which cited figures compiled from 38 banks and exchange companies.",
			[]string{"the central bank | according to >> figures compiled from 38 banks and exchange companies | cited"}},
		{"citing, from", "Rainfall fell by a third, the ministry said, citing data collected from 1,200 weather stations.",
			[]string{"the ministry | said >> data collected from 1,200 weather stations | citing"}},
		{"quoting, from", "Admissions doubled in a week, the agency reported, quoting statistics gathered from provincial hospitals.",
			[]string{"the agency | reported >> statistics gathered from provincial hospitals | quoting"}},
		{"citing, by", "Exports fell for a third month, the agency reported, citing figures compiled by the statistics bureau.",
			[]string{"the agency | reported >> figures compiled by the statistics bureau | citing"}},

		// Near misses: a time after "from" is no maker; a clause after
		// "and" is no second maker.
		{"from a time", "Exports fell for a third month, the agency reported, citing data collected from last year.",
			[]string{"the agency | reported >> data collected | citing"}},
		{"and a clause", "Exports fell for a third month, the agency reported, citing figures from the bureau and prices rose.",
			[]string{"the agency | reported >> figures from the bureau | citing"}},
	}
	runAttrCases(t, tests, showLinked)
}

// TestChainPublishedByMaker checks "a report published by X" where X
// made the report: who wrote a document stays inside its phrase; a
// "published by" is a level only for the outlet it came out in.
func TestChainPublishedByMaker(t *testing.T) {
	tests := []attrCase{
		{"department, time", "A report published by the Department of Statistics Malaysia (DOSM) last Tuesday showed that the ratio stood at 102 per cent.",
			[]string{"A report published by the Department of Statistics Malaysia (DOSM) last Tuesday | showed"}}, // round 19 (h19): the date after the maker is kept, as chains-conventions keep when a document was issued in its phrase ("a UN report published on Tuesday")
		{"ministry", "A study published by the Ministry of Health said that smoking had fallen.",
			[]string{"A study published by the Ministry of Health | said"}},
		{"experts", "A report published by two economists said that the plan would fail.",
			[]string{"A report published by two economists | said"}},
		{"cited document", "The minister said the audit was late, citing a report published by the national audit office.",
			[]string{"The minister | said >> a report published by the national audit office | citing"}},

		// Near misses: an outlet that carried the document is a level.
		{"news agency", "A communique published by the official TAP news agency said the embassy would close.",
			[]string{"A communique | said >> the official TAP news agency | published by"}},
		{"agency name", "A statement published by Xinhua said the talks had ended.",
			[]string{"A statement | said >> Xinhua | published by"}},
		{"the daily", "A letter published by the daily Bild said the talks had ended.",
			[]string{"A letter | said >> the daily Bild | published by"}},
		{"cited, in a daily", "The minister said the audit was late, citing a report published by the daily Kompas.",
			[]string{"The minister | said >> a report | citing >> the daily Kompas | published by"}},
	}
	runAttrCases(t, tests, showChain)
}
