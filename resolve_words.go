package wirestory

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// The word lists speaker resolution consults. Each is an embedded file
// lexicon/KIND.txt that callers may extend with [Lexicon.With].
const (
	PersonRoles    Kind = "resolve-roles"      // role nouns by synonym group: "envoy | ambassador | diplomat"
	Honorifics     Kind = "resolve-honorifics" // courtesy titles before a name: "Mr. | Mrs. | Dr."
	PronounGenders Kind = "resolve-pronouns"   // "he | him | his", "they | them | their"
	Genders        Kind = "resolve-gender"     // words that tell gender, canonical "he" or "she": "she | Mrs. | spokeswoman | Hillary"
	SpeakerPlaces  Kind = "resolve-places"     // countries, states and capitals that speak: "United States | U.S. | America"
	Demonyms       Kind = "resolve-demonyms"   // nationality words by place: "Pakistan | Pakistani | Pakistanis"
	OrgWords       Kind = "resolve-orgs"       // head words of organisations: "ministry | Ministry"
	NonNames       Kind = "resolve-nonnames"   // capitalised words never in a name: "During", "Friday"
	Particles      Kind = "resolve-particles"  // lower-case words inside names: "bin", "von"
)

// Word classes of one folded form, merged from every resolution list.
const (
	rwRole uint16 = 1 << iota
	rwHonorific
	rwMale
	rwFemale
	rwPlace
	rwDemonym
	rwOrg
	rwNonName
	rwParticle
	rwHe
	rwShe
	rwThey
	rwIt
	rwWho
	rwMulti // the first word of a form of several words
	rwCue   // a speech verb: the name before it is a person's

	rwPronoun = rwHe | rwShe | rwThey | rwIt | rwWho
	rwNotName = rwRole | rwHonorific | rwPlace | rwDemonym | rwOrg | rwNonName | rwPronoun | rwCue
)

// An rsWord is what the resolution lists say about one folded form.
type rsWord struct {
	bits  uint16
	role  string // the role group, for rwRole
	place string // the canonical place, for rwPlace and rwDemonym
	org   string // the canonical head word, for rwOrg
}

// rsWords is one Lexicon's resolution lists merged into one map, so that
// a word costs one lookup.
type rsWords struct {
	index    map[string]int32 // folded form -> words
	words    []rsWord
	maxWords int

	// bloom filters lookups: bit rsHash(form)%len(bloom)*64 is set for
	// every folded ASCII form, so most words skip the map.
	bloom [1 << 10]uint64
}

// rsHash is the FNV-1a hash of ASCII s folded to lower case; ok is false
// when s is not ASCII.
func rsHash(s string) (h uint32, ok bool) {
	h = 2166136261
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h, true
}

func (w *rsWords) mayHold(h uint32) bool {
	h %= uint32(len(w.bloom) * 64)
	return w.bloom[h/64]&(1<<(h%64)) != 0
}

// lookupWord is lookup for one word, skipping the map when no form can
// match.
func (w *rsWords) lookupWord(s string) int32 {
	if h, ok := rsHash(s); ok && !w.mayHold(h) {
		return -1
	}
	return w.lookup(s)
}

var rsWordsCache sync.Map // *Lexicon -> *rsWords

func rsWordsOf(l *Lexicon) *rsWords {
	if l == nil {
		l = defaultLexicon()
	}
	if w, ok := rsWordsCache.Load(l); ok {
		return w.(*rsWords)
	}
	w := &rsWords{index: map[string]int32{}}
	add := func(k Kind, fn func(canon string, w *rsWord)) {
		list := l.list(k)
		if list == nil {
			return
		}
		w.maxWords = max(w.maxWords, list.maxWords)
		for form, canon := range list.canon {
			w.entry(form, func(x *rsWord) { fn(canon, x) })
		}
	}
	// The attribution lists first, so that the resolution lists' role
	// groups win.
	add(Titles, func(c string, x *rsWord) { x.bits |= rwHonorific })
	add(RoleNouns, func(c string, x *rsWord) { x.bits |= rwRole; x.role = c })
	add(CueVerbs, func(c string, x *rsWord) { x.bits |= rwCue })
	add(PersonRoles, func(c string, x *rsWord) { x.bits |= rwRole; x.role = c })
	add(Honorifics, func(c string, x *rsWord) { x.bits |= rwHonorific })
	add(Genders, func(c string, x *rsWord) {
		if c == "she" {
			x.bits |= rwFemale
		} else {
			x.bits |= rwMale
		}
	})
	add(SpeakerPlaces, func(c string, x *rsWord) { x.bits |= rwPlace; x.place = c })
	add(Demonyms, func(c string, x *rsWord) {
		x.bits |= rwDemonym
		if x.place == "" {
			x.place = c
		}
	})
	add(OrgWords, func(c string, x *rsWord) { x.bits |= rwOrg; x.org = c })
	add(NonNames, func(c string, x *rsWord) { x.bits |= rwNonName })
	add(Particles, func(c string, x *rsWord) { x.bits |= rwParticle })
	add(PronounGenders, func(c string, x *rsWord) {
		switch foldKey(c) {
		case "he":
			x.bits |= rwHe
		case "she":
			x.bits |= rwShe
		case "they":
			x.bits |= rwThey
		case "it":
			x.bits |= rwIt
		case "who":
			x.bits |= rwWho
		}
	})
	for form := range w.index {
		if h, ok := rsHash(form); ok {
			h %= uint32(len(w.bloom) * 64)
			w.bloom[h/64] |= 1 << (h % 64)
		}
	}
	v, _ := rsWordsCache.LoadOrStore(l, w)
	return v.(*rsWords)
}

// entry updates the word of folded form, marking the first word of a
// form of several words.
func (w *rsWords) entry(form string, fn func(*rsWord)) {
	i, ok := w.index[form]
	if !ok {
		i = int32(len(w.words))
		w.words = append(w.words, rsWord{})
		w.index[form] = i
	}
	fn(&w.words[i])
	if first, _, multi := strings.Cut(form, " "); multi {
		j, ok := w.index[first]
		if !ok {
			j = int32(len(w.words))
			w.words = append(w.words, rsWord{})
			w.index[first] = j
		}
		w.words[j].bits |= rwMulti
	}
}

// lookup returns the index of s's word, or -1.
func (w *rsWords) lookup(s string) int32 {
	var buf [64]byte
	if key, ok := asciiKey(buf[:0], s); ok {
		if i, found := w.index[string(key)]; found {
			return i
		}
		return -1
	}
	if i, found := w.index[foldKey(s)]; found {
		return i
	}
	return -1
}
