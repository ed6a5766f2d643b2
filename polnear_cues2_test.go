package wirestory

import "testing"

// TestStanceFavorOpposes checks the verbs of stance "favor" (and its
// British spelling) and the third person "opposes", which the lists
// lacked: a holder named or plural before it and what is favoured or
// opposed after it. "favor" and its forms are nouns as often ("return
// favors", "in favor of", "is favored to win"), so they are cues only
// where a stance verb's object follows its subject, like "support".
func TestStanceFavorOpposes(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"opposes, a named holder", "Governor Alma Ruiz opposes the new pipeline.",
			[]string{"stance: Governor Alma Ruiz | opposes"}},
		{"opposes, an adverb between", "The bishop strongly opposes the planned casino in Derry.",
			[]string{"stance: The bishop | strongly opposes"}},
		{"favor, a plural holder", "Most dairy farmers favor a lower tariff on feed.",
			[]string{"stance: Most dairy farmers | favor"}},
		{"favoured, a plural holder", "Younger voters favoured the Labour candidate by a wide margin.",
			[]string{"stance: Younger voters | favoured"}},
		{"a relative holder", "Economists who favor a carbon tax met in Oslo.",
			[]string{"stance: who | favor"}},
		{"return favors", "The mayor said he owed no favors to the builders.",
			[]string{"speech: The mayor | said"}},
		{"in favor of", "The council voted 7-2 in favor of the budget.", nil},
		{"is favored to win", "Lindqvist is favored to win the Stockholm seat.", nil},
		{"a favored franchise", "The studio will revive its favored franchises next year.", nil},
	}, showKind)
}
