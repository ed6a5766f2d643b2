package wirestory

// A tokStream is the story's one token stream: the attribution stage
// tokenizes each paragraph into it once and reads that paragraph's
// tokens as a sub-slice, and speaker resolution derives its own view of
// the words from the whole stream afterwards rather than cutting the
// text into words again.
type tokStream struct {
	toks  []token
	segs  []tokSeg // in the order they were added, which need not be text order
	whole bool     // the story's tokens are kept whole; else only the last range's
}

// streamMax is the longest story whose tokens the stream keeps whole.
// The tokens of a longer one would take several times its size at once:
// each range's tokens replace the last one's, as if there were no
// stream, and resolution reads the text.
const streamMax = 1 << 20

// A tokSeg is one tokenized range of the text, text[start:end], whose
// tokens are toks[lo:hi] of its stream.
type tokSeg struct {
	start, end int
	lo, hi     int
}

// reset empties ts for a story of n bytes, keeping its buffers.
func (ts *tokStream) reset(n int) {
	ts.whole = n <= streamMax
	// English runs to about one token per five bytes: room for the whole
	// story up front spares the stream its growth steps.
	if want := n/5 + 16; ts.whole && cap(ts.toks) < want {
		ts.toks = make([]token, 0, want)
	}
	ts.toks, ts.segs = ts.toks[:0], ts.segs[:0]
}

// add tokenizes text[start:end] onto the stream and returns its tokens.
// Their capacity is capped, so that no append to them can write over
// the tokens of the next range.
func (ts *tokStream) add(text string, start, end int, wc *wordClasses) []token {
	if !ts.whole {
		ts.toks = tokenize(ts.toks[:0], text, start, end, wc)
		return ts.toks[:len(ts.toks):len(ts.toks)]
	}
	lo := len(ts.toks)
	ts.toks = tokenize(ts.toks, text, start, end, wc)
	hi := len(ts.toks)
	ts.segs = append(ts.segs, tokSeg{start: start, end: end, lo: lo, hi: hi})
	return ts.toks[lo:hi:hi]
}

// inOrder reports whether the ranges of ts were added in text order
// without overlap, as resolution reads them.
func (ts *tokStream) inOrder() bool {
	for k := 1; k < len(ts.segs); k++ {
		if ts.segs[k].start < ts.segs[k-1].end {
			return false
		}
	}
	return true
}

// rangeAt returns the tokens of the range that holds offset off, and
// false where the stream keeps no such range: a story too long to keep
// whole, or an offset outside every range.
func (ts *tokStream) rangeAt(off int) ([]token, bool) {
	if !ts.whole {
		return nil, false
	}
	segs := ts.segs
	lo, hi := 0, len(segs)
	for lo < hi { // the ranges stand in text order, as the attribution stage adds them
		m := int(uint(lo+hi) >> 1)
		if segs[m].end <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(segs) || segs[lo].start > off {
		return nil, false
	}
	g := segs[lo]
	return ts.toks[g.lo:g.hi:g.hi], true
}
