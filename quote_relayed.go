package wirestory

// relayedSpeaker returns the speaker of a quotation whose attribution a
// is an outlet's relay of someone's words: "“…,” Y was quoted by X as
// saying", "Y said, as quoted by X", "X reported that Y said “…”". The
// chain runs X > Y, and the words are Y's: the innermost level reached
// through levels of speech, not through a link cue ("citing", "quoted
// by") or a document ("in a statement"). It returns nil where a is no
// report or its chain holds no such level.
func (st *attrState) relayedSpeaker(a *attr) *Mention {
	if len(a.Via) == 0 {
		return nil
	}
	lex := st.d.lex
	if !st.isRelayCue(a.Cue.Text) && cueKind(lex, a.Cue.Text) != Report {
		return nil
	}
	forms := classesOf(lex).forms
	found := -1
	for k := range a.Via {
		l := &a.Via[k]
		if forms.has(lex, l.Cue.Text, fLinkCue, LinkCues) || isDocument(lex, &l.Source) {
			break
		}
		found = k
	}
	if found < 0 {
		return nil
	}
	return st.keepMention(a.Via[found].Source)
}
