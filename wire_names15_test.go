package wirestory

import "testing"

// The tests of this file check names and titles of round 15's blind
// wire stories: a family name written first after an inverted "said",
// the tail of an institution's name after its "for the", a calling
// before a name at a sentence's start, title words before a name, a
// deity's name inside a temple's, and Iran's "Agriculture Jihad".

// TestWireSurnameFirstInverted checks a family name written first, as
// Xinhua, Yonhap and Kyodo give Chinese and Korean names ("Yang
// Xiaomei", "Kim Min-jun"), called by that family name after an
// inverted speech verb ("“…,” said Yang, who …"): it is the person
// named before, as "Yang said" is, and a later "Yang said" is too.
func TestWireSurnameFirstInverted(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said Yang, who", "Yang Xiaomei watched the pandas.\n\n“We keep the routine,” said Yang, who has worked with pandas for 17 years.",
			[]string{"Yang Xiaomei"}},
		{"said Kim.", "Kim Min-jun, a keeper, said the bears slept. “They sleep all day,” said Kim.",
			[]string{"Kim Min-jun"}},
		{"said Park, a given name unhyphenated", "Park Jihoon, a keeper, said the bears slept. “They sleep all day,” said Park.",
			[]string{"Park Jihoon"}},
		{"told, then said again", "Nguyen Van Thanh, a farmer from Ben Tre, told VNA the rice was late.\n\n“We wait,” said Nguyen.\n\n“We always wait,” Nguyen said, laughing.",
			[]string{"Nguyen Van Thanh", "Nguyen Van Thanh"}},
		{"she before, said after", "At the base, keeper Yang Xiaomei watched the pandas. “They are home,” she said.\n\nThe twins arrived on Thursday.\n\n“We keep the routine,” said Yang.",
			[]string{"Yang Xiaomei", "Yang Xiaomei"}},
		// Near misses: the forms that already worked, a Western name
		// called by its surname, and a new family name.
		{"Kim said", "Kim Min-jun, a keeper, said the bears slept. “They sleep all day,” Kim said.",
			[]string{"Kim Min-jun"}},
		{"said Jensen", "Mark Jensen fed the cubs. “They eat a lot,” said Jensen.",
			[]string{"Mark Jensen"}},
		{"said a family name not named before", "Kim Min-jun, a keeper, said the bears slept. “They sleep all day,” said Lee.",
			[]string{"Lee"}},
	})
}

// TestWireBodyTailNoPerson checks the end of an institution's name in a
// fronted phrase, before the person the sentence is about: the words
// after a body's "for the" ("Center for the Giant Panda") or after a
// museum's, gallery's or zoo's "of" ("Museum of Modern Art") are the
// body's, and "she" after is the person. A calling before the name at a
// sentence's start ("Keeper Yang Xiaomei") is a role, no given name.
func TestWireBodyTailNoPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"center for the, role before the name", "Standing beside an enclosure at the base of the China Conservation and Research Center for the Giant Panda, keeper Yang Xiaomei watched the pandas. “They are home,” she said softly.",
			[]string{"Yang Xiaomei"}},
		{"center for the, no role", "Outside the Wolong Center for the Giant Panda, Yang Xiaomei watched. “They are home,” she said.",
			[]string{"Yang Xiaomei"}},
		{"museum of", "Near the Museum of Modern Art, Li Na watched the crowds. “It is busy,” she said.",
			[]string{"Li Na"}},
		{"gallery of", "Inside the Gallery of Fine Arts, Chen Jing waited. “It is quiet,” she said.",
			[]string{"Chen Jing"}},
		{"institute for the", "At the National Institute for the Deaf Child, Chen Jing signed a form. “It is done,” she said.",
			[]string{"Chen Jing"}},
		{"a calling at the sentence's start", "Keeper Yang Xiaomei watched as two pandas sniffed. “They are home,” she said softly.",
			[]string{"Yang Xiaomei"}},
		{"zookeeper, then the surname", "Zookeeper Wu Jianguo fed the cubs. “They eat a lot,” Wu said.",
			[]string{"Wu Jianguo"}},
		// Near misses: a person after "of" with no body before it, a
		// body's head without its article, a name that is the subject.
		{"house of a person", "Near the house of John Smith, Li Na watched the crowds. “It is busy,” she said.",
			[]string{"Li Na"}},
		{"a person after the body's comma", "At the University of Chicago, professor Omar Saleh waited. “It is busy,” he said.",
			[]string{"Omar Saleh"}},
		{"body and a named subject", "Near the Museum of Modern Art, Li Na said the crowds were “huge.”",
			[]string{"Li Na"}},
	})
}

// TestWireTitleWordsBeforeName checks titles of South Asian copy run
// straight into the holder's name: a warden or conservator of forests
// ("Chief Wildlife Warden X"), a special assistant with the office
// served and a portfolio after "on" ("Special Assistant to the Prime
// Minister on Climate Change Dr X"), and the Pakistani honorific "Mian"
// before a name, which is left out as "Sardar" is. The title's words
// are no part of the name, and "she", "he" or the surname after are the
// holder.
func TestWireTitleWordsBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chief wildlife warden", "Chief Wildlife Warden Susanta Kumar Nayak said the tigers were “healthy.”",
			[]string{"Susanta Kumar Nayak"}},
		{"after and", "The forest minister and Chief Wildlife Warden Susanta Kumar Nayak said the tigers were healthy. “We cannot rush this,” Nayak told reporters.",
			[]string{"Susanta Kumar Nayak"}},
		{"wildlife warden, two words", "Wildlife Warden Anil Kumar said the tigers were “healthy.”",
			[]string{"Anil Kumar"}},
		{"conservator of forests", "Chief Conservator of Forests Ravi Shankar said the tigers were “healthy.”",
			[]string{"Ravi Shankar"}},
		{"special assistant on, Dr, she after", "Special Assistant to the Prime Minister on Climate Change Dr Shazia Kanwal Jatoi, in a statement issued here, said the plan was ready. “We are ready,” she said.",
			[]string{"Shazia Kanwal Jatoi"}},
		{"special assistant on, no Dr", "Special Assistant to the Prime Minister on Climate Change Shazia Kanwal Jatoi said the plan was “ready.”",
			[]string{"Shazia Kanwal Jatoi"}},
		{"special assistant, no portfolio", "Special Assistant to the Prime Minister Shazia Kanwal Jatoi said the plan was ready. “We are ready,” she said.",
			[]string{"Shazia Kanwal Jatoi"}},
		{"adviser on, surname after", "Adviser to the Prime Minister on Finance Omar Qadir Baig said the plan was ready. “It is,” Baig said.",
			[]string{"Omar Qadir Baig"}},
		{"spokesman on two words", "Spokesman to the Prime Minister on Media Affairs Omar Saleh said the road was “closed.”",
			[]string{"Omar Saleh"}},
		{"Mian after a title", "Pakistan Solar Association Chairman Mian Tariq Mehmood Arain said the rate was unfair. “It is a blow,” he said.",
			[]string{"Tariq Mehmood Arain"}},
		{"Mian opening the sentence, surname after", "Mian Tariq Mehmood Arain, chairman of the association, said the rate was unfair. “It is a blow,” Arain said.",
			[]string{"Tariq Mehmood Arain"}},
		// Near misses: "Mian" ending a name, a surname "Warden", the role
		// alone, and "on" with a time after it.
		{"Mian ending a name", "Nurul Islam Mian said the rate was “unfair.”",
			[]string{"Nurul Islam Mian"}},
		{"Warden as a surname", "Jack Warden said the road was “closed.”",
			[]string{"Jack Warden"}},
		{"the warden", "The warden said the road was “closed.”",
			[]string{""}},
		{"on a day", "Minister for Railways Ashwini Devnath on Tuesday said trains would “run.”",
			[]string{"Ashwini Devnath"}},
	})
}

// TestWirePlaceNounAfterName checks a name run into a lower-case noun of
// a place ("the Shri Neelkantheshwar temple", "the Jama mosque"): the
// name is the place's, though an honorific such as "Shri" opens it, and
// "she" after is the woman who is the sentence's subject.
func TestWirePlaceNounAfterName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Shri before a deity's name", "The crowd surged near the gate of the Shri Neelkantheshwar temple, District Collector Anuradha Venkataraman told PTI. “We have stopped entry,” she said.",
			[]string{"Anuradha Venkataraman"}},
		{"Shri Ram temple", "The crowd surged near the Shri Ram temple, Collector Anuradha Venkataraman told PTI. “We have stopped entry,” she said.",
			[]string{"Anuradha Venkataraman"}},
		{"a gurdwara", "The crowd surged at the Shri Harmandir Sahib gurdwara, Collector Anuradha Venkataraman told PTI. “We have stopped entry,” she said.",
			[]string{"Anuradha Venkataraman"}},
		{"a saint's church", "The crowd gathered near the St Mary church, Collector Anuradha Venkataraman told PTI. “We have stopped entry,” she said.",
			[]string{"Anuradha Venkataraman"}},
		{"a shrine, he after", "Pilgrims crowded the Sheikh Salim Chishti shrine, police officer Rakesh Verma said. “We closed the gate,” he said.",
			[]string{"Rakesh Verma"}},
		// Near misses: an honorific before a person's name, a surname
		// "Temple", a name before a lower-case noun of no place.
		{"Shri before a person", "Shri Ravi Kumar Sharma said the crowd was huge. “We were afraid,” Sharma said.",
			[]string{"Ravi Kumar Sharma"}},
		{"Temple as a surname", "Shirley Temple said the crowd was “huge.”",
			[]string{"Shirley Temple"}},
		{"a name before a verb", "Shri Ravi Kumar Sharma visited the temple. “It was full,” he said.",
			[]string{"Ravi Kumar Sharma"}},
	})
}

// TestWireIranianJihadMinistry checks Iran's ministries of "Agriculture
// Jihad" and "Construction Jihad", as IRNA writes their titles before a
// name ("Minister of Agriculture Jihad Hossein X"): "Jihad" is the
// ministry's, not the name's first word. As a given name after another
// portfolio ("Minister of Finance Jihad Azour") it stays the name's.
func TestWireIranianJihadMinistry(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"minister of, possessive country", "Iran's Minister of Agriculture Jihad Hossein Karimi-Dastjerdi said output would “triple.”",
			[]string{"Hossein Karimi-Dastjerdi"}},
		{"the minister after", "Minister of Agriculture Jihad Gholamreza Nouri Ghezeljeh said output would rise.\n\n“We are ready,” the minister told reporters.",
			[]string{"Gholamreza Nouri Ghezeljeh"}},
		{"deputy minister, surname after", "Deputy Minister of Agriculture Jihad Ali Reza Rafiei said output would “triple.” “It will,” Rafiei said.",
			[]string{"Ali Reza Rafiei", "Ali Reza Rafiei"}},
		{"head of the construction jihad", "Head of the Construction Jihad Organisation Reza Karimi said roads would “open.”",
			[]string{"Reza Karimi"}},
		// Near misses: the ministry before the title, and "Jihad" as a
		// given name after another portfolio.
		{"ministry before the title", "Agriculture Jihad Minister Hossein Karimi said output would “triple.”",
			[]string{"Hossein Karimi"}},
		{"given name, two words", "Minister of Finance Jihad Azour said the deficit would “fall.”",
			[]string{"Jihad Azour"}},
		{"given name, three words", "Minister of Economy Jihad Hassan Azour said the deficit would “fall.”",
			[]string{"Jihad Hassan Azour"}},
	})
}

// TestWireOpeningPlacePhrase checks a sentence that opens with a place
// preposition of resolve-placeprepositions and a capitalised place
// before a comma, the verb after it no cue: the place is where, no
// person, and "he" after is the man named after the comma.
func TestWireOpeningPlacePhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"at the", "At the Riverside Diner, owner Mel Castellano had taped a sign to the door. “We boil everything,” he said.",
			[]string{"Mel Castellano"}},
		{"at, no article", "At Riverside Diner, owner Mel Castellano had taped a sign to the door. “We boil everything,” he said.",
			[]string{"Mel Castellano"}},
		{"near the", "Near the Grand Mosque, vendor Tariq Aziz had closed his stall. “Nobody came,” he said.",
			[]string{"Tariq Aziz"}},
		{"outside", "Outside Harbour Hall, nurse Ana Diaz waited in line. “It took hours,” she said.",
			[]string{"Ana Diaz"}},
		// Near misses: the name after the preposition is the speaker's
		// subject with no comma, and "in" already worked.
		{"in the", "In the Riverside Diner, owner Mel Castellano had taped a sign to the door. “We boil everything,” he said.",
			[]string{"Mel Castellano"}},
		{"no comma", "Mel Castellano at the diner said the water was “fine.”",
			[]string{"Mel Castellano"}},
	})
}

// TestWirePortfolioUnitInBrackets checks a portfolio of one word before a
// unit in brackets and the name after it ("Federal Minister for Energy
// (Power Division) Sardar X"): the title names him, as a police title
// before its posting in brackets does, so "the minister" is he.
func TestWirePortfolioUnitInBrackets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a division, an honorific", "Federal Minister for Energy (Power Division) Sardar Awais Khan Leghari said the tariff would fall. “We are ready,” the minister said.",
			[]string{"Awais Khan Leghari"}},
		{"minister of state, one word", "Minister of State for Finance (Revenue) Ali Pervaiz Malik said the tariff would fall. “We are ready,” the minister said.",
			[]string{"Ali Pervaiz Malik"}},
		// Near misses: an acronym in brackets and no name; words in
		// lower case in the brackets.
		{"an acronym, no name", "Minister for Energy (MoE) officials said the tariff would fall. “We are ready,” the minister said.",
			[]string{""}},
	})
}
