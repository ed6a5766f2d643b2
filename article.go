package wirestory

import (
	"cmp"
	"slices"
	"time"
)

// An Article is the structure found in one wire story.
//
// A part the story lacks is the zero value, which every optional part
// reports with IsZero (a.Dateline.IsZero(), q.Speaker.IsZero()): there are
// no pointers to check. Slices are nil when empty. Every Span in an Article indexes the exact string that was
// passed to [Parser.Parse].
type Article struct {
	Headline     Span          `json:"headline"`     // a headline line before the dateline or body; zero if none
	Dateline     Dateline      `json:"dateline"`     // "TEHRAN, Jan 20 (Reuters) -"; zero if none
	Byline       Byline        `json:"byline"`       // "By JANE DOE"; zero if none
	Credit       Credit        `json:"credit"`       // the sign-off at the end ("IANS"); zero if none
	Paragraphs   []Span        `json:"paragraphs"`   // the body's paragraphs, markup and blank lines excluded
	Quotes       []Quote       `json:"quotes"`       // the quotations, in text order; one nested in another is part of the outer one
	Attributions []Attribution `json:"attributions"` // every attribution relation, in text order of cue
}

// A Mention is where a speaker or a source stands in the text, with the
// name it resolves to: the mention "The Pakistani envoy" may resolve to
// Name "Muhammad Mudassir Tipu". Name is "" where the story never names it.
type Mention struct {
	Span
	Name string `json:"name"` // the resolved name; "" where the story never names it
}

// A Parser parses wire stories. The zero Parser is ready to use and uses
// [DefaultLexicon].
//
// A Parser is safe for concurrent use once its fields are no longer
// modified.
type Parser struct {
	// Lexicon supplies agencies, cue verbs, titles and role nouns.
	// If nil, DefaultLexicon() is used.
	Lexicon *Lexicon

	// Reference is when the story was published or received. A dateline
	// date given without a year resolves to the latest such date not after
	// Reference: a "Dec 31" story read on Jan 2 is last year's. The
	// date is local to the dateline's place, so "not after" is judged on
	// the calendar of the time zone furthest ahead. If Reference is zero,
	// the year stays 0.
	Reference time.Time
}

// Parse parses text with the zero [Parser].
func Parse(text string) Article {
	var p Parser
	return p.Parse(text)
}

// Parse returns the structure of the wire story text. It never fails:
// every text is a story, and whatever is absent is left zero. Invalid
// UTF-8 is tolerated and never moves an offset.
func (p *Parser) Parse(text string) Article {
	sc := getScratch()
	d := p.initDoc(&sc.doc, text, sc)
	var a Article
	// The credit first: the frame asks whether the story is signed.
	a.Credit = findCredit(d)
	d.credit = a.Credit
	a.Dateline, a.Byline = findFrame(d)
	a.Headline = findHeadline(d, a.Dateline, a.Byline)
	d.headline = a.Headline
	if body := d.paragraphs(); len(body) > 0 {
		a.Paragraphs = body[:len(body):len(body)]
	}
	a.Quotes = nilIfEmpty(findQuotes(d))
	a.Attributions = nilIfEmpty(attributeEnglish(d, a.Quotes))
	sc.release()
	return a
}

// A doc is one story being parsed: the text and what the stages have
// learned so far. Stages run in order; each may narrow body.
type doc struct {
	lex  *Lexicon
	ref  time.Time
	text string

	paras []Span // every paragraph of text, including dateline and credit ones
	// tagAt is one past where text's first "<" stands (len(text)+1 for
	// none), as the paragraph scan found it for the quotation scan; 0 for
	// not known, in a doc initDoc did not set up.
	tagAt int

	headline Span   // the headline, zero if none; its quotes are read with the body's
	credit   Credit // the credit, found before the frame; zero if none

	bodyStart int // first byte after the dateline (and byline)
	bodyEnd   int // first byte of the credit, or len(text)

	body     []Span // the paragraphs between bodyStart and bodyEnd, once known
	withHead []Span // the headline and body, once asked for

	res *store   // where the results are cut from
	sc  *scratch // the working buffers of this parse
}

// newDoc returns a doc of its own, outside any pool.
func (p *Parser) newDoc(text string) *doc {
	return p.initDoc(new(doc), text, new(scratch))
}

// initDoc sets d up to parse text with the buffers of sc and a new store.
func (p *Parser) initDoc(d *doc, text string, sc *scratch) *doc {
	lex := p.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	*d = doc{lex: lex, ref: p.Reference, text: text, bodyEnd: len(text), res: newStore(len(text)), sc: sc}
	var firstTag int
	sc.paras, firstTag = appendParagraphsTag(sc.paras[:0], text)
	d.tagAt = firstTag + 1
	d.paras = sc.paras
	return d
}

// paragraphs returns the paragraphs of the body: the dateline and the
// credit are cut off the first and last ones.
//
// The stages after the frame share one slice: callers must not modify it.
func (d *doc) paragraphs() []Span {
	if d.body != nil {
		return d.body
	}
	out := d.res.spanList(len(d.paras))
	for _, p := range d.paras {
		if d.bodyStart <= p.Start && p.End <= d.bodyEnd {
			out = append(out, p) // whole, and trimmed by appendParagraphs
			continue
		}
		s, e := max(p.Start, d.bodyStart), min(p.End, d.bodyEnd)
		s, e = trimSpace(d.text, s, e)
		if s < e {
			out = append(out, spanOf(d.text, s, e))
		}
	}
	d.body = out
	return out
}

// AttributionOf returns the attribution whose content holds quotation q
// and whose source is q's speaker, and false if there is none (a quote
// with no speaker, or one whose speaker the story names without a cue of
// its own). Attributions are in text order of cue and a content is
// bounded, so only those with a cue near q are looked at.
func (a *Article) AttributionOf(q Quote) (Attribution, bool) {
	if q.Speaker.IsZero() {
		return Attribution{}, false
	}
	ats := a.Attributions
	k, _ := slices.BinarySearchFunc(ats, q.Start-maxContent, func(at Attribution, off int) int { return cmp.Compare(at.Cue.Start, off) })
	for ; k < len(ats) && ats[k].Cue.Start <= q.End+maxContent; k++ {
		at := ats[k]
		if at.Source.Span == q.Speaker.Span && at.Content.Contains(q.Span) && (q.Cue.IsZero() || at.Cue == q.Cue) {
			return at, true
		}
	}
	return Attribution{}, false
}

// ParagraphOf returns the index in a.Paragraphs of the paragraph that
// holds s, or -1 if none does (a dateline, a credit, an element that
// crosses paragraphs, such as a quotation over several of them, which
// [Article.ParagraphsOf] gives).
func (a *Article) ParagraphOf(s Span) int {
	i, j := a.ParagraphsOf(s)
	if j != i+1 || !a.Paragraphs[i].Contains(s) {
		return -1
	}
	return i
}

// ParagraphsOf returns the range [i, j) of a.Paragraphs that s overlaps;
// i == j when it overlaps none. It is a binary search.
func (a *Article) ParagraphsOf(s Span) (i, j int) {
	ps := a.Paragraphs
	i, _ = slices.BinarySearchFunc(ps, s.Start, func(p Span, off int) int { return cmp.Compare(p.End, off+1) })
	j = i
	for j < len(ps) && ps[j].Start < s.End {
		j++
	}
	return i, j
}
