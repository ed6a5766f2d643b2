package wirestory

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An rsTok is one word of the story as speaker resolution sees it.
type rsTok struct {
	s, e int // the word; a possessive "'s" is left out
	rsTokAt
	rsTokWord
}

// rsTokAt and rsTokWord are the rest of an rsTok, in two structs so that
// rsTok has no more than four fields, each of no more than four: the
// compiler builds such a struct in registers, a larger one in memory.
type rsTokAt struct {
	sent int32 // the sentence it is in, counted from 0
	wi   int32 // its index in rsWords.words, -1, or rsUnread
}

type rsTokWord struct {
	hash  uint32 // rsHash of the word, 0 if not ASCII
	bits  uint16 // its word classes
	flags uint8
}

const (
	tkCap       uint8 = 1 << iota // starts with a capital letter
	tkPoss                        // followed by a possessive "'s" or "'"
	tkQuoted                      // inside a quotation
	tkComma                       // a comma, semicolon or colon comes before it
	tkBreak                       // other punctuation, a quote mark or a sentence end comes before it
	tkSentStart                   // first word of its sentence
	tkPara                        // first word of its paragraph
	tkHeadline                    // in a paragraph in title case
)

// rsUnread marks a lower-case word not yet looked up: none of its forms
// is a role, an organisation or a pronoun.
const rsUnread = -2

// rsScanStream is rsScan made from the story's token stream: a word the
// attribution stage has already cut, hashed and found no different here
// is taken as it is, and only the bytes between words and the few words
// where resolution's idea of a word differs from tokenize's (a
// possessive "'s" cut off, the period of "Mr." or "U.S." kept, a word
// at the edge of a tokenized range) are read again, exactly as rsScan
// reads them. Text outside the stream's ranges (the headline's line,
// the dateline, blank lines) is read by rsScan's rules. The result is
// rsScan's. With marks, it also notes there where each paragraph starts
// and which words resolver.read visits. ts may be nil.
func rsScanStream(dst []rsTok, text string, w *rsWords, ts *tokStream, marks *rsMarks) []rsTok {
	sc := newRSScanner(dst, text, w, marks)
	defer sc.done()
	if ts == nil {
		sc.scan(0, len(text))
		return sc.dst
	}
	if !ts.inOrder() {
		slices.SortFunc(ts.segs, func(a, b tokSeg) int { return a.start - b.start })
	}
	i := 0
	for _, seg := range ts.segs {
		if seg.start >= len(text) {
			break
		}
		i = sc.scan(i, seg.start)
		i = sc.segment(ts.toks[seg.lo:seg.hi], seg.end, i)
	}
	sc.scan(i, len(text))
	return sc.dst
}

// rsMarks are what resolution's view of the words gives besides them.
type rsMarks struct {
	paras []int32 // the index of the first word of each paragraph
	// visits are the words resolver.read must visit, in order: every
	// other word it passes over, so it need not look at each. They are
	// the capitalised words, the pronouns, roles and organisation words,
	// and the words where a mention starts.
	visits []int32
	// mentions are the mentions whose starts read visits, given.
	mentions []*Mention
}

// An rsScanner is rsScan's state between words: the sentence count,
// whether a quotation is open, and the marks seen since the last word.
type rsScanner struct {
	dst     []rsTok
	text    string
	w       *rsWords
	sent    int32
	quoted  bool
	pending uint8
	newSent bool     // never without a mark pending: see plain
	marks   *rsMarks // or nil
	// mi and next follow the mention starts as read does: next is the
	// start of mentions[mi], the first mention that does not start
	// before the word read last.
	mi   int
	next int
}

func newRSScanner(dst []rsTok, text string, w *rsWords, marks *rsMarks) rsScanner {
	// English runs to about one word per six bytes: room for them all up
	// front spares a long story the slice's growth steps.
	if want := len(text)/6 + 16; cap(dst)-len(dst) < want {
		dst = append(make([]rsTok, 0, len(dst)+want), dst...)
	}
	sc := rsScanner{dst: dst, text: text, w: w, pending: tkSentStart | tkPara, newSent: true, marks: marks, next: len(text) + 1}
	if marks != nil {
		marks.paras, marks.visits = marks.paras[:0], marks.visits[:0]
		if len(marks.mentions) > 0 {
			sc.next = marks.mentions[0].Start
		}
	}
	return sc
}

// done drops what the scanner holds of the story.
func (sc *rsScanner) done() { sc.marks = nil }

// visit notes the word about to be added, at s with flags and bits,
// among the marks' visits if read must visit it.
func (sc *rsScanner) visit(s int, flags uint8, bits uint16) {
	if sc.marks == nil {
		return
	}
	at := false
	if s >= sc.next {
		ms := sc.marks.mentions
		for sc.mi < len(ms) && ms[sc.mi].Start < s {
			sc.mi++
		}
		sc.next = len(sc.text) + 1
		if sc.mi < len(ms) {
			sc.next = ms[sc.mi].Start
		}
		at = s == sc.next
	}
	if at || flags&tkCap != 0 || bits&(rwPronoun|rwRole|rwOrg) != 0 {
		sc.marks.visits = append(sc.marks.visits, int32(len(sc.dst)))
	}
}

// scan reads the text from i on until it reaches lim, and returns where
// it stopped: lim, or past it when a word runs on over lim.
func (sc *rsScanner) scan(i, lim int) int {
	text := sc.text
	lim = min(lim, len(text))
	for i < lim {
		c := text[i]
		if c == ' ' {
			i++
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if c < utf8.RuneSelf && rsAlnum[c] == 0 || c >= utf8.RuneSelf && !isResolveWordRune(r) {
			sc.mark(i, r)
			i += size
			continue
		}
		e, poss, h, hashed := rsWordEnd(text, i, sc.w)
		if !hashed {
			h, hashed = rsHash(text[i:e])
		}
		sc.word(i, e, c < utf8.RuneSelf && rsAlnum[c] == rsUpper || c >= utf8.RuneSelf && unicode.IsUpper(r), poss, h, hashed)
		i = e
		if poss {
			i = rsSkipPoss(text, e)
		}
	}
	return i
}

// segment reads the words of toks, the tokens of text up to end, from
// offset i on, and returns where it stopped.
func (sc *rsScanner) segment(toks []token, end, i int) int {
	text := sc.text
	lim := min(end, len(text)) // a word read as tokenized ends before it
	for k := 0; k < len(toks); k++ {
		if k, i = sc.plain(toks, k, i, lim); k >= len(toks) {
			break
		}
		t := &toks[k]
		if t.flags&tWord == 0 {
			continue // read with the bytes before the next word
		}
		s, e := t.s, t.e
		if s != i {
			if s == i+1 && i < len(text) && text[i] == ' ' {
				i = s
			} else {
				if s >= len(text) {
					break
				}
				if i < s {
					i = sc.scan(i, s)
				}
				if i > s {
					// A word read by rsScan's rules ran on into this one.
					if i < e {
						i = sc.scan(i, e)
					}
					continue
				}
			}
		}
		// tokenize and rsWordEnd agree on letters and inner joiners but
		// for the period, so what comes after a word decides whether
		// rsWordEnd reads it longer: a period or a joiner before a
		// letter, or the edge of the range, which cut the word or the
		// rune after it. Those words are read by rsScan's rules.
		if e >= lim || text[e] >= utf8.RuneSelf && lim-e < utf8.UTFMax {
			i = sc.scan(i, e)
			continue
		}
		c := text[e]
		if rsAfterWord[c] {
			if c != '.' || e+1 < len(text) && (text[e+1] >= utf8.RuneSelf || rsAlnum[text[e+1]] != 0) {
				i = sc.scan(i, e)
				continue
			}
		}
		upper, ascii := t.flags&tUpper != 0, t.flags&tNonASCII == 0
		// The word is read as tokenized; rsWordEnd then cuts off a
		// possessive ("Pakistan's") or keeps a final period ("Mr.",
		// "J.", "U.S.").
		if text[e-1]|0x20 == 's' && e-s > 2 {
			if text[e-2] == '\'' {
				h, ok := rsHash(text[s : e-2])
				sc.word(s, e-2, upper, true, h, ok)
				i = e
				continue
			}
			if text[e-2] == 0x99 { // perhaps "’s"
				i = sc.scan(i, e)
				continue
			}
		}
		if c == '.' && (upper && (e-s <= 5 || !ascii) || strings.IndexByte(text[s:e], '.') >= 0) {
			i = sc.scan(i, e)
			continue
		}
		var h uint32
		if ascii {
			h = t.hash
		}
		sc.word(s, e, upper, false, h, ascii)
		i = e
	}
	return i
}

// plain reads the tokens of toks from k on, from offset i on, for as
// long as they are what most of a story is: ASCII words that rsWordEnd
// would end where tokenize did, with no possessive to cut off, and
// marks, each after one space at most. It returns the first token it
// did not read and where it stopped; segment reads that token by the
// rules for all the rest.
//
// The loop calls no function: Go keeps what a loop carries in
// registers only if no call can clobber them, so the slices grow before
// it, and the word table's probe is written out in it (see
// rsWords.lookupHashed).
func (sc *rsScanner) plain(toks []token, k, i, lim int) (int, int) {
	if k >= len(toks) {
		return k, i
	}
	room := len(toks) - k // a token gives at most one word
	if cap(sc.dst)-len(sc.dst) < room {
		sc.dst = slices.Grow(sc.dst, room)
	}
	if m := sc.marks; m != nil {
		// Only a line break starts a paragraph, and plain reads none: a
		// paragraph starts at the first word here or nowhere.
		if cap(m.visits)-len(m.visits) < room {
			m.visits = slices.Grow(m.visits, room)
		}
		if cap(m.paras) == len(m.paras) {
			m.paras = slices.Grow(m.paras, 1)
		}
	}
	// What the loop carries is kept to the least, so that Go keeps it in
	// registers; the rest is read from sc where it is needed.
	text := sc.text[:lim]
	dst := sc.dst
	// k and e are compared as unsigned numbers, which tells the compiler
	// that they are not negative: the reads after the tests need no check.
	for ; uint(k) < uint(len(toks)); k++ {
		t := &toks[k]
		s, e := t.s, t.e
		if uint(e) >= uint(len(text)) {
			break
		}
		// One space or one line break before the token reads as nothing:
		// a line break starts a paragraph only before a blank or
		// indented line, and the token is neither.
		if s != i && (s != i+1 || text[i] != ' ' && text[i] != '\n') {
			break
		}
		f := t.flags
		if f&tWord == 0 {
			// A mark: an ASCII one, or one of U+2000 to U+203F (E2 80
			// xx), where the quotation marks, the dashes and the
			// typographic apostrophe are; mark reads the rest.
			c := text[s]
			switch {
			case e-s == 1 && c < utf8.RuneSelf:
				sc.asciiMark(c)
			case e-s == 3 && c == 0xE2 && text[s+1] == 0x80:
				switch text[s+2] {
				case 0x9C, 0x9E: // “ „
					sc.quoted = true
				case 0x9D: // ”
					sc.quoted = false
				}
				sc.pending |= tkBreak
			case e-s == 2 && c == '-' && text[s+1] == '-':
				sc.pending |= tkBreak
			default:
				goto out
			}
			i = e
			continue
		}
		// tokenize marked most words whose end needs no second look:
		// letters and digits alone, before a space or a plain mark.
		if f&tPlainEnd == 0 {
			if f&tNonASCII != 0 {
				break
			}
			// What follows the word must end it for rsWordEnd too: a space
			// or plain mark; a period that is the sentence's, not the word's
			// ("said.", not "Mr." or "U.S."); a closing quote or a dash, not
			// a typographic apostrophe that may join a word ("O’Brien").
			if c := text[e]; !rsPlainAfter[c] {
				switch c {
				case '.':
					if full := sc.text; e+1 < len(full) && (full[e+1] >= utf8.RuneSelf || rsAlnum[full[e+1]] != 0) || f&tUpper != 0 && e-s <= 5 {
						goto out
					}
					for x := s; x < e; x++ {
						if text[x] == '.' {
							goto out
						}
					}
				case 0xE2:
					if full := sc.text; e+utf8.UTFMax > len(full) || full[e+1] != 0x80 || full[e+2] == 0x99 {
						goto out
					}
				default:
					goto out
				}
			}
			if text[e-1]|0x20 == 's' && e-s > 2 && text[e-2] == '\'' {
				break // a possessive (the word is ASCII: no "’s")
			}
		}
		// Most words have no mark before them: one test passes them.
		// A new sentence has one, the mark that ends the last.
		flags := sc.pending
		if flags != 0 {
			if sc.newSent {
				sc.sent++
				flags |= tkSentStart
				sc.newSent = false
			}
			if m := sc.marks; flags&tkPara != 0 && m != nil {
				m.paras = m.paras[:len(m.paras)+1]
				m.paras[len(m.paras)-1] = int32(len(dst))
			}
			sc.pending = 0
		}
		if sc.quoted {
			flags |= tkQuoted
		}
		// The word goes in unread; what follows reads it from there,
		// so that the loop carries the least.
		h := t.hash
		if f&tUpper != 0 {
			flags |= tkCap
		}
		n := len(dst)
		dst = dst[:n+1]
		d := &dst[n]
		*d = rsTok{s: s, e: e, rsTokAt: rsTokAt{sent: sc.sent, wi: rsUnread}, rsTokWord: rsTokWord{hash: h, flags: flags}}
		i = e
		// A mention's start, followed as visit does.
		at := false
		if s >= sc.next {
			m := sc.marks // not nil: next is past the text without it
			mi := sc.mi
			for mi < len(m.mentions) && m.mentions[mi].Start < s {
				mi++
			}
			sc.mi, sc.next = mi, len(sc.text)+1
			if mi < len(m.mentions) {
				sc.next = m.mentions[mi].Start
			}
			at = s == sc.next
		}
		if w := sc.w; f&tUpper != 0 || w.mayMatter(h) {
			d.wi = -1
			if w.mayHold(h) {
				mask := uint32(len(w.table) - 1)
			probe:
				for slot := h & mask; ; slot = (slot + 1) & mask {
					x := w.table[slot]
					if x < 0 {
						break
					}
					if form := w.forms[x]; len(form) == e-s {
						// Lowered: the bytes of a word have bit 0x20 set
						// but its capitals (see probeWord). A word of
						// fewer than eight bytes with eight to read is
						// compared in one step, as the bytes of a
						// uint64; the rest byte by byte.
						if n := len(form); n < 8 && s+8 <= len(text) {
							b := text[s : s+8]
							v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
								uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
							if (v|0x2020202020202020^w.formLo[x])&rsLoMask[n] != 0 {
								continue probe
							}
						} else if n >= 8 && n <= 16 {
							// Its first eight bytes and its last eight,
							// which may overlap them.
							b := text[s : s+8]
							v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
								uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
							if v|0x2020202020202020 != w.formLo[x] {
								continue probe
							}
							b, f := text[s+n-8:s+n], form[n-8:n]
							v = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
								uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
							fv := uint64(f[0]) | uint64(f[1])<<8 | uint64(f[2])<<16 | uint64(f[3])<<24 |
								uint64(f[4])<<32 | uint64(f[5])<<40 | uint64(f[6])<<48 | uint64(f[7])<<56
							if v|0x2020202020202020 != fv {
								continue probe
							}
						} else {
							for y := 0; y < len(form); y++ {
								if text[s+y]|0x20 != form[y] {
									continue probe
								}
							}
						}
						d.wi = w.formw[x]
						d.bits = w.words[d.wi].bits
						break
					}
				}
			}
			at = at || f&tUpper != 0 || d.bits&(rwPronoun|rwRole|rwOrg) != 0
		}
		if m := sc.marks; at && m != nil {
			m.visits = m.visits[:len(m.visits)+1]
			m.visits[len(m.visits)-1] = int32(n)
		}
	}
out:
	sc.dst = dst
	return k, i
}

// asciiMark is mark for an ASCII mark c other than white space.
func (sc *rsScanner) asciiMark(c byte) {
	switch c {
	case '.', '!', '?':
		// Sentences inside a quotation do not count: "A. B," he
		// said is one sentence for finding who "he" is.
		sc.newSent = sc.newSent || !sc.quoted
		sc.pending |= tkBreak
	case ',', ';', ':':
		sc.pending |= tkComma
	case '"':
		sc.quoted = !sc.quoted
		sc.pending |= tkBreak
	default:
		sc.pending |= tkBreak
	}
}

// rsPlainAfter marks the ASCII bytes after a word that rsWordEnd reads
// as tokenize does: neither rsAfterWord's nor a letter or digit.
var rsPlainAfter = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !rsAfterWord[c] && rsAlnum[c] == 0
	}
	return t
}()

// rsAfterWord marks the bytes that may make rsWordEnd read a word
// longer or shorter than tokenize: a period, an apostrophe (or the first
// byte of a typographic one), a hyphen, an ampersand.
var rsAfterWord = [256]bool{'.': true, '\'': true, '-': true, '&': true, 0xE2: true}

// mark reads the mark r at i, which is not part of a word.
func (sc *rsScanner) mark(i int, r rune) {
	text := sc.text
	switch r {
	case '\u201c', '\u00ab', '\u201e', '\u300c', '\u300e':
		sc.quoted = true
		sc.pending |= tkBreak
	case '\u201d', '\u00bb', '\u300d', '\u300f':
		sc.quoted = false
		sc.pending |= tkBreak
	case '\n', '\r':
		// A blank line or an indented line starts a paragraph.
		j := i + 1
		if r == '\r' && j < len(text) && text[j] == '\n' {
			j++
		}
		if j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
			sc.newSent = true
			sc.quoted = false
			sc.pending |= tkBreak | tkPara
		}
	case ' ', '\t', '\u00a0':
	default:
		if r < utf8.RuneSelf {
			sc.asciiMark(byte(r))
		} else {
			sc.pending |= tkBreak
		}
	}
}

// word adds the word text[s:e], whose rsHash is h if ascii.
func (sc *rsScanner) word(s, e int, upper, poss bool, h uint32, ascii bool) {
	w := sc.w
	if sc.newSent {
		sc.sent++
		sc.pending |= tkSentStart
		sc.newSent = false
	}
	flags := sc.pending
	if upper {
		flags |= tkCap
	}
	if poss {
		flags |= tkPoss
	}
	if sc.quoted {
		flags |= tkQuoted
	}
	if flags&tkPara != 0 && sc.marks != nil {
		sc.marks.paras = append(sc.marks.paras, int32(len(sc.dst)))
	}
	sc.pending = 0
	wi, bits := int32(-1), uint16(0)
	switch {
	case ascii && !upper && !w.mayMatter(h):
		wi = rsUnread // see resolver.bitsAt
	case ascii:
		if wi = w.lookupHashed(sc.text[s:e], h); wi >= 0 {
			bits = w.words[wi].bits
		}
	default:
		if wi = w.lookup(sc.text[s:e]); wi >= 0 {
			bits = w.words[wi].bits
		}
	}
	sc.visit(s, flags, bits)
	sc.dst = append(sc.dst, rsTok{s: s, e: e, rsTokAt: rsTokAt{sent: sc.sent, wi: wi}, rsTokWord: rsTokWord{hash: h, bits: bits, flags: flags}})
}

// rsWordEnd returns the end of the word at i and whether a possessive
// follows it. Apostrophes, hyphens and periods inside a word belong to it
// ("O'Brien", "ul-Adl", "U.S."); a final period belongs to an initial, to
// an abbreviation with periods inside, or to a listed form ("Mr.").
func rsWordEnd(text string, i int, w *rsWords) (end int, poss bool, h uint32, hashed bool) {
	e := i
	inner := false
	runes := 0
	h, ascii := uint32(2166136261), true
	for uint(e) < uint(len(text)) { // unsigned: e is no negative index, and the read needs no check
		if c := rsFold[text[e]]; c != 0 {
			h = (h ^ uint32(c)) * 16777619
			e++
			runes++
			continue
		}
		c := text[e]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[e:])
		}
		if c >= utf8.RuneSelf && isResolveWordRune(r) {
			ascii = false // the caller hashes the word again
			e += size
			runes++
			continue
		}
		if r == '\'' || r == '\u2019' || r == '-' || r == '.' || r == '&' {
			if n, nsize := utf8.DecodeRuneInString(text[min(e+size, len(text)):]); e+size < len(text) && isResolveWordRune(n) && nsize > 0 {
				if r == '.' {
					inner = true
				}
				ascii = false
				e += size
				continue
			}
		}
		break
	}
	// A possessive: "Pakistan's", "Pakistan’s", "the Joneses’".
	if n := len(text[i:e]); n > 2 && (text[e-2:e] == "'s" || text[e-2:e] == "'S") {
		return e - 2, true, 0, false
	} else if n > 4 && (text[e-4:e] == "\u2019s" || text[e-4:e] == "\u2019S") {
		return e - 4, true, 0, false
	}
	if e < len(text) && e > i && (text[e-1] == 's') {
		if text[e] == '\'' || len(text) >= e+3 && text[e:e+3] == "\u2019" {
			return e, true, h, ascii
		}
	}
	if e < len(text) && text[e] == '.' {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if runes == 1 && unicode.IsUpper(r) || inner {
			return e + 1, false, 0, false
		}
		// Abbreviations that end no sentence are short and capitalised:
		// "Mr.", "Sen.", "Jan.", "Inc.".
		if unicode.IsUpper(r) && e-i <= 5 && w.lookupWord(text[i:e+1]) >= 0 {
			return e + 1, false, 0, false
		}
	}
	return e, false, h, ascii
}

// rsSkipPoss returns the offset after the possessive ending at e.
func rsSkipPoss(text string, e int) int {
	switch {
	case len(text) >= e+2 && (text[e:e+2] == "'s" || text[e:e+2] == "'S"):
		return e + 2
	case len(text) >= e+4 && (text[e:e+4] == "\u2019s" || text[e:e+4] == "\u2019S"):
		return e + 4
	case len(text) > e && text[e] == '\'':
		return e + 1
	case len(text) >= e+3 && text[e:e+3] == "\u2019":
		return e + 3
	}
	return e
}

func rsIsAlnum(c byte) bool { return rsAlnum[c] != 0 }

// rsAlnum classes ASCII bytes: rsLower for lower-case letters and
// digits, rsUpper for capitals, 0 for the rest.
var rsAlnum = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = rsLower
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = rsLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = rsUpper
	}
	return t
}()

// rsFold maps ASCII letters and digits to their lower case, the rest to 0.
var rsFold = func() (t [256]byte) {
	for c := range 256 {
		switch rsAlnum[c] {
		case rsLower:
			t[c] = byte(c)
		case rsUpper:
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

const (
	rsLower = 1
	rsUpper = 2
)

func isResolveWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return rsIsAlnum(byte(r))
	}
	if 0x2000 <= r && r <= 0x206F { // general punctuation: quotes, dashes
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
