package wirestory

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Quote is a quotation: the Span runs from its opening mark through its
// closing mark. A quotation that runs over several paragraphs, opened
// again at the start of each, is one Quote from its first mark to its
// last.
//
// Speaker and Cue are zero when no speaker was found; a quote with a
// speaker is also the Content of an [Attribution] with the same Source and
// Cue ([Article.AttributionOf] finds it).
type Quote struct {
	Span
	Kind    QuoteKind `json:"kind"`    // what the quotation does: a statement, a fragment, a scare quote or a title
	Speaker Mention   `json:"speaker"` // who says it; zero if no speaker was found
	Cue     Span      `json:"cue"`     // the word that attributes it ("said", "told reporters"); zero if none
}

// Inner returns the quotation without its opening and closing marks: for
// “We will win,” the Span of We will win, (its offsets into the input,
// as every Span's). A mark written as an HTML entity (&quot;) or as two
// apostrophes (”) is cut whole.
func (q Quote) Inner() Span {
	t := q.Text
	if t == "" {
		return Span{}
	}
	_, open := markAt(t, 0)
	close := 0
	if _, n := runeBefore(t, open, len(t)); n > 0 {
		if _, k := markAt(t, len(t)-n); k == n {
			close = n
		}
		if close == 1 && t[len(t)-1] == '\'' && len(t)-open >= 2 && t[len(t)-2] == '\'' {
			close = 2 // '' closing an archive's quotation
		}
	}
	if open+close >= len(t) {
		return Span{}
	}
	return Span{Start: q.Start + open, End: q.End - close, Text: t[open : len(t)-close]}
}

// A QuoteKind tells what a quotation is doing in the story.
type QuoteKind int

// The kinds of quotation.
const (
	Direct  QuoteKind = iota + 1 // a quoted statement: "We will win," she said.
	Partial                      // a fragment inside reported speech: he vowed to "fight on"
	Scare                        // a term held at a distance, with no speaker: so-called "reforms"
	Title                        // the name of a work or an operation: the film "Casablanca"
)

var quoteKindNames = [...]string{Direct: "direct", Partial: "partial", Scare: "scare", Title: "title"}

// String returns the kind's name as used in JSON: "direct", "partial", "scare" or "title".
func (k QuoteKind) String() string {
	if k > 0 && int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its name, so that JSON carries "direct" rather
// than a number that would change if the kinds were reordered.
func (k QuoteKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind's name, so that stored output can be read
// back; an unknown name is an error.
func (k *QuoteKind) UnmarshalText(b []byte) error {
	for i, n := range quoteKindNames {
		if n != "" && n == string(b) {
			*k = QuoteKind(i)
			return nil
		}
	}
	return errors.New("wirestory: unknown quote kind " + strconv.Quote(string(b)))
}

// findQuotes finds the quotations of the story body, outermost only, in
// text order, with their kinds and without speakers.
//
// Marks pair by style on a stack, so a quote nested in another mark stays
// inside its outer quote. A quotation left open at the end of a paragraph
// runs on when the next paragraph opens again in the same style (the news
// convention for a quote over several paragraphs); otherwise it is
// recovered there, so a stray mark costs at most its paragraph. The work is
// one pass over the marks, linear in the text.
func findQuotes(d *doc) []Quote {
	spans, stack := pairQuotes(d.lex, d.text, d.withHeadline(), d.sc.pairs[:0], d.sc.stack[:0], d.tagAt-1)
	d.sc.pairs, d.sc.stack = spans, stack
	if len(spans) == 0 {
		return nil
	}
	// Count first: a text of empty pairs ("") must not cost a list as
	// long as the pairs.
	n := 0
	for _, s := range spans {
		if a, b := trimSpace(d.text, s.inStart, s.inEnd); a < b {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	quotes := d.res.quoteList(n)
	for _, s := range spans {
		if a, b := trimSpace(d.text, s.inStart, s.inEnd); a >= b {
			continue // "" quotes nothing
		}
		quotes = append(quotes, Quote{Span: spanOf(d.text, s.start, s.end), Kind: quoteKind(d, s)})
	}
	if len(quotes) == 0 {
		return nil
	}
	quotes = quotes[:len(quotes):len(quotes)]
	// A title joined to the next quotation names a second work of the
	// same kind: die Modelle „Touareg“ und „Phaeton“.
	for i := 1; i < len(quotes); i++ {
		if quotes[i-1].Kind == Title && quotes[i].Kind != Direct && joined(d.lex, d.text[quotes[i-1].End:quotes[i].Start]) {
			quotes[i].Kind = Title
		}
	}
	return quotes
}

// joined reports whether between, the text between two quotations, is a
// conjunction or a comma that makes them one list.
func joined(lex *Lexicon, between string) bool {
	b := strings.TrimSpace(between)
	return b == "," || b == "" || len(b) <= maxConjunction && lex.Contains(conjunctions, b)
}

// maxConjunction bounds the text between two quotations that is looked up
// as a conjunction, in bytes: room for "beziehungsweise", "as well as" and
// their kin, while a sentence between two quotations costs no lookup.
const maxConjunction = 32

// A quoteRange is a quotation found by pairQuotes: text[start:end] with
// its marks, text[inStart:inEnd] without them, in the paragraphs that
// run from lo to hi.
type quoteRange struct{ start, end, inStart, inEnd, lo, hi int }

// An openMark is a mark on the pairing stack.
type openMark struct {
	markToken
	style  markStyle
	lo     int // the start of its paragraph
	npairs int // len(pairs) when it opened: later pairs lie inside it
}

// pairQuotes pairs the quotation marks of the paragraphs paras of text and
// appends the outermost quotations, in text order, to pairs. The stack is
// the caller's buffer too, returned for reuse. firstTag is where text's
// first "<" stands (len(text) for none), or -1 if the caller does not know.
func pairQuotes(lex *Lexicon, text string, paras []Span, pairs []quoteRange, stack []openMark, firstTag int) ([]quoteRange, []openMark) {
	var (
		counts [numStyles]int // how many marks of each style are open
		tags   tagSkipper
		soft   int // line breaks the open quote has run over
		gaps   paragraphGaps
	)
	var marks byteScan
	marks.resetKnown(text, markStarts, '<', firstTag) // where the paragraph scan found the first "<", or -1
	truncate := func(n int) {
		for _, m := range stack[n:] {
			counts[m.style]--
		}
		stack = stack[:n]
	}
	for pi, p := range paras {
		lo, hi := p.Start, p.End
		i := lo
		if len(stack) > 0 {
			// A quote runs on from the last paragraph: this one opens
			// again with the same style, and that mark is no new quote.
			i += reopening(lex, text, p, stack[0].style)
		}
		for i < hi {
			if !isMarkStart[text[i]] {
				i = marks.indexBefore(i+1, hi, &isMarkStart)
				continue
			}
			if text[i] == '<' {
				// Marks inside markup (<tweet author="x">) quote nothing.
				i = tags.skip(text, i, hi)
				continue
			}
			r, n := markAt(text, i)
			if n == 0 {
				i++
				continue
			}
			if (r == '\'' || r == '’') && i > lo && i+n < hi && isASCIIAlnum(text[i-1]) && isASCIIAlnum(text[i+n]) {
				i += n // an apostrophe inside a word (don't, Pakistan’s), which classify lets open and close nothing
				continue
			}
			t := classify(lex, text, lo, hi, i, i+n, r)
			i += n
			if t.closes != 0 && closable(t.closes, &counts) {
				k := len(stack) - 1
				for !t.closes.has(stack[k].style) {
					k--
				}
				// Everything inside the closed mark, paired or not,
				// belongs to it.
				o := stack[k]
				truncate(k)
				pairs = append(roomFor(pairs[:o.npairs]), quoteRange{o.start, t.end, o.end, t.start, o.lo, hi})
				continue
			}
			if t.opens != 0 && len(stack) < maxDepth {
				st := firstStyle(t.opens)
				stack = append(stack, openMark{markToken: t, style: st, lo: lo, npairs: len(pairs)})
				counts[st]++
			}
		}
		if len(stack) == 0 {
			continue
		}
		if pi+1 < len(paras) && reopening(lex, text, paras[pi+1], stack[0].style) > 0 {
			truncate(1)
			soft = 0
			continue
		}
		if pi+1 < len(paras) && soft < maxSoftBreaks && softBreak(text, paras, pi, &gaps) {
			// A line break inside the writer's paragraph: the quote goes on.
			soft++
			continue
		}
		if pi+1 < len(paras) && len(stack) == 1 && stack[0].strong && closesFirst(lex, text, paras[pi+1], stack[0].style) {
			// “… on time and on budget,\n\nwhatever the critics say,” the
			// mayor said: the quote runs on with no reopening mark.
			continue
		}
		soft = 0
		// Recover what is left open at the paragraph end: a sure
		// opening with nothing paired inside it runs to the end of the
		// paragraph; any other is dropped and what it held stands alone.
		for _, o := range stack {
			if o.strong && len(pairs) == o.npairs {
				pairs = append(roomFor(pairs), quoteRange{o.start, hi, o.end, hi, o.lo, hi})
				break
			}
		}
		truncate(0)
	}
	return pairs, stack
}

// maxDepth bounds how deep quotations nest: prose never goes past three
// levels, and a text of nothing but opening marks keeps a small stack.
const maxDepth = 64

// maxSoftBreaks bounds how many line breaks an open quotation runs over,
// so that an unclosed mark in a text of single lines costs a few lines,
// not the rest of the story.
const maxSoftBreaks = 8

// softBreak reports whether the break after paragraph pi is a line break
// inside a paragraph of the writer's rather than between two: one line
// break where the text elsewhere parts paragraphs with blank lines, or,
// in a text of single lines, a line that stops mid-sentence.
func softBreak(text string, paras []Span, pi int, gaps *paragraphGaps) bool {
	gap := text[paras[pi].End:paras[pi+1].Start]
	if lineBreaks(gap) != 1 || strings.IndexByte(gap, '<') >= 0 {
		return false
	}
	if gaps.blankLines(text, paras) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(paras[pi].Text)
	return r == ',' || r == ':' || r == ';' || classOf(r) == classAlnum
}

// A paragraphGaps tells whether a text ever parts its paragraphs with a
// blank line. It looks at the gaps once, the first time it is asked.
type paragraphGaps struct{ known, blank bool }

// blankLines reports whether a blank line stands between any two of paras.
func (g *paragraphGaps) blankLines(text string, paras []Span) bool {
	if !g.known {
		g.known = true
		for i := 1; i < len(paras) && !g.blank; i++ {
			g.blank = lineBreaks(text[paras[i-1].End:paras[i].Start]) >= 2
		}
	}
	return g.blank
}

// lineBreaks counts the line ends in s: "\n", "\r\n" or a lone "\r".
func lineBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			n++
		}
	}
	return n
}

// A tagSkipper skips HTML and XML tags in linear time: it remembers where
// the next '>' and the next '<' are, so a text full of either is searched
// only once.
type tagSkipper struct{ gt, lt int }

// maxTag is the longest tag skipped.
const maxTag = 2000

// skip returns where scanning resumes after text[i], which holds '<': past
// the tag that starts there, or at i+1 if none does.
func (t *tagSkipper) skip(text string, i, hi int) int {
	if i+1 >= hi {
		return i + 1
	}
	c := text[i+1]
	if !(c == '/' || c == '!' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return i + 1
	}
	if t.gt <= i {
		k := strings.IndexByte(text[i:hi], '>')
		if k < 0 {
			t.gt = hi // no '>' in this paragraph
			return i + 1
		}
		t.gt = i + k
	}
	if t.lt <= i {
		t.lt = hi
		if k := strings.IndexByte(text[i+1:hi], '<'); k >= 0 {
			t.lt = i + 1 + k
		}
	}
	if t.gt >= hi || t.gt-i > maxTag || t.lt < t.gt {
		return i + 1
	}
	return t.gt + 1
}

// closable reports whether one of the styles in set is open.
func closable(set styleSet, counts *[numStyles]int) bool {
	for st := markStyle(1); st < numStyles; st++ {
		if set.has(st) && counts[st] > 0 {
			return true
		}
	}
	return false
}

// firstStyle returns the first style of a non-empty set.
func firstStyle(set styleSet) markStyle {
	for st := markStyle(1); st < numStyles; st++ {
		if set.has(st) {
			return st
		}
	}
	return styleNone
}

// reopening reports the length of the mark of style st that opens
// paragraph p, or 0 if p does not open with one: a quotation running on
// from the paragraph before.
func reopening(lex *Lexicon, text string, p Span, st markStyle) int {
	r, n := markAt(text, p.Start)
	if n == 0 || !classify(lex, text, p.Start, p.End, p.Start, p.Start+n, r).opens.has(st) {
		return 0
	}
	return n
}
