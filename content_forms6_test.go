package wirestory

import "testing"

// TestContentFormsObjectCloses checks that a circumstance after the
// short object of a cue verb ends the content (objectCloses, asked from
// objectEnd): a time ("endorsed Ms. Adeyemi in March", "condemned the
// raid last week"), a clause or phrase of time ("blasted the council
// while touring …"), a place or medium after a name ("supported Okafor
// in Kaduna") and a document after another noun phrase ("criticized the
// ruling in a statement"). Near misses keep their objects whole: the
// object of a verb of expectation or of a report, a complement after the
// time ("defended itself on Saturday for …", "urged the bank on Tuesday
// to …", a quotation), a phrase after a common noun, a determiner after
// a name ("congratulated Ruiz on a fine campaign") and a year that
// qualifies a noun ("in 2019 budget talks").
func TestContentFormsObjectCloses(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a month", "The party endorsed Ms. Adeyemi in March.",
			[]string{"endorsed | Ms. Adeyemi"}},
		{"last week", "The bishops condemned the raid last week.",
			[]string{"condemned | the raid"}},
		{"a day", "The union praised the budget on Friday.",
			[]string{"praised | the budget"}},
		{"a statement", "The federation criticized the ruling in a statement on Friday.",
			[]string{"criticized | the ruling"}},
		{"while", "The mayor blasted the council while touring the flooded district.",
			[]string{"blasted | the council"}},
		{"after", "Opposition leaders denounced the arrests after the vote.",
			[]string{"denounced | the arrests"}},
		{"a medium after a name", "Farm groups mocked Sen. Lund on Twitter.",
			[]string{"mocked | Sen. Lund"}},
		{"a place after a name", "The growers' association supported Okafor in Kaduna.",
			[]string{"supported | Okafor"}},
		// Near misses.
		{"expectation", "The minister expects rule changes this year.",
			[]string{"expects | rule changes this year"}},
		{"a report's finding", "The survey showed a rise in March.",
			[]string{"showed | a rise in March"}},
		{"a complement after the time", "The agency defended itself on Saturday for delaying the report.",
			[]string{"defended | itself on Saturday for delaying the report"}},
		{"an infinitive after the time", "The board urged the bank on Tuesday to raise rates.",
			[]string{"urged | the bank on Tuesday to raise rates"}},
		{"a quotation after the time", "The unions called the strike on Monday “a last resort.”",
			[]string{"called | the strike on Monday “a last resort.”"}},
		{"a phrase of the noun", "The council opposed a tax on imports.",
			[]string{"opposed | a tax on imports"}},
		{"a determiner after a name", "The governor congratulated Ruiz on a fine campaign.",
			[]string{"congratulated | Ruiz on a fine campaign"}},
		{"a year of a noun", "The agency praised the plan in 2019 budget talks.",
			[]string{"praised | the plan in 2019 budget talks"}},
	}, showCueContent)
}

// TestContentFormsClauseAfterObject checks that "and" or "but" and a
// subject pronoun after the object of a cue verb open a clause of their
// own, which ends the object (objectEnd): "called the referee a coward
// and he was fined", "rejected the levy but they left …". A noun phrase
// or an object pronoun after the conjunction is the object's second
// member.
func TestContentFormsClauseAfterObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"and he", "The coach called the referee a coward and he was fined for it.",
			[]string{"called | the referee a coward"}},
		{"but they", "Lawmakers rejected the levy but they left the door open to a smaller fee.",
			[]string{"rejected | the levy"}},
		{"and they, a cue", "Protesters denounced the verdict and they vowed to return on Friday.",
			[]string{"denounced | the verdict", "vowed | to return on Friday"}},
		// Near misses: a second member of the object.
		{"a noun phrase", "The coach called the referee a coward and a cheat.",
			[]string{"called | the referee a coward and a cheat"}},
		{"a possessive", "The council criticized the plan and its costs.",
			[]string{"criticized | the plan and its costs"}},
		{"an object pronoun", "The auditor criticized the contract and them.",
			[]string{"criticized | the contract and them"}},
	}, showCueContent)
}
