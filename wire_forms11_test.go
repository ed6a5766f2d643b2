package wirestory

import "testing"

// TestChainPlatformBeforeTime checks a platform after a document with a
// time after it: "in a post on Instagram shortly after the ruling" keeps
// the platform as a level and leaves the time out of it.
func TestChainPlatformBeforeTime(t *testing.T) {
	tests := []attrCase{
		{"an adverb of time", "“I never cheated,” Lemaire wrote in a post on Instagram shortly after the ruling.",
			[]string{"Lemaire | wrote >> a post | in >> Instagram | on"}},
		{"late on a day", "The minister said in a post on X late on Wednesday that talks would resume.",
			[]string{"The minister | said >> a post | in >> X | on"}},
		{"hours after", "“We will appeal,” the club said in a message on Facebook hours after the verdict.",
			[]string{"the club | said >> a message | in >> Facebook | on"}},
		{"no time", "“I never cheated,” Lemaire wrote in a post on Instagram.",
			[]string{"Lemaire | wrote >> a post | in >> Instagram | on"}},
		// Near misses: a day is no platform, a speech carried nothing, and
		// a station before a topic's noun is the topic's.
		{"a topic", "The plan is dead, the ministry said in a statement on TV licence fees shortly after the vote.",
			[]string{"the ministry | said >> a statement | in"}},
		{"a day", "“I never cheated,” Lemaire said in a post on Tuesday shortly after the ruling.",
			[]string{"Lemaire | said >> a post | in"}},
		{"a speech", "“I never cheated,” Lemaire said in a speech on Monday.",
			[]string{"Lemaire | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainDocumentPlace checks a place after a document: where a
// statement was made ("in a statement in Minna") is no part of it, while
// where or by whom it was issued ("a statement issued in Nairobi",
// "released by the presidency") stays in its phrase, as chains-conventions
// keep it.
func TestChainDocumentPlace(t *testing.T) {
	tests := []attrCase{
		{"in a city", "Police spokesman Wasiu Adeyemi said in a statement in Minna that the guards were arrested.",
			[]string{"Police spokesman Wasiu Adeyemi | said >> a statement | in"}},
		{"in a capital, then a day", "The ministry said in a statement in Abuja on Monday that it would act.",
			[]string{"The ministry | said >> a statement | in"}},
		{"issued in", "The ministry said in a statement issued in Nairobi that it would act.",
			[]string{"The ministry | said >> a statement issued in Nairobi | in"}},
		{"released in", "Secretary-General Dwight Albury said in a statement released in Georgetown that aid was coming.",
			[]string{"Secretary-General Dwight Albury | said >> a statement released in Georgetown | in"}},
		{"issued in his name", "The ministry said in a statement issued in his name that it would act.",
			[]string{"The ministry | said >> a statement issued in his name | in"}},
		{"issued by", "The ministry said in a statement issued by its press office that it would act.",
			[]string{"The ministry | said >> a statement issued by its press office | in"}},
		{"opening", "In a statement issued in Geneva, the envoy said the talks would go on.",
			[]string{"the envoy | said >> a statement issued in Geneva | In"}},
		// Near misses: no place, and a venue that is a level.
		{"a language", "The ministry said in a statement in Arabic that it would act.",
			[]string{"The ministry | said >> a statement in Arabic | in"}},
		{"in response", "The ministry said in a statement issued in response to the ruling that it would act.",
			[]string{"The ministry | said >> a statement | in"}},
		{"posted on", "The ministry said in a statement posted on its website that it would act.",
			[]string{"The ministry | said >> a statement | in >> its website | posted on"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestDocumentPlaceReads checks that "the statement reads" after a
// statement made in a place is the words of whoever made it.
func TestDocumentPlaceReads(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a city", "Police spokesman Wasiu Adeyemi said in a statement in Minna that 14 passengers were rescued.\n\n“The victims were rescued unhurt,” the statement reads.",
			[]string{"Wasiu Adeyemi"}},
		{"no place", "Police spokesman Wasiu Adeyemi said in a statement that 14 passengers were rescued.\n\n“The victims were rescued unhurt,” the statement reads.",
			[]string{"Wasiu Adeyemi"}},
	})
}

// TestHeadlineCallingBeforeSurname checks a headline that names a person
// by calling and surname ("Cyclist Lemaire banned …"): the calling,
// which the story writes in lower case before the full name, is no
// given name, and the surname is the person the lead names.
func TestHeadlineCallingBeforeSurname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a cyclist", "Cyclist Lemaire banned four years after appeal fails\n\nLausanne (AFP) - French cyclist Julien Lemaire was banned for four years on Wednesday.\n\n“I have never cheated,” Lemaire wrote.",
			[]string{"Julien Lemaire"}},
		{"a skier", "Skier Brunner wins downhill in Wengen\n\nWengen (AFP) - Swiss skier Marco Brunner won the downhill on Saturday.\n\n“It was perfect,” Brunner said.",
			[]string{"Marco Brunner"}},
		{"a rower, with an epithet between", "Rower Haddad banned for doping\n\nBeirut (AFP) - Olympic rower Sami Haddad was banned on Saturday.\n\n“It was unfair,” Haddad told reporters.",
			[]string{"Sami Haddad"}},
		{"a listed role", "Striker Okafor banned for four matches\n\nLagos (AFP) - Nigerian striker Emeka Okafor was banned on Saturday.\n\n“It was unfair,” Okafor said.",
			[]string{"Emeka Okafor"}},
		// Near miss: a given name the story writes in no lower case stays
		// the name's.
		{"a given name", "Kwabena Lemaire banned four years after appeal fails\n\nLausanne (AFP) - Kwabena Lemaire was banned for four years on Wednesday.\n\n“I have never cheated,” Lemaire wrote.",
			[]string{"Kwabena Lemaire"}},
	})
}

// TestOrganisationAcronymFirst checks an organisation's acronym used
// before its full name is given ("CAS" in the headline, then "the Court
// of Arbitration for Sport (CAS)"): the acronym takes the full name, and
// the name goes on after "for" past a word of its own.
func TestOrganisationAcronymFirst(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a court", "Lemaire banned four years after CAS appeal fails\n\nLAUSANNE (AFP) - Julien Lemaire was banned after the Court of Arbitration for Sport (CAS) rejected his appeal.\n\nThe CAS said his explanation was “not credible”.",
			[]string{"Court of Arbitration for Sport"}},
		{"the court", "LAUSANNE (AFP) - Julien Lemaire was banned after the Court of Arbitration for Sport (CAS) rejected his appeal.\n\nThe court said his explanation was “not credible”.",
			[]string{"Court of Arbitration for Sport"}},
		{"an organisation", "OECD cuts growth forecast again\n\nPARIS (AFP) - The Organisation for Economic Co-operation and Development (OECD) cut its forecast on Tuesday.\n\nThe OECD said growth would be “weak”.",
			[]string{"Organisation for Economic Co-operation and Development"}},
		{"an agency", "IOM counts 300 dead at sea\n\nGENEVA (AFP) - The Agency of Relief for Migrants (IOM) counted 300 dead on Tuesday.\n\nThe IOM said the toll was “appalling”.",
			[]string{"Agency of Relief for Migrants"}},
		// Near misses: an acronym defined for nothing stays itself, and a
		// person after "for" is no part of the body's name.
		{"no definition", "CAS upholds ban\n\nLAUSANNE (AFP) - Julien Lemaire was banned on Tuesday.\n\nThe CAS said his explanation was “not credible”.",
			[]string{"CAS"}},
		{"a person after for", "LAUSANNE (AFP) - The Court of Arbitration for Mr Yusuf’s case met on Tuesday.\n\nThe court said her explanation was “credible”.",
			[]string{"Court of Arbitration"}},
	})
}

// TestPartyAcronymEpithet checks a party epithet with its acronym in
// brackets before the calling ("the Christian Social Union (CSU)
// politician"): the acronym is no word of the role's, and the epithet is
// the person named before, as "the CSU politician" is.
func TestPartyAcronymEpithet(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a party of three words", "MUNICH (dpa) - Bavaria's Interior Minister Florian Brandstaetter visited the flooded town on Monday.\n\n“We will rebuild every house,” the Christian Social Union (CSU) politician said.",
			[]string{"Florian Brandstaetter"}},
		{"a party of two words", "BERLIN (dpa) - Finance Minister Anna Berg defended the budget on Monday.\n\n“We will not borrow more,” the Free Democrat (FDP) politician said.",
			[]string{"Anna Berg"}},
		{"no brackets", "MUNICH (dpa) - Bavaria's Interior Minister Florian Brandstaetter visited the flooded town on Monday.\n\n“We will rebuild every house,” the CSU politician said.",
			[]string{"Florian Brandstaetter"}},
		// Near miss: with no calling after the acronym, the party speaks.
		{"the party", "MUNICH (dpa) - Bavaria's Interior Minister Florian Brandstaetter visited the flooded town on Monday.\n\n“We will rebuild every house,” the Christian Social Union (CSU) said.",
			[]string{"Christian Social Union"}},
	})
}

// TestAnonymousSourceStaysUnnamed checks an unnamed source that the
// story says is to stay unnamed ("on condition of anonymity", "who did
// not wish to be named"): a person named with the same role in the next
// sentence is someone else.
func TestAnonymousSourceStaysUnnamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"on condition of anonymity", "NEW DELHI (PTI) - A building collapsed on Monday.\n\n“The accused was aware,” a senior police officer told PTI on condition of anonymity.\n\nSenior police officer Neha Vashisht said the owner had been arrested.",
			[]string{""}},
		{"did not wish to be named", "NEW DELHI (PTI) - A building collapsed on Monday.\n\n“The accused was aware,” said a senior police officer, who did not wish to be named.\n\nSenior police officer Neha Vashisht said the owner had been arrested.",
			[]string{""}},
		{"speaking anonymously", "COPENHAGEN (Reuters) - Shares fell on Monday.\n\n“It is a bad sign,” a Danish analyst said, speaking anonymously.\n\nRolf Meier, chief analyst at Nordbank, said the fall would last.",
			[]string{""}},
		{"declined to be identified", "LAGOS (AFP) - Fuel ran short on Monday.\n\n“The depots are empty,” said an oil ministry official who declined to be identified.\n\nOil ministry official Ada Okoro said supplies would resume.",
			[]string{""}},
		{"another title", "NEW DELHI (PTI) - A building collapsed on Monday.\n\n“The accused was aware,” a senior police officer said.\n\nDeputy Commissioner of Police Neha Vashisht said the owner had been arrested.",
			[]string{""}},
		// Near miss: with nothing said of anonymity, the analyst named
		// next with the same role is the source.
		{"named next", "COPENHAGEN (Reuters) - Shares fell on Monday.\n\n“It is a bad sign,” a Danish analyst said.\n\nRolf Meier, chief analyst at Nordbank, said the fall would last.",
			[]string{"Rolf Meier"}},
	})
}
