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
	st.toks = quoteTokens(sc.qtoks[:0], toks, st.text, s, e, st.wc)
	if !anyCue(st.toks) {
		sc.qtoks, st.toks = st.toks[:0], toks
		return via // no word inside can report speech
	}
	st.sents = sentences(sc.qsents[:0], st.toks, st.text)
	st.tokHint = 0
	n0 := len(st.out)
	for _, r := range st.sents {
		st.sentence(r[0], r[1])
	}
	inner := st.out[n0:]
	sortByCue(inner)
	inside := spanOf(st.text, s, e)
	for k := range inner {
		b := &inner[k]
		if b.Source == nil || !st.embeddable(b) || !st.speechCue(b.Cue) || st.heardCue(b.Cue) || !st.opensClause(inside, b.Source.Start) && !st.pronounOpensSentence(b) {
			continue
		}
		if owner != nil && sameSpeaker(owner, b.Source) && !st.earlierSpeech(b.Cue) {
			continue
		}
		if st.relativeSource(b) {
			continue // "“We counted 14 calves, which tells us …,” he said": the speaker's own clause, no one's report
		}
		if b.Addressee != nil && st.d.lex.Contains(reflexives, b.Addressee.Text) {
			continue // "I told myself I would pay it back": a thought, told to no one
		}
		if bareParticiple(b.Cue.Text) {
			continue // "telling him it's fine", "kept telling us …": a participle with no auxiliary reports no words said at one time
		}
		if st.generalCue(b.Cue) || st.performative(b) || hasContraction(b.Source.Text) {
			continue // "People say …", "Today Colombia tells the world …", "I'll tell you": said in general, now, or to come
		}
		if w, _ := cutWord(b.Source.Text); st.d.lex.Contains(genericSubjects, w) {
			continue // "Every court has said …": the speaker's generalisation
		}
		if b.Content != nil && !st.reportsClause(*b.Content) {
			continue // "confirms our reliability", "has warned of more rain": a thing named, no words reported
		}
		if st.topicOnly(b) || isRecord(st.d.lex, b.Source) {
			continue // "The number of fry released says little about how many …", "The data tells us …": how much it tells of a topic, or the speaker's reading of records, no one's words
		}
		if st.jointPosition(b) {
			continue // "We confirmed that such an incident must not recur": the speaker's side states its position, in the speaker's own words
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
		via = append(via, Link{Cue: st.levelCue(b.Cue), Source: *b.Source})
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

// cueVerb returns the words of cue c from its verb on, the first of
// them a form of cueVerbs, and the verb's canonical form: "said" and
// "say" of "had said"; "" where no word is one.
func (st *attrState) cueVerb(c Span) (w, canon string) {
	w = c.Text
	for {
		canon, ok := st.wc.forms.canonical(st.d.lex, w, fCueVerb)
		if ok {
			return w, canon
		}
		_, rest := cutWord(w)
		if rest == "" {
			return "", ""
		}
		w = rest
	}
}

// generalCue reports whether cue c ends in the base form of its verb, "say",
// "tell", "deny": inside a quotation such a verb says what is said in
// general, what someone would say or should, not a report of speech.
func (st *attrState) generalCue(c Span) bool {
	w, canon := st.cueVerb(c)
	return w != "" && strings.EqualFold(w, canon)
}

// jointPosition reports whether attribution b, inside a quotation, has
// a subject that takes in the speaker ([chainJointSubjects]) and a cue
// of a position held ([chainJointCues]): "We confirmed that …", "we
// reaffirmed …" state the speaker's own side's position, not words of
// another source.
func (st *attrState) jointPosition(b *attr) bool {
	if !st.d.lex.Contains(chainJointSubjects, b.Source.Text) {
		return false
	}
	_, canon := st.cueVerb(b.Cue)
	return canon != "" && st.d.lex.Contains(chainJointCues, canon)
}

// performative reports whether attribution b, inside a quotation, is
// the speaker's own act as he speaks: its cue in the simple present with
// a time word by its source, "Today Colombia tells the world that …",
// "Malaysia today sends a message that …". Words said before stand in
// the past, the perfect or the progressive ("One guy came in and said
// …", "people are saying …"), and a present with no time word is the
// reporting present of another's words ("Trump says he will …").
func (st *attrState) performative(b *attr) bool {
	if !st.presentCue(b.Cue) {
		return false
	}
	toks := st.toks
	k := st.tokenAt(b.Source.Start)
	if k > 0 {
		k-- // "Now, Colombia tells"
	}
	for n := 0; k < len(toks) && toks[k].s < b.Cue.Start && n < maxClauseLook; k, n = k+1, n+1 {
		if toks[k].flags&cTime != 0 {
			return true
		}
	}
	return false
}

// presentCue reports whether cue c ends in the simple present of its
// verb, "tells", "confirms", "says": not its base form, a past or a
// participle.
func (st *attrState) presentCue(c Span) bool {
	w, canon := st.cueVerb(c)
	return w != "" && !strings.EqualFold(w, canon) && oneWord(w) && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// reportsClause reports whether content c, read in st.toks, is words
// reported: it follows a colon or a quotation mark, or its first words
// hold a clause opener ("that", "if", "what"), a quotation, a finite verb
// ("maybe we should …", "the director said she exercised …") or a
// subject pronoun with a word after it ("it's negotiable"). A noun
// phrase ("our reliability", "the relevant report", "of more rain in the
// coming days") reports no one's words: the cue before it names an act,
// "noted" (took note of), "confirms", "warned of".
func (st *attrState) reportsClause(c Span) bool {
	toks, text := st.toks, st.text
	lex := st.d.lex
	k0 := st.tokenAt(c.Start)
	if k0 > 0 && toks[k0-1].flags&(tColon|tOpen) != 0 {
		return true // "I told myself: just one more ball": words given as said
	}
	for k, n := k0, 0; k < len(toks) && toks[k].s < c.End && n < maxClauseLook; k, n = k+1, n+1 {
		t := toks[k]
		switch {
		case t.flags&(tOpen|tColon|tQ) != 0:
			return true
		case t.flags&tEnd != 0:
			return false
		case t.flags&cRelative != 0 && k > k0 && toks[k-1].flags&tComma != 0:
			return false // "declared a state of emergency, which would …": the object's relative clause
		case t.flags&tWord == 0:
		case st.finiteAux(t) || t.flags&cPast != 0 || st.endsEd(k) || t.flags&cPron != 0 && k+1 < len(toks) && toks[k+1].s < c.End:
			return true
		case st.contractedVerb(text[t.s:t.e]):
			return true
		case lex.containsToken(clauseOpeners, text, t) || lex.containsToken(contentOpeners, text, t):
			return true
		}
	}
	return false
}

// contractedVerb reports whether word w ends in a contracted verb,
// "it's", "she’s", "we're", "I'm", "they've", "he'll": a clause is there.
// A noun's "'s" is a possessive ("Cuba's").
func (st *attrState) contractedVerb(w string) bool {
	// The last apostrophe, straight or curly, read back by its bytes:
	// strings.LastIndexAny decodes each rune against its set.
	i, n := -1, 0
	for k := len(w) - 1; k >= 0 && i < 0; k-- {
		switch {
		case w[k] == '\'':
			i, n = k, 1
		case w[k] == 0x99 && k >= 2 && w[k-1] == 0x80 && w[k-2] == 0xE2: // "’"
			i, n = k-2, 3
		}
	}
	if i <= 0 {
		return false
	}
	stem, tail := w[:i], w[i+n:]
	switch {
	case len(tail) == 2 && (hasPrefixFold(tail, "re") || hasPrefixFold(tail, "ve") || hasPrefixFold(tail, "ll")),
		len(tail) == 1 && (tail[0]|0x20 == 'm' || tail[0]|0x20 == 'd'):
		return true
	case len(tail) == 1 && tail[0]|0x20 == 's':
		lex := st.d.lex
		return lex.Contains(pronouns, stem) || lex.Contains(clauseOpeners, stem) || lex.Contains(contentOpeners, stem)
	}
	return false
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

// bareParticiple reports whether cue c is a participle alone, "telling",
// "saying": with no auxiliary before it ("were telling" holds one) it
// says what was being said, or kept being said ("kept telling us"), not
// words reported once.
func bareParticiple(c string) bool {
	return strings.HasSuffix(c, "ing") && oneWord(c)
}

// quoteTokens returns the tokens of text[s:e], the words inside a
// quotation, as tokenize makes them of that range alone: the story's
// own tokens of the range, copied with no quotation holding them, where
// toks holds them all; tokenize reads the range again only where toks
// ends inside it or a token crosses one of its ends. One flag differs
// in a copy: the last word before a closing mark of three bytes ("…
// the point”") did not end plainly in the story but ends its range.
func quoteTokens(dst, toks []token, text string, s, e int, wc *wordClasses) []token {
	a := firstTokenAt(toks, s, 0)
	b := a
	for b < len(toks) && toks[b].e <= e {
		b++
	}
	if a == b || b == len(toks) || toks[b].s < e || a > 0 && toks[a-1].e > s {
		return tokenize(dst, text, s, e, wc)
	}
	for _, t := range toks[a:b] {
		t.quote = 0
		t.flags &^= tMark
		dst = append(dst, t)
	}
	if last := &dst[len(dst)-1]; last.e == e && last.flags&(tWord|tNonASCII|tPlainEnd) == tWord && text[e] == 0xE2 && plainWord(text[last.s:last.e]) {
		last.flags |= tPlainEnd
	}
	return dst
}

// plainWord reports whether w is letters and digits alone, all ASCII.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if rsAlnum[w[i]] == 0 {
			return false
		}
	}
	return true
}

// pronounOpensSentence reports whether b's source is a pronoun that
// starts a sentence of st.sents after the first, as a quotation's second
// sentence starts, and b reports words: "Half of my buyers called last
// week. They said they would wait …" (chains-conventions: "…He said that
// …", the source said). A noun there ("The birds are telling us …",
// "Tenants had complained to him") is more often a figure of speech or
// a complaint with no words reported. The sentences of a quotation are
// few.
func (st *attrState) pronounOpensSentence(b *attr) bool {
	if b.Content == nil || isPrep(st.toks[st.tokenAt(b.Content.Start)]) {
		return false // "They had complained to him in writing": to whom, no words
	}
	for _, r := range st.sents[min(1, len(st.sents)):] {
		if t := st.toks[r[0]]; t.s == b.Source.Start && t.e == b.Source.End && t.flags&cPron != 0 {
			return true
		}
	}
	return false
}

// anyCue reports whether a token of toks is a cue's word, alone or the
// first of several: speech reported inside a quotation has one, and
// tokenize classes every word of the cue lists, a caller's too.
func anyCue(toks []token) bool {
	for _, t := range toks {
		if t.flags&(cCue|cCueMW) != 0 {
			return true
		}
	}
	return false
}
