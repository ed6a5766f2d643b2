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
