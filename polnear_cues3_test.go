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

// TestCoordinatedParticipleLongPhrase checks a second participle of
// speech after "and" when the first participle's phrase, opened by a
// comma, runs to a dozen words: "…, pointing to her record on housing in
// the Port Authority and saying …" (coordinatedParticiple, maxCoordinated).
// The second has the first one's subject. A second participle that is
// no cue, and one with no participle after the comma, make none.
func TestCoordinatedParticipleLongPhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"pointing to, saying", "Ruiz left early, pointing to her record on housing in the Port Authority and saying the vote was rigged.",
			[]string{"Ruiz | pointing to", "Ruiz | saying"}},
		{"citing, warning", "The union struck, citing unpaid wages at three plants in the northern provinces and warning of more stoppages.",
			[]string{"The union | citing", "The union | warning"}},
		{"calling, accusing", "Ana Holm hit back, calling the report by the audit office in Lyon biased and accusing its authors of bias.",
			[]string{"Ana Holm | hit back", "Ana Holm | calling", "Ana Holm | accusing"}},
		{"no cue after and", "Rain fell all week, flooding roads in the hills near the Arno river and cutting power to 40,000 homes.", nil},
		{"no participle after the comma", "The senator, a critic of the levy on fuel imports from the Gulf states and saying little, left the hearing.", nil},
	}, showChain)
}

// TestInOpener checks a participle of speech after "in" that opens its
// sentence, perhaps after "But" or "And": "In rejecting the appeal, the
// court said …" is a fronted circumstance, as one "after" or "while"
// opens, and the main clause's subject says it (inOpener). Inside a
// clause "in" follows a noun or an adjective ("vocal in opposing") and
// opens none; a participle that is no cue stays none.
func TestInOpener(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"In rejecting", "In rejecting the appeal, the court said the law was clear.",
			[]string{"the court | rejecting", "the court | said"}},
		{"But in describing", "But in describing the plan as a short-term fix, Ruiz conceded it would cost more.",
			[]string{"Ruiz | describing", "Ruiz | conceded"}},
		{"In defending, a role", "In defending himself, the port director offered few details.",
			[]string{"the port director | defending", "the port director | offered"}},
		{"vocal in opposing", "The senator was vocal in opposing the levy.", nil},
		{"no cue after In", "In building the bridge, the firm used steel from Poland.", nil},
	}, showChain)
}

// TestOpeningClauseQuoteComma checks an opening participle of speech
// whose phrase ends in a term in marks that holds the comma, as American
// copy writes it: "Citing “family reasons,” the senator said …". The
// closing mark after the comma ends the phrase (openingClause), and the
// main clause's subject says it. A contrast word after the mark ("…,”
// though, Allen …") is no subject: the walk goes on to the next comma.
// A participle that is no cue stays none.
func TestOpeningClauseQuoteComma(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"Citing a term", "Citing “family reasons,” the senator said she would not run again.",
			[]string{"the senator | Citing", "the senator | said"}},
		{"Bemoaning a term", "Bemoaning the “rigged system,” Ruiz attacked the moderator.",
			[]string{"Ruiz | Bemoaning", "Ruiz | attacked"}},
		{"Describing a plan", "Describing the levy as “a tax on the poor,” Lindqvist called for a vote.",
			[]string{"Lindqvist | Describing", "Lindqvist | called for"}},
		{"though after the mark", "Acknowledging that the port is “badly run,” though, Ruiz backed its chief.",
			[]string{"Ruiz | Acknowledging"}},
		{"no cue", "Wearing a cap that read “Vote Early,” the mayor shook hands with voters.", nil},
	}, showChain)
}

// TestDeclaredVerdict checks a verb of declaring that names someone as
// the winner, the victor or the nominee (lexicon/cueverdicts.txt): "the
// networks declared him the winner", "Ruiz was declared the victor".
// "declare" reports nothing before a plain noun object (cueClauseVerbs:
// "declared a state of emergency"), but this object and its noun after
// "the" are a declaration reported (declaredVerdict).
func TestDeclaredVerdict(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"declared him the winner", "The networks declared him the winner on Tuesday night.",
			[]string{"The networks | declared"}},
		{"declared a name the nominee", "The party declared Lund the presumptive nominee.",
			[]string{"The party | declared"}},
		{"was declared the victor", "Ruiz was declared the victor in the runoff.",
			[]string{" | was declared"}},
		{"a state of emergency", "The governor declared a state of emergency.", nil},
		{"bankruptcy", "The carrier declared bankruptcy in May.", nil},
	}, showChain)
}
