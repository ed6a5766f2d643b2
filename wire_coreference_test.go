package wirestory

import "testing"

// TestWireGenderNotFromOwnWords checks that a pronoun inside a speaker's
// quotation or reported speech gives the speaker no gender: "“He should
// apologise,” she said" is about someone else, and "Carla Benavides said
// he was sorry" most often too. A pronoun outside the speech still does.
func TestWireGenderNotFromOwnWords(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"he in her quotation", "Retno Wulandari said the talks were useful. “He should apologise,” she said.",
			[]string{"Retno Wulandari"}},
		{"his in her quotation", "Oyelaran Adebisi rejected the plan on Monday. “His government failed us,” she told reporters.",
			[]string{"Oyelaran Adebisi"}},
		{"said he, another woman before", "Ann Dale spoke first. Carla Benavides said he was sorry. “We disagree,” she said.",
			[]string{"Carla Benavides"}},
		{"told reporters he", "Mary Osei opened the hearing. Nomvula Khumalo told reporters he had lied. “It is over,” she said.",
			[]string{"Nomvula Khumalo"}},
		{"quoted he, then she", "Ann Dale spoke first. “He lied to us,” Carla Benavides said. “We disagree,” she added.",
			[]string{"Carla Benavides", "Carla Benavides"}},
		// Near misses: a pronoun outside anyone's speech still tells the
		// gender, and a name of unknown gender still takes "he".
		{"he outside speech", "Ann Dale spoke first. Kim Moreau arrived late. He apologised. “We disagree,” she said.",
			[]string{"Ann Dale"}},
		{"unknown gender takes he", "Mandla Dube said the talks were useful. “We will go on,” he said.",
			[]string{"Mandla Dube"}},
	})
}

// TestWireNationalityEpithets checks "the Ethiopian", "the Dutchman":
// a word of nationality after "the" stands for the latest person of
// that nation (named with the country's possessive, a nationality
// before the name or "of" a country after it), or else the latest
// person of no other, and never names itself.
func TestWireNationalityEpithets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a possessive country", "Ethiopia’s Berhanu Tesfaye finished second. “It was hard,” the Ethiopian said.",
			[]string{"Berhanu Tesfaye"}},
		{"past another person", "Kenyan Samuel Langat won the race. Ethiopia’s Berhanu Tesfaye finished second. Langat’s coach Renato Gallini praised him. “It was hard,” the Ethiopian said.",
			[]string{"Berhanu Tesfaye"}},
		{"of a country", "Samuel Langat of Kenya won the race. Berhanu Tesfaye finished second. “It was hard,” the Kenyan said.",
			[]string{"Samuel Langat"}},
		{"a nation of two words", "Kenyan Samuel Langat won the race. Thabo Nkosi of South Africa was second. “It was hard,” the South African said.",
			[]string{"Thabo Nkosi"}},
		{"no nation given", "Langat’s coach, Renato Gallini, praised him. “He will run Boston,” the Italian added.",
			[]string{"Renato Gallini"}},
		{"a noun of nationality", "Veldmaar Chief Executive Maarten Hofstede said the staff would stay. “We were never for sale,” the Dutchman said.",
			[]string{"Maarten Hofstede"}},
		{"a Spaniard", "Italy’s Marco Rossi won. Spain’s Pablo Ortiz was second. “I tried,” the Spaniard told reporters.",
			[]string{"Pablo Ortiz"}},
		{"a Frenchwoman", "Marie Dubois won the stage. “I am happy,” the Frenchwoman said.",
			[]string{"Marie Dubois"}},
		{"a Briton", "Sarah Cole, a British diplomat, spoke first. “It is fine,” the Briton said.",
			[]string{"Sarah Cole"}},
		// Near misses: a nationality before a noun or in the plural, a
		// man's nationality for a woman, a person of another nation.
		{"before a noun", "Peter Njoroge spoke. “It is fine,” the Kenyan government said.",
			[]string{"Kenya"}},
		{"plural", "Peter Njoroge spoke. “It is fine,” the Kenyans said.",
			[]string{""}},
		{"another gender", "Anna Berg spoke. “It is fine,” the Frenchman said.",
			[]string{""}},
		{"another nation", "Kenya’s Samuel Langat won the race. “It was hard,” the Ethiopian said.",
			[]string{""}},
	})
}

// TestWireCourtRoles checks the two sides of a court: a defense attorney
// is no prosecutor ("U.S. Attorney" and "district attorney" are), so
// "the prosecutor", and "she" after "The prosecutor disagreed", stand
// for the prosecutor named before, or for nobody named, never for the
// defense attorney named last.
func TestWireCourtRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"she after the role as subject", "Prosecutor Leanne Strobel asked for 10 years. Defense attorney Carla Benavides said the sentence was too long. “She is a mother,” she said. The prosecutor disagreed. “She stole from patients,” she said.",
			[]string{"Carla Benavides", "Leanne Strobel"}},
		{"the prosecutor said", "Prosecutor Ann Dale asked for 10 years. Defense attorney Carla Benavides asked for probation. “She stole from patients,” the prosecutor said.",
			[]string{"Ann Dale"}},
		{"assistant U.S. attorney", "Assistant U.S. Attorney Leanne Strobel told the court the scheme ran for years. Defense attorney Carla Benavides argued for probation. The prosecutor disagreed. “She stole from patients,” she said.",
			[]string{"Leanne Strobel"}},
		{"both sides", "District Attorney Leanne Strobel asked for 10 years. Attorney Carla Benavides asked for probation. “She stole from patients,” the prosecutor said. “She is a mother,” the attorney said.",
			[]string{"Leanne Strobel", "Carla Benavides"}},
		{"a judge and a lawyer", "Judge Leanne Strobel heard the case. Defense lawyer Carla Benavides said the sentence was too long. “She is a mother,” she said. The judge disagreed. “She stole from patients,” she said.",
			[]string{"Carla Benavides", "Leanne Strobel"}},
		{"he for a man", "Prosecutor Ben Hale asked for 10 years. Defense attorney Carla Benavides said the sentence was too long. The prosecutor disagreed. “She stole from patients,” he said.",
			[]string{"Ben Hale"}},
		// Near misses: a prosecutor or lawyer the story never names is
		// nobody named, and one named with that role is still found.
		{"no prosecutor named", "Defense attorney Carla Benavides asked for probation. “She stole from patients,” the prosecutor said.",
			[]string{""}},
		{"no prosecutor named, then she", "Defense attorney Carla Benavides asked for probation. The prosecutor disagreed. “She stole from patients,” she said.",
			[]string{""}},
		{"no lawyer named", "Prosecutor Leanne Strobel asked for 10 years. “She is a mother,” the defense lawyer said.",
			[]string{""}},
		{"the lawyer named", "Lawyer Carla Benavides asked for probation. “She is a mother,” the lawyer said.",
			[]string{"Carla Benavides"}},
	})
}

// TestWireAgeEpithets checks "the 54-year-old": the person whose age
// was given after the name ("Paul Grint, 54,", "Paul Grint (54)") wins
// over one named later, and one of another age is never it.
func TestWireAgeEpithets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"commas", "Paul Grint, 54, spoke first. Tom Archer, 61, replied. “It was fine,” the 54-year-old said.",
			[]string{"Paul Grint"}},
		{"brackets", "Paul Grint (54) spoke first. Tom Archer (61) replied. “It was fine,” the 54-year-old said.",
			[]string{"Paul Grint"}},
		{"only the other has an age", "Paul Grint spoke first. Tom Archer, 61, replied. “It was fine,” the 54-year-old said.",
			[]string{"Paul Grint"}},
		{"a woman and a man", "Ana Ruiz, 33, and Paul Grint, 54, spoke. “It was fine,” the 33-year-old said.",
			[]string{"Ana Ruiz"}},
		{"with a nationality", "Kenya’s Samuel Langat, 27, won. Berhanu Tesfaye, 31, finished second. “He was stronger,” the 27-year-old Kenyan said.",
			[]string{"Samuel Langat"}},
		// Near misses: the latest person when his age matches or none is
		// given, nobody when every age differs.
		{"the latest matches", "Paul Grint, 54, spoke first. Tom Archer, 61, replied. “It was fine,” the 61-year-old said.",
			[]string{"Tom Archer"}},
		{"no ages", "Paul Grint spoke first. Tom Archer replied. “It was fine,” the 61-year-old said.",
			[]string{"Tom Archer"}},
		{"no age matches", "Paul Grint, 54, spoke first. Tom Archer, 61, replied. “It was fine,” the 40-year-old said.",
			[]string{""}},
	})
}

// TestWirePlacesAreNoPeople checks that a capitalised run ending in the
// head word of a place or facility ("the Suez Canal", "Rotterdam Port")
// is no antecedent of "he" or "she".
func TestWirePlacesAreNoPeople(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a canal", "Wang Lihua said his company planned 18 voyages.\n\nThe route saves up to 12 days compared with the Suez Canal, he noted, “but insurance is still a question for us.”",
			[]string{"Wang Lihua"}},
		{"a port", "Ingrid Solberg said the ships were ready.\n\nThe cargo will go through Rotterdam Port, she noted, “but the fees are high.”",
			[]string{"Ingrid Solberg"}},
		{"a ghat", "Tom Archer toured the river. After inspecting the Kudiya Ghat pumping station, he said, “We have a timeline.”",
			[]string{"Tom Archer"}},
		{"an airport", "Rahul Mehta spoke on Monday. Flights to Chhatrapati Shivaji Airport resumed, he said, “and more will follow.”",
			[]string{"Rahul Mehta"}},
		// Near misses: a given name or a title before the head word makes
		// a person, and a surname alone is still one.
		{"a given name", "Flights resumed. “We are open,” Tom Bridge said.",
			[]string{"Tom Bridge"}},
		{"a title", "Flights resumed. Mayor Tadeusz Port spoke. “We are open,” he said.",
			[]string{"Tadeusz Port"}},
		{"a surname left out", "Flights resumed. Kim Ji-won Park spoke. “We are open,” he said.",
			[]string{"Kim Ji-won Park"}},
	})
}

// TestWireUnnamedWithAnAside checks "the official" after an unnamed
// "A senior official, speaking on condition of anonymity, said": the
// aside between the role and its verb names nobody, so the role is the
// unnamed subject, and so is an unnamed subject of another noun ("A
// senior member of the commission told AFP"). A name after the comma is
// the official's.
func TestWireUnnamedWithAnAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a participle aside", "Chief Cabinet Secretary Takuma Ogasawara said talks would go on. A senior Foreign Ministry official, speaking on condition of anonymity, said the deal was close. “We are nearly there,” the official said.",
			[]string{""}},
		{"a relative aside", "Interior Minister Jonas Vogt defended the law. A senior ministry official, who asked not to be named, said it would pass. “We have the votes,” the official said.",
			[]string{""}},
		{"a spokesman", "Mayor Tom Reyes opened the bridge. A city spokesman, declining to be named, said it had cost more. “The steel was dear,” the spokesman told reporters.",
			[]string{""}},
		{"another noun", "Prime Minister Pierre Ngassa held a rally.\n\nA senior member of the commission told AFP on condition of anonymity that ballots were late. “We are working through the night,” the official said.",
			[]string{""}},
		// Near misses: a name in apposition, with or without the closing
		// comma, is the official.
		{"a name after the comma", "Chief Cabinet Secretary Takuma Ogasawara said talks would go on. A senior official, Ken Sato, said the deal was close. “We are nearly there,” the official said.",
			[]string{"Ken Sato"}},
		{"a name, no closing comma", "Chief Cabinet Secretary Takuma Ogasawara said talks would go on. A senior official, Ken Sato said the deal was close. “We are nearly there,” the official said.",
			[]string{"Ken Sato"}},
		{"a named official", "Foreign Ministry official Ken Sato said the deal was close. “We are nearly there,” the official said.",
			[]string{"Ken Sato"}},
	})
}

// TestWireAffiliationEpithets checks "the Rosatom official", "the
// company official": a role noun with an organisation before it stands
// for the person introduced as of that organisation ("Rosatom's Director
// X", "Rosatom official X", "X, a deputy head of Rosatom,"), not the
// person named last.
func TestWireAffiliationEpithets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a possessive", "Rosatom’s Director Vadim Prokhorenko said the ships were ready. Igor Vlasenko, a captain, agreed. “It is a key route,” the Rosatom official said.",
			[]string{"Vadim Prokhorenko"}},
		{"of in apposition", "Ivan Petrov, a deputy head of Rosatom, said the ships were ready. Igor Vlasenko, a captain, agreed. “It is a key route,” the Rosatom official said.",
			[]string{"Ivan Petrov"}},
		{"for in apposition", "Oksana Belova, a spokeswoman for Gazprom, said the pipe was full. Igor Vlasenko, a captain, agreed. “It is full,” the Gazprom official said.",
			[]string{"Oksana Belova"}},
		{"before a lower-case title", "Rosatom official Ivan Petrov said the ships were ready. Igor Vlasenko, a captain, agreed. “It is a key route,” the Rosatom executive said.",
			[]string{"Ivan Petrov"}},
		{"a word of a longer name", "Haiyun Logistics chief executive Wang Lihua spoke. Kremlin spokesman Igor Vlasenko said talks went on. “We are ready,” the Haiyun executive said.",
			[]string{"Wang Lihua"}},
		{"the company", "Ivan Petrov, a deputy head of Rosatom, said the ships were ready. Igor Vlasenko, a captain, agreed. “It is a key route,” the company official said.",
			[]string{"Ivan Petrov"}},
		{"of two companies", "Gazprom’s chief executive Oleg Sidorov said the pipe was full. Rosneft’s chief executive Ivan Petrov disagreed. “It is empty,” the Gazprom official said.",
			[]string{"Oleg Sidorov"}},
		// Near misses: an organisation nobody was introduced with, and the
		// latest of two.
		{"another company", "Gazprom’s chief executive Oleg Sidorov said the pipe was full. Rosneft’s chief executive Ivan Petrov disagreed. “It is empty,” the Lukoil official said.",
			[]string{""}},
		{"the latest of two", "Gazprom’s chief executive Oleg Sidorov said the pipe was full. Rosneft’s chief executive Ivan Petrov disagreed. “It is empty,” the Rosneft official said.",
			[]string{"Ivan Petrov"}},
	})
}

// TestWireHeadlineGivenName checks a headline that names someone by the
// first word of the name ("… - Roslan", "…, says Roslan", "Xi meets
// …"): the full name in the body is the same person, so "Roslan" and
// "he" later stand for the full name.
func TestWireHeadlineGivenName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a credit after a dash", "Floods: RM50 mln for relief - Roslan\n\nKOTA BHARU, Dec 6 (Bernama) -- The government has allocated RM50 million, said Deputy Prime Minister Datuk Seri Roslan Hamzah.\n\nRoslan, who is also Rural Development Minister, said more was ready. “We are prepared,” he said.",
			[]string{"Roslan Hamzah"}},
		{"says", "Floods: RM50 mln for relief, says Roslan\n\nKOTA BHARU, Dec 6 (Bernama) -- The government has allocated RM50 million, said Deputy Prime Minister Datuk Seri Roslan Hamzah.\n\n“We are prepared,” Roslan said.",
			[]string{"Roslan Hamzah"}},
		{"Indonesian", "Rice prices up 5 pct - Budi\n\nJAKARTA, Dec 6 (Antara) -- Rice prices rose 5 percent, Trade Minister Budi Santoso said on Monday.\n\n“Stocks are enough,” Budi said. Andi Wijaya, a trader, disagreed. “Stocks are low,” he said.",
			[]string{"Budi Santoso", "Andi Wijaya"}},
		{"a family name first", "Xi meets Biden at summit\n\nBEIJING, Dec 6 (Xinhua) -- Chinese President Xi Jinping met his U.S. counterpart on Monday.\n\n“We are partners,” Xi said.",
			[]string{"Xi Jinping"}},
		// Near misses: a surname in the headline still finds the full
		// name, a place named with the headline's word ("in Khan Younis")
		// takes no one over, and another person stays another.
		{"a surname", "Floods: RM50 mln for relief - Hamzah\n\nKOTA BHARU, Dec 6 (Bernama) -- The government has allocated RM50 million, said Deputy Prime Minister Roslan Hamzah.\n\n“We are prepared,” Hamzah said.",
			[]string{"Roslan Hamzah"}},
		{"a place", "Strikes on Gaza, says Khan\n\nISLAMABAD, Dec 6 (APP) -- Strikes hit homes in Khan Younis on Monday, former Prime Minister Imran Khan said.\n\n“It must stop,” Khan said.",
			[]string{"Imran Khan"}},
		{"another person", "Floods: RM50 mln for relief - Roslan\n\nKOTA BHARU, Dec 6 (Bernama) -- The government has allocated RM50 million, said Deputy Prime Minister Datuk Seri Roslan Hamzah.\n\n“We are prepared,” said Lim Kok Seng. “It is enough,” Lim said.",
			[]string{"Lim Kok Seng", "Lim Kok Seng"}},
	})
}

// TestWireFourPartNames checks a Spanish name of two given names and two
// surnames, referred to by the father's surname, the third word.
func TestWireFourPartNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a senator", "Opposition senator Luz Marina Ocampo Quintero spoke first. Senator Paola Andrea Rengifo replied. “The bill is bad,” Ocampo said.",
			[]string{"Luz Marina Ocampo Quintero"}},
		{"a minister", "The Minister of Mines, Andrés Felipe Zuluaga Restrepo, defended the bill. “Water is worth more than gold,” Zuluaga told reporters.",
			[]string{"Andrés Felipe Zuluaga Restrepo"}},
		{"then the role", "Senator Luz Marina Ocampo Quintero spoke first. Senator Paola Andrea Rengifo replied. Ocampo said she would appeal. “They shout,” wrote the senator.",
			[]string{"Luz Marina Ocampo Quintero"}},
		// Near misses: the last word still names the person, and a
		// particle or an initial makes no four-part name.
		{"the last word", "Senator Luz Marina Ocampo Quintero spoke first. “The bill is bad,” Quintero said.",
			[]string{"Luz Marina Ocampo Quintero"}},
		{"a particle", "Minister Salman bin Yousef Al-Dosari spoke. Yousef Haddad replied. “It met,” Yousef said.",
			[]string{"Yousef Haddad"}},
	})
}

// TestWireChiefMinisters checks the head of a state's government, as
// Indian and Malaysian wires write it: "the CM", "the chief minister",
// "the Menteri Besar" (a role of two words, the last no role alone) are
// the person introduced as "Chief Minister X" or "Menteri Besar X", and
// no other minister.
func TestWireChiefMinisters(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the CM", "Maharashtra Chief Minister Vinayak Deshmukh ordered an inquiry. Public Works Minister Ganesh Bhosale said the site was safe. “I will not shield anyone,” the CM said.",
			[]string{"Vinayak Deshmukh"}},
		{"the chief minister", "Chief Minister Mamta Rao ordered an inquiry. Public Works Minister Ganesh Bhosale said the site was safe. “I will not shield anyone,” the chief minister said.",
			[]string{"Mamta Rao"}},
		{"the Menteri Besar", "Meanwhile, Kelantan Menteri Besar Datuk Nik Azhar Nik Yusof said 148 relief centres were open. Lim Kok Seng, a volunteer, agreed. “This is not the time for politics,” the Menteri Besar said.",
			[]string{"Nik Azhar Nik Yusof"}},
		// Near miss: "the minister" is the other minister.
		{"the minister", "Maharashtra Chief Minister Vinayak Deshmukh ordered an inquiry. Public Works Minister Ganesh Bhosale said the site was safe. “The staging was weak,” the minister said.",
			[]string{"Ganesh Bhosale"}},
	})
}

// TestWireCountrysTitleInApposition checks "Bahrain's Minister of
// Industry, Fatima …,": a title after a country's possessive, named in
// apposition, gives the person the role and the country, so "the
// minister" later is she, not a minister named before.
func TestWireCountrysTitleInApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quoted as saying", "Kuwait’s Minister of Foreign Affairs Abdulaziz Yousef Al-Rashidi told KUNA the summit went well.\n\nIn Manama, the agency quoted Bahrain’s Minister of Industry and Commerce, Fatima bint Khalifa Al-Doseri, as saying that the kingdom agrees.\n\n“We waited long enough,” the minister said.",
			[]string{"Fatima bint Khalifa Al-Doseri"}},
		{"said", "Kuwait’s Minister of Foreign Affairs Abdulaziz Yousef Al-Rashidi told KUNA the summit went well.\n\nIn Manama, Oman’s Minister of Trade, Qais Al-Yousef, said that the sultanate agrees.\n\n“We waited long enough,” the minister said.",
			[]string{"Qais Al-Yousef"}},
		// Near miss: the country tells one minister from the other.
		{"the other country's", "Kuwait’s Minister of Foreign Affairs Abdulaziz Yousef Al-Rashidi told KUNA the summit went well.\n\nIn Manama, Bahrain’s Minister of Industry, Fatima bint Khalifa Al-Doseri, said that the kingdom agrees.\n\n“It is done,” the Kuwaiti minister said.",
			[]string{"Abdulaziz Yousef Al-Rashidi"}},
	})
}
