package wirestory

import "testing"

// The tests of this file check how a name is taken out of a titled
// mention in the forms of South Asian, Japanese, Russian, Gulf, Malay
// and Latin American wire copy: a portfolio listed with commas, a title
// whose object is a proper name after "to the" or "for the", two titles
// joined by "and", honorifics, a party before a role, and long names
// called by a part of them.

// TestWirePortfolioCommaList checks a title whose portfolio is a list
// with commas, after the title ("Minister for National Health Services,
// Regulations and Coordination Murtaza Hussain Gilani") or before it
// ("Health, Labor and Welfare Minister Yoshiaki Kurosawa"): the comma is
// inside the title, and the name is the one after the title.
func TestWirePortfolioCommaList(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after the title, regulations and coordination", "Minister for National Health Services, Regulations and Coordination Murtaza Hussain Gilani said the drive would go on. “We are ready,” he said.",
			[]string{"Murtaza Hussain Gilani"}},
		{"after the title, inverted", "“We are ready,” said Minister for National Health Services, Regulations and Coordination Murtaza Hussain Gilani.",
			[]string{"Murtaza Hussain Gilani"}},
		{"after the title, poverty alleviation", "Minister of Urban Development, Urban Employment and Poverty Alleviation Devendra Nath Singh visited the ghats. “They are clean,” he said.",
			[]string{"Devendra Nath Singh"}},
		{"after the title, religious affairs", "Federal Minister for Religious Affairs, Interfaith Harmony and Law Tariq Mehmood Bajwa met the scholars. “We are united,” Bajwa said.",
			[]string{"Tariq Mehmood Bajwa"}},
		{"before the title, later he", "Health, Labor and Welfare Minister Yoshiaki Kurosawa told reporters the fund was safe. “It is safe,” he said.",
			[]string{"Yoshiaki Kurosawa"}},
		{"before the title, four portfolios", "Land, Infrastructure, Transport and Tourism Minister Tetsuo Saito said the line would open. “It will open,” Saito said.",
			[]string{"Tetsuo Saito"}},
	})
	runSourceCases(t, []sourceCase{
		{"before the title, the source runs from the list", "Health, Labor and Welfare Minister Yoshiaki Kurosawa said the fund was safe.",
			[]string{"Health, Labor and Welfare Minister Yoshiaki Kurosawa -> Yoshiaki Kurosawa | said"}},
		{"before the title, after a possessive", "Japan's Economy, Trade and Industry Minister Yoji Muto said exports rose.",
			[]string{"Japan's Economy, Trade and Industry Minister Yoji Muto -> Yoji Muto | said"}},
		{"before the title, after an opening phrase", "On Friday, Economy, Trade and Industry Minister Yoji Muto said exports rose.",
			[]string{"Economy, Trade and Industry Minister Yoji Muto -> Yoji Muto | said"}},
		{"before the title, no name", "The Health, Labor and Welfare Minister said the fund was safe.",
			[]string{"The Health, Labor and Welfare Minister ->  | said"}},
		// Near misses: a list of bodies, a name before the comma, a
		// list without a title.
		{"a list of banks", "Bank of America, Citigroup and Wells Fargo said rates rose.",
			[]string{"Citigroup and Wells Fargo -> Wells Fargo | said"}},
		{"a name before the comma", "Kerr, Trade and Industry Minister Ali Khan said rates rose.",
			[]string{"Trade and Industry Minister Ali Khan -> Ali Khan | said"}},
		{"a list of ministries", "Health, Labor and Welfare officials said the fund was safe.",
			[]string{"Labor and Welfare officials ->  | said"}},
	})
}
