package wirestory

// A Span is a half-open range [Start, End) of byte offsets into the text
// passed to [Parser.Parse], together with the text it covers.
//
// Text is always exactly text[Start:End] of the original input and shares
// its memory; callers that keep a Span long after the input should
// [strings.Clone] it. Spans are comparable and may be used as map keys.
// The zero Span means "absent": every element the parser reports is
// non-empty.
type Span struct {
	Start int    `json:"start"` // byte offset of the first byte, starting at 0
	End   int    `json:"end"`   // byte offset just past the last byte
	Text  string `json:"text"`  // the input between Start and End
}

// spanOf returns the Span of text[start:end].
func spanOf(text string, start, end int) Span {
	return Span{Start: start, End: end, Text: text[start:end]}
}

// Len reports the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span, which means "absent".
func (s Span) IsZero() bool { return s == Span{} }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// LineCol reports the 1-based line and byte column of offset in text,
// for messages and editors; Spans themselves hold byte offsets only. It
// counts "\n", "\r\n" and a lone "\r" as line ends, and clamps offset to
// [0, len(text)]. Its cost is linear in offset.
func LineCol(text string, offset int) (line, col int) {
	offset = min(max(offset, 0), len(text))
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		switch text[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			line, start = line+1, i+1
		}
	}
	return line, offset - start + 1
}
