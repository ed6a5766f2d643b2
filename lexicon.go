package wirestory

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// A Lexicon holds the word lists the parser relies on. Each list maps
// every form it knows, folded for case and Unicode normalisation, to the
// form's canonical entry: in [Agencies], "Associated Press", "AP" and "The
// Associated Press" may all map to "AP".
//
// A Lexicon is immutable and safe for concurrent use. [Lexicon.With],
// [Lexicon.Without] and [Lexicon.WithList] return modified copies, so
// services sharing [DefaultLexicon] cannot disturb one another.
//
// The lists of small words that constructions read as word classes
// (prepositions, openers, relative pronouns: the lists tokenize marks
// on each word) match words of up to 32 bytes: a longer entry added to
// one of them is never matched. Names, titles, agencies and cue phrases
// have no such bound.
type Lexicon struct {
	lists  map[List]*wordList
	kinds  [512]kindSlot // lists again, by kindHash: a lookup names its list by a constant, and a map access per lookup showed in profiles
	byAddr [512]addrSlot // lists again, by the address of their name's bytes (see list)

	// Tables the stages derive from the lists, built on first use. They
	// live here, not in package maps keyed by *Lexicon, so that a
	// Lexicon a service builds per request is freed with it.
	classes   sync.Once
	wordClass *wordClasses // token classes for the attribution stage
	rsOnce    sync.Once
	rsTable   *rsWords // word table of the resolution stage
}

// A kindSlot is one entry of Lexicon.kinds.
type kindSlot struct {
	k List
	w *wordList
}

// An addrSlot is one entry of Lexicon.byAddr: the bytes of a list's name
// and the list.
type addrSlot struct {
	p *byte
	n int
	w *wordList
}

// addrProbes bounds the slots of Lexicon.byAddr a name may take.
const addrProbes = 4

// addrHash picks the first slot of Lexicon.byAddr for the name whose bytes
// start at p.
func addrHash(p *byte) uint {
	return uint((uint64(uintptr(unsafe.Pointer(p))) * 0x9E3779B97F4A7C15) >> 55)
}

// kindProbes bounds the slots a List may take in Lexicon.kinds; one that
// finds none of them free stays in the map alone.
const kindProbes = 8

// kindHash picks the first slot of k in Lexicon.kinds from its length and
// a few of its bytes, which tell the kinds apart well enough.
func kindHash(k List) uint {
	n := len(k)
	if n < 2 {
		return uint(n)
	}
	h := uint(n)*0x9E3779B1 ^ uint(k[0])<<8 ^ uint(k[n-1])<<16 ^ uint(k[n/2])<<24 ^ uint(k[n-2])
	return uint((uint64(h) * 0x9E3779B97F4A7C15) >> 55)
}

// index fills l.kinds from l.lists; l is not changed afterwards.
func (l *Lexicon) index() *Lexicon {
	return l.indexSorted(slices.Sorted(maps.Keys(l.lists)))
}

// indexSorted is index for the names of l's lists in order: in one
// order, so that every run fills the same slots.
func (l *Lexicon) indexSorted(keys []List) *Lexicon {
	l.kinds = [512]kindSlot{}
	l.byAddr = [512]addrSlot{}
	for _, k := range keys {
		w := l.lists[k]
		if p := unsafe.StringData(string(k)); p != nil {
			for i, h := uint(0), addrHash(p); i < addrProbes; i++ {
				if s := &l.byAddr[(h+i)%uint(len(l.byAddr))]; s.w == nil {
					*s = addrSlot{p, len(k), w}
					break
				}
			}
		}
		for i, h := 0, kindHash(k); i < kindProbes; i++ {
			if s := &l.kinds[(h+uint(i))%uint(len(l.kinds))]; s.w == nil {
				*s = kindSlot{k, w}
				break
			}
		}
	}
	return l
}

// DefaultLexicon returns the lexicon built from the embedded lists. Its
// tables are generated from them (see preset.go): loading it costs next
// to nothing.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon { return embeddedLists().withPresets() })

// embeddedLexicon builds a Lexicon from the embedded lists, each read on
// its first use: callers who never parse a dateline never pay for the
// places of the gazetteer.
func embeddedLexicon() *Lexicon { return embeddedLists().index() }

// embeddedLists is embeddedLexicon before its lists are indexed, which
// withPresets does once it has put the preset lists in place.
func embeddedLists() *Lexicon {
	files, _ := lexiconFiles.ReadDir("lexicon")
	l := &Lexicon{lists: make(map[List]*wordList, len(files))}
	for _, f := range files {
		name, ok := strings.CutSuffix(f.Name(), ".txt")
		if !ok {
			continue
		}
		// Each list is read on first use; the gazetteer is searched in its
		// text (see textIndex) unless a caller asks for all its forms.
		l.lists[List(name)] = &wordList{file: f.Name(), searched: List(name) == Gazetteer}
	}
	return l
}

// With returns a copy of l whose list k also holds entries. Each entry is
// a line in the format of the embedded files: the canonical form, then any
// other forms, separated by "|", as in "Yonhap | Yonhap News Agency".
//
// With panics if k is not one of l's lists (see [Lexicon.Lists]): a
// misspelt name is a programmer's error, as in [regexp.MustCompile].
func (l *Lexicon) With(k List, entries ...string) *Lexicon {
	l.mustHave("With", k)
	c, w := l.cloneList(k)
	for _, e := range entries {
		w.add(e)
	}
	return c
}

// WithList returns a copy of l whose list k also holds the entries read
// from r, one a line in the format of the embedded files ("#" starts a
// comment). It fails if k is not one of l's lists.
func (l *Lexicon) WithList(k List, r io.Reader) (*Lexicon, error) {
	if !l.has(k) {
		return nil, fmt.Errorf("wirestory: no list %q", string(k))
	}
	c, w := l.cloneList(k)
	if err := w.read(r); err != nil {
		return nil, fmt.Errorf("wirestory: reading %s list: %w", k, err)
	}
	return c, nil
}

// Without returns a copy of l whose list k no longer holds the given
// forms. Removing a canonical form does not remove its other forms. Like
// [Lexicon.With], it panics if k is not one of l's lists.
func (l *Lexicon) Without(k List, forms ...string) *Lexicon {
	l.mustHave("Without", k)
	c, w := l.cloneList(k)
	for _, f := range forms {
		w.remove(foldKey(f))
	}
	return c
}

// Lookup reports the canonical form of s in list k, ignoring case,
// Unicode normalisation and runs of white space.
func (l *Lexicon) Lookup(k List, s string) (canonical string, ok bool) {
	w := l.list(k)
	if w == nil {
		return "", false
	}
	return w.lookup(s)
}

// beginsForm reports whether s is a form of list k or its first words,
// folded as Lookup folds: "this story" begins "This story was corrected".
func (l *Lexicon) beginsForm(k List, s string) bool {
	w := l.list(k)
	if w == nil {
		return false
	}
	_, ok := w.prefixSet().lookup(s)
	return ok
}

// Contains reports whether list k holds s; see [Lexicon.Lookup].
func (l *Lexicon) Contains(k List, s string) bool {
	_, ok := l.Lookup(k, s)
	return ok
}

// containsToken is Contains for the token t of text: a word in ASCII is
// asked by the hash the tokenizer left on it (wordList.holdsWord), which
// spares the stages folding and hashing it again for every list they ask.
func (l *Lexicon) containsToken(k List, text string, t token) bool {
	if t.flags&(tWord|tNonASCII) != tWord {
		return l.Contains(k, text[t.s:t.e])
	}
	w := l.list(k)
	return w != nil && w.holdsWord(text[t.s:t.e], t.hash)
}

// Entries returns the canonical forms of list k, sorted.
func (l *Lexicon) Entries(k List) []string {
	w := l.list(k)
	if w == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, v := range w.forms() {
		seen[v] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// MaxWords reports how many words the longest form in list k has.
func (l *Lexicon) MaxWords(k List) int {
	if w := l.list(k); w != nil {
		w.load()
		return w.maxWords
	}
	return 0
}

// Lists returns the names of l's lists, sorted.
func (l *Lexicon) Lists() []List {
	if l == nil {
		l = defaultLexicon()
	}
	return slices.Sorted(maps.Keys(l.lists))
}

// has reports whether l has a list k.
func (l *Lexicon) has(k List) bool { return l.list(k) != nil }

func (l *Lexicon) mustHave(op string, k List) {
	if !l.has(k) {
		panic(fmt.Sprintf("wirestory: Lexicon.%s: no list %q", op, string(k)))
	}
}

func (l *Lexicon) list(k List) *wordList {
	if l == nil {
		l = defaultLexicon()
	}
	// The package names its lists by constants, whose bytes the map's
	// key shares (see presetList.list): the list is found by the address
	// of its name, a few instructions, where hashing the name and
	// comparing it cost 60 in every list test. A name made at run time,
	// or one whose slot another took, is found by its bytes.
	if p := unsafe.StringData(string(k)); p != nil {
		for i, h := uint(0), addrHash(p); i < addrProbes; i++ {
			s := &l.byAddr[(h+i)%uint(len(l.byAddr))]
			if s.p == p && s.n == len(k) {
				return s.w
			}
			if s.w == nil {
				break
			}
		}
	}
	for i, h := 0, kindHash(k); i < kindProbes; i++ {
		s := &l.kinds[(h+uint(i))%uint(len(l.kinds))]
		if s.w == nil {
			break
		}
		if s.k == k {
			return s.w
		}
	}
	return l.lists[k]
}

// cloneList copies l and, deeply, its list k, which it returns for
// changing; the other lists are shared.
func (l *Lexicon) cloneList(k List) (*Lexicon, *wordList) {
	if l == nil {
		l = defaultLexicon()
	}
	c := &Lexicon{lists: maps.Clone(l.lists)}
	w := &wordList{}
	if old := l.lists[k]; old != nil {
		w = old.clone()
	}
	c.lists[k] = w
	c.index()
	return c, w
}

func (w *wordList) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if !utf8.ValidString(line) {
			return fmt.Errorf("line %d: invalid UTF-8", n)
		}
		w.add(line)
	}
	return sc.Err()
}

// wordCount is len(strings.Fields(f)) without the slice.
func wordCount(f string) int {
	n := 0
	for range strings.FieldsSeq(f) {
		n++
	}
	return n
}

// appendKey appends the lookup key of s to dst without allocating (while
// dst has room): letters lowered, typographic apostrophes made "'", runs of
// white space folded to one space. It handles ASCII and the Latin letters
// whose lower case is also their case fold, ß, and the marks of General
// Punctuation (see foldsAlone); for anything else (Greek, combining
// marks, ligatures) it reports false and the caller takes foldKey's slow
// path, so both paths always give the same key.
func appendKey(dst []byte, s string) ([]byte, bool) {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if k := keyBytes[c]; k != 0 {
			// A byte of ASCII, most of them: one load says what the key holds.
			i++
			if k == ' ' {
				space = len(dst) > 0
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, k)
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == ' ' || '\t' <= r && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = len(dst) > 0
			continue
		case r == '\u2018' || r == '\u2019':
			r = '\''
		case r >= utf8.RuneSelf && !simpleFold(r) && !foldsAlone(r):
			return nil, false
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if r == 'ß' || r == 'ẞ' {
			dst = append(dst, "ss"...) // their full case fold
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst, true
}

// foldsAlone reports whether appendKey folds r, which simpleFold does not
// admit, as the slow fold does: ß and ẞ fold to "ss", and the marks of
// General Punctuation (quotation marks, dashes, "…") to themselves. The
// text quoted in a story reaches the lexicon with its marks ("“We"),
// and ß is common German: the slow fold cost thousands of instructions
// a key.
func foldsAlone(r rune) bool {
	return r == 'ß' || r == 'ẞ' || 0x2010 <= r && r <= 0x205e
}

// simpleFold reports whether r is a Latin letter whose case fold is its
// lower case, a single precomposed rune: Latin-1, Latin Extended-A and -B
// and Latin Extended Additional (the transliterations of GeoNames: "Ḩ",
// "ı", "ǧ"), but for the few whose fold is longer or decomposed (TestSimpleFold).
func simpleFold(r rune) bool {
	switch {
	case r < 0xc0 || r == 0xd7 || r == 0xf7:
		return false
	case r == 0xdf || r == 0x130 || r == 0x149 || r == 0x17f || r == 0x1f0: // ß İ ŉ ſ ǰ
		return false
	case r <= 0x24f:
		return true
	case 0x1e96 <= r && r <= 0x1e9b || r == 0x1e9e: // ẖ ẗ ẘ ẙ ẚ ẛ ẞ
		return false
	}
	return 0x1e00 <= r && r <= 0x1eff
}

// foldKey is the lookup key of s: case-folded, NFC, white space folded.
// Typographic apostrophes fold to "'".
func foldKey(s string) string {
	var buf [64]byte
	if key, ok := appendKey(buf[:0], s); ok {
		if string(key) == s {
			return s // a key as written ("paris"): no copy
		}
		return string(key)
	}
	return slowKey(s)
}

// curlyApostrophes straightens the apostrophes of keys: "Côte d’Ivoire" is
// "Côte d'Ivoire". A Replacer is safe for concurrent use, and building one
// per key cost more than the folding.
var curlyApostrophes = strings.NewReplacer("\u2018", "'", "\u2019", "'")

// slowKey is foldKey by the book: NFC, full Unicode case folding, white
// space folded. appendKey must agree with it wherever it reports true.
func slowKey(s string) string {
	s = curlyApostrophes.Replace(s)
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	s = cases.Fold().String(s) // a Caser is stateful: one per call
	return strings.Join(strings.Fields(s), " ")
}
