package wirestory

import "time"

// An Article is the structure found in one wire story.
//
// Optional parts are nil pointers when the story has none; slices are nil
// when empty. Every Span in an Article indexes the exact string that was
// passed to [Parser.Parse].
type Article struct {
	Headline     Span          `json:"headline"`     // a headline line before the dateline or body; zero if none
	Dateline     *Dateline     `json:"dateline"`     // "TEHRAN, Jan 20 (Reuters) -"; nil if none
	Byline       *Byline       `json:"byline"`       // "By JANE DOE"; nil if none
	Credit       *Credit       `json:"credit"`       // the sign-off at the end ("IANS"); nil if none
	Paragraphs   []Span        `json:"paragraphs"`   // the body's paragraphs, markup and blank lines excluded
	Quotes       []Quote       `json:"quotes"`       // every quotation, in text order
	Attributions []Attribution `json:"attributions"` // every attribution relation, in text order of cue
}

// A Mention is where a speaker or a source stands in the text, with the
// name it resolves to: the mention "The Pakistani envoy" may resolve to
// Name "Muhammad Mudassir Tipu". Name is "" where the story never names it.
type Mention struct {
	Span
	Name string `json:"name"`
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
	a.Quotes = findQuotes(d)
	if looksEnglish(text) {
		a.Attributions = attribute(d, a.Quotes)
	}
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

	headline Span    // the headline, zero if none; its quotes are read with the body's
	credit   *Credit // the credit, found before the frame; nil if none

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
	sc.paras = appendParagraphs(sc.paras[:0], text)
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
		s, e := max(p.Start, d.bodyStart), min(p.End, d.bodyEnd)
		s, e = trimSpace(d.text, s, e)
		if s < e {
			out = append(out, spanOf(d.text, s, e))
		}
	}
	d.body = out
	return out
}
