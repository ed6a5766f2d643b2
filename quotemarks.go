package wirestory

import (
	"unicode"
	"unicode/utf8"
)

// A markStyle is a family of quotation marks that pair with one another:
// “…” is one style, „…“ another, although both close with a mark that
// looks alike.
type markStyle uint8

const (
	styleNone         markStyle = iota
	styleStraight               // "…", ''…'', ``…''
	styleStraightOne            // '…'
	styleCurly                  // “…”
	styleCurlyOne               // ‘…’
	styleLow                    // „…“ and „…”
	styleLowOne                 // ‚…‘ and ‚…’
	styleRight                  // ”…” (Swedish, Finnish)
	styleGuillemet              // «…»
	styleGuillemetRev           // »…« (German, Danish)
	styleAngle                  // ‹…›
	styleAngleRev               // ›…‹
	styleCorner                 // 「…」
	styleWhiteCorner            // 『…』
	numStyles
)

// A styleSet is a set of mark styles, one bit each.
type styleSet uint16

// has reports whether st is in s.
func (s styleSet) has(st markStyle) bool { return s&(1<<st) != 0 }

// setOf returns the set of the styles given.
func setOf(styles ...markStyle) styleSet {
	var s styleSet
	for _, st := range styles {
		s |= 1 << st
	}
	return s
}

// A markToken is one quotation mark found in the text, with the styles it
// may open and close in its context. Most marks can do only one of the two.
type markToken struct {
	start, end int      // the mark's bytes: one rune, two ASCII marks, or an HTML entity
	opens      styleSet // styles this mark may open here
	closes     styleSet // styles this mark may close here
	strong     bool     // an opening that is surely a quotation mark, not an apostrophe or a stray
}

// A charClass is what stands next to a mark: it decides whether the mark
// may open or close, as CommonMark decides for emphasis.
type charClass uint8

const (
	classSpace charClass = iota // white space, or the start or end of the paragraph
	classAlnum                  // a letter, digit or mark
	classPunct                  // punctuation and symbols, including other quotation marks
)

// classOf reports the class of r; -1, the edge of the paragraph, counts
// as white space. An ASCII rune is one load from a table, in the caller:
// classOf is small enough to be inlined.
func classOf(r rune) charClass {
	if uint32(r) < utf8.RuneSelf {
		return asciiClasses[r]
	}
	return classOfRune(r)
}

// classOfRune is classOf for a rune beyond ASCII or -1.
func classOfRune(r rune) charClass {
	switch {
	case r < 0:
		return classSpace
	case 0x2010 <= r && r <= 0x2027 || 0x2030 <= r && r <= 0x205E || r == 0xAB || r == 0xBB:
		// Dashes, quotation marks and the rest of General Punctuation,
		// "«" and "»": the marks a story's quotes are made of, answered
		// before the Unicode tables are searched for them.
		return classPunct
	case unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff':
		return classSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return classAlnum
	}
	return classPunct
}

// asciiClasses holds the class of each ASCII rune: white space, letters
// and digits, and punctuation, the rest.
var asciiClasses = func() (t [utf8.RuneSelf]charClass) {
	for r := range t {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			t[r] = classSpace
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
			t[r] = classAlnum
		default:
			t[r] = classPunct
		}
	}
	return t
}()

// markAt reports the quotation mark at text[i] and its length in bytes, or
// 0 if there is none. Two apostrophes or two backquotes in a row (the
// ASCII typewriter quotes of some archives) and the HTML entities of
// crawled text (&quot;, &#8220;, &ldquo;…) count as one mark, reported as
// the rune they stand for; two apostrophes are reported as '"'.
func markAt(text string, i int) (rune, int) {
	c := text[i]
	switch {
	case c == '"':
		return '"', 1
	case c == '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return '"', 2
		}
		return '\'', 1
	case c == '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return '`', 2
		}
		return 0, 0
	case c == '&':
		return entityMark(text, i)
	case c < utf8.RuneSelf:
		return 0, 0
	case c == 0xe2 && i+2 < len(text) && text[i+1] == 0x80:
		// U+2000–U+203F, dashes and curly quotes: the marks among them
		// are U+2018–U+201F, U+2039 and U+203A, decided without a
		// table.
		if b := text[i+2]; 0x98 <= b && b <= 0x9f || b == 0xb9 || b == 0xba {
			return 0x2000 + rune(b&0x3f), 3
		}
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if !unicode.Is(unicode.Quotation_Mark, r) {
		return 0, 0
	}
	return r, n
}

// entityMark reports the quotation mark written as an HTML entity at
// text[i], which holds '&', and the entity's length.
func entityMark(text string, i int) (rune, int) {
	j := i + 1
	for j < len(text) && j-i <= 9 && text[j] != ';' {
		j++
	}
	if j >= len(text) || text[j] != ';' {
		return 0, 0
	}
	name := text[i+1 : j]
	n := j + 1 - i
	var r rune
	if len(name) > 1 && name[0] == '#' {
		base, k := 10, 1
		if name[1] == 'x' || name[1] == 'X' {
			base, k = 16, 2
		}
		if k == len(name) {
			return 0, 0
		}
		for ; k < len(name); k++ {
			d := hexDigit(name[k])
			if d < 0 || d >= base {
				return 0, 0
			}
			r = r*rune(base) + rune(d)
		}
	} else {
		switch name {
		case "quot", "QUOT":
			r = '"'
		case "apos":
			r = '\''
		case "ldquo":
			r = '“'
		case "rdquo":
			r = '”'
		case "lsquo":
			r = '‘'
		case "rsquo":
			r = '’'
		case "bdquo":
			r = '„'
		case "sbquo":
			r = '‚'
		case "laquo":
			r = '«'
		case "raquo":
			r = '»'
		case "lsaquo":
			r = '‹'
		case "rsaquo":
			r = '›'
		}
	}
	if r == '"' || r == '\'' || unicode.Is(unicode.Quotation_Mark, r) {
		return r, n
	}
	return 0, 0
}

// hexDigit reports the value of the hexadecimal digit c, or -1.
func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// markStarts are the bytes that may begin a quotation mark or a tag: the
// scanner looks closer only at these. isMarkStart is their table.
const markStarts = "<\"'`&\xc2\xe2\xe3\xef"

var isMarkStart = byteTable(markStarts)

// skipUnmarked returns the first i' in [i, hi) where isMarkStart holds,
// or hi: the bytes between marks, which are most of a text, four at a
// time.
func skipUnmarked(text string, i, hi int) int {
	return i + skipTo(text[i:hi], &isMarkStart)
}

// runeBefore returns the rune ending at text[i] and its length, looking no
// further back than lo; -1 at lo.
func runeBefore(text string, lo, i int) (rune, int) {
	if i <= lo {
		return -1, 0
	}
	if text[i-1] == ';' {
		// An entity stands for its character: Korea&#x27;s is one word.
		for k := i - 2; k >= lo && k >= i-11; k-- {
			if text[k] == '&' {
				if r, n := markAt(text, k); n == i-k {
					return r, n
				}
				break
			}
		}
	}
	return utf8.DecodeLastRuneInString(text[lo:i])
}

// runeAfter returns the rune starting at text[i], looking no further than
// hi; -1 at hi.
func runeAfter(text string, i, hi int) rune {
	if i >= hi {
		return -1
	}
	if text[i] == '&' {
		if r, n := markAt(text, i); n > 0 {
			return r
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// classify decides which styles the mark r at text[start:end] may open and
// close, from the characters on either side within the paragraph
// text[lo:hi]. Apostrophes (Pakistan’s, ’90s, rock ’n’ roll, don't) get
// neither.
func classify(lex *Lexicon, text string, lo, hi, start, end int, r rune) markToken {
	t := markToken{start: start, end: end}
	prev, pn := runeBefore(text, lo, start)
	next := runeAfter(text, end, hi)
	pc, nc := classOf(prev), classOf(next)
	// Flanking as CommonMark defines it for emphasis.
	left := nc != classSpace && (nc != classPunct || pc != classAlnum)
	right := pc != classSpace && (pc != classPunct || nc != classAlnum)
	onlyLeft, onlyRight := left && !right, right && !left
	switch r {
	case '"', '\uff02':
		if left || pc == classSpace && nc == classSpace {
			t.opens = setOf(styleStraight)
			t.strong = pc == classSpace && prev < 0 // at the paragraph start
		}
		if right || pc == classSpace && nc == classSpace {
			// Crawled copy mixes its marks: “no evidence" closes too.
			t.closes = setOf(styleStraight, styleCurly)
		}
	case '`':
		t.opens = setOf(styleStraight)
	case '\'', '\uff07':
		if pc == classAlnum && nc == classAlnum {
			break // don't, o'clock
		}
		if left && pc != classAlnum && !elision(lex, text, end, hi) {
			t.opens = setOf(styleStraightOne)
		}
		if right && nc != classAlnum && !closesElision(text, lo, start-pn, prev) {
			t.closes = setOf(styleStraightOne, styleCurlyOne) // ‘engine' closes too
		}
	case '“':
		if !onlyRight {
			t.opens = setOf(styleCurly)
			t.strong = onlyLeft
		}
		if !onlyLeft {
			t.closes = setOf(styleLow)
		}
		if onlyRight {
			t.closes |= setOf(styleCurly) // “expedited review“
		}
	case '”':
		t.closes = setOf(styleCurly, styleLow, styleRight, styleStraight)
		if onlyLeft || pc == classSpace && nc == classSpace {
			t.opens = setOf(styleRight)
		}
	case '‘':
		if pc == classAlnum && nc == classAlnum {
			break
		}
		if !onlyRight && !elision(lex, text, end, hi) {
			t.opens = setOf(styleCurlyOne)
		}
		if !onlyLeft {
			t.closes = setOf(styleLowOne)
		}
	case '’':
		if pc == classAlnum && nc == classAlnum || onlyLeft {
			break // Pakistan’s, ’90s, the first ’ of ’n’
		}
		if !closesElision(text, lo, start-pn, prev) {
			// Copy that mixes its marks: 'engine’ closes too.
			t.closes = setOf(styleCurlyOne, styleLowOne, styleStraightOne)
		}
	case '„':
		t.opens = setOf(styleLow)
		t.strong = true
	case '‚':
		if !(pc == classAlnum && nc == classSpace) { // not a comma in disguise
			t.opens = setOf(styleLowOne)
		}
	case '«', '‹':
		st, rev := styleGuillemet, styleGuillemetRev
		if r == '‹' {
			st, rev = styleAngle, styleAngleRev
		}
		if !onlyRight {
			t.opens = setOf(st)
			t.strong = r == '«'
		}
		if !onlyLeft {
			t.closes = setOf(rev)
		}
	case '»', '›':
		st, rev := styleGuillemet, styleGuillemetRev
		if r == '›' {
			st, rev = styleAngle, styleAngleRev
		}
		t.closes = setOf(st)
		if !onlyRight {
			t.opens = setOf(rev)
			t.strong = r == '»'
		}
	case '「':
		t.opens, t.strong = setOf(styleCorner), true
	case '」':
		t.closes = setOf(styleCorner)
	case '『':
		t.opens, t.strong = setOf(styleWhiteCorner), true
	case '』':
		t.closes = setOf(styleWhiteCorner)
	}
	return t
}

// elision reports whether the text after an opening single mark is a word
// that begins with an apostrophe: '90s, or one of list Elisions ('n', 'em,
// 'til).
func elision(lex *Lexicon, text string, i, hi int) bool {
	w := i
	for w < hi && w-i < 8 && text[w] < utf8.RuneSelf && classOf(rune(text[w])) == classAlnum {
		w++
	}
	word := text[i:w]
	if w < hi && w-i < 8 && text[w] >= utf8.RuneSelf && classOf(runeAfter(text, w, hi)) == classAlnum {
		return false // a longer word with letters beyond ASCII
	}
	switch {
	case len(word) == 2 && isDigit(word[0]) && isDigit(word[1]):
		return true // '90, '90s
	case len(word) == 3 && isDigit(word[0]) && isDigit(word[1]) && word[2]|0x20 == 's':
		return true
	}
	return word != "" && lex.Contains(elisions, word)
}

// closesElision reports whether a closing single mark after prev, which
// starts at text[p], is the second apostrophe of 'n' (rock 'n' roll).
func closesElision(text string, lo, p int, prev rune) bool {
	if prev != 'n' && prev != 'N' || p <= lo {
		return false
	}
	r, _ := runeBefore(text, lo, p)
	return r == '\'' || r == '’' || r == '‘'
}

// closesFirst reports whether the first quotation mark in paragraph p
// closes style st and opens nothing: a quotation left open at the end of the
// paragraph before runs on into p with no reopening mark, and closes
// there. It reads p up to that mark.
func closesFirst(lex *Lexicon, text string, p Span, st markStyle) bool {
	for i := p.Start; i < p.End; {
		i = skipUnmarked(text, i, p.End)
		if i >= p.End {
			break
		}
		r, n := markAt(text, i)
		if n == 0 {
			i++
			continue
		}
		// The first mark that opens or closes anything decides: a
		// quotation opened first, of any style, is one of p's own.
		if t := classify(lex, text, p.Start, p.End, i, i+n, r); t.opens != 0 || t.closes != 0 {
			return t.opens == 0 && t.closes.has(st)
		}
		i += n
	}
	return false
}
