package wirestory

import (
	"slices"
	"sync"
)

// A store holds the lists of one Parse's result: the byline's names, a
// credit's short agency list and the first chunks of every list an
// Article returns, so that a typical story's result costs one allocation
// rather than one per list. The Article's slices are cut from it with
// their capacity capped, so a caller's append never writes into a
// neighbour; a story that needs more falls back to ordinary growth. The
// lists of one Article may therefore share one backing store, which stays
// alive while any of them does.
type store struct {
	names    [4]string
	agencies [2]string

	// The first chunks of the lists, arrays of the struct that holds
	// this one (see newStore).
	paras    []Span
	quotes   []Quote
	atts     []Attribution
	links    []Link
	linkSlab []Link // where the next links are cut from
}

// A shortStore is a store with room for a story of a few hundred bytes,
// a fullStore one for a story of 1–2 KB.
type (
	shortStore struct {
		store
		paras  [4]Span
		quotes [2]Quote
		atts   [6]Attribution
		links  [2]Link
	}
	fullStore struct {
		store
		paras  [20]Span
		quotes [10]Quote
		atts   [12]Attribution
		links  [6]Link
	}
)

// shortText is the longest text a shortStore is made for: its lists
// hold what such a story has, and its size is a few times the text's.
const shortText = 500

// newStore returns a store for a text of n bytes, in one allocation.
func newStore(n int) *store {
	if n <= shortText {
		b := new(shortStore)
		b.store.paras, b.store.quotes, b.store.atts = b.paras[:], b.quotes[:], b.atts[:]
		b.store.links = b.links[:]
		return &b.store
	}
	b := new(fullStore)
	b.store.paras, b.store.quotes, b.store.atts = b.paras[:], b.quotes[:], b.atts[:]
	b.store.links = b.links[:]
	return &b.store
}

// keepByline returns a copy of b whose names are cut from s; the zero
// Byline if b is nil.
func (s *store) keepByline(b *Byline) Byline {
	if b == nil {
		return Byline{}
	}
	by := *b
	if len(b.Names) > 0 {
		by.Names = append(s.names[:0:len(s.names)], b.Names...)
		by.Names = by.Names[:len(b.Names):len(b.Names)]
	}
	return by
}

// keepCredit returns a copy of c whose short agency list is cut from s;
// the zero Credit if c is nil.
func (s *store) keepCredit(c *Credit) Credit {
	if c == nil {
		return Credit{}
	}
	cr := *c
	// A credit's one-agency list comes from the scanner's pooled slots:
	// it always fits here, and must be copied. Longer lists and the
	// contributors are allocated for the credit and may be kept.
	if c.Agencies != nil && len(c.Agencies) <= len(s.agencies) {
		cr.Agencies = s.agencies[:len(c.Agencies):len(c.Agencies)]
		copy(cr.Agencies, c.Agencies)
	}
	return cr
}

// spanList returns an empty slice with room for n spans, from s when it
// fits.
func (s *store) spanList(n int) []Span {
	if s != nil && n <= len(s.paras) {
		return s.paras[:0:n]
	}
	return make([]Span, 0, n)
}

// quoteList returns an empty slice with room for n quotes.
func (s *store) quoteList(n int) []Quote {
	if s != nil && n <= len(s.quotes) {
		return s.quotes[:0:n]
	}
	return make([]Quote, 0, n)
}

// attList returns an empty slice with room for n attributions.
func (s *store) attList(n int) []Attribution {
	if s != nil && n <= len(s.atts) {
		return s.atts[:0:n]
	}
	return make([]Attribution, 0, n)
}

// keepLinks returns a copy of via whose capacity is its length, cut from
// a chunk of links as mentions are.
func (s *store) keepLinks(via []Link) []Link {
	if len(via) == 0 {
		return nil
	}
	if s.linkSlab == nil {
		s.linkSlab = s.links[:0]
	}
	if cap(s.linkSlab)-len(s.linkSlab) < len(via) {
		s.linkSlab = make([]Link, 0, max(64, len(via)))
	}
	n := len(s.linkSlab)
	s.linkSlab = append(s.linkSlab, via...)
	return s.linkSlab[n:len(s.linkSlab):len(s.linkSlab)]
}

// A scratch holds the working buffers of one Parse. Scratches are pooled,
// so a story costs no allocation for them; nothing in a scratch is part
// of a result.
type scratch struct {
	doc    doc
	attr   attrState
	dl     dlReader
	credit creditScanner
	paras  []Span
	heads  []Span // the headline and the body's paragraphs
	pairs  []quoteRange
	stack  []openMark
	stream tokStream // the story's tokens, paragraph after paragraph
	sents  [][2]int
	reach  map[int]int
	rels   map[int]*Mention

	mentions []*Mention
	order    []*Mention // sortStableBy's buffer for mentions

	// The first chunks of the mentions and content spans the attribution
	// stage points to while it works; the results hold copies.
	mentionSlab [64]Mention
	spanSlab    [32]Span
	atts        []attr        // the attributions while they are built
	qa          []quoteAttr   // the quotes' speakers while they are found
	inner       []int32       // embedChains: the attribution inside each one's content
	ownLinks    []int32       // embedChains: how many links each had of its own
	qtoks       []token       // quotedSpeech: the tokens of one quotation
	qsents      [][2]int      // quotedSpeech: its sentences
	apposed     []apposedName // the attribution stage's names in apposition (apposedName)
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxKept bounds the buffers a pooled scratch keeps, in elements, so high
// that it only guards against stories of gigabytes. A pool drops what it
// holds at the next garbage collections, so a long story pins its buffers
// for a short while only; a bound of a few million made each story of
// megabytes allocate its buffers anew (1.4 GB for 10 MB of quote marks),
// where memory per byte must stay flat (TestHostileMemory).
const maxKept = 1 << 28

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release returns sc to the pool with nothing of the story reachable.
func (sc *scratch) release() {
	// The attribution stage cuts mentions and spans from the start of the
	// slabs and appends its attributions and quote speakers to atts and qa
	// from their start, never cutting them shorter: past what it used they
	// are still zero from the last release, and only the used part is
	// cleared, where clearing them whole cost more than the rest of release.
	clear(sc.mentionSlab[:slabUsed(sc.attr.slab, sc.mentionSlab[:])]) // they hold the text
	clear(sc.spanSlab[:slabUsed(sc.attr.spans, sc.spanSlab[:])])
	clear(sc.attr.out) // the atts' array
	clear(sc.attr.qa)  // the qa's array
	sc.doc = doc{}
	sc.attr = attrState{kinds: sc.attr.kinds} // the kinds of cues, copies of no story's text
	sc.dl.clear()
	sc.credit.clear()
	if len(sc.reach) > maxKept {
		sc.reach = nil
	}
	clear(sc.reach)
	if len(sc.rels) > maxKept {
		sc.rels = nil
	}
	clear(sc.rels)  // its mentions hold the text
	clear(sc.paras) // spans hold the text
	sc.paras = trimKept(sc.paras)
	clear(sc.heads)
	sc.heads = trimKept(sc.heads)
	sc.pairs = trimKept(sc.pairs)
	sc.stack = trimKept(sc.stack)
	sc.stream.toks = trimKept(sc.stream.toks)
	sc.stream.segs = trimKept(sc.stream.segs)
	sc.sents = trimKept(sc.sents)
	clear(sc.mentions) // they point into the story's mentions
	sc.inner = trimKept(sc.inner)
	sc.ownLinks = trimKept(sc.ownLinks)
	sc.qtoks = trimKept(sc.qtoks)
	sc.qsents = trimKept(sc.qsents)
	sc.apposed = trimKept(sc.apposed)
	sc.mentions = trimKept(sc.mentions)
	clear(sc.order)
	sc.order = trimKept(sc.order)
	sc.atts = trimKept(sc.atts)
	sc.qa = trimKept(sc.qa)
	scratchPool.Put(sc)
}

// slabUsed reports how much of buf a story used when slab was cut from
// its start: len(slab) while slab is still buf, all of buf once slab
// moved on, which it does only when buf is full, and all of it when the
// stage did not run.
func slabUsed[T any](slab, buf []T) int {
	if cap(slab) > 0 && len(buf) > 0 && &slab[:1][0] == &buf[0] {
		return len(slab)
	}
	return len(buf)
}

func trimKept[T any](s []T) []T {
	if cap(s) > maxKept {
		return nil
	}
	return s[:0]
}

// roomFor returns s with room for one more element, doubling its capacity
// when it is full: append grows a long slice by a quarter at a time, and
// on a text of megabytes those steps add up to five times the slice.
func roomFor[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(len(s), 64))
}
