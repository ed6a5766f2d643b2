package wirestory

import "testing"

// The tests of this file check names and titles of round 13's blind
// wire stories: a people-word opening a sentence before a name, ranks
// with a retired mark, a legislator's constituency after "from", and a
// portfolio with "and" in it before a long name.

// TestWirePeopleWordBeforeName checks an occupation or a word for people
// by situation opening a sentence before a name ("Passenger X, a
// teacher, described …", "Grower X, who farms apricots, …"): a role, left
// out of the name as "Teacher X" is, and "the passenger" after is the
// same person.
func TestWirePeopleWordBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"grower, relative clause", "Grower Hector Almanza, who farms apricots, was there. “It was dry,” he said.",
			[]string{"Hector Almanza"}},
		{"passenger, apposition", "Passenger Marvin Etok, a teacher, described the crash. “It was loud,” he said.",
			[]string{"Marvin Etok"}},
		{"shopkeeper, cue after", "Shopkeeper Lina Farouk said prices were “too high.”",
			[]string{"Lina Farouk"}},
		{"commuter, inverted", "“The trains are late again,” said commuter Ruth Abernathy-Sloane.",
			[]string{"Ruth Abernathy-Sloane"}},
		{"survivor, the role later", "Survivor Ama Boateng said the water rose fast. Mayor Tom Grace disagreed. “We had no warning,” the survivor said.",
			[]string{"Ama Boateng"}},
		{"fisherman, adjective before", "Veteran fisherman Tomasi Vakaloa said the catch was “half of last year.” “We are worried,” he said.",
			[]string{"Tomasi Vakaloa", "Tomasi Vakaloa"}},
		{"motorist", "Motorist Deepa Raghunathan said the road was “a river.”",
			[]string{"Deepa Raghunathan"}},
		{"vendor, she after", "Vendor Rosa Itzel Quispe said sales had halved. “Nobody comes,” she said.",
			[]string{"Rosa Itzel Quispe"}},
		{"rancher", "Rancher Wade Cullen Harmsworth said the grass was “gone.”",
			[]string{"Wade Cullen Harmsworth"}},
		{"homeowner", "Homeowner Priya Nandakumar said the insurer had “stopped answering.”",
			[]string{"Priya Nandakumar"}},
		{"evacuee", "Evacuee Jonas Berglund said the shelter was “full but kind.”",
			[]string{"Jonas Berglund"}},
		// Near misses: a listed role, no people-word, and surnames that are
		// also trades.
		{"teacher", "Teacher Lina Farouk said prices were “too high.”",
			[]string{"Lina Farouk"}},
		{"no people-word", "Hector Almanza, who farms apricots, was there. “It was dry,” he said.",
			[]string{"Hector Almanza"}},
		{"surname Baker", "Marta Baker said prices were “too high.”",
			[]string{"Marta Baker"}},
		{"surname Porter opening", "Porter Wilkins said the hall was “full.”",
			[]string{"Porter Wilkins"}},
		{"a body opened by a plural people-word", "The Tenants Union said the rents were “too high.”",
			[]string{"Tenants Union"}},
		{"a body's title before a name", "Growers Association president Mary Poe said the crop was “poor.”",
			[]string{"Mary Poe"}},
	})
}

// TestWireRankWithRetiredMark checks a rank before a name ("Brigadier
// X said") and a retired mark in brackets after it ("Major General
// (Retd) Dr X", "(Ret.)", "(R)"): the rank and the mark are the title's,
// and the name after them is the holder's, who is "he" after.
func TestWireRankWithRetiredMark(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"brigadier", "Brigadier Mishal Nasser Al-Azmi said the coast was “calm.”",
			[]string{"Mishal Nasser Al-Azmi"}},
		{"brigadier, the rank later", "Brigadier Mishal Nasser Al-Azmi said the coast was calm. Minister Fahad Al-Otaibi agreed. “We are ready,” the brigadier said.",
			[]string{"Mishal Nasser Al-Azmi"}},
		{"retd after two titles, he after", "Minister Arsalan Khan Jadoon opened the lab.\n\nExecutive Director Major General (Retd) Dr Amjad Mehmood Sial said the lab was ready.\n\n“We are ready,” he said.",
			[]string{"Amjad Mehmood Sial"}},
		{"retd with a period", "Major General (Retd.) Dr Amjad Mehmood Sial said the lab was “ready.”",
			[]string{"Amjad Mehmood Sial"}},
		{"ret, professor", "Vice Admiral (Ret.) Prof. Agus Salim Nasution said the port was “safe.”",
			[]string{"Agus Salim Nasution"}},
		{"r after a colonel", "Colonel (R) Dr Nadia Rehman Qureshi said the camp was “full.” “We need tents,” she said.",
			[]string{"Nadia Rehman Qureshi", "Nadia Rehman Qureshi"}},
		{"brigadier, retd, inverted", "“The camp is full,” said Brigadier (Retd) Dr Tariq Saeed Malik.",
			[]string{"Tariq Saeed Malik"}},
		// Near misses: no mark, a party mark after a name, a bracket
		// after a body.
		{"no mark", "Minister Arsalan Khan Jadoon opened the lab.\n\nExecutive Director Major General Dr Amjad Mehmood Sial said the lab was ready.\n\n“We are ready,” he said.",
			[]string{"Amjad Mehmood Sial"}},
		{"party after a name", "Sen. Jane Dole (R) said the bill was “dead.”",
			[]string{"Jane Dole"}},
		{"acronym after a title", "Chairman (APTMA) Kamran Arshad Chaudhry said tariffs were “too high.”",
			[]string{"Kamran Arshad Chaudhry"}},
	})
}

// TestWireLegislatorFromSeat checks a legislator's title with the seat
// after "from" before the name ("BJP MLA from Kothrud X said"): the seat
// is the title's, as in "Kothrud MLA X", and the name after it is the
// member's.
func TestWireLegislatorFromSeat(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"mla from", "BJP MLA from Kothrud Ravi Kumar Joshi said the road was “a disgrace.”",
			[]string{"Ravi Kumar Joshi"}},
		{"initials, he after", "BJP MLA from Jayanagar C.K. Ramamurthy Shetty said the road was bad. “It is a disgrace,” he said.",
			[]string{"C.K. Ramamurthy Shetty"}},
		{"mp from, she after", "Congress MP from Wayanad Anita Rose Thomas said the road was bad. “It is a disgrace,” she said.",
			[]string{"Anita Rose Thomas"}},
		{"inverted, two words", "“The road is a disgrace,” said BJP MLA from Kothrud Ravi Joshi.",
			[]string{"Ravi Joshi"}},
		{"mna from, the surname later", "PTI MNA from Mardan Ali Muhammad Khan Yousafzai opened the school. “Every child must read,” Yousafzai said.",
			[]string{"Ali Muhammad Khan Yousafzai"}},
		// Near misses: the seat before the title, the seat in apposition,
		// and no name after the seat.
		{"seat before the title", "Kothrud MLA Ravi Kumar Joshi said the road was “a disgrace.”",
			[]string{"Ravi Kumar Joshi"}},
		{"seat in apposition", "Ravi Kumar Joshi, the BJP MLA from Kothrud, said the road was “a disgrace.”",
			[]string{"Ravi Kumar Joshi"}},
		{"no name after the seat", "Ravi Kumar Joshi opened the road. A BJP MLA from Kothrud said it was “a disgrace.”",
			[]string{""}},
	})
}

// TestWirePortfolioWithAndBeforeLongName checks a portfolio of two parts
// joined by "and" before a name of three or four words ("Minister for
// Primary and Secondary Healthcare Rana Tahir Iqbal Sindhu"): the words
// of portfolios after "and" are the title's, and the name is whole, so
// that the surname after is the same person.
func TestWirePortfolioWithAndBeforeLongName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"healthcare, the surname after", "Punjab Minister for Primary and Secondary Healthcare Rana Tahir Iqbal Sindhu said the drive was “on track.” “We will finish,” Sindhu said.",
			[]string{"Rana Tahir Iqbal Sindhu", "Rana Tahir Iqbal Sindhu"}},
		{"three words", "Minister for Primary and Secondary Healthcare Tahir Iqbal Sindhu said the drive was “on track.”",
			[]string{"Tahir Iqbal Sindhu"}},
		{"ocean policy", "“The fleet is safe,” said Minister for Fisheries and Ocean Policy Tore Magnus Lund Haugen.",
			[]string{"Tore Magnus Lund Haugen"}},
		// "Mian", a Pakistani honorific, is left out of the name as
		// "Sardar" is (see resolve-honorifics.txt).
		{"school education, he after", "Minister for Literacy and School Education Mian Imran Masood Sheikh opened the school. “Every child must read,” he said.",
			[]string{"Imran Masood Sheikh"}},
		// Near misses: a portfolio of one part, and a name of two words.
		{"one part", "Punjab Minister for Healthcare Rana Tahir Iqbal Sindhu said the drive was “on track.” “We will finish,” Sindhu said.",
			[]string{"Rana Tahir Iqbal Sindhu", "Rana Tahir Iqbal Sindhu"}},
		{"two words", "Minister for Primary and Secondary Healthcare Iqbal Sindhu said the drive was “on track.”",
			[]string{"Iqbal Sindhu"}},
		{"two words, ocean policy", "Minister for Fisheries and Ocean Policy Kari Lund said the fleet was “safe.”",
			[]string{"Kari Lund"}},
	})
}
