package wirestory

import "testing"

// TestWireHeadlineNameHead checks a headline that names someone by the
// head of the full name the lead gives ("Hazza bin Saeed receives …"
// before "Sheikh Hazza bin Saeed Al Nahyan"): the full name is the
// same person, so a later short form and "he" stand for it.
func TestWireHeadlineNameHead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"WAM bin", "Hazza bin Saeed receives Kenyan minister\n\nABU DHABI, 5th December, 2026 (WAM) -- H.H. Sheikh Hazza bin Saeed Al Nahyan, Minister of State, received the Kenyan minister.\n\nSheikh Hazza affirmed that the UAE \"is keen to build partnerships.\"\n\nHe underlined that the agreement \"has laid solid foundations.\"",
			[]string{"Hazza bin Saeed Al Nahyan", "Hazza bin Saeed Al Nahyan"}},
		{"SPA bin, quoted by surname", "Faisal bin Khalid meets Omani envoy\n\nRIYADH, December 5, 2026, SPA -- Prince Faisal bin Khalid Al Saud, Governor of the Northern Borders Region, received the Omani ambassador on Saturday.\n\n\"Our ties are deep,\" Prince Faisal said.",
			[]string{"Faisal bin Khalid Al Saud"}},
		{"KUNA two words", "Sabah Khaled praises ties with Japan\n\nKUWAIT, Dec 5 (KUNA) -- Prime Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah praised the ties with Japan on Saturday.\n\n\"Japan is a friend,\" he said.",
			[]string{"Sabah Khaled Al-Hamad Al-Sabah"}},
		// Near misses: a name in the body not begun by the headline's
		// stays another person, and a headline name the body repeats
		// whole stays as it is.
		{"another person", "Hazza bin Saeed receives Kenyan minister\n\nABU DHABI, 5th December, 2026 (WAM) -- H.H. Sheikh Mansour bin Zayed Al Nahyan received the Kenyan minister.\n\n\"We are partners,\" Sheikh Mansour said.",
			[]string{"Mansour bin Zayed Al Nahyan"}},
		{"the same name whole", "Ines Harlander wins runoff\n\nKASSEL, Dec 5 (dpa) -- Ines Harlander won the runoff on Sunday.\n\n\"I am happy,\" Harlander said.",
			[]string{"Ines Harlander"}},
	})
}

// TestWireAgeEpithetAfterParty checks "the 47-year-old" for a person
// the story gives the age with an appositive or a predicate ("The
// 47-year-old, a former social worker, …"), past a party or group
// word before a role ("Greens co-leader X"), which is no person.
func TestWireAgeEpithetAfterParty(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"dpa runoff", "Henrike Baumgart won the runoff in Kassel on Sunday. The 47-year-old, a former social worker, will lead the city. Greens co-leader Ines Harlander congratulated her. \"This is a day for the city,\" the 47-year-old said.",
			[]string{"Henrike Baumgart"}},
		{"a predicate", "Tomas Lindqvist was elected mayor on Sunday. The 52-year-old is a former teacher. Social Democrat leader Anna Berg congratulated him. \"I will work hard,\" the 52-year-old said.",
			[]string{"Tomas Lindqvist"}},
		{"party chair", "Marta Kowalczyk won the seat. The 38-year-old, a lawyer, beat two rivals. Labour chair Dave Price praised her. \"It was close,\" the 38-year-old told reporters.",
			[]string{"Marta Kowalczyk"}},
		// Near miss: the age given with the other person stays his.
		{"age with the other", "Henrike Baumgart won the runoff. Greens co-leader Ines Harlander, 47, congratulated her. \"It is a good day,\" the 47-year-old said.",
			[]string{"Ines Harlander"}},
	})
}

// TestWireRoleNamedAfter checks a role that speaks before the story
// names it: "“…,” the prosecutor told reporters. The prosecutor, Elena
// Marchi, said …" — the role named in the next sentence is the one
// that spoke.
func TestWireRoleNamedAfter(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"prosecutor", "\"We found nothing,\" the prosecutor told reporters. The prosecutor, Elena Marchi, said the search would go on.",
			[]string{"Elena Marchi"}},
		{"judge", "\"The case is closed,\" the judge said on Monday. The judge, Peter Haldane, ordered more tests.",
			[]string{"Peter Haldane"}},
		{"spokesman", "\"Talks will resume,\" a spokesman said. The spokesman, Amir Tal, gave no date.",
			[]string{"Amir Tal"}},
		// Near misses: another role named next, and a name before.
		{"another role", "\"We found nothing,\" the prosecutor told reporters. The judge, Elena Marchi, said the search would go on.",
			[]string{""}},
		{"named before", "Prosecutor Anna Dale spoke first. \"We found nothing,\" the prosecutor told reporters. The mayor, Elena Marchi, said the search would go on.",
			[]string{"Anna Dale"}},
	})
}

// TestWireRoleNotQuotedPlace checks a role that resolves past the words
// of its own quotation: places are never persons.
func TestWireRoleNotQuotedPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"minister of state", "Later, the Kenyan minister met H.E. Abdulrahman bin Saleh Al Shamsi, Minister of State for Foreign Trade, who said talks were advanced.\n\n\"Kenya is big in East Africa,\" the minister of state noted.",
			[]string{"Abdulrahman bin Saleh Al Shamsi"}},
		{"the minister", "Trade Minister Omar Haddad met his Kenyan counterpart on Monday.\n\n\"Trade with West Africa will grow,\" the minister said.",
			[]string{"Omar Haddad"}},
	})
}

// TestWireFrontedTopic checks "On the South Caucasus, he said": a
// fronted topic phrase is no person, so the pronoun looks past it.
func TestWireFrontedTopic(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"On the South Caucasus", "Spokesman Mahmoud Rezaei said talks went well. On the South Caucasus, he underlined that Iran \"opposes any change of borders.\"",
			[]string{"Mahmoud Rezaei"}},
		{"On the Western Sahara", "Foreign Minister Nasser Bourita met reporters. On the Western Sahara, he said Morocco \"will not negotiate its sovereignty.\"",
			[]string{"Nasser Bourita"}},
		{"On Gaza", "Spokeswoman Lena Kraft met reporters. On Gaza, she said \"aid must flow.\"",
			[]string{"Lena Kraft"}},
	})
}

// TestWireLawmakerMember checks that a member of a legislature or of one
// of its committees is "the lawmaker" later.
func TestWireLawmakerMember(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"committee of the Majlis", "A member of the Majlis National Security Committee, Mahdi Zarandi-Fard, told ICANA the talks were useful. \"We will watch closely,\" the lawmaker said.",
			[]string{"Mahdi Zarandi-Fard"}},
		{"member of parliament", "Jonas Berg, a member of parliament for the Greens, spoke first. \"This is wrong,\" the lawmaker said.",
			[]string{"Jonas Berg"}},
		// Near miss: a member of a club is no lawmaker.
		{"club member", "Jonas Berg, a member of the golf club, spoke first. \"This is wrong,\" the lawmaker said.",
			[]string{""}},
	})
}
