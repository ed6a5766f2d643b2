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
