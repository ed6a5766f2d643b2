package wirestory

import "testing"

// TestWireLeadRoleNamedAbbreviated checks a role in the lead, after a
// body's possessive or "its", named in the next paragraph with the same
// role written in full or abbreviated ("Chief Executive Officer" and
// "CEO"): the lead's quotation is the named person's.
func TestWireLeadRoleNamedAbbreviated(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"in full, then abbreviated", "Boursa Kuwait will launch a market for futures in 2027, the company's Chief Executive Officer said on Sunday, describing the move as \"the next natural step\".\n\nSpeaking at a press conference, Boursa Kuwait CEO Mohammad Saud Al-Osaimi said tests were complete.",
			[]string{"Mohammad Saud Al-Osaimi"}},
		{"its CEO", "Gulf Cement will double output by 2028, its CEO said on Monday, calling the plan \"a bet on housing\".\n\nGulf Cement CEO Tariq Al-Nuaimi told reporters the kilns were ordered.",
			[]string{"Tariq Al-Nuaimi"}},
		{"a direct quotation", "“We are ready for the next step,” the company's Chief Executive Officer said on Sunday.\n\nBoursa Kuwait CEO Mohammad Saud Al-Osaimi said tests were complete.",
			[]string{"Mohammad Saud Al-Osaimi"}},
		{"lower case, abbreviated", "Qatar Airways will add ten routes next year, the airline's chief executive officer said, describing the plan as \"bold but measured\".\n\nQatar Airways CEO Akbar Salem Al-Baker said the jets were ordered.",
			[]string{"Akbar Salem Al-Baker"}},
		{"the CFO, then in full", "Profit rose 12 percent, the bank's CFO said, calling the quarter \"our best in a decade\".\n\nChief Financial Officer Lena Marquardt told analysts margins held.",
			[]string{"Lena Marquardt"}},
		// Near misses: another role named next; the role named before
		// the lead's; a person's possessive.
		{"another role named next", "Boursa Kuwait will launch a market for futures in 2027, the company's Chief Executive Officer said on Sunday, describing the move as \"the next natural step\".\n\nBoursa Kuwait CFO Mohammad Saud Al-Osaimi said tests were complete.",
			[]string{""}},
		{"the CFO is not the CEO", "Profit rose 12 percent, the bank's CFO said, calling the quarter \"our best in a decade\".\n\nCEO Lena Marquardt told analysts margins held.",
			[]string{""}},
		{"named before the lead's role", "Gulf Cement CEO Tariq Al-Nuaimi opened the plant on Monday.\n\nOutput will double by 2028, its CEO said, calling the plan \"a bet on housing\".\n\nGulf Cement CEO Sami Haddad told reporters the kilns were ordered.",
			[]string{""}}, // not the one named next ("its CEO" is not yet joined back)
		{"the chairman named next", "Gulf Cement will double output by 2028, its CEO said on Monday, calling the plan \"a bet on housing\".\n\nGulf Cement Chairman Tariq Al-Nuaimi told reporters the kilns were ordered.",
			[]string{""}},
	})
}

// TestWireRoleInAppositionAfterName checks a role in apposition after a
// name, with a country's possessive ("Haruto Ishikawa, Japan's Minister
// of Economy,"): "the minister" is that person, and "the Japanese
// minister" is the one of Japan, not another minister named first.
func TestWireRoleInAppositionAfterName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the only person named", "Haruto Ishikawa, Japan's Minister of Economy, said the deal would help.\n\n“Together we can do it,” the minister said.",
			[]string{"Haruto Ishikawa"}},
		{"a role without a country", "Lerato Dube, Minister of Mines, said the deal would help.\n\n“Together we can do it,” the minister said.",
			[]string{"Lerato Dube"}},
		{"the nationality, two ministers", "The deal was signed by H.E. Khalifa Al Mehairi, Minister of Energy, and Haruto Ishikawa, Japan's Minister of Economy, Trade and Industry.\n\n“Together we can do it,” the Japanese minister said.",
			[]string{"Haruto Ishikawa"}},
		{"the nationality, the other first", "The deal was signed by Haruto Ishikawa, Japan's Minister of Economy, and H.E. Khalifa Al Mehairi, Minister of Energy.\n\n“Together we can do it,” the Japanese minister said.",
			[]string{"Haruto Ishikawa"}},
		{"the nationality, a surname between", "The deal was signed by H.E. Khalifa Al Mehairi, Minister of Energy, and Haruto Ishikawa, Japan's Minister of Economy.\n\nIshikawa, speaking through an interpreter, said the deal would help.\n\n“Together we can do it,” the Japanese minister said.\n\n“We will send a ship.”",
			[]string{"Haruto Ishikawa", "Haruto Ishikawa"}},
		{"Kenya's, the Kenyan", "The pact was signed by Ana Costa, Brazil's Minister of Trade, and Wanjiru Kamau, Kenya's Minister of Industry.\n\n“This opens markets,” the Kenyan minister said.",
			[]string{"Wanjiru Kamau"}},
		// Near misses: another nationality; a possessive that is no
		// country's.
		{"another nationality", "The deal was signed by Khalifa Al Mehairi, the UAE's Minister of Energy, and Haruto Ishikawa, Japan's Minister of Economy.\n\n“Together we can do it,” the Korean minister said.",
			[]string{""}},
		{"a company's director", "Haruto Ishikawa, Toyota's Director of Sales, said the deal would help.\n\n“Together we can do it,” the Japanese minister said.",
			[]string{""}},
	})
}

// TestWirePronounPastOpeningClause checks "he said" after a sentence that
// opens with a participial clause naming someone ("Addressing a press
// conference along with X, the minister said …"): the name in the
// clause is no subject, and "he" is the sentence's subject, the minister
// named before.
func TestWirePronounPastOpeningClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"addressing along with", "Federal Minister for Energy Nadir Hussain Mazari on Saturday said terms would not change.\n\nAddressing a press conference here along with Chairman NEPRA Waseem Akhtar Bhatti, the minister said the policy applied to new users.\n\n\"No consumer will be affected,\" he said.",
			[]string{"Nadir Hussain Mazari"}},
		{"an acronym in brackets", "Federal Minister for Energy Nadir Hussain Mazari on Saturday said terms would not change.\n\nAddressing a press conference here along with Chairman National Electric Power Regulatory Authority (NEPRA) Waseem Akhtar Bhatti, the minister said the policy applied to new users.\n\n\"No consumer will be affected,\" he said.",
			[]string{"Nadir Hussain Mazari"}},
		{"speaking alongside", "Finance Minister Ato Mensah said on Monday taxes would not rise.\n\nSpeaking alongside central bank governor Kwame Boateng, the minister said the deficit would narrow.\n\n\"We will not borrow more,\" he said.",
			[]string{"Ato Mensah"}},
		{"flanked by", "Interior Minister Rana Qadir said on Monday the roads were open.\n\nFlanked by police chief Imran Sheikh, the minister said checkpoints would stay.\n\n\"We will not relent,\" he said.",
			[]string{"Rana Qadir"}},
		{"accompanied by, she", "Health Minister Amina Yusuf said on Monday clinics were open.\n\nAccompanied by WHO representative Tedros Alemu, the minister said vaccines had arrived.\n\n\"Every child will be reached,\" she said.",
			[]string{"Amina Yusuf"}},
		// Near misses: the name is the subject; the clause's man speaks
		// in a sentence of his own.
		{"the named man is the subject", "Federal Minister for Energy Nadir Hussain Mazari said terms would not change.\n\nAddressing a press conference here, NEPRA chairman Waseem Akhtar Bhatti said tariffs would hold.\n\n\"No consumer will be affected,\" he said.",
			[]string{"Waseem Akhtar Bhatti"}},
		{"according to is a source", "Finance Minister Ato Mensah said on Monday taxes would not rise.\n\nAccording to central bank governor Kwame Boateng, the deficit would narrow.\n\n\"We will not borrow more,\" he said.",
			[]string{"Kwame Boateng"}},
		{"the clause's man speaks next", "Finance Minister Ato Mensah said on Monday taxes would not rise.\n\nSpeaking alongside central bank governor Kwame Boateng, the minister said the deficit would narrow.\n\nBoateng said rates would hold. \"We will not cut,\" he said.",
			[]string{"Kwame Boateng"}},
	})
}

// TestWireLeadRoleNamedByRelativeClause checks a role in the lead with a
// qualifier ("the county's emergency manager") named next by a relative
// clause of heading that holds the qualifier ("X, who has run Pulaski
// County's emergency management office,"): the quotation is X's.
func TestWireLeadRoleNamedByRelativeClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"who has run", "Volunteers filled sandbags as the river rose toward a levee that the county's emergency manager described as “held together with hope.”\n\nTamsin Pruett, who has run Pulaski County's emergency management office for 11 years, said crews found two new seepage points.",
			[]string{"Tamsin Pruett"}},
		{"who heads", "Residents packed the hall as the board approved a budget the district's finance director called “the leanest in a decade.”\n\nGareth Oyelaran, who heads the district's finance department, said reserves would cover the gap.",
			[]string{"Gareth Oyelaran"}},
		{"who has headed", "The city closed three shelters, a move the city's housing director called “a painful necessity.”\n\nMarisol Ybarra, who has headed the housing office since 2019, said beds would be found.",
			[]string{"Marisol Ybarra"}},
		// Near misses: the clause holds another office; no verb of
		// heading; the clause of another man.
		{"another office", "Volunteers filled sandbags as the river rose toward a levee that the county's emergency manager described as “held together with hope.”\n\nTamsin Pruett, who has run the county's parks office for 11 years, said crews found two new seepage points.",
			[]string{""}},
		{"led is no heading", "The city closed three shelters, a move the city's housing director called “a painful necessity.”\n\nMarisol Ybarra, who led the housing protest in 2019, said beds would be found.",
			[]string{""}},
		{"no verb of heading", "Volunteers filled sandbags as the river rose toward a levee that the county's emergency manager described as “held together with hope.”\n\nTamsin Pruett, who has criticised the emergency management office for years, said crews found two new seepage points.",
			[]string{""}},
	})
}

// TestWireRoleAtPlaceNoFocus checks a role noun with no holder named
// that goes on with a place of its own ("the chief doctor at the
// hospital"): the one that place holds, unnamed, not the person the
// story is about, whom a bare epithet varies ("the businessman").
func TestWireRoleAtPlaceNoFocus(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"at the hospital", "Omar Khalil was treated on Monday. “He is stable,” the chief doctor at the hospital said.",
			[]string{""}},
		{"in the capital", "Omar Khalil was treated on Monday. “He is stable,” said the doctor in the capital.",
			[]string{""}},
		// Near misses: a bare epithet varies the person in focus; "of"
		// is the title's; an occasion after "at a".
		{"a bare epithet", "Omar Khalil opened the plant on Monday. “It is ready,” the businessman said.",
			[]string{"Omar Khalil"}},
		{"of, the title's", "Ana Ruiz spoke on Monday. “We are ready,” said the former secretary of state.",
			[]string{"Ana Ruiz"}},
		{"at an occasion", "Prime Minister Ana Ruiz spoke on Monday. “We are ready,” said the leader at a symposium.",
			[]string{"Ana Ruiz"}},
	})
}
