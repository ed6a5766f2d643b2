package wirestory

import "testing"

// TestExchangeInOneSentence checks an exchange told in one sentence: a
// clause with a cue of its own and its quotation ("When a heckler
// shouted, “…,”"), then the main clause's cue and its quotation ("the
// mayor replied, “…”"). The first quotation is the first cue's content,
// so it is not the second cue's words set before it ("“A,” she said,
// “B.”"); each quotation goes to its own speaker.
func TestExchangeInOneSentence(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"when, shouted then joked", "When a man in the crowd shouted, “Lind,” Governor Tom Reyes joked, “Come on up and join us!”",
			[]string{"a man in the crowd", "Governor Tom Reyes"}},
		{"after, asked then said", "After a reporter asked, “Will you run again?” Mayor Ana Lind said, “Not this year.”",
			[]string{"a reporter", "Mayor Ana Lind"}},
		{"as, chanted then told", "As protesters chanted, “Open the port,” police chief Sam Oduya told them, “Go home.”",
			[]string{"protesters", "police chief Sam Oduya"}},
		{"when, yelled then replied, a phrase between", "When a heckler yelled, “Liar!” the mayor replied, smiling, “Thank you, sir.”",
			[]string{"a heckler", "the mayor"}},
		{"a colon after the second cue", "When one dock worker asked: “What about our jobs?” Reyes answered: “Every one of them stays.”",
			[]string{"one dock worker", "Reyes"}},
		// Near misses: one statement in two parts, a quotation before the
		// cue with no cue of its own, and a clause with no quotation after
		// the second cue.
		{"one statement in two parts", "“We won,” Mayor Ana Lind said, “and we will win again.”",
			[]string{"Mayor Ana Lind", "Mayor Ana Lind"}},
		{"an opening clause with no cue", "When the vote came in, “we were stunned,” Mayor Ana Lind said, “and then we cheered.”",
			[]string{"Mayor Ana Lind", "Mayor Ana Lind"}},
		{"no quotation after the second cue", "When a man shouted, “Lind,” Governor Tom Reyes said he was glad to hear it.",
			[]string{"a man"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestCoordinatedCueClause checks a request whose object is a phrase
// ("asked for a photo", "called for calm") joined by "and" to a clause
// with a speaker and a cue of its own: the clause after "and" is no part
// of the request, so its quotation is its own speaker's.
func TestCoordinatedCueClause(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"asked for, and a name said", "At one point, a woman asked for a photo and Mayor Ana Lind said, “As long as we are not breaking any rules.”",
			[]string{"Mayor Ana Lind"}},
		{"asked for, and the role said", "A reporter asked for a comment and the mayor said, “No comment.”",
			[]string{"the mayor"}},
		{"called for, and a plural said", "Union leaders called for calm and police said, “Everyone should go home.”",
			[]string{"police"}},
		{"asked about, and replied", "A fan asked about the strike and Governor Tom Reyes replied, “It ends this week.”",
			[]string{"Governor Tom Reyes"}},
		// Near misses: a second verb of the same subject, a clause as the
		// cue's content, and a name joined to a name.
		{"a second verb of the subject", "Mayor Ana Lind asked for a recount and said, “We will win.”",
			[]string{"Mayor Ana Lind"}},
		{"a clause after said", "Mayor Ana Lind said the governor and his aides agreed that the port was “safe for now.”",
			[]string{"Mayor Ana Lind"}},
		{"told two people", "Mayor Ana Lind told Reyes and his aides, “The port stays open.”",
			[]string{"Mayor Ana Lind"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestAskedByAgentAside checks a question put to the subject by an asker
// named after "by", with an aside set off by commas between the asker and
// the question ("was asked by host Ben Ortiz, who backs the plan, “…?”"):
// the question is the asker's, as it is with no aside.
func TestAskedByAgentAside(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"a relative clause", "Mayor Ana Lind was asked by radio host Ben Ortiz, who backs the plan, “Will you run again?”",
			[]string{"radio host Ben Ortiz"}},
		{"an appositive", "Governor Tom Reyes was asked by Jo Kim, a reporter for the Harbor Times, “Is the port for sale?”",
			[]string{"Jo Kim"}},
		{"a relative clause with two verbs", "The minister was asked by a lawmaker, who has backed him in the past but opposes the levy, “Where did the money go?”",
			[]string{"a lawmaker"}},
		{"a time after the asker", "Mayor Ana Lind was asked by reporters on Monday, after the vote, “Will you resign?”",
			[]string{"reporters"}},
		// Near misses: no aside, an answer after the question's clause, and
		// the passive inside a relative clause of the subject.
		{"no aside", "Mayor Ana Lind was asked by radio host Ben Ortiz, “Will you run again?”",
			[]string{"radio host Ben Ortiz"}},
		{"an answer after", "Mayor Ana Lind was asked by host Ben Ortiz whether she would run, and said, “Not this year.”",
			[]string{"Mayor Ana Lind"}},
		{"a relative clause of the subject", "Mayor Ana Lind, who was asked by reporters about the plan, said, “It is dead.”",
			[]string{"Mayor Ana Lind"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestCausedSpeechFinite checks a verb of causing whose object speaks
// the infinitive cue after it where the verb is the clause's own ("The
// strike prompted Mayor Ana Lind to say, “…”"), not only a participle
// after a comma ("…, prompting X to say"), and its passive ("Reyes was
// prompted to say, “…”"), where the subject speaks.
func TestCausedSpeechFinite(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"prompted, a titled name", "The strike prompted Mayor Ana Lind to say, “We will not go back.”",
			[]string{"Mayor Ana Lind"}},
		{"led, a role and a name", "The ruling led union leader Sam Oduya to declare, “This is a great day for the docks.”",
			[]string{"union leader Sam Oduya"}},
		{"forced, a body", "The delay forced the rail ministry to admit, “The trains are not ready.”",
			[]string{"the rail ministry"}},
		{"was prompted, the passive", "The session was so calm that Senator Tom Reyes was prompted to say, “I cannot believe how polite it has been.”",
			[]string{"Senator Tom Reyes"}},
		{"were forced, a plural", "After the vote, port officials were forced to concede, “We got it wrong.”",
			[]string{"port officials"}},
		// Near misses: no cue after "to", the causing verb with no
		// infinitive, and the participle already read.
		{"to call a meeting", "The strike prompted Mayor Ana Lind to call a “crisis meeting,” aides said.",
			[]string{"aides"}},
		{"led to talks", "The strike led to talks, and Mayor Ana Lind said, “We will not go back.”",
			[]string{"Mayor Ana Lind"}},
		{"prompting, after a comma", "The yen weakened, prompting Finance Minister Aiko Fujinami to say, “We will act.”",
			[]string{"Finance Minister Aiko Fujinami"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestInPossessorsWords checks "in X's words" set off by commas before,
// around or after a quotation: like "in X's view", the words are the
// possessor's. Elsewhere "X's words" names what was said and states
// nothing.
func TestInPossessorsWords(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"opening the sentence", "In Mayor Ana Lind’s words, “the port is the heart of the city.”",
			[]string{"Mayor Ana Lind’s"}},
		{"after because", "The summit was held in Harbor City because, in Mayor Ana Lind’s words, “it is the busiest port on the coast.”",
			[]string{"Mayor Ana Lind’s"}},
		{"own words, mid-sentence", "The plan was, in Senator Tom Reyes’s own words, “dead on arrival.”",
			[]string{"Senator Tom Reyes’s"}},
		{"opening, a clause with a quotation", "In Governor Tom Reyes’s words, the levy is “a tax by another name.”",
			[]string{"Governor Tom Reyes’s"}},
		{"closing the sentence", "The levy is “a tax by another name,” in the mayor’s words.",
			[]string{"the mayor’s"}},
		// Near misses: the words as a subject, the words of a phrase of
		// the cue's, and words with no possessor.
		{"the words drew fire", "Mayor Ana Lind’s words drew fire from the unions, who called the plan “a disgrace.”",
			[]string{"who"}},
		{"in the words of", "In the words of one aide, the plan was “dead on arrival.”",
			[]string{"one aide"}},
		{"in a few words", "In a few words, Lind called the plan “a disgrace.”",
			[]string{"Lind"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestWithoutParticiple checks a participle of speech after "without",
// which is a preposition as "by" and "after" are: "left the room
// without saying, “…”" is the clause's subject's, not a phrase read
// across the preposition ("the room without"). A phrase still holds
// "without" inside a name or between its noun and its object.
func TestWithoutParticiple(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"left without saying", "Governor Tom Reyes left the room without saying, “Goodbye.”",
			[]string{"Governor Tom Reyes"}},
		{"a first person", "I had to work out how to answer a friend without saying, “This is the worst plan I have ever read.”",
			[]string{"I"}},
		{"without adding", "Mayor Ana Lind ended the call without adding, “We will talk again.”",
			[]string{"Mayor Ana Lind"}},
		{"a circumstance between cue and clause", "The minister said, without giving details, that the port would reopen “within weeks.”",
			[]string{"The minister"}},
		// Near misses: "Without" inside a name, the name after a role,
		// and a noun with its object.
		{"a name with Without", "Reporters Without Borders said the arrest was “an outrage.”",
			[]string{"Reporters Without Borders"}},
		{"the name after a role", "“The arrest is an outrage,” said a spokeswoman for Reporters Without Borders.",
			[]string{"a spokeswoman for Reporters Without Borders"}},
		{"a noun and its object", "A man without a ticket shouted, “Let us in!”",
			[]string{"A man without a ticket"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestEventClauseReport checks a report inside a clause of time or
// concession ("after", "when", "though") within another report's content:
// the quotation in it is the clause's own source's, not the outer
// source's. A clause of reason or condition ("because", "until") stays
// the outer report's.
func TestEventClauseReport(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"after a woman told him", "Governor Tom Reyes is assuring voters he is tough enough after a woman in Harbor City told him she worries he is “too nice” to face his rivals.",
			[]string{"a woman in Harbor City"}},
		{"when the mayor called for", "Some council members said they feared a repeat of 2019, when Mayor Ana Lind called for a “war on waste” at the port.",
			[]string{"Mayor Ana Lind"}},
		{"after a rival argued", "Reyes tweeted that the claim was false after Mayor Ana Lind argued in a debate that the plan would “ruin the docks.”",
			[]string{"Mayor Ana Lind"}},
		{"though a deputy told", "The minister said talks went well, though his deputy told reporters they had been “tense.”",
			[]string{"his deputy"}},
		// Near misses: a clause of reason and conditions of a plan.
		{"because the council agreed", "Mayor Ana Lind said she quit because the council agreed to a “sell-off.”",
			[]string{"Mayor Ana Lind"}},
		{"until the ministry agreed", "Mayor Ana Lind said the port would stay shut until the ministry agreed to pay “every cent.”",
			[]string{"Mayor Ana Lind"}},
		{"once the union agreed", "Governor Tom Reyes said the strike would end once the union agreed to a “fair deal.”",
			[]string{"Governor Tom Reyes"}},
	}, func(q Quote) string { return q.Speaker.Text })
}
