package wirestory

import "strings"

// chainQuotingLinks lists the links that carry the words of the
// source they name: "quoting".
const chainQuotingLinks List = "chainquotinglinks"

// relayedSpeaker returns the speaker of a quotation whose attribution a
// is an outlet's relay of someone's words: "“…,” Y was quoted by X as
// saying", "Y said, as quoted by X", "X reported that Y said “…”",
// "X reported, citing Y, that … “…”". The chain runs X > Y, and the
// words are Y's: the innermost level reached through levels of speech
// and the links that cite a source ("citing", "quoting"), not through
// another link cue ("quoted by", "posted on"), a document ("in a
// statement", "citing a report") or records ("citing customs figures"). It returns nil where a is no report or
// its chain holds no such level.
func (st *attrState) relayedSpeaker(a *attr) *Mention {
	if len(a.Via) == 0 {
		return nil
	}
	lex := st.d.lex
	if !st.isRelayCue(a.Cue.Text) && cueKind(lex, a.Cue.Text) != Report && !(lex.Contains(chainRelative, a.Via[0].Cue.Text) && isOutlet(lex, a.Source)) && !lex.Contains(chainQuotingLinks, a.Via[0].Cue.Text) {
		return nil // but "the daily said, citing officials, …": an outlet's relay; "the agency said, quoting Y, …": Y's words
	}
	forms := classesOf(lex).forms
	found := -1
	for k := range a.Via {
		l := &a.Via[k]
		if forms.has(lex, l.Cue.Text, fLinkCue, LinkCues) && (!lex.Contains(chainRelative, l.Cue.Text) || isRecord(lex, &l.Source)) || isDocument(lex, &l.Source) {
			break // "quoted by", "posted on", "citing customs figures", "in a statement"
		}
		found = k
	}
	if found < 0 {
		return nil
	}
	return st.keepMention(a.Via[found].Source)
}

// relayedWords returns the attribution of atts whose speech a report
// relays and whose content holds quote q: "“…,” X said, according to a
// statement issued by his office", "Antara reported that Y said “…”".
// The report's content holds the whole speech, cue and speaker, so the
// report is the outer level of the chain and the words are the inner
// speaker's. It returns nil where best is no such report.
func (st *attrState) relayedWords(best *attr, q Span, atts []attr) *attr {
	c := best.Content
	if c == nil || best.Cue.Start < c.End || !c.Contains(q) {
		// The relay follows what it carries; a document that opens its
		// sentence speaks ("The statement noted they had said “…”").
		return nil
	}
	if !isDocument(st.d.lex, best.Source) {
		return nil // an outlet's report keeps the words: "X said …, Reuters reported"
	}
	var inner *attr
	lo := firstCueAt(atts, c.Start)
	for k := lo; k < len(atts) && k < lo+maxEmbedLook && atts[k].Cue.Start < c.End; k++ {
		a := &atts[k]
		if a == best || a.Source == nil || a.Content == nil || !c.Contains(a.Cue) || !c.Contains(a.Source.Span) {
			continue
		}
		if !a.Content.Contains(q) && !q.Contains(*a.Content) {
			continue // speech of its own beside the quote
		}
		if !st.speechCue(a.Cue) || st.heardCue(a.Cue) {
			continue
		}
		if inner == nil || a.Content.Len() > inner.Content.Len() {
			inner = a
		}
	}
	return inner
}

// relayQuotes gives a quotation whose speaker is a relay the speaker of
// the report it relays, once embedChains has linked the two: "Lebanon's
// parliament speaker said that talks were “in their final stretch”, the
// National News Agency reported" quotes the speaker, whom the agency
// relays; so does "Lind said the talks were “constructive,” the ministry
// said". Only a quotation inside the relayed report's own content moves.
func (st *attrState) relayQuotes() {
	for q := range st.qa {
		qa := &st.qa[q]
		if qa.Cue == nil || qa.Speaker == nil {
			continue
		}
		k := firstCueAt(st.out, qa.Cue.Start)
		if k >= len(st.out) || st.out[k].Cue.Start != qa.Cue.Start {
			continue
		}
		a := &st.out[k]
		if a.Source == nil {
			continue
		}
		level := a.Source.Span != qa.Speaker.Span // the speaker is a level of a's chain
		if level && !viaSource(a, qa.Speaker.Span) {
			continue
		}
		m := st.relayedSpeaker(a)
		if level && (m == nil || m.Span == qa.Speaker.Span) {
			continue // but "Z said … “…”, X reported, citing Y": Y, given before embedChains added Z's level
		}
		if m == nil {
			// "Lind said the talks were “constructive,” the ministry
			// said (in a statement)": a speech relayed by another's.
			lex := st.d.lex
			for v := range a.Via {
				if l := &a.Via[v]; !classesOf(lex).forms.has(lex, l.Cue.Text, fLinkCue, LinkCues) && !isDocument(lex, &l.Source) && !lex.Contains(venuePrepositions, l.Cue.Text) {
					m = st.keepMention(l.Source)
					break
				}
			}
		}
		if m == nil {
			continue
		}
		// The relayed report's own attribution must hold the quotation.
		for j := max(0, k-maxSubjectBack); j < len(st.out) && j <= k+maxSubjectBack; j++ {
			in := &st.out[j]
			if in.Source != nil && in.Source.Span == m.Span && in.Content != nil && in.Content.Contains(st.quotes[q].Span) {
				qa.Speaker = m
				cue := in.Cue
				qa.Cue = st.keepSpan(cue)
				break
			}
		}
	}
}

// viaSource reports whether sp is the source of a level of a's chain.
func viaSource(a *attr, sp Span) bool {
	for k := range a.Via {
		if a.Via[k].Source.Span == sp {
			return true
		}
	}
	return false
}

// maxDocumentBack bounds the bytes looked back from "the statement said"
// to the report that gave the statement: a few paragraphs.
const maxDocumentBack = 3000

// documentQuotes names the speaker of a quotation that a document named
// again speaks, "“…,” the statement said" after "The mayor, Ana Ruiz,
// said in a statement that …", after the source of the report the
// document carried: the latest attribution before it with that document
// as a level. The mention stays "the statement"; its name is the
// author's. It runs after resolution, which names the author.
func (st *attrState) documentQuotes() {
	for q := range st.qa {
		qa := &st.qa[q]
		if qa.Speaker == nil || qa.Speaker.Name != "" {
			continue
		}
		noun, ok := st.definiteDocument(qa.Speaker.Text)
		if !ok {
			continue
		}
		k := firstCueAt(st.out, qa.Speaker.Start)
		for j := k - 1; j >= 0 && st.out[j].Cue.Start >= qa.Speaker.Start-maxDocumentBack; j-- {
			a := &st.out[j]
			if a.Source == nil || a.Source.Name == "" {
				continue
			}
			if st.carriedBy(a, noun) {
				m := *qa.Speaker
				m.Name = a.Source.Name // the mention stays where it stands; it names the author
				qa.Speaker = st.keepMention(m)
				break
			}
		}
	}
}

// definiteDocument returns the head noun of a mention "the statement",
// "the ministry's statement", a document named again, and whether it is
// one.
func (st *attrState) definiteDocument(m string) (string, bool) {
	sp := strings.LastIndexByte(m, ' ')
	if sp < 0 || !hasPrefixFold(m, "the ") {
		return "", false
	}
	noun := m[sp+1:]
	return noun, st.d.lex.Contains(cueNouns, noun)
}

// carriedBy reports whether a document with head noun is a level of a's
// chain: "said in a statement", "in a written statement".
func (st *attrState) carriedBy(a *attr, noun string) bool {
	for _, l := range a.Via {
		if t := l.Source.Text; len(t) > len(noun) && strings.EqualFold(t[len(t)-len(noun):], noun) && t[len(t)-len(noun)-1] == ' ' {
			return true
		}
	}
	return false
}

// nearerMentions gives a quotation the mention of the cue that opens it
// when that names the speaker it already has: "She said … and, when
// pressed, the 34-year-old mother of three replied, “…”" keeps Ivanka
// Trump, where the mother stands. It runs after resolution, when names
// tell the two mentions are one person. A possessive ("his response",
// "Trump's") keeps the mention it had.
func (st *attrState) nearerMentions() {
	for q := range st.qa {
		qa := &st.qa[q]
		qt := &st.quotes[q]
		if qa.Speaker == nil || qa.Speaker.Name == "" || qt.Kind != Direct {
			continue
		}
		k := firstCueAt(st.out, qt.Start-maxOpeningCue)
		for ; k < len(st.out) && st.out[k].Cue.End <= qt.Start; k++ {
			a := &st.out[k]
			if a.Source == nil || a.Content == nil || a.Content.Start != qt.Start || qt.Start-a.Cue.End > 3 {
				continue
			}
			if t := a.Source.Text; a.Source.Name == qa.Speaker.Name && a.Source.Span != qa.Speaker.Span && !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") && !st.d.lex.Contains(possessiveDeterminers, t) {
				qa.Speaker = a.Source
				cue := a.Cue
				qa.Cue = st.keepSpan(cue)
			}
			break
		}
	}
}

// maxOpeningCue bounds the bytes of a cue that opens a quotation: "the
// 34-year-old mother of three replied, “".
const maxOpeningCue = 120

// isOutlet reports whether the mention names a news outlet: a news
// agency of [Agencies] ("Yonhap"), or a phrase whose head is a noun of
// [chainRelayNouns] ("the daily", "the state news agency"), or one that
// ends in an agency's name (agencyAtEnd).
func isOutlet(lex *Lexicon, m *Mention) bool {
	return m != nil && (lex.Contains(Agencies, m.Text) || headListed(lex, m.Text, 0, chainRelayNouns) || agencyAtEnd(lex, m.Text))
}

// maxAgencyWords bounds the words of an agency's name agencyAtEnd reads.
const maxAgencyWords = 5

// agencyAtEnd reports whether the phrase t ends in the name of a news
// agency of [Agencies] after words that describe it: its last
// capitalised words, "China's official Xinhua News Agency", "the
// state-run Korean Central News Agency", or the acronym in brackets
// after them, "North Korea's official Korean Central News Agency
// (KCNA)". A body named so is none ("the Korea Meteorological Agency"),
// nor is someone of an agency ("a spokesman for Xinhua": a preposition
// of [phrasePrepositions] before the name).
func agencyAtEnd(lex *Lexicon, t string) bool {
	found := false // the acronym in brackets is an agency's
	if n := len(t); n > 2 && t[n-1] == ')' {
		o := strings.LastIndexByte(t, '(')
		if o < 0 {
			return false
		}
		found = lex.Contains(Agencies, t[o+1:n-1])
		t = strings.TrimRight(t[:o], " ")
	}
	start := len(t) // where the name starts
	for s, n := len(t), 0; s > 0 && n < maxAgencyWords; n++ {
		w := strings.LastIndexByte(t[:s], ' ') + 1
		if w == s || !isUpperASCII(t[w]) {
			break
		}
		start = w
		if !found && lex.Contains(Agencies, t[w:]) {
			found = true
			break
		}
		s = w - 1
	}
	if !found || start == len(t) {
		return false
	}
	p := strings.TrimRight(t[:start], " ")
	w := p[strings.LastIndexByte(p, ' ')+1:]
	if lex.Contains(determiners, w) {
		p = strings.TrimRight(p[:len(p)-len(w)], " ") // "a spokesman for the Xinhua News Agency"
		w = p[strings.LastIndexByte(p, ' ')+1:]
	}
	return !lex.Contains(phrasePrepositions, w)
}
