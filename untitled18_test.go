package wirestory

import "testing"

// Round 18, q18: quotations that are no one's words, and a level that
// reports no words.

// A proper name in marks before a noun of a plan ("the “New Kuwait
// 2035” vision", "the “Vision 2030” reform plan") is the plan's title,
// said by no one, even inside reported speech; a year or number may end
// it. One adjective in lower case before the noun, "a “reckless” plan",
// is the speaker's word.
func TestPlanTitleInSpeech(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"New Kuwait 2035 vision", `Minister of State for Municipal Affairs Abdulaziz Fahad Al-Mutairi said the project was part of the "New Kuwait 2035" vision.`,
			[]string{"title: -"}},
		{"Vision 2030 plan", `The minister said the port was central to the kingdom's "Vision 2030" reform plan.`,
			[]string{"title: -"}},
		{"Agenda 2063, curly marks", "The envoy told reporters the corridor would serve the “Agenda 2063” strategy of the African Union.",
			[]string{"title: -"}},
		{"Digital Egypt initiative", `The spokesman said 40 post offices had joined the "Digital Egypt" initiative this year.`,
			[]string{"title: -"}},
		{"Green Jordan 2030 programme", `Officials said the seedlings were paid for under the "Green Jordan 2030" programme.`,
			[]string{"title: -"}},

		// Near misses: one adjective in lower case, and a clause in
		// capitals before no plan noun.
		{"a reckless plan", `The senator said the council had drawn up a "reckless" plan.`,
			[]string{"partial: The senator"}},
		{"a year, no noun", `The minister said the target was "Zero Waste 2030" for every city.`,
			[]string{"partial: The minister"}},
	})
}
