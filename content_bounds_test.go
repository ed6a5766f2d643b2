package wirestory

import "testing"

// TestContentEndsAtWritersClause checks that reported content ends at a
// comma after which a clause of the writer's own opens: a subject and a
// finite verb, after "and", "but" or nothing.
func TestContentEndsAtWritersClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"and a pronoun", "Reyes said the levy was unfair, and he railed against the council for an hour.",
			[]string{"said | the levy was unfair", "railed against | the council for an hour"}},
		{"and a name", "Ms. Lund has said she will stand again, and Ms. Okafor is among the few who could beat her.",
			[]string{"has said | she will stand again"}},
		{"a phrase and an auxiliary", "The union insists the deal is fair, the group is planning a strike on Friday.",
			[]string{"insists | the deal is fair"}},
		{"but a pronoun", "Dara Moss said the plan was sound, but she conceded it would cost more.",
			[]string{"said | the plan was sound", "conceded | it would cost more"}},
		{"a pronoun and a present", "While they say the port is safe, they differ on who should pay for it.",
			[]string{"say | the port is safe"}},
		{"and an irregular past", "The mayor said the bridge would reopen, and the council held its vote a day later.",
			[]string{"said | the bridge would reopen"}},
		{"an opening phrase, then a pronoun", "Although in May she said the levy was a mistake, at the hearing this week she said it had worked.",
			[]string{"said | the levy was a mistake", "said | it had worked"}},
		{"an opening phrase, then they", "He said the port would close, by the end of the day they had reopened it.",
			[]string{"said | the port would close"}},
		// Near misses: the comma is inside the content's own clause, or
		// between reported clauses that a conjunction closes.
		{"a series of clauses", "He said the talks were over, the sanctions would stay and the embassy would close.",
			[]string{"said | the talks were over, the sanctions would stay and the embassy would close"}},
		{"a series of four", "She said the talks were over, the ports were shut, the envoys had left or the embassy was empty.",
			[]string{"said | the talks were over, the ports were shut, the envoys had left or the embassy was empty"}},
		{"an opening condition", "The mayor said if the levy passed, the port would reopen in June.",
			[]string{"said | if the levy passed, the port would reopen in June"}},
		{"that, then an opening phrase", "The mayor said that during her term, the port had doubled its trade.",
			[]string{"said | that during her term, the port had doubled its trade"}},
		{"that, even when", "He said that, even when the tide is low, ships can dock.",
			[]string{"said | that, even when the tide is low, ships can dock"}},
		{"an appositive", "She said the deal, the first of its kind, would cut fares.",
			[]string{"said | the deal, the first of its kind, would cut fares"}},
		{"a list of names", "He said comments from Reyes, Lund and Okafor were consistent.",
			[]string{"said | comments from Reyes, Lund and Okafor were consistent"}},
		{"a participle", "He said fares would rise, the company having lost money.",
			[]string{"said | fares would rise, the company having lost money"}},
		{"a clause inside the phrase", "He said fares would rise, from the day after they opened the line.",
			[]string{"said | fares would rise, from the day after they opened the line"}},
	}, showCueContent)
}

// TestContentAfterBut checks the content of a report that goes on with
// "but": an auxiliary after it continues the reported clause's verb, and
// only a verb of speech after it (with its auxiliaries) is the speaker's
// next report. A participle after "and" set off by a dash is the
// speaker's too.
func TestContentAfterBut(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"but and an auxiliary", "The minister said the plant had suffered damage but would be back in service within a week.",
			[]string{"said | the plant had suffered damage but would be back in service within a week"}},
		{"but and a passive", "She said the bill had the votes but was held up by a rule.",
			[]string{"said | the bill had the votes but was held up by a rule"}},
		{"but did not say", "The mayor said the bridge was safe but did not say when it would reopen.",
			[]string{"said | the bridge was safe", "did not say | when it would reopen"}},
		{"but declined", "The mayor said the bridge was safe but declined to give a date.",
			[]string{"said | the bridge was safe", "declined | to give a date"}},
		{"a dash, and a participle", "Lund answered, saying the levy had worked - and arguing that it should stay.",
			[]string{"answered | saying the levy had worked", "saying | the levy had worked", "arguing | that it should stay"}},
	}, showCueContent)

	runSpeakerCases(t, []speakerCase{
		{"a bare quotation after a report with but", "Minister Ana Ruiz said the plant had suffered damage but would be back in service within a week.\n\n“The workers have not gone home since Sunday.”",
			[]string{"Ana Ruiz"}},
	})
}

// TestVerbBeforePossessive checks that a subject phrase read forwards
// ends before a word that takes a possessive determiner, the verb,
// where an irregular past has no "-ed" to show it: "The company cut its
// forecast", "Police shut their station".
func TestVerbBeforePossessive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"cut its, then citing", "The company cut its forecast, citing higher costs.",
			[]string{"The company | citing"}},
		{"put its, then citing", "The bank put its outlook on hold, citing weak demand.",
			[]string{"The bank | citing"}},
		{"a name, then says", "Acme Holdings keeps its promise, the report says.",
			[]string{"the report | says"}},
		// Near misses: a possessive inside the phrase, a noun before it.
		{"possessive after of", "The head of its research unit said sales would rise.",
			[]string{"The head of its research unit | said"}},
		{"possessive first", "Its chief executive said sales would rise.",
			[]string{"Its chief executive | said"}},
	}, showChain)
}
