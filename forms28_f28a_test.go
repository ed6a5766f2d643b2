package wirestory

import "testing"

// Round 28, f28a: a headline's quotation goes to the speaker the headline
// names, as a quote database files it, where a cue of the headline holds
// it (headlineQuotes); a headline's role is the person the body's first
// sentences name with it (headlineRole). Each case lists every
// quotation's speaker name, the headline's first.

// TestForms28HeadlineSaysPartial checks a partial quotation inside the
// content of a headline's own "X says …": the quotation is X's, named as
// the body names X. Near misses: a term in marks with no cue, and a
// title after a possessive inside a cue's words, are no one's.
func TestForms28HeadlineSaysPartial(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"says, single marks", "Okafor says new bridge will 'end the ferry queues' in Lagos\n\nLAGOS, Dec 7 (Reuters) - Works Minister Chidi Okafor said on Monday a new bridge over the lagoon would \"end the ferry queues for good\" when it opens in 2028.\n\n\"We have waited 30 years for this,\" Okafor told reporters.",
			[]string{"Chidi Okafor", "Chidi Okafor", "Chidi Okafor"}},
		{"warns, double marks", "Haddad warns drought will “empty the villages” of Jordan Valley\n\nAMMAN, March 3 (AFP) - Water Minister Rami Haddad warned on Sunday that a third dry winter would “empty the villages” of the Jordan Valley unless farmers were paid to leave fields fallow.\n\n“The wells are at their lowest in half a century,” Haddad said.",
			[]string{"Rami Haddad", "Rami Haddad", "Rami Haddad"}},
		{"says in title case", "Lindqvist Says Rail Link Will ‘Pay for Itself’\n\nSTOCKHOLM, May 4 (Reuters) - Sweden's Infrastructure Minister Ebba Lindqvist said on Thursday the new rail link to Oslo would “pay for itself” within two decades.\n\n“Freight alone will cover the interest,” Lindqvist said.",
			[]string{"Ebba Lindqvist", "Ebba Lindqvist", "Ebba Lindqvist"}},
		// Near misses.
		{"a term with no cue", "‘Digital arrest’ scam hits pensioners in Patna\n\nPATNA, Dec 7 (PTI) - Cyber fraudsters posing as police officers have cheated at least 40 pensioners in Patna this year in a so-called “digital arrest” scam, police said on Monday.",
			[]string{"", ""}},
		{"a title after a possessive", "Kapoor says Netflix’s ‘Monsoon House’ was her hardest role\n\nMUMBAI, Dec 7 (IANS) - Actor Meera Kapoor said on Monday that playing a widowed tea planter had been the hardest role of her career.\n\n“I cried every night for six months,” Kapoor said.",
			[]string{"", "Meera Kapoor"}},
	})
}

// TestForms28HeadlineColonRole checks a headline "Role: “quote”" above a
// body that names the person in that role: the colon's source is the
// person the body's first sentences introduce with the same role, or as
// the head of a body by another word ("chief" for "president"). Near
// misses: a place, a label or a sports desk's section ("Tennis:") before
// the colon is no speaker, and a role the story never names stays the
// role.
func TestForms28HeadlineColonRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"guild chief, the head of", "Saxon bakers' chief: \"A stollen without butter is no stollen\"\n\nDresden (dpa) - Bakers in Dresden say the price of butter could push a stollen above 40 euros per kilogram.\n\n\"A stollen without butter is no stollen,\" Konrad Wehlmann, the head of the Dresden Stollen Guild, told dpa on Monday.",
			[]string{"Konrad Wehlmann", "Konrad Wehlmann"}},
		{"police chief, titled", "Police chief: “No one is above the law”\n\nJAIPUR, June 2 (PTI) - Jaipur Police Commissioner Anil Mehta on Friday ordered the arrest of two officers accused of taking bribes at a highway checkpoint.\n\n“No one is above the law, least of all those who wear the uniform,” Mehta told reporters.",
			[]string{"Anil Mehta", "Anil Mehta"}},
		{"prime minister, a role of two words", "Thai prime minister: “The baht is not a toy for speculators”\n\nBANGKOK, March 3 (Reuters) - Thailand's Prime Minister Somchai Rattanakul warned currency traders on Tuesday that the central bank would act against bets on a weaker baht.\n\n“The baht is not a toy for speculators,” Somchai told reporters. “We have the reserves to defend it.”\n\nFinance Minister Arthit Wongsuwan said the economy was sound.",
			[]string{"Somchai Rattanakul", "Somchai Rattanakul", "Somchai Rattanakul"}},
		{"farmers' leader, president", "Dairy farmers' leader: ‘We cannot milk at a loss’\n\nDUBLIN, Jan 9 (Reuters) - Irish dairy farmers will withhold milk from processors next week unless prices rise, their association said on Tuesday.\n\n“We cannot milk at a loss any longer,” Seamus Dunleavy, president of the Irish Creamery Farmers Association, told Reuters.",
			[]string{"Seamus Dunleavy", "Seamus Dunleavy"}},
		// Near misses.
		{"a place", "Ladakh: Early snow leaves herders ‘short of fodder’\n\nLeh (Ladakh) [India], Oct 5 (ANI): Early snowfall has cut off grazing grounds in eastern Ladakh, officials said on Saturday.",
			[]string{""}},
		{"a sports desk's section", "Tennis: ‘I am not finished yet’\n\nMELBOURNE, Jan 9 (AFP) - The former world number one withdrew from the Australian Open on Tuesday with a back injury.",
			[]string{""}},
		{"a label", "Analysis: Why ‘cheap money’ is gone for good\n\nLONDON, Oct 5 (Reuters) - Central banks are unlikely to return to near-zero rates, economists say.",
			[]string{""}},
		{"a role never named", "Fire chief: “We were lucky the wind turned”\n\nCANBERRA, Jan 9 (AAP) - A bushfire that threatened the town of Bredbo was brought under control on Tuesday.\n\nNo homes were lost, the Rural Fire Service said.",
			[]string{""}},
	})
}

// TestForms28HeadlineTitleCaseVerb checks a headline in title case whose
// cue verb is a form more often a plural noun ("Pledges", "Promises"):
// after a capitalised subject, in title case, it is the headline's verb,
// and the quotation, read as a scare quote for its capitals, is the
// subject's. Near misses: the form after a lower-case word or with no
// quotation after it, and a capitalised term with no cue.
func TestForms28HeadlineTitleCaseVerb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"pledges", "Tourism Minister Pledges “Every Support” for Quake-Hit Noto Inns\n\nKanazawa, Ishikawa Pref., Dec. 7 (Jiji Press)--Tourism Minister Kenji Murakoshi on Monday pledged “every support” for inns on the Noto Peninsula that remain closed after a major earthquake.",
			[]string{"Kenji Murakoshi", "Kenji Murakoshi"}},
		{"promises", "Health Minister Promises “Full Inquiry” Into Hospital Fire\n\nTokyo, May 4 (Jiji Press)--Health Minister Haruka Ishibashi on Thursday promised a “full inquiry” into a fire at a hospital in Saitama Prefecture that killed three patients.",
			[]string{"Haruka Ishibashi", "Haruka Ishibashi"}},
		{"vows", "Governor Vows “No Let-Up” in Flood Relief\n\nSendai, Miyagi Pref., Oct. 5 (Jiji Press)--Miyagi Governor Takeshi Onodera on Saturday vowed there would be “no let-up” in relief work for towns flooded by last week's typhoon.",
			[]string{"Takeshi Onodera", "Takeshi Onodera"}},
		// Near misses.
		{"a capitalised term with no cue", "“Sakura Season” Lifts Hotel Bookings in Kyoto\n\nKyoto, March 30 (Jiji Press)--Hotel bookings in Kyoto rose by a third in March from a year earlier, the city said.",
			[]string{""}},
	})
	// Near miss: "Promises" after a capitalised noun that is no title or
	// role is the plural noun; the quotation is the inverted cue's.
	runQuoteKindCases(t, []speakerCase{
		{"a plural noun", "Election Promises “Hard to Keep,” Economists Warn\n\nTokyo, May 4 (Jiji Press)--Economists said on Thursday that tax cuts pledged by both main parties would be hard to fund.",
			[]string{"partial: Economists"}},
		{"a plural noun, lower case", "Campaign promises “hard to keep,” economists warn\n\nTokyo, May 4 (Jiji Press)--Economists said on Thursday that tax cuts pledged by both main parties would be hard to fund.",
			[]string{"partial: economists"}},
	})
}

// TestForms28HeadlineSecondVerb checks a headline that joins a second
// verb of its role subject with a comma ("UP minister reviews works, says
// deadline “non-negotiable”"): the role is the person the lead names with
// it. Near misses: a role the story never names stays unnamed, and a
// role of another group is not the lead's person.
func TestForms28HeadlineSecondVerb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"UP minister", "UP minister reviews Gomti drainage works, says March deadline \"non-negotiable\"\n\nLucknow (Uttar Pradesh) [India], December 6 (ANI): Uttar Pradesh Minister of Urban Development Devendra Nath Pratap Singh on Saturday said all drains opening into the Gomti would be tapped before the monsoon, and warned contractors that the deadline was \"non-negotiable\".",
			[]string{"Devendra Nath Pratap Singh", "Devendra Nath Pratap Singh"}},
		{"Kerala minister", "Kerala minister visits flood camps, says relief work \"on track\"\n\nThiruvananthapuram (Kerala) [India], August 3 (ANI): Kerala Revenue Minister Thomas Kuriakose on Sunday visited relief camps in Alappuzha district and said relief work was \"on track\" despite fresh rain.",
			[]string{"Thomas Kuriakose", "Thomas Kuriakose"}},
		{"Punjab governor", "Punjab governor meets farmers, says stubble ban \"not a punishment\"\n\nChandigarh [India], October 12 (ANI): Punjab Governor Harbans Lal Kataria on Thursday met farmers' unions at Raj Bhavan and said the ban on stubble burning was \"not a punishment\".",
			[]string{"Harbans Lal Kataria", "Harbans Lal Kataria"}},
		// Near misses.
		{"a role never named", "Minister reviews canal works, says deadline \"firm\"\n\nPatna (Bihar) [India], December 6 (ANI): Work on the Sone canal will be completed by March, officials said on Saturday.",
			[]string{""}},
		{"a role of another group", "UP minister reviews Gomti drainage works, says March deadline \"non-negotiable\"\n\nLucknow (Uttar Pradesh) [India], December 6 (ANI): Lucknow Mayor Sushma Kharkwal on Saturday said all drains would be tapped before the monsoon.",
			[]string{""}},
	})
}

// TestForms28HeadlineRoleNamedNext checks a headline role whose person
// the lead introduces by the same role unnamed and the next sentence
// names ("New PSG coach vows to 'attack'" over "Paris Saint-Germain's new
// Brazilian coach said …" then "Renato Albuquerque, 51, who …"): the
// headline's role is that person. Near misses: a coach introduced with
// a name later in the story and a coach never named.
func TestForms28HeadlineRoleNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"PSG coach", "Football: New PSG coach vows to 'attack' Marseille in first Classique\n\nParis (AFP) - Paris Saint-Germain's new Brazilian coach said on Friday his side would \"attack from the first minute\" in Sunday's match against Marseille.\n\nRenato Albuquerque, 51, who replaced the sacked Laurent Maréchal last week, told a news conference that he had \"no time for excuses\".",
			[]string{"Renato Albuquerque", "Renato Albuquerque", "Renato Albuquerque"}},
		{"Celtic manager", "New Celtic manager promises 'fearless' football\n\nGlasgow (AFP) - Celtic's new manager said on Tuesday his team would play \"fearless\" football from his first match in charge.\n\nDeclan Moore, 44, who replaced the dismissed Stuart Kerr on Monday, told reporters that he had \"no fear of Rangers\".",
			[]string{"Declan Moore", "Declan Moore", "Declan Moore"}},
		{"Juventus coach", "New Juventus coach vows to 'win everything' this season\n\nTurin (AFP) - Juventus's new coach said on Monday his side would try to \"win everything\" this season.\n\nMarco Ferretti, 49, who left Atalanta in June, told a news conference that he had \"a squad for every trophy\".",
			[]string{"Marco Ferretti", "Marco Ferretti", "Marco Ferretti"}},
		// Near misses.
		{"a coach named later", "New PSG coach vows to 'attack' Marseille\n\nParis (AFP) - Paris Saint-Germain travel to Marseille on Sunday after two straight wins.\n\nThe club's captain, Théo Vasseur, said the squad was ready. \"We owe the fans something,\" he said.\n\nThe match is the first of the season between the two clubs.\n\nIn Marseille, coach Pablo Errázuriz played down talk of a crisis.",
			[]string{"", "Théo Vasseur"}},
		{"a coach never named", "New PSG coach vows to 'attack' Marseille\n\nParis (AFP) - Paris Saint-Germain travel to Marseille on Sunday after two straight wins.",
			[]string{""}},
	})
}

// TestForms28HeadlineRoleUnnamed checks a headline's role whose first
// mention in the body is of someone unnamed: the role stays unnamed,
// though a person of the same role group is named after it.
func TestForms28HeadlineRoleUnnamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an anonymous official first", "US official: “Talks are over for now”\n\nWASHINGTON, May 4 (Reuters) - Talks on a new trade deal with Brazil have stalled, a senior U.S. official said on Thursday, speaking on condition of anonymity.\n\nTrade Representative official Dana Whitfield said on Wednesday that she still hoped for a deal.",
			[]string{""}},
	})
}
