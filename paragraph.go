package wirestory

import "unicode/utf8"

// splitParagraphs cuts text into paragraphs, whatever the feed did to them:
//
//   - blank lines between paragraphs (most feeds); in such copy a single
//     line end also ends a paragraph when the line is too long to be a
//     hard wrap and ends a sentence;
//   - one line a paragraph, when the text has no blank line at all, unless
//     it is hard-wrapped at 40 to 100 columns: then a line that ends a
//     sentence ends a paragraph where the next word would have fit on it;
//   - hard-wrapped lines with an indented first line (Reuters 1987 style,
//     "\n    The dry period…"), when every break is followed by indentation;
//   - HTML block tags (<p>…</p>, <br>, <div>, <li>, <h2>…), which are left
//     out of the spans, as are inline tags (<em>, <b>) at a paragraph's edges.
//
// "\r\n" and a lone "\r" count as line ends. Spans are trimmed of white
// space and never empty. The work is one pass over the bytes.
func splitParagraphs(text string) []Span {
	// Wire paragraphs run to a few hundred bytes: start with room for them.
	return appendParagraphs(make([]Span, 0, min(len(text)/256+2, 1<<14)), text)
}

// appendParagraphs is splitParagraphs appending to out, which Parse
// reuses from story to story.
func appendParagraphs(out []Span, text string) []Span {
	out, _ = appendParagraphsTag(out, text)
	return out
}

// appendParagraphsTag is appendParagraphs that also returns where the
// text's first "<" stands, or len(text): its scan for line ends found
// it, and the scan for quotation marks, which looks for tags too, need
// not read the text again for it (see byteScan.resetKnown).
func appendParagraphsTag(out []Span, text string) ([]Span, int) {
	var stops byteScan
	stops.reset(text, lineStops)
	firstTag := stops.first('<')
	mode, width := paragraphMode(text, &stops)
	add := func(s, e int) {
		s, e = trimMarkup(text, s, e)
		if s < e {
			out = append(out, spanOf(text, s, e))
		}
	}
	start, lineStart := 0, 0
	// i is compared unsigned: a call gives it back, and the compiler,
	// unable to tell that it is not negative, checked the read after.
	for i := 0; uint(i) < uint(len(text)); {
		c := text[i]
		if c == '<' {
			if n := paragraphTag(text[i:]); n > 0 {
				add(start, i)
				i += n
				start = i
				continue
			}
		}
		if c != '\n' && c != '\r' {
			i = stops.indexBefore(i+1, len(text), &lineStop)
			continue
		}
		lineEnd := i
		i = skipNewline(text, i)
		switch mode {
		case byLine:
			add(start, lineEnd)
			start = i
		case byBlankLine:
			// A paragraph ends where a line holding only white space follows.
			j := i
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j == len(text) || text[j] == '\n' || text[j] == '\r' {
				add(start, lineEnd)
				start = j
				i = j
			} else if lineEnd-lineStart > wrapWidth && endsSentence(text, lineStart, lineEnd) {
				add(start, lineEnd)
				start = i
			}
		case byIndent:
			if i < len(text) && (text[i] == ' ' || text[i] == '\t') {
				add(start, lineEnd)
				start = i
			}
		case byWrap:
			// A sentence ends the line, and the next word would have fit
			// on it or opens a quotation: the writer broke the line, not
			// the wrapping.
			if endsFullSentence(text, lineStart, lineEnd) &&
				(lineEnd-lineStart+1+wordLen(text, i) <= width || opensQuote(text, i)) {
				add(start, lineEnd)
				start = i
			}
		}
		lineStart = i
	}
	add(start, len(text))
	return out, firstTag
}

// wrapWidth is the longest line, in bytes, that hard-wrapped copy has:
// wires wrapped at 69 to 80 columns, with some room for UTF-8.
const wrapWidth = 100

// endsSentence reports whether text[s:e], past trailing white space, ends
// with a full stop, a question or exclamation mark, a colon, or a closing
// quotation mark.
func endsSentence(text string, s, e int) bool {
	for e > s {
		n := spaceLenBefore(text[s:e])
		if n == 0 {
			break
		}
		e -= n
	}
	if e == s {
		return false
	}
	switch text[e-1] {
	case '.', '!', '?', ':', '"', '\'':
		return true
	case 0x9d, 0x99: // ” ’
		return e-s >= 3 && text[e-3] == 0xe2 && text[e-2] == 0x80
	case 0xbb: // »
		return e-s >= 2 && text[e-2] == 0xc2
	}
	return false
}

type splitMode int

const (
	byLine splitMode = iota
	byBlankLine
	byIndent
	byWrap
)

// paragraphMode decides how text marks its paragraphs, and for
// hard-wrapped copy with no other mark, the width it was wrapped at.
// It reads the line ends with stops, appendParagraphs' scan of them
// and of tags, so that the text is searched once for a byte it lacks.
func paragraphMode(text string, stops *byteScan) (splitMode, int) {
	breaks, indented := 0, 0
	lineStart, longest := 0, 0
	for i := 0; i < len(text); {
		if i = stops.index(i); i == len(text) {
			break
		}
		if c := text[i]; c != '\n' && c != '\r' {
			i++ // a tag's '<'
			continue
		}
		longest = max(longest, i-lineStart)
		j := skipNewline(text, i)
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < len(text) && (text[k] == '\n' || text[k] == '\r') {
			return byBlankLine, 0
		}
		breaks++
		if k-j >= 2 || (k > j && text[j] == '\t') {
			indented++
		}
		i = j
		lineStart = j
	}
	// Hard-wrapped copy: some lines are indented, most are not.
	if indented > 0 && indented*2 < breaks+1 && breaks >= 3 {
		return byIndent, 0
	}
	if breaks >= 3 && longest >= minWrapWidth && longest <= wrapWidth && hardWrapped(text, longest, stops) {
		return byWrap, longest
	}
	return byLine, 0
}

// minWrapWidth is the narrowest hard wrap: shorter lines are a list or
// verse, not wrapped copy.
const minWrapWidth = 40

// hardWrapped reports whether the lines of text, none longer than width,
// were wrapped at width with no mark between paragraphs: a good share of
// the lines stop inside a sentence, and nearly all of those come near
// the width.
func hardWrapped(text string, width int, stops *byteScan) bool {
	lines, open, openFull := 0, 0, 0
	lineStart := 0
	for i := 0; i < len(text); {
		if i = stops.index(i); i == len(text) {
			break
		}
		if c := text[i]; c != '\n' && c != '\r' {
			i++
			continue
		}
		lines++
		if !endsSentence(text, lineStart, i) {
			open++
			if i-lineStart >= width-width/4 {
				openFull++
			}
		}
		i = skipNewline(text, i)
		lineStart = i
	}
	return open >= 2 && open*4 >= lines && openFull*4 >= open*3
}

// endsFullSentence reports whether text[s:e], past trailing white space,
// ends with a full stop, a question or exclamation mark, or one of them
// and a closing quotation mark: not a comma inside a quotation ("we
// waited,”), which the attribution after it continues.
func endsFullSentence(text string, s, e int) bool {
	_, e = trimSpace(text, s, e)
	if e > s {
		if r, w := utf8.DecodeLastRuneInString(text[s:e]); r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' {
			e -= w
		}
	}
	return e > s && (text[e-1] == '.' || text[e-1] == '!' || text[e-1] == '?')
}

// opensQuote reports whether text[i:] opens with a quotation mark.
func opensQuote(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '"' || r == '“' || r == '‘' || r == '«' || r == '„'
}

// wordLen reports the length of the word at the start of text[i:].
func wordLen(text string, i int) int {
	j := i
	for j < len(text) && j-i < wrapWidth && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' && text[j] != '\r' {
		j++
	}
	return j - i
}

// skipNewline returns the offset after the line end at text[i].
func skipNewline(text string, i int) int {
	if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		return i + 2
	}
	return i + 1
}

// paragraphTag reports the length of the HTML block or line-break tag at
// the start of s (<p>, </p>, <p class="x">, <br>, <br/>, <div>, <li>,
// <h2>, <blockquote>…), or 0.
func paragraphTag(s string) int {
	n := tagLen(s)
	if n == 0 {
		return 0
	}
	i := 1
	if s[i] == '/' {
		i++
	}
	j := i
	for j < n && j-i < 10 && isTagNameByte(s[j]) {
		j++
	}
	var name [10]byte
	k := copy(name[:], s[i:j])
	for x := range k {
		name[x] |= 0x20
	}
	switch string(name[:k]) {
	case "p", "br", "div", "li", "ul", "ol", "dd", "dt", "hr", "tr", "table",
		"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article":
		return n
	}
	return 0
}

// tagLen reports the length of the HTML tag at the start of s ("<em>",
// "</p>", "<a href=\"…\">"), or 0. A tag is at most 200 bytes long and
// holds no line end.
func tagLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	i := 1
	if s[i] == '/' {
		i++
	}
	if i >= len(s) || !isASCIILetter(s[i]) {
		return 0
	}
	j := i + 1
	for j < len(s) && isTagNameByte(s[j]) {
		j++
	}
	if j == len(s) || (s[j] != '>' && s[j] != ' ' && s[j] != '\t' && s[j] != '/') {
		return 0
	}
	for ; j < len(s) && j < 200; j++ {
		switch s[j] {
		case '>':
			return j + 1
		case '<', '\n', '\r':
			return 0
		}
	}
	return 0
}

// tagLenBefore reports the length of the HTML tag at the end of s, or 0.
func tagLenBefore(s string) int {
	if len(s) < 3 || s[len(s)-1] != '>' {
		return 0
	}
	for j := len(s) - 2; j >= 0 && len(s)-j <= 200; j-- {
		if s[j] == '<' {
			if tagLen(s[j:]) == len(s)-j {
				return len(s) - j
			}
			return 0
		}
	}
	return 0
}

func isTagNameByte(c byte) bool { return isASCIILetter(c) || isDigit(c) }

// trimMarkup narrows text[s:e] past white space and HTML tags at both
// ends: "<em>Published in Dawn</em>" becomes "Published in Dawn".
func trimMarkup(text string, s, e int) (int, int) {
	for {
		s, e = trimSpace(text, s, e)
		if s < e && text[s] == '<' {
			if n := tagLen(text[s:e]); n > 0 {
				s += n
				continue
			}
		}
		if s < e && text[e-1] == '>' {
			if n := tagLenBefore(text[s:e]); n > 0 {
				e -= n
				continue
			}
		}
		return s, e
	}
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i] {
			return false
		}
	}
	return true
}

// trimSpace narrows text[s:e] past white space at both ends, including
// no-break and zero-width spaces and a byte-order mark.
func trimSpace(text string, s, e int) (int, int) {
	// An ASCII byte, what most spans start and end with, is decided here
	// without a call: a table says whether it is white space.
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if asciiClasses[c] != classSpace {
				break
			}
			s++
		} else if n := spaceLen(text[s:e]); n > 0 {
			s += n
		} else {
			break
		}
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if asciiClasses[c] != classSpace {
				break
			}
			e--
		} else if n := spaceLenBefore(text[s:e]); n > 0 {
			e -= n
		} else {
			break
		}
	}
	return s, e
}

// spaceLen reports the byte length of the white-space character at the
// start of s, or 0.
func spaceLen(s string) int {
	switch s[0] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return 1
	case 0xc2: // U+00A0 no-break space
		if len(s) > 1 && s[1] == 0xa0 {
			return 2
		}
	case 0xe2: // U+2000–U+200B spaces, U+2028, U+2029, U+202F, U+205F, U+2060
		if len(s) > 2 && s[1] == 0x80 && (s[2] >= 0x80 && s[2] <= 0x8b || s[2] == 0xa8 || s[2] == 0xa9 || s[2] == 0xaf) {
			return 3
		}
		if len(s) > 2 && s[1] == 0x81 && (s[2] == 0x9f || s[2] == 0xa0) {
			return 3
		}
	case 0xe3: // U+3000 ideographic space
		if len(s) > 2 && s[1] == 0x80 && s[2] == 0x80 {
			return 3
		}
	case 0xef: // U+FEFF byte-order mark
		if len(s) > 2 && s[1] == 0xbb && s[2] == 0xbf {
			return 3
		}
	}
	return 0
}

// spaceLenBefore reports the byte length of the white-space character at
// the end of s, or 0.
func spaceLenBefore(s string) int {
	n := len(s)
	if n == 0 {
		return 0
	}
	switch c := s[n-1]; {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		return 1
	case c < utf8.RuneSelf || !spaceLastByte[c]:
		return 0
	}
	for k := 2; k <= 3 && k <= n; k++ {
		if spaceLen(s[n-k:]) == k {
			return k
		}
	}
	return 0
}

// spaceLastByte marks the bytes that end a white-space character of more
// than one byte, as spaceLen knows them: U+00A0, U+2000–U+200B, U+2028,
// U+2029, U+202F, U+205F, U+2060, U+3000 and U+FEFF.
var spaceLastByte = func() (t [256]bool) {
	for _, r := range "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff" {
		b := []byte(string(r))
		t[b[len(b)-1]] = true
	}
	return t
}()

// skipTo returns the index of the first byte of s that stop marks, or
// len(s), looking at four bytes a step.
func skipTo(s string, stop *[256]bool) int {
	k := 0
	for ; k+4 <= len(s); k += 4 {
		if stop[s[k]] || stop[s[k+1]] || stop[s[k+2]] || stop[s[k+3]] {
			break
		}
	}
	for k < len(s) && !stop[s[k]] {
		k++
	}
	return k
}

// lineEndBytes are the bytes of a line break.
const lineEndBytes = "\n\r"

// lineStops are the bytes appendParagraphs stops at: line breaks and
// the start of a tag; lineStop is their table.
const lineStops = lineEndBytes + "<"

var lineStop = byteTable(lineStops)

// byteTable returns the table of the bytes of set.
func byteTable(set string) (t [256]bool) {
	for i := 0; i < len(set); i++ {
		t[set[i]] = true
	}
	return t
}
