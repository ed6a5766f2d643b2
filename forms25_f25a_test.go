package wirestory

import "testing"

// TestForms25RankAbbreviationRun checks a run of abbreviated ranks
// before a name ("Brig. Gen. X", "Det. Supt. X", "Sqn. Ldr. X", "Lt.
// Cdr. X"): every abbreviation in the run is a title, whose period ends
// no sentence, so that the speaker is the whole run and the name after
// it. A lower-case "brig" that ends a sentence, a place before a rank
// abbreviation, and a rank of one abbreviation stay as they were.
func TestForms25RankAbbreviationRun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said Brig. Gen.", "“Every patrol we send saves a village,” said Brig. Gen. Khaled Mahmoud Al-Zoubi, who heads the border unit.",
			[]string{"Khaled Mahmoud Al-Zoubi"}},
		{"Det. Supt. told", "“The gang had planned the robbery for weeks,” Det. Supt. Fiona Mackay told reporters outside the court.",
			[]string{"Fiona Mackay"}},
		{"said Sqn. Ldr., then he", "“All four pilots ejected safely,” said Sqn. Ldr. Arvind Menon, a spokesman for the air base. “The inquiry will begin today,” he said.",
			[]string{"Arvind Menon", "Arvind Menon"}},
		{"according to Lt. Cdr.", "“The ship was never in danger,” according to Lt. Cdr. Paulo Reyes, the vessel's executive officer.",
			[]string{"Paulo Reyes"}},
		{"Wg. Cdr. before the cue", "Wg. Cdr. Rahul Bose said the runway would reopen on Friday. “The debris has been cleared,” he said.",
			[]string{"Rahul Bose"}},
		// Near misses: "brig" in lower case ends its sentence; a place
		// ends one before "Gen."; one abbreviation alone.
		{"lower-case brig", "Seaman Tom Hale spent a week in the brig. Commander Ruth Ames said the case was closed. “It is over,” she said.",
			[]string{"Ruth Ames"}},
		{"place before Gen.", "Troops withdrew from the town of Hit in Iraq. Gen. Ali Hassan said the road was open. “We will be back,” he said.",
			[]string{"Ali Hassan"}},
		{"Gen. alone", "“We will hold the line,” said Gen. Omar Farouk, the army chief.",
			[]string{"Omar Farouk"}},
	})
}

// TestForms25OfficialNamedAfterLead checks a lead's unnamed source "a
// senior official" (or "officer") who a later paragraph names with the
// office's own title ("Chief Wildlife Warden X told PTI", "Deputy
// Commissioner X", "Brig. Gen. X"): "the official said" after that
// speaker is the speaker, the same person, not the lead's unnamed one.
// Near misses: of two named officials the nearer speaks; a minister
// named in between is no official, and the official stays unnamed; so
// is a party's leader named with no office's title ("opposition leader
// X", "X, chairman of the party,"); an unnamed official after the named
// one is who "the official" is.
func TestForms25OfficialNamedAfterLead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chief wildlife warden, he said", "Kolkata, Mar 4 (PTI) Forest guards will carry GPS trackers on patrol from next month, a senior official said on Tuesday.\n\n“Every patrol will be logged in real time,” Chief Wildlife Warden Debashis Ghosh told PTI.\n\nHe said 400 trackers had been bought.\n\n“The data will go to a control room in Kolkata,” the official said.",
			[]string{"Debashis Ghosh", "Debashis Ghosh"}},
		{"deputy commissioner, a minister in between", "Guwahati, Jun 2 (PTI) Flood relief camps will stay open for another month, a district official said on Sunday.\n\n“Nobody will be sent home while the water is high,” Deputy Commissioner Anil Sarma told reporters.\n\nRevenue Minister Jogen Mohan said the state had sought central funds.\n\n“We have stocked rice and lentils for 20,000 people,” the official said.",
			[]string{"Anil Sarma", "Anil Sarma"}},
		{"the officer, a rank", "AMMAN, March 3 (UPI) -- Jordan will add border patrols along its northern frontier, a senior army officer said on Monday.\n\n“Smugglers now use drones,” Brig. Gen. Samir Haddad told reporters in Mafraq.\n\nInterior Minister Ali Qudah said new posts would open.\n\n“We have shot down six this year,” the officer said.",
			[]string{"Samir Haddad", "Samir Haddad"}},
		{"health secretary", "New Delhi, Jan 9 (PTI) The ministry will audit all hospital fire systems this year, a senior official said on Friday.\n\n“Every hospital above 50 beds will be inspected,” Health Secretary Nandini Rao told PTI.\n\n“Reports are due by June,” the official said.",
			[]string{"Nandini Rao", "Nandini Rao"}},
		// Near misses.
		{"the nearer of two named officials", "Kolkata, Mar 4 (PTI) Forest guards will carry trackers from next month, a senior official said on Tuesday.\n\n“Every patrol will be logged,” Chief Wildlife Warden Debashis Ghosh told PTI.\n\n“The budget is ready,” Home Secretary Nandini Rao said.\n\n“The data will go to a control room,” the official said.",
			[]string{"Debashis Ghosh", "Nandini Rao", "Nandini Rao"}},
		{"only a minister named", "Kolkata, Mar 4 (PTI) Forest guards will carry trackers from next month, a senior official said on Tuesday.\n\nForest Minister Amitava Dey said the plan had cabinet approval.\n\n“The data will go to a control room,” the official said.",
			[]string{""}},
		{"opposition leader, no office", "HARARE, May 3 (Reuters) - The government will not delay the vote, a senior official said on Monday.\n\n“The ballots are printed,” opposition leader Tendai Moyo told reporters.\n\n“We are ready to go,” the official said.",
			[]string{"Tendai Moyo", ""}},
		{"party chairman in apposition, no office", "HARARE, May 3 (Reuters) - The government will not delay the vote, a senior official said on Monday.\n\n“We will go to court,” said Tendai Moyo, chairman of the opposition party.\n\n“We are ready to go,” the official said.",
			[]string{"Tendai Moyo", ""}},
		{"unnamed official after the named one", "Kolkata, Mar 4 (PTI) “Every patrol will be logged,” Chief Wildlife Warden Debashis Ghosh told PTI on Tuesday.\n\nA ministry official said funds had been released.\n\n“The data will go to a control room,” the official said.",
			[]string{"Debashis Ghosh", ""}},
	})
}
