package wirestory

import (
	"strings"
	"testing"
)

// TestNegatedAuxiliary checks that a negative contraction between a
// source and its cue belongs to the verb group, as "did not" does: the
// source is the phrase before it, in straight and in curly apostrophes.
func TestNegatedAuxiliary(t *testing.T) {
	cases := []attrCase{
		{"won't", "He won't say whether the plan is dead.",
			[]string{"He | won't say"}},
		{"didn't", "The governor didn't say when the bridge would reopen.",
			[]string{"The governor | didn't say"}},
		{"wouldn't", "A spokeswoman wouldn't comment on the talks.",
			[]string{"A spokeswoman | wouldn't comment on"}},
		{"hasn't, after a name", "Okafor hasn't said whether he will run.",
			[]string{"Okafor | hasn't said"}},
		{"couldn't, with an adverb", "The minister couldn't immediately say how many died.",
			[]string{"The minister | couldn't immediately say"}},
		{"cannot", "Police cannot confirm the number of dead.",
			[]string{"Police | cannot confirm"}},
		{"did not, the form it mirrors", "The governor did not say when the bridge would reopen.",
			[]string{"The governor | did not say"}},
	}
	runAttrCases(t, cases, showChain)
	// The same stories typeset: a curly apostrophe reads as a straight one.
	curly := make([]attrCase, len(cases))
	for i, c := range cases {
		curly[i] = attrCase{c.name + ", curly", strings.ReplaceAll(c.in, "'", "’"), nil}
		for _, w := range c.want {
			curly[i].want = append(curly[i].want, strings.ReplaceAll(w, "'", "’"))
		}
	}
	runAttrCases(t, curly, showChain)
}

// TestCurlyApostropheClasses checks that a word with curly apostrophes
// gets the classes of its straight spelling, and that a word with any
// other rune above 0x7F gets none from it.
func TestCurlyApostropheClasses(t *testing.T) {
	for _, c := range []struct {
		word string
		aux  bool
	}{
		{"won’t", true},
		{"Didn’t", true},
		{"hasn’t", true},
		{"‘twas", false},      // an opening mark is no apostrophe of a word
		{"wön’t", false},      // another letter above 0x7F
		{"Pakistan’s", false}, // no word of the lists
	} {
		toks := tokenize(nil, c.word, 0, len(c.word), classesOf(nil))
		if len(toks) == 0 {
			t.Fatalf("%q: no token", c.word)
		}
		var got bool
		for _, tk := range toks {
			if tk.flags&tWord != 0 {
				got = tk.flags&cAux != 0
				break
			}
		}
		if got != c.aux {
			t.Errorf("%q: auxiliary %v, want %v", c.word, got, c.aux)
		}
	}
}

// TestOccasionBeforeVerb checks the occasion of a speech written between
// the subject and its verb with no comma, as South Asian and American
// copy does: the occasion is no part of the source, and a document
// there is a level, as it is when commas set it off.
func TestOccasionBeforeVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"in a statement", "The ministry in a statement said the talks would resume.",
			[]string{"The ministry | said >> a statement | in"}},
		{"in a letter, a name", "Rana in a letter to the speaker said he would resign.",
			[]string{"Rana | said >> a letter to the speaker | in"}},
		{"at a news conference", "Khan at a news conference in Lahore said the talks would resume.",
			[]string{"Khan | said"}},
		{"during a visit", "Khan during a visit to Lahore said the talks would resume.",
			[]string{"Khan | said"}},
		{"after a meeting", "The envoy after the meeting said the talks would resume.",
			[]string{"The envoy | said"}},
		{"while addressing", "Khan while addressing the rally said the talks would resume.",
			[]string{"Khan | said"}},
		{"on the sidelines", "The minister on the sidelines of the summit told reporters talks would resume.",
			[]string{"The minister | told -> reporters"}},
		// Near misses: a phrase of place, of a body or of a group stays
		// in the source; "after" a person opens a clause of its own.
		{"a place", "Officials in the region said the talks would resume.",
			[]string{"Officials in the region | said"}},
		{"a body", "The head of the delegation said the talks would resume.",
			[]string{"The head of the delegation | said"}},
		{"which of a group", "Delegates at the meeting said the levy was too high.",
			[]string{"Delegates at the meeting | said"}},
		{"after a person", "Shares fell after the company said profits would drop.",
			[]string{"the company | said"}},
		{"in an ad", "A narrator in the ad says the senator lied.",
			[]string{"A narrator in the ad | says"}},
	}, showChain)
}

// TestAdverbInVerbGroup checks adverbs that stand inside a verb group or
// open a participle's phrase: they are no subject.
func TestAdverbInVerbGroup(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"have long argued", "Unions have long argued that the jobs are public.",
			[]string{"Unions | have long argued"}},
		{"has long called", "The senator has long called the levy unfair.",
			[]string{"The senator | has long called"}},
		{"only, after a comma", "She declined to claim victory, only saying that she was relieved.",
			[]string{"She | declined", "She | only saying"}},
		{"merely, after a dash", "She declined to claim victory - merely saying that she was relieved.",
			[]string{"She | declined", "She | merely saying"}},
		// Near miss: "long" as an adjective in the subject.
		{"a long-time aide", "A long-serving aide said the levy was unfair.",
			[]string{"A long-serving aide | said"}},
	}, showChain)
}

// TestTimePhraseBeforeVerb checks a time that a preposition opens
// between the subject (or its auxiliary) and the verb: no part of the
// subject.
func TestTimePhraseBeforeVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"in the past", "Okafor, who has in the past called the levy unfair, spoke first.",
			[]string{"who | called"}},
		{"in recent weeks", "The mayor has in recent weeks called the plan reckless.",
			[]string{"The mayor | called"}},
		{"no auxiliary", "The mayor in recent weeks called the plan reckless.",
			[]string{"The mayor | called"}},
		{"over the past two years", "The union has over the past two years argued the plan is reckless.",
			[]string{"The union | argued"}},
		{"for years", "The council has for years said the bridge is safe.",
			[]string{"The council | said"}},
		// Near miss: "of" opens no time.
		{"of the past", "Critics of the past regime said the plan was reckless.",
			[]string{"Critics of the past regime | said"}},
	}, showChain)
}

// TestSubordinatorOpensNoSubject checks that a subordinator opening a
// sentence is no speaker's name: the quotation after the clause it opens
// goes on in the voice of the quotation before (TestQuoteAfterSentenceOpener).
func TestSubordinatorOpensNoSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"unless", "“It is a big moment,” said Ana Ruiz, a strategist. Unless rivals quit the race, “it is hard to see how he loses.”",
			[]string{"Ana Ruiz", "Ana Ruiz"}},
		{"until", "“It is a big moment,” said Ana Ruiz, a strategist. Until rivals quit the race, “it is hard to see how he loses.”",
			[]string{"Ana Ruiz", "Ana Ruiz"}},
	})
}

// TestOpeningRunsOn checks an opening phrase whose place has its state or
// country set off by commas, and more circumstances after it: the
// subject of the clause, which a participle's quotation goes to, comes
// after all of them.
func TestOpeningRunsOn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"state and a day", "At a campaign event in Ames, Iowa, on Sunday, Mrs. Lund tried to explain her plan, saying the nation should be “rallying our partners.”",
			[]string{"Lund"}},
		{"country", "At a rally in Lima, Peru, Mrs. Lund tried to explain, saying the plan was “fair.”",
			[]string{"Lund"}},
		{"two circumstances", "In Ohio, on Sunday, Senator Jo Marsh tried to explain, saying the plan was “fair.”",
			[]string{"Jo Marsh"}},
		// Openings that a preposition of the openingprepositions list
		// opens, and a subject whose verb is an irregular past.
		{"after", "After the vote, Senator Jo Marsh left the hall, saying the result was “a disgrace.”",
			[]string{"Jo Marsh"}},
		{"before", "Before the convention, Police Chief Cal Wills lobbied to ban guns, saying, “The fewer guns, the better.”",
			[]string{"Cal Wills"}},
		{"during", "During the debate, Senator Jo Marsh walked out, saying the result was “a disgrace.”",
			[]string{"Jo Marsh"}},
		{"despite", "Despite the vote, Senator Jo Marsh walked out, saying the result was “a disgrace.”",
			[]string{"Jo Marsh"}},
		// Near miss: the subject's own appositive after the opening.
		{"an appositive", "At a rally in Lima, Ana Lund, a nurse, tried to explain, saying the plan was “fair.”",
			[]string{"Ana Lund"}},
	})
}

// TestParticipleAfterPrepositionalNoun checks a participle after a noun
// that a preposition governs: a document or a source there says the
// words ("after an editorial telling him to …"), a time or a place does
// not ("…, at one point calling him …").
func TestParticipleAfterPrepositionalNoun(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"an editorial", "The mayor came after an editorial telling him to leave his post.",
			[]string{"an editorial | telling"}},
		{"officials", "The port reopened after officials saying it was safe inspected it.",
			[]string{"officials | saying"}},
		// Near miss: a time is no speaker.
		{"at one point", "The mayor left, at one point calling him a liar.",
			[]string{"The mayor | calling"}},
	}, showChain)
}

// TestSubordinateClauseOpening checks a sentence that opens with a
// subordinate clause set off by a comma: the main clause's subject says
// the quotation its verb governs.
func TestSubordinateClauseOpening(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"as", "As voters went to the polls, the Lund campaign sent out an email and accused rivals of being “traitors” to the party.",
			[]string{"Lund campaign"}},
		{"when", "When the storm hit the coast on Monday, Mayor Ana Ortiz urged residents to stay “indoors and safe.”",
			[]string{"Ana Ortiz"}},
		{"although", "Although the bill passed, Senator Jo Marsh called it “a missed chance.”",
			[]string{"Jo Marsh"}},
		// Near miss: a subordinate clause with no comma is read as before.
		{"no comma", "The mayor said the plan was “fair” when asked.",
			[]string{""}},
	})
}

// TestClauseAfterCueIsNoInvertedSource checks that a name after a cue
// that a comma precedes is an inverted source only when no verb follows
// it: "…, said Hungary saw Turkey as …" reports a clause whose subject
// is Hungary, spoken by the subject before the comma.
func TestClauseAfterCueIsNoInvertedSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"an irregular past after the name", "For his part, Szabo, speaking through an interpreter, said Hungary saw Turkey as a partner.",
			[]string{"Szabo | said"}},
		{"another irregular past", "Okafor, a veteran diplomat, said Ghana took the offer seriously.",
			[]string{"Okafor | said"}},
		{"a regular past", "Szabo, speaking to reporters, said Hungary wanted peace.",
			[]string{"Szabo | said"}},
		// Near misses: an inverted source with a lower-case role between
		// names, and one at the end of the sentence.
		{"a role between names", "“We lost,” said Ohio State University professor Paul Beck.",
			[]string{"Ohio State University professor Paul Beck | said"}},
		{"a bare name", "“It was close,” said Ann Lee.",
			[]string{"Ann Lee | said"}},
	}, showChain)
}
