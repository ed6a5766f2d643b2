package wirestory

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// storeStory has a dateline, a byline, a credit, several paragraphs,
// quotes and attributions with a chain: every list the store backs.
const storeStory = `LANVIA CITY, March 3 (Wirepress) - By Ana Ortiz and Jo Baines

The ministry said on Tuesday, citing a statement published on its website, that talks would resume.

"We will not give up," Finance Minister Karel Dusek told reporters. "Never."

He said the plan was sound, according to officials quoted by the agency.

(Reporting by Ana Ortiz; Editing by Jo Baines)`

func articleJSON(t *testing.T, a Article) string {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestStoreAppendIsolation appends to every list of a result: no append
// may write into another list cut from the same store.
func TestStoreAppendIsolation(t *testing.T) {
	a := Parse(storeStory)
	if len(a.Paragraphs) < 2 || len(a.Quotes) < 2 || len(a.Attributions) < 2 || a.Dateline.IsZero() || a.Byline.IsZero() {
		t.Fatalf("Parse(storeStory) = %+v; want paragraphs, quotes, attributions, dateline and byline", a)
	}
	want := articleJSON(t, a)
	_ = append(a.Paragraphs, Span{Text: "x"})
	_ = append(a.Quotes, Quote{Span: Span{Text: "x"}})
	_ = append(a.Attributions, Attribution{Cue: Span{Text: "x"}})
	_ = append(a.Byline.Names, "x")
	if !a.Credit.IsZero() {
		_ = append(a.Credit.Agencies, "x")
	}
	for _, at := range a.Attributions {
		_ = append(at.Via, Link{Cue: Span{Text: "x"}})
	}
	if got := articleJSON(t, a); got != want {
		t.Errorf("appending to the lists of Parse(storeStory) changed it (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestParseKeepsResults parses other stories after one: pooled buffers
// must leave nothing of theirs in a result already returned.
func TestParseKeepsResults(t *testing.T) {
	a := Parse(storeStory)
	want := articleJSON(t, a)
	names, texts := readStories(t)
	for _, name := range names {
		Parse(texts[name])
	}
	Parse(strings.Repeat(`"`, 5000))
	if got := articleJSON(t, a); got != want {
		t.Errorf("Parse(storeStory) changed after later parses (-want +got):\n%s", cmp.Diff(want, got))
	}
	if got := articleJSON(t, Parse(storeStory)); got != want {
		t.Errorf("Parse(storeStory) again mismatch (-want +got):\n%s", cmp.Diff(want, got))
	}
}

// TestReleaseClearsWhatWasUsed runs the attribution stage on every golden
// story, a story of more mentions than the slab holds and one of none,
// and asks that release leave nothing of the story in the buffers it
// clears only in part: the mention and span slabs, atts and qa, and the
// slots of the dateline reader and the credit scanner.
func TestReleaseClearsWhatWasUsed(t *testing.T) {
	names, texts := readStories(t)
	many := strings.Repeat(`"We will win," Mayor Ana Velt said. `, 80)
	stories := append([]string{many, ""}, names...)
	texts[many], texts[""] = many, ""
	var usedSlab, outgrewSlab, usedPlace, usedCredit bool
	for _, name := range stories {
		var p Parser
		d := p.newDoc(texts[name])
		sc := d.sc
		d.credit = findCredit(d)
		findFrame(d)
		attributeEnglish(d, findQuotes(d))
		usedPlace = usedPlace || sc.dl.nPlace > 0
		usedCredit = usedCredit || sc.credit.nCredit > 0
		atts, qa := sc.atts[:cap(sc.atts)], sc.qa[:cap(sc.qa)]
		usedSlab = usedSlab || len(sc.attr.slab) > 0
		outgrewSlab = outgrewSlab || slabUsed(sc.attr.slab, sc.mentionSlab[:]) == len(sc.mentionSlab) && len(sc.attr.slab) > 0
		sc.release()
		dl := sc.dl
		for what, buf := range map[string]any{"mentionSlab": sc.mentionSlab[:], "spanSlab": sc.spanSlab[:], "atts": atts, "qa": qa,
			"dl.places": dl.places[:], "dl.dates": dl.dates[:], "dl.agencies": dl.agencies[:], "dl.bylines": dl.bylines[:], "dl.text": []string{dl.text},
			"credit.credits": sc.credit.credits[:], "credit.ones": sc.credit.ones[:], "credit.t": []string{sc.credit.t}} {
			v := reflect.ValueOf(buf)
			for i := range v.Len() {
				if !v.Index(i).IsZero() {
					t.Errorf("%.30q: %s[%d] = %+v after release, want zero", name, what, i, v.Index(i))
					break
				}
			}
		}
	}
	if !usedSlab || !outgrewSlab || !usedPlace || !usedCredit {
		t.Errorf("a story used the mention slab: %v; one outgrew it: %v; one took a place slot: %v, a credit slot: %v; want all, or the test reads too little",
			usedSlab, outgrewSlab, usedPlace, usedCredit)
	}
}

// TestParseAllocs holds Parse to one allocation per 200 bytes of input
// on the golden stories.
func TestParseAllocs(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("allocation count in -short mode or under the race detector")
	}
	names, texts := readStories(t)
	for _, name := range names {
		text := texts[name]
		Parse(text) // the lexicon and the pools
		allocs := testing.AllocsPerRun(20, func() { Parse(text) })
		if limit := max(1, float64(len(text))/200); allocs > limit {
			t.Errorf("Parse(%s) = %.1f allocations for %d bytes; want at most %.1f", name, allocs, len(text), limit)
		}
	}
}

var wordSpanTests = []struct{ name, in string }{
	{"empty", ""},
	{"spaces", " \t\n "},
	{"words", "By Jane  Doe\tand Sam Roe "},
	{"no-break space", "Associated\u00a0Press Writer"},
	{"ideographic space", "Jane\u3000Doe"},
	{"invalid utf8", "Jane\xff Doe\xc2"},
	{"next line", "Jane\u0085Doe"},
}

func TestWordSpans(t *testing.T) {
	for _, tt := range wordSpanTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range wordSpans(nil, tt.in) {
				got = append(got, tt.in[w[0]:w[1]])
			}
			if diff := cmp.Diff(strings.Fields(tt.in), got, cmp.Comparer(func(a, b []string) bool { return strings.Join(a, "|") == strings.Join(b, "|") })); diff != "" {
				t.Errorf("wordSpans(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// FuzzWordSpans checks wordSpans against strings.Fields, whose words it
// must find exactly, and equalLowerASCII against strings.ToLower.
func FuzzWordSpans(f *testing.F) {
	for _, tt := range wordSpanTests {
		f.Add(tt.in, "his")
	}
	f.Add("HİS", "his")
	f.Add("\u212aey", "key")
	f.Fuzz(func(t *testing.T, s, w string) {
		fields := strings.Fields(s)
		spans := wordSpans(nil, s)
		if len(spans) != len(fields) {
			t.Fatalf("wordSpans(%q) = %d words; strings.Fields finds %d", s, len(spans), len(fields))
		}
		for i, sp := range spans {
			if s[sp[0]:sp[1]] != fields[i] {
				t.Fatalf("wordSpans(%q) word %d = %q; strings.Fields has %q", s, i, s[sp[0]:sp[1]], fields[i])
			}
		}
		w = strings.ToLower(w)
		for i := 0; i < len(w); i++ {
			if w[i] >= 0x80 {
				return // equalLowerASCII takes an ASCII word
			}
		}
		if got, want := equalLowerASCII(s, w), strings.ToLower(s) == w; got != want {
			t.Fatalf("equalLowerASCII(%q, %q) = %v; want %v", s, w, got, want)
		}
	})
}

// TestLanguageOf keeps the table of languageOf and the map of
// languageWords the same list.
func TestLanguageOf(t *testing.T) {
	for w, want := range languageWords {
		if got := languageOf(w); got != want {
			t.Errorf("languageOf(%q) = %d; languageWords has %d", w, got, want)
		}
	}
	for _, w := range []string{"", "a", "news", "thee", "said "} {
		if got := languageOf(w); got != 0 {
			t.Errorf("languageOf(%q) = %d; want 0", w, got)
		}
	}
}

// FuzzLexiconTables checks the open-addressed tables against the maps
// they copy: a lexicon lookup of any string, and the token classes of
// any lowered ASCII word.
func FuzzLexiconTables(f *testing.F) {
	for _, s := range []string{"Associated  Press", "AP", "said", "according", "Mr", "", " ", "WASHINGTON\t", "Reuters\u00a0", "Trump’s", "don’t said", "O‘Neil", "’", "it\xe2\x80"} {
		f.Add(s)
	}
	lex := DefaultLexicon()
	wc := classesOf(lex)
	classes := classMap(wc)
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range []List{Agencies, CueVerbs, Titles, Roles, nameLinks, Places} {
			w := lex.list(k)
			got, gotOK, ascii := w.lookupASCII(s)
			if !ascii {
				continue
			}
			var buf [64]byte
			key, _ := appendKey(buf[:0], s)
			want, wantOK := find(w, key)
			if got != want || gotOK != wantOK {
				t.Fatalf("lookupASCII(%s, %q) = %q, %v; the slow path has %q, %v", k, s, got, gotOK, want, wantOK)
			}
		}
		low := []byte(strings.ToLower(s))
		for _, c := range low {
			if c >= 0x80 || c == ' ' {
				return
			}
		}
		if len(low) > 0 {
			if got, want := wc.lookup(low), classes[string(low)]; got != want {
				t.Fatalf("wordClasses.lookup(%q) = %b; the table's entries have %b", low, got, want)
			}
		}
	})
}

// TestWordClassesTable looks every word of the token classes up in the
// table that tokenize uses.
func TestWordClassesTable(t *testing.T) {
	wc := classesOf(DefaultLexicon())
	for w, want := range classMap(wc) {
		if w == "" {
			continue
		}
		if got := wc.lookup([]byte(w)); got != want {
			t.Errorf("wordClasses.lookup(%q) = %b; want %b", w, got, want)
		}
	}
}

// FuzzFirstTokenAt checks the galloping search against a scan, from
// every hint.
func FuzzFirstTokenAt(f *testing.F) {
	f.Add([]byte{1, 3, 3, 7, 20}, 4)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, gaps []byte, off int) {
		toks := make([]token, len(gaps))
		s := 0
		for i, g := range gaps {
			s += int(g % 8)
			toks[i].s = s
		}
		want := len(toks)
		for i, tk := range toks {
			if tk.s >= off {
				want = i
				break
			}
		}
		for hint := -1; hint <= len(toks)+1; hint++ {
			if got := firstTokenAt(toks, off, hint); got != want {
				t.Fatalf("firstTokenAt(%v, %d, hint %d) = %d; want %d", toks, off, hint, got, want)
			}
		}
	})
}
