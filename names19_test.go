package wirestory

import "testing"

// The tests of this file check names and titles of round 19's blind
// wire stories: a bare calling before a full name at a sentence's
// start, a title's field of three words or more before a name in
// apposition, a portfolio of two words joined by "and" before
// "Minister", and a body's acronym, a lower-case role and an honorific
// of two words before a name.

// TestWireBareCallingBeforeName checks an occupation written with no
// article before a full name, capitalised only because it opens the
// sentence ("Falconer X brought …", "Pearl diver X", "Weaver X"): the
// calling is no word of the name, and the surname later is that
// person. The same word as a surname after a given name or a title
// stays a name, and a title ("Minister X") is read as before. (After
// "Mr" or "Lord" such a word is still read as the calling, as
// "Mr Shepherd" was before: a limit of the role list.)
func TestWireBareCallingBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"falconer, surname after", "Falconer Hamad Saeed Al Dhaheri brought three of his birds to the hospital. “I trust them completely,” Al Dhaheri said.",
			[]string{"Hamad Saeed Al Dhaheri"}},
		{"artisan, she after", "Artisan Siti Aminah Harun sells her cloth at the market every Friday. “The young ones do not want to learn,” she said.",
			[]string{"Siti Aminah Harun"}},
		{"boatbuilder, said", "Boatbuilder Yousef Rashid Al Marri said the dhow would be “ready by winter.”",
			[]string{"Yousef Rashid Al Marri"}},
		{"pearl diver, surname after", "Pearl diver Khalid Obaid Al Hammadi still goes out every summer. “The sea is my school,” Al Hammadi said.",
			[]string{"Khalid Obaid Al Hammadi"}},
		{"rubber tapper, said", "Rubber tapper Ahmad Fauzi Ismail said prices were “too low to live on.”",
			[]string{"Ahmad Fauzi Ismail"}},
		// Near misses: the word as a surname after a given name or a
		// title, alone, a given name that is also a word, and a title.
		{"surname Falconer after a given name, alone after", "Charles Falconer spoke in the debate. “The bill is badly drafted,” Falconer said.",
			[]string{"Charles Falconer"}},
		{"surname Diver after a given name", "Tom Diver said the bill was “badly drafted.”",
			[]string{"Tom Diver"}},
		{"given name that is a word", "Hunter Biden said the deal was “fair.”",
			[]string{"Hunter Biden"}},
		{"a title", "Minister Saeed Obaid Al Kaabi said the hospital was “a model.”",
			[]string{"Saeed Obaid Al Kaabi"}},
	})
}

// TestWireFieldTitleThenAppositiveName checks a title whose "of" phrase
// names a field of three words or more, a place of work after it, and
// the holder's name in apposition after a comma ("“…,” Director
// General of Marine Spatial Management at the ministry, Dr X, said"):
// the field names no one, and the name after the comma is the holder's.
// A name straight after a field of one word, and a list of titled
// names, stay as they were.
func TestWireFieldTitleThenAppositiveName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"field of three, at the ministry, Dr", "“We are building an economy for the fishermen,” Director General of Marine Spatial Management at the ministry, Dr Hendra Wibisono, said here on Monday.",
			[]string{"Hendra Wibisono"}},
		{"field of three, comma, subject", "Director General of Marine Spatial Management, Dr Hendra Wibisono, said the reefs were “recovering slowly.”",
			[]string{"Hendra Wibisono"}},
		{"field of three, in the office, inverted", "“The season will start late,” said Head of Climate Change Adaptation in the provincial office, Ardhasena Putra.",
			[]string{"Ardhasena Putra"}},
		{"field of four, at the agency", "“Cases are rising,” Director of Communicable Disease Control Services at the agency, Ni Made Sari, told reporters.",
			[]string{"Ni Made Sari"}},
		{"field of two parts, at the agency", "“The bridge is safe,” Head of Public Works and Housing at the agency, Dr Budi Santoso, said.",
			[]string{"Budi Santoso"}},
		// Near misses: a field of one word before the name, a name of
		// three words after a field of one word and "at", and a list.
		{"field of one word, name after", "“We are ready,” Minister of Marine Affairs Sakti Wahyu said.",
			[]string{"Sakti Wahyu"}},
		{"one-word field, name, at a meeting", "“We are ready,” said Minister of Health Budi Gunadi Sadikin at a meeting in Jakarta.",
			[]string{"Budi Gunadi Sadikin"}},
		{"field of two, at the ministry", "“We are ready,” Director General of Spatial Management at the ministry, Hendra Wibisono, said.",
			[]string{"Hendra Wibisono"}},
	})
}

// TestWireTwoPortfoliosBeforeMinister checks a portfolio of two words
// joined by "and" before "Minister" ("Plantation and Commodities
// Minister", "Housing and Local Government Minister"), after an inverted
// "said" or as the subject, with honorifics of two words before the name
// ("Datuk Seri Haji X"): the first portfolio names no one, and "he"
// after is the minister. A surname before "and" and another title ("Ortega
// and Interior Minister Kaya") is two people.
func TestWireTwoPortfoliosBeforeMinister(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"plantation and commodities, inverted, honorifics", "About 180,000 smallholders will get the incentive, said Plantation and Commodities Minister Datuk Seri Haji Rahmat Bakri. “This is a safety net,” he said.",
			[]string{"Rahmat Bakri"}},
		{"housing and local government, inverted", "The flats will be ready next year, said Housing and Local Government Minister Nga Kor Ming. “We will not delay,” he said.",
			[]string{"Nga Kor Ming"}},
		{"science and technology, subject, Dr", "Science and Technology Minister Dr Ahmad Fauzi Hassan said the satellite was ready. “We are on schedule,” he said.",
			[]string{"Ahmad Fauzi Hassan"}},
		{"plantation and commodities, subject, Tan Sri", "Plantation and Commodities Minister Tan Sri Rahmat Bakri said the cess would stay. “It is fair,” he said.",
			[]string{"Rahmat Bakri"}},
		// Near misses: two people joined by "and", a portfolio after a
		// comma list.
		{"two people", "Ortega and Interior Minister Hakan Kaya met on Monday. “We agreed,” Kaya said.",
			[]string{"Hakan Kaya"}},
		{"three portfolios", "Prices will hold, said Investment, Trade and Industry Minister Tengku Zafrul Aziz. “We are ready,” he said.",
			[]string{"Zafrul Aziz"}},
	})
}

// TestWireBodyAcronymRoleHonorificName checks a body, its acronym in
// brackets, a role in lower case and an honorific of two words before
// the name ("National Association of Smallholders Malaysia (NASM)
// president Tan Sri X said …"): the person is the name, not the body.
// A body with no role after it speaks for itself.
func TestWireBodyAcronymRoleHonorificName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"president Tan Sri, welcomed but said", "National Association of Smallholders Malaysia (NASM) president Tan Sri Lim Chee Keong welcomed the move but said the threshold was “too low to make a difference” for many families.",
			[]string{"Lim Chee Keong"}},
		{"president Datuk Seri", "Malaysian Rubber Growers Association (MRGA) president Datuk Seri Ahmad Zaki Osman said the scheme was “long overdue.”",
			[]string{"Ahmad Zaki Osman"}},
		{"chief executive officer Tan Sri", "Malaysian Palm Oil Council (MPOC) chief executive officer Tan Sri Wong Kah Fai said exports would “recover by March.”",
			[]string{"Wong Kah Fai"}},
		{"secretary-general Puan Sri", "Federation of Malaysian Consumers Associations (Fomca) secretary-general Puan Sri Aminah Rahim said prices were “unfair.”",
			[]string{"Aminah Rahim"}},
		// Near misses: the body alone, the body and one honorific.
		{"the body alone", "The Malaysian Rubber Board (MRB) said prices were “stable.”",
			[]string{"Malaysian Rubber Board"}},
		{"one honorific", "Trade Development Corporation (MATRADE) chief executive officer Datuk Mohd Aziz said exports were “strong.”",
			[]string{"Mohd Aziz"}},
	})
}
