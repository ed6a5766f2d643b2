package wirestory

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// streamOf tokenizes the given ranges of text onto a stream, in the
// order given, as the attribution stage does with its paragraphs.
func streamOf(text string, ranges [][2]int) *tokStream {
	var ts tokStream
	ts.reset(len(text))
	for _, r := range ranges {
		ts.add(text, r[0], r[1], classesOf(nil))
	}
	return &ts
}

// paragraphRanges returns the paragraphs of text as Parse finds them.
func paragraphRanges(text string) [][2]int {
	var out [][2]int
	for _, p := range appendParagraphs(nil, text) {
		if s, e := trimSpace(text, p.Start, p.End); s < e {
			out = append(out, [2]int{s, e})
		}
	}
	return out
}

// rsWordsOfScan is the words of a scan with their marks, for a diff that
// says which word went wrong.
func rsWordsOfScan(text string, toks []rsTok) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = fmt.Sprintf("%q sent=%d flags=%08b wi=%d hash=%d bits=%d", text[t.s:t.e], t.sent, t.flags, t.wi, t.hash, t.bits)
	}
	return out
}

func TestRSScanStream(t *testing.T) {
	// Resolution's view of the words, made from the token stream, is the
	// view rsScan gives reading the bytes, wherever tokenize and
	// rsWordEnd disagree on a word's extent: possessives, initials,
	// abbreviations, "U.S.", periods inside words, quotations over
	// paragraphs, bad bytes, words at the edges of the ranges.
	tests := []struct {
		name  string
		text  string
		words []string // rsScan's words, where the case pins them
	}{
		{name: "possessives", text: "Ruritania's envoy met Ruritania’s minister and the Joneses' lawyer, the Joneses’ son, and IT'S OVER.",
			words: []string{"Ruritania", "envoy", "met", "Ruritania", "minister", "and", "the", "Joneses", "lawyer", "the", "Joneses", "son", "and", "IT", "OVER"}},
		{name: "initials and abbreviations", text: "Mr. J. R. Varga met Sen. Ana Pell on Jan. 4 in the U.S. capital. Dr Ole Berg said so.",
			words: []string{"Mr.", "J.", "R.", "Varga", "met", "Sen.", "Ana", "Pell", "on", "Jan.", "4", "in", "the", "U.S.", "capital", "Dr", "Ole", "Berg", "said", "so"}},
		{name: "periods inside words", text: "Growth was 3.5. The firm said.Later on a.m. shifts ran at e.g.x pace.",
			words: []string{"Growth", "was", "3.5.", "The", "firm", "said.Later", "on", "a.m.", "shifts", "ran", "at", "e.g.x", "pace"}},
		{name: "joiners", text: "Al-Sabah and O'Brien met AT&T's chief, ul-Adl -- and D-N.Y. - said so.",
			words: []string{"Al-Sabah", "and", "O'Brien", "met", "AT&T", "chief", "ul-Adl", "and", "D-N.Y.", "said", "so"}},
		{name: "quotation over paragraphs", text: "Tarn Ovid said:\n\n“The bridge is old.\n\n“It will close,” he said. \"Fine,\" she said.\n\nOthers said « non ».",
			words: []string{"Tarn", "Ovid", "said", "The", "bridge", "is", "old", "It", "will", "close", "he", "said", "Fine", "she", "said", "Others", "said", "non"}},
		{name: "line ends", text: "Headline Here\r\n\r\nBody one goes\non here.\n  Indented para.\r\rCR para.\n",
			words: []string{"Headline", "Here", "Body", "one", "goes", "on", "here", "Indented", "para", "CR", "para"}},
		// One line break inside a paragraph, before a word or a mark, is
		// no more than a space; before a blank or indented line it starts
		// a paragraph.
		{name: "hard-wrapped lines", text: "Ana Pell said the\nbridge would close,\n“soon,” and\n\nOle Berg said\n  it would\n\tnot.\r\nHe left\n-- early\n\n\nand\n.",
			words: []string{"Ana", "Pell", "said", "the", "bridge", "would", "close", "soon", "and", "Ole", "Berg", "said", "it", "would", "not", "He", "left", "early", "and"}},
		{name: "spaces of every kind", text: "Ana\u00a0Pell\u2009said\u200bso\ufeff and\tthen\vleft\fearly.",
			words: []string{"Ana", "Pell", "said", "so", "and", "then", "left", "early"}},
		{name: "invalid UTF-8", text: "Ana\xffPell said \xe2\x80 so\xe2. Ruritania\xe2\x80\x99s \xc3",
			words: []string{"Ana", "Pell", "said", "so", "Ruritania"}},
		{name: "non-ASCII words", text: "Ångström’s Zoë Þór and İlker said, “Ça va.”",
			words: []string{"Ångström", "Zoë", "Þór", "and", "İlker", "said", "Ça", "va"}},
		// Forms of eight to sixteen bytes are compared by their first
		// and last eight bytes: in any case they are found, and a word
		// of the same length that differs in one byte is not.
		{name: "long forms in any case", text: "The Ambassador, AMBASSADOR ambassador and Ambassadox Ambessador met spokeswoman Spokeswomen SPOKESWOMAN spokeswomaX, Minister MINISTER Ministar and Internationalization said."},
		{name: "dateline and credit", text: "Bridge To Close\n\nPORTO VELHO, Jan 4 (Wirestory) - The mayor's aide said.\n\n(Reporting by Ana Pell; Editing by Ole Berg)"},
		{name: "empty", text: ""},
		{name: "marks only", text: "“”\"«»„「」—–--...!?"},
	}
	w := rsWordsOf(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := rsScan(nil, tt.text, w)
			if tt.words != nil {
				var got []string
				for _, tk := range want {
					got = append(got, tt.text[tk.s:tk.e])
				}
				if diff := cmp.Diff(tt.words, got); diff != "" {
					t.Errorf("rsScan words (-want +got):\n%s", diff)
				}
			}
			paras := paragraphRanges(tt.text)
			// The paragraphs as the attribution stage reads them, in
			// text order and with the first one last (a headline is
			// tokenized after the body); then ranges cut in the middle
			// of words and marks.
			cases := map[string][][2]int{"paragraphs": paras}
			if len(paras) > 1 {
				cases["headline last"] = append(append([][2]int{}, paras[1:]...), paras[0])
			}
			var cut [][2]int
			for s := 0; s < len(tt.text); s += 7 {
				cut = append(cut, [2]int{s, min(s+5, len(tt.text))})
			}
			cases["cut every few bytes"] = cut
			for cname, ranges := range cases {
				got := rsScanStream(nil, tt.text, w, streamOf(tt.text, ranges), nil)
				if diff := cmp.Diff(rsWordsOfScan(tt.text, want), rsWordsOfScan(tt.text, got)); diff != "" {
					t.Errorf("%s: rsScanStream differs from rsScan (-want +got):\n%s", cname, diff)
				}
			}
		})
	}
}

func TestRSScanStreamParse(t *testing.T) {
	// Through Parse: the resolver reads the stream the attribution stage
	// made, and its words are rsScan's over the same text.
	text := "Ruritania's Envoy Says Talks Go On\n\nPORTO VELHO, Jan 4 (Wirestory) - Ruritania's envoy, Mr. Tarn Ovid, said on Monday the U.S. talks would go on.\n\n“We will stay,” he said. The envoy's aide, Ana Pell, said: “Talks are hard.”\n\n“They go on,” she added.\n"
	a := Parse(text)
	if len(a.Attributions) == 0 {
		t.Fatal("no attributions: the stream was never read")
	}
	p := Parser{}
	sc := new(scratch)
	d := p.initDoc(&sc.doc, text, sc)
	d.credit = findCredit(d)
	dl, by := findFrame(d)
	d.headline = findHeadline(d, dl, by)
	attribute(d, findQuotes(d))
	if len(sc.stream.segs) == 0 {
		t.Fatal("attribute made no token stream")
	}
	w := rsWordsOf(nil)
	want := rsScan(nil, text, w)
	got := rsScanStream(nil, text, w, &sc.stream, nil)
	if diff := cmp.Diff(rsWordsOfScan(text, want), rsWordsOfScan(text, got)); diff != "" {
		t.Errorf("rsScanStream differs from rsScan (-want +got):\n%s", diff)
	}
	// A stream cut short by the resolver's reach.
	end := strings.Index(text, "Ana")
	want = rsScan(nil, text[:end], w)
	got = rsScanStream(nil, text[:end], w, &sc.stream, nil)
	if diff := cmp.Diff(rsWordsOfScan(text, want), rsWordsOfScan(text, got)); diff != "" {
		t.Errorf("cut at %d: rsScanStream differs from rsScan (-want +got):\n%s", end, diff)
	}
}

func TestTokStreamLong(t *testing.T) {
	// A story longer than streamMax keeps only the last range's tokens,
	// and resolution reads its text as rsScan does.
	text := strings.Repeat("Ruritania's envoy, Mr. Tarn Ovid, said the U.S. would stay.\n\n", streamMax/60+1)
	var ts tokStream
	ts.reset(len(text))
	paras := paragraphRanges(text)
	for _, p := range paras {
		toks := ts.add(text, p[0], p[1], classesOf(nil))
		if want := tokenize(nil, text, p[0], p[1], classesOf(nil)); !cmp.Equal(want, toks, cmp.AllowUnexported(token{}, tokTail{})) {
			t.Fatalf("the tokens of [%d,%d) are not tokenize's", p[0], p[1])
		}
	}
	if len(ts.segs) != 0 || len(ts.toks) > 20 {
		t.Errorf("the stream of a story of %d bytes kept %d ranges and %d tokens", len(text), len(ts.segs), len(ts.toks))
	}
	w := rsWordsOf(nil)
	got := rsScanStream(nil, text, w, &ts, nil)
	if want := rsScan(nil, text, w); !cmp.Equal(want, got, cmp.AllowUnexported(rsTok{}, rsTokAt{}, rsTokWord{})) {
		t.Errorf("rsScanStream of a long story differs from rsScan")
	}
}

func FuzzRSScanStream(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(3), uint16(0))
	}
	f.Add("Mr. J. R. Varga's aide said.Later the U.S. Joneses' \u201cquote\n\n\u201d", uint8(5), uint16(30))
	f.Fuzz(func(t *testing.T, text string, step uint8, cut uint16) {
		w := rsWordsOf(nil)
		// Ranges of step+1 bytes with a gap of one, anywhere in the
		// text, and the text cut at cut as the resolver's reach cuts it.
		var ranges [][2]int
		n := int(step) + 1
		for s := 0; s < len(text); s += n + 1 {
			ranges = append(ranges, [2]int{s, min(s+n, len(text))})
		}
		ts := streamOf(text, ranges)
		end := len(text)
		if cut > 0 && int(cut) < end {
			end = int(cut)
		}
		want := rsScan(nil, text[:end], w)
		got := rsScanStream(nil, text[:end], w, ts, nil)
		if diff := cmp.Diff(rsWordsOfScan(text, want), rsWordsOfScan(text, got)); diff != "" {
			t.Fatalf("rsScanStream differs from rsScan (-want +got):\n%s", diff)
		}
		// Mentions at every third word, as read is given them.
		var mentions []*Mention
		for k := 0; k < len(want); k += 3 {
			mentions = append(mentions, &Mention{Span: Span{Start: want[k].s, End: want[k].e}})
		}
		marks := rsMarks{mentions: mentions}
		got = rsScanStream(got[:0], text[:end], w, streamOf(text, paragraphRanges(text)), &marks)
		if diff := cmp.Diff(rsWordsOfScan(text, want), rsWordsOfScan(text, got)); diff != "" {
			t.Fatalf("paragraphs: rsScanStream differs from rsScan (-want +got):\n%s", diff)
		}
		// seenLower finds a capitalised word in ASCII in lower case where
		// rsScan's words have it so, by scans and then by sorted hashes.
		r := &resolver{toks: got, text: text[:end]}
		// A word's key for an rsIndex is the key of its text.
		for k := range got {
			if key := r.tokKey(k); key != keyOf(r.str(&got[k])) {
				t.Fatalf("tokKey(%q) = %v, want %v", key.s, key, keyOf(key.s))
			}
		}
		for k := range got {
			if tk := &got[k]; tk.flags&tkCap != 0 && tk.hash != 0 {
				want := false
				for _, o := range got {
					want = want || o.flags&tkCap == 0 && o.hash != 0 && equalLowerASCII(text[tk.s:tk.e], strings.ToLower(text[o.s:o.e]))
				}
				if r.seenLower(tk) != want {
					t.Fatalf("seenLower(%q) = %v, want %v", text[tk.s:tk.e], !want, want)
				}
			}
		}
		// The paragraphs start at the words rsScan marks as starting one.
		var wantParas, wantVisits []int32
		for k, tk := range want {
			if tk.flags&tkPara != 0 {
				wantParas = append(wantParas, int32(k))
			}
			// read visits every word it may act on: what it would do at
			// each word, asked of rsScan's words.
			if k%3 == 0 || tk.flags&tkCap != 0 || tk.bits&(rwPronoun|rwRole|rwOrg) != 0 {
				wantVisits = append(wantVisits, int32(k))
			}
		}
		paras := marks.paras
		if !slices.Equal(wantVisits, marks.visits) {
			t.Fatalf("visits %v, want %v", marks.visits, wantVisits)
		}
		if !slices.Equal(wantParas, paras) {
			t.Fatalf("paragraph starts %v, want %v", paras, wantParas)
		}
	})
}

// BenchmarkRSScanStream measures resolution's view of the words made
// from the token stream, against BenchmarkRsScan, which cuts the text
// into words again.
func BenchmarkRSScanStream(b *testing.B) {
	text := storyText(b, 0)
	w := rsWordsOf(nil)
	ts := streamOf(text, paragraphRanges(text))
	var toks []rsTok
	var marks rsMarks
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks = rsScanStream(toks[:0], text, w, ts, &marks)
	}
}

func TestResolverMultiFilter(t *testing.T) {
	// The filters of forms of several words skip only lookups that
	// would fail: multi finds what looking up every span finds, on forms
	// of every list written as a story would write them, and near misses.
	w := rsWordsOf(nil)
	var sb strings.Builder
	n := 0
	for form := range w.index {
		if !strings.Contains(form, " ") || n > 3000 {
			continue
		}
		n++
		// As listed, in title case, in capitals, cut short, run on, and
		// with a line break and a no-break space for spaces.
		words := strings.Fields(form)
		for k, wd := range words {
			words[k] = strings.ToUpper(wd[:1]) + wd[1:]
		}
		title := strings.Join(words, " ")
		fmt.Fprintf(&sb, "Then %s met %s and %s Ltd in %s. %s said %s.\n", form, title, strings.ToUpper(form),
			strings.Join(words[:len(words)-1], " "), strings.Join(words, "\n"), strings.Join(words, "\u00a0"))
	}
	text := sb.String()
	r := newResolver((&Parser{}).newDoc(text), nil)
	defer r.release()
	found := 0
	for i := range r.toks {
		want, wantNext := int32(-1), i
		if r.toks[i].bits&rwMulti != 0 {
			for j := i + 1; j < len(r.toks) && j < i+r.w.maxWords && r.joined(j); j++ {
				if ix := r.w.lookup(r.text[r.toks[i].s:r.toks[j].e]); ix >= 0 {
					want, wantNext = ix, j+1
				}
			}
		}
		got, gotNext := r.multi(i)
		if got != want || gotNext != wantNext {
			t.Fatalf("multi at %q = %d, %d; want %d, %d", r.text[r.toks[i].s:min(len(r.text), r.toks[i].s+40)], got, gotNext, want, wantNext)
		}
		// lookupRun of the run from i up to each word after it.
		for j := i + 1; j <= len(r.toks) && j <= i+6 && (j == i+1 || r.joined(j-1)); j++ {
			if got, want := r.lookupRun(i, j), r.w.lookup(r.text[r.toks[i].s:r.toks[j-1].e]); got != want {
				t.Fatalf("lookupRun(%q) = %d, want %d", r.text[r.toks[i].s:r.toks[j-1].e], got, want)
			}
		}
		if got >= 0 {
			found++
		}
	}
	if found < n {
		t.Errorf("multi found %d forms of several words in a text that holds %d at least", found, n)
	}
}

func TestEqualLowerASCII(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"The", "the", true},
		{"THE", "the", true},
		{"the", "the", true},
		{"then", "the", false},
		{"th", "the", false},
		{"", "the", false},
		{"THİS", "this", true},              // İ lowers to i
		{"\u212Aate", "kate", true},         // the Kelvin sign lowers to k
		{"\u212A\u212A\u212A", "kkk", true}, // three times as long
		{"T\u00c9", "te", false},
		{"t\xffe", "te", false},
		{"Theirs", "their", false},
		{"they and others", "they", false},
	}
	for _, tt := range tests {
		if got := equalLowerASCII(tt.s, tt.w); got != tt.want {
			t.Errorf("equalLowerASCII(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
		if got := strings.ToLower(tt.s) == tt.w; got != tt.want {
			t.Errorf("strings.ToLower(%q) == %q is %v: the case is wrong", tt.s, tt.w, got)
		}
	}
}

func TestResolverIs(t *testing.T) {
	// The hash of a word in ASCII is compared before its letters, and a
	// word not in ASCII is compared as equalLowerASCII compares it.
	text := "The THE the then This THİS that Thât his HIS its Its their THEIR whose her Her hers"
	r := newResolver((&Parser{}).newDoc(text), nil)
	defer r.release()
	words := []struct {
		w string
		h uint32
	}{{"the", rsHashThe}, {"this", rsHashThis}, {"that", rsHashThat}, {"his", rsHashHis}, {"its", rsHashIts}, {"their", rsHashTheir}, {"whose", rsHashWhose}, {"her", rsHashHer}}
	matched := 0
	for i := range r.toks {
		for _, w := range words {
			want := equalLowerASCII(r.str(&r.toks[i]), w.w)
			if got := r.is(i, w.w, w.h); got != want {
				t.Errorf("is(%q, %q) = %v, want %v", r.str(&r.toks[i]), w.w, got, want)
			}
			if want {
				matched++
			}
		}
	}
	if matched != 15 {
		t.Errorf("%d words matched, want 15", matched)
	}
}
