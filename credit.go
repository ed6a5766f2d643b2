package wirestory

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
)

// A Credit is the sign-off or credit block at the end of a story: "IANS",
// "-- Xinhua", "(Reporting by Jane Doe; Editing by Alex Poe)". The trailer
// "(Reporting by Jane Doe in Tehran; Editing by Alex Poe)" is
//
//	Credit{Span: "(Reporting by Jane Doe in Tehran; Editing by Alex Poe)",
//		Contributors: []Contributor{
//			{Role: "reporting", Name: "Jane Doe"},
//			{Role: "editing", Name: "Alex Poe"}}}
//
// The Span covers the credit only: a note after it ("(This story has been
// refiled to …)") and markup around it are left out.
type Credit struct {
	Span
	Agencies     []string      `json:"agencies"`     // canonical agency names
	Contributors []Contributor `json:"contributors"` // people credited, with their roles
}

// A Contributor is one person credited in a [Credit].
type Contributor struct {
	Role  string `json:"role"`            // "reporting", "writing", "editing", "additional reporting", …
	Name  string `json:"name"`            // as written, runs of white space folded; "" if only an e-mail address is given
	Email string `json:"email,omitempty"` // the reporter's address in a sign-off such as "jdoe@yna.co.kr (END)"
}

// creditWindow bounds how far before the end of the text a credit is
// sought, so that the search is cheap whatever the length of the story.
const creditWindow = 2048

// findCredit finds the credit at the end of the story and sets d.bodyEnd
// to its start.
func findCredit(d *doc) Credit {
	lo := max(len(d.text)-creditWindow, d.bodyStart, 0)
	for lo < len(d.text) && !utf8.RuneStart(d.text[lo]) {
		lo++
	}
	c := &d.sc.credit
	head, _ := trimMarkup(d.text, 0, min(len(d.text), headLimit))
	c.reset(d.lex, d.text, lo, head)
	cr := c.find()
	if cr != nil {
		// Markup that opens the credit's element goes with it:
		// "<p><em>Published in …".
		d.bodyEnd = c.trimEnd(cr.Start)
	}
	return d.res.keepCredit(cr)
}

// A creditScanner looks for a credit in t[lo:], working back from the end.
type creditScanner struct {
	lex  *Lexicon
	t    string
	lo   int
	head int // where the story's first line starts

	// Trial credits are cut from these; findCredit copies the one it
	// keeps into the store.
	credits [4]Credit
	ones    [4][1]string
	nCredit int
	nOne    int

	// The last segment asked of segmentStart: the forms of find ask
	// for the same one in turn, and each answer reads up to 600 bytes.
	seg segmentMemo

	// The lists' MaxWords, asked once a story, or once a process for
	// the default lexicon (memoLex), which never changes nor goes away:
	// role asks it for every word of a trailer.
	maxKeys  [4]List
	maxWords [4]int
	nMax     int
	memoLex  *Lexicon
}

// wordsOf returns c.lex.MaxWords(k), from the scanner's memo after the
// first time.
func (c *creditScanner) wordsOf(k List) int {
	for i := range c.nMax {
		if c.maxKeys[i] == k {
			return c.maxWords[i]
		}
	}
	n := c.lex.MaxWords(k)
	if c.nMax < len(c.maxKeys) {
		c.maxKeys[c.nMax], c.maxWords[c.nMax] = k, n
		c.nMax++
	}
	return n
}

// A segmentMemo holds segmentStart's answer for one end.
type segmentMemo struct {
	end, start int
	whole, set bool
}

// reset readies c, reused from story to story, for text t. The slots
// keep what the last story put in them: each is written when it is
// taken, and clearing them all cost more than a short story's credit.
func (c *creditScanner) reset(lex *Lexicon, t string, lo, head int) {
	c.lex, c.t, c.lo, c.head = lex, t, lo, head
	c.nCredit, c.nOne = 0, 0
	c.seg = segmentMemo{}
	if lex != c.memoLex {
		c.nMax, c.memoLex = 0, nil
		if lex == DefaultLexicon() {
			c.memoLex = lex
		}
	}
}

// clear drops what c holds of the story, for a scanner kept from story
// to story: the credits and agency lists it cut, a slot at a time, and
// its text. The lists' sizes stay with the default lexicon.
func (c *creditScanner) clear() {
	for i := range min(c.nCredit, len(c.credits)) {
		c.credits[i] = Credit{}
	}
	for i := range min(c.nOne, len(c.ones)) {
		c.ones[i] = [1]string{}
	}
	c.lex, c.t = nil, ""
}

func (c *creditScanner) keep(cr Credit) *Credit {
	if c.nCredit < len(c.credits) {
		c.nCredit++
		p := &c.credits[c.nCredit-1]
		*p = cr
		return p
	}
	p := new(Credit)
	*p = cr
	return p
}

// one returns the list of the one agency a.
func (c *creditScanner) one(a string) []string {
	if c.nOne < len(c.ones) {
		c.nOne++
		l := c.ones[c.nOne-1][:]
		l[0] = a
		return l
	}
	return []string{a}
}

// find reads the credit that ends the text, past any notes after it: one
// in parentheses, or one at the end of the last line.
func (c *creditScanner) find() *Credit {
	e := c.trimEnd(len(c.t))
	// Notes after the credit: a few at most.
	for range 8 {
		if e <= c.lo {
			break
		}
		if s, ok := c.segmentStart(e); ok && s < e {
			if cr := c.copyright(s, e); cr != nil {
				// "© Copyright 2026 The Associated Press. …", and the
				// lines of roles above it: "Editor: Alex Poe\nCopyright ©
				// ANTARA 2026".
				return c.roleLinesAbove(cr)
			}
		}
		n := c.noteStart(e)
		if n < 0 {
			break
		}
		e = c.trimEnd(n)
	}
	if e <= c.lo {
		return nil
	}
	if c.t[e-1] == ')' {
		return c.paren(e, true)
	}
	if e-2 > c.lo && c.t[e-1] == '.' && c.t[e-2] == ')' {
		if cr := c.paren(e-1, true); cr != nil && len(cr.Agencies) > 0 {
			return cr // "(ANSA).": a sign-off in brackets, then a full stop
		}
	}
	return c.line(e)
}

// trimEnd moves e back past white space and markup tags.
func (c *creditScanner) trimEnd(e int) int {
	for e > c.lo {
		if n := spaceLenBefore(c.t[c.lo:e]); n > 0 {
			e -= n
			continue
		}
		if c.t[e-1] == '>' {
			if k := c.tagStart(e); k >= 0 {
				e = k
				continue
			}
		}
		break
	}
	return e
}

// spaceBefore moves p back past white space, not before lo.
func (c *creditScanner) spaceBefore(p int) int {
	for p > c.lo {
		n := spaceLenBefore(c.t[max(c.lo, p-3):p])
		if n == 0 {
			break
		}
		p -= n
	}
	return p
}

// blankBefore moves p back past spaces and tabs, not before lo.
func (c *creditScanner) blankBefore(p int) int {
	for p > c.lo && (c.t[p-1] == ' ' || c.t[p-1] == '\t') {
		p--
	}
	return p
}

// tagStart reports where the markup tag ending at e begins ("<p>",
// "</em>", "<br/>"), or -1 if t[:e] does not end with a tag.
func (c *creditScanner) tagStart(e int) int {
	for k := e - 2; k >= c.lo && k >= e-64; k-- {
		switch c.t[k] {
		case '>':
			return -1
		case '<':
			i := k + 1
			if i < e && c.t[i] == '/' {
				i++
			}
			n := i
			for n < e && isASCIIAlnum(c.t[n]) {
				n++
			}
			if n == i || n == e || (c.t[n] != '>' && c.t[n] != ' ' && c.t[n] != '/') {
				return -1
			}
			return k
		}
	}
	return -1
}

// noteStart reports where a note that ends at e begins, if t[:e] ends with
// one: "(This story has been refiled to …)", or a last line "Our
// Standards: …". It returns -1 otherwise.
func (c *creditScanner) noteStart(e int) int {
	if c.t[e-1] == ')' {
		if s := c.openParen(e - 1); s >= 0 && (c.startsWith(creditNotes, c.t[s+1:e-1]) || isRateNote(c.t[s+1:e-1])) {
			return s
		}
		return -1
	}
	if s, ok := c.segmentStart(e); ok && s < e && e-s < 400 && (c.startsWith(creditNotes, c.t[s:e]) || isLinkLine(c.t[s:e])) {
		return s
	}
	return -1
}

// isRateNote reports whether s is an exchange-rate note, "$1 = 0.7751
// euros", which may follow a trailer as well as precede it.
func isRateNote(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("$€£¥₹", r) && (r < '0' || r > '9') {
		return false
	}
	eq := strings.IndexByte(s, '=')
	return eq > 0 && eq < 16
}

// startsWith reports whether s, past dashes and white space, begins with a
// phrase of list k followed by a word boundary.
func (c *creditScanner) startsWith(k List, s string) bool {
	return c.phraseEnd(k, trimDashes(s, true)) > 0
}

// trimDashes is strings.TrimLeft(s, "-–— \t"), and "\r\n" too where
// newlines is set, a loop over the bytes: TrimLeft decodes each rune
// against a set with runes above ASCII.
func trimDashes(s string, newlines bool) string {
	for len(s) > 0 {
		switch c := s[0]; {
		case c == ' ' || c == '\t' || c == '-' || newlines && (c == '\r' || c == '\n'):
			s = s[1:]
		case c == 0xE2 && len(s) >= 3 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94): // "–", "—"
			s = s[3:]
		default:
			return s
		}
	}
	return s
}

// phraseEnd reports where the shortest phrase of list k that begins s
// ends, at a word boundary, or 0 if s begins with none. Words are parted
// by spaces and end at white space, a colon or a comma.
func (c *creditScanner) phraseEnd(k List, s string) int {
	end := 0
	for range c.wordsOf(k) {
		i := end
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ':' && s[j] != ',' && s[j] != '\n' && s[j] != '\r' && s[j] != '\t' {
			j++
		}
		if j == i {
			break
		}
		end = j
		if !c.lex.beginsForm(k, s[:end]) {
			return 0 // no longer phrase can be one either
		}
		if c.lex.Contains(k, s[:end]) {
			return end
		}
	}
	return 0
}

// openParen reports the position of the "(" that matches the ")" at
// close, or -1. One level of nesting is allowed: "((jdoe@x.com))".
func (c *creditScanner) openParen(close int) int {
	depth := 0
	for k := close - 1; k >= c.lo && k >= close-1000; k-- {
		switch c.t[k] {
		case ')':
			depth++
			if depth > 1 {
				return -1
			}
		case '(':
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return -1
}

// segmentStart reports where the line or markup element that ends at e
// begins, past white space, and whether it found that start within a
// bounded distance.
func (c *creditScanner) segmentStart(e int) (int, bool) {
	if m := c.seg; m.set && m.end == e {
		return m.start, m.whole
	}
	k, whole := c.readSegmentStart(e)
	c.seg = segmentMemo{end: e, start: k, whole: whole, set: true}
	return k, whole
}

// readSegmentStart is segmentStart, read from the text.
func (c *creditScanner) readSegmentStart(e int) (int, bool) {
	lo := max(c.lo, e-600)
	k := e
	if w := c.t[lo:e]; strings.IndexByte(w, '>') < 0 && strings.IndexByte(w, '\r') < 0 {
		// Most text: only a line feed can end a segment, and the
		// bytes are read eight a step for that one value.
		n := len(w) // k is lo+n: w's bytes are read, whose bounds the compiler knows
		for n >= 8 && !hasByte(load8(w[n-8:n]), '\n') {
			n -= 8
		}
		for n > 0 && w[n-1] != '\n' {
			n--
		}
		k = lo + n
		if k > lo {
			k, _ = trimSpace(c.t, k, e)
			return k, true
		}
	}
	for k > lo {
		// Eight bytes a step while none of them can end a segment, then
		// four.
		for k-8 >= lo && !segmentStopIn(binary.LittleEndian.Uint64([]byte(c.t[k-8:k]))) {
			k -= 8
		}
		for k-4 >= lo && !segmentStop[c.t[k-1]] && !segmentStop[c.t[k-2]] && !segmentStop[c.t[k-3]] && !segmentStop[c.t[k-4]] {
			k -= 4
		}
		if k == lo {
			break
		}
		if b := c.t[k-1]; b == '\n' || b == '\r' || b == '>' && c.tagStart(k) >= 0 {
			k, _ = trimSpace(c.t, k, e)
			return k, true
		}
		k--
	}
	if k != 0 {
		return k, false
	}
	k, _ = trimSpace(c.t, k, e)
	return k, true
}

// segmentStop marks the bytes before which segmentStart may find a
// segment's start.
var segmentStop = [256]bool{'\n': true, '\r': true, '>': true}

// segmentStopIn reports whether one of the eight bytes of x is a
// segmentStop byte, all eight tested at once: a byte equal to b is a zero
// byte of x^(b*each), which the borrow of subtracting one from every byte
// shows in its top bit (an exact test, with no false positives: the
// (y-ones) &^ y form).
func segmentStopIn(x uint64) bool {
	return zeroByte(x^('\n'*onesBytes))|zeroByte(x^('\r'*onesBytes))|zeroByte(x^('>'*onesBytes)) != 0
}

// hasByte reports whether one of the eight bytes of x is b.
func hasByte(x uint64, b byte) bool {
	return zeroByte(x^(uint64(b)*onesBytes)) != 0
}

// onesBytes holds 1 in each of its eight bytes.
const onesBytes = 0x0101010101010101

// zeroByte has the top bit of each byte of y that is zero set, and no
// other bit.
func zeroByte(y uint64) uint64 { return (y - onesBytes) &^ y & (0x80 * onesBytes) }

// A creditContext is the kind of text before a credit, which says whether
// it can stand there.
type creditContext uint8

const (
	afterWord     creditContext = iota // a word, with or without space between
	afterSentence                      // the end of a sentence: "said. REUTER"
	afterLine                          // the start of the text, a line or an element
)

// before tells what comes before the credit that starts at p.
func (c *creditScanner) before(p int) creditContext {
	for {
		if p == 0 {
			return afterLine
		}
		if p <= c.lo {
			return afterWord
		}
		b := c.t[p-1]
		switch {
		case b == '\n' || b == '\r':
			return afterLine
		case b == '>' && c.tagStart(p) >= 0:
			return afterLine
		case b == '.' || b == '!' || b == '?' || b == '"' || b == '\'' || b == ')' || b == ']':
			return afterSentence
		}
		if n := spaceLenBefore(c.t[max(c.lo, p-3):p]); n > 0 {
			p -= n // one at a time: a line end above decides
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(c.t[max(c.lo, p-4):p]); r == '”' || r == '’' || r == '»' {
			return afterSentence
		}
		return afterWord
	}
}

// paren reads the credit in parentheses that ends at e: a trailer
// "(Reporting by …)", an agency "(ANI)", a photo credit "(Xinhua/Jia
// Haocheng)" or a sign-off "jdoe@yna.co.kr (END)". Where contact is set, a
// contact block "((jdoe@example.com))" after a trailer belongs to it.
func (c *creditScanner) paren(e int, contact bool) *Credit {
	s := c.openParen(e - 1)
	if s < 0 {
		return nil
	}
	inner := strings.TrimSpace(c.t[s+1 : e-1])
	switch {
	case inner == "":
		return nil
	case strings.EqualFold(inner, "END"):
		return c.endMark(s, e)
	case inner[0] == '(':
		if !contact {
			return nil
		}
		p := c.trimEnd(s)
		if p <= c.lo || c.t[p-1] != ')' {
			return nil
		}
		cr := c.paren(p, false)
		if cr == nil || len(cr.Contributors) == 0 {
			return nil
		}
		cr.Span = spanOf(c.t, cr.Start, e)
		return cr
	}
	if people, agencies, ok := c.trailer(inner); ok {
		// Trailers may come in several parentheses: "(Reporting by X)
		// (Editing by Y)".
		for range 8 {
			p := c.trimEnd(s)
			if p <= c.lo || c.t[p-1] != ')' {
				break
			}
			ps := c.openParen(p - 1)
			if ps < 0 {
				break
			}
			pp, pa, ok := c.trailer(c.t[ps+1 : p-1])
			if !ok {
				break
			}
			people, agencies, s = append(pp, people...), append(pa, agencies...), ps
		}
		return c.keep(Credit{Span: spanOf(c.t, s, e), Agencies: dedupe(agencies), Contributors: people})
	}
	if c.before(s) == afterWord {
		return nil
	}
	if name, ok := c.lex.Lookup(Agencies, inner); ok {
		return c.keep(Credit{Span: spanOf(c.t, s, e), Agencies: c.one(name)})
	}
	if c.lex.Contains(creditGeneric, inner) {
		return c.keep(Credit{Span: spanOf(c.t, s, e)})
	}
	// A photo credit: "(Xinhua/Jia Haocheng)".
	if i := strings.IndexByte(inner, '/'); i > 0 {
		agency, ok := c.lex.Lookup(Agencies, strings.TrimSpace(inner[:i]))
		person := strings.TrimSpace(inner[i+1:])
		if ok && isPersonName(person) {
			return c.keep(Credit{Span: spanOf(c.t, s, e), Agencies: c.one(agency),
				Contributors: []Contributor{{Role: "photography", Name: foldSpaces(person)}}})
		}
	}
	return nil
}

// endMark reads the end mark "(END)" that starts at s as a sign-off that
// runs to e: with the reporter's address before it ("jdoe@yna.co.kr
// (END)"), or alone after the last sentence or on its own line, as Yonhap
// signs off, a credit that names no one, which the last paragraph does
// not keep. The desk's initials may follow the mark ("(end) nk.gta", see
// stamped).
func (c *creditScanner) endMark(s, e int) *Credit {
	if cr := c.email(s, e); cr != nil {
		return cr
	}
	if c.before(s) == afterWord {
		return nil
	}
	return c.keep(Credit{Span: spanOf(c.t, s, e)})
}

// trailer reads s, the inside of parentheses, as a trailer: it must open
// with a role of two words or more ("Reporting by"), or name people whose
// names look like names ("Editor: Wang Lei").
func (c *creditScanner) trailer(s string) (people []Contributor, agencies []string, ok bool) {
	people, agencies, strong, ok := c.roles(s, "")
	return people, agencies, ok && (strong || namesLike(people))
}

// namesLike reports whether every contributor's name looks like one, so
// that a sentence such as "Reporting by the agency was wrong" is no
// credit.
func namesLike(people []Contributor) bool {
	for _, p := range people {
		if !isPersonName(p.Name) {
			return false
		}
	}
	return true
}

// isPersonName reports whether s looks like a name as credits give it:
// one to five words, each starting with a capital or a non-ASCII letter,
// but for short particles ("van", "de", "al").
func isPersonName(s string) bool {
	words, capitals := 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		switch {
		case words > 5:
			return false
		case w[0] >= 0x80 || 'A' <= w[0] && w[0] <= 'Z':
			capitals++
		case len(w) > 3 || w[len(w)-1] == '.':
			return false
		}
	}
	return capitals > 0
}

// email reads a reporter's sign-off, one or more e-mail addresses that end
// at p, as in "jdoe@yna.co.kr (END)"; the credit runs to e.
func (c *creditScanner) email(p, e int) *Credit {
	var people []Contributor
	var agencies []string
	start := -1
	for q := p; ; {
		q = c.spaceBefore(q)
		k := q
		for k > c.lo && q-k < 254 && isEmailByte(c.t[k-1]) {
			k--
		}
		addr := c.t[k:q]
		domain, ok := emailDomain(addr)
		if !ok {
			break
		}
		start = k
		people = append(people, Contributor{Role: "reporting", Email: addr})
		if a, ok := c.lex.Lookup(creditSources, domain); ok {
			agencies = append(agencies, a)
		} else if i := strings.IndexByte(domain, '.'); i >= 0 {
			if a, ok := c.lex.Lookup(creditSources, domain[i+1:]); ok {
				agencies = append(agencies, a)
			}
		}
		q = c.blankBefore(k)
		if q <= c.lo || (c.t[q-1] != ',' && c.t[q-1] != ';' && c.t[q-1] != '/') {
			break
		}
		q--
	}
	if start < 0 {
		return nil
	}
	slices.Reverse(people) // read back to front
	return c.keep(Credit{Span: spanOf(c.t, start, e), Agencies: dedupe(agencies), Contributors: people})
}

// isEmailByte reports whether b may stand in an e-mail address as
// sign-offs write them: ASCII letters and digits, "@" and ". _ % + -".
func isEmailByte(b byte) bool {
	return isASCIIAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-' || b == '@'
}

// emailDomain reports the domain of the e-mail address addr, and whether
// addr is one.
func emailDomain(addr string) (string, bool) {
	at := strings.IndexByte(addr, '@')
	if at <= 0 || strings.IndexByte(addr[at+1:], '@') >= 0 {
		return "", false
	}
	domain := addr[at+1:]
	dot := strings.IndexByte(domain, '.')
	if dot <= 0 || domain[len(domain)-1] == '.' || addr[0] == '.' {
		return "", false
	}
	return domain, true
}

// line reads a credit at the end of the last line, which ends at e: an
// agency ("Reuter", "-- Xinhua", "/PTI", "— AP"), a footer ("Published in
// Dawn, May 28th, 2025"), a trailer without parentheses ("Reporting by
// Jane Doe; Editing by Alex Poe") or an e-mail address alone.
func (c *creditScanner) line(e int) *Credit {
	s, whole := c.segmentStart(e)
	if !whole || s <= c.head {
		// The story's first line is its head, never a credit block, but
		// it may end with a sign-off: "… police said./PTI".
		return c.agency(e)
	}
	seg := c.t[s:e]
	if len(seg) > maxCreditLine {
		return c.agency(e) // a paragraph of the story, perhaps signed at its end: "… police said. PTI"
	}
	if cr := c.footer(s, e); cr != nil {
		return cr
	}
	// A trailer may follow a dash: "--additional reporting by Jo Kay."
	rest := trimDashes(seg, false)
	if people, agencies, _, ok := c.roles(rest, ""); ok && namesLike(people) {
		return c.roleLinesAbove(c.keep(Credit{Span: spanOf(c.t, s, e), Agencies: dedupe(agencies), Contributors: people}))
	}
	if _, ok := emailDomain(seg); ok {
		return c.email(e, e)
	}
	if cr := c.contributed(s, e); cr != nil {
		return cr
	}
	return c.agency(e)
}

// maxRoleLines bounds the lines of roles read above a credit block's
// last line.
const maxRoleLines = 6

// roleLinesAbove extends cr, a credit that starts a line, over the lines
// of roles right above it, one person or list a line as Antara and many
// others sign off: "Translator: Kurnia Pratiwi\nEditor: Bayu Saputra\n
// Copyright © ANTARA 2026". Their contributors come first. A line that is
// not all roles and names ends the block; so does the story's first line.
func (c *creditScanner) roleLinesAbove(cr *Credit) *Credit {
	s := cr.Start
	if c.before(s) != afterLine {
		return cr
	}
	var people []Contributor
	var agencies []string
	start := s
	for range maxRoleLines {
		p := c.trimEnd(start)
		if p <= c.lo || p == start {
			break
		}
		ls, whole := c.segmentStart(p)
		if !whole || ls <= c.head || p-ls > maxCreditLine {
			break
		}
		pp, pa, _, ok := c.roles(trimDashes(c.t[ls:p], false), "")
		if !ok || !namesLike(pp) {
			break
		}
		people, agencies, start = append(pp, people...), append(pa, agencies...), ls
	}
	if start == s {
		return cr
	}
	cr.Span = spanOf(c.t, start, cr.End)
	cr.Contributors = append(people, cr.Contributors...)
	cr.Agencies = dedupe(append(agencies, cr.Agencies...))
	return cr
}

// maxCreditLine bounds the bytes of a line that may be a credit block
// of its own (a trailer, a footer, an email, a contributor line): a
// longer last line is the story's last paragraph.
const maxCreditLine = 160

// footer reads the line t[s:e] as a newspaper's footer if it opens with a
// phrase of list CreditFooters and the paper's name: "Published in Dawn,
// May 28th, 2025". The paper is reported if it is an agency.
func (c *creditScanner) footer(s, e int) *Credit {
	seg := c.t[s:e]
	if len(seg) >= 200 {
		return nil
	}
	n := c.phraseEnd(creditFooters, seg)
	if n == 0 || n == len(seg) || seg[n] != ' ' && seg[n] != ':' {
		return nil
	}
	name := strings.TrimSpace(seg[n+1:])
	a, ok := c.lex.Lookup(Agencies, name)
	if i := strings.IndexByte(name, ','); i >= 0 && !ok {
		name = name[:i] // "Published in Dawn, May 28th, 2025"
		a, ok = c.lex.Lookup(Agencies, name)
	}
	if seg[n] == ':' && !ok {
		// "Source: Anadolu Agency website, Ankara, in English": the
		// agency is the first words of the source.
		a, ok = c.agencyPrefix(name)
		if !ok {
			return nil // "Source: company filings" names no agency
		}
	}
	cr := c.keep(Credit{Span: spanOf(c.t, s, e)})
	if ok {
		cr.Agencies = c.one(a)
	}
	return cr
}

// agencyPrefix reports the agency that the first words of name are, the
// longest that is one.
func (c *creditScanner) agencyPrefix(name string) (string, bool) {
	if len(name) > maxAgencyLen+16 {
		// Only the first words matter; cut at a space, not in a word.
		name = name[:maxAgencyLen+16]
		name = name[:max(0, strings.LastIndexByte(name, ' '))]
	}
	var buf [16][2]int
	words := wordSpans(buf[:0], name)
	for k := min(len(words), c.wordsOf(Agencies)); k > 0; k-- {
		if a, ok := c.lex.Lookup(Agencies, name[:words[k-1][1]]); ok {
			return a, true
		}
	}
	return "", false
}

// contributed reads the last paragraph t[s:e] as a credit if it says who
// contributed to the story: "Associated Press writer Jo Kay in Lima
// contributed to this report.", "Ann Lee and Bo Kim contributed reporting."
func (c *creditScanner) contributed(s, e int) *Credit {
	seg := c.t[s:e]
	i := strings.Index(seg, " contributed")
	if i < 0 || e-s > 400 {
		return nil
	}
	tail := strings.TrimSuffix(seg[i+len(" contributed"):], ".")
	if len(tail) > 80 || strings.ContainsAny(tail, ".!?;") ||
		tail != "" && !strings.HasPrefix(tail, " to ") && !strings.HasPrefix(tail, " reporting") {
		return nil
	}
	names := seg[:i]
	var agencies []string
	// "Associated Press writers Ann Lee and …": the agency, then the
	// contributors' job.
	for k, end := 0, 0; k < c.wordsOf(Agencies); k++ {
		j := strings.IndexByte(names[end:], ' ')
		if j < 0 {
			break
		}
		end += j
		if a, ok := c.lex.Lookup(Agencies, names[:end]); ok {
			agencies = append(agencies, a)
			names = strings.TrimLeft(names[end:], " ")
			break
		}
		end++
	}
	if j := strings.IndexByte(names, ' '); j > 0 && c.lex.Contains(CreditRoles, names[:j]) {
		names = names[j+1:]
	}
	people, pa, _, ok := c.roles(names, "additional reporting")
	if !ok || len(people) == 0 || !namesLike(people) {
		return nil
	}
	return c.keep(Credit{Span: spanOf(c.t, s, e), Agencies: dedupe(append(agencies, pa...)), Contributors: people})
}

// agency reads an agency's name that ends the text at e, alone on its line
// ("IANS"), after the last sentence ("… an ounce. REUTER"), or after a
// dash or slash ("--IANS", "-- Xinhua", "/PTI", "— AP").
func (c *creditScanner) agency(e int) *Credit {
	if cr := c.agencyAt(e, e); cr != nil {
		return c.endAbove(cr, e) // "(end) KUNA"
	}
	// The initials of the desk that handled the story, or the time it
	// was sent, may follow the agency, as PTI signs off: "PTI SKL RT".
	// They belong to the credit.
	return c.stamped(e)
}

// agencyAt reads a credit that names an agency ending at e; the credit
// runs to spanEnd.
func (c *creditScanner) agencyAt(e, spanEnd int) *Credit {
	// A name is never followed by a single full stop ("… told\nReuters.");
	// an ellipsis may follow it ("REUTER...").
	end, period := e, false
	switch {
	case strings.HasSuffix(c.t[c.lo:e], "..."):
		end = e - 3
	case strings.HasSuffix(c.t[c.lo:e], "…"):
		end = e - len("…")
	case c.t[e-1] == '.':
		end, period = e-1, true
	}
	var buf [16]int
	starts := c.nameStarts(buf[:0], end, c.wordsOf(Agencies))
	if period && !slices.ContainsFunc(starts, func(ws int) bool { return c.markerStart(ws) >= 0 }) {
		return nil // only a marked name may come before a full stop: "-- Xinhua."
	}
	// Try the shortest name first, then longer ones: "Press",
	// "Associated Press". The lexicon is asked only where a name could
	// stand, which is seldom: most words follow another word.
	for _, ws := range starts {
		start, marked := ws, false
		if m := c.markerStart(ws); m >= 0 {
			start, marked = m, true
		}
		b := c.before(start)
		if !marked && !period && b == afterWord {
			continue
		}
		name := c.t[ws:end]
		canon, known := c.lex.Lookup(Agencies, name)
		if !known {
			canon, known = c.lex.Lookup(creditMarks, name) // "… the official said. Enditem"
		}
		generic := !known && c.lex.Contains(creditGeneric, name)
		if !known && !generic {
			continue
		}
		var ok bool
		switch {
		case marked:
			ok = start == 0 || !isASCIIAlnum(c.t[start-1])
		case period:
			return nil
		default:
			ok = b == afterLine || b == afterSentence && !generic
		}
		if ok {
			if spanEnd > e {
				end = spanEnd
			}
			cr := c.keep(Credit{Span: spanOf(c.t, start, end)})
			if known {
				cr.Agencies = c.one(canon)
			}
			return cr
		}
	}
	return nil
}

// nameStarts appends to dst where the last words before end begin, on the
// same line, nearest first, at most max of them: the starts of the names
// that may end at end.
func (c *creditScanner) nameStarts(dst []int, end, max int) []int {
	p := end
	for range max {
		ws := c.wordStart(p)
		if ws == p {
			break
		}
		dst = append(dst, ws)
		// Step back over the space to the word before.
		q := c.blankBefore(ws)
		if q == ws || q <= c.lo {
			break
		}
		p = q
	}
	return dst
}

// wordStart reports where the word that ends at p begins. A word stops at
// white space and at a marker: a slash, an equals sign, a dash, or a
// hyphen with no letter before it.
func (c *creditScanner) wordStart(p int) int {
	k, lo := p, max(c.lo, p-64) // at most 64 bytes back: one bound to test
	for k > lo {
		b := c.t[k-1]
		if !wordStartStop[b] {
			k-- // most bytes: one table lookup
			continue
		}
		if b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '(' || b == ')' || b == '=' {
			break
		}
		if b == '-' && (k-1 == c.lo || !isASCIIAlnum(c.t[k-2])) {
			break
		}
		if b >= 0x80 && c.dashBefore(k) > 0 {
			break
		}
		k--
	}
	// Never stop inside a multi-byte character.
	for k < p && !utf8.RuneStart(c.t[k]) {
		k++
	}
	return k
}

// wordStartStop marks the bytes wordStart looks at more closely: white
// space, a slash, a parenthesis, a hyphen and the bytes of a multi-byte
// character, which may end a dash.
var wordStartStop = func() (t [256]bool) {
	for _, b := range []byte(" \t\n\r/()-=") {
		t[b] = true
	}
	for b := 0x80; b < 0x100; b++ {
		t[b] = true
	}
	return t
}()

// dashBefore reports the length of the em or en dash that ends at k, or 0.
func (c *creditScanner) dashBefore(k int) int {
	if k-3 >= c.lo {
		if s := c.t[k-3 : k]; s == "—" || s == "–" {
			return 3
		}
	}
	return 0
}

// markerStart reports where the dash, slash or equals signs that mark a
// credit before ws begin ("--IANS", "-- Xinhua", "/PTI", "==Kyodo"), or
// -1.
func (c *creditScanner) markerStart(ws int) int {
	k := ws
	for lo := max(c.lo, ws-4); k > lo && (c.t[k-1] == ' ' || c.t[k-1] == '\t'); { // one bound to test
		k--
	}
	m := k
	for lo := max(c.lo, ws-16); m > lo; {
		switch b := c.t[m-1]; {
		case b == '-' || b == '/' || b == '_' || b == '=':
			m--
			continue
		case b >= 0x80:
			if n := c.dashBefore(m); n > 0 {
				m -= n
				continue
			}
		}
		break
	}
	if m == k {
		return -1
	}
	// A single hyphen glued to a word is a compound, not a marker; a
	// single "=" so glued is a sum or a setting ("x=AP").
	if k-m == 1 && (c.t[m] == '-' || c.t[m] == '=') && m > c.lo && isASCIIAlnum(c.t[m-1]) {
		return -1
	}
	return m
}

// roles reads a credit that names people by role: "Reporting by Jane Doe
// in Tehran; Additional reporting by Sam Roe; Editing by Alex Poe". It
// must begin with a role. Names are split at ",", ";", ":", "and" and
// "&"; "in City" after a name is dropped, and so is a lone word after
// such a place ("in Wilmington, Delaware"). A lone word that is an agency
// is reported as one.
//
// The role of the first names may be given; if not, strong reports whether
// the credit begins with a phrase of two words or more ("Reporting by"),
// which makes it a credit whatever follows.
func (c *creditScanner) roles(s, role string) (people []Contributor, agencies []string, strong, ok bool) {
	nameStart, nameEnd := -1, -1
	inPlace, lastPlace := false, false
	words := 0 // words in the current name
	flush := func() {
		if nameStart < 0 {
			inPlace = false
			return
		}
		name := trimNameEnd(s[nameStart:nameEnd])
		placeGoesOn := false
		switch a, isAgency := c.lex.Lookup(Agencies, name); {
		case words == 1 && isAgency:
			agencies = append(agencies, a)
		case c.lex.Contains(creditGeneric, name), strings.ContainsAny(name, "@0123456789"):
			// No one's name: "staff", "jdoe@example.com", "+1 555 0100".
		case words == 1 && lastPlace:
			// "Delaware" in "in Wilmington, Delaware, Sue Zeidler".
			placeGoesOn = true
		default:
			people = append(people, Contributor{Role: role, Name: foldSpaces(name)})
		}
		lastPlace, inPlace = inPlace || placeGoesOn, false
		nameStart, nameEnd, words = -1, -1, 0
	}
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			i++
			continue
		case b == ',' || b == ';' || b == ':' || b == '|' || b == '&':
			if role == "" {
				return nil, nil, false, false
			}
			flush()
			i++
			continue
		}
		j := i
		for j < len(s) && !isCreditSep(s[j]) {
			j++
		}
		if canon, next, isRole := c.role(s, i, nameStart < 0, role == ""); isRole {
			if role == "" {
				strong = strings.ContainsAny(strings.TrimSpace(s[i:next]), " \t")
			}
			flush()
			role, lastPlace = canon, false
			i = next
			continue
		}
		if role == "" {
			return nil, nil, false, false
		}
		w := s[i:j]
		switch {
		case w == "and":
			flush()
		case inPlace:
		case w == "in" && nameStart >= 0:
			inPlace = true
		default:
			if nameStart < 0 {
				nameStart = i
			}
			nameEnd = j
			words++
		}
		i = j
	}
	flush()
	return people, agencies, strong, role != "" && (len(people) > 0 || len(agencies) > 0)
}

// isCreditSep reports whether b ends a word of a trailer: white space or
// a separator between names (", ; : | &").
func isCreditSep(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ',' || b == ';' || b == ':' || b == '|' || b == '&'
}

// role reports the role named by the phrase at s[i:] and the offset just
// past it ("Editing by", "Editor:"). A phrase ending in "by" or "from" may
// stand anywhere; a phrase followed by a colon only where a name starts.
func (c *creditScanner) role(s string, i int, atStart, first bool) (canon string, next int, ok bool) {
	end := i
	var starts, ends [8]int
	n := 0
	for maxWords := min(len(ends), c.wordsOf(CreditRoles)); n < maxWords; {
		j := end
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		k := j
		for k < len(s) && !isCreditSep(s[k]) {
			k++
		}
		if k == j {
			break
		}
		starts[n], ends[n] = j, k
		n++
		end = k
	}
	for n > 0 {
		end = ends[n-1]
		n--
		phrase := s[i:end]
		// The list is asked only of a phrase that could stand as a role
		// here: one ending in "by" or "from", or one before a colon
		// where a name starts.
		last := s[starts[n]:end]
		byFrom := len(last) == 2 && hasPrefixFold(last, "by") || len(last) == 4 && hasPrefixFold(last, "from") // EqualFold, which reads on past a length that differs
		j := end
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		colon := atStart && j < len(s) && s[j] == ':'
		if !byFrom && !colon {
			continue
		}
		canon, ok := c.lex.Lookup(CreditRoles, phrase)
		if !ok || !first && strings.EqualFold(phrase, "by") {
			// A bare "by" introduces only the first names: "(By Jo Kay)".
			continue
		}
		if byFrom {
			return canon, end, true
		}
		return canon, j + 1, true
	}
	return "", i, false
}

// trimNameEnd drops a full stop after a name ("Jane Doe."), keeping the
// one of an initial or abbreviation ("Robert Doe Jr.").
func trimNameEnd(name string) string {
	if strings.HasSuffix(name, ".") {
		last := name[strings.LastIndexAny(name, " \t")+1:]
		if len(last) > 3 && !strings.Contains(last[:len(last)-1], ".") {
			return name[:len(name)-1]
		}
	}
	return name
}

// foldSpaces returns s with each run of white space folded to one space;
// it allocates only when there is something to fold.
func foldSpaces(s string) string {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b == '\t' || b == '\n' || b == '\r' || b == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// dedupe removes repeated names from a short list, keeping the order.
func dedupe(names []string) []string {
	out := names[:0]
	for _, n := range names {
		dup := false
		for _, o := range out {
			dup = dup || o == n
		}
		if !dup {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
