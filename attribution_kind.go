package wirestory

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An AttributionKind tells what an [Attribution] reports, so that a
// "who said what" view can keep speech and leave out positions and
// hedges.
type AttributionKind int

// The kinds of attribution.
const (
	Speech     AttributionKind = iota + 1 // what someone said or told: "said", "told reporters", "warned"
	Report                                // what a relay passed on: "reported", "according to", "learned"
	Document                              // words a document carries: "said in a statement", "the report said"
	Stance                                // a position held rather than uttered: "believes", "hopes", "criticised"
	Evidential                            // a hedge with no source: "is expected to", "was reported"
)

var attributionKindNames = [...]string{Speech: "speech", Report: "report", Document: "document", Stance: "stance", Evidential: "evidential"}

// String returns the kind's name as used in JSON: "speech", "report",
// "document", "stance" or "evidential".
func (k AttributionKind) String() string {
	if k > 0 && int(k) < len(attributionKindNames) {
		return attributionKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its name, as [QuoteKind.MarshalText] does.
func (k AttributionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind's name; an unknown name is an
// [*UnknownKindError].
func (k *AttributionKind) UnmarshalText(b []byte) error {
	for i, n := range attributionKindNames {
		if n != "" && n == string(b) {
			*k = AttributionKind(i)
			return nil
		}
	}
	return errors.New("wirestory: unknown attribution kind " + strconv.Quote(string(b)))
}

// attributionKind decides the kind of a: an attribution with no source
// is a hedge; one whose source, or whose nearest link ("in a
// statement"), is a document is a document's; otherwise its cue's
// canonical form decides, and a cue [CueKinds] does not list is speech.
// kinds holds the kinds of the cues seen before.
func attributionKind(lex *Lexicon, a *attr, kinds *cueKindCache) AttributionKind {
	if a.Source == nil {
		return Evidential
	}
	if isDocument(lex, a.Source) {
		return Document
	}
	if len(a.Via) > 0 && !classesOf(lex).forms.has(lex, a.Via[0].Cue.Text, fLinkCue, LinkCues) && isDocument(lex, &a.Via[0].Source) {
		return Document
	}
	return kinds.kind(lex, a.Cue.Text)
}

// A cueKindCache remembers the kinds of the cues one Lexicon gave,
// across the stories a scratch serves: a story holds few cues, most of
// them another story's too ("said", "told reporters", "according to"),
// and a cue of several words costs its kind several probes of the form
// table. It is a table of cueKindSlots slots, each cue in the slot of
// its hash, where a cue of the same hash replaces it: a look is a hash
// and a compare, where a map's cost a look of its own and an insertion.
// It keeps copies of the cues, none of a story's text.
type cueKindCache struct {
	lex   *Lexicon
	slots *[cueKindSlots]cueKindSlot
}

// A cueKindSlot is a cue and its kind, or an empty cue.
type cueKindSlot struct {
	cue  string
	kind AttributionKind
}

// cueKindSlots is the number of slots of a cueKindCache: a power of two.
const cueKindSlots = 4096

// kind returns the kind of the cue text, remembered or from [cueKind].
func (m *cueKindCache) kind(lex *Lexicon, cue string) AttributionKind {
	if m.lex != lex || m.slots == nil {
		m.lex, m.slots = lex, new([cueKindSlots]cueKindSlot)
	}
	s := &m.slots[wcHashString(cue)&(cueKindSlots-1)]
	if s.cue == cue && cue != "" {
		return s.kind
	}
	k := cueKind(lex, cue)
	*s = cueKindSlot{cue: strings.Clone(cue), kind: k}
	return k
}

// cueKind returns the kind that [CueKinds] gives the cue's canonical
// form, or Speech. A cue of one word, most of them, is one probe of the
// form table, whose entry holds the kind of its canonical form.
func cueKind(lex *Lexicon, cue string) AttributionKind {
	forms := classesOf(lex).forms
	if oneWord(cue) {
		if e, ok := forms.find(cue); ok {
			switch {
			case e == nil:
				return Speech // cueLemma finds no form: its kind is Speech
			case e.flags&fCueVerb != 0 && e.verbKind != 0:
				return AttributionKind(e.verbKind)
			case e.flags&fCueVerb == 0 && e.flags&fCuePhrase != 0 && e.cueKind != 0:
				return AttributionKind(e.cueKind)
			case e.flags&(fCueVerb|fCuePhrase) == 0:
				return Speech
			}
		}
	}
	return lemmaKind(lex, forms, cueLemma(lex, cue))
}

// oneWord reports whether s is one word: not empty, no white space.
func oneWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if isSpaceByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// lemmaKind returns the kind that [CueKinds] gives the canonical form
// lemma, or Speech.
func lemmaKind(lex *Lexicon, forms *formTable, lemma string) AttributionKind {
	if k, ok := forms.lemmaKind(lemma); ok {
		return k
	}
	switch c, _ := lex.Lookup(cueKinds, lemma); c {
	case "report":
		return Report
	case "document":
		return Document
	case "stance":
		return Stance
	}
	return Speech
}

// cueLemma returns the canonical form of the first cue of [CueVerbs] or
// [CuePhrases] among the words of cue, longest first: "has repeatedly
// called for" gives "call for". It returns "" where none is found.
//
// The entries of each word and of each pair of words answer for the
// forms of one and two words, and the pair's prefix lengths say which
// longer forms to look up; a cue with a word the table cannot fold is
// read by cueLemmaWords.
func cueLemma(lex *Lexicon, cue string) string {
	words, n := cueWords(cue)
	forms := classesOf(lex).forms
	for s := range n {
		one, ok := forms.find(cue[words[s][0]:words[s][1]])
		var pair *formEntry
		if ok && s+1 < n {
			pair, ok = forms.find(cue[words[s][0]:words[s+1][1]])
		}
		if !ok {
			return cueLemmaWords(lex, cue)
		}
		for _, f := range [...]formFlags{fCueVerb, fCuePhrase} {
			max, lens := forms.verbWords, uint32(0)
			if f == fCuePhrase {
				max = forms.phraseWords
			}
			if pair != nil && pair.flags&fPrefix != 0 {
				lens = pair.verbLens
				if f == fCuePhrase {
					lens = pair.phraseLens
				}
			}
			for e := min(n, s+max) - 1; e >= s; e-- {
				var c *formEntry
				switch l := e - s + 1; {
				case l == 1:
					c = one
				case l == 2:
					c = pair
				case lens&(1<<min(l, 31)) == 0:
					continue // no form of l words begins with the pair
				default:
					if canon, ok := forms.canonical(lex, cue[words[s][0]:words[e][1]], f); ok {
						return canon
					}
					continue
				}
				if c != nil && c.flags&f != 0 {
					if f == fCueVerb {
						return c.verb
					}
					return c.cue
				}
			}
		}
	}
	return ""
}

// cueLemmaWords is cueLemma that asks the table about every run of
// words, longest first.
func cueLemmaWords(lex *Lexicon, cue string) string {
	words, n := cueWords(cue)
	forms := classesOf(lex).forms
	for s := range n {
		for _, f := range [...]formFlags{fCueVerb, fCuePhrase} {
			max := forms.verbWords
			if f == fCuePhrase {
				max = forms.phraseWords
			}
			for e := min(n, s+max) - 1; e >= s; e-- {
				if c, ok := forms.canonical(lex, cue[words[s][0]:words[e][1]], f); ok {
					return c
				}
			}
		}
	}
	return ""
}

// cueWords returns the bounds of the first maxCueWords words of cue, and
// how many there are.
func cueWords(cue string) (words [maxCueWords][2]int, n int) {
	for i := 0; i < len(cue) && n < len(words); {
		for i < len(cue) && isSpaceByte(cue[i]) {
			i++
		}
		s := i
		for i < len(cue) && !isSpaceByte(cue[i]) {
			i++
		}
		if s < i {
			words[n] = [2]int{s, i}
			n++
		}
	}
	return words, n
}

// maxCueWords bounds the words of a cue that cueLemma reads.
const maxCueWords = 8

// isDocument reports whether the mention names a document: its head, the
// last word before a preposition ("a statement from the ministry") or
// the last word ("the ministry's statement"), is in [cueDocuments].
func isDocument(lex *Lexicon, m *Mention) bool {
	return headListed(lex, m.Text, fDocument, cueDocuments)
}

// chainRecords lists the head nouns of records that carry no one's
// words: "figures", "data", "statistics".
const chainRecords List = "chainrecords"

// isRecord reports whether the mention names records, "customs figures",
// "official data": its head is in [chainRecords]. Cited, they give a
// level, but no speaker.
func isRecord(lex *Lexicon, m *Mention) bool {
	return headListed(lex, m.Text, 0, chainRecords)
}

// headListed reports whether the head of noun phrase phrase, its last
// word before a preposition or its last, alone or with the word before
// it ("the press release"), is in list l (through form f, if not 0).
func headListed(lex *Lexicon, phrase string, f formFlags, l List) bool {
	if len(phrase) < 4 {
		return false // "he", "they": no head of four letters (see below), no need to read
	}
	hs, he, prev := -1, -1, -1 // the head's bounds, and where the word before it starts
	for i := 0; i < len(phrase); {
		for i < len(phrase) && isSpaceByte(phrase[i]) {
			i++
		}
		s := i
		for i < len(phrase) && (phrase[i] > ' ' || !isSpaceByte(phrase[i])) {
			i++ // a byte above the space is no space: most of a word, with no table to read
		}
		if s == i {
			break
		}
		if hs >= 0 && i-s <= maxHeadStop && mayStopHead(phrase[s]) && headStop(phrase[s:i]) {
			break
		}
		prev, hs, he = hs, s, i
	}
	if hs < 0 {
		return false
	}
	// Every such noun is in lower case and has four letters or more:
	// names and pronouns ("Reuters", "he") are rejected without a lookup.
	head := trimEdgePunct(phrase[hs:he])
	if len(head) < 4 || 'A' <= head[0] && head[0] <= 'Z' {
		return false
	}
	if f == fDocument && !classesOf(lex).forms.mayEndDocument(head) {
		return false // no document's form ends in the head, alone or after a word
	}
	if headIn(lex, head, f, l) {
		return true
	}
	// "the press release", "a court filing": a head of two words.
	return prev >= 0 && headIn(lex, trimEdgePunct(phrase[prev:he]), f, l)
}

// headIn reports whether w is in list l, through form f if not 0.
func headIn(lex *Lexicon, w string, f formFlags, l List) bool {
	if f == 0 {
		return lex.Contains(l, w)
	}
	return classesOf(lex).forms.has(lex, w, f, l)
}

// maxHeadStop is the length of the longest word headStop knows.
const maxHeadStop = len("published")

// mayStopHead reports whether a word starting with c may be one of
// headStop's, all of which start with a lower-case letter of
// headStopLetters: a test of one byte before the words are compared.
func mayStopHead(c byte) bool {
	c -= 'a'
	return c < 26 && headStopLetters>>c&1 != 0
}

// headStopLetters has the bit of each first letter of headStop's words.
const headStopLetters = 1<<('o'-'a') | 1<<('f'-'a') | 1<<('a'-'a') | 1<<('i'-'a') | 1<<('t'-'a') |
	1<<('w'-'a') | 1<<('b'-'a') | 1<<('r'-'a') | 1<<('p'-'a') | 1<<('c'-'a')

// isSpaceByte reports whether c is ASCII white space: one load of a
// table, where the tests of the cases cost the loops that read words by
// it four instructions a byte.
func isSpaceByte(c byte) bool { return spaceBytes[c] }

var spaceBytes = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// headStop reports whether w ends the head of a noun phrase: a
// preposition or a participle that begins its modifier ("a statement
// issued by", "the report on").
func headStop(w string) bool {
	switch w {
	case "of", "for", "at", "in", "to", "from", "with", "by", "on", "about", "issued", "released", "published", "posted", "carried", "that", "which":
		return true
	}
	return false
}

// trimEdgePunct trims what is not a letter or digit from the ends of a
// word: commas, brackets, quotation marks.
func trimEdgePunct(w string) string {
	if n := len(w); n > 0 && rsAlnum[w[0]] != 0 && rsAlnum[w[n-1]] != 0 {
		return w // most words: an ASCII letter or digit at each end
	}
	for len(w) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		if isWordRune(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		if isWordRune(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}
