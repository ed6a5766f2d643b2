package wirestory

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestListClasses checks the class bits of the lists the attribution
// stage asks about a token: a word of the list gets its class in any
// case, a near miss does not, and a word a caller adds with With gets it
// too. isIn must agree with the list for every one of them.
func TestListClasses(t *testing.T) {
	tests := []struct {
		c          tokFlags
		in, miss   string // a word of the list, and a near miss
		added      string // a word the default list lacks, added with With
		addedEntry string
	}{
		{cVenue, "On", "onto", "at", "at"},
		{cTimeOpener, "last", "lasts", "around", "around"},
		{cRelative, "Who", "whom", "whose", "whose"},
		{cFloat, "both", "bother", "alike", "alike"},
		{cContrast, "whereas", "where", "yet", "yet"},
		{cPassiveAux, "Were", "wore", "became", "became"},
		{cStanceNoun, "criticism", "critic", "plea", "plea | pleas"},
		{cNounForm, "pledges", "pledged", "vows", "vow | vows"},
		{cPast, "took", "tookn", "slew", "slew"},
		{cPartOpener, "Despite", "despise", "whilst", "whilst"},
		{cAskOpener, "when", "whence", "once", "once"},
		{cOpener, "Amid", "amidships", "atop", "atop"},
		{cPossDet, "their", "there", "thy", "thy"},
		{cNotManner, "nearly", "near", "oddly", "oddly"},
		{cPoll, "Surveys", "surveyed", "census", "census"},
		{cJoiner, "then", "than", "so", "so"},
		{cIndefinite, "an", "and", "one", "one"},
		{cParticle, "out", "outs", "off", "off"},
		{cChainRel, "quoting", "quota", "citin", "citin"},
		{cMonth, "Sept", "Septs", "Sivan", "Sivan"},
		{cQuotedNoun, "jibes", "jibed", "brickbat", "brickbat | brickbats"},
		{cNameLink, "della", "dell", "dei", "dei"},
		{cLiteral, "Reportedly", "reported", "allegedly", "allegedly"},
		{cClauseWord, "whereas", "where", "whilst", "whilst"},
		{cPrep, "From", "form", "among", "among"},
		{cPrepLike, "during", "durian", "amid", "amid"},
	}
	def := DefaultLexicon()
	for _, tt := range tests {
		l := classList(tt.c)
		t.Run(string(l), func(t *testing.T) {
			st := &attrState{d: &doc{lex: def}}
			check := func(lex *Lexicon, w string, want bool) {
				t.Helper()
				st.d.lex, st.text = lex, w
				toks := tokenize(nil, w, 0, len(w), classesOf(lex))
				if len(toks) != 1 {
					t.Fatalf("tokenize(%q) gave %d tokens", w, len(toks))
				}
				if got := toks[0].flags&tt.c != 0; got != want {
					t.Errorf("class bit of %q = %v, want %v", w, got, want)
				}
				if got := st.isIn(toks[0], tt.c); got != want || lex.Contains(l, w) != want {
					t.Errorf("isIn(%q) = %v, Contains = %v, want %v", w, got, lex.Contains(l, w), want)
				}
			}
			check(def, tt.in, true)
			check(def, tt.miss, false)
			check(def, tt.added, false)
			check(def.With(l, tt.addedEntry), tt.added, true)
		})
	}
}

// TestIsInUnlookedWord checks that isIn asks the list for a word that
// tokenize does not look up: one with bytes above 0x7F.
func TestIsInUnlookedWord(t *testing.T) {
	lex := DefaultLexicon().With(cueFloats, "même")
	for _, tt := range []struct {
		lex  *Lexicon
		w    string
		want bool
	}{{lex, "même", true}, {lex, "Même", true}, {DefaultLexicon(), "même", false}, {lex, "mêmes", false}} {
		toks := tokenize(nil, tt.w, 0, len(tt.w), classesOf(tt.lex))
		st := &attrState{d: &doc{lex: tt.lex}, text: tt.w}
		if len(toks) != 1 || toks[0].flags&tNonASCII == 0 {
			t.Fatalf("tokenize(%q) = %v, want one word with bytes above 0x7F", tt.w, toks)
		}
		if got := st.isIn(toks[0], cFloat); got != tt.want {
			t.Errorf("isIn(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestEndsPhrase checks the filter before a lookup of a cue and the word
// after it: a last word of no entry rules the phrase out, and a word
// that was not looked up, or a gap other than one space, rules nothing
// out.
func TestEndsPhrase(t *testing.T) {
	tests := []struct {
		text string
		c    tokFlags
		want bool
	}{
		{"showed up", cNotCueLast, true},
		{"showed UP", cNotCueLast, true},
		{"learned from", cFromLast, true},
		{"learned of", cFromLast, false},
		{"showed support", cNotCueLast, false},
		{"showed  support", cNotCueLast, true}, // two spaces: not ruled out here
		{"showed\nsupport", cNotCueLast, true},
		{"showed suppört", cNotCueLast, true},
	}
	wc := classesOf(DefaultLexicon())
	for _, tt := range tests {
		toks := tokenize(nil, tt.text, 0, len(tt.text), wc)
		st := &attrState{d: &doc{lex: DefaultLexicon()}, text: tt.text, toks: toks}
		if got := st.endsPhrase(1, tt.c); got != tt.want {
			t.Errorf("endsPhrase(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTokenClassesAgreeWithMap checks that the classes tokenize gives a
// word (its hash, the bloom filter, a probe comparing bytes with bit 0x20
// set) are the map's for the word lowered: in every case, with digits and
// inner joiners, and for near misses that differ in a byte or in length.
func TestTokenClassesAgreeWithMap(t *testing.T) {
	wc := classesOf(nil)
	classes := classMap(wc)
	words := []string{
		"said", "Said", "SAID", "saId", "sai", "saidd",
		"according", "ACCORDING", "spokesman", "Spokeswoman",
		"Mr", "mr", "MR", "Sen", "U.S", "u.s", "a.m",
		"al-Sabah", "O'Brien", "AT&T", "3.5", "1990s", "G7",
		"the", "The", "THE", "thE", "th", "thee",
		"who", "Who", "WHO", "wh0", "whO",
	}
	for _, w := range words {
		toks := tokenize(nil, w, 0, len(w), wc)
		if len(toks) != 1 || toks[0].e != len(w) {
			t.Fatalf("tokenize(%q) = %v, want one word", w, toks)
		}
		want := classes[strings.ToLower(w)]
		if got := toks[0].flags &^ (tWord | tUpper | tPlainEnd); got != want {
			t.Errorf("classes of %q = %b, want the map's %b", w, got, want)
		}
	}
}

// FuzzTokenClasses checks tokenize on any text: its tokens are in order
// and do not overlap, and an ASCII word carries the wcHash of the word
// lowered and the map's classes for it.
func FuzzTokenClasses(f *testing.F) {
	for _, s := range []string{
		"The minister SAID on Monday that U.S. talks would resume.",
		"O'Brien’s al-Sabah, AT&T and 3.5 a.m. -- «Who?» he asked.",
		"said.Trump  \t\nDe-N.Y. x-\u00e9t\u00e9 Stra\u00dfe \u200b word",
	} {
		f.Add(s)
	}
	wc := classesOf(nil)
	classes := classMap(wc)
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, tok := range tokenize(nil, text, 0, len(text), wc) {
			if tok.s < last || tok.e <= tok.s || tok.e > len(text) {
				t.Fatalf("token [%d,%d) after %d in %q", tok.s, tok.e, last, text)
			}
			last = tok.e
			w := text[tok.s:tok.e]
			if tok.flags&tPlainEnd != 0 && !plainEnd(text, tok) {
				t.Errorf("%q marked tPlainEnd in %q", w, text)
			}
			if tok.flags&tWord == 0 || tok.flags&tNonASCII != 0 {
				continue
			}
			low := strings.ToLower(w)
			if tok.hash != wcHashString(low) {
				t.Errorf("hash of %q = %d, want %d", w, tok.hash, wcHashString(low))
			}
			if len(w) > maxClassWord {
				continue
			}
			got, want := tok.flags&^(tWord|tUpper|tThatNext|tPlainEnd), classes[low]
			if tok.flags&tUpper != 0 && want&(cAux|cMonth) != 0 && got == want&^(cAux|cStop|cTime|cMonth) {
				continue // "Theresa May said", "B MaY": a modal or month after a name is the name's (nameBefore)
			}
			if tok.flags&tUpper != 0 && want&acronymDrop != 0 && got == want&^acronymDrop && acronymBefore(text, tok.s, tok.e) {
				continue // "quoting DID data", "BY a": a small word in capitals before a word in lower case is an acronym (acronymBefore)
			}
			if got != want {
				t.Errorf("classes of %q = %b, want %b", w, got, want)
			}
		}
	})
}

// plainEnd reports what tPlainEnd promises of tok: a word of ASCII
// letters and digits alone, at the end of the text or before an ASCII
// byte that joins no word.
func plainEnd(text string, tok token) bool {
	for k := tok.s; k < tok.e; k++ {
		if rsAlnum[text[k]] == 0 {
			return false
		}
	}
	return tok.e == len(text) || text[tok.e] < utf8.RuneSelf && rsPlainAfter[text[tok.e]]
}

// TestPlainEnd pins which words tokenize marks tPlainEnd: a word of
// letters and digits before a space, a comma or a plain mark, and none
// that a joiner, a period or a byte above 0x7F follows or holds.
func TestPlainEnd(t *testing.T) {
	wc := classesOf(nil)
	for _, c := range []struct {
		text  string
		plain []string // the words marked, in order
	}{
		{"Officials said on Monday, citing reports", []string{"Officials", "said", "on", "Monday", "citing", "reports"}},
		{"(Reuters) -- Kim: yes; no! \"Done\"", []string{"Reuters", "Kim", "yes", "no", "Done"}},
		{"O'Brien's al-Sabah AT&T 3.5", nil},
		{"Pakistan's envoy", []string{"envoy"}},
		{"Mr. Smith said.", []string{"Smith"}},
		{"U.S. talks", []string{"talks"}},
		{"Zoë said Pakistan’s", []string{"said"}},
		{"end", []string{"end"}},
		{"workers' union", []string{"union"}},
	} {
		var got []string
		for _, tok := range tokenize(nil, c.text, 0, len(c.text), wc) {
			if tok.flags&tPlainEnd != 0 {
				got = append(got, c.text[tok.s:tok.e])
			}
		}
		if !slices.Equal(got, c.plain) {
			t.Errorf("tPlainEnd in %q: %q, want %q", c.text, got, c.plain)
		}
	}
}

// classMap returns the entries of wc's table as a map, the classes the
// tests expect a lookup of each word to give.
func classMap(wc *wordClasses) map[string]tokFlags {
	m := make(map[string]tokFlags, wc.n)
	for _, e := range wc.table {
		if e.key != "" {
			m[e.key] = e.flags
		}
	}
	return m
}

// TestWordClassesFromLists checks the table buildClasses fills against the
// lists themselves, for the default lexicon and one a caller extended: every
// one-word form of a class list has its class, the first word of a cue of
// several words its mark, and the table holds each key once, at a size
// for its keys alone.
func TestWordClassesFromLists(t *testing.T) {
	ext := DefaultLexicon().With(CueVerbs, "harrumph | harrumphed", "hold forth | held forth").
		With(chainSpeech, "harrumph").
		With(Titles, "Grand Vizier").With(months, "Brumaire")
	for _, lex := range []*Lexicon{DefaultLexicon(), ext} {
		wc := buildClasses(lex)
		m := classMap(wc)
		if len(m) != wc.n || len(wc.table) != tableSize(wc.n) {
			t.Fatalf("table of %d slots holds %d distinct keys, counted %d", len(wc.table), len(m), wc.n)
		}
		check := func(k List, single, multi tokFlags) {
			for key := range lex.list(k).forms() {
				first, _, several := strings.Cut(key, " ")
				want := single
				if several {
					want = multi
				}
				if m[first]&want != want {
					t.Errorf("%s: %q has classes %b, want %b among them", k, first, m[first], want)
				}
			}
		}
		check(CueVerbs, cCue, cCueMW)
		check(CuePhrases, cCueMW, cCueMW)
		check(Titles, cTitle, 0)
		// The first word of every cue whose canonical form is a speech
		// verb, and of no other, is marked cSpeech.
		speech := map[string]bool{}
		for _, k := range []List{CueVerbs, CuePhrases} {
			for key, canon := range lex.list(k).forms() {
				first, _, _ := strings.Cut(key, " ")
				speech[first] = speech[first] || lex.Contains(chainSpeech, canon)
			}
		}
		for w, f := range m {
			if f&cSpeech != 0 != speech[w] {
				t.Errorf("%q: cSpeech %v, the lists say %v", w, f&cSpeech != 0, speech[w])
			}
		}
		if _, ok := m["grand"]; lex == ext && !ok {
			t.Error("the first word of an added title of two words has no entry")
		}
		for _, e := range classLists {
			check(e.l, e.c, 0)
		}
		if lex == ext && (m["harrumphed"]&(cCue|cSpeech) != cCue|cSpeech || m["hold"]&cCueMW == 0 || m["forth"]&cCue2 == 0 ||
			m["brumaire"]&cMonth == 0) {
			t.Errorf("added forms: harrumphed %b, hold %b, forth %b, brumaire %b",
				m["harrumphed"], m["hold"], m["forth"], m["brumaire"])
		}
	}
}

// TestSentenceLiteralHashes checks the flags sentence passes words over
// by: every spelling of its literal words ("in", "citing", "reportedly")
// has the class cLiteral and a word before every spelling of "that" is
// marked tThatNext, so that none is passed over, and near misses are
// not, so that the test passes over them.
func TestSentenceLiteralHashes(t *testing.T) {
	const text = "in In IN citing Citing CITING reportedly Reportedly REPORTEDLY that That THAT " +
		"on an cities Citing- reported thaw than the-that in.that"
	if h := wcHashString("that"); h != thatHash {
		t.Fatalf("thatHash = %#x; the wcHash of \"that\" is %#x", thatHash, h)
	}
	if h := wcHashString("to"); h != toHash {
		t.Fatalf("toHash = %#x; the wcHash of \"to\" is %#x", toHash, h)
	}
	if h := wcHashString("the"); h != theHash {
		t.Fatalf("theHash = %#x; the wcHash of \"the\" is %#x", theHash, h)
	}
	for _, w := range []string{"to", "To", "TO", "the", "The", "THE"} {
		if got := tokenize(nil, w, 0, len(w), classesOf(nil)); len(got) != 1 || got[0].hash != wcHashString(strings.ToLower(w)) {
			t.Errorf("tokenize(%q): hash %#x, want the wcHash of the lowered word", w, got[0].hash)
		}
	}
	wc := classesOf(nil)
	toks := tokenize(nil, text, 0, len(text), wc)
	for k, tok := range toks {
		if tok.flags&tWord == 0 {
			continue
		}
		literal := false
		for _, w := range DefaultLexicon().Entries(sentenceWords) {
			literal = literal || isWord(text, tok, w)
		}
		if got := tok.flags&cLiteral != 0; got != literal {
			t.Errorf("%q: class cLiteral: %v; isWord says %v", text[tok.s:tok.e], got, literal)
		}
		if got, want := tok.flags&tThatNext != 0, k+1 < len(toks) && isWord(text, toks[k+1], "that"); got != want {
			t.Errorf("%q: marked before that: %v; isWord says %v", text[tok.s:tok.e], got, want)
		}
	}
}

// TestGrammarListsExtend checks that the lists the attribution stage asks
// without a class bit decide as they hold: a pronoun that opens a later
// clause (subjectPronouns), and the words that make a cue's base form a
// verb (cueBaseAuxiliaries, cueBaseSubjects). A word the default list
// lacks decides nothing until a caller adds it with With.
func TestGrammarListsExtend(t *testing.T) {
	state := func(lex *Lexicon, text string) *attrState {
		return &attrState{d: &doc{lex: lex}, text: text, toks: tokenize(nil, text, 0, len(text), classesOf(lex))}
	}
	def := DefaultLexicon()
	later := func(lex *Lexicon, text string) int {
		st := state(lex, text)
		return st.laterPronoun(0, len(st.toks))
	}
	for _, tt := range []struct {
		lex  *Lexicon
		text string
		want int
	}{
		{def, "As the march went on, they chanted loudly", 6},
		{def, "As the march went on, She chanted loudly", 6},
		{def, "As the march went on, you chanted loudly", -1},
		{def, "As the march went on, it chanted loudly", -1},
		{def.With(subjectPronouns, "you"), "As the march went on, you chanted loudly", 6},
	} {
		if got := later(tt.lex, tt.text); got != tt.want {
			t.Errorf("laterPronoun(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
	// "the board ought say more": subject [0, 2), the base form at 3.
	base := func(lex *Lexicon, text string) bool {
		st := state(lex, text)
		return st.baseFormOK(3, 1, 0, 2, len(st.toks))
	}
	for _, tt := range []struct {
		lex  *Lexicon
		text string
		want bool
	}{
		{def, "the board would say more", true},
		{def, "the board Never say more", true},
		{def, "the board ought say more", false},
		{def.With(cueBaseAuxiliaries, "ought"), "the board ought say more", true},
		{def, "the people then say more", true},
		{def, "the crew then say more", false},
		{def.With(cueBaseSubjects, "crew"), "the crew then say more", true},
	} {
		if got := base(tt.lex, tt.text); got != tt.want {
			t.Errorf("baseFormOK(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// "as he keeps talking": the participle at 3 is the subject's (aspectVerbs).
	aspect := func(lex *Lexicon, text string) bool {
		return state(lex, text).pastBefore(0, 3)
	}
	// "in a statement on <station>": the phrase [0, 2) after "on" carries it (chainBroadcasters);
	// "citing the <body>": the phrase [0, 2) names a public body (chainBodies).
	station := func(lex *Lexicon, text string) bool { return state(lex, text).station(0, 2) }
	body := func(lex *Lexicon, text string) bool { return state(lex, text).bodyHead(0, 2) }
	for _, tt := range []struct {
		name string
		read func(*Lexicon, string) bool
		lex  *Lexicon
		text string
		want bool
	}{
		{"pastBefore", aspect, def, "as he keeps talking", true},
		{"pastBefore", aspect, def, "as he likes talking", false},
		{"pastBefore", aspect, def.With(aspectVerbs, "likes"), "as he likes talking", true},
		{"station", station, def, "state television", true},
		{"station", station, def, "state wire", false},
		{"station", station, def.With(chainBroadcasters, "wire"), "state wire", true},
		{"station", station, def, "the Mastodon", false},
		{"station", station, def.With(chainBroadcasters, "Mastodon"), "the Mastodon", true},
		{"bodyHead", body, def, "the bureau", true},
		{"bodyHead", body, def, "the ombudsman", false},
		{"bodyHead", body, def.With(chainBodies, "ombudsman"), "the ombudsman", true},
	} {
		if got := tt.read(tt.lex, tt.text); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
	// "add" with a noun object reports nothing (cueClauseVerbs); a verb
	// the caller adds is read so too.
	for _, tt := range []struct {
		lex  *Lexicon
		text string
		want int
	}{
		{def, "The firm added service charges at checkout.", 0},
		{def, "The firm noted service charges at checkout.", 1},
		{def.With(cueClauseVerbs, "note"), "The firm noted service charges at checkout.", 0},
		{def.With(cueClauseVerbs, "note"), "The firm noted that charges rose.", 1},
	} {
		if got := len((&Parser{Lexicon: tt.lex}).Parse(tt.text).Attributions); got != tt.want {
			t.Errorf("Parse(%q) with cueClauseVerbs: %d attributions, want %d", tt.text, got, tt.want)
		}
	}
}

// TestClassWordsShort checks that every word of a class list is short
// enough for tokenize to look up, so that isIn may trust the class bit
// of an ASCII word.
func TestClassWordsShort(t *testing.T) {
	lex := DefaultLexicon()
	for _, e := range classLists {
		for _, w := range lex.Entries(e.l) {
			if len(w) > maxClassWord {
				t.Errorf("class list %s: %q is longer than maxClassWord (%d)", e.l, w, maxClassWord)
			}
		}
	}
}
