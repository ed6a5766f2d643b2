package wirestory

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quotesOf runs findQuotes over text taken as a whole story body.
func quotesOf(text string) []Quote {
	var p Parser
	return findQuotes(p.newDoc(text))
}

// quoteTexts returns the text of each quote.
func quoteTexts(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}

// A quoteTextTest is a story and the quotations findQuotes must find in it.
type quoteTextTest struct {
	name, in string
	want     []string
}

// testQuoteTexts runs the rows of a quoteTextTest table.
func testQuoteTexts(t *testing.T, tests []quoteTextTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteTexts(quotesOf(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findQuotes(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

var quoteMarkTests = []quoteTextTest{
	{"straight double", `The minister said "we will not give in" on Monday.`, []string{`"we will not give in"`}},
	{"straight single", `Officials called it a 'temporary measure' on Friday.`, []string{`'temporary measure'`}},
	{"curly double", "“We will rebuild,” the mayor said.", []string{"“We will rebuild,”"}},
	{"curly single", "The union called the offer ‘an insult’ to its members.", []string{"‘an insult’"}},
	{"guillemets", "Le ministre a dit «nous resterons» hier.", []string{"«nous resterons»"}},
	{"guillemets with spaces", "Le ministre a dit « nous resterons » hier.", []string{"« nous resterons »"}},
	{"guillemets with narrow no-break spaces", "Le ministre a dit «\u202fnous resterons\u202f» hier.", []string{"«\u202fnous resterons\u202f»"}},
	{"Swiss guillemets", "Der Rat sagte «Wir prüfen das» am Montag.", []string{"«Wir prüfen das»"}},
	{"reversed guillemets", "Der Minister sagte »wir bleiben« am Abend.", []string{"»wir bleiben«"}},
	{"German low double", "Der Sprecher sagte: „Wir prüfen den Vorfall.“ Dann ging er.", []string{"„Wir prüfen den Vorfall.“"}},
	{"German low single", "Er nannte das ‚Unsinn‘ und ging.", []string{"‚Unsinn‘"}},
	{"German then English", "Sie sagte „Nein“ und er sagte “Yes” dazu.", []string{"„Nein“", "“Yes”"}},
	{"low double closed by right mark", "Minister powiedział „nie ma zgody” wczoraj.", []string{"„nie ma zgody”"}},
	{"corner brackets", "首相は「全力を尽くす」と述べた。", []string{"「全力を尽くす」"}},
	{"white corner brackets", "彼は『未来』について語った。", []string{"『未来』"}},
	{"html quot", "He said &quot;the talks went well&quot; on Monday.", []string{"&quot;the talks went well&quot;"}},
	{"html numeric", "He said &#8220;the talks went well&#8221; on Monday.", []string{"&#8220;the talks went well&#8221;"}},
	{"html named", "He said &ldquo;the talks went well&rdquo; on Monday.", []string{"&ldquo;the talks went well&rdquo;"}},
	{"typewriter doubles", "''This is not reform,'' said the economist.", []string{"''This is not reform,''"}},
	{"backquotes", "``We are ready,'' the coach said.", []string{"``We are ready,''"}},
	{"two quotes", `"We are ready," she said. "We have trained for years."`, []string{`"We are ready,"`, `"We have trained for years."`}},
	{"marks in markup", `<p class="lead">She said "yes" today.</p> <tweet author="x">`, []string{`"yes"`}},
	{"empty quote", `The field read "" and "  " then "done".`, []string{`"done"`}},
	{"less-than in text", `If a<b and "b" holds, x < "y".`, []string{`"b"`, `"y"`}},
	{"mixed straight and curly", "He saw “no evidence\" of a crime.", []string{"“no evidence\""}},
	{"closing mark for opening", "He called for an “expedited review“ of the pipes.", []string{"“expedited review“"}},
	{"Swedish right marks", "Han sa ”vi vinner” igår.", []string{"”vi vinner”"}},
	{"no marks", "The council met on Tuesday and approved the budget.", nil},
	{"empty", "", nil},
}

func TestFindQuotesMarks(t *testing.T) { testQuoteTexts(t, quoteMarkTests) }

var quoteApostropheTests = []quoteTextTest{
	{"possessive curly", "Pakistan’s envoy met Iran’s president.", nil},
	{"decade", "Prices last rose like this in the ’90s and the '80s.", nil},
	{"rock and roll", "He played rock ’n’ roll and rock 'n' roll all night.", nil},
	{"plural possessive", "The Joneses’ house and the Smiths' car were damaged.", nil},
	{"contractions", "Don't worry, it's five o'clock, they'd said.", nil},
	{"entity apostrophe", "North Korea&#x27;s launch drew protests.", nil},
	{"apostrophe inside quote", "“Pakistan’s border is ours,” he said of the ’90s.", []string{"“Pakistan’s border is ours,”"}},
	{"rock and roll inside single quote", "He called it ‘pure rock ’n’ roll’ at the show.", []string{"‘pure rock ’n’ roll’"}},
	{"possessive inside double", `"The Joneses' dog barked," she said.`, []string{`"The Joneses' dog barked,"`}},
	{"German apostrophe", "Er sagte: „That's one small step.“", []string{"„That's one small step.“"}},
}

func TestFindQuotesApostrophes(t *testing.T) { testQuoteTexts(t, quoteApostropheTests) }

var quoteNestingTests = []quoteTextTest{
	{"single in double", `"He told me 'never again' and left," she said.`, []string{`"He told me 'never again' and left,"`}},
	{"curly single in curly double", "“They called it ‘a disgrace’,” he said.", []string{"“They called it ‘a disgrace’,”"}},
	{"German single in double", "„Er rief ‚Halt‘ und lief weg“, sagte sie.", []string{"„Er rief ‚Halt‘ und lief weg“"}},
	{"guillemets in guillemets", "Il a dit «le slogan ‹jamais› reste» hier.", []string{"«le slogan ‹jamais› reste»"}},
	{"reversed guillemets with single inside", "Er sagte »das ›Ja‹ gilt« gestern.", []string{"»das ›Ja‹ gilt«"}},
	{"corner brackets nested", "彼は「『未来』を信じる」と述べた。", []string{"「『未来』を信じる」"}},
	{"double in single", `'The sign read "closed" all day,' he said.`, []string{`'The sign read "closed" all day,'`}},
}

func TestFindQuotesNesting(t *testing.T) { testQuoteTexts(t, quoteNestingTests) }

var quoteParagraphTests = []quoteTextTest{
	{
		"quote over three paragraphs",
		"The governor said: “We will rebuild the bridge.\n\n“We will rebuild the school.\n\n“And we will do it this year.”\n\nThe work starts in May.",
		[]string{"“We will rebuild the bridge.\n\n“We will rebuild the school.\n\n“And we will do it this year.”"},
	},
	{
		"straight quote over two paragraphs",
		"\"We are ready.\n\n\"We have trained,\" the captain said.",
		[]string{"\"We are ready.\n\n\"We have trained,\""},
	},
	{
		"unclosed mark recovered at paragraph end",
		"He said “we will win and left.\n\nThe team said “thanks” later.",
		[]string{"“we will win and left.", "“thanks”"},
	},
	{
		"unclosed German mark",
		"Sie sagte „wir kommen wieder\n\nDie Polizei nannte es „ruhig“.",
		[]string{"„wir kommen wieder", "„ruhig“"},
	},
	{
		"stray straight mark costs nothing after its paragraph",
		"The 6\" pipe burst.\n\nShe said \"it was loud\" today.",
		[]string{"\"it was loud\""},
	},
	{
		"quote over a line break inside a paragraph",
		"The judge said: „Wir haben entschieden.\nBedenken Sie das.“\n\nDann ging sie.",
		[]string{"„Wir haben entschieden.\nBedenken Sie das.“"},
	},
	{
		"quote over a broken line in a text of lines",
		"She said “the plan,\nwhich is new, works” today.\nThe vote is Monday.",
		[]string{"“the plan,\nwhich is new, works”"},
	},
	{
		"unclosed mark in a text of lines costs a few lines",
		"He said “we will win\n" + strings.Repeat("and then more\n", 20) + "“Yes” she said.",
		[]string{"“we will win\n" + strings.Repeat("and then more\n", 7) + "and then more", "“Yes”"},
	},
	{
		"unclosed outer mark keeps the inner quote",
		"He wrote “they said ‘no’ and then\n\nNothing more.",
		[]string{"‘no’"},
	},
}

func TestFindQuotesParagraphs(t *testing.T) { testQuoteTexts(t, quoteParagraphTests) }

func TestFindQuotesKinds(t *testing.T) {
	type kq struct {
		Text string
		Kind QuoteKind
	}
	tests := []struct {
		name, in string
		want     []kq
	}{
		{"direct statement", "“The talks went well,” the envoy said.", []kq{{"“The talks went well,”", Direct}}},
		{"one-word statement", "„Nein“, sagte der Minister.", []kq{{"„Nein“", Direct}}},
		{"direct after colon", "The minister said: “We will not give in.”", []kq{{"“We will not give in.”", Direct}}},
		{"partial fragment", "She stressed that the city would never allow “vandals” to win.", []kq{{"“vandals”", Partial}}},
		{"partial phrase", "He vowed to “fight on to the end” of the season.", []kq{{"“fight on to the end”", Partial}}},
		{"scare so-called", "The so-called “reforms” raised taxes.", []kq{{"“reforms”", Scare}}},
		{"scare German", "Die so genannte „Reichensteuer“ kommt.", []kq{{"„Reichensteuer“", Scare}}},
		{"scare term without speech", "Der „Stammtisch“ trifft sich dienstags im Ort.", []kq{{"„Stammtisch“", Scare}}},
		{"scare compound", "Die „Bahn“-Pläne liegen vor.", []kq{{"„Bahn“", Scare}}},
		{"title film", "The film “Harbour Lights” opens on Friday.", []kq{{"“Harbour Lights”", Title}}},
		{"title operation", `Troops began Operation "Northern Shield" at dawn.`, []kq{{`"Northern Shield"`, Title}}},
		{"title newspaper", "Das berichtete die Zeitung „Morgenblatt“ am Montag.", []kq{{"„Morgenblatt“", Title}}},
		{"title compound cue", "Die Tageszeitung „Abendpost“ meldete das.", []kq{{"„Abendpost“", Title}}},
		{"title name", "Er sprach mit der „Vereinigten Sportpresse“ gestern.", []kq{{"„Vereinigten Sportpresse“", Title}}},
		{"headline", "Storm Leaves ‘Ghost Town’ Behind In Coastal Village", []kq{{"‘Ghost Town’", Scare}}},
		{"headline with speech", "Mayor Calls Plan a ‘Historic Mistake’ After Vote", []kq{{"‘Historic Mistake’", Partial}}},
		{"title with digits", "Die Sonde „Kepler 7“ sendet wieder.", []kq{{"„Kepler 7“", Title}}},
		{"German characterisation", "Der Minister bezeichnete den Plan als „Wortbruch“.", []kq{{"„Wortbruch“", Partial}}},
		{"German adjective phrase", "Die Lage sei „völlig unklar“, hieß es.", []kq{{"„völlig unklar“", Partial}}},
		{"named source", "Das schrieb die „Morgenpost“ am Sonntag.", []kq{{"„Morgenpost“", Title}}},
		{"named source before its verb", "Die „Liga für Seenotrettung“ berichtete von zwei Booten.", []kq{{"„Liga für Seenotrettung“", Title}}},
		{"name with abbreviation", "Er leitet den „bundesweiten Verband“ (BVK) seit Mai.", []kq{{"„bundesweiten Verband“", Title}}},
		{"named after", "Der Bär, auch „Brummi“ genannt, lief davon.", []kq{{"„Brummi“", Scare}}},
		{"list of titles", "Er spielte in den Filmen „Nachtzug“ und „Morgengrauen“.", []kq{{"„Nachtzug“", Title}, {"„Morgengrauen“", Title}}},
		{"list of titles with a long conjunction", "Er spielte in den Filmen „Nachtzug“ beziehungsweise „Morgengrauen“.", []kq{{"„Nachtzug“", Title}, {"„Morgengrauen“", Title}}},
		{"list of fragments", "Er nannte die Pläne „teuer“ und „unsozial“.", []kq{{"„teuer“", Partial}, {"„unsozial“", Partial}}},
		{"capitalised term after a definite article", "Die Polizei sucht die „Täter“ noch.", []kq{{"„Täter“", Scare}}},
		{"characterisation with a", "Der Minister nannte das Urteil einen „Skandal“.", []kq{{"„Skandal“", Partial}}},
		{"clause without speech", "Auf den Plakaten stand „Wir bleiben hier, egal was kommt“ in großen Buchstaben.", []kq{{"„Wir bleiben hier, egal was kommt“", Partial}}},
		{"long name without speech", "Die Ausstellung im „Haus der Geschichte am Rhein“ beginnt im Mai.", []kq{{"„Haus der Geschichte am Rhein“", Scare}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []kq
			for _, q := range quotesOf(tt.in) {
				got = append(got, kq{q.Text, q.Kind})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findQuotes(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// checkQuotes reports a broken invariant of quotes found in text.
func checkQuotes(t *testing.T, text string, qs []Quote) {
	t.Helper()
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	last := 0
	for _, q := range qs {
		if q.Start < last || q.Start >= q.End || q.End > len(text) {
			t.Fatalf("quote %v out of order or bounds (previous end %d, len %d)", q.Span, last, len(text))
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %v: Text %q != input %q", q.Span, q.Text, text[q.Start:q.End])
		}
		if !boundary[q.Start] || !boundary[q.End] {
			t.Fatalf("quote %v not on rune boundaries", q.Span)
		}
		if q.Kind < Direct || q.Kind > Title {
			t.Fatalf("quote %v has kind %d", q.Span, q.Kind)
		}
		if !q.Speaker.IsZero() || !q.Cue.IsZero() {
			t.Fatalf("quote %v has a speaker or cue before attribution", q.Span)
		}
		last = q.End
	}
}

func TestFindQuotesHostile(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int // the most quotes that may be found
	}{
		{"one unmatched mark in 1 MB", "“" + strings.Repeat("word ", hostile(200_000)), 1},
		{"100,000 opening marks", strings.Repeat("“a ", hostile(100_000)), 1},
		{"100,000 straight marks", strings.Repeat(`"`, hostile(100_000)), hostile(100_000) / 2},
		{"10,000 nested quotes", strings.Repeat("“a ‘b ", hostile(10_000)) + strings.Repeat("’ c” ", hostile(10_000)), 1},
		{"alternating German marks", strings.Repeat("„a“ ", hostile(50_000)), hostile(50_000)},
		{"invalid UTF-8", "\xe2\x80 “a\xff” \xe2\x80\x9c", 2},
		{"truncated entity", "&#8220;abc &#82", 1},
		{"many tag openings", strings.Repeat("<a ", hostile(100_000)) + `"b" >`, 1},
		{"many tags", strings.Repeat(`<a href="x">"b"</a>`, hostile(20_000)), hostile(20_000)},
		{"marks and no words", strings.Repeat("\xe2\x80\xff\"", hostile(64<<10)), hostile(64<<10) / 2},
		{"quotes between long gaps", strings.Repeat(`"a"`+strings.Repeat(" ", 500)+"!", 2000), 2000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotesOf(tt.in)
			checkQuotes(t, tt.in, qs)
			if len(qs) > tt.max {
				t.Errorf("findQuotes found %d quotes; want at most %d", len(qs), tt.max)
			}
		})
	}
}

func FuzzFindQuotes(f *testing.F) {
	for _, tests := range [][]quoteTextTest{quoteMarkTests, quoteApostropheTests, quoteNestingTests, quoteParagraphTests} {
		for _, tt := range tests {
			f.Add(tt.in)
		}
	}
	for _, s := range []string{
		`"We are ready," she said.`, "„Wir prüfen das.“", "«oui» »ja«", "「はい」『いいえ』",
		"Pakistan’s ’90s rock ’n’ roll", "&quot;a&quot; &#8220;b&#8221; &ldquo;c", "“a\n\n“b\n\nc”",
		"''a'' ``b''", "‚a‘ ‘b’", "\xff“\xe2\x80", "“a ‘b” c’",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkQuotes(t, text, quotesOf(text))
	})
}

func BenchmarkFindQuotes(b *testing.B) {
	story := strings.Repeat("The minister said: “We will rebuild the bridge, and we will do it this year,” "+
		"stressing that the city would never allow “vandals” to win. Pakistan’s envoy called the so-called "+
		"“reforms” a step back. Die Zeitung „Morgenblatt“ schrieb, die Lage sei „völlig unklar“.\n\n", 200)
	benchmarks := []struct{ name, in string }{
		{"story", story},
		{"no marks", strings.Repeat("The council met on Tuesday and approved the budget. ", 20_000)},
		{"one unmatched mark", "“" + strings.Repeat("word ", 200_000)},
		{"100k marks", strings.Repeat("“a ", 100_000)},
		{"10k nested", strings.Repeat("“a ‘b ", 10_000) + strings.Repeat("’ c” ", 10_000)},
		{"marks and no words", strings.Repeat("\xe2\x80\xff\"", 64<<10)},
		{"50k short quotes", strings.Repeat("Die Zeitung „Bild“ nannte es „Wortbruch“. ", 25_000)},
	}
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			var p Parser
			d := p.newDoc(bm.in)
			b.SetBytes(int64(len(bm.in)))
			b.ReportAllocs()
			for b.Loop() {
				findQuotes(d)
			}
		})
	}
}

func TestQuoteLexicons(t *testing.T) {
	lex := DefaultLexicon()
	for _, k := range []List{titleCues, scareCues, speechSignals, speechMoods, namedAfterWords, nameLinks,
		articles, elisions, conjunctions, characterisers, asWords, quoteTails} {
		if len(lex.Entries(k)) == 0 {
			t.Errorf("DefaultLexicon().Entries(%q) is empty; want the embedded list", k)
		}
	}
	// A caller's lexicon changes the kinds: a new title cue makes a title.
	text := "The podcast series “Nocturne” returns."
	var p Parser
	p.Lexicon = DefaultLexicon().Without(titleCues, "series", "podcast")
	d := p.newDoc(text)
	if got := findQuotes(d); len(got) != 1 || got[0].Kind == Title {
		t.Fatalf("findQuotes(%q) without the cue = %v; want one quote that is no title", text, got)
	}
	p.Lexicon = p.Lexicon.With(titleCues, "series")
	if got := findQuotes(p.newDoc(text)); len(got) != 1 || got[0].Kind != Title {
		t.Errorf("findQuotes(%q) with the cue = %v; want one title", text, got)
	}
	// A cue of two words counts as a whole.
	text = "The weather balloon “Skylark” rose at dawn."
	if got := findQuotes(p.newDoc(text)); len(got) != 1 || got[0].Kind == Title {
		t.Fatalf("findQuotes(%q) without the cue = %v; want one quote that is no title", text, got)
	}
	p.Lexicon = p.Lexicon.With(titleCues, "weather balloon")
	if got := findQuotes(p.newDoc(text)); len(got) != 1 || got[0].Kind != Title {
		t.Errorf("findQuotes(%q) with a two-word cue = %v; want one title", text, got)
	}
}
