package wirestory

import "testing"

// TestWireUnnamedRoleAtPlace checks an unnamed speaker given by a role
// noun and a place after it ("a police commander in Challapata told
// EFE", "an official at the ministry's Kota Bharu office said"): the
// place is no name, and the quotation has no speaker, whether or not
// the lexicon knows the place.
func TestWireUnnamedRoleAtPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"role in an unknown town, told", "\"The road is open again,\" a police commander in Huanuni told EFE by telephone.",
			[]string{""}},
		{"adjectives, role in a town, said", "\"The birds have come back to the lake,\" a local environmental official in Mahabad said.",
			[]string{""}},
		{"said, role at a possessive office", "\"If the rain stops, the river will fall,\" said an official at the agency's Kuala Krai office.",
			[]string{""}},
		{"role at a branch", "\"We have no more sandbags,\" an officer at the Red Crescent's Tabriz branch said.",
			[]string{""}},
		{"role in a two-word town", "\"Nobody was hurt,\" a hospital spokesman in Santa Cruz told reporters.",
			[]string{""}},
		{"said, role in a town", "\"The water is still rising,\" said a rescue worker in Pasir Mas.",
			[]string{""}},
		{"role in a town, a person named after it", "\"The situation is calm,\" a police commander in Huanuni told EFE.\n\nAmong the marchers was Rosa Mamani, 47, who grows potatoes nearby. \"We want a fair price,\" she said.",
			[]string{"", "Rosa Mamani"}},
		// Near misses: the person is named beside the role, or after a
		// role word and before the place; an unnamed source named in the
		// sentence after it.
		{"role, named apposition", "\"The road is open again,\" a police commander, Juan Perez, told EFE.",
			[]string{"Juan Perez"}},
		{"titled name in a town", "\"The road is open again,\" commander Juan Perez in La Paz told EFE.",
			[]string{"Juan Perez"}},
		{"name, role at an office", "\"We have no more sandbags,\" said Rahim Aziz, an official at the agency's Kota Bharu office.",
			[]string{"Rahim Aziz"}},
		{"name then role in a town", "\"The birds have come back,\" Farid Karimi, an environmental official in Mahabad, said.",
			[]string{"Farid Karimi"}},
		{"unnamed, named next", "\"The road is open again,\" a police commander told EFE.\n\nJuan Perez, who has led the local force since 2019, said the blockade had ended.",
			[]string{"Juan Perez"}},
	})
}

// TestWireSecondSpeakerAfterWhileNoCue checks "X said …“…,” while
// <titles> Y <verb> … “…”" where Y's verb is no speech verb of the
// lists ("advised parents to", "appealed to", "directed hospitals
// to"): the partial quotation inside Y's clause is Y's, not the first
// speaker's.
func TestWireSecondSpeakerAfterWhileNoCue(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"advised, titles and honorifics", "Medical Association President Prof. Dr. Tariq Aslam said clinics had seen “a rise in asthma cases,” while City Hospital Dean Prof. Dr. Nadia Karim advised parents to keep children indoors “especially after sunset.”",
			[]string{"Tariq Aslam", "Nadia Karim"}},
		{"appealed to", "Relief Commissioner Bilal Ahmed said the camps were “full beyond capacity,” while Red Crescent chairperson Shazia Malik appealed to donors for blankets “before the first snow.”",
			[]string{"Bilal Ahmed", "Shazia Malik"}},
		{"directed, comma outside the marks", "Education Secretary Amjad Rauf said schools would stay shut “until the air clears”, while Chief Minister Sadia Noor directed district officers to inspect factories “without delay.”",
			[]string{"Amjad Rauf", "Sadia Noor"}},
		{"whereas, a role noun", "Mayor Lina Haddad said the water was safe to drink “after boiling,” whereas health ministry spokesman Omar Saleh reminded residents to store it “in clean containers.”",
			[]string{"Lina Haddad", "Omar Saleh"}},
		// Near misses: the clause after "while" has no person as its
		// subject (a thing, a place), so the quotation stays the first
		// speaker's.
		{"while, a thing", "Finance Minister Ishaq Rana said exports rose “sharply,” while imports fell by “a worrying margin.”",
			[]string{"Ishaq Rana", "Ishaq Rana"}},
		{"while, a place", "Finance Minister Ishaq Rana said the rupee held “firm,” while New Delhi slipped “into recession.”",
			[]string{"Ishaq Rana", "Ishaq Rana"}},
		{"while, a titled person described", "Opposition leader Imran Qadir said the reforms had “failed the poor,” while Finance Minister Ishaq Rana was “living in a fantasy world.”",
			[]string{"Imran Qadir", "Imran Qadir"}},
		{"while, a titled person's act", "Opposition leader Imran Qadir said the party had been “humiliated,” while Prime Minister Ishaq Rana won “a landslide.”",
			[]string{"Imran Qadir", "Imran Qadir"}},
		{"while, a possessive's thing", "Finance Minister Ishaq Rana said the rupee held “firm,” while Pakistan's imports fell “for a third month.”",
			[]string{"Ishaq Rana", "Ishaq Rana"}},
	})
}

// TestWireScientistNotResidentOrOutlet checks a role noun of a person
// ("the scientist noted", "the researcher said") a paragraph or two
// after an outlet's report: it goes to the person introduced with a
// title just before, never to the outlet, nor to a person introduced
// as a resident or witness; with no such person it names no one.
func TestWireScientistNotResidentOrOutlet(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"institute deputy director, the scientist", "\"The walls cracked at night,\" Olga Petrova, a resident of the building, told TASS.\n\nEarlier, the regional news portal Sakha-Info reported, citing the city administration, that the block was due for inspection.\n\nPermafrost Institute deputy director Ivan Sidorov told TASS that the ground had warmed by one degree.\n\n\"Many buildings were designed for soil that no longer exists,\" the scientist noted.",
			[]string{"Olga Petrova", "Ivan Sidorov"}},
		{"professor of a university, the researcher", "\"The water came in an hour,\" Lena Markova, a resident of the village, told reporters.\n\nThe local news site Ural-Press reported, citing police, that 40 homes were flooded.\n\nProfessor Pavel Gromov of Ural Federal University said the river had risen faster than forecast.\n\n\"The dams were built for a different climate,\" the researcher said.",
			[]string{"Lena Markova", "Pavel Gromov"}},
		{"no scientist named", "\"The walls cracked at night,\" Olga Petrova, a resident of the building, told TASS.\n\nEarlier, the regional news portal Sakha-Info reported, citing the city administration, that the block was due for inspection.\n\n\"Many buildings were designed for soil that no longer exists,\" the scientist noted.",
			[]string{"Olga Petrova", ""}},
		{"a witness, the expert", "\"I saw the roof fall,\" Amir Kazemi, a witness, told IRNA.\n\nState television reported that three people were hurt.\n\n\"The beams were rotten,\" the expert said.",
			[]string{"Amir Kazemi", ""}},
		// Near misses: the resident spoken of again as "the resident",
		// and a scientist named with that role before.
		{"the resident", "\"The walls cracked at night,\" Olga Petrova, a resident of the building, told TASS.\n\nEarlier, the regional news portal Sakha-Info reported that the block was due for inspection.\n\n\"We have nowhere to go,\" the resident said.",
			[]string{"Olga Petrova", "Olga Petrova"}},
		{"scientist named with the role", "Ivan Sidorov, a scientist at the Permafrost Institute, told TASS that the ground had warmed.\n\nThe regional news portal Sakha-Info reported that the block was due for inspection.\n\n\"Many buildings were designed for soil that no longer exists,\" the scientist noted.",
			[]string{"Ivan Sidorov"}},
	})
}
