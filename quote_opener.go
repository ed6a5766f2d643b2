package wirestory

// maxOpener bounds the words read back from a quotation to the start of
// its sentence over an opener: the walk stays linear.
const maxOpener = 10

// openerGate is afterOpener's cheap first test on the bytes before a
// quotation that starts at q: a comma and a space (", “"), or a short
// capitalised word that opens the sentence ("But “").
func openerGate(text string, q int) bool {
	if q < 5 || text[q-1] != ' ' {
		return false
	}
	c := text[q-4]
	return text[q-2] == ',' || 'A' <= c && c <= 'Z'
}

// afterOpener reports whether quote q opens the main clause of its
// sentence after a short opener set off by a comma, "Instead, “…”",
// "Now, “…”", "In Europe, by contrast, “…”", "Unless rivals quit,
// “…”", or after a lone joiner, "But “…”", and runs to the sentence's
// end. Such an opener frames the words; it names no speaker of its own,
// so a quotation after it goes on in the voice of the one before.
func (st *attrState) afterOpener(q Span) bool {
	toks := st.toks
	k := st.tokenAt(q.Start)
	if k < 2 || k >= len(toks) || toks[k].s != q.Start {
		return false
	}
	comma := toks[k-1].flags&tComma != 0
	j := k - 1
	if comma {
		j--
	}
	first := -1
	for m := j; m >= 0 && m >= k-maxOpener; m-- {
		t := toks[m]
		if t.flags&tEnd != 0 && st.endsSentence(m) {
			first = m + 1
			break
		}
		if t.flags&(tQ|tMark|tColon|tOpen|tClose|tParen|tDash|cCue|cPron) != 0 || t.quote != 0 {
			return false // "Smith added, “…”", "They say, “…”": a voice of its own
		}
		if m == 0 {
			first = 0
		}
	}
	if first < 0 || first > j {
		return false
	}
	f := toks[first]
	if f.flags&tWord == 0 {
		return false
	}
	if !comma {
		// "But “…”": one joiner alone.
		if first != j || f.flags&(cJoiner|cContrast) == 0 {
			return false
		}
	} else if f.flags&(cOpener|cContrast|cJoiner|cPrepLike|cTimeOpener|cPartOpener|cAskOpener|cPrep|cVenue) == 0 &&
		!st.d.lex.containsToken(quoteOpeners, st.text, f) && !st.hasListed(first, first+1, subordinators) {
		return false
	}
	return st.closesSentence(q)
}

// closesSentence reports whether quote q ends its sentence: its words end
// in a full stop, a question or an exclamation mark, or one follows it.
func (st *attrState) closesSentence(q Span) bool {
	in := trimClosingMarks(st.text[q.Start:q.End])
	if n := len(in); n > 0 && (in[n-1] == '.' || in[n-1] == '?' || in[n-1] == '!') {
		return true
	}
	k := st.tokenAt(q.End)
	return k >= len(st.toks) || st.endsSentence(k)
}

// joinerAfterComma reports whether toks[k] is "and", "or" or "but" right
// after a comma: "“A,” she said, and “B.”" joins a second part of the
// quotation to the first.
func (st *attrState) joinerAfterComma(k int) bool {
	t := st.toks[k]
	if t.flags&tWord == 0 || t.quote != 0 || st.toks[k-1].flags&tComma == 0 {
		return false
	}
	return t.flags&(cJoiner|cContrast) != 0 && !isWord(st.text, t, "then") && !isWord(st.text, t, "while") || isWord(st.text, t, "or")
}
