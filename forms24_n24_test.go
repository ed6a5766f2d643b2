package wirestory

import "testing"

// The tests of this file check the forms of round 24 taught by n24.

// TestForms24BodyHeadBeforePluralShapedName checks a capitalised role,
// "of the" and a body's name of several capitalised words that ends
// with its head word ("Authority", "Agency", "Office"), then the
// holder's full name whose given name ends in "s" as a plural does
// ("Yohanes", "Agus", "Markus"): the head word ends the body and the
// name is whole. A portfolio's plural ("Minister for Human Rights X")
// and a name with no body stay as they were.
func TestForms24BodyHeadBeforePluralShapedName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"authority, place inside the name, he after", "“We will cap the numbers,” Head of the Komodo National Park Authority Yohanes Bria Seran said here on Monday. “The dragons need quiet,” he remarked.",
			[]string{"Yohanes Bria Seran", "Yohanes Bria Seran"}},
		{"agency, two-word name", "“The roads are open again,” Head of the Sleman Disaster Mitigation Agency Agus Prasetyo told reporters.",
			[]string{"Agus Prasetyo"}},
		{"office, inverted cue", "“Prices will hold until Lebaran,” said Chairman of the Bali Provincial Trade Office Markus Wayan Sudarta.",
			[]string{"Markus Wayan Sudarta"}},
		{"board, three words", "“The harbour will be dredged,” Director of the Tanjung Perak Port Board Yosias Tamba Siregar said.",
			[]string{"Yosias Tamba Siregar"}},
		// Near misses: a portfolio's plural before a name, and a
		// portfolio of two plural words.
		{"portfolio plural", "“The bridge opens in June,” Minister of Public Works Basuki Hadimuljono said.",
			[]string{"Basuki Hadimuljono"}},
		{"portfolio words", "“We will pay in March,” said Minister of Social Affairs Tri Rismaharini.",
			[]string{"Tri Rismaharini"}},
	})
}

// TestForms24PossessiveBodyInTitle checks a role, "of the" and a
// possessive body's name ("the Festival's Organizing Committee", "the
// Ministry's Legal Bureau") before the holder's name: the body is the
// title's, the name is the person's, and "he said" after is that person.
// A possessive with a noun in lower case after it and a possessive with
// no body's head word stay as they were.
func TestForms24PossessiveBodyInTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"festival's committee, he after", "For his part, Chairman of the Festival's Organizing Committee Abdullah Jassim Al Muhannadi said that teams had come from Oman. “We have received 38 dhows,” he said.",
			[]string{"Abdullah Jassim Al Muhannadi"}},
		{"ministry's bureau", "“The contracts were reviewed,” Head of the Ministry's Legal Bureau Khalid Nasser Al Ansari told QNA.",
			[]string{"Khalid Nasser Al Ansari"}},
		{"university's council, inverted", "“Admissions will open in May,” said Secretary of the University's Academic Council Dr. Mariam Saleh Al Hajri.",
			[]string{"Mariam Saleh Al Hajri"}},
		{"club's board", "“The stadium will be ready,” Chairman of the Club's Executive Board Nasser Ali Al Kuwari said.",
			[]string{"Nasser Ali Al Kuwari"}},
		// Near misses: a lower-case noun after the possessive, and a
		// title with no possessive.
		{"lower-case noun after possessive", "“The schedule is final,” the director of the Festival's programme, Abdullah Al Muhannadi, said.",
			[]string{"Abdullah Al Muhannadi"}},
		{"no possessive", "“We are ready,” Chairman of the Organizing Committee Abdullah Jassim Al Muhannadi said.",
			[]string{"Abdullah Jassim Al Muhannadi"}},
	})
}

// TestForms24CompanyBeforeLowerRole checks a company's name of three or
// four capitalised words, the first a place's ("Langkawi Ferry Line",
// "Penang Port Services"), then a lower-case role and the holder's name:
// the company qualifies the role, the person speaks, and "he" after is
// the person, not the company. A role's place of one or two words and a
// role after the name with a comma stay as they were.
func TestForms24CompanyBeforeLowerRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"ferry line, he after", "Langkawi Ferry Line general manager Lim Wei Chong said operators welcomed the upgrade. “We have not raised fares since 2019,” he said.",
			[]string{"Lim Wei Chong"}},
		{"port services, the before", "The Penang Port Services chief executive Tan Boon Huat said volumes had risen. “The new cranes arrive in March,” he added.",
			[]string{"Tan Boon Huat"}},
		{"four words, she after", "Kuantan Palm Oil Refinery managing director Siti Hajar Osman said exports had slowed. “Buyers are waiting for prices to fall,” she said.",
			[]string{"Siti Hajar Osman"}},
		// Near misses: a role's place of one word, and the company
		// after the name, set off by a comma.
		{"role's place", "Kedah police chief Fisol Salleh said the driver had fled. “We are tracing him,” he said.",
			[]string{"Fisol Salleh"}},
		{"company after the name", "Lim Wei Chong, general manager of Langkawi Ferry Line, said fares would stay. “We have no choice,” he said.",
			[]string{"Lim Wei Chong"}},
	})
}

// TestForms24ForeignCompanyHead checks a company's or a bank's name in
// French, Spanish or Portuguese, its head noun and a particle first
// ("Compagnie des", "Société de", "Banco de", "Companhia de"): the name
// is whole and speaks. A French personal name with "de" and an English
// company's name stay as they were.
func TestForms24ForeignCompanyHead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"compagnie des, partial quote", "The state-owned Compagnie des Salins de Sfax said it had “already adjusted working hours”.",
			[]string{"Compagnie des Salins de Sfax"}},
		{"société de", "“The line will reopen on Monday,” the Société de Transport de Montréal said in a statement.",
			[]string{"Société de Transport de Montréal"}},
		{"banco de", "“Inflation remains above target,” Banco de la República said on Friday.",
			[]string{"Banco de la República"}},
		{"companhia de", "“Supply is guaranteed,” Companhia de Saneamento Básico said.",
			[]string{"Companhia de Saneamento Básico"}},
		// Near misses: a person's name with "de", and an English
		// company's name.
		{"person with de", "“We will not sign,” said Marie de Villiers, a union delegate.",
			[]string{"Marie de Villiers"}},
		{"english company", "“Output fell,” Tunisian Salt Company said.",
			[]string{"Tunisian Salt Company"}},
	})
}
