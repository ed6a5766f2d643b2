package wirestory

import "testing"

// The tests of this file check names and titles of round 14's blind
// wire stories: a place after a role's "in" before the name, the
// particle "I" that opens a Balinese man's name, and the institution a
// role is "from" before the name, a police posting in brackets with
// "and" in it, the South Asian honorifics "Begum" and "Bibi", a place
// after an opening adverb and "in", and a portfolio list with commas
// before a name in apposition.

// TestWirePlaceAfterRoleIn checks a role with the place of its posting
// after "in" or "at", run straight into the holder's name ("Red
// Crescent spokesperson in Nablus Ahmad Jibril said"), and a portfolio
// with a possessive ("Minister for Children's Policy Anna Berg"): the
// place and the portfolio's word are no part of the name, and the
// surname after is the same person.
func TestWirePlaceAfterRoleIn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"spokesperson in, surname after", "Red Crescent spokesperson in Nablus Ahmad Jibril said the crew waited. “They waited,” Jibril told WAFA.",
			[]string{"Ahmad Jibril"}},
		{"police spokesman in", "The police spokesman in Hebron Omar Saleh said the road was “closed.”",
			[]string{"Omar Saleh"}},
		{"at a place of two words", "The spokesman at Gaza City Omar Saleh said the road was “closed.”",
			[]string{"Omar Saleh"}},
		{"in a place of two words, she after", "The spokeswoman in East Jerusalem Lina Haddad said the road was closed. “We wait,” she said.",
			[]string{"Lina Haddad"}},
		{"unlisted given name", "The army spokesman in Tulkarm Zeyad Qasrawi said the road was “closed.”",
			[]string{"Zeyad Qasrawi"}},
		{"correspondent in, inverted", "“The road is closed,” said the agency's correspondent in Ramallah Nidal Barakat.",
			[]string{"Nidal Barakat"}},
		{"a possessive in the portfolio", "Minister for Children's Policy Anna Berg said schools would “reopen.”",
			[]string{"Anna Berg"}},
		{"a possessive in the portfolio, an unlisted given name", "The Commissioner for Women's Rights Tove Lindqvist said the law was “late.”",
			[]string{"Tove Lindqvist"}},
		// Near misses: "of" and a comma already worked, and a role in a
		// place with no name after it.
		{"mayor of", "Mayor of Jenin Omar Saleh said the road was “closed.”",
			[]string{"Omar Saleh"}},
		{"comma after the place", "The spokesman in Gaza, Omar Saleh, said the road was “closed.”",
			[]string{"Omar Saleh"}},
		{"no role before in", "Fighting in Gaza resumed. Omar Saleh said the road was “closed.”",
			[]string{"Omar Saleh"}},
	})
}

// TestWireBalineseParticleI checks the particle "I" that opens a
// Balinese man's name ("I Made Darmaputra", "I Gusti Ngurah Rai"), as
// Antara writes them: it is the name's, not the pronoun, and the
// surname and "he" after are the same man. The pronoun before a verb
// or in a quotation is still the pronoun.
func TestWireBalineseParticleI(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"inverted after a title with the", "“We will plant in January,” Head of the Bali Forestry Office I Made Darmaputra said here on Saturday. “It is good,” he remarked.",
			[]string{"I Made Darmaputra", "I Made Darmaputra"}},
		{"role before, surname after", "Farmer I Wayan Sudarta said the crop was good. “It is good,” Sudarta said.",
			[]string{"I Wayan Sudarta"}},
		{"said before the name", "“It is good,” said I Ketut Arsana, a farmer. “We are happy,” he added.",
			[]string{"I Ketut Arsana", "I Ketut Arsana"}},
		{"four words", "Balinese priest I Gusti Ngurah Rai Putra said the rite was “old.”",
			[]string{"I Gusti Ngurah Rai Putra"}},
		{"opening the sentence", "I Nyoman Sukadana said the temple was “full.”",
			[]string{"I Nyoman Sukadana"}},
		{"woman's particle", "Researcher Ni Luh Ayu Sukmawati said the roots were “strong.”",
			[]string{"Ni Luh Ayu Sukmawati"}},
		// Near misses: the pronoun.
		{"I said", "“I think it will rain,” I said.",
			[]string{""}},
		{"I before a name that is the object", "“We lost,” I told Omar Saleh.",
			[]string{""}},
		{"I before a lower-case verb", "“We lost,” I told Reuters.",
			[]string{""}},
	})
}

// TestWireRoleFromInstitution checks a role and the institution it is
// "from", run straight into the holder's name ("researcher from Udayana
// University Ni Luh Ayu Sukmawati said"): the institution is no part of
// the name, and "she" after is the same woman.
func TestWireRoleFromInstitution(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"university, she after", "Meanwhile, mangrove researcher from Udayana University Ni Luh Ayu Sukmawati said that roots hold soil. “They are strong,” she said.",
			[]string{"Ni Luh Ayu Sukmawati"}},
		{"the institute", "Mangrove researcher from the Bogor Agricultural Institute Hendra Wibowo said the roots were “strong.”",
			[]string{"Hendra Wibowo"}},
		{"an agency, surname after", "An analyst from Bank Mandiri Group Dimas Pratama said shares were weak. “They are weak,” Pratama said.",
			[]string{"Dimas Pratama"}},
		{"inverted", "“The roots are strong,” said an expert from Gadjah Mada University Rina Kusuma.",
			[]string{"Rina Kusuma"}},
		// Near misses: "at" already worked; no name after the body.
		{"at the university of", "Economist at the University of Indonesia Budi Santoso said prices were “high.”",
			[]string{"Budi Santoso"}},
		{"a delegation from", "A delegation from Udayana University said the roots were “strong.”",
			[]string{""}},
		{"a day after the body", "Students from Udayana University Monday said the roots were “strong.”",
			[]string{""}},
	})
}

// TestWirePostingWithAndInBrackets checks a police title whose posting
// in brackets joins two parts with "and" ("Deputy Commissioner of
// Police (Crime and Traffic) Hemant Tiwari"), as one of one part is
// read: the officer is named after the bracket, and "the DCP" after is
// he, after the cue or before it; the initials of the title spell the
// abbreviation he is called by after, with no bracket that gives it.
func TestWirePostingWithAndInBrackets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"inverted, the DCP after", "Two were held, said Deputy Commissioner of Police (Crime and Traffic) Hemant Tiwari. “They called victims,” the DCP said.",
			[]string{"Hemant Tiwari"}},
		{"four words", "Two were held, said Deputy Commissioner of Police (Intelligence Fusion and Strategic Operations) Hemant Kumar Tiwari. “They called victims,” the DCP said.",
			[]string{"Hemant Kumar Tiwari"}},
		{"before the cue", "Deputy Commissioner of Police (Law and Order) Neha Vashisht said two were held. “They fled,” the DCP said.",
			[]string{"Neha Vashisht"}},
		{"inverted after a quotation", "“They called victims,” said Deputy Commissioner of Police (Crime and Traffic) Hemant Tiwari.",
			[]string{"Hemant Tiwari"}},
		{"the abbreviation of the title, another man between", "Two were held, said Director General of Police (Crime and Traffic) Hemant Tiwari.\n\nThe minister, Ravi Shankar, praised the team.\n\n“They called victims,” the DGP said.",
			[]string{"Hemant Tiwari"}},
		// Near misses: a posting of one part, and a bracket of a party
		// after a name.
		{"one part", "Two were held, said Deputy Commissioner of Police (Special Operations) Hemant Tiwari. “They called victims,” the DCP said.",
			[]string{"Hemant Tiwari"}},
		{"party after the name", "“The bill is dead,” said Sen. Jane Dole (R-Ohio).",
			[]string{"Jane Dole"}},
	})
}

// TestWireBegumBibi checks "Begum" and "Bibi" before a woman's name, a
// courtesy title left out of it as "Mrs" is ("Begum Nasreen Chaudhry"
// is "Mrs Chaudhry" after), and after the given name, where they end the
// name itself ("Rokeya Begum", "Begum said" after).
func TestWireBegumBibi(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"begum before, mrs after", "Speaking on the occasion, Begum Nasreen Chaudhry said exports would grow. “We are ready,” Mrs Chaudhry said.",
			[]string{"Nasreen Chaudhry"}},
		{"begum, three words, she after", "Begum Nasreen Akhtar Chaudhry said exports would grow. Minister Ali Raza agreed. “We are ready,” she said.",
			[]string{"Nasreen Akhtar Chaudhry"}},
		{"bibi before", "Bibi Amina Khan said the crop was “lost.”",
			[]string{"Amina Khan"}},
		{"after a title", "Provincial Minister Begum Zakia Shahnawaz said the scheme was “open.”",
			[]string{"Zakia Shahnawaz"}},
		// Near misses: the same words ending a name.
		{"begum ends the name, she after", "Rokeya Begum, a garment worker, said wages were too low. “We are hungry,” she said.",
			[]string{"Rokeya Begum"}},
		{"begum as the surname later", "Rokeya Begum, a garment worker, said wages were low. Her employer, Tom Ford, disagreed. “We are hungry,” Begum said.",
			[]string{"Rokeya Begum"}},
		{"bibi ends the name", "Farmer Amina Bibi said the crop was “lost.”",
			[]string{"Amina Bibi"}},
	})
}

// TestWireAdverbBeforeOpeningPlace checks a sentence that opens with an
// adverb, a preposition of place and a place set off by a comma ("Back
// in Ben Tre, Hau says …"): the place is where things happen, as after
// an opening "In", and "he" after is the man named after it.
func TestWireAdverbBeforeOpeningPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"back in, one-word name", "Back in Ben Tre, Hau says he will try once more. “My father planted here,” he said.",
			[]string{"Hau"}},
		{"back in, a surname", "Back in Ben Tre, Miller says he will try once more. “My father planted here,” he said.",
			[]string{"Miller"}},
		{"elsewhere in, she after", "Elsewhere in Soc Trang, Mai says she sold her boat. “There is no rice,” she said.",
			[]string{"Mai"}},
		{"meanwhile in", "Meanwhile in Can Tho, Bao says the dykes will hold. “We built them well,” he said.",
			[]string{"Bao"}},
		// Near misses: no adverb, and a full name after the place.
		{"in alone", "In Ben Tre, Hau says he will try once more. “My father planted here,” he said.",
			[]string{"Hau"}},
		{"a titled name after", "Back in Hanoi, Prime Minister Pham Minh said the plan was “ready.”",
			[]string{"Pham Minh"}},
	})
}

// TestWirePortfolioListBeforeAppositiveName checks a title whose
// portfolio is a list with commas, then the holder's name set off by
// commas ("the Undersecretary for Migration, Population and Religious
// Affairs, Lucía Garza Montemayor, said"): the comma inside the list is
// no end of the source, and the name is the holder's.
func TestWirePortfolioListBeforeAppositiveName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"undersecretary for", "Later, the Undersecretary for Migration, Population and Religious Affairs, Lucía Garza Montemayor, said the government “will not use force.”",
			[]string{"Lucía Garza Montemayor"}},
		{"minister of, a last word no portfolio list holds", "The Minister of Energy, Water and Mines, Pedro Alvarado, said prices would “hold.”",
			[]string{"Pedro Alvarado"}},
		{"secretary of, he after", "The Secretary of Agriculture, Livestock and Fisheries, Ramón Ortiz Vela, said the harvest was lost. “We will pay,” he said.",
			[]string{"Ramón Ortiz Vela"}},
		{"she after", "Later, the Undersecretary for Migration, Population and Religious Affairs, Lucía Garza Montemayor, said talks would go on. “We will talk,” she said.",
			[]string{"Lucía Garza Montemayor"}},
		{"after an opening participle", "Speaking at a press conference in Mexico City, the Undersecretary for Migration, Population and Religious Affairs, Lucía Garza Montemayor, said the government “will not use force.”",
			[]string{"Lucía Garza Montemayor"}},
		{"after an opening participle, a last word no list holds", "Speaking to reporters, the Minister of Energy, Water and Mines, Pedro Alvarado, said prices would “hold.”",
			[]string{"Pedro Alvarado"}},
		// Near misses: no comma before the name, no list, and a list of
		// banks.
		{"no comma before the name", "The Minister of Energy, Water and Mines Pedro Alvarado said prices would “hold.”",
			[]string{"Pedro Alvarado"}},
		{"a portfolio of one part", "The Minister of Energy, Pedro Alvarado, said prices would “hold.”",
			[]string{"Pedro Alvarado"}},
		{"a list of banks, as before: its first", "Bank of America, Citigroup and Wells Fargo, the largest lenders, said rates would “rise.”",
			[]string{"Bank of America"}},
	})
}
