package wirestory

import "strings"

// Word lists of the reported-speech cues.
const (
	CueBaseVerbs Kind = "cuebaseverbs" // base forms that are verbs after any subject: "say", "think"
	CueWeakForms Kind = "cueweakforms" // forms that are cues only before a clause: "support", "report"
	CuePolls     Kind = "cuepolls"     // findings attributed by "in": "poll", "survey"
)

// weakCue reports whether the one-word cue toks[i] is a form that is a
// cue only where a clause follows it at once ("that", a colon or a
// quotation), and no clause does.
func (st *attrState) weakCue(i, hi int) bool {
	t := st.toks[i]
	if !st.d.lex.Contains(CueWeakForms, st.text[t.s:t.e]) {
		return false
	}
	return !(i+1 < hi && (isWord(st.text, st.toks[i+1], "that") || st.toks[i+1].flags&(tColon|tOpen) != 0))
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
		if k+1 < e && isPrep(text, toks[k+1]) {
			// the head before a prepositional phrase: "aides to …"
			w := text[t.s:t.e]
			return t.flags&(tNonASCII|tUpper) == 0 && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
		}
	}
	return false
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
	if s >= i || st.toks[s].flags&(tUpper|cDet|cPron) == 0 {
		return -1, -1
	}
	e := phraseRight(st.text, st.toks, s, i)
	if e <= s || e >= i || st.toks[e].flags&(tComma|tDash|tParen) == 0 {
		return -1, -1 // the phrase must be followed by its parenthesis
	}
	return s, e
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
		if t.flags&tNonASCII == 0 && st.d.lex.Contains(CuePolls, text[t.s:t.e]) {
			n = k
			if k+1 < hi && toks[k+1].flags&tWord != 0 && st.d.lex.Contains(CuePolls, text[toks[k+1].s:toks[k+1].e]) {
				n = k + 1 // "an exit poll survey"
			}
			break
		}
	}
	if n < 0 {
		return i
	}
	a := Attribution{Cue: st.span(toks[i].s, toks[i].e), Source: st.mention(i+1, n+1)}
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

// quoteFollows reports whether a comma or colon and an opening quotation
// mark follow the cue at toks[k]: "he said, “…”".
func (st *attrState) quoteFollows(k, hi int) bool {
	return k+1 < hi && st.toks[k].flags&(tComma|tColon) != 0 && st.toks[k+1].flags&tOpen != 0
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
	if e <= k || e >= hi || e-k > 6 {
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
