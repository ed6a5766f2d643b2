package wirestory

import "testing"

// The tests of this file check names and titles of round 10's blind
// wire stories: Gulf and Asian titles, an acronym or a posting between
// a title and its name, a portfolio's words, a rank's service, and a
// name in apposition after a role.

// TestWireUndersecretary checks "Undersecretary", "Under-Secretary" and
// their deputies and assistants before a name: the title is a role, not
// the name's first word, and "the undersecretary" stands for its holder.
func TestWireUndersecretary(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"assistant undersecretary, portfolio, Dr.", "Assistant Undersecretary for Medical Services Dr. Hana Al-Enezi told KUNA the wards were ready. “We are ready,” she said.",
			[]string{"Hana Al-Enezi"}},
		{"undersecretary alone", "Undersecretary Hana Al-Enezi said the wards were ready. “We are ready,” she said.",
			[]string{"Hana Al-Enezi"}},
		{"hyphenated", "Under-Secretary Rashid Al-Kaabi said the wards were ready. “We are ready,” he said.",
			[]string{"Rashid Al-Kaabi"}},
		{"deputy, portfolio", "Deputy Undersecretary for Planning Khalid Al-Mutairi said the plan was set. “It is set,” he said.",
			[]string{"Khalid Al-Mutairi"}},
		{"of a ministry, inverted", "“The wards are ready,” Undersecretary of the Ministry of Health Dr. Faisal Al-Harbi told SPA.",
			[]string{"Faisal Al-Harbi"}},
		{"permanent", "Permanent Under-Secretary Omar Haddad told reporters the deal was near. “It is near,” Haddad said.",
			[]string{"Omar Haddad"}},
		{"the undersecretary", "Undersecretary Hana Al-Enezi met the delegation. “We agreed,” the undersecretary said.",
			[]string{"Hana Al-Enezi"}},
		{"two paragraphs", "Deputy Assistant Undersecretary for Public Health Nora Al-Sabah said the wards were ready. “We are ready,” she said.\n\n“We will open a fourth,” she added.",
			[]string{"Nora Al-Sabah", "Nora Al-Sabah"}},
		// Near misses: a secretary's titles that read already.
		{"assistant secretary-general", "Assistant Secretary-General Rina Okafor said the aid was late. “It is late,” she said.",
			[]string{"Rina Okafor"}},
		{"secretary", "“We agreed,” Secretary Hana Al-Enezi said.",
			[]string{"Hana Al-Enezi"}},
	})
}

// TestWireAbbreviatedGivenName checks a police posting after a rank,
// then the name in apposition, when the name starts with a given name's
// abbreviation ("Mohd", "Mohd.", "Muhd"): the abbreviation is the name's
// first word, and the rank's acronym stands for the officer.
func TestWireAbbreviatedGivenName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Mohd after a posting", "Senior Superintendent of Police (SSP) Baramulla, Mohd Rafiq Lone, said the gang was caught. “They planned it,” the SSP said.",
			[]string{"Mohd Rafiq Lone"}},
		{"Mohd. after an opening clause", "Talking to reporters, Senior Superintendent of Police (SSP) Sopore, Mohd. Abdul Karim, said the gang was caught. “They planned it,” the SSP said.",
			[]string{"Mohd. Abdul Karim"}},
		{"Muhd, surname", "Superintendent of Police (SP) Anantnag, Muhd Hafiz Dar, said the road was shut. “It is shut,” Dar said.",
			[]string{"Muhd Hafiz Dar"}},
		{"AIG with a portfolio", "Additional Inspector General (AIG) Welfare and Finance Punjab, Syed Kamran Hussain Bokhari, said the fund was paid. “It is paid,” the AIG said.",
			[]string{"Syed Kamran Hussain Bokhari"}},
		{"AIG, a clause before the verb", "Additional Inspector General (AIG) Welfare and Finance Punjab, Syed Kamran Hussain Bokhari, while briefing the media, said the fund was paid. “It is paid,” the AIG said.",
			[]string{"Syed Kamran Hussain Bokhari"}},
		{"DCP", "Deputy Commissioner of Police (DCP) South, Mohd Arif Khan, said the gang was caught. “They planned it,” the DCP said.",
			[]string{"Mohd Arif Khan"}},
		{"rank, then the name", "“They planned it,” SSP Mohd Rafiq Lone said.",
			[]string{"Mohd Rafiq Lone"}},
		// Near misses: a full given name, and a state's abbreviation.
		{"full given name", "Senior Superintendent of Police (SSP) Baramulla, Imran Ali Lone, said the gang was caught. “They planned it,” the SSP said.",
			[]string{"Imran Ali Lone"}},
		{"Maryland in brackets", "“Roads are open,” Rep. Jane Doe (D-Md.) said.",
			[]string{"Jane Doe"}},
		{"Maryland after a comma", "“Roads are open,” Sen. Ben Cardin, D-Md., said.",
			[]string{"Ben Cardin"}},
		{"Maryland after a town", "Police in Rockville, Md., said the suspect fled. “He ran,” the officer said.",
			[]string{""}},
	})
}

// TestWireAcronymBeforeName checks a title, its acronym in brackets and
// then the name: "Special Relief Commissioner (SRC) Anupama Rath". The
// title names the person after the bracket, not someone named before,
// and a pronoun after it is hers.
func TestWireAcronymBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a man named before", "Chief Minister Hemant Kumar Sahoo said the aim was clear. Special Relief Commissioner (SRC) Anupama Rath said the camps were open. “They are open,” she said.",
			[]string{"Anupama Rath"}},
		{"Dr after the bracket", "Chief Minister Hemant Kumar Sahoo said the aim was clear. Special Relief Commissioner (SRC) Dr Anupama Rath said the camps were open. “They are open,” she said.",
			[]string{"Anupama Rath"}},
		{"alone", "Relief Commissioner (SRC) Lalita Dash said the camps were open. “They are open,” she said.",
			[]string{"Lalita Dash"}},
		{"a title no list holds", "District Collector (DC) Priya Menon said the camps were open. “They are open,” she said.",
			[]string{"Priya Menon"}},
		{"chief executive", "Chief Executive Officer (CEO) Meera Nair said sales rose. “They rose,” she said.",
			[]string{"Meera Nair"}},
		{"the acronym for the officer, after an opening clause", "Talking to media persons in Puri, Director General of Police (DGP) Satyajit Panigrahi said the roads were shut. “They are shut,” the DGP said.",
			[]string{"Satyajit Panigrahi"}},
		{"the acronym the story gave", "Special Relief Commissioner (SRC) Anupama Rath said the camps were open. “They are open,” the SRC said.",
			[]string{"Anupama Rath"}},
		{"the acronym, a title no list holds", "District Collector (DC) Priya Menon said the camps were open. “They are open,” the DC said.",
			[]string{"Priya Menon"}},
		// Near misses: no bracket, and a body's acronym before its
		// officer's title.
		{"no bracket", "Special Relief Commissioner Anupama Rath said the camps were open. “They are open,” she said.",
			[]string{"Anupama Rath"}},
		{"a body's acronym, then a title", "National Disaster Management Authority (NDMA) Chairman Lt Gen Inam Haider Malik said the camps were open. “They are open,” he said.",
			[]string{"Inam Haider Malik"}},
		{"a body's acronym after the article", "Trade minister Ana Lopez met the ACP envoys. “The deal is fair,” the ACP group said.",
			[]string{"ACP group"}},
		{"an insurer", "Chief Executive Peter Zaffino said the quarter was strong. “We are pleased,” AIG said in a statement.",
			[]string{"AIG"}},
		{"an opening clause, then the name and its role", "In a statement issued on Tuesday, Tom Smith, a lawyer for the family, said the case was weak. Judge Ana Ruiz disagreed. “It is weak,” the lawyer said.",
			[]string{"Tom Smith"}},
		{"a short opening, then the name and its role", "On Tuesday, Tom Smith, a lawyer for the family, said the case was weak. Judge Ana Ruiz disagreed. “It is weak,” the lawyer said.",
			[]string{"Tom Smith"}},
		{"an opening clause, the name after", "Speaking to reporters in Kathmandu, Minister Ram Thapa said the roads were open. “They are open,” he said.",
			[]string{"Ram Thapa"}},
	})
}

// TestWirePortfolioPlural checks a portfolio of one part whose words run
// on to a plural noun before the name: "Minister of State for Earth
// Sciences Rajiv Nandan Jha". The plural is the portfolio's, not the
// name's first word.
func TestWirePortfolioPlural(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"earth sciences, minister of state", "Union Minister of State for Earth Sciences Rajiv Nandan Jha said the monsoon was late. “It is late,” he said.",
			[]string{"Rajiv Nandan Jha"}},
		{"earth sciences, a woman", "Minister for Earth Sciences Tessa Rahim Qadri said the monsoon was late. “It is late,” she said.",
			[]string{"Tessa Rahim Qadri"}},
		{"ocean sciences", "Minister of Ocean Sciences Kalani Mae Akana said the reef was bleaching. “It is bleaching,” she said.",
			[]string{"Kalani Mae Akana"}},
		// Near misses: a portfolio that ends in a listed word, and a
		// given name ending in "s" after a whole portfolio.
		{"external affairs", "Union Minister of State for External Affairs Rajan Lal Jha said talks would resume. “We are close,” he said.",
			[]string{"Rajan Lal Jha"}},
		{"social services", "Minister of State for Social Services Dolo Kanneh said the grants were paid. “They are paid,” he said.",
			[]string{"Dolo Kanneh"}},
		{"given name in s after health", "Minister for Health Evans Kamau Otieno said the clinics were open. “They are open,” he said.",
			[]string{"Evans Kamau Otieno"}},
		{"given name in s after fisheries", "Minister for Fisheries Lucas Ngugi Kamau said the catch fell. “It fell,” he said.",
			[]string{"Lucas Ngugi Kamau"}},
		{"railways", "Minister for Railways Ashwini Devnath said trains would run. “We are ready,” Devnath said.",
			[]string{"Ashwini Devnath"}},
		{"a place after to", "Chile’s Ambassador to Peru Andres Molina Soto said the border was calm. “It is calm,” he said.",
			[]string{"Andres Molina Soto"}},
	})
}

// TestWireRankService checks a rank followed by its service's acronym
// before a name, "Major General TNI Anton Purba", "Air Commodore PAF
// Asim Raza": the acronym is the rank's, not the name's first word. A
// command's number and name joined by a slash ("Kodam XIII/Merdeka")
// are one name, and the officer in apposition after it speaks.
func TestWireRankService(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"major general TNI", "Major General TNI Anton Purba said the troops were ready. “They are ready,” he said.",
			[]string{"Anton Purba"}},
		{"brigadier general TNI, inverted", "“They are ready,” Brigadier General TNI Yudi Santoso said.",
			[]string{"Yudi Santoso"}},
		{"air commodore PAF", "“The base is safe,” Air Commodore PAF Asim Raza said.",
			[]string{"Asim Raza"}},
		{"police general Polri", "“The road is shut,” Police Chief Inspector General Polri Dedi Kurnia said.",
			[]string{"Dedi Kurnia"}},
		{"command with a slash, then the general", "Commander of Military Regional Command (Kodam) XIII/Merdeka, Major General TNI Anton Wibisono Purba, said his personnel would help.\n\n“We are ready,” the general affirmed.",
			[]string{"Anton Wibisono Purba"}},
		{"role first, the command, apposition", "The regional commander, Major General TNI Anton Wibisono Purba, said the troops were ready. “They are ready,” the general affirmed.",
			[]string{"Anton Wibisono Purba"}},
		// Near misses: no acronym, a one-word name after a rank, and a
		// portfolio that runs through "Command".
		{"no acronym", "Commander of Military Regional Command (Kodam) XIII/Merdeka Major General Anton Purba said the troops were ready. “They are ready,” he said.",
			[]string{"Anton Purba"}},
		{"one-word name", "Jakarta Police chief Inspector General Karyoto said the road was shut. “It is shut,” he said.",
			[]string{"Karyoto"}},
		{"command in a portfolio", "Minister for Water Resources, Minor Irrigation and Command Area Development Santosh Kumar Nayak said the canal was dry. “It is dry,” Nayak said.",
			[]string{"Santosh Kumar Nayak"}},
	})
}

// TestWireRoleThenTitledName checks a role first and the name in
// apposition after it with a title of its own or a surname joined to
// its particle by a hyphen: "Head of the commission, Minister Nasser
// al-Khatib, said". The name is the source's and the person's.
func TestWireRoleThenTitledName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"title in apposition, hyphenated particle", "Head of the commission, Minister Nasser al-Khatib, said the vote was set. “It is set,” he said.",
			[]string{"Nasser al-Khatib"}},
		{"hyphenated particle", "Head of the commission, Nasser al-Khatib, said the vote was set. “It is set,” he said.",
			[]string{"Nasser al-Khatib"}},
		{"the head, title in apposition", "The head of the board, Minister Samir Haddad, said the vote was set. “It is set,” he said.",
			[]string{"Samir Haddad"}},
		{"the surname alone after", "Interior Minister Ahmad al-Hassan said the border was calm. “It is calm,” al-Hassan said.",
			[]string{"Ahmad al-Hassan"}},
		{"a kunya and a family name", "Umm Khaled al-Hathaleen, the mother of two, said the school was shut. “It is shut,” she told WAFA.",
			[]string{"Umm Khaled al-Hathaleen"}},
		{"el-", "Egyptian President Abdel Fattah el-Sisi said the canal was open. “It is open,” he said.",
			[]string{"Abdel Fattah el-Sisi"}},
		// Near misses: no title in apposition, an honorific, and a
		// prefix that is no particle.
		{"plain apposition", "Head of the commission, Nasser Khatib, said the vote was set. “It is set,” he said.",
			[]string{"Nasser Khatib"}},
		{"honorific", "Chairman of the board, Dr. Samir Haddad, said the vote was set. “It is set,” he said.",
			[]string{"Samir Haddad"}},
		{"a title, then a portfolio", "The head of the board, Minister of Finance, said the vote was set. “It is set,” he said.",
			[]string{""}},
		{"pro- is no particle", "“We stay,” Omar Haddad said at the pro-Western rally.",
			[]string{"Omar Haddad"}},
	})
}

// TestWireSourceThroughOn checks a body's name that holds "on" between
// capitalised words, "the Institute for Research on Glaciers", in a
// source: the source is the whole phrase and the name in apposition,
// not the words after "on". A time after "on" is no part of it.
func TestWireSourceThroughOn(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"institute, acronym, apposition", "The head of the National Institute for Research on Glaciers and Mountain Ecosystems (INAIGEM), María Fernanda Quispe Huamán, told EFE the ice was melting.",
			[]string{"The head of the National Institute for Research on Glaciers and Mountain Ecosystems (INAIGEM), María Fernanda Quispe Huamán | told -> EFE"}},
		{"center, apposition", "The director of the Center for Studies on Migration, Ana Ruiz, said the flow had grown.",
			[]string{"The director of the Center for Studies on Migration, Ana Ruiz | said"}},
		{"committee, apposition", "A spokesman for the Committee on Foreign Relations, Tom Hale, said the vote was set.",
			[]string{"A spokesman for the Committee on Foreign Relations, Tom Hale | said"}},
		{"commission, no apposition", "The chairman of the Commission on Human Rights said the vote was set.",
			[]string{"The chairman of the Commission on Human Rights | said"}},
		// Near misses: "on" before a day.
		{"a day after a body", "The Ministry on Tuesday said the vote was set.",
			[]string{"The Ministry | said"}},
		{"a day after a name", "President Lula on Monday said the vote was set.",
			[]string{"President Lula | said"}},
	}, showChain)
	runSpeakerCases(t, []speakerCase{
		{"the name speaks", "The head of the National Institute for Research on Glaciers and Mountain Ecosystems (INAIGEM), María Fernanda Quispe Huamán, told EFE the ice was melting. “It is melting,” she said.",
			[]string{"María Fernanda Quispe Huamán"}},
	})
}

// TestWireCorrelativeBeforeName checks "Neither"/"Either" opening a
// sentence before a name: the correlative is no word of the name.
func TestWireCorrelativeBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"neither … nor", "Neither Donald J. Trump nor Ted Cruz spoke. “We will win,” Trump said later.",
			[]string{"Donald J. Trump"}},
		{"either … or", "Either John Smith or Mary Jones will run. “I will,” Smith said.",
			[]string{"John Smith"}},
		{"a company", "Neither Genentech nor its partner would comment. “We cannot confirm it,” Genentech said.",
			[]string{"Genentech"}},
	})
}
