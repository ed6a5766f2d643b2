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
// inside the title, and the name is the one after the title. A role
// noun with one of the portfolios ("the health minister") is the
// minister who holds it, not the one named last.
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
		{"before a lower-case role, Datin Paduka", "Meanwhile, state Women, Family and Community Development Committee chairman Datin Paduka Rosnah Che Mat said funds were ready. “About 9,000 mothers are registered with us,” she said.",
			[]string{"Rosnah Che Mat"}},
		{"before a lower-case role, a later name in the sentence", "State Women, Family and Community Development Committee chairman Datin Rosnah Che Mat said funds went to the Perak Women’s Aid Fund. “We want half of them helped,” she said.",
			[]string{"Rosnah Che Mat"}},
		// A minister called later by one of the portfolios, after
		// another minister was named.
		{"the health minister after the finance minister", "Health, Labor and Welfare Minister Yoshiaki Kurosawa spoke first. Finance Minister Seiji Ohkubo spoke next. “It is safe,” the health minister said.",
			[]string{"Yoshiaki Kurosawa"}},
		{"the welfare minister", "Health, Labor and Welfare Minister Yoshiaki Kurosawa spoke first. Finance Minister Seiji Ohkubo spoke next. “It is safe,” the welfare minister said.",
			[]string{"Yoshiaki Kurosawa"}},
		{"the oil minister, portfolio after the title", "Minister of Oil Nasser Al-Fadhli spoke first. Finance Minister Seiji Ohkubo spoke next. “It is safe,” the oil minister said.",
			[]string{"Nasser Al-Fadhli"}},
		// Near misses: no portfolio named, a portfolio nobody holds.
		{"the minister", "Health Minister Yoshiaki Kurosawa spoke first. Finance Minister Seiji Ohkubo spoke next. “It is safe,” the minister said.",
			[]string{"Seiji Ohkubo"}},
		{"the finance minister", "Finance Minister Seiji Ohkubo spoke first. Health Minister Yoshiaki Kurosawa spoke next. “It is safe,” the finance minister said.",
			[]string{"Seiji Ohkubo"}},
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

// TestWireTitleToTheProperName checks a title whose "to the" or "for
// the" takes a proper name of several words before the holder's name
// ("Director for the Northern Sea Route Vadim Prokhorenko"): the words
// after the article are the place's or the body's, and the holder is
// named by a given name, or else by the last two words.
func TestWireTitleToTheProperName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"director for the sea route", "Rosatom's Director for the Northern Sea Route Vadim Prokhorenko told TASS the route was open. “It is open,” Prokhorenko said.",
			[]string{"Vadim Prokhorenko"}},
		{"envoy to the federal district", "Presidential Envoy to the Far Eastern Federal District Anatoly Zorin said the port would grow. “It will grow,” Zorin said.",
			[]string{"Anatoly Zorin"}},
		{"ambassador to the United Kingdom", "Ambassador to the United Kingdom Ivan Petrov said talks would go on. “We are close,” Petrov said.",
			[]string{"Ivan Petrov"}},
		{"envoy for the Middle East", "Special Presidential Envoy for the Middle East Ivan Petrov said talks would go on. “We are close,” Petrov said.",
			[]string{"Ivan Petrov"}},
		{"no given name known", "Envoy to the Kelta Lakes Region Dawit Alemu said the port was open. “It is open,” Alemu said.",
			[]string{"Dawit Alemu"}},
		{"head of the authority, inverted", "“It is open,” said Head of the Kelta Port Authority Tesfaye Alemu.",
			[]string{"Tesfaye Alemu"}},
		// Near misses: a place of one word after the article, a title
		// with nobody named after it.
		{"ambassador to the Philippines", "Ambassador to the Philippines Dawit Tesfaye Alemu said talks would go on. “We are close,” Alemu said.",
			[]string{"Dawit Tesfaye Alemu"}},
		{"the minister for the environment", "The Minister for the Environment said the river was clean. “It is clean,” the minister said.",
			[]string{""}},
	})
	runSourceCases(t, []sourceCase{
		// Near miss: a body with a title in its name.
		{"an office of a title for the community", "The Office of the Inspector General for the Intelligence Community said the complaint was urgent.",
			[]string{"The Office of the Inspector General for the Intelligence Community -> Office of the Inspector General | said"}},
	})
}

// TestWireTwoTitlesJoined checks two titles joined by "and" before an
// honorific and the name ("Minister of Oil and Minister of State for
// Economic Affairs Dr. Nasser Al-Fadhli"): the whole run is read, so the
// name is the one after the honorific, not its given name alone.
func TestWireTwoTitlesJoined(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"oil and state, Dr.", "Minister of Oil and Minister of State for Economic Affairs Dr. Nasser Al-Fadhli said output would rise. “It will rise,” the minister said.",
			[]string{"Nasser Al-Fadhli"}},
		{"oil and state and investment, Dr., three names", "Kuwait's Minister of Oil and Minister of State for Economic Affairs and Investment Dr. Nasser Abdulmohsen Al-Fadhli opened the plant. “It will run,” the minister said.",
			[]string{"Nasser Abdulmohsen Al-Fadhli"}},
		{"deputy prime minister and minister, Eng.", "Deputy Prime Minister and Minister of State for Cabinet Affairs Eng. Omar Saleh Al-Harbi met the envoys. “We agree,” he said.",
			[]string{"Omar Saleh Al-Harbi"}},
		{"inverted", "“It will rise,” said Minister of Oil and Minister of State for Economic Affairs Dr. Nasser Al-Fadhli.",
			[]string{"Nasser Al-Fadhli"}},
		{"deputy prime minister and minister, met", "Deputy Prime Minister and Minister of Defence Omar Saleh Al-Harbi met the envoys. “We agree,” he said.",
			[]string{"Omar Saleh Al-Harbi"}},
		{"prime minister and finance minister", "Prime Minister and Finance Minister Ali Khan met the envoys. “We agree,” he said.",
			[]string{"Ali Khan"}},
		// Near misses: one title, two titles with a short portfolio, two
		// people with titles, two titles of two people.
		{"one title, Dr.", "Minister of State for Economic Affairs Dr. Nasser Al-Fadhli said output would rise. “It will rise,” the minister said.",
			[]string{"Nasser Al-Fadhli"}},
		{"two short titles", "Deputy Prime Minister and Minister of Defence Ali Khan said the border was calm. “It is calm,” he said.",
			[]string{"Ali Khan"}},
		{"two people", "President Joe Biden and Vice President Kamala Harris met. “We agree,” Harris said.",
			[]string{"Kamala Harris"}},
		{"two titles, nobody named", "The President and Prime Minister met on Monday. “We agree,” he said.",
			[]string{""}},
	})
}

// TestWireHonorificsOfSouthAsiaAndIndonesia checks the honorifics that
// South Asian and Indonesian wires write before a name ("Shri",
// "Smt.", "Maulana", "Sardar", "Pak", "Bu"): they are left out of the name, so the
// honorific and the surname later ("Maulana Qasmi said") are the person
// named in full before. A Korean family name that is written as "Pak"
// is no honorific.
func TestWireHonorificsOfSouthAsiaAndIndonesia(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Shri after a title", "Health Minister Shri Ravi Kumar Sharma said the camps were open. “They are open,” Sharma said.",
			[]string{"Ravi Kumar Sharma"}},
		{"Smt., inverted", "“The camps are open,” said Smt. Anita Devi, the district magistrate.",
			[]string{"Anita Devi"}},
		{"Maulana with the surname later", "Maulana Fazal Rabbani Qasmi said the drive was good. “It is good,” Maulana Qasmi said.",
			[]string{"Fazal Rabbani Qasmi"}},
		{"Sardar after a title and a body", "Deputy Chairman Planning Commission Sardar Asghar Lehri told the participants the dashboard was ready. “It is ready,” Lehri said.",
			[]string{"Asghar Lehri"}},
		{"Pak in apposition", "A fisher from Brondong, Pak Sukardi, 58, said prices fell. “We sell at half price,” he said.",
			[]string{"Sukardi"}},
		{"Bu after a lower-case role", "Village head Bu Retno Lestari said the rice was in. “It is in,” she said.",
			[]string{"Retno Lestari"}},
		// Near misses: a Korean family name, a given name that looks
		// like an honorific's start.
		{"Korean Pak, then the family name", "North Korean Premier Pak Pong-ju visited the plant. “It is good,” Pak said.",
			[]string{"Pak Pong-ju"}},
		{"Korean Pak, then he", "Premier Pak Pong-ju said the plant was good. “It is good,” he said.",
			[]string{"Pak Pong-ju"}},
		{"Sri as a given name", "Village head Sri Wahyuningsih said the rice was in. “It is in,” she said.",
			[]string{"Sri Wahyuningsih"}},
	})
}

// TestWirePartyAndLegislature checks a party before a legislator's
// role ("Congress MLA", "Samajwadi Party MLA", "PTI MNA"), a leader's
// house after "in the" ("Leader of Opposition in the Assembly Sudhakar
// Ingle") and a part of a title in brackets ("Deputy Commissioner of
// Police (Zone 2) Smita Pawar"): the name is the one after the title.
func TestWirePartyAndLegislature(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"party MLA", "Congress MLA Ravi Kumar Sharma said the bridge was late. “It is late,” he said.",
			[]string{"Ravi Kumar Sharma"}},
		{"party of two words MLA, surname, he", "Meanwhile, Samajwadi Party MLA Brijesh Narayan Awasthi questioned the claims. “This is the fourth deadline,” Awasthi said. “Let them tell us,” he said.",
			[]string{"Brijesh Narayan Awasthi", "Brijesh Narayan Awasthi"}},
		{"party MNA", "PTI MNA Ali Raza Khan said the bill was bad. “It is bad,” he said.",
			[]string{"Ali Raza Khan"}},
		{"the MLA later", "BJP MLA Anil Verma said the bill was bad. “It is bad,” the MLA said.",
			[]string{"Anil Verma"}},
		{"leader of opposition in the assembly", "Leader of Opposition in the Assembly Sudhakar Ingle said the bridge was late. “It is late,” he said.",
			[]string{"Sudhakar Ingle"}},
		{"leader of the house in the senate", "Leader of the House in the Senate Ali Raza Khan said the bill was bad. “It is bad,” he said.",
			[]string{"Ali Raza Khan"}},
		{"a zone in brackets", "“We have detained two men,” Deputy Commissioner of Police (Zone 2) Smita Pawar told PTI.",
			[]string{"Smita Pawar"}},
		{"one word in brackets", "“We have detained two men,” Superintendent of Police (Rural) Smita Pawar said.",
			[]string{"Smita Pawar"}},
		// Near miss: a party MP, which already worked.
		{"opposition MP", "Opposition MP Arun Mehta said the bridge was late. “It is late,” he said.",
			[]string{"Arun Mehta"}},
	})
	runSourceCases(t, []sourceCase{
		// Near misses: the house where a source spoke.
		{"a name in the assembly", "Khan in the Assembly said the bill was bad.",
			[]string{"Khan -> Khan | said"}},
		{"a role in the assembly", "The minister in the National Assembly said the bill was bad.",
			[]string{"The minister ->  | said"}},
		{"an interview with a network", "Khan insisted, most recently in a Labor Day interview with Kelta News, that he would run.",
			[]string{"Khan -> Khan | insisted"}},
		// Near miss: a firm's name listed with commas before a
		// lower-case role is no list of portfolios.
		{"a firm before an analyst", "Kerr Capital, Dana Ross and Co analyst Jim Wilbur cut the stock, citing weak sales, traders said.",
			[]string{"Kerr Capital -> Kerr Capital | citing", "traders ->  | said"}},
	})
}

// TestWireChiefMinister checks the head of a state's or province's
// government, "Chief Minister" in India and Pakistan and "Menteri Besar"
// in Malaysia, called later "the CM" or "the Menteri Besar": a role of
// its own, as "the prime minister" is, so another minister named in
// between is not he.
func TestWireChiefMinister(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the CM", "Chief Minister Vinayak Deshmukh opened the flyover. “It is open,” the CM said.",
			[]string{"Vinayak Deshmukh"}},
		{"the CM after another minister", "Maharashtra Chief Minister Vinayak Deshmukh opened the flyover. Public Works Minister Ganesh Bhosale was there. “It is open,” the CM said.",
			[]string{"Vinayak Deshmukh"}},
		{"the chief minister after another minister", "Punjab Chief Minister Maryam Khalid opened the school. Education Minister Rana Sikandar was there. “It is open,” the chief minister said.",
			[]string{"Maryam Khalid"}},
		{"the Menteri Besar", "Kelantan Menteri Besar Datuk Nik Azhar Nik Yusof opened the store. “It is open,” the Menteri Besar said.",
			[]string{"Nik Azhar Nik Yusof"}},
		// Near misses: the minister for another minister, nobody named.
		{"the minister after both", "Chief Minister Vinayak Deshmukh opened the flyover. Public Works Minister Ganesh Bhosale was there. “It is open,” the minister said.",
			[]string{"Ganesh Bhosale"}},
		{"nobody named", "“It is open,” the CM said.",
			[]string{""}},
	})
}

// TestWireLongNamesCalledByAPart checks a long name called later by a
// part of it: the father's surname of a Spanish name of four words (two
// given names, two surnames), as of three, and the given names that
// open a Malay name ("Ahmad Zahid" for Ahmad Zahid Hamidi).
func TestWireLongNamesCalledByAPart(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"four words, paternal surname", "Senator Luz Marina Ocampo Quintero opposed the bill. “It is bad,” Ocampo said.",
			[]string{"Luz Marina Ocampo Quintero"}},
		{"four words, inverted", "Senator Luz Marina Ocampo Quintero opposed the bill. “It is bad,” said Ocampo.",
			[]string{"Luz Marina Ocampo Quintero"}},
		{"four words, a man", "Mayor Juan Carlos Restrepo Gómez opened the bridge. “It is safe,” Restrepo said.",
			[]string{"Juan Carlos Restrepo Gómez"}},
		{"three words, as before", "Senator Eliécer Tibamoso Chía opposed the bill. “It is bad,” Tibamoso said.",
			[]string{"Eliécer Tibamoso Chía"}},
		{"Malay given names", "Deputy Prime Minister Datuk Seri Ahmad Zahid Hamidi opened the centre. “It is open,” Ahmad Zahid said.",
			[]string{"Ahmad Zahid Hamidi"}},
		{"given names of a name of four", "Datuk Seri Mohd Shafie Apdal Yusof opened the centre. “It is open,” Mohd Shafie said.",
			[]string{"Mohd Shafie Apdal Yusof"}},
		// Near misses: particles before the surname, another person
		// with the same given name.
		{"particles", "Commissioner Ursula von der Leyen opened the summit. “We are ready,” von der Leyen said.",
			[]string{"Ursula von der Leyen"}},
		{"another with the same given name", "John Smith opened the centre. John Brown spoke too. “It is open,” John Brown said.",
			[]string{"John Brown"}},
		{"a son named for his father", "Donald Trump Jr spoke first. “We won,” Donald Trump said.",
			[]string{"Donald Trump"}},
		{"a headline's words after the given names", "Politifact: Ahmad Zahid Is Right on Rice\n\nAhmad Zahid spoke. “It is open,” Ahmad Zahid said.",
			[]string{"Ahmad Zahid"}},
	})
}

// TestWireBodyNames checks a body named by its holder's possessive ("The
// Ombudsman's Office") and one named in apposition after "the" ("The
// North's main newspaper, the Rodong Sinmun, said"): the whole office
// and the appositive are the body's name.
func TestWireBodyNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the ombudsman's office, then the office", "The Ombudsman's Office said rights were abused. “They were abused,” the office said.",
			[]string{"Ombudsman's Office"}},
		{"the prosecutor's office, inverted", "“The case is open,” the Prosecutor's Office said.",
			[]string{"Prosecutor's Office"}},
		{"a newspaper in apposition", "“The drill is a threat,” the North's main newspaper, the Rodong Sinmun, said.",
			[]string{"Rodong Sinmun"}},
	})
	runSourceCases(t, []sourceCase{
		{"the attorney general's office", "The Attorney General's Office said the case was open.",
			[]string{"The Attorney General's Office -> Attorney General's Office | said"}},
		{"a union in apposition", "The country's biggest union, the Kelta Workers Federation, said pay was low.",
			[]string{"The country's biggest union, the Kelta Workers Federation -> Kelta Workers Federation | said"}},
		{"a carmaker in apposition, no article", "The country's biggest carmaker, Hanil Motor, said sales rose.",
			[]string{"The country's biggest carmaker, Hanil Motor -> Hanil Motor | said"}},
		// Near misses: a place's possessive with no article, a role in
		// apposition, a list.
		{"a country's ministry", "Kenya's Ministry of Health said cases rose.",
			[]string{"Kenya's Ministry of Health -> Ministry of Health | said"}},
		{"a role in apposition", "The president, the Speaker of the House, said pay was low.",
			[]string{"The president ->  | said"}},
		{"a list", "The ministry, the Kelta Workers Federation and the bank said pay was low.",
			[]string{"the bank ->  | said"}},
	})
}

// TestWireTitleThatIsAGivenName checks a title that is a given name as
// well, "Amir" (the Gulf's emir): after the article it is the title of
// the person named with it ("His Highness the Amir Sheikh Bader
// Al-Khaled Al-Sabah" … "the Amir said"), and "Sheikh" after it starts
// no surname. Before a surname it is a given name.
func TestWireTitleThatIsAGivenName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"His Highness the Amir", "His Highness the Amir Sheikh Bader Al-Khaled Al-Sabah opened the session. “The challenges do not wait,” His Highness the Amir said. His Highness added that the region faced “grave challenges.”",
			[]string{"Bader Al-Khaled Al-Sabah", "Bader Al-Khaled Al-Sabah"}},
		{"the Amir", "The Amir Sheikh Bader Al-Khaled Al-Sabah opened the session. “We are united,” the Amir said.",
			[]string{"Bader Al-Khaled Al-Sabah"}},
		// Near misses: a given name before a surname, a place between
		// given name and surname.
		{"a minister named Amir", "Federal Minister Amir Muqam opened the road. “It is open,” Muqam said.",
			[]string{"Amir Muqam"}},
		{"the given name alone", "Amir Muqam opened the road. “It is open,” Amir said.",
			[]string{"Amir Muqam"}},
		{"a place in the middle", "George Washington Carver spoke. “It is good,” Carver said.",
			[]string{"George Washington Carver"}},
	})
}
