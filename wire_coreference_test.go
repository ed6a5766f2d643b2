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
