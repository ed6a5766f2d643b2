package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWireRelativeClauseSubject checks subjects that carry a restrictive
// relative clause, the way agencies describe an unnamed or a plural
// source: the whole phrase is the source, not the noun that ends the
// clause.
func TestWireRelativeClauseSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"anonymity", "An official who spoke on condition of anonymity said the talks had stalled.",
			[]string{"An official who spoke on condition of anonymity | said"}},
		{"attended", "A diplomat who attended the meeting said on Monday that no deal was reached.",
			[]string{"A diplomat who attended the meeting | said"}},
		{"plural, present", "Analysts who follow the industry say demand is weak.",
			[]string{"Analysts who follow the industry | say"}},
		{"clause opening with a past verb", "Voters who backed the mayor twice say they will again.",
			[]string{"Voters who backed the mayor twice | say"}},
		{"told, with an addressee", "A witness who asked not to be named told the Harbour Times the crane fell.",
			[]string{"A witness who asked not to be named | told -> the Harbour Times"}},
		{"negated clause", "Another voter who did not want to be named said he heard the blast.",
			[]string{"Another voter who did not want to be named | said"}},
		{"reduced relative clause", "Residents living near the plant said the smell was worse.",
			[]string{"Residents living near the plant | said"}},
		{"reduced relative, quotation", "Protesters marching through the streets chanted “What curfew?”",
			[]string{"Protesters marching through the streets | chanted"}},
		{"a year between", "The senator, who in 2010 said the goal was to win, lost.",
			[]string{"who | said"}},
		{"before a participle", "The parade went ahead, with residents who lined Main Street saying the rain could not spoil it.",
			[]string{"residents who lined Main Street | saying"}},
		// Near misses: the phrase after "who" is the subject of a clause of
		// its own, a pronoun is the subject, or a comma closes the clause.
		{"who police said", "Officers are looking for a man who witnesses said was armed.",
			[]string{"witnesses | said"}},
		{"a pronoun subject", "He met the staff who stayed late and they said the work was done.",
			[]string{"they | said"}},
		{"comma before the source", "He is the candidate who has the best chance, analysts said.",
			[]string{"analysts | said"}},
		{"which is no person", "The levy which the council passed on Monday took effect.",
			nil},
		// The subject after a comma, with an infinitive after the cue: the
		// content follows the cue, not the words before the comma.
		{"after a comma, infinitive", "At the first summit in 1994, leaders who attended the talks agreed to set up a trade zone.",
			[]string{"leaders who attended the talks | agreed"}},
	}, showChain)
}

// TestWireAnonymityRequest checks that a source's request not to be
// named is no attribution of its own.
func TestWireAnonymityRequest(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"asked not to be named", "A trader, who asked not to be named, said prices would rise.",
			[]string{"A trader | said"}},
		{"asked not to be identified", "The buyers have asked not to be identified until the sale closes.",
			nil},
		{"asking, after a quotation", "“Prices have bottomed out,” a ministry official said, asking not to be identified.",
			[]string{"a ministry official | said"}},
		{"requested, then told", "A source who asked not to be quoted told Reuters the deal was off.",
			[]string{"A source who asked not to be quoted | told -> Reuters"}},
		// Near misses: an ask with an addressee or an object is a cue.
		{"asked them not to", "The mayor asked residents not to travel.",
			[]string{"The mayor | asked -> residents"}},
		{"asked whether", "Reporters asked whether the port would reopen.",
			[]string{"Reporters | asked"}},
	}, showChain)
}

// TestWireNameEndsInModalOrMonth checks names whose last word is also a
// modal or a month, "Theresa May", "Tin Aung May", "Credit Suisse First
// Boston": the word is the name's, not the verb group's or a date's.
func TestWireNameEndsInModalOrMonth(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"before said", "Theresa May said on Tuesday that talks would go on.",
			[]string{"Theresa May | said"}},
		{"title and name", "Prime Minister Theresa May told parliament the deal was done.",
			[]string{"Prime Minister Theresa May | told -> parliament"}},
		{"inverted", "“We will go on,” said Theresa May.",
			[]string{"Theresa May | said"}},
		{"with an age", "Tin Aung May, 60, a doctor, said she was elated.",
			[]string{"Tin Aung May | said"}},
		{"a firm's name", "Continental Can said it would supply the cans.",
			[]string{"Continental Can | said"}},
		{"a bank's name ending in can", "Lakeside Can said it sold the notes.",
			[]string{"Lakeside Can | said"}},
		// Near misses: a lower-case modal, a date, a weekday after a name.
		{"lower-case modal", "Rosa Lind may say more on Monday.",
			[]string{"Rosa Lind | may say"}},
		{"a date after a place", "Elections held in Spain May 12 were close, officials said.",
			[]string{"officials | said"}},
		{"a weekday after a name", "Trade envoy Clara Yeung Monday warned of a trade row.",
			[]string{"Trade envoy Clara Yeung | warned"}},
		{"a headline in title case", "Governor Pires May Have Suggested New Levy",
			[]string{"Governor Pires | May Have Suggested"}},
	}, showChain)
}

// TestWireInfinitiveAfterCue checks where the content of a cue is read
// when its subject follows a comma: after the cue where "to" opens an
// infinitive, before the comma where the cue stands alone.
func TestWireInfinitiveAfterCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"agreed to", "After two days of talks, the ministers agreed to lift the ban.",
			[]string{"the ministers | agreed: to lift the ban"}},
		{"vowed to", "At a rally on Friday, the governor vowed to rebuild the port.",
			[]string{"the governor | vowed: to rebuild the port"}},
		// Near misses: "to" before an addressee, or no "to" at all.
		{"to a role noun", "The mill will close, the owner said to a spokesman.",
			[]string{"the owner | said: The mill will close"}},
		{"inverted", "The mill will close, the owner said.",
			[]string{"the owner | said: The mill will close"}},
	}, func(a Attribution) (string, bool) { return chainString(a) + ": " + a.Content.Text, true })
}

// TestWireRelativeParenthesis checks a subject followed by a relative
// clause set off by commas, the clause ending in a quotation whose comma
// stands inside the marks: the clause's verb reports up to that comma,
// and the main verb has the subject, not the words after it.
func TestWireRelativeParenthesis(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"quotation ends the clause", "Reyes, who called the plan “reckless,” said it would fail.",
			[]string{"who | called: the plan “reckless,”", "Reyes | said: it would fail"}},
		{"has called", "Okafor, who has called the levy “a tax on the poor,” told reporters it would go.",
			[]string{"who | has called: the levy “a tax on the poor,”", "Okafor | told -> reporters: it would go"}},
		{"plain clause", "The mill, which makes paper, said output rose.",
			[]string{"The mill | said: output rose"}},
		{"said in the clause", "Lind, who said the vote was fair, told reporters she would stay.",
			[]string{"who | said: the vote was fair", "Lind | told -> reporters: she would stay"}},
		// Near misses: the relative clause after an inverted cue, and an
		// inverted cue after a quotation with no relative clause before.
		{"clause after the source", "“We will vote,” said Jones, who chairs the panel.",
			[]string{"Jones | said: “We will vote,”"}},
		{"inverted after a quotation", "“It was reckless,” said Reyes.",
			[]string{"Reyes | said: “It was reckless,”"}},
	}, func(a Attribution) (string, bool) { return chainString(a) + ": " + a.Content.Text, true })
}

// TestWireLeadingInversion checks a verb that opens its sentence with the
// source after it and a quotation after a comma or a colon, as features
// write it: "Said Comey, “…”".
func TestWireLeadingInversion(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"name, comma", "Said Comey, “The thought of it is painful.”",
			[]string{"Comey | Said"}},
		{"role, colon", "Added the harbour master: “We will rebuild.”",
			[]string{"the harbour master | Added"}},
		{"relative clause", "Said Dorothy Poynter, who grew up nearby, “We were all so proud.”",
			[]string{"Dorothy Poynter | Said"}},
		{"appositive and age", "Said a neighbour, Rosa Lind, 67, “It was loud.”",
			[]string{"a neighbour, Rosa Lind | Said"}},
		// Near misses: no quotation follows, or "said" is a participle.
		{"said to be", "Said to be the oldest, the bridge was closed.",
			nil},
		{"no quotation", "Said the mayor, after a pause, that the port was shut.",
			nil},
	}, showChain)
}

// TestWireSpeechNouns checks a noun of speech after a possessive: it is a
// cue where the clause it states follows, and names only a topic where a
// preposition does.
func TestWireSpeechNouns(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"statement that", "The mayor's statement that the port would close angered traders.",
			[]string{"The mayor's | statement"}},
		{"claim that, pronoun", "Critics rejected his claim that the vote was rigged.",
			[]string{"Critics | rejected", "his | claim"}},
		{"a word between", "It ran counter to her earlier statements that the talks had failed.",
			[]string{"her | statements"}},
		{"accusation that", "The union's accusation that managers lied went unanswered.",
			[]string{"The union's | accusation"}},
		// Near misses: nothing stated, or a topic after a preposition.
		{"nothing stated", "The mayor's statement drew fire.",
			nil},
		{"a topic", "The governor's remarks about the levy angered farmers.",
			nil},
		{"the object of a cue", "The governor walked back his remarks about the port.",
			[]string{"The governor | walked back"}},
	}, showChain)
}

// TestWireAspectualCues checks "continued" and "went on": speech only
// next to what was said, never "continued to interject" or "went on to
// win".
func TestWireAspectualCues(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after a quotation", "“No one should feel it,” she continued.",
			[]string{"she | continued"}},
		{"before a quotation", "Issa continued, “Yes. For years.”",
			[]string{"Issa | continued"}},
		{"before a colon", "He continued: “We will win.”",
			[]string{"He | continued"}},
		{"inverted", "“We will win,” continued Rosa Lind, the party leader.",
			[]string{"Rosa Lind | continued"}},
		{"went on after a quotation", "“It is over,” he went on.",
			[]string{"he | went on"}},
		{"continued to and a cue", "The senator continued to complain that the count was unfair.",
			[]string{"The senator | continued"}},
		// Near misses: an action goes on, or what came next.
		{"continued to", "Rain continued to fall on Friday.", nil},
		{"nothing follows", "The borrowing continued.", nil},
		{"as a member", "Blocher continued as a member of parliament until 2003.", nil},
		{"went on to win", "He went on to win the state.", nil},
	}, showChain)
}

// TestWireRelativeClauseInContent checks an inverted cue after content
// that ends in a relative clause: the words before are the content.
func TestWireRelativeClauseInContent(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"relative clause ends the content", "Forty rescuers are searching for five miners, who likely did not survive, said Li.",
			[]string{"Li | said"}},
		{"a long clause before", "Crude prices hovered below 59 dollars amid a warm winter, which hurt sales, said local analysts.",
			[]string{"local analysts | said"}},
		{"quotation in the clause", "Troops searched the home of Dan Reyes, who was “a close aide of the general,” said Derek Chappell.",
			[]string{"Derek Chappell | said"}},
	}, showChain)
}

// TestWireAcronymInBrackets checks a name with its acronym in brackets:
// a verb after the brackets ends the phrase, a noun goes on with it.
func TestWireAcronymInBrackets(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a participle after", "In a statement to the Kelta News Agency (KNA) following the session, the minister said talks went well.",
			[]string{"the minister | said >> a statement to the Kelta News Agency (KNA) | In"}},
		{"a past verb after", "The Harbour Workers Union (HWU) ended a strike on Monday, saying pay had risen.",
			[]string{"The Harbour Workers Union (HWU) | saying"}},
		// Near misses: a noun of the phrase after the brackets.
		{"a role after", "European Union (EU) trade commissioner Jana Novak said talks would resume.",
			[]string{"European Union (EU) trade commissioner Jana Novak | said"}},
		{"a plural noun after", "The latest Statistics Office (SO) figures showed exports fell.",
			[]string{"The latest Statistics Office (SO) figures | showed"}},
	}, showChain)
}

// TestWireHeadlineSourceLast checks a headline in title case that ends
// with its source and cue, as US outlets write them: the words before
// the comma are the content.
func TestWireHeadlineSourceLast(t *testing.T) {
	const body = "\n\nThe bridge will reopen, the mayor said."
	runAttrCases(t, []attrCase{
		{"name says", "Bridge Will Reopen by Fall, Mayor Ana Pires Says" + body,
			[]string{"Mayor Ana Pires | Says: Bridge Will Reopen by Fall", "the mayor | said: The bridge will reopen"}},
		{"role says, final period", "Port Plan Is Flawed, Former Harbour Chief Says." + body,
			[]string{"Former Harbour Chief | Says: Port Plan Is Flawed", "the mayor | said: The bridge will reopen"}},
		// Near miss: a name that ends a sentence of a body.
		{"a show's name in a body", "He sold the rights to the Oprah Winfrey Show." + body,
			[]string{"the mayor | said: The bridge will reopen"}},
	}, func(a Attribution) (string, bool) { return chainString(a) + ": " + a.Content.Text, true })
}

// TestWireThatInsideContent checks where a cue's content starts when a
// "that" follows the cue at a distance: at "that" where only an
// adjunct stands between ("said at a rally that"), at the cue where a
// clause of its own does ("said there was speculation that …", "said
// her government would not sign a deal that …").
func TestWireThatInsideContent(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"an adjunct before that", "The minister said at a rally that the deal was dead.",
			[]string{"The minister | said: that the deal was dead"}},
		{"a time before that", "The minister said earlier that the deal was dead.",
			[]string{"The minister | said: that the deal was dead"}},
		{"a relative that", "The minister said her government would not sign a deal that cut catches.",
			[]string{"The minister | said: her government would not sign a deal that cut catches"}},
		{"there was … that", "Analysts said there was speculation that the bank would sell a stake.",
			[]string{"Analysts | said: there was speculation that the bank would sell a stake"}},
		{"it is … that", "The aide said it was doubtful that the bonus would be paid.",
			[]string{"The aide | said: it was doubtful that the bonus would be paid"}},
	}, func(a Attribution) (string, bool) { return chainString(a) + ": " + a.Content.Text, true })
}

// TestWireStoryForms runs invented stories through Parse and checks
// every attribution's source and cue: the forms above, together.
func TestWireStoryForms(t *testing.T) {
	runParseCases(t, []attrCase{
		{"coordinated relative clause", "A diplomat who attended the session but asked not to be named told Reuters the talks had stalled.",
			[]string{"A diplomat who attended the session but asked not to be named | told -> Reuters"}},
		{"appositive then relative clause", "Norland's fisheries minister, Eira Holm, who has called the plan “a death sentence,” said her government would not sign.",
			[]string{"who | has called", "Eira Holm | said"}},
		{"said, colon", "Said Holm: “Our boats cannot live on promises.”",
			[]string{"Holm | Said"}},
		{"continued, colon", "Continued Stone: “We will win.”",
			[]string{"Stone | Continued"}},
	}, showChain)
}

// TestWireOnVenue checks "on" before a document: a venue of publication
// ("on its website") is a level of the chain; a topic ("agreed on a
// single article", "commented on the report") is none.
func TestWireOnVenue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"on its website", "The ministry said on its website that the port was shut.",
			[]string{"The ministry | said >> its website | on"}},
		{"on his blog", "The senator wrote on his blog that the vote was rigged.",
			[]string{"The senator | wrote >> his blog | on"}},
		{"in a statement", "The ministry said in a statement that the port was shut.",
			[]string{"The ministry | said >> a statement | in"}},
		{"on its channel", "Two soldiers were killed, the army said on its Telegram channel.",
			[]string{"the army | said >> its Telegram channel | on"}},
		{"on its official account", "The ministry said on its official account that the border was shut.",
			[]string{"The ministry | said >> its official account | on"}},
		// Near misses: what "on" names is a topic.
		{"agreed on an article", "The envoys said they had not agreed on a single article.",
			[]string{"The envoys | said", "they | had not agreed"}},
		{"commented on a report", "The mayor commented on the report about the bridge.",
			[]string{"The mayor | commented on"}},
	}, showChain)
}

// TestWireByWhom checks a document's maker after "according to": "a
// statement issued by the ministry" is one source phrase, where a link
// cue ("published by", "posted on") makes a level of its own.
func TestWireByWhom(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"issued by", "Prices rose, according to a statement issued by the Foreign Ministry.",
			[]string{"a statement issued by the Foreign Ministry | according to"}},
		{"the phrase took the participle", "Shipments rose, according to the data compiled by the Ministry of Trade.",
			[]string{"the data compiled by the Ministry of Trade | according to"}},
		{"released by, acronym, time", "According to figures released by the Kelta Bureau of Statistics (KBS) last week, exports rose.",
			[]string{"figures released by the Kelta Bureau of Statistics (KBS) | According to"}},
		// Near misses: a link cue makes a level; a time is no maker.
		{"published by", "Prices rose, according to a report published by the central bank.",
			[]string{"a report | according to >> the central bank | published by"}},
		{"released on", "Prices rose, according to figures released on Friday.",
			[]string{"figures | according to"}},
	}, showChain)
}

// TestWireParticipleSubject checks the subject of a participle after a
// comma: the main clause's, not a relative clause's inside it.
func TestWireParticipleSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"past a relative clause", "The mayor defended the fee paid to a builder who said he was cheated, saying the work was poor.",
			[]string{"The mayor | defended", "who | said", "The mayor | saying"}},
		{"main clause cue", "The mayor said the fee was fair, adding that the work was poor.",
			[]string{"The mayor | said", "The mayor | adding"}},
	}, showChain)
}

// TestWireHeadlineColon checks a headline that names its source before a
// colon, as wires write "X says": a name or a role, perhaps where or to
// whom it spoke; not a label or a title.
func TestWireHeadlineColon(t *testing.T) {
	const body = "\n\nWASHINGTON, Dec. 8 (UPI) — The bridge will reopen, the mayor said."
	show := func(a Attribution) (string, bool) { return chainString(a), a.Cue.Text == ":" }
	runParseCases(t, []attrCase{
		{"a lower-case noun", "Clinton camp: Rival's plan threatens jobs" + body,
			[]string{"Clinton camp | :"}},
		{"where it spoke", "Former AG Mukasey at RNC: Email scandal disqualifies her" + body,
			[]string{"Former AG Mukasey at RNC | :"}},
		{"on a topic", "Obama on Climate Change: The Trends Are Terrifying" + body,
			[]string{"Obama on Climate Change | :"}},
		// Near misses: a label, a numbered label, a title with an article.
		{"a label", "Exclusive: Bank weighs sale of unit" + body, nil},
		{"a numbered label", "Update 2: Bank weighs sale of unit" + body, nil},
		{"a title", "A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal" + body, nil},
	}, show)
}

// runParseCases is runAttrCases over Parse, frame and all: a headline is
// read as one only above a dateline.
func runParseCases(t *testing.T, tests []attrCase, show func(Attribution) (string, bool)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Parse(tt.in).Attributions {
				if s, ok := show(a); ok {
					got = append(got, s)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestWireRecordedSpeaker checks a recording of someone speaking before
// a participle of speech: the one recorded speaks, not the recording.
func TestWireRecordedSpeaker(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a clip of", "The ad shows a clip of Reyes telling voters, “I will win.”",
			[]string{"The ad | shows", "Reyes | telling"}},
		{"a video of", "A video of the mayor saying the port was safe went viral.",
			[]string{"the mayor | saying"}},
		// Near miss: "of" after a word that records nothing.
		{"a group of", "A group of voters saying the vote was rigged marched on Friday.",
			[]string{"A group of voters | saying"}},
	}, showChain)
}

// TestWirePronounAfterAnd checks "…, and he said": a third-person pronoun
// after "and" opens a clause of its own; it is not the second conjunct
// of the noun phrase before it, which may be an object ("the “broken”
// system and he pledged"). Two nouns joined by "and" still speak
// together, and so do "my wife and I".
func TestWirePronounAfterAnd(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after a quoted object", "The senator attacked the “broken” levy system and he pledged a “fair deal” for farmers.",
			[]string{"The senator | attacked", "he | pledged"}},
		{"after a quoted object, an adverb between", "The senator attacked the “broken” levy system and he, once again, pledged a “fair deal”.",
			[]string{"The senator | attacked", "he | pledged"}},
		{"she, after a title", "Residents cheered “Harbour Lights” and she thanked them for “standing firm”.",
			[]string{"she | thanked -> them"}},
		{"they, after a quotation", "Unions rejected the “final offer” and they vowed to strike on Monday.",
			[]string{"Unions | rejected", "they | vowed"}},
		// Near misses: two sources speak together.
		{"two nouns", "State media and the airline said the flights would resume.",
			[]string{"State media and the airline | said"}},
		{"my wife and I", "“We lost everything.” My wife and I said we would rebuild.",
			[]string{"My wife and I | said"}},
	}, showChain)
}
