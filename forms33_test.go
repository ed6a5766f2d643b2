package wirestory

import "testing"

// Session twenty, the lead's forms from the "?" left by rounds 31 and 32.
// Each test holds variants of one form in wire style and near misses that
// must not change.

// TestForms33EventBodies checks events named as bodies by their head
// word, "the Doha International Book Fair", "the Qatar Economic Forum",
// "the Gulf Climate Conference", "the Arab Summit": a role's "of" phrase
// that names one ends before the holder's name, which keeps no word of
// the event's ("Director of the <place> <words> Fair <Name>"), and "the
// forum" later stands for it. Near misses: a name with no event before
// it, and a "Fair" that is a surname after a given name, keep their
// names.
func TestForms33EventBodies(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"book fair", "Speaking to QNA, Director of the Doha International Book Fair Khalid Saeed Al Mannai said the fair had grown. “It is bigger than ever,” he added.",
			[]string{"Khalid Saeed Al Mannai"}},
		{"economic forum", "Chairman of the Kelta Economic Forum Idris Bako said the talks went well. “We talked for hours,” he said.",
			[]string{"Idris Bako"}},
		{"climate conference", "Head of the Gulf Climate Conference Fahad Al Obaidly said the talks would go on. “We will meet again,” he said.",
			[]string{"Fahad Al Obaidly"}},
		{"a summit's secretary", "“The text is agreed,” Secretary General of the Sahel Peace Summit Moussa Traore said.",
			[]string{"Moussa Traore"}},
		// Near misses: no event before the name; a surname "Fair".
		{"no event", "Director Khalid Al Mannai said the hall was full. “It is full,” he said.",
			[]string{"Khalid Al Mannai"}},
		{"a surname Fair", "“We will appeal,” said Joanna Fair, a lawyer for the family.",
			[]string{"Joanna Fair"}},
	})
}

// TestForms33EnvoyToThePlace checks an envoy's title with where they are
// sent after "to the" and a place with an "of" of its own, before the
// name: "Ambassador of the Republic of Korea to the State of Qatar X",
// "Permanent Representative of Kenya to the United Nations X". The place
// after "to the" is a second part of the title, as "to Kenya" is, and
// the name after it the holder's. Near misses: a bare "to" + place, a
// one-part title, and a name before "to the" (a given name in the run)
// keep their readings.
func TestForms33EnvoyToThePlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"republic to the state", "“We welcome all readers,” HE Ambassador of the Republic of Korea to the State of Qatar Lee Jae-won said.",
			[]string{"Lee Jae-won"}},
		{"to the republic of", "“Trade is rising,” Ambassador of Japan to the Republic of Kenya Kenji Sato said.",
			[]string{"Kenji Sato"}},
		{"to the united nations", "Permanent Representative of Kelta to the United Nations Dawit Alemu said the vote was close. “It was close,” he said.",
			[]string{"Dawit Alemu"}},
		{"envoy to the region", "“We agree,” Special Envoy of the President to the Gulf Region Omar Saleh told reporters.",
			[]string{"Omar Saleh"}},
		// Near misses: "to" and a place with no article, a plain title.
		{"to a place", "“Trade is rising,” Ambassador of Japan to Kenya Kenji Sato said.",
			[]string{"Kenji Sato"}},
		{"a plain portfolio", "Minister of Trade Ali Musa said the talks went on. “Fine,” he said.",
			[]string{"Ali Musa"}},
		{"a name before to the", "Minister of Finance Ali Khan spoke to the National Assembly on Monday. “We are solvent,” he said.",
			[]string{"Ali Khan"}},
	})
}
