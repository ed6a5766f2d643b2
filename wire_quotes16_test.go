package wirestory

import (
	"testing"
)

// A document's date participle stays in its phrase (chains-conventions:
// "a UN report published on Tuesday" is a date, not a venue): "In a
// report published on Tuesday, X said", "said in a report released
// Monday", "in a survey published in March by the bank". A venue after
// the participle ("posted on its website") is a level of its own still.
func TestChainDocumentDate(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"fronted, published on a weekday", "In a report published on Tuesday, the Korean Central News Agency said the launch had succeeded.",
			[]string{"the Korean Central News Agency | said >> a report published on Tuesday | In"}},
		{"said in, released with no on", "The central bank said in a report released Monday that inflation would ease.",
			[]string{"The central bank | said >> a report released Monday | in"}},
		{"said in, issued late on", "The UN agency said in a bulletin issued late on Friday that 40,000 people had fled.",
			[]string{"The UN agency | said >> a bulletin issued late on Friday | in"}},
		{"a month, then who made it", "The ministry said in a survey published in March by the statistics office that rents rose.",
			[]string{"The ministry | said >> a survey published in March by the statistics office | in"}},
		{"according to, a date", "Rice stocks fell 12 percent, according to a report released on Wednesday by the farm ministry.",
			[]string{"a report released on Wednesday by the farm ministry | according to"}},

		// Near misses: a venue after the participle stays a level; a
		// participle with a place; no participle.
		{"posted on its website", "The ministry said in a statement posted on its website on Tuesday that exports fell.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"issued in a city", "The council said in a statement issued in Nairobi that talks would resume.",
			[]string{"The council | said >> a statement issued in Nairobi | in"}},
		{"a statement on Monday", "The deal is off, the ministry said in a statement on Monday.",
			[]string{"the ministry | said >> a statement | in"}},
	}, showChain)
}

// A time after the venue a document was posted on ends the venue's
// level: "posted on its website in March" gives "its website".
func TestChainVenueTime(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"in a month", "The ministry said in a statement posted on its website in March that the quota would rise.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"in a month and a year", "The regulator said in a notice published on its website in January 2025 that fees would double.",
			[]string{"The regulator | said >> a notice | in >> its website | published on"}},
		{"last month", "The ministry said in a statement posted on its website last month that the quota would rise.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"in early March", "The ministry said in a statement posted on its website in early March that the quota would rise.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"the venue's name, a month", "The party said in a statement carried by the Kelta News Agency in May that it would boycott the vote.",
			[]string{"The party | said >> a statement | in >> the Kelta News Agency | carried by"}},

		// Near misses: a weekday ends it already; "of" before a month
		// belongs to a name.
		{"a weekday", "The ministry said in a statement posted on its website on Tuesday that the quota would rise.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"of a month, in a name", "Turnout was low, the daily said, citing the Committee of March Veterans.",
			[]string{"the daily | said >> the Committee of March Veterans | citing"}},
	}, showChain)
}

// Records cited with "from" and who produced them stay one level
// (chains-conventions: who wrote it stays inside the source NP): "which
// cited figures from provincial governors' offices", "citing data from
// about 1,000 supermarkets".
func TestChainRecordsFrom(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"which cited, a plural possessive", "More than 41,000 families still live in containers, according to the agency, which cited figures from provincial governors' offices.",
			[]string{"the agency | according to >> figures from provincial governors' offices | cited"}},
		{"which cited, a number", "Prices rose 90 percent, according to the ministry, which cited point-of-sale data from about 1,000 supermarkets across the country.",
			[]string{"the ministry | according to >> point-of-sale data from about 1,000 supermarkets across the country | cited"}},
		{"citing, no determiner", "Exports fell 4 percent in May, the ministry said, citing statistics from regional customs offices.",
			[]string{"the ministry | said >> statistics from regional customs offices | citing"}},
		{"quoting, a determiner", "Fuel sales doubled, the daily reported, quoting figures from the state oil company.",
			[]string{"the daily | reported >> figures from the state oil company | quoting"}},

		// Near misses: a time after "from" is no maker; a document's
		// "from" is left as it was.
		{"from last year", "Exports fell 4 percent, the ministry said, citing data from last year.",
			[]string{"the ministry | said >> data | citing"}},
		{"from a weekday", "Exports fell 4 percent, the ministry said, citing figures from Monday.",
			[]string{"the ministry | said >> figures | citing"}},
	}, showChain)
}

// "Y said, as quoted by X": the relay's cue is "quoted by", the "as" out
// (chains-conventions).
func TestChainAsQuotedBy(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after a clause", "The rains would come within days, Nugroho said, as quoted by the provincial government's official website.",
			[]string{"the provincial government's official website | quoted by >> Nugroho | said"}},
		{"after a quotation", "“The seeding will go on,” the official said, as quoted by Antara.",
			[]string{"Antara | quoted by >> the official | said"}},
		{"inside commas", "The governor, as quoted by the state news agency, said the roads would reopen.",
			[]string{"the state news agency | quoted by >> The governor | said"}},
		{"as cited by", "The dam is safe, the minister said, as cited by the Kelta Daily.",
			[]string{"the Kelta Daily | cited by >> the minister | said"}},

		// Near misses: "quoted by" without "as" and "as saying" keep their cues.
		{"quoted by, as saying", "The governor was quoted by the state news agency as saying the roads would reopen.",
			[]string{"the state news agency | quoted by >> The governor | as saying"}},
		{"quoted by, no as", "Nine people died, said the health ministry, quoted by the state-run Lira Press Agency.",
			[]string{"the state-run Lira Press Agency | quoted by >> the health ministry | said"}},
	}, showChain)
}

// A document's maker after "by", with or without a date participle,
// stays in the document's phrase, and the phrase is the source: "A
// survey published on Tuesday by King Abdulaziz University showed".
func TestDocumentByMakerSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"participle, a weekday, by", "A survey published on Tuesday by King Abdulaziz University showed that most residents back the plan.",
			[]string{"A survey published on Tuesday by King Abdulaziz University | showed"}},
		{"participle, a month, by", "A study released in March by the health ministry found that smoking rates fell.",
			[]string{"A study released in March by the health ministry | found"}},
		{"participle, last week, by", "A poll conducted last week by the Pew Research Center showed that 40 percent back the plan.",
			[]string{"A poll conducted last week by the Pew Research Center | showed"}},
		{"no participle", "A report by UN experts said that the sanctions were being evaded.",
			[]string{"A report by UN experts | said"}},

		// Near misses: no document before "by"; "published by" with
		// nothing between is a venue (linkInSubject).
		{"a bench headed by", "A bench headed by Chief Justice Ravi Menon said that the law was void.",
			[]string{"A bench headed by Chief Justice Ravi Menon | said"}},
		{"published by, a venue", "A communique published by the TAP agency said that talks had failed.",
			[]string{"A communique | said >> the TAP agency | published by"}},
	}, showChain)
}

// quoteSpeakerTexts shows each quotation's speaker as the text of its
// mention, "" where it has none: a mention with no name ("state tourism
// figures") shows, where quoteSpeakers would show "".
func quoteSpeakerTexts(t *testing.T, tests []speakerCase) {
	t.Helper()
	runQuoteCases(t, tests, func(q Quote) string { return q.Speaker.Text })
}

// A nickname after a naming cue and the definite article ("known as the
// “sayonara tax”", ", popularly dubbed the “Golden Gate of Kelantan”")
// is no one's words, as one after "known as a" is: not the closing
// "according to" source's, nor the subject's.
func TestNicknameAfterArticle(t *testing.T) {
	quoteSpeakerTexts(t, []speakerCase{
		{"known as the, according to", "The levy, known as the \"departure tax,\" was introduced in 2019 and raised 40 billion yen last year, according to the Finance Ministry.",
			[]string{""}},
		{"known locally as the", "The pass, known locally as the \"road of bones,\" was closed on Monday, the police said.",
			[]string{""}},
		{"popularly dubbed the, figures", "Rantau Panjang, popularly dubbed the \"Golden Gate of Kelantan\", recorded 1.2 million visitor arrivals last year, according to state tourism figures.",
			[]string{""}},
		{"nicknamed the, after a comma", "The bridge, nicknamed the \"Iron Lady\", will reopen in May, the ministry said.",
			[]string{""}},
		{"widely dubbed the", "The plaza, widely dubbed the \"Heart of Sabah\", drew large crowds, organisers said.",
			[]string{""}},

		// Near misses: a namer who is the subject keeps the words; a
		// direct quotation after "the" stays the speaker's.
		{"the subject dubbed it", "Opposition leader Tan Wei Ming dubbed the project a \"white elephant\" on Monday.",
			[]string{"Opposition leader Tan Wei Ming"}},
		{"called it the, a speaker", "Tan called it the \"worst budget in a decade,\" adding that he would vote against it.",
			[]string{"Tan"}},
	})
}

// A title after a noun of a work and a comma ("has even inspired a
// television drama, “Inaho no Uta,”") is a name, said by no one, not a
// direct quotation of the subject.
func TestDramaTitleAfterComma(t *testing.T) {
	quoteSpeakerTexts(t, []speakerCase{
		{"a television drama", "The shortage has even inspired a television drama, \"Inaho no Uta,\" which began airing in October.",
			[]string{""}},
		{"a drama series", "The scandal became the basis of a drama series, \"Silent Harbour,\" which aired last year.",
			[]string{""}},
		{"a telenovela", "Her story was turned into a telenovela, \"La Promesa,\" watched by millions.",
			[]string{""}},
		{"a documentary, already known", "The flood inspired a documentary, \"Stones of Antioch,\" which premiered in Ankara.",
			[]string{""}},

		// Near misses: a quotation after the drama's maker and a cue is
		// the maker's; "drama" used of an event with no comma and title.
		{"a cue after it", "\"It was a drama, nothing more,\" the director said.",
			[]string{"the director"}},
		{"a drama, then speech", "Director Aiko Mori called the crisis a national drama. \"We could not look away,\" Mori said.",
			[]string{"Mori"}},
	})
}

// A slogan written on a sign ("a banner reading “…”") is the words of
// whoever is said to carry or hold it, and of no one where no one is:
// "Photos showed … a banner reading “…”" is no one's.
func TestSignSlogan(t *testing.T) {
	quoteSpeakerTexts(t, []speakerCase{
		{"photos showed, with a banner", "Photos released by state media showed a plume of flame from a test stand, with a banner reading \"Let us become the strongest\" hung on a wall nearby.",
			[]string{""}},
		{"a placard saying, hung", "A placard saying \"No to the dam\" hung from the bridge on Tuesday, police said.",
			[]string{""}},
		{"a sign that read", "Footage showed the shuttered factory gate, where a sign that read \"Closed until further notice\" was posted.",
			[]string{""}},
		{"billboards reading, on the highway", "Billboards reading \"Vote for change\" lined the highway into the capital.",
			[]string{""}},

		// Near misses: a carrier who is the subject keeps the slogan.
		{"protesters carried banners", "Protesters carried banners reading \"Shelter, not slaughter\" and chanted slogans.",
			[]string{"Protesters"}},
		{"students wore T-shirts", "Students wore T-shirts reading \"Books, not bombs\" at the rally.",
			[]string{"Students"}},
		{"workers hoisted a banner", "Workers hoisted a banner reading \"Pay us now\" over the gate.",
			[]string{"Workers"}},
		{"farmers held signs", "The farmers held up signs reading \"No farmers, no food\" as the minister spoke.",
			[]string{"The farmers"}},
	})
}
