package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one word or one punctuation mark of a paragraph, with its
// byte offsets into the text and what the lexicon knows about it.
type token struct {
	s, e  int
	flags tokFlags
	tokTail
}

// tokTail is the rest of a token, a struct of its own so that token has
// no more than four fields: the compiler keeps a copy of a struct of
// four fields in registers, but a copy of one of five in memory.
type tokTail struct {
	quote int32  // 1 + index of the innermost quote holding the token; 0 outside quotes
	hash  uint32 // a word's wcHash, lowered (rsHash for an ASCII word); it fills the padding after quote
}

// tokFlags describe a token: its shape, then the word classes it belongs to.
type tokFlags uint64

const (
	tWord     tokFlags = 1 << iota // letters or digits
	tUpper                         // a word whose first letter is upper case
	tComma                         // ","
	tEnd                           // ".", "!" or "?"
	tColon                         // ":" or ";"
	tDash                          // "—", "–" or "--"
	tMark                          // a quote mark, opening or closing a Quote
	tOpen                          // the opening mark of a Quote
	tClose                         // the closing mark of a Quote
	tParen                         // "(" or ")"
	tOther                         // any other punctuation
	tNonASCII                      // a word with bytes above 0x7F (not looked up)
	tQ                             // a quote character, whether or not it pairs

	// The language of a word of languageWords (see langFlags): lEnglish,
	// lOther, or both for a particle of a name. They lie below cCue, so
	// that a test for any class of the grammar (flags >= cCue) passes
	// them over.
	lEnglish
	lOther

	tThatNext // a word before a word of the hash of "that" (see sentence)
	tLong     // an ASCII word longer than maxClassWord, which is not looked up
	// tPlainEnd marks an ASCII word of letters and digits alone that
	// ends before an ASCII byte that joins no word (a space, a comma),
	// or at the end of its range: no possessive to cut off, no period to
	// keep, so that resolution takes the word as it is (see plain).
	tPlainEnd

	// Word classes from the lexicon (see wordClasses).
	cCue     // a speech or report verb form: said, told, urging
	cCueMW   // the first word of a cue of several words: "according", "expressed"
	cLink    // a word that links a source to another: citing, quoting, carried
	cLinkMW  // the first word of a link of several words: "published", "posted"
	cDet     // a determiner or possessive: the, a, his
	cPron    // a personal pronoun: he, she, they
	cAux     // an auxiliary or adverb between subject and verb: has, also
	cStop    // a function word that no source phrase crosses: that, when
	cTitle   // a title before a name: President, Sen.
	cRole    // a role noun: spokesman, envoy
	cAbbr    // an abbreviation whose period ends no sentence: Mr, Jan
	cDoc     // a document that carries words: statement, report
	cSrcNoun // a noun that makes a phrase a source: sources, officials
	cTime    // a time word that may trail a cue: Monday, yesterday
	cCue2    // the second word of a cue of several words: "to" of "according to"
	cWeak    // a cue form that is a cue only before a clause: "support", "report"
	cSpeech  // a form of a cue of chainSpeech, whose content may be another's speech: said, reported

	// Word classes of the small lists the attribution stage asks about a
	// token (see classLists): each is a bit test here, not a lookup.
	cVenue      // venuePrepositions: in, on
	cTimeOpener // timeOpeners: last, on
	cRelative   // relatives: who, which
	cFloat      // cueFloats: only, both
	cContrast   // contrasts: but, whereas
	cPassiveAux // cuePassiveAux: was, got
	cStanceNoun // cueStanceNouns: criticism, support
	cNounForm   // cueNounForms: reports, calls
	cPast       // pastVerbs: took, gave
	cPartOpener // participleOpeners: while, despite
	cAskOpener  // cueAskOpeners: when
	cOpener     // cueOpeners: outside, likewise
	cPossDet    // possessiveDeterminers: his, their
	cNotManner  // cueNotManner: only, early
	cPoll       // cuePolls: poll, survey
	cJoiner     // clauseJoiners: and, then
	cIndefinite // indefiniteArticles: a, an
	cParticle   // cueParticles: back, out
	cChainRel   // chainRelative: which, quoting
	cMonth      // months: September, Sept
	cQuotedNoun // quotedNouns: charge, label
	cNameLink   // nameLinks: of, the
	cNotCueLast // the last word of a cueNotPhrases entry: "up" of "showed up"
	cFromLast   // the last word of a chainFromCues entry: "from" of "learned from"
	cLiteral    // sentenceWords: reportedly, citing, in (words sentence reads by themselves)
	cClauseWord // clauseStops: and, but, while, whereas (words clauseEnd reads)
	cPrep       // phrasePrepositions: of, for (prepositions inside a source phrase)
	cPrepLike   // openingPrepositions: during, after (prepositions that open a circumstance)
	cTimeUnit   // timeUnits: weeks, years (a time between a subject and its verb)
)

// classLists are the lists whose words have a class bit of their own,
// by class; isIn asks the list itself for a word tokenize did not look up.
var classLists = [...]struct {
	c tokFlags
	l List
}{
	{cVenue, venuePrepositions}, {cTimeOpener, timeOpeners}, {cRelative, relatives},
	{cFloat, cueFloats}, {cContrast, contrasts}, {cPassiveAux, cuePassiveAux},
	{cStanceNoun, cueStanceNouns}, {cNounForm, cueNounForms}, {cPast, pastVerbs},
	{cPartOpener, participleOpeners}, {cAskOpener, cueAskOpeners}, {cOpener, cueOpeners},
	{cPossDet, possessiveDeterminers}, {cNotManner, cueNotManner}, {cPoll, cuePolls},
	{cJoiner, clauseJoiners}, {cIndefinite, indefiniteArticles}, {cParticle, cueParticles},
	{cChainRel, chainRelative}, {cMonth, months}, {cQuotedNoun, quotedNouns},
	{cNameLink, nameLinks}, {cLiteral, sentenceWords}, {cClauseWord, clauseStops},
	{cPrep, phrasePrepositions}, {cPrepLike, openingPrepositions}, {cTimeUnit, timeUnits},
}

// classList returns the list of a class of classLists.
func classList(c tokFlags) List {
	for _, e := range classLists {
		if e.c == c {
			return e.l
		}
	}
	panic("wirestory: no list for class")
}

// wordClasses maps folded words to their classes for one Lexicon. It is
// built once per Lexicon, which is immutable.
type wordClasses struct {
	// table holds the classes of every folded word of the lists, open
	// addressed and keyed by wcHash, which tokenize computes while it
	// lowers a word: a probe costs less than a map access, and the
	// attribution stage makes one for most words.
	table []wcEntry
	mask  uint32
	n     int                  // entries in table
	bloom [1 << 15 / 64]uint64 // bit h%(1<<15) of every key's hash h: most words need no probe of the larger table

	forms *formTable // whole forms of the cue lists: see formTable

	// domains holds the folded forms of domainSuffixes: the part after a
	// period inside an outlet's name ("Lenta.ru"), asked only of a
	// period that joins no short part.
	domains []string
}

type wcEntry struct {
	key   string
	h     uint32
	flags tokFlags
	head  uint64 // key's first eight bytes (see wordHead): most keys are compared in one test
}

// wcHash is FNV-1a, fed a byte at a time.
const wcHashInit uint32 = 2166136261

func wcHashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * wcHashPrime }

// wcHashPrime is the FNV-1a prime of 32 bits.
const wcHashPrime = 16777619

func wcHashString(s string) uint32 {
	h := wcHashInit
	for i := 0; i < len(s); i++ {
		h = wcHashByte(h, s[i])
	}
	return h
}

// tableSize is the size of an open-addressed table for n keys: a power
// of two, at most half full.
func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

// maxClassWord is the longest word tokenize looks up; the Lexicon doc
// gives the bound to callers who extend a class list.
const maxClassWord = 32

// lookupWord is lookupHashed for an ASCII word of the text, whose bytes
// are letters, digits or the joiners ' - . &.
func (wc *wordClasses) lookupWord(w string, h uint32) tokFlags {
	if !wc.mayHold(h) {
		return 0
	}
	return wc.probeWord(w, h)
}

// maxApostropheWord bounds the bytes of a word with a curly apostrophe
// that tokenize looks up: the lists' words with one are contractions,
// "shouldn’t" the longest.
const maxApostropheWord = 12

// apostropheClasses returns the classes of the word text[i:j] whose only
// runes above 0x7F are curly apostrophes, "won’t", "it’s": those of the
// word with straight ones, so that typeset copy reads as typed copy does.
// Any other word gets none.
func (wc *wordClasses) apostropheClasses(text string, i, j int) tokFlags {
	if j-i > maxApostropheWord || !strings.Contains(text[i:j], "\u2019") {
		return 0 // "Pakistan’s": a possessive, of no list; "José": no apostrophe
	}
	var buf [maxApostropheWord]byte
	n, h := 0, wcHashInit
	for k := i; k < j; n++ {
		if n == len(buf) {
			return 0
		}
		c := text[k]
		switch {
		case c < utf8.RuneSelf:
			k++
		case strings.HasPrefix(text[k:j], "\u2019"):
			c, k = '\'', k+len("\u2019")
		default:
			return 0
		}
		buf[n] = c
		if l := rsFold[c]; l != 0 {
			c = l // wordEndFrom hashes letters lowered, joiners as they are
		}
		h = wcHashByte(h, c)
	}
	return wc.lookupWord(string(buf[:n]), h)
}

// mayHold reports whether a word of wcHash h may be a key: the bloom
// filter, which answers for about half the words of a story, small
// enough to be inlined where tokenize looks a word up.
func (wc *wordClasses) mayHold(h uint32) bool {
	b := h % (1 << 15)
	return wc.bloom[b/64]&(1<<(b%64)) != 0
}

// probeWord is lookupWord past the bloom filter. Every byte a word may
// hold has the bit 0x20 set but a capital, which it lowers: w[k]|0x20 is
// the byte lowered.
func (wc *wordClasses) probeWord(w string, h uint32) tokFlags {
	return wc.probeHead(w, wordHead(w, 0x20), h)
}

// probeText is probeWord of the word text[i:j], whose head it reads in
// one load of eight bytes where the text has them.
func (wc *wordClasses) probeText(text string, i, j int, h uint32) tokFlags {
	n, b := j-i, text[i:]
	if len(b) < 8 {
		return wc.probeWord(text[i:j], h)
	}
	head := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return wc.probeHead(text[i:j], (head|0x2020202020202020)&headMasks[min(n, 8)&15], h)
}

// headMasks keeps the first n bytes of a head, by n.
var headMasks = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// probeHead is probeWord given head, wordHead(w, 0x20). The entry's head
// answers for a word of up to eight bytes, its first eight bytes for a
// longer one.
func (wc *wordClasses) probeHead(w string, head uint64, h uint32) tokFlags {
	for i := h & wc.mask; ; i = (i + 1) & wc.mask {
		e := &wc.table[i]
		if e.h == h && e.head == head && len(e.key) == len(w) && (len(w) <= 8 || equalOr20(w[8:], e.key[8:])) {
			return e.flags
		}
		if e.key == "" {
			return 0
		}
	}
}

// wordHead returns the first eight bytes of w (all of a shorter w), each
// ORed with or, little-endian in a uint64 whose bytes past w are zero.
func wordHead(w string, or byte) uint64 {
	var v uint64
	for k := min(len(w), 8) - 1; k >= 0; k-- {
		v = v<<8 | uint64(w[k]|or)
	}
	return v
}

// equalOr20 reports whether w with bit 0x20 set in every byte is key,
// whose length is w's.
func equalOr20(w, key string) bool {
	key = key[:len(w)]
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != key[k] {
			return false
		}
	}
	return true
}

// classesOf returns the token classes of l, built once per Lexicon.
func classesOf(l *Lexicon) *wordClasses {
	if l == nil {
		l = defaultLexicon()
	}
	l.classes.Do(func() { l.wordClass = buildClasses(l) })
	return l.wordClass
}

func buildClasses(l *Lexicon) *wordClasses {
	// The table is filled directly, sized once for every key the lists
	// could give, then moved to a table sized for the keys they gave: a Go
	// map in between cost more than the rest of the build.
	n := 0
	count := func(k List, times int) {
		if w := l.list(k); w != nil {
			n += times * w.size()
		}
	}
	count(CueVerbs, 3) // the form or its first word, the second word, the speech mark
	count(CuePhrases, 3)
	for _, k := range [...]List{LinkCues, determiners, pronouns, auxiliaries, stopWords, Titles, Roles,
		abbreviations, cueNouns, sourceNouns, timeWords, cueWeakForms, cueNotPhrases, chainFromCues} {
		count(k, 1)
	}
	for _, e := range classLists {
		count(e.l, 1)
	}
	n += len(languageWords)
	wc := &wordClasses{forms: buildForms(l)}
	size := tableSize(n)
	wc.table, wc.mask = make([]wcEntry, size), uint32(size-1)
	add := func(k List, single, multi tokFlags) {
		w := l.list(k)
		if w == nil {
			return
		}
		for key := range w.forms() {
			first, rest := key, false
			for i := 0; i < len(key); i++ {
				if key[i] == ' ' {
					first, rest = key[:i], true
					break
				}
			}
			if rest {
				wc.or(first, multi)
			} else {
				wc.or(key, single)
			}
		}
	}
	add(CueVerbs, cCue, cCueMW)
	add(CuePhrases, cCueMW, cCueMW)
	for _, k := range [...]List{CueVerbs, CuePhrases} {
		// The second words of cues of several words, so that a first word
		// followed by anything else needs no lookup of the whole.
		if w := l.list(k); w != nil {
			for key := range w.forms() {
				if i := strings.IndexByte(key, ' '); i > 0 {
					second := key[i+1:]
					if j := strings.IndexByte(second, ' '); j > 0 {
						second = second[:j]
					}
					wc.or(second, cCue2)
				}
			}
		}
	}
	addSpeech(l, wc)
	add(LinkCues, cLink, cLinkMW)
	add(determiners, cDet, 0)
	add(pronouns, cPron, 0)
	add(auxiliaries, cAux, 0)
	add(stopWords, cStop, 0)
	add(Titles, cTitle, 0)
	add(Roles, cRole, 0)
	add(abbreviations, cAbbr, 0)
	add(cueNouns, cDoc, 0)
	add(sourceNouns, cSrcNoun, 0)
	add(timeWords, cTime, 0)
	add(cueWeakForms, cWeak, 0)
	for w, lang := range languageWords {
		wc.or(w, langFlags[lang])
	}
	for _, e := range classLists {
		add(e.l, e.c, 0)
	}
	// The last words of the phrases asked about a cue and the word after
	// it ("showed up", "learned from"): a token without the class ends
	// none of them.
	for _, e := range [...]struct {
		l List
		c tokFlags
	}{{cueNotPhrases, cNotCueLast}, {chainFromCues, cFromLast}} {
		if w := l.list(e.l); w != nil {
			for key := range w.forms() {
				wc.or(key[strings.LastIndexByte(key, ' ')+1:], e.c)
			}
		}
	}
	if w := l.list(domainSuffixes); w != nil {
		for key := range w.forms() {
			wc.domains = append(wc.domains, key)
		}
	}
	wc.settle()
	return wc
}

// or adds flags f to key's entry in wc's table, adding the entry (with
// no flags but f) if key has none. The table must have a free slot.
func (wc *wordClasses) or(key string, f tokFlags) {
	if key == "" {
		return // the empty key marks a free slot; no token is empty
	}
	h := wcHashString(key)
	i := h & wc.mask
	for ; wc.table[i].key != ""; i = (i + 1) & wc.mask {
		if e := &wc.table[i]; e.h == h && e.key == key {
			e.flags |= f
			return
		}
	}
	wc.table[i] = wcEntry{key: key, h: h, flags: f, head: wordHead(key, 0)}
	wc.n++
}

// settle moves the entries of the table buildClasses filled to one sized
// for them alone, the size lookups expect, and sets their bloom bits.
func (wc *wordClasses) settle() {
	full := wc.table
	if size := tableSize(wc.n); size < len(full) {
		wc.table, wc.mask = make([]wcEntry, size), uint32(size-1)
		for _, e := range full {
			if e.key == "" {
				continue
			}
			i := e.h & wc.mask
			for wc.table[i].key != "" {
				i = (i + 1) & wc.mask
			}
			wc.table[i] = e
		}
	}
	for _, e := range wc.table {
		if e.key != "" {
			b := e.h % (1 << 15)
			wc.bloom[b/64] |= 1 << (b % 64)
		}
	}
}

// Classes of a byte for tokenize: tbUpper is tUpper's bit, so that a
// word's first byte gives its flag.
const (
	tbOther = 0             // ASCII punctuation: a token of its own
	tbUpper = uint8(tUpper) // a capital letter
	tbLower = 4             // a lower-case letter or a digit
	tbSpace = 8             // a space, tab or line break
	tbJoin  = 16            // a byte that may join a word to more of it: ' - . & or any byte above 0x7F
)

var tokBytes = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case rsAlnum[c] == rsUpper:
			t[c] = tbUpper
		case rsAlnum[c] == rsLower:
			t[c] = tbLower
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = tbSpace
		case c == '\'' || c == '-' || c == '.' || c == '&' || c >= utf8.RuneSelf:
			t[c] = tbJoin
		}
	}
	return t
}()

// tokenize appends the tokens of text[start:end] to dst. Words are runs of
// letters and digits, joined by an inner apostrophe, hyphen, period or
// ampersand ("Pakistan’s", "al-Sabah", "U.S", "AT&T"); every other non-space rune is a
// token of its own, except "--", which is one dash. A word keeps the
// hash it was looked up by: the token stream hands it to resolution,
// which would hash the word again.
//
// The loop reads what most of a text is, and hands the rest to
// functions that take the slice and the offset and give them back:
// then nothing the loop carries lives across a call, and Go need not
// store it on the stack for every token in case one is made.
func tokenize(dst []token, text string, start, end int, wc *wordClasses) []token {
	text = text[:end] // so that the compiler knows every index below end is in the text
	// Copies of rsFold and tokBytes on the stack, which the loops index
	// from the stack pointer: the tables themselves they addressed anew
	// for every letter and every token.
	fold, kinds := rsFold, tokBytes
	// The offsets are compared as unsigned numbers where a byte is read
	// after the test: the compiler cannot tell that an offset a call gave
	// back is not negative, and checked each such read again (about
	// 480,000 instructions on the instr sample).
	for i := start; uint(i) < uint(len(text)); {
		c := text[i]
		k := kinds[c]
		if k == tbSpace {
			i++
			continue
		}
		if len(dst) == cap(dst) {
			dst, i = grown(dst, i)
			continue
		}
		if k == tbLower || k == tbUpper {
			// An ASCII word: its run of letters and digits is read here,
			// and only a joiner or a byte above 0x7F after it needs
			// wordEndFrom. The loop is wordEndFrom's first, written out:
			// as a function, even inlined, it cost tokenize 2 M more
			// instructions on the sample.
			//
			// wcHashByte is written out: the call, though inlined, left a
			// no-op instruction in the loop, a tenth of its cost. The
			// first byte is a letter or digit (k says so); the rest are
			// read four a turn while four remain, which spares three of
			// every four tests of the length and jumps back (about 3.1 M
			// instructions on the sample, 2 a byte); the loop after it
			// reads only the last three bytes of a text.
			j, h := i+1, (wcHashInit^uint32(fold[c]))*wcHashPrime
			for j < len(text)-3 {
				l := fold[text[j]]
				if l == 0 {
					goto wordRead
				}
				h = (h ^ uint32(l)) * wcHashPrime
				if l = fold[text[j+1]]; l == 0 {
					j++
					goto wordRead
				}
				h = (h ^ uint32(l)) * wcHashPrime
				if l = fold[text[j+2]]; l == 0 {
					j += 2
					goto wordRead
				}
				h = (h ^ uint32(l)) * wcHashPrime
				if l = fold[text[j+3]]; l == 0 {
					j += 3
					goto wordRead
				}
				h = (h ^ uint32(l)) * wcHashPrime
				j += 4
			}
			for j < len(text) {
				l := fold[text[j]]
				if l == 0 {
					break
				}
				h = (h ^ uint32(l)) * wcHashPrime
				j++
			}
		wordRead:
			f := tWord | tokFlags(k&tbUpper) | tPlainEnd
			if uint(j) < uint(len(text)) && kinds[text[j]] == tbJoin {
				// A joiner that joins nothing ends the word as a space
				// would, though not plainly: a period before a space, a
				// line break or the end ("said."), a dash or a double
				// quotation mark (E2 80 xx but the apostrophe's 99).
				// Anything else is wordEndFrom's.
				if c := text[j]; c == '.' && (j+1 == len(text) || text[j+1] < utf8.RuneSelf && rsAlnum[text[j+1]] == 0) ||
					c == 0xE2 && j+2 < len(text) && text[j+1] == 0x80 && text[j+2] != 0x99 {
					f &^= tPlainEnd
				} else {
					dst, i = joinedWord(dst, text, i, j, h, tokFlags(k&tbUpper), wc)
					continue
				}
			}
			if j-i > maxClassWord {
				f |= tLong
			} else if wc.mayHold(h) {
				// probeWord, written out for a word of up to eight bytes
				// with eight to read, its head read in one load: as a
				// call, the loop reloaded what it carries after every
				// probe. A longer word, whose rest is compared by a call,
				// is classedWord's.
				n := j - i
				if n > 8 || i > len(text)-8 {
					dst, i = classedWord(dst, text, i, j, h, f, wc)
					continue
				}
				b := text[i : i+8] // eight bytes: text[i:] cost a test whether it was empty, and more registers (about 690,000 instructions)
				head := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
					uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
				head = (head | 0x2020202020202020) & headMasks[n&15]
				for x := h & wc.mask; ; x = (x + 1) & wc.mask {
					e := &wc.table[x]
					if e.h == h && e.head == head && len(e.key) == n {
						f |= e.flags
						break
					}
					if e.key == "" {
						break
					}
				}
				if f&tUpper != 0 && f&(cAux|cMonth|cRelative) != 0 {
					// nameBefore decides a modal or a month ("Theresa May"),
					// acronymBefore an auxiliary or relative in capitals
					// ("quoting DID data", "citing WHO figures").
					dst, i = classedWord(dst, text, i, j, h, f, wc)
					continue
				}
				if h == thatHash && len(dst) > 0 {
					// The token before may be the last of the range before,
					// which the mark costs a test in vain.
					dst[len(dst)-1].flags |= tThatNext
				}
			}
			dst = dst[:len(dst)+1]
			dst[len(dst)-1] = token{s: i, e: j, flags: f, tokTail: tokTail{hash: h}}
			i = j
			if uint(i) < uint(len(text)) && text[i] == ' ' {
				i++ // the space after most words, without a turn of the loop
			}
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			if dst, i, r, n = nonASCII(dst, text, i); n == 0 {
				continue // a space or a word
			}
		}
		t := token{s: i, e: i + n}
		switch r {
		case ',':
			t.flags = tComma
		case '.', '!', '?':
			t.flags = tEnd
		case ':', ';':
			t.flags = tColon
		case '—', '–', '―':
			t.flags = tDash
		case '-':
			if i+1 < len(text) && text[i+1] == '-' {
				t.e = i + 2
				t.flags = tDash
			} else {
				t.flags = tDash
			}
		case '(', ')', '[', ']':
			t.flags = tParen
		case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』':
			t.flags = tOther | tQ
		default:
			t.flags = tOther
		}
		dst = dst[:len(dst)+1]
		dst[len(dst)-1] = t
		i = t.e
	}
	return dst
}

// grown returns dst with room for more tokens, and i: tokenize gives
// its offset to the call and takes it back, so that the offset does not
// live across a call. Inlined, it would.
//
//go:noinline
func grown(dst []token, i int) ([]token, int) { return roomFor(dst), i }

// joinedWord is tokenize for the word at i whose letters and digits run
// to j, with wcHash h, before a joiner or a byte above 0x7F: wordEndFrom
// reads the rest. upper is the word's tUpper. It returns dst with the
// word and where tokenize goes on.
func joinedWord(dst []token, text string, i, j int, h uint32, upper tokFlags, wc *wordClasses) ([]token, int) {
	j, h, ascii := wordEndFrom(text, i, j, h, wc)
	switch f := tWord | upper; {
	case !ascii:
		if wc != nil {
			f |= wc.apostropheClasses(text, i, j)
		}
		return classedWord(dst, text, i, j, h, f|tNonASCII, nil)
	case j-i > maxClassWord:
		return classedWord(dst, text, i, j, h, f|tLong, nil)
	case wc.mayHold(h):
		return classedWord(dst, text, i, j, h, f, wc)
	default:
		return classedWord(dst, text, i, j, h, f, nil)
	}
}

// classedWord appends the word text[i:j] with wcHash h and flags f to
// dst, and returns dst and where tokenize goes on. With wc, the word is
// one tokenize looks up: its classes join f, a modal or month may go on
// the name before it, and "that" marks the token before it.
func classedWord(dst []token, text string, i, j int, h uint32, f tokFlags, wc *wordClasses) ([]token, int) {
	if wc != nil {
		f |= wc.probeText(text, i, j, h)
		if f&tUpper != 0 && f&(cAux|cRelative) != 0 && acronymBefore(text, i, j) {
			// "quoting DID data", "citing WHO figures": an auxiliary or
			// relative in capitals, as tokenize's loop asks of a word it
			// probes itself; a copy of a quotation's tokens, tokenized on
			// their own to the quotation's end, must come out the same.
			f &^= acronymDrop
		}
		if f&tUpper != 0 && f&(cAux|cMonth) != 0 && nameBefore(dst, text, i, j) {
			f &^= cAux | cStop | cTime | cMonth
		}
		if h == thatHash && len(dst) > 0 {
			dst[len(dst)-1].flags |= tThatNext
		}
	}
	dst = append(roomFor(dst), token{s: i, e: j, flags: f, tokTail: tokTail{hash: h}})
	if j < len(text) && text[j] == ' ' {
		j++
	}
	return dst, j
}

// nonASCII is tokenize for the rune at i, above 0x7F. A space it passes
// over and a word it appends, and it returns n 0; for any other rune it
// returns the rune and its length n for tokenize to append as a mark.
func nonASCII(dst []token, text string, i int) (_ []token, _ int, r rune, n int) {
	r, n = utf8.DecodeRuneInString(text[i:])
	if r >= 0x2010 && r < 0x2028 {
		// Dashes and typographic quotes: no space, no word (the tables
		// below would search for them three times).
		return dst, i, r, n
	}
	if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
		return dst, i + n, r, 0
	}
	if !isWordRune(r) {
		return dst, i, r, n
	}
	j, h, _ := wordEndFrom(text, i, i, wcHashInit, nil)
	t := token{s: i, e: j, flags: tWord | tNonASCII, tokTail: tokTail{hash: h}}
	if unicode.IsUpper(r) {
		t.flags |= tUpper
	}
	return append(roomFor(dst), t), j, r, 0
}

// acronymDrop are the classes of the grammar's small words that a word
// in capitals throughout loses when it is an acronym (acronymBefore):
// "DID" (the Department of Irrigation and Drainage), "WHO", "CAN". A
// pronoun keeps its class: "HE the Minister" is an honorific.
const acronymDrop = cAux | cStop | cRelative | cChainRel | cClauseWord | cJoiner

// acronymBefore reports whether the word text[i:j], of two or more
// letters in capitals throughout, stands before a word in lower case,
// one space on: "quoting DID data", "citing WHO figures". A small word
// of the grammar in capitals is a headline's, whose next word is in
// capitals too ("HE DID NOT"); before a word in lower case it is an
// acronym.
func acronymBefore(text string, i, j int) bool {
	if j-i < 2 || j+1 >= len(text) || text[j] != ' ' || text[j+1] < 'a' || text[j+1] > 'z' {
		return false
	}
	for k := i; k < j; k++ {
		if c := text[k]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// nameBefore reports whether the capitalised word text[i:j], a modal or
// a month, goes on the name before it, "Theresa May", "Tin Aung May":
// a capitalised word of none of the grammar's lists stands one space
// before it, it is not all capitals, and no number or capital follows
// it.
func nameBefore(dst []token, text string, i, j int) bool {
	if len(dst) == 0 {
		return false
	}
	p := dst[len(dst)-1]
	if p.flags&(tWord|tUpper) != tWord|tUpper || p.flags >= cCue || p.e+1 != i || text[p.e] != ' ' || isPrep(p) {
		return false // "In October": the word before is in a list of the grammar
	}
	if j-i < 2 || text[i+1] < 'a' || text[i+1] > 'z' {
		return false // "HE'S BEEN CALLED": capitals throughout are no name
	}
	// "Paris May 5" is a date; "Trump May Not Have", a headline in title case.
	return j+1 >= len(text) || text[j] != ' ' || !isDigit(text[j+1]) && (text[j+1] < 'A' || text[j+1] > 'Z')
}

// wordEndFrom returns the end of the word that starts at i, read up to j
// with wcHash h, lowered, and whether the word is all ASCII (else the
// hash is of no use): the slow path of tokenize, for a word with a
// joiner or a letter above 0x7F.
func wordEndFrom(text string, i, j int, h uint32, wc *wordClasses) (int, uint32, bool) {
	ascii := true
	for {
		for j < len(text) {
			l := rsFold[text[j]]
			if l == 0 {
				break
			}
			h = wcHashByte(h, l)
			j++
		}
		if j >= len(text) {
			return j, h, ascii
		}
		c := text[j]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				ascii = false
				j += n
				continue
			}
		}
		// An inner joiner followed by a letter or digit; a period only
		// inside short parts ("U.S", "a.m", "3.5"), not "said.Trump".
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == '&') && j+n < len(text) {
			// An ASCII byte after it, most often, is a letter or digit by
			// rsAlnum; the rest is isWordRune's.
			var word bool
			r2 := rune(text[j+n])
			if r2 < utf8.RuneSelf {
				word = rsAlnum[r2] != 0
			} else {
				r2, _ = utf8.DecodeRuneInString(text[j+n:])
				word = isWordRune(r2)
			}
			if word && (r != '.' || '0' <= r2 && r2 <= '9' || shortPart(text, i, j) || wc.domainAfter(text, i, j+1)) {
				if c >= utf8.RuneSelf {
					ascii = false
				}
				h = wcHashByte(h, c)
				j += n
				continue
			}
			// "U.S.-based", "U.N.-backed": an abbreviation's last period
			// before a hyphen and a word in lower case is inside the
			// compound, which is one word.
			if r == '.' && r2 == '-' && j+2 < len(text) && 'a' <= text[j+2] && text[j+2] <= 'z' && shortPart(text, i, j) && j > i && text[j-2] == '.' {
				h = wcHashByte(wcHashByte(h, '.'), '-')
				j += 2
				continue
			}
		}
		return j, h, ascii
	}
}

// shortPart reports whether the part of the word text[i:j] after its last
// period or hyphen is at most two bytes long: "U.S", "D-N.Y".
// domainAfter reports whether the word at i, capitalised, goes on after
// a period with a web address's last part at k, a whole word of
// domainSuffixes in any case: "Lenta.ru", "The Sakhalin.Info news
// portal". wc may be nil.
func (wc *wordClasses) domainAfter(text string, i, k int) bool {
	if wc == nil || len(wc.domains) == 0 || text[i] < 'A' || text[i] > 'Z' {
		return false
	}
	e := k
	for e < len(text) && e-k <= 6 && rsAlnum[text[e]] != 0 {
		e++
	}
	if e-k < 2 || e-k > 6 || e < len(text) && (text[e] >= utf8.RuneSelf || text[e] == '-' || text[e] == '\'') {
		return false
	}
	for _, d := range wc.domains {
		if len(d) == e-k && equalOr20(text[k:e], d) {
			return true
		}
	}
	return false
}

func shortPart(text string, i, j int) bool {
	k := j
	for k > i && k > j-3 && text[k-1] != '.' && text[k-1] != '-' {
		k--
	}
	return j-k <= 2
}

func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r <= unicode.MaxLatin1:
		return unicode.IsLetter(r) // no digit or mark above ASCII in Latin-1
	case r < 0x250:
		return true // Latin Extended-A and -B are letters throughout
	case r >= 0x2000 && r < 0x2070:
		return false // General Punctuation: spaces, dashes, quotes, formats
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordSpans appends the offsets of the words of s to dst: the words of
// strings.Fields, found without allocating.
func wordSpans(dst [][2]int, s string) [][2]int {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		dst = append(dst, [2]int{start, len(s)})
	}
	return dst
}

// equalLowerASCII reports whether strings.ToLower(s) == w, for a
// lower-case ASCII w, without allocating when s is ASCII.
func equalLowerASCII(s, w string) bool {
	// Lowering keeps an ASCII byte one byte, and of the other runes only
	// "İ" and "K" (two and three bytes) become ASCII, shorter: s as long
	// as w is equal only in ASCII, which one loop compares (a byte above
	// 0x7F equals none of w's); s longer than w, up to three times, may
	// be equal only through those runes.
	if len(s) == len(w) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[i] {
				return false
			}
		}
		return true
	}
	if len(s) < len(w) || len(s) > 3*len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s) == w // "İ" and "K" lower to ASCII
		}
	}
	return false
}

// firstTokenAt returns the index of the first of toks, which are in text
// order, that starts at or after off. The search gallops out from hint,
// where the last one ended: the attribution stage makes several for each
// quotation, near one another, in a paragraph that may hold thousands.
func firstTokenAt(toks []token, off, hint int) int {
	n := len(toks)
	hint = min(max(hint, 0), n)
	if hint < n && toks[hint].s == off && (hint == 0 || toks[hint-1].s < off) {
		return hint // the token asked for again, as most askers do
	}
	lo, hi := 0, n
	if hint < n && toks[hint].s < off {
		// The answer lies after hint.
		lo = hint + 1
		for step := 1; lo+step <= n; step *= 2 {
			if toks[lo+step-1].s >= off {
				hi = lo + step - 1
				break
			}
			lo += step
		}
	} else {
		// The answer is hint or lies before it.
		hi = hint
		for step := 1; hi-step >= 0; step *= 2 {
			if toks[hi-step].s < off {
				lo = hi - step + 1
				break
			}
			hi -= step
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].s < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
