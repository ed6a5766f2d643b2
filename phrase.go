package wirestory

import "strings"

// Source phrases are found by walking tokens from a cue, never further
// than maxPhrase tokens: the walk is bounded, so the attribution stage is
// linear in the text.
const maxPhrase = 16

// isPrep reports whether t is a preposition that may sit inside a source
// phrase: "a spokesman for the ministry", "sources at the EU". The words
// (phrasePrepositions) have the class cPrep.
func isPrep(t token) bool {
	return t.flags&cPrep != 0
}

// isIn reports whether token t is a word of the list of class c (see
// classLists), in any case: the small words a construction takes, kept
// as data rather than written in Go. The class bit that tokenize set
// answers; the list itself does for a word of non-ASCII letters, which
// tokenize does not look up (isInList). A class list's words are short
// function words, none longer than maxClassWord, the longest word
// tokenize looks up. Small enough to be inlined where it is asked.
func (st *attrState) isIn(t token, c tokFlags) bool {
	return t.flags&c != 0 || t.flags&tNonASCII != 0 && isInList(st, t, c)
}

// isInList is isIn for a token of non-ASCII letters, whose class bit
// tokenize did not set.
func isInList(st *attrState, t token, c tokFlags) bool {
	if t.flags&tWord == 0 {
		return false
	}
	return st.d.lex.Contains(classList(c), st.text[t.s:t.e])
}

// mayBeIn is isIn for a hot path's first test: false only where the
// class bit rules the word out.
func (st *attrState) mayBeIn(t token, c tokFlags) bool {
	return t.flags&c != 0 || t.flags&tNonASCII != 0 || t.e-t.s > maxClassWord
}

// A formAnswer says who answers hasForm for the form it kept.
type formAnswer uint8

const (
	noForm  formAnswer = iota // no form kept yet
	byTable                   // the table of whole forms folded it: its entry answers
	byLists                   // the table cannot fold it (a byte above 0x7F): the lists answer
)

// hasForm reports whether list l, whose form flag is f, holds the
// canonical form s of a cue, asked of the table of whole forms. The
// entry of the last form asked is kept: a cue's tests ask about its
// canonical form several times, so other forms are asked of the table
// itself.
func (st *attrState) hasForm(s string, f formFlags, l List) bool {
	if s != st.lastForm || st.lastFormBy == noForm {
		e, ok := st.wc.forms.find(s)
		st.lastForm, st.lastFormEntry, st.lastFormBy = s, e, byTable
		if !ok {
			st.lastFormBy = byLists
		}
	}
	if st.lastFormBy == byLists {
		return st.d.lex.Contains(l, s)
	}
	return st.lastFormEntry != nil && st.lastFormEntry.flags&f != 0
}

// cueCanonical returns the canonical form in CueVerbs of the cue word t,
// or the word in lower case where the list has none. The entry of the
// canonical form is left where hasForm looks first: the cue's tests ask
// about that form next.
func (st *attrState) cueCanonical(t token) string {
	w := st.text[t.s:t.e]
	var e *formEntry
	ok := t.flags&(tWord|tNonASCII) == tWord
	if ok {
		e = st.wc.forms.findWord(w, t.hash) // the word's hash is the token's
	} else {
		e, ok = st.wc.forms.find(w)
	}
	switch {
	case !ok:
		if c, _ := st.d.lex.Lookup(CueVerbs, w); c != "" {
			return c
		}
	case e != nil && e.flags&fCueVerb != 0:
		if e.verbFolded {
			st.lastForm, st.lastFormEntry, st.lastFormBy = e.verb, e.verbEntry, byTable
		}
		return e.verb
	}
	return lowerASCII(w)
}

// endsPhrase reports whether toks[k] may end an entry of the list whose
// last words have class c (cNotCueLast, cFromLast), after the word
// before it: false only where the class bit rules it out, a word that
// tokenize looked up, one space after the word before.
func (st *attrState) endsPhrase(k int, c tokFlags) bool {
	t := st.toks[k]
	if t.flags&c != 0 || t.flags&(tWord|tNonASCII) != tWord || t.e-t.s > maxClassWord {
		return true
	}
	return k == 0 || t.s != st.toks[k-1].e+1 || st.text[t.s-1] != ' '
}

// isWord reports whether the token is the given lower-case ASCII word,
// ignoring case. Setting the bit 0x20 lowers an ASCII capital and leaves
// a lower-case letter, a digit, "-", "." and "'" as they are; the only
// other bytes it maps onto those are control bytes, which no word holds.
func isWord(text string, t token, w string) bool {
	if t.flags&tWord == 0 || t.e-t.s != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if text[t.s+i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// countAfterModifier reports whether the determiner toks[k] is a number
// or a quantifier that follows one lower-case modifier after an article:
// "the next two", "the first three", "the other two", "their last
// four", "the past five years". A noun there ("a strategy some
// believe", "the time those primaries concluded") or an article after
// it ("the man the police named") begins a clause of its own.
func countAfterModifier(text string, toks []token, lo, k int) bool {
	if toks[k].flags&tUpper != 0 {
		return false
	}
	m := toks[k-1]
	if m.flags&(tWord|tUpper|cPron|cCue|cCueMW|cLink|cStop) != tWord || m.quote != toks[k].quote {
		return false
	}
	switch text[m.s:m.e] {
	case "next", "last", "first", "second", "third", "other", "remaining", "past", "top", "final", "previous", "only", "latest":
		// The words of order that stand between an article and a count.
		return !isArticle(text, toks[k]) && isArticle(text, toks[k-2])
	}
	return false // "a strategy some believe": a noun, and a clause after it
}

// isArticle reports whether t is an article, a possessive or another
// determiner that never stands alone, after which a verb form is a
// noun: "the report", "his call", "no warning", "every report".
func isArticle(text string, t token) bool {
	return t.flags&cDet != 0 && isArticleWord(text, t) // inlined: most tokens asked are no determiner
}

// isArticleWord is isArticle for a determiner: which one it is.
func isArticleWord(text string, t token) bool {
	for _, w := range [...]string{"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "no", "every"} {
		if isWord(text, t, w) {
			return true
		}
	}
	return false
}

// abbrevDot reports whether toks[i] is a period that belongs to the word
// before it ("Sen.", "Mr.", "J.").
func abbrevDot(text string, toks []token, i int) bool {
	// The test of the period, inlined at the callers: most tokens asked
	// are not one, and the call cost more than the test.
	return i > 0 && text[toks[i].s] == '.' && abbrevBefore(text, toks, i)
}

// abbrevBefore is abbrevDot for a period at i > 0.
func abbrevBefore(text string, toks []token, i int) bool {
	p := toks[i-1]
	return p.e == toks[i].s && p.flags&tWord != 0 &&
		(p.flags&(cAbbr|cTitle) != 0 || p.e-p.s == 1 && p.flags&tUpper != 0 || p.flags&tUpper != 0 && p.e-p.s <= 6 && strings.IndexByte(text[p.s:p.e], '.') > 0 ||
			partyState(text, toks, i-1))
}

// partyState reports whether toks[k] ends a legislator's party-and-state
// tag, "R-Ky" in "R-Ky.": one word, or a short capitalised word after a
// hyphen and a one-letter party.
func partyState(text string, toks []token, k int) bool {
	t := toks[k]
	if t.flags&tUpper == 0 {
		return false
	}
	if w := text[t.s:t.e]; len(w) >= 4 && len(w) <= 8 && w[1] == '-' && w[0] >= 'A' && w[0] <= 'Z' {
		return true // "R-Ky" as one word
	}
	if k < 2 || t.e-t.s > 5 {
		return false
	}
	h, p := toks[k-1], toks[k-2]
	return text[h.s] == '-' && h.e == t.s && p.e == h.s && p.e-p.s == 1 && p.flags&tUpper != 0
}

// participleBeforeSource reports whether toks[k], a cue word, is a
// participle in "-ed" that modifies the source noun after it ("informed
// sources said"), set off from the words before it by punctuation or
// opening its sentence: an adjective of the source, no verb.
func participleBeforeSource(text string, toks []token, k int) bool {
	t, n := toks[k], toks[k+1]
	if t.e-t.s < 5 || !strings.HasSuffix(text[t.s:t.e], "ed") || n.flags&(tWord|tUpper|cSrcNoun) != tWord|cSrcNoun {
		return false
	}
	return k == 0 || toks[k-1].flags&tWord == 0
}

// phraseLeft returns the first token of the source phrase that ends with
// toks[end-1], looking no further left than lo, or -1 where no phrase
// ends there. The phrase runs back to its determiner, or to a stop word,
// punctuation or a verb: "a campaign operative", "Pakistan’s Ambassador
// to Iran Muhammad Mudassir Tipu", "he".
func phraseLeft(text string, toks []token, lo, end int) int {
	k := end - 1
	if k < lo {
		return -1
	}
	if toks[k].flags&cPron != 0 {
		if k-2 >= lo && isWord(text, toks[k-1], "of") && toks[k-2].flags&tWord != 0 && toks[k-2].flags&(cCue|cCueMW|cLink|cPron) == 0 && toks[k-2].quote == 0 {
			return k - 2 // "one of them said", "some of us": the part, not the pronoun
		}
		return k
	}
	start := -1
	if text[toks[k].s] == ')' {
		// "Rep. Jane Doe (D-Md.) said": a bracket after the name.
		for b := k - 1; b >= lo && b > k-8; b-- {
			if text[toks[b].s] == '(' {
				k = b - 1
				break
			}
		}
		if k == end-1 || k < lo {
			return -1
		}
	}
	if k > lo && (isWord(text, toks[k], "here") || isWord(text, toks[k], "there")) && toks[k-1].flags&(tWord|cStop|cAux|cPron|cCue|cLink|cTime) == tWord && toks[k-1].quote == 0 {
		start = k // "officials here said", "observers there said": the place is part of the source
		k--
	}
	n := 0
	for ; k >= lo && n < maxPhrase; k, n = k-1, n+1 {
		t := toks[k]
		if t.flags&tWord == 0 {
			if abbrevDot(text, toks, k) || text[t.s] == '&' {
				continue
			}
			if start >= 0 && innerSlash(text, toks, lo, k) {
				continue // "Kodam XIII/Merdeka": a slash inside a name
			}
			if start >= 0 && pluralPossessiveMark(text, toks, lo, k, end) {
				continue // "the growers' association said"
			}
			if text[t.s] == '%' && k > lo && toks[k-1].e == t.s && toks[k-1].flags&tWord != 0 && isDigit(text[toks[k-1].s]) {
				start = k // "42% say"
				continue
			}
			if t.flags&tParen != 0 && k > lo && text[t.s] == ')' && start >= 0 {
				// "(ZANIS)": an acronym in brackets inside a name;
				// "(Zone 2)", "(Rural)": the part of a title's portfolio.
				if b := bracketOpen(text, toks, lo, k); b >= 0 {
					n += k - b
					k = b
					continue
				}
			}
			break
		}
		if start >= 0 && k > lo && isWord(text, t, "and") && toks[k-1].flags&tUpper != 0 && toks[k+1].flags&tUpper != 0 {
			continue // "David Albright and Serena Kelleher"
		}
		if start >= 0 && t.quote == 0 && t.flags&(cStop|cPron|cAux) == cAux && (rankBeforeTitle(text, toks, lo, k) || k > lo && rankClassAfterTitle(toks, k, end)) {
			start = k // "First Deputy Foreign Minister Ivan Sorokin", "the first deputy minister", "Airman First Class Maria Lopez"
			continue
		}
		if t.quote != 0 || t.flags&(cStop|cPron|cAux) != 0 {
			if t.flags&(tUpper|cPron) == tUpper|cPron && start == k+1 && particleI(text, toks, k, end) {
				start = k
				continue
			}
			if start == k+1 && t.flags&(tUpper|cStop) == tUpper|cStop && stopAsGivenName(text, toks, lo, k, end) {
				start = k // "Dr. Nor Azlina Ismail": a given name written as a function word
				continue
			}
			if start >= 0 && innerOn(text, toks, lo, k) {
				continue // "the Institute for Research on Glaciers", not "the Ministry on Tuesday"
			}
			break
		}
		if t.flags&(cCue|cLink) != 0 && t.flags&tUpper == 0 && !(k > lo && isArticle(text, toks[k-1])) && !(k == end-1 && k > lo && toks[k-1].flags&tWord != 0 && toks[k-1].flags&(cStop|cAux|cPron) == 0) && !(k > lo && nounAfterPossessive(text, toks, lo, k, end)) && !(start == k+1 && toks[start].flags&cDoc != 0 && k-2 >= lo && nounBeforeDoc(toks, k-2, k, end)) && !(start == k+1 && k+1 == end-1 && toks[start].flags&(cNotCueLast|cPrep|cStop) == cNotCueLast) && !(start == k+1 && cueCompound(text, toks, lo, k, end)) && !(start == k+1 && k+1 == end-1 && participleBeforeSource(text, toks, k)) {
			break // a verb; but "the congressional report said": a noun before the verb, "the mayor's press secretary", "a separate press release said", "a think tank said", "informed sources said"
		}
		if t.flags&cDet != 0 {
			start = k
			if k-2 >= lo && toks[k-1].flags&(tUpper|cStop|cPrep) == 0 && countAfterModifier(text, toks, lo, k) {
				// "the next two states", "its first three rounds", "the
				// other two": a number after a modifier and an article
				// counts the noun; the article opens the phrase.
				k--
				n++
				continue
			}
			// "Emirati daily The National", "the daily The Hindu": a
			// name that opens with "The" after an outlet's noun in lower
			// case, one space between; the noun and what stands before it
			// are the phrase's. Two spaces or a line break there mark
			// text lost between them ("The number of people  The
			// Washington Post reported").
			if t.flags&tUpper != 0 && k > lo && k+1 < end && toks[k+1].flags&tUpper != 0 && toks[k-1].flags&(tWord|tUpper|cSrcNoun) == tWord|cSrcNoun && toks[k-1].quote == t.quote && toks[k-1].e+1 == t.s {
				continue
			}
			// "a narrator in the ad": a phrase that ends in a prepositional phrase.
			if k-2 >= lo && isPrep(toks[k-1]) && n+2 < maxPhrase {
				if p := toks[k-2]; p.flags&tWord != 0 && p.flags&(cStop|cAux|cPron|cCue|cLink) == 0 && p.quote == 0 {
					continue
				}
			}
			// "CEO of the National Center for Vegetation Cover Development
			// and Combating Desertification Dr. X": at the bound, a
			// capitalised title before the body's "of the" still opens
			// the phrase; the long name after it is the title's.
			if k-2 >= lo && isPrep(toks[k-1]) && n+2 >= maxPhrase {
				if x := longTitleStart(text, toks, lo, k-1, end); x >= 0 {
					start = x
				} else if p := toks[k-2]; p.flags&(tWord|tUpper) == tWord|tUpper && p.flags&(cTitle|cRole) != 0 && p.flags&(cStop|cAux|cPron|cCue|cLink) == 0 && p.quote == 0 {
					start = titleRanksBefore(toks, lo, k-2)
				} else if x := titleBeforePortfolio(toks, lo, k-1); x >= 0 {
					start = x
				}
			}
			break
		}
		if isPrep(t) {
			if start < 0 {
				break // a phrase does not end with a preposition
			}
			continue
		}
		start = k
	}
	if start < 0 {
		return -1
	}
	// "Deputy Director of the Baikal Branch of the Russian Federal
	// Research Institute of Fisheries and Oceanography X": a capitalised
	// title whose body runs to the bound opens the phrase further left.
	if n == maxPhrase && start == k+1 && k >= lo {
		if x := longTitleStart(text, toks, lo, k, end); x >= 0 {
			start = x
		}
	}
	// "HE the Minister of State", "HE Dr. Al Sulaiti": an honorific in
	// capitals starts the phrase.
	if start > lo && honorificCaps(text, toks, start-1) {
		start--
	}
	// "His Highness the Amir", "Her Majesty": a capitalised pronoun and
	// the title of address after it start the phrase.
	if start-2 >= lo && toks[start-1].flags&(tWord|tUpper|cTitle) == tWord|tUpper|cTitle && toks[start-2].flags&(tWord|tUpper) == tWord|tUpper && possessive(text, toks[start-2]) && toks[start-2].quote == 0 {
		start -= 2
	}
	// Drop leading prepositions left by the walk.
	for start < end && isPrep(toks[start]) {
		start++
	}
	if start >= end {
		return -1
	}
	// "In fact Trump said", "Of course the minister", "After all
	// Smith": a preposition that opens the sentence and one word in
	// lower case are an adverb of the sentence, no part of the phrase.
	if p := start - 1; p >= lo && toks[p].flags&(tUpper|tWord) == tUpper|tWord && start+1 < end && toks[start].flags&(tWord|tUpper|cDet) == tWord && toks[start+1].flags&(tUpper|cDet) != 0 && isPrep(toks[p]) && sentenceInitial(text, toks, p) {
		start++
	}
	return start
}

// titleBeforePortfolio returns the first word of a capitalised title
// whose portfolio, capitalised words and prepositions, ends before the
// preposition toks[at], or -1: "Deputy Director for Science" before "at
// the Permafrost Institute of the Siberian Branch of …", which runs past
// the phrase's bound. The title's role word is at most four words back,
// the capitalised words before it (a rank: "Deputy", "First") are the
// title's too.
func titleBeforePortfolio(toks []token, lo, at int) int {
	x := at - 1
	for ; x >= lo && x >= at-5; x-- {
		t := toks[x]
		if t.quote != 0 || t.flags&tWord == 0 || t.flags&(cStop|cAux|cPron|cCue|cLink|cDet) != 0 {
			return -1
		}
		if t.flags&tUpper == 0 {
			if isPrep(t) && x < at-1 {
				continue
			}
			return -1
		}
		if t.flags&(cTitle|cRole) != 0 && x < at-1 {
			break
		}
	}
	if x < lo || x < at-5 {
		return -1
	}
	return titleRanksBefore(toks, lo, x)
}

// maxTitlePhrase bounds, in tokens, a source phrase that is one
// capitalised title with its body and the holder's name (see
// longTitleStart), which may run past maxPhrase.
const maxTitlePhrase = 24

// titleBodyWord reports whether t may stand in a capitalised title with
// its body: a capitalised word that is no function word, pronoun or
// verb, or a name link in lower case ("of", "the", "and").
func titleBodyWord(t token) bool {
	return t.quote == 0 && t.flags&tWord != 0 && (t.flags&(tUpper|cStop|cPron|cCue|cLink) == tUpper || t.flags&(tUpper|cNameLink) == cNameLink)
}

// longTitleStart returns the first word of the capitalised title whose
// body and holder's name are toks[k+1:end], words of titleBodyWord one
// space apart, which the walk of phraseLeft reached at its bound: the
// title's role word lies left of k within maxTitlePhrase tokens of end,
// through more such words, and its ranks before it are the title's
// ("Deputy Director of the Baikal Branch of the Russian Federal
// Research Institute of Fisheries and Oceanography Yelena Sukhanova").
// It returns -1 where no title opens such a run.
func longTitleStart(text string, toks []token, lo, k, end int) int {
	first := -1
	x := end - 1
	for ; x >= lo && end-x <= maxTitlePhrase; x-- {
		// "of the Republic of Sakha (Yakutia) Pavel Kolesov": a
		// capitalised word in brackets inside the body is its own.
		if t := toks[x]; t.flags&tParen != 0 && x-2 > lo && x < end-1 && t.e+1 == toks[x+1].s && text[t.s] == ')' && bracketedWord(text, toks, x) {
			x -= 2
			continue
		}
		// "Laboratory at the Academy of Sciences": a body's "at the"
		// before the body it belongs to, capitalised words either side.
		if t := toks[x]; x > lo && x+2 < end && t.flags&tUpper == 0 && t.e+1 == toks[x+1].s && toks[x-1].flags&(tWord|tUpper) == tWord|tUpper &&
			toks[x+2].flags&tUpper != 0 && isWord(text, t, "at") && isWord(text, toks[x+1], "the") {
			continue
		}
		if t := toks[x]; !titleBodyWord(t) || x < end-1 && t.e+1 != toks[x+1].s {
			if x > k {
				return -1 // the words walked are no title's
			}
			// "…, head of the Mammoth Fauna Laboratory at the Academy of
			// Sciences X told TASS": a role in lower case before its
			// "of", after a comma or at the start, opens the title, and
			// no capitalised title inside the body does.
			if x >= lo && end-x <= maxTitlePhrase && t.flags&(tUpper|cRole|cStop|cPron|cCue|cLink) == cRole && t.quote == 0 &&
				isWord(text, toks[x+1], "of") && t.e+1 == toks[x+1].s && (x == lo || toks[x-1].flags&tWord == 0 && text[toks[x-1].s] == ',') {
				return x
			}
			break
		}
		if toks[x].flags&(tUpper|cTitle) == tUpper|cTitle || toks[x].flags&(tUpper|cRole) == tUpper|cRole {
			first = x
		}
	}
	if first < 0 {
		return -1
	}
	return titleRanksBefore(toks, lo, first)
}

// bracketedWord reports whether toks[x], a closing bracket, ends one
// capitalised word in brackets, written with a space before the
// opening one: the "(Yakutia)" of "Sakha (Yakutia)".
func bracketedWord(text string, toks []token, x int) bool {
	w, open := toks[x-1], toks[x-2]
	return w.flags&(tWord|tUpper) == tWord|tUpper && w.quote == 0 && open.flags&tParen != 0 && text[open.s] == '(' &&
		open.e == w.s && w.e == toks[x].s && toks[x-3].e+1 == open.s
}

// titleRanksBefore returns the first word of the capitalised title
// whose role word is toks[x]: up to two capitalised words before it,
// one space apart, are its ranks ("Deputy", "First Deputy"), no
// function word, verb or article among them.
func titleRanksBefore(toks []token, lo, x int) int {
	for y := x - 1; y >= lo && y >= x-2; y-- {
		t := toks[y]
		if t.quote != 0 || t.flags&(tWord|tUpper) != tWord|tUpper || t.flags&(cStop|cPron|cCue|cLink|cDet) != 0 || t.e+1 != toks[y+1].s {
			break
		}
		x = y
	}
	return x
}

// innerOn reports whether toks[k] is "on" between capitalised words
// of one name, the one after it no time: "the Institute for Research
// on Glaciers", "the Committee on Foreign Relations".
func innerOn(text string, toks []token, lo, k int) bool {
	t := toks[k]
	return k > lo && k+1 < len(toks) && t.quote == 0 && toks[k-1].quote == 0 && toks[k+1].flags&(tUpper|cTime) == tUpper &&
		toks[k-1].flags&(tWord|tUpper) == tWord|tUpper && isWord(text, t, "on")
}

// portfolioOn reports whether toks[k], "on" after the office a title
// is of ("to the Prime Minister", "of the Secretary-General"), opens the
// title's portfolio, which runs on to its holder's name: "Special
// Assistant to the Prime Minister on Overseas Pakistanis Tariq Mehmood
// Bhatti", "Adviser to the President on Economic Affairs X". The
// phrase from toks[i] opens with no article, as a title before a name
// does, holds a title or role word, and three capitalised words at
// least follow "on", the portfolio's and the name's, no time among
// them: "said Minister X on Monday", "said the Prime Minister on Sky
// News Australia" and "said President X on Capitol Hill" end before it.
func portfolioOn(text string, toks []token, i, k, hi int) bool {
	if k-3 <= i || toks[i].flags&cDet != 0 || !innerOn(text, toks, i, k) {
		return false
	}
	// The office: capitalised words after "the" and a preposition.
	x := k - 1
	for x > i && x >= k-3 && toks[x].flags&(tWord|tUpper) == tWord|tUpper {
		x--
	}
	if x == k-1 || !isWord(text, toks[x], "the") || !isPrep(toks[x-1]) {
		return false
	}
	titled := false
	for y := i; y < k && !titled; y++ {
		titled = toks[y].flags&(cTitle|cRole) != 0
	}
	n := 0
	for y := k + 1; y < hi && n < 3 && titled; y++ {
		t := toks[y]
		if t.flags&(tWord|tUpper) != tWord|tUpper || t.quote != 0 || t.flags&(cStop|cPron|cTime|cCue|cLink|cDet) != 0 || t.s != toks[y-1].e+1 {
			return false
		}
		n++
	}
	return n == 3
}

// innerSlash reports whether toks[k] is a slash with a word written
// close on either side, the capitalised one after it: "XIII/Merdeka",
// "IV/Diponegoro", a command's number and name in one.
func innerSlash(text string, toks []token, lo, k int) bool {
	t := toks[k]
	return k > lo && k+1 < len(toks) && text[t.s] == '/' && toks[k-1].e == t.s && toks[k+1].s == t.e &&
		toks[k-1].flags&tWord != 0 && toks[k+1].flags&(tWord|tUpper) == tWord|tUpper
}

// bracketOpen returns the opening bracket of the one to three words in
// brackets that toks[k], a closing bracket, ends, or -1: "(ZANIS)",
// "(Zone 2)", "(Ret.)" with an abbreviation's period.
func bracketOpen(text string, toks []token, lo, k int) int {
	for b := k - 1; b >= lo && b >= k-4; b-- {
		t := toks[b]
		if t.flags&tWord != 0 && t.quote == 0 || abbrevDot(text, toks, b) {
			continue
		}
		if b < k-1 && t.flags&tParen != 0 && text[t.s] == '(' {
			return b
		}
		return -1
	}
	return -1
}

// bracketClose returns the closing bracket of the one or two words in
// brackets that toks[b], an opening bracket, starts, before hi, or -1:
// "(Ret.)", "(retd)".
func bracketClose(text string, toks []token, b, hi int) int {
	if text[toks[b].s] != '(' {
		return -1
	}
	for k := b + 1; k < hi && k <= b+maxRankMark-1; k++ {
		t := toks[k]
		if t.flags&tWord != 0 && t.quote == 0 || abbrevDot(text, toks, k) {
			continue
		}
		if k > b+1 && t.flags&tParen != 0 && text[t.s] == ')' {
			return k
		}
		return -1
	}
	return -1
}

// honorificCaps reports whether toks[k] is a pronoun written in
// capitals before a word in mixed case or a lower-case article, one
// space after it: "HE" (His or Her Excellency) in "HE the Minister of
// State said", "HE Dr. Al Sulaiti". A pronoun is never followed so;
// a heading in capitals ("HE SAID") has no word in mixed case.
func honorificCaps(text string, toks []token, k int) bool {
	t := toks[k]
	if t.flags&(tWord|cPron) != tWord|cPron || t.quote != 0 || t.e-t.s < 2 || k+1 >= len(toks) {
		return false
	}
	for i := t.s; i < t.e; i++ {
		if !isUpperASCII(text[i]) {
			return false
		}
	}
	n := toks[k+1]
	if n.s != t.e+1 || text[t.e] != ' ' || n.flags&tWord == 0 || n.quote != 0 || n.e-n.s < 2 {
		return false
	}
	if n.flags&cDet != 0 && !isUpperASCII(text[n.s]) {
		return true
	}
	return isUpperASCII(text[n.s]) && 'a' <= text[n.s+1] && text[n.s+1] <= 'z'
}

// rankBeforeTitle reports whether toks[k], a word of the auxiliaries
// and adverbs that stand between a subject and its verb, is rather a
// rank before the title that follows it in the phrase: "First" in
// "First Deputy Foreign Minister Ivan Sorokin", "first" in "the first
// deputy foreign minister". A title or role noun must follow within
// four words written in the same case, and a word in lower case must
// stand after an article or a possessive ("Russia's first deputy
// foreign minister"): "Sorokin first said" keeps its adverb with the
// verb, which the walk never reaches.
func rankBeforeTitle(text string, toks []token, lo, k int) bool {
	upper := toks[k].flags & tUpper
	if upper == 0 && !(k > lo && (toks[k-1].flags&(cIndefinite|cPossDet) != 0 || isWord(text, toks[k-1], "the") || possessive(text, toks[k-1]))) {
		return false
	}
	if upper != 0 && sentenceInitial(text, toks, k) && (toks[k].flags&cTime != 0 || !(k+1 < len(toks) && compoundTitleAt(toks, k+1))) {
		return false // "Then Mr. Rubin said", "Now Foreign Minister X said": the capital is the sentence's
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 || t.flags&tUpper != upper || t.flags&(cStop|cPron|cAux) != 0 {
			return false
		}
		if t.flags&(cTitle|cRole) != 0 {
			return true
		}
	}
	return false
}

// bareRankRole reports whether toks[i], a word in lower case of the
// auxiliaries and adverbs (the caller asks), opens a phrase as the rank of a role in lower
// case that a capitalised name follows, with no determiner before it:
// "first mate Ruslan Akhmetov", "first deputy mayor Ivan Petrov" after
// "citing". A rank with no role and name after it ("first quarter
// results") opens none.
func bareRankRole(text string, toks []token, i, hi int) bool {
	return toks[i].quote == 0 && i+2 < hi && roleAhead(text, toks, i+1, hi)
}

// rankClassAfterTitle reports whether toks[k], a capitalised word of
// the auxiliaries and adverbs ("First"), is rather the ordinal of a
// rank's class between a capitalised title or role and a name:
// "Airman First Class Maria Lopez", "Petty Officer First Class X". Two
// capitalised words must follow, the class word and the name.
func rankClassAfterTitle(toks []token, k, hi int) bool {
	t, p := toks[k], toks[k-1]
	if t.flags&(tUpper|cAux|cStop|cPron) != tUpper|cAux || t.quote != 0 || p.flags&tUpper == 0 || p.flags&(cTitle|cRole) == 0 || k+2 >= hi {
		return false
	}
	for _, n := range toks[k+1 : k+3] {
		if n.flags&(tWord|tUpper) != tWord|tUpper || n.flags&(cStop|cAux|cPron|cDet) != 0 || n.quote != 0 {
			return false
		}
	}
	return true
}

// compoundTitleAt reports whether toks[m], a capitalised word that is
// no title or role itself, opens a title of several words, its title
// or role within three capitalised words, after a rank word that opens
// the sentence: "First Deputy Prime Minister X", not "Then President
// X" nor "Then Mr. X".
func compoundTitleAt(toks []token, m int) bool {
	if a := toks[m]; a.flags&(tWord|tUpper) != tWord|tUpper || a.flags&(cTitle|cRole|cStop|cPron|cAux|cDet) != 0 || a.quote != 0 {
		return false
	}
	for x := m + 1; x < len(toks) && x <= m+3; x++ {
		b := toks[x]
		if b.flags&(tWord|tUpper) != tWord|tUpper || b.s != toks[x-1].e+1 || b.flags&(cStop|cPron|cAux|cDet) != 0 {
			return false
		}
		if b.flags&(cTitle|cRole) != 0 {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether toks[k] starts its sentence: the
// first token, or one after a full stop, a question or exclamation
// mark, or a line break.
func sentenceInitial(text string, toks []token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	if p.flags&tWord == 0 && !abbrevDot(text, toks, k-1) {
		switch text[p.s] {
		case '.', '!', '?':
			return true
		}
	}
	return strings.IndexByte(text[p.e:toks[k].s], '\n') >= 0
}

// cueAdjective reports whether toks[k], a cue word, is an adjective
// before a source noun that ends a [cueNotPhrases] entry with it:
// "informed sources", "informed circles".
func cueAdjective(toks []token, k, hi int) bool {
	return k+1 < hi && toks[k+1].flags&(cSrcNoun|cNotCueLast) == cSrcNoun|cNotCueLast && toks[k+1].quote == 0
}

// phraseRight returns the end (exclusive) of the source phrase that
// starts at toks[i], looking no further than hi, or -1 where no phrase
// starts there: "the official", "Trump", "the website of the President’s
// Office".
func phraseRight(text string, toks []token, i, hi int) int {
	if i >= hi || toks[i].flags&tWord == 0 || toks[i].quote != 0 {
		return -1
	}
	t := toks[i]
	if t.flags&cPron != 0 && (t.flags&tUpper == 0 || !particleI(text, toks, i, hi)) {
		if t.flags&tUpper != 0 && honorificCaps(text, toks, i) {
			if e := phraseRight(text, toks, i+1, hi); e > i+1 {
				return e // "quoted HE Nasser Al Marri as saying": an honorific, not the pronoun
			}
		}
		return i + 1
	}
	k := i
	if t.flags&(cStop|cAux|cTime) != 0 && t.flags&cDet == 0 {
		if t.flags&(tUpper|cStop|cPron|cTime|cAux) != cAux || !bareRankRole(text, toks, i, hi) {
			return -1 // "said Tuesday": a time is no source
		}
		k = i + 1 // "first mate Ruslan Akhmetov": the rank, then the role and the name
	}
	if t.flags&(cCue|cLink) != 0 && t.flags&tUpper == 0 && !(i+1 < hi && toks[i+1].flags&(cRole|cTitle) != 0 && toks[i+1].quote == 0) && !cueAdjective(toks, i, hi) {
		return -1 // but "press secretary Josh Earnest": a noun before a role
	}
	end := -1
	if t.flags&cDet != 0 {
		k++
		if k < hi && toks[k].flags&(cCue|cLink) != 0 {
			k++ // "the report": a noun after an article
			end = k
		}
	}
	afterPrep := false
	for n := 0; k < hi && n < maxPhrase; k, n = k+1, n+1 {
		t := toks[k]
		if afterPrep && t.flags&cDet != 0 {
			afterPrep = false
			continue
		}
		afterPrep = false
		if t.quote != 0 {
			break
		}
		if t.flags&tWord == 0 {
			if abbrevDot(text, toks, k) && k+1 < hi && toks[k+1].flags&tUpper != 0 || text[t.s] == '&' {
				continue
			}
			if end > 0 && pluralPossessiveMark(text, toks, i, k, hi) {
				continue // "the caucus' website"
			}
			if t.flags&tComma != 0 && end > 0 && toks[k-1].flags&tUpper != 0 && portfolioList(text, toks, k+1, hi) {
				continue // "Investment, Trade and Industry Minister Zafrul Aziz"
			}
			if text[t.s] == '(' && k+2 < hi && toks[k+1].flags&tWord != 0 && text[toks[k+2].s] == ')' && end > 0 {
				k += 2
				end = k + 1
				if n := k + 1; n < hi && (verbLike(text, toks[n]) || toks[n].flags&(tUpper|cTime|cTimeOpener) > tUpper) {
					break // "a statement to the Saudi Press Agency (SPA) following the session", "the council (GCC) ended", "(ABS) last week": a verb or a time follows the name
				}
				continue
			}
			if t.flags&tParen == 0 || end < 0 {
				break
			}
			if c := postingClose(text, toks, k, hi); c > 0 {
				k, end = c, c+1 // "Deputy Commissioner of Police (Crime and Traffic) Hemant Tiwari"
				continue
			}
			break
		}
		if isPrep(t) {
			if end < 0 || k+1 >= hi {
				break
			}
			n := toks[k+1]
			if n.flags&tWord == 0 || n.flags&(cTime|cPron) != 0 || n.flags&(cDet|tUpper) == 0 {
				break
			}
			if n.flags&cMonth != 0 && !isWord(text, t, "of") {
				break // "its website in March": a time, no part of the phrase
			}
			if n.flags&cDet != 0 && k+2 < hi && (toks[k+2].flags&cTime != 0 || toks[k+2].flags&cDoc != 0 && !isWord(text, t, "with") && !isWord(text, t, "of") && !(k+3 < hi && nounAfter(text, toks[k+3]))) {
				break // "on the same day", "in an interview"; but "officials familiar with the talks", "a senator in the ruling party"
			}
			afterPrep = true
			continue
		}
		if end > 0 && k+1 < hi && isWord(text, t, "and") && toks[k-1].flags&tUpper != 0 && toks[k+1].flags&tUpper != 0 && toks[k+1].flags&cStop == 0 {
			continue // "Business and Finance"
		}
		if end > 0 && k+3 <= hi && toks[i].flags&cDet != 0 && isWord(text, t, "and") && lowerBodyAnd(toks, k, hi) {
			k += 2 // "the provincial forestry and grassland bureau": a body in lower case
			end = k + 1
			continue
		}
		if k > i && t.flags&(tUpper|cAux) == tUpper|cAux && rankClassAfterTitle(toks, k, hi) {
			continue // "Airman First Class Maria Lopez": a rank's class, then the name
		}
		if k > i && t.quote == 0 && t.flags&(cStop|cPron|cAux) == cAux && rankBeforeTitle(text, toks, i, k) {
			continue // "Russia's first deputy foreign minister"
		}
		if t.flags&cStop != 0 && end > 0 && portfolioOn(text, toks, i, k, hi) {
			continue // "said Special Assistant to the Prime Minister on Overseas Pakistanis X"
		}
		if t.flags&(cStop|cAux|cPron) != 0 && (t.flags&(tUpper|cPron) != tUpper|cPron || !particleI(text, toks, k, hi)) || t.flags&(cCue|cCueMW|cLink|cLinkMW) != 0 && t.flags&tUpper == 0 && !(k == i && k+1 < hi && toks[k+1].flags&(cRole|cTitle) != 0) && !(k == i && cueAdjective(toks, k, hi)) && !roleBeforeName(toks, k+1, hi) && !(k > i && toks[k-1].flags&(cDet|cPron) == cDet && toks[k-1].flags&tWord != 0) && !headNounAt(toks, i, k, hi) && !docAfterNoun(toks, i, k) && !(k+1 < hi && toks[k+1].flags&cDoc != 0 && nounBeforeDoc(toks, i, k, hi)) && !nounAfterPossessive(text, toks, i, k, hi) && !cueCompound(text, toks, i, k, hi) {
			break // a verb; but "deputy fire chief Luis Ortega": a noun before a role and a name, and "a research note"
		}
		if t.flags&(cTimeOpener|tUpper) == cTimeOpener && end > 0 && k+1 < hi && (toks[k+1].flags&cTime != 0 || k+2 < hi && toks[k+1].flags&cTimeOpener != 0 && toks[k+2].flags&cTime != 0) {
			break // "its website late on Tuesday", "the agency early Monday": a time follows the phrase
		}
		if t.flags&cTime != 0 && end > 0 && !(t.e-t.s == 3 && t.flags&tUpper != 0 && toks[k-1].flags&tUpper != 0 && (toks[i].flags&cDet != 0 || !(k+1 < hi && (toks[k+1].flags&tWord == 0 || isDigit(text[toks[k+1].s]))))) && !timeInName(toks, i, k, hi) {
			break // "said Reuters Monday"; but "the Las Vegas Sun", "Toronto Sun recently dropped"
		}
		if t.flags&tUpper == 0 && k-2 >= i && toks[k-1].flags&tUpper != 0 && toks[k-2].flags&tUpper != 0 && toks[k-1].flags&tWord != 0 && toks[k-2].flags&tWord != 0 && toks[i].flags&cDet == 0 && !roleAhead(text, toks, k, hi) && !nameLinkInside(toks, k, hi) && !numberInName(text, toks, k, hi) && !outletNounEnd(toks, k, hi) {
			break // "Vice President Joe Biden weighed in": a name ends before a lower-case word
		}
		if t.flags&cDet != 0 && end > 0 && t.flags&tUpper == 0 {
			break
		}
		if end > 0 && k+1 < hi && t.flags&(tUpper|cDet|cPrep|cStop) == 0 && toks[k+1].flags&(cPossDet|tUpper) == cPossDet {
			break // "The company cut its forecast": a word before a possessive is the verb that takes it
		}
		end = k + 1
	}
	return end
}

// outletNounEnd reports whether toks[k], a word in lower case after a
// capitalised name, is the common noun of [sourceNouns] that ends the
// name's phrase: "Extra News channel", "Al Ahram newspaper" before
// "that", a comma or a verb. A word that goes on is no such head.
func outletNounEnd(toks []token, k, hi int) bool {
	if toks[k].flags&(cSrcNoun|cCue|cStop) != cSrcNoun || toks[k].quote != 0 {
		return false
	}
	if k+1 >= hi {
		return true
	}
	n := toks[k+1]
	return n.flags&tWord == 0 || n.flags&(cStop|cCue|cCueMW|cAux|cTime|cTimeOpener|cVenue) != 0
}

// lowerBodyAnd reports whether the "and" at toks[k] joins two plain
// words in lower case of a body's name, the second followed by its head
// noun where the phrase ends: "forestry and grassland bureau" in "a
// statement from the Yunnan provincial forestry and grassland bureau,".
// Plain words belong to no class of the grammar.
func lowerBodyAnd(toks []token, k, hi int) bool {
	plain := func(t token) bool { return t.flags&(tWord|tUpper|tNonASCII) == tWord && t.flags < cCue && t.quote == 0 }
	if !plain(toks[k-1]) || !plain(toks[k+1]) || !plain(toks[k+2]) {
		return false
	}
	return k+3 == hi || toks[k+3].flags&tWord == 0 && toks[k+3].flags&(tComma|tEnd) != 0
}

// numberInName reports whether toks[k] is a number inside a capitalised
// name, a capitalised word after it: "24" in "Il Sole 24 Ore", "4" in
// "Channel 4 News". A number that ends the name ("France 24", "Canal
// 13") is read with the name already.
func numberInName(text string, toks []token, k, hi int) bool {
	t := toks[k]
	if k+1 >= hi || t.quote != 0 || !allDigits(text[t.s:t.e]) || t.e-t.s > 4 {
		return false
	}
	n := toks[k+1]
	return n.flags&(tWord|tUpper) == tWord|tUpper && n.quote == 0 && n.flags&(cStop|cPron|cAux|cDet|cTime|cMonth) == 0 && n.s == t.e+1
}

// nameLinkInside reports whether toks[k], a small word of nameLinks
// that is no preposition or article, goes on with a capitalised word:
// "bin" in "Ambassador Yousef bin Hamad Al-Qahtani".
func nameLinkInside(toks []token, k, hi int) bool {
	return toks[k].flags&(cNameLink|cPrep|cDet|cStop) == cNameLink && k+1 < hi && toks[k+1].flags&(tWord|tUpper) == tWord|tUpper && toks[k+1].quote == 0
}

// nounAfterPossessive reports whether the cue word toks[k] modifies the
// noun after it, right after a possessive of the phrase from toks[i]:
// "the ministry's press service", "the party's report card". A cue, a
// verb or a function word after it leaves it a verb: "the company's
// report said".
func nounAfterPossessive(text string, toks []token, i, k, hi int) bool {
	if k == i || k+1 >= hi || toks[k].flags&tUpper != 0 || !possessive(text, toks[k-1]) || toks[k-1].flags&cPron != 0 {
		return false
	}
	n := toks[k+1]
	return n.flags&(tWord|tUpper) == tWord && n.quote == 0 && n.flags&(cCue|cCueMW|cLink|cLinkMW|cStop|cAux|cDet|cPron|cPrep|cTime|cPast) == 0 && !strings.HasSuffix(text[n.s:n.e], "ed")
}

// headNounAt reports whether the document noun toks[k] is the head that
// ends the phrase from toks[i]: after a word of the phrase, before a
// comma, a full stop or the bound, "according to the company's annual
// report.", "citing a police report, …". A verb there would take an
// object or a clause.
func headNounAt(toks []token, i, k, hi int) bool {
	if k == i || toks[k].flags&cDoc == 0 || toks[k-1].flags&(tWord|cStop|cAux) != tWord || toks[k-1].quote != 0 {
		return false // a document noun only: "the agency reported." is a verb
	}
	return k+1 >= hi || toks[k+1].flags&(tComma|tEnd) != 0 && toks[k+1].flags&tWord == 0
}

// portfolioListStart returns where the source phrase toks[s:e] starts
// when it is the end of a title's list of portfolios after a comma, or
// -1: "Culture and Sports Amina Farah" after "Minister of Education,"
// runs from "Minister", and "Labour and Welfare" after "the Ministry of
// Health," from "the": a body's portfolios are listed as a title's are.
// The phrase must start with a capitalised
// portfolio word and hold the list's "and"; capitalised words and commas
// lead back, within eight tokens, to the title's preposition. A name
// after the comma ("the Minister of Education, Amina Farah and …") is
// no portfolio. A list that runs on to a title after it ("Health, Labor
// and Welfare Minister") starts at its first item: see
// portfolioListBefore.
func (st *attrState) portfolioListStart(lo, s, e int) int {
	text, toks := st.text, st.toks
	if s < 0 || s-2 < lo || toks[s-1].flags&tComma == 0 || toks[s].flags&(tWord|tUpper) != tWord|tUpper {
		return -1
	}
	and, titled := false, false
	m := s + 1
	for ; m < e && !titled; m++ {
		titled = and && toks[m].flags&(cTitle|cRole) != 0
		and = and || isWord(text, toks[m], "and")
	}
	if !and {
		return -1
	}
	// An office after the list's "and" ends it, "Health, Labor and
	// Welfare Minister"; a courtesy title opens the holder's name after
	// the list, "Electricity, Water and Renewable Energy Dr. Sabeeh
	// Al-Mukhaizeem" ([resolveHonorifics]).
	if titled && st.hasListed(m-1, m, resolveHonorifics) {
		titled = false
	}
	// The list's first word is a portfolio's, "Culture" of "Education,
	// Culture and Sports"; or any capitalised word where the title and
	// its preposition stand before the comma, "Migration, Population and
	// Religious Affairs" after "the Undersecretary for", as read below.
	portfolio := st.d.lex.containsToken(portfolioWords, text, toks[s])
	if titled {
		// A word no list holds before the list's "and" is a portfolio's
		// too where the items before the comma are: "Environment,
		// Urbanization and Climate Change Minister" (portfolioListBefore
		// asks for them).
		if !portfolio && (s+1 >= e || !isWord(text, toks[s+1], "and")) {
			return -1
		}
		return st.portfolioListBefore(lo, s)
	}
	for m, n := s-2, 0; m-1 >= lo && n < 8; m, n = m-1, n+1 {
		t := toks[m]
		switch {
		case t.quote != 0:
			return -1
		case t.flags&tWord == 0:
			if t.flags&tComma == 0 || toks[m-1].flags&tUpper == 0 {
				return -1
			}
		case isPrep(t):
			if p := toks[m-1]; p.flags&(cTitle|cRole) == 0 && (!portfolio || !st.d.lex.containsToken(resolveOrgs, text, p)) || p.flags&tUpper == 0 || m+1 >= s-1 {
				return -1 // but "Bank of America, Citigroup and Wells Fargo": a body's name is a list's only before a portfolio word
			}
			return phraseLeft(text, toks, lo, m+2)
		case t.flags&tUpper == 0 || t.flags&(cStop|cPron) != 0:
			return -1
		}
	}
	return -1
}

// portfolioListBefore returns where the list of portfolios that ends in
// the phrase from toks[s] starts, when the list runs on to the title
// after it: "Health, Labor and Welfare Minister Yoshiaki Kurosawa"
// runs from "Health", "Japan's Economy, Trade and Industry Minister"
// from "Japan's". Each item before a comma is of one to three
// capitalised words, the first a portfolio word (or the last, after a
// place: "Terengganu State Tourism"); the list starts at
// the first such item, or at the article or possessive before it.
// The look is bounded to five items.
func (st *attrState) portfolioListBefore(lo, s int) int {
	text, toks := st.text, st.toks
	start := s
	for m, n := s-1, 0; m-1 >= lo && n < 5 && toks[m].flags&(tWord|tComma) == tComma; n++ {
		b := m - 1
		for b-1 >= lo && b > m-3 && capitalisedListWord(text, toks[b-1]) {
			b--
		}
		// The item's first word is a portfolio's, or its last where a
		// place or a level of government opens it: "Terengganu State
		// Tourism, Culture and Digitalisation Committee chairman".
		if !capitalisedListWord(text, toks[b]) || !st.d.lex.containsToken(portfolioWords, text, toks[b]) && (b == m-1 || !st.d.lex.containsToken(portfolioWords, text, toks[m-1])) {
			break
		}
		start = b
		if b-1 < lo || toks[b-1].flags&(tWord|tComma) != tComma {
			if p := b - 1; p >= lo && toks[p].quote == 0 && (toks[p].flags&(tWord|cDet) == tWord|cDet || toks[p].flags&tUpper != 0 && possessive(text, toks[p])) {
				start = p
			}
			break
		}
		m = b - 1
	}
	if start == s {
		return -1
	}
	return start
}

// portfolioAndStart returns where the source phrase toks[s:e] starts
// when it is the second field of a body's "of" joined by "and", all in
// lower case: "forestry" of "the provincial directorate of agriculture
// and forestry", "social affairs" of "the district directorate of health
// and social affairs", "fisheries" of "the district department of
// agriculture, livestock and fisheries". The fields, one or two words
// each, commas between, are of [portfolioWords]; the word before the
// "of" is a head noun of [chainBodies]. Else -1: "the directorate of health and rescuers",
// "the ministry and the police" keep their reading.
func (st *attrState) portfolioAndStart(lo, s, e int) int {
	text, toks := st.text, st.toks
	if s-3 < lo || toks[s-1].flags&cStop == 0 || e-s > 2 || !isWord(text, toks[s-1], "and") {
		return -1 // a bit test first: most subjects have no "and" before them
	}
	field := func(t token) bool {
		return t.flags&(tWord|tUpper|cStop|cPron|cDet) == tWord && t.quote == 0 && st.d.lex.containsToken(portfolioWords, text, t)
	}
	for m := s; m < e; m++ {
		if !field(toks[m]) {
			return -1
		}
	}
	// Back over the fields before the "and", one or two words each,
	// commas between: "of agriculture, livestock and fisheries".
	m, words := s-2, 0
	for ; m > lo && m > s-10; m-- {
		if t := toks[m]; field(t) && words < 2 {
			words++
		} else if t.flags&(tWord|tComma) == tComma && words > 0 {
			words = 0
		} else {
			break
		}
	}
	if m-1 < lo || words == 0 || !isWord(text, toks[m], "of") || !st.hasListed(m-1, m, chainBodies) {
		return -1
	}
	return phraseLeft(text, toks, lo, m)
}

// capitalisedListWord reports whether t is a capitalised word that may
// stand in a list of portfolios: no function word or possessive.
func capitalisedListWord(text string, t token) bool {
	return t.flags&(tWord|tUpper|cStop|cPron|cDet) == tWord|tUpper && t.quote == 0 && !possessive(text, t)
}

// docAfterNoun reports whether toks[k], a cue word, is the document noun
// of a compound inside the phrase that starts at toks[i]: "a research
// note", "the budget statement", after a lower-case noun that a
// determiner opens the phrase with; not a participle after a document,
// "a speech broadcast on".
func docAfterNoun(toks []token, i, k int) bool {
	if i < 0 || k <= i+1 {
		return false
	}
	t, p := toks[k], toks[k-1]
	return t.flags&cDoc != 0 && toks[i].flags&cDet != 0 && p.flags&(tWord|tUpper|cStop|cAux|cPron|cDet|cTime|cDoc) == tWord && p.quote == 0
}

// nounBeforeDoc reports whether toks[k], a cue word, is the first noun
// of a document's compound inside the phrase that starts at toks[i],
// after a lower-case word that a determiner opens the phrase with: "a
// separate press release", "a joint press release". Right after the
// determiner ("a press release") the word is a noun already.
func nounBeforeDoc(toks []token, i, k, hi int) bool {
	if i < 0 || k <= i+1 || k+1 >= hi {
		return false
	}
	t, p, n := toks[k], toks[k-1], toks[k+1]
	return t.flags&tUpper == 0 && n.flags&(tUpper|cDoc) == cDoc && n.quote == 0 && toks[i].flags&cDet != 0 &&
		p.flags&(tWord|tUpper|cStop|cAux|cPron|cDet|cTime|cDoc) == tWord && p.quote == 0
}

// cueCompound reports whether toks[k], a cue word in its base form in
// lower case after a plain word of the phrase that starts at or after
// toks[lo], opens a compound noun with the word after it, the last word
// of a [cueNotPhrases] entry: "the city hall press service", "White
// House press secretary Karoline Leavitt". A verb there takes an object
// ("residents press the council") or a participle ("found dead").
func cueCompound(text string, toks []token, lo, k, hi int) bool {
	if k <= lo || k+1 >= hi {
		return false
	}
	p, t, n := toks[k-1], toks[k], toks[k+1]
	return p.flags&(tWord|cStop|cAux|cPron|cDet|cCue|cLink|cTime) == tWord && p.quote == 0 &&
		t.flags&(tUpper|cPast) == 0 && !verbLike(text, t) && (!strings.HasSuffix(text[t.s:t.e], "s") || strings.HasSuffix(text[t.s:t.e], "ss")) &&
		n.flags&(tWord|tUpper|cNotCueLast|cPrep|cStop|cAux|cPron|cDet|cTime|cPast) == tWord|cNotCueLast && n.quote == 0 && !verbLike(text, n)
}

// maxQuotedName bounds the words looked back over for the single
// quotation mark that opens a name: "'Open Doors'".
const maxQuotedName = 4

// pluralPossessiveMark reports whether toks[k] is the bare apostrophe of
// a plural possessive inside a phrase of toks[lo:hi], "the caucus'
// website", "the Senate Republicans’ plan": it closes a word in s and a
// word follows it after a space. A single quotation mark that closes a
// name opened by one ("the blog 'Open Doors' said") is none.
func pluralPossessiveMark(text string, toks []token, lo, k, hi int) bool {
	t := toks[k]
	if k <= lo || k+1 >= hi || t.flags&tMark != 0 || t.quote != 0 || !singleMark(text, t) {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	if p.flags&tWord == 0 || p.e != t.s || text[p.e-1] != 's' && text[p.e-1] != 'S' || n.flags&tWord == 0 || n.s == t.e {
		return false
	}
	for m := k - 2; m >= lo && m >= k-1-maxQuotedName; m-- {
		if o := toks[m]; singleMark(text, o) && toks[m+1].s == o.e && (m == 0 || toks[m-1].e < o.s) {
			return false // an opening mark before the word: "'Voices' last week"
		}
		if toks[m].flags&tWord == 0 {
			break
		}
	}
	return true
}

// singleMark reports whether t is an apostrophe or a single quotation
// mark, "'" or "’", alone.
func singleMark(text string, t token) bool {
	w := text[t.s:t.e]
	return w == "'" || w == "’"
}

// nounAfter reports whether t, right after a document's noun, is a
// plain word in lower case that goes on the noun phrase as its head,
// so that the document's word modifies it: "the ruling party", "a
// report card". A function word, a verb's form, a cue, a time or a
// document of its own ("an opinion poll", "a video message") is none.
func nounAfter(text string, t token) bool {
	return t.flags&(tWord|tUpper|cStop|cAux|cPron|cDet|cCue|cCueMW|cLink|cLinkMW|cTime|cDoc|cPrep|cRelative) == tWord && t.quote == 0 && !verbLike(text, t)
}

// verbLike reports whether t is a lower-case word with a verb's ending,
// "-ed" or "-ing", or an irregular past ("held"): after a name in
// brackets it starts what is said of the name, where a noun ("(EU)
// commissioner", "(FSO) figures") goes on with it.
func verbLike(text string, t token) bool {
	if t.flags&(tWord|tUpper|tNonASCII) != tWord || t.quote != 0 {
		return false
	}
	w := text[t.s:t.e]
	return t.flags&cPast != 0 || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// portfolioList reports whether the tokens from toks[k], after a comma,
// go on with a list of capitalised portfolios joined by "and" up to a
// capitalised title: "Trade and Industry Minister" after "Investment,".
// The comma is then inside the title, not the phrase's end. The look is
// bounded to ten tokens.
func portfolioList(text string, toks []token, k, hi int) bool {
	and := false
	for m := k; m < hi && m < k+10; m++ {
		t := toks[m]
		switch {
		case t.quote != 0:
			return false
		case t.flags&tWord == 0:
			if t.flags&tComma == 0 || m == k || toks[m-1].flags&tUpper == 0 {
				return false
			}
		case isWord(text, t, "and"):
			if m == k || toks[m-1].flags&tUpper == 0 {
				return false
			}
			and = true
		case t.flags&tUpper == 0 || t.flags&(cStop|cPron) != 0:
			return false
		case t.flags&(cRole|cTitle) != 0:
			return and && m > k
		}
	}
	return false
}

// roleBeforeName reports whether toks[k] is a role or title noun that a
// capitalised name follows: "chief Luis" in "deputy fire chief Luis
// Ortega". A lower-case cue word before it ("fire", "press") is then a
// noun of the title, not a verb.
func roleBeforeName(toks []token, k, hi int) bool {
	return k+1 < hi && toks[k].flags&(cRole|cTitle) != 0 && toks[k].flags&tUpper == 0 && toks[k].quote == 0 &&
		toks[k+1].flags&(tWord|tUpper) == tWord|tUpper && toks[k+1].flags&(cStop|cPron) == 0 && toks[k+1].quote == 0
}

// roleAhead reports whether the lower-case words from toks[k] hold a role
// or title and end, within four words, at a capitalised name: "Former
// US secretary of state Madeleine Albright", "Former Republican
// presidential candidate Jeb Bush". The words before are the name's
// titles, not a name of their own.
func roleAhead(text string, toks []token, k, hi int) bool {
	role := false
	for m := k; m < hi && m < k+5; m++ {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 {
			return false
		}
		if t.flags&tUpper != 0 {
			return role && m > k && t.flags&(cStop|cPron) == 0
		}
		if t.flags&(cAux|cPron|cCue|cCueMW) != 0 && t.flags&(cRole|cTitle) == 0 {
			return false
		}
		role = role || t.flags&(cRole|cTitle) != 0
	}
	return false
}

// particleI reports whether toks[k], the capital "I" of the pronoun, is
// rather the particle that opens a Balinese man's name before two
// capitalised words of it, "I Made Darmaputra", "I Gusti Ngurah Rai":
// the pronoun is never followed by a name of two words that ends a
// source phrase.
func particleI(text string, toks []token, k, end int) bool {
	t := toks[k]
	return t.flags&(tUpper|cPron) == tUpper|cPron && t.e-t.s == 1 && k+2 < end &&
		toks[k+1].flags&(tWord|tUpper) == tWord|tUpper && toks[k+2].flags&(tWord|tUpper) == tWord|tUpper && toks[k+1].s == t.e+1 && text[t.e] == ' '
}

// stopAsGivenName reports whether toks[k], a capitalised function word
// inside a capitalised run, after a title, a role or an abbreviation and
// before two capitalised words of a name, is rather a given name, as the
// Malay "Nor" in "Dr. Nor Azlina Ismail", "Researcher Nor Azman Hashim"
// (resolve-stopnames.txt); the conjunction is written in lower case.
func stopAsGivenName(text string, toks []token, lo, k, end int) bool {
	t := toks[k]
	if t.flags&(tWord|tUpper|cStop|cPron|cAux) != tWord|tUpper|cStop || t.quote != 0 || k <= lo || k+2 >= end {
		return false
	}
	for x := k + 1; x <= k+2; x++ {
		if n := toks[x]; n.flags&(tWord|tUpper) != tWord|tUpper || n.flags&(cStop|cPron|cAux|cDet|cTitle|cRole) != 0 || n.s != toks[x-1].e+1 || text[n.s-1] != ' ' {
			return false
		}
	}
	p := toks[k-1]
	return t.s == p.e+1 && (abbrevDot(text, toks, k-1) || p.flags&tWord != 0 && (p.flags&tUpper != 0 || p.flags&(cTitle|cRole) != 0) && p.flags&(cStop|cPron|cAux|cDet) == 0 && p.quote == 0)
}

// postingClose returns the closing bracket of a posting of two to five
// capitalised words, "and" between two of them, that toks[b], an
// opening bracket, starts before a capitalised name, or -1: "(Crime and
// Traffic) Hemant Tiwari", "(Special Operations) Neha Vashisht".
func postingClose(text string, toks []token, b, hi int) int {
	if text[toks[b].s] != '(' {
		return -1
	}
	for k := b + 1; k < hi && k <= b+6; k++ {
		t := toks[k]
		if t.flags&tParen != 0 && text[t.s] == ')' {
			if k-b < 3 || k+2 >= hi || toks[k+1].flags&(tWord|tUpper) != tWord|tUpper || toks[k+1].flags&(cPron|cStop|cTime) != 0 || toks[k+1].quote != 0 {
				return -1
			}
			return k
		}
		if t.quote != 0 || t.flags&(tWord|tUpper) != tWord|tUpper && !(k > b+1 && isWord(text, t, "and")) {
			return -1
		}
	}
	return -1
}

// timeInName reports whether the capitalised time word toks[k] stands
// inside a name that an article opens at toks[i], between capitalised
// words, the one after it no time, title or role: "the Manchester
// Evening News", "the newspaper Spring City Evening News". After a name
// with no article ("said Reuters Monday") or before another word, the
// time stays a time.
func timeInName(toks []token, i, k, hi int) bool {
	return k > i && k+1 < hi && toks[k].flags&tUpper != 0 && toks[i].flags&cDet != 0 && toks[k-1].flags&(tWord|tUpper) == tWord|tUpper &&
		toks[k+1].flags&(tWord|tUpper|cTime|cTitle|cRole|cStop) == tWord|tUpper && toks[k+1].quote == 0 && toks[k].quote == 0
}
