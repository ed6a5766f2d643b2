package wirestory

import (
	"slices"
	"strings"
)

// minQuotedSpeech bounds the quotations read for speech inside them: a
// short one holds no sentence that reports speech.
const minQuotedSpeech = 24

// quotedSpeech makes speech reported inside a quotation the next level of
// the chain of the attribution that holds the quotation: "“One guy came
// in and said …,” said the woman" gives the woman > One guy, and "“I was
// pointing out that Director Comey had said …,” Clinton said" gives
// Clinton > I > Director Comey.
//
// It reads the quotations quotes[qs:qj] of paragraph p, just attributed,
// each once and in all no more bytes than p holds: the words inside a quotation are read as a text of their own
// (the paragraph's reading skips them), and the attributions found there
// are kept only as chain levels, never as attributions of the story.
func (st *attrState) quotedSpeech(first, qs, qj int, p Span) {
	n := len(st.out)
	if n == first {
		return
	}
	budget := p.Len() // the bytes read again: nested quotations are not read over and over
	var buf [16]int
	done := buf[:0] // owners read
	for q := qs; q < qj; q++ {
		qt := st.quotes[q]
		if qt.Kind != Direct || qt.Len() < minQuotedSpeech {
			continue
		}
		k := st.quoteOwner(first, n, qt.Span)
		if k < 0 || slices.Contains(done, k) || len(done) == cap(done) {
			continue // an owner takes its chain from its first quotation only
		}
		done = append(done, k)
		if budget < qt.Len() || !st.cueInside(qt.Span) || !st.speechCue(st.out[k].Cue) {
			continue
		}
		budget -= qt.Len()
		var lbuf [maxLinks]Link
		via := st.speechInside(qt.Span, st.out[k].Source, lbuf[:0])
		if len(via) == 0 {
			continue
		}
		a := &st.out[k]
		via = append(slices.Clip(a.Via), via...)
		if len(via) > 2*maxLinks {
			via = via[:2*maxLinks]
		}
		a.Via = st.d.res.keepLinks(via)
	}
}

// cueInside reports whether a word of quotation q, in the paragraph's
// tokens, is a cue of speech: most quotations report no one's speech, and
// the flags tell it without reading them again.
func (st *attrState) cueInside(q Span) bool {
	toks := st.toks
	for k := st.tokenAt(q.Start); k < len(toks) && toks[k].s < q.End; k++ {
		if toks[k].flags&(cSpeech|tUpper) == cSpeech {
			return true
		}
	}
	return false
}

// quoteOwner returns the attribution of st.out[first:n] whose content
// holds quotation q most closely and whose source stands outside it, or
// -1.
func (st *attrState) quoteOwner(first, n int, q Span) int {
	best := -1
	for k := first; k < n && k < first+4*maxEmbedLook; k++ {
		a := &st.out[k]
		if a.Source == nil || a.Content == nil || !a.Content.Contains(q) || q.Contains(a.Source.Span) || q.Contains(a.Cue) {
			continue
		}
		if best < 0 || a.Content.Len() < st.out[best].Content.Len() {
			best = k
		}
	}
	return best
}

// speechInside reads the words of quotation q as a text of their own and
// appends to via the chain of the first speech reported there whose
// speaker opens a clause, with that speaker's own links and the speech
// embedded in it in turn. owner is who speaks the quotation: what he only
// says again is none.
func (st *attrState) speechInside(q Span, owner *Mention, via []Link) []Link {
	// Inside the marks: the first and the last rune are the marks.
	s, e := q.Start+1, q.End-1
	for s < e && st.text[s]&0xC0 == 0x80 {
		s++ // a mark of several bytes
	}
	for e > s && st.text[e]&0xC0 == 0x80 {
		e--
	}
	if e <= s {
		return via
	}
	sc := st.d.sc
	toks, sents, hint := st.toks, st.sents, st.tokHint
	st.toks = tokenize(sc.qtoks[:0], st.text, s, e, st.wc)
	st.sents = sentences(sc.qsents[:0], st.toks, st.text)
	st.tokHint = 0
	n0 := len(st.out)
	for _, r := range st.sents {
		st.sentence(r[0], r[1])
	}
	inner := st.out[n0:]
	slices.SortStableFunc(inner, func(a, b attr) int { return a.Cue.Start - b.Cue.Start })
	inside := spanOf(st.text, s, e)
	for k := range inner {
		b := &inner[k]
		if b.Source == nil || !st.embeddable(b) || !st.speechCue(b.Cue) || st.heardCue(b.Cue) || !st.opensClause(inside, b.Source.Start) {
			continue
		}
		if owner != nil && sameSpeaker(owner, b.Source) && !st.earlierSpeech(b.Cue) {
			continue
		}
		if st.generalCue(b.Cue) || hasContraction(b.Source.Text) {
			continue // "People say …", "I'll tell you": said in general, or to come
		}
		via = st.chainFrom(n0, n0+k, via)
		break
	}
	sc.qtoks, sc.qsents = st.toks[:0], st.sents[:0]
	st.toks, st.sents, st.tokHint = toks, sents, hint
	st.out = st.out[:n0]
	return via
}

// chainFrom appends to via the level of st.out[k] and those behind it:
// its own links, then the speech embedded in its content, among the
// attributions st.out[lo:], for at most maxLinks levels.
func (st *attrState) chainFrom(lo, k int, via []Link) []Link {
	for n := 0; k >= 0 && n < maxLinks && len(via) < cap(via); n++ {
		b := &st.out[k]
		via = append(via, Link{Cue: b.Cue, Source: *b.Source})
		for _, l := range b.Via {
			if len(via) == cap(via) {
				return via
			}
			via = append(via, l)
		}
		next := st.innerIn(lo, k)
		if next == k {
			break
		}
		k = next
	}
	return via
}

// innerIn is innerOf among the attributions st.out[lo:].
func (st *attrState) innerIn(lo, k int) int {
	out := st.out
	st.out = out[lo:]
	j := st.innerOf(k - lo)
	st.out = out
	if j < 0 {
		return -1
	}
	return j + lo
}

// generalCue reports whether cue c ends in the base form of its verb, "say",
// "tell", "deny": inside a quotation such a verb says what is said in
// general, what someone would say or should, not a report of speech.
func (st *attrState) generalCue(c Span) bool {
	w := c.Text
	for {
		canon, ok := st.wc.forms.canonical(st.d.lex, w, fCueVerb)
		if ok {
			return strings.EqualFold(w, canon)
		}
		_, rest := cutWord(w)
		if rest == "" {
			return false
		}
		w = rest
	}
}

// hasContraction reports whether a speaker's words end in a contracted
// auxiliary, "I'll", "we'd": the cue after it is to come or would be.
func hasContraction(s string) bool {
	for _, t := range [...]string{"'ll", "’ll", "'d", "’d"} {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}
