package wirestory

import "testing"

// Round 31, fixer f31a: forms from the first-sight misses of the round's
// blind wire stories. Each test holds variants of one form in wire style
// and near misses that must not change.

// TestForms31f31aScienceCallings checks a calling of science written
// bare and capitalised at the start of a sentence before a name,
// "Paleontologist X of the institute said", "Geneticist X": the calling
// is a role (resolve-roles), no part of the name, and "the
// paleontologist" later is the same person. Near misses: a given name
// that opens the sentence, and a body's name before a role in lower
// case, keep the name as it was.
func TestForms31f31aScienceCallings(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"paleontologist of an institute", "Paleontologist Irina Volkova of the Zoological Institute said the bones were old. “A find like this is rare,” she said.",
			[]string{"Irina Volkova"}},
		{"geneticist of a hospital", "Geneticist Mira Solberg of the Oslo University Hospital said the test worked. “It works,” she said.",
			[]string{"Mira Solberg"}},
		{"statistician told", "Statistician Tomas Vidal told Reuters the census was late. “It is late,” he said.",
			[]string{"Tomas Vidal"}},
		{"the calling later", "Palaeontologist Albert Moss said the bones were old. Fire chief Oleg Petrov said the road was shut. “It is very old,” the palaeontologist said.",
			[]string{"Albert Moss"}},
		// Near misses: a given name first, a body before a lower-case role.
		{"a given name first", "Mathis Orlov of the fisheries institute said the fish were gone. “They are gone,” he said.",
			[]string{"Mathis Orlov"}},
		{"a body before the role", "Sakha Academy researcher Pavel Kolesov said the find was rare. “It is rare,” he said.",
			[]string{"Pavel Kolesov"}},
	})
}

// TestForms31f31aUnnamedFromPlace checks an unnamed speaker described
// with where they come from, "a 68-year-old woman from Sakai", "a
// farmer from Khirbet Ibziq": the run after a role's "from", with no
// title or given name in it, is a place, as after "in" or "at", and the
// speaker goes unnamed. Near misses: a name in apposition after the
// place, a legislator's seat before the name ("MLA from Kothrud X"), an
// institution before a name ("researcher from X University Y Z"), and a
// named speaker described after the name keep their names.
func TestForms31f31aUnnamedFromPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"woman from a city, who declined", "“I bought two bags, because prices may rise again,” said a 71-year-old woman from Kurume, who declined to give her name.",
			[]string{""}},
		{"farmer from a village opens", "A farmer from Khirbet Tana said, “The soldiers sent us back.”",
			[]string{""}},
		{"retired teacher from a town", "“It is too dear,” said a retired teacher from Dunmore who asked not to be named.",
			[]string{""}},
		{"man from a town", "“We lost everything,” said a fisherman from Tuticorin.",
			[]string{""}},
		// Near misses: a name in apposition, a legislator's seat, an
		// institution before the name, a described name.
		{"a name in apposition", "“We need water,” said a lawmaker from Ohio, Jane Doe.",
			[]string{"Jane Doe"}},
		{"a legislator's seat", "BJP MLA from Kothrud Sunil Patil said the road was shut. “It is shut,” Patil said.",
			[]string{"Sunil Patil"}},
		{"an institution and a name", "A researcher from Udayana University Ni Luh Ayu Sukmawati said the reef was dying. “It is dying,” she said.",
			[]string{"Ni Luh Ayu Sukmawati"}},
		{"a described name", "“It is a shame,” said Amy Reed, a Democrat from Ohio.",
			[]string{"Amy Reed"}},
	})
}

// TestForms31f31aLongLowerRoleSource checks a source after the content
// and a comma that is a role in lower case whose "of" phrase runs past
// the phrase's bound through bodies joined by "at the" and "of the",
// with a word in brackets among them, to the holder's name: "…, head of
// the Hydrology Laboratory at the Institute of … (Kazan) X told TASS".
// The phrase opens at the role (longTitleStart), and the content before
// the comma is what was told. Near misses: the short phrase, a role
// after "the", a capitalised title and a plural noun before "at" keep
// their phrases.
func TestForms31f31aLongLowerRoleSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"head of a laboratory at an institute", "The river has risen two metres, head of the Hydrology Laboratory at the Institute of Water Problems of the Russian Academy of Sciences Oleg Markov told TASS.",
			[]string{"head of the Hydrology Laboratory at the Institute of Water Problems of the Russian Academy of Sciences Oleg Markov | told -> TASS"}},
		{"director, a word in brackets", "The colony has doubled, director of the Bird Ringing Centre at the University of Life Sciences of the Republic of Tatarstan (Kazan) Rustam Valiev told Interfax.",
			[]string{"director of the Bird Ringing Centre at the University of Life Sciences of the Republic of Tatarstan (Kazan) Rustam Valiev | told -> Interfax"}},
		{"chief of a department at a branch", "Two new species were found, chief of the Marine Biology Department at the Far Eastern Branch of the Academy of Sciences of Russia Vera Kim told reporters on Friday.",
			[]string{"chief of the Marine Biology Department at the Far Eastern Branch of the Academy of Sciences of Russia Vera Kim | told -> reporters"}},
		// Near misses: a short phrase, a role after "the", a capitalised
		// title.
		{"a short phrase", "The river has risen, head of the Hydrology Laboratory Oleg Markov told TASS.",
			[]string{"head of the Hydrology Laboratory Oleg Markov | told -> TASS"}},
		{"a role after the", "The river has risen, the head of the laboratory at the institute told TASS.",
			[]string{"the head of the laboratory at the institute | told -> TASS"}},
		{"a capitalised title", "The river has risen two metres, Deputy Director of the Baikal Branch of the Federal Research Institute of Fisheries and Oceanography Yelena Sukhanova told TASS.",
			[]string{"Deputy Director of the Baikal Branch of the Federal Research Institute of Fisheries and Oceanography Yelena Sukhanova | told -> TASS"}},
	}, showChain)
	runAttrCases(t, []attrCase{
		{"content before the comma", "The colony has doubled, director of the Bird Ringing Centre at the University of Life Sciences of the Republic of Tatarstan (Kazan) Rustam Valiev told Interfax.",
			[]string{"The colony has doubled"}},
	}, showContent)
}
