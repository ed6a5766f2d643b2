package wirestory

import "testing"

// A definite back-reference by the head noun of a body named earlier
// ("the General Directorate of Civil Defense" … "the directorate said")
// is that body, as "the ministry" is the ministry named before.
func TestForms30DirectorateBackReference(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quote first, the directorate said",
			"RIYADH, Dec 7 (SPA) - The General Directorate of Civil Defense evacuated 40 families in Jazan.\n\n\"Smugglers will be pursued wherever they are,\" the directorate said.",
			[]string{"General Directorate of Civil Defense"}},
		{"directorate after said",
			"AMMAN (Petra) - The Public Security Directorate warned drivers of black ice on the desert highway.\n\n\"Do not travel at night unless you must,\" said the directorate, which deployed 60 patrols.",
			[]string{"Public Security Directorate"}},
		{"lead body, later directorate with also",
			"CAIRO (MENA) - The Directorate of Health in Giza opened three field clinics on Sunday.\n\nThe directorate also said that \"no case of cholera has been recorded\" in the governorate.",
			[]string{"Directorate of Health"}},
		// Near misses: the ministry still goes to the ministry named, and
		// a named body still takes "it".
		{"ministry back-reference unchanged",
			"KUWAIT (KUNA) - The Ministry of Interior closed two roads in Jahra.\n\n\"The closure is temporary,\" the ministry said.",
			[]string{"Ministry of Interior"}},
		{"named body takes it",
			"AMMAN (Petra) - The Public Security Directorate urged caution.\n\n\"Roads are icy,\" it said.",
			[]string{"Public Security Directorate"}},
		{"no directorate named before",
			"BEIRUT (Reuters) - Floods cut the coastal road.\n\n\"We are working to reopen it,\" the directorate said.",
			[]string{""}},
	})
}

// A quotation with "the" that is the object complement of a verb of
// naming in the habitual present, "Locals call the stretch “the killer
// top”", is the name the thing goes by, no one's words.
func TestForms30HabitualNameComplement(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"locals call the stretch the name",
			"SRINAGAR (ANI) - Snow closed the pass again.\n\nLocals call the stretch near the summit \"the killer top\" because of the avalanches there.",
			[]string{""}},
		{"residents call it, the in the marks",
			"MANILA (Reuters) - The river burst its banks overnight.\n\nResidents call the low-lying district \"the basin\" and say it floods every year.",
			[]string{""}},
		{"fishermen dub the reef, article outside",
			"COLOMBO (AFP) - Two trawlers ran aground on Sunday.\n\nFishermen here dub the reef the \"graveyard of boats\", officials said.",
			[]string{""}},
		{"inside a speaker's paragraph",
			"KATHMANDU (Reuters) - The road reopened on Monday. \"We lost two trucks this month,\" said Ram Bahadur Thapa, a driver. Drivers call the bend above the gorge \"the devil's elbow\".",
			[]string{"Ram Bahadur Thapa", ""}},
		// Near misses: a characterisation after "called" or with "a"
		// keeps its speaker.
		{"called the plan an adjective",
			"LONDON (Reuters) - Opposition leader Jane Porter called the plan \"reckless\" on Tuesday.",
			[]string{"Jane Porter"}},
		{"call with a, characterises",
			"NAIROBI (Reuters) - The bill passed on Tuesday. Critics call the bill \"a gift to cartels\", said Peter Otieno, an MP.",
			[]string{"Peter Otieno"}},
		{"singular calls the plan the",
			"LONDON (Reuters) - Jane Porter, the opposition leader, calls the plan \"the worst deal in a generation\".",
			[]string{"Jane Porter"}},
	})
}

// Near misses of TestForms30HabitualNameComplement: an infinitive or an
// auxiliary before "call" makes it one speaker's charge.
func TestForms30HabitualNameComplementCharge(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"went on to call",
			"DALLAS (AP) - The billionaire backed the governor. Mark Tolliver went on to call his rival \"the worst politician in Texas.\"",
			[]string{"Mark Tolliver"}},
		{"would call",
			"CHICAGO (Reuters) - Senator Ann Briggs said voters would call the measure \"the tax on breathing\" if it passed.",
			[]string{"Ann Briggs"}},
	})
}

// Near miss of TestForms30HabitualNameComplement: a demonstrative
// object is an idea the namers coin a term for, their own words.
func TestForms30HabitualNameComplementTerm(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"call this the term",
			"WASHINGTON (Reuters) - The senator lowered his sights before the vote. Strategists call this the \"expectations game\".",
			[]string{"Strategists"}},
	})
}

// A title in capitals with no article, perhaps with its posting's place
// after it, names its holder in the apposition after it: "Divisional
// Commissioner Kashmir, Vijay Kumar Raina, told reporters".
func TestForms30BareTitleAppositiveName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"title and posting place, told reporters in",
			"SRINAGAR (ANI) - Snow closed the pass again.\n\nDivisional Commissioner Kashmir, Vijay Kumar Raina, told reporters in Srinagar, \"Airlift of patients will start as soon as the weather clears.\"",
			[]string{"Vijay Kumar Raina"}},
		{"bare title of two words",
			"JAMMU (ANI) - Two houses collapsed in the night.\n\nDeputy Commissioner, Rakesh Sharma Dogra, said, \"All families have been moved to the school.\"",
			[]string{"Rakesh Sharma Dogra"}},
		{"title of police and district",
			"ANANTNAG (ANI) - A bridge was washed away on Sunday.\n\nSenior Superintendent of Police Anantnag, Ashish Kumar Raina, said, \"Traffic has been diverted through Bijbehara.\"",
			[]string{"Ashish Kumar Raina"}},
		// Near misses: a title with its holder's name keeps the name; an
		// age after it is no name.
		{"title and name, age after",
			"LUCKNOW (PTI) - The river rose above the danger mark. Commissioner Anil Verma, 54, said, \"We are ready.\"",
			[]string{"Anil Verma"}},
		{"title and name, role after",
			"SHIMLA (PTI) - Roads were blocked. Deputy Commissioner Rakesh Dogra, the district's top official, said, \"Schools will stay shut.\"",
			[]string{"Rakesh Dogra"}},
	})
}

// A one- or two-word term in marks, in lower case, between a modifier
// and the noun it names a kind of, is a term, no one's, though an
// according-to source closes the sentence.
func TestForms30ModifierTerm(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"comparative, term, noun phrase, according to",
			"TOKYO (Jiji Press) - The number of koban and smaller \"chuzaisho\" residential police boxes fell by 600 over a decade, according to the agency.",
			[]string{""}},
		{"number, term of two words, according to",
			"SEOUL (Yonhap) - Some 4,100 \"jeonse fraud\" rental deposits remained unpaid at the end of June, according to the land ministry.",
			[]string{""}},
		{"adjective, term, noun, according to first",
			"MANILA (PNA) - According to the coast guard, 120 traditional \"bangka\" outrigger boats were damaged in the storm.",
			[]string{""}},
		// Near misses: a speaker's subject keeps the word in the same
		// place; after an article or a possessive, or before a function
		// word, the source keeps it.
		{"speaker subject, same place",
			"AMBON (Antara) - Governor Murad Tuasikal plans to expand customary \"sasi\" marine closures to 40 villages.",
			[]string{"Murad Tuasikal"}},
		{"article before, according to",
			"LAGOS (Reuters) - The \"unacceptable\" delays cost farmers 3 billion naira last year, according to the Farmers Association of Nigeria.",
			[]string{"Farmers Association of Nigeria"}},
		{"article before",
			"LONDON (Reuters) - Opposition leader Jane Porter criticised the \"unacceptable\" delay in the report.",
			[]string{"Jane Porter"}},
		{"possessive determiner before",
			"NAIROBI (Reuters) - Senator Peter Otieno attacked his rival's plan, saying the government's \"reckless\" borrowing would hurt farmers.",
			[]string{"Peter Otieno"}},
		{"function word after",
			"BERLIN (Reuters) - Chancellor Anna Weber said she was deeply \"concerned\" about the vote.",
			[]string{"Anna Weber"}},
	})
}

// A station is a body ("the BMKG Maritime Meteorology Station"): named
// inside a role's "of" phrase whose holder the appositive names, it is
// no candidate for "she" or "he" after it.
func TestForms30StationNoPronoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"head of the station, appositive name, she",
			"SURABAYA (ANTARA) - Rains are expected to continue.\n\nHead of the BMKG Maritime Meteorology Station in Tanjung Perak, Dr. Rahmawati Kusumadewi, stated on Tuesday that sea temperatures remained high.\n\n\"The warm water is feeding the clouds,\" she remarked.",
			[]string{"Rahmawati Kusumadewi"}},
		{"chief of the police station, he",
			"JAKARTA (ANTARA) - Two suspects were arrested.\n\nChief of the Tanjung Priok Police Station, Adj. Sr. Comr. Wibowo Santoso, said the men had been followed for a week.\n\n\"They were caught with 2 kilograms of crystal methamphetamine,\" he said.",
			[]string{"Wibowo Santoso"}},
		{"head of the research station, partial after she advised",
			"MAKASSAR (ANTARA) - Seaweed farmers have lost a month.\n\nHead of the Takalar Seaweed Research Station, Sitti Nurhayati, said the water was too warm. She advised farmers not to \"plant before the rains end\".",
			[]string{"Sitti Nurhayati"}},
		// Near misses: a named body still takes "it", and a station
		// that speaks keeps its own words.
		{"station takes it",
			"JAKARTA (ANTARA) - The Tanjung Priok Maritime Meteorology Station warned of high waves.\n\n\"Waves may reach four meters,\" it said.",
			[]string{"Tanjung Priok Maritime Meteorology Station"}},
		{"station speaks",
			"JAKARTA (ANTARA) - \"Waves may reach four meters,\" the Tanjung Priok Maritime Meteorology Station said.",
			[]string{"Tanjung Priok Maritime Meteorology Station"}},
	})
}
