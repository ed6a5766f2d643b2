package wirestory

import (
	"strings"
	"testing"
)

// TestPossessorsSpeechNoun checks a quotation in the clause of a noun of
// speech, stance or intent after its possessor, with a time, a place or
// a modifier between: the possessor's words, though a report around the
// noun holds the quotation too.
func TestPossessorsSpeechNoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a day between the noun and that", "Mayor Ana Lind was pressed on Friday over her statement on Tuesday that the bridge was “perfectly safe,” aides said.",
			[]string{"Ana Lind"}},
		{"a phrase of occasion between", "Senator Tom Reyes drew fire from unions over his assertion during the debate that “the mines are finished.”",
			[]string{"Tom Reyes"}},
		{"a month before the noun", "Governor Rosa Vane has lost the miners' vote since her March comment that “coal has no future here.”",
			[]string{"Rosa Vane"}},
		{"an adjective before the noun", "Party elders were uneasy about Dan Okafor's repeated claim that the count was “rigged from the start.”",
			[]string{"Dan Okafor"}},
		{"a pledge to be", "Commissioner Lea Brandt stood by her pledge to be “neutral in every dispute” between the two ports.",
			[]string{"Lea Brandt"}},
		// Near misses: a noun naming a topic or a thing, a quotation
		// outside the noun's clause, and a report of the noun by another.
		{"a topic after about", "Mayor Ana Lind repeated her remarks about the “Blue Line” project, officials said.",
			[]string{""}},
		{"a promise of a thing", "Governor Rosa Vane kept her promise of “free buses” for students, aide Tim Cole said.",
			[]string{"Tim Cole"}},
		{"a quotation after the clause", "Mayor Ana Lind defended her statement that the bridge was safe. “It is sound,” engineer Paul Mott said.",
			[]string{"Paul Mott"}},
	})
}

// TestImpersonalSubjectNoSpeaker checks a quotation in a sentence whose
// subject is a contraction of "it", "that", "there", "here" or "what"
// with its verb: the clause names no one, so the quotation, with no cue
// of its own, has no speaker. A contracted personal pronoun is a
// subject still.
func TestImpersonalSubjectNoSpeaker(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"it's", "It's been common for local papers to portray the mayor's run as a “grassroots” revolt.", []string{""}},
		{"that's why", "That's why the governor wanted to “listen and learn” in the valley.", []string{""}},
		{"that’s, curly", "That’s partly because the rules are murky on when visits become “campaign events.”", []string{""}},
		{"there's", "There's a reason the port still counts as a “gateway” for the region.", []string{""}},
		{"what's", "What's striking is how often the council talks of a “fresh start.”", []string{""}},
		// Near misses: a contracted personal pronoun, a plain subject, and
		// a cue of its own.
		{"we've", "We've seen this sort of “quiet deal” before.", []string{"We've"}},
		{"he's", "Mayor Ana Lind spoke first. He's since called the plan a “disaster.”", []string{"He's"}},
		{"a plain subject", "Senator Tom Reyes wants to “listen and learn” in the valley.", []string{"Senator Tom Reyes"}},
		{"it's, a cue", "It's a “fresh start,” Mayor Ana Lind said.", []string{"Mayor Ana Lind"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestCircumstanceThenQuotation checks a cue verb whose object is a
// quotation after a circumstance and a comma, "pointed out in March,
// “…”": the quotation is the cue's content and its speaker the cue's
// subject, as after "said in March, “…”".
func TestCircumstanceThenQuotation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"as, pointed out in a month", "As analyst Jo Kim pointed out in March, “The bonds are worth less than the paper.”",
			[]string{"Jo Kim"}},
		{"as, put it in a document", "The mayor has long been seen, as the Harbor Gazette put it in a profile, “the operator.”",
			[]string{"Harbor Gazette"}},
		{"recalled during an interview", "Dock worker Ben Ortiz recalled during an interview, “We had no warning at all.”",
			[]string{"Ben Ortiz"}},
		{"added at a hearing, a colon", "Senator Tom Reyes added at the hearing: “Nobody will lose a job.”",
			[]string{"Tom Reyes"}},
		// Near misses: a clause after the circumstance, a quotation in the
		// circumstance, and a quotation after a cue with no circumstance.
		{"a clause after the circumstance", "Analyst Jo Kim pointed out in March that the bonds were “worth less than the paper.”",
			[]string{"Jo Kim"}},
		{"a title in the circumstance", "Analyst Jo Kim pointed out on NBC's “Morning Report” that bonds were falling.",
			[]string{""}},
		{"a cue's own sentence after", "Analyst Jo Kim pointed out the risk in March. “The bonds are worth less,” trader Sam Oduya said.",
			[]string{"Sam Oduya"}},
	})
}

// TestSubordinatePronounClause checks a quotation in a subordinate
// clause ("when", "even though", "as") led by a subject pronoun and a cue
// of its own, inside the content of a report by the sentence's subject:
// the clause's cue introduces it, and its speaker is the pronoun, whose
// name is the subject's. A clause that is the report's complement ("said
// that he would …") stays the report's.
func TestSubordinatePronounClause(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"when she told", "During an interview in April, Mayor Ana Lind was talking about the port when she told a radio host, “We will not sell the docks.”",
			[]string{"she Ana Lind told"}},
		{"even though he found", "Police chief Sam Oduya decided not to press charges on Tuesday even though he found “evidence” of fraud.",
			[]string{"he Sam Oduya found"}},
		{"while she said", "Mayor Ana Lind was touring the docks on Monday while she said the strike was “a mistake.”",
			[]string{"she Ana Lind said"}},
		{"when he claimed", "Radio host Ben Ortiz asked Mayor Ana Lind about remarks she had made, when she claimed the port was “a gold mine.”",
			[]string{"she Ana Lind claimed"}},
		// Near misses: the report's complement, "that" before the
		// pronoun, and a clause with no cue.
		{"said he would", "Governor Tom Reyes said he would offer “a prayer” for the strikers.",
			[]string{"Governor Tom Reyes Tom Reyes said"}},
		{"said that she", "Mayor Ana Lind said that she recalled the colleague being “confused.”",
			[]string{"Mayor Ana Lind Ana Lind said"}},
		{"an aside with as", "Governor Tom Reyes argued that the result, as he later explained, was a “housing bubble.”",
			[]string{"Governor Tom Reyes Tom Reyes argued"}},
		{"when he arrived", "Governor Tom Reyes called the plan “a disgrace” when he arrived.",
			[]string{"Governor Tom Reyes Tom Reyes called"}},
	}, func(q Quote) string {
		return strings.TrimSpace(q.Speaker.Text + " " + q.Speaker.Name + " " + q.Cue.Text)
	})
}

// TestInvertedParenthesisSpeaker checks a report set off by commas
// inside a sentence with its cue before its source, ", said Ana Lind, a
// port historian,", ", according to X,": a quotation later in the
// sentence is the source's words, as after ", Xi said,".
func TestInvertedParenthesisSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said, an appositive", "The real test, said Ana Lind, a port historian, is whether the city can stay “a working harbor.”",
			[]string{"Ana Lind"}},
		{"says, a bare role", "The paradox of the mayor, says Ana Lind, historian at the Harbor Museum, is that she was “the most powerful mayor in the region.”",
			[]string{"Ana Lind"}},
		{"according to", "For the governor, according to former budget chief Sam Oduya, Monday's vote is “a test” of his hold on the party.",
			[]string{"Sam Oduya"}},
		{"said, no appositive", "The deal, said Senator Tom Reyes, would leave the docks “open to anyone.”",
			[]string{"Tom Reyes"}},
		// Near misses: the quotation in the next sentence, a quotation
		// with a cue of its own, and one before the parenthesis.
		{"the next sentence", "The real test, said Ana Lind, is the vote. Many critics call it “a farce.”",
			[]string{""}},
		{"a cue of its own", "The deal, said Ana Lind, is what Governor Tom Reyes called “a disgrace.”",
			[]string{"Tom Reyes"}},
		{"before the parenthesis", "A “working harbor,” said Ana Lind, is what the city wants.",
			[]string{"Ana Lind"}},
	})
}

// TestTermNamedByThing checks a term in marks that a participle of
// naming gives the plain noun right before it, "a loophole called an
// “inversion”", "messages later deemed “top secret”": the thing named is
// no speaker, so the verb is no cue and the term is read as any quotation
// with no cue of its own.
func TestTermNamedByThing(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"called an", "Lawmakers slammed the tax loophole called an “inversion,” in which a company moves abroad.", []string{"Lawmakers"}},
		{"called the", "Both candidates oppose an inflation formula called the “chained index” that would cut payments.", []string{"Both candidates"}},
		{"later deemed", "The server had handled messages later deemed “top secret,” officials said.", []string{"officials"}},
		{"dubbed", "Fishermen in the bay oppose a practice dubbed “pulse trawling” by the fleet's owners.", []string{"Fishermen in the bay"}},
		// Near misses: a person or a pronoun naming, an object between
		// the verb and the term, and a name in capitals.
		{"a person calls", "Mayor Ana Lind called the plan “reckless.”", []string{"Mayor Ana Lind"}},
		{"what a senator called", "The bank admitted to what Senator Tom Reyes called “fraud” on Tuesday.", []string{"Senator Tom Reyes"}},
		{"which he called", "The mayor pointed to the flood, which he called “a disaster.”", []string{"he"}},
		{"a scheme named", "The city will launch a scheme called the “Blue Card” in May.", []string{""}},
	}, func(q Quote) string { return q.Speaker.Text })
}
