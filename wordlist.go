package wirestory

import (
	"fmt"
	"iter"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// A wordList is one List's entries: every form it knows, by its folded
// key (see foldKey), mapped to the form's canonical entry.
//
// The entries live in one open-addressed table keyed by wcHashString of
// the key, with no map beside it: an embedded list is read straight into
// the table when first asked for, its keys and canonical forms cut from
// the file's text (two strings for the whole file), so a process that
// parses one story pays little for lists of thousands of places.
type wordList struct {
	table    []lexEntry // a power of two long, at most half full; an empty key marks a free slot
	n        int        // entries held
	maxWords int        // the most words in any form

	// An embedded list names its file here and is read on first use,
	// or made from its preset, generated from the file (see preset.go).
	file     string
	preset   *presetList
	loadOnce sync.Once
	loaded   atomic.Bool // loadOnce has run: the test load inlines
	// slotEntry is a preset list's table in short, made on first use in
	// place of table: for each slot, its entry's hash and index in
	// preset.entries (see presetList.slotEntries), 0 for a free slot.
	// Lookups read the entry's key and canonical form from the preset's
	// text, so that the table of strings is never made.
	slotEntry []uint64

	// The keys of w's forms and their beginnings at each space, built on
	// first use: a reader of a phrase word by word stops at the first
	// word no form begins with (see Lexicon.beginsForm).
	prefixOnce sync.Once
	prefixes   *wordList

	// A large embedded list looked up seldom (the gazetteer) is found in
	// its text until something asks for all its forms; see textIndex.
	searched  bool
	textOnce  sync.Once
	textIndex *textIndex
}

type lexEntry struct {
	key, canon string
	h          uint32 // wcHashString(key)
}

// load reads w's embedded file, or its preset, once, if it has one. Every
// method that reads w calls it first: it is small enough to be inlined,
// the once's work in loadOnce's function.
func (w *wordList) load() {
	if w.file != "" && !w.loaded.Load() {
		w.loadSlow()
	}
}

// loadSlow is load's work, once.
func (w *wordList) loadSlow() {
	w.loadOnce.Do(w.readEmbedded)
	w.loaded.Store(true)
}

// readEmbedded reads w's embedded file, or its preset (see load).
func (w *wordList) readEmbedded() {
	if w.preset != nil {
		w.slotEntry = w.preset.slotEntries()
		return
	}
	data, err := lexiconFiles.ReadFile("lexicon/" + w.file)
	if err != nil {
		panic("wirestory: embedded lexicon: " + err.Error())
	}
	if err := w.readString(string(data)); err != nil {
		panic("wirestory: embedded lexicon " + w.file + ": " + err.Error())
	}
	w.fit()
}

// fit moves w's entries to a table sized for them alone, where reading
// its file made room for more: the table of a list of the default
// lexicon, read here or generated (see presetLists), is then the same
// for the same file, and no larger than lookups need.
func (w *wordList) fit() {
	if size := tableSize(w.n); size < len(w.table) {
		w.rehash(size)
	}
}

// readString adds the entries of a list held in memory, one a line.
// Canonical forms are substrings of data, and so are the keys of forms
// whose folding only lowers ASCII letters, cut from one lowered copy of
// data: a list of thousands of places costs two strings, not two a form.
func (w *wordList) readString(data string) error {
	if !utf8.ValidString(data) {
		for n, line := range strings.SplitAfter(data, "\n") {
			if !utf8.ValidString(line) {
				return fmt.Errorf("line %d: invalid UTF-8", n+1)
			}
		}
	}
	lowered := lowerASCII(data)
	w.grow(w.n + strings.Count(data, "\n")*3/2) // about 1.5 forms a line in the large lists
	for start := 0; start < len(data); {
		end := strings.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		line := commentless(data[start:end])
		w.addLine(line, lowered[start:start+len(line)])
		start = end + 1
	}
	return nil
}

// addLine adds one entry line "Canonical | form | form". lowered is line
// with its ASCII letters lowered, or "" to fold every form by foldKey.
//
// One pass reads the line: a form of printable ASCII words with single
// spaces between them is its own key once lowered, hashed on the way;
// any other form (accents, tabs, runs of spaces) takes foldKey.
func (w *wordList) addLine(line, lowered string) {
	var canonical string
	from := 0      // the start of the current form's field
	s, e := -1, -1 // the current form's first and last-plus-one non-space bytes
	simple := lowered != ""
	h, words := wcHashInit, 0
	for i := 0; i <= len(line); i++ {
		if i == len(line) || line[i] == '|' {
			if s >= 0 {
				f, key := line[s:e], ""
				if simple {
					key = lowered[s:e]
				} else {
					f = strings.TrimSpace(line[from:i]) // Unicode white space too
					key = foldKey(f)
					h, words = wcHashString(key), wordCount(f)
				}
				if canonical == "" {
					canonical = f
				}
				w.putHashed(key, canonical, h)
				w.maxWords = max(w.maxWords, words)
			}
			from, s, e = i+1, -1, -1
			simple = lowered != ""
			h, words = wcHashInit, 0
			continue
		}
		switch c := line[i]; {
		case c == ' ' || '\t' <= c && c <= '\r':
			if s >= 0 && (c != ' ' || e != i) {
				simple = false // a tab or a second space inside the form (trailing ones are cut)
			}
		case c >= utf8.RuneSelf || c < ' ' || c == 0x7f:
			simple = false
			fallthrough
		default:
			if s < 0 {
				s, words = i, 1
			} else if e != i {
				words++
				if simple {
					h = wcHashByte(h, ' ')
				}
			}
			e = i + 1
			if simple {
				// The rest of the word at once: most of a list's bytes.
				for e < len(line) && plainByte[line[e]] {
					e++
				}
				for _, c := range []byte(lowered[i:e]) {
					h = wcHashByte(h, c)
				}
				i = e - 1
			}
		}
	}
}

// plainByte marks the ASCII bytes a form's word is made of: printable,
// neither a space nor "|".
var plainByte = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = c != '|'
	}
	return t
}()

// commentless is line without its "#" comment.
func commentless(line string) string {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		return line[:i]
	}
	return line
}

// add adds one entry line, folding each form on its own.
func (w *wordList) add(line string) { w.addLine(line, "") }

// putHashed maps key, whose wcHashString is h, to canon, replacing what
// key mapped to.
func (w *wordList) putHashed(key, canon string, h uint32) {
	if key == "" {
		return
	}
	w.grow(w.n + 1)
	mask := uint32(len(w.table) - 1)
	i := h & mask
	for ; w.table[i].key != ""; i = (i + 1) & mask {
		if e := &w.table[i]; e.h == h && e.key == key {
			e.canon = canon
			return
		}
	}
	w.table[i] = lexEntry{key, canon, h}
	w.n++
}

// grow makes room for n entries.
func (w *wordList) grow(n int) {
	if size := tableSize(n); size > len(w.table) {
		w.rehash(size)
	}
}

// rehash moves w's entries to a table of size slots.
func (w *wordList) rehash(size int) {
	old := w.table
	w.table = make([]lexEntry, size)
	mask := uint32(size - 1)
	for _, e := range old {
		if e.key == "" {
			continue
		}
		i := e.h & mask
		for w.table[i].key != "" {
			i = (i + 1) & mask
		}
		w.table[i] = e
	}
}

// remove drops key, shifting back the entries that probed past it so
// that no lookup stops short at the hole.
func (w *wordList) remove(key string) {
	i, ok := slot(w, key, wcHashString(key))
	if !ok {
		return
	}
	mask := uint32(len(w.table) - 1)
	for j := (i + 1) & mask; w.table[j].key != ""; j = (j + 1) & mask {
		// The entry at j may fill the hole at i unless its home slot
		// lies cyclically in (i, j].
		home := w.table[j].h & mask
		if i <= j && (home <= i || home > j) || i > j && home <= i && home > j {
			w.table[i] = w.table[j]
			i = j
		}
	}
	w.table[i] = lexEntry{}
	w.n--
}

// slot returns the index of key, whose wcHashString is h. A key of
// bytes is compared without a copy.
func slot[K string | []byte](w *wordList, key K, h uint32) (uint32, bool) {
	if len(w.table) == 0 || len(key) == 0 {
		return 0, false
	}
	mask := uint32(len(w.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &w.table[i]
		if e.h == h && e.key == string(key) {
			return i, true
		}
		if e.key == "" {
			return 0, false
		}
	}
}

// holdsWord reports whether w holds word, an ASCII word of a text whose
// wcHash, its letters lowered, is h, as the tokenizer leaves it on the
// word's token: the word is neither folded nor hashed again.
func (w *wordList) holdsWord(word string, h uint32) bool {
	if w.searched {
		_, ok := w.lookup(word)
		return ok
	}
	_, ok := w.findFolded(word, h)
	return ok
}

// findFolded returns the canonical form of s, whose key is s with its
// bytes folded by keyBytes, of the same length, and whose wcHash is h: s
// is compared with a key byte by byte, folding, with no copy.
func (w *wordList) findFolded(s string, h uint32) (string, bool) {
	w.load()
	if t := w.slotEntry; t != nil {
		// presetList's entries, probed here rather than by a call: most
		// lookups are of a preset list.
		p, mask := w.preset, uint32(len(t)-1)
		for i := h & mask; ; i = (i + 1) & mask {
			x := t[i]
			if x == 0 {
				return "", false
			}
			if slotHash(x) == h {
				if key := p.key(x); len(key) == len(s) && equalFolded(s, key) {
					return p.canon(x), true
				}
			}
		}
	}
	if len(w.table) == 0 {
		return "", false
	}
	mask := uint32(len(w.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &w.table[i]
		if e.key == "" {
			return "", false
		}
		if e.h == h && len(e.key) == len(s) && equalFolded(s, e.key) {
			return e.canon, true
		}
	}
}

// equalFolded reports whether word, folded by keyBytes, is key, whose
// length is word's.
func equalFolded(word, key string) bool {
	key = key[:len(word)]
	for k := 0; k < len(word); k++ {
		if keyBytes[word[k]] != key[k] {
			return false
		}
	}
	return true
}

// find returns the canonical form of key, a folded key.
func find[K string | []byte](w *wordList, key K) (string, bool) {
	h := wcHashInit
	for i := 0; i < len(key); i++ {
		h = wcHashByte(h, key[i])
	}
	return findHashed(w, key, h)
}

// findHashed returns the canonical form of key, a folded key whose
// wcHashString is h.
func findHashed[K string | []byte](w *wordList, key K, h uint32) (string, bool) {
	w.load()
	if w.slotEntry != nil {
		return presetFind(w.preset, w.slotEntry, key, h)
	}
	if i, ok := slot(w, key, h); ok {
		return w.table[i].canon, true
	}
	return "", false
}

// prefixSet returns the keys of w's forms and every beginning of them
// that ends before a space, as a list of its own.
func (w *wordList) prefixSet() *wordList {
	w.prefixOnce.Do(func() {
		p := &wordList{}
		for key := range w.forms() {
			for i := 0; i < len(key); i++ {
				if key[i] == ' ' {
					p.putHashed(key[:i], "", wcHashString(key[:i]))
				}
			}
			p.putHashed(key, "", wcHashString(key))
		}
		w.prefixes = p
	})
	return w.prefixes
}

// size reports how many forms w holds.
func (w *wordList) size() int {
	w.load()
	return w.n
}

// forms yields every key of w with its canonical form, in table order.
func (w *wordList) forms() iter.Seq2[string, string] {
	return func(yield func(key, canon string) bool) {
		w.load()
		if p := w.preset; w.slotEntry != nil {
			for _, x := range w.slotEntry {
				if x != 0 && !yield(p.key(x), p.canon(x)) {
					return
				}
			}
			return
		}
		for _, e := range w.table {
			if e.key != "" && !yield(e.key, e.canon) {
				return
			}
		}
	}
}

// clone returns a copy of w that may be changed without changing w.
func (w *wordList) clone() *wordList {
	w.load()
	if w.slotEntry != nil {
		return &wordList{table: w.preset.table(), n: w.n, maxWords: w.maxWords}
	}
	return &wordList{table: append([]lexEntry(nil), w.table...), n: w.n, maxWords: w.maxWords}
}

// lookupASCII is lookup for an s of at most 64 ASCII bytes; ok is false
// for any other s, which lookup's slower path takes. The key is
// appendKey's: letters lowered, runs of white space folded. It is read a
// word at a time, each byte of a word one table load, one store and one
// step of the hash; the key is never longer than s, so it fits in buf.
func (w *wordList) lookupASCII(s string) (canon string, found, ok bool) {
	if len(s) > maxASCIIKey {
		return "", false, false
	}
	// Most keys asked for are their key but for case: no white space but
	// single spaces between words. Such an s is hashed as it is read and
	// compared folding, with no copy.
	// Its words are read four bytes a turn while four remain, as
	// tokenize reads a word; one space may follow each but the last. An
	// empty word (a space first, last or after another), a control byte
	// or one above 0x7F sends s to be copied.
	h, i := wcHashInit, 0
	for {
		start := i
		for i < len(s)-3 {
			c := keyBytes[s[i]]
			if c <= ' ' {
				goto wordEnd
			}
			h = wcHashByte(h, c)
			if c = keyBytes[s[i+1]]; c <= ' ' {
				i++
				goto wordEnd
			}
			h = wcHashByte(h, c)
			if c = keyBytes[s[i+2]]; c <= ' ' {
				i += 2
				goto wordEnd
			}
			h = wcHashByte(h, c)
			if c = keyBytes[s[i+3]]; c <= ' ' {
				i += 3
				goto wordEnd
			}
			h = wcHashByte(h, c)
			i += 4
		}
		for i < len(s) {
			c := keyBytes[s[i]]
			if c <= ' ' {
				break
			}
			h = wcHashByte(h, c)
			i++
		}
	wordEnd:
		if i == start {
			goto copied
		}
		if i == len(s) {
			canon, found = w.findFolded(s, h)
			return canon, found, true
		}
		if keyBytes[s[i]] != ' ' {
			goto copied
		}
		h = wcHashByte(h, ' ')
		i++
	}
copied:
	var buf [maxASCIIKey]byte // zeroed only where a key is copied
	n := 0
	h = wcHashInit
	for i := 0; i < len(s); {
		c := keyBytes[s[i]]
		if c > ' ' {
			buf[n] = c
			n++
			h = wcHashByte(h, c)
			i++
			continue
		}
		switch c {
		case 0:
			if s[i] == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x98) {
				// A typographic apostrophe, which keys hold as "'" (see
				// appendKey): "Trump’s", "don’t".
				buf[n] = '\''
				n++
				h = wcHashByte(h, '\'')
				i += 3
				continue
			}
			return "", false, false // not ASCII, or NUL
		case ' ':
			// White space: one space in the key, between words only.
			for i++; i < len(s) && keyBytes[s[i]] == ' '; i++ {
			}
			if n > 0 && i < len(s) {
				buf[n] = ' '
				n++
				h = wcHashByte(h, ' ')
			}
		default:
			buf[n] = c // a control byte stands for itself
			n++
			h = wcHashByte(h, c)
			i++
		}
	}
	if n == 0 {
		return "", false, false
	}
	w.load()
	canon, found = findHashed(w, buf[:n], h)
	return canon, found, true
}

// maxASCIIKey is the longest key lookupASCII reads.
const maxASCIIKey = 64

// keyBytes maps a byte of ASCII to what a key holds for it: a letter
// lowered, a space for any white space, the byte itself else; 0 for a
// byte above 0x7F and for NUL, which lookupASCII leaves to the slower
// path. One load a byte, where the tests of the cases cost lookups a
// dozen instructions a byte more.
var keyBytes = func() (t [256]byte) {
	for c := 1; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = ' '
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// lookup finds the canonical form of s, folded as foldKey folds it.
func (w *wordList) lookup(s string) (string, bool) {
	if w.searched {
		var buf [64]byte
		key, ok := appendKey(buf[:0], s)
		if !ok {
			key = []byte(foldKey(s))
		}
		return w.search(key)
	}
	if c, found, ok := w.lookupASCII(s); ok {
		return c, found
	}
	var buf [64]byte
	if key, ok := appendKey(buf[:0], s); ok {
		return find(w, key)
	}
	return find(w, foldKey(s))
}

// search finds key in the text of a searched list, indexing it first.
func (w *wordList) search(key []byte) (string, bool) {
	w.textOnce.Do(func() {
		data, err := lexiconFiles.ReadFile("lexicon/" + w.file)
		if err != nil {
			panic("wirestory: embedded lexicon: " + err.Error())
		}
		w.textIndex = newTextIndex(string(data))
	})
	return w.textIndex.lookup(key)
}
