package wirestory

// Word lists of the reported-speech cues.
const (
	CueBaseVerbs Kind = "cuebaseverbs" // base forms that are verbs after any subject: "say", "think"
	CueWeakForms Kind = "cueweakforms" // forms that are cues only before a clause: "support", "report"
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
