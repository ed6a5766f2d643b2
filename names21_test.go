package wirestory

import "testing"

// The tests of this file check names and titles of round 21's blind
// wire stories: a military rank with its class before a name, an
// occupation capitalised only because it opens the sentence before a
// full name, a pronoun after "The mayor of X, NAME, said", a relative
// "who" after a name and its appositive, and a number inside an
// outlet's name.

// TestWireRankClassBeforeName checks an enlisted or petty officer's
// rank with its class before the name ("Petty Officer 2nd Class X",
// "Airman First Class X", "Specialist 4th Class X"): the class is the
// title's, and the surname alone later is that person. A place's word
// that is a given name too ("Jordan") after the title is the name's.
// A rank with no class, "First" before a title of several words, and
// a place after a title's "of" stay as they were.
func TestWireRankClassBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"petty officer 2nd class, surname after", "No one was hurt, Coast Guard Petty Officer 2nd Class Jordan Akana said. “The hull is intact,” Akana said.",
			[]string{"Jordan Akana"}},
		{"petty officer 1st class, subject", "Navy Petty Officer 1st Class Dana Whitfield said the crew was “safe and accounted for.” “We were lucky,” Whitfield said.",
			[]string{"Dana Whitfield", "Dana Whitfield"}},
		{"airman first class, inverted", "“The runway will reopen Tuesday,” said Airman First Class Maria Lopez, a spokeswoman for the base.",
			[]string{"Maria Lopez"}},
		{"specialist 4th class, he after", "“We held the bridge,” said Army Specialist 4th Class Tom Reyes. “It was cold,” he said.",
			[]string{"Tom Reyes", "Tom Reyes"}},
		{"petty officer first class, inverted", "“The search continues,” said Petty Officer First Class Kyle Brandt.",
			[]string{"Kyle Brandt"}},
		// Near misses: a rank with no class, "First" opening a title
		// of several words, a given name after a rank, and a name
		// that starts with a place's word with no title before it.
		{"rank with no class", "“We held,” said Staff Sgt. Ana Ruiz.",
			[]string{"Ana Ruiz"}},
		{"First before a deputy minister", "“Talks will go on,” said First Deputy Foreign Minister Ivan Sorokin.",
			[]string{"Ivan Sorokin"}},
		{"place word opening a name, no title", "Jordan Smith said the ship was “stable.”",
			[]string{"Jordan Smith"}},
		{"minister of a country, then the name", "“We are ready,” said the Foreign Minister of Jordan Ayman Khalil.",
			[]string{"Ayman Khalil"}},
	})
}

// TestWireSurnameCallingBeforeName checks a calling that is a common
// surname too ("Carver", "Weaver", "Baker"), capitalised only because
// it opens the sentence, before a full name of two words or more: the
// calling is no word of the name, and the pronoun or surname after is
// that person. Before one capitalised word ("Carver Mead", "Baker
// Mayfield"), alone, after a given name, or before an initial, the word
// stays the name's.
func TestWireSurnameCallingBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"carver, who clause, she after", "Carver Gül Aydın-Richter, who took over her father's workshop in 2019, told dpa she now pays twice as much. “It is hard,” she said.",
			[]string{"Gül Aydın-Richter"}},
		{"weaver, surname after", "Weaver Halima Nur Abdi sells her cloth at the market every Friday. “The young ones do not want to learn,” Abdi said.",
			[]string{"Halima Nur Abdi"}},
		{"potter, said", "Potter Ines Vogt-Hartmann said the old kiln was “too small for the orders.”",
			[]string{"Ines Vogt-Hartmann"}},
		{"baker, age, surname after", "Baker Mehmet Yilmaz, 54, said flour prices were “crazy.” “We cannot go on like this,” Yilmaz said.",
			[]string{"Mehmet Yilmaz", "Mehmet Yilmaz"}},
		// Near misses: a given name before one surname, the word alone,
		// as a surname after a given name, and before an initial.
		{"given name Carver before a surname", "Carver Mead said the chips were “fast.”",
			[]string{"Carver Mead"}},
		{"given name Baker before a surname", "Baker Mayfield said the team was “ready.”",
			[]string{"Baker Mayfield"}},
		{"surname alone", "“It is fine,” Baker said.",
			[]string{"Baker"}},
		{"surname after a given name", "Raymond Carver said the story was “short.”",
			[]string{"Raymond Carver"}},
		{"given name before an initial", "Potter J. Stewart said the case was “clear.”",
			[]string{"Potter J. Stewart"}},
	})
}

// TestWireHolderAfterRoleOfPlace checks "The mayor of X, NAME, said",
// where X was read as a speaker before ("The hospital in X said"): the
// place in the role's "of" phrase is no subject of the sentence, the
// mention is the name in apposition, and "he" or "she" after is that
// person. A name in the "of" phrase with no name in apposition, a
// possessive before a role and a name met earlier stay as they were.
func TestWireHolderAfterRoleOfPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"mayor of a place that spoke, said, he", "The truffle research centre in Alba said in a note that rainfall was low. The mayor of Alba, Carlo Bonino, said the fair drew record crowds. “The truffle is rare this year,” he said.",
			[]string{"Carlo Bonino"}},
		{"mayor of a place, told an agency, he", "The regional hospital in Sliven said in a statement that 40 people were treated. The mayor of Sliven, Stefan Radev, told BTA the water was safe. “We tested it twice,” he said.",
			[]string{"Stefan Radev"}},
		{"cooperative in a town, mayor of it", "The fishing cooperative in Chioggia said on Monday that the catch had fallen. The mayor of Chioggia, Luca Zennaro, told reporters the port would stay open. “We cannot close the lagoon,” he said.",
			[]string{"Luca Zennaro"}},
		{"governor of a state", "The governor of Ohio, Mike Dewald, said the roads were closed. “Stay home,” he said.",
			[]string{"Mike Dewald"}},
		// Near misses: a person in the "of" phrase with no name in
		// apposition, a possessive before a role, a place named
		// earlier in another role's object.
		{"son of a person, no apposition", "The son of John Smith said the case was “weak.” “He is innocent,” he said.",
			[]string{"", "John Smith"}},
		{"possessive before a role", "Reyes's lawyer, Sam Cole, said the case was weak. “We will appeal,” he said.",
			[]string{"Sam Cole"}},
		{"place as a role's object earlier", "John Smith met the mayor of Alba on Monday. “It was a good meeting,” he said.",
			[]string{"John Smith"}},
	})
}

// TestWireRelativeAfterAppositive checks a relative "who" after a name
// and an appositive of its role ("said X, a researcher at the Y
// Institute, who called the frost “…”"): the relative stands for the
// person named before the appositive, not for the body inside it, as
// the subject of a sentence too. A "who" right after a name, after a
// role the text never names, and a restrictive "who" stay as they were.
func TestWireRelativeAfterAppositive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"inverted, a researcher at an institute", "“This is a wake-up call,” said Park Eun-ji, a researcher at the Korea Rural Economic Institute, who called the frost “a warning for every orchard.”",
			[]string{"Park Eun-ji", "Park Eun-ji"}},
		{"inverted, an analyst at a firm", "“Prices will rise,” said Kim Dong-hyun, an analyst at Hana Securities, who described the market as “nervous.”",
			[]string{"Kim Dong-hyun", "Kim Dong-hyun"}},
		{"subject, a professor at a university", "Lee Su-jin, a professor at Seoul National University, who called the plan “reckless,” said it would fail.",
			[]string{"Lee Su-jin"}},
		{"inverted, the head of a station", "“The ice came early,” said Mats Lindqvist, the head of the Abisko research station, who called the season “the strangest in 40 years.”",
			[]string{"Mats Lindqvist", "Mats Lindqvist"}},
		// Near misses: "who" right after the name, after a role never
		// named, and a restrictive relative.
		{"who right after the name", "“It is too late,” said John Smith, who called the plan “reckless.”",
			[]string{"John Smith", "John Smith"}},
		{"a role never named", "“It is too late,” said a researcher at the Korea Rural Economic Institute, who called the plan “reckless.”",
			[]string{"", ""}},
		{"restrictive who", "A farmer who lost his whole crop said the frost was “the worst in memory.”",
			[]string{""}},
		{"places, then those who", "In two provinces, Gyeonggi and Gangwon, those who called the levy “unfair” outnumbered its backers.",
			[]string{""}},
	})
}

// TestChainNumberInsideOutletName checks a number inside a capitalised
// outlet's name ("Il Sole 24 Ore", "Tele Sud 1 Info"): the number and
// the word after it are the name's, and "which cited" after the name
// links the cited source as a level, as it does after a name with no
// number. A number that ends the name and a count after a name stay
// as they were.
func TestChainNumberInsideOutletName(t *testing.T) {
	tests := []attrCase{
		{"according to, which cited", "Exports have fallen by about 30%, according to business daily Il Sole 24 Ore, which cited customs data.",
			[]string{"business daily Il Sole 24 Ore | according to >> customs data | cited"}},
		{"according to, no description", "Exports have fallen by about 30%, according to Il Sole 24 Ore, which cited customs data.",
			[]string{"Il Sole 24 Ore | according to >> customs data | cited"}},
		{"news channel, which quoted", "The toll rose to 12, according to news channel Tele Sud 1 Info, which quoted hospital sources.",
			[]string{"news channel Tele Sud 1 Info | according to >> hospital sources | quoted"}},
		{"reported, citing", "The toll rose to 12, the daily Corriere Alto 7 Giorni reported, citing police sources.",
			[]string{"the daily Corriere Alto 7 Giorni | reported >> police sources | citing"}},
		// Near misses: a number that ends the name, and one name with
		// no number.
		{"number ends the name", "The toll rose to 12, according to France 24, which cited local officials.",
			[]string{"France 24 | according to >> local officials | cited"}},
		{"no number", "Exports have fallen by about 30%, according to business daily Il Sole, which cited customs data.",
			[]string{"business daily Il Sole | according to >> customs data | cited"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestRankClassSubjectSource checks the source phrase read back from the
// verb over a rank and its class ("Airman First Class Maria Lopez
// said"), as phraseRight reads it forwards after "said", and the
// enlisted ranks "Private" and "Private First Class" (Pvt., Pfc.) as
// titles.
func TestRankClassSubjectSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"airman first class, subject", "Airman First Class Maria Lopez said the runway would reopen.",
			[]string{"Airman First Class Maria Lopez | said"}},
		{"private first class after the service", "Army Private First Class Dale Ortiz said the convoy had stopped twice.",
			[]string{"Army Private First Class Dale Ortiz | said"}},
		{"petty officer second class", "Petty Officer Second Class Ana Ruiz said the hull was intact.",
			[]string{"Petty Officer Second Class Ana Ruiz | said"}},
		// Near misses: a rank with no class, "Private" as an adjective.
		{"first deputy minister", "First Deputy Minister Ivan Sorokin said talks would go on.",
			[]string{"First Deputy Minister Ivan Sorokin | said"}},
		{"private as an adjective", "Private investors said the fund was closed.",
			[]string{"Private investors | said"}},
	}, showChain)
	runSpeakerCases(t, []speakerCase{
		{"pfc abbreviation", "“We stopped twice,” Pfc. Dale Ortiz said.",
			[]string{"Dale Ortiz"}},
		{"private, pronoun after", "“It was cold,” said Army Pvt. Ana Ruiz. “We waited,” she said.",
			[]string{"Ana Ruiz", "Ana Ruiz"}},
	})
}
