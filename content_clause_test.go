package wirestory

import "testing"

// TestContentEndsBeforeMainClause checks the content of a cue inside a
// subordinate clause that opens its sentence ("While …", "Although …",
// "Even if …", "When asked …"): it ends at the comma before the
// sentence's main clause, whatever the tense of the reported verb.
func TestContentEndsBeforeMainClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"while and a present", "While the governor has said she will fight the ruling, her party must decide within days whether to back her.",
			[]string{"has said | she will fight the ruling"}},
		{"although and a past", "Although Okafor said he supports the levy, the council voted it down on Tuesday.",
			[]string{"said | he supports the levy"}},
		{"even if", "Even if the ministry claims the dam is safe, residents downstream remain unconvinced.",
			[]string{"claims | the dam is safe"}},
		{"when asked", "When asked whom she would back in the runoff, the mayor smiled and left the stage.",
			[]string{"asked | whom she would back in the runoff"}},
		{"but while", "But while the union says the offer falls short, most members plan to accept it.",
			[]string{"says | the offer falls short"}},
		{"a bare plural subject", "While officials insist the port is secure, shipping firms are rerouting cargo to Durban.",
			[]string{"insist | the port is secure"}},
		{"a number subject", "While only 9 percent said they were undecided, 31 percent said they could still change their minds.",
			[]string{"said | they were undecided", "said | they could still change their minds"}},
		{"just as", "Just as investors began wondering about the merger and its cost to savers, the regulator approved it without conditions.",
			[]string{"wondering | about the merger and its cost to savers"}},
		{"there after it", "Because the survey showed support is slipping, there is talk of a new campaign manager.",
			[]string{"showed | support is slipping"}},
		// Near misses: the sentence opens with no such clause, the cue is
		// in the main clause, or the comma is inside the fronted clause.
		{"a report in the main clause", "While the talks dragged, the minister said that, if the port reopened, fares would fall.",
			[]string{"said | that, if the port reopened, fares would fall"}},
		{"an opening phrase", "Since October, officials have told residents the water is safe, although lead levels remain high in some homes.",
			[]string{"have told | the water is safe"}},
		{"as the paper reported", "As the Gazette reported on Monday, the inquiry has widened to three more ministries.",
			[]string{"reported | the inquiry has widened to three more ministries"}},
		{"a list inside", "While she said Lagos, Accra and Dakar were on the route, the airline flies to only two cities.",
			[]string{"said | Lagos, Accra and Dakar were on the route"}},
		{"a year inside", "Although the minister said the port had been safe since June 4, 2021, inspectors closed it a week later.",
			[]string{"said | the port had been safe since June 4, 2021"}},
		{"a number inside", "Although one study says there are 2,400 billionaires, others count fewer than 2,000.",
			[]string{"says | there are 2,400 billionaires"}},
		{"a content with an inner condition", "The mayor said that, if the talks fail, strikes will follow at every port.",
			[]string{"said | that, if the talks fail, strikes will follow at every port"}},
	}, showCueContent)
}

// TestContentEndsAtSemicolon checks that content does not run past a
// semicolon into the next clause: the object of a verb of stance ("a
// majority support X; a plurality oppose it") and a headline's words
// after its speaker's name and colon, before the deck a semicolon sets
// off.
func TestContentEndsAtSemicolon(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a stance and a poll figure", "Most farmers support lifting the export ban; a third of traders oppose the idea.",
			[]string{"support | lifting the export ban", "oppose | the idea"}},
		{"a stance and a second group", "Younger voters support a four-day week; older ones are split on it.",
			[]string{"support | a four-day week"}},
		{"a stance and a name", "Most nurses oppose the new shift rota; a handful of senior doctors welcome it.",
			[]string{"oppose | the new shift rota", "welcome | it"}},
		{"a semicolon after the object", "Most nurses oppose the new shift rota; Ortiz is still weighing it.",
			[]string{"oppose | the new shift rota"}},
		{"a headline and its deck", "Ortiz: Port deal is “dead on arrival”; \nMayor vows to fight the sale in court\n\nThe mayor spoke on Monday.",
			[]string{": | Port deal is “dead on arrival”", "vows | to fight the sale in court"}},
		{"a headline and a second headline", "Nyarui: Strike will go on; union rejects offer\n\nThe union met on Monday.",
			[]string{": | Strike will go on", "rejects | offer"}},
		// Near misses: a semicolon inside quotation marks, a colon before
		// a stance's list, and a speaker's turn outside a headline.
		{"a semicolon inside the marks", "Ortiz: “The deal is dead; we start again”\n\nThe mayor spoke on Monday.",
			[]string{": | “The deal is dead; we start again”"}},
		{"a colon before its object", "Most farmers support one change: lower tariffs on seed.",
			[]string{"support | one change: lower tariffs on seed"}},
		{"a turn in the body", "The mayor spoke on Monday.\n\nORTIZ: We will rebuild; we always have.",
			[]string{": | We will rebuild; we always have"}},
	}, showCueContent)
}

// TestContentBeforeTrailingAccording checks "…, according to X, …" after
// a clause of its own: a phrase after the source (a noun phrase, a
// relative, a participle) is the writer's, and the content is the clause
// before the cue. An opening phrase before the cue, or the rest of a
// clause after it, keeps the sentence around the cue.
func TestContentBeforeTrailingAccording(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a noun phrase after the source", "Two-thirds of the fund's donations have come from abroad, according to the charity commission, the highest share of any charity in the region.",
			[]string{"according to | Two-thirds of the fund's donations have come from abroad"}},
		{"a relative after the source", "The militia has seized two tankers near the northern ports, according to the Harbour Watch group, which tracks shipping in the gulf.",
			[]string{"according to | The militia has seized two tankers near the northern ports"}},
		{"a participle after the source", "The carrier has reached a deal with its pilots, according to the transport ministry, ending a strike of three weeks.",
			[]string{"according to | The carrier has reached a deal with its pilots"}},
		{"an appositive after a named source", "Turnout was the lowest since 1998, according to Lena Varga, a pollster who advised the ruling party.",
			[]string{"according to | Turnout was the lowest since 1998"}},
		// Near misses: the sentence goes on with its verb, after an
		// opening phrase, after "that", or with "and" and a second verb.
		{"an opening phrase", "At the root of the dispute, according to two former envoys, was a decision to cut aid.",
			[]string{"according to | At the root of the dispute, according to two former envoys, was a decision to cut aid"}},
		{"a subject, then its verb", "The plan, according to two officials, would cost the city $4 billion.",
			[]string{"according to | The plan, according to two officials, would cost the city $4 billion"}},
		{"after because", "The debate was moved because, according to the organisers, the hall was too small.",
			[]string{"according to | The debate was moved because, according to the organisers, the hall was too small"}},
		{"and a second verb", "The family watched the footage on Friday, according to their lawyer, and said they had more questions than answers.",
			[]string{"according to | The family watched the footage on Friday, according to their lawyer, and said they had more questions than answers", "said | they had more questions than answers"}},
	}, showCueContent)
}

// TestContentEndsAfterFrontedParticiple checks a cue in a participle
// phrase that opens its sentence, bare ("Announcing …") or after a
// preposition ("After saying …", "Despite urging …"): its content ends at
// the comma before the sentence's subject.
func TestContentEndsAfterFrontedParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a bare participle", "Announcing his bid for the governorship, Okafor still believes the party needs a younger face.",
			[]string{"Announcing | his bid for the governorship", "still believes | the party needs a younger face"}},
		{"after saying", "After saying he was too nervous to speak, the farmer ended up leading the meeting.",
			[]string{"saying | he was too nervous to speak"}},
		{"despite urging", "Despite notices urging calm at the gates, the crowd pushed into the stadium.",
			[]string{"urging | calm at the gates"}},
		{"while insisting", "While insisting the budget was balanced, the minister conceded the deficit had grown.",
			[]string{"insisting | the budget was balanced", "conceded | the deficit had grown"}},
		// Near misses: an opening phrase with no participle, a participle
		// after the subject, and a comma inside the participle's content.
		{"an opening phrase", "After the vote, the mayor said that, if the port reopened, fares would fall.",
			[]string{"said | that, if the port reopened, fares would fall"}},
		{"a participle after the verb", "The minister reopened the port on Monday, saying that, if the tide held, it was safe.",
			[]string{"saying | that, if the tide held, it was safe"}},
		{"a list inside", "After saying Lagos, Accra and Dakar were on the route, the airline flies to only two cities.",
			[]string{"saying | Lagos, Accra and Dakar were on the route"}},
	}, showCueContent)
}
