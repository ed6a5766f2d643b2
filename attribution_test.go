package wirestory

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// testQuotes pairs curly double marks in order, so that the tests of
// this file do not depend on the quote finder.
func testQuotes(text string) []Quote {
	var qs []Quote
	open := -1
	for i, r := range text {
		switch r {
		case '“':
			open = i
		case '”':
			if open >= 0 {
				qs = append(qs, Quote{Span: spanOf(text, open, i+len("”")), Kind: Direct})
				open = -1
			}
		}
	}
	return qs
}

func attributeText(text string) ([]Attribution, []Quote) {
	var p Parser
	d := p.newDoc(text)
	qs := testQuotes(text)
	return attribute(d, qs), qs
}

// chainString writes an attribution as "source | cue >> source | cue",
// with " -> addressee" after a cue that has one.
func chainString(a Attribution) string {
	var b strings.Builder
	if !a.Source.IsZero() {
		b.WriteString(a.Source.Text)
	}
	b.WriteString(" | " + a.Cue.Text)
	if !a.Addressee.IsZero() {
		b.WriteString(" -> " + a.Addressee.Text)
	}
	for _, l := range a.Via {
		b.WriteString(" >> " + l.Source.Text + " | " + l.Cue.Text)
	}
	return b.String()
}

func TestAttributeSources(t *testing.T) {
	tests := []attrCase{
		{"said after", "The bridge will reopen in May, the transport ministry said on Tuesday.",
			[]string{"the transport ministry | said"}},
		{"said before", "Mayor Lina Ortiz said the bridge would reopen in May.",
			[]string{"Mayor Lina Ortiz | said"}},
		{"said inverted", "The bridge will reopen in May, said the transport minister.",
			[]string{"the transport minister | said"}},
		{"auxiliary and adverb", "The council has repeatedly said that the plan is sound.",
			[]string{"The council | has repeatedly said"}},
		{"told addressee", "A police spokesman told reporters that two men had been arrested.",
			[]string{"A police spokesman | told -> reporters"}},
		{"appositive", "Tom Reyes, a spokesman for the port authority, said the cranes were idle.",
			[]string{"Tom Reyes | said"}},
		{"according to after", "Exports fell by a third in March, according to the customs office.",
			[]string{"the customs office | according to"}},
		{"according to before", "According to the customs office, exports fell by a third.",
			[]string{"the customs office | According to"}},
		{"according to plan", "The launch went ahead according to plan.", nil},
		{"sources said", "The talks will resume next week, sources said.",
			[]string{"sources | said"}},
		{"has learned", "The mill will close in June, the Gazette has learned.",
			[]string{"the Gazette | has learned"}},
		{"officials told", "Two ships were turned back, officials told Reuters.",
			[]string{"officials | told -> Reuters"}},
		{"expressed hope", "The premier expressed hope that the border would stay open.",
			[]string{"The premier | expressed hope"}},
		{"called for", "She called for calm after the vote.",
			[]string{"She | called for"}},
		{"urged", "The union urged its members to return to work.",
			[]string{"The union | urged"}},
		{"participle", "The envoy stressed the need for trade, adding that talks would go on.",
			[]string{"The envoy | stressed", "The envoy | adding"}},
		{"second verb", "The mayor thanked the crews and said the roads were safe.",
			[]string{"The mayor | thanked", "The mayor | said"}},
		{"relative who", "Mr. Bell, who chairs the board, said the merger was off.",
			[]string{"Mr. Bell | said"}},
		{"participle after a short time opening", "Hours later, the mayor thanked the crews, calling them heroes.",
			[]string{"the mayor | thanked", "the mayor | calling"}},
		{"participle after a participle opening", "Holding banners, the marchers blocked the road, chanting slogans.",
			[]string{"the marchers | chanting"}},
		{"participle skips a participle of a phrase", "The union attacked a report by an auditor alleging that funds were lost, calling it false.",
			[]string{"The union | attacked", "an auditor | alleging", "The union | calling"}},
		{"floating word before the verb", "The senators have both said that the bill is dead.",
			[]string{"The senators | have both said"}},
		{"floating word after a conjunction", "The mayor spoke first, and only later said that she would run.",
			[]string{"The mayor | only later said"}},
		{"adverb before a participle after a comma", "The crowd cheered the speech, loudly chanting his name.",
			[]string{"The crowd | loudly chanting"}},
		{"adverb before a participle after a noun", "The film shows the senator openly mocking his rival.",
			[]string{"The film | shows", "the senator | openly mocking"}},
		{"then after a comma", "The mayor toured the site, then said that the dam was safe.",
			[]string{"The mayor | then said"}},
		{"here between subject and verb", "Party workers here said they had knocked on every door.",
			[]string{"Party workers | here said"}},
		{"age and role after the name", "Ann Ruiz, 60, a retired nurse, said the clinic had closed.",
			[]string{"Ann Ruiz | said"}},
		{"age and role, then a verb that may be a participle", "Jo Ruiz, 60, a nurse, said the clinic closed.",
			[]string{"Jo Ruiz | said"}},
		{"inverted cue before a colon", "Continued Ortega: the budget is balanced.",
			[]string{"Ortega | Continued"}},
		{"headline kicker is no speaker", "The Latest: Council passes the budget.", nil},
		{"opening adverb from the openers list", "Likewise, the union said that the deal was fair.",
			[]string{"the union | said"}},
		{"party and state tag with a period", "The bill is dead, Sen. Jo Ruiz, R-Ky., said on Monday.",
			[]string{"Sen. Jo Ruiz | said"}},
		{"opening adverbial", "On Monday, the army denied that it had fired first.",
			[]string{"the army | denied"}},
		{"noun not cue", "The report was published on Monday.", nil},
		{"infinitive not cue", "He declined to say more.", []string{"He | declined"}},
		{"name called", "He wrote a book called “Salt Roads” last year.", []string{"He | wrote"}},
		{"two sources", "The plant was shut, state media and the operator said.",
			[]string{"state media and the operator | said"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestAttributeContent(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"after cue", "The minister said that the dam was safe.", "that the dam was safe"},
		{"before cue", "The dam is safe, the minister said.", "The dam is safe"},
		{"participle after a comma inside marks", "The minister said the plan was “a fair deal,” smiling at the crowd.", "the plan was “a fair deal,”"},
		{"inverted", "The dam is safe, said the minister.", "The dam is safe"},
		{"colon", "The minister said: the dam is safe.", "the dam is safe"},
		{"clause after place", "The dam is old, and the minister said at a rally that it was safe.", "that it was safe"},
		{"quote", "“The dam is safe,” the minister said.", "“The dam is safe,”"},
		{"according to", "According to the survey, most farms are small.", "most farms are small"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts, _ := attributeText(tt.in)
			got := ""
			if len(atts) > 0 && !atts[len(atts)-1].Content.IsZero() {
				got = atts[len(atts)-1].Content.Text
			}
			if got != tt.want {
				t.Errorf("attribute(%q) content = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAttributeChains(t *testing.T) {
	tests := []attrCase{
		{"reported citing", "The mine flooded overnight, the Dawn News agency reported, citing a regional official.",
			[]string{"the Dawn News agency | reported >> a regional official | citing"}},
		{"citing statement published on", "The envoy presented his papers, the Karta agency reported, citing a statement published on the website of the Foreign Office.",
			[]string{"the Karta agency | reported >> a statement | citing >> the website of the Foreign Office | published on"}},
		{"said quoting", "Grain output rose, the ministry said, quoting provincial figures.",
			[]string{"the ministry | said >> provincial figures | quoting"}},
		{"quoted as saying", "The Star quoted the governor as saying the road would be rebuilt.",
			[]string{"The Star | quoted >> the governor | as saying"}},
		{"cited as saying", "Local radio cited the police chief as saying three people died.",
			[]string{"Local radio | cited >> the police chief | as saying"}},
		{"passive quoted by", "The governor was quoted by the Star as saying the road would be rebuilt.",
			[]string{"the Star | quoted by >> The governor | as saying"}},
		{"implicit quoter", "The road will be rebuilt, the governor was quoted as saying.",
			[]string{"the governor | quoted as saying"}},
		{"according to citing", "According to the Ledger, citing court papers, the firm owes $2 million.",
			[]string{"the Ledger | According to >> court papers | citing"}},
		{"statement posted on", "The rebels said in a statement posted on their website that the truce was over.",
			[]string{"The rebels | said >> a statement | in >> their website | posted on"}},
		{"statement carried by", "The ministry, in a statement carried by the state news agency, said the border was closed.",
			[]string{"The ministry | said >> a statement | in >> the state news agency | carried by"}},
		{"in a statement opening", "In a statement broadcast on state radio, the army said the rebels had fled.",
			[]string{"the army | said >> a statement | In >> state radio | broadcast on"}},
		{"monitored by", "Radio Kora, monitored by the BBC, quoted a minister as saying the vote would be held.",
			[]string{"the BBC | monitored by >> Radio Kora | quoted >> a minister | as saying"}},
		{"quoting parenthetical", "The daily Orbit, quoting senior officials, reported that the port would close.",
			[]string{"The daily Orbit | reported >> senior officials | quoting"}},
		{"trailing statement", "The group claimed the attack in a statement, adding nothing more.",
			[]string{"The group | claimed", "The group | adding"}},
		{"citing reason", "Milltown Corp said its profit fell, citing weak demand for steel.",
			[]string{"Milltown Corp | said", "Milltown Corp | citing"}},
		{"citing reason before", "Milltown Corp, citing lower margins, said profit would fall.",
			[]string{"Milltown Corp | citing", "Milltown Corp | said"}},
		{"interview addressee", "The minister told the Herald in an interview that taxes would rise.",
			[]string{"The minister | told -> the Herald"}},
		{"who released it stays in the source, out of the chain", "Exports rose 4 percent last year, according to figures released by the trade ministry.",
			[]string{"figures released by the trade ministry | according to"}},
	}
	runAttrCases(t, tests, showChain)
}

func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "quote text | speaker | cue" for each quote
	}{
		{"after, X said", "“We will rebuild,” the mayor said.",
			[]string{"“We will rebuild,” | the mayor | said"}},
		{"after, said X", "“We will rebuild,” said Mayor Ortiz.",
			[]string{"“We will rebuild,” | Mayor Ortiz | said"}},
		{"before colon", "The mayor said: “We will rebuild.”",
			[]string{"“We will rebuild.” | The mayor | said"}},
		{"before no comma", "The mayor said “we will rebuild” after the storm.",
			[]string{"“we will rebuild” | The mayor | said"}},
		{"split", "“We will rebuild,” the mayor said, “and we will do it fast.”",
			[]string{"“We will rebuild,” | the mayor | said", "“and we will do it fast.” | the mayor | said"}},
		{"dash", "“Nobody leaves before the work is done.” — Ana Reyes",
			[]string{"“Nobody leaves before the work is done.” | Ana Reyes | —"}},
		{"appositive told", "Tom Reyes, a spokesman for the port, told reporters: “The cranes are idle.”",
			[]string{"“The cranes are idle.” | Tom Reyes | told"}},
		{"according to", "According to the coach, “the team is ready.”",
			[]string{"“the team is ready.” | the coach | According to"}},
		{"participle", "She praised the crews, adding “they worked all night.”",
			[]string{"“they worked all night.” | She | adding"}},
		{"partial in reported speech", "The envoy warned that Lanvia would not tolerate “provocations” on its border.",
			[]string{"“provocations” | The envoy | warned"}},
		{"next sentence", "“We are ready,” the coach said. “The team trained hard.”",
			[]string{"“We are ready,” | the coach | said", "“The team trained hard.” | the coach | "}},
		{"next paragraph", "“We are ready,” the coach said.\n\n“The team trained hard all winter.”",
			[]string{"“We are ready,” | the coach | said", "“The team trained hard all winter.” | the coach | "}},
		{"colon paragraph", "The coach said:\n\n“The team trained hard all winter.”",
			[]string{"“The team trained hard all winter.” | The coach | said"}},
		{"no speaker", "The so-called “reform” stalled.", []string{"“reform” |  | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, qs := attributeText(tt.in)
			var got []string
			for _, q := range qs {
				s := q.Text + " | "
				if !q.Speaker.IsZero() {
					s += q.Speaker.Text
				}
				s += " | "
				if !q.Cue.IsZero() {
					s += q.Cue.Text
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attribute(%q) quotes mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestQuoteKindUpgrade(t *testing.T) {
	text := "The envoy warned against “provocations” on the border."
	var p Parser
	d := p.newDoc(text)
	qs := testQuotes(text)
	qs[0].Kind = Scare
	attribute(d, qs)
	if qs[0].Kind != Partial {
		t.Errorf("attribute(%q) kind = %v, want partial", text, qs[0].Kind)
	}
	text = "The so-called “reform” stalled."
	d = p.newDoc(text)
	qs = testQuotes(text)
	qs[0].Kind = Scare
	attribute(d, qs)
	if qs[0].Kind != Scare {
		t.Errorf("attribute(%q) kind = %v, want scare", text, qs[0].Kind)
	}
}

func TestJoinWrapped(t *testing.T) {
	text := "The company said on Monday that its\nprofit would fall this year, citing weak\ndemand.\nA new line starts here."
	got := joinWrapped(text, splitParagraphs(text))
	var texts []string
	for _, s := range got {
		texts = append(texts, s.Text)
	}
	want := []string{"The company said on Monday that its\nprofit would fall this year, citing weak\ndemand.", "A new line starts here."}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("joinWrapped mismatch (-want +got):\n%s", diff)
	}
}

// checkSpans fails t where a span of the article is out of bounds, off a
// rune boundary or has the wrong text, or where a Via repeats a source.
func checkSpans(t *testing.T, text string, atts []Attribution, qs []Quote) {
	t.Helper()
	check := func(what string, s Span) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s span %v out of bounds (len %d)", what, s, len(text))
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("%s span %v text %q != %q", what, s, s.Text, text[s.Start:s.End])
		}
		if utf8.ValidString(text) && (s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("%s span %v not on rune boundaries", what, s)
		}
	}
	for _, a := range atts {
		check("cue", a.Cue)
		if !a.Source.IsZero() {
			check("source", a.Source.Span)
		}
		if !a.Content.IsZero() {
			check("content", a.Content)
		}
		if !a.Addressee.IsZero() {
			check("addressee", a.Addressee.Span)
		}
		seen := map[Span]bool{}
		if !a.Source.IsZero() {
			seen[a.Source.Span] = true
		}
		for _, l := range a.Via {
			check("link cue", l.Cue)
			check("link source", l.Source.Span)
			if seen[l.Source.Span] {
				t.Fatalf("via cycles back to %q", l.Source.Text)
			}
			seen[l.Source.Span] = true
		}
	}
	for _, q := range qs {
		if !q.Speaker.IsZero() {
			check("speaker", q.Speaker.Span)
		}
		if !q.Cue.IsZero() {
			check("quote cue", q.Cue)
		}
	}
}

func FuzzAttribute(f *testing.F) {
	for _, s := range []string{
		"The bridge will reopen, the ministry said, citing a statement published on its website.",
		"“We will rebuild,” the mayor said, “and fast.”\n\n“No one leaves.”",
		"Radio Kora, monitored by the BBC, quoted a minister as saying so.",
		"according to , said , citing , quoted by as saying",
		"\xff\xfe said “ ” — ",
		strings.Repeat("said, ", 50),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Parse(text)
		checkSpans(t, text, a.Attributions, a.Quotes)
		var p Parser
		d := p.newDoc(text)
		qs := testQuotes(text)
		checkSpans(t, text, attribute(d, qs), qs)
	})
}

func TestAttributeHostile(t *testing.T) {
	tests := []string{
		"",
		strings.Repeat("said ", hostile(100000)),
		strings.Repeat("“", hostile(100000)),
		strings.Repeat("a", hostile(1<<20)),
		strings.Repeat("the official, ", hostile(20000)) + "said.",
		strings.Repeat("according to ", hostile(10000)),
		strings.Repeat("He said “she said that ", hostile(1000)) + strings.Repeat("”", hostile(1000)),
		strings.Repeat("Radio Kora reported that the envoy said, quoted by the daily, that ", hostile(600)),
	}
	for _, in := range tests {
		atts, qs := attributeText(in)
		checkSpans(t, in, atts, qs)
	}
}

const benchStory = `The port of Kessa will reopen on Monday, the transport ministry said on Sunday, citing a statement published on the website of the harbour authority.

“We have cleared the channel,” harbour master Ana Reyes told reporters. “Ships can come in from dawn.”

Reyes, a former navy officer, said the storm had sunk two barges, adding that nobody was hurt. The Coast Gazette quoted a pilot as saying the water was still rough.

According to the chamber of commerce, exporters lost $4 million in the week.
`

func BenchmarkAttribute(b *testing.B) {
	text := strings.Repeat(benchStory, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		var p Parser
		d := p.newDoc(text)
		attribute(d, testQuotes(text))
	}
}

// An attrCase is one row of the attribution tables: a sentence, and what
// each attribution found in it shows, in text order.
type attrCase struct {
	name, in string
	want     []string
}

// runAttrCases runs the rows, showing each attribution with show; one
// that show declines is left out.
func runAttrCases(t *testing.T, tests []attrCase, show func(Attribution) (string, bool)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts, _ := attributeText(tt.in)
			var got []string
			for _, a := range atts {
				if s, ok := show(a); ok {
					got = append(got, s)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attribute(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// showChain shows an attribution as "source | cue >> link …".
func showChain(a Attribution) (string, bool) { return chainString(a), true }

// showContent shows an attribution's content, if it has one.
func showContent(a Attribution) (string, bool) {
	if a.Content.IsZero() {
		return "", false
	}
	return a.Content.Text, true
}

func TestRelativeSource(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "source text = name | cue"
	}{
		{"who after a comma",
			"The plan was drafted by Sen. Maria Ortega, who said it would cut costs.",
			[]string{"who = Maria Ortega | said"}},
		{"who with an adverb",
			"Governor Tom Reyes, who has repeatedly warned that the dam is unsafe, toured the site.",
			[]string{"who = Tom Reyes | has repeatedly warned"}},
		{"restrictive who",
			"Several delegates who said the measure was overdue cheered the result.",
			[]string{"who =  | said"}},
		{"which for an organisation",
			"The report came from the Brookfield Institute, which said prices would rise.",
			[]string{"which = Brookfield Institute | said"}},
		{"a comma clause before the verb is no relative subject",
			"Mr. Bell, who chairs the board, said the merger was off.",
			[]string{"Mr. Bell = Bell | said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Parse(tt.in).Attributions {
				s := " | " + a.Cue.Text
				if !a.Source.IsZero() {
					s = a.Source.Text + " = " + a.Source.Name + s
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q).Attributions mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
