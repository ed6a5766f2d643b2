package wirestory

import (
	"encoding/json"
	"strings"
	"testing"
)

// showKind shows an attribution as "kind: source | cue".
func showKind(a Attribution) (string, bool) { return a.Kind.String() + ": " + chainString(a), true }

func TestAttributionKind(t *testing.T) {
	runAttrCases(t, []attrCase{
		// Speech: what someone said, told or warned, in any tense.
		{"said", "The harbour master said the port would reopen.",
			[]string{"speech: The harbour master | said"}},
		{"told", "Mira Kovač told reporters the talks had stalled.",
			[]string{"speech: Mira Kovač | told -> reporters"}},
		{"has warned", "The union has warned of a strike in March.",
			[]string{"speech: The union | has warned"}},
		{"inverted", "“We will rebuild,” said Governor Ana Pires.",
			[]string{"speech: Governor Ana Pires | said"}},

		// Report: a relay passes on what it learned.
		{"reported", "The Valley Courier reported that the mill had closed.",
			[]string{"report: The Valley Courier | reported"}},
		{"according to", "The mill shed 40 jobs, according to the Valley Courier.",
			[]string{"report: the Valley Courier | according to"}},
		{"data showed", "Port data showed exports fell in May.",
			[]string{"report: Port data | showed"}},

		// Document: the source is a document, or the nearest link is one.
		{"the statement said", "The statement said the ferry would resume on Friday.",
			[]string{"document: The statement | said"}},
		{"statement from", "A statement from the port authority said the ferry would resume.",
			[]string{"document: A statement from the port authority | said"}},
		{"said in a statement", "The port authority said in a statement that the ferry would resume.",
			[]string{"document: The port authority | said >> a statement | in"}},
		{"according to a report", "Exports fell, according to a report by the chamber of commerce.",
			[]string{"document: a report by the chamber of commerce | according to"}},
		{"press release", "Profits rose, according to the press release.",
			[]string{"document: the press release | according to"}},
		{"possessive", "The ministry's letter said the ferry would resume.",
			[]string{"document: The ministry's letter | said"}},
		// Near misses: a venue of speech, and a reporter, are no documents.
		{"said in an interview", "The port chief said in an interview that the ferry would resume.",
			[]string{"speech: The port chief | said"}},
		{"reporters are people", "Reporters said the ferry was late.",
			[]string{"speech: Reporters | said"}},

		// Stance: a position held.
		{"believes", "The mayor believes the levy is fair.",
			[]string{"stance: The mayor | believes"}},
		{"hoped", "Fishermen hoped the ban would be lifted.",
			[]string{"stance: Fishermen | hoped"}},
		{"criticised", "Opposition leader Ravi Menon criticised the levy.",
			[]string{"stance: Opposition leader Ravi Menon | criticised"}},
		{"critical of", "The governor has been critical of the new levy.",
			[]string{"stance: The governor | has been critical of"}},

		// Evidential: a hedge with no source.
		{"is expected to", "The ferry is expected to resume on Friday.",
			[]string{"evidential:  | is expected"}},
		{"seemed", "The minister seemed to enjoy the debate.",
			[]string{"evidential:  | seemed"}},
		{"reportedly", "The minister reportedly told aides to wait.",
			[]string{"evidential:  | reportedly", "speech: The minister | told -> aides"}},
	}, showKind)
}

// TestAgentlessPassive checks that a cue in the passive with no agent
// gets no source: the subject is what is reported, not who reports it.
func TestAgentlessPassive(t *testing.T) {
	show := func(a Attribution) (string, bool) {
		c := ""
		if !a.Content.IsZero() {
			c = a.Content.Text
		}
		return showKindContent(a, c), true
	}
	runAttrCases(t, []attrCase{
		{"have been reported", "No injuries have been reported.",
			[]string{"evidential:  | have been reported [No injuries]"}},
		{"was announced, time after", "Compensation was announced on Monday.",
			[]string{"evidential:  | was announced [Compensation]"}},
		// Declaring a thing unsafe is an act, no words: no attribution.
		{"had been declared", "The bridge had been declared unsafe.", nil},
		{"was asked", "The senator was asked about the levy.",
			[]string{"evidential:  | was asked about [The senator was asked about the levy]"}},
		{"not told", "Ms. Oduya was not told of the change.",
			[]string{"evidential:  | was not told [Ms. Oduya was not told of the change]"}},
		{"expletive it", "It was reported that the dam had cracked.",
			[]string{"evidential:  | was reported [that the dam had cracked]"}},
		// Near misses: an agent after "by" speaks; a progressive and an
		// adjective of stance are active.
		{"passive with agent", "The plan was criticised by the unions.",
			[]string{"stance: the unions | was criticised [The plan]"}},
		{"progressive", "The senator is calling for a recount.",
			[]string{"speech: The senator | is calling for [a recount]"}},
		{"adjective of stance", "The senator is concerned about the levy.",
			[]string{"stance: The senator | is concerned about [the levy]"}},
	}, show)
}

func showKindContent(a Attribution, content string) string {
	s, _ := showKind(a)
	return s + " [" + content + "]"
}

func TestAttributionKindText(t *testing.T) {
	for _, k := range []AttributionKind{Speech, Report, Document, Stance, Evidential} {
		b, err := json.Marshal(k)
		if err != nil {
			t.Fatal(err)
		}
		var back AttributionKind
		if err := json.Unmarshal(b, &back); err != nil || back != k {
			t.Errorf("json round trip of %v = %v, %v", k, back, err)
		}
	}
	if s := AttributionKind(0).String(); s != "unknown" {
		t.Errorf("AttributionKind(0).String() = %q, want unknown", s)
	}
	var k AttributionKind
	if err := k.UnmarshalText([]byte("rumour")); err == nil || !strings.Contains(err.Error(), `"rumour"`) {
		t.Errorf("UnmarshalText(rumour) = %v, want an error naming it", err)
	}
}

// TestKindSourceContract checks the contract's rule on every story of
// testdata: the source is null exactly where the kind is evidential.
func TestKindSourceContract(t *testing.T) {
	names, texts := readStories(t)
	for _, n := range names {
		for _, a := range Parse(texts[n]).Attributions {
			if (a.Source.IsZero()) != (a.Kind == Evidential) {
				t.Errorf("%s: %s attribution at %d has source %v", n, a.Kind, a.Cue.Start, a.Source)
			}
		}
	}
}

// TestCueKindOneProbe checks that the one probe cueKind makes for a cue of
// one word gives the kind the walk over the cue's words gives, for every
// form of CueVerbs and CuePhrases of one word, in any case, and for
// words of neither list.
func TestCueKindOneProbe(t *testing.T) {
	lex := defaultLexicon()
	forms := classesOf(lex).forms
	words := []string{"harbour", "the", "Xyzzy", "según", "sagte"}
	for _, k := range []List{CueVerbs, CuePhrases} {
		for key := range lex.list(k).forms() {
			if oneWord(key) {
				words = append(words, key, strings.ToUpper(key[:1])+key[1:])
			}
		}
	}
	kinds := map[AttributionKind]int{}
	for _, w := range words {
		want := lemmaKind(lex, forms, cueLemma(lex, w))
		if got := cueKind(lex, w); got != want {
			t.Errorf("cueKind(%q) = %v, the walk over its words gives %v", w, got, want)
		}
		kinds[want]++
	}
	if kinds[Report] == 0 || kinds[Stance] == 0 || kinds[Speech] == 0 {
		t.Errorf("the forms tried cover too few kinds: %v", kinds)
	}
}

// TestCueLemmaPairs checks that cueLemma, which asks the table about
// the words and pairs of words of a cue and only the longer runs a pair
// begins, finds what asking about every run finds: for every form of
// the cue lists, alone, in capitals, after an auxiliary and an adverb,
// and before an object.
func TestCueLemmaPairs(t *testing.T) {
	lex := defaultLexicon()
	cues := []string{"", "harbour", "has  repeatedly\tcalled for", "según dijo", "said según", "a b c d e f g h i j"}
	for _, k := range []List{CueVerbs, CuePhrases} {
		for key := range lex.list(k).forms() {
			cues = append(cues, key, strings.ToUpper(key), "has repeatedly "+key, key+" the mayor", "was "+key+" by")
		}
	}
	found := 0
	for _, c := range cues {
		want := cueLemmaWords(lex, c)
		if got := cueLemma(lex, c); got != want {
			t.Errorf("cueLemma(%q) = %q, every run asked gives %q", c, got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < len(cues)/2 {
		t.Errorf("only %d of %d cues have a lemma: the test tells little", found, len(cues))
	}
}

func TestTrimEdgePunct(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"statement", "statement"}, {"statement,", "statement"}, {"“report”", "report"}, {"(filing)", "filing"},
		{"Bericht.", "Bericht"}, {"über", "über"}, {"«relevé»", "relevé"}, {"a", "a"}, {"7", "7"}, {"", ""}, {"—", ""},
		{"'s", "s"}, {"x-", "x"}, {"-x", "x"},
	} {
		if got := trimEdgePunct(tt.in); got != tt.want {
			t.Errorf("trimEdgePunct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMayStopHead checks that the one-byte test before headStop lets
// every word headStop knows through.
func TestMayStopHead(t *testing.T) {
	for _, w := range []string{"of", "for", "at", "in", "to", "from", "with", "by", "on", "about", "issued", "released", "published", "posted", "carried", "that", "which"} {
		if !headStop(w) {
			t.Errorf("headStop(%q) = false", w)
		}
		if len(w) > maxHeadStop || !mayStopHead(w[0]) {
			t.Errorf("the test before headStop rules out %q", w)
		}
	}
	for _, w := range []string{"statement", "Reuters", "said", "ministry"} {
		if headStop(w) {
			t.Errorf("headStop(%q) = true", w)
		}
	}
}

// TestExpectActive checks that only the passive of "expect" is the
// writer's judgement with no source ("is expected to pass"): the active
// verb is its subject's stance ("Analysts expect the Fed will …", "The
// IMF expects that …").
func TestExpectActive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"analysts expect", "Analysts expect the central bank will cut rates in March.",
			[]string{"Analysts | expect"}},
		{"expects that", "The fund expects that output will grow by 2 percent.",
			[]string{"The fund | expects"}},
		{"still expects", "The retailer still expects a rise in December sales.",
			[]string{"The retailer | still expects"}},
		// Near misses: the passive, and "seem", have no source.
		{"is expected", "The bill is expected to pass next week.",
			[]string{" | is expected"}},
		{"seemed", "The minister seemed to enjoy the fight.",
			[]string{" | seemed"}},
	}, showChain)
}
