package wirestory

import "testing"

// The tests of this file check names and titles of round 17's blind
// wire stories: name initials, royal titles, company names and given
// names before a person's name.

// TestWireTwoLetterInitial checks a name initial of two letters written
// with a period ("Ch. Laxma Reddy", "Sk. Abdul Rahim"), as Indian wires
// abbreviate a name's first part: the period ends no sentence, and the
// initial is the name's, as "K." is in "K. Narasimha Goud".
func TestWireTwoLetterInitial(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a portfolio, surname after", "Minister for Irrigation and Command Area Development Ch. Laxma Reddy rejected the claim. “The lake is safe,” Reddy said.",
			[]string{"Ch. Laxma Reddy"}},
		{"after a title", "District Collector Sk. Abdul Rahim said the tanks were “full.”",
			[]string{"Sk. Abdul Rahim"}},
		{"after said", "“We will act,” said Ch. Venkata Rao, the district officer.",
			[]string{"Ch. Venkata Rao"}},
		{"he after", "Former MLA Ch. Srinivasa Rao said the farmers were angry. “The canal is dry,” he said.",
			[]string{"Ch. Srinivasa Rao"}},
		// Near misses: a one-letter initial, a sentence that ends in a
		// word of two letters, and "Md." after a city, Maryland's.
		{"one-letter initial", "District Collector K. Narasimha Goud said the tanks were “full.”",
			[]string{"K. Narasimha Goud"}},
		{"a sentence ends after two letters", "The canal runs to Ch. Farmers were angry. “The canal is dry,” said Ravi Kumar.",
			[]string{"Ravi Kumar"}},
		{"Maryland", "The fire broke out in Rockville, Md., police said. “It was quick,” said Ann Brooks.",
			[]string{"Ann Brooks"}},
	})
}

// TestWireRoyalTitleApposition checks a royal or noble title before a
// name ("Raja Johannis Ferdinandus", "Raja Muda Tengku Ahmad",
// "Pangeran Arya Wiratama"), which is no word of the name, as "Sultan"
// and "Tengku" are not; and a name in apposition after a role of a
// place ("The king of Haruku, Raja X, welcomed …"), which is who "he"
// after is, not the place.
func TestWireRoyalTitleApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"king of a place, Raja in apposition, he after", "The king of Haruku, Raja Johannis Ferdinandus, welcomed the plan. “The sea is our mother,” he said.",
			[]string{"Johannis Ferdinandus"}},
		{"mayor of a place in apposition, he after", "The mayor of Ambon, Johannis Tuanakotta, welcomed the plan.\n\n“The sea is our mother,” he said.",
			[]string{"Johannis Tuanakotta"}},
		{"Raja before the name", "Raja Ali Hassan said the palace was “open.”",
			[]string{"Ali Hassan"}},
		{"Raja Muda", "Raja Muda Tengku Ahmad Rizal said the palace was “open.” “We are ready,” he said.",
			[]string{"Ahmad Rizal", "Ahmad Rizal"}},
		{"Pangeran", "Pangeran Arya Wiratama said the ceremony was “sacred.”",
			[]string{"Arya Wiratama"}},
		// Near misses: Raja as a surname after an initial, then alone
		// after a role; a name with no comma after the role of a place.
		{"surname after an initial", "Telecom Minister A. Raja said the auction was “fair.”\n\nDMK leader Raja said the vote was “rigged.”",
			[]string{"A. Raja", "A. Raja"}},
		{"king of a place, then name", "King of Haruku Johannis Ferdinandus welcomed the plan. “The sea is our mother,” he said.",
			[]string{"Johannis Ferdinandus"}},
	})
}

// TestWireCompanyHeadEndsBody checks a title whose "of" names a
// company of several words before its holder ("Chief Executive
// Officer of Emirates Glass Solutions Rashed Khalfan Al Mazrouei"):
// the company's head word (Solutions, Holdings, Industries, Group,
// Bank …) ends the company's name, and the holder's name starts after
// it, though no list knows its given name.
func TestWireCompanyHeadEndsBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"solutions", "Chief Executive Officer of Emirates Glass Solutions Rashed Khalfan Al Mazrouei said the deal was “a guarantee.” “We will expand,” Al Mazrouei said.",
			[]string{"Rashed Khalfan Al Mazrouei", "Rashed Khalfan Al Mazrouei"}},
		{"holdings", "Chairman of Al Noor Holdings Saif Obaid Al Ketbi said the profit was “solid.”",
			[]string{"Saif Obaid Al Ketbi"}},
		{"industries", "Managing Director of Gulf Steel Industries Humaid Saif Al Shamsi said the plant was “ready.”",
			[]string{"Humaid Saif Al Shamsi"}},
		{"group", "Chief Executive of Kelta Logistics Group Obaid Rashed Al Falasi said the port was “busy.”",
			[]string{"Obaid Rashed Al Falasi"}},
		{"solutions, name in commas", "Chief Executive Officer of Emirates Glass Solutions, Rashed Khalfan Al Mazrouei, said the deal was “good.”",
			[]string{"Rashed Khalfan Al Mazrouei"}},
		// Near misses: a portfolio, a body after "the", a known given
		// name, and a name of two words after the company.
		{"a portfolio", "Minister of Climate Change and Environment Amna Al Dahak said the deal was “good.”",
			[]string{"Amna Al Dahak"}},
		{"of the board of the bank", "Chairman of the Board of the Kelta Bank Ali Khan said the loan was “generous.”",
			[]string{"Ali Khan"}},
		{"a given name after the company", "Managing Director of Gulf Steel Industries Omar Saeed Al Hammadi said the plant was “ready.”",
			[]string{"Omar Saeed Al Hammadi"}},
		{"two-word name after the company", "Chairman of Al Noor Holdings Saif Ketbi said the profit was “solid.”",
			[]string{"Saif Ketbi"}},
	})
}

// TestWireGivenNameNor checks the Malay given name "Nor", which the
// lists hold as the conjunction: capitalised inside a name run, after
// a title, a role or a cue, before another capitalised word, it is the
// name's ("Dr. Nor Azlina Ismail", "said Nor Hayati Abdullah"), and
// the given names alone later ("said Nor Hayati") are that person.
// "Neither X nor Y" keeps the conjunction.
func TestWireGivenNameNor(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Dr., she after", "Dr. Nor Azlina Ismail, a flood researcher at the university, said the rivers were “full.”\n\n“It will get worse,” she said.",
			[]string{"Nor Azlina Ismail", "Nor Azlina Ismail"}},
		{"after said, given names later", "“We are ready,” said Nor Hayati Abdullah, a district officer.\n\n“The camps are open,” said Nor Hayati.",
			[]string{"Nor Hayati Abdullah", "Nor Hayati Abdullah"}},
		{"after a title", "Researcher Nor Azman Hashim said the dam was “safe.”",
			[]string{"Nor Azman Hashim"}},
		{"after a role in lower case", "District officer Nor Hayati Abdullah said the camps were “open.”",
			[]string{"Nor Hayati Abdullah"}},
		// Near misses: the conjunction after "neither", in lower case
		// between two names, and opening a clause.
		{"neither nor", "Neither Smith nor Jones said the plan was “good.”",
			[]string{"Jones"}},
		{"nor before a capitalised clause", "Ahmad Razak did not give a date, nor Siti Aminah said the camps were “open.”",
			[]string{"Siti Aminah"}},
		{"nor opening a clause", "The minister did not comment. Nor did the ministry say when the camps would be “open.”",
			[]string{""}},
	})
}

// TestWireRankWordOpensSentence checks a rank word that opens the
// sentence before a title of several words ("First Deputy Prime
// Minister of Yakutia X was quoted by …"): it is the title's, in the
// source phrase as it is mid-sentence; "Then President X" keeps the
// sentence's adverb out.
func TestWireRankWordOpensSentence(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"first deputy prime minister of a region", "First Deputy Prime Minister of Yakutia Pyotr Argunov said that a commission would assess the buildings.",
			[]string{"First Deputy Prime Minister of Yakutia Pyotr Argunov -> Pyotr Argunov | said"}},
		{"first deputy foreign minister", "First Deputy Foreign Minister Ivan Sorokin said that the talks would go on.",
			[]string{"First Deputy Foreign Minister Ivan Sorokin -> Ivan Sorokin | said"}},
		{"first deputy governor", "First Deputy Governor of the Kelta Region Oleg Varlamov told reporters that the road was closed.",
			[]string{"First Deputy Governor of the Kelta Region Oleg Varlamov -> Oleg Varlamov | told"}},
		{"mid-sentence", "On Monday, First Deputy Prime Minister Pyotr Argunov said that a commission would assess the buildings.",
			[]string{"First Deputy Prime Minister Pyotr Argunov -> Pyotr Argunov | said"}},
		// Near misses: an adverb before a title of one word, before an
		// honorific, a time word before a title of several.
		{"then president", "Then President Barack Obama said that the plan was good.",
			[]string{"President Barack Obama -> Barack Obama | said"}},
		{"then mr", "Then Mr. Rubin said that the plan was good.",
			[]string{"Mr. Rubin -> Rubin | said"}},
		{"a time word before a title of several words", "Later Deputy Mayor Tom Reyes said that the bridge was safe.",
			[]string{"Deputy Mayor Tom Reyes -> Tom Reyes | said"}},
		{"earlier, before a portfolio", "Earlier Foreign Minister Lena Holt told reporters that the talks would resume.",
			[]string{"Foreign Minister Lena Holt -> Lena Holt | told"}},
	})
}

// TestWireTitleLongBodyChain checks a title whose portfolio and body
// run through a chain of "at"/"of" phrases longer than a source
// phrase's bound ("Deputy Director for Science at the Permafrost
// Institute of the Siberian Branch of the Russian Academy of Sciences
// X told TASS"): the source phrase opens at the title, the body's
// "Branch of the" goes on to the body it is part of, and the name after
// it is the holder's, whom a role noun after ("the scientist") is.
func TestWireTitleLongBodyChain(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"deputy director for science at … branch of …", "Deputy Director for Science at the Permafrost Institute of the Siberian Branch of the Russian Academy of Sciences Anatoly Zakharov told TASS that the ground had warmed.",
			[]string{"Deputy Director for Science at the Permafrost Institute of the Siberian Branch of the Russian Academy of Sciences Anatoly Zakharov -> Anatoly Zakharov | told"}},
		{"head of laboratory at … branch of …", "Head of Laboratory at the Institute of Geology of the Kola Branch of the Russian Academy of Sciences Irina Voronova said that the ice was thinning.",
			[]string{"Head of Laboratory at the Institute of Geology of the Kola Branch of the Russian Academy of Sciences Irina Voronova -> Irina Voronova | said"}},
		{"director for research at … of …", "Director for Research at the Institute of Marine Biology of the Far Eastern Branch of the Academy Pavel Orlov said that the catch fell.",
			[]string{"Director for Research at the Institute of Marine Biology of the Far Eastern Branch of the Academy Pavel Orlov -> Pavel Orlov | said"}},
		// Near misses: a title of one body, a lower-case branch of a
		// body, and a long phrase with no title before its bound.
		{"one body", "Director of the Permafrost Institute Anatoly Zakharov told TASS that the ground had warmed.",
			[]string{"Director of the Permafrost Institute Anatoly Zakharov -> Anatoly Zakharov | told"}},
		{"a name before of the", "Governor of Kelta Dawit Alemu of the Democratic Party said the vote was fair.",
			[]string{"Governor of Kelta Dawit Alemu of the Democratic Party -> Dawit Alemu | said"}},
	})
	runSpeakerCases(t, []speakerCase{
		{"the scientist after", "Deputy Director for Science at the Permafrost Institute of the Siberian Branch of the Russian Academy of Sciences Anatoly Zakharov told TASS that the ground had warmed.\n\n“Many buildings were designed for soil that no longer exists,” the scientist noted.",
			[]string{"Anatoly Zakharov"}},
		{"he after, head of laboratory", "Head of Laboratory at the Institute of Geology of the Kola Branch of the Russian Academy of Sciences Pavel Orlov said that the ice was thinning.\n\n“It is faster than we thought,” he said.",
			[]string{"Pavel Orlov"}},
	})
}
