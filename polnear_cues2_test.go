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

// TestKickerLabelNoSpeaker checks the kickers that web headlines and
// posts put before a colon to sell a story ("BUSTED: …", "Wow: …",
// "Revealed: …", "PIC: …", "PREVIOUSLY: …"): they are labels
// (lexicon/labels.txt), not a speaker with the words after the colon.
// A name or a role before the colon speaks still.
func TestKickerLabelNoSpeaker(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"BUSTED", "BUSTED: Mayor Hid Audit From Council.\n\nThe audit was filed in March.", nil},
		{"Wow", "Wow: Senator Breaks Ranks On Farm Bill.\n\nThe vote came on Tuesday.", nil},
		{"Revealed", "Revealed: The Donors Behind The Stadium Deal.\n\nThe list runs to 40 names.", nil},
		{"PREVIOUSLY in the body", "The port reopened on Friday.\n\nPREVIOUSLY: The port was shut for a week after the storm.", nil},
		{"a name speaks", "Lindqvist: We Will Not Raise Taxes.\n\nThe minister spoke in Uppsala.",
			[]string{"Lindqvist | :"}},
		{"a role speaks", "The strike entered its third week.\n\nUnion chief Ana Melo: “We are not going back.”",
			[]string{"Union chief Ana Melo | :"}},
	}, showChain)
}

// TestCalledInPhrase checks a verb of naming ("called", "named",
// "dubbed") before a capitalised name, "the" perhaps between, after a
// noun that "a" or "an" brings in inside a prepositional phrase: "fighters
// from a militia called the Sons of Dawn". A preposition governs the
// noun, so it is no subject and the verb is a participle that names it
// (calledInPhrase). A subject at the head of its clause, or one with
// "the" inside the phrase, names with its verb still.
func TestCalledInPhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"from a militia", "Fighters from a militia called the Sons of Dawn seized the town.", nil},
		{"to a charity", "Donations went to a charity called the Bright Path Fund last year.", nil},
		{"of a faction, named", "Members of a faction named the Free Officers Movement met in Aleppo.", nil},
		{"with an alliance, dubbed", "The party ran with an alliance dubbed the Green Front in 2019.", nil},
		{"a subject names", "Leaders of the union called the Alliance a front for the owners.",
			[]string{"Leaders of the union | called"}},
		{"a subject for a group", "A spokesman for the group called the Alliance a front.",
			[]string{"A spokesman for the group | called"}},
	}, showChain)
}

// TestDocumentHasShown checks the perfect of "show" after a document
// (lexicon/cuedocuments.txt): "polls have shown the senator ahead"
// reports a finding as "polls showed" does (documentHasShown). A person
// before it, a preposition after it and a thing that is no document
// make none.
func TestDocumentHasShown(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"polls have shown", "Recent polls have shown the senator with a narrow lead.",
			[]string{"document: Recent polls | have shown"}},
		{"the survey had shown", "The survey had shown a steady rise in support for the levy.",
			[]string{"document: The survey | had shown"}},
		{"studies have shown", "Studies have shown higher rates of asthma near the plant.",
			[]string{"report: Studies | have shown"}},
		{"a person", "The senator has shown little interest in the job.", nil},
		{"shown up", "The leaked report has shown up on several websites.", nil},
		{"a film", "The film has shown in forty countries since May.", nil},
	}, showKind)
}
