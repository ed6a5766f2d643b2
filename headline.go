package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds of a headline: a line of a few words, never a paragraph.
const (
	maxHeadlineLen   = 300 // bytes
	maxHeadlineWords = 30
	minHeadlineWords = 3 // "Floods kill 12"; "Anadolu Agency" and "Turkey" are headers
)

// findHeadline finds the headline of the story: the first line before the
// dateline or byline that reads as a title ("Floods leave thousands
// homeless" above "Afp, Paris"), or the text a crawl glued in front of the
// dateline on its own line. A story with neither dateline nor byline has
// a headline only where its first paragraph is one short line without a
// sentence's end, followed by a longer paragraph; the body then starts
// after it.
func findHeadline(d *doc, dl Dateline, by Byline) Span {
	s := d.text
	lim := min(len(s), headLimit)
	first := skipLead(s, 0, lim)
	frame := -1
	if !dl.IsZero() {
		frame = dl.Start
	}
	if !by.IsZero() && (frame < 0 || by.Start < frame) {
		frame = by.Start
	}
	if frame >= 0 {
		for ls := first; ls < frame; {
			le := lineEnd(s, ls, frame)
			a, b := trimMarkup(s, ls, le)
			if le == frame {
				b = trimFrameJoint(s, a, b)
			}
			a = skipSlug(s, a, b)
			if isHeadline(d, a, b) {
				return spanOf(s, a, b)
			}
			ls = skipLead(s, le, frame)
		}
		return Span{}
	}
	if len(d.paras) < 2 {
		return Span{}
	}
	p, next := d.paras[0], d.paras[1]
	if p.Start >= lim || lineEnd(p.Text, 0, len(p.Text)) < len(p.Text) || next.Len() <= p.Len() ||
		!isHeadline(d, p.Start, p.End) || endsSentence(s, p.Start, p.End) && !strings.HasSuffix(p.Text, "?") {
		return Span{}
	}
	if c := p.Text[len(p.Text)-1]; c == ',' || c == ';' {
		return Span{}
	}
	// A headline stands apart, after a blank line or in an element of
	// its own; a single line break is a wrapped line of the body.
	if gap := s[p.End:next.Start]; strings.Count(gap, "\n")+strings.Count(gap, "\r")-strings.Count(gap, "\r\n") < 2 &&
		strings.IndexByte(gap, '<') < 0 {
		return Span{}
	}
	d.bodyStart = max(d.bodyStart, p.End)
	return p
}

// skipSlug skips the slug an agency puts before a headline on the same
// line: lower-case keywords and a tag in parentheses, "seaweed
// exports-record(LEAD) Seaweed exports hit record high", or hyphened
// keywords glued to the headline's first capital, "Yongsan
// park-entryGov't eases access"; and the version tags before them,
// "(LEAD) Hwacheon ice festival delayed …" (skipTags).
func skipSlug(s string, a, b int) int {
	if a >= b {
		return a
	}
	a = skipTags(s, a, b)
	lim := min(b, a+maxSlugLen)
	if s[a] >= 'a' && s[a] <= 'z' {
		if k := strings.IndexByte(s[a:lim], ')'); k >= 0 {
			if j := skipHSpace(s, a+k+1, b); j < b && s[j] >= 'A' && s[j] <= 'Z' && !strings.ContainsAny(s[a:a+k], ".,;:") {
				return j
			}
		}
	}
	hyphen, word := false, 0 // word: lower-case letters just before k
	for k := a; k < lim; k++ {
		switch c := s[k]; {
		case c >= 'a' && c <= 'z':
			word++
		case c >= 'A' && c <= 'Z':
			// A capital glued to a word of three lower-case letters or
			// more after a hyphened slug: "entryGov't", not "McCain".
			if hyphen && word >= 3 && k-word-1 >= a && (s[k-word-1] == ' ' || s[k-word-1] == '-') {
				return k
			}
			word = -lim // a word with a capital in it is no slug's
		case c == '-':
			hyphen, word = true, 0
		case c == ' ':
			word = 0
		default:
			return a
		}
	}
	return a
}

// skipTags skips the tags in parentheses an agency puts at the start of
// a headline's line to say which version of the story it is: "(LEAD)",
// "(2nd LD)", "(URGENT)", "(3rd LD, ALL CAPS)", one or more. A tag opens
// with a capital or a digit, holds no colon or quotation mark (an
// editors' note, "(Eds: Updates with vote)", stays) and is followed on
// the line by more text.
func skipTags(s string, a, b int) int {
	for a < b && s[a] == '(' {
		k := strings.IndexByte(s[a:min(b, a+maxTagLen)], ')')
		if k < 2 || !(s[a+1] >= 'A' && s[a+1] <= 'Z' || s[a+1] >= '0' && s[a+1] <= '9') || strings.ContainsAny(s[a+1:a+k], ":;\"(") {
			return a
		}
		j := skipHSpace(s, a+k+1, b)
		if j >= b {
			return a
		}
		a = j
	}
	return a
}

// maxTagLen bounds a tag before a headline, its parentheses included.
const maxTagLen = 24

// maxSlugLen bounds the slug before a headline, in bytes.
const maxSlugLen = 80

// lineEnd returns the offset of the first line end at or after i, or lim.
// It asks IndexByte for each byte of a line end rather than IndexAny for
// both, which reads a byte at a time: the frame asks it of every line of
// the head.
func lineEnd(s string, i, lim int) int {
	e := lim
	if k := strings.IndexByte(s[i:lim], '\n'); k >= 0 {
		e = i + k
	}
	if k := strings.IndexByte(s[i:e], '\r'); k >= 0 {
		e = i + k
	}
	return e
}

// trimFrameJoint backs s[a:b], the text glued in front of a dateline or
// byline, over the dashes and bars that join the two.
func trimFrameJoint(s string, a, b int) int {
	for b > a {
		_, b = trimSpace(s, a, b)
		switch {
		case b > a && strings.IndexByte("-|:", s[b-1]) >= 0:
			b--
		case strings.HasSuffix(s[a:b], "—"), strings.HasSuffix(s[a:b], "–"):
			b -= len("—")
		default:
			return b
		}
	}
	return b
}

// isHeadline reports whether the line s[a:b] reads as a headline: a few
// words, at least two of them words of letters, and none of what feeds
// put above a story instead (an agency's name, a date, a note in
// brackets, a copyright line, a label before a colon).
func isHeadline(d *doc, a, b int) bool {
	if b-a < 8 || b-a > maxHeadlineLen {
		return false
	}
	line := d.text[a:b]
	switch c := line[0]; {
	case c == '(' || c == '[' || c == '<' || c == '*' || c == '#':
		return false
	case strings.HasSuffix(line, ":"), hasPrefixFold(line, "copyright"), strings.HasPrefix(line, "©"),
		isByStart(line, 0, len(line)):
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(r) {
		return false
	}
	words, letterWords := 0, 0
	for w := range strings.FieldsSeq(line) {
		words++
		if words > maxHeadlineWords {
			return false
		}
		if letterRun(w, 2) >= 2 {
			letterWords++
		}
	}
	if words < minHeadlineWords || letterWords < 2 {
		return false
	}
	// A line of more words than any form of a list has is in none of
	// them: the lists are asked only of a short line.
	return !(words <= d.lex.MaxWords(Agencies) && d.lex.Contains(Agencies, line)) &&
		!(words <= d.lex.MaxWords(labels) && d.lex.Contains(labels, line))
}

// letterRun reports how many letters open w, past an opening quotation
// mark or parenthesis, counting no further than max.
func letterRun(w string, max int) int {
	n := 0
	for _, r := range w {
		if n == 0 && (r == '"' || r == '\'' || r == '‘' || r == '“' || r == '(') {
			continue
		}
		if n >= max || !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return n
}

// withHeadline returns the paragraphs of the body with the headline, if
// any, first: quotations and attributions are read in both.
func (d *doc) withHeadline() []Span {
	body := d.paragraphs()
	if d.headline.IsZero() {
		return body
	}
	if d.withHead == nil {
		// A working buffer: the store's paragraph list holds the body.
		d.sc.heads = append(append(d.sc.heads[:0], d.headline), body...)
		d.withHead = d.sc.heads
	}
	return d.withHead
}
