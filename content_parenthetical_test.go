package wirestory

import "testing"

// TestParenthesisContentClause checks the content of a source and cue
// set between commas inside a sentence, "LEFT, SOURCE CUE, RIGHT.": the
// whole sentence around them, from the start of the words before to the
// end of those after, whether the words before are a clause, a subject
// or an opening condition. The near misses keep one side: a cue that
// ends its sentence, a subject with an appositive, the speaker's next
// act (", adding that …", ", citing …"), the cue's own circumstance or
// time after it, an appositive of the writer's (", a move that …") and a
// report set beside it (", and analysts say …").
func TestParenthesisContentClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a subject before", "The new levy, the finance minister said, would cost small traders about 40 million rand a year.",
			[]string{"said | The new levy, the finance minister said, would cost small traders about 40 million rand a year"}},
		{"a condition before", "If the harbour talks collapse, the dockers' union warned, its members will walk out at midnight.",
			[]string{"warned | If the harbour talks collapse, the dockers' union warned, its members will walk out at midnight"}},
		{"a quantity before", "Most of the shuttered clinics, health officials said, had served rural districts with no other doctor.",
			[]string{"said | Most of the shuttered clinics, health officials said, had served rural districts with no other doctor"}},
		{"a clause, then because", "The rail strike will hurt exporters, economists say, because most grain still leaves by train.",
			[]string{"say | The rail strike will hurt exporters, economists say, because most grain still leaves by train"}},
		{"a clause, then a second verb", "The pilot had no criminal record, the airline added, and had passed every security check.",
			[]string{"added | The pilot had no criminal record, the airline added, and had passed every security check"}},
		{"an adverb before, a name after", "After all, the senator argued, Kovac had taken the same money from the banks for years.",
			[]string{"argued | After all, the senator argued, Kovac had taken the same money from the banks for years"}},
		{"a short predicate", "The promised recovery, the auditors concluded, never came.",
			[]string{"concluded | The promised recovery, the auditors concluded, never came"}},
		{"an opening clause, then a gerund", "While junior clerks may escape with a warning, the inspector added, sacking the managers would be far too harsh.",
			[]string{"added | While junior clerks may escape with a warning, the inspector added, sacking the managers would be far too harsh"}},
		{"an adverb, then a phrase with a", "Overall, the pollster said, a majority of farmers now back the canal.",
			[]string{"said | Overall, the pollster said, a majority of farmers now back the canal"}},
		{"according to, then a name", "For the governor, according to two aides, Friday's vote is a test of his hold on the party.",
			[]string{"according to | For the governor, according to two aides, Friday's vote is a test of his hold on the party"}},
		// Near misses.
		{"said, then a new sentence", "The port will reopen in May, the minister said. Dredging starts on Monday.",
			[]string{"said | The port will reopen in May"}},
		{"a subject with an appositive", "Ana Ruiz, the port director, said the cranes would be idle until May.",
			[]string{"said | the cranes would be idle until May"}},
		{"adding that", "The levy is unfair, the mayor said, adding that small shops would close.",
			[]string{"said | The levy is unfair", "adding | that small shops would close"}},
		{"citing", "Grain exports fell by a fifth, the ministry said, citing drought in the north.",
			[]string{"said | Grain exports fell by a fifth", "citing | drought in the north"}},
		{"on condition of anonymity", "The deal was all but done, one official said, on condition of anonymity.",
			[]string{"said | The deal was all but done"}},
		{"a time after the cue", "Kovac won the primary, the electoral board declared on Thursday, two days after the polls closed.",
			[]string{"declared | Kovac won the primary"}},
		{"a participle after a clause", "Prices will rise again, the minister said, ending on a note of caution.",
			[]string{"said | Prices will rise again"}},
		{"a move that", "The central bank raised its main rate to 9 percent, the governor announced, a move likely to squeeze borrowers.",
			[]string{"announced | The central bank raised its main rate to 9 percent"}},
		{"and others say", "The ferry was insured for $20 million, records show, and brokers say it is worth half that now.",
			[]string{"show | The ferry was insured for $20 million", "say | it is worth half that now"}},
	}, showCueContent)
}

// TestParenthesisContentQuote checks "LEFT, SOURCE CUE, “QUOTE.”" where
// the quotation opens in lower case and goes on with the sentence: the
// content is the whole sentence. A quotation that opens a sentence of its
// own after an opening phrase or the occasion of the speech is the
// content alone, and so is one after a time.
func TestParenthesisContentQuote(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a phrase, then a quotation", "In cases of flooding, the agency said, “the river is a danger to every village.”",
			[]string{"said | In cases of flooding, the agency said, “the river is a danger to every village.”"}},
		{"a pronoun, then a quotation", "That, the commission said, “would be most welcome.”",
			[]string{"said | That, the commission said, “would be most welcome.”"}},
		{"told reporters", "Sooner or later, the governor told reporters, “the tolls will pay for the road.”",
			[]string{"told | Sooner or later, the governor told reporters, “the tolls will pay for the road.”"}},
		{"a clause, then a quotation", "The strike will end soon, the union leader predicted, “because nobody can afford another week.”",
			[]string{"predicted | The strike will end soon, the union leader predicted, “because nobody can afford another week.”"}},
		// Near misses.
		{"an occasion", "In a statement, the ministry said, “The bridge is safe.”",
			[]string{"said | “The bridge is safe.”"}},
		{"a time", "On Tuesday, the mayor said, “We will rebuild the school.”",
			[]string{"said | “We will rebuild the school.”"}},
		{"a parenthesis inside a quotation", "“The levy, he said, is unfair,” the mayor wrote.",
			[]string{"wrote | “The levy, he said, is unfair,”"}},
	}, showCueContent)
}

// TestParenthesisContentCueTail checks a cue set in a sentence with
// words of its own after the verb: a topic ("said of the budget,"), an
// addressee ("told reporters,"), a time ("observed this week,") or the
// medium ("argued in his email,"). The sentence around it is the
// content still; a cue whose object follows it ("vowed to work to …")
// or whose tail ends the sentence is not set in it.
func TestParenthesisContentCueTail(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"of a topic", "The new levy, the minister said of the budget, would fall hardest on small firms.",
			[]string{"said | The new levy, the minister said of the budget, would fall hardest on small firms"}},
		{"an addressee", "The bridge, the engineer told reporters, would reopen to traffic in May.",
			[]string{"told | The bridge, the engineer told reporters, would reopen to traffic in May"}},
		{"a time", "A sea wall, the governor observed this week, could be finished within a year.",
			[]string{"observed | A sea wall, the governor observed this week, could be finished within a year"}},
		{"a medium", "If anything, Reyes argued in his email, the vote shows why the rules must change.",
			[]string{"argued | If anything, Reyes argued in his email, the vote shows why the rules must change", "shows | why the rules must change"}},
		// Near misses.
		{"an object after the cue", "In addition to cutting the budget, the governor has vowed to close two prisons, officials said.",
			[]string{"has vowed | to close two prisons", "said | In addition to cutting the budget, the governor has vowed to close two prisons"}},
		{"a tail that ends the sentence", "The port will reopen in May, the minister told reporters in Mombasa.",
			[]string{"told | The port will reopen in May"}},
		{"a tail then a link", "The mine will close, the daily reported, quoting its owner, Jo Lind.",
			[]string{"reported | The mine will close"}},
	}, showCueContent)
}

// TestParenthesisContentInverted checks "LEFT, CUE SOURCE, RIGHT.": a
// subject, the inverted cue and its source (with an appositive), then
// the subject's verb. The content is the whole sentence, and a
// quotation in it is the source's. A clause before the inverted cue
// keeps its content where what follows the source is its appositive or
// relative clause, or a clause of its own.
func TestParenthesisContentInverted(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a subject and its verb", "The talks, said Deputy Minister Ana Ruiz, were going nowhere by the end of the week.",
			[]string{"said | The talks, said Deputy Minister Ana Ruiz, were going nowhere by the end of the week"}},
		{"an appositive", "Any fair reading of the ruling, said Tom Reyes, a law professor in Lagos, would require a new vote.",
			[]string{"said | Any fair reading of the ruling, said Tom Reyes, a law professor in Lagos, would require a new vote"}},
		{"a quotation", "The ceasefire, said Jo Lind, a spokesman for the army, “is holding for now.”",
			[]string{"said | The ceasefire, said Jo Lind, a spokesman for the army, “is holding for now.”"}},
		{"an of-phrase and a past verb", "The hardest part, says Dara Moss of the harbour board, was finding enough divers.",
			[]string{"says | The hardest part, says Dara Moss of the harbour board, was finding enough divers"}},
		// Near misses.
		{"an appositive ends it", "The port will reopen on Monday, said Jo Lind, a spokesman for the ministry.",
			[]string{"said | The port will reopen on Monday"}},
		{"a relative clause", "The port will reopen on Monday, said the minister, who toured the site.",
			[]string{"said | The port will reopen on Monday"}},
		{"a clause of its own", "The port will reopen, said Jo Lind, and the ferries will resume next week.",
			[]string{"said | The port will reopen"}},
	}, showCueContent)
}

// TestParenthesisQuoteSpeaker checks that a quotation in the words after
// an inverted cue set in a sentence is its source's.
func TestParenthesisQuoteSpeaker(t *testing.T) {
	for _, text := range []string{
		"The talks, said Deputy Minister Ana Ruiz, were “going nowhere fast” by Friday.",
		"The ceasefire, said Jo Lind, a spokesman for the army, “is holding for now.”",
	} {
		a := Parse(text)
		if len(a.Quotes) != 1 {
			t.Fatalf("Parse(%q): %d quotes, want 1", text, len(a.Quotes))
		}
		if got := a.Quotes[0].Speaker.Text; got == "" {
			t.Errorf("Parse(%q): quote %q has no speaker", text, a.Quotes[0].Text)
		}
	}
}

// TestParenthesisContentInterruptedQuote checks the quotation a cue
// interrupts, “A,” SOURCE CUE, “B.”, with or without words after the
// cue: one statement in two parts, whose content runs from A to B, as
// it runs on when B opens a sentence of its own after the cue's. A
// second cue between the parts (", suggesting …, including, “B”") or a
// sentence of the writer's keeps B out.
func TestParenthesisContentInterruptedQuote(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"of a topic", "“The harvest is late,” the minister said of the drought, “but it will be large.”",
			[]string{"said | “The harvest is late,” the minister said of the drought, “but it will be large.”"}},
		{"an addressee and a place", "“We are ready,” Jo Lind told reporters in Accra, “and we will not wait for the court.”",
			[]string{"told | “We are ready,” Jo Lind told reporters in Accra, “and we will not wait for the court.”"}},
		{"inverted, an appositive", "“The risk,” said Dara Moss, an economist at the port authority, “is that ships go elsewhere.”",
			[]string{"said | “The risk,” said Dara Moss, an economist at the port authority, “is that ships go elsewhere.”"}},
		{"a time", "“That is not a plan,” the senator said in March, “it is a wish list.”",
			[]string{"said | “That is not a plan,” the senator said in March, “it is a wish list.”"}},
		{"a full stop, then a quotation", "“The harvest is late,” the minister said. “But it will be large.”",
			[]string{"said | “The harvest is late,” the minister said. “But it will be large.”"}},
		// Near misses.
		{"a second cue between", "“We have a plan,” Ruiz said, suggesting three questions, including, “Who pays for the dam?”",
			[]string{"said | “We have a plan,”", "suggesting | three questions"}},
		{"a sentence of the writer's", "“The port is safe,” the mayor said. The council voted on Monday to “review the permits.”",
			[]string{"said | “The port is safe,”"}},
		{"a clause of the writer's", "“The port is safe,” the mayor said, and the council voted to “review the permits.”",
			[]string{"said | “The port is safe,”"}},
	}, showCueContent)
}

// TestParenthesisDoubledMarks checks a quotation in doubled marks
// (”…”, as some papers print them) that goes on with the sentence after
// a cue set in it: the parse pairs the marks, and the content is the
// whole sentence.
func TestParenthesisDoubledMarks(t *testing.T) {
	text := "The club's spending on its greens, Ms. Okafor said, ''is a sign of the times'' for golf in the region."
	want := "The club's spending on its greens, Ms. Okafor said, ''is a sign of the times'' for golf in the region"
	a := Parse(text)
	if len(a.Attributions) != 1 || a.Attributions[0].Content.Text != want {
		t.Errorf("Parse(%q).Attributions = %+v, want one with content %q", text, a.Attributions, want)
	}
}
