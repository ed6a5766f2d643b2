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
	rest := strings.TrimLeft(seg, "[ \t")
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
// agency puts after its sign-off: initials ("SKL", "sn/dg", "burs-ab/cd")
// or a time ("13:26", "GMT"), or lower-case initials ("hbe").
func isStampToken(w string) bool {
	switch {
	case len(w) >= 2 && len(w) <= 5 && isUpperWord(w):
		return true // "SKL", "GMT", "LOCAL"
	case len(w) >= 4 && len(w) <= 5 && isDigit(w[0]) && isDigit(w[len(w)-1]) && w[len(w)-3] == ':':
		return true // "13:26", "9:05"
	case len(w) >= 2 && len(w) <= 3 && isLowerWord(w):
		return true // "dpa hbe xx": an editor's initials in lower case
	}
	return isDeskCode(w)
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
// e. Desk codes with no agency before them stand alone ("burs-ab/cd", as
// AFP signs off).
func (c *creditScanner) stamped(e int) *Credit {
	p, codes, initials := e, -1, 0
	for range maxStampTokens {
		ws := p
		for ws > c.lo && c.t[ws-1] != ' ' && c.t[ws-1] != '\t' && c.t[ws-1] != '\n' && c.t[ws-1] != '\r' {
			ws--
		}
		w := c.t[ws:p]
		if !isStampToken(w) {
			break
		}
		if isUpperWord(w) {
			if initials++; initials > maxStaffCodes {
				break // "PTI AB CD EF GH IJ": a line in capitals, not a desk's initials
			}
		}
		if isDeskCode(w) && p == e {
			codes = ws
		}
		p = c.spaceBefore(ws)
		if p <= c.lo || !isASCIIAlnum(c.t[p-1]) {
			break
		}
		if cr := c.agencyAt(p, e); cr != nil && len(cr.Agencies) > 0 {
			return cr
		}
	}
	if codes >= 0 && c.before(codes) == afterLine {
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

// isLinkLine reports whether seg is a web address alone, as agencies put
// after a story: "www.spa.gov.sa/2093345".
func isLinkLine(seg string) bool {
	if len(seg) > 300 || !hasPrefixFold(seg, "http://") && !hasPrefixFold(seg, "https://") && !hasPrefixFold(seg, "www.") {
		return false
	}
	return strings.IndexByte(seg, ' ') < 0 && strings.IndexByte(seg, '\t') < 0
}
