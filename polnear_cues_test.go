package wirestory

import "testing"

// TestPortrayalObjectAs checks the verbs of portrayal ([cuePortrayals]:
// "cast", "painted", "framed", "positioned"): weak cue forms that report
// what the subject makes of someone or something where an object and
// "as" follow ("the senator cast her rival as a creature of the
// capital"), the content being the object and what it is cast as. The
// same verbs with a plain object ("cast a ballot", "painted the
// fence"), a participle after a noun ("the votes cast") or a noun ("a
// framed photograph", "the window frames") report nothing.
func TestPortrayalObjectAs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"cast, a rival as", "Senator Ruth Okafor has cast her rival as a creature of the capital.",
			[]string{"Senator Ruth Okafor | has cast"}},
		{"casting, a reflexive as", "The governor is casting himself as the champion of small farmers.",
			[]string{"The governor | is casting"}},
		{"painted, a plan as", "Opposition leaders painted the budget as a giveaway to developers.",
			[]string{"Opposition leaders | painted"}},
		{"framed, a strike as", "The dockers' union framed the walkout as a fight for safety.",
			[]string{"The dockers' union | framed"}},
		{"positioned, itself as", "The party has positioned itself as the voice of rural voters.",
			[]string{"The party | has positioned"}},
		{"cast a ballot", "About 40,000 people cast a ballot before noon.", nil},
		{"votes cast", "Of the 12,000 votes cast, Reyes won 7,100.", nil},
		{"painted the fence", "Volunteers painted the fence outside the clinic on Saturday.", nil},
		{"a framed photograph", "A framed photograph of the mayor hung by the door.", nil},
		{"cast, no as", "The committee cast its vote in favour of the dam.", nil},
	}, showChain)
	runAttrCases(t, []attrCase{
		{"the content is the object and what it is cast as", "Senator Ruth Okafor has cast her rival as a creature of the capital.",
			[]string{"her rival as a creature of the capital"}},
	}, showContent)
}

// TestShowSingularNoun checks the singular "show" as a noun: after a
// plain word that is no plural, or a word in capitals, and before a
// title in marks, a comma or a preposition ("the reality TV show “Harbor
// Wives,”", "hosts a morning radio show, was asked", "another show of
// strength"). The verb in that form wants a plural subject, so "polls
// show", "records from the county show", "figures from the ministry
// show." (a plural's phrase at the sentence's end) are cues still.
func TestShowSingularNoun(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a title in marks", "Dana Pruitt, star of the cable reality show “Harbor Wives,” endorsed the mayor.",
			[]string{"Dana Pruitt | endorsed"}},
		{"after capitals", "Lee, the host of the weekly TV show “Night Desk,” will moderate.", nil},
		{"before a comma", "Okafor, who hosts a morning radio show, grew up in Leeds.", nil},
		{"before a preposition", "The rally was another show of strength for the union.", nil},
		{"polls show", "Polls show the race in Ohio is tight.",
			[]string{"Polls | show"}},
		{"records show a sum", "County records show the fund raised $204,000 in March.",
			[]string{"County records | show"}},
		{"a plural's phrase at the end", "Wholesale prices fell 3 percent in May, figures from the economy ministry show.",
			[]string{"figures from the economy ministry | show"}},
	}, showChain)
}

// TestCallOnThePhone checks "called" as a telephone call: nothing after
// it ("No one called."), or a pronoun or a name as its object and then
// the end of the sentence or a time ("called Ruiz on Tuesday", "called
// her shortly after the count"). A verb of naming has what it calls the
// object after it, and stays a cue: "called Ruiz a liar", "called him
// dangerous", "called the plan “reckless”", "called Lee's remarks
// “a wake-up call”".
func TestCallOnThePhone(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"no object", "The mayor never called.", nil},
		{"a name and a time", "Prime Minister Ekwueme called Marta Lind on Tuesday.", nil},
		{"a pronoun and shortly", "The governor called her shortly after the count ended.", nil},
		{"a name and the end", "Within an hour, Ruiz called Senator Abebe.", nil},
		{"a name and what it is called", "Ruiz called Abebe a liar.",
			[]string{"Ruiz | called"}},
		{"a pronoun and an adjective", "The senator called him dangerous.",
			[]string{"The senator | called"}},
		{"a possessive name and a term", "Moore called Lee's remarks “a wake-up call.”",
			[]string{"Moore | called", "Lee's | remarks"}},
		{"called for", "The union called for calm on Tuesday.",
			[]string{"The union | called for"}},
	}, showChain)
}

// TestAppearTogether checks "appear together" as a phrase that says no
// speech and no judgement: people are seen side by side ("the two
// governors appeared together at the fair"). "Appear" before what it
// judges stays evidential: "appeared to", "appears likely".
func TestAppearTogether(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"appeared together", "The two governors appeared together at the state fair on Saturday.", nil},
		{"appear together, a clause after", "Aides fear the rivals will outshine her if they appear together, as some donors warn.",
			[]string{"Aides | fear", "some donors | warn"}},
		{"appearing together", "Ruiz and Lind, appearing together for the first time, took no questions.", nil},
		{"appeared to", "The mayor appeared to soften her stance on the levy.",
			[]string{" | appeared"}},
		{"appears likely", "A recount appears likely in the third district.",
			[]string{" | appears"}},
	}, showChain)
}
