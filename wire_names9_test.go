package wirestory

import "testing"

// The tests of this file check titles of round 9's blind wire stories:
// job titles of sport, crime and everyday copy written before a name,
// and a rank in parentheses.

// TestWireJobTitles checks a job title of sport, crime or everyday copy
// capitalised before a name ("Quarterback Marcus Tellis"): it is a role,
// not the name's first word, and "the coach" stands for the person
// introduced with it.
func TestWireJobTitles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quarterback", "Quarterback Marcus Tellis threw three passes. “We won,” Tellis said.",
			[]string{"Marcus Tellis"}},
		{"striker, inverted", "“We scored early,” said Striker Joao Mendes.",
			[]string{"Joao Mendes"}},
		{"goalkeeper", "“The wall held,” Goalkeeper Pavel Horak said.",
			[]string{"Pavel Horak"}},
		{"pitcher", "Pitcher Dan Okafor struck out nine. “My arm is fine,” Okafor said.",
			[]string{"Dan Okafor"}},
		{"forward and midfielder", "Forward Lena Brandt scored twice. Midfielder Ida Moen set up both. “We clicked,” Moen said. “It was fun,” Brandt said.",
			[]string{"Ida Moen", "Lena Brandt"}},
		{"defenseman", "“We blocked shots,” Defenseman Rory Kell said.",
			[]string{"Rory Kell"}},
		{"coach, then the coach", "Coach Tomas Brenner praised the side. “They fought,” the coach said.",
			[]string{"Tomas Brenner"}},
		{"firefighter", "“The roof fell in,” Firefighter Jo Tully said.",
			[]string{"Jo Tully"}},
		{"nurse", "Nurse Amara Obi worked all night. “We were full,” Obi said.",
			[]string{"Amara Obi"}},
		{"farmer", "“The rain came late,” Farmer Ruth Kagame said.",
			[]string{"Ruth Kagame"}},
		// Near misses: the same words as part of a name or a team.
		{"surname Farmer", "“The rain came late,” Paul Farmer said.",
			[]string{"Paul Farmer"}},
	})
}

// TestWireRetiredRank checks a rank followed by "(Ret.)" or "(retd)"
// before a name: the mark is the title's, the name follows.
func TestWireRetiredRank(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"ret. in parentheses", "“The strait is calm,” Vice Admiral (Ret.) Agus Salim Nasution said here on Tuesday.",
			[]string{"Agus Salim Nasution"}},
		{"retd", "“The strait is calm,” Vice Admiral (retd) Agus Salim Nasution said.",
			[]string{"Agus Salim Nasution"}},
		{"ret, general", "Major General (Ret) Budi Hartono said the drill went well. “It went well,” Hartono said.",
			[]string{"Budi Hartono"}},
		{"retd. after a general", "“Roads are open,” Lt. Gen. (Retd.) Rajan Mehta said.",
			[]string{"Rajan Mehta"}},
		{"in apposition after a title", "“The nets are banned,” Director General of Fisheries Surveillance, Vice Admiral (Ret.) Agus Salim Nasution, said here on Tuesday.",
			[]string{"Agus Salim Nasution"}},
		{"in apposition after a role", "“The nets are banned,” the ministry's director general, Rear Admiral (retd) Dewi Lestari, said.",
			[]string{"Dewi Lestari"}},
		// Near miss: a bracket of words after a name stays out of it.
		{"party bracket", "“Roads are open,” Rep. Jane Doe (D-Md.) said.",
			[]string{"Jane Doe"}},
	})
}

// TestWireRankPosting checks a police rank's abbreviation followed by
// its posting, a range, a direction or a district, before the name
// ("DIG East Syed Ahsan", "(SSP) Malir Ayesha"): the posting is not
// the name's; the name starts at its given name.
func TestWireRankPosting(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"bracketed abbreviation, direction", "“The boy is safe,” Deputy Inspector General of Police (DIG) East Syed Ahsan Raza Bukhari said.",
			[]string{"Syed Ahsan Raza Bukhari"}},
		{"abbreviation alone", "“The boy is safe,” DIG East Syed Ahsan Raza Bukhari said.",
			[]string{"Syed Ahsan Raza Bukhari"}},
		{"bracketed abbreviation, district", "Senior Superintendent of Police (SSP) Malir Ayesha Farooq Chaudhry said the gang was caught. “They planned it,” Chaudhry said.",
			[]string{"Ayesha Farooq Chaudhry"}},
		{"SSP, district", "“They planned it,” SSP Korangi Imran Qadir Baloch said.",
			[]string{"Imran Qadir Baloch"}},
		// Near misses: no posting, or a name whose first word is no
		// listed given name.
		{"abbreviation, no posting", "“They planned it,” SSP Ayesha Farooq Chaudhry said.",
			[]string{"Ayesha Farooq Chaudhry"}},
		{"bracketed abbreviation, no posting", "“They planned it,” Senior Superintendent of Police (SSP) Ayesha Farooq said.",
			[]string{"Ayesha Farooq"}},
		{"title in mixed case", "“They planned it,” Inspector Malik Ayesha Farooq said.",
			[]string{"Malik Ayesha Farooq"}},
	})
}

// TestWirePortfolioListBeforeName checks a title whose portfolio is a list of
// parts joined by commas and "and" ("Minister for Water Resources, Minor
// Irrigation and Command Area Development"): the whole list is the
// title's, and the name starts after it.
func TestWirePortfolioListBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"three parts, unlisted given name", "“We are ready,” Minister for Water Resources, Minor Irrigation and Command Area Development Santosh Kumar Nayak said.",
			[]string{"Santosh Kumar Nayak"}},
		{"provincial minister, Mir", "Sindh Minister for Home, Prisons and Rehabilitation Mir Shaukat Ali Talpur lauded the police. “They did well,” Talpur said.",
			[]string{"Mir Shaukat Ali Talpur"}},
		{"inverted, honorific after the list", "“Complaints are up,” said Minister of Domestic Trade, Cooperatives and Cost of Living Datuk Seri Rosli Kamaruddin.",
			[]string{"Rosli Kamaruddin"}},
		{"disaster management", "“Camps are open,” Minister for Relief, Rehabilitation and Disaster Management Farida Noor said.",
			[]string{"Farida Noor"}},
		// Near misses: names after a comma are people, not portfolios.
		{"two people after a title", "Minister for Home Ali Raza, Shaukat Mir and others met. “We met,” Raza said.",
			[]string{"Ali Raza"}},
		{"one part", "“We are ready,” Minister of Agriculture and Fisheries Adel Mansour said.",
			[]string{"Adel Mansour"}},
	})
}

// TestWireChainSourceParticle checks a chain's cited source whose name
// holds "bin" or "ibn" ("quoting Ambassador Yousef bin Hamad
// Al-Qahtani"): the particle does not end the source.
func TestWireChainSourceParticle(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"quoting, bin", "Al-Ekhbariya reported, quoting Ambassador Yousef bin Hamad Al-Qahtani, that pilgrims rose.",
			[]string{"Al-Ekhbariya | reported >> Ambassador Yousef bin Hamad Al-Qahtani | quoting"}},
		{"quoted as saying", "The channel quoted Ambassador Yousef bin Hamad Al-Qahtani as saying that pilgrims rose.",
			[]string{"The channel | quoted >> Ambassador Yousef bin Hamad Al-Qahtani | as saying"}},
		{"citing, bin after a title", "The paper reported, citing Sheikh Khalid bin Ahmed Al Thani, that talks resumed.",
			[]string{"The paper | reported >> Sheikh Khalid bin Ahmed Al Thani | citing"}},
		{"citing, ibn", "The daily reported, citing Minister Omar ibn Salem Haddad, that ports reopened.",
			[]string{"The daily | reported >> Minister Omar ibn Salem Haddad | citing"}},
		// Near miss: a lower-case word that is no particle ends the name.
		{"citing, plain word after", "The paper reported, citing Minister Khalid and aides, that talks resumed.",
			[]string{"The paper | reported >> Minister Khalid | citing"}},
	}, showChain)
}
