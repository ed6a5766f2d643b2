package wirestory

import (
	"strings"
	"unicode/utf8"
)

// tokenAt returns the index of the first token of the paragraph that
// starts at or after off. Its last two answers answer again without a
// search: the rules ask of a quotation's first token and of the token
// after it in turn, which sent one hint back and forth across the
// quotation (about 5,000 searches of more than eight tokens on the
// instr sample).
func (st *attrState) tokenAt(off int) int {
	toks := st.toks
	if k := st.tokHint; k < len(toks) && toks[k].s >= off && (k == 0 || toks[k-1].s < off) {
		return k
	}
	if k := st.tokOther; k < len(toks) && toks[k].s >= off && (k == 0 || toks[k-1].s < off) {
		st.tokHint, st.tokOther = k, st.tokHint
		return k
	}
	k := firstTokenAt(toks, off, st.tokHint)
	st.tokHint, st.tokOther = k, st.tokHint
	return k
}

// isHeadline reports whether p is the headline of the story: its first
// paragraph, followed by others, written in title case or led by
// "Name:". Read among the body's paragraphs, where no dateline parted it
// from the body, a headline's quotes get no speaker: it puts words in a
// speaker's mouth in shorthand ("Smith: Budget ‘Dead on Arrival’") that
// the body quotes properly. A headline above the dateline gives its cued
// quotes their speaker (headlineQuotes).
func (st *attrState) isHeadline(p Span) bool {
	paras := st.d.paras
	if len(paras) < 2 || p.Start != paras[0].Start || p.End >= paras[len(paras)-1].End {
		return false
	}
	toks, text := st.toks, st.text
	upper, lower := 0, 0
	colon := false
	for k, t := range toks {
		if t.flags&tColon != 0 && text[t.s] == ':' && k > 0 && k <= 6 && !colon {
			colon = true
			for j := range k {
				if toks[j].flags&(tWord|tUpper) != tWord|tUpper && !abbrevDot(text, toks, j) {
					colon = false
					break
				}
			}
		}
		if t.flags&tWord == 0 || t.quote != 0 || t.e-t.s < 4 {
			continue
		}
		if t.flags&tUpper != 0 {
			upper++
		} else if c := text[t.s]; 'a' <= c && c <= 'z' {
			lower++
		}
	}
	if colon {
		return true
	}
	return upper >= 3 && lower*3 <= upper
}

// endsEd reports whether toks[k] is a lower-case word of five letters or
// more in the past tense: "groused", "offered".
func (st *attrState) endsEd(k int) bool {
	t := st.toks[k]
	return t.flags&(tWord|tUpper|tNonASCII) == tWord && t.e-t.s >= 5 && strings.HasSuffix(st.text[t.s:t.e], "ed")
}

// pastOpener moves the start s of a sentence's subject past an opening
// participle or adverbial that ends in a comma: "Asked about it, she
// called it “absurd”", "Hours later, he said …". It returns -1 where an
// opening participle has no comma: the sentence has no subject there.
func (st *attrState) pastOpener(s, k int) int {
	toks, text := st.toks, st.text
	if s >= k {
		return s
	}
	comma := -1
	for m := s + 1; m < k && m < s+20; m++ {
		if toks[m].flags&tComma != 0 {
			comma = m
			break
		}
		if toks[m].flags&(tEnd|tMark|tColon) != 0 && !st.titleDot(m) {
			break // not at "Mr." or "Sen.": "Asked whether Mr. Lott would run, the mayor …"
		}
	}
	t := toks[s]
	w := text[t.s:t.e]
	participle := t.flags&(tWord|tUpper|tNonASCII) == tWord|tUpper && t.flags&(cDet|cPron) == 0 &&
		(len(w) >= 6 && strings.HasSuffix(w, "ing") || w == "Asked" ||
			len(w) >= 6 && strings.HasSuffix(w, "ed") && s+1 < k && st.isPrepLike(s+1)) // "Flanked by aides, …", "Preceded at the lectern by …"
	if participle && comma > 0 {
		comma = st.appositiveAfter(comma, k)
	}
	if s > 0 && toks[s-1].flags&(cAskOpener|cPartOpener) != 0 && toks[s-1].flags&tUpper != 0 && t.flags&(tWord|tUpper|cDet|cPron) == tWord {
		participle = len(w) >= 6 && strings.HasSuffix(w, "ing") || st.endsEd(s) || isWord(text, t, "asked") // "When asked, she said", "While speaking, he …"
	}
	switch {
	case participle && comma < 0:
		return -1
	case participle:
		return comma + 1
	case comma > s && comma+1 < k && toks[comma+1].flags&cPron != 0 && t.flags&cPron == 0 && !st.hasClass(s, comma, cCue):
		return comma + 1 // "Hours later, she …"
	}
	return s
}

// appositiveAfter returns the comma that ends an appositive opening at
// the comma toks[c], "Preceded by Joe Arpaio, the Arizona sheriff, Trump
// …": a phrase with a determiner and no verb up to a second comma. It
// returns c where none does.
func (st *attrState) appositiveAfter(c, k int) int {
	toks := st.toks
	if c+1 >= k || toks[c+1].flags&cDet == 0 || toks[c+1].flags&tUpper != 0 && isWord(st.text, toks[c+1], "the") {
		return c
	}
	for m := c + 2; m < k && m < c+14; m++ {
		t := toks[m]
		if t.flags&tComma != 0 {
			return m
		}
		if t.flags&(tEnd|tMark|tColon) != 0 || t.flags&(cCue|cPast) != 0 || st.endsEd(m) ||
			st.finiteAux(t) {
			return c
		}
	}
	return c
}

// nameBeforeAppositive returns where the name before the appositive
// that opens at toks[s] starts, or -1: the appositive opens with an
// article after a comma ("Park Eun-ji, a researcher at the Institute,"
// "Kim, the chief economist at Hana Securities,"), and a capitalised
// phrase that is no document or body's name ends right before the comma.
func (st *attrState) nameBeforeAppositive(lo, s int) int {
	toks := st.toks
	if toks[s].flags&(tUpper|cDet) != cDet || !isArticle(st.text, toks[s]) || toks[s-1].flags&tComma == 0 || toks[s-1].flags&tWord != 0 || toks[s-2].flags&(tWord|tUpper) != tWord|tUpper || toks[s-2].quote != 0 {
		return -1
	}
	s2 := phraseLeft(st.text, toks, lo, s-1)
	if s2 < 0 || s2 >= s-1 || toks[s2].flags&tUpper == 0 || toks[s2].flags&(cDet|cPron) != 0 {
		return -1
	}
	return s2
}

// cutAtVerb ends the subject phrase toks[s:e] before a past-tense verb
// (in -ed or from [PastVerbs]), or a cue verb that follows a name: "Smith groused to a crowd" has the
// subject "Smith".
func (st *attrState) cutAtVerb(s, e int) int {
	for m := s + 1; m < e; m++ {
		p := st.toks[m-1]
		if p.flags&tWord == 0 || p.flags&cDet != 0 {
			continue
		}
		t := st.toks[m]
		if t.flags&(cDet|cStop|cAux|cPron|cRole|cSrcNoun) != 0 {
			continue
		}
		if p.flags&tUpper != 0 && (t.flags&(tWord|tUpper|cCue) == tWord|cCue && !cueCompound(st.text, st.toks, s, m, e) || st.isAdverb(m)) || st.endsEd(m) {
			return m // "Trump called", "Mrs. Lund regularly pledges"; but "the Kremlin press office", a compound noun
		}
		if t.flags&(tWord|tUpper|tNonASCII) == tWord && st.isIn(t, cPast) {
			return m
		}
	}
	return e
}

// invertedSpeaker reads "“…,” tweeted one of the organisers", a quote
// followed by a cue verb and then its source, where the source is no
// phrase the cue rules know. The source runs to the end of the clause.
func (st *attrState) invertedSpeaker(q Span) (attr, bool) {
	toks, text := st.toks, st.text
	k := st.tokenAt(q.End)
	if k < len(toks) && toks[k].flags&tComma != 0 {
		k++
	}
	if k+1 >= len(toks) {
		return attr{}, false
	}
	v := toks[k]
	if v.flags&(tWord|tUpper|tNonASCII) != tWord || v.flags&cCue == 0 && !st.endsEd(k) && !isWord(text, v, "read") {
		return attr{}, false
	}
	s := k + 1
	f := toks[s]
	name := f.flags&tUpper != 0 && s+1 < len(toks) && toks[s+1].flags&tUpper != 0 // "Will Doyle"
	if f.flags&tWord == 0 || f.flags&(cTime|cStop|cAux) != 0 && !name || f.flags&(tUpper|cDet|cPron) == 0 && !isWord(text, f, "one") || isPrep(f) {
		return attr{}, false
	}
	e := s
	for e < len(toks) && e < s+maxPhrase && (toks[e].flags&tWord != 0 || abbrevDot(text, toks, e)) && toks[e].quote == 0 {
		e++
	}
	if pr := phraseRight(text, toks, s, len(toks)); pr > s && pr < e {
		if toks[pr].flags&(tComma|tEnd|tParen) != 0 {
			e = pr
		}
	}
	if e < len(toks) && toks[e].flags&(tComma|tEnd|tParen|tColon) == 0 {
		return attr{}, false
	}
	return attr{Source: st.mention(s, e), Cue: st.span(v.s, v.e), Content: st.keepSpan(q)}, true
}

// resumes reports whether quote q takes up quote prev after the
// attribution that split them in one sentence: "“A,” he said of the plan,
// “B.”". Only the cue and its words, ending in a comma, stand between,
// and a joiner after the comma: "“A,” she said, and “B.”"; a period
// there closes an abbreviation ("he said in Raleigh, N.C., “B.”").
func (st *attrState) resumes(prev, q Span) bool {
	if prev.IsZero() || prev.End > q.Start {
		return false
	}
	toks := st.toks
	a, b := st.tokenAt(prev.End), st.tokenAt(q.Start)
	if b-a > 3 && toks[b-2].flags&tComma != 0 && toks[b-1].flags&tWord != 0 && st.joinerAfterComma(b-1) {
		b-- // "she said, and “B.”"
	}
	if b-a < 2 || b-a > 16 || toks[b-1].flags&tComma == 0 {
		return false
	}
	for i := a; i < b-1; i++ {
		if f := toks[i].flags; f&(tEnd|tMark|tQ|tColon) != 0 && (f&(tMark|tQ|tColon) != 0 || !st.abbrevInCue(i)) {
			return false
		}
	}
	// The first part ends in a comma inside its marks: “A,”.
	in := trimClosingMarks(st.text[prev.Start:prev.End])
	return strings.HasSuffix(in, ",")
}

// abbrevInCue reports whether the period toks[i] closes an abbreviation
// inside the cue's words and the sentence goes on after it: "Trump said
// in Wilson, N.C., “B.”", "she said at Fort Bragg, N.C., on Monday".
func (st *attrState) abbrevInCue(i int) bool {
	toks := st.toks
	return i+1 < len(toks) && toks[i+1].flags&tComma != 0 && abbrevDot(st.text, toks, i)
}

// trimClosingMarks cuts the closing marks off the end of a quotation's
// text, as strings.TrimRight(s, "\"'”’»›") does, by its bytes: TrimRight
// decodes the runes against a set above ASCII at every call.
func trimClosingMarks(s string) string {
	for n := len(s); n > 0; n = len(s) {
		switch c := s[n-1]; {
		case c == '"' || c == '\'':
			s = s[:n-1]
		case n >= 3 && s[n-3] == 0xE2 && s[n-2] == 0x80 && (c == 0x9D || c == 0x99 || c == 0xBA): // ” ’ ›
			s = s[:n-3]
		case n >= 2 && s[n-2] == 0xC2 && c == 0xBB: // »
			s = s[:n-2]
		default:
			return s
		}
	}
	return s
}

// attributedAfter reports whether words follow quote q in its sentence:
// "“…,” the memo read" carries its own attribution, even one no rule
// reads, so the quote inherits no speaker.
func (st *attrState) attributedAfter(q Span) bool {
	toks := st.toks
	k := st.tokenAt(q.End)
	in := trimClosingMarks(st.text[q.Start:q.End])
	comma := strings.HasSuffix(in, ",")
	if k < len(toks) && toks[k].flags&tComma != 0 {
		comma = true
		k++
	}
	if k >= len(toks) || toks[k].flags&tWord == 0 || toks[k].quote != 0 || st.isIn(toks[k], cRelative) {
		return false // "“…,” which votes in June": the sentence goes on about the quote's words
	}
	return comma || toks[k].flags&tUpper == 0 && (strings.HasSuffix(in, "?") || strings.HasSuffix(in, "!"))
}

// looseTail reads "“…,” the memo read" and "“…,” Ortiz, the mayor,
// fumed": a quote that ends in a comma, followed by a source phrase and a
// lower-case verb that no cue rule knows. Where words follow a quote
// after its comma, they name its speaker far more often than the speaker
// of the quote before.
func (st *attrState) looseTail(q Span) (attr, bool) {
	if !st.attributedAfter(q) {
		return attr{}, false
	}
	toks, text := st.toks, st.text
	s := st.tokenAt(q.End)
	if toks[s].flags&tComma != 0 {
		s++
	}
	f := toks[s]
	if f.flags&(tUpper|cDet|cPron) == 0 || f.flags&(cStop|cTime) != 0 {
		return attr{}, false
	}
	e := phraseRight(text, toks, s, len(toks))
	if e <= s {
		return attr{}, false
	}
	if c := st.cutAtVerb(s, e); c < e {
		e = c
	} else if e-1 > s && (e == len(toks) || toks[e].flags&tWord == 0) && st.verbLike(e-1) {
		e-- // "the memo read": the phrase took the verb in
	}
	if e >= len(toks) || !st.verbLike(e) {
		return attr{}, false
	}
	return attr{Source: st.mention(s, e), Cue: st.span(toks[e].s, toks[e].e), Content: st.keepSpan(q)}, true
}

// verbLike reports whether toks[k] is a lower-case word that may be a
// verb of saying: a cue, a past tense, a present in -s, or "read".
func (st *attrState) verbLike(k int) bool {
	t := st.toks[k]
	if t.flags&(tWord|tUpper|tNonASCII) != tWord || t.flags&(cDet|cStop|cPron|cTime) != 0 {
		return false
	}
	w := st.text[t.s:t.e]
	return t.flags&cCue != 0 || st.endsEd(k) || len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "read"
}

// signedBelow reads a quote that fills its paragraph and is signed in
// the next one, as fact-checks print the claims they check:
//
//	"We never raised taxes."
//
//	— Jane Roe.
//
// The signature is a dash and a capitalised name of at most 48 bytes
// that ends its line.
func (st *attrState) signedBelow(q Span, p Span) (attr, bool) {
	text := st.text
	if q.End != p.End {
		return attr{}, false
	}
	i, breaks := q.End, 0
	for i < len(text) && i < q.End+8 && (text[i] == '\n' || text[i] == ' ' || text[i] == '\r') {
		if text[i] == '\n' {
			breaks++
		}
		i++
	}
	if breaks == 0 {
		return attr{}, false
	}
	dash := 0
	switch {
	case strings.HasPrefix(text[i:], "—"), strings.HasPrefix(text[i:], "–"):
		dash = len("—")
	case strings.HasPrefix(text[i:], "--"):
		dash = 2
	case strings.HasPrefix(text[i:], "-"):
		dash = 1
	default:
		return attr{}, false
	}
	cue := spanOf(text, i, i+dash)
	s := i + dash
	for s < len(text) && text[s] == ' ' {
		s++
	}
	if s >= len(text) || text[s] < 'A' || text[s] > 'Z' {
		return attr{}, false
	}
	e := s
	for e < len(text) && e < s+48 && text[e] != '\n' {
		e++
	}
	if e < len(text) && text[e] != '\n' {
		return attr{}, false
	}
	for e > s && strings.IndexByte(". \r", text[e-1]) >= 0 {
		e--
	}
	if e <= s || !nameLine(text[s:e]) {
		return attr{}, false
	}
	m := st.newMention(spanOf(text, s, e))
	return attr{Source: m, Cue: cue, Content: st.keepSpan(q)}, true
}

// newMention returns a mention of span sp kept in the slab.
func (st *attrState) newMention(sp Span) *Mention { return st.keepMention(Mention{Span: sp}) }

// nameLine reports whether line is a short name: at most six words, each
// capitalised or a particle ("of", "de"), with no punctuation but the
// periods of initials.
func nameLine(line string) bool {
	words := 0
	for w := range strings.FieldsSeq(line) {
		words++
		if words > 6 || strings.ContainsAny(w, ",;:!?\"“”") {
			return false
		}
		if c := w[0]; 'A' <= c && c <= 'Z' {
			continue
		}
		switch w {
		case "of", "the", "de", "van", "von", "al", "bin", "and":
		default:
			return false
		}
	}
	return words > 0
}

// docMaker returns who made the document that the source src names,
// "the Kelta Ministry of Transport" in "according to a statement from the
// Kelta Ministry of Transport", or nil: the quotation is the maker's
// words, as chains-conventions keeps the maker inside the source phrase.
func (st *attrState) docMaker(src *Mention) *Mention {
	if src == nil {
		return nil
	}
	toks := st.toks
	i := st.tokenAt(src.Start)
	j := st.tokenAt(src.End)
	if j > len(toks) || j-i < 4 || toks[i].flags&cDet == 0 {
		return nil
	}
	h := i + 1 // the document: "a statement", "the ministry's statement"
	for h < j && h < i+4 && toks[h].flags&cDoc == 0 {
		h++
	}
	b := h + 1 // "from", "by", or "issued by"
	if b < j && st.endsEd(b) {
		b++
	}
	if b+1 >= j || toks[h].flags&cDoc == 0 || !(isWord(st.text, toks[b], "from") || isWord(st.text, toks[b], "by")) {
		return nil
	}
	m := b + 1
	if toks[m].flags&(cDet|tUpper) == 0 || toks[m].flags&cPron != 0 {
		return nil
	}
	if e := phraseRight(st.text, toks, m, j); e == j {
		return st.mention(m, j)
	}
	return nil
}

// docOwner returns the subject that issued the document a quote's
// source names, "the senator" in "The senator issued a statement saying
// …" or "Her campaign sent out an email to supporters saying …", or
// nil. Wires credit the words to whoever put out the statement, the
// email or the letter, not to the paper.
func (st *attrState) docOwner(src *Mention, p Span) *Mention {
	if src == nil || src.Start < p.Start || src.End > p.End {
		return nil
	}
	toks, text := st.toks, st.text
	i := st.tokenAt(src.Start)
	j := st.tokenAt(src.End)
	if i < 2 || j <= i || j > len(toks) || !st.isIn(toks[i], cIndefinite) {
		return nil
	}
	h := i + 1 // the head noun ends before a preposition: "an email to supporters"
	for h < j && !isPrep(toks[h]) {
		h++
	}
	if toks[h-1].flags&cDoc == 0 && !(h+1 < j && isWord(text, toks[h], "of") && toks[j-1].flags&cDoc != 0) {
		return nil // but "a series of tweets", "a pair of letters"
	}
	v := i - 1 // the verb that put the document out: "issued", "sent", "sent out"
	if v > 1 && (isWord(text, toks[v], "out") || isWord(text, toks[v], "up")) {
		v--
	}
	if toks[v].flags&(tWord|tUpper) != tWord || toks[v].flags&(cStop|cDet|cPron) != 0 || isPrep(toks[v]) {
		return nil
	}
	s0 := v - 1
	for s0 >= 0 && s0 > v-30 && toks[s0].flags&tMark == 0 && !st.endsSentence(s0) {
		s0--
	}
	s0++
	s := st.pastOpener(st.skipOpening(s0, v), v)
	if s < 0 || s >= v {
		return nil
	}
	e := phraseRight(text, toks, s, v)
	if e > s {
		e = st.cutAtVerb(s, e)
	}
	for e > s+1 && st.isAdverb(e-1) {
		e-- // "Her campaign quickly sent out"
	}
	if e <= s || toks[s].flags&(tUpper|cDet|cPron) == 0 {
		return nil
	}
	for k := e; k < v; k++ {
		if toks[k].flags&(cAux|tWord) != cAux|tWord && !st.isAdverb(k) {
			return nil // only auxiliaries and adverbs between subject and verb: "has issued"
		}
	}
	return st.mention(s, e)
}

// sameSentence reports whether quote q follows quote prev in one
// sentence with no cue between them: "called it “false” and “absurd”"
// gives both fragments one voice.
func (st *attrState) sameSentence(prev, q Span) bool {
	if prev.IsZero() || prev.End > q.Start {
		return false
	}
	toks, text := st.toks, st.text
	a, b := st.tokenAt(prev.End), st.tokenAt(q.Start)
	if b-a > 24 {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if t.flags&(tEnd|tColon|tMark) != 0 && !abbrevDot(text, toks, k) || t.flags&cPron != 0 {
			return false
		}
	}
	return true
}

// appositionVerb reports whether the subject toks[s:e] is followed by a
// comma-enclosed apposition and then a verb, before the quote at
// toks[k]: "Ann Roe, the head of the union, ripped the plan as “theft”".
func (st *attrState) appositionVerb(s, e, k int) bool {
	toks := st.toks
	if e+1 >= k || toks[e].flags&tComma == 0 || toks[s].flags&tUpper == 0 {
		return false
	}
	for c := e + 2; c < k-1 && c < e+20; c++ {
		t := toks[c]
		if t.flags&(tColon|tMark|tQ) != 0 || st.endsSentence(c) {
			return false
		}
		if t.flags&tComma != 0 {
			v := c + 1
			for v < k && toks[v].flags&(cAux|tWord) == cAux|tWord {
				v++ // "has", "also"
			}
			return v < k && (st.verbLike(v) || v > c+1 && st.isParticiple(v)) // "…, is labeling"
		}
	}
	return false
}

// titleDot reports whether toks[m], a token that stops a look for a
// comma, is the period of an abbreviation ("Mr.", "Sen.", "J.") inside
// the phrase, which goes on: "After Mr. Lott left the hall, the mayor …".
func (st *attrState) titleDot(m int) bool {
	return st.toks[m].flags&tEnd != 0 && abbrevDot(st.text, st.toks, m)
}

// endsSentence reports whether toks[i] is a full stop that ends a
// sentence: not the period of "Sen." or "R-Ky.," before a comma or a
// lower-case word.
func (st *attrState) endsSentence(i int) bool {
	toks := st.toks
	if toks[i].flags&tEnd == 0 || abbrevDot(st.text, toks, i) {
		return false
	}
	return i+1 == len(toks) || toks[i+1].flags&(tComma|tColon) == 0 && (toks[i+1].flags&tWord == 0 || toks[i+1].flags&tUpper != 0)
}

// betweenCue returns the attribution in atts whose cue comes before quote
// q and whose content starts after it in the same sentence: the content
// rules skipped the quote ("said Smith “was involved” and that …").
func (st *attrState) betweenCue(q Span, atts []attr) *attr {
	// atts are sorted by cue: look only at cues in the 200 bytes before q.
	lo := firstCueAt(atts, q.Start-200)
	for k := lo; k < len(atts) && atts[k].Cue.Start < q.Start; k++ {
		a := &atts[k]
		if a.Source == nil || a.Content == nil || a.Cue.End > q.Start || a.Content.Start < q.End || q.Start-a.Cue.End > 200 {
			continue
		}
		i, j := st.tokenAt(a.Cue.End), st.tokenAt(q.Start)
		ok := true
		for m := i; m < j; m++ {
			if st.endsSentence(m) || st.toks[m].flags&(tMark|tColon) != 0 {
				ok = false
				break
			}
		}
		if ok {
			return a
		}
	}
	return nil
}

// laterPronoun returns the last subject pronoun among toks[e:k] that
// starts a clause after a comma or a conjunction and is followed by a
// verb, or -1: in "As the march went on, they chanted
// “…”" and "It matters, she said, that …", the clause nearest the quote
// speaks it.
func (st *attrState) laterPronoun(e, k int) int {
	toks, text := st.toks, st.text
	for m := k - 2; m >= e && m >= k-maxChainTokens; m-- {
		t := toks[m]
		if t.flags&cPron == 0 {
			continue
		}
		if !st.subjectPronoun(m) {
			continue
		}
		if m == 0 {
			continue
		}
		if p := toks[m-1]; p.flags&(tComma|cContrast|cAskOpener) == 0 && !isWord(text, p, "and") {
			continue // "the laptop she used": a relative clause; but "drew cheers as she thanked them, then boomed"
		}
		n := toks[m+1]
		if n.flags&tWord != 0 && n.flags&(cDet|cPron|cStop) == 0 && !isPrep(n) {
			return m
		}
	}
	return -1
}

// titleCued reports whether the quotation q follows a word that names a
// work or a thing with a name, "the TV show “Morning Harbour”", "the
// film “Salt Roads”", or two such words, "the initiative known as “Bread
// for Africa”": a title even inside someone's reported words.
func (st *attrState) titleCued(q Span) bool {
	lex := st.d.lex
	forms := classesOf(lex).forms
	_, ok := st.cuedBefore(q, func(w string, pair bool) bool {
		if pair {
			return forms.has(lex, w, fTitleCue, titleCues)
		}
		return isTitleCue(lex, w)
	})
	return ok
}

// cuedBefore reports whether the word right before the quotation q, one
// space before its mark, or the two words there, are a cue that in
// accepts (pair says which is asked: the word first, then the pair),
// and where the cue starts. titleCued, framedTitle and scareCued read
// their cues so.
func (st *attrState) cuedBefore(q Span, in func(w string, pair bool) bool) (start int, ok bool) {
	lo := max(0, q.Start-64)
	w, ws, sep := wordBefore(st.text, lo, q.Start)
	if sep != ' ' || w == "" {
		return 0, false
	}
	if in(w, false) {
		return ws, true
	}
	if pair := wordPairBefore(st.text, lo, ws, w); pair != "" && in(pair, true) {
		return ws + len(w) - len(pair), true
	}
	return 0, false
}

// framedTitle reports whether the quotation q, read as a name, names a
// programme or a work in passing: after a frame of [titleFrames] ("an
// appearance on “Meet the Press”", "told “Fox and Friends”") or
// before a noun of [titleFollowers] ("“Face the Nation” host X").
func (st *attrState) framedTitle(q Span) bool {
	lex, text := st.d.lex, st.text
	if _, ok := st.cuedBefore(q, func(w string, _ bool) bool { return lex.Contains(titleFrames, w) }); ok {
		return true // "told “Fox and Friends”", "an appearance on “Meet the Press”"
	}
	w, _, stop := wordAfter(text, q.End, min(len(text), q.End+64))
	return !stop && lex.Contains(titleFollowers, w)
}

// scareCued reports whether the quotation q follows a scare cue
// ([scareCues]: "so-called", "self-styled", "so called") after an
// article: "under a so-called “kisan vikas” scheme", "the self-styled
// “godman”" bring in a term held at a distance, said by no one, even
// inside reported speech, and so does a possessive noun in the
// article's place, "The company's so-called “wet season plan”". With no
// article, "taxing so-called “pass
// through” income", "his supposed “lies”", the term is mostly the
// speaker's own word, and "the opposition alleged “massive fraud”" is
// the verb.
func (st *attrState) scareCued(q Span) bool {
	lex, text := st.d.lex, st.text
	forms := classesOf(lex).forms
	ws, ok := st.cuedBefore(q, func(w string, _ bool) bool { return forms.has(lex, w, fScareCue, scareCues) })
	if !ok {
		return false
	}
	k := st.tokenAt(ws) // "so called": the article stands before "so"
	if k < 1 || k >= len(st.toks) {
		return false
	}
	a := st.toks[k-1]
	if a.flags&tWord == 0 {
		return false
	}
	// "The company's so-called “wet season plan”": a possessive noun
	// stands where the article does; a possessive pronoun ("his
	// supposed “lies”") leaves the term the speaker's.
	if a.flags&cIndefinite == 0 && !forms.has(lex, text[a.s:a.e], fArticle, articles) &&
		(a.flags&(cPossDet|cPron) != 0 || !possessive(text, a)) {
		return false
	}
	return !st.namedBefore(k - 1)
}

// maxNamerGap bounds the words between a verb of naming and the scare
// cue's article: "called the ministry's so-called".
const maxNamerGap = 3

// namedBefore reports whether a verb of naming ([cueNaming]) stands a
// few words before toks[k], the article or possessive of a scare cue:
// "what she called the so-called “clean coal” lobby", "what he called
// the ministry's so-called “reforms”". The term is the namer's own.
func (st *attrState) namedBefore(k int) bool {
	toks := st.toks
	for m := k - 1; m >= 0 && m >= k-maxNamerGap; m-- {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 {
			return false
		}
		if t.flags&cCue != 0 {
			return st.d.lex.containsToken(cueNaming, st.text, t)
		}
	}
	return false
}

// nameOpened reports whether quote q is a name that opens with a word
// that says what it names ([nameOpeners]): "under “Operation
// Himrakshak”", "“Mission Jal Shakti”", "“Project Cheetah”". Written as a
// name is, it names an operation, a programme or a storm, said by no one,
// even inside reported speech. The caller asks capitalOpens first.
func (st *attrState) nameOpened(q Span) bool {
	toks, text := st.toks, st.text
	if q.Len() > maxNamedBytes {
		return false
	}
	i := st.tokenAt(q.Start)
	if i+1 >= len(toks) || !st.headlineCased(i, q) {
		return false
	}
	w := toks[i+1]
	if w.flags&(tWord|tUpper) != tWord|tUpper || w.e > q.End {
		return false
	}
	if st.d.lex.containsToken(nameOpeners, text, w) {
		return true
	}
	// An opener of two words: "Tropical Storm".
	n := i + 2
	return n < len(toks) && toks[n].flags&(tWord|tUpper) == tWord|tUpper && toks[n].e < q.End &&
		toks[n].s == w.e+1 && st.d.lex.Contains(nameOpeners, text[w.s:toks[n].e])
}

// participleNamed reports whether quote q, written as a name is (the
// caller asks capitalOpens first), follows a participle of naming that
// opens a phrase of its own: after a comma, "the routes, called “Blue
// Line”", or after a noun that says what the name names, "launch a
// campaign called “Slow Bath”" ([titleCues]), or a few words before
// "as", "its system, launched in 2023 as “Kuma Alert,”"
// ([asNamingVerbs]). The thing is named there, by no one, even inside
// reported speech; a namer who is a subject, "Rossi called the plan
// “Reckless”", is left alone.
func (st *attrState) participleNamed(q Span) bool {
	toks, text := st.toks, st.text
	if q.Len() > maxNamedBytes {
		return false
	}
	i := st.tokenAt(q.Start)
	if i < 3 || i >= len(toks) || toks[i-1].flags&tWord == 0 || !st.headlineCased(i, q) {
		return false
	}
	p := toks[i-1]
	if !isWord(text, p, "as") {
		// ", called “Blue Line”": a cue of naming right after a comma;
		// ", popularly dubbed the “Golden Gate of Kelantan”": a
		// participle, with an adverb before it and an article after.
		j := i - 1
		if st.termArticle(j) && st.endsEd(j-1) {
			j--
			p = toks[j]
		}
		c := j - 1
		if c > 1 && st.isAdverb(c) {
			c--
		}
		if st.namersAfter(q) {
			return false // ", called the “Crossroads of America” by the citizens": the namers are given
		}
		// "a campaign called “Slow Bath”", "an initiative simply called
		// “Water for All”": the noun before the participle says what the
		// name names, as a title cue does.
		if p.flags&cCue == 0 || !st.d.lex.containsToken(cueNaming, text, p) {
			return false
		}
		if toks[c].flags&tComma != 0 {
			return true
		}
		// Not "the party called the “Green Deal” a betrayal": a second
		// object after the name makes the verb the noun's.
		e := st.tokenAt(q.End)
		return st.nounIntroduced(0, c) && (e >= len(toks) || toks[e].flags&cDet == 0)
	}
	// "launched in 2023 as": the verb a few words before "as", no
	// punctuation between.
	for k := i - 2; k >= 0 && k > i-6 && toks[k].flags&tWord != 0; k-- {
		if t := toks[k]; t.flags&(tUpper|cDet|cPron|cPrep) == 0 && st.d.lex.containsToken(asNamingVerbs, text, t) {
			return true
		}
	}
	return false
}

// nounIntroduced reports whether toks[n] is a common noun in lower case
// that says what a name after it names ([titleCues]: "campaign",
// "plan", "programme", "film"), introduced as an object or a
// preposition's: after a determiner, at most two modifiers between, and
// a word before the determiner that is no cue, no function word bar a
// preposition of [namedPreps], and no name, "launch a campaign called
// “Slow Bath”", "under a new scheme called". After a cue or at the start of a clause the noun may be the
// subject of the verb after it: "said the party called …", "The party
// called …". No token before lo is read.
func (st *attrState) nounIntroduced(lo, n int) bool {
	toks := st.toks
	t := toks[n]
	if t.flags&(tWord|tUpper|cDet|cPron|cAux|cStop|cCue) != tWord || t.quote != 0 ||
		!classesOf(st.d.lex).forms.has(st.d.lex, st.text[t.s:t.e], fTitleCue, titleCues) {
		return false
	}
	d := n - 1
	for d > lo && d > n-3 && toks[d].flags&(tWord|tUpper|cDet|cStop|cAux|cPron|cCue) == tWord && toks[d].quote == 0 {
		d-- // "a new pilot"
	}
	if d <= lo || toks[d].flags&cDet == 0 {
		return false
	}
	p := toks[d-1]
	if p.quote != 0 || p.flags&tWord == 0 || p.flags&(tUpper|cCue|cAux|cPron|cRelative) != 0 {
		return false
	}
	// "under a programme called", "through a scheme called": a stop word
	// that is a preposition ([namedPreps]) introduces its object, as
	// "with" and "of" do; one that opens a clause ("that", "when") may
	// make the noun a subject.
	return p.flags&cStop == 0 || st.d.lex.containsToken(namedPreps, st.text, p)
}

// maxSignWords bounds the words between a verb of [signCarriers] and
// the sign it carries: "carried large white banners".
const maxSignWords = 4

// signUncarried reports whether quote q is a slogan written on a sign
// ([signNouns], then a word of [signWordings]: "a banner reading “…”")
// that no one is said to carry or hold: "Photos showed a test stand,
// with a banner reading “…”". Such a slogan is no one's words; one a
// verb of [signCarriers] carries, "Protesters carried banners reading
// “…”", is its carrier's, the sentence's subject.
func (st *attrState) signUncarried(q Span) bool {
	toks, text := st.toks, st.text
	k := st.tokenAt(q.Start) - 1
	if k >= 1 && k < len(toks) && toks[k].flags&(tComma|tColon) != 0 {
		k-- // "a placard reading: “…”"
	}
	if k < 1 || k >= len(toks) || toks[k].flags&tWord == 0 || toks[k].quote != 0 || toks[k].flags&(tUpper|cDet|cPrep|cAux|cPron) != 0 {
		return false // most quotes: after an article, a preposition or a name, no wording of a sign
	}
	n := k - 1 // the sign
	if !st.d.lex.containsToken(signWordings, text, toks[k]) {
		if k < 2 || toks[k-1].flags&tWord == 0 || !st.d.lex.Contains(signWordings, text[toks[k-1].s:toks[k].e]) {
			return false
		}
		n = k - 2 // "a sign that read"
	}
	if t := toks[n]; t.flags&tWord == 0 || t.quote != 0 || !st.d.lex.containsToken(signNouns, text, t) {
		return false
	}
	for m := n - 1; m >= 0 && m >= n-maxSignWords; m-- {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 {
			break
		}
		if st.d.lex.containsToken(signCarriers, text, t) {
			return false
		}
	}
	return true
}

// termArticle reports whether toks[k] is an article that may stand
// between a cue of naming and the name: "a", "an", "the".
func (st *attrState) termArticle(k int) bool {
	t := st.toks[k]
	return t.quote == 0 && (t.flags&cIndefinite != 0 || isWord(st.text, t, "the"))
}

// maxNicknameObject bounds the words of the object between a verb of
// [nicknameVerbs] and the name it gives: "dubbed the half-built bridge".
const maxNicknameObject = 6

// nicknamedObject reports whether quote q is a nickname given with a
// verb of [nicknameVerbs], its object and "the": "Local media dubbed the
// incident the “sky prison”", "Fans have nicknamed it “the Cauldron”",
// in the past or the perfect, as wire copy gives a nickname, or in the
// plural present of [presentNaming], a community's habit: "Locals call
// the stretch “the killer top”", or with no object after a participle
// of its own phrase (participleNicknamed).
// The name is one the thing goes by, no one's words: not the namer's,
// nor those of a report around the sentence. "a" before the marks
// characterises ("dubbed the project a “white elephant”"), as "called"
// does, and stays the subject's.
func (st *attrState) nicknamedObject(q Span) bool {
	toks, text := st.toks, st.text
	i := st.tokenAt(q.Start)
	if i < 3 || i+1 >= len(toks) {
		return false
	}
	if st.participleNicknamed(i, q) {
		return true // ", nicknamed the “iron scythe,”": no object
	}
	e := i - 1 // the object's last word
	if isWord(text, toks[e], "the") && toks[e].quote == 0 {
		e--
	} else if !isWord(text, toks[i+1], "the") {
		return false // "the" before the name, in the marks or out of them
	}
	for m := e; m > 0 && m >= e-maxNicknameObject; m-- {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 {
			return false
		}
		// "Locals call the stretch “the killer top”": the plural
		// present of [presentNaming] (cue forms of [cueNaming]) names as
		// a habit does; after "to" or an auxiliary ("went on to call
		// Cruz “the worst …”", "would call") it is one speaker's charge.
		if st.endsEd(m) && st.d.lex.Contains(nicknameVerbs, text[t.s:t.e]) || t.flags&cCue != 0 && st.habitualNamingAt(m) {
			o := toks[m+1] // the object opens with a determiner, a pronoun or a name
			return m < e && (o.flags&(cDet|cPossDet|tUpper) != 0 || o.flags&cPron != 0 && !st.subjectPronoun(m+1))
		}
		if t.flags&(cCue|cAux|cStop) != 0 || m < e && t.flags&cPron != 0 {
			return false
		}
	}
	return false
}

// namersAfter reports whether "by" follows quote q: "called the
// “Crossroads of America” by the citizens", the namers given.
func (st *attrState) namersAfter(q Span) bool {
	e := st.tokenAt(q.End)
	return e < len(st.toks) && isWord(st.text, st.toks[e], "by")
}

// participleNicknamed reports whether quote q is a nickname right after
// a participle of naming that opens a phrase of its own, with "the" or
// no article between: after a comma or a noun, with [nicknameVerbs], "a
// machine developed by a local university, nicknamed the “iron
// scythe,”", "a steam engine nicknamed “old smoky”", or after a comma
// with a verb of [cueNaming] and "the", "the vessel, called the
// “floating mall,”". The name is one the thing goes by, in lower case
// as in title case, said by no one, even inside reported speech. A
// subject before the verb ("Rossi called the plan “reckless”"), "a"
// before the marks ("dubbed it a “white elephant”"), a second object
// after them ("dubbed the “reform” a sham") or the namers after "by"
// leave the quote alone.
// The caller, nicknamedObject, gives the quote's first token i.
func (st *attrState) participleNicknamed(i int, q Span) bool {
	toks, text, lex := st.toks, st.text, st.d.lex
	v, the := i-1, false
	if st.termArticle(v) {
		if toks[v].flags&cIndefinite != 0 {
			return false
		}
		v, the = v-1, true
	}
	t := toks[v]
	if t.quote != 0 || !st.endsEd(v) || t.flags&(cDet|cPron|cAux|cStop) != 0 {
		return false
	}
	p := v - 1
	if p > 0 && st.isAdverb(p) {
		p-- // ", popularly dubbed the"
	}
	b := toks[p]
	w := text[t.s:t.e]
	switch {
	case b.flags&tComma != 0:
		if !lex.Contains(nicknameVerbs, w) && !(the && t.flags&cCue != 0 && lex.containsToken(cueNaming, text, t)) {
			return false
		}
	case b.flags&(tWord|tUpper|cDet|cPron|cAux|cStop|cCue|cPrep|cRelative) == tWord && b.quote == 0:
		// "a steam engine nicknamed": a noun in lower case, the thing named.
		if !lex.Contains(nicknameVerbs, w) {
			return false
		}
	default:
		return false
	}
	e := st.tokenAt(q.End)
	return !st.namersAfter(q) && (e >= len(toks) || toks[e].flags&cDet == 0)
}

// habitualNamingAt reports whether toks[m] is a verb of [presentNaming]
// in the plural present after its subject and before an object that
// opens with "the" or a possessive: "Locals call the stretch",
// "Fishermen here dub their reef", not "to call" nor "would call", nor
// a term coined for an idea ("Politicos call this the “expectations
// game”", the namers' own words).
func (st *attrState) habitualNamingAt(m int) bool {
	if m == 0 || m+1 >= len(st.toks) {
		return false
	}
	t, p, o := st.toks[m], st.toks[m-1], st.toks[m+1]
	return t.flags&(tUpper|cDet|cPron|cStop|cPrep) == 0 && p.flags&tWord != 0 && p.quote == 0 && p.flags&(cAux|cStop|cPrep|cDet) == 0 &&
		(o.flags&cPossDet != 0 || o.hash == theHash) && !isWord(st.text, p, "to") && st.d.lex.Contains(presentNaming, st.text[t.s:t.e])
}

// termKnownAs reports whether quote q is a term that follows a title
// cue ending in "as" ([titleCues]: "known as"), with an article or
// none: "in what is known as a “dzud”",
// "a practice known as “hawala”". The term is a community's word for a
// thing, said by no one in the story, even inside reported speech.
func (st *attrState) termKnownAs(q Span) bool {
	toks, text := st.toks, st.text
	k := st.tokenAt(q.Start) - 1
	if k >= 0 && k < len(toks) && st.termArticle(k) {
		k-- // "known as a “dzud”", "known as the “sayonara tax”"
	}
	// The pair is a title cue's ("known as"), as titleCued reads it
	// before a name in capitals, and an adverb in -ly may stand inside
	// it: "known locally as", "referred to informally as".
	if k < 1 || k >= len(toks) || !isWord(text, toks[k], "as") || toks[k-1].flags&tWord == 0 {
		return false
	}
	forms := classesOf(st.d.lex).forms
	if forms.has(st.d.lex, text[toks[k-1].s:toks[k].e], fTitleCue, titleCues) {
		return true
	}
	adv := text[toks[k-1].s:toks[k-1].e]
	return k >= 2 && toks[k-1].flags&tUpper == 0 && len(adv) > 4 && strings.HasSuffix(adv, "ly") && toks[k-2].flags&tWord != 0 &&
		forms.has(st.d.lex, text[toks[k-2].s:toks[k-2].e]+" as", fTitleCue, titleCues) || st.knownAmongAs(k)
}

// maxKnownPhrase bounds the words of the phrase inside "known … as":
// "known to the herders of Marsabit as".
const maxKnownPhrase = 5

// knownAmongAs reports whether "as", toks[k], closes a title cue's pair
// ([titleCues]: "known as") with a phrase inside it that opens with a
// preposition of [knownPreps] and says to whom or where the thing goes
// by the name after it: "known among herders as", "known to residents
// as", "known in the region as". Words of a clause (a cue, an
// auxiliary, a relative) or punctuation end the look.
func (st *attrState) knownAmongAs(k int) bool {
	toks, text, lex := st.toks, st.text, st.d.lex
	return st.prepPhraseBefore(k, maxKnownPhrase, knownPreps, func(n int) bool {
		v := toks[n]
		return v.flags&(tWord|tUpper) == tWord && v.quote == 0 && classesOf(lex).forms.has(lex, text[v.s:v.e]+" as", fTitleCue, titleCues)
	})
}

// maxGlossWords bounds the words of a gloss in marks: "the place where
// the river bends".
const maxGlossWords = 8

// glossAfter reports whether quote q is the gloss of a term in marks
// that ends at term: a word of [glossLinks] between them, a comma before
// it inside the marks or out of them, "“Maji ya Jua,” or “water of the
// sun,”", "“Karang Putih”, meaning “white coral”". A gloss is a few
// words with no sentence's end inside; it translates the term and is
// said by no one, as the term is.
func (st *attrState) glossAfter(term int, q Span) bool {
	text := st.text
	if q.Start-term > maxConjunction || q.Len() > maxNamedBytes {
		return false
	}
	b := strings.TrimSpace(text[term:q.Start])
	b = strings.TrimSpace(strings.TrimPrefix(b, ","))
	if b == "" || !st.d.lex.Contains(glossLinks, b) {
		return false
	}
	i, j := st.tokenAt(q.Start), st.tokenAt(q.End)
	words := 0
	for m := i + 1; m < j-1 && m < len(st.toks); m++ {
		t := st.toks[m]
		if t.flags&tWord != 0 {
			words++
		}
		if words > maxGlossWords || t.flags&(tEnd|tColon) != 0 && m < j-2 {
			return false
		}
	}
	return words > 0
}

// groupNaming returns the group whose word for a thing quote q is, where
// a bare plural calls it so in the present, "locals call it a “dzud”",
// "the plan, which critics call a “tax on the poor”": the group's words,
// not the sentence's subject's. It returns nil for any other quote; a
// past naming by one ("Rossi called the plan “reckless”") is the
// speaker's cue, read with the attributions.
func (st *attrState) groupNaming(q Span) *Mention {
	toks, text := st.toks, st.text
	k := st.tokenAt(q.Start) - 1
	if k >= 0 && k < len(toks) && (toks[k].flags&cIndefinite != 0 || isWord(text, toks[k], "the")) {
		k--
	}
	if k >= 0 && k < len(toks) && toks[k].flags&cPron != 0 && !st.subjectPronoun(k) {
		k-- // "it", "them"
	}
	if k < 1 || k >= len(toks) || toks[k].flags&(tWord|tUpper|cCue) != tWord|cCue {
		return nil
	}
	v := text[toks[k].s:toks[k].e]
	if strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") || !st.d.lex.Contains(cueNaming, v) {
		return nil
	}
	s := toks[k-1]
	if s.flags&(tWord|tUpper) != tWord || s.quote != 0 || !pluralShaped(text[s.s:s.e]) {
		return nil
	}
	return st.mention(k-1, k)
}

// maxNamingAux bounds the auxiliaries and adverbs between a relative's
// subject and its participle of naming: "which locals have long since
// nicknamed".
const maxNamingAux = 4

// relativeNamed reads a name in marks given by a participle of naming
// ([cueNaming], [nicknameVerbs]) in a relative clause: a passive, "in what
// has been dubbed “the Silicon Wadi”", "the dam, which is called “…”",
// gives no one's words (owner nil); a perfect after a bare plural,
// "courses …, which locals have nicknamed “the sky school”", the
// group's word for a thing, as groupNaming reads "which critics call".
// Either way not the words of the speaker whose report holds the
// sentence. ok is false for any other quote; a namer named or a pronoun,
// "which she called “a lifeline”", is read with the attributions.
func (st *attrState) relativeNamed(q Span) (owner *Mention, ok bool) {
	toks, text := st.toks, st.text
	k := st.tokenAt(q.Start) - 1
	if k >= 0 && k < len(toks) && st.termArticle(k) {
		k--
	}
	if k < 2 || k >= len(toks) || !st.endsEd(k) || toks[k].quote != 0 {
		return nil, false
	}
	if v := text[toks[k].s:toks[k].e]; !st.d.lex.Contains(cueNaming, v) && !st.d.lex.Contains(nicknameVerbs, v) {
		return nil, false
	}
	if e := st.tokenAt(q.End); e < len(toks) && isWord(text, toks[e], "by") {
		return nil, false // "who was branded “a traitor” by state media": the namers are given
	}
	a, passive := k-1, false // the auxiliaries before the participle
	for ; a > 0 && a >= k-maxNamingAux && toks[a].quote == 0 && (toks[a].flags&cAux != 0 || st.isAdverb(a)); a-- {
		passive = passive || toks[a].flags&cPassiveAux != 0
	}
	if a == k-1 || a < 1 {
		return nil, false // "the name called …": no auxiliary, no relative's verb
	}
	rel := func(r int) bool {
		t := toks[r]
		return t.flags&(tWord|tUpper) == tWord && t.quote == 0 && st.d.lex.Contains(relativeObjects, text[t.s:t.e])
	}
	if passive {
		return nil, rel(a) // "what has been dubbed"
	}
	s := toks[a] // "which locals have nicknamed": the bare plural subject
	if s.flags&(tWord|tUpper) != tWord || s.quote != 0 || !pluralShaped(text[s.s:s.e]) || !rel(a-1) {
		return nil, false
	}
	return st.mention(a, a+1), true
}

// afterTitle reports whether the token before toks[i] closes a
// quotation that is a title, whose comma is no quotation's: "the film
// “Salt Roads,” said".
func (st *attrState) afterTitle(i int) bool {
	t := st.toks[i-1]
	return t.flags&tClose != 0 && t.quote > 0 && st.quotes[t.quote-1].Kind == Title
}

// nounOwner reads a quotation that modifies a noun naming someone's
// words: "dismissed the “puppet” charge of the opposition". The words are
// the owner's, after "of" or "by", not the speaker's of the sentence;
// ok is false where no such noun follows q, and owner nil where no owner
// is named.
func (st *attrState) nounOwner(q Span) (owner *Mention, ok bool) {
	toks, text := st.toks, st.text
	j := st.tokenAt(q.End)
	if j >= len(toks) || toks[j].s != q.End+1 || toks[j].flags&(tWord|tUpper) != tWord || toks[j].quote != 0 || !st.isIn(toks[j], cQuotedNoun) {
		return nil, false
	}
	if j+2 < len(toks) && (isWord(text, toks[j+1], "of") || isWord(text, toks[j+1], "by")) {
		if e := phraseRight(text, toks, j+2, len(toks)); e > j+2 {
			return st.mention(j+2, e), true
		}
	}
	return nil, true
}

// nounNamed reports whether quote q is the name of a thing that a title
// cue noun next to it names ([titleCues]): after it, "the “New Kuwait”
// development plan", "its “Clean Rivers” programme", or before it in
// apposition, "a shell company, “Blue Heron Holdings,” in 2019". Its
// words read as a name: a name the story uses, said by no one, even
// inside reported speech.
func (st *attrState) nounNamed(q Span) bool {
	toks, text := st.toks, st.text
	if q.Len() > maxNamedBytes {
		return false // a long quotation is no name
	}
	i, j := st.tokenAt(q.Start), st.tokenAt(q.End)
	if i < 2 || j < i+2 || j > len(toks) {
		return false
	}
	p := toks[i-1]
	// One word in marks may name a policy its owner coined, in lower
	// case too: "its “downstreaming” policy"; after "the" a word in lower
	// case characterises ("the “racist” policy").
	oneWord := j == i+3 && toks[i+1].flags&tWord != 0
	if oneWord && !capitalOpens(text, q) && p.flags&cPossDet == 0 {
		return false
	}
	if !oneWord && (!capitalOpens(text, q) || st.nameWords(i, q) == 0 && !st.headlineCased(i, q)) {
		return false // one opening in lower case, or not written as a name is, is no name
	}
	if p.flags&(cDet|cPossDet) != 0 || p.flags&tWord != 0 && possessive(text, p) || !oneWord && st.adjectiveAfterDet(i-1) {
		// After the name: at most two words that modify the noun, then
		// the noun ("development plan", "drive").
		if st.abbrevInParens(j) {
			j += 3 // the name's short form: "the “Mangroves for the Coast” (M4C) scheme"
		}
		for k := j; k < len(toks) && k < j+3; k++ {
			t := toks[k]
			if t.flags&(tWord|tUpper) != tWord || t.flags&(cDet|cPron|cAux|cStop|cCue) != 0 || t.quote != 0 {
				return false
			}
			if w := text[t.s:t.e]; isTitleCue(st.d.lex, w) || st.d.lex.Contains(namedHeads, w) {
				return true
			}
		}
		return false
	}
	if oneWord && st.nameWords(i, q) == 0 {
		return false
	}
	// Before the name: "company," then the name set off by commas, its
	// own inside the marks or after them, or ending the sentence; or a
	// work's noun and a phrase about it, "a documentary on the artisans,",
	// before a title written as a headline is.
	n := toks[i-2]
	if p.flags&tComma == 0 {
		return false
	}
	if n.flags&(tWord|tUpper) != tWord || !isTitleCue(st.d.lex, text[n.s:n.e]) {
		if !st.headlineCased(i, q) || !st.workPhraseBefore(i-1) {
			return false
		}
	}
	k := j - 1
	for k > i+1 && toks[k-1].flags&tQ != 0 && toks[k-1].s >= q.End-2*utf8.UTFMax {
		k-- // a closing mark of two tokens: ''…''
	}
	last := toks[k-1] // the last token inside the marks
	if last.flags&tWord != 0 {
		j = st.glossInParens(j) // "his book, “Sin Miedo” (Without Fear), …"
	}
	return last.flags&(tComma|tEnd) != 0 || last.flags&tWord != 0 && (j == len(toks) || toks[j].flags&(tComma|tEnd) != 0)
}

// maxParenGloss bounds the tokens inside the parentheses glossInParens
// reads.
const maxParenGloss = 8

// glossInParens returns the token after a short parenthesis at toks[k]
// that glosses a title before it, its translation or its year ("“Sin
// Miedo” (Without Fear)", "“Roma” (2018)"), or k where none stands
// there.
func (st *attrState) glossInParens(k int) int {
	toks := st.toks
	if k >= len(toks) || toks[k].flags&tParen == 0 || st.text[toks[k].s] != '(' {
		return k
	}
	for m := k + 1; m < len(toks) && m <= k+maxParenGloss; m++ {
		if toks[m].flags&tParen != 0 {
			if st.text[toks[m].s] == ')' && m > k+1 {
				return m + 1
			}
			return k
		}
		if toks[m].flags&(tEnd|tMark|tColon) != 0 || toks[m].quote != 0 {
			return k
		}
	}
	return k
}

// maxWorkPhrase bounds the words of the phrase between a noun of works
// and the comma before its title: "on the lacquer makers of Wajima".
const maxWorkPhrase = 6

// workPhraseBefore reports whether the comma toks[c] ends a noun of
// works ([titleCues]) after a determiner, a possessive or an adjective
// and a phrase that opens with a preposition of [workPreps]: "A
// documentary on the artisans,", "an exhibition of his prints,", "a new
// album by the band,". A title set off by commas after it names the
// work. Words of a clause (a cue, an auxiliary, a relative) end the look.
func (st *attrState) workPhraseBefore(c int) bool {
	toks, text := st.toks, st.text
	return st.prepPhraseBefore(c, maxWorkPhrase, workPreps, func(n int) bool {
		t, d := toks[n], n-1 // the noun, and the word before it
		if n < 1 || t.flags&(tWord|tUpper) != tWord || t.quote != 0 || !isTitleCue(st.d.lex, text[t.s:t.e]) {
			return false
		}
		dt := toks[d]
		return dt.quote == 0 && (dt.flags&(cDet|cPossDet) != 0 || dt.flags&tWord != 0 && possessive(text, dt)) || st.adjectiveAfterDet(d)
	})
}

// prepPhraseBefore reports whether the words before toks[end], at most
// maxWords of them, are a phrase that opens with a preposition of list
// preps and at least one word after it, and head holds for the token
// right before that preposition: the head the phrase belongs to ("a
// documentary" in "a documentary on the artisans", "known" in "known
// among herders"). Words of a clause (a cue, an auxiliary, a relative,
// "and") or punctuation end the look.
func (st *attrState) prepPhraseBefore(end, maxWords int, preps List, head func(n int) bool) bool {
	toks := st.toks
	for m := end - 1; m >= 1 && m >= end-maxWords; m-- {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 || t.flags&(cCue|cAux|cRelative|cClauseWord) != 0 {
			return false
		}
		if m < end-1 && st.d.lex.containsToken(preps, st.text, t) && head(m-1) {
			return true
		}
	}
	return false
}

// termBeforeNoun reports whether quote q, not reported by any cue, is a
// term of two to four words in lower case set between a determiner and
// the noun it modifies: "runs a “falcon passport” programme", "adopted
// the “zero tillage” method". The story's word for a thing, said by no
// one, not the subject's. One word in marks ("plans a “green”
// corridor") characterises more often than it names, and a term with a
// preposition or nothing after it ("a “long march” from Meerut") may be
// the subject's words: both stay, as do a term after "is a" and one
// after a naming verb.
func (st *attrState) termBeforeNoun(q Span) bool {
	toks := st.toks
	if q.Len() > maxTermBytes {
		return false
	}
	i, j := st.tokenAt(q.Start), st.tokenAt(q.End)
	if i < 1 || j < i+4 || j > i+6 || j >= len(toks) {
		return false // two to four tokens inside the marks
	}
	d := i - 1 // the determiner
	if p := toks[d]; p.quote != 0 {
		return false
	} else if p.flags&(cDet|cPossDet) == 0 {
		if !st.adjectiveAfterDet(d) {
			return false
		}
		d--
	}
	if d > 0 {
		// After "is a" the term says what the subject is, in someone's
		// words ("the committee is a “witch hunt”"); after a naming verb
		// it is the namer's ("what her team calls her “breaking
		// barriers” agenda").
		if v := toks[d-1]; v.flags&cAux != 0 || v.flags&tWord != 0 && st.d.lex.containsToken(cueNaming, st.text, v) {
			return false
		}
	}
	for k := i + 1; k < j-1; k++ {
		if t := toks[k]; t.flags&(tWord|tUpper) != tWord || st.text[t.s] < 'a' || st.text[t.s] > 'z' {
			return false // a capital or a figure: a name, or someone's number ("the “90 to 95 percent” figure")
		}
	}
	n := toks[j]
	return n.s > q.End && n.flags&(tWord|tUpper) == tWord && n.quote == 0 &&
		n.flags&(cDet|cPron|cAux|cStop|cCue|cPrep|cPrepLike|cTime|cVenue|cClauseWord|cRelative) == 0
}

// maxTermBytes bounds the bytes of a quoted term that termBeforeNoun
// reads, marks included.
const maxTermBytes = 48

// adjectiveAfterDet reports whether toks[k] is one word in lower case
// that modifies a noun, right after a determiner: "the federal", "its
// new" before a name in marks ("the federal “Northern Home” resettlement
// program").
func (st *attrState) adjectiveAfterDet(k int) bool {
	toks := st.toks
	if k < 1 || k >= len(toks) {
		return false
	}
	a, d := toks[k], toks[k-1]
	return a.flags&(tWord|tUpper) == tWord && a.flags&(cDet|cPron|cAux|cStop|cCue|cPrep|cPrepLike|cTime) == 0 && a.quote == 0 &&
		d.flags&(cDet|cPossDet) != 0 && d.quote == 0
}

// labelModifier reports whether quote q is a label printed on a thing,
// set between a determiner and the noun it modifies: two to four words
// in lower case that end in a preposition or particle, as the words on a
// package or a form do ("the “best by” dates", "a “sell by” label", "the
// “opt in” box"). Said by no one. A characterisation in the same place
// ends in an adjective or a noun ("the “very real” danger", "the
// “racist” policy") and stays the speaker's.
//
// The caller asks first that q opens in lower case (not capitalOpens).
func (st *attrState) labelModifier(q Span) bool {
	toks := st.toks
	if q.Len() > 40 {
		return false
	}
	i := st.tokenAt(q.Start)
	if i < 1 || toks[i-1].flags&cDet == 0 {
		return false
	}
	j := st.tokenAt(q.End)
	if j < i+4 || j > i+6 || j >= len(toks) || !st.isPrepLike(j-2) {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if toks[k].flags&(tWord|tUpper) != tWord {
			return false
		}
	}
	n := toks[j]
	return n.flags&(tWord|tUpper) == tWord && n.flags&(cDet|cPron|cAux|cStop|cCue|cPrep) == 0 && n.quote == 0
}

// maxAppositiveGloss bounds the tokens of the appositive that glosses a
// term: "the ancestral round-up in which hundreds of villagers drive the
// animals into stone corrals".
const maxAppositiveGloss = 24

// glossedTerm reports whether quote q is one word in lower case after a
// determiner, glossed by an appositive after a comma that opens with an
// article: "each “chaccu”, the ancestral round-up in which …, requires",
// "a “minga”, a day of communal work,". The word is a local term, said by
// no one. A cue verb before the appositive ends ("a “disgrace”, the
// opposition leader said") makes the phrase after the comma the
// speaker's, and the word the speaker's.
func (st *attrState) glossedTerm(q Span) bool {
	toks := st.toks
	i := st.tokenAt(q.Start)
	j := st.tokenAt(q.End)
	if i < 1 || j != i+3 || j+2 >= len(toks) || toks[i-1].flags&(cDet|tUpper) != cDet || toks[i-1].quote != 0 {
		return false
	}
	if toks[i+1].flags&(tWord|tUpper) != tWord || toks[j].flags&tComma == 0 {
		return false
	}
	if a := toks[j+1]; a.flags&(cDet|cPossDet|cPron|tUpper) != cDet || a.quote != 0 {
		return false
	}
	for m := j + 2; m < len(toks) && m <= j+maxAppositiveGloss; m++ {
		t := toks[m]
		if t.quote != 0 || t.flags&(cCue|tMark|tColon|tDash) != 0 {
			return false
		}
		if t.flags&(tComma|tEnd) != 0 && t.flags&tWord == 0 {
			return m > j+2
		}
	}
	return false
}

// accordingCue reports whether a's cue is a cue phrase that its source
// follows, "according to X": a source of figures, whose words the
// sentence need not be.
func (st *attrState) accordingCue(a *attr) bool {
	if a.Source == nil || a.Source.Start < a.Cue.End {
		return false
	}
	c := st.tokenAt(a.Cue.Start)
	return c+1 < len(st.toks) && st.toks[c].flags&cCueMW != 0 && st.toks[c+1].flags&cCue2 != 0
}

// termFunction are the classes of a word that is no modifier nor noun of
// a noun phrase around a term in marks (see modifierTerm).
const termFunction = tUpper | cDet | cPossDet | cIndefinite | cPron | cAux | cStop | cCue | cPrep | cPrepLike | cLiteral | cClauseWord | cRelative | cTime

// modifierTerm reports whether quote q is a term of one or two words in
// lower case that modifies a noun inside a noun phrase, between a
// modifier and the noun it names a kind of: "smaller “chuzaisho”
// residential police boxes", "300 “koban” police boxes". Where an
// according-to source closes the sentence (see accordingCue) such a term
// is the text's word for a thing, said by no one; a speaker's ("plans to
// expand customary “sasi” marine closures") keeps it. A quote after an
// article or a possessive
// ("the “unacceptable” delay", "his “reckless” plan") or before a
// function word ("“deeply concerned” about") is left alone.
func (st *attrState) modifierTerm(q Span) bool {
	toks := st.toks
	i := st.tokenAt(q.Start)
	j := st.tokenAt(q.End)
	if i < 1 || j != i+3 && j != i+4 || j+1 >= len(toks) {
		return false
	}
	for m := i + 1; m < j-1; m++ {
		if toks[m].flags&(tWord|tUpper) != tWord || toks[m].flags&termFunction != 0 {
			return false
		}
	}
	p, n := toks[i-1], toks[j]
	return p.quote == 0 && n.quote == 0 && p.flags&tWord != 0 && n.flags&tWord != 0 && p.flags&termFunction == 0 && n.flags&termFunction == 0 &&
		!possessive(st.text, p) && toks[j+1].flags&tWord != 0
}

// abbrevInParens reports whether toks[k:k+3] is one capitalised word in
// parentheses, a name's short form: "(M4C)", "(PMKSY)".
func (st *attrState) abbrevInParens(k int) bool {
	toks := st.toks
	return k+2 < len(toks) && toks[k].flags&tParen != 0 && st.text[toks[k].s] == '(' &&
		toks[k+1].flags&(tWord|tUpper) == tWord|tUpper && toks[k+2].flags&tParen != 0
}

// objectNamed reports whether quote q, written as a headline is, is
// the object of a verb after an article, with a preposition, an adverb
// or a time, a comma or the sentence's end after it: "announced a “Kisan Nyay Yatra” from
// Meerut to Delhi", "would take out a “Tractor Yatra” on Monday". A
// march, a campaign or an event is named there, said by no one. After
// a noun ("called the bill a “Total Disaster”"), "as" or a preposition
// the words characterise, and before a verb they open a clause: both
// stay the speaker's, as after a verb of stance or naming.
func (st *attrState) objectNamed(q Span) bool {
	toks, text := st.toks, st.text
	if !capitalOpens(text, q) {
		return false // as headlineCased would find, asked before the tokens are found
	}
	i, j := st.tokenAt(q.Start), st.tokenAt(q.End)
	if i < 2 || j < i+2 || j > len(toks) {
		return false
	}
	d, v := toks[i-1], toks[i-2]
	if d.flags&(cIndefinite|tUpper) != cIndefinite && !isWord(text, d, "the") || d.quote != 0 || v.quote != 0 || v.flags&(tWord|tUpper) != tWord ||
		v.flags&(cCue|cParticle) == 0 && !verbLike(text, v) && !st.afterAuxiliary(i-2) || v.flags&(cDet|cPron|cPrep|cStop|cAux) != 0 {
		return false
	}
	if j < len(toks) && toks[j].flags&tWord != 0 && !st.isPrepLike(j) && toks[j].flags&(cVenue|cTime|cTimeOpener|cOpener) == 0 {
		return false // "said a “Grand Bargain” was possible", "the “Go Home Now” message": a clause's subject, a noun's modifier
	}
	if !st.headlineCased(i, q) {
		return false
	}
	// A cue of stance or of naming takes the words as its subject's own:
	// "to fear a “Putin Pact”", "called the “Crossroads of America”".
	w := text[v.s:v.e]
	return v.flags&cCue == 0 || st.speechCue(spanOf(text, v.s, v.e)) && !st.d.lex.Contains(cueNaming, w)
}

// afterAuxiliary reports whether toks[k] follows an auxiliary or "to",
// as a verb's base form does: "would hold", "to launch".
func (st *attrState) afterAuxiliary(k int) bool {
	if k < 1 {
		return false
	}
	t := st.toks[k-1]
	return t.flags&cAux != 0 || isWord(st.text, t, "to")
}

// headlineCased reports whether quote q, whose first token is toks[k],
// is written as a headline is: at most six words, the first and the last
// capitalised, and any in lower case small, as headlines leave "to", "a",
// "in" ("Geothermal Goes to Campus", "Back to Work"). A name in title
// case reads so too, and a number after its first word stands as a
// capitalised word does ("Vision 2030", "New Kuwait 2035").
func (st *attrState) headlineCased(k int, q Span) bool {
	words, last := 0, false
	for m := k; m < len(st.toks) && st.toks[m].s < q.End; m++ {
		t := st.toks[m]
		if t.flags&tWord == 0 {
			continue
		}
		words++
		last = t.flags&tUpper != 0 || words > 1 && allDigits(st.text[t.s:t.e])
		if words > 6 || !last && (words == 1 || t.e-t.s > 3) {
			return false
		}
	}
	return words >= 2 && last
}

// maxNamedBytes bounds the bytes of a quotation that may be a name: six
// words (nameWords).
const maxNamedBytes = 96

// capitalOpens reports whether the first ASCII letter of quotation q,
// within its first bytes, is a capital: the marks before it are passed
// over.
func capitalOpens(text string, q Span) bool {
	for k := q.Start; k < q.End && k < q.Start+6; k++ {
		c := text[k]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			return false
		}
		if 'A' <= c && c <= 'Z' || c >= 0xC0 && k > q.Start+2 {
			return true
		}
	}
	return true
}

// namedGroup reports whether the quotation q is the name of a group that
// an appositive after it explains: "praised the “Sunrise kids,” children
// brought to the port as infants". "the" stands before it, a
// capitalised word opens it, it holds at most three words, and a comma
// and a lower-case noun follow: a name the story uses, said by no one.
func (st *attrState) namedGroup(q Span) bool {
	toks, text := st.toks, st.text
	i := st.tokenAt(q.Start)
	j := st.tokenAt(q.End)
	if i == 0 || i >= len(toks) || j+1 >= len(toks) || !isWord(text, toks[i-1], "the") {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		if toks[k].flags&tWord != 0 {
			words++
			if words == 1 && toks[k].flags&tUpper == 0 {
				return false
			}
		}
	}
	if words == 0 || words > 3 {
		return false
	}
	// The comma, inside the marks ("kids,”") or right after them, then
	// a noun.
	c := j
	switch {
	case j-2 >= i && toks[j-2].flags&tComma != 0:
	case toks[j].flags&tComma != 0:
		c = j + 1
	default:
		return false
	}
	n := toks[c]
	return n.flags&(tWord|tUpper) == tWord && n.flags&(cPron|cCue|cCueMW|cAux|cStop|cDet) == 0 && n.quote == 0
}
