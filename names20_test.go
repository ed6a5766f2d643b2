package wirestory

import "testing"

// The tests of this file check names and titles of round 20's blind
// wire stories: a lower-case role whose "of the" names a body, its head
// word a facility's or an organisation's, run straight into the
// holder's name.

// TestWireLowerRoleOfBodyBeforeName checks a role in lower case, its
// "of the" and a body's name whose head word is a facility's or an
// organisation's ("Plant", "Factory", "Works", "Centre", "Hatchery"),
// run with no comma into the holder's name ("director of the Volga
// Sturgeon Breeding Plant Andrei Kuzovlev told TASS"): the body is no
// word of the name, and "he" or the surname after is the holder. With
// no name after the body, a capitalised title or a name in apposition
// the parse is as it was. (A head word that opens a field after "of",
// "the Institute of Plant Physiology", is not taken for the body's end.)
func TestWireLowerRoleOfBodyBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"plant, told TASS, he", "The plant released four million fry this year, director of the Volga Sturgeon Breeding Plant Andrei Kuzovlev told TASS on Sunday. “This is a record,” he said.",
			[]string{"Andrei Kuzovlev"}},
		{"factory, said, surname", "Output rose by a third, general director of the Kama Tractor Factory Viktor Semyonov said on Tuesday. “We have new orders,” Semyonov added.",
			[]string{"Viktor Semyonov"}},
		{"works, told reporters, he", "The turbines will be delivered in March, head of the Ural Turbine Works Sergei Yakovlev told reporters. “The first unit is ready,” he said.",
			[]string{"Sergei Yakovlev"}},
		{"centre, said, he", "Samples were taken at 40 sites, director of the Kola Science Centre Nikolai Voronin said. “The water is clean,” he said.",
			[]string{"Nikolai Voronin"}},
		{"hatchery, she", "The hatchery released 10,000 salmon, manager of the Ozerny Salmon Hatchery Irina Pavlova told TASS. “They are healthy,” she said.",
			[]string{"Irina Pavlova"}},
		// Near misses: no name after the body, a capitalised title, the
		// name in apposition, a body's head word after the facility's,
		// "Works" in a portfolio, and a surname that is a facility's
		// head word.
		{"no name after the body", "The fry were released, director of the Volga Sturgeon Breeding Plant told TASS. “This is a record,” he said.",
			[]string{""}},
		{"capitalised title", "The fry were released, Director of the Volga Sturgeon Breeding Plant Andrei Kuzovlev told TASS. “This is a record,” he said.",
			[]string{"Andrei Kuzovlev"}},
		{"name in apposition", "The fry were released, the director of the plant, Andrei Kuzovlev, told TASS. “This is a record,” he said.",
			[]string{"Andrei Kuzovlev"}},
		{"a body after the body's head", "The fry were released, director of the Volga Sturgeon Breeding Plant Museum said. “This is a record,” he said.",
			[]string{""}},
		{"portfolio word listed as a head", "Minister of Public Works Basuki Hadimuljono said the road was ready. “It is ready,” he said.",
			[]string{"Basuki Hadimuljono"}},
		{"surname Plant", "Robert Plant said the tour was over. “It is over,” Plant said.",
			[]string{"Robert Plant"}},
	})
}

// TestWireBranchPlaceBeforeHonorificName checks a title whose "of"
// phrase names a body's branch or office in lower case, the branch's
// place after "in" or "at", then an honorific abbreviation ("Eng.",
// "Dr.", "Prof.") or none, and an Arabic name with "bin" ("Director
// General of the ministry's branch in Al-Baha Eng. Fahad bin Saeed
// Al-Ghamdi told SPA"): the place is the title's, the name after it the
// holder's, and "he" after is the holder. A branch with no name after
// its place, a plural role, a visit to a branch, and a name in
// apposition stay as they were.
func TestWireBranchPlaceBeforeHonorificName(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"branch in, Eng., told SPA", "Director General of the ministry's branch in Al-Baha Eng. Fahad bin Saeed Al-Ghamdi told SPA that the program targets terraces. “Today we are bringing them back,” he said.",
			[]string{"Director General of the ministry's branch in Al-Baha Eng. Fahad bin Saeed Al-Ghamdi -> Fahad bin Saeed Al-Ghamdi | told", "he -> Fahad bin Saeed Al-Ghamdi | said"}},
		{"branch in, Dr., after the clause", "The program targets 300 farms, Director of the ministry's branch in Jazan Dr. Ali bin Hassan Al-Maliki told SPA. “The farmers are ready,” he said.",
			[]string{"Director of the ministry's branch in Jazan Dr. Ali bin Hassan Al-Maliki -> Ali bin Hassan Al-Maliki | told", "he -> Ali bin Hassan Al-Maliki | said"}},
		{"office in, Prof.", "Head of the authority's office in Tabuk Prof. Nasser bin Ali Al-Harbi said the survey covered 40 villages. “We found water in most of them,” he said.",
			[]string{"Head of the authority's office in Tabuk Prof. Nasser bin Ali Al-Harbi -> Nasser bin Ali Al-Harbi | said", "he -> Nasser bin Ali Al-Harbi | said"}},
		{"regional office at, Eng.", "Director of the center's regional office at Qassim Eng. Saleh bin Abdullah Al-Rashidi said the hives were moved. “The bees are safe,” he said.",
			[]string{"Director of the center's regional office at Qassim Eng. Saleh bin Abdullah Al-Rashidi -> Saleh bin Abdullah Al-Rashidi | said", "he -> Saleh bin Abdullah Al-Rashidi | said"}},
		{"branch in, no honorific", "Director General of the ministry's branch in Al-Baha Fahad bin Saeed Al-Ghamdi told SPA that the program targets terraces. “Today we are bringing them back,” he said.",
			[]string{"Director General of the ministry's branch in Al-Baha Fahad bin Saeed Al-Ghamdi -> Fahad bin Saeed Al-Ghamdi | told", "he -> Fahad bin Saeed Al-Ghamdi | said"}},
		// Near misses: no name after the branch's place, a spokesman for
		// the branch, a plural role at it, a minister who visits it, and
		// the holder's name in apposition.
		{"no name after the place", "Director General of the ministry's branch in Al-Baha said the program targets terraces. “Today we are bringing them back,” he said.",
			[]string{"Director General of the ministry's branch in Al-Baha ->  | said", "he ->  | said"}},
		{"spokesman for the branch", "A spokesman for the ministry's branch in Al-Baha said the program targets terraces. “Today we are bringing them back,” the spokesman said.",
			[]string{"A spokesman for the ministry's branch in Al-Baha ->  | said", "the spokesman ->  | said"}},
		{"plural role at the branch", "Officials at the ministry's branch in Jazan told SPA that the program targets terraces. “Today we are bringing them back,” they said.",
			[]string{"Officials at the ministry's branch in Jazan ->  | told", "they ->  | said"}},
		{"a visit to the branch", "Minister of Environment Abdulrahman Al-Fadley visited the ministry's branch in Al-Baha on Sunday. “The terraces are our heritage,” he said.",
			[]string{"he -> Abdulrahman Al-Fadley | said"}},
		{"name in apposition", "The director of the ministry's branch in Al-Baha, Eng. Fahad bin Saeed Al-Ghamdi, told SPA that the program targets terraces. “Today we are bringing them back,” he said.",
			[]string{"The director of the ministry's branch in Al-Baha, Eng. Fahad bin Saeed Al-Ghamdi -> Fahad bin Saeed Al-Ghamdi | told", "he -> Fahad bin Saeed Al-Ghamdi | said"}},
	})
}

// TestWirePortfolioListCommaInTitle checks a title whose portfolio is a
// list with a comma inside it before the holder's name ("Union Minister
// of State for Environment, Forest and Climate Change Rajeev Ranjan
// Tiwari said"): the comma is the list's, not an appositive's, so the
// source is the whole title with the name, and its name the holder's.
// A first word after the comma the lists do not know is the list's
// between two they know ("Culture, Monuments and Heritage"). A name
// after the comma, in apposition or before "and the", stays a name.
func TestWirePortfolioListCommaInTitle(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"environment, forest and climate change", "Union Minister of State for Environment, Forest and Climate Change Rajeev Ranjan Tiwari said in a post on X that the Centre would release funds. “Every corridor saved is a herd saved,” Tiwari said.",
			[]string{"Union Minister of State for Environment, Forest and Climate Change Rajeev Ranjan Tiwari -> Rajeev Ranjan Tiwari | said", "Tiwari -> Rajeev Ranjan Tiwari | said"}},
		{"environment, forests and climate change", "Minister for Environment, Forests and Climate Change Rajeev Ranjan Tiwari said the Centre would release funds. “Every corridor saved is a herd saved,” he said.",
			[]string{"Minister for Environment, Forests and Climate Change Rajeev Ranjan Tiwari -> Rajeev Ranjan Tiwari | said", "he -> Rajeev Ranjan Tiwari | said"}},
		{"unlisted word between two listed, inverted", "“We are ready,” said Minister of Culture, Monuments and Heritage Yusuf Adebayo.",
			[]string{"Minister of Culture, Monuments and Heritage Yusuf Adebayo -> Yusuf Adebayo | said"}},
		{"mines, quarries and steel", "Minister of Mines, Quarries and Steel Halima Bello said output would rise. “We are ready,” she said.",
			[]string{"Minister of Mines, Quarries and Steel Halima Bello -> Halima Bello | said", "she -> Halima Bello | said"}},
		// Near misses: a name in apposition after the comma, and a name
		// after the comma before "and the".
		{"name in apposition", "The Minister of Education, Amina Farah, said the schools would reopen. “We are ready,” Farah said.",
			[]string{"The Minister of Education, Amina Farah -> Amina Farah | said", "Farah -> Amina Farah | said"}},
		{"name before and the", "Minister of Health, Ugo Bassey and the governor said the clinic would open. “We are ready,” Bassey said.",
			[]string{"Ugo Bassey and the governor ->  | said", "Bassey -> Ugo Bassey | said"}},
	})
}

// TestWireOutletDescriptorBeforeTheName checks a descriptor and an
// outlet's noun in lower case (daily, newspaper, tabloid, magazine,
// broadcaster) before an outlet's name that opens with "The" ("Emirati
// daily The National reported, citing sources at the port operator"):
// the name's "The" is no determiner that opens the source, and the
// descriptor is kept in it, as chains-conventions keep pre-modifiers. A
// name that opens the sentence, one after a full stop, and a name with
// no "The" stay as they were.
func TestWireOutletDescriptorBeforeTheName(t *testing.T) {
	runParseCases(t, []attrCase{
		{"nationality, daily, citing", "Emirati daily The National reported last month, citing sources at the port operator, that the expansion would add two new berths.",
			[]string{"Emirati daily The National | reported >> sources at the port operator | citing"}},
		{"the daily, inverted, citing", "The expansion would add two new berths, the daily The National reported, citing sources at the port operator.",
			[]string{"the daily The National | reported >> sources at the port operator | citing"}},
		{"country, newspaper", "UAE newspaper The National reported on Monday that the expansion would add two new berths.",
			[]string{"UAE newspaper The National | reported"}},
		{"nationality, daily, after the clause", "The talks had stalled, Indian daily The Hindu reported, citing officials.",
			[]string{"Indian daily The Hindu | reported >> officials | citing"}},
		{"local newspaper", "The talks had stalled, local newspaper The Star reported, citing two officials.",
			[]string{"local newspaper The Star | reported >> two officials | citing"}},
		{"magazine, according to", "The talks had stalled, according to US magazine The Atlantic.",
			[]string{"US magazine The Atlantic | according to"}},
		// Near misses: the name opens the sentence, follows a full stop
		// after an outlet's noun, or has no "The".
		{"sentence-initial", "The National reported on Monday that the expansion would add two new berths.",
			[]string{"The National | reported"}},
		{"after a full stop", "The talks had stalled, the paper said. The National reported the same on Monday.",
			[]string{"the paper | said", "The National | reported"}},
		{"no The", "Pakistani daily Dawn reported that the talks had stalled.",
			[]string{"Pakistani daily Dawn | reported"}},
		{"two spaces, text lost between", "The number of people  The Harbour Post reported that the port would close.",
			[]string{"The Harbour Post | reported"}},
	}, showChain)
}
