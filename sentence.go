package wirestory

// sentences appends to dst the token ranges [i, j) of the sentences of one
// paragraph's tokens. A sentence ends at ".", "!" or "?" (with any closing
// mark after it) before an upper-case word, a digit or an opening mark,
// except after an abbreviation ("Mr.", "Jan.") or an initial ("J."). No
// sentence ends inside a quotation: a quotation belongs to the sentence
// that attributes it.
func sentences(dst [][2]int, toks []token, text string) [][2]int {
	start := 0
	for i := 0; i < len(toks); i++ {
		// Four tokens a step while none of them ends a sentence, as most
		// do not; their flags are read, not the whole tokens.
		for i+4 <= len(toks) {
			q := toks[i : i+4 : i+4] // one bounds check for the four
			if (q[0].flags|q[1].flags|q[2].flags|q[3].flags)&tEnd != 0 {
				break
			}
			i += 4
		}
		if i == len(toks) {
			break
		}
		if toks[i].flags&tEnd == 0 {
			continue
		}
		t := toks[i]
		j := i + 1
		// A closing mark (or a parenthesis) right after the period belongs to this sentence.
		for j < len(toks) && toks[j].flags&(tClose|tParen|tOther) != 0 && toks[j].flags&tOpen == 0 &&
			toks[j].s == toks[j-1].e && !isOpenParen(text, toks[j]) {
			j++
		}
		if t.quote != 0 && toks[j-1].flags&tClose == 0 {
			continue // inside a quotation: only a period before its closing mark ends a sentence
		}
		if j < len(toks) {
			n := toks[j]
			if n.flags&(tUpper|tOpen) == 0 && !(n.flags&tWord != 0 && isDigit(text[n.s])) {
				continue
			}
			if text[t.s] == '.' && i > 0 {
				// An abbreviation's period ends no sentence, but before
				// "He" or "The" it ends one too ("in the U.S. He said"),
				// and "No." abbreviates only before a number ("she said no.").
				p := toks[i-1]
				if p.e == t.s && p.flags&tWord != 0 && (p.flags&cAbbr != 0 && !opensSentence(n) && !(isWord(text, p, "no") && !isDigit(text[n.s])) || p.flags&cTitle != 0 && p.flags&tUpper != 0 || p.e-p.s == 1 && p.flags&tUpper != 0 || p.flags&tUpper != 0 && p.e-p.s >= 3 && text[p.s+1] == '.' && runInitials(text[p.s:p.e]) && !opensSentence(n)) {
					continue // "Minister D.K. Shivakumar": initials run together
				}
			}
		}
		dst = append(dst, [2]int{start, j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		dst = append(dst, [2]int{start, len(toks)})
	}
	return dst
}

// opensSentence reports whether t is a capitalised pronoun or determiner,
// which no abbreviation stands before inside a sentence: after "in the
// U.S. He said" a new sentence begins, after "Mr. He" none could.
func opensSentence(t token) bool {
	return t.flags&tUpper != 0 && t.flags&(cPron|cDet) != 0
}

func isOpenParen(text string, t token) bool { return text[t.s] == '(' || text[t.s] == '[' }

// runInitials reports whether w is initials run together without their
// last period: capital letters, each after a period but the first,
// "D.K", "C.N.R".
func runInitials(w string) bool {
	if len(w) < 3 || len(w) > 7 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}
