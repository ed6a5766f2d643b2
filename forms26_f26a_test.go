package wirestory

import "testing"

// TestForms26OrgOfBeforeLowerRole checks an organisation's name with
// "of" or "for" inside ("Association of X", "Federation of Y", "Council
// for Z") before a lower-case role and a name: the holder speaks, not
// the organisation. Near misses: the organisation alone speaks; an
// organisation's name before a verb; a short company name before a role
// still works.
func TestForms26OrgOfBeforeLowerRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"association of, managing director", "Freiburg (dpa) - Workshops are closing, an industry group said on Monday.\n\n“We are losing hands faster than we can train them,” Association of Alpine Woodcarvers managing director Karl-Otto Brenner told dpa.",
			[]string{"Karl-Otto Brenner"}},
		{"federation of, president, he said", "MANILA, May 3 (PNA) - Fuel prices rose again this week.\n\nFederation of Coastal Fishing Cooperatives president Ramon Dela Paz said catches had halved. “The boats stay in port,” he said.",
			[]string{"Ramon Dela Paz"}},
		{"council for, chief executive", "JOHANNESBURG, June 2 (Reuters) - Power cuts will return in July.\n\n“Prices will rise before winter,” said Council for Rural Electrification chief executive Thandiwe Mokoena.",
			[]string{"Thandiwe Mokoena"}},
		{"chamber of, executive director", "PRAGUE, Jan 9 (CTK) - Truckers blocked the motorway on Friday.\n\n“Nobody asked the drivers,” Chamber of Road Hauliers executive director Pavel Dostal told CTK.",
			[]string{"Pavel Dostal"}},
		// Near misses.
		{"organisation alone", "Freiburg (dpa) - Workshops are closing.\n\n“We are losing hands,” the Association of Alpine Woodcarvers said in a statement.",
			[]string{"Association of Alpine Woodcarvers"}},
		{"organisation before said", "MANILA, May 3 (PNA) - Fuel prices rose again this week.\n\nFederation of Coastal Fishing Cooperatives said catches had halved. “The boats stay in port,” it said.",
			[]string{"Federation of Coastal Fishing Cooperatives"}},
		{"short company before a role", "“Orders are up,” Codewell founder and CEO Anita Rao told Reuters.",
			[]string{"Anita Rao"}},
	})
}

// TestForms26CallingOpensSentence checks a capitalised calling that
// opens a sentence before a full name ("Clockmaker Anna Brugger, 34, who
// runs …", "Fisherman X", "Weaver X"): the calling is a role, not a
// given name, and "she" after it is the person. Near misses: a given
// name that opens a sentence stays the name's ("Carver Mead said",
// "Rose Anna Keller"); a calling before one word is a surname's.
func TestForms26CallingOpensSentence(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"clockmaker, age, who", "Freiburg (dpa) - Workshops are closing across the region.\n\nClockmaker Anna Brugger, 34, who runs a small workshop in Triberg, is one of the few young people in the trade. “It is slow work,” she said.",
			[]string{"Anna Brugger"}},
		{"watchmaker, said", "GENEVA, March 2 (Reuters) - Swiss watch exports fell in February.\n\nWatchmaker Luc Perrenoud said orders from Asia had dried up. “We have cut a shift,” he said.",
			[]string{"Luc Perrenoud"}},
		{"fisherman, told", "MANILA, May 3 (PNA) - Fuel prices rose again this week.\n\nFisherman Ramon Dela Paz, 52, told PNA he had stopped going out. “The diesel costs more than the catch,” he said.",
			[]string{"Ramon Dela Paz"}},
		{"weaver, who", "KUALA TERENGGANU, June 2 (Bernama) - Demand for songket has doubled.\n\nWeaver Siti Aminah Yusof, who learned from her mother, works six days a week. “Each piece takes a month,” she said.",
			[]string{"Siti Aminah Yusof"}},
		// Near misses.
		{"given name and surname", "SAN JOSE, Calif., May 3 (AP) - The chip pioneer spoke at the museum.\n\nCarver Mead said the field had changed. “We never imagined this,” Mead said.",
			[]string{"Carver Mead"}},
		{"given name opens", "ZURICH, March 2 (Reuters) - Banks cut rates.\n\nRose Anna Keller, 41, who runs a bakery, said prices were up. “Flour costs more,” she said.",
			[]string{"Rose Anna Keller"}},
	})
}

// TestForms26OrgForBeforeTitle checks an organisation's name with "for"
// or "of" inside before a capitalised title, an honorific maybe, and a
// name ("National Center for Palms and Dates CEO Eng. X"): the name is
// the holder's, as after "Almarai CEO X". Near misses: a title's own
// "for" ("Minister for Railways X") and the organisation alone.
func TestForms26OrgForBeforeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"center for, CEO, Eng.", "RIYADH, Dec 7 (SPA) - Date exports rose by a fifth this year.\n\nNational Center for Palms and Dates CEO Eng. Khalid bin Fahad Al-Otaibi said the center aims to “reach 40 markets by 2030.”",
			[]string{"Khalid bin Fahad Al-Otaibi"}},
		{"authority for, Director General, Dr.", "MUSCAT, May 3 (ONA) - Fish landings rose in April.\n\n“The season was the best in a decade,” Public Authority for Fisheries Development Director General Dr. Salim bin Nasser Al-Rawahi told ONA.",
			[]string{"Salim bin Nasser Al-Rawahi"}},
		{"institute of, Chairman", "ABU DHABI, June 2 (WAM) - Solar output doubled.\n\nInstitute of Desert Agriculture Chairman Saeed Rashid Al-Mansouri said “the trials will go on for three more years.”",
			[]string{"Saeed Rashid Al-Mansouri"}},
		// Near misses.
		{"a title's own for", "NEW DELHI, Jan 9 (PTI) - Trains will run on time.\n\nUnion Minister for Railways Ashwini Devnath said “we are ready.”",
			[]string{"Ashwini Devnath"}},
		{"organisation alone", "RIYADH, Dec 7 (SPA) - Date exports rose.\n\nThe National Center for Palms and Dates said “exports will double.”",
			[]string{"National Center for Palms and Dates"}},
	})
}

// TestForms26OrgAndAcronymBeforeRole checks an organisation's name with
// "and" inside, with no article before it, followed by its acronym in
// brackets and a role ("National Research and Innovation Agency (BRIN)
// researcher Prof. X"): the name is read whole, and no part of it before
// "and" is a person "she" may stand for. Near misses: two people joined
// by "and"; a name and an organisation with no acronym.
func TestForms26OrgAndAcronymBeforeRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"agency (BRIN) researcher Prof., she", "JAKARTA, Dec 7 (ANTARA) - Sago output rose this year.\n\nMeanwhile, National Research and Innovation Agency (BRIN) researcher Prof. Dewi Kartika Sari said sago could become “a staple again”.\n\n“It grows in swamps,” she said.",
			[]string{"Dewi Kartika Sari", "Dewi Kartika Sari"}},
		{"service (Senamhi) specialist, he", "LIMA, May 3 (EFE) - Frost hit the highlands.\n\nNational Meteorology and Hydrology Service (Senamhi) specialist Jorge Luis Quispe said night temperatures fell to minus 15.\n\n“The alpacas are the first to suffer,” he said.",
			[]string{"Jorge Luis Quispe"}},
		{"commission (KPPU) chairman, sentence start", "JAKARTA, June 2 (ANTARA) - Cooking oil prices are under review.\n\nBusiness Competition and Supervisory Commission (KPPU) chairman Rahmat Hidayat said the probe would end in July.\n\n“We have summoned six firms,” he said.",
			[]string{"Rahmat Hidayat"}},
		// Near misses.
		{"two people joined by and", "JAKARTA, Dec 7 (ANTARA) - Two ministers visited the mill.\n\nMinister Budi Santoso and Minister Dewi Lestari said output would rise.\n\n“We will buy more,” she said.",
			[]string{"Dewi Lestari"}},
		{"org after the, no acronym", "ROME, Dec 7 (Reuters) - Food prices fell.\n\nThe Food and Agriculture Organization said prices fell for a third month. “Cereals led the fall,” its chief economist Maria Rossi said.",
			[]string{"Maria Rossi"}},
	})
}
