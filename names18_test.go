package wirestory

import "testing"

// The tests of this file check names and titles of round 18's blind
// wire stories: titles of local office after a place and its unit,
// village titles of South Asian copy, an outlet's descriptor after its
// name, and a long title after an inverted "said".

// TestWireCountyOfficerTitle checks a place and its administrative unit
// before the title of a local officer ("Holmes County Sheriff X",
// "St. Tammany Parish Sheriff X", "Wayne County Medical Examiner X"): the
// place and the unit are the title's, the name starts after the title,
// and the surname or "the sheriff" later is that person. A body named
// for the place ("Holmes County said", "the Holmes County Sheriff's
// Office said") or the place alone names nobody.
func TestWireCountyOfficerTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"county sheriff, surname after", "Holmes County Sheriff Tom Kessler said the blast was “a shock.”\n\n“Nobody is ruling anything out,” Kessler told reporters.",
			[]string{"Tom Kessler", "Tom Kessler"}},
		{"parish sheriff, the sheriff after", "St. Tammany Parish Sheriff Randall Lacombe said the bridge was “unsafe.” “Stay home,” the sheriff said.",
			[]string{"Randall Lacombe", "Randall Lacombe"}},
		{"medical examiner", "Wayne County Medical Examiner Carla Novak said the cause of death was “still pending.”",
			[]string{"Carla Novak"}},
		{"coroner, after said", "“The victims were identified through dental records,” said Lake County Coroner Ruth Ingram.",
			[]string{"Ruth Ingram"}},
		{"treasurer alone", "Treasurer Jim Holloway said the budget was “tight but fair.”",
			[]string{"Jim Holloway"}},
		{"sheriff in lower case", "Holmes County sheriff Tom Kessler said the road was “closed.”",
			[]string{"Tom Kessler"}},
		// Near misses: a body named for the place, the sheriff's office,
		// its deputies, the place alone before a name.
		{"the county as a body", "Holmes County said the roads would stay “closed until further notice.”",
			[]string{"Holmes County"}},
		{"the sheriff's office", "The Holmes County Sheriff's Office said the roads were “closed.”",
			[]string{"Holmes County Sheriff's Office"}},
		{"the sheriff's deputies", "Maricopa County sheriff's deputies said the road was “closed.”",
			[]string{""}},
		{"a place before a name", "In Holmes County, Tom Kessler said the road was “closed.”",
			[]string{"Tom Kessler"}},
	})
}

// TestWireVillageOfficeTitle checks the titles of village and block
// office in South Asian copy ("Sarpanch X", "Mukhiya X", "Gram Pradhan
// X", "BDO X"): the title is no word of the name, and "the sarpanch"
// later is that person. "Pradhan" and "Patwari" alone are surnames.
func TestWireVillageOfficeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"sarpanch, she after", "Sarpanch Rekha Shinde said people were “afraid.” “Nobody listens,” she said.",
			[]string{"Rekha Shinde", "Rekha Shinde"}},
		{"mukhiya, the mukhiya after", "Mukhiya Ramesh Paswan said the school was “shut.” “We are waiting,” the mukhiya said.",
			[]string{"Ramesh Paswan", "Ramesh Paswan"}},
		{"gram pradhan", "Gram Pradhan Sunita Devi said the pond was “dry since March.”",
			[]string{"Sunita Devi"}},
		{"up-sarpanch", "Up-Sarpanch Vilas Jadhav said the road was “broken for a year.”",
			[]string{"Vilas Jadhav"}},
		{"BDO, after said", "“The work will be done by March,” said BDO Anil Kumar Sinha.",
			[]string{"Anil Kumar Sinha"}},
		// Near misses: the village title in lower case after the name,
		// and the surnames Pradhan and Patwari.
		{"the sarpanch of a panchayat", "“The pond is dry,” said Sabita Bhoi, the sarpanch of Lakhanpur gram panchayat.",
			[]string{"Sabita Bhoi"}},
		{"surname Pradhan", "Union Minister Arvind Pradhan said the exam was “fair.” “It was fair,” Pradhan said.",
			[]string{"Arvind Pradhan", "Arvind Pradhan"}},
		{"surname Patwari", "Congress leader Jitesh Patwari said the vote was “rigged.”",
			[]string{"Jitesh Patwari"}},
	})
}

// TestWireOutletDescriptor checks an outlet's common noun after its
// name ("the North's Rodong Sinmun newspaper", "Kompas daily", "NHK
// broadcaster", "Tasnim news agency"): it says what the name is and is
// no part of the speaker's name, as "Xinhua news agency" is Xinhua.
// Other organisation words after a name ("the Cruz campaign") and
// "agency" alone, which may be any body's, stay in the name.
func TestWireOutletDescriptor(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"newspaper after a place's possessive", "Separately, the North's Rodong Sinmun newspaper said in an editorial that farmers must treat the drive as “a battle for the future.”",
			[]string{"Rodong Sinmun"}},
		{"daily, inverted", "“The talks are stalled,” the Kathimerini daily reported.",
			[]string{"Kathimerini"}},
		{"broadcaster", "NHK broadcaster said the evacuation order was “lifted at noon.”",
			[]string{"NHK"}},
		{"television after said", "“The border crossing is closed to trucks,” said Al-Manar television.",
			[]string{"Al-Manar"}},
		{"news agency, the agency after", "The Tasnim news agency said the talks were “stalled.” “Both sides will meet again,” the agency said.",
			[]string{"Tasnim", "Tasnim"}},
		{"magazine", "Der Spiegel magazine said the report was “classified.”",
			[]string{"Der Spiegel"}},
		// Near misses: a campaign and a union, "agency" alone, and an
		// outlet's name before a title and a person.
		{"a campaign", "The Cruz campaign said the poll was “an outlier.”",
			[]string{"Cruz campaign"}},
		{"a union", "The Kelta Workers union said the talks were “stalled.”",
			[]string{"Kelta Workers union"}},
		{"agency alone", "The Kelta agency said the talks were “stalled.”",
			[]string{"Kelta agency"}},
		{"the outlet's editor", "Rodong Sinmun newspaper editor Kim Chol said the talks were “stalled.”",
			[]string{"Kim Chol"}},
	})
}

// TestWireInvertedPortfolioOn checks a long title whose office is "to
// the X" or "of the X" and whose portfolio opens with "on", before its
// holder's name, after an inverted "said" as before the verb: "said
// Special Assistant to the Prime Minister on Overseas Pakistanis X".
// The source after the cue ran to the office and stopped at "on", so
// the name was lost. "On" after a name or after a title with an article
// ("said the Prime Minister on Sky News Australia") and before a time
// stays out of the source.
func TestWireInvertedPortfolioOn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"special assistant on, inverted", "“We are targeting $38 billion by June,” said Special Assistant to the Prime Minister on Overseas Pakistanis Tariq Mehmood Bhatti.",
			[]string{"Tariq Mehmood Bhatti"}},
		{"special assistant on, Dr, inverted", "“The glaciers are melting faster,” said Special Assistant to the Prime Minister on Climate Change Dr Sania Rafiq.",
			[]string{"Sania Rafiq"}},
		{"adviser to the president on, inverted, he after", "“Growth will recover next year,” said Adviser to the President on Economic Affairs Kamal Hossain Bhuiyan. “Exports are up,” he said.",
			[]string{"Kamal Hossain Bhuiyan", "Kamal Hossain Bhuiyan"}},
		{"envoy of the secretary-general on, inverted", "“Both sides must return to the table,” said Special Envoy of the Secretary-General on Yemen Anders Holmqvist.",
			[]string{"Anders Holmqvist"}},
		{"adviser to the president on, subject", "Adviser to the President on Economic Affairs Kamal Hossain Bhuiyan said growth would “recover next year.”",
			[]string{"Kamal Hossain Bhuiyan"}},
		{"envoy for, inverted", "“The truce must hold,” said Special Envoy of the Secretary-General for Yemen Anders Holmqvist.",
			[]string{"Anders Holmqvist"}},
		// Near misses: "on" and an outlet after a name or an unnamed
		// title, and a time after the name.
		{"on an outlet after a name", "“We will win,” said President Joe Biden on Air Force One.",
			[]string{"Joe Biden"}},
		{"on an outlet after the title", "“We will win the vote,” said the Prime Minister on Sky News Australia.",
			[]string{""}},
		{"on a day after the name", "“Aid is coming,” said Adviser to the Prime Minister on Finance Shaukat Rana on Monday.",
			[]string{"Shaukat Rana"}},
	})
}
