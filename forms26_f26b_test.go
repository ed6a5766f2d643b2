package wirestory

import "testing"

// Round 26, fixer f26b: the forms of bernama-songket and ap-cannery. Each
// test holds variants of one form in wire style and near misses that
// must not change.

// TestForms26KinEpithet checks a quotation whose speaker is a definite
// epithet of kin, "said the mother of four", "the grandmother said",
// "the father of three added": as "the 52-year-old" does, it stands for
// the last person named of the noun's gender. A speaker named after the
// quotation, an epithet of the other gender with no one of it named, and
// a noun of no kin keep their answers.
func TestForms26KinEpithet(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said the mother of four, who", "Weaver Noraini Hassan, 47, from Kampung Losong, said orders had dropped.\n\n“Buyers want cheaper printed cloth,” said the mother of four, who has woven for 30 years.",
			[]string{"Noraini Hassan"}},
		{"the grandmother said", "Farmer Rosa Delgado, 71, said the frost had killed half her vines.\n\n“I have never seen it this bad,” the grandmother said.",
			[]string{"Rosa Delgado"}},
		{"the father of three added", "Fisherman Abdul Karim Osman said the catch had halved since March.\n\n“We go further out every week,” the father of three added.",
			[]string{"Abdul Karim Osman"}},
		{"said the widow, past a man", "Margaret Ellison, whose husband worked at the plant, met Mayor John Pike on Tuesday.\n\n“Nobody told us anything,” said the widow.",
			[]string{"Margaret Ellison"}},
		// Near misses: the name after the quotation, a noun of no kin, and an
		// epithet of a gender no one named has.
		{"named speaker", "Weaver Noraini Hassan said orders had dropped.\n\n“Buyers want cheaper cloth,” said Siti Aminah, a mother of four.",
			[]string{"Siti Aminah"}},
		{"no kin noun", "Weaver Noraini Hassan said orders had dropped.\n\n“We will help them,” said the woman at the next loom.",
			[]string{""}},
		{"no one of that gender", "Weaver Noraini Hassan said orders had dropped.\n\n“We go further out every week,” said the father of three.",
			[]string{""}},
	})
}
