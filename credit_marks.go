package wirestory

import "strings"

// maxStampTokens bounds the desk codes and time stamps read after an
// agency's sign-off, and maxStaffCodes the words in capitals among them.
const (
	maxStampTokens = 8
	maxStaffCodes  = 4
)

// copyright reads the segment t[s:e] as a copyright line that names an
// agency, "© Copyright 2026 The Associated Press. All rights reserved.
// This material may not be published …" or "[Copyright The Jiji Press,
// Ltd.]": the agency's credit. A copyright line that names no agency is a
// note, as before.
func (c *creditScanner) copyright(s, e int) *Credit {
	seg := c.t[s:e]
	if len(seg) > 600 {
		return nil
	}
	rest := seg
	for len(rest) > 0 && (rest[0] == '[' || rest[0] == ' ' || rest[0] == '\t') {
		rest = rest[1:] // strings.TrimLeft(seg, "[ \t"), which built its set at every call
	}
	found := false
	for {
		switch {
		case strings.HasPrefix(rest, "©"):
			rest = rest[len("©"):]
		case hasPrefixFold(rest, "(c)"):
			rest = rest[3:]
		case hasPrefixFold(rest, "copyright"):
			rest = rest[len("copyright"):]
		default:
			goto name
		}
		found = true
		rest = strings.TrimLeft(rest, " \t")
	}
name:
	if !found {
		return nil
	}
	// The year or years: "2026", "2025-2026".
	rest = strings.TrimLeft(rest, "0123456789-–, \t")
	if k := strings.IndexAny(rest, ",.;]()\n\r"); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimSpace(rest)
	a, ok := c.lex.Lookup(Agencies, rest)
	if !ok && hasPrefixFold(rest, "the ") {
		a, ok = c.lex.Lookup(Agencies, rest[4:])
	}
	if !ok {
		// The year after the name: "Copyright © ANTARA 2026".
		if n := strings.TrimRight(rest, "0123456789-– \t"); len(n) < len(rest) && n != "" {
			a, ok = c.lex.Lookup(Agencies, n)
		}
	}
	if !ok {
		return nil
	}
	return c.keep(Credit{Span: spanOf(c.t, s, e), Agencies: c.one(a)})
}

// isStampToken reports whether w is a desk code or a time stamp that an
// agency puts after its sign-off: initials ("SKL", "sn/dg", "burs-ab/cd",
// "nk.gta", "M.N.") or a time ("13:26", "GMT"), or lower-case initials
// ("hbe"), or a staff number and a time ("4120**1430").
func isStampToken(w string) bool {
	switch {
	case len(w) >= 2 && len(w) <= 5 && isUpperWord(w):
		return true // "SKL", "GMT", "LOCAL"
	case len(w) >= 4 && len(w) <= 5 && isDigit(w[0]) && isDigit(w[len(w)-1]) && w[len(w)-3] == ':':
		return true // "13:26", "9:05"
	case len(w) >= 2 && len(w) <= 3 && isLowerWord(w):
		return true // "dpa hbe xx": an editor's initials in lower case
	}
	if w == "" {
		return false
	}
	// The longer forms, told apart by their first and last bytes, which
	// rule out most of the words that end a story at once ("said.").
	switch b, z := w[0], w[len(w)-1]; {
	case b >= 'a' && b <= 'z' && z >= 'a' && z <= 'z':
		return isDeskCode(w) || isDottedInitials(w)
	case b >= 'A' && b <= 'Z' && len(w) >= 3 && w[1] == '.':
		return isCapitalInitials(w)
	case (isDigit(b) || b == '*') && isDigit(z):
		return isStaffStamp(w)
	}
	return false
}

// isDottedInitials reports whether w is the initials of a story's writer
// and editor in lower case parted by dots, as KUNA puts them after its end
// mark: "nk.gta", "ys.mt", "a.gta". Two to four runs of one to five
// letters, one of them of two letters or more ("a.m" is a time).
func isDottedInitials(w string) bool {
	if len(w) < 3 || len(w) > 20 {
		return false
	}
	run, runs, long := 0, 1, false
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'a' && b <= 'z':
			if run++; run > 5 {
				return false
			}
			long = long || run >= 2
		case b == '.' && run > 0 && runs < 4:
			run = 0
			runs++
		default:
			return false
		}
	}
	return run > 0 && runs >= 2 && long
}

// isCapitalInitials reports whether w is an editor's initials in
// capitals, each with its dot, as WAFA signs off: "M.N.", "H.A.M.", "M.N"
// (the last dot left out), or two editors' parted by a slash:
// "M.N./K.F.". Two to four letters a set.
func isCapitalInitials(w string) bool {
	if len(w) < 3 || len(w) > 26 {
		return false
	}
	letters, sets := 0, 1
	for i := 0; i < len(w); {
		switch b := w[i]; {
		case b >= 'A' && b <= 'Z':
			// A letter, then its dot, which only the set's last letter
			// may leave out.
			if letters++; letters > 4 {
				return false
			}
			i++
			if i < len(w) && w[i] == '.' {
				i++
			} else if i < len(w) && w[i] != '/' {
				return false
			}
		case b == '/' && letters >= 2 && sets < 3 && i+1 < len(w):
			letters = 0
			sets++
			i++
		default:
			return false
		}
	}
	return letters >= 2
}

// isStaffStamp reports whether w is a writer's staff number and the time
// the story was filed, parted by asterisks, as IRNA signs off:
// "4120**1430", or the time alone after them: "**1430". The number has
// three to five digits and the time four, hours and minutes; "2024**", a
// figure's footnote mark, and "10**12", a power, are none.
func isStaffStamp(w string) bool {
	n := 0
	for n < len(w) && isDigit(w[n]) {
		n++
	}
	if n != 0 && (n < 3 || n > 5) {
		return false
	}
	k := n
	for k < len(w) && w[k] == '*' {
		k++
	}
	if k-n < 2 || k-n > 3 || len(w)-k != 4 {
		return false
	}
	t := w[k:]
	for i := 0; i < 4; i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	return (t[0]-'0')*10+t[1]-'0' < 24 && t[2] < '6'
}

// standsAlone reports whether the stamp token w is a sign-off with no
// agency before it, alone on the story's last line: a desk code
// ("burs-ab/cd"), an editor's initials in capitals ("M.N.", not an
// abbreviation such as "U.S." or "A.M.") or a staff number and time
// ("4120**1430").
func (c *creditScanner) standsAlone(w string) bool {
	switch {
	case isDeskCode(w), isStaffStamp(w):
		return true
	case isCapitalInitials(w):
		return !c.lex.Contains(abbreviations, strings.TrimSuffix(w, "."))
	}
	return false
}

// isUpperWord reports whether w is ASCII capitals only.
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isLowerWord reports whether w is ASCII lower-case letters only.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isDeskCode reports whether w is the initials of the desk that handled a
// story, lower-case letters parted by slashes and hyphens with at least
// one slash: "sn/dg", "burs-ab/cd", "jm/ser".
func isDeskCode(w string) bool {
	if len(w) < 5 || len(w) > 24 || strings.IndexByte(w, '/') < 0 {
		return false
	}
	run := 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'a' && b <= 'z':
			run++
			if run > 5 {
				return false
			}
		case (b == '/' || b == '-') && run >= 2:
			run = 0
		default:
			return false
		}
	}
	return run >= 2
}

// stamped reads an agency's sign-off followed by desk codes or a time
// stamp, on its line or the next, that end the text at e: "PTI SKL RT",
// "--IANS\nsn/dg", "--SPA 13:26 LOCAL TIME 10:26 GMT". The credit runs to
// e. The end mark may stand for the agency: "(end) nk.gta", as KUNA signs
// off. Desk codes, initials and staff stamps with no agency before them
// stand alone on the last line ("burs-ab/cd" as AFP signs off, "M.N." as
// WAFA does, "4120**1430" as IRNA does; see standsAlone).
func (c *creditScanner) stamped(e int) *Credit {
	p, codes, initials := e, -1, 0
	// The date of a time stamp, "Dec 26", only after its day-time group:
	// "KUNA 061530 GMT Dec 26".
	dated, grouped := false, false
tokens:
	for range maxStampTokens {
		ws := c.stampStart(p)
		w := c.t[ws:p]
		switch {
		case isStampToken(w):
		case isDayTimeGroup(w):
			grouped = true
		case allDigits(w) && len(w) != 3:
			dated = true // a day or a year: "26", "2026"
		case dated && c.isMonth(w):
			// "Dec" before "26": a stamp's date ends with its number.
		default:
			break tokens
		}
		if isUpperWord(w) {
			if initials++; initials > maxStaffCodes {
				break // "PTI AB CD EF GH IJ": a line in capitals, not a desk's initials
			}
		}
		if p == e && c.standsAlone(w) {
			codes = ws
		}
		p = c.spaceBefore(ws)
		if p <= c.lo || !isASCIIAlnum(c.t[p-1]) {
			break
		}
		if cr := c.agencyAt(p, e); cr != nil && len(cr.Agencies) > 0 && (grouped || !dated) {
			return c.endAbove(cr, e)
		}
	}
	if dated && !grouped {
		return nil
	}
	if p < e {
		// The end mark before the initials: "(end) nk.gta".
		if s := c.endParen(p); s >= 0 {
			return c.endMark(s, e)
		}
	}
	if codes > c.head && c.before(codes) == afterLine {
		cr := c.keep(Credit{Span: spanOf(c.t, codes, e)})
		// "burs-ab/cd": AFP's bureaus, then the writer and the editor.
		if k := strings.IndexAny(c.t[codes:e], "-/"); k > 0 {
			if a, ok := c.lex.Lookup(creditMarks, c.t[codes:codes+k]); ok {
				cr.Agencies = c.one(a)
			}
		}
		return cr
	}
	return nil
}

// stampStart reports where the stamp token that ends at p begins: the
// token runs back to white space.
func (c *creditScanner) stampStart(p int) int {
	ws := p
	for ws > c.lo && c.t[ws-1] != ' ' && c.t[ws-1] != '\t' && c.t[ws-1] != '\n' && c.t[ws-1] != '\r' {
		ws--
	}
	return ws
}

// endParen reports where the end mark "(END)" that ends at p begins, or
// -1.
func (c *creditScanner) endParen(p int) int {
	if p <= c.lo || c.t[p-1] != ')' {
		return -1
	}
	s := c.openParen(p - 1)
	if s < 0 || !strings.EqualFold(strings.TrimSpace(c.t[s+1:p-1]), "END") {
		return -1
	}
	return s
}

// endMarkReach bounds the bytes between an agency's sign-off and the end
// mark before it: the desk's initials.
const endMarkReach = 96

// endAbove extends cr, an agency's sign-off that ends the text at e, over
// the end mark and the desk's initials before it, on its line or the lines
// above: "(end) KUNA", "(end)\n\nfm.gb\n\nKUNA 061530 GMT Dec 26". The
// agency stays the credit's.
func (c *creditScanner) endAbove(cr *Credit, e int) *Credit {
	if strings.IndexByte(c.t[max(c.lo, cr.Start-endMarkReach):cr.Start], ')') < 0 {
		return cr // most sign-offs: no mark near
	}
	p := c.spaceBefore(cr.Start)
	for range maxStampTokens {
		if p <= c.lo || c.t[p-1] == ')' {
			break
		}
		ws := c.stampStart(p)
		if !isStampToken(c.t[ws:p]) {
			return cr
		}
		p = c.spaceBefore(ws)
	}
	s := c.endParen(p)
	if s < 0 {
		return cr
	}
	m := c.endMark(s, e)
	if m == nil {
		return cr
	}
	if len(m.Agencies) == 0 {
		m.Agencies = cr.Agencies
	} else {
		m.Agencies = dedupe(append(m.Agencies, cr.Agencies...))
	}
	return m
}

// isDayTimeGroup reports whether w is a day of the month and a time,
// hours and minutes, run together as a stamp gives them: "061530" for
// the 6th at 15:30.
func isDayTimeGroup(w string) bool {
	if len(w) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	day := (w[0]-'0')*10 + w[1] - '0'
	return day >= 1 && day <= 31 && (w[2]-'0')*10+w[3]-'0' < 24 && w[4] < '6'
}

// isMonth reports whether w is a month's name of list months ("Dec"); the
// list is asked only of a short word that opens with a capital.
func (c *creditScanner) isMonth(w string) bool {
	return len(w) >= 3 && len(w) <= 10 && w[0] >= 'A' && w[0] <= 'Z' && c.lex.Contains(months, w)
}

// isLinkLine reports whether seg is a web address alone, as agencies put
// after a story: "www.spa.gov.sa/2093345".
func isLinkLine(seg string) bool {
	if len(seg) > 300 || !hasPrefixFold(seg, "http://") && !hasPrefixFold(seg, "https://") && !hasPrefixFold(seg, "www.") {
		return false
	}
	return strings.IndexByte(seg, ' ') < 0 && strings.IndexByte(seg, '\t') < 0
}
