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
