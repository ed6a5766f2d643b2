package wirestory

import "testing"

// Forms taught in the seventeenth session, each with variants and near
// misses.

// TestForms28SubjectBeforeDashes: a parenthesis set off by dashes between
// a long subject and "said", where the subject's first word is a
// quantifier, a number or runs into "of": the subject is the phrase that
// ends at the opening dash, as it would end at the verb.
func TestForms28SubjectBeforeDashes(t *testing.T) {
	tests := []attrCase{
		{"quantifier of", "Most of the growers in the valley — a record number — said the harvest was late.",
			[]string{"Most of the growers in the valley | said"}},
		{"fraction", "Two-thirds of the dockers at the port — some 900 workers — said they would strike.",
			[]string{"Two-thirds of the dockers at the port | said"}},
		{"names inside", "Party officials in the next two provinces — Sindh and Punjab — said turnout was low.",
			[]string{"Party officials in the next two provinces | said"}},
		{"double hyphens", "Half of the members of the council -- nine of 18 -- told reporters the vote was rigged.",
			[]string{"Half of the members of the council | told -> reporters"}},
		{"told", "Many of the fishermen in Gilleleje — most of them retired — told the inquiry the nets were cut.",
			[]string{"Many of the fishermen in Gilleleje | told -> the inquiry"}},
		// Near misses: a short subject before dashes, which the verb's
		// own phrase reads; no dashes.
		{"short subject", "The mayor — who faces a recall vote in May — said the budget was balanced.",
			[]string{"The mayor | said"}},
		{"no dashes", "Most of the growers in the valley said the harvest was late.",
			[]string{"Most of the growers in the valley | said"}},
		{"one dash", "The harvest was late — growers in the valley said so.",
			[]string{"growers in the valley | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestForms28CountAfterModifier: "the next two states", "the other
// three", "the past five years": a number after a word of order and an
// article counts the noun; the article opens the phrase.
func TestForms28CountAfterModifier(t *testing.T) {
	tests := []attrCase{
		{"next", "Officials in the next two districts said the roads were closed.",
			[]string{"Officials in the next two districts | said"}},
		{"first", "The first three speakers said the levy was unfair.",
			[]string{"The first three speakers | said"}},
		{"other", "The other two suspects told police they had fled.",
			[]string{"The other two suspects | told -> police"}},
		{"remaining", "The remaining four members said they would abstain.",
			[]string{"The remaining four members | said"}},
		{"possessive", "Its last two chairmen said the board had been misled.",
			[]string{"Its last two chairmen | said"}},
		// Near misses: a noun before the count word begins a clause of
		// its own.
		{"noun then quantifier", "It is a strategy some believe will fail.",
			[]string{"some | believe"}},
		{"noun then demonstrative", "Aid workers who arrived by the time those rains began said the camps were flooded.",
			[]string{"Aid workers who arrived by the time those rains began | said"}},
	}
	runAttrCases(t, tests, showChain)
}
