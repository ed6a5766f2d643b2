package wirestory

import (
	"strings"
	"unicode/utf8"
)

// The word lists of embedded speech.
const (
	chainSpeech     List = "chainspeech"          // cues whose content may be another's speech: "say", "report", "according to"
	clauseOpeners   List = "chainclauseopeners"   // words after which an embedded speaker opens a clause: "that", "as"
	chainUnsaid     List = "chainunsaid"          // "will", "never": a cue with one reports nothing said
	contentOpeners  List = "chaincontentopeners"  // words that open a reported clause: "whether", "what"
	genericSubjects List = "chaingenericsubjects" // "every", "all": a subject inside a quotation that names no one source
	chainTopics     List = "chaintopics"          // "about", "of": a speech verb's topic, no words reported
	chainDegrees    List = "chaindegrees"         // "little", "nothing": how much a speech verb tells of its topic, no words reported
)

// maxEmbedLook bounds the attributions looked at inside one content, so
// that a sentence of a thousand cues stays linear.
const maxEmbedLook = 16

// embedChains builds the chain levels that the structure of the text
// gives: where what a source said or reported is itself someone's speech
// ("Antara reported that Siregar said …", "Larijani condemned …, IRNA
// reported", "He said …, according to Reuters"), the inner speaker is the
// next level behind the outer source, followed by the inner speaker's own
// links. An attribution's links from its own words come first: "In a
// statement, X said Y told …" gives X > the statement > Y.
//
// It runs on st.out sorted by cue, after names are resolved: a speaker
// who only says again what he says ("He said that …, he said") embeds
// nothing, one who recalls his earlier words ("he said he had told …")
// does.
func (st *attrState) embedChains() {
	out := st.out
	if len(out) < 2 {
		return
	}
	sc := st.d.sc
	inner, own := sc.inner[:0], sc.ownLinks[:0]
	toks, hint := st.toks, st.tokHint
	st.embedding = true
	defer func() {
		sc.inner, sc.ownLinks, st.toks, st.tokHint, st.embedding = inner[:0], own[:0], toks, hint, false
	}()
	any := false
	for k := range out {
		c := st.innerOf(k)
		any = any || c >= 0
		inner = append(roomFor(inner), int32(c))
		// The links each attribution has of its own, before any is
		// extended: an inner level gives those only; its own inner
		// level follows it in the walk below.
		own = append(roomFor(own), int32(len(out[k].Via)))
	}
	if !any {
		return
	}
	var buf [maxLinks * 2]Link
	for k := range out {
		c := inner[k]
		if c < 0 {
			continue
		}
		st.paragraphTokens(out[k].Cue.Start)
		via := buf[:0]
		for _, l := range out[k].Via[:own[k]] {
			if !hasLinkAt(out[c].Via[:own[c]], l.Cue.Start) {
				via = append(via, l) // but "reported that police said …, citing witnesses": the nearer verb's
			}
		}
		self := out[k].Source.Span
	walk:
		for n := 0; c >= 0 && int(c) != k && n < maxLinks && len(via)+1+int(own[c]) <= len(buf); n++ {
			// A chain never comes back to its own source: "A said B said
			// …, A said" ends at B.
			in := &out[c]
			if in.Source.Span == self {
				break
			}
			via = append(via, Link{Cue: st.levelCue(in.Cue), Source: *in.Source})
			for _, l := range in.Via[:own[c]] {
				if l.Source.Span == self {
					break walk
				}
				via = append(via, l)
			}
			c = inner[c]
		}
		out[k].Via = st.d.res.keepLinks(via)
	}
	st.dropCarriedChains(inner, own)
}

// dropCarriedChains clears the links of each inner attribution whose
// whole chain the outer one, st.out[k] with inner[k] its inner, now
// carries: "X told PTI that Y had said in his report that …" is one chain,
// X > Y > his report, and Y's report makes none of its own. It marks
// first and clears after, so that every outer chain is read whole. own
// is free to mark in: embedChains has done with it.
func (st *attrState) dropCarriedChains(inner, own []int32) {
	out := st.out
	any := false
	for k, c := range inner {
		if c < 0 || int(c) == k || len(out[c].Via) == 0 || !carriesLinks(out[k].Via, out[c].Via) {
			continue
		}
		own[c], any = -1, true
	}
	if !any {
		return
	}
	for c, n := range own {
		if n < 0 {
			out[c].Via = nil // no chain: nil, as every attribution without one
		}
	}
}

// carriesLinks reports whether every link of in has a link at its cue in
// via.
func carriesLinks(via, in []Link) bool {
	for _, l := range in {
		if !hasLinkAt(via, l.Cue.Start) {
			return false
		}
	}
	return true
}

// paragraphTokens makes st.toks the tokens of the paragraph that holds
// offset off, as the stream keeps them, for the helpers that read
// tokens after every paragraph is read: embedChains runs on the whole
// story. Where the stream keeps no such paragraph st.toks stays.
func (st *attrState) paragraphTokens(off int) {
	if n := len(st.toks); n > 0 && st.toks[0].s <= off && off < st.toks[n-1].e {
		return // the paragraph of the attribution before, as cues sorted in text order mostly are
	}
	if toks, ok := st.d.sc.stream.rangeAt(off); ok {
		st.toks, st.tokHint = toks, 0
	}
}

// innerOf returns the index of the attribution whose speech is embedded in
// the content of st.out[k], or -1: one whose cue and source lie inside
// that content, whose source opens a clause there, and whose cue reports
// speech, the first such in the text.
func (st *attrState) innerOf(k int) int {
	out := st.out
	a := &out[k]
	if a.Source == nil || a.Content == nil {
		return -1
	}
	c := *a.Content
	if c.Contains(a.Cue) {
		return -1 // "the firm, according to X, paid": an adjunct inside the clause it names
	}
	lo := firstCueAt(out, c.Start)
	if lo >= len(out) || out[lo].Cue.Start >= c.End || lo == k && (lo+1 >= len(out) || out[lo+1].Cue.Start >= c.End) {
		return -1 // no cue inside: the common case, decided without a lookup
	}
	if !st.speechCue(a.Cue) {
		return -1
	}
	if st.embedding {
		st.paragraphTokens(a.Cue.Start) // the helpers below read the content's tokens
	}
	best := -1
	for j := lo; j < len(out) && j < lo+maxEmbedLook && out[j].Cue.Start < c.End; j++ {
		b := &out[j]
		if j == k || b.Source == nil || !c.Contains(b.Cue) || !c.Contains(b.Source.Span) {
			continue
		}
		if best >= 0 && b.Source.Start >= out[best].Source.Start {
			continue
		}
		if overlaps(b.Source.Span, a.Source.Span) || overlaps(b.Source.Span, a.Cue) {
			continue // the same subject's next verb
		}
		if b.Content != nil && b.Content.Contains(a.Cue) && !b.Content.Contains(b.Cue) {
			continue // each holds the other: a is the parenthesis inside b
		}
		if !st.speechCue(b.Cue) || st.heardCue(b.Cue) || !st.opensClause(c, b.Source.Start) && !st.phraseCue(b) {
			continue
		}
		if sameSpeaker(a.Source, b.Source) && !st.earlierSpeech(b.Cue) && !st.recalledSpeech(a, b) {
			continue // "He said that …, he said": one statement told twice
		}
		if !st.embeddable(b) || st.sentenceBreak(min(a.Cue.End, b.Source.Start), max(a.Cue.Start, b.Source.Start)) {
			continue
		}
		if st.actDone(b) || st.topicOnly(b) {
			continue // "the district had declared a 14-day emergency": an act, no words; "had complained about …": a topic
		}
		if st.relativeSource(b) && st.toks[st.tokenAt(b.Source.Start)].quote != 0 {
			continue // "“We checked the data, which tells us …,” the director said": the speaker's own clause, no one's report
		}
		best = j
	}
	return best
}

// actDone reports whether attribution b names an act rather than words
// reported: a cue of [chainActs] whose content is a noun phrase, "had
// declared a state of emergency", not a clause ("declared that …"); or
// a speech cue whose object is a result had or booked ([chainResults]),
// "had reported symptoms of food poisoning", "had reported a net profit".
func (st *attrState) actDone(b *attr) bool {
	if b.Content == nil {
		return false
	}
	_, canon := st.cueVerb(b.Cue)
	if canon == "" {
		return false
	}
	if st.d.lex.Contains(chainActs, canon) {
		return !st.reportsClause(*b.Content)
	}
	return st.resultObject(b)
}

// resultObject reports whether the content of b is a noun phrase right
// after its cue whose head is a result ([chainResults]): "reported
// symptoms of food poisoning", "reported a net profit of 2 billion won",
// "reported several cases of theft since March"; or one that opens with
// a comparative ([chainComparatives]), a result observed whatever its
// head, "reported higher discharge from two qanats". The head is the last
// word before a preposition, a comma or the sentence's end; a finite
// verb, a pronoun or a clause's opener before it makes a clause ("the
// bank had lost …", "that …"), and an -ing form a verb ("reported seeing
// …"). A news outlet's report is words, noun or clause.
func (st *attrState) resultObject(b *attr) bool {
	toks, lex := st.toks, st.d.lex
	k := st.tokenAt(b.Content.Start)
	if k < 1 || k >= len(toks) || toks[k-1].e > b.Cue.End || toks[k-1].s < b.Cue.Start || st.isParticiple(k) || isOutlet(lex, b.Source) {
		return false // the content does not follow its cue, or opens with an -ing form
	}
	// "reported higher discharge", "a lower count": a comparative opens
	// the object, whatever its head.
	c := k
	if c+1 < len(toks) && toks[c].flags&cIndefinite != 0 {
		c++
	}
	compared := toks[c].flags&(tWord|tUpper|cDet|cPron|cStop) == tWord && lex.containsToken(chainComparatives, st.text, toks[c])
	for j := k; j < len(toks) && toks[j].s < b.Content.End && j < k+maxClauseLook; j++ {
		t := toks[j]
		switch {
		case t.flags&(tOpen|tColon|tQ) != 0:
			return false
		case t.flags&(tComma|tEnd) != 0 || t.flags&(cPrep|cPrepLike|cVenue|cClauseWord) != 0 && t.flags&cDet == 0:
			h := toks[j-1]
			return j > k && h.flags&(tWord|tUpper) == tWord && (j > c+1 && compared || lex.containsToken(chainResults, st.text, h))
		case t.flags&tWord == 0:
		case t.flags&cPron != 0 || st.finiteAux(t) || t.flags&cPast != 0 || st.endsEd(j) || st.contractedVerb(st.text[t.s:t.e]):
			return false
		case lex.containsToken(clauseOpeners, st.text, t) || lex.containsToken(contentOpeners, st.text, t):
			return false
		}
	}
	return false
}

// levelCue returns cue c as a chain's level gives it: without the
// auxiliaries and adverbs before its verb, "told" of "had already told",
// "said" of "has said", as a level's cue never keeps them.
func (st *attrState) levelCue(c Span) Span {
	toks := st.toks
	k := st.tokenAt(c.Start)
	if k >= len(toks) || toks[k].s != c.Start || toks[k].flags&cAux == 0 && !st.isAdverb(k) {
		return c // the common case: the cue opens at its verb
	}
	for k+1 < len(toks) && toks[k+1].e <= c.End && toks[k].flags&tWord != 0 && (toks[k].flags&cAux != 0 || st.isAdverb(k)) {
		k++
	}
	if toks[k].s == c.Start || toks[k].e > c.End {
		return c
	}
	return st.span(toks[k].s, c.End)
}

// maxTopicLook bounds the words of a time phrase read before a topic's
// preposition: "for the past two years about".
const maxTopicLook = 6

// topicOnly reports whether attribution b's content is only what its
// speech was about: a preposition of [chainTopics] with no clause,
// perhaps after adverbs and a time phrase, "residents had complained for
// years about vibrations", "had spoken of a new chapter". Such a verb
// reports no words, so it is no level of a chain; "had complained that
// …" is. A word of degree before the topic ([chainDegrees]) says how
// much was told of it, clause or not: "says little about how many fish
// come back", "said nothing about whether …".
func (st *attrState) topicOnly(b *attr) bool {
	if b.Content == nil {
		return false
	}
	toks, text := st.toks, st.text
	c := *b.Content
	k := st.tokenAt(c.Start)
	degree := false
	for n := 0; k < len(toks) && toks[k].s < c.End && n < maxTopicLook; k, n = k+1, n+1 {
		t := toks[k]
		if t.flags&tWord == 0 || t.quote != 0 {
			return false
		}
		if st.timeish(t) || t.flags&(cAux|cPrep|cPrepLike|cDet) != 0 && !st.d.lex.Contains(chainTopics, text[t.s:t.e]) || st.isAdverb(k) {
			continue // "for the past two years", "repeatedly"
		}
		if !degree && st.d.lex.containsToken(chainDegrees, text, t) {
			degree = true // "says little about", "says a lot about"
			continue
		}
		if !st.d.lex.Contains(chainTopics, text[t.s:t.e]) {
			return false
		}
		if k+1 < len(toks) && st.timeish(toks[k+1]) {
			continue // "on Monday": a time
		}
		return degree || !st.reportsClause(c)
	}
	return false
}

// timeish reports whether t is a word of a time phrase: a time word, a
// month, a unit of time, a word that opens a time ("last", "past") or
// a number.
func (st *attrState) timeish(t token) bool {
	return t.flags&(cTime|cTimeUnit|cMonth|cTimeOpener) != 0 || t.flags&tWord != 0 && allDigits(st.text[t.s:t.e])
}

// embeddable reports whether attribution b names a speaker that can be
// a chain's level: not a determiner alone ("These claims are wrong": a
// noun read as a verb), nor a subject that names no one ("Nobody is
// telling us anything", negativeSubjects).
func (st *attrState) embeddable(b *attr) bool {
	return !st.d.lex.Contains(determiners, b.Source.Text) && !st.d.lex.Contains(negativeSubjects, b.Source.Text)
}

// sentenceBreak reports whether a sentence ends in text[from:to]: a full
// stop, question or exclamation mark after a word that is no
// abbreviation, then white space and a capital. A content that runs over
// the end of its sentence holds no speech of its own sentence's source.
func (st *attrState) sentenceBreak(from, to int) bool {
	text := st.text
	for i := from; i+1 < to; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := pastClosingMarks(text, i+1, to)
		if j >= to || text[j] != ' ' && text[j] != '\n' {
			continue
		}
		for j < to && (text[j] == ' ' || text[j] == '\n') {
			j++
		}
		if j >= len(text) || text[j] < 'A' || text[j] > 'Z' {
			continue // the capital may open the source itself
		}
		w := i
		for w > from && isASCIIAlnum(text[w-1]) {
			w--
		}
		if c == '.' && (i-w == 1 || st.d.lex.Contains(abbreviations, text[w:i])) {
			continue // "U.S. Senator", "Mr. Doe"
		}
		return true
	}
	return false
}

// pastClosingMarks returns where the closing quotation marks after a
// full stop at text[i-1] end, as plain marks or HTML entities
// ("time.&quot; The director"), looking no further than to.
func pastClosingMarks(text string, i, to int) int {
	for n := 0; i < to && n < 3; n++ {
		switch {
		case text[i] == '"' || text[i] == '\'':
			i++
		case strings.HasPrefix(text[i:], "”") || strings.HasPrefix(text[i:], "’"):
			i += len("”")
		case text[i] == '&':
			e := strings.IndexByte(text[i:min(to, i+8)], ';')
			if e < 0 {
				return i
			}
			i += e + 1
		default:
			return i
		}
	}
	return i
}

// speechCue reports whether cue c is a cue of speech or report of
// [chainSpeech] that no modal or negation puts in doubt: "has already
// told", "reported", "according to", not "will announce", "never said"
// or "wants".
func (st *attrState) speechCue(c Span) bool {
	if oneWord(c.Text) {
		// A cue of one word, most of them: one probe tells all three.
		if e, ok := st.wc.forms.find(c.Text); ok {
			switch {
			case e == nil || e.flags&fUnsaid != 0:
				return false
			case e.flags&fCueVerb != 0 && e.verbFolded:
				return e.verbEntry != nil && e.verbEntry.flags&fSpeech != 0
			case e.flags&fCueVerb != 0:
				return st.hasForm(e.verb, fSpeech, chainSpeech)
			case e.flags&fCuePhrase != 0:
				return st.hasForm(e.cue, fSpeech, chainSpeech)
			}
			return false
		}
	}
	return st.speechCueWords(c.Text)
}

// speechCueWords is speechCue read word by word: no word of the cue is
// of chainUnsaid, and its first cue form, from the left, is of
// chainSpeech.
func (st *attrState) speechCueWords(cue string) bool {
	for w := cue; w != ""; {
		word, rest := cutWord(w)
		if st.wc.forms.has(st.d.lex, word, fUnsaid, chainUnsaid) {
			return false
		}
		w = rest
	}
	w := cue
	for w != "" {
		canon, ok := st.wc.forms.canonical(st.d.lex, w, fCueVerb)
		if !ok {
			canon, ok = st.wc.forms.canonical(st.d.lex, w, fCuePhrase)
		}
		if ok {
			return st.hasForm(canon, fSpeech, chainSpeech)
		}
		_, w = cutWord(w)
	}
	return false
}

// phraseCue reports whether attribution b is one of a cue phrase before
// its source, "according to X", "as per X": an adjunct that names a source
// wherever it stands in the clause.
func (st *attrState) phraseCue(b *attr) bool {
	return b.Cue.End <= b.Source.Start && st.d.lex.Contains(CuePhrases, b.Cue.Text) && st.namesSource(b.Source.Text)
}

// namesSource reports whether phrase s names a source rather than a rule
// followed ("react according to the laws of the body"): a word of it is a
// source, a document or a role, or a name.
func (st *attrState) namesSource(s string) bool {
	first := true
	for s != "" {
		w, rest := cutWord(s)
		s = rest
		if w == "" {
			continue
		}
		if !first && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
		first = false
		lex := st.d.lex
		if lex.Contains(sourceNouns, w) || lex.Contains(cueNouns, w) || lex.Contains(Roles, w) || len(w) > 3 && w[len(w)-1] == 's' && lex.Contains(Roles, w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// heardCue reports whether cue c is a passive, "has been told": its
// subject heard the words rather than said them.
func (st *attrState) heardCue(c Span) bool {
	w := c.Text
	if strings.Contains(w, "ing") {
		return false // "are saying", "was pointing out": a progressive
	}
	for {
		word, rest := cutWord(w)
		if rest == "" {
			return false
		}
		if st.d.lex.Contains(cuePassiveAux, word) {
			return true
		}
		w = rest
	}
}

// earlierSpeech reports whether cue c tells of words said before, in a
// perfect tense: "had already told", "has said".
func (st *attrState) earlierSpeech(c Span) bool {
	first, rest := cutWord(c.Text)
	return rest != "" && perfectAuxiliary(first)
}

// perfectAuxiliary reports whether w, in any case, is "has", "have" or
// "had": the auxiliary of the perfect, which dates words or findings
// before the time of the report.
func perfectAuxiliary(w string) bool {
	return strings.EqualFold(w, "had") || strings.EqualFold(w, "has") || strings.EqualFold(w, "have")
}

// recalledSpeech reports whether b, inside the content of a and of the
// same speaker, tells of words said before to someone, in the simple
// past: the content opens with b's source and verb, and an addressee or
// a time stands between b's verb and its words: "Brandvold said he
// warned the board in September that …", "she said she told them that
// …". Where b's words follow its verb ("Baka said … he stressed Poland
// would …"), or b's verb is a's again ("he said he said"), it is one
// statement going on.
func (st *attrState) recalledSpeech(a, b *attr) bool {
	c, o := b.Cue, a.Content
	if b.Content == nil || !oneWord(c.Text) || b.Content.Start <= c.End+1 {
		return false
	}
	if lead := strings.TrimSpace(st.text[o.Start:b.Source.Start]); lead != "" && lead != "that" {
		return false
	}
	if strings.TrimSpace(st.text[b.Source.End:c.Start]) != "" {
		return false
	}
	k := st.tokenAt(c.Start)
	if k >= len(st.toks) || st.toks[k].flags&cPast == 0 && !st.endsEd(k) {
		return false
	}
	// The outer cue's last word, "said" of "also said": its end, after a
	// space, is c's word or not.
	o2, n := a.Cue.Text, len(c.Text)
	return len(o2) < n || !strings.EqualFold(o2[len(o2)-n:], c.Text) || len(o2) > n && !isSpaceByte(o2[len(o2)-n-1])
}

// opensClause reports whether the source at off opens a clause inside
// content c: it starts the content or follows a punctuation mark or a
// word of [clauseOpeners].
func (st *attrState) opensClause(c Span, off int) bool {
	text := st.text
	e := off
	for e > c.Start {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\u00a0' {
			break
		}
		e -= n
	}
	if e <= c.Start {
		return true
	}
	s := e
	for s > c.Start && isASCIIAlnum(text[s-1]) {
		s--
	}
	if s == e {
		// A comma, a colon, a quotation mark, a dash or a bracket.
		r, _ := utf8.DecodeLastRuneInString(text[:e])
		return strings.ContainsRune(",;:\"'“”‘’(—–-", r)
	}
	return st.d.lex.Contains(clauseOpeners, text[s:e])
}

// cutWord splits w at its first run of white space: the first word and
// the rest.
func cutWord(w string) (first, rest string) {
	// A loop over the bytes: the words are short, and strings.IndexAny
	// and TrimLeft built their set of bytes anew at every call.
	i := 0
	for i < len(w) && !cutSpace(w[i]) {
		i++
	}
	j := i
	for j < len(w) && cutSpace(w[j]) {
		j++
	}
	return w[:i], w[j:]
}

// cutSpace reports whether c is white space that cutWord cuts at.
func cutSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// sameSpeaker reports whether two mentions name the same speaker: the
// same resolved name, or the same words.
func sameSpeaker(a, b *Mention) bool {
	if a.Name != "" && a.Name == b.Name {
		return true
	}
	return strings.EqualFold(a.Text, b.Text)
}

// hasLinkAt reports whether a link of via has its cue at off.
func hasLinkAt(via []Link, off int) bool {
	for _, l := range via {
		if l.Cue.Start == off {
			return true
		}
	}
	return false
}

// overlaps reports whether spans a and b share a byte.
func overlaps(a, b Span) bool { return a.Start < b.End && b.Start < a.End }

// thatOpening reports whether the comma toks[m] closes an adverbial that
// opens the clause at toks[k]: "said that during the meeting, the leader
// reaffirmed …". The speaker after such a comma is inside the content.
func (st *attrState) thatOpening(k, m int) bool {
	toks := st.toks
	if m-k > 16 || !isWord(st.text, toks[k], "that") || k+1 >= m || !(st.isPrepLike(k+1) || toks[k+1].flags&cTime != 0) {
		return false
	}
	for j := k + 1; j < m; j++ {
		if toks[j].flags&(tComma|tEnd) != 0 {
			return false
		}
	}
	return true
}

// docOpening returns where "in" opens the adverbial that ends at the
// comma toks[c] right after "that": "said that in a letter, the counsel
// told …". The document carries the embedded speaker's words. It returns
// c where there is none.
func (st *attrState) docOpening(lo, c int) int {
	toks, text := st.toks, st.text
	for o := c - 1; o > lo && o > c-16; o-- {
		if toks[o].flags&(tComma|tEnd|tMark) != 0 {
			break
		}
		if isWord(text, toks[o], "in") && isWord(text, toks[o-1], "that") {
			return o
		}
	}
	return c
}

// placeThenClause reports whether a place name and then a clause follow
// toks[k]: "reported from Mosul that …" reports, where "reported from
// Mosul" alone tells only where a correspondent was.
func (st *attrState) placeThenClause(k, hi int) bool {
	if k >= hi || st.toks[k].flags&(tWord|tUpper) != tWord|tUpper {
		return false
	}
	k = st.skipTime(k+1, hi)
	for n := 0; k < hi && n < 4 && st.toks[k].flags&(tWord|tUpper) == tWord|tUpper; n++ {
		k = st.skipTime(k+1, hi) // "from Mosul", "from Kuala Lumpur on Monday"
	}
	return k < hi && isWord(st.text, st.toks[k], "that")
}

// progressiveSubject returns the subject of a cue in the progressive,
// "I know people are saying …", "I was pointing out …": the phrase right
// before its auxiliaries, which need not be the sentence's first. It
// returns nil where no phrase stands there.
func (st *attrState) progressiveSubject(lo, i int) *Mention {
	toks := st.toks
	j := i
	for j > lo && (toks[j-1].flags&cAux != 0 || st.isAdverb(j-1)) && toks[j-1].quote == 0 {
		j--
	}
	if j == i || j == lo || !isBe(st.text, toks[i-1]) && !isBe(st.text, toks[j]) {
		return nil
	}
	s := phraseLeft(st.text, toks, lo, j)
	if s < 0 {
		return nil
	}
	return st.mention(s, j)
}

// addSpeech gives the forms of the cues of [chainSpeech] the class
// cSpeech (the first word of a cue of several), so that a quotation is
// read for speech inside it only where one stands there. The table of
// whole forms is built first: it holds every form of the cue lists with
// its canonical form, and for a verb that form's entry already found.
func addSpeech(l *Lexicon, wc *wordClasses) {
	ft := wc.forms
	for i := range ft.table {
		e := &ft.table[i]
		if e.key == "" {
			continue
		}
		speech := false
		if e.flags&fCueVerb != 0 {
			if e.verbFolded {
				speech = e.verbEntry != nil && e.verbEntry.flags&fSpeech != 0
			} else {
				speech = l.Contains(chainSpeech, e.verb)
			}
		}
		if !speech && e.flags&fCuePhrase != 0 {
			speech = ft.has(l, e.cue, fSpeech, chainSpeech)
		}
		if speech {
			first, _ := cutWord(e.key)
			wc.or(first, cSpeech)
		}
	}
}
