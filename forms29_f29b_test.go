package wirestory

import "testing"

// Round 29, fixer f29b: the forms of ap-boardwalk, kuna-seawater,
// ians-mangrovebelt, spa-juniper and xinhua-teahills. Each test holds
// variants of one form in wire style and near misses that must not
// change.

// TestForms29WhichCitedRecords checks a sentence-final ", according to
// X, which cited Y" (or "X reported, citing Y") where Y is records that
// say who made them: a singular "estimate" as "estimates", "readings",
// and the maker after "by", after "prepared by" or "compiled by", or
// after "from" (chains-conventions keep who made a document or figures
// in their phrase). The relative "which cited" is then a level under X,
// not a one-level attribution of its own with source "which". A
// relative that is no cue, records that are a reason ("higher fuel
// costs") and records published by a venue (a level of its own) keep
// their readings.
func TestForms29WhichCitedRecords(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"singular estimate by", "The toll rose to 14, according to the provincial government, which cited a preliminary estimate by the disaster agency.",
			[]string{"the provincial government | according to >> a preliminary estimate by the disaster agency | cited"}},
		{"estimates compiled by", "The harvest fell by a third, according to the cooperative, which cited estimates compiled by its members.",
			[]string{"the cooperative | according to >> estimates compiled by its members | cited"}},
		{"estimates prepared by a named body", "About 600 hectares of mangroves were lost, according to the forest department, which cited estimates prepared by the Coastal Zone Management Authority.",
			[]string{"the forest department | according to >> estimates prepared by the Coastal Zone Management Authority | cited"}},
		{"readings from", "Rainfall was 40 percent below normal, according to the weather bureau, which cited readings from 120 stations across the country.",
			[]string{"the weather bureau | according to >> readings from 120 stations across the country | cited"}},
		{"readings taken by", "Peak demand hit 16,900 megawatts, according to the grid operator, which cited readings taken by the national control center.",
			[]string{"the grid operator | according to >> readings taken by the national control center | cited"}},
		{"reported, citing an estimate by", "The herd shrank by half, the agency reported, citing an estimate by the livestock department.",
			[]string{"the agency | reported >> an estimate by the livestock department | citing"}},
		{"told reporters", "The repair bill could top $4 million, Mayor Ann Keller told reporters, citing an estimate by the town engineer.",
			[]string{"Mayor Ann Keller | told -> reporters >> an estimate by the town engineer | citing"}},
		// Near misses: a relative that is no cue, a reason, records
		// published by a venue, and an addressee with no link.
		{"which has, no cue", "The flood cost the town $12 million, according to the Daily Gazette, which has covered the river for decades.",
			[]string{"the Daily Gazette | according to"}},
		{"cited a reason", "Prices have doubled, according to the union, which cited higher fuel costs.",
			[]string{"the union | according to", "which | cited"}},
		{"citing a reason", "Exports fell 4 percent, the ministry said, citing lower demand from China.",
			[]string{"the ministry | said", "the ministry | citing"}},
		{"published by, a venue", "The river rose two metres, according to the ministry, which cited figures published by the water authority.",
			[]string{"the ministry | according to >> figures | cited >> the water authority | published by"}},
		{"told reporters, no link", "The repair bill could top $4 million, Mayor Ann Keller told reporters on Monday.",
			[]string{"Mayor Ann Keller | told -> reporters"}},
	}, showChain)
}

// TestForms29RecordsParticipleTime checks records with a past participle
// and when they were made, "field data collected since 2015", "figures
// gathered during the survey": the participle's time phrase stays in the
// records' phrase as the maker does (chains-conventions: restrictive
// modifiers stay in the source's phrase). "from" before a time ("data
// collected from last year") stays out, as before.
func TestForms29RecordsParticipleTime(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"opening according to, since a year", "According to the university, which cited field data collected since 2015, about a quarter of the junipers are under stress.",
			[]string{"the university | According to >> field data collected since 2015 | cited"}},
		{"citing, since the floods", "Yields have fallen by a fifth, the institute said, citing figures gathered since the 2019 floods.",
			[]string{"the institute | said >> figures gathered since the 2019 floods | citing"}},
		{"final according to, during the survey", "Nearly 300 wells have dried up, according to the water board, which cited data collected during the survey.",
			[]string{"the water board | according to >> data collected during the survey | cited"}},
		{"after the storm", "Some 40 homes lost power, the utility reported, citing readings recorded after the storm.",
			[]string{"the utility | reported >> readings recorded after the storm | citing"}},
		// Near misses: "from" a time, a participle with no time after it,
		// and a time that belongs to the verb after a comma.
		{"from last year", "Exports fell for a third month, the agency reported, citing data collected from last year.",
			[]string{"the agency | reported >> data collected | citing"}},
		{"no time", "Exports fell for a third month, the agency reported, citing data collected by customs.",
			[]string{"the agency | reported >> data collected by customs | citing"}},
		{"time after a comma", "Rice stocks shrank, the ministry said, citing data collected, since the rains failed.",
			[]string{"the ministry | said >> data collected | citing"}},
	}, showChain)
}

// TestForms29PortfolioListHonorific checks a title whose ministry's name
// holds a list, "Minister of Electricity, Water and Renewable Energy",
// with a courtesy title before the holder's name ("Dr.", "Prof.",
// "Eng."): the courtesy title opens the name and ends no list, so the
// list stays in the title and the source runs from "Minister", with any
// cue. An office after the list ("Health, Labor and Welfare Minister"),
// a name set off by commas, and a ministry followed by a list of other
// bodies keep their readings.
func TestForms29PortfolioListHonorific(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"quoted by, Dr.", "Minister of Electricity, Water and Renewable Energy Dr. Sabeeh Al-Mukhaizeem was quoted by Al-Rai daily as saying that the ministry would launch a campaign.",
			[]string{"Al-Rai daily | quoted by >> Minister of Electricity, Water and Renewable Energy Dr. Sabeeh Al-Mukhaizeem | as saying"}},
		{"said, Dr.", "Minister of Education, Culture and Sports Dr. Amina Farah said the schools would reopen on Monday.",
			[]string{"Minister of Education, Culture and Sports Dr. Amina Farah | said"}},
		{"told, Prof.", "Minister of Health, Labour and Welfare Prof. Kenji Sato told reporters that the ward would reopen.",
			[]string{"Minister of Health, Labour and Welfare Prof. Kenji Sato | told -> reporters"}},
		{"in a statement, Eng.", "Minister of Public Works, Housing and Water Eng. Omar Haddad said in a statement that the pipeline was finished.",
			[]string{"Minister of Public Works, Housing and Water Eng. Omar Haddad | said >> a statement | in"}},
		// Near misses: an office after the list, a name in commas, and a
		// ministry before a list of other bodies.
		{"office after the list", "Health, Labor and Welfare Minister Yoshiaki Kurosawa said the plan would go ahead.",
			[]string{"Health, Labor and Welfare Minister Yoshiaki Kurosawa | said"}},
		{"name in commas", "Minister of Education, Dr. Amina Farah, said the schools would reopen.",
			[]string{"Minister of Education, Dr. Amina Farah | said"}},
		{"a list of bodies", "The Ministry of Energy, the army and the police said the grid was safe.",
			[]string{"the army and the police | said"}},
	}, showChain)
}

// TestForms29TimeWordInOutletName checks an outlet's name that holds a
// capitalised time word, "the Kunming-based newspaper Spring City
// Evening News", "the Manchester Evening News": after an article and a
// capitalised word, with a capitalised word after it, the time word is
// the name's, so the relay of "Y was quoted by X as saying" is X's full
// name and the chain is [X (quoted by)] > [Y (as saying)]. A time after
// a name with no article, or before a title, stays a time.
func TestForms29TimeWordInOutletName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"quote, then quoted by a newspaper with modifiers", "\u201cOld tea trees need shade,\u201d Prof. Yang Qiuping of Yunnan Agricultural University was quoted by the Kunming-based newspaper Spring City Evening News as saying.",
			[]string{"the Kunming-based newspaper Spring City Evening News | quoted by >> Prof. Yang Qiuping of Yunnan Agricultural University | as saying"}},
		{"quoted by, that-clause", "Councillor Ruth Hale was quoted by the Manchester Evening News as saying that the library would close.",
			[]string{"the Manchester Evening News | quoted by >> Councillor Ruth Hale | as saying"}},
		{"told, an addressee", "The mayor told the Yorkshire Evening Post that the bridge would reopen in May.",
			[]string{"The mayor | told -> the Yorkshire Evening Post"}},
		{"cited by, Morning", "Finance Minister Adel Karim was cited by the Gulf Morning Herald as saying the budget would balance.",
			[]string{"the Gulf Morning Herald | cited by >> Finance Minister Adel Karim | as saying"}},
		// Near misses: a time after a name with no article, and a time
		// before a title.
		{"Reuters Monday", "The trees need shade, Reuters Monday reported.",
			[]string{"Reuters | reported"}},
		{"a time before a title", "The ministry told AFP Monday Prime Minister Ali would resign.",
			[]string{"The ministry | told -> AFP"}},
	}, showChain)
}
