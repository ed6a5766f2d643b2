package wirestory

import "testing"

// An inverted cue whose source is a role of a body named in capitals,
// "said the director of the INS, Marta Ospina.", takes in the name in
// apposition that ends the sentence, as "said the INS director, X." does;
// the role then stands for no one named before it, so a speaker quoted
// just before does not take the words.
func TestQuoteInvertedRoleOfBody(t *testing.T) {
	const lead = "“We face an epidemic,” Health Minister Ana Restrepo told reporters. "
	runSpeakerCases(t, []speakerCase{
		{"director of the INS, two quotations", lead + "“Wards are full,” said the director of the INS, Marta Ospina. “We borrow beds.”",
			[]string{"Ana Restrepo", "Marta Ospina", "Marta Ospina"}},
		{"president of the Red Cross, three words", lead + "“We need tents,” said the president of the Colombian Red Cross, Julio César Ardila.",
			[]string{"Ana Restrepo", "Julio César Ardila"}},
		{"secretary general of the OAS, a place after", lead + "“We need tents,” said the secretary general of the OAS, Luis Almagro Lemes, in Washington.",
			[]string{"Ana Restrepo", "Luis Almagro Lemes"}},
		{"spokesman for the body", lead + "“We need tents,” said a spokesman for the Colombian Red Cross, Teresa Lobo.",
			[]string{"Ana Restrepo", "Teresa Lobo"}},
		{"role before the body's name", lead + "“Wards are full,” said the INS director, Marta Ospina. “We borrow beds.”",
			[]string{"Ana Restrepo", "Marta Ospina", "Marta Ospina"}},
		{"role of a body in lower case", lead + "“Wards are full,” said the director of the institute, Marta Ospina.",
			[]string{"Ana Restrepo", "Marta Ospina"}},
		{"no speaker before", "“Wards are full,” said the director of the National Health Institute, Marta Ospina. “We borrow beds.”",
			[]string{"Marta Ospina", "Marta Ospina"}},

		// Near misses: a place, a time, a clause or a name of one word
		// after the comma name no one in apposition.
		{"a place after the body", "“We need tents,” said the director of the INS, Bogota.",
			[]string{""}},
		{"a time after the body", "“We need tents,” said the director of the INS, Monday.",
			[]string{""}},
		{"a clause after the body", "“We need tents,” said the director of the INS, adding that beds were short.",
			[]string{""}},
		{"a place after the cue", lead + "“We need tents,” the minister said in Bogota, Colombia.",
			[]string{"Ana Restrepo", "Ana Restrepo"}},
	})
}
