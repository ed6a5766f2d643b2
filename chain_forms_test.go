package wirestory

import (
	"strings"
	"testing"
)

func TestSentenceBreak(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"it was not easy. The director said", true},
		{"it was “not easy.” The director said", true},
		{"it was &quot;not easy.&quot; The director said", true},
		{"it was over! Then he said", true},
		{"the U.S. Senate said", false},
		{"Mr. Doe said", false},
		{"the vote, the senator said", false},
		{"it was 3.5 percent. the rest", false},
	}
	for _, tt := range tests {
		var p Parser
		st := &attrState{d: p.newDoc(tt.in), text: tt.in}
		if got := st.sentenceBreak(0, len(tt.in)); got != tt.want {
			t.Errorf("sentenceBreak(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// The tests of this file hold one table per construction of a chain, with
// several surface forms of it and near-misses that must not link. Every
// sentence is invented.

func TestChainEmbeddedSpeech(t *testing.T) {
	tests := []attrCase{
		{"reported that said", "The Kelta agency reported that Governor Amin Sadri said the dam would hold.",
			[]string{"The Kelta agency | reported >> Governor Amin Sadri | said", "Governor Amin Sadri | said"}},
		{"said that told", "Mayor Rosa Kemp said on Monday that the engineers had told reporters the bridge was safe.",
			[]string{"Mayor Rosa Kemp | said >> the engineers | told", "the engineers | had told -> reporters"}},
		{"report after the content", "Vice-minister Tarek Aziz warned that the border would close, the official Norla news agency reported.",
			[]string{"Vice-minister Tarek Aziz | warned", "the official Norla news agency | reported >> Vice-minister Tarek Aziz | warned"}},
		{"says after the content", "The coalition has denied any split, state radio says.",
			[]string{"The coalition | has denied", "state radio | says >> The coalition | denied"}},
		{"according to after", "Farm officials said the harvest was late, according to the Valley Post.",
			[]string{"Farm officials | said", "the Valley Post | according to >> Farm officials | said"}},
		{"according to before", "According to the Valley Post, farm officials said the harvest was late.",
			[]string{"the Valley Post | According to >> farm officials | said", "farm officials | said"}},
		// Round 27 (f27b): an embedded report that is a level of the
		// outer chain makes no chain of its own (the minister's "said"
		// had "the minister | said >> the envoy | told"; chains-dev's gold
		// lists such an inner report only inside the outer chain).
		{"three levels", "The Dorn agency reported that the minister said the envoy had told him the talks were over.",
			[]string{"The Dorn agency | reported >> the minister | said >> the envoy | told", "the minister | said", "the envoy | had told -> him"}},
		// Round 27 (f27b): the inner's link is a level of the outer
		// chain, so the inner makes no chain of its own (it had
		// "the police | said >> witnesses | citing").
		{"inner's link in the outer chain", "Radio Metro reported that the police said, citing witnesses, that two men fled.",
			[]string{"Radio Metro | reported >> the police | said >> witnesses | citing", "the police | said"}},
		{"own earlier words", "The senator said he had already told the panel that the plan was dead.",
			[]string{"The senator | said >> he | told", "he | had already told -> the panel"}},
		{"after as", "Norvan Ltd said that, as it has already stated, the merger was off.",
			[]string{"Norvan Ltd | said >> it | stated", "it | has already stated"}},
		{"reported from a place that", "Correspondent Lea Marsh reported from Tirana that diplomats there said the vote was fair.",
			[]string{"Correspondent Lea Marsh | reported >> diplomats there | said", "diplomats there | said"}},
		{"residents there", "The agency reported that residents there said the port had reopened.",
			[]string{"The agency | reported >> residents there | said", "residents there | said"}},
		{"as per inside a report", "Rice output will fall 9 percent as per a field survey by the ministry, the daily reported quoting farm officials.",
			[]string{"a field survey by the ministry | as per", "the daily | reported >> farm officials | quoting >> a field survey by the ministry | as per"}},
		{"after another said", "“That is false,” Ruiz said, after the host said the senator had referred to him as a liar.",
			[]string{"Ruiz | said", "the host | said >> the senator | referred to", "the senator | had referred to"}},

		{"according to inside a report", "The firm, according to court papers, had paid no tax, the Post reported.",
			[]string{"court papers | according to", "the Post | reported >> court papers | according to"}},

		// Near-misses.
		{"in accordance, not a source", "The union would have to act according to the rules of the trade body, the leaders said.",
			[]string{"the rules of the trade body | according to", "the leaders | said"}},
		{"reporting from a place", "Correspondent Lea Marsh reported from Tirana on Tuesday.",
			nil},
		{"one statement told twice", "He said that the plant would close, he said.",
			[]string{"He | said", "he | said"}},
		{"a deed is no speech", "The agency reported that the president has ordered an inquiry.",
			[]string{"The agency | reported"}}, // "ordered" is no cue: a deed, not speech
		{"a plan is no speech", "The paper said the minister will announce the budget on Friday.",
			[]string{"The paper | said", "the minister | will announce"}},
		{"relative clause", "The firm said the layoffs, which its chief said were painful, would end.",
			[]string{"The firm | said", "its chief | said"}},
		{"a passive hearer", "The embassy said that the rebels have been told that the truce is over.",
			[]string{"The embassy | said", " | have been told"}}, // an agentless passive: evidential, no source
		{"a passive order", "The embassy said that the rebels have been told to leave.",
			[]string{"The embassy | said"}}, // told to do something: an order given, no words (cuedirectives)
		{"a coordinate speaker", "The union said the talks failed but the company said they would resume.",
			[]string{"The union | said", "the company | said"}},
		{"an adjective", "The bank said reserves were below the officially stated level.",
			[]string{"The bank | said"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestChainRelay(t *testing.T) {
	tests := []attrCase{
		{"inverted then quoted by", "Nine people died, said the health ministry, quoted by the state-run Lira Press Agency.",
			[]string{"the state-run Lira Press Agency | quoted by >> the health ministry | said"}},
		{"inverted then quoted by, no comma", "“The pact will hold,” said a senior army officer quoted by the weekly Tribune.",
			[]string{"the weekly Tribune | quoted by >> a senior army officer | said"}},
		{"pronoun said, quoted by", "“Rescue will take days,” he said, quoted by the official Pella News Agency.",
			[]string{"the official Pella News Agency | quoted by >> he | said"}},
		{"said then as quoted by", "The talks were over, the minister said, as quoted by the Dorn agency.",
			[]string{"the Dorn agency | quoted by >> the minister | said"}},
		{"relay after an appositive", "Exports will grow, said Ana Riva, the head of the trade board for the northern region, quoted by the daily Kestrel.",
			[]string{"the daily Kestrel | quoted by >> Ana Riva | said"}},
		{"parenthetical quoted by", "A police spokesman, quoted by the Tamar news agency, said two men were held.",
			[]string{"the Tamar news agency | quoted by >> A police spokesman | said"}},
		{"parenthetical cited by", "The envoy, cited by Radio Volta, said talks would resume.",
			[]string{"Radio Volta | cited by >> The envoy | said"}},
		{"relay inside the subject", "A senior customs official quoted by the daily Ostra warned that prices would rise.",
			[]string{"the daily Ostra | quoted by >> A senior customs official | warned"}},
		{"relay inside the subject, attributed", "A senior officer quoted by the daily Ostra attributed the delay to bad weather.",
			[]string{"the daily Ostra | quoted by >> A senior officer | attributed"}},
		{"parenthetical quoting before said", "The newspaper, quoting court officials, said the judge had resigned.",
			[]string{"The newspaper | said >> court officials | quoting"}},

		// Near-misses: a relay after a document is the document's venue,
		// and "said X" after a comma stays inverted.
		{"statement quoted by", "The army said in a statement quoted by Radio Kora that the town was taken.",
			[]string{"The army | said >> a statement | in >> Radio Kora | quoted by"}},
		{"plain inverted", "The town was taken, said a spokesman for the army.",
			[]string{"a spokesman for the army | said"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestChainDocumentInSubject(t *testing.T) {
	tests := []attrCase{
		{"published by", "A communique published by the official Varta agency said the embassy had been closed.",
			[]string{"A communique | said >> the official Varta agency | published by"}},
		{"read over", "A decree read over state television said the curfew was lifted.",
			[]string{"A decree | said >> state television | read over"}},
		{"carried by", "A statement carried by the Sela news agency said the border was open.",
			[]string{"A statement | said >> the Sela news agency | carried by"}},
		{"document then embedded speaker", "A communique read over state radio said that during the meeting, the president reaffirmed his pledge.",
			[]string{"A communique | said >> state radio | read over >> the president | reaffirmed", "the president | reaffirmed"}},
		{"embedded speaker in a letter", "The firm said that in a letter dated May 2, the regulator told its lawyers the case was closed.",
			[]string{"The firm | said >> the regulator | told >> a letter | in", "the regulator | told -> its lawyers"}}, // round 27 (f27b): the letter is a level of the firm's chain, none of the regulator's own (had "the regulator | told -> its lawyers >> a letter | in"), as chains-dev's gold has it

		// Near-miss: who wrote a document is no level of the chain (the
		// source walk stops at "by"; what matters here is that no link
		// is made).
		{"released by stays", "Figures released by the trade ministry showed exports rose.",
			[]string{"the trade ministry | showed"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestChainCiting(t *testing.T) {
	tests := []attrCase{
		{"quoting plural role", "The suspect fled abroad, the agency said, quoting the prosecutors.",
			[]string{"the agency | said >> the prosecutors | quoting"}},
		{"citing plural role", "The ceasefire held, the radio reported, citing envoys in the capital.",
			[]string{"the radio | reported >> envoys in the capital | citing"}},
		{"citing possessor's official", "Imports fell, the daily said, citing Norway's trade minister.",
			[]string{"the daily | said >> Norway's trade minister | citing"}},
		{"citing its report", "Rates will rise, the bank said, citing its annual statement.",
			[]string{"the bank | said >> its annual statement | citing"}},

		// Near-misses: what a possessor did or has is a reason.
		{"citing possessor's act, parenthetical", "The Dune Bank, citing Peru's suspension of payments, said it would cut lending.",
			[]string{"The Dune Bank | citing", "The Dune Bank | said"}},
		{"citing possessor's progress, after", "The fund raised its forecast, citing Chile's progress in reforms.",
			[]string{"The fund | citing"}},
		{"citing his health", "The minister resigned on Monday, citing his poor health.",
			[]string{"The minister | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestChainLinkForms(t *testing.T) {
	tests := []attrCase{
		{"bulletin carried by", "The ministry said in a bulletin carried by the state news agency that the roads were closed.",
			[]string{"The ministry | said >> a bulletin | in >> the state news agency | carried by"}},
		{"according to, which cited", "The army is in retreat, according to the daily, which cited two diplomats.",
			[]string{"the daily | according to >> two diplomats | cited"}},
		{"according to, which quoted", "The army is in retreat, according to the Ledger, which quoted a senior officer.",
			[]string{"the Ledger | according to >> a senior officer | quoted"}},
		{"said, which cited", "Prices will rise, said the Vesta agency, which cited bank officials.",
			[]string{"the Vesta agency | said >> bank officials | cited"}},
		{"communique read out by", "The curfew will end on Friday, according to a communique read out by the interior minister.",
			[]string{"a communique | according to >> the interior minister | read out by"}},
		{"own edition, then citing", "The plant will close, the Gazette reported in its weekend edition, citing two managers.",
			[]string{"the Gazette | reported >> two managers | citing"}},
		{"as quoted by after a quotation", "“We will not yield,” the minister said, as quoted by the state news agency.",
			[]string{"the state news agency | quoted by >> the minister | said"}},
		{"learned from", "Xinhua learned from local customs officials that rice exports rose 8 percent.",
			[]string{"Xinhua | learned >> local customs officials | from"}},
		{"parenthetical reported by", "The communique, reported by the official news agency, said the talks had failed.",
			[]string{"the official news agency | reported by >> The communique | said"}},

		// Near-misses.
		{"own edition alone", "The plant will close, the Gazette reported in its weekend edition.",
			[]string{"the Gazette | reported"}},
		{"which with a reason", "The firm cut jobs, according to the union, which cited low sales.",
			[]string{"the union | according to", "which | cited"}},
		{"learned a lesson", "The mayor said he learned from the experience that floods come fast.",
			[]string{"The mayor | said", "he | learned"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestChainQuotedForms(t *testing.T) {
	tests := []attrCase{
		{"quoted by with no as saying", "“The pass is closed,” he was quoted by Radio Alto on Monday.",
			[]string{"Radio Alto | quoted by >> he | quoted"}},
		{"quoted by with no as saying, name", "“We are ready,” the coach was quoted by the weekly Sport on Friday.",
			[]string{"the weekly Sport | quoted by >> the coach | quoted"}},
		{"document quoting as saying", "Traders read a weekend Dakar report quoting a port official as saying the quay was shut.",
			[]string{"a weekend Dakar report | quoting >> a port official | as saying"}},
		{"paper citing as saying", "They dismissed a Monday Herald story citing an aide as saying the mayor would quit.",
			[]string{"They | dismissed", "a Monday Herald story | citing >> an aide | as saying"}},
		{"paren made by X and published by Y", "Ruiz would win 56 percent, the poll, conducted by the Vox institute and published by the daily Sol, indicated.",
			[]string{"the poll | indicated >> the daily Sol | published by"}},

		// Near-misses.
		{"quoted by mid-sentence", "The figure quoted by the minister was wrong, traders said.",
			[]string{"traders | said"}},
		{"quoting prices", "Dealers were quoting prices above $20 a barrel.",
			nil},
	}
	runAttrCases(t, tests, showChain)
}

func TestChainSpeechInQuote(t *testing.T) {
	tests := []attrCase{
		{"someone said, inside", "“One man came in and said we should close the shop,” said the clerk.",
			[]string{"the clerk | said >> One man | said"}},
		{"people are saying, inside", "“I know people are saying the mayor will quit, but I doubt it,” she said.",
			[]string{"she | said >> people | saying"}},
		{"three levels", "“I was pointing out that the auditor had said my answers were true,” Ruiz said.",
			[]string{"Ruiz | said >> I | pointing out >> the auditor | said"}},
		{"own earlier words", "“I have always said that the plan was flawed,” the senator told reporters.",
			[]string{"the senator | told -> reporters >> I | said"}},
		{"quote after the cue", "The minister said: “The envoy told us that the border would open.”",
			[]string{"The minister | said >> The envoy | told"}},

		// Near-misses.
		{"a denial", "“I never said that,” Trump said.",
			[]string{"Trump | said"}},
		{"no speech inside", "“We will rebuild the bridge and the school,” the mayor said.",
			[]string{"the mayor | said"}},
		{"a plan inside", "“The board will announce its choice in May,” the chairman said.",
			[]string{"the chairman | said"}},
		{"a noun read as a verb", "“These claims are simply wrong,” the spokesman said.",
			[]string{"the spokesman | said"}},
		{"said in general", "“People say the plan is dead, but it is not,” the aide said.",
			[]string{"the aide | said"}},
		{"to come", "“I'll tell you, the plan is not dead at all,” the aide said.",
			[]string{"the aide | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainInnerClause checks where the content of a cue starts when a
// second cue stands before "that": the clause is the second cue's
// ("said the NASD has alleged that …"), but not after an infinitive of
// the first ("went on to say that …").
func TestChainInnerClause(t *testing.T) {
	tests := []attrCase{
		{"inner verb takes the clause", "The firm said the regulator has alleged that it broke the rules.",
			[]string{"the regulator has alleged that it broke the rules", "that it broke the rules"}},
		{"infinitive of the cue", "The mayor went on to say that the bridge was safe.",
			[]string{"that the bridge was safe"}},
		{"a quotation after a colon", "The minister said: “The envoy told us that the border would open.”",
			[]string{"“The envoy told us that the border would open.”"}},
	}
	runAttrCases(t, tests, showContent)
}

// TestSpeechCueOneProbe checks that the one probe speechCue makes for a
// cue of one word gives what reading it word by word gives, for every
// form of one word of the cue lists and of chainUnsaid, in any case.
func TestSpeechCueOneProbe(t *testing.T) {
	lex := DefaultLexicon()
	st := &attrState{d: &doc{lex: lex}, wc: classesOf(lex)}
	words := []string{"harbour", "the", "Xyzzy", "según"}
	for _, k := range []List{CueVerbs, CuePhrases, chainUnsaid, chainSpeech} {
		for key := range lex.list(k).forms() {
			if oneWord(key) {
				words = append(words, key, strings.ToUpper(key[:1])+key[1:])
			}
		}
	}
	speech := 0
	for _, w := range words {
		want := st.speechCueWords(w)
		if got := st.speechCue(Span{Text: w}); got != want {
			t.Errorf("speechCue(%q) = %v, word by word %v", w, got, want)
		}
		if want {
			speech++
		}
	}
	if speech == 0 || speech == len(words) {
		t.Errorf("%d of %d cue words are of speech: the test tells nothing", speech, len(words))
	}
}

// TestChainAccordingToQuotedBy checks "according to Y, quoted by X": the
// relay is the outer level, as after "said" ([X (quoted by)] > [Y
// (according to)]), where Y is a person or a body; after a document the
// relay carried the document and is the level after it.
func TestChainAccordingToQuotedBy(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after the content", "The harvest fell, according to the ministry, quoted by Xinhua.",
			[]string{"Xinhua | quoted by >> the ministry | according to"}},
		{"at the head", "According to the ministry, quoted by the Lira news agency, the harvest fell.",
			[]string{"the Lira news agency | quoted by >> the ministry | According to"}},
		{"no comma", "He said the plan was sound, according to officials quoted by the agency.",
			[]string{"He | said", "the agency | quoted by >> officials | according to"}},
		// Near misses: a document's venue, and "citing", which is no relay.
		{"a report quoted by", "According to a report by El Mercurio, quoted by Prensa Latina, the harvest fell.",
			[]string{"a report by El Mercurio | According to >> Prensa Latina | quoted by"}},
		{"figures quoted by", "Exports fell, according to official figures quoted by the agency.",
			[]string{"official figures | according to >> the agency | quoted by"}},
		{"citing", "Sales fell, according to the ministry, citing customs data.",
			[]string{"the ministry | according to >> customs data | citing"}},
	}, showChain)
}

// TestChainFrontedOnPlatform checks an opening phrase of "on" and a
// platform, an account or a page before the subject: a level, as an
// opening "in a post" is; "on" and a day or a topic is none.
func TestChainFrontedOnPlatform(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"an account on a network", "On her account on the social network X, the minister, Ana Ruiz, wrote that the harvest was over.",
			[]string{"the minister | wrote >> her account | On >> the social network X | on"}},
		{"a platform", "On Facebook, Ana Ruiz wrote that the harvest was over.",
			[]string{"Ana Ruiz | wrote >> Facebook | On"}},
		{"a website", "On its website, the ministry said the harvest was over.",
			[]string{"the ministry | said >> its website | On"}},
		// Near misses: a day, an occasion, a topic.
		{"a day", "On Monday, the ministry said the harvest was over.",
			[]string{"the ministry | said"}},
		{"the sidelines", "On the sidelines of the summit, the minister said the harvest was over.",
			[]string{"the minister | said"}},
		{"a topic", "On the issue of prices, the minister said they would fall.",
			[]string{"the minister | said"}},
	}, showChain)
}
