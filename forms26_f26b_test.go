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

// TestForms26NamedKin checks a kin noun after a possessive pronoun as a
// speaker, "Her sister was blunter: “…”", "“…,” his son said", after the
// same possessive and noun with a name in apposition, "her sister,
// Ruth,": the later mention is that person. A kin noun first met with no
// name, another possessor's, and another kin noun keep their answers.
func TestForms26NamedKin(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"her sister, blunter", "Linda Haskell, 58, has worked on the line for 31 years. She and her sister, Ruth, were among the workers at the town hall.\n\n“My mother worked that line,” Haskell said. Her sister was blunter: “It's over.”",
			[]string{"Linda Haskell", "Ruth"}},
		{"his son said", "Farmer Gerald Moss, 66, has grown potatoes in Aroostook County since 1981. He and his son, Caleb, plant 400 acres.\n\n“We cannot sell below cost,” Moss said.\n\n“The buyers know it,” his son said.",
			[]string{"Gerald Moss", "Caleb"}},
		{"her daughter added, past a man", "Nurse Alma Reyes, 49, and her daughter, Inez, both work nights at the clinic, director Paul Grant said.\n\n“We see the same faces every week,” her daughter added.",
			[]string{"Inez"}},
		// Near misses: a kin noun met first with no name, another
		// kin noun than the one named, and a kin noun of someone else.
		{"no name in apposition", "Linda Haskell, 58, has worked on the line for 31 years. She and her sister were among the workers at the town hall.\n\n“It's over,” her sister said.",
			[]string{""}},
		{"other kin noun", "Linda Haskell, 58, has worked on the line for 31 years. She and her sister, Ruth, were among the workers at the town hall.\n\n“It's over,” her daughter said.",
			[]string{""}},
		{"other possessor", "Linda Haskell and her sister, Ruth, were at the town hall. Mayor Tom Reed and his wife also came.\n\n“It's over,” his sister said.",
			[]string{""}},
	})
}

// TestForms26PortfolioListQuoted checks "Y was quoted by X as saying"
// where Y's title holds a list of portfolios with a comma: the source
// runs over the whole list, "Terengganu State Tourism, Culture and
// Digitalisation Committee chairman X", as it does before "said"
// (portfolioSubject). An item may open with a place or a level of
// government when its last word is a portfolio's. A name or a body
// before the comma keeps its reading.
func TestForms26PortfolioListQuoted(t *testing.T) {
	runChainCases(t, []attrCase{
		{"state committee, place first", "Terengganu State Tourism, Culture and Digitalisation Committee chairman Datuk Razali Idris was quoted by Sinar Harian as saying that the gallery would open in 2027.",
			[]string{"Sinar Harian | quoted by >> Terengganu State Tourism, Culture and Digitalisation Committee chairman Datuk Razali Idris | as saying"}},
		{"portfolio first", "Health, Labour and Welfare Minister Kenji Arakawa was quoted by the Asahi Shimbun as saying the plan was sound.",
			[]string{"the Asahi Shimbun | quoted by >> Health, Labour and Welfare Minister Kenji Arakawa | as saying"}},
		{"province, three items", "Punjab Provincial Education, Sports and Youth Affairs Minister Rana Tariq was quoted by Dawn as saying schools would reopen.",
			[]string{"Dawn | quoted by >> Punjab Provincial Education, Sports and Youth Affairs Minister Rana Tariq | as saying"}},
		// Near misses: a name before the comma, a body that is no
		// portfolio.
		{"name before the comma", "Ahmad Faiz, Transport and Works Minister Lee Hong was quoted by The Star as saying the bridge was safe.",
			[]string{"The Star | quoted by >> Transport and Works Minister Lee Hong | as saying"}},
		{"company names", "Bank of America, Citigroup and Wells Fargo chief economist Mary Vance was quoted by Bloomberg as saying rates would fall.",
			[]string{"Bloomberg | quoted by >> Citigroup and Wells Fargo chief economist Mary Vance | as saying"}},
	})
}
