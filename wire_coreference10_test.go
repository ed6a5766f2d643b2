package wirestory

import "testing"

// TestWireRoleHolderNotPlace checks "the governor said" after a person
// named with a role that holds a place or a body ("X, Governor of the
// Eastern Province,"; "Director General of Police (DGP) X"; "Commander
// of Military Regional Command … , X,"): the place or body in the role
// phrase, or in an opening clause, is never the holder of the role noun;
// the person whose title holds it is.
func TestWireRoleHolderNotPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"SPA governor of", "Ahmed bin Saleh Al-Harbi, Governor of the Eastern Province, said the plant would open soon.\n\n\"The plant serves the region,\" the governor said.",
			[]string{"Ahmed bin Saleh Al-Harbi"}},
		{"SPA deputy governor", "His Royal Highness Prince Mansour bin Khalid bin Talal, Deputy Governor of the Eastern Province, inaugurated today the third phase of the Ras Al-Khair Water Production Plant.\n\nHRH the Deputy Governor said the project \"reflects the care of the leadership.\"\n\nHe added that water \"is a priority.\"",
			[]string{"Mansour bin Khalid bin Talal", "Mansour bin Khalid bin Talal"}},
		{"SPA chairman of an authority", "Khalid bin Saad Al-Otaibi, Chairman of the Capital Markets Authority, said trading would resume.\n\n\"The market is sound,\" the chairman said.",
			[]string{"Khalid bin Saad Al-Otaibi"}},
		{"KUNA director of a body", "Fahad Al-Mutairi, Director General of the Public Authority for Housing, said the units were ready.\n\n\"We will deliver on time,\" the director general told KUNA.",
			[]string{"Fahad Al-Mutairi"}},
		{"Antara commander of a command", "Commander of Military Regional Command (Kodam) XIII/Merdeka, Major General Anton Wibisono Purba, said the troops were ready.\n\n\"We will guard the site,\" the general affirmed.",
			[]string{"Anton Wibisono Purba"}},
		{"PTI DGP in a place", "Talking to media persons in Puri, Director General of Police (DGP) Satyajit Panigrahi said the beaches were closed.\n\n\"No one will be allowed near the sea,\" the DGP said.",
			[]string{"Satyajit Panigrahi"}},
		{"ANI director general in a city", "Speaking to reporters in Srinagar, Director General of Police Nalin Prabhat said the roads were safe.\n\n\"We are alert,\" the director general said.",
			[]string{"Nalin Prabhat"}},
		// Near misses: a role noun that only a body holds stays unresolved
		// when no person had that role, and a person named with the role
		// after the place keeps it.
		{"another person with the role", "Faisal Al-Qahtani, Governor of the Eastern Province, met Mayor Omar Saleh.\n\n\"The city will grow,\" the mayor said.",
			[]string{"Omar Saleh"}},
	})
}

// TestWireRoleNounOnce checks a role noun the story uses once, for the
// person who spoke just before ("the former Flamengo boss said" after a
// paragraph naming the coach; "the scientist stressed" after "Quispe,
// for her part, said"): a name inside the role's own phrase is what the
// role is of, not who holds it, and a name of two words that has spoken
// is a person's even when no title or known given name says so. A role
// of those who speak for or about others ("the spokesman", "the
// analyst") stays someone else, and a role of the other gender finds
// nobody.
func TestWireRoleNounOnce(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"AFP former club boss", "Renato Albuquerque, 51, who replaced the sacked Laurent Maréchal last week, told a news conference that he had \"no time for excuses\".\n\n\"They press high and leave spaces,\" the former Flamengo boss said.",
			[]string{"Renato Albuquerque", "Renato Albuquerque"}},
		{"coach, then the club's manager", "Coach Dario Montefusco said his side was ready.\n\n\"We will use those spaces,\" the former Torino manager said.",
			[]string{"Dario Montefusco"}},
		{"EFE scientist", "The head of the National Institute for Research on Glaciers, María Fernanda Quispe Huamán, told EFE that the lake had risen.\n\nQuispe, for her part, said the institute had installed two new sensors.\n\n\"The information exists,\" the scientist stressed.",
			[]string{"María Fernanda Quispe Huamán"}},
		{"researcher", "Tomasz Wierzbicki, director of the Baltic Marine Station, said the water was warming.\n\n\"We see it every summer,\" the researcher said.",
			[]string{"Tomasz Wierzbicki"}},
		// Near misses.
		{"spokesman after a chief", "Fire chief Luis Ortega said the fire was contained.\n\n\"Crews will stay overnight,\" the spokesman said.",
			[]string{""}},
		{"analyst after a chief executive", "Chief executive Anita Rao said sales rose.\n\n\"The quarter was strong,\" the analyst said.",
			[]string{""}},
		{"chairwoman after a man", "Renato Albuquerque, 51, told a news conference that he had \"no time for excuses\".\n\n\"We will win,\" the chairwoman said.",
			[]string{"Renato Albuquerque", ""}},
	})
}
