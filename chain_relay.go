package wirestory

// chainRelays lists the link cues of a relay: "quoted by", "monitored by".
const chainRelays List = "chainrelays"

// chainDocRelays lists the relay cues whose source is the outermost
// level after a document too: "according to a statement cited by X".
const chainDocRelays List = "chaindocrelays"

// maxAppositive bounds the tokens of an appositive that stands between a
// source and the relay after it.
const maxAppositive = 40

// isRelayCue reports whether link cue s passes a speaker's words on, so
// that its source is the outermost level: "quoted by", "monitored by".
// chainRelayNouns lists the head nouns of a news outlet: "agency",
// "newspaper", "television".
const chainRelayNouns List = "chainrelaynouns"

// relayedSubject returns the subject of the clause that a news outlet
// reported right before the "and" at toks[k], for the cue at toks[i]
// after it: "KCNA reported that the North's leader had inspected a unit
// and called for readiness" – an outlet reports, the leader called for
// it. It returns nil where the last attribution is no outlet's report
// whose content ends at the "and", or the cue is the outlet's own: a link
// ("and cited sources"), or speech after a comma or of any kind (", and
// claimed that …", "and said").
func (st *attrState) relayedSubject(k, i, first int) *Mention {
	toks, text := st.toks, st.text
	n := len(st.out) - 1
	if n < first || toks[i].flags&(cLink|cLinkMW) != 0 || toks[k-1].flags&tComma != 0 || st.speechCue(st.span(toks[i].s, toks[i].e)) {
		return nil // "…, and claimed that …": the outlet's own words go on
	}
	a := &st.out[n]
	if a.Source == nil || a.Content == nil || a.Content.End > toks[k].s || st.tokenAt(a.Content.End) < k-1 {
		return nil
	}
	if c := st.tokenAt(a.Cue.End) - 1; c < 0 || st.cueCanonical(toks[c]) != "report" || !st.hasListed(st.tokenAt(a.Source.Start), st.tokenAt(a.Source.End), chainRelayNouns) && !st.d.lex.Contains(Agencies, a.Source.Text) {
		return nil
	}
	c := st.tokenAt(a.Content.Start)
	if c < k && isWord(text, toks[c], "that") {
		c++
	}
	e := phraseRight(text, toks, c, k)
	if e <= c || toks[c].flags&cPron != 0 {
		return nil
	}
	e = st.cutAtVerb(c, e)
	if v := toks[e]; e >= k || !st.finiteAux(v) && v.flags&cPast == 0 && !st.endsEd(e) {
		return nil // "reported heavy losses and called for …": no clause of its own
	}
	return st.mention(c, e)
}

// linkCue returns the span of the link cue toks[j:ce] as a level's cue
// reads: without the "as" that opens "as quoted by", "as reported by"
// (chains-conventions: "Y said ... as quoted by X" gives the cue "quoted
// by").
func (st *attrState) linkCue(j, ce int) Span {
	if t := st.toks[j]; ce > j+1 && st.wc.forms.has(st.d.lex, st.text[t.s:t.e], fAsWord, asWords) {
		j++
	}
	return st.span(st.toks[j].s, st.toks[ce-1].e)
}

func (st *attrState) isRelayCue(s string) bool { return st.d.lex.Contains(chainRelays, s) }

func (st *attrState) isRelay(l Link) bool { return st.isRelayCue(l.Cue.Text) }

// linkCueAt returns the end of the link cue of [LinkCues] that starts at
// toks[j], the longest, or 0 where none does.
func (st *attrState) linkCueAt(j, hi int) int {
	toks, text := st.toks, st.text
	t := toks[j]
	if t.flags&cLinkMW != 0 {
		for m := min(st.wc.forms.linkWords, hi-j); m >= 2; m-- {
			ok := true
			for n := j + 1; n < j+m; n++ {
				if toks[n].flags&tWord == 0 || toks[n].quote != 0 {
					ok = false
					break
				}
			}
			if ok && st.wc.forms.has(st.d.lex, text[t.s:toks[j+m-1].e], fLinkCue, LinkCues) {
				return j + m
			}
		}
	}
	if t.flags&cLink != 0 && t.flags&tUpper == 0 {
		return j + 1
	}
	return 0
}

// liftRelay makes the relay that follows a speech its outermost level:
// "said the ministry, quoted by APP" and "he said, quoted by the agency"
// read links [APP (quoted by)] after the ministry, and become [APP (quoted
// by)] > [the ministry (said)]. A relay after a document ("in a statement
// quoted by X") stays where it is: it carried the document.
func (st *attrState) liftRelay(a *attr) {
	if a.Source == nil || len(a.Via) == 0 || !st.isRelay(a.Via[0]) {
		return
	}
	var buf [maxLinks + 1]Link
	via := append(buf[:0], Link{Cue: a.Cue, Source: *a.Source})
	via = append(via, a.Via[1:]...)
	relay := a.Via[0]
	a.Source, a.Cue = st.keepMention(relay.Source), relay.Cue
	a.Via = st.d.res.keepLinks(via)
}

// relayAfterAppositive reads a relay that closes the sentence after an
// appositive of the source ending at toks[e]: "said Juan Ruiz, the envoy
// for the region, quoted by the daily Kathimerini." It returns the relay
// and the end of what it read, or false.
func (st *attrState) relayAfterAppositive(e, hi int) (Link, int, bool) {
	toks := st.toks
	if e >= hi || toks[e].flags&tComma == 0 {
		return Link{}, e, false
	}
	for c := e + 1; c+1 < hi && c < e+maxAppositive; c++ {
		t := toks[c]
		if t.quote != 0 || t.flags&(tEnd|tMark|tColon) != 0 {
			break
		}
		if t.flags&tComma == 0 {
			continue
		}
		ce := st.linkCueAt(c+1, hi)
		if ce == 0 || !st.isRelayCue(st.text[toks[c+1].s:toks[ce-1].e]) {
			continue
		}
		end := phraseRight(st.text, toks, ce, hi)
		if end <= ce || end < hi && toks[end].flags&tEnd == 0 {
			break // the relay ends the sentence
		}
		return Link{Cue: st.linkCue(c+1, ce), Source: *st.mention(ce, end)}, end, true
	}
	return Link{}, e, false
}

// linkInSubject reads a link inside the subject before a cue, between the
// phrase the source walk found ([s, subjEnd)) and a phrase before it:
// "a senior official quoted by the daily Haaretz said" (a relay: the
// daily is the outer level) and "A communique published by the TAP
// agency said" (a venue: the communique speaks, published by the agency).
// It returns the new source, where it starts, and the link, if any.
func (st *attrState) linkInSubject(lo, s, subjEnd int) (*Mention, int, Link, bool) {
	toks, text := st.toks, st.text
	for m := s - 1; m >= lo && m >= s-3; m-- {
		if toks[m].flags&(cLink|cLinkMW) == 0 || toks[m].flags&tUpper != 0 {
			continue
		}
		if st.linkCueAt(m, s) != s {
			continue
		}
		s2 := phraseLeft(text, toks, lo, m)
		if s2 < 0 {
			return nil, s, Link{}, false
		}
		cue := st.span(toks[m].s, toks[s-1].e)
		return st.mention(s2, m), s2, Link{Cue: cue, Source: *st.mention(s, subjEnd)}, true
	}
	return nil, s, Link{}, false
}

// linkParenBefore reports whether the comma-enclosed phrase that ends at
// the comma toks[k] is a link or a relay after a subject: "The paper,
// quoting officials, said …", "A spokesman, quoted by the agency, said …".
// The verb after it has its subject before it, not after.
func (st *attrState) linkParenBefore(lo, k int) bool {
	end, via, relay := st.parenBefore(lo, k)
	return (len(via) > 0 || relay != nil) && phraseLeft(st.text, st.toks, lo, end) >= 0
}

// relayModifier reports whether the relay cue at toks[i] ("quoted by")
// modifies the noun phrase right before it, "an official quoted by the
// daily said", rather than being a verb of its own ("he was quoted by",
// "…, quoted by"): the sentence's verb comes later and takes the relay
// into its subject.
func (st *attrState) relayModifier(lo, i, hi int) bool {
	if i <= lo {
		return false
	}
	ce := st.linkCueAt(i, hi)
	if ce <= i+1 || !st.isRelayCue(st.text[st.toks[i].s:st.toks[ce-1].e]) {
		return false
	}
	p := st.toks[i-1]
	return p.flags&tWord != 0 && p.flags&(cAux|cStop|cCue|cLink|cPron) == 0 && p.quote == 0 && !st.isAdverb(i-1)
}

// The lists of links that follow a cue.
const (
	chainRelative List = "chainrelative" // verbs of a relative clause that cite: "which cited two diplomats"
	chainFromCues List = "chainfromcues" // a cue and its preposition of origin: "learned from"
)

// relativeLink reads ", which cited Y" or ", who quoted Y" after a source
// ending at toks[k]: the relative clause names the source behind it. It
// returns the link and the token after it, or false.
func (st *attrState) relativeLink(k, hi int) (Link, int, bool) {
	toks := st.toks
	if k+3 >= hi || toks[k].flags&tComma == 0 || !st.isIn(toks[k+1], cRelative) {
		return Link{}, k, false
	}
	v := toks[k+2]
	if v.flags&tWord == 0 || v.quote != 0 || !st.isIn(v, cChainRel) {
		return Link{}, k, false
	}
	e := st.linkPhraseEnd(k+3, hi)
	if e <= k+3 || !st.sourceLike(k+3, e) {
		return Link{}, k, false
	}
	return Link{Cue: st.span(v.s, v.e), Source: *st.mention(k+3, e)}, e, true
}

// fromLink reads "learned from Y" at the cue verb toks[c]: Y is where the
// source got its words. It returns the link and the token after it, or
// false.
func (st *attrState) fromLink(c, hi int) (Link, int, bool) {
	toks, text := st.toks, st.text
	if c+2 >= hi || toks[c+1].flags&tWord == 0 || !st.endsPhrase(c+1, cFromLast) || !st.d.lex.Contains(chainFromCues, text[toks[c].s:toks[c+1].e]) {
		return Link{}, c, false
	}
	e := st.linkPhraseEnd(c+2, hi)
	if e <= c+2 || toks[c+2].flags&cPron != 0 || !st.sourceLike(c+2, e) {
		return Link{}, c, false // "learned from the experience": a lesson, not a source
	}
	p := toks[c+1]
	return Link{Cue: st.span(p.s, p.e), Source: *st.mention(c+2, e)}, e, true
}

// quotingAs reads "a weekend report quoting a spokesman as saying …" at
// the citing verb toks[i]: the phrase before it relays the one after it.
// It returns the token after "as saying", or i where the form is not
// there.
func (st *attrState) quotingAs(lo, hi, i int) int {
	toks, text := st.toks, st.text
	t := toks[i]
	if i == lo || t.flags&(cLink|tUpper) != cLink || !st.isParticiple(i) || !st.isIn(t, cChainRel) {
		return i
	}
	e := phraseRight(text, toks, i+1, hi)
	if e <= i+1 || e+1 >= hi || !isWord(text, toks[e], "as") || toks[e+1].flags&cCue == 0 || toks[e+1].quote != 0 {
		return i
	}
	s := phraseLeft(text, toks, lo, i)
	if s < 0 {
		return i
	}
	a := attr{Source: st.mention(s, i), Cue: st.span(t.s, t.e)}
	a.Via = []Link{{Cue: st.span(toks[e].s, toks[e+1].e), Source: *st.mention(i+1, e)}}
	a.Content = st.contentSpan(e+2, st.clauseEnd(e+2, hi))
	st.out = append(st.out, a)
	return e + 2
}

// citingParticiple reports whether toks[i] is a participle of a link
// that names where the words came from, "citing", "quoting" (a lower-case
// link cue of [chainRelative] in -ing).
func (st *attrState) citingParticiple(i int) bool {
	t := st.toks[i]
	return t.flags&(cLink|tUpper) == cLink && t.quote == 0 && st.isParticiple(i) && st.isIn(t, cChainRel)
}

// maxLeftOut bounds the tokens of a title left out of a subject phrase
// that commaBeforeSubject passes over.
const maxLeftOut = 4

// commaBeforeSubject returns the comma that closes an opening phrase
// before the subject starting at toks[s], "In a statement, the minister
// said", or -1. Capitalised words the subject walk left out of the
// phrase may stand between them, an honorific the name's title does not
// hold: "In a statement to QNA, HE Dr. Al Sulaiti said".
func (st *attrState) commaBeforeSubject(lo, s int) int {
	toks := st.toks
	c := s - 1
	for n := 0; c > lo && n < maxLeftOut && toks[c].quote == 0 && (toks[c].flags&(tWord|tUpper) == tWord|tUpper && toks[c].flags&(cStop|cAux|cCue) == 0 || abbrevDot(st.text, toks, c)); n++ {
		c--
	}
	if c <= lo || toks[c].flags&tComma == 0 {
		return -1
	}
	return c
}
