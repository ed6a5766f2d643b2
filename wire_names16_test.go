package wirestory

import "testing"

// The tests of this file check names and titles of round 16's blind
// wire stories: the bounds of a title before its holder's name when
// the title's portfolio or body runs over "and", a place's possessive,
// or commas.

// TestWirePortfolioAndThreeWordName checks a name of three words after
// a portfolio of two parts whose second part opens with a word no list
// holds ("Minister of Energy and Mineral Resources", "… and
// Environmental Protection", "… and Scientific Research"): the
// portfolio runs to its last listed word, and the name after it is
// whole, its given name too, even where a later word of the name is a
// given name of its own ("Arifin Budi Santoso", "Kamel Ben Youssef").
func TestWirePortfolioAndThreeWordName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"energy and mineral resources, he after", "Deputy Minister for Energy and Mineral Resources Yudha Pratama Wirawan said on Friday the quota was under review. “Everything is on the table,” he told reporters.\n\n“We will see,” Wirawan said.",
			[]string{"Yudha Pratama Wirawan", "Yudha Pratama Wirawan"}},
		{"a given name second", "Minister of Energy and Mineral Resources Arifin Budi Santoso said the quota was “final.”",
			[]string{"Arifin Budi Santoso"}},
		{"mines and mineral development", "Minister of Mines and Mineral Development Dalitso Kabwe Banda said exports would resume. “We are ready,” Banda said.",
			[]string{"Dalitso Kabwe Banda"}},
		{"environmental protection", "Minister of Forestry and Environmental Protection Ivana Marković Petrović said the fires were “contained.”",
			[]string{"Ivana Marković Petrović"}},
		{"scientific research, Ben in the name", "Minister of Higher Education and Scientific Research Kamel Ben Youssef said the exams were “postponed.”",
			[]string{"Kamel Ben Youssef"}},
		{"marine affairs and fisheries", "The Minister of Marine Affairs and Fisheries Sakti Wahyu Trenggono said the ban was “permanent.”",
			[]string{"Sakti Wahyu Trenggono"}},
		{"agrarian affairs and spatial planning", "Minister of Agrarian Affairs and Spatial Planning Nusron Wahid Hakim said the certificates were “valid.”",
			[]string{"Nusron Wahid Hakim"}},
		// Near misses: a name of two words, a name after a comma, the
		// portfolio before the title, a body's head word ending the
		// portfolio, a portfolio whose words the lists hold.
		{"two-word name", "Minister for Fisheries and Ocean Policy Kari Lund said the catch fell. “It is bad,” he said.",
			[]string{"Kari Lund"}},
		{"two-word name after mineral resources", "Minister of Energy and Mineral Resources Arifin Tasrif said the quota was “final.”",
			[]string{"Arifin Tasrif"}},
		{"name after a comma", "Minister of Energy and Mineral Resources, Yudha Pratama Wirawan, said the quota was “final.”",
			[]string{"Yudha Pratama Wirawan"}},
		{"portfolio before the title", "Energy and Mineral Resources Minister Yudha Pratama Wirawan said the quota was “final.”",
			[]string{"Yudha Pratama Wirawan"}},
		{"a ministry's head word", "Director General at the Energy and Mineral Resources Ministry Bambang Suryo Wicaksono said the mine was “illegal.”",
			[]string{"Bambang Suryo Wicaksono"}},
		{"listed portfolio words", "Minister for Agriculture and Rural Development Pham Van Hoa said the harvest was “good.”",
			[]string{"Pham Van Hoa"}},
	})
}

// TestWireTitleAtPlacesBody checks a title whose body is placed in a
// larger one with "at" or "in" and a country's possessive ("Secretary
// of the Economic Relations Division at Bangladesh's Ministry of
// Finance Dr X"): the possessive stands as "the" does in "at the
// Ministry", the whole is the title, and the name after it is the
// holder, named again by the surname.
func TestWireTitleAtPlacesBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"division at a country's ministry, Dr", "Secretary of the Economic Relations Division at Bangladesh's Ministry of Finance Dr. Shahriar Kabir Chowdhury said the loan was “generous.” “Kuwait stood with us,” Chowdhury said.",
			[]string{"Shahriar Kabir Chowdhury", "Shahriar Kabir Chowdhury"}},
		{"no honorific", "Secretary of the Economic Relations Division at Bangladesh's Ministry of Finance Shahriar Kabir Chowdhury said the loan was “generous.”",
			[]string{"Shahriar Kabir Chowdhury"}},
		{"department at, Dr", "Director of the Planning Department at Kenya's Ministry of Health Dr. Wanjiru Achieng Otieno said the clinics were “full.”",
			[]string{"Wanjiru Achieng Otieno"}},
		{"section at, Eng.", "Head of the Trade Section at Jordan's Ministry of Industry Eng. Omar Khalil Haddad said exports were “up.”",
			[]string{"Omar Khalil Haddad"}},
		{"in a country's ministry, a rank", "Director of the Consular Department in Egypt's Foreign Ministry Ambassador Hisham Fawzi said the visas were “ready.”",
			[]string{"Hisham Fawzi"}},
		{"office at a country's office", "Director of the Asia Desk at Britain's Foreign Office Sarah Jane Whitfield said the talks were “useful.”",
			[]string{"Sarah Jane Whitfield"}},
		// Near misses: "at the" already read, a possessive after a name,
		// a possessive after a lower-case role.
		{"at the ministry", "Secretary of the Economic Relations Division at the Ministry of Finance Dr. Shahriar Kabir Chowdhury said the loan was “generous.”",
			[]string{"Shahriar Kabir Chowdhury"}},
		{"a place after the name", "Minister of Finance Njuguna Ndung'u in Kenya's capital said the loan was “generous.”",
			[]string{"Njuguna Ndung'u"}},
		{"lower-case role", "A spokesman for the ministry in Kenya's capital said the loan was “generous.”",
			[]string{""}},
		{"a title at a country's request", "The Minister of Finance at Kenya's request said the loan was “generous.”",
			[]string{""}},
	})
}

// TestWireTitleBodyListCommas checks a body's name in a title that is a
// list with a serial comma before its "and" ("the BNPB Disaster Data,
// Information, and Communication Center", "Minister of Education,
// Culture, and Sports"): the list is the title's, as it is without the
// serial comma, and "he" or "she" after is the holder named after it.
func TestWireTitleBodyListCommas(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"center's list, serial comma, he after", "Head of the BNPB Disaster Data, Information, and Communication Center Rahmat Hidayatullah said on Saturday that two aircraft were ready.\n\n“We are targeting the rain clouds,” he said.",
			[]string{"Rahmat Hidayatullah"}},
		{"portfolio list, serial comma", "Minister of Education, Culture, and Sports Amina Farah said schools would reopen. “We are ready,” she said.",
			[]string{"Amina Farah"}},
		{"agency's list, serial comma", "Director of the Research, Development, and Innovation Agency Budi Santoso Wijaya said the vaccine was “safe.”",
			[]string{"Budi Santoso Wijaya"}},
		{"ministry's list, serial comma, surname after", "Minister of Trade, Industry, and Tourism Carlos Andres Mejia said exports rose. “It is good news,” Mejia said.",
			[]string{"Carlos Andres Mejia"}},
		// Near misses: no serial comma, a name after the comma, and a
		// list of people after a title.
		{"center's list, no serial comma", "Head of the BNPB Disaster Data, Information and Communication Center Rahmat Hidayatullah said on Saturday that two aircraft were ready.\n\n“We are targeting the rain clouds,” he said.",
			[]string{"Rahmat Hidayatullah"}},
		{"portfolio list, no serial comma", "Minister of Education, Culture and Sports Amina Farah said schools would reopen. “We are ready,” she said.",
			[]string{"Amina Farah"}},
		{"a name after the comma", "Minister of Education, Amina Farah, said schools would reopen. “We are ready,” she said.",
			[]string{"Amina Farah"}},
		{"people listed after a title", "Minister of Education Amina Farah, Omar Saleh, and Lena Berg visited the school. “We are ready,” Farah said.",
			[]string{"Amina Farah"}},
	})
}

// TestWireDeputyForBody checks "Deputy" as a title of its own, as
// Indonesia's agencies title the heads of their branches ("Deputy for
// Meteorology of the BMKG X") and Latin American copy its lawmakers
// ("Federal Deputy X"): the title's portfolio, and the body after "of
// the", are no name's, and "he" or "the deputy" after is the holder. A
// deputy's title of two role nouns in lower case ("the deputy foreign
// minister") is read at its head noun, the minister.
func TestWireDeputyForBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"deputy for, of the body, he after", "Deputy for Meteorology of the BMKG Andi Prasetyo warned that the peak was near. “The public should remain vigilant,” he remarked.",
			[]string{"Andi Prasetyo"}},
		{"deputy for, of the body", "Deputy for Prevention of the KPK Pahala Nainggolan said the case was “open.”",
			[]string{"Pahala Nainggolan"}},
		{"two-word portfolio, three-word name", "Deputy for Emergency Handling of the BNPB Budi Irawan Santoso said the camps were “full.”",
			[]string{"Budi Irawan Santoso"}},
		{"body before the title", "BMKG Deputy for Geophysics Rahmat Triyono said the quake was “shallow.” “There is no tsunami threat,” he said.",
			[]string{"Rahmat Triyono", "Rahmat Triyono"}},
		{"no body", "Deputy for Climatology Ardhasena Sopaheluwakan said the season was “late.”",
			[]string{"Ardhasena Sopaheluwakan"}},
		{"federal deputy", "Federal Deputy Eduardo Bolsonaro said the vote was “rigged.”",
			[]string{"Eduardo Bolsonaro"}},
		{"the deputy after", "Opposition deputy Maria Lopez said the vote was “rigged.” “We will appeal,” the deputy said.",
			[]string{"Maria Lopez", "Maria Lopez"}},
		// Near misses: "Deputy" before another title, a compound role in
		// lower case after, an unnamed deputy, and a name before "of the".
		{"deputy director", "Deputy Director Ouyang Ming said the seeds were “safe.” “We keep them cold,” the deputy director said.",
			[]string{"Ouyang Ming", "Ouyang Ming"}},
		{"the deputy foreign minister", "Russian Deputy Foreign Minister Sergei Voronkov told TASS the text was ready. “It is agreed,” he said.\n\nAstrakhan Region Governor Vadim Rostovtsev said the yard was ready.\n\nThe Russian deputy foreign minister also noted that the accord was open. “We are not closing the door,” he said.",
			[]string{"Sergei Voronkov", "Sergei Voronkov"}},
		{"an unnamed deputy", "The deputy for operations said the road was “closed.”",
			[]string{""}},
		{"a name before of the", "Governor of Kelta Dawit Alemu of the Democratic Party said the vote was “fair.”",
			[]string{"Dawit Alemu"}},
		{"of the board of the bank", "Chairman of the Board of the Kelta Bank Ali Khan said the loan was “generous.”",
			[]string{"Ali Khan"}},
	})
}

// TestWireOutletAdjectiveBeforeName checks an outlet's name after an
// adjective and the outlet's noun, "daily" or "weekly" ("Local daily
// Hatay Gazetesi", "Pro-government daily Sabah"): the noun's "-ly" is
// no adverb's, so the adjective at the sentence's start is no one's
// name running into its verb, and the source is the outlet.
func TestWireOutletAdjectiveBeforeName(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"local daily", "Local daily Hatay Gazetesi reported, quoting the chamber of commerce, that 40 shops had reopened.",
			[]string{"Local daily Hatay Gazetesi -> Hatay Gazetesi | reported"}},
		{"pro-government daily", "Pro-government daily Sabah reported that 4,000 dogs had been caught.",
			[]string{"Pro-government daily Sabah -> Sabah | reported"}},
		{"local weekly", "Local weekly Kibris Postasi reported that the port was closed.",
			[]string{"Local weekly Kibris Postasi -> Kibris Postasi | reported"}},
		{"pro-Kurdish daily, two words", "Pro-Kurdish daily Yeni Yasam reported that the ban was lifted.",
			[]string{"Pro-Kurdish daily Yeni Yasam -> Yeni Yasam | reported"}},
		{"regional daily", "Regional daily Karadeniz reported that the port was closed.",
			[]string{"Regional daily Karadeniz -> Karadeniz | reported"}},
		// Near misses: a demonym before the noun, "The daily", the noun
		// inside the outlet's name, a role noun after the adjective, and
		// an adverb in "-ly" opening a sentence.
		{"demonym", "Israeli daily Haaretz reported that the road was closed.",
			[]string{"Israeli daily Haaretz -> Haaretz | reported"}},
		{"the daily", "The daily Sabah reported that the ban was lifted.",
			[]string{"The daily Sabah -> Sabah | reported"}},
		{"daily in the name", "Hurriyet Daily News reported that the ban was lifted.",
			[]string{"Hurriyet Daily News -> Hurriyet Daily News | reported"}},
		{"a role after the adjective", "Opposition lawmaker Nuray Celik said the homes were late.",
			[]string{"Opposition lawmaker Nuray Celik -> Nuray Celik | said"}},
	})
}

// TestWirePortfolioListUnlistedWord checks a title's list of portfolios
// run on to the title after it ("Environment, Urbanization and Climate
// Change Minister X"), whose item after the comma is a word no list
// holds: the list is the title's from its first item, as "Health, Labor
// and Welfare Minister" is, and the source phrase starts there.
func TestWirePortfolioListUnlistedWord(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"environment, urbanization and", "Environment, Urbanization and Climate Change Minister Kerem Aydogdu said the homes were ready.",
			[]string{"Environment, Urbanization and Climate Change Minister Kerem Aydogdu -> Kerem Aydogdu | said"}},
		{"quote first", "“We have passed 310,000,” Environment, Urbanization and Climate Change Minister Kerem Aydogdu said at a ceremony.",
			[]string{"Environment, Urbanization and Climate Change Minister Kerem Aydogdu -> Kerem Aydogdu | said"}},
		{"labor, migration and", "Labor, Migration and Employment Minister Aziz Kazbekov said the homes were ready.",
			[]string{"Labor, Migration and Employment Minister Aziz Kazbekov -> Aziz Kazbekov | said"}},
		{"justice, constitutional and", "Justice, Constitutional and Religious Affairs Minister Alice Mwangi said the homes were ready.",
			[]string{"Justice, Constitutional and Religious Affairs Minister Alice Mwangi -> Alice Mwangi | said"}},
		// Near misses: a listed word after the comma, a person before
		// "and" after an opening phrase, and places before the title.
		{"listed word", "Health, Labor and Welfare Minister Kenji Mori said the homes were ready.",
			[]string{"Health, Labor and Welfare Minister Kenji Mori -> Kenji Mori | said"}},
		{"a person and a minister", "In Ankara, Smith and Finance Minister Ali Khan said the homes were ready.",
			[]string{"Smith and Finance Minister Ali Khan -> Ali Khan | said"}},
		{"places before a governor", "Paris, Texas and Florida Governor Ron Hale said the homes were ready.",
			[]string{"Texas and Florida Governor Ron Hale -> Ron Hale | said"}},
	})
}

// TestWireThinkTankBased checks a source phrase with a compound in
// "-based" or another participle after a hyphen ("a U.S.-based think
// tank", "a Kremlin-funded think tank"): the abbreviation's period
// before the hyphen is inside the word, the compound is an adjective and
// no name, and "think tank" is a noun, no stance verb, so the phrase is
// the source of the verb after it.
func TestWireThinkTankBased(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"U.S.-based", "A U.S.-based think tank said the launch was a test.",
			[]string{"A U.S.-based think tank ->  | said"}},
		{"Seoul-based", "A Seoul-based think tank said the launch was a test.",
			[]string{"A Seoul-based think tank ->  | said"}},
		{"Washington-based, the", "The Washington-based think tank said the launch was a test.",
			[]string{"The Washington-based think tank ->  | said"}},
		{"U.N.-backed after a preposition", "Researchers at a U.N.-backed think tank said the launch was a test.",
			[]string{"Researchers at a U.N.-backed think tank ->  | said"}},
		{"Kremlin-funded, reported", "A Kremlin-funded think tank reported that the launch was a test.",
			[]string{"A Kremlin-funded think tank ->  | reported"}},
		// Near misses: "think" a verb, a Korean given name after a
		// hyphen, an abbreviation before a noun, a compound noun of the
		// list before a verb, and "went on to say".
		{"think a verb", "Experts think the launch was a test.",
			[]string{"Experts ->  | think"}},
		{"Korean given name", "JCS spokesperson Lee Sung-jun said the launch was a test.",
			[]string{"JCS spokesperson Lee Sung-jun -> Lee Sung-jun | said"}},
		{"U.S. officials", "U.S. officials said the launch was a test.",
			[]string{"U.S. officials ->  | said"}},
		{"pledged delegates", "Pledged delegates said the vote was fair.",
			[]string{"Pledged delegates ->  | said"}},
		{"went on to say", "The senator went on to say the vote was fair.",
			[]string{"The senator ->  | went on"}},
	})
}

// TestWireLongTitleAtBound checks a title run into a long body's name
// and a long name ("CEO of the National Center for Vegetation Cover
// Development and Combating Desertification Dr. X"), whose body's "the"
// the source phrase's walk reaches at its bound: the title before the
// body's "of the" still opens the phrase.
func TestWireLongTitleAtBound(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"CEO of the center", "CEO of the National Center for Vegetation Cover Development and Combating Desertification Dr. Saad bin Hamad Al-Muqrin said the campaign targets 18 sites.",
			[]string{"CEO of the National Center for Vegetation Cover Development and Combating Desertification Dr. Saad bin Hamad Al-Muqrin -> Saad bin Hamad Al-Muqrin | said"}},
		{"Director of the center", "Director of the National Center for Vegetation Cover Development and Combating Desertification Dr. Saad bin Hamad Al-Muqrin said the campaign targets 18 sites.",
			[]string{"Director of the National Center for Vegetation Cover Development and Combating Desertification Dr. Saad bin Hamad Al-Muqrin -> Saad bin Hamad Al-Muqrin | said"}},
		{"Director of the department", "Director of the Department of Environmental Protection and Natural Resources Conservation Dr. Ahmed bin Saleh Al-Ghamdi said the reserve would expand.",
			[]string{"Director of the Department of Environmental Protection and Natural Resources Conservation Dr. Ahmed bin Saleh Al-Ghamdi -> Ahmed bin Saleh Al-Ghamdi | said"}},
		{"Head of the center, Eng.", "Head of the Regional Center for Drought Monitoring and Early Warning Systems Eng. Fahad bin Ali Al-Qahtani said the season was dry.",
			[]string{"Head of the Regional Center for Drought Monitoring and Early Warning Systems Eng. Fahad bin Ali Al-Qahtani -> Fahad bin Ali Al-Qahtani | said"}},
		// Near misses: within the bound, a plural before "of the", a
		// lower-case role.
		{"within the bound", "Governor of the Central Bank of the Islamic Republic of Iran Mohammad Reza Farzin said the rate would hold.",
			[]string{"Governor of the Central Bank of the Islamic Republic of Iran Mohammad Reza Farzin -> Mohammad Reza Farzin | said"}},
		{"President, within the bound", "President of the General Authority for Meteorology and Environmental Protection Dr. Ayman bin Salem Ghulam said the rains were heavy.",
			[]string{"President of the General Authority for Meteorology and Environmental Protection Dr. Ayman bin Salem Ghulam -> Ayman bin Salem Ghulam | said"}},
		{"lower-case role", "The head of the center said the campaign targets 18 sites.",
			[]string{"The head of the center ->  | said"}},
	})
}
