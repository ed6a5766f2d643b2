package wirestory

import "testing"

// TestAskedQuestionAbbreviation checks the question after a sentence's
// opening "Asked" when a period inside it belongs to an abbreviation or
// to initials ("the U.S.", "Mr.", "Gov."): the question runs on to its
// comma (askedQuestionEnd), and the asking is a cue with no asker named.
// A question with no comma after it, and a named asker, stay as they were.
func TestAskedQuestionAbbreviation(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"the U.S.", "Asked whether the U.S. would send troops, the minister said no decision had been made.",
			[]string{" | Asked", "the minister | said"}},
		{"Mr., a day between", "Asked on Monday whether Mr. Lindqvist would run again, his wife said he had not decided.",
			[]string{" | Asked", "his wife | said"}},
		{"Gov.", "Asked whether Gov. Ana Ruiz would resign, a spokesman said she would not.",
			[]string{" | Asked", "a spokesman | said"}},
		{"a named asker", "Reporters asked whether the U.S. would pay.",
			[]string{"Reporters | asked"}},
		{"no comma after the question", "Asked whether the U.S. would pay. The fund closed in May.", nil},
	}, showChain)
}

// TestAskedAside checks "asked" opening a participle set off by a comma
// after its clause's verb of speech, a question after it ("about",
// "whether", "why"…): "…,” the minister told reporters, asked whether the
// strike would end". Nobody named asks (askedAside). Before the clause's
// verb ("Ruiz, asked about the delay, said …"), with no verb of speech
// before it, or with no question after it, nothing changes.
func TestAskedAside(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"told reporters, asked whether", "“We are ready,” the minister told reporters, asked whether the strike would end.",
			[]string{"the minister | told -> reporters", " | asked"}},
		{"said and a name, asked why", "“Not yet,” said Ana Ruiz, the port director, asked why the cranes were idle.",
			[]string{"Ana Ruiz | said", " | asked"}},
		{"said on a day, asked about", "“It was a mistake,” Lindqvist said on Tuesday, asked about the vote in an interview.",
			[]string{"Lindqvist | said", " | asked"}},
		{"before the verb", "Ruiz, asked about the delay, said the port was ready.",
			[]string{"Ruiz | said"}},
		{"no verb of speech before", "He paused, asked whether the vote was over, and left.", nil},
		{"no question after", "“We will appeal,” the union said, asked the court for time and left.",
			[]string{"the union | said"}},
	}, showChain)
}
