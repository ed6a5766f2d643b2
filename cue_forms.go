package wirestory

import (
	"strings"
	"unicode/utf8"
)

// The attribution stage asks the cue lists about whole forms as well as
// about tokens: a cue's canonical form ("say": is it an inversion verb,
// does it take an addressee?), a cue of several words ("according to"),
// the words around a quotation. A formTable answers all of these lists
// with one probe of one table, where a Lookup per list cost a fold, a
// hash and a probe each. The table is built from the Lexicon's lists, so
// a caller's additions are in it.

// formFlags say which lists hold a form.
type formFlags uint32

const (
	fCueVerb        formFlags = 1 << iota // CueVerbs
	fCuePhrase                            // CuePhrases
	fAddressee                            // cueAddressees
	fNamedAddressee                       // cueNamedAddressees
	fEvidential                           // cueEvidential
	fInversion                            // inversionVerbs
	fBaseVerb                             // cueBaseVerbs
	fSpeech                               // chainSpeech
	fUnsaid                               // chainUnsaid
	fLinkCue                              // LinkCues
	fDocument                             // cueDocuments
	fSignal                               // speechSignals
	fMood                                 // speechMoods
	fKindReport                           // cueKinds: report
	fKindDocument                         // cueKinds: document
	fKindStance                           // cueKinds: stance
	fNamedAfter                           // namedAfterWords
	fScareCue                             // scareCues
	fTitleCue                             // titleCues
	fAsWord                               // asWords
	fQuoteTail                            // quoteTails
	fArticle                              // articles
	fCharacteriser                        // characterisers
	fNotCue                               // cueNotPhrases
	fClauseVerb                           // cueClauseVerbs
	fActVerb                              // cueActVerbs
	fDirective                            // cueDirectives
	fChangeVerb                           // cueChangeVerbs
	fPrefix                               // the first two words of a form of several words of CueVerbs or CuePhrases
)

// formLists are the lists of formFlags, but for cueKinds, whose
// canonical form is the flag.
var formLists = [...]struct {
	f formFlags
	l List
}{
	{fCueVerb, CueVerbs}, {fCuePhrase, CuePhrases}, {fAddressee, cueAddressees},
	{fNamedAddressee, cueNamedAddressees}, {fEvidential, cueEvidential},
	{fInversion, inversionVerbs}, {fBaseVerb, cueBaseVerbs}, {fSpeech, chainSpeech},
	{fUnsaid, chainUnsaid}, {fLinkCue, LinkCues}, {fDocument, cueDocuments},
	{fSignal, speechSignals}, {fMood, speechMoods}, {fNamedAfter, namedAfterWords},
	{fScareCue, scareCues}, {fTitleCue, titleCues}, {fAsWord, asWords},
	{fQuoteTail, quoteTails}, {fArticle, articles}, {fCharacteriser, characterisers},
	{fNotCue, cueNotPhrases}, {fClauseVerb, cueClauseVerbs}, {fActVerb, cueActVerbs},
	{fDirective, cueDirectives}, {fChangeVerb, cueChangeVerbs},
}

// A formEntry is one folded form and what the lists say of it.
type formEntry struct {
	key   string
	h     uint32
	flags formFlags
	verb  string // its canonical form in CueVerbs, if fCueVerb
	cue   string // its canonical form in CuePhrases, if fCuePhrase
	// For a prefix (fPrefix): bit n is set where a form of n words of
	// CueVerbs (verbLens) or CuePhrases (phraseLens) begins with it.
	verbLens, phraseLens uint32
	// The AttributionKind of verb and of cue, where the table decides
	// it; 0 where the lists must (a canonical form it cannot fold).
	verbKind, cueKind uint8
	// The entry of verb, and whether the table folds verb: a cue's
	// tests ask about its canonical form right after finding it.
	verbEntry  *formEntry
	verbFolded bool
}

// A formTable is an open-addressed table of formEntry by wcHash.
type formTable struct {
	table []formEntry
	mask  uint32

	verbWords, phraseWords, linkWords int // MaxWords of CueVerbs, CuePhrases and LinkCues

	// The lengths (bit n: n bytes) and first letters (bit c-'a') of the
	// lower-case words of nameLinks: a word of neither needs no lookup.
	nameLinkLens, nameLinkFirsts uint32

	// docTails has bit h%4096 of the wcHash h of the last word of every
	// form of cueDocuments: a phrase whose head has no bit names no
	// document, and isDocument asks the table nothing for it.
	docTails [64]uint64
}

func buildForms(l *Lexicon) *formTable {
	// The entries in one slice, found by key through an open-addressed
	// index sized up front for every key the lists could give (their
	// forms, the prefixes of the cues, the kinds): a map, or one that
	// grows, and an allocation per entry, cost more than the rest of the
	// build.
	n := 0
	for _, k := range [...]List{CueVerbs, CuePhrases, cueKinds} {
		if w := l.list(k); w != nil {
			n += w.size()
		}
	}
	for _, fl := range formLists {
		if w := l.list(fl.l); w != nil {
			n += w.size()
		}
	}
	idx := make([]int32, tableSize(n))
	for i := range idx {
		idx[i] = -1
	}
	mask := uint32(len(idx) - 1)
	entries := make([]formEntry, 0, n)
	var docTails [64]uint64
	entry := func(key string) *formEntry {
		h := wcHashString(key)
		i := h & mask
		for ; idx[i] >= 0; i = (i + 1) & mask {
			if e := &entries[idx[i]]; e.h == h && e.key == key {
				return e
			}
		}
		idx[i] = int32(len(entries))
		entries = append(entries, formEntry{key: key, h: h})
		return &entries[len(entries)-1]
	}
	for _, fl := range formLists {
		w := l.list(fl.l)
		if w == nil {
			continue
		}
		for key, canon := range w.forms() {
			e := entry(key)
			e.flags |= fl.f
			if fl.f == fDocument {
				h := wcHashString(key[strings.LastIndexByte(key, ' ')+1:])
				docTails[h>>6&63] |= 1 << (h & 63)
			}
			switch fl.l {
			case CueVerbs:
				e.verb = canon
			case CuePhrases:
				e.cue = canon
			}
			if fl.l != CueVerbs && fl.l != CuePhrases {
				continue
			}
			// The prefix of a form of several words, and its length.
			n, second := 1, -1
			for i := 0; i < len(key); i++ {
				if key[i] == ' ' {
					n++
					if n == 3 {
						second = i
					}
				}
			}
			if n < 2 {
				continue
			}
			p := key
			if second > 0 {
				p = key[:second]
			}
			pe := entry(p)
			pe.flags |= fPrefix
			bit := uint32(1) << min(n, 31) // 31: a form that long is tried at every length
			if n >= 31 {
				bit = ^uint32(0)
			}
			if fl.l == CueVerbs {
				pe.verbLens |= bit
			} else {
				pe.phraseLens |= bit
			}
		}
	}
	if w := l.list(cueKinds); w != nil {
		for key, canon := range w.forms() {
			switch canon {
			case "report":
				entry(key).flags |= fKindReport
			case "document":
				entry(key).flags |= fKindDocument
			case "stance":
				entry(key).flags |= fKindStance
			}
		}
	}
	size := tableSize(len(entries))
	ft := &formTable{table: make([]formEntry, size), mask: uint32(size - 1),
		verbWords: l.MaxWords(CueVerbs), phraseWords: l.MaxWords(CuePhrases), linkWords: l.MaxWords(LinkCues), docTails: docTails}
	for _, e := range entries {
		if e.key == "" {
			continue // the empty key marks a free slot
		}
		i := e.h & ft.mask
		for ft.table[i].key != "" {
			i = (i + 1) & ft.mask
		}
		ft.table[i] = e
	}
	if w := l.list(nameLinks); w != nil {
		for key := range w.forms() {
			for _, word := range strings.Fields(key) {
				if c := word[0]; 'a' <= c && c <= 'z' {
					ft.nameLinkLens |= 1 << min(len(word), 31)
					ft.nameLinkFirsts |= 1 << (c - 'a')
				}
			}
		}
	}
	// The kinds of the canonical forms: a cue of one word is then
	// one probe (cueKind).
	for i := range ft.table {
		e := &ft.table[i]
		if e.flags&fCueVerb == 0 && e.flags&fCuePhrase == 0 {
			continue
		}
		if e.flags&fCueVerb != 0 {
			if e.verbEntry, e.verbFolded = ft.find(e.verb); e.verbFolded {
				e.verbKind = uint8(entryKind(e.verbEntry))
			}
		}
		if k, ok := ft.lemmaKind(e.cue); ok && e.flags&fCuePhrase != 0 {
			e.cueKind = uint8(k)
		}
	}
	return ft
}

// lemmaKind returns the kind that cueKinds gives the canonical form
// lemma, or Speech; ok is false where the table cannot fold lemma.
func (ft *formTable) lemmaKind(lemma string) (k AttributionKind, ok bool) {
	e, ok := ft.find(lemma)
	if !ok {
		return 0, false
	}
	return entryKind(e), true
}

// entryKind returns the kind that cueKinds gives the form of entry e
// (nil: a form of no list), or Speech.
func entryKind(e *formEntry) AttributionKind {
	switch {
	case e == nil:
	case e.flags&fKindReport != 0:
		return Report
	case e.flags&fKindDocument != 0:
		return Document
	case e.flags&fKindStance != 0:
		return Stance
	}
	return Speech
}

// find returns the entry of s, folded as Lookup folds it: letters
// lowered, runs of white space one space, none at the ends. It returns
// nil where no list holds s, and ok false where s has a byte above 0x7F,
// which the table cannot fold: the caller asks the lists.
func (ft *formTable) find(s string) (e *formEntry, ok bool) {
	h := wcHashInit
	// Most keys asked are a word in lower case: its letters are hashed by
	// a loop that carries nothing else.
	// Four letters a turn while four bytes remain, as tokenize reads a
	// word: three of four tests of the length and jumps back are spared.
	i := 0
	for i < len(s)-3 {
		c := s[i]
		if c-'a' >= 26 {
			goto rest
		}
		h = (h ^ uint32(c)) * wcHashPrime
		if c = s[i+1]; c-'a' >= 26 {
			i++
			goto rest
		}
		h = (h ^ uint32(c)) * wcHashPrime
		if c = s[i+2]; c-'a' >= 26 {
			i += 2
			goto rest
		}
		h = (h ^ uint32(c)) * wcHashPrime
		if c = s[i+3]; c-'a' >= 26 {
			i += 3
			goto rest
		}
		h = (h ^ uint32(c)) * wcHashPrime
		i += 4
	}
	for i < len(s) && s[i]-'a' < 26 {
		h = (h ^ uint32(s[i])) * wcHashPrime
		i++
	}
rest:
	dropped := 0 // bytes of s not in the key: white space past one inner space
	asIs := true // s is its own fold: lower case, single inner spaces
	for i < len(s) {
		c := s[i]
		if c-'a' < 26 {
			h = wcHashByte(h, c) // most bytes: a lower-case letter
			i++
			continue
		}
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case c == ' ' || '\t' <= c && c <= '\r':
			// A run of white space: one space in the key between words,
			// none at the ends.
			j := i + 1
			for j < len(s) && (s[j] == ' ' || '\t' <= s[j] && s[j] <= '\r') {
				j++
			}
			if i > dropped && j < len(s) {
				h = wcHashByte(h, ' ')
				dropped += j - i - 1
				asIs = asIs && j == i+1 && c == ' '
			} else {
				dropped += j - i
				asIs = false
			}
			i = j
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			asIs = false
		}
		h = wcHashByte(h, c)
		i++
	}
	n := len(s) - dropped
	if n == 0 {
		return nil, true
	}
	for i := h & ft.mask; ; i = (i + 1) & ft.mask {
		e := &ft.table[i]
		if e.key == "" {
			return nil, true
		}
		if e.h == h && len(e.key) == n && (asIs && e.key == s || !asIs && foldedEqual(s, e.key)) {
			return e, true
		}
	}
}

// findWord is find for an ASCII word of the text, a token's, whose
// bytes are letters, digits or the joiners ' - . &, and whose wcHash
// lowered is h: the token's hash, which find would compute again. Its
// bytes with bit 0x20 set are its fold (see probeWord).
func (ft *formTable) findWord(w string, h uint32) *formEntry {
	for i := h & ft.mask; ; i = (i + 1) & ft.mask {
		e := &ft.table[i]
		if e.key == "" {
			return nil
		}
		if e.h == h && len(e.key) == len(w) && equalOr20(w, e.key) {
			return e
		}
	}
}

// foldedEqual reports whether the ASCII s folds to key, a folded form of
// the same length as s's fold.
func foldedEqual(s, key string) bool {
	k := 0
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			space = k > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			if key[k] != ' ' {
				return false
			}
			k++
			space = false
		}
		if key[k] != c {
			return false
		}
		k++
	}
	return true
}

// has reports whether list l, whose flag is f, holds s: the table
// answers, or the list for a form it cannot fold.
// mayEndDocument reports whether the word w may be the last word of a
// form of cueDocuments: false only for a word of ASCII whose hash has no
// bit in docTails.
func (ft *formTable) mayEndDocument(w string) bool {
	h := wcHashInit
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return true // find folds no such word: the list decides
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		h = wcHashByte(h, c)
	}
	return ft.docTails[h>>6&63]&(1<<(h&63)) != 0
}

func (ft *formTable) has(lex *Lexicon, s string, f formFlags, l List) bool {
	e, ok := ft.find(s)
	if !ok {
		return lex.Contains(l, s)
	}
	return e != nil && e.flags&f != 0
}

// canonical returns the canonical form of s in CueVerbs (f fCueVerb) or
// CuePhrases (fCuePhrase), as Lookup does.
func (ft *formTable) canonical(lex *Lexicon, s string, f formFlags) (string, bool) {
	e, ok := ft.find(s)
	if !ok {
		if f == fCueVerb {
			return lex.Lookup(CueVerbs, s)
		}
		return lex.Lookup(CuePhrases, s)
	}
	if e == nil || e.flags&f == 0 {
		return "", false
	}
	if f == fCueVerb {
		return e.verb, true
	}
	return e.cue, true
}
