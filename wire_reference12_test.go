package wirestory

import "testing"

// TestWirePronounNotAPlatform checks that "he" or "she" never stands for
// a platform or a place ("in a post on X", "at Port Klang and Pasir
// Gudang"): the person before wins, even when the gender of the name is
// not known.
func TestWirePronounNotAPlatform(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a compound given name, X", "State Sugarcane Development Minister Lakshmi Narayan Chaudhary said in a post on X that the government stood with the farmers. “Every paisa will be paid,” he wrote.",
			[]string{"Lakshmi Narayan Chaudhary"}},
		{"a compound given name, Facebook", "Minister Uma Shankar Verma said in a post on Facebook that the canal would open. “Water will reach every field,” he wrote.",
			[]string{"Uma Shankar Verma"}},
		{"a compound given name of unknown parts", "Minister Gauri Shankar Yadav said in a post on X that mills would pay. “Every paisa will be paid,” he wrote.",
			[]string{"Gauri Shankar Yadav"}},
		{"a Malay woman's name, two places", "FAMA chairman Datuk Rosnah Abdul Hamid said the agency would upgrade cold rooms at Port Klang and Pasir Gudang. “Our exporters can hold stock longer,” she said.",
			[]string{"Rosnah Abdul Hamid"}},
		{"another Malay woman's name", "Deputy minister Noraini Ismail said the board would open depots in Kuantan and Kemaman. “Farmers will sell nearer home,” she said.",
			[]string{"Noraini Ismail"}},
		{"a name of unknown gender before a place", "Director Datuk Rosli Zainal said stalls would open in Johor Bahru. “We are ready,” she said.",
			[]string{"Rosli Zainal"}},
		{"a name of unknown gender before a platform", "Councillor Tembe Okiro said in a post on Instagram that roads would be fixed. “Work starts Monday,” he wrote.",
			[]string{"Tembe Okiro"}},
		// Near misses: a woman's name keeps "he" from her; a known man
		// keeps his name; a named man before the woman still wins "he".
		{"a woman, then he", "Minister Rahul Sharma met Deputy Minister Siti Rosnah Ahmad at Pasir Gudang. “We agreed,” he said.",
			[]string{"Rahul Sharma"}},
		{"a man's name in the usual order", "Minister Rahul Sharma said in a post on X that mills would pay. “Every paisa will be paid,” he wrote.",
			[]string{"Rahul Sharma"}},
		{"a name after another preposition", "Police arrested Tembe Okiro on Monday. “I am innocent,” he said.",
			[]string{"Tembe Okiro"}},
		{"only a platform before", "Minister Lakshmi Devi said in a post on X that mills would pay. “Every paisa will be paid,” he wrote.",
			[]string{""}},
		{"a Spanish compound stays a woman's", "Senator María José Rivas said in a post on X that the bill would pass. “We have the votes,” she wrote.",
			[]string{"María José Rivas"}},
	})
}

// TestWireLeadRoleNamedLater checks a role the lead gives with a
// portfolio, a place or an organisation ("the transport secretary", "A
// federal judge in Texas", "the union's leader"), named later by a title
// or an apposition of the same role: the quotation is the named person's.
func TestWireLeadRoleNamedLater(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a portfolio, named next", "Drivers struck on Monday as the transport secretary insisted there was “no turning back”.\n\nTransport Secretary Gerardo Maglalang told a news conference the deadline stood.",
			[]string{"Gerardo Maglalang"}},
		{"a portfolio, a longer title", "Drivers struck on Monday as the transport secretary insisted there was “no turning back”.\n\nTransportation Secretary Gerardo Maglalang told a news conference the deadline stood.",
			[]string{"Gerardo Maglalang"}},
		{"a portfolio, an apposition", "“There is no turning back,” the finance minister told parliament.\n\nThe finance minister, Dora Kwei, said the budget would pass.",
			[]string{"Dora Kwei"}},
		{"a place", "A federal judge in Texas on Friday blocked the rule, calling it “arbitrary.”\n\nU.S. District Judge Harlan T. Whitcomb granted a nationwide injunction.",
			[]string{"Harlan T. Whitcomb"}},
		{"a qualifier, named next", "“Recovery certificates will be issued,” the district magistrate told reporters.\n\nDistrict Magistrate Anurag Vashisht said a team had been sent.",
			[]string{"Anurag Vashisht"}},
		{"a portfolio, named a few sentences later", "“There is no turning back,” the finance minister told parliament.\n\nOpposition leader Dora Kwei said the budget would fail. Finance Minister Ato Mensah later defended it.",
			[]string{"Ato Mensah"}},
		// Near misses: another portfolio, another role.
		{"another portfolio", "Drivers struck on Monday as the transport secretary insisted there was “no turning back”.\n\nHealth Secretary Gerardo Maglalang told a news conference the clinics were open.",
			[]string{""}},
		{"another role", "A federal judge in Texas on Friday blocked the rule, calling it “arbitrary.”\n\nU.S. Senator Harlan T. Whitcomb welcomed the ruling.",
			[]string{""}},
	})
}

// TestWireRoleOfANation checks a role noun with a nationality ("The
// Russian deputy foreign minister", "Russia's deputy foreign minister")
// after two holders of the same post from two countries: it is the one of
// that nation, not the nearer one.
func TestWireRoleOfANation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a demonym", "Russian Deputy Foreign Minister Sergei Voronkov told TASS the talks went well. Kazakhstan's Deputy Foreign Minister Daniyar Kussainov said the pipeline was ready. The Russian deputy foreign minister also noted the risks. “We are ready,” he said.",
			[]string{"Sergei Voronkov"}},
		{"a possessive country", "Russian Deputy Foreign Minister Sergei Voronkov told TASS the talks went well. Kazakhstan's Deputy Foreign Minister Daniyar Kussainov said the pipeline was ready. “We are ready,” Russia's deputy foreign minister said.",
			[]string{"Sergei Voronkov"}},
		{"the other way round", "Kazakh Deputy Foreign Minister Daniyar Kussainov said the pipeline was ready. Russian Deputy Foreign Minister Sergei Voronkov told TASS the talks went well. “We are ready,” the Kazakh deputy foreign minister said.",
			[]string{"Daniyar Kussainov"}},
		{"a bare role", "French Foreign Minister Anne Berger met German Foreign Minister Jonas Vogt. “We agreed,” the French minister said.",
			[]string{"Anne Berger"}},
		// Near miss: no nationality, the nearer holder.
		{"no nationality", "Russian Deputy Foreign Minister Sergei Voronkov told TASS the talks went well. Kazakhstan's Deputy Foreign Minister Daniyar Kussainov said the pipeline was ready. “We are ready,” the deputy foreign minister said.",
			[]string{"Daniyar Kussainov"}},
	})
}

// TestWireRoleOfARelativeClause checks a role given by a relative clause
// ("X, who heads the branch,"): a later role noun of that group ("the
// union chief") is X.
func TestWireRoleOfARelativeClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"heads", "“Safety cannot be run by a skeleton crew,” Kim Hye-ran, who heads the branch, told a news conference.\n\nThe union chief dismissed the plan as “a recipe for accidents.”",
			[]string{"Kim Hye-ran", "Kim Hye-ran"}},
		{"leads", "Ana Ruiz, who leads the dockers' union, told reporters the strike would go on. “We will not back down,” the union chief said.",
			[]string{"Ana Ruiz"}},
		{"manages", "Dan Kerr, who manages the plant, said output fell. “We lost a week,” the manager said.",
			[]string{"Dan Kerr"}},
		{"another chief between", "“Safety cannot be run by a skeleton crew,” Kim Hye-ran, who heads the branch, told a news conference.\n\nSeoul Metro CEO Baek Sung-chul said the offer stood. “The door is open,” Baek said.\n\nThe union chief dismissed the plan as “a recipe for accidents.”",
			[]string{"Kim Hye-ran", "Baek Sung-chul", "Kim Hye-ran"}},
		// Near miss: a relative clause of another verb gives no role; the
		// manager is someone else.
		{"another verb", "Dan Kerr, who joined the plant last year, said output fell. Plant manager Lee Moss said the line stopped. “We lost a week,” the manager said.",
			[]string{"Lee Moss"}},
	})
}

// TestWireKunyaWithKinship checks a kunya ("Umm Khaled", "Abu Samir") in
// apposition with a kinship noun ("his wife", "her husband"): the
// pronoun after it is that person, not the one named before.
func TestWireKunyaWithKinship(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"his wife", "Ismail al-Najjar, 52, stood on the rubble of his home. “Where do we go?” he said.\n\nUmm Khaled, his wife, said the family had received an order. “The bulldozers came instead,” she said.",
			[]string{"Ismail al-Najjar", "Umm Khaled"}},
		{"her husband", "Fatima Saleh, 40, stood by the tent. “We have nothing,” she said.\n\nAbu Samir, her husband, said the army had come at dawn. “They gave us ten minutes,” he said.",
			[]string{"Fatima Saleh", "Abu Samir"}},
		{"his mother", "Yousef Darwish, 19, was arrested at the checkpoint. “He did nothing,” said a neighbour.\n\nUmm Yousef, his mother, said she had not seen him since. “No one tells us anything,” she said.",
			[]string{"", "Umm Yousef"}},
		// Near misses: a full name in apposition; a neighbour.
		{"a full name", "Ismail al-Najjar, 52, stood on the rubble of his home. “Where do we go?” he said.\n\nFatima al-Najjar, his wife, said the family had received an order. “The bulldozers came instead,” she said.",
			[]string{"Ismail al-Najjar", "Fatima al-Najjar"}},
		{"who lives next door", "Ismail al-Najjar, 52, stood on the rubble of his home. “Where do we go?” he said.\n\nUmm Khaled, who lives next door, said the family had received an order. “The bulldozers came instead,” she said.",
			[]string{"Ismail al-Najjar", "Umm Khaled"}},
	})
}

// TestWireTwoTitledNamesInALead checks two people named with titles and
// honorifics in one lead, joined by "and": a later "Eng. X" or "Dr. Y"
// is the full name, and "the minister" after one of them is that one.
func TestWireTwoTitledNamesInALead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a portfolio of several parts", "Minister of Environment, Water and Agriculture Eng. Turki bin Mohammed Al-Harbi and Jordanian Minister of Agriculture Dr. Khaled Suleiman Al-Momani signed a memorandum today.\n\nEng. Al-Harbi said the memorandum provides for the exchange of expertise. “Our experience is now available to our brothers,” he said.",
			[]string{"Turki bin Mohammed Al-Harbi"}},
		{"a portfolio of one part", "Minister of Health Dr. Salem bin Ahmed Al-Qahtani and Omani Minister of Health Dr. Hilal Saif Al-Sabti signed an agreement today.\n\nDr. Al-Qahtani said the agreement covers vaccines. “It is a step forward,” he said.",
			[]string{"Salem bin Ahmed Al-Qahtani"}},
		{"the minister after one of them", "Minister of Environment, Water and Agriculture Eng. Turki bin Mohammed Al-Harbi and Jordanian Minister of Agriculture Dr. Khaled Suleiman Al-Momani signed a memorandum today.\n\n“Jordan lost palms,” Dr. Al-Momani said.\n\nEng. Al-Harbi stressed that the program would expand. “We will share our traps,” the minister added.",
			[]string{"Khaled Suleiman Al-Momani", "Turki bin Mohammed Al-Harbi"}},
		// Near misses: two titles or two portfolio parts of one holder.
		{"two titles of one holder", "Minister of Foreign Affairs and Minister of State for Defence Ali Khan Marwat said the talks went well. “We are close,” he said.",
			[]string{"Ali Khan Marwat"}},
		{"a portfolio of two parts", "Minister of Fisheries and Ocean Policy Kari Lund said stocks were low. “We must act,” she said.",
			[]string{"Kari Lund"}},
		{"no honorifics", "Minister of Health Salem Al-Qahtani and Omani Minister of Health Hilal Al-Sabti signed an agreement today.\n\nAl-Qahtani said the agreement covers vaccines. “It is a step forward,” he said.",
			[]string{"Salem Al-Qahtani"}},
	})
}

// TestWireBodyHeadNamedNext checks a lead's "the union's leader" named
// in the next sentence as the same body's head by another word ("The
// union's president, X,").
func TestWireBodyHeadNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"leader, president", "Talks broke down on Tuesday, raising the prospect of a strike that the union's leader said could start “within days.”\n\nThe union's president, Héctor Valdivia Rojas, told reporters the offer was an insult.",
			[]string{"Héctor Valdivia Rojas"}},
		{"head, chairman", "“We will not sign,” the federation's head told reporters on Monday.\n\nThe federation's chairman, Tomas Reyes, said talks would resume.",
			[]string{"Tomas Reyes"}},
		// Near misses: another body's head, or another role.
		{"another body", "“We will not sign,” the federation's head told reporters on Monday.\n\nThe company's president, Tomas Reyes, said talks would resume.",
			[]string{""}},
		{"another role", "“We will not sign,” the federation's head told reporters on Monday.\n\nThe federation's lawyer, Tomas Reyes, said talks would resume.",
			[]string{""}},
	})
}
