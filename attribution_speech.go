package wirestory

import "strings"

// verbForm returns the lemma of toks[i] where it is a form of
// [CueNounForms] used as a verb: a capitalised name or a pronoun stands
// right before it ("The Daily Ledger reports that …", "she calls it"),
// and no lower-case word or determiner does ("news reports", "the
// promises"), and no verb follows ("Ledger reports show"); in a
// headline, a title or a role noun may stand before it in any case
// ("Tourism Minister Pledges “Every Support”"). It returns "" elsewhere.
func (st *attrState) verbForm(lo, i int) string {
	t := st.toks[i]
	if i == lo || t.flags&(tWord|cCue) != tWord {
		return ""
	}
	p := st.toks[i-1]
	// In a headline capitals tell no name where every word has them or
	// the word opens it ("Election Promises …", "Campaign promises …"),
	// but a title or a role noun is a subject: "Tourism Minister Pledges
	// “Every Support”", "New Celtic manager promises ‘fearless’ football".
	named := t.flags&tUpper == 0 && p.flags&(tUpper|cPron) != 0 && (!st.inHeadline || i-1 > lo || p.flags&cPron != 0)
	if !named && (!st.inHeadline || p.flags&(cRole|cTitle) == 0) {
		return ""
	}
	if p.flags&tWord == 0 || p.flags&(cStop|cDet) != 0 && p.flags&cPron == 0 || p.quote != 0 {
		return ""
	}
	if i+1 < len(st.toks) && st.toks[i+1].flags&(tWord|tUpper|cStop|cDet|cPron|cAux) == tWord && !isWord(st.text, st.toks[i+1], "that") {
		return ""
	}
	if !st.isIn(t, cNounForm) {
		return ""
	}
	canon, _ := st.d.lex.Lookup(cueNounForms, st.text[t.s:t.e])
	return canon
}

// weakCue reports whether the one-word cue toks[i] is a form that is a
// cue only next to what it reports, and nothing is: a clause follows it
// at once ("that", a colon or a quotation, perhaps after a comma), or a
// quotation closes just before its subject.
func (st *attrState) weakCue(i, hi int) bool {
	toks := st.toks
	if toks[i].flags&cWeak == 0 {
		return false
	}
	if toks[i].flags&tUpper != 0 {
		if e, q := st.leadingInversion(i+1, hi); q > e {
			return false // "Continued Stone: “…”"
		}
	}
	if i+1 < hi && (isWord(st.text, toks[i+1], "that") || toks[i+1].flags&(tColon|tOpen) != 0) {
		return st.weakNoun(i) // "the caustic chant “Lock her up!”": the noun, not the verb
	}
	if i+2 < hi && toks[i+1].flags&tComma != 0 && toks[i+2].flags&tOpen != 0 {
		return st.weakNoun(i) // "Issa continued, “Yes.”"
	}
	if i+2 < hi && isWord(st.text, toks[i+1], "to") && toks[i+2].flags&(tUpper|cCue) == cCue {
		return false // "continued to question whether …": the speech goes on
	}
	if i+2 < hi && st.bareClauseAfter(i, hi) {
		return false // "aides knew the count would be close", "voters saw him as a fighter"
	}
	if i > 0 && i+2 < hi && st.stanceObject(i, hi) {
		return false // "two-thirds support the ban", "pastors supporting Ms. Ruiz"
	}
	if i > 1 && i+1 < hi && st.text[toks[i].s] == 's' && st.documentHasShown(i) {
		return false // "recent polls have shown the senator ahead": the perfect of "showed"
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := toks[k]; t.flags&tClose != 0 {
			// "“…,” she continued.": the quotation ends its clause with a
			// comma, a question or an exclamation; not "“mercenaries” seeking".
			return !(t.s > 0 && strings.IndexByte(",?!", st.text[t.s-1]) >= 0 || k+1 < i && toks[k+1].flags&tComma != 0)
		}
		if toks[k].flags&tWord == 0 && toks[k].flags&tComma == 0 {
			break
		}
	}
	return true
}

// weakNoun reports whether the weak cue form at toks[i] is a noun: right
// after an article or a possessive ("their chants “…”"), or as a bare
// form after one word in lower case that follows one ("the caustic chant
// “Lock her up!”", "a thunderous chant of “…”"). A singular noun there
// would take the verb with its ending ("the letter continues: “…”"), a
// plural one the bare form ("the players chant “…”"), and a past tense
// reads as the verb ("the choir sang “…”").
func (st *attrState) weakNoun(i int) bool {
	toks, text := st.toks, st.text
	if i < 1 {
		return false
	}
	if p := toks[i-1]; p.flags&cDet != 0 {
		return p.quote == 0 && isArticleWord(text, p)
	}
	if i < 2 || toks[i].flags&cPast != 0 || toks[i-2].flags&cDet == 0 || !st.adjectiveAfterDet(i-1) || !isArticleWord(text, toks[i-2]) {
		return false
	}
	w, a := text[toks[i].s:toks[i].e], text[toks[i-1].s:toks[i-1].e]
	return !strings.HasSuffix(a, "s") && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// documentHasShown reports whether the weak cue toks[i] is "shown" in
// the perfect ("has", "have" or "had" before it) after a document of
// [cueDocuments] ("polls have shown the senator ahead", "the survey had
// shown a rise in support"), with an object after it: what a poll or a
// study shows is its finding, in the perfect as in "showed". A
// preposition after it ("has shown up", "was shown on screens") or a
// person before it ("he has shown little interest") makes none.
func (st *attrState) documentHasShown(i int) bool {
	toks, text := st.toks, st.text
	if !isWord(text, toks[i], "shown") {
		return false
	}
	a, n := toks[i-1], toks[i+1]
	if a.flags&tWord == 0 || !perfectAuxiliary(text[a.s:a.e]) {
		return false
	}
	if n.flags&tWord == 0 || n.quote != 0 || st.isPrepLike(i+1) || isWord(text, n, "up") {
		return false
	}
	return st.d.lex.containsToken(cueDocuments, text, toks[i-2])
}

// bareClauseAfter reports whether the weak cue toks[i] has its content
// right after it with no "that": a clause with a subject and a finite
// verb of its own ("aides knew the count would be close", "lawmakers who
// thought she was too involved"), where the verb is one of thought,
// finding or showing (cueBaseVerbs, cueClauseVerbs); or, after "saw",
// an object and "as" with what it is seen as ("voters saw him as a
// fighter"); so does a verb of portrayal ([cuePortrayals]: "Reyes cast
// her rival as a creature of the capital"). An object alone is none:
// "saw smoke", "knew him for years", "felt the quake", "saw a 3 percent
// rise", "cast a ballot".
func (st *attrState) bareClauseAfter(i, hi int) bool {
	toks, text := st.toks, st.text
	n := toks[i+1]
	if n.flags&tWord == 0 || n.quote != 0 || n.flags&(cJoiner|cContrast) != 0 || st.isPrepLike(i+1) {
		return false
	}
	if st.d.lex.containsToken(cuePortrayals, text, toks[i]) && st.objectAs(i, hi) {
		return true
	}
	if canon := st.cueCanonical(toks[i]); canon == "show" || st.hasForm(canon, fBaseVerb, cueBaseVerbs) || st.hasForm(canon, fClauseVerb, cueClauseVerbs) || st.speechForm(i, canon) {
		// A verb of thought, finding, showing or speech takes a clause
		// ("The company claims the ruling was wrong"); one of stance
		// takes an object, whose verb after it is the sentence's:
		// "voters who support the plan are …".
		return st.newClause(i+1, hi)
	}
	return isWord(text, toks[i], "saw") && st.objectAs(i, hi)
}

// objectAs reports whether the verb toks[i] has an object of at most
// five plain words and then "as" with what the object is taken for: "saw
// him as a fighter", "cast the strike as a fight for pay"; not "as" that
// opens a clause ("saw the crowd as it left").
func (st *attrState) objectAs(i, hi int) bool {
	toks, text := st.toks, st.text
	for m := i + 2; m+1 < hi && m < i+7; m++ {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 || t.flags&(cAux|cPast|cCue) != 0 {
			return false
		}
		if isWord(text, t, "as") {
			return toks[m+1].flags&tWord != 0 && !st.subjectPronoun(m+1) && !st.newClause(m+1, hi)
		}
	}
	return false
}

// speechForm reports whether the weak cue toks[i], of canonical form
// canon, is a verb of speech in a form that is no plural noun's:
// "critics charge the case was chosen", "she maintained she had done
// nothing wrong", not "agreed to drop charges the group had filed".
func (st *attrState) speechForm(i int, canon string) bool {
	return st.text[st.toks[i].e-1] != 's' && st.canonKind(canon) == Speech
}

// canonKind returns the kind of the canonical cue form canon: the kind
// the entry cueCanonical just found holds, or the lists'.
func (st *attrState) canonKind(canon string) AttributionKind {
	if e := st.lastFormEntry; e != nil && e.flags&fCueVerb != 0 && e.verbKind != 0 && len(st.lastForm) == len(canon) && st.lastForm == canon {
		return AttributionKind(e.verbKind)
	}
	return lemmaKind(st.d.lex, st.wc.forms, canon)
}

// stanceObject reports whether the weak cue toks[i], a verb of stance
// ([cueKinds]: "support", "want", "seeking"), stands between its subject
// and its object. Before a finite form the subject ends in a plural, a
// relative or a plural and a participle ("two-thirds support the ban",
// "those who want a recount", "students polled support Ruiz"), and the
// object is a name, a determiner's phrase, a plain word or "to" and a
// verb. An -ing form follows a noun (a reduced relative: "pastors
// supporting Ms. Ruiz", "a group seeking to block the plan") or a
// comma, not an auxiliary, an amount or a verb ("is backing", "spent $2
// million supporting him", "considering backing"), and its object is a
// name, a determiner's or a pronoun's phrase or "to" and a verb.
// "seek" takes only "to" and a verb. A verb of naming ("call") takes a
// pronoun and the name given ("critics call it a fraud"). A noun is
// none: "their support", "support for the plan", "a support beam",
// "seeking shelter", "seeking the nomination".
func (st *attrState) stanceObject(i, hi int) bool {
	toks, text := st.toks, st.text
	t, p, n := toks[i], toks[i-1], toks[i+1]
	if n.flags&tWord == 0 || n.quote != 0 || n.flags&tNonASCII != 0 || p.quote != t.quote {
		return false
	}
	const notNoun = cStop | cDet | cAux | cPron | cPrep | cCue | cTime | cJoiner | cContrast
	var object bool
	switch {
	case n.hash == toHash:
		v := toks[i+2]
		object = v.flags&(tWord|tUpper) == tWord && v.flags&notNoun == 0 && !isDigit(text[v.s])
	case n.flags&tUpper != 0:
		object = n.flags&(cStop|cAux|cTime|cMonth) == 0
	case n.flags&(cDet|cPron) != 0:
		object = n.flags&cDet != 0 || !st.subjectPronoun(i+1)
	}
	w := text[t.s:t.e]
	if strings.HasSuffix(w, "ing") {
		if !object {
			return false
		}
		if p.flags&tComma == 0 && (p.flags&(tWord|notNoun|cOpener) != tWord || st.isAdverb(i-1) || st.endsEd(i-1) || st.amountBefore(i-1) || strings.HasSuffix(text[p.s:p.e], "ing") || st.d.lex.containsToken(reflexives, text, p)) {
			return false // not "is backing", "spent $2 million supporting him", "leaning toward supporting", "considering backing", "see herself supporting"
		}
	} else {
		if !object && (n.flags&(tWord|tUpper) != tWord || n.flags&(notNoun|cMonth) != 0 || isDigit(text[n.s])) {
			return false
		}
		k := i - 1
		if k > 0 && st.endsEd(k) && st.plainPlural(k-1) {
			k-- // "students polled support Ruiz"
		}
		if q := toks[k]; !(q.flags&cRelative != 0 && isWord(text, q, "who") || st.pluralNounAt(k)) {
			return false
		}
	}
	canon := st.cueCanonical(t)
	if canon == "see" || st.hasForm(canon, fBaseVerb, cueBaseVerbs) {
		return false // "witnesses saw a gun", "officials felt comfortable": perception and thought take a clause (bareClauseAfter)
	}
	if canon == "seek" && n.hash != toHash {
		return false // "candidates seeking the nomination": an office sought; "seeking to block" is an aim
	}
	if namingVerb(canon) {
		// "critics call it a fraud", "economists call this a tax": what
		// a plural names something is its view of it, the name after
		// the pronoun; "residents call the hotline", "fans call him
		// back" give no name.
		c := toks[i+2]
		return (n.flags&cPron != 0 && !st.subjectPronoun(i+1) || isWord(text, n, "this")) && !strings.HasSuffix(w, "ing") &&
			c.flags&tWord != 0 && c.quote == 0 && c.flags&(cPrep|cStop|cAux|cParticle|cJoiner|cContrast) == 0
	}
	return lemmaKind(st.d.lex, st.wc.forms, canon) == Stance
}

// stanceObjectContent gives st.out[n0], made by the weak cue toks[i] of
// a verb of stance that stanceObject let through, its object for content
// where the content was taken from a "that" further on: "Democrats want
// policies that create revenue" holds "policies that create revenue",
// the object, not the relative clause inside it.
func (st *attrState) stanceObjectContent(n0, i int) {
	if len(st.out) != n0+1 || st.out[n0].Content == nil || i == 0 || i+2 >= len(st.toks) {
		return
	}
	a := &st.out[n0]
	k, e := st.tokenAt(a.Content.Start), st.tokenAt(a.Content.End)
	if k < i+1 || k >= len(st.toks) || a.Cue.End != st.toks[i].e || !st.stanceObject(i, len(st.toks)) {
		return
	}
	for m := i + 1; m < e; m++ {
		if t := st.toks[m]; t.flags&(tComma|tDash|tParen|tColon) != 0 && t.quote == 0 && st.text[t.s] != ':' && (t.flags&tComma == 0 || m+1 >= e || st.toks[m+1].flags&(tWord|tUpper) != tWord || !st.ingPreposition(m+1, e) && !st.figureComma(m)) {
			e = m // "want lower taxes, and Democrats want …", "…; a plurality oppose it": the object ends at the comma or semicolon
			break
		}
	}
	a.Content = st.contentSpan(i+1, e)
}

// pluralNounAt reports whether toks[k] is a plural noun that may end a
// subject: a common noun in -s ("voters") or a capitalised one
// ("Republicans").
func (st *attrState) pluralNounAt(k int) bool {
	t := st.toks[k]
	return t.flags&tWord != 0 && t.flags&(cStop|cDet|cAux|cPron|cPrep|cCue|cTime|cJoiner|cContrast) == 0 && (st.plainPlural(k) || t.flags&tUpper != 0 && pluralShaped(st.text[t.s:t.e]))
}

// amountBefore reports whether toks[k] ends an amount: a figure, "%",
// "percent", "million", "billion".
func (st *attrState) amountBefore(k int) bool {
	t := st.toks[k]
	return isDigit(st.text[t.s]) || st.d.lex.containsToken(amountUnits, st.text, t)
}

// innerStance reports whether the cue toks[i], of canonical form canon
// ("" where the caller has not looked it up), is a verb of stance
// ([cueKinds]) whose subject, a pronoun or a short phrase of at most
// three words, stands right after a verb of speech, perhaps with "that"
// or an addressee between, and auxiliaries, a negation or an adverb
// after it: "the mayor said she supported the plan", "told reporters he
// thought the deal was dead", "says she really thinks …", "said the
// unions supported it". The stance is part of what was said: the speech
// verb's attribution holds it, and it is no attribution of its own. A
// participle after a phrase is no clause's verb ("said investors hoping
// for a cut sold …"), and a verb of stance before the phrase is no
// speech ("superdelegates supporting Sanders declined").
func (st *attrState) innerStance(lo, i int, canon string) bool {
	if !st.stanceVerb(i, canon) {
		return false // most cues: "said", a probe of the form table
	}
	toks, text := st.toks, st.text
	k := i - 1
	for n := 0; k > lo && n < 3 && (toks[k].flags&cAux != 0 || negation(text, toks[k]) || st.isAdverb(k)); n++ {
		k--
	}
	if k-1 <= lo {
		return false
	}
	nominal := toks[k].flags&cPron == 0
	if !nominal {
		if !st.subjectPronoun(k) {
			return false
		}
		k--
	} else {
		// "said the candidate sees …", "said Sanders believes …": a short
		// subject phrase of its own, no verb or mark inside, before a
		// finite verb ("cheered Democrats hoping to …" is the object's
		// participle).
		if st.isParticiple(i) {
			return false
		}
		m := k
		for m > lo && k-m < 3 && toks[m].flags&(tWord|cCue|cStop|cAux|cPrep|cTime) == tWord && toks[m].quote == toks[i].quote {
			m--
		}
		if m == k || m <= lo {
			return false
		}
		k = m
	}
	if isWord(text, toks[k], "that") && k-1 > lo {
		// "said that she …", "said in a statement Tuesday that he …",
		// "told the Times that Carter …": the words between the verb and
		// "that" are its circumstances and addressee.
		m := k - 1
		for m > lo && k-m < maxThatLook && toks[m].flags&tWord != 0 && toks[m].quote == toks[i].quote {
			if t := toks[m]; t.flags&cCue != 0 && !isArticle(text, toks[m-1]) || t.flags&cStop != 0 && t.flags&cDet == 0 && !st.isPrepLike(m) {
				break // the verb; not "in a statement", "a show of force that …"
			}
			m--
		}
		k = m
	} else if p := toks[k]; p.flags&(tWord|cCue) == tWord && toks[k-1].flags&(cCue|tUpper) == cCue {
		k-- // "told reporters he …", "told him she …"
	}
	if toks[k].flags&(cCue|tUpper) != cCue || toks[k].quote != toks[i].quote {
		return false
	}
	if nominal && st.stanceVerb(k, "") {
		return false // "superdelegates supporting Sanders declined": the stance is the subject's own
	}
	return true
}

// stanceVerb reports whether the cue toks[i], of canonical form canon
// ("" where the caller has not looked it up), is a verb of stance
// ([cueKinds]), by canonKind: cueCanonical finds the word's form by the
// token's hash and leaves its verb's entry, which knows the kind.
func (st *attrState) stanceVerb(i int, canon string) bool {
	if canon == "" {
		canon = st.cueCanonical(st.toks[i]) // which leaves its entry for canonKind
	}
	return st.canonKind(canon) == Stance
}

// maxThatLook bounds the words innerStance reads back from "that" for
// the verb of speech before it.
const maxThatLook = 8

// actCue reports whether the cue toks[i] names an act done to things,
// not speech ([cueActVerbs]): a quantity follows it, "recalled 4 million
// cartons", or, after a form of "be", a determiner or a quantity does,
// "was recalling the cartons", "is recalling about 300 cars". A year is
// no quantity: "recalled 2008, when …". The caller asks first for an
// auxiliary before a participle or a digit after the cue, a bit test
// each.
func (st *attrState) actCue(i, hi int) bool {
	toks, text := st.toks, st.text
	n := toks[i+1]
	if n.flags&tWord != 0 && isDigit(text[n.s]) {
		if w := text[n.s:n.e]; len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
			return false
		}
		return st.hasForm(text[toks[i].s:toks[i].e], fActVerb, cueActVerbs)
	}
	p := toks[i-1]
	if !isWord(text, p, "was") && !isWord(text, p, "were") && !isWord(text, p, "is") && !isWord(text, p, "are") && !isWord(text, p, "been") {
		return false
	}
	if n.flags&(tWord|tUpper) == tWord && !isDigit(text[n.s]) && toks[i+2].flags&tWord != 0 && isDigit(text[toks[i+2].s]) {
		n = toks[i+2] // "about 300", "nearly 2 million"
	}
	if n.flags&cDet == 0 && (n.flags&tWord == 0 || !isDigit(text[n.s])) || n.flags&cPron != 0 {
		return false
	}
	return st.hasForm(text[toks[i].s:toks[i].e], fActVerb, cueActVerbs)
}

// actObject reports whether what follows the cue toks[i], of canonical
// form canon in cueActVerbs or cueChangeVerbs, makes it an act rather
// than speech: an amount for the object of an act verb ("offered record
// prices") or the amount a verb of change moved by ("declined 3
// percent"). verbCue asks the form table first, one probe for both
// lists.
func (st *attrState) actObject(canon string, i, hi int) bool {
	if st.hasForm(canon, fChangeVerb, cueChangeVerbs) {
		return st.changeCue(i, hi)
	}
	return st.toks[i+1].flags&tWord != 0 && st.amountObject(i+1, hi)
}

// changeCue reports whether the cue toks[i], a verb of change
// ([cueChangeVerbs]), says that an amount fell rather than that someone
// refused: an amount follows it ("declined 3 percent"), or "by", "from"
// or "to" and an amount ("declined to $281 million"), perhaps after a
// degree adverb ("declined slightly to 109.5"), or a preposition other
// than "to" with no "to" and a verb after it in its clause ("declined
// sharply in March", "declined from a year earlier"; not "declined on
// Tuesday to say"). A refusal takes "to" and a verb, an object, or ends
// its clause.
func (st *attrState) changeCue(i, hi int) bool {
	toks, text := st.toks, st.text
	k := i + 1
	if k+1 < hi && st.isAdverb(k) {
		k++ // "declined sharply"
	}
	if st.amountNear(k, hi) {
		return true // "declined 3 percent", "declined nearly 3 percent"
	}
	if k+1 >= hi || !st.isPrepLike(k) {
		return false
	}
	to := isWord(text, toks[k], "to")
	if (to || isWord(text, toks[k], "by") || isWord(text, toks[k], "from")) && st.amountNear(k+1, hi) {
		return true // "declined to $281 million", "declines by about 8%"
	}
	if to {
		return false // "declined to comment"
	}
	for m := k + 1; m+1 < hi && m < k+8; m++ {
		t := toks[m]
		if t.flags&tWord == 0 || t.flags&cStop != 0 {
			break
		}
		if isWord(text, t, "to") && toks[m+1].flags&(tWord|tUpper) == tWord && !amountAt(text, toks[m+1]) {
			return false // "declined in an interview to name her choice"
		}
	}
	return true
}

// amountNear reports whether an amount opens at toks[k], or after one
// word that hedges it: "3 percent", "about 8%", "nearly $3 billion".
func (st *attrState) amountNear(k, hi int) bool {
	t := st.toks[k]
	if amountAt(st.text, t) {
		return true
	}
	return k+1 < hi && t.flags&(tWord|tUpper|cDet|cPron|cStop|cPrep) == tWord && amountAt(st.text, st.toks[k+1])
}

// amountAt reports whether t opens an amount: a figure or a currency
// sign, "3 percent", "$2.1 billion", "€40".
func amountAt(text string, t token) bool {
	switch c := text[t.s]; {
	case isDigit(c), c == '$':
		return true
	case c == 0xE2 || c == 0xC2: // "€", "£"
		return strings.HasPrefix(text[t.s:], "€") || strings.HasPrefix(text[t.s:], "£")
	}
	return false
}

// amountObject reports whether the object that starts at toks[k] is an
// amount ([actAmounts]) with at most three words or figures before it,
// "record prices", "a higher premium", "a 30% premium": what an act verb such as "offered"
// gives, where speech has words.
func (st *attrState) amountObject(k, hi int) bool {
	toks, text := st.toks, st.text
	for m := k; m < hi && m < k+4; m++ {
		t := toks[m]
		if w := text[t.s:t.e]; isDigit(w[0]) || w == "%" || w == "$" {
			continue // "a 30% premium", "a $2 bonus"
		}
		if t.flags&(tWord|tUpper) != tWord || t.quote != 0 || isPrep(t) || t.flags&(cCue|cPron|cAux|cStop) != 0 && t.flags&cDet == 0 {
			return false // "no details on prices": the amount is no object
		}
		if st.d.lex.containsToken(actAmounts, text, t) {
			return m+1 >= hi || toks[m+1].flags&tWord == 0 || toks[m+1].flags&cStop != 0 || isPrep(toks[m+1]) || toks[m+1].flags&(cTime|cDet) != 0
		}
	}
	return false
}

// afterPossessive reports whether toks[i] follows a possessive
// determiner, perhaps with one plain word between: "its warning", "their
// early warning". An -ing form there is a noun, not a participle.
func (st *attrState) afterPossessive(i int) bool {
	k := i - 1
	if t := st.toks[k]; k > 0 && t.flags&(tWord|tUpper|cDet|cPron|cAux|cStop|cCue) == tWord {
		k--
	}
	return st.toks[k].flags&cPossDet != 0
}

// pluralSubject reports whether the subject phrase [s, e) of a base-form
// verb is plural or a count: "Jeb Bush and Chris Christie", "Six in 10",
// "A mere 9 percent", "aides to the governor".
func (st *attrState) pluralSubject(s, e int) bool {
	toks, text := st.toks, st.text
	for k := s; k < e; k++ {
		t := toks[k]
		if t.flags&tWord == 0 {
			continue
		}
		if isWord(text, t, "and") || isWord(text, t, "percent") || isDigit(text[t.s]) {
			return true
		}
		if k+1 < e && isPrep(toks[k+1]) {
			return st.plainPlural(k) // the head before a prepositional phrase: "aides to …"
		}
	}
	return false
}

// reducedRelative reports whether toks[r] is a participle right after a
// noun of people, opening a relative clause without its pronoun:
// "Protesters marching through the streets chanted", not "Desktop
// publishing is …". A past participle, the passive's, opens one where
// a time or circumstance follows it ("A man arrested after the protests
// said", see passiveRelative); a document's noun takes one too ("A
// statement issued during the visit said").
func (st *attrState) reducedRelative(r int) bool {
	t, p := st.toks[r], st.toks[r-1]
	if st.directedRelative(r) && t.s == p.e+1 && p.quote == 0 && (isWord(st.text, p, "those") || p.flags&(cRole|cSrcNoun) != 0 && p.flags&(cDet|cPron|cStop|cAux) == 0) {
		return true // "Those told to leave said", "residents ordered to evacuate said"
	}
	passive := !st.isParticiple(r) && st.passiveRelative(r)
	if t.flags&(tWord|tUpper) != tWord || !st.isParticiple(r) && !passive || t.s != p.e+1 ||
		p.flags&(tWord|cDet|cPron|cStop|cAux|cCue|cCueMW|cLink|cTime) != tWord || isPrep(p) || st.isParticiple(r-1) {
		return false
	}
	if passive {
		// Only a noun of people or a document: "Shares dropped after the
		// company said" is a clause of its own, its verb no participle.
		return p.flags&(cDoc|cRole|cSrcNoun) != 0
	}
	// The noun is people: a role or source noun, or a plural ("Residents").
	w := st.text[p.s:p.e]
	return p.flags&(cRole|cSrcNoun) != 0 || p.flags&tNonASCII == 0 && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !possessive(st.text, p)
}

// directedRelative reports whether toks[r] is the participle of a verb of
// a directive ([cueDirectives]: "told", "ordered") before an
// infinitive, the passive of an order given to the noun before it:
// "those told to leave", "residents ordered to evacuate".
func (st *attrState) directedRelative(r int) bool {
	t := st.toks[r]
	return t.flags&(tWord|tUpper|cCue) == tWord|cCue && (t.flags&cPast != 0 || st.endsEd(r)) && st.infinitiveAt(r+1, len(st.toks)) &&
		st.hasForm(st.cueCanonical(t), fDirective, cueDirectives)
}

// passiveRelative reports whether toks[r] is a past participle in -ed
// (an irregular past of pastVerbs may be no participle: "The mayor came
// after an editorial"), no verb of speech or link, before a preposition of
// [participlePrepositions] and the determiner of its phrase: "arrested after the protests",
// "released during the visit". A finite verb there takes an object
// first ("arrested two men after the protests").
func (st *attrState) passiveRelative(r int) bool {
	t := st.toks[r]
	if r+2 >= len(st.toks) || t.flags&(cCue|cLink) != 0 || !st.endsEd(r) {
		return false
	}
	n := st.toks[r+1]
	return n.flags&(tWord|tUpper) == tWord && st.toks[r+2].flags&cDet != 0 && st.d.lex.containsToken(participlePrepositions, st.text, n)
}

// infinitiveAt reports whether toks[k] is the "to" of an infinitive,
// "agreed to set up", not a preposition, "said to reporters", "spoke to
// police": a lower-case word follows it that is no determiner, pronoun,
// time, number, role or source noun, nor a plural.
func (st *attrState) infinitiveAt(k, hi int) bool {
	if k+1 >= hi || !isWord(st.text, st.toks[k], "to") {
		return false
	}
	n := st.toks[k+1]
	w := st.text[n.s:n.e]
	return n.flags&(tWord|tUpper|cDet|cPron|cTime|cRole|cSrcNoun|cTitle) == tWord && !isDigit(w[0]) &&
		(!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"))
}

// relativeSubject returns the start of the subject whose restrictive
// relative clause ends right before a cue, "Residents who fled the
// area said", "Another voter who did not want to be named said",
// "Protesters marching through the streets chanted", or -1: a noun
// phrase, "who" (or an -ing participle after a noun of people, with no
// clause opener or finite verb after it), then words only on one line
// (no pronoun or word that opens a clause of its own), at least one
// before the phrase that was found right before the cue (s, or the
// cue's subject end where none was), unless that phrase opens with a
// verb. "a man who police said": the phrase right after "who" is the
// clause's own subject, and the cue is its.
func (st *attrState) relativeSubject(lo, s, subjEnd int) int {
	toks := st.toks
	from := s
	if s < 0 {
		from = subjEnd
		if subjEnd-1 <= lo || subjEnd > len(toks) {
			return -1
		}
		if e := toks[subjEnd-1]; e.flags&(tWord|cStop|cAux|cPron) != tWord || isPrep(e) {
			return -1 // "who asked not to be named": a clause ends in a word, not "to"
		}
	}
	near := from - 2 // the nearest place for the pronoun
	if s >= 0 && toks[s].flags&cPron != 0 {
		return -1 // "skeptics who said they wondered": the pronoun is the subject
	}
	if s > lo && st.isIn(toks[s-1], cPassiveAux) || s > lo+1 && toks[s-1].flags&cDet != 0 && st.isIn(toks[s-2], cPassiveAux) {
		return -1 // "voters who backed him were the most supportive of": a predicate, no subject
	}
	if s >= 0 && s < subjEnd && toks[s].flags&tUpper == 0 && (toks[s].flags&(cCue|cLink|cPast) != 0 || strings.HasSuffix(st.text[toks[s].s:toks[s].e], "ed")) {
		near = from - 1 // "Voters who backed Trump say": the phrase found opens with a verb
	}
	joined := false // an "and" or "but" was passed: only "who" may open the clause
	stop := false   // so was a word that opens a clause ("in what analysts see"), not a preposition before its noun phrase, or a finite verb: only "who" may
	for r := from - 1; r > lo && r >= from-12; r-- {
		t := toks[r]
		who := r <= near && (isWord(st.text, t, "who") || !joined && !stop && r >= from-7 && st.reducedRelative(r))
		// An opening preposition before its phrase's determiner is the
		// clause's time or circumstance: "who met after the talks",
		// "arrested during the raid".
		circumstance := t.flags&cPrepLike != 0 && toks[r+1].flags&cDet != 0 && r-1 > lo && toks[r-1].flags&(tWord|cStop|cPron) == tWord
		stop = stop || !circumstance && t.flags&cStop != 0 && (t.flags&(cRelative|cJoiner|cContrast|cPartOpener|cAskOpener) != 0 || toks[r+1].flags&cDet == 0 || st.d.lex.containsToken(clauseOpeners, st.text, t)) ||
			st.finiteAux(t) || verbLike(st.text, t) && !st.isParticiple(r) && !who
		if !who && t.flags&(cJoiner|cContrast) != 0 && t.flags&(cPron|cPartOpener|cAskOpener) == 0 && toks[r+1].flags&(tWord|tUpper|cPron|cDet|cAux) == tWord {
			joined = true
			continue // "who attended the session but asked not to be named": a second verb of the clause
		}
		if !who && !circumstance && t.flags&(tWord|cPron|cJoiner|cContrast|cPartOpener|cAskOpener|cRelative) != tWord || t.quote != 0 ||
			strings.IndexByte(st.text[t.e:toks[r+1].s], '\n') >= 0 {
			return -1 // "… who are all offering engines and it will announce": a clause of its own
		}
		if !who {
			continue
		}
		p := toks[r-1]
		if p.flags&(tWord|cStop|cAux|cPron|cCue|cCueMW|cLink|cTime) != tWord || p.quote != 0 {
			return -1 // "said who", "those who": no noun before the pronoun
		}
		return phraseLeft(st.text, toks, lo, r)
	}
	return -1
}

// appositiveChain reads a subject and the appositives set off by commas
// between it and its verb at toks[i], after a comma at toks[i-1]: "Jo
// Ruiz, 70, of Springfield, Ill., said", "Ms. Lund, 45, a nurse from
// Bergen, Norway, said", "Mr. Okafor, now 81 and retired in Cambridge,
// Mass., said", also after a quotation ("“…,” Jo Ruiz, 70, said"). The
// subject is the clause's first phrase and must end at the first comma,
// past a state or a circumstance that close an opening ("In Berea, Ohio,
// after winning the primary, Gov. Dan Kerr (R-Ohio), said"); each part
// after it is an age, a place, a role or a circumstance, with no verb
// of speech, pronoun or finite auxiliary of its own. It returns the
// subject's tokens, or (-1, -1).
func (st *attrState) appositiveChain(lo, i int) (int, int) {
	toks := st.toks
	if i-1 <= lo || toks[i-1].flags&tComma == 0 {
		return -1, -1
	}
	f, skipped := st.openingEnd(lo, i)
	for m := i - 1; m >= f && m > i-maxChainTokens; m-- {
		if t := toks[m]; t.quote != 0 || t.flags&(tColon|tDash|tQ) != 0 {
			f = m + 1 // "“…,” Jo Ruiz, 70, said": the clause starts after the quotation
			if f < i && toks[f].flags&tComma != 0 {
				f++
			}
			break
		}
	}
	if f >= i-1 || i-f > maxChainTokens {
		return -1, -1
	}
	e := st.chainHead(f, i)
	for f > lo && toks[f-1].flags&tComma != 0 && f < i-1 {
		// "In Dayton, Ohio, the mayor, 45, said": the state is the
		// opening's; "…, after winning the primary, Gov. Dan Kerr (R-Ohio),
		// said": so is a circumstance after it.
		if e > f && st.placeName(f, e) || e < 0 && st.isPrepLike(f) {
			if e < 0 {
				for e = f; e < i && toks[e].flags&tComma == 0; e++ {
				}
			}
			f, skipped = e+1, true
			e = st.chainHead(f, i)
			continue
		}
		break
	}
	if e < 0 || e == i-1 && !skipped {
		return -1, -1 // "The communique, reported by …": no chain, a participle's phrase
	}
	e = st.portfolioTail(f, e, i)
	for a := e + 1; a < i; {
		b := a
		for b < i && toks[b].flags&tComma == 0 {
			b++
		}
		if !st.appositivePart(a, b) {
			return -1, -1
		}
		a = b + 1
	}
	return f, e
}

// portfolioTail returns the end of the head toks[f:e] of an appositive
// chain, which ends in a title's portfolio after "of" or "for", run on over the
// rest of the portfolio's list after the comma at toks[e]: capitalised
// words and one "and", to a comma before more of the chain: "the
// Undersecretary for Migration, Population and Religious Affairs, X,
// said". A body's name may hold the list in place of a title's
// portfolio where every item opens with a portfolio's word: "Chairman of
// the Federation of Chambers of Commerce, Industry and Agriculture, X,
// said". Else it returns e.
func (st *attrState) portfolioTail(f, e, i int) int {
	text, toks := st.text, st.toks
	if e-f < 3 || toks[e-1].flags&(tWord|tUpper) != tWord|tUpper {
		return e
	}
	p := e - 2 // the preposition
	if toks[p].flags&tUpper != 0 {
		p--
	}
	if p <= f || !isWord(text, toks[p], "of") && !isWord(text, toks[p], "for") || toks[p-1].flags&tUpper == 0 {
		return e
	}
	// "Bank of America, Citigroup and Wells Fargo": after a body's name
	// rather than a title, only a list of portfolios is the name's.
	bodyList := toks[p-1].flags&(cTitle|cRole) == 0
	portfolio := func(k int) bool { return st.d.lex.containsToken(portfolioWords, text, toks[k]) }
	if bodyList && !portfolio(p+1) {
		return e
	}
	and := false
	for m := e + 1; m < i-1 && m < e+12; m++ {
		t := toks[m]
		switch {
		case t.quote != 0:
			return e
		case t.flags&tComma != 0:
			if m == e+1 || toks[m-1].flags&tUpper == 0 {
				return e
			}
			if and {
				return m
			}
		case t.flags&tWord == 0:
			return e
		case isWord(text, t, "and"):
			if and || toks[m-1].flags&tUpper == 0 {
				return e
			}
			and = true
		case t.flags&tUpper == 0 || t.flags&(cStop|cPron|cRole|cTitle) != 0:
			return e
		case bodyList && toks[m-1].flags&tWord == 0 || bodyList && isWord(text, toks[m-1], "and"):
			if !portfolio(m) {
				return e // an item that opens with no portfolio's word
			}
		}
	}
	return e
}

// placeName reports whether toks[s:e] names a country, a state or a
// listed place: "Ohio", "the Netherlands".
func (st *attrState) placeName(s, e int) bool {
	w := st.text[st.toks[s].s:st.toks[e-1].e]
	lex := st.d.lex
	return lex.Contains(Regions, w) || lex.Contains(Countries, w) || lex.Contains(Places, w)
}

// chainHead returns the end of the phrase at toks[f] that heads an
// appositive chain, before its comma, perhaps with a bracket between
// ("Gov. Dan Kerr (R-Ohio),"), or -1.
func (st *attrState) chainHead(f, i int) int {
	toks := st.toks
	if f >= i-1 || toks[f].flags&(tUpper|cDet) == 0 || toks[f].flags&tWord == 0 {
		return -1
	}
	if st.isParticiple(f) && st.isPrepLike(f+1) {
		return -1 // "Talking to PTI, an official, who …, said": an opening participle, no head
	}
	e := phraseRight(st.text, toks, f, i)
	if e > f && e+2 < i && st.text[toks[e].s] == '(' {
		for b := e + 1; b < i && b < e+8; b++ {
			if st.text[toks[b].s] == ')' {
				e = b + 1
				break
			}
		}
	}
	if e <= f || e >= i || toks[e].flags&tComma == 0 {
		return -1
	}
	return e
}

// maxChainTokens bounds the walk of appositiveChain.
const maxChainTokens = 40

// appositivePart reports whether toks[a:b], a part of an appositive
// chain, may describe the subject before it: "70", "of Springfield",
// "Ill.", "a nurse from Bergen", "now 81 and retired in Cambridge", "who
// lives nearby"; not a clause, "he said", "officials said", "which was
// closed".
func (st *attrState) appositivePart(a, b int) bool {
	toks := st.toks
	if b <= a || b-a > 16 || toks[a].flags&(cJoiner|cContrast) != 0 {
		return false
	}
	relative := isWord(st.text, toks[a], "who")
	for k := a; k < b; k++ {
		t := toks[k]
		if t.quote != 0 || t.flags&(tColon|tDash|tQ|tOpen|tClose) != 0 || t.flags&tEnd != 0 && k+1 < b {
			return false
		}
		if relative {
			continue
		}
		if t.flags&cPron != 0 && t.flags&cDet == 0 || t.flags&(cCue|tUpper) == cCue && !(k > a && toks[k-1].flags&cDet != 0) ||
			st.finiteAux(t) {
			return false
		}
	}
	return true
}

// farSubject finds the subject of "said" or "told" where no phrase ends
// right before the verb: "Many speakers at the service — among them …
// — said", "Jo Ruiz, 70, a retired nurse in Dayton, Ohio, said". The
// subject is the first phrase of the clause, found by the same walk as
// for participles; it returns the phrase's tokens, or -1.
func (st *attrState) farSubject(lo, i int, canon string) (int, int) {
	if canon != "say" && canon != "tell" || st.isParticiple(i) || i-lo < 2 {
		return -1, -1
	}
	p := st.toks[i-1]
	if p.flags&(tComma|tDash|tParen) == 0 {
		return -1, -1
	}
	s := st.skipOpening(lo, i)
	if s >= i || st.toks[s].flags&(tWord|cStop|cAux|cCue|cLink) != tWord || st.toks[s].quote != 0 {
		return -1, -1
	}
	e := phraseRight(st.text, st.toks, s, i)
	if e <= s || e >= i || st.toks[e].flags&(tComma|tDash|tParen) == 0 {
		if p.flags&tDash != 0 {
			return st.subjectBeforeDashes(lo, i)
		}
		return -1, -1 // the phrase must be followed by its parenthesis
	}
	return s, e
}

// subjectBeforeDashes finds the subject of the verb toks[i] where a
// parenthesis set off by dashes stands before it and the clause's first
// phrase runs past a quantifier, a number or an "of" ("Most of the voters
// in the state — a record — said", "Two-thirds of voters in Ohio — …
// — said"): the phrase that ends at the opening dash, as it would end at
// the verb. It returns the phrase's tokens, or -1.
func (st *attrState) subjectBeforeDashes(lo, i int) (int, int) {
	toks := st.toks
	d := i - 2
	for d > lo && toks[d].flags&(tDash|tEnd|tMark|tQ) == 0 {
		d--
	}
	if d <= lo || toks[d].flags&tDash == 0 || i-d < 3 {
		return -1, -1
	}
	s := phraseLeft(st.text, toks, lo, d)
	if s < 0 || s >= d || toks[s].flags&(tWord|cAux|cCue|cLink) != tWord || toks[s].quote != 0 {
		return -1, -1
	}
	return s, d
}

// ageAppositive reports whether the clause before toks[i] opens with a
// noun phrase and an age, a role or a name set off by commas, "Jo Ruiz,
// 60, …", "Kenji Ono, a researcher at the company, …", "The head of the
// port, Sutrisno, …": the subject of a verb at i, never the content of an
// inverted one ("…, said X").
func (st *attrState) ageAppositive(lo, i int) bool {
	toks := st.toks
	s := st.skipOpening(lo, i)
	if s >= i || toks[s].flags&(tUpper|cDet) == 0 {
		return false
	}
	e := phraseRight(st.text, toks, s, i)
	if e <= s || e+2 >= i || toks[e].flags&tComma == 0 {
		return false
	}
	if toks[e+2].flags&tComma != 0 && toks[e+1].flags&tWord != 0 && isDigit(st.text[toks[e+1].s]) {
		return true // an age
	}
	if toks[i-1].flags&tComma == 0 {
		return false
	}
	if toks[e+1].flags&cDet != 0 && st.plainWords(e+1, i-1) {
		return true // a role: "Kenji Ono, a researcher at the company, said"
	}
	if st.bareRole(e+1, i-1) {
		return true // "Nguyen Van Thanh, deputy head of the traffic police, said"
	}
	// A name of at most four capitalised words right before the cue.
	if i-1-(e+1) > 4 {
		return false
	}
	for k := e + 1; k < i-1; k++ {
		if toks[k].flags&(tWord|tUpper) != tWord|tUpper && !abbrevDot(st.text, toks, k) || toks[k].flags&(cStop|cPron|cTime) != 0 {
			return false
		}
	}
	return true
}

// appositiveName reports whether toks[e+1:k] is a name of at most four
// capitalised words set off by commas after the phrase toks[s:e] that
// gives a role, not a name: "A spokesman for the Transport Ministry, Lee
// Min-ho, said", "The head of the association, Sutrisno, said", "Reyes's
// lawyer, Sam Cole, said".
func (st *attrState) appositiveName(s, e, k int) bool {
	toks := st.toks
	if e >= k || k-(e+1) > maxAppositiveName+maxRankMark || k-(e+1) < 1 || toks[e].flags&tComma == 0 || toks[s].flags&(cDet|cRole) == 0 && toks[s].flags&tUpper != 0 && !possessive(st.text, toks[s]) && !st.bareTitle(s, e) {
		return false
	}
	f := e + 1
	if f+1 < k && isWord(st.text, toks[f], "the") && toks[f].flags&tUpper == 0 && toks[f+1].flags&(cTitle|cRole) == 0 {
		f++ // "The North's main newspaper, the Rodong Sinmun, said": a body's name
	}
	for n := 0; n < 3 && f+2 < k && toks[f].flags&(tWord|tUpper) == tWord|tUpper && (toks[f].flags&(cTitle|cRole) != 0 || toks[f+1].flags&(cTitle|cRole) != 0 && toks[f+1].flags&tUpper != 0); n++ {
		// "the head of the office, Dr. Ratna Kusumawardani, said", "the
		// ministry's top spokesperson, Press Secretary Mika Tsujimoto,
		// said": an honorific or a title first.
		f++
		if abbrevDot(st.text, toks, f) {
			f++
		}
	}
	mark := 0
	if f+1 < k && toks[f].flags&tParen != 0 && f > e+1 && toks[f-1].flags&cTitle != 0 {
		// "Vice Admiral (Ret.) Agus Salim Nasution": a mark after the rank.
		if c := bracketClose(st.text, toks, f, k); c > 0 {
			mark = c + 1 - f
			f = c + 1
		}
	}
	if k-(e+1)-mark > maxAppositiveName {
		return false
	}
	words := 0 // the name's capitalised words: four at most, its particles aside
	for m := f; m < k; m++ {
		if m > f && m < k-1 && st.nameParticle(toks[m]) {
			continue // "its general manager, Carlos de la Fuente, said"
		}
		if m > f && st.hyphenParticle(toks[m]) {
			words++ // "Minister Nasser al-Khatib"
			continue
		}
		if m > f && abbrevDot(st.text, toks, m) {
			continue // an initial's period: "Raúl E. Cardoso Milián"
		}
		if m > f+1 && isPrep(toks[m]) && st.affiliationAfter(m+1, k) {
			break // "Another analyst, Jeroen Blom at ING, said": the firm after the name
		}
		if toks[m].flags&(tWord|tUpper) != tWord|tUpper || toks[m].flags&(cStop|cPron|cTime|cTitle|cRole) != 0 {
			return false
		}
		words++
	}
	return words <= 4
}

// bareTitle reports whether toks[s:e] is a title in capitals with no
// article, perhaps with its posting's place after it, and no name:
// "Deputy Commissioner", "Divisional Commissioner Kashmir". Such a
// subject names its holder in the apposition after it.
func (st *attrState) bareTitle(s, e int) bool {
	toks := st.toks
	if e-s < 2 || e-s > 5 {
		return false
	}
	l := e - 1
	place := toks[l].flags&(cTitle|cRole) == 0 // "Divisional Commissioner Kashmir": the post's place
	if place {
		l--
	}
	titled := false
	for m := s; m <= l; m++ {
		if toks[m].quote != 0 || toks[m].flags&(tWord|tUpper) != tWord|tUpper && !(m > s && isWord(st.text, toks[m], "of")) {
			return false // "Senior Superintendent of Police Anantnag"
		}
		titled = titled || toks[m].flags&(cTitle|cRole) != 0
	}
	// The place is asked last: the lists of places are long.
	return titled && (!place || st.placeName(e-1, e) || st.d.lex.Contains(Gazetteer, st.text[toks[e-1].s:toks[e-1].e]))
}

// affiliationAfter reports whether toks[a:k], after a preposition that
// follows a name in apposition, is a firm or body in one to three
// capitalised words: "ING" in "Jeroen Blom at ING".
func (st *attrState) affiliationAfter(a, k int) bool {
	if k-a < 1 || k-a > 3 {
		return false
	}
	for m := a; m < k; m++ {
		if toks := st.toks; toks[m].flags&(tWord|tUpper) != tWord|tUpper || toks[m].flags&(cStop|cPron|cTime|cCue) != 0 || toks[m].quote != 0 {
			return false
		}
	}
	return true
}

// maxAppositiveName bounds the tokens of a name in apposition: an
// honorific with its period and a name of four words with two particles,
// "Eng. Ali bin Muhammad Al Harthy".
const maxAppositiveName = 8

// maxRankMark bounds the tokens of a mark in brackets after a rank,
// "(Ret.)", "(retd)".
const maxRankMark = 4

// nameParticle reports whether t is a lower-case particle inside a
// personal name: "de", "bin", "van".
func (st *attrState) nameParticle(t token) bool {
	return t.flags&(tWord|tUpper) == tWord && st.d.lex.containsToken(resolveParticles, st.text, t)
}

// hyphenParticle reports whether t is a lower-case particle joined by a
// hyphen to a capitalised surname, a name's word: "al-Khatib",
// "el-Sisi". The shape is asked before the list.
func (st *attrState) hyphenParticle(t token) bool {
	w := st.text[t.s:t.e]
	h := particleHyphen(w)
	return h > 0 && t.flags&(tWord|tUpper) == tWord && st.d.lex.Contains(resolveParticles, w[:h])
}

// particleHyphen returns where the hyphen stands in a word of the shape
// of a particle joined to a surname, "al-Khatib", "ash-Shaibani": one to
// four lower-case letters, the hyphen, a capital. It returns -1 for any
// other word; the particle itself is the caller's list to ask.
func particleHyphen(w string) int {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return -1
	}
	for h := 1; h <= 4 && h+1 < len(w); h++ {
		switch c := w[h]; {
		case c == '-':
			if w[h+1] < 'A' || w[h+1] > 'Z' {
				return -1
			}
			return h
		case c < 'a' || c > 'z':
			return -1
		}
	}
	return -1
}

// bareRole reports whether toks[s:e] is a role with no article, one of
// its first three words a role noun, and no verb: "deputy head of the
// provincial traffic police", "spokesman for the ministry".
func (st *attrState) bareRole(s, e int) bool {
	if s >= e || !st.plainWords(s, e) {
		return false
	}
	for k := s; k < e && k < s+3; k++ {
		if st.toks[k].flags&cRole != 0 {
			return true
		}
	}
	return false
}

// plainWords reports whether toks[s:e] are at most a dozen words with no
// verb, pronoun, quotation or punctuation among them: a noun phrase
// such as "the head of research at the bank".
func (st *attrState) plainWords(s, e int) bool {
	if e-s > 12 {
		return false
	}
	for k := s; k < e; k++ {
		if t := st.toks[k]; t.flags&tWord == 0 || t.quote != 0 || t.flags&(cAux|cPron|cCue|cCueMW) != 0 {
			return false
		}
	}
	return true
}

// pastBefore reports whether a past tense or a verb of aspect
// (aspectVerbs) stands right before the participle toks[i], after a
// subject: "he began talking about", "she kept saying", "as he keeps
// talking". The participle is the subject's, not the verb's.
func (st *attrState) pastBefore(lo, i int) bool {
	if i-1 <= lo {
		return false
	}
	t := st.toks[i-1]
	return t.flags&(tWord|tUpper) == tWord && (st.endsEd(i-1) || st.isIn(t, cPast) || st.d.lex.containsToken(aspectVerbs, st.text, t))
}

// baseForm reports whether the cue toks[i:ce] is its base form: "say",
// and "call on", whose first word is itself the base form of a cue verb
// ("call"). Its subject must then be plural or a pronoun: "The video
// call on Monday" is a noun. A phrase such as "critical of" is no verb.
func (st *attrState) baseForm(i, ce int, canon string) bool {
	t := st.toks[i]
	if ce == i+1 {
		return isWord(st.text, t, canon)
	}
	n := t.e - t.s
	if len(canon) <= n || canon[n] != ' ' || !isWord(st.text, t, canon[:n]) {
		return false
	}
	c, ok := st.wc.forms.canonical(st.d.lex, canon[:n], fCueVerb)
	return ok && c == canon[:n]
}

// nounModifier reports whether the base form of a cue at toks[i] ("press",
// "stress") modifies the noun after it: a noun phrase opens before it,
// a determiner after a preposition or a past verb, then at most one
// adjective ("at a regular press briefing", "from two stress fractures",
// "gave his first press conference"), and a lower-case noun follows it.
// A plural before it is a subject ("the unions stress wages"), an object
// after a verb opens with a determiner or a pronoun ("the ministers press
// their case"), and a present verb before the determiner leaves the
// phrase its object ("Analysts who follow the industry say demand …").
func (st *attrState) nounModifier(lo, hi, i int, canon string) bool {
	toks, text := st.toks, st.text
	t := toks[i]
	if i-2 < lo || i+1 >= hi || t.flags&tUpper != 0 || !isWord(text, t, canon) {
		return false
	}
	const notNoun = cDet | cPron | cAux | cStop | cPrep | cTime | cPast
	n := toks[i+1]
	if n.flags&(tWord|tUpper) != tWord || n.flags&notNoun != 0 || n.quote != 0 || isWord(text, n, "that") || st.isAdverb(i+1) {
		return false
	}
	d := i - 1 // the determiner
	if p := toks[d]; p.flags&cDet == 0 {
		w := text[p.s:p.e]
		if p.flags&(tWord|tUpper) != tWord || p.flags&(notNoun|cCue|cCueMW) != 0 || st.isAdverb(d) || w[len(w)-1] == 's' {
			return false // no adjective: "the unions stress"
		}
		d--
	}
	if d-1 < lo || toks[d].flags&(cDet|cPron) != cDet {
		return false
	}
	v := toks[d-1]
	return v.flags&tWord != 0 && (st.isPrepLike(d-1) || v.flags&cPast != 0 || st.endsEd(d-1))
}

// pollCue reads "In a poll released Monday, 40 percent …" and "… leads
// in the latest survey.": the poll is the source of what the sentence
// says. toks[i] is "in"; it returns the token after the cue's phrase, or
// i where it is none.
func (st *attrState) pollCue(lo, hi, i int) int {
	toks, text := st.toks, st.text
	if i+2 >= hi || toks[i+1].flags&cDet == 0 {
		return i
	}
	n := -1
	for k := i + 2; k < hi && k < i+10; k++ {
		t := toks[k]
		if t.flags&tWord == 0 && text[t.s] != '/' && text[t.s] != '-' || t.quote != 0 || t.flags&(cStop|cCue|cPron) != 0 {
			break
		}
		if t.flags&cDoc != 0 && st.isIn(t, cPoll) {
			n = k
			if k+1 < hi && toks[k+1].flags&cDoc != 0 && st.isIn(toks[k+1], cPoll) {
				n = k + 1 // "an exit poll survey"
			}
			break
		}
	}
	if n < 0 {
		return i
	}
	if w := text[toks[n].s:toks[n].e]; n == i+2 && isWord(text, toks[i+1], "the") && w[len(w)-1] == 's' {
		return i // "leads in the polls", "fell in the polls": a standing, no poll cited
	}
	a := attr{Cue: st.span(toks[i].s, toks[i].e), Source: st.mention(i+1, n+1)}
	if i == lo {
		c := n + 1
		for c < hi && c < n+12 && toks[c].flags&(tComma|tEnd) == 0 {
			c++
		}
		if c >= hi || toks[c].flags&tComma == 0 {
			return i
		}
		a.Content = st.contentSpan(c+1, hi)
	} else {
		if st.agentBefore(lo, i) {
			return i // "the 2.87 billion forecast by analysts in a poll compiled by the company": the poll is where the agent spoke, not the sentence's source
		}
		rest := 0
		for k := n + 1; k < hi; k++ {
			if toks[k].flags&tWord != 0 {
				rest++
			}
			if rest > 6 || toks[k].flags&cCue != 0 {
				return i
			}
		}
		a.Content = st.contentBefore(lo, i)
	}
	if a.Content == nil {
		return i
	}
	st.out = append(st.out, a)
	return n + 1
}

// agentBefore reports whether the words right before toks[i] are a
// passive's agent, "by" and a short phrase: "forecast by analysts", not
// "leads by six points".
func (st *attrState) agentBefore(lo, i int) bool {
	for k := i - 2; k >= lo && k >= i-4; k-- {
		if t := st.toks[k+1]; t.flags&tWord == 0 || t.quote != 0 {
			return false
		}
		if isWord(st.text, st.toks[k], "by") {
			// A participle before it or a source after it, not a margin:
			// "leads by six points in the latest poll".
			v, w := st.toks[k-1], st.toks[k+1]
			return k > lo && (v.flags&cCue != 0 || verbLike(st.text, v) || w.flags&(cSrcNoun|cRole|tUpper) != 0)
		}
	}
	return false
}

// quoteFollows reports whether a comma or colon and an opening quotation
// mark follow the cue at toks[k]: "he said, “…”".
func (st *attrState) quoteFollows(k, hi int) bool {
	return k+1 < hi && st.toks[k].flags&(tComma|tColon) != 0 && st.toks[k+1].flags&tOpen != 0
}

// quotesAhead reports whether a quotation opens in toks[k:hi], the rest of
// the sentence: "Trump would denounce “self-deportation”" still gives
// the quote a speaker.
func (st *attrState) quotesAhead(k, hi int) bool {
	for ; k < hi; k++ {
		if st.toks[k].quote != 0 {
			return true
		}
	}
	return false
}

// newSpeaker reports whether a new attribution starts at toks[k]: a short
// phrase and a past or present cue verb ("three-quarters said", "a man
// yelled"), so that the content before it ends.
func (st *attrState) newSpeaker(k, hi int) bool {
	toks, text := st.toks, st.text
	if k < hi && (isWord(text, toks[k], "and") || isWord(text, toks[k], "but")) {
		k++
	}
	e := phraseRight(text, toks, k, hi)
	n := e - k
	if n > 6 && e > 0 && toks[e-1].flags&tParen != 0 && st.abbrevInParens(e-3) {
		n -= 3 // "the official Senegalese Press Agency (APS) reported": the name's short form adds no length
	}
	if e <= k || e >= hi || n > 6 {
		return false
	}
	for e < hi && e < k+8 && (toks[e].flags&cAux != 0 || st.isAdverb(e)) {
		e++
	}
	if e >= hi {
		return false
	}
	v := toks[e]
	w := text[v.s:v.e]
	return v.flags&(cCue|tUpper) == cCue && v.quote == 0 && (strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "says" || w == "wrote" || w == "found")
}

// goesOn reports whether the sentence goes on after a parenthetical cue
// that ends at toks[k]: a comma or dash, then a clause of at least three
// words that begins in lower case ("…, according to X, was a decision").
func (st *attrState) goesOn(k, hi int) bool {
	if k+1 >= hi || st.toks[k].flags&(tComma|tDash) == 0 {
		return false
	}
	n := st.toks[k+1]
	return n.flags&(tWord|tUpper) == tWord && n.quote == 0 && st.hasWords(k+1, min(k+8, hi), 3)
}

// stanceNoun reads "his criticism of the deal" and "the mayor's support
// for the levy": a noun of speech or stance after a possessive is a cue,
// the possessor its source and what follows its content. It returns the
// token after the noun, or i where toks[i] is none.
func (st *attrState) stanceNoun(lo, hi, i int) int {
	toks, text := st.toks, st.text
	t := toks[i]
	if i == lo || t.flags&(tUpper|tNonASCII) != 0 || !st.isIn(t, cStanceNoun) {
		return i // most words stop here, at a bit test
	}
	pi := i - 1
	for n := 0; n < 3; n++ {
		if w := toks[pi]; pi > lo && (w.flags&(tWord|tUpper|tNonASCII) == tWord && w.flags&^(cTime|cAux) < cCue || w.flags&cMonth != 0) && w.quote == 0 && !possessive(text, w) {
			pi-- // "his earlier statements", "the mayor's recent evidence-free assertion": plain words between
			continue
		}
		break
	}
	p := toks[pi]
	if p.flags&tWord == 0 || p.quote != 0 || !possessive(text, p) {
		return st.stanceFrom(lo, hi, i)
	}
	s := pi
	switch w := text[p.s:p.e]; {
	case st.isIn(p, cPossDet):
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
		// "Trump's", "the Senate leader's": the possessor's phrase.
		if b := phraseLeft(text, toks, lo, pi+1); b >= 0 && b < s {
			s = st.possessorStart(b, pi)
		}
	default:
		return i
	}
	if st.d.lex.containsToken(cueViewNouns, text, t) {
		return st.inView(lo, hi, i, s, pi) // "in the mayor's view, …", not "her view of the harbour"
	}
	states := i+1 < hi && (isWord(text, toks[i+1], "that") || toks[i+1].flags&(tColon|tOpen) != 0)
	e := i + 1
	if !states && i+3 < hi && toks[i+1].flags&(cPrep|cPrepLike|cVenue|cTime|cTimeOpener) != 0 {
		if e = st.thatAfterAdjunct(i+1, hi); e > i+1 {
			states = true // "his statement on Wednesday that …": a time or a place between
		}
	}
	if v := s - 1; !states && v >= lo && (toks[v].flags&cCue != 0 || v > lo && st.isIn(toks[v], cParticle) && toks[v-1].flags&cCue != 0) {
		return i // "walked back his remarks about the port": the cue's object, stating nothing of its own
	}
	if !states && st.d.lex.containsToken(cueSpeechNouns, text, t) {
		return i // "his statement drew fire", "his remarks about the port": nothing stated
	}
	ok, bound := st.boundStance(i, hi, pi, states)
	if !ok {
		return i // "his promise of free tuition", "the group's attack on a checkpoint"
	}
	if n := toks[min(i+1, hi-1)]; i+1 < hi && n.flags&(tWord|tUpper) == tWord && n.flags&(cDet|cPron|cAux|cStop|cPrep|cCue|cTime|cPast) == 0 && n.quote == 0 && !st.endsEd(i+1) &&
		!isWord(text, n, "on") && !isWord(text, n, "about") && !isWord(text, n, "against") {
		return i // "its early warning system": the noun modifies the next one, stating nothing
	}
	infinitive := bound && !states && e < hi && isWord(text, toks[e], "to") // "his promise to cut taxes": content with its "to"
	if !infinitive && e < hi && (isPrep(toks[e]) || isWord(text, toks[e], "on") || isWord(text, toks[e], "about") || isWord(text, toks[e], "against")) {
		e++ // "his criticism of the deal": what the stance is on
	}
	if e < hi && toks[e].flags&tColon != 0 {
		e++
	}
	if e >= hi || toks[e].flags&(tWord|tMark) == 0 || st.timeAt(e, hi) {
		return i // "escalated her criticism on Tuesday, telling …": a time, no topic
	}
	src := st.mention(s, pi+1)
	src.Span = st.span(toks[s].s, p.e)
	end := st.clauseEnd(e, hi)
	if bound && !states {
		end = st.complementEnd(e, end)
	}
	st.out = append(st.out, attr{Source: src, Cue: st.span(t.s, t.e), Content: st.contentSpan(e, end)})
	return i + 1
}

// thatAfterAdjunct returns the token of "that" after a short phrase of
// time or place that opens at toks[k], a preposition or a time word,
// after a noun of speech: "his statement on Wednesday that …", "her
// assertion during the debate that …". It returns k where there is none.
func (st *attrState) thatAfterAdjunct(k, hi int) int {
	toks := st.toks
	for j := k + 1; j < hi && j <= k+4; j++ {
		t := toks[j]
		if t.quote == 0 && isWord(st.text, t, "that") {
			if j == k+1 && toks[k].flags&cPrep != 0 {
				return k // "his remarks about that …": the preposition's object
			}
			return j
		}
		if t.quote != 0 || t.flags&tWord == 0 || t.flags&(cCue|cAux|cPron) != 0 {
			return k
		}
	}
	return k
}

// complementEnd returns where the complement of a noun that starts at
// toks[e] ends, at most at end: at a comma, a dash or a colon, or at the
// verb whose subject the noun's phrase is ("her attacks on Mr. Lund
// have cost her votes", "his attacks on her record dominated the
// forum": an -ed form before its object, not "to deport undocumented
// workers").
func (st *attrState) complementEnd(e, end int) int {
	toks := st.toks
	for k := e + 1; k < end; k++ {
		t := toks[k]
		if t.quote != 0 {
			continue
		}
		if t.flags&(tComma|tDash|tColon|cAux|cCue|cPast) != 0 && (k > e+1 || t.flags&cAux == 0 || !isWord(st.text, toks[e], "to")) || t.flags&(cTime|cTimeOpener) != 0 && st.timeAt(k, end) {
			return k // but "his promise to be “neutral”": the verb of the infinitive
		}
		if k+1 < end && st.endsEd(k) && toks[k-1].flags&(cDet|cPrep|cPossDet|cAux) == 0 && (toks[k+1].flags&(cDet|cPron|cPossDet) != 0 || isPrep(toks[k+1])) {
			return k
		}
	}
	return end
}

// inView reads a noun of view ([cueViewNouns]) after the possessive
// toks[s:pi+1] and "in": "In the mayor's view, the levy is a tax" opens
// the clause it attributes, "…, in Ortiz's view." closes it, "The cure,
// in her view, is rain" stands inside it. The
// possessor is the source, the clause the content. The noun anywhere
// else ("her view of the harbour", "in his view of the case") is none.
// It returns the token after the noun, or i.
func (st *attrState) inView(lo, hi, i, s, pi int) int {
	toks, text := st.toks, st.text
	in := s - 1
	if in < lo || !isWord(text, toks[in], "in") || toks[in].quote != 0 || toks[i].quote != 0 {
		return i
	}
	var content *Span
	switch {
	case i+2 < hi && toks[i+1].flags&tComma != 0 && (in == lo || in == lo+1 && toks[lo].flags&(cContrast|cJoiner) != 0):
		content = st.contentSpan(i+2, st.clauseEnd(i+2, hi)) // "In her view, the levy …"
	case in-1 > lo && toks[in-1].flags&tComma != 0 && (i+1 == hi || toks[i+1].flags&(tWord|tMark) == 0 && toks[i+1].flags&tComma == 0):
		content = st.contentSpan(lo, in-1) // "The levy is a tax, in his view."
	case in-1 > lo && toks[in-1].flags&tClose != 0 && toks[in-1].s > 0 && text[toks[in-1].s-1] == ',' && (i+1 == hi || toks[i+1].flags&(tWord|tMark) == 0 && toks[i+1].flags&tComma == 0):
		content = st.contentSpan(lo, in) // "The levy is “a tax,” in his words.": the comma inside the marks
	case in-1 > lo && toks[in-1].flags&tComma != 0 && i+2 < hi && toks[i+1].flags&tComma != 0 && toks[i+2].flags&(tWord|tUpper) == tWord:
		content = st.contentSpan(lo, st.clauseEnd(i+2, hi)) // "The only cure, in her view, is rain": the clause around it
	case in-1 > lo && toks[in-1].flags&tComma != 0 && i+2 < hi && toks[i+1].flags&tComma != 0 && toks[i+2].flags&tOpen != 0:
		content = st.contentSpan(i+2, st.clauseEnd(i+2, hi)) // "because, in the mayor's words, “…”": the quotation after it
	default:
		return i
	}
	if content == nil {
		return i
	}
	p := toks[pi]
	src := st.mention(s, pi+1)
	src.Span = st.span(toks[s].s, p.e)
	st.out = append(st.out, attr{Source: src, Cue: st.span(toks[i].s, toks[i].e), Content: content})
	return i + 1
}

// stanceFrom reads a noun of speech or stance whose holder follows
// "from" ([cueFromNouns]): "the plan drew criticism from farm groups",
// "she faced warnings from aides that …". The noun is the cue, the phrase
// after "from" its source; its content is the clause after "that", the
// topic after "about" or "over", or else the subject of the sentence's
// verb, what the criticism is of ("the plan"). It returns the token after
// the noun, or i where toks[i] is none.
func (st *attrState) stanceFrom(lo, hi, i int) int {
	toks, text := st.toks, st.text
	if i+2 >= hi || !isWord(text, toks[i+1], "from") || !st.d.lex.containsToken(cueFromNouns, text, toks[i]) {
		return i
	}
	if i > lo && isWord(text, toks[i-1], "no") {
		return i // "got no warning from the authorities": none was given
	}
	f := toks[i+2]
	if f.flags&tWord == 0 || f.quote != 0 || f.flags&(cStop|cPrep|cAux|cCue|cTime|cMonth) != 0 || isDigit(text[f.s]) || st.timeAt(i+2, hi) {
		return i // "warnings from 2019", "criticism from the start of"
	}
	e := phraseRight(text, toks, i+2, hi)
	if e <= i+2 || isDigit(text[toks[e-1].s]) || toks[e-1].flags&(cTime|cMonth) != 0 {
		return i // "allegations from the 1990s": a time, no holder
	}
	var content *Span
	switch n := toks[min(e, hi-1)]; {
	case e < hi && isWord(text, n, "that") && n.quote == 0:
		content = st.contentSpan(e, st.clauseEnd(e, hi)) // "criticism from rivals that the plan is unfair"
	case e+1 < hi && (isWord(text, n, "about") || isWord(text, n, "over")) && n.quote == 0:
		content = st.contentSpan(e+1, st.clauseEnd(e+1, hi)) // "criticism from the left about its cost"
	default:
		content = st.criticised(lo, i)
	}
	if content == nil {
		// "Facing mounting criticism from rivals, he …": no subject drew
		// it, and the clause's own subject speaks next.
		return i
	}
	st.out = append(st.out, attr{Source: st.mention(i+2, e), Cue: st.span(toks[i].s, toks[i].e), Content: content})
	return i + 1
}

// criticised returns the subject of the verb before the noun toks[i]
// ("the levy has drawn sharp criticism", "the ministry is facing
// warnings"), or nil where no subject phrase stands right before the
// verb ("Facing mounting criticism from …, he …").
func (st *attrState) criticised(lo, i int) *Span {
	toks, text := st.toks, st.text
	v, verb := i-1, false
	for n := 0; n < 3 && v > lo && !verb; n++ {
		t := toks[v]
		if t.flags&(tWord|tUpper) != tWord || t.quote != 0 || t.flags&(cStop|cPrep|cDet|cPron|cPossDet) != 0 {
			return nil
		}
		verb = st.verbGroupForm(v)
		v-- // "drawn harsh": the verb and the noun's adjectives
	}
	for n := 0; verb && n < 4 && v > lo && toks[v].quote == 0 && (toks[v].flags&(tWord|tUpper|cAux) == tWord|cAux || st.isAdverb(v)); n++ {
		v-- // "has already", "quickly"
	}
	if !verb || toks[v].flags&tWord == 0 || toks[v].quote != 0 || toks[v].flags&(cStop|cPrep|cPrepLike|cCue|cAux) != 0 || st.verbGroupForm(v) || st.d.lex.containsToken(participlePrepositions, text, toks[v]) {
		return nil // but "amid growing criticism from …": a circumstance, no subject
	}
	s := phraseLeft(text, toks, lo, v+1)
	if s < 0 || s > lo && toks[s-1].flags&(tComma|tDash|tColon) == 0 && toks[s-1].flags&cJoiner == 0 {
		return nil // the phrase is no subject of its own
	}
	return st.contentSpan(s, v+1)
}

// verbGroupForm reports whether toks[k] has a verb's form: an irregular
// past ("drew"), an auxiliary, or an -ed, -ing, -wn or -tten form
// ("sparked", "facing", "drawn", "gotten").
func (st *attrState) verbGroupForm(k int) bool {
	t := st.toks[k]
	w := st.text[t.s:t.e]
	return t.flags&(cPast|cAux) != 0 || st.endsEd(k) || len(w) > 5 && strings.HasSuffix(w, "ing") || len(w) > 4 && (strings.HasSuffix(w, "wn") || strings.HasSuffix(w, "tten"))
}

// boundStance reports whether the stance noun toks[i], after the
// possessive toks[pi], has the complement its list asks for: a noun of
// intent ([cueIntentNouns]) states one only before "that" or "to" and a
// verb ("his promise to cut taxes", not "his promise of free tuition"), a
// noun of attack ([cueAttackNouns]) is a stance only where a person holds
// it and a name or a pronoun follows "on" or "against" ("her attacks on
// Mr. Lund", not "the group's attack on a checkpoint" nor "Russia's
// attacks on Kharkiv"). Other stance nouns need no complement.
func (st *attrState) boundStance(i, hi, pi int, states bool) (ok, bound bool) {
	toks, text, lex := st.toks, st.text, st.d.lex
	t := toks[i]
	if lex.containsToken(cueIntentNouns, text, t) {
		if states || i+2 >= hi || !isWord(text, toks[i+1], "to") {
			return states && isWord(text, toks[min(i+1, hi-1)], "that"), true
		}
		v := toks[i+2]
		return v.flags&(tWord|tUpper) == tWord && v.flags&(cDet|cPron|cPossDet|cTime) == 0 && v.quote == 0, true
	}
	if !lex.containsToken(cueAttackNouns, text, t) {
		return true, false
	}
	return st.attackStance(i, hi, pi), true
}

// attackStance is boundStance for a noun of attack.
func (st *attrState) attackStance(i, hi, pi int) bool {
	toks, text, lex := st.toks, st.text, st.d.lex
	if i+2 >= hi || !isWord(text, toks[i+1], "on") && !isWord(text, toks[i+1], "against") {
		return false
	}
	p := toks[pi]
	if w := text[p.s:p.e]; isWord(text, p, "its") || isWord(text, p, "our") {
		return false // "its attacks on the town": a group's or an army's
	} else if p.flags&cPossDet == 0 {
		// "Trump's", "the senator's": a name, a title or a role, no place.
		n := len(w) - len("'s")
		if strings.HasSuffix(w, "’s") {
			n = len(w) - len("’s")
		}
		if p.flags&(tUpper|cRole|cTitle) == 0 || lex.Contains(Countries, w[:n]) || lex.Contains(Places, w[:n]) || lex.Contains(Regions, w[:n]) {
			return false
		}
	}
	o := toks[i+2]
	if isWord(text, o, "him") || isWord(text, o, "her") || isWord(text, o, "them") || isWord(text, o, "his") || isWord(text, o, "their") {
		return true // "his attacks on her record"
	}
	if o.flags&(tWord|tUpper) != tWord|tUpper || o.flags&cDet != 0 {
		return false // "attacks on the convoy"
	}
	k := i + 2
	for k < hi && k < i+6 && toks[k].flags&(tWord|tUpper) == tWord|tUpper && !possessive(text, toks[k]) {
		k++
	}
	if k > i+2 && st.placeName(i+2, k) {
		return false // "attacks on Kharkiv"
	}
	if k < hi && possessive(text, toks[k]) {
		return true // "attacks on Clinton's record"
	}
	n := toks[min(k, hi-1)]
	// "attacks on Kurdish forces": a capitalised adjective before its noun.
	return k >= hi || n.flags&(tWord|tUpper) != tWord || n.flags&(cDet|cPron|cAux|cStop|cPrep|cCue|cTime|cPast|cJoiner|cContrast) != 0
}

// possessorStart returns where the possessor ending at toks[pi] starts
// in the phrase [b, pi]: after a preposition whose head is no role, title
// or name ("an issue out of Donald Trump's claim" → "Donald Trump"), but
// with one that is ("the head of the agency's claim").
func (st *attrState) possessorStart(b, pi int) int {
	toks := st.toks
	if toks[pi].flags&tUpper != 0 {
		// A name's possessive ("Trump's", "party leader Ana Lind's"):
		// its capitalised words and the roles before them, not the
		// words of a clause a phrase read on over ("many leaders go
		// beyond Trump's").
		k := pi
		for k > b && toks[k-1].quote == 0 && (toks[k-1].flags&(tWord|tUpper) == tWord|tUpper || toks[k-1].flags&(cRole|cTitle) != 0 || toks[k-1].flags&cDet != 0 && k-1 == b || abbrevDot(st.text, toks, k-1)) {
			k--
		}
		b = k
	}
	head := false // a role, title or name before the preposition
	for k := b; k < pi; k++ {
		t := toks[k]
		if isPrep(t) && !head {
			b = k + 1
			continue
		}
		head = head || t.flags&(cRole|cTitle|tUpper) != 0
	}
	return b
}

// thatVerb reports whether toks[i], followed by "that", is a past-tense
// verb after its subject: an -ed form after a phrase that is no
// preposition's object ("officials conceded that", not "the plan
// approved by the board that").
func (st *attrState) thatVerb(lo, i int) bool {
	toks, text := st.toks, st.text
	t := toks[i]
	w := text[t.s:t.e]
	if i == lo || len(w) < 5 || !strings.HasSuffix(w, "ed") || t.quote != 0 {
		return false
	}
	for _, b := range [...]string{"was", "were", "is", "are", "be", "been", "being", "got", "get"} {
		if isWord(text, toks[i-1], b) {
			return false // "was stationed that night": a passive
		}
	}
	k := i - 1
	for k > lo && (toks[k].flags&cAux != 0 || st.isAdverb(k)) {
		k--
	}
	p := toks[k]
	if p.flags&tWord == 0 || p.flags&(cStop|cCue|cLink) != 0 || p.quote != 0 {
		return false
	}
	s := phraseLeft(text, toks, lo, k+1)
	return s >= 0 && (s == lo || toks[s-1].flags&(tComma|tWord) != tWord || toks[s-1].flags&cStop != 0) && !isPrep(toks[max(s-1, lo)])
}

// viewpointCue reads "To Smith, the vote was a warning" and "To many
// farmers, the levy is a tax on bread": an opening "to" and a phrase that
// names people, then a comma, give whose view the clause is. ("For X, …"
// gives a view as often as a topic, and is left alone.) It returns the
// token after the comma, or lo where it is none.
func (st *attrState) viewpointCue(lo, hi int) int {
	toks, text := st.toks, st.text
	if lo+3 >= hi || !isWord(text, toks[lo], "to") {
		return lo
	}
	e := phraseRight(text, toks, lo+1, hi)
	if e <= lo+1 || e >= hi || toks[e].flags&tComma == 0 {
		return lo
	}
	people := false
	for k := lo + 1; k < e; k++ {
		t := toks[k]
		if t.flags&(cTime|tNonASCII) != 0 || t.flags&tWord != 0 && isDigit(text[t.s]) {
			return lo // "To date, …", "To 2020, …"
		}
		if t.flags&(cPron|cSrcNoun|cRole|cTitle) != 0 || k > lo+1 && t.flags&tUpper != 0 {
			people = true
		}
		w := text[t.s:t.e]
		if t.flags&tUpper == 0 && len(w) > 5 && (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ists")) {
			people = true // "voters", "Republicans", "activists"
		}
	}
	if !people && toks[lo+1].flags&tUpper == 0 {
		return lo
	}
	if toks[lo+1].flags&tUpper != 0 && e == lo+2 && st.d.lex.containsToken(timeWords, text, toks[lo+1]) {
		return lo
	}
	c := st.contentSpan(e+1, st.clauseEnd(e+1, hi))
	if c == nil {
		return lo
	}
	st.out = append(st.out, attr{Source: st.mention(lo+1, e), Cue: st.span(toks[lo].s, toks[lo].e), Content: c})
	return e + 1
}

// headlines finds the reported speech of the headlines above the
// dateline ("Mayor Says Bridge Will Reopen"), which the body's
// paragraphs leave out. They hold no quotes of the body; a quotation of
// their own goes to the headline's source whose words hold it: "UP
// minister reviews works, says deadline “non-negotiable”".
func (st *attrState) headlines() {
	d := st.d
	qi := 0
	for _, p := range d.paras {
		if p.End > d.bodyStart {
			break
		}
		s, e := trimSpace(d.text, p.Start, p.End)
		if s >= e {
			continue
		}
		st.toks = d.sc.stream.add(d.text, s, e, st.wc)
		for qi < len(st.quotes) && st.quotes[qi].Start < s {
			qi++
		}
		qj := qi
		for qj < len(st.quotes) && st.quotes[qj].Start < e {
			qj++
		}
		st.markQuotes(qi, qj)
		st.sents = sentences(st.sents[:0], st.toks, d.text)
		first := len(st.out)
		st.inHeadline = true
		for _, se := range st.sents {
			st.sentence(se[0], se[1])
		}
		st.inHeadline = false
		st.headlineQuotes(qi, qj, first)
		qi = qj
	}
}

// headlineVerb returns the verb of the clause toks[s:e] that opens a
// headline before its "…, says", or -1: headlines join two verbs of one
// subject with a comma ("UP minister reviews drainage works, says …",
// "PM visits flood-hit district, says …"). The verb is a lower-case word
// in -s right after a name, a title or a role; a plural noun of sources
// or roles there ("UN experts") is the subject's own.
func (st *attrState) headlineVerb(s, e int) int {
	toks, text := st.toks, st.text
	for k := s + 1; k < e && k < s+8; k++ {
		t, p := toks[k], toks[k-1]
		if t.flags&tWord == 0 {
			return -1
		}
		if p.flags&(tUpper|cRole|cTitle) == 0 || t.flags&(tUpper|tNonASCII|cSrcNoun|cRole|cTitle|cDoc|cDet|cStop|cAux|cPrep) != 0 {
			continue
		}
		w := text[t.s:t.e]
		if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\'' && !st.d.lex.Contains(Roles, w[:len(w)-1]) {
			return k
		}
	}
	return -1
}

// headlineQuotes gives the quotes[qi:qj] of a headline the source and cue
// of the headline's attribution, among st.out[first:], whose words hold
// them, the innermost: "Kaya says new dam will 'end summer water cuts'",
// "UP minister reviews works, says deadline “non-negotiable”", "Saxon
// bakers' chief: “A stollen without butter is no stollen”", "Tourism
// Minister Pledges “Every Support”". The headline names who said them,
// as a quote database files them; resolution finds the person the body
// names. A quote no cue of the headline holds ("‘Digital arrest’ scam
// hits pensioners"), a title, and a quote after a possessive, its
// owner's ("Pence blames media for Trump's 'X' flap"), are not the
// cue's.
func (st *attrState) headlineQuotes(qi, qj, first int) {
	for q := qi; q < qj; q++ {
		qt := &st.quotes[q]
		if qt.Kind == Title {
			continue
		}
		if k := st.tokenAt(qt.Start); k > 0 && k < len(st.toks) && st.toks[k-1].flags&tWord != 0 && possessive(st.text, st.toks[k-1]) {
			continue // "Netflix’s ‘The Crown’ ends", "Trump's 'Obama founded ISIS' flap": the owner's, not the cue's
		}
		var best *attr
		for k := first; k < len(st.out); k++ {
			a := &st.out[k]
			if a.Source == nil || a.Content == nil || a.Content.Start > qt.Start || a.Content.End <= qt.Start || qt.Contains(a.Source.Span) || qt.Contains(a.Cue) {
				continue
			}
			if best == nil || a.Content.Len() < best.Content.Len() {
				best = a
			}
		}
		if best != nil {
			st.qa[q] = quoteAttr{Speaker: st.keepMention(*best.Source), Cue: st.keepSpan(best.Cue)}
			if qt.Kind == Scare {
				qt.Kind = Partial // "Minister Pledges “Every Support”": the capitals are the headline's
			}
		}
	}
}

// openingClause returns the comma that ends an opening clause starting at
// toks[k] ("Noting that the dam is old, …"), or 0 where none does within
// a bounded walk. Where the clause ends in a term in marks that takes the
// comma inside, as American copy puts it ("Citing “family reasons,” the
// senator …"), the closing mark after the comma stands for it.
func (st *attrState) openingClause(k, hi int) int {
	opened := false // a quotation opened inside the clause
	for c := k + 1; c < hi && c < k+40; c++ {
		t := st.toks[c]
		if t.flags&(tEnd|tColon) != 0 && t.quote == 0 {
			return 0
		}
		if t.flags&tComma != 0 {
			if t.quote == 0 {
				return c
			}
			if opened && c+2 < hi && st.toks[c+1].flags&tClose != 0 && (st.toks[c+2].flags&(tWord|cStop|cContrast|cJoiner) == tWord || st.subjectPronoun(c+2)) {
				return c + 1 // a subject after the mark, not "…,” though, …"
			}
		}
		opened = opened || t.flags&tOpen != 0
	}
	return 0
}

// evidential reports whether the cue at toks[i] with canonical form canon
// is the writer's judgement rather than its subject's words: "seemed",
// "appears", and the passive "is expected".
func (st *attrState) evidential(lo, i int, canon string) bool {
	if !st.hasForm(canon, fEvidential, cueEvidential) {
		return false
	}
	w := st.text[st.toks[i].s:st.toks[i].e]
	if canon == "expect" && !strings.HasSuffix(w, "ed") {
		return false // "The IMF expects that …", "expecting a rise": the subject's own expectation
	}
	if canon == "seem" || canon == "appear" {
		return !st.seemsToSay(i) // "seemed to mock the plan": the subject speaks
	}
	if !strings.HasSuffix(w, "ed") {
		return true
	}
	for k := i - 1; k >= lo && k >= i-3; k-- {
		for _, b := range [...]string{"is", "are", "was", "were", "be", "been", "being"} {
			if isWord(st.text, st.toks[k], b) {
				return true
			}
		}
		if !st.isAdverb(k) && st.toks[k].flags&cAux == 0 {
			break
		}
	}
	return false
}

// seemsToSay reports whether "seem" or "appear" at toks[i] is followed by
// "to" and a verb of speech: "The senator seemed to mock the plan", "the
// figures appear to show", whose subject says it; "seems to have
// stalled", "appeared to be tired" report no one.
func (st *attrState) seemsToSay(i int) bool {
	toks := st.toks
	return i+2 < len(toks) && toks[i+2].flags&(tWord|tUpper|cCue|cAux) == tWord|cCue && toks[i+1].hash == toHash && isWord(st.text, toks[i+1], "to")
}

// passiveCue reports whether the cue verb toks[i:ce], after a subject
// that ends at subjEnd, is in the passive: a form of "be" or "get" stands
// before it, past auxiliaries, negations and adverbs ("has not yet been
// reported"), and the verb is a participle. An -ing form ("is calling
// for"), an adjective of stance ("is critical of", "is concerned
// about", whose canonical form is the form itself) and a participle of
// feeling ("are worried that", "were incensed that", feelingParticiples)
// are active: their subject holds the position or the feeling.
func (st *attrState) passiveCue(subjEnd, i, ce int, canon string) bool {
	toks, text := st.toks, st.text
	w := text[toks[i].s:toks[i].e]
	if st.isParticiple(i) || equalLowerASCII(text[toks[i].s:toks[ce-1].e], canon) && !(ce == i+1 && strings.HasSuffix(w, "ed")) {
		return false
	}
	for k := i - 1; k >= subjEnd && k >= i-4; k-- {
		t := toks[k]
		if st.isIn(t, cPassiveAux) {
			// but "asked not to be named": an infinitive asserts nothing;
			// "are worried that": an adjective of feeling, its subject feels
			return (k == 0 || !isWord(text, t, "be") || !isWord(text, toks[k-1], "to")) && !st.d.lex.containsToken(feelingParticiples, text, toks[i])
		}
		if t.flags&cAux == 0 && !st.isAdverb(k) && !negation(text, t) {
			return false
		}
	}
	return false
}

// expletive reports whether the subject toks[s:e] is an empty "it" or
// "there", whose passive cue reports the clause after it: "it was
// reported that …", "there is expected to be …".
func (st *attrState) expletive(s, e int) bool {
	return e == s+1 && (isWord(st.text, st.toks[s], "it") || isWord(st.text, st.toks[s], "there"))
}

// passiveContent returns the content of a passive cue toks[i:ce] with no
// agent, whose subject is toks[s:subjEnd]: the subject through the end of
// the clause ("the bill … to pass"), or the subject alone where nothing
// follows the cue but a time ("No injuries have been reported so far.").
func (st *attrState) passiveContent(s, subjEnd, ce, hi int) *Span {
	end := st.clauseEnd(ce, hi)
	if k := st.skipTime(ce, end); !st.hasWords(k, min(end, k+4), 1) {
		return st.contentSpan(s, subjEnd)
	}
	return st.contentSpan(s, end)
}

// objectEnd returns where the content [k, end) of a stance verb ends when
// it is the verb's object rather than a reported clause: "praised his
// candidacy, a rare gesture": the object stops at the first comma, dash,
// bracket or semicolon. Speech and thought verbs (those that may stand before
// their source, "think", "believe") and contents opening with "that", a
// pronoun, a colon or a quotation keep theirs.
func (st *attrState) objectEnd(canon string, k, end int) int {
	toks, text := st.toks, st.text
	if k >= end || st.hasForm(canon, fInversion, inversionVerbs) || st.hasForm(canon, fBaseVerb, cueBaseVerbs) {
		return end
	}
	if f := toks[k]; isWord(text, f, "that") || f.flags&(tColon|tOpen|tQ|cPron) != 0 || f.quote != 0 {
		return end
	}
	for m := k + 1; m < end && m < k+maxContent/4; m++ {
		t := toks[m]
		if t.quote != 0 || t.flags&(tComma|tDash|tParen|tColon|cJoiner|objectClosers) == 0 {
			continue // most words of an object: one bit test
		}
		if t.flags&objectClosers != 0 && m-k <= maxClosedObject && st.objectCloses(canon, k, m, end) {
			return m // "endorsed Ms. Ruiz last week", "attacked him in a statement": the act's circumstance
		}
		if t.flags&(tParen|tDash) != 0 {
			// "Sen. Jo Meeks (D-Ohio) to …", "Jo Hart — then a Democrat —
			// against …": a parenthesis inside the object.
			if c := st.closePair(m, end); c > m {
				m = c
				continue
			}
		}
		if t.flags&(tComma|tDash|tParen|tColon) != 0 && (t.flags&tColon == 0 || st.semicolon(t)) {
			if t.flags&tComma != 0 && (st.figureComma(m) || st.objectSeries(k, m, end)) {
				continue // "called for 20,000 troops", "backed Ruiz, Obi and Tan": a figure's comma, a series'
			}
			if t.flags&tComma != 0 && m+1 < end && toks[m+1].flags&(tWord|tUpper) == tWord && st.ingPreposition(m+1, end) {
				continue // "endorsed the plan's rivals, including Ms. Ruiz": the object goes on
			}
			if t.flags&tColon == 0 && st.quoteFollows(m, end) && st.circumstanceEnd(k, end) == m {
				return end // "pointed out in March, “…”": the quotation after the circumstance is the object
			}
			return m // "endorsed her; last month …": a semicolon ends the object too
		}
		if t.flags&cJoiner != 0 && (m+1 < end && toks[m+1].quote == 0 && st.subjectPronoun(m+1) || st.secondVerb(k, m, end)) {
			return m // "endorsed Ms. Ruiz and urged …", "called him a fraud and he …": the subject's next verb, a clause
		}
	}
	return end
}

// objectSeries reports whether the comma toks[m] after the object
// toks[k:m] of a cue verb parts the members of a series of noun phrases
// that "and" or "or" closes: "endorsed Ms. Ruiz, Mr. Obi and Ms. Tan",
// "criticized the levy, the new tolls, and the fees". No member has a
// finite verb or opens with a participle, a relative or a joiner
// ("…, citing …", "…, who …", "…, then …"), and the words after the
// conjunction open neither a clause ("…, the mayor and his aides said")
// nor a verb phrase ("…, and vowed to …"). Two phrases and a comma
// before "and" ("backed the plan, and the council …") are more often
// two clauses than a series. A long first member is no series'
// (maxSeriesLook).
func (st *attrState) objectSeries(k, m, end int) bool {
	toks, text := st.toks, st.text
	if m-k > maxSeriesLook {
		return false
	}
	if m+1 >= end || !st.seriesMemberOpens(m+1, end) {
		return false // most commas in an object open a clause or a phrase of another kind
	}
	// A series closes with "and" or "or" before the clause ends: most
	// commas have none after them, found with bit and byte tests alone.
	closes, words := false, 0
	ahead := toks[m+1 : min(end, m+maxSeriesLook)]
	for j := range ahead {
		t := &ahead[j]
		if t.flags&(tEnd|tColon|tDash|tParen|tComma|cJoiner) == 0 && t.e-t.s != 2 {
			// Most tokens: a word of a member, or a mark inside one.
			if t.flags&tWord != 0 && t.quote == 0 {
				if words++; words > maxSeriesMember {
					return false // "…, a rare gesture from a party that …": a member is a short phrase
				}
			}
			continue
		}
		if t.quote != 0 || t.flags&tWord == 0 {
			if t.quote == 0 && t.flags&(tEnd|tColon|tDash|tParen) != 0 {
				return false
			}
			if t.flags&tComma != 0 {
				words = 0
			}
			continue
		}
		if closes = t.flags&cJoiner != 0 && isWord(text, *t, "and") || t.e-t.s == 2 && isWord(text, *t, "or"); closes {
			break
		}
		if words++; words > maxSeriesMember {
			return false // "…, a rare gesture from a party that …": a member is a short phrase
		}
	}
	if !closes {
		return false
	}
	members := 0
	words = 0
	for j := m + 1; j < end && j < m+maxSeriesLook; j++ {
		t := toks[j]
		if t.quote != 0 {
			words++
			continue
		}
		switch {
		case t.flags&(tEnd|tColon|tDash|tParen) != 0:
			return false
		case t.flags&tComma != 0:
			if words == 0 {
				return false
			}
			words = 0
			members++
		case t.flags&tWord == 0:
		case isWord(text, t, "and") || isWord(text, t, "or"):
			if t.flags&tUpper != 0 || j+1 >= end || !st.objectVerbless(k, m, &members) || words == 0 && members == 0 {
				return false // "…, And He Is …": a headline's clause; "warned the plan would fail, …": a clause's comma
			}
			n := j + 1
			for n+1 < end && st.isAdverb(n) {
				n++
			}
			return toks[n].flags&tWord != 0 && !st.verbToken(n) && !st.isParticiple(n) && !isWord(text, toks[n], "that") && !st.newClause(j+1, end)
		case st.mayBeVerb(j) && st.verbToken(j):
			return false
		case words == 0 && (t.flags&(cRelative|cJoiner|cContrast) != 0 || st.isParticiple(j) && !st.ingPreposition(j, end) || st.isAdverb(j) || negation(text, t)):
			return false // "…, citing …", "…, who …", "…, then says …", "…, instead restating …"
		default:
			words++
		}
	}
	return false
}

// seriesMemberOpens reports whether the word toks[j] after a comma in an
// object may open the next member of a series, or the "and" or "or"
// after a serial comma: not a quotation's, a relative, a joiner, a
// participle or an adverb ("…, who …", "…, citing …", "…, then says
// …", "…, instead restating …"). objectSeries asks it before it looks
// for the conjunction, so that most commas cost a few bit and byte
// tests; it repeats the cheap part of the test that objectSeries makes
// of a member's first word.
func (st *attrState) seriesMemberOpens(j, end int) bool {
	t := &st.toks[j]
	if t.quote != 0 {
		return true
	}
	if t.flags&tWord == 0 {
		return t.flags&(tEnd|tColon|tDash|tParen|tComma) == 0
	}
	if t.flags&cJoiner != 0 && isWord(st.text, *t, "and") || t.e-t.s == 2 && isWord(st.text, *t, "or") {
		return true
	}
	return t.flags&(cRelative|cJoiner|cContrast|cPrepLike|cPartOpener|cStop|cPron) == 0 && !st.isAdverb(j) && !(st.isParticiple(j) && !st.ingPreposition(j, end))
}

// mayBeVerb is verbToken's gate of bit and byte tests: an auxiliary, a
// past tense or a word in -ed. Most words of a noun phrase are none.
func (st *attrState) mayBeVerb(j int) bool {
	t := &st.toks[j]
	return t.flags&(cAux|cPast) != 0 || t.e-t.s >= 5 && st.text[t.e-2] == 'e' && st.text[t.e-1] == 'd'
}

// objectVerbless reports whether the object toks[k:m] before a series'
// comma has no finite verb ("warned the plan would fail, …" ends at a
// clause's comma), and counts its commas into *members: "the levy, the
// tolls, and …" has read a member of the series already. objectSeries
// asks it only at the conjunction, where the words after the comma have
// read as a series, so that a comma before a clause costs no look back.
func (st *attrState) objectVerbless(k, m int, members *int) bool {
	for j := k; j < m; j++ {
		if st.mayBeVerb(j) && st.verbToken(j) {
			return false
		}
		if st.toks[j].flags&tComma != 0 {
			*members++
		}
	}
	return true
}

// objectClosers are the classes of a word that may open a circumstance
// after the object of a cue verb: "in", "on", "during", "after", "when",
// "while", "last", "Monday", "June". objectEnd tests them with the marks
// that end an object, one bit test a token.
const objectClosers = cVenue | cPrepLike | cPartOpener | cAskOpener | cTimeOpener | cTime | cMonth

// maxClosedObject is the most tokens of an object that a closing
// circumstance parts from its verb (objectCloses): "endorsed Gov. Dara
// Moss last week". A longer object is more often a phrase the
// circumstance belongs to.
const maxClosedObject = 4

// objectCloses reports whether the word toks[m] after the short object
// toks[k:m] of a cue verb opens a circumstance of the verb's act, which
// ends the object: a time ("endorsed Ms. Osei last week", "backed the
// levy on Tuesday", "opposed the tax in 2019"), a clause or phrase of
// time ("criticized the mayor after the vote", "praised Ruiz while …"),
// after a name a place or medium ("attacked Ruiz in Ohio", "mocked Ruiz
// on social media"), and after another noun phrase a document the act
// took place in ("denounced the plan in a statement"). The object is a
// noun phrase: not an infinitive, a clause, a figure, a participle or an
// adverb ("expected to rise this year", "a 2 pct drop in January"), and
// not the object of a report or a verb of expectation ("showed a rise in
// March", "expects changes this year"), which dates what was found or
// foreseen.
func (st *attrState) objectCloses(canon string, k, m, end int) bool {
	toks, text := st.toks, st.text
	if m+1 >= end {
		return false
	}
	t, n := toks[m], toks[m+1]
	if t.flags&tWord == 0 || n.quote != 0 || n.flags&tWord == 0 && n.flags&tQ == 0 || isWord(text, toks[k], "to") {
		return false
	}
	var closes, dated bool
	switch {
	case t.flags&(cTime|cMonth) != 0:
		// "last week" is read from its opener; a time word alone
		// ("Monday", "yesterday") dates the act, a noun ("the plan
		// year") does not.
		closes = t.flags&tUpper != 0 || isWord(text, t, "yesterday") || isWord(text, t, "today") || isWord(text, t, "earlier")
		dated = closes
	case t.flags&cTimeOpener != 0 && t.flags&cVenue == 0:
		closes = n.flags&(cTime|cTimeUnit|cMonth) != 0 // "last week", "this month", "early June"
		dated = closes
	case t.flags&cVenue != 0:
		// "in June", "on Tuesday", "in 2019", "in a statement", "on
		// Twitter", "supported Ruiz in Ohio".
		// A plain noun after the date is the date's ("the surge in 1986
		// earnings"); a determiner after a name opens a complement
		// ("congratulated Ruiz on a job well done").
		dated = (n.flags&cMonth != 0 || n.flags&(cTime|tUpper) == cTime|tUpper || st.yearAt(k, m+1)) && !(m+2 < end && classlessWord(text, toks[m+2]))
		closes = dated || n.flags&(tWord|cDet) == tWord && st.nameObject(k, m) || st.hasClass(m+1, min(m+4, end), cDoc)
	default:
		// "after the vote", "during a debate", "while …"; a clause of
		// "when" may be what the verb tells of ("described the mood
		// when the news broke").
		closes = isWord(text, t, "after") || isWord(text, t, "during") || isWord(text, t, "while") || isWord(text, t, "before") || isWord(text, t, "despite")
	}
	if !closes {
		return false
	}
	for j := k; j < m; j++ {
		o := toks[j]
		if o.quote != 0 || o.flags&tWord == 0 && o.flags&(tEnd|tOther) == 0 || isDigit(text[o.s]) || o.flags&(cPrep|cPrepLike|cAux|cStop|cJoiner|cRelative|cTime|cMonth) != 0 ||
			st.mayBeVerb(j) && st.verbToken(j) || st.isParticiple(j) && (j == k || toks[j-1].flags&cDet == 0) || st.isAdverb(j) {
			return false // "to rise …", "a 2 pct drop", "the way it …": no plain noun phrase ("the ruling" is one)
		}
	}
	if m == k+1 && toks[k].flags&cTimeOpener != 0 || st.kinds.kind(st.d.lex, canon) == Report || st.hasForm(canon, fEvidential, cueEvidential) {
		return false
	}
	// A complement of the verb after the circumstance keeps the object
	// whole ("defended himself on Saturday for …", "described him in an
	// interview as …", and after a date "urged the board on Tuesday to
	// act", "set the payment on March 9 of …"), as does a finite auxiliary, whose subject the
	// object was ("hopes the endorsement before the primary will …"),
	// unless a clause of time holds it ("while he was …", "after she
	// had …"). A quotation there is the verb's second object or its words
	// ("called the remarks on Saturday “a wake-up call”").
	clause := isWord(text, t, "while") || n.flags&cPron != 0
	for j := m + 1; j < end && j < m+8; j++ {
		o := toks[j]
		if o.quote != 0 {
			return false
		}
		if o.flags&(tComma|tColon|tDash) != 0 || o.flags&tEnd != 0 && toks[j-1].flags&cAbbr == 0 {
			break // "on Aug. 17 for …": an abbreviation's period ends nothing
		}
		if o.flags&tWord == 0 || j == m+1 {
			continue
		}
		if isWord(text, o, "for") || isWord(text, o, "over") || isWord(text, o, "as") || !clause && st.finiteAux(o) ||
			dated && j <= m+3 && (isWord(text, o, "of") || isWord(text, o, "to") && j+1 < end && toks[j+1].flags&(tWord|tUpper|cDet|cPron) == tWord && !isDigit(text[toks[j+1].s])) {
			return false
		}
	}
	return true
}

// classlessWord reports whether t is a lower-case word of no class of the
// grammar: a noun or a verb ("earnings", "act"), no function word and no
// figure.
func classlessWord(text string, t token) bool {
	return t.quote == 0 && t.flags&(tWord|tUpper) == tWord && t.flags&^(cCue-1) == 0 && !isDigit(text[t.s])
}

// nameObject reports whether the object toks[k:m] is a name ("Ms.
// Ruiz"), which takes no phrase of place after it.
func (st *attrState) nameObject(k, m int) bool {
	for j := k; j < m; j++ {
		if o := st.toks[j]; o.flags&(tWord|tUpper) == tWord {
			return false
		}
	}
	return true
}

// verbToken reports whether toks[k] is a finite verb outside quotation
// marks: a finite auxiliary, a past tense, or a word in -ed that does not
// stand before a noun after an article ("the proposed merger").
func (st *attrState) verbToken(k int) bool {
	t := st.toks[k]
	if t.quote != 0 || t.flags&(tWord|tUpper) != tWord {
		return false
	}
	return st.finiteAux(t) || t.flags&cPast != 0 || st.endsEd(k) && !st.attributiveEd(k)
}

// figureComma reports whether the comma toks[m] groups the digits of a
// figure, "20,000", "$1,250,000": a digit on each side and no space. It
// ends no phrase.
func (st *attrState) figureComma(m int) bool {
	t := st.toks[m]
	return t.s > 0 && t.e < len(st.text) && isDigit(st.text[t.s-1]) && isDigit(st.text[t.e])
}

// secondVerb reports whether "and" or "but" at toks[m], inside the
// object toks[k:m] of a cue verb, opens the cue's subject's next verb
// phrase: a finite auxiliary, a past tense or an -ing form (after an
// adverb or two) that takes an object or a complement of its own,
// "endorsed Ms. Ruiz and urged her rivals to …", "calling them cheats
// and vowing to …", "declined to be named and is not …". A noun phrase
// holds no verb, so the object ends there. Where the object has a verb
// of its own ("denounced the way the board handled it and …") the verb
// after "and" may be that clause's, and where it has an -ing form
// ("accused him of taking bribes and hiding …") an -ing form after "and"
// may be its second; a preposition in -ing ("during", "including") is
// no verb. A word before a bare noun is a modifier ("backed the tax and
// spending bill", "the plan and related measures"), and an -ing word
// before "of" a noun ("the agencies and timing of …").
func (st *attrState) secondVerb(k, m, end int) bool {
	toks, text := st.toks, st.text
	if m == k || !isWord(text, toks[m], "and") && !isWord(text, toks[m], "but") {
		return false
	}
	j := m + 1
	for j < end && j < m+3 && (st.isAdverb(j) || toks[j].flags&cAux != 0 && !st.finiteAux(toks[j])) {
		j++ // "and then urged", "and later said"
	}
	if j+1 >= end {
		return false
	}
	v, n := toks[j], toks[j+1]
	if v.flags&(tWord|tUpper) != tWord || v.quote != 0 {
		return false
	}
	ing := st.isParticiple(j)
	switch {
	case st.finiteAux(v):
	case v.flags&cPast != 0 || st.endsEd(j) || ing:
		if n.flags&(tUpper|cDet|cPron|cStop|cPrep|cPrepLike|cVenue|cParticle) == 0 && !isWord(text, n, "to") || ing && isWord(text, n, "of") {
			return false // "and timing of …": a noun in -ing
		}
	default:
		return false
	}
	// The object read so far, a few words (objectEnd stops at
	// maxContent/4): a verb of its own, or an -ing form.
	for i := k; i < m; i++ {
		t := toks[i]
		if t.quote != 0 || t.flags&(tWord|tUpper) != tWord {
			continue
		}
		if st.finiteAux(t) || t.flags&cPast != 0 || st.endsEd(i) && !st.attributiveEd(i) || ing && st.isParticiple(i) && !st.isPrepLike(i) {
			return false
		}
	}
	return true
}

// ingPreposition reports whether toks[k] is a preposition in -ing
// (ingPrepositions: "including", "regarding"), whose phrase after a
// comma belongs to the words before it. A title after it names people,
// often the subject's own ("Governors condemned the plan, including
// Gov. Ruiz"), and is left out, as is a quotation or a comma after it
// ("…, including, “Who pays?”"), a sentence of its own.
func (st *attrState) ingPreposition(k, end int) bool {
	if k+1 >= end {
		return false
	}
	t := st.toks[k]
	n := st.toks[k+1]
	return t.flags&(tWord|tUpper) == tWord && t.quote == 0 && n.flags&(tWord|cTitle) == tWord && n.quote == 0 && st.isParticiple(k) && st.d.lex.containsToken(ingPrepositions, st.text, t)
}

// closePair returns the token that closes the parenthesis or dash pair
// that toks[m] opens, within a few words before end, or -1.
func (st *attrState) closePair(m, end int) int {
	toks, text := st.toks, st.text
	open := text[toks[m].s]
	if toks[m].flags&tParen != 0 && open != '(' {
		return -1
	}
	for c := m + 1; c < end && c < m+12; c++ {
		t := toks[c]
		if t.flags&(tEnd|tComma|tColon) != 0 && t.flags&tParen == 0 {
			return -1
		}
		if open == '(' && t.flags&tParen != 0 {
			if text[t.s] == ')' {
				return c
			}
			return -1
		}
		if open != '(' && t.flags&tDash != 0 {
			return c
		}
	}
	return -1
}

// sourceRun returns the end of the words from toks[k] up to the next
// comma, dash, colon or sentence end, at most a dozen tokens: the source
// after "according to" where no plain phrase stands ("press reports",
// "some on Twitter", a quoted title). It returns k where there is none.
func (st *attrState) sourceRun(k, hi int) int {
	e := k
	for e < hi && e < k+12 && st.toks[e].flags&(tComma|tEnd|tColon|tDash) == 0 {
		e++
	}
	if e == k+12 && e < hi && st.toks[e].flags&(tComma|tEnd|tColon|tDash) == 0 {
		return k // a clause, not a source
	}
	for e > k && st.toks[e-1].flags&(tWord|tMark|tQ|tParen) == 0 {
		e--
	}
	return e
}

// quotedSentence reports whether the quotation that opens at toks[k]
// closes on the end of a sentence: "“We never took the money.”", not a
// title ("“Night Talk” and"). The quotation the mark opens says where it
// closes.
func (st *attrState) quotedSentence(k int) bool {
	q := st.toks[k].quote
	if q == 0 {
		return false
	}
	quote := st.quotes[q-1]
	if in := quote.Inner(); in.End > in.Start && in.End < quote.End {
		c := st.text[in.End-1]
		return c == '.' || c == '?' || c == '!'
	}
	return false // a quotation left open at its paragraph's end
}

// pluralNoun reports whether the one-word cue toks[i], an -s form of
// "show", "call" or "claim", is the plural noun: a plain lower-case word
// not in -s before it ("talk shows", "phone calls") and a stop or a
// preposition after it, where the verb would take an object or a clause.
// The singular "show" is the noun so too, after a word in capitals as
// well ("the reality TV show “…”", "hosts a radio show, was asked"), and
// before a title in marks: the verb in that form wants a plural subject
// ("polls show").
func (st *attrState) pluralNoun(lo, hi, i, ce int, canon string) bool {
	toks, text := st.toks, st.text
	if ce != i+1 || i == lo || canon != "show" && canon != "call" && canon != "claim" {
		return false
	}
	single := isWord(text, toks[i], "show")
	if !single && text[toks[i].e-1] != 's' {
		return false
	}
	p := toks[i-1]
	if p.flags&(tWord|cPron|cAux|cStop|cCue) != tWord || p.flags&tUpper != 0 && !(single && allCaps(text[p.s:p.e])) || p.quote != 0 || text[p.e-1] == 's' {
		return false // "a study of filings shows.": a plural ends the subject
	}
	if single && ce < hi && toks[ce].flags&tOpen != 0 {
		return true // "the reality TV show “Harbor Wives”": the title it names
	}
	if single && (ce == hi || toks[ce].flags&tEnd != 0) {
		return false // "…, figures from the ministry show.": a plural's phrase ends the subject
	}
	if ce == hi || toks[ce].flags&tEnd != 0 {
		// "…, the new poll shows.": a determiner just after a comma opens
		// the subject of a verb put after the words it reports, where a
		// plural noun would end a list or an object ("on Fox and the talk
		// shows.").
		for k := i - 1; k > lo && k >= i-4; k-- {
			if toks[k].flags&cDet != 0 {
				return toks[k-1].flags&tComma == 0
			}
			if toks[k].flags&tWord == 0 {
				break
			}
		}
		return true
	}
	if ce+3 < hi && toks[ce].flags&tComma != 0 && toks[ce+1].flags&tOpen != 0 && toks[ce+2].flags&tUpper != 0 && st.quotedSentence(ce+1) {
		return false // "The group claims, “We never took the money.”"; not "talk shows, “Night Talk” and …"
	}
	return toks[ce].flags&(tComma|tColon) != 0 || isPrep(toks[ce])
}

// quoteBefore reports whether a quotation closes right before the
// sentence at toks[lo]: "“…,” she said. She thinks …" may name the
// quote's speaker.
func (st *attrState) quoteBefore(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-2; k-- {
		if st.toks[k].flags&tMark != 0 || st.toks[k].quote != 0 {
			return true
		}
	}
	return false
}

// privateState reports whether the cue is a verb of belief or wish
// ("believe", "think", "want", "hope", "know", "prefer", "expect",
// "decide", "feel") after a third-person pronoun p.
func (st *attrState) privateState(p token, canon string) bool {
	switch canon {
	case "believe", "think", "want", "hope", "know", "prefer", "expect", "decide", "feel":
	default:
		return false
	}
	text := st.text
	return isWord(text, p, "he") || isWord(text, p, "she") || isWord(text, p, "they") || isWord(text, p, "it")
}

// negation reports whether t is "not", "never" or ends in "n't". Its
// last letter is tested first, inline: most words are no negation, and
// the callers ask it of every word before a cue.
func negation(text string, t token) bool {
	// t, r, p or v in either case: one test lets the words in -t and -r
	// through (a token has a byte).
	return text[t.e-1]|0x26 == 0x76 && negationWord(text, t)
}

// negationWord is negation's test of the word, for a word in -t or -r.
func negationWord(text string, t token) bool {
	w := text[t.s:t.e]
	return isWord(text, t, "not") || isWord(text, t, "never") || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// possessive reports whether t is a possessive pronoun or ends in "'s".
func possessive(text string, t token) bool {
	w := text[t.s:t.e]
	switch n := len(w); {
	case n == 3:
		return isWord(text, t, "his") || isWord(text, t, "her") || isWord(text, t, "its") || isWord(text, t, "our")
	case n == 5 && isWord(text, t, "their"):
		return true
	case n > 3 && w[n-1] == 's':
		return w[n-2] == '\'' || w[n-2] == 0x99 && strings.HasSuffix(w, "’s")
	}
	return false
}

// passiveBy reads a cue verb toks[i:ce] in the passive whose agent
// follows "by": "Trump was criticized by his rivals", "a plan backed by
// the unions" (a participle right after its noun). It returns the
// agent's phrase, or -1, -1. The subject phrase ends at subjEnd.
func (st *attrState) passiveBy(subjEnd, i, ce, hi int) (int, int) {
	toks, text := st.toks, st.text
	t := toks[i]
	w := text[t.s:t.e]
	if ce != i+1 || t.flags&(tWord|tUpper) != tWord || !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")) {
		return -1, -1
	}
	passive := false
	for k := max(subjEnd, i-4); k < i; k++ {
		if st.isIn(toks[k], cPassiveAux) {
			passive = true
		}
	}
	if !passive && subjEnd != i {
		return -1, -1
	}
	k := ce
	for k < hi && k < ce+3 && (st.isAdverb(k) || toks[k].flags&cTime != 0) {
		k++
	}
	if k < hi && toks[k].flags&(cTime|cTimeOpener) != 0 {
		k = st.skipTime(k, hi) // "was announced on Friday by the board"
	}
	if passive && k < hi && toks[k].flags&(cPrep|cVenue|cPrepLike) != 0 && toks[k].hash != toHash && !isWord(text, toks[k], "by") {
		k = st.byAfterPhrase(k, hi) // "was recommended for the post by Paul Stone"
	}
	if bs, be := st.agentAfterBy(k, hi, false); be > bs || !passive {
		return bs, be
	}
	return st.plainAgent(k, hi)
}

// byAfterPhrase returns the "by" that ends the short phrase of a passive
// verb's that opens with the preposition at toks[k], "recommended for
// the post by", "attacked on the speeches by", or k where no "by" ends
// it within a few plain words.
func (st *attrState) byAfterPhrase(k, hi int) int {
	toks := st.toks
	for m := k + 1; m < hi && m <= k+5; m++ {
		t := toks[m]
		if isWord(st.text, t, "by") {
			return m
		}
		if t.flags&(tWord|cStop|cAux|cCue|cPrep|cPast) != tWord || t.quote != 0 {
			break
		}
		if w := st.text[t.s:t.e]; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") {
			break // "explained in an affidavit written by": the agent is the document's
		}
	}
	return k
}

// plainAgent returns the agent after "by" at toks[k] of a passive cue
// that agentAfterBy, which also reads "by" after verbs of no passive,
// leaves for a means: one that ends in a plain plural ("by rivals", "by
// left-leaning economists", "by some of his rivals"), or a name after a
// few lower-case words of its role ("by former Gov. Ana Ruiz", "by host
// Tom Ames"). A lower-case singular ("by phone", "by letter") and a time
// after it ("by email Tuesday") are means still; it returns -1, -1.
func (st *attrState) plainAgent(k, hi int) (int, int) {
	toks := st.toks
	if k+1 >= hi || !isWord(st.text, toks[k], "by") || toks[k+1].flags&(tWord|tUpper) != tWord || st.isParticiple(k+1) && !strings.Contains(st.text[toks[k+1].s:toks[k+1].e], "-") {
		return -1, -1 // "concluded by admonishing journalists": a means
	}
	e := phraseRight(st.text, toks, k+1, hi)
	if e < 0 && k+3 < hi && toks[k+1].flags&cDet != 0 && isWord(st.text, toks[k+2], "of") {
		if e = phraseRight(st.text, toks, k+3, hi); e > k+3 {
			return k + 1, e // "by some of the county's biggest employers"
		}
	}
	if e <= k+1 {
		return -1, -1
	}
	e = st.reasonFor(k+1, e)
	if toks[e-1].flags&(tUpper|cStop|cPron) == 0 && st.plainPlural(e-1) {
		return k + 1, e
	}
	m := k + 1
	for m < e && m < k+4 && toks[m].flags&(tWord|tUpper|cStop|cPrep|cDet|cPron|cAux|cCue) == tWord {
		m++
	}
	if m > k+1 && m < e && toks[m].flags&(tWord|tUpper) == tWord|tUpper && toks[m].flags&cTime == 0 {
		return k + 1, e
	}
	return -1, -1
}

// barePluralAgent reports whether toks[k] is a plural noun in lower
// case with no determiner, then "as" and a quotation: "described by
// participants as “a new chapter”", people the story does not name.
func (st *attrState) barePluralAgent(k, hi int) bool {
	t := st.toks[k]
	w := st.text[t.s:t.e]
	return t.flags&(tWord|tUpper|cStop|cPron) == tWord && len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && st.asQuoteAfter(k+1, hi) > k+1
}

// agentAfterBy returns the phrase after "by" at toks[k], or -1, -1. A
// phrase that opens in lower case with no determiner ("said by phone",
// "responded by saying") is a means, no agent, unless calling allows it:
// after "was asked by" it is the asker's calling ("host Bill Maher").
func (st *attrState) agentAfterBy(k, hi int, calling bool) (int, int) {
	toks, text := st.toks, st.text
	if k+1 >= hi || !isWord(text, toks[k], "by") {
		return -1, -1
	}
	if f := toks[k+1]; !calling && f.flags&(tUpper|cDet) == 0 && !isDigit(text[f.s]) && !st.barePluralAgent(k+1, hi) {
		return -1, -1
	}
	e := phraseRight(text, toks, k+1, hi)
	if e <= k+1 {
		return -1, -1
	}
	return k + 1, st.reasonFor(k+1, e)
}

// reasonFor returns where the agent's phrase toks[s:e] after "by" ends
// before a "for" that gives the reason for the act, "criticized by
// rights groups for its cost", "denounced by Trump for his remarks",
// "rebuked by his rivals for the remark": a "for" before a possessive,
// an -ing form or an article, after a word that is no role or title. A
// role's "for" ("a spokesman for the ministry") and a name's ("the
// Centre for Policy Studies", a capitalised word after it) keep theirs.
func (st *attrState) reasonFor(s, e int) int {
	toks := st.toks
	for m := s + 1; m+1 < e; m++ {
		if toks[m].flags&(tWord|tUpper|cPrep) != tWord|cPrep || !isWord(st.text, toks[m], "for") {
			continue
		}
		n := toks[m+1]
		if toks[m-1].flags&(cRole|cTitle) != 0 || n.flags&tUpper != 0 && n.flags&(cDet|cPossDet) == 0 {
			return e
		}
		if n.flags&(cDet|cPossDet) != 0 || st.isParticiple(m+1) {
			return m
		}
	}
	return e
}

// clausePronoun reports whether the subject [s, e) is a lone pronoun of
// the third person: after "and" it opens a clause of its own ("… the
// system and he pledged"), where "my wife and I" is one subject.
func (st *attrState) clausePronoun(s, e int) bool {
	t := st.toks[s]
	return e == s+1 && t.flags&cPron != 0 && !isWord(st.text, t, "i") && !isWord(st.text, t, "we")
}
