package wirestory

import "testing"

// An honorific or role before the name after "quoted" ("quoted H.E. X,
// Under-Secretary of …, as saying", "quoted H.H. Sheikh X as saying",
// "quoted HE X as saying that …") is the quoted level's, as "quoted Dr.
// X as saying" is; the passive "H.E. X was quoted as saying by WAM" the
// same.
func TestQuotedHonorificAsSaying(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"H.E., an appositive", `The statement quoted H.E. Yousef Al Hammadi, Under-Secretary of the Ministry of Energy, as saying, "The plant will open in May."`,
			[]string{"The statement | quoted >> H.E. Yousef Al Hammadi | as saying"}},
		{"H.E., no appositive", `The statement quoted H.E. Yousef Al Hammadi as saying, "The plant will open in May."`,
			[]string{"The statement | quoted >> H.E. Yousef Al Hammadi | as saying"}},
		{"H.H. Sheikh", `WAM quoted H.H. Sheikh Hamdan bin Zayed Al Nahyan as saying that the project would create jobs.`,
			[]string{"WAM | quoted >> H.H. Sheikh Hamdan bin Zayed Al Nahyan | as saying"}},
		{"HE, that", `QNA quoted HE Nasser Al Marri as saying that the talks had gone well.`,
			[]string{"QNA | quoted >> HE Nasser Al Marri | as saying"}},
		{"H.E. that", `WAM quoted H.E. Maryam Al Shamsi as saying that the fund would double.`,
			[]string{"WAM | quoted >> H.E. Maryam Al Shamsi | as saying"}},
		{"passive, by after", `H.E. Yousef Al Hammadi was quoted as saying by WAM that the plant would open in May.`,
			[]string{"WAM | quoted >> H.E. Yousef Al Hammadi | as saying"}},
		{"passive, by before", `H.E. Yousef Al Hammadi was quoted by WAM as saying that the plant would open in May.`,
			[]string{"WAM | quoted by >> H.E. Yousef Al Hammadi | as saying"}},

		// Near misses that work already.
		{"Dr.", `The statement quoted Dr. Yousef Al Hammadi as saying, "The plant will open in May."`,
			[]string{"The statement | quoted >> Dr. Yousef Al Hammadi | as saying"}},
		{"Mr.", `WAM quoted Mr. Yousef Al Hammadi as saying that the plant would open in May.`,
			[]string{"WAM | quoted >> Mr. Yousef Al Hammadi | as saying"}},
		{"plain", `WAM quoted Yousef Al Hammadi as saying that the plant would open in May.`,
			[]string{"WAM | quoted >> Yousef Al Hammadi | as saying"}},
	}, showChain)
}

// The quotation after "quoted H.E. X as saying," is X's.
func TestQuotedHonorificSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"H.E., an appositive", "The statement quoted H.E. Yousef Ahmed Al Hammadi, Under-Secretary of the Ministry, as saying, “The group will meet twice a year.”",
			[]string{"Yousef Ahmed Al Hammadi"}},
		{"H.H. Sheikh", "WAM quoted H.H. Sheikh Hamdan bin Zayed Al Nahyan as saying: “The project will create jobs.”",
			[]string{"Hamdan bin Zayed Al Nahyan"}},
		{"HE", "QNA quoted HE Nasser Al Marri as saying, “The talks went well.”",
			[]string{"Nasser Al Marri"}},
		{"passive, quotation before", "“The plant will open in May,” H.E. Yousef Al Hammadi was quoted as saying by WAM.",
			[]string{"Yousef Al Hammadi"}},

		// Near misses: the pronoun in capitals in a headline-like line, and
		// "He" in mixed case, stay pronouns.
		{"He, mixed case", "Salem Al Marri spoke first. WAM quoted him as saying, “The talks went well.”",
			[]string{"Salem Al Marri"}},
	})
}

// A newspaper or a magazine named after "in", "the" and capitalised
// words ending in a word of [chainPublications] ("wrote in the People's
// Daily", "said in the Financial Times"), carried the words: a level
// after the speaker, cue "in", as "wrote in an article" and "wrote on X"
// are. A time after the name is no part of it.
func TestChainPublicationIn(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"Daily, an appositive and a day", "Zhang Lijun, a professor at Sichuan University, wrote in the People's Daily on Saturday that the pandas were healthy.",
			[]string{"Zhang Lijun | wrote >> the People's Daily | in"}},
		{"Times", "Rafael Ortiz wrote in the Financial Times that rates would fall.",
			[]string{"Rafael Ortiz | wrote >> the Financial Times | in"}},
		{"Herald, said", "The mayor said in the Deccan Herald on Monday that the road would reopen.",
			[]string{"The mayor | said >> the Deccan Herald | in"}},
		{"Gazette, three words", "Amira Saleh wrote in the Gulf Business Gazette that exports rose.",
			[]string{"Amira Saleh | wrote >> the Gulf Business Gazette | in"}},
		{"The, capitalised", "Kenji Arai wrote in The Japan Times that the deal was fair.",
			[]string{"Kenji Arai | wrote >> The Japan Times | in"}},

		// Near misses: a paper spoken to, a place, a month, a paper in
		// lower case, and a name that ends in no paper's word.
		{"told the paper", "Zhang Lijun told the People's Daily that the pandas were healthy.",
			[]string{"Zhang Lijun | told -> the People's Daily"}},
		{"a place", "Zhang Lijun wrote in the Middle East that the pandas were healthy.",
			[]string{"Zhang Lijun | wrote"}},
		{"a month", "Zhang Lijun wrote in March that the pandas were healthy.",
			[]string{"Zhang Lijun | wrote"}},
		{"lower case", "Zhang Lijun wrote in the newspaper that the pandas were healthy.",
			[]string{"Zhang Lijun | wrote"}},
		{"no article", "The minister said in Times Square that the city was safe.",
			[]string{"The minister | said"}},
		{"a body", "The minister said in the National Assembly that the budget would pass.",
			[]string{"The minister | said"}},
	}, showChain)
}

// "a posting" is a document as "a post" is: "wrote in a posting on his
// Facebook page on Thursday: “…”" gives the posting and the page as
// levels. "posting" as a verb stays one. "had written" is no cue: as a
// phrase of cueverbs it costs every "had" a look-up.
func TestChainPosting(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"wrote, a posting, a colon", "Ahmad Fadzil wrote in a posting on his Facebook page on Thursday: “We will pay.”",
			[]string{"Ahmad Fadzil | wrote >> a posting | in >> his Facebook page | on"}},
		{"said in a posting", "The senator said in a posting on her Facebook page that the bill would pass.",
			[]string{"The senator | said >> a posting | in >> her Facebook page | on"}},
		{"wrote in a posting on X", "Kemal Sarıgül wrote in a posting on X that the tunnel would open.",
			[]string{"Kemal Sarıgül | wrote >> a posting | in >> X | on"}},

		// Near misses.
		{"a written statement", "The ministry said in a written statement that the water is safe.",
			[]string{"The ministry | said >> a written statement | in"}},
		{"posting, a verb", "The ministry is posting updates on its website, the spokesman said.",
			[]string{"the spokesman | said"}},
	}, showChain)
}

// The links that close a cue's content are read after a quotation that
// ends it with its comma inside the marks, as after a plain comma:
// "said … should “refrain from it,” in remarks carried by Xinhua" gives
// the remarks and the agency as levels, and the quotation stays in the
// content.
func TestTrailingLinksAfterQuotation(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"remarks carried by", "Lin Shuyao said in Beijing that countries outside the region should “refrain from stirring up tension,” in remarks carried by Xinhua News Agency.",
			[]string{"Lin Shuyao | said >> remarks | in >> Xinhua News Agency | carried by"}},
		{"a statement posted on", "The ministry said the strike was “a violation of the truce,” in a statement posted on its website.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
		{"citing", "The agency said the talks had been “very productive,” citing a senior diplomat.",
			[]string{"The agency | said >> a senior diplomat | citing"}},
		{"a plain comma, as before", "Lin Shuyao said both sides must stay calm, in remarks carried by Xinhua News Agency.",
			[]string{"Lin Shuyao | said >> remarks | in >> Xinhua News Agency | carried by"}},

		// Near misses: a place or a time after the quotation is no link.
		{"a place", "The minister said the plan was “a good start,” in Geneva on Monday.",
			[]string{"The minister | said"}},
		{"a reason", "The firm said profits were “under pressure,” citing lower margins.",
			[]string{"The firm | said", "The firm | citing"}}, // no level of the margins ("citing" as a cue of its own is an older form)
	}, showChain)
	runAttrCases(t, []attrCase{
		{"the quotation kept", "Lin Shuyao said the sides should “refrain from stirring up tension,” in remarks carried by Xinhua News Agency.",
			[]string{"the sides should “refrain from stirring up tension,”"}},
	}, showContent)
}

// "told", passive with no agent before an infinitive ("residents were
// told to leave"), reports an order given, as "were ordered to leave"
// does: no attribution. "were told that …", "were told the dam was
// safe" and the active "Police told residents to leave" stay.
func TestPassiveToldToOrder(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"were told to leave", "Residents were told to leave the area on Monday.",
			nil},
		{"had been told to stay, inside a report", "The agency said crews had been told to stay indoors.",
			[]string{"The agency | said"}},
		{"are being told to", "Shoppers are being told to check the dates on their eggs.",
			nil},

		// Near misses.
		{"told that", "Residents were told that the dam was safe.",
			[]string{" | were told"}},
		{"told a clause", "Residents were told the dam was safe.",
			[]string{" | were told"}},
		{"active", "Police told residents to leave.",
			[]string{"Police | told -> residents"}},
	}, showChain)
}

// A word in -ed right after an article or a possessive, before a noun,
// names a thing ("the company's secured debt", "its revised forecast"):
// no finite verb, so a cue of cueClauseVerbs before it has a noun object
// and reports nothing. A verb after its subject's noun stays one.
func TestAttributiveEdNoClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"possessive, secured debt", "Moody's affirmed the company's secured debt.",
			nil},
		{"its revised forecast", "The agency affirmed its revised forecast.",
			nil},
		{"the proposed merger", "The board added the proposed merger to its agenda.",
			nil},

		// Near misses: a clause.
		{"a verb after a noun", "He added the company raised prices.",
			[]string{"He | added"}},
		{"an -ed word before a finite verb", "He added its proposed merger would fail.",
			[]string{"He | added"}},
	}, showChain)
}
