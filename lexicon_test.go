package wirestory

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestLexiconLookup(t *testing.T) {
	lex := DefaultLexicon().With(Agencies,
		"Nordic Coast Press | NCP | Nordic  Coast   Press Agency",
		"Zürich Wire | ZW",
		"Agência Lusa Teste | Lusa Teste",
		"O’Neill Wire | ONW",
	)
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"Nordic Coast Press", "Nordic Coast Press", true},
		{"NCP", "Nordic Coast Press", true},
		{"ncp", "Nordic Coast Press", true},
		{"NORDIC COAST PRESS", "Nordic Coast Press", true},
		{"Nordic\nCoast\t Press Agency", "Nordic Coast Press", true},
		{"  NCP  ", "Nordic Coast Press", true},
		{"Nordic\tCoast Press", "Nordic Coast Press", true}, // one white space byte between words: no copy
		{"Nordic Coast Press ", "Nordic Coast Press", true}, // a space at an end: the copying path
		{" NCP", "Nordic Coast Press", true},
		{"NCP.", "", false},
		{"Zu\u0308rich Wire", "Zürich Wire", true}, // decomposed ü
		{"ZÜRICH WIRE", "Zürich Wire", true},
		{"AGÊNCIA LUSA TESTE", "Agência Lusa Teste", true},
		{"O'Neill Wire", "O’Neill Wire", true},
		{"o’neill wire", "O’Neill Wire", true},
		{"Nordic Coast", "", false},
		{"", "", false},
		{"\xff\xfe", "", false},
	}
	for _, tt := range tests {
		got, ok := lex.Lookup(Agencies, tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Lookup(Agencies, %q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
		if c := lex.Contains(Agencies, tt.in); c != tt.wantOK {
			t.Errorf("Contains(Agencies, %q) = %v, want %v", tt.in, c, tt.wantOK)
		}
	}
	if got := lex.MaxWords(Agencies); got < 4 {
		t.Errorf("MaxWords(Agencies) = %d, want at least 4 (\"Nordic Coast Press Agency\")", got)
	}
	if got := lex.MaxWords("nosuchkind"); got != 0 {
		t.Errorf("MaxWords(nosuchkind) = %d, want 0", got)
	}
	if _, ok := lex.Lookup("nosuchkind", "NCP"); ok {
		t.Error("Lookup(nosuchkind, NCP) found an entry")
	}
}

func TestLexiconCopyOnWrite(t *testing.T) {
	def := DefaultLexicon()
	added := def.With(Agencies, "Nordic Coast Press | NCP")
	if def.Contains(Agencies, "NCP") {
		t.Fatal("With changed DefaultLexicon()")
	}
	if !added.Contains(Agencies, "NCP") {
		t.Fatal("With did not add NCP")
	}
	removed := added.Without(Agencies, "NCP")
	if removed.Contains(Agencies, "NCP") || !removed.Contains(Agencies, "Nordic Coast Press") {
		t.Error("Without(NCP) must remove that form only")
	}
	if !added.Contains(Agencies, "NCP") {
		t.Error("Without changed the lexicon it was called on")
	}
	// Other lists are shared, not lost.
	for _, k := range []List{CueVerbs, Titles, Roles} {
		if diff := cmp.Diff(def.Entries(k), added.Entries(k)); diff != "" {
			t.Errorf("With(Agencies) changed list %s (-before +after):\n%s", k, diff)
		}
	}
	var nilLex *Lexicon
	if diff := cmp.Diff(def.Entries(Agencies), nilLex.Entries(Agencies)); diff != "" {
		t.Errorf("a nil *Lexicon must read as DefaultLexicon() (-default +nil):\n%s", diff)
	}
	if !nilLex.With(Agencies, "NCP").Contains(Agencies, "NCP") {
		t.Error("(*Lexicon)(nil).With did not add NCP")
	}
}

func TestLexiconWithList(t *testing.T) {
	const list = `# Regional agencies
Nordic Coast Press | NCP   # trailing comment

   Lakeshore Wire|LSW|  Lakeshore Wire Service
|  | 
`
	lex, err := DefaultLexicon().WithList(Agencies, strings.NewReader(list))
	if err != nil {
		t.Fatalf("WithList: %v", err)
	}
	for form, want := range map[string]string{
		"NCP": "Nordic Coast Press", "lsw": "Lakeshore Wire", "Lakeshore Wire Service": "Lakeshore Wire",
	} {
		if got, _ := lex.Lookup(Agencies, form); got != want {
			t.Errorf("after WithList, Lookup(Agencies, %q) = %q, want %q", form, got, want)
		}
	}
	entries := lex.Entries(Agencies)
	for _, e := range entries {
		if strings.Contains(e, "#") || strings.TrimSpace(e) != e || e == "" {
			t.Errorf("Entries(Agencies) holds %q", e)
		}
	}
	if !slicesIsSorted(entries) {
		t.Errorf("Entries(Agencies) = %q, not sorted", entries)
	}

	_, err = DefaultLexicon().WithList(Agencies, strings.NewReader("Good\nBad \xff\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") || !strings.HasPrefix(err.Error(), "wirestory: ") {
		t.Errorf("WithList(invalid UTF-8) error = %v, want a wirestory: error naming line 2", err)
	}
}

func slicesIsSorted(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

func TestDefaultLexicon(t *testing.T) {
	def := DefaultLexicon()
	if def != DefaultLexicon() {
		t.Error("DefaultLexicon() built twice")
	}
	if len(def.Entries(Agencies)) == 0 {
		t.Error("the embedded agencies list is empty")
	}
	for _, form := range []string{"Reuters", "Reuter", "Associated Press", "AFP", "Xinhua", "IANS", "PTI"} {
		if !def.Contains(Agencies, form) {
			t.Errorf("DefaultLexicon() lacks agency %q", form)
		}
	}
}

// TestLexiconConcurrent reads and extends one Lexicon from many
// goroutines; run it with -race.
func TestLexiconConcurrent(t *testing.T) {
	base := DefaultLexicon()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			l := base.With(Agencies, "Nordic Coast Press | NCP")
			for range 100 {
				if !l.Contains(Agencies, "ncp") || !base.Contains(Agencies, "Reuters") {
					t.Errorf("goroutine %d: lookup failed", i)
					return
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkLexiconLookup(b *testing.B) {
	lex := DefaultLexicon()
	forms := []string{"Reuters", "ASSOCIATED PRESS", "Xinhua News Agency", "Zürich", "nothing here"}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range forms {
			lex.Lookup(Agencies, f)
		}
	}
}

// TestAppendKeyAgreesWithSlowKey checks the allocation-free key against
// the full Unicode fold wherever the fast path claims the input.
func TestAppendKeyAgreesWithSlowKey(t *testing.T) {
	inputs := []string{
		"Reuters", "  Associated\tPress ", "ZÜRICH", "São Paulo", "BOGOTÁ", "Pakistan’s",
		"‘quoted’", "Ärzte\u00a0ohne Grenzen", "ŒUVRE", "Łódź", "ÿ Ÿ", "Straße", "İstanbul",
		"e\u0301cole", "ΑΘΗΝΑ", "ﬁnance", "\u202fNBSP\u202f", "München–Berlin", "x\xffy",
		"“We will", "so-called „Reform“", "STRASSE ẞ", "größte…”",
	}
	for _, in := range inputs {
		key, ok := appendKey(nil, in)
		if !ok {
			continue
		}
		if want := slowKey(in); string(key) != want {
			t.Errorf("appendKey(%q) = %q, slowKey gives %q", in, key, want)
		}
	}
	for _, in := range []string{"İstanbul", "e\u0301cole", "ﬁnance", "“e\u0301", "Straße\u0301"} {
		if _, ok := appendKey(nil, in); ok {
			t.Errorf("appendKey(%q) took the fast path; its fold is not its lower case", in)
		}
	}
}

func FuzzAppendKey(f *testing.F) {
	for _, s := range []string{"Reuters", "ZÜRICH", "Pakistan’s", "Łódź ÿ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if key, ok := appendKey(nil, s); ok && string(key) != slowKey(s) {
			t.Errorf("appendKey(%q) = %q, slowKey gives %q", s, key, slowKey(s))
		}
	})
}

// TestDerivedTablesPerLexicon checks that the tables the stages derive
// from a Lexicon belong to it: an extended copy gets its own, and the
// default keeps one for all.
func TestDerivedTablesPerLexicon(t *testing.T) {
	def := DefaultLexicon()
	ext := def.With(CueVerbs, "harrumph | harrumphed")
	if classesOf(def) != classesOf(def) || rsWordsOf(def) != rsWordsOf(def) {
		t.Error("the default lexicon's tables are built more than once")
	}
	if classesOf(ext) == classesOf(def) || rsWordsOf(ext) == rsWordsOf(def) {
		t.Error("an extended lexicon shares the default's tables")
	}
	if classesOf(nil) != classesOf(def) {
		t.Error("a nil lexicon does not use the default's tables")
	}
}

func TestLexiconUnknownList(t *testing.T) {
	lex := DefaultLexicon()
	for _, op := range []struct {
		name string
		call func()
	}{
		{"With", func() { lex.With("agencys", "NCP") }},
		{"Without", func() { lex.Without("cue-verbs", "say") }},
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "no list") {
					t.Errorf("%s on an unknown list: recovered %v; want a panic naming the list", op.name, r)
				}
			}()
			op.call()
		}()
	}
	if _, err := lex.WithList("agencys", strings.NewReader("NCP")); err == nil || !strings.Contains(err.Error(), `"agencys"`) {
		t.Errorf("WithList on an unknown list: err = %v; want one naming it", err)
	}
	// Every list has a file of its own name, and the exported names are lists.
	lists := lex.Lists()
	if !slices.IsSorted(lists) || len(lists) < 50 {
		t.Errorf("Lists() = %d names, sorted %v; want every embedded list, sorted", len(lists), slices.IsSorted(lists))
	}
	for _, k := range []List{Agencies, CueVerbs, CuePhrases, LinkCues, Titles, Roles, Places, Regions, Countries, BylineRoles, CreditRoles} {
		if !slices.Contains(lists, k) {
			t.Errorf("Lists() lacks %q", k)
		}
		if _, err := lexiconFiles.ReadFile("lexicon/" + string(k) + ".txt"); err != nil {
			t.Errorf("list %q has no file of its name: %v", k, err)
		}
	}
	// An unexported list is reachable by its name.
	if !lex.With("cuebaseverbs", "quip").Contains("cuebaseverbs", "quip") {
		t.Error(`With("cuebaseverbs", "quip") did not add the form`)
	}
}

// TestSimpleFold checks appendKey's fast fold against foldKey's slow one
// for every rune simpleFold admits, alone, in upper and lower case around
// it, and before a combining mark (which the fast fold leaves to the
// slow), and for every rune foldsAlone admits, which it must take.
func TestSimpleFold(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x2000; r++ {
		if !simpleFold(r) {
			continue
		}
		n++
		for _, s := range []string{string(r), "Al " + string(r) + "asa", string(r) + "\u0301"} {
			if key, ok := appendKey(nil, s); ok && string(key) != slowKey(s) {
				t.Errorf("appendKey(%q) = %q, slowKey gives %q", s, key, slowKey(s))
			}
		}
	}
	for r := rune(0x1e00); r <= 0x1eff; r++ {
		if simpleFold(r) {
			n++
			if key, _ := appendKey(nil, string(r)); string(key) != slowKey(string(r)) {
				t.Errorf("appendKey(%q) = %q, slowKey gives %q", string(r), key, slowKey(string(r)))
			}
		}
	}
	for r := rune(0); r <= 0x2100; r++ {
		if !foldsAlone(r) {
			continue
		}
		n++
		for _, s := range []string{string(r), "Al " + string(r) + "asa", "A" + string(r) + string(r) + "B"} {
			if key, ok := appendKey(nil, s); !ok || string(key) != slowKey(s) {
				t.Errorf("appendKey(%q) = %q, %v; slowKey gives %q", s, key, ok, slowKey(s))
			}
		}
	}
	if n < 500 {
		t.Errorf("simpleFold admits %d runes", n)
	}
}

// TestLexiconKinds checks that every list of the embedded lexicon has a
// slot in Lexicon.kinds, whatever order the map of lists gives index: a
// list left to the map costs each of its lookups a map access.
func TestLexiconKinds(t *testing.T) {
	for range 20 {
		l := embeddedLexicon()
		for k, w := range l.lists {
			found := false
			for i, h := 0, kindHash(k); i < kindProbes && !found; i++ {
				found = l.kinds[(h+uint(i))%uint(len(l.kinds))].w == w
			}
			if !found {
				t.Fatalf("list %s has no slot in Lexicon.kinds", k)
			}
		}
	}
}

// TestContainsToken checks that asking a list for a token by the hash
// the tokenizer left on it answers as Contains does for the token's
// text, for every list and every token: words in capitals, with
// joiners, with bytes above ASCII, and marks.
func TestContainsToken(t *testing.T) {
	text := "The Interior Ministry's spokesman, Col. O'Neill, told AFP on Monday that U.S.-led talks " +
		"would resume, citing a statement posted on its website; SAID the Prime Minister — «Who?» " +
		"asked al-Sabah of AT&T at 3.5 p.m. in São Paulo and Zürich, according to Xinhua news agency."
	for _, lex := range []*Lexicon{DefaultLexicon(), DefaultLexicon().With(Roles, "spokesman's aide | Col.")} {
		toks := tokenize(nil, text, 0, len(text), classesOf(lex))
		for _, k := range lex.Lists() {
			for _, tok := range toks {
				w := text[tok.s:tok.e]
				if got, want := lex.containsToken(k, text, tok), lex.Contains(k, w); got != want {
					t.Errorf("list %s, token %q: containsToken = %v, Contains = %v", k, w, got, want)
				}
			}
		}
	}
}

// TestResolverListed is TestContainsToken for the resolution stage's
// words, whose hash is the rsHash of the word without its possessive.
func TestResolverListed(t *testing.T) {
	text := "The Interior Ministry's spokesman, Col. O'Neill, told AFP on Monday that U.S.-led talks " +
		"would resume; SAID Prime Minister Ahmed's aide — «Who?» asked al-Sabah of AT&T in São Paulo’s " +
		"Zürich office, according to Xinhua news agency and Sarpanch Shobha Kadam."
	for _, lex := range []*Lexicon{DefaultLexicon(), DefaultLexicon().With(Roles, "aide | ministry")} {
		r := &resolver{text: text, d: &doc{lex: lex}}
		toks := rsScan(nil, text, rsWordsOf(lex))
		for _, k := range lex.Lists() {
			for i := range toks {
				w := text[toks[i].s:toks[i].e]
				if got, want := r.listed(k, &toks[i]), lex.Contains(k, w); got != want {
					t.Errorf("list %s, word %q: listed = %v, Contains = %v", k, w, got, want)
				}
			}
		}
	}
}

// TestListByAddress holds Lexicon.list, which finds a list by the address
// of its name's bytes first, to the lists map: for each list, named by the
// package's constant, by a copy of the name made at run time (found by its
// bytes), and in a lexicon derived by With.
func TestListByAddress(t *testing.T) {
	def := DefaultLexicon()
	derived := def.With(CueVerbs, "opine | opined")
	for _, l := range []*Lexicon{def, derived} {
		for _, k := range l.Lists() {
			want := l.lists[k]
			if got := l.list(k); got != want {
				t.Errorf("list(%q) = %p, want %p", k, got, want)
			}
			if got := l.list(List(strings.Clone(string(k)))); got != want {
				t.Errorf("list(copy of %q) = %p, want %p", k, got, want)
			}
		}
		for _, k := range []List{CueVerbs, Agencies, cueWeakForms, finiteAuxiliaries} {
			if l.list(k) != l.lists[k] {
				t.Errorf("list(%q) is not the map's", k)
			}
		}
	}
	if derived.list(CueVerbs) == def.list(CueVerbs) {
		t.Error("With did not give the derived lexicon its own list")
	}
	if def.list("nosuchlist") != nil {
		t.Error("list of a name that is no list is not nil")
	}
}

// TestPresetIndexSame holds the default lexicon's slots, filled from the
// names of the preset lists in the order withPresets walks them, to
// those index fills from its map's names sorted.
func TestPresetIndexSame(t *testing.T) {
	def := defaultLexicon()
	c := &Lexicon{lists: def.lists}
	c.index()
	if c.kinds != def.kinds || c.byAddr != def.byAddr {
		t.Fatal("the default lexicon's slots differ from index's")
	}
}
