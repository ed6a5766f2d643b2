package wirestory

// A source and its cue set between commas inside a sentence report the
// whole sentence around them: "The plan, he said, would restore
// confidence", "If the talks fail, the union warned, strikes will
// follow", "The talks, said Deputy Minister Ana Ruiz, were going
// nowhere". The words on either side are one clause the cue interrupts,
// as "according to" reads it ("The ceasefire, according to the army,
// was holding"). The helpers here give the content of such a cue; where
// the sentence does not go on past it they give what the caller gave
// before.

// parenRight returns the comma that closes a cue set in a sentence,
// where the words of the sentence go on after it, or -1. The cue's
// words end at toks[k], after the addressee, times and links the caller
// read ("she told reporters,", "he observed this week,"); a short
// prepositional phrase may still stand there ("he said of the
// campaign,", "Ash argued in his email,"). What follows the comma must
// go on with the sentence: a word in lower case that opens no cue of its
// own (", adding that …", ", citing …", ", and added …" are the
// speaker's next act) or a quotation that opens in lower case
// (", “would be helpful.”"). minWords is how many words must follow.
// After a main clause (clause), a participle (", imposing …") or a phrase
// opened by "a" (", a move likely to …") is the writer's gloss on it;
// after a subject or an opening clause, the main clause may open so:
// "While some staff may be spared, she added, revoking clearances would
// be …", "Overall, she said, a number of voters are …". lo is where the
// words before start when they may be a main clause, -1 where they are
// none.
func (st *attrState) parenRight(k, hi, minWords, lo int) int {
	toks := st.toks
	if k >= hi {
		return -1
	}
	if toks[k].flags&tComma == 0 {
		// "said of the campaign,", "argued in his email,": a preposition
		// and a noun phrase; not "vowed to work to …", the cue's object.
		if k+1 >= hi || !isPrep(toks[k]) || toks[k].hash == toHash || toks[k+1].flags&(cDet|tUpper) == 0 {
			return -1
		}
		k = st.circumstanceEnd(k, hi)
		if k >= hi || toks[k].flags&tComma == 0 {
			return -1
		}
	}
	if k+2 >= hi {
		return -1
	}
	n := toks[k+1]
	if n.flags&tOpen != 0 {
		// ", “would be helpful.”": a quotation that goes on with the
		// sentence; one that opens a sentence of its own ("On Tuesday, he
		// said, “I never …”") is the content itself.
		j := k + 2
		if j+1 < hi && toks[j].flags&tQ != 0 {
			j++ // the second mark of '' or ``
		}
		if toks[j].flags&(tWord|tUpper) != tWord {
			return -1
		}
		return k
	}
	if n.flags&tWord == 0 || n.quote != 0 || n.flags&(cLink|cLinkMW|cCueMW) != 0 || n.flags&(tUpper|cCue) == cCue && st.isParticiple(k+1) {
		return -1 // ", adding …", ", according to …", ", citing …": the speaker's next act, or a link
	}
	if lo >= 0 && (n.flags&cIndefinite != 0 || n.flags&tUpper == 0 && st.isParticiple(k+1)) && !st.subordinateOpening(lo) {
		return -1 // ", a move likely to …", ", imposing …": the writer's words on the clause
	}
	if n.flags&(cJoiner|cContrast) != 0 && st.cueAfterAux(k+2, hi) {
		return -1 // ", and added that …", ", but did not say …", ", and experts say …": a clause of its own
	}
	if st.skipTime(k+1, hi) > k+1 || (toks[k+1].flags|toks[k+2].flags)&cTimeUnit != 0 || st.closingCircumstance(k+1, hi) {
		return -1 // ", on Thursday, …", ", two days after …", ", on condition of anonymity.": the cue's time and circumstance
	}
	if n.flags&cJoiner != 0 && st.cueClause(k+2, hi) {
		return -1 // ", and aviation experts say …": another report set beside it
	}
	if !st.hasWords(k+1, min(k+1+2*minWords, hi), minWords) {
		return -1
	}
	return k
}

// parenLeft reports whether the words toks[lo:e] before a cue set in a
// sentence are part of what it reports, not the occasion or the time of
// the speech: "In a statement, he said, …", "On Tuesday, she said, …"
// tell when and how it was said.
func (st *attrState) parenLeft(lo, e int) bool {
	if e <= lo || !st.hasWords(lo, e, 1) {
		return false
	}
	if st.skipTime(lo, e) >= e {
		return false // "On Tuesday,", "Last week,"
	}
	toks := st.toks
	if st.isPrepLike(lo) && st.d.lex.containsToken(occasionPrepositions, st.text, toks[lo]) && st.occasionAt(lo+1, e, false) {
		return false // "In a statement,", "At a news conference,"
	}
	return true
}

// leftContent is the content of a cue whose subject follows a comma
// after a clause, toks[lo:e]: that clause, "The bridge will reopen in
// May, he said.", or the whole sentence where it goes on past the cue
// toks[:ce], whose words end at toks[k]: "Many of the closures,
// officials said, involved small farms." Where a link was read after
// the cue ("…, the daily reported, quoting its director, Jo Lind.") what
// follows it is the link's. It is verbCue's, in a function of its own
// to keep verbCue under the compiler's bound for inlining.
func (st *attrState) leftContent(lo, e, ce, k, hi int) *Span {
	if k < hi && st.toks[k].flags&(tComma|tColon) != 0 && st.toks[e-1].flags&tClose != 0 {
		if r := st.exchangeReply(lo, e, k, hi); r != nil {
			return r
		}
	}
	if e < hi && st.toks[e].flags&tComma != 0 {
		if r := st.parenRight(k, hi, 2, lo); r > 0 && !st.hasClass(ce, r, cLink|cLinkMW) {
			return st.contentSpan(lo, st.clauseEnd(r+1, hi))
		}
	}
	return st.contentBefore(lo, e)
}

// exchangeReply returns the content of a cue whose subject follows a
// quotation, toks[:e], that is the content of a cue of its own just
// before it, where a comma after the cue, toks[k], and at most a short
// phrase lead to another quotation: "When a heckler shouted, “Liar!” the
// mayor replied, smiling, “Thank you.”" The first quotation is the
// heckler's, so the mayor's words are the second, not the first set
// before the cue as in "“A,” she said, “B.”". It returns nil otherwise.
func (st *attrState) exchangeReply(lo, e, k, hi int) *Span {
	toks := st.toks
	c := toks[e-1]
	if c.quote == 0 {
		return nil
	}
	p := st.tokenAt(st.quotes[c.quote-1].Start) - 1
	if p > lo && toks[p].flags&(tComma|tColon) != 0 {
		p-- // "shouted, “…”"
	}
	if p <= lo || toks[p].flags&(cCue|tUpper) != cCue || toks[p].quote != 0 {
		return nil
	}
	for m := k + 1; m < hi && m < k+10; m++ {
		t := toks[m]
		if t.flags&tOpen != 0 {
			if toks[m-1].flags&(tComma|tColon) == 0 {
				return nil
			}
			return st.contentSpan(m, st.clauseEnd(m, hi))
		}
		if t.flags&(tEnd|tClose) != 0 || t.quote != 0 {
			return nil
		}
	}
	return nil
}

// rightContent is the content toks[k:end] after a cue, or the whole
// sentence from lo where the cue's subject, at toks[s], follows a
// comma after words that the content needs: "The plan, he said, would
// restore confidence", "That, the commission said, “would be
// helpful.”". Like leftContent, it is verbCue's, kept apart for the
// inlining bound.
func (st *attrState) rightContent(lo, s, k, end, hi int) *Span {
	if s-1 > lo && st.toks[s-1].flags&tComma != 0 && st.toks[s-1].quote == 0 {
		if r := st.parenRight(k, hi, 1, -1); r > 0 && st.parenLeft(lo, s-1) {
			return st.contentSpan(lo, end)
		}
	}
	return st.contentSpan(k, end)
}

// cueClause reports whether a clause of its own with a cue for verb
// opens at toks[k]: a short phrase, its auxiliaries and a cue verb,
// "aviation experts say …", "some officials have warned …".
func (st *attrState) cueClause(k, hi int) bool {
	toks := st.toks
	e := phraseRight(st.text, toks, k, hi)
	if e <= k || e-k > 6 {
		return false
	}
	return st.cueAfterAux(e, hi) && !st.isParticiple(e)
}

// invertedContent is the content of a cue set before its source,
// toks[i] the cue and toks[i+1:e] the source: the words before the
// comma that precedes the cue, "The port will reopen, said the
// minister.", or the whole sentence where those words are a subject
// whose verb follows the source and its appositive: "The talks, said
// Deputy Minister Ana Ruiz, were going nowhere." "The ceasefire, said
// Jo Lind, a spokesman, “is holding.”"
func (st *attrState) invertedContent(lo, i, e, hi int) *Span {
	toks := st.toks
	if toks[i-1].flags&tComma != 0 && e < hi && toks[e].flags&tComma != 0 {
		if r := st.predicateAfter(e, hi); r > 0 {
			return st.contentSpan(lo, st.clauseEnd(r+1, hi))
		}
	}
	return st.contentBefore(lo, i-1)
}

// predicateAfter returns the comma at or after toks[k] after which a
// finite verb or a quotation in lower case goes on with the sentence, or
// -1: ", were going nowhere", ", a spokesman, would not …". It reads past
// one appositive at most, a phrase with no verb of its own.
func (st *attrState) predicateAfter(k, hi int) int {
	toks := st.toks
	for n := 0; n < 2; n++ {
		if k+2 >= hi || toks[k].flags&tComma == 0 {
			return -1
		}
		v := toks[k+1]
		if v.flags&tOpen != 0 {
			if w := toks[k+2]; w.flags&(tWord|tUpper) == tWord && w.quote == v.quote {
				return k // ", “is holding.”"
			}
			return -1
		}
		j := k + 1
		if j+1 < hi && st.isAdverb(j) {
			j++ // ", still believes"
		}
		if w := toks[j]; w.flags&(tWord|tUpper) == tWord && w.quote == 0 && (st.finiteAux(w) || w.flags&cPast != 0 && w.flags&(cDet|cPron) == 0) {
			return k
		}
		if n == 1 {
			return -1
		}
		// An appositive of the source, "a spokesman for the ministry,",
		// or its relative clause, "who remains a friend,".
		m, rel := k+1, st.isIn(toks[k+1], cRelative)
		for m < hi && m < k+16 && toks[m].flags&(tComma|tEnd|tColon|tDash|tParen) == 0 && toks[m].quote == 0 && (rel || toks[m].flags&(cAux|cCue) == 0) {
			m++
		}
		k = m
	}
	return -1
}

// contentGoesOn runs the content of a, the attribution of the last
// quotation with a speaker, on to the end of the quotation q that goes
// on in the same voice: "“A,” she said. “B.”" and "“A,” he said of the
// plan, “B.”" are one statement in two parts.
func (st *attrState) contentGoesOn(a *attr, speaker *Mention, q Span) {
	if a != nil && a.Content != nil && a.Content.End <= q.Start && a.Source == speaker {
		c := spanOf(st.text, a.Content.Start, q.End)
		a.Content = st.keepSpan(c)
	}
}

// maxResumeGap bounds the tokens read between a cue and the second part
// of the quotation it interrupts, so that a paragraph of many parts is
// read in linear time.
const maxResumeGap = 24

// resumedContent runs the content of a on to the quotation q that
// resumes its first part after the cue, "“A,” he said of the plan,
// “B.”", unless another cue stands between: "“A,” Ruiz said,
// suggesting a few questions, including, “B.”" gives B to the second.
func (st *attrState) resumedContent(a *attr, speaker *Mention, q Span) {
	if a == nil || a.Content == nil || a.Cue.End > q.Start {
		return
	}
	k, b := st.tokenAt(a.Cue.End), st.tokenAt(q.Start)
	if b-k > maxResumeGap {
		return // the cue stands far before: not the words between the parts
	}
	for ; k < b; k++ {
		if t := st.toks[k]; t.flags&(cCue|cLink|tUpper) == cCue || t.flags&(cLink|tUpper) == cLink {
			return
		}
	}
	st.contentGoesOn(a, speaker, q)
}
