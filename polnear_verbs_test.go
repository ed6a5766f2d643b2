package wirestory

import "testing"

// TestThoughtPastBareClause checks the past tenses of the verbs of
// thought and perception ("thought", "knew", "felt", "saw"), which are
// cues only before what they report: "that", a clause of their own with
// no "that", or, after "saw", an object and "as". A noun ("the thought
// of"), a plain object ("saw smoke", "knew him", "felt the quake") and
// an amount seen ("saw a 3 percent rise") are none.
func TestThoughtPastBareClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"thought, a relative's clause", "Council members who thought the levy was too high left the hall.",
			[]string{"who | thought"}},
		{"knew, a bare clause", "Aides knew the count would be close.",
			[]string{"Aides | knew"}},
		{"felt, a bare clause", "Harbor officials felt the storm surge would spare the docks.",
			[]string{"Harbor officials | felt"}},
		{"saw, an object as", "Many dairy farmers saw the subsidy as a lifeline.",
			[]string{"Many dairy farmers | saw"}},
		{"saw that", "Voters in Braga saw that the reform could pass.",
			[]string{"Voters in Braga | saw"}},
		{"thought, a pronoun clause", "Planners in Leeds thought they had the money.",
			[]string{"Planners in Leeds | thought"}},
		{"saw a rise", "Retailers saw a 3 percent rise in sales in March.", nil},
		{"saw smoke", "Residents saw smoke over the refinery on Tuesday.", nil},
		{"the thought of", "The thought of another strike kept commuters at home.", nil},
		{"knew him", "The coach knew him for years before the trial.", nil},
		{"felt the quake", "Villagers felt the quake shortly after midnight.", nil},
		{"saw him there", "Fans saw him there again in 2009.", nil},
	}, showChain)
}

// TestStanceInsideSpeech checks a verb of stance whose subject, a
// pronoun or a short phrase, stands right after a verb of speech: "the
// mayor said she supported the plan", "said the unions supported it".
// The stance is what the speaker said, one attribution, the speech
// verb's. A stance before the speech verb, one that stands alone, and
// a participle inside the subject ("said investors hoping for a cut
// sold …") are cues still.
func TestStanceInsideSpeech(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"said she supported", "The mayor said she supported the plan.",
			[]string{"The mayor | said"}},
		{"told reporters he thought", "Ruiz told reporters he thought the deal was dead.",
			[]string{"Ruiz | told -> reporters"}},
		{"says she really thinks", "The senator says she really thinks the bill will pass.",
			[]string{"The senator | says"}},
		{"said that they were confident", "Union leaders said that they were confident that the strike would end soon.",
			[]string{"Union leaders | said"}},
		{"said he does not think", "Okafor said he does not think the vote matters.",
			[]string{"Okafor | said"}},
		{"a short subject of its own", "The mayor said the unions supported the plan.",
			[]string{"The mayor | said"}},
		{"said in a statement that", "Union leaders said in a statement on Tuesday that they supported the deal.",
			[]string{"Union leaders | said >> a statement | in"}},
		{"a noun's relative clause", "The rally was a show of force that organizers hope will last.",
			[]string{"organizers | hope"}},
		{"a stance before the speech", "The unions supported the plan, the mayor said.",
			[]string{"The unions | supported", "the mayor | said"}},
		{"a participle in the subject", "Analysts said investors hoping for a rate cut sold bonds.",
			[]string{"Analysts | said", "investors | hoping"}},
		{"a stance alone", "Most dairy farmers think the plan is fair.",
			[]string{"Most dairy farmers | think"}},
		{"speech inside speech", "The minister said he warned the council about the dam.",
			[]string{"The minister | said >> he | warned", "he | warned"}},
	}, showChain)
}

// TestStanceVerbObject checks the weak forms of verbs of stance
// ("support", "want", "seeking") between a subject and an object: a
// plural, a relative or a plural and a participle before a finite form
// ("two-thirds of farmers support the levy", "residents who want a
// recount"), a noun before an -ing form, a reduced relative ("pastors
// supporting Ms. Ruiz"); "seeking" takes "to" and a verb. The nouns and
// an office or a thing sought are none: "their support for", "a support
// beam", "families seeking shelter".
func TestStanceVerbObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a plural supports", "Two-thirds of dairy farmers support the new levy.",
			[]string{"Two-thirds of dairy farmers | support"}},
		{"a plural and a participle", "Most nurses polled support the strike.",
			[]string{"Most nurses polled | support"}},
		{"a relative wants", "Residents who want a recount filed a petition on Monday.",
			[]string{"who | want"}},
		{"a reduced relative", "Pastors supporting Ms. Ruiz met in Lyon on Friday.",
			[]string{"Pastors | supporting"}},
		{"a plural wants an object and a verb", "Exporters want the tariff scrapped before the harvest.",
			[]string{"Exporters | want"}},
		{"seeking to", "A coalition seeking to block the dam held a rally.",
			[]string{"A coalition | seeking"}},
		{"their support", "Their support for the levy faded in March.", nil},
		{"support for", "Support for the plan fell in March.", nil},
		{"a support beam", "Workers replaced a support beam under the bridge.", nil},
		{"seeking shelter", "Families seeking shelter crowded the gym.", nil},
		{"seeking the nomination", "Three governors seeking the nomination met in Des Moines.", nil},
		{"needs support", "The clinic needs support from donors.", nil},
	}, showChain)
}

// TestNamingVerbPluralSubject checks "call" after a plural subject with
// a pronoun object and the name given it: "critics call it a fraud" is
// the critics' view. A call made ("residents call the hotline"), a
// pronoun with no name after it ("fans call him back") and "call for"
// read otherwise are none of this form.
func TestNamingVerbPluralSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"critics call it", "Critics call it a giveaway to developers.",
			[]string{"Critics | call"}},
		{"economists call this", "Economists call this a hidden tax on savers.",
			[]string{"Economists | call"}},
		{"farmers call them", "Many dairy farmers call them reckless.",
			[]string{"Many dairy farmers | call"}},
		{"opponents call him", "Opponents call him the architect of the shutdown.",
			[]string{"Opponents | call"}},
		{"call the hotline", "Residents call the hotline at night.", nil},
		{"call him back", "Fans call him back to the stage every night.", nil},
		{"a call", "The mayor took a call from the governor.", nil},
	}, showChain)
}
