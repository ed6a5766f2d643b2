package wirestory

import "testing"

// The tests of this file check how a title written before or after a
// name is bounded and left out of the name, in the forms of Gulf,
// Iranian, Egyptian, Korean and Russian agency copy: a rank word before
// the title, a portfolio of several parts, an organisation named inside
// the title, and honorifics.

// TestWireRankBeforeTitle checks a rank or ordinal word before a title
// ("First Deputy Foreign Minister"): it belongs to the source phrase, so
// that the quotation before the phrase has its speaker.
func TestWireRankBeforeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"first deputy", "“Talks will go on,” First Deputy Foreign Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"first vice", "“Jobs are up,” First Vice Finance Minister Choi Dong-wook said. “We are glad,” Choi said.",
			[]string{"Choi Dong-wook", "Choi Dong-wook"}},
		{"demonym, first deputy", "“Talks will go on,” Kelish First Deputy Prime Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"first lady", "“The school is open,” First Lady Anna Sorokina said.",
			[]string{"Anna Sorokina"}},
		{"lower case after the article", "Ivan Sorokin, the first deputy foreign minister, met the envoys. “Talks will go on,” the first deputy foreign minister said.",
			[]string{"Ivan Sorokin"}},
		{"second", "“Talks will go on,” Second Deputy Foreign Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"senior", "“Talks will go on,” Senior Deputy Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"acting", "“Talks will go on,” Acting Foreign Minister Ivan Sorokin said.",
			[]string{"Ivan Sorokin"}},
		{"executive", "“Exports will grow,” Executive Vice President Lina Haddad said.",
			[]string{"Lina Haddad"}},
		{"permanent secretary", "“Roads come first,” Permanent Secretary Wanjiru Kamau said.",
			[]string{"Wanjiru Kamau"}},
		{"inverted", "“Talks will go on,” said First Deputy Foreign Minister Ivan Sorokin.",
			[]string{"Ivan Sorokin"}},
		{"after a possessive", "“Talks will go on,” Kelta’s first deputy foreign minister, Ivan Sorokin, said.",
			[]string{"Ivan Sorokin"}},
		{"after a possessive, inverted", "“Talks will go on,” said Kelta’s first deputy foreign minister, Ivan Sorokin.",
			[]string{"Ivan Sorokin"}},
	})
	// Near misses: the adverb between a source and its verb stays the
	// cue's.
	runSourceCases(t, []sourceCase{
		{"adverb after a name", "“Talks will go on,” Sorokin first said.",
			[]string{"Sorokin -> Sorokin | first said"}},
		{"adverb after an organisation", "The ministry first said the talks were off.",
			[]string{"The ministry ->  | first said"}},
		{"adverb at the start of a sentence", "Then Mr. Alan Rubin said the bank would grow.",
			[]string{"Mr. Alan Rubin -> Alan Rubin | said"}},
		{"rank word before the title", "“Talks will go on,” First Deputy Foreign Minister Ivan Sorokin said.",
			[]string{"First Deputy Foreign Minister Ivan Sorokin -> Ivan Sorokin | said"}},
	})
}

// TestWirePortfolioOfSeveralParts checks a title whose portfolio has two
// prepositional parts ("Deputy Minister of Roads for Rural Affairs"), an
// "and" after a portfolio word that names a body ("Minister of
// Agriculture and Land Reclamation"), or an organisation named without
// an article ("Director General of Kelta Fund for Development"): the
// name starts after the title's last part. Where no given name is
// known, the last part's first word and the portfolio words after it
// are the title's ("Planning Affairs Dawit Alemu"), and after "and" the
// name is the last two words: a part of two words outside the
// portfolio words ("for Northern Regions Dawit Alemu") and a name of
// three after "and" are still cut wrong.
func TestWirePortfolioOfSeveralParts(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"of and for", "Deputy Minister of Roads for Rural Affairs Reza Karimi said the roads were open. “We are ready,” the deputy minister said. “It is done,” Karimi said.",
			[]string{"Reza Karimi", "Reza Karimi"}},
		{"of and for, two-word body", "Deputy Minister of Agriculture Jihad for Agronomy Affairs Hamid Nourbakhsh said the harvest was in. “It is good,” Nourbakhsh said.",
			[]string{"Hamid Nourbakhsh"}},
		{"of and for, unlisted given name", "Deputy Minister of Health for Planning Affairs Dawit Alemu said clinics were open. “We are ready,” Alemu said.",
			[]string{"Dawit Alemu"}},
		{"of, and after a body word", "Minister of Agriculture and Land Reclamation Adel Mansour said the crop grew. “It is good,” Mansour said.",
			[]string{"Adel Mansour"}},
		{"of, and after a body word, one word after", "Minister of Agriculture and Fisheries Adel Mansour said the crop grew. “It is good,” he said.",
			[]string{"Adel Mansour"}},
		{"of, and, unlisted given name", "Minister of Health and Population Hala Zayed said the clinics were open. “We are ready,” Zayed said.",
			[]string{"Hala Zayed"}},
		{"organisation without the article", "Director General of Qatar Fund for Development Khalid Nasser Al Mannai said the fund “will keep its promises.”",
			[]string{"Khalid Nasser Al Mannai"}},
		{"organisation without the article, surname later", "Chairman of Kelta Bank for Reconstruction Omar Haddad said loans would rise. “We will lend more,” Haddad said.",
			[]string{"Omar Haddad"}},
		{"organisation with the article", "Director General of the Kelta Fund for Development Khalid Al Mannai said the fund “will keep its promises.”",
			[]string{"Khalid Al Mannai"}},
		{"for and for", "Assistant Minister for Foreign Affairs for Regional Affairs Ahmed Saleh Al-Kuwari said talks went well. “We are hopeful,” Al-Kuwari said.",
			[]string{"Ahmed Saleh Al-Kuwari"}},
		{"of, for, a courtesy title", "Minister of State for Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi said talks went well. “We are hopeful,” Al-Khulaifi said.",
			[]string{"Mohammed bin Abdulaziz Al-Khulaifi"}},
		{"inverted, of and for", "“Roads are open,” said Deputy Minister of Roads for Rural Affairs Reza Karimi.",
			[]string{"Reza Karimi"}},
		// Near misses: a portfolio of one part, "and" in a portfolio of
		// words that name bodies, a place after a name, two people.
		{"trade and industry", "Minister of Trade and Industry Adel Mansour said exports grew. “It is good,” Mansour said.",
			[]string{"Adel Mansour"}},
		{"one part", "Minister of Roads Reza Karimi said the roads were open. “We are ready,” Karimi said.",
			[]string{"Reza Karimi"}},
		{"place after the name", "Governor Ali Khan of Texas said the roads were open. “We are ready,” Khan said.",
			[]string{"Ali Khan"}},
		{"state after the name", "Sen. Jane Doe of New York said the bill would pass. “We have the votes,” Doe said.",
			[]string{"Jane Doe"}},
		{"secretary of state", "Secretary of State Jane Doe said talks would resume. “We are close,” Doe said. “We will see,” the secretary of state said.",
			[]string{"Jane Doe", "Jane Doe"}},
		{"portfolio, name, place", "Minister of Finance Ali Khan of Kelta said the budget was ready. “We are done,” Khan said.",
			[]string{"Ali Khan"}},
	})
	runSourceCases(t, []sourceCase{
		{"the body speaks", "The Kelta Fund for Development said it would keep its promises.",
			[]string{"The Kelta Fund for Development -> Kelta Fund for Development | said"}},
		{"the ministry speaks", "The Ministry of Agriculture and Land Reclamation said the crop grew.",
			[]string{"The Ministry of Agriculture and Land Reclamation -> Ministry of Agriculture and Land Reclamation | said"}},
	})
}

// TestWireTitleOfABody checks a title of a body with nobody named after
// it ("the Chairman of the Department of Tourism"): it is a role noun
// for the person who holds it, not a person called "Tourism".
func TestWireTitleOfABody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chairman of the department", "The fair was opened by Sheikh Omar bin Saif Al Nuaimi, Chairman of the Department of Tourism. The Chairman of the Department of Tourism toured the halls. He described it as “a jewel of the city.”",
			[]string{"Omar bin Saif Al Nuaimi"}},
		{"director of the ministry", "Lina Haddad, Director of the Ministry of Culture, opened the show. The Director of the Ministry of Culture thanked the artists. “They worked for a year,” she said.",
			[]string{"Lina Haddad"}},
		{"head of a bureau without the article", "Omar Haddad, Head of Kelta Bureau of Statistics, gave the figures. “Prices rose,” the Head of Kelta Bureau of Statistics said.",
			[]string{"Omar Haddad"}},
		{"two words after the body's of", "The fair was opened by Sheikh Omar bin Saif Al Nuaimi, Chairman of the Department of Economic Development. The Chairman of the Department of Economic Development toured the halls. He called it “a jewel of the city.”",
			[]string{"Omar bin Saif Al Nuaimi"}},
		{"name in apposition after the body's acronym", "Nourbakhsh spoke first. Meanwhile, the head of the Kelta Trading Corporation (KTC), Reza Tavakoli, told IRNA that stocks were high. “Storage was our weak point,” he said.",
			[]string{"Reza Tavakoli"}},
		// Near misses: the holder named after the title, a body that
		// speaks itself, a minister of a portfolio named later.
		{"holder named after", "Chairman of the Department of Tourism Omar Al Nuaimi toured the halls. He described it as “a jewel of the city.”",
			[]string{"Omar Al Nuaimi"}},
		{"holder named by the surname after a title's part", "Nancy Pell is the Speaker. “We will vote,” Speaker of the Chamber Pell said.",
			[]string{"Nancy Pell"}},
		{"minister of one part, name of two", "Minister of Roads Reza Karimi said the roads were open. “We are ready,” he said.",
			[]string{"Reza Karimi"}},
	})
	runSourceCases(t, []sourceCase{
		{"the body speaks", "The Department of Tourism said hotels were full.",
			[]string{"The Department of Tourism -> Department of Tourism | said"}},
	})
}

// TestWirePortfolioListAfterOf checks a title whose portfolio is a list with
// commas ("Minister of Education, Culture and Sports Amina Farah"): the
// comma is inside the title, the source runs from the title, and the
// name is the one after the list. A body's list ("the Ministry of
// Health, Labour and Welfare") is read so too.
func TestWirePortfolioListAfterOf(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"three portfolios", "Minister of Education, Culture and Sports Amina Farah praised the teachers. “They work hard,” Farah said.",
			[]string{"Amina Farah"}},
		{"four portfolios", "Minister of Labour, Employment, Youth and Sports Kofi Mensah opened the centre. “Jobs come first,” Mensah said.",
			[]string{"Kofi Mensah"}},
		{"two-word last portfolio", "Minister of Education, Culture and Higher Education Abdiqani Yusuf Warsame toured the school. “It is ready,” he said.",
			[]string{"Abdiqani Yusuf Warsame"}},
		{"inverted", "“They work hard,” said Minister of Education, Culture and Sports Amina Farah.",
			[]string{"Amina Farah"}},
	})
	runSourceCases(t, []sourceCase{
		{"the source runs from the title", "Minister of Education, Culture and Sports Amina Farah praised the teachers.",
			[]string{"Minister of Education, Culture and Sports Amina Farah -> Amina Farah | praised"}},
		// Near misses: a name in apposition to the title, a list of
		// ministers, a list of people.
		{"name in apposition", "The Minister of Education, Amina Farah, said schools would open.",
			[]string{"The Minister of Education, Amina Farah -> Amina Farah | said"}},
		{"list of people", "Present were the Minister of Education, Amina Farah and Kofi Mensah. “We agree,” Mensah said.",
			[]string{"Mensah -> Kofi Mensah | said"}},
		{"list of ministers", "The ministers of Education, Health and Finance met on Monday. “We agree,” the finance minister said.",
			[]string{"the finance minister ->  | said"}},
		// A body's portfolios are listed as a title's are.
		{"a ministry's portfolios", "The Ministry of Health, Labour and Welfare said cases rose.",
			[]string{"The Ministry of Health, Labour and Welfare -> Ministry of Health | said"}},
		{"a ministry's three portfolios", "The Ministry of Trade, Industry and Energy said exports rose.",
			[]string{"The Ministry of Trade, Industry and Energy -> Ministry of Trade | said"}},
		// Near misses: a list of bodies, a list with a title in it.
		{"a list of banks", "Bank of America, Citigroup and Wells Fargo said rates rose.",
			[]string{"Citigroup and Wells Fargo -> Wells Fargo | said"}},
		{"a title in the list", "The Ministry of Health, Finance Minister Ali Khan and the central bank said no.",
			[]string{"the central bank ->  | said"}},
	})
}

// TestWireHonorifics checks the honorifics of Gulf agency copy: "HE"
// (His or Her Excellency) in capitals before a title, a name or "the",
// which is no pronoun, and "H.E.", which is left out of the name as
// "Dr." is. "Sheikh" is a title before the name and is left out of it
// too, as "King" is: "Sheikh Mohammed bin Rashid Al Maktoum" is named
// "Mohammed bin Rashid Al Maktoum", and "Sheikh Mohammed" later is he.
func TestWireHonorifics(t *testing.T) {
	const lead = "HE Minister of State for International Cooperation Dr. Maryam bint Ali Al Sulaiti said the schools would open. "
	runSpeakerCases(t, []speakerCase{
		{"HE the role", lead + "“Our doors are open,” HE the Minister of State said.",
			[]string{"Maryam bint Ali Al Sulaiti"}},
		{"HE the role, told", "HE Somali Minister of Education Abdiqani Yusuf Warsame thanked Qatar. “These schools will change lives,” HE the Somali minister told QNA.",
			[]string{"Abdiqani Yusuf Warsame"}},
		{"HE before a name", "“Our doors are open,” HE Dr. Sara Al Sulaiti said.",
			[]string{"Sara Al Sulaiti"}},
		{"H.E. before a name", "H.E. Saeed Al Hammadi, CEO of the port, said, “Trade is growing.”",
			[]string{"Saeed Al Hammadi"}},
		{"H.E. before a name, later he", "H.E. Saeed Al Hammadi, CEO of the port, opened the berth. “Trade is growing,” he added.",
			[]string{"Saeed Al Hammadi"}},
		{"HE the role, inverted", lead + "“Our doors are open,” said HE the Minister of State.",
			[]string{"Maryam bint Ali Al Sulaiti"}},
		{"sheikh", "Sheikh Mohammed bin Rashid Al Maktoum opened the tower. “Dubai never stops,” Sheikh Mohammed said.",
			[]string{"Mohammed bin Rashid Al Maktoum"}},
		// Near misses: a pronoun in capitals before its verb, a pronoun
		// in lower case.
		{"pronoun in capitals", "Ali Khan opened the port. “We are ready,” HE said.",
			[]string{"Ali Khan"}},
		{"pronoun", "Ali Khan opened the port. “We are ready,” he said.",
			[]string{"Ali Khan"}},
		{"another word in capitals before a title", "“We are ready,” IT Minister Ali Khan said.",
			[]string{"Ali Khan"}},
	})
	runAttrCases(t, []attrCase{
		{"HE keeps the statement level", "In a statement to QNA, HE Dr. Sara Al Sulaiti said that the schools would open.",
			[]string{"HE Dr. Sara Al Sulaiti | said >> a statement to QNA | In"}},
		{"Dr. keeps the statement level", "In a statement to QNA, Dr. Sara Al Sulaiti said that the schools would open.",
			[]string{"Dr. Sara Al Sulaiti | said >> a statement to QNA | In"}},
	}, showChain)
}

// TestWireHonorificInApposition checks a role named in apposition by a
// name with an honorific and particles ("Dr.", "Eng.", "bin"): the name
// joins the role, and the role's title with a place or a portfolio and a
// place after it names no one itself.
func TestWireHonorificInApposition(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"Eng. and bin, a surname of two words", "The chairman of the port authority, Eng. Ali bin Muhammad Al Harthy, said the berth was ready.",
			[]string{"The chairman of the port authority, Eng. Ali bin Muhammad Al Harthy -> Ali bin Muhammad Al Harthy | said"}},
		// Near miss: five capitalised words are a body, no name.
		{"five words", "The chairman, Port Works Trade Union Committee, said the berth was ready.",
			[]string{"The chairman ->  | said"}},
	})
	runSpeakerCases(t, []speakerCase{
		{"Dr., quotation first", "“We are moving the fight,” Director General of Public Health at the ministry, Dr. Ratna Kusumawardani, said here on Thursday.",
			[]string{"Ratna Kusumawardani"}},
		{"Eng. and bin, then he", "Meanwhile, the Mayor of Al-Baha Region, Eng. Ali bin Muhammad Al-Zahrani, stated that the road was paved. “It is done,” he noted.",
			[]string{"Ali bin Muhammad Al-Zahrani"}},
		{"Dr after a lower-case role", "“We will keep watching,” the head of the trade office, Dr Ratna Kusumawardani, said.",
			[]string{"Ratna Kusumawardani"}},
		// Near miss: a title and a name with no comma stay one run.
		{"Minister of Finance and a name", "Minister of Finance Ali Khan said the budget held. “It holds,” Khan said.",
			[]string{"Ali Khan"}},
	})
}

// TestWireGivenNamesOfManyRegions checks that a given name of the
// regions whose wires the parser reads starts the name after a portfolio
// of two words, and that one after "bin" is a father's name.
func TestWireGivenNamesOfManyRegions(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Pakistan", "Federal Minister for Planning, Development and Special Initiatives Nadeem Akhtar Bhatti opened the scheme. “We will finish it,” he said.",
			[]string{"Nadeem Akhtar Bhatti"}},
		{"Indonesia", "Minister of Health Affairs Ratna Dewi Lestari opened the post. “It is open,” she said.",
			[]string{"Ratna Dewi Lestari"}},
		// Near miss: a given name after "bin" is the father's.
		{"after bin", "Director General of Passports Sulaiman bin Abdulaziz Al-Yahya said the gates were open. “They are open,” Al-Yahya said.",
			[]string{"Sulaiman bin Abdulaziz Al-Yahya"}},
	})
}

// TestWireStylesOfAddress checks the Gulf and royal styles of address,
// honorifics of the Malay world and South Asian police ranks, and a
// surname of two words referring to the full name.
func TestWireStylesOfAddress(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"His Highness the Amir", "His Highness the Amir Sheikh Salem Al-Khaled opened the summit.\n\n“Unity is our strength,” His Highness the Amir said.\n\nHis Highness added that the region faced “grave challenges.”",
			[]string{"Salem Al-Khaled", "Salem Al-Khaled"}},
		{"Her Majesty", "Queen Amina Tembo opened the bridge. Her Majesty said the bridge was “a gift to the nation.”",
			[]string{"Amina Tembo"}},
		{"Haji", "Opposition leader Datuk Haji Razlan Yusoff said the budget was “full of old promises.”",
			[]string{"Razlan Yusoff"}},
		{"a police rank", "District DGP Rajinder Singh Bhullar told the agency the area was cordoned. “The operation is over,” Bhullar said.",
			[]string{"Rajinder Singh Bhullar"}},
		{"a surname of two words", "Member of the camp committee Imad Abu Zeid said the raid lasted hours. “They came at dawn,” Abu Zeid said.",
			[]string{"Imad Abu Zeid"}},
		{"a Persian surname of two words", "Deputy Foreign Minister Ali Bagheri Kani arrived. “We are ready,” Bagheri Kani said.",
			[]string{"Ali Bagheri Kani"}},
		// Near miss: a plain possessive is no style of address.
		{"his", "Dan Kerr praised his staff. “They worked hard,” he said.",
			[]string{"Dan Kerr"}},
	})
}

// TestWireTitleBeforeAppositiveName checks a role named in apposition by
// a title and a name: "the ministry's top spokesperson, Press Secretary
// Mika Tsujimoto, said".
func TestWireTitleBeforeAppositiveName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"inverted after a quotation", "“Our position has not changed,” the ministry's top spokesperson, Press Secretary Mika Tsujimoto, said.",
			[]string{"Mika Tsujimoto"}},
		{"a one-word title", "“We will keep watching,” the head of the office, Governor Ana Ruiz, said.",
			[]string{"Ana Ruiz"}},
	})
}

// TestWireOutletWithNumber checks an outlet whose name ends in a number.
func TestWireOutletWithNumber(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a channel", "Israeli Channel 12 claimed that the soldiers had “opened fire at suspects.”",
			[]string{"Israeli Channel 12"}},
		// Near miss: a number after a person's name is no part of it.
		{"a person and an age", "“We will win,” said Dan Kerr, 45.",
			[]string{"Dan Kerr"}},
	})
}

// TestWireAcronymOfABody checks a body named with its acronym in brackets
// and then by the acronym alone: one body, named in full.
func TestWireAcronymOfABody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a bureau", "The National Bureau of Statistics (NBS) said sales rose. “Demand is strong,” the NBS said.",
			[]string{"National Bureau of Statistics"}},
		{"an authority", "The Kelta Port Authority (KPA) said ships docked. “Traffic is up,” the KPA said.",
			[]string{"Kelta Port Authority"}},
		// Near miss: an acronym of its own, never expanded.
		{"no expansion", "The KPA said ships docked. “Traffic is up,” the KPA said.",
			[]string{"KPA"}},
	})
}
