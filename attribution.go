package wirestory

import (
	"slices"
	"strings"
)

// An Attribution says who said or reported something. "Xinhua news agency
// reported, citing a statement published on the website of the
// President's Office" has Source "Xinhua news agency", Cue "reported" and
// Via [{Cue "citing", Source "a statement"}, {Cue "published on", Source
// "the website of the President's Office"}].
//
// Direct quotes with a speaker are attributions too, with the quotation
// as Content. Kind tells speech from a report, a document, a stance and
// a hedge with no source.
type Attribution struct {
	Kind      AttributionKind `json:"kind"`                // speech, report, document, stance or evidential
	Source    Mention         `json:"source"`              // who said it; zero only for an evidential one
	Cue       Span            `json:"cue"`                 // "said", "according to", "reported"
	Content   Span            `json:"content"`             // what is attributed; zero if not found
	Via       []Link          `json:"via"`                 // the chain behind Source, nearest first
	Addressee Mention         `json:"addressee,omitempty"` // to whom it was said: "told reporters"; zero if not given
}

// An attr is an Attribution while the stage builds it: its mentions are
// shared with the quotes' speakers and named once, through the pointers,
// when the story has been read; nil means absent. value gives the
// Attribution it makes.
type attr struct {
	Kind      AttributionKind
	Source    *Mention
	Cue       Span
	Content   *Span
	Via       []Link
	Addressee *Mention
}

// sortByCue orders attributions by the start of their cue, keeping equal
// cues in their order. The stage mostly finds them in order already, so a
// pass that meets no inversion spares the sort.
func sortByCue(out []attr) {
	for k := 1; k < len(out); k++ {
		if out[k].Cue.Start < out[k-1].Cue.Start {
			sortStableBy(out, nil, func(a *attr) int { return a.Cue.Start })
			return
		}
	}
}

// A quoteAttr is a quote's speaker and cue while the stage finds them.
type quoteAttr struct {
	Speaker *Mention
	Cue     *Span
}

// A Link is one step in the chain of sources behind an [Attribution]: the
// source the previous one relied on, and the cue that says so ("citing").
type Link struct {
	Cue    Span    `json:"cue"`    // "citing", "quoting", "published on", "as saying"
	Source Mention `json:"source"` // the source relied on: "a statement", "the website of …"
}

// attribute finds the attributions of the story and gives each quote its
// speaker and cue.
//
// Each paragraph is tokenized once; cues are found by lexicon class on
// the tokens, and sources and contents by walks of bounded length from
// the cue, so the work is linear in the text.
func attribute(d *doc, quotes []Quote) []Attribution {
	return attributeIf(d, quotes, false)
}

// attributeEnglish is attribute for a story whose body reads as English
// (see languageCount), and nil for any other: the stage knows English
// grammar only, and on a German or French story it would take nouns for
// speakers (quotations are still found). The words are weighed on the
// tokens the stage reads, before it reads them.
func attributeEnglish(d *doc, quotes []Quote) []Attribution {
	return attributeIf(d, quotes, true)
}

// attributeIf is attribute, and with englishOnly attributeEnglish.
func attributeIf(d *doc, quotes []Quote, englishOnly bool) []Attribution {
	sc := d.sc
	st := &sc.attr
	*st = attrState{d: d, text: d.text, wc: classesOf(d.lex), quotes: quotes, sents: sc.sents[:0], slab: sc.mentionSlab[:0], spans: sc.spanSlab[:0], reach: sc.reach, rels: sc.rels, kinds: st.kinds, apposed: sc.apposed[:0]}
	sc.stream.reset(len(d.text))
	defer func() { sc.sents, sc.reach, sc.rels, sc.apposed = st.sents, st.reach, st.rels, st.apposed }()
	// Wire copy holds about one attribution per 250 bytes: room for them
	// up front saves the slice's growth steps.
	st.out = sc.atts[:0]
	defer func() { sc.atts = st.out[:0] }()
	st.qa = slices.Grow(sc.qa[:0], len(quotes))[:len(quotes)]
	clear(st.qa)
	defer func() { sc.qa = st.qa[:0] }()
	st.singleMinor = singleMarksMinor(quotes)
	// Every paragraph is tokenized first, so that the language is known
	// before any is read.
	paras := joinWrapped(d.text, d.paragraphs())
	var lang languageCount
	if len(paras) > 0 {
		lang.end = paras[0].Start + languageWindow
	}
	for _, p := range paras {
		if lang.done && (englishOnly && !lang.english() || !sc.stream.whole) {
			// The rest of a story in another language is not tokenized,
			// nor the rest of one too long for the stream to keep, which
			// the loop below tokenizes again.
			break
		}
		toks := sc.stream.add(d.text, p.Start, p.End, st.wc)
		lang.read(toks)
	}
	if englishOnly && !lang.english() {
		return nil
	}
	qi := 0
	var lastSpeaker *Mention // the speaker of the last quote of the previous paragraph
	pending := -1            // an attribution ending the previous paragraph with a colon
	for k, p := range paras {
		if sc.stream.whole {
			g := sc.stream.segs[k]
			st.toks = sc.stream.toks[g.lo:g.hi:g.hi]
		} else {
			// The stream keeps only the last range of a story this
			// long: the paragraph is tokenized again.
			st.toks = sc.stream.add(d.text, p.Start, p.End, st.wc)
		}
		// Quotes that reach into this paragraph (qi…) and those that start in it (qs…qj).
		for qi < len(quotes) && quotes[qi].End <= p.Start {
			qi++
		}
		qs := qi
		for qs < len(quotes) && quotes[qs].Start < p.Start {
			qs++
		}
		qj := qs
		for qj < len(quotes) && quotes[qj].Start < p.End {
			qj++
		}
		st.markQuotes(qi, qj)
		st.sents = sentences(st.sents[:0], st.toks, d.text)
		first := len(st.out)
		st.inHeadline = k == 0 && len(st.sents) == 1 && st.isHeadline(p)
		for _, s := range st.sents {
			st.sentence(s[0], s[1])
		}
		st.inHeadline = false
		sortByCue(st.out[first:])
		st.closingCues(qi, qs, first, p)
		lastSpeaker = st.quoteSpeakers(qs, qj, st.out[first:], p, lastSpeaker, &pending)
		// "He said:" at the end of a paragraph introduces the next one.
		st.colonSubj = nil
		if n := len(st.out); n > first && st.out[n-1].Source != nil && len(st.toks) > 0 && st.toks[len(st.toks)-1].flags&tColon != 0 {
			pending = n - 1
		} else if len(st.toks) > 1 && st.toks[len(st.toks)-1].flags&tColon != 0 {
			st.colonSubj, st.colonCue = st.colonSubject(len(st.toks) - 1)
		}
		st.quotedSpeech(first, qs, qj, p)
	}
	st.headlines()
	st.resolve()
	sortByCue(st.out)
	st.embedChains()
	st.relayQuotes()
	st.documentQuotes()
	st.nearerMentions()
	for k := range st.out {
		if st.out[k].Kind == 0 { // a kind set where the attribution was read stays
			st.out[k].Kind = attributionKind(d.lex, &st.out[k], &st.kinds)
		}
	}
	for q, qa := range st.qa {
		quotes[q].Speaker, quotes[q].Cue = deref(qa.Speaker), deref(qa.Cue)
	}
	out := d.res.attList(len(st.out))
	for _, a := range st.out {
		src := deref(a.Source)
		st.levelSpans(&a, &src)
		out = append(out, Attribution{Kind: a.Kind, Source: src, Cue: a.Cue, Content: deref(a.Content), Via: a.Via, Addressee: deref(a.Addressee)})
	}
	return out
}

// closingCues gives a quotation that runs over paragraphs and ends in
// the paragraph p the cue that follows its last mark there: "“The road is
// open.¶“The lights are on,” Hassan said." is Hassan's from its first
// paragraph, whatever report came before it. The quotes qi…qs-1 started
// before p; the attributions of p start at st.out[first]. A quotation
// whose own cue stands inside it keeps it, and so does one a report
// before it gave a speaker when the closing cue has a pronoun.
func (st *attrState) closingCues(qi, qs, first int, p Span) {
	for q := qi; q < qs; q++ {
		qt, qa := &st.quotes[q], &st.qa[q]
		if qt.End > p.End || qt.End <= p.Start || qa.Cue != nil && qa.Cue.Start > qt.Start {
			continue
		}
		for k := first; k < len(st.out); k++ {
			a := &st.out[k]
			if a.Cue.Start < qt.End {
				continue
			}
			if a.Cue.Start-qt.End > maxClosingGap {
				break
			}
			if a.Source == nil || a.Content == nil || a.Content.Start < qt.Start || a.Content.End > qt.End {
				continue
			}
			if k := st.tokenAt(a.Source.Start); qa.Speaker != nil && k < len(st.toks) && st.toks[k].e == a.Source.End && st.toks[k].flags&cPron != 0 {
				break // "…,” he said.": the report before named him
			}
			qa.Speaker = a.Source
			cue := a.Cue
			qa.Cue = st.keepSpan(cue)
			c := spanOf(st.text, qt.Start, a.Content.End)
			a.Content = st.keepSpan(c)
			break
		}
	}
}

// maxClosingGap bounds the bytes between a quotation's last mark and the
// cue that closes it: "” Hassan said", "”, said the minister of state".
const maxClosingGap = 80

// firstCueAt returns the index of the first of atts, which are sorted by
// cue, whose cue starts at or after off: a binary search that reads the
// cue's start in place, where a comparison function is passed a copy of
// each attr it compares.
func firstCueAt(atts []attr, off int) int {
	lo, hi := 0, len(atts)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if atts[h].Cue.Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// deref returns *p, or the zero value if p is nil.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// joinWrapped joins paragraphs that are lines of one hard-wrapped
// paragraph: a line that ends mid-sentence, followed after a single line
// break by one that goes on in lower case or after a comma. Sentences
// are never cut by the wrapping of old wire copy.
func joinWrapped(text string, paras []Span) []Span {
	var out []Span // nil until a join is needed: most copy is not wrapped
	for i, p := range paras {
		if i > 0 && wrappedInto(text, paras[i-1], p) && out == nil {
			out = append(make([]Span, 0, len(paras)), paras[:i]...)
		}
		if out == nil {
			continue
		}
		if n := len(out); wrappedInto(text, out[n-1], p) {
			out[n-1] = spanOf(text, out[n-1].Start, p.End)
			continue
		}
		out = append(out, p)
	}
	if out == nil {
		return paras
	}
	return out
}

func wrappedInto(text string, a, b Span) bool {
	gap := text[a.End:b.Start]
	breaks := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			breaks++
		case ' ', '\t', '\r':
		default:
			return false // markup between them
		}
	}
	if breaks != 1 || a.Len() < 20 {
		return false
	}
	last := text[a.End-1]
	if strings.IndexByte(".!?:\"", last) >= 0 || strings.HasSuffix(a.Text, "”") {
		return false
	}
	return true
}

// attrState is the working state of [attribute].
type attrState struct {
	d      *doc
	text   string
	wc     *wordClasses
	quotes []Quote
	toks   []token
	sents  [][2]int
	slab   []Mention        // mentions are allocated from here, a chunk at a time
	spans  []Span           // content spans likewise
	reach  map[int]int      // cue start -> end of the sentence, where the content stops short of it
	rels   map[int]*Mention // start of a relative pronoun that is a source ("who") -> its antecedent

	singleMinor bool // the story quotes in double marks: single ones are headline style
	inHeadline  bool // the tokens are a headline's, above the dateline
	embedding   bool // embedChains runs: a content's tokens are its paragraph's, read from the stream
	ingContent  bool // clauseEnd reads the content of a participle's cue (ingClauseEnd)

	tokHint  int // where the last tokenAt ended: the next starts its search there
	tokOther int // where the one before ended, which tokenAt asks too

	// The last form hasForm found, its entry, and who answers for it.
	lastForm      string
	lastFormEntry *formEntry
	lastFormBy    formAnswer

	kinds cueKindCache // the kinds of the cues seen, kept from story to story

	colonSubj *Mention // the subject of a paragraph that ends with a colon
	colonCue  Span     // that colon
	out       []attr
	qa        []quoteAttr // the speakers and cues of quotes, by index

	apposed []apposedName // the sources read on over a name in apposition
}

// An apposedName is a source phrase read on over a name in apposition
// after a role, "The union's president, Yegor Nyarui": the name stays
// the mention's for the speaker and the name it resolves to, but a chain's
// level is the role alone (chains-conventions leave comma appositives
// out of a source's span: "its auditor", not "its auditor, Peat, Marwick").
type apposedName struct{ start, end, role int }

// apposedName records that the source toks[s:k] holds the name in
// apposition after the role toks[s:e].
func (st *attrState) apposedName(s, e, k int) {
	st.apposed = append(st.apposed, apposedName{st.toks[s].s, st.toks[k-1].e, st.toks[e-1].e})
}

// levelMention returns m as a chain's level gives it: without a name in
// apposition after its role (see apposedName), its resolved name kept.
func (st *attrState) levelMention(m Mention) Mention {
	for _, a := range st.apposed {
		if a.start == m.Start && a.end == m.End {
			m.End, m.Text = a.role, st.text[m.Start:a.role]
			break
		}
	}
	return m
}

// levelSpans gives the sources of a chain, the attribution's and its
// links', as levels read them (levelMention). An attribution with no
// link keeps its source whole, as a speaker's.
func (st *attrState) levelSpans(a *attr, src *Mention) {
	if len(st.apposed) == 0 || len(a.Via) == 0 {
		return
	}
	*src = st.levelMention(*src)
	for k := range a.Via {
		a.Via[k].Source = st.levelMention(a.Via[k].Source)
	}
}

// markQuotes sets the quote index of the tokens inside quotes[qi:qj] (the
// innermost quote that holds each) and flags their marks, in one sweep
// that jumps over the tokens between quotes.
func (st *attrState) markQuotes(qi, qj int) {
	if qi == qj {
		return // no quote reaches into the paragraph
	}
	type open struct{ end, idx int }
	var stack [8]open
	depth := 0
	q := qi
	for m := 0; m < len(st.toks); m++ {
		if depth == 0 {
			// Outside every quote nothing changes up to the next one.
			if q == qj {
				return
			}
			if st.toks[m].s < st.quotes[q].Start {
				if m = firstTokenAt(st.toks, st.quotes[q].Start, m); m == len(st.toks) {
					return
				}
			}
		}
		t := &st.toks[m]
		for depth > 0 && stack[depth-1].end <= t.s {
			depth--
		}
		for q < qj && st.quotes[q].Start <= t.s {
			if st.quotes[q].End > t.s {
				if depth == len(stack) {
					copy(stack[:], stack[1:])
					depth--
				}
				stack[depth] = open{st.quotes[q].End, q}
				depth++
				if t.s == st.quotes[q].Start && t.flags&tWord == 0 {
					t.flags |= tMark | tOpen
				}
			}
			q++
		}
		if depth == 0 {
			continue
		}
		top := stack[depth-1]
		t.quote = int32(top.idx + 1)
		if t.e == top.end && t.flags&tWord == 0 {
			t.flags |= tMark | tClose
		}
	}
}

func (st *attrState) span(s, e int) Span { return spanOf(st.text, s, e) }

func (st *attrState) mention(i, j int) *Mention {
	return st.keepMention(Mention{Span: st.span(st.toks[i].s, st.toks[j-1].e)})
}

// maxContent bounds the bytes of reported content: a clause, not a
// runaway sentence of a text with no full stops.
const maxContent = 2000

// contentBefore is contentSpan for content that ends at a cue: a long
// one keeps its end.
func (st *attrState) contentBefore(i, j int) *Span {
	for i < j && st.toks[j-1].e-st.toks[i].s > maxContent {
		i++
		if n := j - 1 - maxContent/2; i < n && st.toks[j-1].e-st.toks[n].s > maxContent {
			i = n // far too long: jump close to the limit
		}
	}
	return st.contentSpan(i, j)
}

// contentSpan returns the span of tokens [i, j) without edge punctuation
// other than quote marks, or nil when nothing is left. A long content
// keeps its start and at most maxContent bytes.
func (st *attrState) contentSpan(i, j int) *Span {
	if i < j && st.toks[j-1].e-st.toks[i].s > maxContent {
		e := i
		for e < j && st.toks[e].e-st.toks[i].s <= maxContent {
			e++
		}
		j = e
	}
	for i < j && st.toks[i].flags&(tWord|tMark) == 0 {
		i++
	}
	for j > i && st.toks[j-1].flags&(tWord|tMark) == 0 && !(st.toks[j-1].quote != 0 && st.toks[j-1].flags&tEnd != 0) {
		j--
	}
	if i >= j {
		return nil
	}
	return st.keepSpan(st.span(st.toks[i].s, st.toks[j-1].e))
}

// sentence finds the attributions whose cue lies in the sentence [lo, hi).
func (st *attrState) sentence(lo, hi int) {
	toks, text := st.toks, st.text
	first := len(st.out)
	st.colonLead(lo, hi)
	for i := st.viewpointCue(lo, hi); i < hi; i++ {
		// Four tokens a step while none of them is of a class read
		// further, one bounds check for the four: most are not.
		for i+4 <= hi {
			q := toks[i : i+4 : i+4]
			if (q[0].flags|q[1].flags|q[2].flags|q[3].flags)&(sentenceHot|cLiteral|tThatNext|tLong) != 0 {
				break
			}
			i += 4
		}
		if i >= hi {
			break
		}
		tp := &toks[i] // read in place: most tokens stop at the tests below
		if tp.flags&(sentenceHot|cLiteral|tThatNext|tLong) == 0 || tp.quote != 0 || tp.flags&tWord == 0 {
			continue // no test below can hold: most tokens stop at the first test
		}
		t := *tp
		if t.flags&(cCue|tUpper) == cCue && i > lo && isWord(text, toks[i-1], "to") {
			if n := st.causedSpeech(lo, hi, i); n > i {
				i = n - 1 // "prompting the minister to say …"
				continue
			}
		}
		if isWord(text, t, "reportedly") {
			// "Trump reportedly told aides …": a report with no source named.
			c := st.skipOpening(lo, i)
			st.out = append(st.out, attr{Cue: st.span(t.s, t.e), Content: st.contentSpan(c, st.clauseEnd(c, hi))})
			continue
		}
		if st.mayBeIn(t, cStanceNoun) {
			if n := st.stanceNoun(lo, hi, i); n > i {
				continue
			}
		}
		if t.flags&cLink != 0 {
			if n := st.quotingAs(lo, hi, i); n > i && !st.linkAt(first, t.s) {
				i = n - 1 // "a report quoting a spokesman as saying …"
				continue
			}
		}
		if isWord(text, t, "citing") && !st.linkAt(first, t.s) && !st.namesSourceAfter(i, hi) {
			// "…, McCain said, citing low growth", "He defended it by
			// citing a poll": what a speaker cites is his own report.
			st.citing(lo, hi, i, first) // the words cited may hold the main verb: "X, citing Y, said"
			continue
		}
		if isWord(text, t, "in") {
			if n := st.pollCue(lo, hi, i); n > i {
				i = n - 1
				continue
			}
		}
		if t.flags&cCueMW != 0 {
			if ce, canon, kind := st.multiCue(i, hi); ce > 0 {
				if kind == CuePhrases {
					if len(st.out) > first && st.isRelayCue(text[t.s:toks[ce-1].e]) {
						continue // "the minister said …, as reported by the agency": the verb's relay
					}
					if n := st.according(lo, hi, i, ce); n > i {
						i = n - 1
					}
					continue
				}
				if i-2 > lo && st.innerStance(lo, i, canon) {
					i = ce - 1 // "said she was confident that …": the speech holds the stance
					continue
				}
				if n := st.widenCue(lo, i, st.verbCue(lo, hi, i, ce, canon, first)); n > i {
					i = n - 1
					continue
				}
			}
		}
		if t.flags&(cCue|cCueMW|cLink|cLinkMW|cStop|cAux|tUpper|tNonASCII) == 0 && i+1 < hi && isWord(text, toks[i+1], "that") && st.thatVerb(lo, i) {
			// "The mayor reasoned that …": any past-tense verb that takes a
			// clause after its subject reports a thought or a statement.
			if n := st.widenCue(lo, i, st.verbCue(lo, hi, i, i+1, lowerASCII(text[t.s:t.e]), first)); n > i {
				i = n - 1
			}
			continue
		}
		if st.mayBeIn(t, cNounForm) {
			if canon := st.verbForm(lo, i); canon != "" {
				if n := st.widenCue(lo, i, st.verbCue(lo, hi, i, i+1, canon, first)); n > i {
					i = n - 1
				}
				continue
			}
		}
		if t.flags&cCue != 0 && !st.weakCue(i, hi) || t.flags&cLink != 0 && (isWord(text, t, "quoted") || isWord(text, t, "cited")) {
			canon, n0 := st.cueCanonical(t), len(st.out)
			if t.flags&cCue != 0 && i-2 > lo && st.innerStance(lo, i, canon) {
				continue // "said she supported the plan": the speech holds the stance
			}
			if n := st.widenCue(lo, i, st.verbCue(lo, hi, i, i+1, canon, first)); n > i {
				i = n - 1
			}
			st.dropNounObject(n0, canon)
			if t.flags&cWeak != 0 {
				st.stanceObjectContent(n0, i)
			}
		}
	}
}

// causedSpeech reads "prompting Finance Minister Aiko Fujinami to say
// …", "leading the mayor to warn that …": a verb of causing
// (causativeVerbs), its object, and the infinitive of a cue at toks[i].
// The object speaks. It returns the token after the cue, or i.
func (st *attrState) causedSpeech(lo, hi, i int) int {
	toks, text := st.toks, st.text
	if i-3 < lo || !isWord(text, toks[i-1], "to") {
		return i
	}
	// Where the causing verb is no participle after a comma, only words
	// reported right after the cue make it speech: "prompted the mayor
	// to call a “crisis meeting”" convenes one.
	said := i+1 < hi && (st.quoteFollows(i+1, hi) || isWord(text, toks[i+1], "that"))
	if v := toks[i-2]; said && i-4 >= lo && v.flags&(tWord|tUpper) == tWord && st.isIn(toks[i-3], cPassiveAux) && st.d.lex.containsToken(causativeVerbs, text, v) {
		return st.causedPassive(lo, hi, i) // "Reyes was prompted to say …": the subject speaks
	}
	s := phraseLeft(text, toks, lo, i-1)
	if s < lo || s >= i-1 || i-1-s > maxPhrase {
		return i
	}
	for m := i - 2; said && m > s; m-- {
		if w := toks[m]; w.flags&(tWord|tUpper) == tWord && st.d.lex.containsToken(causativeVerbs, text, w) {
			s = m + 1 // "The strike prompted Mayor Ana Lind": the phrase read took the clause's verb in
			break
		}
	}
	if s <= lo {
		return i
	}
	for n := 0; n < 4 && s-1 > lo && toks[s-1].flags&(tWord|tUpper) == tWord|tUpper; n++ {
		s-- // "prompting Finance Minister Aiko Fujinami": the title before the name
	}
	if w := toks[s]; s+1 < i-1 && w.flags&(tWord|tUpper) == tWord && st.d.lex.containsToken(causativeVerbs, text, w) {
		s++ // the phrase read took the verb in: "prompting Finance Minister …"
	}
	v := toks[s-1]
	if v.flags&tWord == 0 || !st.d.lex.containsToken(causativeVerbs, text, v) {
		return i
	}
	a := attr{Source: st.mention(s, i-1), Cue: st.span(toks[i-1].s, toks[i].e)}
	k := st.skipTime(i+1, hi)
	a.Content = st.contentSpan(k, st.clauseEnd(k, hi))
	st.out = append(st.out, a)
	return i + 1
}

// causedPassive reads the passive of a verb of causing before the
// infinitive of a cue at toks[i], "Senator Tom Reyes was prompted to
// say …", "officials were forced to concede …": the subject before the
// auxiliary speaks. It returns the token after the cue, or i.
func (st *attrState) causedPassive(lo, hi, i int) int {
	toks, text := st.toks, st.text
	e := i - 3
	for e-1 > lo && st.isAdverb(e-1) {
		e-- // "was quickly forced to say"
	}
	s := phraseLeft(text, toks, lo, e)
	if s < lo || s >= e || toks[s].flags&(tUpper|cDet|cPron) == 0 && !st.plainPlural(e-1) {
		return i
	}
	a := attr{Source: st.mention(s, e), Cue: st.span(toks[i-1].s, toks[i].e)}
	k := st.skipTime(i+1, hi)
	a.Content = st.contentSpan(k, st.clauseEnd(k, hi))
	st.out = append(st.out, a)
	return i + 1
}

// dropNounObject takes back the attribution st.out[n0] that a cue verb of
// cueClauseVerbs made of a noun object: "the firm added service charges
// at checkout" reports nothing, where "he added that …", "he added the
// plan was sound" and "…, he added." report words. A clause shows by a
// finite verb among its first words. A verb of finding (of kind Report)
// whose subject is a document keeps its noun object: "the survey found
// wide support for the plan" reports what the survey found.
func (st *attrState) dropNounObject(n0 int, canon string) {
	if len(st.out) != n0+1 || !st.hasForm(canon, fClauseVerb, cueClauseVerbs) {
		return
	}
	a := &st.out[n0]
	if a.Source != nil && lemmaKind(st.d.lex, st.wc.forms, canon) == Report && isDocument(st.d.lex, a.Source) {
		return // "the survey found wide support": what a study, poll or report finds is its finding, noun or clause
	}
	if a.Content == nil || bareParticiple(a.Cue.Text) {
		return // "…, adding nothing more": a participle after the report goes on with it; not "we are adding capacity"
	}
	if st.declaredVerdict(a) {
		return // "declared him the winner", "was declared the victor": a declaration
	}
	if a.Content.Start < a.Cue.End {
		// "Service charges were added by the firm", "The ruling was
		// affirmed": the subject of such a verb made passive is its noun
		// object, where "The plan is sound, it was added" is words.
		if st.passiveObject(a) {
			st.out = st.out[:n0]
		}
		return
	}
	k := st.tokenAt(a.Content.Start)
	if k >= len(st.toks) || st.toks[k].flags&(tMark|tOpen|tColon) != 0 || st.toks[k].quote != 0 || isWord(st.text, st.toks[k], "that") {
		return
	}
	if st.subjectPronoun(k) {
		return // "she added they want peace": a subject no object takes, whatever tense its verb is in
	}
	end := min(k+maxClauseLook, st.tokenAt(a.Content.End))
	seen, finite := k, false
	if st.finiteIn(&seen, &finite, end) {
		return
	}
	for j := k; j < end; j++ {
		if st.toks[j].quote != 0 {
			return // "she added the words, “…”": the words are quoted
		}
	}
	st.out = st.out[:n0]
}

// declaredVerdict reports whether the cue of a, a verb of cueClauseVerbs,
// names someone as a noun of cueVerdicts after "the", an object perhaps
// between: "the networks declared him the winner", "Ruiz was declared
// the victor in Ohio", "declared Lund the presumptive nominee". The verb
// takes no clause, but it reports a declaration.
func (st *attrState) declaredVerdict(a *attr) bool {
	toks := st.toks
	k := st.tokenAt(a.Cue.End)
	for j := k; j+1 < len(toks) && j < k+5; j++ {
		if toks[j].flags&tWord == 0 {
			return false
		}
		if toks[j].hash == theHash && st.d.lex.containsToken(cueVerdicts, st.text, toks[j+1]) {
			return true
		}
	}
	return false
}

// passiveObject reports whether a, whose content comes before its cue,
// has a passive cue ("were added", "was affirmed") and a content that is
// a noun phrase: no quotation and no finite verb among its words.
func (st *attrState) passiveObject(a *attr) bool {
	if !st.passiveCueSpan(a.Cue) {
		return false
	}
	k, end := st.tokenAt(a.Content.Start), min(st.tokenAt(a.Content.End), len(st.toks))
	for j := k; j < end; j++ {
		if st.toks[j].quote != 0 || st.toks[j].flags&(tOpen|tColon) != 0 {
			return false
		}
	}
	// A content that runs over the cue ("Traces were found in two
	// samples") has its verb in the cue: the words before it decide.
	end = min(end, k+maxClauseLook, st.tokenAt(a.Cue.Start))
	seen, finite := k, false
	return !st.finiteIn(&seen, &finite, end)
}

// subjectPronoun reports whether toks[k] is a pronoun of
// subjectPronouns ("he", "they"): the class bit of pronouns answers for
// most words without a lookup.
func (st *attrState) subjectPronoun(k int) bool {
	return st.toks[k].flags&cPron != 0 && st.hasListed(k, k+1, subjectPronouns)
}

// maxClauseLook bounds the words read for a clause's finite verb.
const maxClauseLook = 12

// sentenceHot are the classes of a word that sentence reads further: a
// token of none of them, none of its literal words (cLiteral), not
// before "that" (tThatNext) and short enough to be looked up (not
// tLong) is passed over at once.
const sentenceHot = cStanceNoun | cLink | cCueMW | cNounForm | cCue | tNonASCII

// thatHash is the wcHash of "that" (TestSentenceLiteralHashes checks
// it): tokenize marks the token before a word of its hash (tThatNext),
// so that a word not marked is not before "that".
const thatHash = 0xcb18332c

// toHash and theHash are the wcHash of "to" and "the", which verbCue
// asks of the word after a cue before it calls participleNoCue
// (TestSentenceLiteralHashes checks them).
const (
	toHash  = 0x42454824
	theHash = 0xb40eb21c
)

// citing reads a "citing" that is no link of a chain: "…, McCain said,
// citing low growth", "by citing a poll", "Citing a family matter, the
// senator withdrew". The subject of the clause cites; what it cites is
// the content.
func (st *attrState) citing(lo, hi, i, first int) {
	toks := st.toks
	t := toks[i]
	var src *Mention
	end := -1
	if i == lo {
		c := st.openingClause(i, hi)
		if c == 0 {
			return
		}
		e := phraseRight(st.text, toks, c+1, hi)
		if e <= c+1 {
			return
		}
		src = st.mention(c+1, st.cutAtVerb(c+1, e))
		end = c
	} else {
		src = st.withSubject(lo, i)
		if src == nil {
			src = st.clauseSubject(lo, i, first)
		}
		end = st.clauseEnd(i+1, hi)
		if src != nil && i-1 > lo && toks[i-1].flags&tComma != 0 && src.End == toks[i-1].s {
			end = st.interposedEnd(i+1, end) // "The government, citing soaring costs, raised prices"
		}
	}
	if src == nil {
		return
	}
	// A reason given for what the subject did, which the subject
	// holds: no one's words (a stance), so that a who-said-what view
	// leaves it out. Where what is cited is a source, a document or
	// records ("citing local news outlets", "citing a poll by …"), the
	// subject reports from it.
	kind := Stance
	if st.citesSource(i+1, hi) {
		kind = Report
	}
	st.out = append(st.out, attr{Kind: kind, Source: src, Cue: st.span(t.s, t.e), Content: st.contentSpan(i+1, end)})
}

// citesSource reports whether the noun phrase at toks[s] names a source
// of words or figures: a source noun, a document, a poll or records at
// its head ("unnamed officials", "a statement from …", "customs data",
// "local news outlets").
func (st *attrState) citesSource(s, hi int) bool {
	e := phraseRight(st.text, st.toks, s, hi)
	for k := s; k < e; k++ {
		if st.toks[k].flags&(cSrcNoun|cDoc|cPoll) != 0 {
			return true
		}
	}
	if e <= s {
		return false
	}
	np := st.text[st.toks[s].s:st.toks[e-1].e]
	return headListed(st.d.lex, np, 0, chainRecords) || headListed(st.d.lex, np, 0, chainRelayNouns)
}

// withSubject returns the noun phrase between "with" and the participle
// at toks[i], "…, with brokers citing worries over supply": the one
// who cites, not the clause's subject. It returns nil where no "with"
// stands a few words before i, or a word between is no part of a noun
// phrase.
func (st *attrState) withSubject(lo, i int) *Mention {
	toks := st.toks
	for k := i - 1; k > lo && k >= i-5; k-- {
		t := toks[k]
		if isWord(st.text, t, "with") {
			if k+1 == i {
				return nil
			}
			return st.mention(k+1, i)
		}
		if t.flags&tWord == 0 || t.flags&(cCue|cLink|cAux|cStop) != 0 && t.flags&cDet == 0 {
			return nil
		}
	}
	return nil
}

// interposedEnd returns where the words cited in "X, citing Y, VERB …"
// end: at the comma before the clause's own verb, a past-tense verb or a
// cue ("…, citing soaring import costs, raised fuel prices"), or at end
// where none follows.
func (st *attrState) interposedEnd(s, end int) int {
	toks := st.toks
	for k := s + 1; k+1 < end; k++ {
		if toks[k].flags&tComma == 0 {
			continue
		}
		v := toks[k+1]
		if v.flags&(tWord|tUpper) == tWord && (v.flags&(cPast|cCue) != 0 || st.endsEd(k+1)) {
			return k
		}
	}
	return end
}

// colonLead reads "Rubio: I still believe …" and "Q: Where were you?",
// a name of at most four capitalised words and a colon opening the
// sentence, as headlines and transcripts give speech.
func (st *attrState) colonLead(lo, hi int) {
	toks, text := st.toks, st.text
	// "“WALLACE: Let's start …": a transcript's turn quoted, a paragraph
	// to a turn, its speaker's name in capitals opening the quotation or
	// its paragraph's part of it.
	turn := false
	if lo+2 < hi && toks[lo].flags&(tOpen|tMark|tQ) != 0 && toks[lo+1].flags&tUpper != 0 && allCaps(text[toks[lo+1].s:toks[lo+1].e]) {
		lo, turn = lo+1, true
	}
	c := lo
	for c < hi && c < lo+6 && (toks[c].flags&(tWord|tUpper) == tWord|tUpper && toks[c].flags&cStop == 0 || abbrevDot(text, toks, c)) {
		c++
	}
	if st.inHeadline && (c >= hi || text[toks[c].s] != ':') {
		c = st.headlineSource(lo, hi)
	}
	if c == lo || c+1 >= hi || text[toks[c].s] != ':' || toks[c].quote != 0 && !(turn && st.capitalsOnly(lo, c)) || toks[c+1].flags&(tWord|tMark|tQ) == 0 || isDigit(text[toks[c+1].s]) {
		return
	}
	if c == lo+1 && toks[lo].e-toks[lo].s == 1 {
		return // "Q: …", "A: …": an interview's turns, not a named speaker
	}
	if st.d.lex.Contains(labels, text[toks[lo].s:toks[c-1].e]) {
		return // "Editor's note: …", "BREAKING: …": a label, not a speaker
	}
	if st.d.lex.containsToken(headlineTopics, text, toks[c-1]) {
		return // "Kanvapura barrage row: …", "Dam controversy: …": what the story is about, not who speaks
	}
	if st.inHeadline && st.placeLabel(lo, c) {
		return // "Ladakh: Early snow leaves herders short of fodder": where the story is, not who speaks
	}
	if st.d.lex.Contains(CreditRoles, text[toks[lo].s:toks[c-1].e]) && namesOnly(text[toks[c+1].s:toks[hi-1].e], st.d.lex) {
		return // "Translator: Rina Sari, Adi Nugroho": a credit line, not speech
	}
	if c-lo >= 2 && toks[lo].flags&cCue != 0 {
		if e, q := st.leadingInversion(lo+1, hi); q > e {
			return // "Said Holm: “…”": the verb's, read by verbCue
		}
	}
	if c-lo >= 2 && toks[lo].flags&cCue != 0 && strings.HasSuffix(text[toks[lo].s:toks[lo].e], "ed") {
		// "Continued Stone: …": an inverted cue verb and its source.
		st.out = append(st.out, attr{Source: st.mention(lo+1, c), Cue: st.span(toks[lo].s, toks[lo].e), Content: st.contentSpan(c+1, hi)})
		return
	}
	e := hi
	if st.inHeadline {
		e = st.semicolonEnd(c+1, hi) // "Clinton: Rival's view is 'wrong'; In speech, she …": a headline and its deck
	}
	st.out = append(st.out, attr{Source: st.mention(lo, c), Cue: st.span(toks[c].s, toks[c].e), Content: st.contentSpan(c+1, e)})
}

// semicolonEnd returns the first semicolon outside quotation marks in
// toks[k:hi], or hi: in a headline a semicolon parts two headlines, or a
// headline and its deck.
func (st *attrState) semicolonEnd(k, hi int) int {
	for ; k < hi; k++ {
		if t := st.toks[k]; t.flags&tColon != 0 && t.quote == 0 && st.semicolon(t) {
			return k
		}
	}
	return hi
}

// capitalsOnly reports whether every word of [i, j) is in capitals.
func (st *attrState) capitalsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if !allCaps(st.text[st.toks[k].s:st.toks[k].e]) {
			return false
		}
	}
	return true
}

// headlineTerm reports whether quote q, a term of one or two words in
// lower case, is written bare in the story's headline: "Maluku to
// expand customary sasi zones" over "plans to expand customary “sasi”
// marine closures". The story's own word for a thing, set in marks where
// it first comes, is no one's: the sentence's subject did not say it.
func (st *attrState) headlineTerm(q Span) bool {
	h := st.d.headline
	if h.End <= h.Start || q.Start < h.End || q.Len() > 32 {
		return false
	}
	i, j := st.tokenAt(q.Start), st.tokenAt(q.End)
	if j < i+3 || j > i+4 || j > len(st.toks) {
		return false // the marks and one or two words
	}
	first, last := st.toks[i+1], st.toks[j-2]
	if first.flags&(tWord|tUpper) != tWord || last.flags&tWord == 0 {
		return false
	}
	w, ht := st.text[first.s:last.e], st.text[h.Start:h.End]
	for k := 0; k+len(w) <= len(ht); k++ {
		if strings.EqualFold(ht[k:k+len(w)], w) && (k == 0 || !isASCIIAlnum(ht[k-1])) && (k+len(w) == len(ht) || !isASCIIAlnum(ht[k+len(w)])) {
			return true
		}
	}
	return false
}

// placeLabel reports whether the words toks[s:e] before a headline's
// colon name a place the story is filed from: a region or a place of the
// lexicon ([Regions], [Places]), or a name the dateline holds ("Leh
// (Ladakh) [India]" under "Ladakh: …"). A country may speak ("Iran: …
// will respond") unless the dateline names it.
func (st *attrState) placeLabel(s, e int) bool {
	w := st.text[st.toks[s].s:st.toks[e-1].e]
	lex := st.d.lex
	if lex.Contains(Regions, w) || lex.Contains(Places, w) {
		return true
	}
	lo, hi := st.d.headline.End, st.d.bodyStart
	if lo <= 0 || hi <= lo || hi-lo > maxDatelineBytes || hi > len(st.text) {
		return false
	}
	dl := st.text[lo:hi]
	for {
		i := strings.Index(dl, w)
		if i < 0 {
			return false
		}
		if (i == 0 || !isASCIIAlnum(dl[i-1])) && (i+len(w) == len(dl) || !isASCIIAlnum(dl[i+len(w)])) {
			return true
		}
		dl = dl[i+len(w):]
	}
}

// maxDatelineBytes bounds the text between a headline and the body that
// placeLabel reads as a dateline.
const maxDatelineBytes = 160

// headlineSource returns the colon that ends a headline's source, or lo:
// a noun phrase, perhaps with where or to whom it spoke ("Former AG
// Mukasey at RNC: …", "Clinton to Planned Parenthood: …", "Clinton
// camp: …"), as headlines write "X says".
func (st *attrState) headlineSource(lo, hi int) int {
	toks, text := st.toks, st.text
	if toks[lo].flags&cDet != 0 {
		return lo // "A Curious Plan to Fight Climate Change: …": a title, no one speaking
	}
	e := phraseRight(text, toks, lo, hi)
	if e <= lo || e >= hi || e > lo+8 {
		return lo
	}
	if isPrep(toks[e]) || isWord(text, toks[e], "on") {
		if e2 := phraseRight(text, toks, e+1, hi); e2 > e+1 && e2 < hi && e2 <= lo+10 {
			e = e2
		}
	}
	if text[toks[e].s] != ':' || toks[e].quote != 0 || isDigit(text[toks[e-1].s]) {
		return lo // "Update 2: …": a label
	}
	return e
}

// nameAfterRole returns the end of the source toks[s:e] after an
// inverted cue, taking in the name in apposition that closes the sentence
// when the source is a role and ends in a lower-case word: "“…,” said its
// general manager, Carlos de la Fuente." The source reads as it does
// before the verb ("its general manager, Carlos de la Fuente, said").
// Anything else after the comma (a time, a clause, a name the sentence
// goes on from) leaves it at e.
func (st *attrState) nameAfterRole(s, e, hi int) int {
	toks := st.toks
	f := e + 1 // the name's first word, after a role of its own in lower case: "…, architect Carla Neri"
	for f < hi && f < e+3 && toks[f].flags&(tWord|tUpper) == tWord && toks[f].quote == 0 && toks[f].flags&(cStop|cAux|cCue|cDet|cPron|cTime|cOpener) == 0 && !st.isPrepLike(f) && !st.isAdverb(f) {
		f++
	}
	if f+1 >= hi || toks[e].flags&tComma == 0 || toks[f].flags&(tWord|tUpper) != tWord|tUpper || toks[f].quote != 0 || toks[e-1].flags&tUpper != 0 && !st.portfolioEnd(s, e) {
		return e // the source ends in a name already: "Senator Chris Coons, Democrat of Delaware"
	}
	role := false
	for k := s; k < e; k++ {
		if toks[k].flags&(cRole|cTitle) != 0 {
			role = true
			break
		}
	}
	if !role && toks[s].flags&cDet == 0 && !possessive(st.text, toks[s]) {
		return e // a role, or a phrase that opens with a determiner: "said a neighbour, Rosa Lind."
	}
	n := phraseRight(st.text, toks, f, hi)
	if n <= f+1 || st.placeName(f, n) || n < hi && toks[n].flags&tEnd == 0 && !(toks[n].flags&tComma != 0 && n+1 < hi && (st.isPrepLike(n+1) || st.timeAt(n+1, hi))) {
		return e // a name of two words at least, and the sentence ends there or goes on with a circumstance ("…, Teresa Lobo, in statements to EFE.")
	}
	for k := f; k < n; k++ {
		if toks[k].flags&(cRole|cTitle|cDet) != 0 && toks[k].flags&tUpper == 0 {
			return e // "said its spokesman, the company's head of sales": another role
		}
	}
	return n
}

// portfolioEnd reports whether the phrase toks[s:e] ends in a title's
// portfolio, "Spain's Minister for Energy", "the Secretary of State", or
// the body the role is of, "the director of the INS": a role, then a
// preposition, perhaps a determiner, and capitalised words to its end.
func (st *attrState) portfolioEnd(s, e int) bool {
	for k := e - 1; k > s; k-- {
		t := st.toks[k]
		if isPrep(t) {
			return st.toks[k-1].flags&(cRole|cTitle) != 0
		}
		if t.flags&(cDet|tUpper) == cDet && k-1 > s && isPrep(st.toks[k-1]) {
			continue // "of the INS"
		}
		if t.flags&(tWord|tUpper) != tWord|tUpper {
			return false
		}
	}
	return false
}

// multiCue matches the longest cue of several words starting at toks[i]:
// it returns the end token, the canonical form and the list it is in.
func (st *attrState) multiCue(i, hi int) (int, string, List) {
	toks := st.toks
	if i+1 >= hi || toks[i+1].flags&cCue2 == 0 {
		return 0, "", "" // no cue of several words goes on with this word
	}
	// The first two words begin a cue of several words, and the entry of
	// the pair says how many words those cues have: most pairs are ruled
	// out by one probe. A pair the table cannot fold tries every length.
	pre, folded := st.wordPair(i)
	if folded && (pre == nil || pre.flags&fPrefix == 0) {
		return 0, "", ""
	}
	for _, k := range [...]List{CuePhrases, CueVerbs} {
		max, f, lens := st.wc.forms.phraseWords, fCuePhrase, ^uint32(0)
		if k == CueVerbs {
			max, f = st.wc.forms.verbWords, fCueVerb
		}
		if folded {
			lens = pre.phraseLens
			if k == CueVerbs {
				lens = pre.verbLens
			}
		}
		for n := min(max, hi-i); n >= 2; n-- {
			if lens&(1<<min(n, 31)) == 0 {
				continue // no cue of n words begins with the pair
			}
			ok := true
			for m := i; m < i+n; m++ {
				if toks[m].flags&tWord == 0 || toks[m].quote != 0 {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if c, found := st.wc.forms.canonical(st.d.lex, st.text[toks[i].s:toks[i+n-1].e], f); found {
				return i + n, c, k
			}
		}
	}
	return 0, "", ""
}

// notCuePhrase reports whether the cue toks[i] and the words up to
// toks[ce] are a phrase of [cueNotPhrases] ("showed up"): a cue and the
// word after it are asked by their tokens' hashes (wordPair), not hashed
// again from their bytes.
func (st *attrState) notCuePhrase(i, ce int) bool {
	if ce == i+1 {
		e, ok := st.wordPair(i)
		if ok {
			return e != nil && e.flags&fNotCue != 0
		}
	}
	return st.wc.forms.has(st.d.lex, st.text[st.toks[i].s:st.toks[ce].e], fNotCue, cueNotPhrases)
}

// wordPair is find of the words toks[i] and toks[i+1], which has cCue2:
// where one space parts two ASCII words, the pair's hash goes on from
// the first word's, and its bytes need no fold.
func (st *attrState) wordPair(i int) (*formEntry, bool) {
	a, b := st.toks[i], st.toks[i+1]
	if a.flags&(tWord|tNonASCII) != tWord || b.flags&(tWord|tNonASCII) != tWord || b.s != a.e+1 || st.text[a.e] != ' ' {
		return st.wc.forms.find(st.text[a.s:b.e])
	}
	h := wcHashByte(a.hash, ' ')
	for _, c := range []byte(st.text[b.s:b.e]) {
		h = wcHashByte(h, c|0x20)
	}
	return st.wc.forms.findWord(st.text[a.s:b.e], h), true
}

// isParticiple reports whether the word toks[i] is an -ing form.
func (st *attrState) isParticiple(i int) bool {
	w := st.text[st.toks[i].s:st.toks[i].e]
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// addressee reads the one spoken to after a cue verb at toks[k]: "told
// reporters", "urged Congress". It returns the end of the phrase, or k.
func (st *attrState) addressee(canon string, k, hi int) int {
	switch {
	case st.hasForm(canon, fAddressee, cueAddressees):
	case st.hasForm(canon, fNamedAddressee, cueNamedAddressees):
		if k >= hi || st.toks[k].flags&(tUpper|cPron) == 0 {
			return k
		}
	default:
		return k
	}
	e := phraseRight(st.text, st.toks, k, hi)
	if e <= k {
		return k
	}
	if m := st.occasionIn(k, e, false); m >= 0 {
		return m // "told Xinhua in an exclusive interview": the interview is the occasion
	}
	if m := st.addresseePlace(k, e); m > k {
		return m
	}
	// "told a regular press briefing", "the daily press conference": a
	// cue word between an article's modifiers and a noun is a noun too.
	toks := st.toks
	if toks[k].flags&cDet != 0 && e > k+1 && e+1 < hi && toks[e].flags&cCue != 0 && toks[e].flags&tUpper == 0 && toks[e].quote == 0 {
		if n := toks[e+1]; n.flags&tWord != 0 && n.quote == 0 && n.flags&(tUpper|cStop|cAux|cDet|cPron|cTime|cCue|cCueMW|cLink) == 0 && !isPrep(n) {
			// The noun ends a phrase that a clause or a place follows.
			if e2 := phraseRight(st.text, toks, e+1, hi); e2 > e+1 && (e2 >= hi || toks[e2].flags&tWord == 0 || toks[e2].flags&(cStop|cDet) != 0 || isPrep(toks[e2])) {
				return e2
			}
		}
	}
	return e
}

// addresseePlace returns where the addressee phrase toks[k:e] ends
// before a preposition or an adverb of place or time, "told reporters
// outside the court", "told a news conference near the border", "told
// reporters in Rome", or -1. "of" joins the phrase ("members of
// parliament"), and so does a preposition between capitals, the name of
// a body ("the Committee on Foreign Relations"), and "in" a body
// ("officials in the ministry").
func (st *attrState) addresseePlace(k, e int) int {
	toks := st.toks
	for m := k + 1; m < e; m++ {
		t := toks[m]
		if t.flags&(tWord|tUpper) != tWord || t.flags&(cOpener|cVenue|cPrepLike|cPrep) == 0 || t.flags&cNameLink != 0 {
			continue
		}
		if m+1 < e && (toks[m-1].flags&tUpper != 0 && toks[m+1].flags&tUpper != 0 || t.flags&cVenue != 0 && toks[m+1].flags&cDet != 0) {
			continue // "residents in the flooded town": "in" a body tells who was told
		}
		return m
	}
	return -1
}

// interviewAddressee returns the one an interview was given to, "said
// in an interview with Xinhua", read after the cue at toks[k] or in the
// words before the source at toks[s] ("In an interview with Xinhua, X
// said"), or nil.
func (st *attrState) interviewAddressee(lo, s, k, hi int) *Mention {
	if s > lo+1 && st.toks[lo].flags&cVenue != 0 {
		if m := st.interviewWith(lo, s); m != nil {
			return m
		}
	}
	return st.interviewWith(k, hi)
}

// interviewWith reads "in an interview with Y" at toks[k] and returns Y,
// or nil.
func (st *attrState) interviewWith(k, hi int) *Mention {
	toks, text := st.toks, st.text
	if k+4 >= hi || toks[k].flags&cVenue == 0 || toks[k+1].flags&cDet == 0 {
		return nil
	}
	for m := k + 2; m+1 < hi && m < k+5; m++ {
		t, p := toks[m], toks[m+1]
		if t.flags&tWord == 0 || t.quote != 0 {
			return nil
		}
		if !isPrep(p) || p.flags&cNameLink != 0 || !st.d.lex.Contains(cueInterviews, text[t.s:p.e]) {
			continue
		}
		if e := phraseRight(text, toks, m+2, hi); e > m+2 {
			return st.mention(m+2, e)
		}
		return nil
	}
	return nil
}

// verbCue reads the attribution around the cue verb toks[i:ce] and
// returns the token after what it consumed, or i where it is no cue.
func (st *attrState) verbCue(lo, hi, i, ce int, canon string, first int) int {
	toks, text := st.toks, st.text
	t := toks[i]
	if t.flags&tUpper != 0 && i > lo && !(toks[i-1].flags&tUpper != 0 && st.titleCaseAfter(lo, ce, hi)) {
		return i // a capitalised cue word mid-sentence is a name or a title, but for headlines in title case
	}
	if i > lo {
		p := toks[i-1]
		if isWord(text, p, "to") && i-2 >= lo && isWord(text, toks[i-2], "likely") && (canon == "say" || canon == "describe" || canon == "agree") {
			// "Voters were more likely to say …": a poll's finding.
			a := attr{Cue: st.span(t.s, toks[ce-1].e), Source: st.clauseSubject(lo, i, first)}
			a.Content = st.contentSpan(ce, st.clauseEnd(ce, hi))
			st.out = append(st.out, a)
			return ce
		}
		if isArticle(text, p) || isWord(text, p, "to") {
			return i // "the report", "to say": a noun or an infinitive
		}
		if p.flags&(cLink|tUpper) == cLink && p.quote == t.quote {
			return i // "citing worries over the policy", "quoting fears of a strike": the link's object, a noun
		}
		if i-2 >= lo && ce == i+1 && ce < hi && toks[ce].flags&tOpen != 0 && isWord(text, t, canon) && isArticle(text, toks[i-2]) && p.flags&(tWord|tUpper) == tWord|tUpper {
			return i // "the TV show “Shark Tank”": a noun before the title it names
		}
		if negation(text, p) && (canon == "believe" || canon == "see" || canon == "show" || canon == "know" || canon == "recall") {
			return i // "did not believe", "don't know": a state of mind denied, not a report
		}
		if st.privateState(p, canon) && !st.quotesAhead(ce, hi) && !st.quoteBefore(lo) {
			return i // "he believes", "they hope": a state of mind the writer infers, not a report
		}
		if (isWord(text, p, "would") || isWord(text, p, "should")) && !st.quotesAhead(ce, hi) {
			return i // "he would say", "they should endorse": a wish or a plan, not a report
		}
		if ce < hi && text[toks[ce].s] == ':' && p.flags&tWord != 0 && p.e-p.s > 3 && possessive(text, p) {
			return i // "Editor's note: …", "The mayor's reply: …": a noun heading what follows
		}
	}
	if ce == i+1 && ce < hi && (toks[ce].flags&(cSrcNoun|cIndefinite|tOpen|tQ|cPrepLike) != 0 || toks[ce].hash == toHash || toks[ce].hash == theHash) && st.participleNoCue(lo, i, hi, canon) {
		return i // "informed sources said", "patients admitted to hospitals fell", "a scheme called the “Blue Card”", "Sugar maples stressed by drought produce": a participle by a noun, no cue
	}
	if ce == i+1 && st.nounModifier(lo, hi, i, canon) {
		return i // "at a regular press briefing", "from two stress fractures": a noun before a noun
	}
	if st.pluralNoun(lo, hi, i, ce, canon) {
		return i // "talk shows.", "phone calls to pastors", "asylum claims,": a plural noun
	}
	if ce < hi && toks[ce].flags&tWord != 0 && toks[ce].quote == 0 && st.endsPhrase(ce, cNotCueLast) && st.notCuePhrase(i, ce) && !st.placeThenClause(ce+1, hi) && !(ce+1 < hi && toks[ce+1].flags&cCue != 0 && isPrep(toks[ce])) {
		return i // "showed up at the rally", "pledged delegates", "a think tank said", "went on to win": no speech; but "went on to say"
	}
	if st.relayModifier(lo, i, hi) {
		return i // "an official quoted by the daily said": the verb comes later
	}
	// "a witness who asked not to be named", "…, asking not to be
	// identified": a request for anonymity, no words reported.
	if canon == "ask" && ce+2 < hi && isWord(text, toks[ce], "not") && isWord(text, toks[ce+1], "to") && isWord(text, toks[ce+2], "be") {
		return i
	}
	if canon == "call" && st.phoneCall(i, ce, hi) {
		return i // "Obama called Ruiz on Tuesday": a telephone call, no words reported
	}
	if n := st.documentSays(hi, i, ce, first); n > 0 {
		return n
	}
	participle := st.isParticiple(i)
	if ce == i+1 && ce+1 < hi && (participle && i > lo && toks[i-1].flags&cAux != 0 || isDigit(text[toks[ce].s])) && st.actCue(i, hi) {
		return i // "was recalling the cartons", "recalled 4 million cartons": an act, no speech
	}
	if ce == i+1 && ce+1 < hi && toks[ce].flags&tUpper == 0 && st.hasForm(canon, fActVerb|fChangeVerb, cueActVerbs) && st.actObject(canon, i, hi) {
		return i // "wholesale dealers offered record prices": a bid; "shares declined 3 percent": a fall; no speech
	}
	if participle && i == lo && ce < hi && toks[ce].flags&tComma != 0 {
		return i // "Hitting back, the minister said …": an opening participle, the cue is the verb after it
	}
	if participle && i-1 > lo && st.afterPossessive(i) {
		return i // "its early warning system": a noun, which stanceNoun reads where it states
	}
	a := attr{Cue: st.span(t.s, toks[ce-1].e)}

	// "Said Comey, “…”", "Added the mayor, who grew up here: “…”": the
	// verb opens the sentence and the source follows it.
	if i == lo && t.flags&tUpper != 0 && !participle && st.hasForm(canon, fInversion, inversionVerbs) {
		if e, q := st.leadingInversion(ce, hi); q > e {
			m := e + 1
			for m < q && toks[m].flags&(tComma|tColon) == 0 {
				m++
			}
			if st.appositiveName(ce, e, m) {
				e = m // "Added a neighbour, Rosa Lind, 67, “…”": the name is the source's
			}
			a.Source = st.mention(ce, e)
			a.Content = st.contentSpan(q, st.clauseEnd(q, hi))
			st.out = append(st.out, a)
			return q
		}
	}

	// "quoted Y as saying", "cited Y as saying", "was quoted as saying".
	if canon == "quote" || canon == "cite" || isWord(text, t, "quoted") || isWord(text, t, "cited") {
		if n := st.quotedAs(lo, hi, i, ce, first); n > i {
			return n
		}
		// "He cited a poll": a plain cue.
	}

	// A participle chained to a clause: "…, adding that …", "saying …".
	if participle && st.inHeadline && i > lo && t.flags&cStanceNoun != 0 && toks[i-1].flags&(tComma|tDash|tColon|cAux) == 0 {
		// "China-Malaysia flood warning network gives …", "Dam breach
		// warning issued": a headline reports speech as "X says", "X
		// warns"; a form that is a noun of speech too ([cueStanceNouns])
		// with no auxiliary before it is the noun.
		return i
	}
	if participle {
		return st.participleCue(lo, hi, i, ce, canon, first)
	}

	// Inverted: "…, said the official." / "“…,” said Trump."; but not
	// after a title: "who starred in the film “Salt Roads,” said".
	if i > lo && toks[i-1].flags&(tComma|tClose|tDash|tQ) != 0 && st.hasForm(canon, fInversion, inversionVerbs) && !st.ageAppositive(lo, i) && !st.linkParenBefore(lo, i-1) && !st.afterTitle(i) && !st.relativeParen(lo, i) {
		if n, ok := st.invertedCue(lo, hi, i, ce); ok {
			return n
		}
	}

	// "a film called “Fame”": a name, not a cue.
	if namingVerb(canon) && i > lo && ce < hi && toks[i-1].flags&(tWord|tUpper|cAux|cPron|cStop) == tWord && !st.isAdverb(i-1) && (toks[ce].flags&(tOpen|tQ) != 0 || toks[ce].flags&tUpper != 0 && !st.calledAs(ce, hi) || text[toks[ce].s] == '#') && !st.reducedRelativeSubject(lo, i, ce, hi) {
		return i
	}

	// "Asked whether …, the mayor said …": the question's asker is not given.
	if i == lo && canon == "ask" && isWord(text, t, "asked") {
		end := st.askedQuestionEnd(ce, hi)
		if end < hi && toks[end].flags&tComma != 0 {
			k := ce
			if isWord(text, toks[k], "by") {
				if e := phraseRight(text, toks, k+1, end); e > k+1 {
					a.Source = st.mention(k+1, e)
					k = e
				}
			}
			k = st.skipTime(k, end)
			a.Content = st.contentSpan(k, end)
			st.out = append(st.out, a)
			return ce
		}
	}

	// "When asked whether …": a cue whose source is the main clause's;
	// "when asked by a reporter about …": the reporter's; so for an aside
	// after a comma, "…, Ruiz said, asked about the delay" (askedAside).
	if i > lo && canon == "ask" && (st.isIn(toks[i-1], cAskOpener) || toks[i-1].flags&tComma != 0 && st.askedAside(lo, i)) {
		k := ce
		if k < hi && isWord(text, toks[k], "by") {
			if e := phraseRight(text, toks, k+1, hi); e > k+1 && toks[k+1].flags&cPron == 0 {
				a.Source = st.mention(k+1, e)
				k = e
			}
		}
		k = st.skipTime(k, hi)
		a.Content = st.contentSpan(k, st.clauseEnd(k, hi))
		st.out = append(st.out, a)
		return ce
	}

	// Subject first: "X said …", "…, X said."
	k := i - 1
	for k >= lo && (toks[k].flags&cAux != 0 || st.isAdverb(k) || toks[k].flags&cTime != 0 && k > lo && !st.namedTime(k) || k > lo && isWord(text, toks[k], "however") || k > lo && isWord(text, toks[k], "since") && toks[k-1].flags&cAux != 0 || k > lo && st.floats(k) || st.yearAt(lo, k) || st.timeSpanStart(lo, k) <= k) {
		if toks[k].flags&cTime != 0 && k-1 > lo && st.isIn(toks[k-1], cTimeOpener) || st.yearAt(lo, k) {
			k--
		}
		if j := st.timeSpanStart(lo, k); j <= k {
			k = j
		}
		k--
	}
	if k >= lo && k+1 < i && toks[k].flags&tComma != 0 && isWord(text, toks[k+1], "then") {
		k++ // "offered him a job, then says …": a second verb of the subject
	}
	if k >= lo && (isWord(text, toks[k], "and") || isWord(text, toks[k], "but") || isWord(text, toks[k], "then") && k > lo && toks[k-1].flags&tComma != 0) {
		// "She blamed the violence on …, and said …": the subject of the
		// clause before, a pronoun that opens it if there is one ("When
		// Mook was asked …, he laughed and said") and no comma closes
		// ("but they were not consoled, and said").
		src, ok := st.coordSource(lo, k, i, ce, hi, first, canon)
		if !ok {
			return i
		}
		a.Source = src
		k = st.skipTime(ce, hi)
		if via, end := st.linksAfter(k, hi); len(via) > 0 {
			a.Via = via // "declared an emergency and said in a statement that …"
			k = st.skipTime(end, hi)
		}
		a.Content = st.contentSpan(k, st.clauseEnd(k, hi))
		st.out = append(st.out, a)
		return ce
	}
	relative := false
	rel := -1 // the relative pronoun that is the cue's subject
	if k > lo && st.isIn(toks[k], cRelative) {
		relative = true
		rel = k
		// "Sanders, who …, said" / "four in 10 who said": the antecedent
		// names the source; the pronoun stands for it in the text.
		k--
		if toks[k].flags&(tComma|tDash) != 0 {
			k--
		}
	}
	subjEnd, pre, relay := st.parenBefore(lo, k)
	if relay != nil {
		a.Via = append(a.Via, *relay)
	}
	s := phraseLeft(text, toks, lo, subjEnd)
	for n := 0; s < 0 && n < 2 && subjEnd < k+1 && subjEnd-1 > lo; n++ {
		// "Sen. Jo Doe, R-Fla., appearing on TV, said": more than one parenthesis.
		e2, _, _ := st.parenBefore(lo, subjEnd)
		if e2 >= subjEnd {
			break
		}
		subjEnd = e2
		s = phraseLeft(text, toks, lo, subjEnd)
	}
	if s >= 0 && subjEnd-s == 1 && isDigit(text[toks[s].s]) && toks[s].flags&tWord != 0 {
		// "Jo Ruiz, 70, said": an age, not the subject; "Jo Ruiz, 70, a
		// doctor, said": the name stands before the age.
		if s2 := phraseLeft(text, toks, lo, s-1); s-1 > lo && toks[s-1].flags&tComma != 0 && s2 >= 0 {
			subjEnd, s = s-1, s2
		} else {
			s = -1
		}
	}
	if r := st.relativeSubject(lo, s, subjEnd); r >= 0 {
		s = r // "A diplomat who attended the meeting said": the phrase and its relative clause
	}
	if rel >= 0 && s-2 > lo && s < subjEnd {
		// "Park Eun-ji, a researcher at the Korea Rural Economic
		// Institute, who called": the relative stands for the person the
		// appositive describes, named before it, not for the body in it.
		if s2 := st.nameBeforeAppositive(lo, s); s2 >= 0 {
			s, subjEnd = s2, s-1
		}
	}
	if s-1 > lo && (toks[s-1].flags&cDoc != 0 || isWord(text, toks[s-1], "by")) || subjEnd-2 > lo && toks[subjEnd-2].flags&cDoc != 0 {
		s, subjEnd = st.participleSubject(lo, s, subjEnd, i)
	}
	if rel < 0 && relay == nil && pre == nil && k >= lo && toks[k].flags&tComma != 0 {
		if cs, ce := st.appositiveChain(lo, k+1); cs >= 0 && cs != s {
			s, subjEnd = cs, ce // "Ms. Lund, 45, a nurse from Bergen, Norway, said"
		}
	}
	if st.inHeadline && k > lo && toks[k].flags&tComma != 0 {
		if v := st.headlineVerb(lo, k); v > lo {
			s, subjEnd = lo, v // "UP minister reviews drainage works, says …": the first verb's subject says
		}
	}
	if s < 0 {
		s, subjEnd = st.farSubject(lo, i, canon)
		if s < 0 {
			return i
		}
	}
	if s-1 == lo {
		s = st.nameAfterOccasion(lo, s, subjEnd) // "In a radio interview Ruto said": the occasion opens the sentence, the name after it speaks
	}
	if s > lo && isPrep(toks[s-1]) && toks[s-1].flags&tWord != 0 && !st.endsEd(i) && toks[i].flags&cPast == 0 && toks[s].flags&(cDet|cPron) == cDet {
		return i // "said in a research note that …", "at a regular press briefing": a preposition's object, a noun after it
	}
	if s-2 > lo && st.isPrepLike(s-1) && toks[s-2].flags&tComma != 0 && !st.subordinateSubject(s-1, subjEnd) {
		// "Clinton, during a meeting in Columbus, Ohio, said": the phrase
		// found was inside a parenthesis; the subject stands before it.
		if s2 := phraseLeft(text, toks, lo, s-2); s2 >= 0 && toks[s-3].flags&(cCue|tUpper) != cCue {
			subjEnd, s = s-2, s2 // but "“…,” Trump said, after Quick said": a clause of its own
		}
	}
	if rel < 0 && relay == nil && pre == nil {
		// "The ministry in a statement said", "Khan during a visit to
		// Lahore said": the occasion of the speech, not the source.
		if s2, m := st.occasionInSubject(lo, s, subjEnd); m >= 0 {
			pre, _ = st.parenthetical(m, subjEnd)
			s, subjEnd = s2, m
		}
	}
	s = st.portfolioSubject(lo, s, subjEnd)
	if s-2 >= lo && isWord(text, toks[s-1], "and") && !st.clausePronoun(s, subjEnd) {
		// "state media and the airline said": both speak; but "… the
		// “broken” system and he pledged": a clause of its own.
		if s2 := phraseLeft(text, toks, lo, s-1); s2 >= 0 && s-1-s2 <= 3 && (s2 == lo || toks[s2-1].flags&(tComma|tClose|tQ) != 0) {
			s = s2
		}
	}
	if st.baseForm(i, ce, canon) && !strings.HasSuffix(canon, "ed") && !st.baseFormOK(i, k, s, subjEnd, hi) && !st.hasForm(canon, fBaseVerb, cueBaseVerbs) && !relative && !st.pluralSubject(s, subjEnd) {
		return i
	}
	if pre == nil && relay == nil && st.appositiveName(s, subjEnd, k) {
		st.apposedName(s, subjEnd, k)
		subjEnd = k // "A spokesman for the ministry, Lee Min-ho, said": the name is the source's
	}
	if subjEnd-s == 1 && isArticle(text, toks[s]) {
		return i // "The widely repeated claim": an article is no subject; the verb is an adjective
	}
	if ce < hi && toks[ce].flags&cAux != 0 && subjEnd-s > 1 && rel < 0 && pre == nil && relay == nil {
		s = st.gapSubject(s, subjEnd, ce) // "a category farmers say is drawn too narrowly"
	}
	src := st.mention(s, subjEnd)
	// "The daily quoting home ministry sources said", "A communique
	// published by the TAP agency said", "an official quoted by the
	// daily said" (a relay, lifted below).
	if m, s2, l, ok := st.linkInSubject(lo, s, subjEnd); ok {
		pre = append([]Link{l}, pre...)
		src, s = m, s2
	}
	if c := st.commaBeforeSubject(lo, s); c >= 0 {
		pre = st.openingLinks(lo, c, pre)
	}
	if len(a.Via) == 1 && pre == nil && st.isRelay(a.Via[0]) {
		// "Tehran radio, monitored by the BBC, said": the BBC is the outer relay.
		relay := a.Via[0]
		a.Via = []Link{{Cue: a.Cue, Source: *src}}
		a.Cue = relay.Cue
		m := relay.Source
		src = st.keepMention(m)
	} else {
		a.Via = pre
	}
	a.Source = src
	if rel >= 0 && src.End <= toks[rel].s {
		ante := src
		if m := st.cutAtVerb(s, subjEnd); m < subjEnd {
			// "the report came from the Brookfield Institute, which said":
			// the antecedent is the phrase after the verb.
			for m++; m < subjEnd && isPrep(toks[m]); m++ {
			}
			if m < subjEnd {
				ante = st.mention(m, subjEnd)
			}
		}
		a.Source = st.relativeMention(rel, ante)
	}
	if n := st.askedPassive(&a, src, subjEnd, i, ce, hi, canon); n > 0 {
		return n
	}
	if bs, be := st.passiveBy(subjEnd, i, ce, hi); be > bs {
		// "The plan was backed by the unions": the agent speaks, about
		// the subject.
		a.Content = &src.Span
		a.Source = st.mention(bs, be)
		if e := st.asQuoteAfter(be, hi); e > be {
			// "an event described by participants as “a new chapter”":
			// the agent's term is what it says of the subject.
			c := spanOf(st.text, toks[be].s, toks[e-1].e)
			a.Content = &c
		}
		if via, end := st.linksAfter(be, hi); len(via) > 0 {
			a.Via = append(a.Via, via...) // "echoed by the treasurer in a statement issued in Canberra"
			be = end
		}
		st.out = append(st.out, a)
		return be
	}
	evidential := st.evidential(lo, i, canon)
	passive := !evidential && st.passiveCue(subjEnd, i, ce, canon)
	if passive && st.hasForm(canon, fDirective, cueDirectives) && st.infinitiveAt(ce, hi) {
		return i // "the crew had been ordered to stop": an order given, no words reported
	}
	if evidential || passive {
		// "The bill is expected to pass", "No injuries have been
		// reported": no one is cited, and the subject is part of what
		// is reported.
		a.Source = nil
		if rel < 0 && !st.expletive(s, subjEnd) {
			a.Content = st.passiveContent(s, subjEnd, ce, hi)
			st.out = append(st.out, a)
			return ce
		}
	}

	// What follows the cue: an addressee, times, links, the content.
	k = ce
	if k+1 < hi && st.mannerAdverb(k) {
		k++ // "said sarcastically": part of the cue
	}
	if e := st.addressee(canon, k, hi); e > k {
		a.Addressee = st.mention(k, e)
		k = e
	}
	k = st.skipTime(k, hi)
	if a.Addressee == nil {
		a.Addressee = st.interviewAddressee(lo, s, k, hi)
	}
	if l, end, ok := st.fromLink(ce-1, hi); ok && k == ce {
		a.Via = append(a.Via, l) // "Xinhua learned from local customs that …"
		k = st.skipTime(end, hi)
	}
	if via, end := st.linksAfter(k, hi); len(via) > 0 {
		if a.Via == nil && st.ownVenue(s, subjEnd, via[0]) {
			via = via[1:] // "The broadcaster MDR reported on its website that …": an outlet's own, no level
		}
		switch {
		case len(via) == 0:
		case a.Via == nil:
			a.Via = via // a copy of its own already
		default:
			a.Via = append(a.Via, via...)
		}
		k = end
	}
	// "“Who are they?” Ruiz said of the union": a quotation that ends
	// in a question or full stop closes the sentence before the source.
	afterQuote := s == lo && lo > 1 && toks[lo-1].flags&tClose != 0 && toks[lo-1].quote != 0 && (text[toks[lo-2].s] == '?' || text[toks[lo-2].s] == '!')
	left := (s > lo || afterQuote) && toks[s-1].flags&(tComma|tClose|tDash|tQ) != 0
	// "“…,” as the mayor put it.", "…, as she said.": the words before
	// "as", where the sentence ends with the cue; "said that, as it has
	// stated, the merger was off" goes on.
	asClause := s-2 >= lo && isWord(text, toks[s-1], "as") && (toks[s-2].flags&(tClose|tQ) != 0 || toks[s-2].flags&tComma != 0 && st.d.lex.Contains(cueAsVerbs, text[t.s:toks[ce-1].e]))
	if left && k < hi && toks[k].flags&(tEnd|tComma|tClose|tDash|tParen|tQ) == 0 && (!isPrep(toks[k]) || st.infinitiveAt(k, hi)) && !isWord(text, toks[k], "by") && !(toks[s-1].flags&(tClose|tQ) != 0 && (toks[k].flags&cStop != 0 && !isWord(text, toks[k], "that") || st.circumstance(k, hi))) && !st.closingCircumstance(k, hi) {
		left = false // the cue has its clause after it: "…, he said Bush is …"
	}
	if left && (st.clauseFollows(k, hi) || canon == "accuse") {
		left = false // "…, he said at an event in Ohio that …"
	}
	if left && toks[s-1].flags&(tClose|tQ) == 0 {
		if c := st.circumstanceEnd(k, hi); st.quoteFollows(c, hi) {
			left = false // "On Tuesday, he said, “…”", "…, he wrote to his followers, “…”": the quotation is the content
			k = c
		}
	}
	if left && toks[s-1].flags&(tClose|tQ) == 0 && (!st.hasWords(lo, s-1, 4) || st.phraseOnly(lo, s-1)) {
		left = false // "In a statement, he said …", "In a later vote, he warned …": the words before are no clause
	}
	if asClause && (k >= hi || toks[k].flags&tEnd != 0 || st.closingCircumstance(k, hi)) {
		e := s - 2
		if toks[e].flags&(tClose|tQ) != 0 {
			e++
		}
		a.Content = st.contentBefore(lo, e)
	} else if left && afterQuote {
		a.Content = st.keepSpan(st.quotes[toks[lo-1].quote-1].Span)
	} else if left {
		e := s - 1
		if toks[e].flags&(tClose|tQ) != 0 {
			e++
		}
		a.Content = st.leftContent(lo, e, ce, k, hi)
	} else {
		if k < hi && toks[k].flags&tColon != 0 {
			k++
		}
		if st.clauseFollows(k, hi) {
			// "said at a rally that …": the content starts at "that".
			for m := k; m < hi && m < k+12; m++ {
				if m > k && toks[m].flags&(cCue|tUpper) == cCue && toks[m].quote == 0 && !isWord(text, toks[m-1], "to") && !(st.isPrepLike(k) && st.nounIng(k, m)) || toks[m].flags&tOpen != 0 {
					break // "said the NASD has alleged that …", "said: “X told us that …”": the clause is the inner verb's
				}
				if m > k && st.finiteAux(toks[m]) {
					break // "said her government would not sign a deal that cut …": a clause of its own before "that"
				}
				if isWord(text, toks[m], "that") || toks[m].flags&tColon != 0 {
					k = m
					if toks[m].flags&tColon != 0 {
						k++
					}
					break
				}
			}
		}
		via, end, saying := st.trailingLinks(k, hi)
		if saying {
			if st.reach == nil {
				st.reach = map[int]int{}
			}
			st.reach[a.Cue.Start] = toks[hi-1].e // the quoted one's words after "as saying" are relayed by it
		}
		if len(a.Via) == 0 {
			a.Via = via
		} else if len(via) > 0 {
			// "said in a statement that …, citing figures": the
			// document's words rest on the figures, a level after it.
			a.Via = append(slices.Clip(a.Via), via...)
		}
		if ce := st.clauseEnd(k, end); ce < end {
			if st.reach == nil {
				st.reach = map[int]int{}
			}
			st.reach[a.Cue.Start] = toks[end-1].e // quotes up to here are still its own
			end = ce
		}
		end = st.objectEnd(canon, k, end)
		if rel > lo && toks[rel-1].flags&tComma != 0 {
			end = st.parenEnd(k, end) // "Clinton, who called the plan “reckless,” said …"
		}
		a.Content = st.rightContent(lo, s, k, end, hi)
	}
	st.liftRelay(&a)
	st.out = append(st.out, a)
	return ce
}

// invertedCue reads the source after an inverted cue (see verbCue):
// "…, said the official.", "“…,” said Trump.". It reports false where
// no source follows the cue.
func (st *attrState) invertedCue(lo, hi, i, ce int) (int, bool) {
	toks, text := st.toks, st.text
	a := attr{Cue: st.span(toks[i].s, toks[ce-1].e)}
	e := phraseRight(text, toks, ce, hi)
	if e > ce && st.isAdverb(ce) {
		e = ce // "…, a screenwriter, said dryly.": a manner, no source
	}
	if e > ce+1 {
		// "…, a senator, said the bill failed.", "…, said Hungary saw
		// Turkey as …": a clause, no inverted source.
		if m := st.cutAtVerb(ce, e); toks[ce].flags&tUpper == 0 || m < e && toks[m].flags&tUpper == 0 && st.isIn(toks[m], cPast) {
			e = m
		}
	}
	for e-1 > ce && st.isAdverb(e-1) && toks[e-1].flags&tUpper == 0 {
		e-- // "said Kaplan dryly"
	}
	if e > ce && e+1 < hi && toks[e].flags&(tWord|tUpper|cStop|cAux|cCue|cLink|cTime) == tWord && toks[e+1].flags&(tWord|tUpper) == tWord|tUpper && !st.isIn(toks[e], cPast) && !st.endsEd(e) {
		// "said Ohio State University professor Paul Beck": a
		// lower-case role between names; not "said Hungary saw
		// Turkey as …", a clause.
		if e2 := phraseRight(text, toks, e+1, hi); e2 > e+1 {
			e = e2
		}
	}
	if e > ce && st.timeAt(ce, hi) {
		e = ce // "…, Mass., said this week": a time, no source
	}
	if e > ce && toks[ce].flags&cPron != 0 && !st.subjectPronoun(ce) {
		e = ce // "…, where the minister explained it.": an object, no source
	}
	if e > ce && (e == hi || toks[i-1].flags&(tClose|tQ) != 0 || toks[e].flags&(tEnd|tComma|tClose|tDash|tParen) != 0 || toks[e].flags&(cTime|cLink|cLinkMW) != 0 || isWord(text, toks[e], "on") || isWord(text, toks[e], "in") || isWord(text, toks[e], "which") || isWord(text, toks[e], "who")) {
		e = st.nameAfterRole(ce, e, hi)
		a.Source = st.mention(ce, e)
		a.Content = st.invertedContent(lo, i, e, hi)
		if toks[i-1].flags&(tClose|tQ) != 0 {
			a.Content = st.contentBefore(lo, i)
		}
		via, end := st.linksAfter(e, hi)
		if len(via) == 0 {
			if relay, n, ok := st.relayAfterAppositive(e, hi); ok {
				via, end = []Link{relay}, n
			}
		}
		a.Via = via
		st.liftRelay(&a)
		st.out = append(st.out, a)
		return max(end, e), true
	}
	return 0, false
}

// participleCue reads a cue that is a participle (see verbCue): "…,
// adding that …", "saying …", "22 percent saying they would …". It
// returns where the caller goes on.
func (st *attrState) participleCue(lo, hi, i, ce int, canon string, first int) int {
	toks, text := st.toks, st.text
	t := toks[i]
	a := attr{Cue: st.span(t.s, toks[ce-1].e)}
	if i == lo || toks[i-1].flags&(tComma|tDash|tClose) == 0 && !st.partOpenerBefore(i) && !st.pastBefore(lo, i) && !st.coordinatedParticiple(lo, i) && !st.inOpener(lo, i) {
		if n := len(st.out); i > lo && n > first && st.out[n-1].Cue.End == toks[i-1].e && (st.out[n-1].Source != nil || !st.isAdverb(i-1)) {
			return ce // "issued a statement saying …": the cue goes on; not "reportedly saying", an adverb of hearsay
		}
		if i == lo {
			// "Noting that the dam is old, the mayor said …": the
			// subject of the main clause after the comma speaks.
			if c := st.openingClause(ce, hi); c > 0 {
				if e := phraseRight(text, toks, c+1, hi); e > c+1 {
					a.Source = st.mention(c+1, e)
					a.Content = st.contentSpan(ce, c)
					st.out = append(st.out, a)
					return ce
				}
			}
			return i
		}
		pe := st.dayTimeStart(lo, i) // "a report on Monday saying": the phrase before the time
		// An adverb of hearsay before the participle is an adverb there,
		// as "repeatedly" is: "with Trump reportedly yelling".
		if d := toks[pe-1]; t.flags&tUpper == 0 && d.quote == 0 && (d.flags&(tWord|cStop|cAux|cPron|cCue|cLink|cTime) == tWord || d.flags&(cStop|cAux|cPron|cLink) == 0 && pe-2 > lo && toks[pe-2].flags&cDet != 0 && st.isIn(d, cDoc) ||
			d.flags&(tWord|cCue|cStop|cAux|cPron|cLink) == tWord|cCue && pe == i && st.isAdverb(pe-1)) {
			// "22 percent saying they would …": the phrase before says it.
			j := i
			for j-1 > lo && j > i-3 && (st.isAdverb(j-1) || st.floats(j-1) || toks[j-2].flags&(tComma|tDash) != 0 && st.isIn(toks[j-1], cFloat)) {
				j-- // "with Cruz repeatedly calling", "…, only saying"
			}
			if j < i && toks[j-1].flags&(tWord|cStop|cAux|cPron|cCue|cLink|cTime) != tWord {
				// "…, softly echoing": the adverb opens the participle's
				// phrase, whose subject is the main clause's.
				a.Cue = st.span(toks[j].s, a.Cue.End)
				a.Source = st.clauseSubject(lo, j, first)
				a.Content = st.contentSpan(ce, st.ingClauseEnd(ce, hi))
				st.out = append(st.out, a)
				return ce
			}
			e := j // where the phrase that speaks ends
			if j == i {
				e = pe
			}
			s := phraseLeft(text, toks, lo, e)
			if s-1 > lo && st.isPrepLike(s-1) && !isWord(text, toks[s-1], "with") && !isWord(text, toks[s-1], "by") && !st.hasClass(s, e, cDoc|cSrcNoun|cRole) {
				// "…, at one point calling him a liar": the phrase is
				// the preposition's; the main clause's subject speaks.
				// A document or a source there speaks itself: "after an
				// editorial telling him to …".
				a.Cue = st.span(toks[j].s, a.Cue.End)
				a.Source = st.clauseSubject(lo, s-1, first)
				a.Content = st.contentSpan(ce, st.ingClauseEnd(ce, hi))
				st.out = append(st.out, a)
				return ce
			}
			for m := e - 2; s >= 0 && m > s; m-- {
				if isWord(text, toks[m], "with") {
					s = m + 1 // "ended with Cruz repeatedly calling": the absolute's subject
					break
				}
			}
			if s >= 0 {
				if r := st.relativeSubject(lo, s, e); r >= 0 {
					s = r // "residents who lined Main Street saying …"
				}
				s = st.recordedSpeaker(s, e) // "footage of Trump saying …"

				a.Cue = st.span(toks[j].s, a.Cue.End)
				a.Source = st.mention(s, e)
				if v := st.verbIn(lo, s, e); v > lo {
					// "he spent much of the speech praising …", "they
					// could not resist pointing out": the phrase is a
					// verb and its object; the verb's subject speaks.
					a.Source = st.verbSubject(lo, v, first)
				}
				a.Content = st.contentSpan(ce, st.ingClauseEnd(ce, hi))
				if s == lo && st.isParticiple(lo) {
					// "Holding signs calling him “a loser,” the
					// protesters chanted": an opening participle's
					// phrase; the main clause's subject says it.
					c := st.openingClause(ce, hi)
					if c == 0 {
						return i
					}
					f := phraseRight(text, toks, c+1, hi)
					if f <= c+1 {
						return i
					}
					a.Source = st.mention(c+1, st.cutAtVerb(c+1, f))
					a.Content = st.contentSpan(ce, c)
				}
				st.out = append(st.out, a)
				return ce
			}
		}
		if !(i > lo && toks[i-1].flags&cAux != 0) {
			// "footage of Clinton asking, “…”": the phrase before speaks.
			if ce+1 < hi && toks[ce].flags&(tComma|tColon) != 0 && toks[ce+1].flags&tOpen != 0 {
				if s := phraseLeft(text, toks, lo, pe); s >= 0 {
					a.Source = st.mention(s, pe)
					a.Content = st.contentSpan(ce+1, hi)
					st.out = append(st.out, a)
					return ce
				}
			}
			return i
		}
	}
	if i > lo && (toks[i-1].flags&cPartOpener != 0 || st.inOpener(lo, i)) {
		// "After thanking the crowd, he …", "In rejecting the appeal,
		// the court …": the fronted phrase ends at its comma; the main
		// clause's subject says it.
		if m, c := st.frontedPhrase(lo, i, hi); m != nil {
			a.Source = m
			a.Content = st.contentSpan(ce, c)
			st.out = append(st.out, a)
			return ce
		}
	}
	a.Source = st.progressiveSubject(lo, i)
	if a.Source == nil && i-1 > lo && st.pastBefore(lo, i) {
		// "as he keeps talking about": the subject of the verb before.
		if s := phraseLeft(text, toks, lo, i-1); s >= 0 && s < i-1 {
			a.Source = st.mention(s, i-1)
		}
	}
	if a.Source == nil {
		a.Source = st.clauseSubject(lo, i, first)
	}
	if toks[i-1].flags&cJoiner != 0 && a.Source != nil && len(st.out) > 0 {
		// "…, denouncing the cuts and demanding …": one subject's second verb.
		st.secondCue(&st.out[len(st.out)-1], a.Source, i-1, i)
	}
	k := ce
	if e := st.addressee(canon, k, hi); e > k {
		a.Addressee = st.mention(k, e)
		k = e
	}
	if k < hi && toks[k].flags&(cVenue|cLink|cLinkMW) != 0 {
		if via, end := st.linksAfter(k, hi); len(via) > 0 {
			a.Via = via // "…, saying in a statement carried by WAFA that …", as "said in" gives
			k = end
		}
	}
	a.Content = st.contentSpan(k, st.ingClauseEnd(k, hi))
	st.out = append(st.out, a)
	return ce
}

// subordinateSubject reports whether the word toks[p] before a subject
// phrase that ends at toks[e] opens a clause of its own, a subordinator
// ("after", "while", subordinators, eventSubordinators) with the phrase
// running up to the cue: "On Monday, after the central bank announced a
// cut, …", where the phrase is the subject and not a parenthesis inside
// the main clause's ("Clinton, during a meeting in Columbus, Ohio,
// said"; "FOSFA, in London said").
func (st *attrState) subordinateSubject(p, e int) bool {
	if st.toks[e].flags&(tComma|tDash|tParen) != 0 {
		return false
	}
	t := st.toks[p]
	return st.d.lex.containsToken(eventSubordinators, st.text, t) || st.d.lex.containsToken(subordinators, st.text, t)
}

// nameAfterOccasion returns where a name in capitals starts inside the
// phrase toks[s:e] that a determiner opens after a preposition toks[lo]
// opening the sentence with no comma: after a noun in lower case or a
// time ("In a radio interview Ruto said", "At a news conference Tuesday
// Mayor Ada Okoro said"), the phrase before it is the occasion and the
// name the subject. It returns s where no such name follows a noun of
// the phrase, where no determiner opens it ("In 1992 former Gov. Jerry
// Brown said"), and after "with", whose phrase is absolute.
func (st *attrState) nameAfterOccasion(lo, s, e int) int {
	toks := st.toks
	if e-s < 2 || toks[s].flags&cDet == 0 || !isPrep(toks[lo]) && !st.isPrepLike(lo) || isWord(st.text, toks[lo], "with") {
		return s // "In 1992 former Gov. Jerry Brown", "With the number of people collecting Social Security projected …"
	}
	for m := s + 2; m < e; m++ {
		t, p := toks[m], toks[m-1]
		if t.flags&(tWord|tUpper|cTime|cStop|cMonth) != tWord|tUpper || p.quote != 0 || t.quote != 0 {
			continue
		}
		if p.flags&(tWord|tUpper|cDet|cStop|cPrep|cPron|cCue|cLink) == tWord && !st.endsEd(m-1) && !st.isParticiple(m-1) || p.flags&(tWord|cTime) == tWord|cTime {
			return m // a noun in lower case, not a verb whose object the name is ("people collecting Social Security")
		}
	}
	return s
}

// gapSubject returns where the subject of the cue at toks[ce-1] starts
// inside the phrase toks[s:e] before it, where the cue is followed by a
// finite verb with no subject of its own: a reduced relative clause
// whose object is the noun the phrase opens with, "a category farmers
// say is drawn too narrowly", "the rules critics say are unfair", "a
// figure the union says is", "a dynamic Greenberg said could". The
// subject is a second noun phrase set right after the first noun, with
// no word between that links them: one opened by a determiner or a
// pronoun, a name in capitals after a word in lower case, or a plain
// plural that ends the phrase. It returns s where no such phrase is
// found, after a word that opens a clause ("what farm groups say is
// needed", whose object is "what"), and in a headline, whose "Minister
// X says will …" drops the clause's subject.
func (st *attrState) gapSubject(s, e, ce int) int {
	toks := st.toks
	if st.inHeadline || !st.finiteAux(toks[ce]) || toks[ce].flags&tUpper != 0 {
		return s
	}
	if s > 0 {
		if r := toks[s-1]; r.flags&(cStop|cRelative) != 0 && (st.d.lex.containsToken(relativeObjects, st.text, r) || st.d.lex.containsToken(clauseOpeners, st.text, r)) {
			return s // "what farm groups say is needed", "a subsidy that rice farmers say is": the object stands before the phrase
		}
	}
	for m := s + 1; m < e; m++ {
		t, p := toks[m], toks[m-1]
		if p.flags&(tWord|cDet|cPron|cStop|cAux|cPrep|cPrepLike|cTitle|cRole) != tWord || p.quote != t.quote || possessive(st.text, p) {
			continue // "the head of the union", "Union Minister Gadkari": one phrase
		}
		if t.flags&(cDet|cPron) != 0 || t.flags&(tWord|tUpper) == tWord|tUpper && p.flags&tUpper == 0 {
			return m
		}
	}
	if m := e - 1; m-1 >= s && toks[m].flags&(tWord|tUpper|cDet|cPron|cStop|cAux|cTitle|cRole) == tWord && st.plainPlural(m) &&
		toks[m-1].flags&(tWord|tUpper|cDet|cPron|cStop|cAux|cPrep|cPrepLike) == tWord && toks[m-1].quote == toks[m].quote {
		return m // "a category farmers", "the rules critics"
	}
	return s
}

// participleSubject widens the subject toks[s:subjEnd] of the cue at
// toks[i] over the participle phrase that is part of it: "a bench headed
// by Chief Justice X said", "A survey published on Tuesday by X showed",
// "A department report published on Tuesday said", and the date after a
// document's participle ("A ministry study released last week said").
// verbCue asks it in one call, which keeps verbCue small enough for the
// compiler to inline the small helpers it calls.
func (st *attrState) participleSubject(lo, s, subjEnd, i int) (int, int) {
	toks, text := st.toks, st.text
	if s-2 > lo && isWord(text, toks[s-1], "by") && (st.endsEd(s-2) || toks[s-2].flags&cPast != 0) && toks[s-2].flags&(cCue|cLink|cLinkMW) == 0 {
		if s2 := phraseLeft(text, toks, lo, s-2); s2 >= 0 && toks[s2].flags&(cDet|tUpper) != 0 {
			s = s2 // "a bench headed by Chief Justice D Y Chandran said": the phrase and its participle
		}
	}
	if s-2 > lo && isWord(text, toks[s-1], "by") {
		if s2 := st.docByStart(lo, s-1); s2 >= 0 {
			s = s2 // "A survey published on Tuesday by King Abdulaziz University showed"
		} else if s2 := st.publishedByAuthor(lo, s, subjEnd); s2 >= 0 {
			s = s2 // "A report published by the Department of Statistics showed": its maker, no venue
			if subjEnd < i && st.skipTime(subjEnd, i) == i {
				subjEnd = i // "published by the LCMA on Tuesday said": when it came out is the document's too
			}
		}
	}
	if s-1 > lo && s < subjEnd && st.participleAfterDoc(s) {
		// "A department report published on Tuesday said": a participle
		// is no source; the document before it is.
		if s2 := phraseLeft(text, toks, lo, s); s2 >= 0 && s2 < s && toks[s2].flags&(cDet|tUpper) != 0 {
			s = s2
		}
	}
	if s >= 0 && subjEnd-1 > s && subjEnd < i && st.participleAfterDoc(subjEnd-1) {
		n := subjEnd
		if st.hasListed(n, n+1, chainIssuedAdverbs) {
			n++ // "A statement issued here said": where it was issued is the document's (chains-conventions)
		}
		if st.skipTime(n, i) == i {
			subjEnd = i // "A ministry study released last week said": the date is the document's (chains-conventions)
		}
	}
	return s, subjEnd
}

// widenCue gives the attribution that the cue verb toks[i] just added
// (where verbCue returned n > i) the auxiliaries, negations and adverbs
// that stand right before the verb: "has said", "did not say", "has
// repeatedly called for". They belong to the speech act: the cue of a
// report denied or repeated is not the bare verb. It returns n.
func (st *attrState) widenCue(lo, i, n int) int {
	if n <= i || len(st.out) == 0 {
		return n
	}
	a := &st.out[len(st.out)-1]
	if t := st.toks[i]; a.Cue.Start != t.s || t.flags&cLink != 0 || isWord(st.text, t, "quoted") || isWord(st.text, t, "cited") {
		return n // "was quoted as saying", "cited by": a link keeps its own words
	}
	k := i
	for k > lo && k > i-4 {
		p := st.toks[k-1]
		if p.quote != 0 || p.flags&tWord == 0 || !(p.flags&cAux != 0 || st.isAdverb(k-1) || negation(st.text, p) || k-1 > lo && st.floats(k-1)) || isWord(st.text, p, "reportedly") || a.Source != nil && a.Source.Start <= p.s && p.s < a.Source.End {
			break // a word of the source's phrase is no part of the cue: "A statement issued here said"
		}
		k--
	}
	if k < i {
		a.Cue = st.span(st.toks[k].s, a.Cue.End)
	}
	// The token after the cue: a few on from its first, toks[i].
	m := i + 1
	for m < len(st.toks) && st.toks[m].s < a.Cue.End {
		m++
	}
	if m+1 < len(st.toks) && st.mannerAdverb(m) {
		// "“…,” she said sarcastically.": how it was said belongs to the
		// speech act.
		a.Cue = st.span(a.Cue.Start, st.toks[m].e)
	}
	return n
}

// mannerAdverb reports whether toks[k] is an -ly adverb of manner that
// ends the verb phrase of a cue: "said sarcastically.", "asked
// rhetorically, “…”", not "said early Tuesday" or "said only that"
// ([NotManner] lists the -ly words that are no manner).
func (st *attrState) mannerAdverb(k int) bool {
	t, f := st.toks[k], st.toks[k+1]
	if !st.isAdverb(k) || t.quote != 0 || st.isIn(t, cNotManner) {
		return false
	}
	return f.flags&(tComma|tEnd|tOpen|tColon) != 0 || isWord(st.text, f, "that")
}

// calledAs reports whether the name at toks[k] after "called" is the
// object of a characterisation that a quotation follows: "one lawmaker
// called Trump “a menace”", not "a group called the Sunrise Fund".
func (st *attrState) calledAs(k, hi int) bool {
	e := phraseRight(st.text, st.toks, k, hi)
	if e <= k {
		return false
	}
	for m := e; m < hi && m < e+3; m++ {
		if st.toks[m].flags&tOpen != 0 {
			return true
		}
		if st.toks[m].flags&(tWord|cDet) != tWord|cDet {
			return false // only "a", "the" may stand before the quotation
		}
	}
	return false
}

// askedQuestionEnd returns the end of the question after a sentence's
// opening "Asked" (cue ending before toks[ce]): the first comma or
// sentence end within 40 tokens, a mark inside a quotation aside. The
// period of an abbreviation or of initials ends no question: "Asked
// whether the U.S. would send troops, she said …", "Asked on Monday
// whether Mr. Ruiz would run, …".
func (st *attrState) askedQuestionEnd(ce, hi int) int {
	toks := st.toks
	end := ce
	for end < hi && (end < ce+40 && (toks[end].flags&(tComma|tEnd) == 0 || toks[end].flags&tEnd != 0 && abbrevDot(st.text, toks, end)) || toks[end].quote != 0) {
		end++
	}
	return end
}

// askedAside reports whether "asked" at toks[i], after a comma, opens a
// participle set off after its clause's verb of speech, with the
// question after it: "the port is ready, Ruiz said, asked about the
// delay", "“We are ready,” the minister told reporters, asked whether
// the strike would end". Nobody named asks; the one asked is the
// clause's speaker, so the cue takes no source of its own. Before the
// clause's verb ("Ruiz, asked about the delay, said …") the aside is
// left as it was.
func (st *attrState) askedAside(lo, i int) bool {
	toks, text := st.toks, st.text
	if i+1 >= len(toks) || !isWord(text, toks[i], "asked") {
		return false
	}
	q := toks[i+1]
	if !(isWord(text, q, "about") || isWord(text, q, "whether") || isWord(text, q, "if") || isWord(text, q, "why") || isWord(text, q, "how") || isWord(text, q, "what")) {
		return false
	}
	for k := i - 2; k >= lo && k >= i-12; k-- {
		if toks[k].flags&cCue != 0 && toks[k].flags&tUpper == 0 {
			return true // "said", "told reporters"
		}
	}
	return false
}

// phoneCall reports whether the cue "call" at toks[i], ending before
// toks[ce], is a telephone call: nothing follows it ("No one called."),
// or its object, a pronoun or a name, is followed by the end of the
// sentence or a time ("called Ruiz on Tuesday", "called her shortly
// after the vote", "called Lind last week"), where a verb of naming has what it calls the object
// ("called Ruiz a liar", "called the plan “reckless”"). A passive
// ("will be called Nordline") names.
func (st *attrState) phoneCall(i, ce, hi int) bool {
	toks, text := st.toks, st.text
	if ce != i+1 || !st.endsEd(i) && text[toks[i].e-1] != 's' || i > 0 && st.isIn(toks[i-1], cPassiveAux) {
		return false
	}
	if ce == hi || toks[ce].flags&tEnd != 0 {
		return true
	}
	e, o := ce, toks[ce]
	switch {
	case o.quote != 0 || o.flags&(tWord|cTime) != tWord:
		return false
	case o.flags&(cPron|cPossDet) != 0:
		e++ // "her", "them"; a possessive's noun is no time: "his decision"
	case o.flags&tUpper != 0 && o.flags&(cDet|cStop) == 0:
		for e < hi && e < ce+5 && (toks[e].flags&(tWord|tUpper|cDet|cStop|cTime) == tWord|tUpper || abbrevDot(text, toks, e)) && toks[e].quote == 0 {
			e++
		}
		if possessive(text, toks[e-1]) {
			return false // "called Ruiz's plan a sham"
		}
	default:
		return false
	}
	if e == hi || toks[e].flags&tEnd != 0 {
		return true
	}
	n := toks[e]
	if n.quote != 0 || n.flags&tWord == 0 {
		return false
	}
	if n.flags&cVenue != 0 && e+1 < hi && toks[e+1].flags&cTime != 0 {
		return true // "called Lind on Tuesday"
	}
	return n.flags&cTime != 0 || isWord(text, n, "shortly") || isWord(text, n, "earlier") || isWord(text, n, "after")
}

// baseFormOK reports whether the base form of a cue verb at toks[i] ("say",
// "support") is a verb here rather than a noun or an infinitive: it must
// follow a modal or "do" (between k and i), a plural or first- or
// second-person subject [s, e), introduce a clause ("that", ":"), or
// portray its object "as" something ([cuePortrayals]).
func (st *attrState) baseFormOK(i, k, s, e, hi int) bool {
	toks, text := st.toks, st.text
	if k+1 == i && e-s > 1 && isArticle(text, toks[s]) && (st.endsEd(e-1) || st.isAdverb(e-1)) {
		return false // "The widely repeated claim that …": an adjective before a noun
	}
	if i+1 < hi && isWord(text, toks[i+1], "that") {
		return true
	}
	if k+1 == i && st.isIn(toks[s], cIndefinite) && !st.pluralSubject(s, e) && !st.hasClass(s, e, cPrep) {
		return false // "delivered a snappy retort: “…”": "a" and a base form make a noun
	}
	if i+1 < hi && toks[i+1].flags&(tColon|tOpen) != 0 {
		return true
	}
	if st.d.lex.containsToken(cuePortrayals, text, toks[i]) && st.objectAs(i, hi) {
		return true // "The senator cast her rival as …": a past as the base form is, with what it portrays
	}
	if st.hasListed(k+1, i, cueBaseAuxiliaries) {
		return true
	}
	last := toks[e-1]
	if last.flags&cDet != 0 { // "Some say", "Others say"
		return true
	}
	if st.hasListed(e-1, e, cueBaseSubjects) {
		return true
	}
	w := text[last.s:last.e]
	return last.flags&tNonASCII == 0 && len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\''
}

// embedded reports whether the cue of st.out[k] lies in the content of
// an attribution before it in the sentence (from first on): a report
// inside another report, whose speaker is no main clause's subject.
func (st *attrState) embedded(k, first int) bool {
	c := st.out[k].Cue
	for j := k - 1; j >= max(first, k-maxSubjectBack); j-- {
		if o := st.out[j].Content; o != nil && o.Contains(c) {
			return true
		}
	}
	return false
}

// coordinatedParticiple reports whether the participle toks[i] follows
// "and" after another participle that a comma opens: "…, holding signs
// and chanting “…”" has the subject the first participle has. The first
// participle's phrase may run to a dozen words: "…, pointing to his
// record in the state Legislature and saying …".
func (st *attrState) coordinatedParticiple(lo, i int) bool {
	toks := st.toks
	if i-2 <= lo || !isWord(st.text, toks[i-1], "and") {
		return false
	}
	for j := i - 2; j > lo && j >= i-maxCoordinated; j-- {
		if toks[j].flags&tComma != 0 {
			return false
		}
		if toks[j-1].flags&tComma != 0 && st.isParticiple(j) {
			return true
		}
	}
	return false
}

// maxCoordinated bounds how far back coordinatedParticiple looks for the
// first participle.
const maxCoordinated = 14

// possessorSource reports whether a's source is a possessive
// determiner, "her" in "her criticism of the deal": a noun's holder, no
// main clause's subject.
func (st *attrState) possessorSource(a *attr) bool {
	k := st.tokenAt(a.Source.Start)
	return k < len(st.toks) && st.toks[k].e == a.Source.End && possessive(st.text, st.toks[k])
}

// maxSubjectBack bounds the attributions clauseSubject looks back over,
// so that a sentence of a thousand participles stays linear.
const maxSubjectBack = 8

// portfolioSubject returns the start of a subject phrase that began at
// s once a list of portfolios before it is taken in: "Minister of
// Education, Culture and Sports Amina Farah said" (portfolioListStart),
// "the provincial directorate of agriculture and forestry said"
// (portfolioAndStart, before verbCue's join of two sources, which would
// take the field before the "and" as one), "the association of small and
// medium planters said" (groupFieldJoined). It is verbCue's, in a
// function of its own to keep verbCue under the compiler's bound for
// inlining.
func (st *attrState) portfolioSubject(lo, s, subjEnd int) int {
	if s2 := st.portfolioListStart(lo, s, subjEnd); s2 >= 0 {
		s = s2
	}
	if s2 := st.portfolioAndStart(lo, s, subjEnd); s2 >= 0 {
		s = s2
	}
	if s-4 >= lo && s+1 < subjEnd && isWord(st.text, st.toks[s-1], "and") {
		s = st.groupFieldJoined(lo, s, subjEnd) // "the association of small and medium planters said"
	}
	return s
}

// namesSourceAfter reports whether one of the few words after toks[i]
// names a source ("citing witnesses", "citing Reuters"): such a "citing"
// is a chain link, never the speaker's own reason. A capitalised place
// after "in" or "on" and a word in lower case is none ("citing floods in
// Assam"), as in sourceLike (placePrep).
func (st *attrState) namesSourceAfter(i, hi int) bool {
	i = st.pastPossessor(i+1, min(hi, i+6)) - 1 // "citing Brazil's suspension": the head decides
	named := cSrcNoun | cRole | tUpper
	for k := i + 1; k < min(hi, i+4); k++ {
		t := st.toks[k]
		if t.flags&named != 0 {
			return true
		}
		if k > i+1 && t.flags&cPrep != 0 && st.placePrep(k) {
			named = cSrcNoun | cRole // past the place's preposition
		}
	}
	return false
}

// clauseSubject returns the subject of the main clause of the sentence
// [lo, …), for a participle or a second verb before i: the source of the
// sentence's last attribution so far, else its first noun phrase.
func (st *attrState) clauseSubject(lo, i, first int) *Mention {
	for k := len(st.out) - 1; k >= max(first, len(st.out)-maxSubjectBack); k-- {
		a := &st.out[k]
		if a.Source == nil || a.Cue.Start < st.toks[lo].s {
			continue
		}
		if st.cueParticiple(a.Cue) || strings.HasSuffix(a.Source.Text, "'s") || strings.HasSuffix(a.Source.Text, "’s") || st.relativeSource(a) || st.possessorSource(a) {
			// "a lawsuit filed by a staffer alleging …, calling it": the
			// participle's phrase, a possessive ("Trump's calls") and a
			// relative clause ("an architect who said he was stiffed")
			// are no main clause.
			continue
		}
		if st.embedded(k, first) {
			// "Christie repeated accusations that Rubio recites …, calling
			// him", "May said that the country would leave … and
			// suggested that …": a participle or a second verb goes on
			// from the report, not from the clause it reports.
			continue
		}
		if st.inOpeningClause(lo, i, a.Cue.Start) {
			break // "When Maddow pointed out …, Clinton seized on it, repeating …": the main clause's subject
		}
		if a.Source.Start >= a.Cue.End && st.passiveCueSpan(a.Cue) {
			break // "Lind was asked by host Ben Ortiz …, and said": a passive's agent is no subject; the clause's is read below
		}
		m := *a.Source
		return st.keepMention(m)
	}
	if m := st.openedClauseSubject(lo, i); m != nil {
		return m
	}
	s := st.skipOpening(lo, i)
	if s2 := st.pastOpener(s, i); s2 > s {
		s = s2 // "Holding signs, the protesters chanted …"
	}
	if e := phraseRight(st.text, st.toks, s, i); e > s {
		return st.mention(s, st.cutAtVerb(s, e))
	}
	if i-1 >= lo && st.toks[i-1].flags&cPartOpener != 0 {
		return st.frontedSubject(lo, i)
	}
	return nil
}

// frontedSubject returns the subject of the main clause after a phrase
// that a word of participleOpeners opens with the participle toks[i] at
// the sentence's start, "After blasting the paper, Ms. Ortiz doubled
// down", "But while saying he respects her, Lund …": the phrase's subject
// is the clause's, named after the comma that closes the phrase. It
// returns nil where no plain phrase follows that comma.
func (st *attrState) frontedSubject(lo, i int) *Mention {
	m, _ := st.frontedPhrase(lo, i, len(st.toks))
	return m
}

// frontedPhrase is frontedSubject before hi, with where the fronted
// phrase's own words end (see frontedEnd), or nil and 0.
func (st *attrState) frontedPhrase(lo, i, hi int) (*Mention, int) {
	toks := st.toks
	if !st.isParticiple(i) || !st.frontedOpener(lo, i-1) {
		return nil, 0
	}
	ce, c := st.frontedEnd(i, hi)
	if c == 0 || c+1 >= hi || toks[c+1].flags&(tWord|cStop|cAux|cCue|cPrep|cPrepLike|cTime) != tWord && !st.subjectPronoun(c+1) {
		return nil, 0
	}
	e := phraseRight(st.text, toks, c+1, hi)
	if e <= c+1 {
		return nil, 0
	}
	return st.mention(c+1, st.cutAtVerb(c+1, e)), ce
}

// frontedOpener reports whether the word of participleOpeners at
// toks[p] opens its sentence [lo, …): first, after a contrast or a joiner
// ("But while saying …", "Yet by calling …"), after a time it is
// measured from ("Eight years after backing …", "Days before
// announcing …"), or after a short opening closed by a comma ("Now,
// after arguing …", "On Tuesday, while visiting …").
func (st *attrState) frontedOpener(lo, p int) bool {
	toks := st.toks
	switch {
	case p == lo:
		return true
	case p-1 == lo:
		return toks[lo].flags&(cContrast|cJoiner|cTimeUnit) != 0 || isWord(st.text, toks[lo], "yet")
	case p-2 == lo && toks[p-1].flags&cTimeUnit != 0:
		return toks[lo].flags&(tWord|cCue|cPron) == tWord // "Eight years", "A decade"
	case toks[p-1].flags&tComma != 0 && toks[p-1].quote == 0:
		return st.skipOpening(lo, p) == p
	}
	return false
}

// frontedEnd returns the comma that closes a phrase fronted before the
// main clause, read from the participle at toks[k], or 0, and where the
// participle's own words end before it: a relative or subordinate clause set off inside the phrase is the phrase's ("After
// thanking the crowd, which chanted his name, he …", "Besides attacking
// the mayor, while the crowd booed, Lund …"), as is a list of names
// ("After visiting Lagos, Accra and Dakar, …"), and a comma inside a quotation
// that ends the phrase ends it at the closing mark ("After calling the
// plan “a disaster,” she …").
func (st *attrState) frontedEnd(k, hi int) (int, int) {
	toks := st.toks
	end := 0
	for c := k + 1; c < hi && c < k+40; c++ {
		t := toks[c]
		if t.flags&(tEnd|tColon) != 0 && t.quote == 0 {
			return 0, 0
		}
		if t.flags&tComma == 0 {
			continue
		}
		if t.quote != 0 {
			if c+1 < hi && toks[c+1].flags&tClose != 0 {
				return c + 2, c + 1 // the closing mark is the words'
			}
			continue
		}
		if st.nameListComma(c, hi) {
			continue // "After visiting Lagos, Accra and Dakar, …": a list of names
		}
		if end == 0 {
			end = c
		}
		if c+1 < hi && toks[c+1].flags&tWord != 0 && (st.isIn(toks[c+1], cRelative) || st.hasListed(c+1, c+2, subordinators)) {
			continue // ", which chanted his name,", ", while the crowd booed,": set off inside the phrase
		}
		return end, c
	}
	return 0, 0
}

// nameListComma reports whether the comma toks[c] stands in a list of
// names, "Lagos, Accra and Dakar": a name before it and a name after it
// that "and" or "or" joins to the next within a few words.
func (st *attrState) nameListComma(c, hi int) bool {
	toks := st.toks
	if c < 1 || c+2 >= hi || toks[c-1].flags&(tWord|tUpper) != tWord|tUpper || toks[c+1].flags&(tWord|tUpper|cStop|cPron) != tWord|tUpper {
		return false
	}
	for m := c + 2; m < hi && m < c+5; m++ {
		if isWord(st.text, toks[m], "and") || isWord(st.text, toks[m], "or") {
			return true
		}
		if toks[m].flags&(tWord|tUpper) != tWord|tUpper {
			return false
		}
	}
	return false
}

// verbOpens reports whether the phrase toks[s:e] before a participle
// is a verb whose subject does what the participle says: a verb right
// before it ("could not resist pointing out", "has avoided directly
// criticizing"), or a verb of spending time and the time ("spent much of
// the speech praising", spendVerbs). The verb is a past tense of
// pastVerbs in lower case or a word after an auxiliary in lower case;
// after a form of "be" only an -ing form is one ("were considering
// announcing", not "there were also emails showing").
func (st *attrState) verbOpens(s, e int) bool {
	toks := st.toks
	if t := toks[s]; t.flags&(tWord|tUpper|cDet|cPron) != tWord || t.quote != 0 {
		return false
	}
	if !st.isIn(toks[s], cPast) {
		k := s - 1
		if toks[k].flags&(tWord|tUpper|cAux) != tWord|cAux {
			return false
		}
		for ; k > s-4 && k >= 0 && toks[k].flags&(tWord|tUpper|cAux) == tWord|cAux; k-- {
			if isBe(st.text, toks[k]) && !st.isParticiple(s) {
				return false // "there were also emails showing": a noun after "be"
			}
		}
	}
	return e == s+1 || st.hasListed(s, s+1, spendVerbs)
}

// verbIn returns where the phrase toks[s:e] before a participle holds a
// verb of verbOpens, at its start ("resist pointing out") or after its
// subject ("the minister spent more time mocking"), or -1. Only a past
// tense of pastVerbs is looked for after the start: a class bit.
func (st *attrState) verbIn(lo, s, e int) int {
	if s > lo && st.verbOpens(s, e) {
		return s
	}
	for m := s + 1; m < e-1; m++ {
		if st.toks[m].flags&(tWord|tUpper|cPast) == tWord|cPast && st.verbOpens(m, e) {
			return m
		}
	}
	return -1
}

// verbSubject returns the subject of the verb at toks[v]: the phrase
// before it, past auxiliaries and adverbs ("they could not resist"), or
// where a comma stands there ("Sanders, a senator from Vermont, has
// drawn …"), the subject of the main clause.
func (st *attrState) verbSubject(lo, v, first int) *Mention {
	toks := st.toks
	k := v - 1
	for k > lo && k > v-5 && (toks[k].flags&cAux != 0 || st.isAdverb(k) || st.floats(k)) {
		k--
	}
	if toks[k].flags&(tWord|cAux) == tWord && k < v {
		if s := phraseLeft(st.text, toks, lo, k+1); s >= 0 {
			return st.mention(s, k+1)
		}
	}
	return st.clauseSubject(lo, k, first)
}

// inOpeningClause reports whether off, a cue's start, lies inside a
// subordinate clause that opens the sentence at toks[lo] ("While
// business groups push for free trade, …") and closes before toks[i].
func (st *attrState) inOpeningClause(lo, i, off int) bool {
	c := st.subordinateEnd(lo, i)
	return c > lo && off < st.toks[c].s
}

// openedClauseSubject returns the subject of the clause that a word such
// as "when" or "as" opens right before the participle or verb at toks[i],
// "…, when protesters interrupted her speech, shouting …", or nil.
func (st *attrState) openedClauseSubject(lo, i int) *Mention {
	toks := st.toks
	for j := i - 2; j > lo && j >= i-16; j-- {
		t := toks[j]
		if t.flags&tEnd != 0 || t.quote != 0 {
			return nil
		}
		if t.flags&(cAskOpener|cContrast) == 0 || t.flags&tWord == 0 || toks[j-1].flags&tComma == 0 {
			continue
		}
		e := phraseRight(st.text, toks, j+1, i)
		if e <= j+1 || e >= i || toks[j+1].flags&cPron != 0 {
			return nil
		}
		e = st.cutAtVerb(j+1, e)
		if v := toks[e]; v.flags&(tWord|tUpper) == tWord && (v.flags&(cPast|cAux|cCue) != 0 || st.endsEd(e)) && e+1 < i-1 {
			return st.mention(j+1, e) // the verb has an object: "when protesters interrupted her speech,"; not "when the scandal broke,"
		}
		return nil
	}
	return nil
}

// yearAt reports whether toks[k] is a year after "in" or "since" that
// stands between a subject and its verb: "who in 2010 said".
func (st *attrState) yearAt(lo, k int) bool {
	t := st.toks[k]
	if k-1 <= lo || t.e-t.s != 4 || t.flags&tWord == 0 || !(isWord(st.text, st.toks[k-1], "in") || isWord(st.text, st.toks[k-1], "since")) {
		return false
	}
	y := st.text[t.s:t.e]
	return (y[0] == '1' && y[1] == '9' || y[0] == '2' && y[1] == '0') && isDigit(y[2]) && isDigit(y[3])
}

// timeAt reports whether a time starts at toks[k]: "Tuesday", "this
// week", "last Tuesday".
func (st *attrState) timeAt(k, hi int) bool {
	t := st.toks[k]
	if t.flags&cTimeOpener != 0 && k+1 < hi {
		k++
		t = st.toks[k]
		if st.isIn(t, cMonth) {
			return true
		}
	}
	return t.flags&cTime != 0 && !possessive(st.text, t) // but "said Monday's winner"
}

// timeSpanStart returns where a measured time that toks[k] closes
// starts, "(less than) two weeks ago", "a month later", "days earlier",
// or k+1 where toks[k] closes none: a time between a subject and its
// verb is no part of the subject ("The ministry two weeks ago said").
func (st *attrState) timeSpanStart(lo, k int) int {
	toks, text := st.toks, st.text
	t := toks[k]
	if k-1 <= lo || t.flags&(tWord|tUpper) != tWord {
		return k + 1
	}
	if t.flags&cTimeUnit != 0 {
		return st.timePhraseStart(lo, k)
	}
	u := toks[k-1] // the unit: "weeks", "a month", "several hours"
	if u.flags&cTimeUnit == 0 || !st.d.lex.containsToken(timeSpans, text, t) {
		return k + 1
	}
	j := k - 1
	if j-1 > lo && toks[j-1].flags&(tWord|tUpper|cCue|cAux|cPron|cStop) == tWord {
		j-- // the measure: "two", "several", "a"
	}
	if j-2 > lo && isWord(text, toks[j-1], "than") {
		j -= 2 // "less than", "more than"
	}
	return j
}

// timePhraseStart returns where a time that a preposition opens and the
// unit toks[k] closes starts, "in the past", "in recent weeks", "over
// the past two years", or k+1 where toks[k] closes none.
func (st *attrState) timePhraseStart(lo, k int) int {
	toks, text := st.toks, st.text
	if !st.isIn(toks[k], cTimeUnit) {
		return k + 1
	}
	for j := k - 1; j > lo && j >= k-4; j-- {
		p := toks[j]
		if p.flags&(tWord|tUpper) != tWord || p.quote != 0 {
			break
		}
		if st.d.lex.containsToken(timePrepositions, text, p) {
			if j < k-1 || p.flags&cDet == 0 {
				return j
			}
			break
		}
		if p.flags&(cAux|cPron|cStop|cCue|cLink) != 0 && p.flags&cDet == 0 {
			break
		}
	}
	return k + 1
}

// recordedSpeaker returns where the speaker starts in the phrase
// toks[s:e] before a participle of speech: after the last "of" that
// follows a recording ("footage of Trump", "a clip of the mayor"), or s.
func (st *attrState) recordedSpeaker(s, e int) int {
	toks := st.toks
	for k := e - 2; k > s; k-- {
		if isWord(st.text, toks[k], "of") && toks[k-1].flags&tWord != 0 && st.d.lex.containsToken(cueRecordings, st.text, toks[k-1]) {
			return k + 1
		}
	}
	return s
}

// relativeSource reports whether a's source is a relative pronoun: "who
// said he was stiffed".
func (st *attrState) relativeSource(a *attr) bool {
	k := st.tokenAt(a.Source.Start)
	return k >= 0 && k < len(st.toks) && st.toks[k].s == a.Source.Start && st.toks[k].e == a.Source.End && st.isIn(st.toks[k], cRelative)
}

// linkAt reports whether an attribution from st.out[first:] has a link
// whose cue starts at off.
func (st *attrState) linkAt(first, off int) bool {
	for k := max(first, len(st.out)-4); k < len(st.out); k++ { // a link follows its cue closely
		for _, l := range st.out[k].Via {
			if l.Cue.Start == off {
				return true
			}
		}
	}
	return false
}

// floats reports whether toks[k] is a lower-case word of [CueFloats],
// that stands between a subject and its verb: "they have both said".
func (st *attrState) floats(k int) bool {
	t := st.toks[k]
	if k == 0 || t.flags&(tWord|tUpper) != tWord || t.flags&(cFloat|tNonASCII) == 0 || st.toks[k-1].flags&tWord == 0 {
		return false // "…, both urged": the subject is not next to it
	}
	if t.flags&cFloat == 0 && !st.isIn(t, cFloat) {
		return false // a word tokenize did not look up
	}
	if p := st.toks[k-1]; t.flags&cDet != 0 && (p.flags&(cStop|cAux|cRelative) == cStop || p.hash == thatHash) {
		return false // "although most oppose it", "a panel that all agreed": the word is the subject
	}
	return true
}

// passiveCueSpan reports whether the cue c holds a passive auxiliary:
// "was asked", "were told".
func (st *attrState) passiveCueSpan(c Span) bool {
	for j := st.tokenAt(c.Start); j < len(st.toks) && st.toks[j].s < c.End; j++ {
		if st.toks[j].flags&cPassiveAux != 0 {
			return true
		}
	}
	return false
}

// cueParticiple reports whether cue c ends in a lower-case -ing form.
func (st *attrState) cueParticiple(c Span) bool {
	w := c.Text
	if n := strings.LastIndexByte(w, ' '); n >= 0 {
		w = w[n+1:]
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing") && w[0] >= 'a' && w[0] <= 'z'
}

// maxOpening bounds the words skipOpening passes before a subject, so
// that a sentence of a thousand adverbs stays linear.
const maxOpening = 24

// skipOpening returns where the subject of the sentence starting at lo
// stands: after conjunctions and after an opening adverbial that ends in
// a comma ("On Monday, …", "But a few days later, …").
func (st *attrState) skipOpening(lo, i int) int {
	s, _ := st.openingEnd(lo, i)
	return s
}

// openingEnd is skipOpening, and whether it stepped over a state or a
// circumstance after the opening's comma (see openingGoesOn).
func (st *attrState) openingEnd(lo, i int) (int, bool) {
	toks, text := st.toks, st.text
	s := lo
	if c := st.subordinateEnd(lo, i); c > lo {
		g := st.openingGoesOn(c+1, i)
		return g, g > c+1
	}
	for s < i && s < lo+maxOpening && (toks[s].flags&(cStop|cAux|tWord|tQ) != tWord || st.isAdverb(s)) {
		if isPrep(toks[s]) || toks[s].flags&cTime != 0 || toks[s].flags&(cPrepLike|cVenue) == cPrepLike {
			break // "In 2015, …", "After the vote, …": an opening phrase ("On September 27 …" is read below)
		}
		s++
	}
	if s == lo && lo+2 < i && (toks[lo+1].flags|toks[lo+2].flags)&cPrepLike != 0 {
		s = st.lapseBefore(lo, i) // "Soon after …,": most sentences have no "after" or "before" there
	}
	if s < i && !(isPrep(toks[s]) || toks[s].flags&(cStop|cTime|cPrepLike) != 0 || st.isAdverb(s)) {
		// "Hours later, …", "The next day, …": a short opening with a
		// time word in it.
		for k := s + 1; k < i && k < s+5; k++ {
			if toks[k].flags&(tEnd|tMark|tColon) != 0 || toks[k].flags&tComma != 0 {
				break
			}
			if toks[k].flags&cTime != 0 && (toks[k].flags&tUpper == 0 || toks[k-1].flags&tUpper == 0) && k+2 < i && toks[k+1].flags&tComma != 0 && toks[k+2].flags&tWord != 0 {
				return k + 2, false
			}
		}
	}
	// "On the eve of the summit, …": the walk above stepped over "on"
	// (for "On September 27 …" below); the phrase is read to its comma
	// as the others are.
	venuePhrase := s == lo+1 && toks[lo].flags&cVenue != 0 && toks[s].flags&cDet != 0
	if s < i && (isPrep(toks[s]) || toks[s].flags&(cStop|cTime|cPrepLike) != 0 || st.isAdverb(s) || st.isIn(toks[s], cOpener) || venuePhrase) {
		for k := s + 1; k < i-1 && k < s+16; k++ {
			if toks[k].flags&tComma != 0 {
				// A comma right before the cue closes the clause, not an
				// opening: "On Sunday Lund made a third attempt …,
				// writing …" has its subject after the time, read below.
				g := st.openingGoesOn(k+1, i)
				return g, g > k+1
			}
			if toks[k].flags&(tEnd|tMark) != 0 && !st.titleDot(k) {
				break
			}
		}
	}
	// "On September 27 they …", "In 2015 the company …": a time after
	// a preposition, with no comma.
	p := s
	if lo < i && st.isIn(toks[lo], cVenue) {
		p = lo // the walk above may have stepped over it, and over "May"
	}
	if p < i && st.isIn(toks[p], cVenue) {
		k := p + 1
		for k < i && k < p+5 && toks[k].flags&tWord != 0 && (toks[k].flags&cTime != 0 || isDigit(text[toks[k].s]) || toks[k].flags&tUpper != 0 && st.isIn(toks[k], cMonth)) {
			k++
		}
		if k > p+1 && k < i && toks[k].flags&tWord != 0 {
			return k, false
		}
	}
	return s, false
}

// subordinateEnd returns the comma that closes a subordinate clause
// opening the sentence at toks[lo], "As voters went to the polls, …",
// "When Trump announced his bid in June, …", or lo where none does
// before i. The look is bounded to maxSubordinate tokens.
func (st *attrState) subordinateEnd(lo, i int) int {
	toks := st.toks
	if lo >= i || toks[lo].flags&cStop == 0 || toks[lo].quote != 0 || !st.hasListed(lo, lo+1, subordinators) {
		return lo
	}
	for k := lo + 2; k < i && k < lo+maxSubordinate; k++ {
		t := toks[k]
		if t.flags&tComma != 0 && t.quote == 0 {
			return k
		}
		if t.flags&(tEnd|tColon|tDash|tMark) != 0 {
			break
		}
	}
	return lo
}

// lapseBefore returns the preposition after a measure of time that opens
// the sentence at toks[lo], "Soon after", "Moments before", "Two weeks
// after", "Not long after", whose phrase openingEnd then reads to its
// comma; or lo. The preposition's class bit is asked first, the list
// last.
func (st *attrState) lapseBefore(lo, i int) int {
	toks := st.toks
	for p := lo + 1; p <= lo+2 && p+1 < i; p++ {
		if toks[p].flags&(tWord|tUpper|cPrepLike) != tWord|cPrepLike {
			continue
		}
		if toks[p+1].flags&tWord == 0 {
			return lo // "The day before, …": an adverb, with no object
		}
		m := toks[p-1] // the measure: "soon", "moments", "weeks"
		if m.flags&tWord == 0 || m.quote != 0 || !(m.flags&cTimeUnit != 0 || st.d.lex.containsToken(timeLapses, st.text, m)) {
			return lo
		}
		if p == lo+2 && toks[lo].flags&tWord == 0 {
			return lo
		}
		return p
	}
	return lo
}

// maxSubordinate bounds the tokens of a subordinate clause that opens a
// sentence.
const maxSubordinate = 32

// openingGoesOn returns where the subject starts after the comma that
// closed an opening phrase before toks[s]: past a state or country set
// off after its place ("At a rally in Ames, Iowa, on Sunday, …") and the
// circumstances that follow it, each closed by a comma, or s.
func (st *attrState) openingGoesOn(s, i int) int {
	toks := st.toks
	for n := 0; n < 3 && s < i; n++ {
		c := s
		for c < i && c < s+6 && toks[c].flags&(tWord|tComma) == tWord && toks[c].quote == 0 {
			c++
		}
		if c >= i || c == s || toks[c].flags&tComma == 0 || c+1 >= i {
			return s
		}
		if c == s+1 && (toks[s].flags&(cContrast|cOpener) != 0 || st.isAdverb(s)) {
			s = c + 1 // "On Thursday, however, the governor …": a sentence adverb set off after the opening
			continue
		}
		if !st.placeName(s, c) && !(isPrep(toks[s]) || st.isPrepLike(s)) && toks[s].flags&cTime == 0 {
			return s // the subject, set off by its own appositive: "…, Mrs. Lund, a nurse, said"
		}
		if st.hasClass(s, c, cCue|cAux|cPron) {
			return s
		}
		s = c + 1
	}
	return s
}

// parenBefore looks left of toks[k] for a comma-enclosed phrase after a
// subject ("X, a spokesman for Y, said", "X, quoting Y, reported"). It
// returns where the subject ends, the links the phrase gives and its
// outer relay ("monitored by Y"), if any.
func (st *attrState) parenBefore(lo, k int) (int, []Link, *Link) {
	toks, text := st.toks, st.text
	c := k - 1
	if k > lo && st.commaInMarks(k) {
		// "Clinton, who called the plan “reckless,” said": the comma
		// that closes the phrase stands inside the marks.
		for q := toks[k].quote; c >= lo && c > k-40 && toks[c].quote == q; c-- {
		}
	} else if k < lo || toks[k].flags&tComma == 0 {
		return k + 1, nil, nil
	}
	for c >= lo && c > k-40 && (toks[c].flags&(tComma|tEnd|tClose) == 0 || abbrevDot(text, toks, c) || toks[c].quote != 0) {
		c-- // a quotation inside: "The ad, titled “Unifier?”, concludes"
	}
	if c < lo || toks[c].flags&tComma == 0 || c >= k-1 {
		return k + 1, nil, nil
	}
	via, relay := st.parenthetical(c+1, k)
	if via == nil && relay == nil && c-1 > lo {
		if c2, r := st.relayBeforeAppositive(lo, c); r != nil {
			return c2, nil, r // "Y, quoted by X, a local daily, said"
		}
		if r := st.relativeBefore(lo, c); r > lo {
			return r, nil, nil // "X, whose hometown, Dover, is sinking, said"
		}
	}
	return c, via, relay
}

// relativeBefore returns the comma before a relative clause about the
// subject that an appositive of its own breaks, "Mayor Ana Lind, whose
// hometown, Dover, is sinking, argues", "X, who, as mayor, closed the
// port, said": the clause opens with "whose", "who" or "which" right
// after a comma, with at most two words of its own before the comma
// that opens the appositive, which the comma toks[c] closes. It returns
// lo where there is no such clause.
func (st *attrState) relativeBefore(lo, c int) int {
	toks := st.toks
	m := c - 1 // the comma before the appositive or aside
	for m > lo+2 && m >= c-maxRelativeBefore && toks[m].flags&(tComma|tEnd|tColon|tOpen|tClose|tDash|tParen) == 0 && toks[m].quote == 0 {
		m--
	}
	if m <= lo+2 || toks[m].flags&tComma == 0 {
		return lo
	}
	// The relative's own words end at that comma, with no verb:
	// "whose hometown,", "who,"; not "whose city is sinking, met the
	// governor, and Reyes, a nurse, said".
	for j := m - 1; j > lo+1 && j >= m-3; j-- {
		t := toks[j]
		if t.flags&(tWord|tUpper) == tWord && (t.flags&cRelative != 0 || t.e-t.s == len("whose") && isWord(st.text, t, "whose")) {
			if toks[j-1].flags&tComma != 0 {
				return j - 1
			}
			return lo
		}
		if t.flags&(tWord|tUpper|cAux|cCue|tQ) != tWord || t.quote != 0 {
			return lo
		}
	}
	return lo
}

// maxRelativeBefore bounds the tokens of the appositive or aside that
// breaks a relative clause between a subject and its cue (relativeBefore).
const maxRelativeBefore = 8

// relayBeforeAppositive reads a comma-enclosed relay ("quoted by X")
// that ends at the comma toks[c], before an appositive of its outlet
// set off by a comma of its own: "Y, quoted by the Gulf News daily, a
// local paper, said". It returns the comma that opens the relay and the
// relay, or (c, nil) where there is none.
func (st *attrState) relayBeforeAppositive(lo, c int) (int, *Link) {
	toks := st.toks
	for m := c - 2; m > lo && m >= c-maxRelayPhrase; m-- {
		f := toks[m].flags
		if f&(tComma|tEnd|tClose|tOpen) != 0 {
			return c, nil // another phrase, a sentence or a quotation: no relay right before
		}
		if f&(cLink|cLinkMW) != 0 && toks[m-1].flags&tComma != 0 {
			if via, relay := st.parenthetical(m, c); via == nil && relay != nil {
				return m - 1, relay
			}
			return c, nil
		}
	}
	return c, nil
}

// maxRelayPhrase bounds the tokens of a relay set off before an
// appositive, "quoted by the state-run Gulf News daily" (relayBeforeAppositive).
const maxRelayPhrase = 12

// leadingInversion reads the source after a verb that opens its
// sentence, "Said Comey, “…”": a phrase from toks[ce], perhaps a
// relative clause or an appositive set off by a comma, then a comma or a
// colon and an opening quote mark. It returns the phrase's end and the
// mark's token, or (ce, ce) where the form is not there.
func (st *attrState) leadingInversion(ce, hi int) (int, int) {
	toks := st.toks
	e := phraseRight(st.text, toks, ce, hi)
	if e <= ce {
		return ce, ce
	}
	// "Said Dorothy Poynter, who grew up nearby, “…”", "Said a
	// neighbour, Rosa Lind, 67, “…”": commas may set off more.
	for m := e; m+1 < hi && m < e+24; m++ {
		t := toks[m]
		if t.flags&(tComma|tColon) != 0 && toks[m+1].flags&tOpen != 0 {
			return e, m + 1
		}
		if t.flags&(tColon|tEnd|tQ|tDash|tParen) != 0 || t.quote != 0 || t.flags&(cCue|tUpper) == cCue && m > e && toks[m-1].flags&tComma == 0 && !st.isIn(toks[m-1], cRelative) {
			break // "Asked a question about it, Clinton said, “…”": a clause of its own
		}
	}
	return ce, ce
}

// titleCaseAfter reports whether what follows a capitalised cue ending
// at toks[ce] goes on in title case, as a headline does: a capitalised
// word, an opening mark before one ("Reveals ‘Demoralizing’ Experience"),
// or the end of a sentence that is all in title case ("…, Lindsey
// Graham Says."), not "… the Oprah Winfrey Show." in a body.
func (st *attrState) titleCaseAfter(lo, ce, hi int) bool {
	toks := st.toks
	switch {
	case ce >= hi || toks[ce].flags&tEnd != 0 && ce+1 >= hi:
		return st.titleCase(lo, ce)
	case toks[ce].flags&tUpper != 0:
		return true
	case toks[ce].flags&tOpen != 0 && ce+1 < hi:
		return toks[ce+1].flags&tUpper != 0
	}
	return false
}

// titleCase reports whether every word of toks[lo:hi] longer than three
// letters is capitalised, as in a headline.
func (st *attrState) titleCase(lo, hi int) bool {
	for _, t := range st.toks[lo:hi] {
		if t.flags&(tWord|tUpper) == tWord && t.e-t.s > 3 {
			return false
		}
	}
	return true
}

// byWhom returns the end of a source phrase ending at toks[e] that goes
// on with who made it, "figures released by the bureau", "estimates
// compiled by the ministry": a participle that is no link cue ("posted
// on", "quoted by" are levels of their own), "by" and a phrase. It
// returns e where nothing such follows.
func (st *attrState) byWhom(e, hi int) int {
	toks := st.toks
	p := e // the participle
	if e > 0 && e < hi && isWord(st.text, toks[e], "by") && verbLike(st.text, toks[e-1]) {
		p = e - 1 // "the data compiled by …": the phrase took the participle in
	}
	if p+2 >= hi || !verbLike(st.text, toks[p]) || !isWord(st.text, toks[p+1], "by") || st.linkCueAt(p, hi) != 0 {
		return e
	}
	if n := phraseRight(st.text, toks, p+2, hi); n > p+2 {
		return n
	}
	return e
}

// commaInMarks reports whether toks[k] is a closing quote mark right
// after a comma: "“reckless,”", which ends a phrase as a comma would.
func (st *attrState) commaInMarks(k int) bool {
	t := st.toks[k]
	return t.flags&tClose != 0 && t.quote != 0 && t.s > 0 && st.text[t.s-1] == ','
}

// relativeParen reports whether the clause before the cue at toks[i]
// opens with a noun phrase and a relative clause set off by commas, and
// nothing else,
// "Clinton, who called the plan “reckless,” said", "The company, which
// makes chips, said": the phrase is the cue's subject, and the words
// after the cue are its content, not its source.
func (st *attrState) relativeParen(lo, i int) bool {
	c, _, _ := st.parenBefore(lo, i-1)
	if c >= i-1 || c <= lo || c+1 >= i || !st.isIn(st.toks[c+1], cRelative) {
		return false
	}
	// The phrase opens the clause: not "Rescuers are searching for five
	// miners, who …, said Li", whose relative clause ends the content.
	s := st.skipOpening(lo, i)
	e := phraseRight(st.text, st.toks, s, c)
	if e > s && e < c && st.toks[e].flags&tComma != 0 {
		e = phraseRight(st.text, st.toks, e+1, c) // "Norland's fisheries minister, Eira Holm, who …"
	}
	return c-s <= 12 && e == c
}

// parenEnd returns where a relative clause set off by commas ends when
// its verb's content starts at toks[k]: at the comma, or after the
// closing mark with the comma inside it, that the main clause's verb
// follows ("Lind, who said the vote was fair, told …"); hi where none
// does. A comma before a preposition, a conjunction, a name or a
// quotation is inside the clause: "who said that the two men, and Mr.
// Cruz in particular, must …".
func (st *attrState) parenEnd(k, hi int) int {
	toks := st.toks
	for m := k; m+1 < hi; m++ {
		end := m
		switch {
		case st.commaInMarks(m):
			end = m + 1
		case toks[m].flags&tComma == 0 || toks[m].quote != 0:
			continue
		}
		if m+1 >= hi {
			break
		}
		n := toks[m+1]
		if n.quote == 0 && n.flags&tWord != 0 && (n.flags&(cAux|cCue) != 0 ||
			n.flags&(tUpper|cDet|cPron|cStop|cJoiner|cContrast|cTime) == 0 && !isPrep(n) && !st.isAdverb(m+1)) {
			return end
		}
	}
	return hi
}

// trailingLinks finds ", in a statement posted on X" or ", citing Y"
// closing the content [k, hi) of a cue: it returns the links and where
// the content ends, and whether the links end in "as saying" and the
// quoted one's words run on to hi (", quoting Y as saying …"). A citing that gives a reason ("…, citing low
// growth") is none: linksAfter reads no link there.
func (st *attrState) trailingLinks(k, hi int) ([]Link, int, bool) {
	toks, text := st.toks, st.text
	for c := max(k, hi-24); c+2 < hi; c++ {
		if toks[c].flags&tComma == 0 {
			continue
		}
		from, n := c, c+1 // where linksAfter reads, and the word after the comma
		if toks[n].flags&tClose != 0 && n+2 < hi {
			from, n = n+1, n+1 // "should “refrain from it,” in remarks carried by Xinhua": the comma inside the marks
		}
		if !isWord(text, toks[n], "in") && !st.citingParticiple(n) && !(st.linkCueAt(n, hi) > n+1 && st.isRelayCue(text[toks[n].s:toks[st.linkCueAt(n, hi)-1].e])) {
			continue // ", in a statement.", ", citing officials.", ", as reported by the agency."
		}
		via, end := st.linksAfter(from, hi)
		if len(via) > 0 && end < hi && toks[end].flags&tEnd == 0 && st.asCueBefore(end) && !st.ownReportBefore(k, c) {
			return via, c, true // "…, quoting a dealer as saying demand had “exploded”": the words after the verb are the quoted one's
		}
		if len(via) > 0 && (end >= hi || toks[end].flags&tEnd != 0) {
			if st.ownReportBefore(k, c) {
				return nil, hi, false // "…, KCNA reported Monday, citing a resolution": the link is that report's
			}
			if from > c {
				return via, from, false // the quotation and its closing mark are the content's
			}
			return via, c, false
		}
	}
	return nil, hi, false
}

// asCueBefore reports whether the links linksAfter read end in "as"
// and a cue verb before toks[e]: "…, quoting a dealer as saying demand
// had doubled", whose words after the verb are the quoted one's.
func (st *attrState) asCueBefore(e int) bool {
	toks := st.toks
	return e >= 2 && toks[e-1].flags&cCue != 0 && toks[e-1].quote == 0 && isWord(st.text, toks[e-2], "as")
}

// quotedAfterAs returns the source of a's last link when quote q comes
// after it and the "as" and cue verb that follow it: "…, quoting a
// dealer as saying demand had “exploded”" – the words are the quoted
// one's, whatever a's own verb. It returns nil otherwise.
func (st *attrState) quotedAfterAs(a *attr, q Span) *Mention {
	n := len(a.Via)
	if n == 0 {
		return nil
	}
	l := &a.Via[n-1]
	if q.Start <= l.Source.End {
		return nil
	}
	k := st.tokenAt(l.Source.End)
	if k < 0 || k+2 > len(st.toks) || !st.asCueBefore(k+2) || st.toks[k+1].e > q.Start {
		return nil
	}
	return st.keepMention(l.Source)
}

// ownReportBefore reports whether a cue verb of a report of its own ends
// the content [k, c) before the comma toks[c], a time aside: "North
// Korea has pledged …, the agency reported Monday, citing a resolution"
// – the link after the comma is the agency's, not the pledge's.
func (st *attrState) ownReportBefore(k, c int) bool {
	toks := st.toks
	m := c - 1
	for m > k && toks[m].flags&cTime != 0 {
		m--
	}
	return m > k+1 && toks[m].flags&(cCue|tUpper) == cCue && toks[m].quote == 0
}

// occasionInSubject finds the occasion of a speech standing between its
// subject and its verb with no comma, "The ministry in a statement said",
// "Khan at a news conference in Lahore said", "Khan during a visit to
// Lahore said", "Khan while addressing the rally said", where the phrase
// found runs from s to subjEnd. It returns the subject's start and the
// occasion's first token, or -1, -1. An occasion is a phrase after "in",
// "at" or "during" whose noun is of speechOccasions or a document; a
// phrase of place or of another noun stays in the source ("Officials in
// the region said"), and "after" or "before" a person opens a clause of
// its own ("shares fell after the company said").
func (st *attrState) occasionInSubject(lo, s, subjEnd int) (int, int) {
	toks := st.toks
	// The occasion inside the phrase: "The ministry in a statement", a
	// noun, a preposition, a determiner and the occasion at least.
	if subjEnd-s >= 4 {
		if m := st.occasionIn(s, subjEnd, true); m >= 0 {
			return s, m
		}
	}
	// The phrase found is the occasion's own, after a preposition the
	// walk stops at: "during a visit", "after the meeting", "while
	// addressing the rally".
	m := s - 1
	if m <= lo || toks[m].flags&(cPrepLike|cCue) == 0 && !st.isParticiple(m) {
		return -1, -1
	}
	if m-1 > lo && st.isParticiple(m) && st.isIn(toks[m-1], cPartOpener) && toks[m-1].flags&cPrepLike == 0 {
		m-- // "while addressing"
	} else if m <= lo || toks[m].flags&cPrepLike == 0 || isPrep(toks[m]) || !isWord(st.text, toks[m], "during") && !st.occasionAt(s, subjEnd, false) {
		return -1, -1
	}
	if !st.endsNoun(m - 1) {
		return -1, -1
	}
	if s2 := phraseLeft(st.text, toks, lo, m); s2 >= 0 {
		return s2, m
	}
	return -1, -1
}

// nameAfterVenue reports whether the noun phrase at toks[k] names a
// body in capitals that a name follows up to end, initials and all: "the
// Assembly Sudhakar Ingle" in "Leader of Opposition in the Assembly
// Sudhakar Ingle said", "the Assembly R. Ashwath Hegde".
// The phrase is then a title's, not the occasion of the speech ("Khan in
// the Assembly said").
func (st *attrState) nameAfterVenue(k, end int) bool {
	venue := false // k is past the venue's word
	for n := 0; k < end && n < 5 && !venue; k, n = k+1, n+1 {
		t := st.toks[k]
		venue = t.flags&tUpper != 0 && st.d.lex.containsToken(speechOccasions, st.text, t)
	}
	if !venue || k >= end {
		return false
	}
	for m := k; m < end; m++ {
		if m > k && abbrevDot(st.text, st.toks, m) {
			continue // an initial's period: "the Assembly R. Ashwath Hegde"
		}
		if t := st.toks[m]; t.flags&(tWord|tUpper|cStop|cPron|cCue) != tWord|tUpper || t.quote != 0 {
			return false
		}
	}
	return true
}

// occasionIn returns where a phrase of occasion opens inside the noun
// phrase toks[s:e], or -1: a preposition of [occasionPrepositions] and a
// determiner after a noun, then a noun of speechOccasions or a document,
// "The ministry in a statement", "Xinhua in an exclusive interview".
// With pluralWhich, after a plural only a document will do: the phrase
// may tell which of them speak ("delegates at the meeting said").
func (st *attrState) occasionIn(s, e int, pluralWhich bool) int {
	toks := st.toks
	for m := s + 1; m+1 < e; m++ {
		if toks[m+1].flags&cDet != 0 && (isPrep(toks[m]) || toks[m].flags&(cPrepLike|cVenue) != 0) && st.d.lex.containsToken(occasionPrepositions, st.text, toks[m]) {
			if st.endsNoun(m-1) && st.occasionAt(m+1, e, pluralWhich && st.plainPlural(m-1)) && !st.nameAfterVenue(m+1, e) {
				return m
			}
		}
	}
	return -1
}

// plainPlural reports whether toks[k] is a common noun in -s, not -ss:
// "delegates", "aides", capitalised only where it opens a sentence.
func (st *attrState) plainPlural(k int) bool {
	t := st.toks[k]
	w := st.text[t.s:t.e]
	return t.flags&tNonASCII == 0 && (t.flags&tUpper == 0 || sentenceInitial(st.text, st.toks, k)) && pluralShaped(w)
}

// endsNoun reports whether toks[k] may end a noun phrase: a word of no
// class of the grammar's, a name, a role, not a verb, pronoun or article.
func (st *attrState) endsNoun(k int) bool {
	t := st.toks[k]
	return t.flags&tWord != 0 && t.quote == 0 && t.flags&(cCue|cLink|cDet|cAux|cStop) == 0 && !st.endsEd(k) && t.flags&cPast == 0
}

// occasionAt reports whether one of the first words of the noun phrase
// at toks[k], before end, is a noun of speechOccasions or a document:
// "a statement", "a news conference in Lahore", not "the delegation at
// the talks". With docOnly, only a document will do: after a plural
// noun the phrase may tell which of them speak ("delegates at the
// meeting said"), where "in a letter" still tells how they spoke.
func (st *attrState) occasionAt(k, end int, docOnly bool) bool {
	for n := 0; k < end && n < 5; k, n = k+1, n+1 {
		t := st.toks[k]
		if t.flags&tWord == 0 || isPrep(t) {
			return false
		}
		if w := st.text[t.s:t.e]; t.flags&cDoc != 0 && !(k+1 < end && nounAfter(st.text, st.toks[k+1])) || !docOnly && st.d.lex.Contains(speechOccasions, w) {
			return true
		}
	}
	return false
}

// isPrepLike reports whether toks[k] is a preposition that opens a
// parenthesis: "during", "in", "at", "after" (phrasePrepositions and
// openingPrepositions).
func (st *attrState) isPrepLike(k int) bool {
	t := st.toks[k]
	return isPrep(t) || st.isIn(t, cPrepLike)
}

// nounIng reports whether the cue word toks[m], in its base or -ing
// form, is a noun inside a circumstance after a cue: it follows a
// determiner, an adjective or a noun, "at a daily press briefing", "at
// the hearing", not an auxiliary or a pronoun. A past form after a noun
// is a verb: "said the company reported that".
func (st *attrState) nounIng(lo, m int) bool {
	for n := 0; m > lo && n < 3; m, n = m-1, n+1 {
		t, p := st.toks[m], st.toks[m-1]
		if p.flags&tWord == 0 || p.flags&(cAux|cPron|cStop) != 0 && p.flags&cDet == 0 {
			return false
		}
		if !(t.e-t.s > 5 && st.text[t.e-3:t.e] == "ing") {
			return st.cueCanonical(t) == st.text[t.s:t.e]
		}
		if p.flags&cCue == 0 || p.flags&cDet != 0 {
			return true
		}
		// "a press briefing": the word before is a cue too; it must be
		// a noun itself.
	}
	return false
}

// circumstance reports whether the words at toks[k] after a cue are its
// circumstances, not a clause: a preposition (cueopeners holds "outside",
// "near") and then a determiner or a possessive, "said outside the
// building", "said near his home"; not "warned lawmakers the bill …".
func (st *attrState) circumstance(k, hi int) bool {
	t := st.toks[k]
	return k+1 < hi && t.flags&(tWord|tUpper) == tWord && t.quote == 0 && (st.isIn(t, cOpener) || st.isPrepLike(k)) && st.toks[k+1].flags&cDet != 0 && st.toks[k+1].flags&cPron == 0
}

// closingCircumstance reports whether a prepositional phrase runs from
// toks[k] to the end of the sentence with no verb, quotation or "that"
// in it: "…, the army said on its Telegram channel.", "…, an official
// told reporters on condition of anonymity.": no content of the cue's.
func (st *attrState) closingCircumstance(k, hi int) bool {
	if k >= hi || !st.isPrepLike(k) || hi-k > 12 || st.infinitiveAt(k, hi) {
		return false
	}
	for m := k + 1; m < hi; m++ {
		t := st.toks[m]
		if t.flags&tEnd != 0 && m == hi-1 {
			return true
		}
		if t.flags&tWord == 0 && !abbrevDot(st.text, st.toks, m) || t.quote != 0 || t.flags&(cCue|tUpper) == cCue || t.flags&(cAux|cPron) != 0 && t.flags&cDet == 0 || isWord(st.text, t, "that") {
			return false
		}
	}
	return true
}

// phraseOnly reports whether toks[lo:e] is an opening phrase with no
// verb, "In a later vote", "During the debate on Tuesday": no clause a
// cue after it could report.
func (st *attrState) phraseOnly(lo, e int) bool {
	if lo >= e || !st.isPrepLike(lo) && !st.isIn(st.toks[lo], cOpener) {
		return false
	}
	for k := lo + 1; k < e; k++ {
		t := st.toks[k]
		if t.flags&(cAux|cPast|cPron) != 0 && t.flags&(cDet|cTime) == 0 || t.flags&cCue != 0 && !st.nounIng(lo, k) && st.toks[k-1].flags&cDet == 0 && (k-2 < lo || st.toks[k-2].flags&cDet == 0) || t.quote != 0 || st.endsEd(k) || verbLike(st.text, t) {
			return false
		}
	}
	return true
}

// circumstanceEnd returns the comma or colon that closes a short
// prepositional phrase at toks[k] after a cue, "wrote to his followers,",
// "said in a television interview:", or k where none stands there.
func (st *attrState) circumstanceEnd(k, hi int) int {
	if k >= hi || !st.isPrepLike(k) {
		return k
	}
	for m := k + 1; m < hi && m < k+10; m++ {
		t := st.toks[m]
		if t.flags&(tComma|tColon) != 0 {
			return m
		}
		if t.flags&tWord == 0 || t.quote != 0 || t.flags&(cCue|tUpper) == cCue || t.flags&(cStop|cPron) != 0 && !st.isIn(t, cDet) {
			break
		}
	}
	return k
}

// clauseFollows reports whether "that" or a colon comes soon after k,
// before any comma or semicolon, or an opening mark right at k: the
// cue's content follows it. A mark further on opens a title or a phrase inside the
// cue's circumstances, "said on ABC's “This Week.”".
func (st *attrState) clauseFollows(k, hi int) bool {
	for n := 0; k < hi && n < 12; k, n = k+1, n+1 {
		t := st.toks[k]
		if t.flags&tColon != 0 || t.flags&tOpen != 0 && n == 0 || isWord(st.text, t, "that") {
			return !st.semicolon(t) // "oppose the new rota; a few doctors …": the clause after a semicolon is the writer's
		}
		if t.flags&(tComma|tEnd|tDash) != 0 {
			return false
		}
	}
	return false
}

// isAdverb reports whether toks[k] is an -ly adverb ("repeatedly").
func (st *attrState) isAdverb(k int) bool {
	t := st.toks[k]
	return t.flags&(tWord|tUpper|cSrcNoun|cDoc) == tWord && t.e-t.s > 4 && st.text[t.e-2:t.e] == "ly" // but "the daily said"
}

// hasWords reports whether [i, j) holds at least n word tokens. It looks
// at no more than a few tokens, so callers stay linear.
func (st *attrState) hasWords(i, j, n int) bool {
	for k := j - 1; k >= i && k >= j-4*n-8; k-- {
		if st.toks[k].flags&tWord != 0 {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return false
}

// askedPassive reads the passive of a verb whose object is spoken to,
// before a quotation: "Trump was asked, “…?”", "Sanders was asked by
// host Bill Maher: “…”". The subject is the one spoken to; the words
// are the asker's, the agent after "by" or no one named. It returns the
// token after the cue, or 0.
func (st *attrState) askedPassive(a *attr, src *Mention, subjEnd, i, ce, hi int, canon string) int {
	toks := st.toks
	if ce >= hi || subjEnd >= i || !st.isIn(toks[i-1], cPassiveAux) || !st.hasForm(canon, fAddressee, cueAddressees) {
		return 0
	}
	k := ce
	var agent *Mention
	if bs, be := st.agentAfterBy(k, hi, true); be > bs {
		agent, k = st.mention(bs, be), be // "was asked by host Bill Maher"
		k = st.askerAside(st.skipTime(k, hi), hi)
	}
	if k < hi && toks[k].flags&(tComma|tColon) != 0 {
		k++
	}
	if k >= hi || toks[k].flags&tOpen == 0 {
		return 0 // "was asked to resign", "was told the plan was dead"
	}
	a.Source, a.Addressee = agent, src
	a.Content = st.contentSpan(k, st.clauseEnd(k, hi))
	st.out = append(st.out, *a)
	return k
}

// askerAside returns the comma or colon before a quotation that ends an
// aside set off by commas after an asker, at toks[k]: ", who backs the
// plan,", ", a reporter for the Times,", ", after the vote,". It returns
// k where no quotation follows such an aside.
func (st *attrState) askerAside(k, hi int) int {
	toks := st.toks
	if k >= hi || toks[k].flags&tComma == 0 {
		return k
	}
	for m := k + 1; m+1 < hi && m < k+24; m++ {
		t := toks[m]
		if t.flags&(tComma|tColon) != 0 && toks[m+1].flags&tOpen != 0 {
			return m
		}
		if t.flags&(tEnd|tOpen|tDash|tParen) != 0 || t.quote != 0 || st.semicolon(t) {
			return k
		}
	}
	return k
}

// namedTime reports whether the time word toks[k] is a name's, an
// article before it: "The Sun reported" names a newspaper, where "the
// ministry Sunday said" gives a day.
func (st *attrState) namedTime(k int) bool {
	return st.toks[k].flags&tUpper != 0 && isWord(st.text, st.toks[k-1], "the")
}

// participleAfterDoc reports whether toks[k] is a participle in lower
// case ("published", "released", "issued") right after a document's noun:
// "a department report published on Tuesday".
func (st *attrState) participleAfterDoc(k int) bool {
	toks := st.toks
	t := toks[k]
	return k > 0 && toks[k-1].flags&(cDoc|tUpper) == cDoc && t.flags&(tWord|tUpper) == tWord && (st.endsEd(k) || t.flags&(cPast|cLinkMW) != 0)
}

// dayTimeStart returns where a time of day or date ending before toks[k]
// starts, "on Monday", "late Tuesday", "Wednesday evening", or k where
// none does: the time is no part of the phrase before it ("a report on
// Monday saying …"). A time is what skipTime reads forwards.
func (st *attrState) dayTimeStart(lo, k int) int {
	toks, start := st.toks, k
	for j := k - 1; j-1 > lo && j >= k-4; j-- {
		if t := toks[j]; t.quote != 0 || possessive(st.text, t) {
			break
		}
		if st.skipTime(j, k) == k {
			start = j
		}
	}
	if start == k || toks[start-1].flags&tWord == 0 {
		return k
	}
	return start
}

// documentSays reads the verb by which a document just issued speaks:
// "issued a statement saying …", "released a statement late on Tuesday,
// saying …", "put out a statement that said …". The document speaks for
// its issuer, so the cue that issued it goes on over the time and the
// verb, and its content is what the verb says. It returns the token
// after the verb, or 0.
func (st *attrState) documentSays(hi, i, ce, first int) int {
	n := len(st.out)
	if n == first {
		return 0
	}
	toks := st.toks
	prev := &st.out[n-1]
	k := i // the token after the issuing cue
	for k > i-8 && k > 0 && toks[k-1].e > prev.Cue.End {
		k--
	}
	if k <= 0 || toks[k-1].e != prev.Cue.End || !st.isIn(toks[k-1], cDoc) {
		return 0
	}
	m := st.skipTime(k, i)
	if v := prev.Via; m < i && len(v) > 0 && v[len(v)-1].Cue.Start == toks[m].s {
		// "issued a statement on its website saying …": the venue is
		// the statement's link, read before.
		for m < i && toks[m].s < v[len(v)-1].Source.End {
			m++
		}
		m = st.skipTime(m, i)
	}
	if m < i && toks[m].flags&tComma != 0 {
		m++
	}
	if st.isParticiple(i) {
		if m != i {
			return 0
		}
	} else if m != i-1 || toks[m].flags&tThatNext == 0 && !st.isIn(toks[m], cRelative) && !(m > 0 && toks[m-1].flags&tThatNext != 0) {
		return 0 // "… that said", "… which says"
	}
	prev.Cue = st.span(prev.Cue.Start, toks[ce-1].e)
	prev.Content = st.contentSpan(ce, st.clauseEnd(ce, hi))
	return ce
}

// skipTime skips times that follow a cue: "on Tuesday", "late Monday",
// "earlier this week".
func (st *attrState) skipTime(k, hi int) int {
	toks := st.toks
	for n := 0; k < hi && n < 4; n++ {
		t := toks[k]
		switch {
		case t.flags&cTime != 0:
			k++
		case st.isIn(t, cTimeOpener) && k+1 < hi && (toks[k+1].flags&cTime != 0 || k+2 < hi && toks[k+2].flags&cTime != 0 && st.isIn(toks[k+1], cTimeOpener)):
			k += 2
			if k < hi && toks[k].flags&cTime != 0 && toks[k-1].flags&cTime == 0 {
				k++
			}
		default:
			return k
		}
	}
	return k
}

// clauseEnd returns where the content that starts at k ends: the end of
// the sentence, or an earlier comma or semicolon that opens a clause of
// the writer's own (", but …", ", while …", ", adding …").
func (st *attrState) clauseEnd(k, hi int) int {
	toks, text := st.toks, st.text
	seen, finite := k, false // the content up to toks[seen] has a finite verb: finiteIn
	fronted := 0             // whether the cue opens its sentence in a clause of its own (frontedCue): 0 not asked yet, 1 yes, -1 no
	for m := k + 2; m+1 < hi && m < k+maxContent/4; m++ {
		// Four tokens a step while none can end the clause.
		for m+5 < hi && m+4 < k+maxContent/4 {
			q := toks[m : m+4 : m+4]
			if (q[0].flags|q[1].flags|q[2].flags|q[3].flags)&(tClose|tColon|tComma|tDash|cClauseWord) != 0 {
				break
			}
			m += 4
		}
		if tp := &toks[m]; tp.flags&(tClose|tColon|tComma|tDash|cClauseWord) == 0 || tp.flags&tClose == 0 && tp.quote != 0 {
			continue // none of the tests below can hold: most tokens stop here
		}
		t := toks[m]
		if t.flags&tClose != 0 && t.s > 0 && text[t.s-1] == ',' && m+1 < hi {
			// "…“New York values,” stating …": the comma inside the marks
			// ends the clause as one outside them would.
			if n := toks[m+1]; n.flags&(tWord|tUpper) == tWord && st.isParticiple(m+1) || st.newSpeaker(m+1, hi) {
				return m + 1 // "…“reopen within weeks,” the daily reported": another attribution
			} else if n.flags&tWord != 0 && n.quote == 0 && st.isIn(n, cContrast) {
				return m + 1 // "called it “a disgrace,” while Y said: …": a clause of its own
			}
		}
		if t.quote != 0 {
			continue
		}
		if text[t.s] == ';' {
			return m
		}
		if (isWord(text, t, "while") || isWord(text, t, "whereas")) && m > k+2 && toks[m-1].flags&tWord != 0 {
			return m // "75 percent said yes while 40 percent …"
		}
		if isWord(text, t, "but") && m > k+3 && st.cueAfterAux(m+1, hi) {
			return m // "said that … but did not say …": the subject's next verb; not "said the plant … but would be back …"
		}
		if isWord(text, t, "and") && (m > k+3 || isPrep(toks[k])) && st.newSpeaker(m+1, hi) {
			return m // "asked for a photo and the mayor said": a phrase is no clause a speaker could go on
		}
		if st.ingContent && isWord(text, t, "and") && m+2 < hi && (st.isParticiple(m+1) || st.isAdverb(m+1) && st.isParticiple(m+2)) && st.secondVerb(k, m, hi) {
			return m // "…, calling the levy a swindle and vowing to repeal it": the subject's next participle
		}
		if isWord(text, t, "and") && m > k+3 {
			// "said A and questioned B": a second verb of the same subject.
			if n := toks[m+1]; n.flags&(tWord|tUpper) == tWord && n.flags&cCue != 0 && !st.isParticiple(m+1) {
				return m
			}
			continue
		}
		if t.flags&(tComma|tDash) == 0 {
			continue
		}
		n := toks[m+1]
		if n.flags&tWord == 0 || n.quote != 0 {
			continue
		}
		switch {
		case st.isIn(n, cContrast):
			if st.contrastGoesOn(k, m, hi) {
				continue
			}
			return m
		case st.newSpeaker(m+1, hi) && !st.thatOpening(k, m):
			return m // "…, and three in 10 said …": another attribution
		case st.isParticiple(m+1) && n.flags&tUpper == 0 && !st.ingPreposition(m+1, hi):
			return m // ", adding …", ", linking to …"; not ", including …"
		case n.flags&cJoiner != 0 && m+2 < hi && toks[m+2].flags&(tWord|tUpper) == tWord && st.isParticiple(m+2):
			return m // "… - and arguing …": a second participle of the speaker's
		case t.flags&tComma != 0 && st.newClause(m+1, hi) && !st.subordinateOpening(k) && !st.clauseSeries(m+1, hi) && st.finiteIn(&seen, &finite, m):
			return m // "…, and he railed against …", "…, the firm is set to …": the writer's own clause
		case t.flags&tComma != 0 && fronted >= 0 && st.frontedAt(k, m, &fronted) && st.mainAfterFronted(m+1, hi) && !st.subordinateOpening(k):
			return m // "While he said he backs the bill, the senator …": the sentence's main clause
		}
	}
	return hi
}

// ingClauseEnd is clauseEnd for the content of a participle's cue,
// "…, calling the levy a swindle and vowing to repeal it": a second
// participle after "and" is the subject's next verb, and ends the
// content (secondVerb), where after a finite cue ("said the firm was
// hiring and expanding") it may be the content's own.
func (st *attrState) ingClauseEnd(k, hi int) int {
	st.ingContent = true
	e := st.clauseEnd(k, hi)
	st.ingContent = false
	return e
}

// contrastGoesOn reports whether ", but" at toks[m], inside the content
// that starts at toks[k], goes on with the content rather than the
// writer's own clause: a second clause of the cue's after "that" ("said
// the plan was sound, but that it needed money"; not "…, but that could
// change", a pronoun before its verb), the second half of "not …, but
// also …" or "…, but rather …", or a content that opens with "not"
// ("promised not a tax cut, but a rebate").
func (st *attrState) contrastGoesOn(k, m, hi int) bool {
	toks, text := st.toks, st.text
	if m+3 >= hi {
		return false
	}
	if !isWord(text, toks[m+1], "but") {
		return st.contrastAside(m, hi)
	}
	o, p := toks[m+2], toks[m+3]
	switch {
	case o.quote != 0 || o.flags&(tWord|tUpper) != tWord:
		return false
	case isWord(text, o, "that"):
		return p.flags&(tWord|cAux|cPast|cStop) == tWord && p.quote == 0 && !st.endsEd(m+3) && !negation(text, p) // "but that he …", not "but that was …"
	case isWord(text, o, "also") || isWord(text, o, "rather"):
		return !st.verbToken(m + 3) // not "…, but also drew …": the subject's next verb
	}
	return isWord(text, toks[k], "not")
}

// contrastAside reports whether the contrast after the comma toks[m]
// opens an aside between a subject and its verb, closed by a comma
// before a finite verb: "warned that the junta, even as it talked of
// peace, had moved troops", "insisted the merger, however costly, was
// worth it". The content goes on to that verb.
func (st *attrState) contrastAside(m, hi int) bool {
	toks := st.toks
	for c := m + 2; c+1 < hi && c < m+maxAsideLook; c++ {
		t := toks[c]
		if t.flags&(tEnd|tColon|tDash|tParen) != 0 || t.quote != 0 {
			return false
		}
		if t.flags&tComma != 0 {
			return st.verbToken(c + 1)
		}
	}
	return false
}

// maxAsideLook bounds the words read for the comma that closes an aside.
const maxAsideLook = 12

// cueAfterAux reports whether a cue verb starts at toks[k] or after
// the auxiliaries, negations and adverbs there: "did not say",
// "declined", "would not comment".
func (st *attrState) cueAfterAux(k, hi int) bool {
	toks := st.toks
	for m := k; m < hi && m < k+4; m++ {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 {
			return false
		}
		if t.flags&(cCue|tUpper) == cCue {
			return true
		}
		if t.flags&cAux == 0 && !negation(st.text, t) && !st.isAdverb(m) {
			return false
		}
	}
	return false
}

// newClause reports whether a clause with a subject and a finite verb of
// its own opens at toks[k], after a comma and perhaps "and" or "but":
// "…, and he railed against …", "…, and Ms. Brainard is among …", "…, the
// group is calling on …". An appositive ("…, the first of its kind,
// would …"), a participle or a list ("…, Ohio and Texas") has no such verb.
func (st *attrState) newClause(k, hi int) bool {
	toks, text := st.toks, st.text
	if k < hi && toks[k].flags&(cJoiner|cContrast) != 0 {
		k++
	}
	if k >= hi || toks[k].quote != 0 {
		return false
	}
	if st.isPrepLike(k) {
		// "…, at the town hall this week she said …": an opening phrase
		// with no comma of its own ends at a pronoun subject.
		for j := k + 1; j < hi && j < k+9 && toks[j].flags&(tWord|tComma|tEnd) == tWord && toks[j].quote == 0; j++ {
			if st.isIn(toks[j], cPrepLike) || st.hasListed(j, j+1, clauseOpeners) {
				break // "…, from her campaign after he said …": a clause inside the phrase
			}
			if st.subjectPronoun(j) {
				k = j
				break
			}
		}
	}
	e, pron := k+1, st.subjectPronoun(k)
	if !pron {
		if toks[k].flags&(cDet|tUpper) == 0 {
			return false
		}
		if e = phraseRight(text, toks, k, hi); e <= k || e-k > 6 {
			return false
		}
		for j := k + 1; j < e; j++ {
			if j == k+1 && toks[k].flags&cDet != 0 {
				continue // "a paid speaking schedule": right after a determiner, a modifier
			}
			if toks[j].flags&(cPast|tUpper) == cPast || st.isParticiple(j) {
				e = j // "the council held its vote": a phrase read on into the verb; "the company having lost money": a participle's
				break
			}
		}
	}
	for e < hi && e < k+10 && (st.isAdverb(e) || toks[e].flags&cAux != 0 && !st.finiteAux(toks[e])) {
		e++ // "he also said", "the group still is"
	}
	if e >= hi || toks[e].quote != 0 || toks[e].flags&(tWord|tUpper) != tWord {
		return false
	}
	v := toks[e]
	switch {
	case v.flags&cAux != 0:
		return st.finiteAux(v)
	case st.isParticiple(e):
		return false
	case v.flags&cPast != 0 || st.endsEd(e):
		return true
	}
	return pron && v.flags&(cStop|cDet|cPron) == 0 // "…, they differ by degree"
}

// clauseSeries reports whether the clause at toks[k], after a comma and
// no conjunction, is an inner member of a series of clauses that a
// conjunction closes: "said the talks were over, the sanctions would stay
// and the embassy would close" reports all three, where "…, the group is
// planning a strike." is the writer's own.
func (st *attrState) clauseSeries(k, hi int) bool {
	if k >= hi || st.toks[k].flags&(cJoiner|cContrast) != 0 {
		return false
	}
	for j := k + 1; j+1 < hi && j < k+maxSeriesLook; j++ {
		t := st.toks[j]
		if t.flags&(tEnd|tColon|tDash|tParen) != 0 || t.quote != 0 {
			return false
		}
		if t.flags&tWord != 0 && st.hasListed(j, j+1, conjunctions) && st.newClause(j+1, hi) {
			return true
		}
	}
	return false
}

// maxSeriesLook bounds the words read for the conjunction that closes a
// series of clauses.
const maxSeriesLook = 16

// maxSeriesMember is the most words a member of a series of noun phrases
// after an object's comma may have ("more use of the state's ratings
// system"):
// objectSeries stops looking for the closing "and" after a longer one.
const maxSeriesMember = 8

// finiteAux reports whether t is an auxiliary that carries a clause's
// tense (finiteAuxiliaries: "would", "was", "has"), not an adverb of the
// auxiliaries list ("also", "still").
func (st *attrState) finiteAux(t token) bool {
	return t.flags&cAux != 0 && st.d.lex.containsToken(finiteAuxiliaries, st.text, t)
}

// finiteIn reports whether the content before toks[m] holds a finite
// verb outside quotation marks, so that it is a clause a comma may end;
// an opening phrase ("that during my term, he …", "In his view, …") is
// none. It reads on from *seen, so that a caller asking at each comma
// stays linear.
func (st *attrState) finiteIn(seen *int, finite *bool, m int) bool {
	for ; !*finite && *seen < m; *seen++ {
		t := st.toks[*seen]
		if t.quote != 0 || t.flags&(tWord|tUpper) != tWord {
			continue
		}
		*finite = st.finiteAux(t) || t.flags&cPast != 0 || st.endsEd(*seen) && !st.attributiveEd(*seen)
	}
	return *finite
}

// attributiveEd reports whether the word in -ed at toks[k] stands right
// after an article or a possessive, before a noun: "the company's
// secured debt", "its revised forecast", "the proposed merger" name a
// thing; a finite verb follows its subject's noun.
func (st *attrState) attributiveEd(k int) bool {
	if k == 0 || k+1 >= len(st.toks) {
		return false
	}
	p, n := st.toks[k-1], st.toks[k+1]
	return n.flags&(tWord|tUpper) == tWord && n.flags&(cDet|cPrep|cStop|cAux|cPron) == 0 && (isArticle(st.text, p) || possessive(st.text, p))
}

// subordinateOpening reports whether the content at toks[k] opens with a
// subordinate clause or a phrase ("if …, the deal will fail", "that,
// even when …, he …", "that with the votes it had, the bill …"), whose
// comma leads to the content's main clause, not the writer's.
func (st *attrState) subordinateOpening(k int) bool {
	toks, text := st.toks, st.text
	for n := k + 4; k < n && k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.flags&tWord == 0 || isWord(text, t, "that"):
		case st.d.lex.containsToken(clauseOpeners, text, t) || st.isPrepLike(k):
			return true
		case t.flags&cAux == 0 || st.finiteAux(t):
			return false
		} // "that, even if …": a mark, "that" or an adverb is passed
	}
	return false
}

// frontedCue reports whether the content at toks[k] belongs to a cue
// inside a clause or participle phrase that opens its sentence: "While
// Sanders has said he will fight on, he must …", "Although he said he
// backs the bill, the senator …", "Even if the minister claims …",
// "After saying he was nervous, the man …". Such a clause ends at the
// comma toks[m] before the main clause, whatever the tense of its verb.
// A comma between the opening word and the content (an opening phrase of
// its own, "Since October, officials have told …") leaves it to the
// sentence.
func (st *attrState) frontedCue(k, m int) bool {
	toks, s := st.toks, -1
	// The sentence holding toks[k]: st.sents are in order, searched by halves.
	for lo, hi := 0, len(st.sents); lo < hi; {
		h := int(uint(lo+hi) >> 1)
		if r := st.sents[h]; k < r[0] {
			hi = h
		} else if k >= r[1] {
			lo = h + 1
		} else {
			s = r[0]
			break
		}
	}
	if s < 0 || s+1 >= k || k-s > maxSubordinate || k >= len(toks) {
		return false
	}
	if t := toks[s]; t.flags&tUpper == 0 || t.flags&(cStop|cPartOpener|cContrast|cJoiner) == 0 && t.e-t.s != len("even") {
		return false // most sentences open with their subject; "Even", "Just" and "Once" have no class bit
	}
	for j := s + 1; j < k; j++ {
		if t := toks[j]; t.flags&(tEnd|tColon|tComma|tDash|tMark|tParen) != 0 || t.quote != 0 {
			return false
		}
	}
	if s+2 < k && toks[s].flags&(cJoiner|cContrast) != 0 && !st.hasListed(s, s+1, subordinators) {
		s++ // "But while …", "And although …"
	}
	if isWord(st.text, toks[s], "just") {
		s++ // "Just as …"
	}
	if isWord(st.text, toks[s], "as") {
		return st.asClause(k, m)
	}
	return st.opensFronted(s)
}

// asClause reports whether the content toks[k:m] of a cue after a
// sentence's opening "as" is a clause of the "as" clause's own, "As
// voters began wondering about his health, …", not a time or manner
// of the cue: "As the Gazette reported on Monday, the inquiry …" reports
// the main clause.
func (st *attrState) asClause(k, m int) bool {
	if m-k < 3 {
		return false
	}
	for j := k; j < m; j++ {
		if t := st.toks[j]; t.flags&(cTime|cMonth) != 0 || t.quote != 0 {
			return false
		}
	}
	return true
}

// frontedAt is frontedCue asked once for the content at toks[k], at its
// first comma toks[m]: *f is 0 before, then 1 or -1.
func (st *attrState) frontedAt(k, m int, f *int) bool {
	if *f == 0 {
		*f = -1
		if st.frontedCue(k, m) {
			*f = 1
		}
	}
	return *f > 0
}

// mainAfterFronted reports whether the words at toks[k], after a comma,
// may open the main clause that follows a fronted clause: a subject,
// not a relative ("…, which …", "…, where …", "…, how …"), a
// conjunction, a participle, a preposition, an inner member of a list
// ("…Ohio, Texas and Florida"), a date's year ("…Jan. 5, 2016") or the
// digits of a number ("2,400").
func (st *attrState) mainAfterFronted(k, hi int) bool {
	toks := st.toks
	if k+2 >= hi {
		return false
	}
	t := toks[k]
	if t.s == toks[k-1].e {
		return false // "2,400": a comma inside a number
	}
	if t.flags&tWord == 0 || t.quote != 0 || t.flags&(cRelative|cJoiner|cContrast|cPrep|cPrepLike|cTime|cMonth) != 0 || st.isParticiple(k) && t.flags&tUpper == 0 {
		return false
	}
	if t.flags&cStop != 0 && !isWord(st.text, t, "there") && !isWord(st.text, t, "what") || isWord(st.text, t, "how") || isWord(st.text, t, "why") {
		return false // "…, where she is a student", "…, how we need …": a clause inside the content
	}
	if toks[k+1].flags&(tComma|cJoiner|tEnd) != 0 || toks[k+2].flags&cJoiner != 0 && toks[k+2].flags&cPron == 0 {
		return false // "…, Texas and Florida", "…, Texas, and"
	}
	return !(isDigit(st.text[t.s]) && k >= 2 && isDigit(st.text[toks[k-2].s])) // not "Jan. 5, 2016"
}

// opensFronted reports whether toks[s] opens a subordinate clause
// (subordinators: "while", "although"; "even if") or a phrase of
// participleOpeners ("after saying", "despite notices urging") before
// the main clause of its sentence.
func (st *attrState) opensFronted(s int) bool {
	t := st.toks[s]
	switch {
	case st.hasListed(s, s+1, subordinators):
		return true
	case isWord(st.text, t, "even"):
		return st.hasListed(s+1, s+2, subordinators) // "Even if …", "Even though …"
	case st.isIn(t, cPartOpener):
		return true // "After saying …", "Despite notices urging …"
	}
	return false
}

// writersTail reports whether toks[k], after the comma that ends the
// source of a parenthetical cue toks[i], opens a phrase of the writer's
// own rather than the rest of the reported clause: a noun phrase, a
// relative, a preposition's phrase or a participle (not a verb, "and"
// or "although"), after a clause with a finite verb (finiteIn) that no
// "that" or "because" left open ("said that, according to X, …").
func (st *attrState) writersTail(lo, i, k int) bool {
	toks := st.toks
	if toks[k].flags&(cDet|cRelative|cIndefinite|cPrep|cPrepLike) == 0 && !st.isParticiple(k) || toks[k].flags&(cJoiner|cContrast|cAux) != 0 {
		return false
	}
	if i-2 < lo || toks[i-1].flags&tComma == 0 || toks[i-2].flags&(cStop|tWord) != tWord {
		return false
	}
	seen, finite := max(lo, i-maxContent/4), false // a clause's verb stands within a content's reach: a runaway sentence stays linear
	return st.finiteIn(&seen, &finite, i)
}

// according reads "according to X, …" and "…, according to X."
func (st *attrState) according(lo, hi, i, ce int) int {
	toks, text := st.toks, st.text
	e := st.linkPhraseEnd(ce, hi) // "according to a report by SpaceNews", as a link's phrase
	if e <= ce {
		e = st.sourceRun(ce, hi) // "according to press reports", "according to her “clawback” plan"
	}
	if e <= ce {
		return i
	}
	e = st.byWhom(e, hi)
	if e+2 < hi && toks[e].flags&cLinkMW != 0 {
		// "according to a report published by the Yazd provincial
		// governorate": who made the document stays in its phrase, as
		// after a link's document (linksAfter).
		if c := st.linkCueAt(e, hi); c > e {
			if pe := st.linkPhraseEnd(c, hi); pe > c && st.madeBy(e, c, pe) {
				e = pe
			}
		}
	}
	a := attr{Cue: st.span(toks[i].s, toks[ce-1].e), Source: st.mention(ce, e)}
	// "according to plan"; "applied according to the guidelines", right
	// after a verb: a norm followed, no source ("…,” according to the
	// plan." cites one).
	manner := e == ce+2 && isWord(text, toks[ce], "the") && i > lo && toks[i-1].flags&(tWord|tUpper) == tWord && toks[i-1].quote == 0
	if h := e - 1; (e == ce+1 || manner) && toks[h].flags&tUpper == 0 && st.d.lex.containsToken(accordingNorms, text, toks[h]) {
		return i
	}
	via, end := st.linksAfter(e, hi)
	a.Via = via
	end = max(end, e)
	// At the head of the sentence the content follows; else it precedes.
	head := true
	for k := lo; k < i; k++ {
		if toks[k].flags&tWord != 0 && toks[k].flags&cStop == 0 {
			head = false
			break
		}
	}
	switch {
	case head:
		// "According to early results of polls conducted for X, …": the
		// content starts after the comma that ends the source.
		for c := end; c < hi && c < end+20; c++ {
			if toks[c].quote != 0 || toks[c].flags&(tEnd|tColon) != 0 {
				break
			}
			if toks[c].flags&tComma != 0 {
				if c > end && !st.hasWords(c+1, min(c+6, hi), 3) {
					break
				}
				end = c + 1
				break
			}
		}
		a.Content = st.contentSpan(end, hi)
	case (st.goesOn(end, hi) || st.parenRight(end, hi, 2, lo) > 0) && !st.writersTail(lo, i, end+1):
		// "At the heart of it, according to X, was a decision …": the
		// sentence around the cue. After a clause of its own, a phrase
		// after the source is the writer's: "X has come from women,
		// according to Y, the most of any …", "…, according to Y, which
		// monitors …", "…, according to Y, taking a step toward …".
		a.Content = st.contentSpan(lo, hi)
	default:
		a.Content = st.contentBefore(lo, i)
	}
	// "according to officials quoted by the agency": the relay is the
	// outer level, as after "said"; a document's ("according to a report
	// by Y, quoted by Z") or records' ("official figures quoted by the
	// agency") carried them and stays after them. One that cites them
	// ([chainDocRelays]: "according to a statement cited by the Korea
	// Herald") passed them on, as it passes a person's words.
	if a.Source != nil && (!isDocument(st.d.lex, a.Source) && !isRecord(st.d.lex, a.Source) || len(a.Via) > 0 && st.d.lex.Contains(chainDocRelays, a.Via[0].Cue.Text)) {
		st.liftRelay(&a)
	}
	st.out = append(st.out, a)
	return end
}

// quoteSpeakers gives the quotes[qi:qj] of one paragraph their speaker
// and cue from the paragraph's attributions, and returns the speaker the
// next paragraph may inherit.
func (st *attrState) quoteSpeakers(qi, qj int, atts []attr, p Span, last *Mention, pending *int) *Mention {
	defer func() { *pending = -1 }()
	var speaker *Mention
	var lastAtt *attr // the attribution of the last quote with a speaker
	var extra []attr  // attributions read off the quotes, added after the loop
	var prev Span     // the last quote with a speaker
	named := -1       // the end of the last quote read as a name, -1 after any other
	term := -1        // the end of the last quote read as a term, -1 after any other
	headline := st.isHeadline(p)
	for q := qi; q < qj; q++ {
		qt, qa := &st.quotes[q], &st.qa[q]
		if headline || st.singleMinor && singleMarked(qt.Text) {
			// In a story that quotes in double marks, a quote in single
			// marks is a headline's or a subhead's ('Radical Islam'), or
			// one nested in a quotation whose own marks are missing.
			continue
		}
		capital := qt.Kind != Direct && capitalOpens(st.text, qt.Span)
		if qt.Kind == Title && (st.titleCued(qt.Span) || named >= 0 && joined(st.d.lex, st.text[named:qt.Start])) ||
			capital && (st.participleNamed(qt.Span) || st.nameOpened(qt.Span)) {
			// "the film “Salt Roads,”", "the routes, called “Blue Line”": a
			// name, said by no one; so is a second name joined to it,
			// "named “A” and “B”".
			qt.Kind, named = Title, qt.End
			continue
		}
		if st.nounNamed(qt.Span) {
			qt.Kind = Title // "a shell company, “Blue Heron Holdings,”": a name, said by no one
			named = qt.End
			continue
		}
		if qt.Kind != Direct && st.signUncarried(qt.Span) {
			qt.Kind = Scare // "Photos showed … a banner reading “…”": a slogan no one is said to carry
			continue
		}
		if qt.Kind != Direct && (st.termKnownAs(qt.Span) || st.nicknamedObject(qt.Span) || qt.Kind == Scare && term >= 0 && joined(st.d.lex, st.text[term:qt.Start]) ||
			term >= 0 && st.glossAfter(term, qt.Span)) {
			// "what is known as a “dzud”, or “white disaster”": a term, and
			// the other term joined to it or its gloss, said by no one.
			qt.Kind, term = Scare, qt.End
			continue
		}
		named, term = -1, -1
		if qt.Kind == Scare && st.scareCued(qt.Span) {
			continue // "under a so-called “kisan vikas” scheme": a term, said by no one
		}
		if qt.Kind != Direct && !capital && st.glossedTerm(qt.Span) {
			qt.Kind = Scare // "each “chaccu”, the ancestral round-up …, requires": a local term, glossed
			continue
		}
		if qt.Kind != Direct && !capital && st.labelModifier(qt.Span) {
			qt.Kind = Scare // "check the “best by” dates": a label, said by no one
			continue
		}
		if qt.Kind != Direct && st.namedGroup(qt.Span) {
			qt.Kind = Scare // "the “Sunrise kids,” children brought …": a name, said by no one
			continue
		}
		if qt.Kind != Direct {
			if m := st.groupNaming(qt.Span); m != nil {
				qa.Speaker = m // "locals call it a “dzud”": the group's word
				continue
			}
			if owner, ok := st.relativeNamed(qt.Span); ok {
				// "what has been dubbed “…”", "which locals have
				// nicknamed “…”": no one's, or the group's, word.
				if qa.Speaker = owner; owner == nil {
					qt.Kind = Scare
				}
				continue
			}
			if owner, ok := st.nounOwner(qt.Span); ok {
				// "the “puppet” charge of the opposition": the owner's words.
				if qa.Speaker = owner; owner == nil {
					qt.Kind = Scare
				} else {
					qt.Kind = Partial
				}
				continue
			}
		}
		var best, reach, object, asked, inner *attr
		// The attribution whose content holds the quote, the outermost first;
		// only cues near the quote are looked at.
		lo := firstCueAt(atts, qt.Start-600)
		for k := lo; k < len(atts) && atts[k].Cue.Start <= qt.End+600; k++ {
			a := &atts[k]
			if qt.Span.Contains(a.Cue) {
				continue
			}
			if a.Source == nil && a.Addressee != nil && a.Content != nil && a.Content.Contains(qt.Span) {
				asked = a // "Trump was asked, “…?”": an asker not named
			}
			if a.Source == nil || a.Content == nil {
				continue
			}
			if a.Content.Contains(qt.Span) || qt.Span.Contains(*a.Content) {
				if best == nil || a.Content.Len() > best.Content.Len() {
					best = a
				}
				if inner == nil || a.Content.Len() < inner.Content.Len() {
					inner = a
				}
				if qt.Kind != Direct && (st.relativeObject(a, qt.Span) || st.namingObject(a, qt.Span) || st.possessorsNoun(a)) {
					object = a
				}
			} else if reach == nil && qt.Start >= a.Content.Start && qt.End <= st.reach[a.Cue.Start] {
				reach = a // the sentence of a content cut short holds the quote
			}
		}
		if object != nil {
			best = object // "what Gilbert called “a perception problem”": Gilbert's words
		} else if inner != best && (st.pronounClause(best, inner, qt.Span) || st.eventClause(best, inner, qt.Span) || st.absoluteClause(best, inner, qt.Span)) {
			best = inner // "X was talking about the port when she told a host, “…”": the clause's own cue
		}
		if best == nil {
			best = reach
		}
		if best != nil && qt.Kind != Direct && st.objectNamed(qt.Span) {
			qt.Kind = Title
			continue // "announced a “Kisan Nyay Yatra” from Meerut": a march named, said by no one
		}
		if best == nil && asked != nil {
			continue // the words of one not named, to the subject
		}
		if best == nil {
			best = st.adjacent(qt.Span, atts)
		}
		if best == nil {
			best = st.betweenCue(qt.Span, atts)
		}
		if best == nil && q == qi && *pending >= 0 && qt.Start == p.Start {
			// "He said:" ending the paragraph before.
			best = &st.out[*pending]
			c := qt.Span
			best.Content = st.keepSpan(c)
		}
		if best == nil {
			a, ok := st.dashSpeaker(qt.Span)
			if !ok {
				a, ok = st.tailSpeaker(qt.Span)
			}
			if !ok {
				a, ok = st.invertedSpeaker(qt.Span)
			}
			if !ok {
				a, ok = st.looseTail(qt.Span)
			}
			if !ok && q == qj-1 {
				a, ok = st.signedBelow(qt.Span, p)
			}
			if !ok {
				a, ok = st.colonSpeaker(qt.Span)
			}
			if !ok && q == qi && qt.Start == p.Start && st.colonSubj != nil {
				// "Trump issued the following statement:" ending the paragraph before.
				c := qt.Span
				a, ok = attr{Source: st.colonSubj, Cue: st.colonCue, Content: st.keepSpan(c)}, true
			}
			if ok {
				extra = append(extra, a)
				qa.Speaker = a.Source
				cue := a.Cue
				qa.Cue = st.keepSpan(cue)
			}
		}
		if best != nil && best == reach {
			if m := st.contrastSubject(reach, qt.Span); m != nil {
				qa.Speaker, best = m, nil // "X said …, while Y advised parents to … “…”": Y's words
			}
		}
		if best != nil && qt.Kind != Direct && !capital && st.accordingCue(best) && st.modifierTerm(qt.Span) {
			qt.Kind, best = Scare, nil // "smaller “chuzaisho” residential police boxes …, according to the agency": a term
			continue
		}
		if best != nil {
			if in := st.relayedWords(best, qt.Span, atts); in != nil {
				best = in // "“…,” X said, according to a statement": X's words
			}
			qa.Speaker = best.Source
			if m := st.quotedAfterAs(best, qt.Span); m != nil {
				qa.Speaker = m // "X said that …, quoting Y as saying … “…”": Y's words
			} else if m := st.docOwner(best.Source, p); m != nil {
				qa.Speaker = m
			} else if m := st.relayedSpeaker(best); m != nil {
				qa.Speaker = m // "Y was quoted by X as saying": Y's words
			} else if m := st.docMaker(best.Source); m != nil {
				qa.Speaker = m // "according to a statement from the ministry": the ministry's words
			}
			cue := best.Cue
			qa.Cue = st.keepSpan(cue)
			if best.Content != nil && best.Content.End <= qt.Start && best.Content.Start >= qt.Start-600 {
				// "“A,” she said, “B.”": one statement in two parts.
				c := spanOf(st.text, best.Content.Start, qt.End)
				best.Content = st.keepSpan(c)
			}
			lastAtt = best
		} else if qa.Speaker != nil {
		} else if (qt.Kind == Partial || qt.Kind == Scare) && lastAtt != nil && st.inSourceAppositive(lastAtt, qt.Span) {
			qt.Kind = Scare // "“…,” said X, a herder who tends 600 “solar sheep.”": a term in the speaker's description
		} else if resumed := speaker != nil && st.resumes(prev, qt.Span); resumed || speaker != nil && (qt.Kind != Direct || !capitalOpens(st.text, qt.Span)) && st.sameSentence(prev, qt.Span) {
			// "“A,” he said of the plan, “B.”": the second part of one quote;
			// so is one opening in lower case later in the sentence, "…,
			// she said at a town hall on Monday, “we would …”".
			m := *speaker
			qa.Speaker = st.keepMention(m)
			if resumed {
				st.resumedContent(lastAtt, speaker, qt.Span) // one statement in two parts
			}
		} else if a := st.parentheticalSaid(qt.Span, atts); a != nil {
			// "The two nations, Xi said, now have a “golden opportunity”":
			// the sentence is the parenthesis's speaker's.
			m := *a.Source
			qa.Speaker = st.keepMention(m)
			cue := a.Cue
			qa.Cue = st.keepSpan(cue)
		} else if qt.Kind != Direct && st.headlineTerm(qt.Span) {
			qt.Kind = Scare // "plans to expand customary “sasi” closures" under "… customary sasi zones": the story's word
		} else if qt.Kind != Direct && st.termBeforeNoun(qt.Span) {
			qt.Kind = Scare // "The hospital also runs a “falcon passport” programme": the story's term
		} else if m := st.subjectSpeaker(qt.Span, atts); m != nil {
			qa.Speaker = m // no attribution: the verb is no cue of ours
		} else if speaker != nil && (st.startsSentence(qt.Span) || openerGate(st.text, qt.Start) && st.afterOpener(qt.Span)) && !st.attributedAfter(qt.Span) {
			// "“A,” she said. “B.”", "… she said. Instead, “B.”": the
			// quote goes on in the same voice.
			m := *speaker
			qa.Speaker = st.keepMention(m)
			st.contentGoesOn(lastAtt, speaker, qt.Span)
		} else if a := st.reportBefore(qt.Span, atts); a != nil && qt.Kind == Direct && st.startsSentence(qt.Span) && !st.attributedAfter(qt.Span) {
			// "Dianne Bystrom agreed. “…”", "She said the plan had worked.
			// “…”": a quotation with no cue of its own goes on from the
			// report of the sentence before.
			m := *a.Source
			qa.Speaker = st.keepMention(m)
			cue := a.Cue
			qa.Cue = st.keepSpan(cue)
		} else if last != nil && st.paragraphStartsWith(p, qt.Span) && len(atts) == 0 && !st.attributedAfter(qt.Span) {
			m := *last
			qa.Speaker = st.keepMention(m)
		}
		if qt.Kind != Direct && st.possessiveTitle(qt.Span) || qt.Kind == Title && st.framedTitle(qt.Span) {
			// "on CNN’s “New Day”", "Fox News’ “Hannity”": a programme
			// or work named after its owner is a title, said by no one;
			// so is one named in passing, "an appearance on “Meet the
			// Press”", "“Face the Nation” host X".
			qt.Kind, best = Title, nil
		}
		if qt.Kind == Title && best == nil {
			// A title is named, not spoken; inside reported words it is
			// mostly a phrase of the speaker's ("called her “Miss Piggy”").
			qa.Speaker, qa.Cue = nil, nil
		}
		if qa.Speaker != nil {
			if qt.Kind == Scare || qt.Kind == Title {
				qt.Kind = Partial
			}
			speaker = qa.Speaker
			prev = qt.Span
		}
	}
	st.out = append(st.out, extra...)
	if speaker == nil && qj == qi {
		return st.closingReport(atts)
	}
	if lastAtt != nil && len(atts) > 0 && atts[len(atts)-1].Cue.Start > lastAtt.Cue.End {
		// Most paragraphs end on the last quotation's own report.
		if m := st.outerReporter(lastAtt, atts); m != nil {
			return m
		}
	}
	return speaker
}

// outerReporter returns the source of the attribution in atts whose
// content holds the cue of a, the attribution of a paragraph's last
// quotation with a speaker, where a's cue closes the paragraph's last
// sentence's report: "Her friends mocked him, calling him “a buffoon,”
// Susan said." A paragraph of quotation alone after it goes on in
// Susan's voice, not the friends'. It returns nil where none holds it.
// The caller asks first that a cue follows a's.
func (st *attrState) outerReporter(a *attr, atts []attr) *Mention {
	for k := range atts {
		if o := &atts[k]; o != a && o.Source != nil && o.Content != nil && o.Cue.Start > a.Cue.End && o.Content.Contains(a.Cue) {
			return o.Source
		}
	}
	return nil
}

// closingReport returns the source of a paragraph without quotations
// whose last sentence reports someone's words, "Carter said that the
// region mattered.": a paragraph of quotation alone after it goes on in
// that voice. It returns nil where the paragraph ends otherwise.
func (st *attrState) closingReport(atts []attr) *Mention {
	n := len(st.sents)
	if len(atts) == 0 || n == 0 {
		return nil
	}
	last := st.toks[st.sents[n-1][0]:st.sents[n-1][1]]
	if st.text[last[len(last)-1].s] != '.' {
		return nil
	}
	end := last[len(last)-1].s // the report must reach the sentence's end: not "…, but residents were not convinced."
	if len(last) > 1 {
		end = last[len(last)-2].s
	}
	// The last report of the sentence that is no one's content: "Carter
	// said that critics had predicted …" goes on in Carter's voice.
	var src *Mention
	for k := len(atts) - 1; k >= 0 && k >= len(atts)-maxSubjectBack && atts[k].Cue.Start >= last[0].s; k-- {
		inner := false
		for j := k - 1; j >= 0 && j >= k-maxSubjectBack && atts[j].Cue.Start >= last[0].s; j-- {
			if c := atts[j].Content; c != nil && c.Contains(atts[k].Cue) {
				inner = true
				break
			}
		}
		if !inner && atts[k].Source != nil {
			if c := atts[k].Content; c != nil && c.End >= end || atts[k].Cue.End >= end || c != nil && end-c.End < maxReportCircumstance && st.reportCircumstance(c.End, end) {
				src = atts[k].Source
			}
			break
		}
	}
	return src
}

// relativeObject reports whether the quote q is the object of a's cue
// in a relative clause whose subject names another speaker than the
// report around it, "what Gilbert called “…”", "which an inquiry said
// was “…”": a relative word (relativeObjects) stands right before a's
// source, which is no pronoun ("what she calls" is the report's own
// speaker again), and at most two words stand between the cue and the
// quote.
func (st *attrState) relativeObject(a *attr, q Span) bool {
	if a.Source == nil || a.Cue.End > q.Start || q.Start-a.Cue.End > 16 {
		return false
	}
	s := st.tokenAt(a.Source.Start)
	if s < 1 || s >= len(st.toks) || st.toks[s].s != a.Source.Start {
		return false
	}
	r := st.toks[s-1]
	if r.flags&tWord == 0 || !st.d.lex.containsToken(relativeObjects, st.text, r) {
		return false
	}
	n := 0
	for j := st.tokenAt(q.Start) - 1; j >= 0 && st.toks[j].s >= a.Cue.End; j-- {
		if n++; n > 2 || st.toks[j].flags&tWord == 0 {
			return false
		}
	}
	return true
}

// pronounClause reports whether inner, an attribution whose content
// holds quotation q inside the content of outer, is a clause of its own
// led by a subject pronoun: "Lind was talking about the port when she
// told a host, “…”", "Oduya decided not to press charges even though he
// found “evidence”". The quotation is the words of the clause's subject,
// introduced by its cue, not the outer cue's. An aside with "as" ("…, as
// she put it, “…”") stays the report's.
func (st *attrState) pronounClause(outer, inner *attr, q Span) bool {
	if inner == nil || inner.Source == nil || inner.Source.Start < outer.Cue.End || inner.Source.End > q.Start {
		return false
	}
	k := st.tokenAt(inner.Source.Start)
	if k < 1 || k >= len(st.toks) || st.toks[k].e != inner.Source.End || !st.subjectPronoun(k) {
		return false
	}
	w := st.toks[k-1]
	return st.d.lex.containsToken(subordinators, st.text, w) && !isWord(st.text, w, "as") // "when she told", "even though he found"; "as she put it" is the report's own aside
}

// eventClause reports whether inner, a report inside outer's content,
// opens a clause of time or concession after "when", "after", "while",
// "though" and the like, with a source of its own before the quote q:
// "Kasich is assuring voters he is tough after a woman told him she
// worries he is “too nice”". The clause tells an event the outer report
// answers, not what the outer source says, so the quote is the inner
// source's. "because" and "if" clauses stay the report's; so does an
// "as" clause but one with no comma before it whose cue, no verb of an
// aside (cueAsVerbs), has the quote itself for its words: "“Thank
// you,” Lind said as a protester yelled: “Liar!”" tells what happened
// as she spoke, "…, as she put it, “…”" is her report's aside.
func (st *attrState) eventClause(outer, inner *attr, q Span) bool {
	if inner == nil || inner.Source == nil || inner.Source.Start < outer.Cue.End || inner.Source.End > q.Start || inner.Cue.Start < inner.Source.End {
		return false
	}
	k := st.tokenAt(inner.Source.Start)
	if k < 1 || k >= len(st.toks) || st.toks[k-1].flags&tWord == 0 || st.toks[k-1].quote != 0 {
		return false
	}
	if st.d.lex.containsToken(eventSubordinators, st.text, st.toks[k-1]) {
		return true
	}
	if !isWord(st.text, st.toks[k-1], "as") || k < 2 || st.toks[k-2].flags&tComma != 0 || inner.Content == nil || inner.Content.Start != q.Start || q.Start-inner.Cue.End > 3 {
		return false // ", as she put it, …": an aside set off by commas
	}
	return !st.d.lex.Contains(cueAsVerbs, st.text[inner.Cue.Start:inner.Cue.End])
}

// absoluteClause reports whether inner, a report inside outer's content,
// is an absolute clause after a comma, a dash or "with", or after "and"
// that follows a quotation, its source followed at once by a participle
// of saying before the quote q: "Both men issued a statement, Ryan saying
// he was “very encouraged”", "…, with the mayor calling it a
// “betrayal”", "… “a mandate” and Ortiz saying it was “a draw”". The
// clause's subject speaks the quote.
func (st *attrState) absoluteClause(outer, inner *attr, q Span) bool {
	if inner == nil || inner.Source == nil || inner.Cue.Start-inner.Source.End > 2 || inner.Cue.Start < inner.Source.End || inner.Source.Start < outer.Cue.End || inner.Source.End > q.Start {
		return false // the participle follows its subject at once
	}
	toks, text := st.toks, st.text
	k, c := st.tokenAt(inner.Source.Start), st.tokenAt(inner.Cue.Start)
	if k < 1 || c >= len(toks) || c > k+4 || toks[c].s != inner.Cue.Start || !strings.HasSuffix(text[toks[c].s:toks[c].e], "ing") {
		return false
	}
	for j := k; j < c; j++ {
		if toks[j].flags&tWord == 0 {
			return false
		}
	}
	return toks[k-1].flags&(tComma|tDash) != 0 || isWord(text, toks[k-1], "with") || st.isIn(toks[k-1], cJoiner) && k > 1 && toks[k-2].quote != 0
}

// possessorsNoun reports whether a is read off a noun of speech after
// its possessor and before the clause it states, "Trump's claim that
// Obama “founded ISIS”": a quotation in the clause is the possessor's
// words, though a report around the noun holds it too. A noun of stance
// ("his criticism of") or one with no clause ("called Trump's remarks
// “pathetic”") is the report's own speaker's.
func (st *attrState) possessorsNoun(a *attr) bool {
	if a.Source == nil || a.Content == nil || a.Source.End > a.Cue.Start || a.Cue.Start-a.Source.End > 40 {
		return false
	}
	k := st.tokenAt(a.Cue.Start)
	if k < 1 || k+1 >= len(st.toks) || !st.mayBeIn(st.toks[k], cStanceNoun) || !st.isIn(st.toks[k], cStanceNoun) {
		return false // most cues are verbs: a bit test
	}
	pi := k - 1
	for pi > 0 && pi > k-3 && st.toks[pi].e > a.Source.End {
		pi-- // "her March comment": plain words between
	}
	if st.toks[pi].e != a.Source.End || !possessive(st.text, st.toks[pi]) {
		return false
	}
	c := st.tokenAt(a.Content.Start)
	if c <= k || c >= len(st.toks) || c-k > 5 {
		return false
	}
	if isWord(st.text, st.toks[c], "that") {
		return true // "his statement on Monday that", "her assertion during the debate that"
	}
	return c == k+1 && isWord(st.text, st.toks[c], "to") && st.d.lex.containsToken(cueIntentNouns, st.text, st.toks[k]) // "his pledge to stay “neutral”"
}

// asQuoteAfter returns the end of "as" and a quotation in marks right
// at toks[k], or k: "described by participants as “a new chapter”".
func (st *attrState) asQuoteAfter(k, hi int) int {
	toks := st.toks
	if k+2 >= hi || toks[k+1].flags&tOpen == 0 || !st.hasForm(st.text[toks[k].s:toks[k].e], fAsWord, asWords) {
		return k
	}
	q := toks[k+1].quote
	e := k + 2
	for e < hi && toks[e].quote == q {
		e++
	}
	return e
}

// reducedRelativeSubject reports whether the verb of naming at toks[i]
// has the noun phrase before it as its subject in a relative clause
// without its pronoun, its term in lower case in marks at toks[ce]: "a
// move the mayor called “painful”", "a step that the minister called
// “overdue”", "a move the carrier's chief executive called “…”". "a film
// called “Fame”" names; a second determined noun before the first, or a
// relative pronoun, makes it a clause. The subject is a determiner and
// at most three words in lower case.
func (st *attrState) reducedRelativeSubject(lo, i, ce, hi int) bool {
	toks := st.toks
	if i-3 < lo || ce+1 >= hi || toks[ce].flags&(tOpen|tQ) == 0 || toks[ce+1].flags&(tWord|tUpper) != tWord {
		return false
	}
	d := i - 2
	for d > lo && d > i-4 && toks[d].flags&(tWord|tUpper|cDet|cStop|cAux|cPron|cPrep) == tWord && toks[d].quote == 0 {
		d-- // "the carrier's chief executive"
	}
	if d-1 < lo || toks[d].flags&cDet == 0 {
		return false
	}
	p := toks[d-1]
	if p.quote != 0 || p.flags&tWord == 0 {
		return false
	}
	if d-2 > lo && isWord(st.text, p, "that") {
		p, d = toks[d-2], d-1 // "a step that the minister called": the noun before "that"
	}
	return st.isIn(p, cRelative) || d-2 >= lo && p.flags&(tUpper|cStop|cAux|cPron|cPrep) == 0 && toks[d-2].flags&cDet != 0
}

// partOpenerBefore reports whether the word before the participle
// toks[i] opens it as a circumstance whose subject is the clause's
// ([participleOpeners]: "while speaking", "after saying"), or is "for"
// before a participle and "that": "apologized for saying that …", "was
// criticized for claiming that …".
func (st *attrState) partOpenerBefore(i int) bool {
	p := st.toks[i-1]
	if st.isIn(p, cPartOpener) {
		return true
	}
	return isWord(st.text, p, "for") && i+1 < len(st.toks) && isWord(st.text, st.toks[i+1], "that")
}

// inOpener reports whether "in" right before the participle toks[i]
// opens its sentence, perhaps after "And" or "But" ("In rejecting the
// appeal, the court said …", "But in describing the plan as …, she …"):
// a fronted circumstance whose subject is the main clause's, as one that
// "after" or "while" opens (participleOpeners). "in" is no word of that
// list: inside a clause it follows a noun or an adjective ("vocal in
// opposing", "a role in denying") and opens no circumstance.
func (st *attrState) inOpener(lo, i int) bool {
	return i > lo && isWord(st.text, st.toks[i-1], "in") && st.frontedOpener(lo, i-1)
}

// namingVerb reports whether canon, a cue's canonical form, is a verb
// that gives a thing its name ("called", "dubbed", "named"), which
// names no speaker where a name follows it.
func namingVerb(canon string) bool {
	return canon == "call" || canon == "dub" || canon == "name" || canon == "dubbed" || canon == "named"
}

// participleNoCue reports whether the cue toks[i], one word, is a
// participle that a noun near it makes no cue: before a source noun and
// its verb ("…, informed sources said"), after its noun with a "to"
// phrase before the clause's verb ("patients admitted to hospitals
// fell", passiveModifier), or a verb of naming after a noun that says
// what the name names ("a scheme called the “Blue Card”", namedByNoun).
// verbCue asks it in one call, which keeps verbCue small enough for the
// compiler to inline the small helpers it calls.
func (st *attrState) participleNoCue(lo, i, hi int, canon string) bool {
	toks := st.toks
	if i+2 < hi && toks[i+2].flags&cCue != 0 && participleBeforeSource(st.text, toks, i) {
		return true
	}
	if i+2 < hi && isWord(st.text, toks[i+1], "to") && st.passiveModifier(lo, i, i+1, hi) {
		return true
	}
	if i+3 < hi && toks[i+1].flags&cPrepLike != 0 && isWord(st.text, toks[i+1], "by") {
		return st.passiveByModifier(lo, i, hi) // "Sugar maples stressed by drought produce thinner sap"
	}
	// namedByNoun wants a mark, or an article before one, after the verb.
	if i+1 < hi && toks[i+1].flags&(tOpen|tQ|cIndefinite|cDet) != 0 && namingVerb(canon) && st.namedByNoun(lo, i, i+1, hi) {
		return true
	}
	if i+2 < hi && i-3 > lo && namingVerb(canon) && st.calledInPhrase(lo, i) {
		return true
	}
	return i+2 < hi && i-1 > lo && toks[i-1].flags&(tWord|tUpper|cPron|cRole|cSrcNoun|cTitle|cDet|cStop) == tWord && (toks[i+1].flags&(tOpen|cIndefinite) != 0 || toks[i+1].hash == theHash) && st.termByThing(lo, i, hi, canon)
}

// calledInPhrase reports whether the verb of naming toks[i] ("called",
// "named", "dubbed"), before a capitalised name, is a participle after
// a noun brought in by "a" or "an" inside a prepositional phrase: "fled
// to a camp called Al-Hol", "fighters from a militia called the Sons of
// Dawn", "gave to a super PAC named Future Forward". The noun is no
// subject: a preposition governs it; the name says what it is called.
// A subject at the head of its clause names with its verb still: "A
// spokesman called Reyes a liar", "the group called the Alliance a
// front".
func (st *attrState) calledInPhrase(lo, i int) bool {
	toks := st.toks
	c := toks[i+1]
	if c.hash == theHash {
		c = toks[i+2]
	}
	if c.flags&(tWord|tUpper) != tWord|tUpper || c.quote != toks[i].quote || !st.endsEd(i) || toks[i-1].flags&(tWord|cPron|cRole|cSrcNoun|cTitle|cDet|cStop) != tWord || possessive(st.text, toks[i-1]) {
		return false
	}
	for n := i - 2; n > lo && n >= i-4; n-- {
		t := toks[n]
		if t.flags&cIndefinite != 0 {
			return st.isPrepLike(n-1) && toks[n-1].quote == t.quote
		}
		if t.flags&tWord == 0 || t.flags&(cDet|cPron|cStop|cAux|cCue) != 0 {
			return false
		}
	}
	return false
}

// termByThing reports whether the verb of naming at toks[i]
// is a participle right after the plain noun it names, with the term in
// marks right after it: "a loophole called an “inversion”", "messages
// later deemed “top secret”". The thing named says nothing; a person or a
// source before the verb ("the mayor called “…”") and an object between
// the verb and the term ("called the plan “reckless”") make it a cue. A
// label ("a box labeled “…”") is left to the rules of labels.
func (st *attrState) termByThing(lo, i, hi int, canon string) bool {
	toks := st.toks
	if canon != "call" && canon != "dubbed" && canon != "deem" || !st.endsEd(i) {
		return false
	}
	q := i + 1
	if toks[q].flags&cIndefinite != 0 || isWord(st.text, toks[q], "the") {
		q++
	}
	if q >= hi || toks[q].flags&tOpen == 0 {
		return false
	}
	n := i - 1
	for n > lo && n > i-3 && (st.isAdverb(n) || toks[n].flags&(tWord|tUpper|cTime) == tWord|cTime) {
		n-- // "later deemed", "today typically called"
	}
	t := toks[n]
	if n <= lo || t.quote != 0 || t.flags&(tWord|tUpper|cDet|cPron|cStop|cAux|cRole|cSrcNoun|cTitle|cCue|cPrep|cPossDet) != tWord || possessive(st.text, t) {
		return false
	}
	e := q + 1
	for e < hi && toks[e].quote == toks[q].quote {
		e++
	}
	if e < hi && (toks[e].flags&cIndefinite != 0 || toks[e].hash == theHash) {
		return false // "the party called the “Green Deal” a betrayal": the term is the object, a name for it follows
	}
	return !st.reducedRelativeSubject(lo, i, q, hi) // but "a decision the union called “a betrayal”"
}

// namedByNoun reports whether the verb of naming at toks[i], whose cue
// ends before toks[ce], is a participle that gives a thing its name
// after a noun that says what the name names ([titleCues]), with an
// adverb before the verb or an article before the name: "launch a
// scheme called the “Blue Card”", "run an initiative simply called
// “Water for All”". The noun is introduced as nounIntroduced tells, and
// the name opens with a capital.
func (st *attrState) namedByNoun(lo, i, ce, hi int) bool {
	toks := st.toks
	n, q := i-1, ce
	if n > lo && st.isAdverb(n) {
		n--
	}
	if q < hi && st.termArticle(q) {
		q++
	}
	if n <= lo || q+1 >= hi || q == ce && n == i-1 || toks[q].flags&(tOpen|tQ) == 0 || toks[q+1].flags&(tWord|tUpper) != tWord|tUpper {
		return false // with neither an adverb nor an article, the rule above reads it
	}
	return st.nounIntroduced(lo, n)
}

// passiveModifier reports whether the cue verb toks[i:ce], a past
// participle right after a noun, modifies that noun with its "to"
// phrase, "the number of dengue patients admitted to hospitals in
// Sleman fell", "cases reported to the ministry rose", "families told to
// leave their homes had returned": the clause's finite verb follows the
// phrase. An active cue has its own clause or addressee there
// ("admitted to lawmakers that …", "admitted to reporters he had …"),
// and a cue with no "to" after it is read as it stands. Before an
// infinitive only a verb of a directive ([cueDirectives]) is a passive
// ("promised to take action" is the subject's own; "Those told to leave
// said": "those" stands for the people told), and a capitalised
// word before the cue, past the sentence's first, is a name that speaks.
func (st *attrState) passiveModifier(lo, i, ce, hi int) bool {
	toks := st.toks
	if ce != i+1 || i <= lo || ce+2 >= hi || !isWord(st.text, toks[ce], "to") || toks[i].flags&cPast == 0 && !st.endsEd(i) {
		return false
	}
	if p := toks[i-1]; p.flags&tWord == 0 || p.flags&(cAux|cStop|cCue|cLink|cPron|cDet|cTime) != 0 && !isWord(st.text, p, "those") || p.flags&tUpper != 0 && i-1 > lo || p.quote != 0 || st.isAdverb(i-1) {
		return false // "he admitted to", "has reported to", "the police on Friday claimed to", "Mr. Cruz pledged to": a verb of its own
	}
	k, obj := ce+1, ce+1 // obj: where a determiner may open the phrase
	if st.infinitiveAt(ce, hi) {
		if toks[ce+1].flags&cAux != 0 {
			return false // "claimed to have bombed a convoy": a perfect infinitive, the subject's own
		}
		if st.hasForm(st.cueCanonical(toks[i]), fDirective, cueDirectives) {
			k, obj = ce+2, ce+2 // "told to leave their homes": the infinitive and its object
		} else if !isPrep(toks[ce+2]) && !st.finiteAfterPhrase(ce+2) {
			return false // "decided to press Israel", "promised to take action": the subject's own act; but "admitted to hospital with burns", a noun
		}
	}
	for n := 0; k < hi && n < maxPhrase; k, n = k+1, n+1 {
		t := toks[k]
		if t.quote != 0 || t.flags&tWord == 0 {
			return false // a mark: the phrase is the cue's object or addressee
		}
		if k > ce+1 && st.finiteAfterPhrase(k) {
			return true
		}
		if t.flags&(cStop|cPrep) == cStop || t.flags&cPron != 0 || t.flags&cDet != 0 && k != obj && !isPrep(toks[k-1]) {
			return false // "admitted to lawmakers that …", "… to lawmakers the plan had failed": a clause of the cue's
		}
	}
	return false
}

// passiveByModifier reports whether the cue verb toks[i], a past
// participle right after a plain noun with "by" after it, modifies that
// noun as a reduced passive relative whose agent "by" names, "Sugar
// maples stressed by drought and pests produce thinner sap", "crops
// warned by no one failed": the clause's own verb follows the agent's
// phrase, a finite verb (finiteAfterPhrase) or a bare verb after a
// plural noun ("pests produce"). A speaker's means ("stressed by phone
// that …", "announced by decree on Monday"), a mark, a pronoun or a
// function word before any verb leave the cue as it is.
func (st *attrState) passiveByModifier(lo, i, hi int) bool {
	toks := st.toks
	if i <= lo || toks[i].flags&cPast == 0 && !st.endsEd(i) {
		return false
	}
	if p := toks[i-1]; p.flags&tWord == 0 || p.flags&(cAux|cStop|cCue|cLink|cPron|cDet|cTime|cRole|cSrcNoun|cTitle) != 0 || p.flags&tUpper != 0 && !sentenceInitial(st.text, toks, i-1) || p.quote != 0 || st.isAdverb(i-1) {
		return false // "he stressed by", "the minister warned by phone", "Smith warned by": a verb of its own
	}
	for k, n := i+2, 0; k < hi && n < maxPhrase; k, n = k+1, n+1 {
		t := toks[k]
		if t.quote != 0 || t.flags&(tWord|tUpper) != tWord {
			return false // a mark or a name: "stressed by Smith, the envoy"
		}
		if k > i+2 && (st.finiteAfterPhrase(k) || st.bareVerbAfterPlural(k)) {
			return true
		}
		if t.flags&(cDet|cPossDet) != 0 || t.flags&cJoiner != 0 && k > i+2 || st.endsEd(k) && st.beforeNoun(k) {
			continue // "by the drought", "drought and pests", "by repeated heatwaves"
		}
		if t.flags&(cStop|cPron|cAux|cCue|cLink|cTime|cPrep|cPrepLike) != 0 {
			return false // "stressed by phone that …", "by decree on Monday"
		}
	}
	return false
}

// bareVerbAfterPlural reports whether toks[k], a word in lower case of no
// class of the grammar's and not in -s, follows a plural noun of the
// same kind: a present verb in the plural after its subject, "pests
// produce", "farmers grow".
func (st *attrState) bareVerbAfterPlural(k int) bool {
	const plain = tWord | tUpper | cStop | cDet | cPossDet | cPron | cAux | cCue | cLink | cTime | cPrep | cPrepLike
	t, p := st.toks[k], st.toks[k-1]
	return t.flags&plain == tWord && p.flags&plain == tWord && t.quote|p.quote == 0 && st.text[t.e-1] != 's' && !st.endsEd(k) && st.plainPlural(k-1)
}

// finiteAfterPhrase reports whether toks[k], a word in lower case after
// a participle's phrase, is a finite verb: a past form ("fell", "died",
// "rose"), a finite auxiliary ("had", "have") or a cue's form ("said").
func (st *attrState) finiteAfterPhrase(k int) bool {
	t := st.toks[k]
	if t.flags&(tWord|tUpper|cDet) != tWord || st.isParticiple(k) {
		return false
	}
	return t.flags&(cPast|cCue) != 0 || st.finiteAux(t) || st.endsEd(k) && !st.attributiveEd(k) && !st.beforeNoun(k)
}

// beforeNoun reports whether toks[k] stands right before a word of no
// class of the grammar, a noun or an adjective that it modifies as an
// adjective does, "undocumented immigrants", "the occupied West Bank": a
// finite verb is followed by a preposition, a time, an adverb, a number
// or a mark ("remained in", "doubled last year", "dropped sharply").
func (st *attrState) beforeNoun(k int) bool {
	if k+1 >= len(st.toks) {
		return false
	}
	n := st.toks[k+1]
	return n.flags&tWord != 0 && n.quote == 0 && n.flags&(cPrep|cPrepLike|cDet|cPossDet|cTime|cTimeOpener|cStop|cAux|cPron|cVenue) == 0 && !st.isAdverb(k+1) && !isDigit(st.text[n.s])
}

// namingObject reports whether the quote q is the term a verb of naming
// (cueNaming) gives its object, a's cue ending at most three words before
// it: "called her “Miss Piggy”", "described the plan as “reckless”".
func (st *attrState) namingObject(a *attr, q Span) bool {
	if a.Source == nil || a.Cue.End > q.Start || q.Start-a.Cue.End > 40 {
		return false
	}
	c := st.tokenAt(a.Cue.End) - 1 // the verb ends the cue: "had called"
	if c < 0 || c >= len(st.toks) || !st.d.lex.containsToken(cueNaming, st.text, st.toks[c]) {
		return false
	}
	if f := st.tokenAt(q.Start) + 1; f < len(st.toks) && (isPrep(st.toks[f]) || st.isPrepLike(f)) {
		return false // "called the hotline “in their thousands”": no term, a circumstance
	}
	n := 0
	for j := st.tokenAt(q.Start) - 1; j >= 0 && st.toks[j].s >= a.Cue.End; j-- {
		if n++; n > 3 || st.toks[j].flags&tWord == 0 {
			return false
		}
	}
	return true
}

// reportCircumstance reports whether the text[from:to] between a
// content and the end of its sentence is a circumstance of the report
// (objectCloses: "praised the governor's work after the storm."), a
// short phrase with no comma, colon, dash or joiner: the report still
// ends the sentence, as a second clause ("…, but residents were not
// convinced.") does not let it. closingReport asks it of a gap shorter
// than maxReportCircumstance bytes, which it reads byte by byte.
func (st *attrState) reportCircumstance(from, to int) bool {
	text := st.text
	for i := from; i < to; i++ {
		switch text[i] {
		case ',', ';', ':', 0xE2: // 0xE2 opens a dash
			return false
		case ' ':
			if i+4 < to && (text[i+1:i+5] == "and " || text[i+1:i+5] == "but ") {
				return false
			}
		}
	}
	return true
}

// maxReportCircumstance is the longest gap, in bytes, that
// reportCircumstance reads between a content and its sentence's end.
const maxReportCircumstance = 48

// reportBefore returns the last attribution with a source whose cue lies
// in the sentence right before quote q, or nil.
func (st *attrState) reportBefore(q Span, atts []attr) *attr {
	toks := st.toks
	k := st.tokenAt(q.Start)
	if k < 2 || k > len(toks) {
		return nil
	}
	s0 := k - 2 // k-1 ends the sentence before
	for s0 >= 0 && s0 > k-80 && !st.endsSentence(s0) {
		s0--
	}
	if s0 <= k-80 {
		return nil
	}
	from := toks[s0+1].s
	if s0 < 0 {
		from = toks[0].s
	}
	hi := firstCueAt(atts, q.Start)
	for j := hi - 1; j >= 0 && atts[j].Cue.Start >= from; j-- {
		if atts[j].Source != nil && atts[j].Cue.End <= q.Start {
			return &atts[j]
		}
	}
	return nil
}

// possessiveTitle reports whether quote q is a short phrase in title
// case ("Morning Joe") right after a capitalised possessive ("MSNBC's").
func (st *attrState) possessiveTitle(q Span) bool {
	k := st.tokenAt(q.Start)
	if k < 1 || k >= len(st.toks) {
		return false
	}
	p := st.toks[k-1]
	if p.flags&(tWord|tUpper) != tWord|tUpper || !possessive(st.text, p) {
		return false
	}
	return st.nameWords(k, q) > 0
}

// nameWords returns the number of words of quote q, whose first token is
// toks[k], where it reads as a name: at most six words, each capitalised
// or a small word of names ("of", "the"). It returns 0 for any other.
func (st *attrState) nameWords(k int, q Span) int {
	words := 0
	for m := k; m < len(st.toks) && st.toks[m].s < q.End; m++ {
		t := st.toks[m]
		if m >= k+16 {
			return 0 // a long quotation is no title
		}
		if t.flags&tWord == 0 {
			continue
		}
		words++
		if words > 6 || t.flags&tUpper == 0 && !st.isIn(t, cNameLink) {
			return 0
		}
	}
	return words
}

// parentheticalSaid returns the attribution of atts set off by commas
// inside the sentence of quote q and before it (", Xi said,", ", said
// Ana Lind, a historian,"), or nil.
func (st *attrState) parentheticalSaid(q Span, atts []attr) *attr {
	toks := st.toks
	k := st.tokenAt(q.Start)
	hi := firstCueAt(atts, q.Start)
	for j := hi - 1; j >= 0 && j >= hi-4; j-- {
		a := &atts[j]
		if a.Source == nil || a.Cue.End > q.Start || a.Source.End > q.Start {
			continue
		}
		s, e := st.tokenAt(a.Source.Start), st.tokenAt(a.Cue.End)
		if a.Source.Start > a.Cue.Start {
			// ", said Ana Lind, a port historian,": the cue first, and an
			// appositive after the name inside the parenthesis.
			s, e = st.tokenAt(a.Cue.Start), st.tokenAt(a.Source.End)
			if e < k && toks[e].flags&tComma != 0 {
				e = st.appositiveAfter(e, k)
			}
		}
		if s < 1 || e >= k || toks[s-1].flags&tComma == 0 || toks[e].flags&tComma == 0 || toks[e].quote != 0 {
			continue
		}
		if k-e > 60 {
			return nil // bounded: a parenthesis stands near the quote
		}
		for m := e; m < k; m++ {
			if st.endsSentence(m) || toks[m].flags&tMark != 0 {
				return nil
			}
		}
		return a
	}
	return nil
}

// singleMarksMinor reports whether the story quotes in double marks and
// uses single ones only beside them, as American copy does: headlines and
// quotes within quotes take single marks.
func singleMarksMinor(quotes []Quote) bool {
	single, double := 0, 0
	for _, q := range quotes {
		switch {
		case singleMarked(q.Text):
			single++
		case strings.HasPrefix(q.Text, "\"") || strings.HasPrefix(q.Text, "“"):
			double++
		}
	}
	return double >= 2 && double > 2*single
}

// singleMarked reports whether quote text opens with a single mark.
func singleMarked(text string) bool {
	return strings.HasPrefix(text, "'") || strings.HasPrefix(text, "‘")
}

// dashSpeaker reads "“…” — Jane Doe", a quote signed after a dash, and
// adds its attribution.
func (st *attrState) dashSpeaker(q Span) (attr, bool) {
	toks := st.toks
	k := st.tokenAt(q.End)
	if k < len(toks) && toks[k].flags&tComma != 0 {
		k++
	}
	if k+1 >= len(toks) || toks[k].flags&tDash == 0 {
		return attr{}, false
	}
	e := phraseRight(st.text, toks, k+1, len(toks))
	if e <= k+1 || e < len(toks) && toks[e].flags&(tEnd|tComma|tMark|tQ|tParen) == 0 {
		return attr{}, false
	}
	return attr{Source: st.mention(k+1, e), Cue: st.span(toks[k].s, toks[k].e), Content: st.keepSpan(q)}, true
}

// startsSentence reports whether quote q opens a sentence: only white
// space stands between it and the end of the sentence before.
func (st *attrState) startsSentence(q Span) bool {
	k := st.tokenAt(q.Start)
	if k == 0 || k >= len(st.toks) {
		return k == 0
	}
	// Back over the closing marks of a quotation before it, two for
	// "''" as New York copy writes them.
	j := k - 1
	for j > 0 && j >= k-2 && st.toks[j].flags&(tClose|tQ) != 0 {
		j--
	}
	return st.toks[j].flags&tEnd != 0
}

// subjectSpeaker gives a quote inside a sentence that has no cue for it
// the sentence's subject, where that is a name, a pronoun or a phrase
// with a determiner: "He implied the judge was “hostile”". Wire copy
// puts a quoted fragment in the mouth of the sentence's subject.
func (st *attrState) subjectSpeaker(q Span, atts []attr) *Mention {
	toks := st.toks
	k := st.tokenAt(q.Start)
	if k < 1 || k >= len(toks) {
		return nil
	}
	s0 := k - 1
	for s0 >= 0 && s0 > k-40 && !st.endsSentence(s0) {
		if toks[s0].flags&tMark != 0 && !(toks[s0].quote > 0 && st.quotes[toks[s0].quote-1].Kind == Title) {
			return nil // another quotation stands between, but for a title
		}
		s0--
	}
	s0++
	if s0 >= k-1 {
		return nil
	}
	s0 = st.joinedClauseStart(s0, k, atts)
	s := st.pastOpener(st.skipOpening(s0, k), k)
	if s < 0 {
		return nil
	}
	e := phraseRight(st.text, toks, s, k)
	if e > s {
		e = st.cutAtVerb(s, e)
	}
	if e > s+1 && st.verbBeforeTo(e) {
		e-- // "The provincial government plans to expand …": the verb is no part of it
	}
	if e <= s || e >= k || toks[s].flags&(tUpper|cDet|cPron) == 0 {
		return nil
	}
	if w := st.text[toks[s].s:toks[s].e]; len(w) <= 9 && len(w) > 3 && (w[2] == '\'' || w[2] == 0xE2 || w[len(w)-2] == '\'' || w[len(w)-4] == 0xE2) && impersonalStem(w) {
		return nil // "It's been common to call it a “revolt”", "That's why he wants to “listen”": a clause, no one's words
	}
	// The subject must be followed by its verb, not by the quote.
	if toks[e].flags&tWord == 0 && !st.appositionVerb(s, e, k) {
		return nil
	}
	if m := st.laterPronoun(e, k); m >= 0 {
		return st.mention(m, m+1)
	}
	return st.mention(s, e)
}

// joinedClauseStart returns where the last clause joined to the
// sentence begins before the quotation at toks[k], the sentence starting
// at s0: after "and", "but" or "while" that follow a comma, where a
// subject (a name, a pronoun, a phrase with a determiner) opens the
// clause, past an opening phrase, and a finite verb of its own follows
// it before a comma: "Boos rained down as she spoke, and at one point the crowd
// reprised the chant “…”" is the crowd's, not the boos'. The nearest
// such joint decides. It returns s0 where the joint opens no subject
// (", and repeated “…”": the same subject's second verb), where the
// clause has no verb ("described parks, shops, and a city of “…”": a
// series), where a reported clause ends at the joint ("had said the
// emails held secrets, but the majority were “…”": the report goes on)
// or where none stands.
func (st *attrState) joinedClauseStart(s0, k int, atts []attr) int {
	toks, text := st.toks, st.text
	for j := k - 2; j > s0; j-- {
		if toks[j].flags&tComma == 0 || toks[j].quote != 0 {
			continue
		}
		c := j + 1
		if !isWord(text, toks[c], "and") && !isWord(text, toks[c], "but") && !isWord(text, toks[c], "while") {
			continue
		}
		o := st.skipOpening(c+1, k)
		if o < k-1 && isPrep(toks[o]) {
			o = st.pastOpeningPhrase(o, k) // "and at one point the crowd …": an opening with no comma
		}
		if o >= k-1 || toks[o].flags&(tUpper|cDet|cPron) == 0 || st.clauseReportedTo(atts, s0, j) {
			return s0
		}
		for v := o + 1; v < k && toks[v].flags&tComma == 0; v++ {
			if st.finiteVerb(v) {
				return o
			}
		}
		return s0
	}
	return s0
}

// clauseReportedTo reports whether one of the paragraph's attributions
// atts has its cue in toks[s0:j] and a clause with a finite verb for
// content that ends at the comma toks[j]: "State's reviewers had said
// more than 1,300 emails held secrets, but …". An object ("Trump
// mentioned the secretary, and …") is no clause.
func (st *attrState) clauseReportedTo(atts []attr, s0, j int) bool {
	toks := st.toks
	for n := firstCueAt(atts, toks[s0].s); n < len(atts) && atts[n].Cue.End <= toks[j].s; n++ {
		c := atts[n].Content
		if c == nil || c.End < toks[j-1].s || c.End > toks[j].e {
			continue
		}
		for v := st.tokenAt(c.Start); v < j; v++ {
			if st.finiteVerb(v) {
				return true
			}
		}
	}
	return false
}

// pastOpeningPhrase returns the start of the subject after a short
// phrase that the preposition toks[o] opens with no comma after it ("at
// one point the crowd", "on Monday the minister"): the first name,
// pronoun or determiner within four words that follows a word of the
// phrase, not the preposition. It returns o where none does.
func (st *attrState) pastOpeningPhrase(o, k int) int {
	toks := st.toks
	for m := o + 2; m < k-1 && m <= o+4; m++ {
		if t, p := toks[m], toks[m-1]; t.flags&(tUpper|cDet|cPron) != 0 && p.flags&tWord != 0 && p.flags&(cDet|cPron) == 0 && !isPrep(p) {
			return m
		}
		if toks[m].flags&tWord == 0 {
			break
		}
	}
	return o
}

// impersonalStem reports whether the contraction w ("it's", "that’s",
// "there's", "what's", "here's") opens with a word that names no one:
// unlike "We've" or "He's", it is no speaker.
func impersonalStem(w string) bool {
	for _, p := range [...]string{"it", "that", "there", "here", "what"} {
		if len(w) > len(p) && hasPrefixFold(w, p) && (w[len(p)] == '\'' || w[len(p)] == 0xE2) {
			return true
		}
	}
	return false
}

// verbBeforeTo reports whether the phrase that ends before toks[e] ends
// in a verb of the present, which a phrase read to its end takes for a
// plural noun, with "to" and a verb after it or its object's article:
// "The government plans to expand", "the company aims to …", "The
// ministry plans a …". The last word is in lower case and shaped as a
// plural, after a singular word.
func (st *attrState) verbBeforeTo(e int) bool {
	toks, text := st.toks, st.text
	if e < 2 || e+1 >= len(toks) {
		return false
	}
	v, n, x, b := toks[e-1], toks[e-2], toks[e], toks[e+1]
	toVerb := isWord(text, x, "to") && b.flags&(tWord|tUpper) == tWord && b.flags&(cDet|cPron) == 0
	article := x.flags&(tWord|tUpper) == tWord && x.flags&(cDet|cIndefinite) != 0
	if !toVerb && !article {
		return false
	}
	return v.flags&(tWord|tUpper|tNonASCII) == tWord && v.flags&(cDet|cPron|cStop|cPrep|cSrcNoun|cRole) == 0 && pluralShaped(text[v.s:v.e]) &&
		n.flags&tWord != 0 && n.flags&(cDet|cPron|cStop|cPrep|cAux) == 0 && !pluralShaped(text[n.s:n.e])
}

// maxContrastClause bounds, in tokens, the clause from a contrast to
// the quotation that contrastSubject reads.
const maxContrastClause = 32

// inSourceAppositive reports whether quote q, a term of at most three
// words, lies in the appositive that describes a's source after it:
// "“…,” said Tsering Dorje, a herder who tends about 600 “solar sheep.”",
// "said Ana Ruiz, whose stall sells “ugly fruit”". The appositive opens
// with a determiner or a relative pronoun and holds no cue: the words
// there are the writer's description of the speaker, not the speaker's.
// A cue in it ("who calls it a “solar farm”"), an object's complement
// ("who rates the stock “hold”"), a participle's clause
// ("going on to list other “gifts”"), a longer quote ("who waited in an
// “extraordinarily long line …”"), one that follows the source with no
// comma ("said X of the “reform”") or one that resumes after a comma
// ("said X, a senator, “and soon”") stay the speaker's.
func (st *attrState) inSourceAppositive(a *attr, q Span) bool {
	if a.Source == nil || a.Content == nil || a.Content.End > a.Source.Start || a.Source.End >= q.Start || a.Cue.End > a.Source.Start {
		return false
	}
	toks := st.toks
	k, qk := st.tokenAt(a.Source.End), st.tokenAt(q.Start)
	if k+2 >= qk || qk-k > maxAppositiveToQuote || toks[k].flags&tComma == 0 || toks[qk-1].flags&tWord == 0 ||
		toks[k+1].flags&(cDet|cRelative) == 0 && !isWord(st.text, toks[k+1], "whose") || st.accordingCue(a) {
		return false
	}
	if n, _ := countWords(q.Text, 4); n > 3 {
		return false
	}
	if p := toks[qk-1]; toks[qk-2].flags&cDet != 0 && p.flags&(cDet|tUpper) == 0 {
		return false // "who rates the stock “hold”": an object's complement, the speaker's own rating
	}
	for m := k + 1; m < qk; m++ {
		if t := toks[m]; t.quote != 0 || t.flags&(cCue|tColon|tDash|tEnd|tQ) != 0 {
			return false
		}
	}
	return true
}

// maxAppositiveToQuote bounds the words inSourceAppositive reads
// between a source and a quote in its appositive.
const maxAppositiveToQuote = 24

// contrastSubject returns the subject of the clause that a contrast
// opens where the content of a was cut short, when quotation q lies in
// that clause after the subject's verb, which is no cue of ours: "X said
// hospitals had seen “a surge,” while Hospital Dean Dr. Y advised
// parents to keep children indoors “…”" is Y's. The subject starts and
// ends capitalised and holds a title or role, a person named as a new
// speaker is: not "while exports …", nor "while New Delhi slipped …";
// and its verb is no auxiliary, whose clause says what the subject is,
// in the first speaker's words: "while Minister Y was “out of touch”".
// The clause is a directive's, whose "to" comes before the quotation
// ("advised parents to …", "appealed to donors …"): not "while Prime
// Minister Y won “a landslide”", the first speaker's words again.
func (st *attrState) contrastSubject(a *attr, q Span) *Mention {
	toks := st.toks
	k, qk := st.tokenAt(a.Content.End), st.tokenAt(q.Start)
	if k < qk && toks[k].flags&tComma != 0 {
		k++ // "“…”, while Y …": the comma outside the marks
	}
	if k+2 >= qk || qk >= len(toks) || qk-k > maxContrastClause || toks[k].flags&tWord == 0 || toks[k].quote != 0 || !st.isIn(toks[k], cContrast) {
		return nil
	}
	s := k + 1
	if toks[s].flags&tUpper == 0 {
		return nil
	}
	e := phraseRight(st.text, toks, s, qk)
	if e > s {
		e = st.cutAtVerb(s, e)
	}
	// "Red Crescent chairperson Shazia Malik": a body's name, its role
	// noun in lower case, and the holder's name run on as one subject.
	for e > s && e+1 < qk && toks[e].flags&(cRole|tUpper) == cRole && toks[e+1].flags&tUpper != 0 && toks[e].quote == 0 {
		n := phraseRight(st.text, toks, e+1, qk)
		if n <= e+1 {
			break
		}
		e = st.cutAtVerb(e+1, n)
	}
	if e <= s || e >= qk || toks[e-1].flags&tUpper == 0 || toks[e].flags&(tWord|tUpper|cAux) != tWord || toks[e].quote != 0 || !st.hasClass(s, e, cTitle|cRole) {
		return nil
	}
	to := false // "advised parents to", "appealed to donors": a directive's "to"
	for m := e; m < qk; m++ {
		if toks[m].flags&tMark != 0 || st.endsSentence(m) {
			return nil // another quotation, or another sentence, between
		}
		to = to || m > e && isWord(st.text, toks[m], "to")
	}
	if !to {
		return nil // "while Prime Minister Y won “a landslide”": the first speaker's words
	}
	return st.mention(s, e)
}

// colonSpeaker reads "Kasich resisted: “…”" and "Bush: “…”": a quote
// after a colon is spoken by the subject of the clause before it.
func (st *attrState) colonSpeaker(q Span) (attr, bool) {
	k := st.tokenAt(q.Start)
	if k < 1 || k >= len(st.toks) || st.text[st.toks[k-1].s] != ':' {
		return attr{}, false
	}
	m, cue := st.colonSubject(k - 1)
	if m == nil {
		return attr{}, false
	}
	return attr{Source: m, Cue: cue, Content: st.keepSpan(q)}, true
}

// colonSubject returns the subject of the sentence that ends with the
// colon toks[k], and the colon's span; nil where there is none.
func (st *attrState) colonSubject(k int) (*Mention, Span) {
	toks := st.toks
	s0 := k - 1
	for s0 >= 0 && s0 > k-60 && (toks[s0].flags&(tEnd|tColon) == 0 || abbrevDot(st.text, toks, s0)) {
		s0--
	}
	s0++
	// "The crowd cheers, and then Wallnau continues:": the clause nearest
	// the colon speaks.
	for m := k - 2; m > s0 && m > k-16; m-- {
		t := toks[m]
		if t.quote != 0 || !(t.flags&(tComma|tDash) != 0 || st.isIn(t, cJoiner)) {
			continue
		}
		p := m + 1
		for p < k-1 && toks[p].flags&(tWord|tUpper|cAux) == tWord|cAux && !st.finiteAux(toks[p]) {
			p++ // "and then Wallnau continues": an adverb before the subject
		}
		n := toks[p]
		if n.flags&tWord == 0 || n.flags&(tUpper|cPron) == 0 || n.flags&cStop != 0 {
			continue
		}
		e := phraseRight(st.text, toks, p, k)
		if e > p {
			e = st.cutAtVerb(p, e)
		}
		if e == k && e-2 >= p && toks[e-1].flags&(tWord|tUpper) == tWord && toks[e-2].flags&tUpper != 0 {
			e-- // "Wallnau continues:": the word before the colon is the verb
		}
		if e > p && e < k && toks[e].flags&(tWord|tUpper|cStop) == tWord || e == k && t.flags&tDash != 0 {
			// "…, and then Wallnau continues:", "HEADLINE - Jo Ruiz:".
			return st.mention(p, e), st.colonVerb(e, k)
		}
		if e == k && isWord(st.text, t, "and") {
			continue // "Ann Ruiz and Tom Hart:": one phrase
		}
		break
	}
	s := st.skipOpening(s0, k)
	if s2 := st.pastOpener(s, k); s2 > s {
		s = s2
	}
	e := phraseRight(st.text, toks, s, k)
	if e <= s || toks[s].flags&(tUpper|cDet|cPron) == 0 {
		return nil, Span{}
	}
	c := st.cutAtVerb(s, e)
	return st.mention(s, c), st.colonVerb(c, k)
}

// maxColonCue bounds the tokens of a cue that runs from a verb to a
// colon.
const maxColonCue = 24

// colonVerb returns the cue of a clause that ends with the colon toks[k]
// and whose subject ends at toks[v]: the predicate from its verb to the
// colon ("Kelly responded, with a smile:", "the senator fired back:"),
// or the colon alone where none stands between ("Bush:").
func (st *attrState) colonVerb(v, k int) Span {
	toks := st.toks
	if v < k && k-v <= maxColonCue && toks[v].flags&(tWord|tUpper|cStop|cDet|cPron) == tWord && toks[v].quote == 0 {
		return st.span(toks[v].s, toks[k].e)
	}
	return st.span(toks[k].s, toks[k].e)
}

// tailSpeaker reads "“…,” Hannity pressed.": a quote followed by a
// source and one verb that ends the sentence is attributed by that verb,
// whatever it is.
func (st *attrState) tailSpeaker(q Span) (attr, bool) {
	toks, text := st.toks, st.text
	k := st.tokenAt(q.End)
	if k < len(toks) && toks[k].flags&tComma != 0 {
		k++
	}
	e := phraseRight(text, toks, k, len(toks))
	if e <= k || e >= len(toks) {
		return attr{}, false
	}
	v := toks[e]
	w := text[v.s:v.e]
	if v.flags&(tWord|tUpper|cStop|cAux|cDet|cPron) != tWord || len(w) < 4 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
		return attr{}, false
	}
	n := e + 1
	if n < len(toks) && st.isIn(toks[n], cParticle) {
		n++
	}
	n = st.skipTime(n, len(toks))
	if n < len(toks) && toks[n].flags&(tEnd|tComma|tOpen) == 0 {
		return attr{}, false
	}
	return attr{Source: st.mention(k, e), Cue: st.span(v.s, toks[n-1].e), Content: st.keepSpan(q)}, true
}

func (st *attrState) paragraphStartsWith(p Span, q Span) bool {
	return q.Start == p.Start
}

// adjacent returns the attribution in atts whose cue or source stands
// right after quote q's closing mark or right before its opening mark,
// separated by at most a comma, colon or dash.
func (st *attrState) adjacent(q Span, atts []attr) *attr {
	text := st.text
	after := q.End
	for after < len(text) && after < q.End+16 && strings.IndexByte(" \t\r\n,:", text[after]) >= 0 {
		after++
	}
	before := q.Start
	for before > 0 && before > q.Start-16 && strings.IndexByte(" \t\r\n,:", text[before-1]) >= 0 {
		before--
	}
	lo := firstCueAt(atts, q.Start-600)
	for k := lo; k < len(atts) && atts[k].Cue.Start <= q.End+600; k++ {
		a := &atts[k]
		if a.Source == nil || q.Contains(a.Cue) {
			continue
		}
		if (a.Cue.Start == after || a.Source.Start == after) && a.Content != nil && a.Content.Start >= a.Cue.End && !a.Content.Contains(q) && strings.HasSuffix(trimClosingMarks(text[q.Start:q.End]), ".") {
			continue // "…“fanatic recklessness.” Park said Kim's state is …": a report of its own after it
		}
		if a.Cue.Start == after || a.Source.Start == after || a.Cue.End == before || a.Source.End == before {
			return a
		}
		if a.Content != nil && (a.Content.End == q.End || a.Content.Start == q.Start) {
			return a
		}
	}
	return nil
}

// resolve gives every source, speaker and link mention its name, in text
// order.
func (st *attrState) resolve() {
	ms := st.d.sc.mentions[:0]
	defer func() { st.d.sc.mentions = ms[:0] }()
	add := func(m *Mention) {
		if m != nil {
			ms = append(ms, m)
		}
	}
	for k := range st.out {
		a := &st.out[k]
		add(a.Source)
		for v := range a.Via {
			add(&a.Via[v].Source)
		}
	}
	for q := range st.quotes {
		add(st.qa[q].Speaker)
	}
	// A relative pronoun ("who") is named by its antecedent: resolve the
	// antecedent in its place and copy its name after.
	var relatives []*Mention
	if len(st.rels) > 0 {
		n := len(ms)
		for k := 0; k < n; k++ {
			if ante := st.rels[ms[k].Start]; ante != nil && ms[k].Name == "" {
				relatives = append(relatives, ms[k])
				ms[k] = ante
			}
		}
	}
	for k := 1; k < len(ms); k++ {
		if ms[k].Start < ms[k-1].Start {
			st.d.sc.order = sortStableBy(ms, st.d.sc.order, func(m **Mention) int { return (*m).Start })
			break
		}
	}
	// A quote's speaker is often its attribution's source: keep each once.
	out := ms[:0]
	for _, m := range ms {
		dup := false
		for j := len(out) - 1; j >= max(0, len(out)-8) && out[j].Start == m.Start; j-- {
			if out[j] == m {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	resolveNames(st.d, out)
	for _, m := range relatives {
		m.Name = st.rels[m.Start].Name
	}
}

// relativeMention returns the mention of the relative pronoun toks[k]
// ("Sanders, who said …") as a source standing for its antecedent ante:
// the mention stays where the text puts the speaker, the name is the
// antecedent's.
func (st *attrState) relativeMention(k int, ante *Mention) *Mention {
	if st.rels == nil {
		st.rels = map[int]*Mention{}
	}
	st.rels[st.toks[k].s] = ante
	return st.mention(k, k+1)
}

// keepMention returns a pointer to a copy of m in the mention slab, so
// that a story's mentions cost one allocation per 32 rather than one each.
// A chunk is never grown in place: pointers into it stay valid.
func (st *attrState) keepMention(m Mention) *Mention {
	if len(st.slab) == cap(st.slab) {
		st.slab = make([]Mention, 0, 32)
	}
	st.slab = append(st.slab, m)
	return &st.slab[len(st.slab)-1]
}

// keepSpan is keepMention for content spans.
func (st *attrState) keepSpan(s Span) *Span {
	if len(st.spans) == cap(st.spans) {
		st.spans = make([]Span, 0, 32)
	}
	st.spans = append(st.spans, s)
	return &st.spans[len(st.spans)-1]
}

// openingLinks returns pre with the levels an opening phrase before the
// subject's comma at toks[c] names: a venue ("In a statement carried by
// SPA, the ministry said", "On her account on the social network X, the
// minister wrote") or what a fronted "Citing …" cites ("Citing a 2019
// survey by …, the petition said"). verbCue asks it in one call, which
// keeps verbCue small enough for the compiler to inline the small
// helpers it calls.
func (st *attrState) openingLinks(lo, c int, pre []Link) []Link {
	toks := st.toks
	// A platform's "on" opens a venue as "in" does (venuePrepositions).
	venueOpener := func(o int) bool { return toks[o].flags&cVenue != 0 }
	o := lo
	for o < c && (toks[o].flags&(cStop|cAux|tComma) != 0 || st.isAdverb(o)) && !venueOpener(o) {
		o++
	}
	if o >= c || !venueOpener(o) {
		o = st.docOpening(lo, c) // "said that in a letter, the counsel told"
	}
	if o < c && venueOpener(o) {
		if via, _ := st.linksAfter(o, c); len(via) > 0 {
			pre = append(pre, via...)
		}
	} else if toks[lo].flags&(cLink|tUpper) == cLink|tUpper && st.isParticiple(lo) && st.isIn(toks[lo], cChainRel) {
		// "Citing a 2019 survey by …, the petition said": what the
		// subject cites, a source, is a level of its words, as after
		// the verb ("the petition said, citing …"); a reason ("Citing
		// low growth, the bank said") is none.
		if e := st.linkPhraseEnd(lo+1, c); e > lo+1 && st.sourceLike(lo+1, e) {
			pre = append(pre, Link{Cue: st.linkCue(lo, lo+1), Source: *st.mention(lo+1, e)})
			if via, _ := st.linksAfter(e, c); len(via) > 0 {
				pre = append(pre, via...) // "Citing a statement posted on its website,"
			}
			st.dropCueAt(toks[lo].s)
		}
	}
	return pre
}

// dropCueAt removes from st.out the attribution read last whose cue
// starts at offset off, if any: a fronted "Citing …" read on its own
// before the clause's verb took what it cites as a level.
func (st *attrState) dropCueAt(off int) {
	for k := len(st.out) - 1; k >= 0 && k >= len(st.out)-3; k-- {
		if st.out[k].Cue.Start == off {
			st.out = append(st.out[:k], st.out[k+1:]...)
			return
		}
	}
}

// semicolon reports whether the punctuation token t is a semicolon that
// ends a clause: white space or the end of the text after it. One glued
// to the next word is what is left of an entity ("isn #39;t", "quot;").
func (st *attrState) semicolon(t token) bool {
	text := st.text
	return text[t.s] == ';' && (t.s+1 == len(text) || text[t.s+1] == ' ' || text[t.s+1] == '\n' || text[t.s+1] == '\r' || text[t.s+1] == '\t')
}

// groupFieldJoined returns where the subject opens when the phrase
// toks[s:e] after "and" ends a group that a body's "of" names, two
// modifiers of its head joined by "and": "the association of small and
// medium planters", "the union of bus and taxi drivers". One bare word
// in lower case before "and", words in lower case after it up to the
// head, and a body's noun of [chainBodies] before "of": the "and" joins
// the modifiers, not two speakers, and the body speaks. It returns s
// where the words do not stand so ("the head of the union and local
// parents": a determiner before the first; "the department of industry
// and information technology Ma Xiaolan": a holder's name, whose title
// the name's own rules read).
func (st *attrState) groupFieldJoined(lo, s, e int) int {
	toks := st.toks
	const plain = tWord | tUpper | cStop | cDet | cPossDet | cPron | cAux | cCue | cLink | cTime
	if toks[s-2].flags&plain != tWord || toks[s-2].quote != 0 || !isWord(st.text, toks[s-3], "of") || !st.hasListed(s-4, s-3, chainBodies) {
		return s
	}
	for m := s; m < e; m++ {
		if toks[m].flags&plain != tWord || toks[m].quote != 0 {
			return s
		}
	}
	if s2 := phraseLeft(st.text, toks, lo, s-1); s2 >= 0 && s2 <= s-4 {
		return s2
	}
	return s
}

// coordSource returns the source of a cue toks[i:ce] after "and" or
// "but" at toks[k], and whether the cue stands: the subject of the clause
// it goes on from (coordSubject, "KCNA reported that the leader had
// inspected … and called for …" through relayedSubject, or the
// sentence's subject); for a passive, "…, but is expected to attend",
// "and was nominated to the bench by the president", its agent after
// "by" or no one, as for a passive with its subject before it.
func (st *attrState) coordSource(lo, k, i, ce, hi, first int, canon string) (*Mention, bool) {
	if k+1 < i && st.passiveCue(k+1, i, ce, canon) {
		if bs, be := st.passiveBy(k+1, i, ce, hi); be > bs {
			return st.mention(bs, be), true
		}
		return nil, true
	}
	m := st.coordSubject(lo, k)
	if m == nil {
		m = st.relayedSubject(k, i, first)
	}
	if m == nil {
		m = st.clauseSubject(lo, k, first)
	}
	if m != nil && len(st.out) > 0 {
		st.secondCue(&st.out[len(st.out)-1], m, k, i)
	}
	return m, m != nil
}

// secondCue ends the content of the attribution p before the "and" or
// "but" at toks[j] that stands before the cue verb toks[i] whose source
// src coordSource or participleCue has just found, where p has that
// source too and its content runs over the cue: the subject's next
// verb, "claimed a mandate and said the vote was …", "calling the levy
// a swindle and vowing to repeal it", is no part of what the first verb
// reported. They ask it only where a joiner stands before the cue, so
// no content is read again for a verb that may follow it. A verb of
// another tense inside the content is the content's own ("decided to
// bypass him and go after …"), unless a comma stands before the "and"
// ("…, fearing a leak, and argue …"). A content with a finite verb of
// its own is a clause whose subject may be the one who speaks the
// second verb ("said the board met and agreed to …"): it stays whole,
// as does a content that is another's clause ("said the mayor resigned
// and said …").
func (st *attrState) secondCue(p *attr, src *Mention, j, i int) {
	toks, text := st.toks, st.text
	if p.Content == nil || p.Source == nil || p.Source.Span != src.Span ||
		toks[j].s <= p.Content.Start || toks[j].s >= p.Content.End || p.Content.Start < p.Cue.End ||
		!isWord(text, toks[j], "and") && !isWord(text, toks[j], "but") {
		return
	}
	c := st.tokenAt(p.Cue.Start)
	for c+1 < i && (toks[c].flags&cAux != 0 || st.isAdverb(c)) {
		c++ // "has called …", "largely agreed …"
	}
	if st.verbShape(c) != st.verbShape(i) && toks[j-1].flags&tComma == 0 {
		return
	}
	k := st.tokenAt(p.Content.Start)
	for m := k; m < j; m++ {
		if st.mayBeVerb(m) && st.verbToken(m) {
			return // "said the board met and agreed …": the second verb may be the clause's own
		}
	}
	p.Content = st.contentSpan(k, j)
}

// verbShape tells the forms of verbs apart by their ending, so that two
// verbs joined by "and" can be seen to be of one tense: 1 for a
// participle in -ing, 2 for a past ("said", "claimed"), 0 for another
// form ("says", "urge").
func (st *attrState) verbShape(k int) int {
	switch {
	case st.isParticiple(k):
		return 1
	case st.toks[k].flags&cPast != 0 || st.endsEd(k):
		return 2
	}
	return 0
}

// coordSubject returns the source of a cue after "and" or "but" at
// toks[k] that goes on from the clause before it: a subject pronoun that
// opens that clause with no comma after it (laterPronoun: "When Mook
// was asked …, he laughed and said"), or, where no comma stands between,
// the subject of the nearest clause that a relative or a subordinator
// opens: "Weaver, who came out and endorsed …" (the relative, standing
// for its antecedent), "The crowd cheered when the senator spotted a
// sign and asked …" (the senator). It returns nil where neither is
// found, and the caller reads the sentence's subject.
func (st *attrState) coordSubject(lo, k int) *Mention {
	toks := st.toks
	m := st.laterPronoun(lo, k+1)
	if m > lo && st.hasClass(m, k, tComma) {
		m = -1
	}
	for j := k - 1; j > lo && j > m && j >= k-maxCoordTokens; j-- {
		t := toks[j]
		if t.flags&(tEnd|tComma|tColon|tDash|tParen|tOpen|tClose) != 0 || t.quote != 0 {
			break
		}
		if t.flags&(cRelative|cAskOpener|cContrast) == 0 || t.flags&(tWord|tUpper) != tWord {
			continue
		}
		if t.flags&cRelative != 0 {
			if s := st.relativeClauseSubject(lo, j, k); s != nil {
				return s
			}
			break
		}
		if s := st.openerClauseSubject(j, k); s != nil {
			return s
		}
		break
	}
	if m > lo {
		return st.mention(m, m+1)
	}
	return nil
}

// maxCoordTokens bounds the look back from "and" for the clause a second
// verb goes on from.
const maxCoordTokens = 24

// relativeClauseSubject returns the relative toks[j] ("who", "which") as
// the subject of a verb after "and" at toks[k] that goes on from its
// clause, "Weaver, who came out and endorsed", resolved to the phrase
// before it; or nil where the relative is no subject ("which voters
// want") or a second verb shows its clause has ended before "and" ("the
// mayor who took office in May criticized the plan and said").
func (st *attrState) relativeClauseSubject(lo, j, k int) *Mention {
	toks, text := st.toks, st.text
	v := j + 1
	for v < k && (st.isAdverb(v) || st.floats(v)) {
		v++
	}
	if v >= k || !st.finiteVerb(v) && !(isWord(text, toks[j], "who") && st.presentVerb(v)) {
		return nil
	}
	if st.verbAfter(v+1, k) {
		return nil
	}
	e := j
	if toks[e-1].flags&(tComma|tDash) != 0 {
		e--
	}
	s := phraseLeft(text, toks, lo, e)
	if s < 0 || s >= e {
		return nil
	}
	return st.relativeMention(j, st.mention(s, e))
}

// openerClauseSubject returns the subject of the clause that the word
// toks[j] ("when", "after", "as", "but") opens, where a verb after "and"
// at toks[k] goes on from that clause's verb: "when the senator spotted a
// sign and asked". It returns nil after a cue, whose question or clause
// it opens ("asked if the plan would pass and said"), for "if", and
// where no finite verb follows the subject or a second one does.
func (st *attrState) openerClauseSubject(j, k int) *Mention {
	toks, text := st.toks, st.text
	if toks[j-1].flags&cCue != 0 || isWord(text, toks[j], "if") || isWord(text, toks[j], "even") || isWord(text, toks[j], "however") {
		return nil
	}
	e := phraseRight(text, toks, j+1, k)
	if e <= j+1 {
		return nil
	}
	e = st.cutAtVerb(j+1, e) // "the protesters waved banners": the phrase may run over the verb
	v := e
	for v < k && (st.isAdverb(v) || st.floats(v)) {
		v++
	}
	if v >= k || !st.finiteVerb(v) || st.verbAfter(v+1, k) {
		return nil
	}
	return st.mention(j+1, e)
}

// finiteVerb reports whether toks[v] reads as a verb in the past or an
// auxiliary: "came", "answered", "has", "is".
func (st *attrState) finiteVerb(v int) bool {
	t := st.toks[v]
	return t.flags&(tWord|tUpper) == tWord && (t.flags&cAux != 0 || st.endsEd(v) || st.isIn(t, cPast))
}

// presentVerb reports whether toks[v] reads as a verb in the present
// after "who": a word in lower case ending in "s", "who lives here".
func (st *attrState) presentVerb(v int) bool {
	t := st.toks[v]
	return t.flags&(tWord|tUpper|cDet|cPron|cStop) == tWord && t.e-t.s > 3 && st.text[t.e-1] == 's' && st.text[t.e-2] != 's'
}

// verbAfter reports whether toks[a:b] holds a second finite verb or
// another clause's opener: the clause before has ended.
func (st *attrState) verbAfter(a, b int) bool {
	for m := a; m < b; m++ {
		t := st.toks[m]
		if t.flags&(cRelative|cAskOpener|cContrast|cAux) != 0 || st.finiteVerb(m) {
			return true
		}
	}
	return false
}
