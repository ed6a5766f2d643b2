package main

import (
	"slices"
	"strings"

	"github.com/wirestory/wirestory"
)

// The story is shown as a tree of elements: paragraphs, and in them the
// frame (dateline, byline, credit), quotations, the mentions of speakers
// and sources, and the cues of attributions. Their spans nest, or cross:
// a quotation runs over several paragraphs, a source's mention starts
// inside one quotation and ends after it. HTML elements can only nest,
// so layout walks the text once, and where a span crosses the end of
// another it is cut into pieces, each a well-formed element.

// The ranks of marks: a mark of lower rank always encloses the marks of
// higher rank that it meets, cutting them if need be. Paragraphs are
// outermost, as block elements must be.
const (
	rankBlock = iota
	rankFrame
	rankQuote
	rankMention
	rankCue
)

// A viewMark is a span of the text to be shown as an element.
type viewMark struct {
	start, end int
	rank       int
	el         viewElem
}

// A viewElem is an element of the page. When a mark is cut into pieces,
// the first piece carries its ID and is the one to focus; each later
// piece is of class "cont".
type viewElem struct {
	Tag          string // "p", "mark" or "span"
	Class        string
	ID           string
	Title        string
	Speaker      string // data-speaker: the speaker's name, shown on hover and focus
	SpeakerIndex string // data-sp: the speaker's index in the panel
	Quote        string // data-q: the quotation's index in Article.Quotes
	DescribedBy  string // aria-describedby: the speaker's entry in the panel
	Focus        bool   // tabindex=0: quotations are reached by keyboard
}

// A viewNode is an element with its children, or a run of text when El
// is nil.
type viewNode struct {
	Text string
	El   *viewElem
	Kids []*viewNode
}

// layout returns the paragraphs of text as trees of the marks. Text
// outside every block mark (markup, blank lines) is left out, and so are
// the pieces of marks there.
func layout(text string, marks []viewMark) []*viewNode {
	ms := make([]*viewMark, 0, len(marks))
	for i := range marks {
		if m := &marks[i]; 0 <= m.start && m.start < m.end && m.end <= len(text) {
			ms = append(ms, m)
		}
	}
	opens := slices.Clone(ms)
	slices.SortStableFunc(opens, func(a, b *viewMark) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return b.end - a.end // the longer one encloses
	})
	closes := ms
	slices.SortStableFunc(closes, func(a, b *viewMark) int {
		if a.end != b.end {
			return a.end - b.end
		}
		return b.rank - a.rank // inner first
	})

	type open struct {
		m      *viewMark
		node   *viewNode // the piece being written; nil until text is written in it
		pieces int
	}
	var root viewNode
	var stack []open
	// cut closes the pieces of stack[i:]: text written later opens new ones.
	cut := func(i int) {
		for ; i < len(stack); i++ {
			stack[i].node = nil
		}
	}
	write := func(s string) {
		if len(stack) == 0 || stack[0].m.rank != rankBlock {
			return
		}
		parent := &root
		for i := range stack {
			o := &stack[i]
			if o.node == nil {
				el := o.m.el
				if o.pieces > 0 {
					el.ID, el.Focus = "", false
					el.Class = strings.TrimSpace(el.Class + " cont")
				}
				o.pieces++
				o.node = &viewNode{El: &el}
				parent.Kids = append(parent.Kids, o.node)
			}
			parent = o.node
		}
		parent.Kids = append(parent.Kids, &viewNode{Text: strings.ToValidUTF8(s, "\uFFFD")})
	}

	pos, oi, ci := 0, 0, 0
	for pos < len(text) {
		next := len(text)
		if oi < len(opens) {
			next = min(next, opens[oi].start)
		}
		if ci < len(closes) {
			next = min(next, closes[ci].end)
		}
		if next > pos {
			write(text[pos:next])
			pos = next
		}
		for ci < len(closes) && closes[ci].end == pos {
			m := closes[ci]
			i := len(stack) - 1
			for stack[i].m != m {
				i--
			}
			cut(i)
			stack = slices.Delete(stack, i, i+1)
			ci++
		}
		for oi < len(opens) && opens[oi].start == pos {
			m := opens[oi]
			i := len(stack)
			for i > 0 && stack[i-1].m.rank > m.rank {
				i--
			}
			cut(i)
			stack = slices.Insert(stack, i, open{m: m})
			oi++
		}
	}
	return root.Kids
}

// viewBlocks returns the block marks of the story: its paragraphs, and
// the lines between them that show something other than markup (a
// headline, a byline, a credit). Such a line on the same line as a
// paragraph (the dateline before the first) joins that paragraph, and
// lines that follow one another make one block.
func viewBlocks(text string, paras []wirestory.Span) []viewMark {
	var out []viewMark
	gapBlock := false // whether the last block holds only lines between paragraphs
	addRun := func(s, e int) {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if between := text[last.end:s]; onlyHSpace(between) || gapBlock && strings.Count(between, "\n") == 1 && strings.TrimSpace(between) == "" {
				last.end = e
				return
			}
		}
		out = append(out, viewMark{start: s, end: e, rank: rankBlock, el: viewElem{Tag: "p", Class: "aside"}})
		gapBlock = true
	}
	from := 0
	for _, p := range paras {
		for _, r := range visibleLines(text, from, p.Start) {
			addRun(r[0], r[1])
		}
		if n := len(out); n > 0 && gapBlock && onlyHSpace(text[out[n-1].end:p.Start]) {
			out[n-1].end, out[n-1].el.Class = p.End, "para"
		} else {
			out = append(out, viewMark{start: p.Start, end: p.End, rank: rankBlock, el: viewElem{Tag: "p", Class: "para"}})
		}
		gapBlock = false
		from = p.End
	}
	for _, r := range visibleLines(text, from, len(text)) {
		addRun(r[0], r[1])
	}
	return out
}

// visibleLines returns, for each line of text[s:e] that shows something
// other than white space and markup tags, the range from the first to the
// last byte that shows.
func visibleLines(text string, s, e int) [][2]int {
	var out [][2]int
	for s < e {
		eol := strings.IndexByte(text[s:e], '\n')
		if eol < 0 {
			eol = e
		} else {
			eol += s
		}
		if a, b := visibleRange(text, s, eol); a < b {
			out = append(out, [2]int{a, b})
		}
		s = eol + 1
	}
	return out
}

// visibleRange returns the range of text[s:e] from its first to its last
// byte outside white space and tags ("<p>", "</b>"). A '<' with no '>'
// after it on the line shows. Each byte is looked at once or twice.
func visibleRange(text string, s, e int) (first, last int) {
	first, last = e, e
	closed := true // whether a '>' may follow
	for i := s; i < e; i++ {
		switch c := text[i]; {
		case c == '<' && closed:
			if j := strings.IndexByte(text[i:e], '>'); j >= 0 {
				i += j
				continue
			}
			closed = false
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			continue
		}
		if first == e {
			first = i
		}
		last = i + 1
	}
	if first == e {
		return e, e
	}
	return first, last
}

// onlyHSpace reports whether s holds only spaces and tabs.
func onlyHSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}
