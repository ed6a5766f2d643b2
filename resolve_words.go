package wirestory

import (
	"slices"
	"strings"
	"unicode/utf8"
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
	// orgKey is org folded, the key of resolver.byOrg, folded once here
	// rather than per mention.
	orgKey string
	// generic is "group" or "country" for a noun that stands for the
	// organisation or country named before it ("the group").
	generic string
	// placeHead marks the head word of a place or facility: "Canal".
	placeHead bool
	// placeNoun marks a lower-case noun of a place that the name before
	// it names: "temple" in "the Shri Ram temple".
	placeNoun bool
	// inName marks an honorific that names also hold after the given
	// name: "Sheikh" in "Abdirahman Sheikh Omar Ali".
	inName bool
	// orgOpener marks a word no name holds that opens an organisation's
	// name: "All" in "Chairman All India Radio".
	orgOpener bool
	// general marks a role noun whose group covers others
	// (resolveGeneralRoles): "official" covers "warden".
	general bool
	// courtesy marks a courtesy title ("Dr.", "Prof.", "Sheikh"): as a
	// role it is the person's besides the office, not instead of it.
	courtesy bool
	// outlet marks a head noun of a news outlet (chainRelayNouns):
	// "agency" in "state news agency Antara".
	outlet bool
	// stopName marks a function word that is also a given name, a
	// name's when capitalised before one: "Nor" in "Dr. Nor Azlina
	// Ismail" (see resolver.stopNameAt).
	stopName bool
	// namePrep marks a preposition that, capitalised between two
	// capitalised words, is a body's name's: "Without" in "Doctors
	// Without Borders" (see resolver.namePrepAt).
	namePrep bool
	// namingVerb and namedLink mark the verb and the noun right before
	// the name of a phrase that names a person described before it:
	// "identified" and "surname" in "identified only by her surname
	// Choi"; asLink "as" (asWords), which may stand for the noun, and
	// namedOnly the word that lets it: "only" in "identified only as
	// Ahmad" (see resolver.onlyNamedAt).
	namingVerb, namedLink, namedOnly, asLink bool
}

// rsWords is one Lexicon's resolution lists merged into one map, so that
// a word costs one lookup.
type rsWords struct {
	words    []rsWord
	keys     []string // words[i]'s folded form
	maxWords int
	// keyTable finds a folded form of any length by its wcHash: open
	// addressing, slot -1 empty, each slot an index in words and keys.
	// It is data, where a map would be made anew by every process that
	// loads the preset table (see preset.go).
	keyTable []int32
	// index maps a folded form to its index in words while the table is
	// built; it is nil afterwards.
	index map[string]int32

	// bloom filters lookups: bit rsHash(form)%len(bloom)*64 is set for
	// every folded ASCII form, so most words skip the map.
	bloom [1 << 10]uint64
	// lower is the same filter for the forms a word in lower case is
	// looked up for as it is read: roles, organisations, pronouns and
	// the first words of longer forms. Other lower-case words ("the",
	// "said") are looked up only where they matter.
	lower [1 << 10]uint64
	// multiStart and multi filter the lookups of forms of several words
	// by the rsHash of the words of the text joined by one space:
	// multiStart holds the bit of every part of such a form that ends
	// before a space and holds no byte above 0x7F, multi the bit of
	// every whole form in ASCII.
	multiStart [1 << 10]uint64
	multi      [1 << 10]uint64

	// placePreps holds the place prepositions ("at"), folded.
	placePreps []string
	// outlets filters the words asked whether they are an outlet's head
	// noun (chainRelayNouns): the bit rsHash(form)%256 of each form.
	outlets [4]uint64
	// nameLinks is the same filter for the words right before a name
	// that a phrase gives (namedLink, asLink: see onlyNamedAt).
	nameLinks [4]uint64

	// table finds a one-word ASCII form by its rsHash without hashing
	// the string again: open addressing, slot -1 empty.
	table []int32  // slot -> index in forms
	forms []string // folded one-word ASCII forms
	formw []int32  // forms[i]'s index in words
	// formLo is forms[i]'s first eight bytes, the first in the low
	// byte, zeros after a shorter form: most words of a text are
	// compared with a form in one step (see rsScanner.plain).
	formLo []uint64
}

// rsLo returns the first eight bytes of s as formLo holds them.
func rsLo(s string) uint64 {
	var v uint64
	for k := min(len(s), 8) - 1; k >= 0; k-- {
		v = v<<8 | uint64(s[k])
	}
	return v
}

// rsLoMask keeps the bytes of a form of n bytes, n < 8, in a formLo.
var rsLoMask = [8]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff}

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

// mayBeOutlet reports whether the word whose rsHash is h may be an
// outlet's head noun; a word not in ASCII (h 0) is asked of the table.
func (w *rsWords) mayBeOutlet(h uint32) bool {
	return h == 0 || w.outlets[h/64%4]&(1<<(h%64)) != 0
}

// mayLinkName reports whether the word whose rsHash is h may be a
// namedLink or asLink word.
func (w *rsWords) mayLinkName(h uint32) bool {
	return h == 0 || w.nameLinks[h/64%4]&(1<<(h%64)) != 0
}

// hashFilter returns the filter of 256 bits that holds the bit
// rsHash(form)%256 of every form of lists.
func hashFilter(l *Lexicon, lists ...List) (f [4]uint64) {
	for _, k := range lists {
		list := l.list(k)
		if list == nil {
			continue
		}
		for form := range list.forms() {
			if h, ok := rsHash(form); ok {
				f[h/64%4] |= 1 << (h % 64)
			}
		}
	}
	return f
}

func (w *rsWords) mayMatter(h uint32) bool {
	h %= uint32(len(w.lower) * 64)
	return w.lower[h/64]&(1<<(h%64)) != 0
}

// mayStartMulti reports whether some form of several words may start
// with the words whose joined rsHash is h; mayBeMulti whether they may
// be one.
func (w *rsWords) mayStartMulti(h uint32) bool { return filterHas(&w.multiStart, h) }
func (w *rsWords) mayBeMulti(h uint32) bool    { return filterHas(&w.multi, h) }

func filterHas(f *[1 << 10]uint64, h uint32) bool {
	h %= uint32(len(f) * 64)
	return f[h/64]&(1<<(h%64)) != 0
}

func filterAdd(f *[1 << 10]uint64, h uint32) {
	h %= uint32(len(f) * 64)
	f[h/64] |= 1 << (h % 64)
}

// rsHashOn goes on with rsHash h over ASCII s, as if s followed the
// text h was made of.
func rsHashOn(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// rsHashInit is the rsHash of "".
const rsHashInit uint32 = 2166136261

// rsHashSpace is rsHashOn(h, " ").
func rsHashSpace(h uint32) uint32 { return (h ^ ' ') * 16777619 }

// lookupHashed is lookup for one ASCII word s whose rsHash is h.
func (w *rsWords) lookupHashed(s string, h uint32) int32 {
	if !w.mayHold(h) {
		return -1
	}
	mask := uint32(len(w.table) - 1)
	for slot := h & mask; w.table[slot] >= 0; slot = (slot + 1) & mask {
		if f := w.forms[w.table[slot]]; len(f) == len(s) && asciiEqualLower(s, f) {
			return w.formw[w.table[slot]]
		}
	}
	return -1
}

// lookupBits is lookupHashed with the word's classes, 0 when it has none.
func (w *rsWords) lookupBits(s string, h uint32) (int32, uint16) {
	if !w.mayHold(h) {
		return -1, 0 // as lookupHashed would, without the call
	}
	if wi := w.lookupHashed(s, h); wi >= 0 {
		return wi, w.words[wi].bits
	}
	return -1, 0
}

// asciiEqualLower reports whether ASCII s folded to lower case is lower.
func asciiEqualLower(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// lookupWord is lookup for one word, skipping the map when no form can
// match.
func (w *rsWords) lookupWord(s string) int32 {
	if h, ok := rsHash(s); ok && strings.IndexByte(s, ' ') < 0 {
		return w.lookupHashed(s, h)
	}
	return w.lookup(s)
}

// rsWordsOf returns the resolution word table of l, built once per
// Lexicon.
func rsWordsOf(l *Lexicon) *rsWords {
	if l == nil {
		l = defaultLexicon()
	}
	l.rsOnce.Do(func() { l.rsTable = buildRSWords(l) })
	return l.rsTable
}

// rsLists are the lists buildRSWords merges.
var rsLists = [...]List{Titles, Roles, CueVerbs, resolveRoles, resolveHonorifics, resolveGender,
	resolvePlaces, resolveDemonyms, resolveOrgs, resolveGeneric, resolveNonNames, resolveParticles, resolvePronouns, resolvePlaceHeads, resolvePlaceNouns, resolveNameHonorifics, resolveOrgOpeners, resolveNameInitials, resolveStopNames, resolveBodyPreps, resolveNamingVerbs, resolveNamedLinks, resolveNamedOnly, asWords, chainRelayNouns}

func buildRSWords(l *Lexicon) *rsWords {
	// The map and the words sized up front for every form of every list:
	// their growth cost more than the rest of the build.
	n := 0
	for _, k := range rsLists {
		if list := l.list(k); list != nil {
			n += list.size()
		}
	}
	w := &rsWords{index: make(map[string]int32, n), words: make([]rsWord, 0, n), keys: make([]string, 0, n)}
	add := func(k List, fn func(canon string, w *rsWord)) {
		list := l.list(k)
		if list == nil {
			return
		}
		w.maxWords = max(w.maxWords, list.maxWords)
		for form, canon := range list.forms() {
			w.entry(form, func(x *rsWord) { fn(canon, x) })
		}
	}
	// The attribution lists first, so that the resolution lists' role
	// groups win.
	add(Titles, func(c string, x *rsWord) { x.bits |= rwHonorific })
	add(Roles, func(c string, x *rsWord) { x.bits |= rwRole; x.role = c })
	add(CueVerbs, func(c string, x *rsWord) { x.bits |= rwCue })
	add(resolveRoles, func(c string, x *rsWord) {
		x.bits |= rwRole
		x.role = c
		g, ok := l.Lookup(resolveGeneralRoles, c)
		x.general = ok && g == c
	})
	add(resolveHonorifics, func(c string, x *rsWord) { x.bits |= rwHonorific; x.courtesy = true })
	add(resolveGender, func(c string, x *rsWord) {
		if c == "she" {
			x.bits |= rwFemale
		} else {
			x.bits |= rwMale
		}
	})
	add(resolvePlaces, func(c string, x *rsWord) { x.bits |= rwPlace; x.place = c })
	add(resolveDemonyms, func(c string, x *rsWord) {
		x.bits |= rwDemonym
		if x.place == "" {
			x.place = c
		}
	})
	add(resolveOrgs, func(c string, x *rsWord) { x.bits |= rwOrg; x.org, x.orgKey = c, foldKey(c) })
	add(resolveGeneric, func(c string, x *rsWord) { x.bits |= rwOrg; x.generic = c })
	add(resolveNonNames, func(c string, x *rsWord) { x.bits |= rwNonName })
	add(resolveParticles, func(c string, x *rsWord) { x.bits |= rwParticle })
	add(resolvePlaceHeads, func(c string, x *rsWord) { x.placeHead = true })
	add(resolvePlaceNouns, func(c string, x *rsWord) { x.placeNoun = true })
	add(resolveNameHonorifics, func(c string, x *rsWord) { x.inName, x.courtesy = true, true })
	add(resolveOrgOpeners, func(c string, x *rsWord) { x.orgOpener = true })
	add(resolveNameInitials, func(c string, x *rsWord) {}) // a word of the name, its period kept
	add(resolveStopNames, func(c string, x *rsWord) { x.stopName = true })
	add(resolveBodyPreps, func(c string, x *rsWord) { x.namePrep = true })
	add(resolveNamingVerbs, func(c string, x *rsWord) { x.namingVerb = true })
	add(resolveNamedLinks, func(c string, x *rsWord) { x.namedLink = true })
	add(resolveNamedOnly, func(c string, x *rsWord) { x.namedOnly = true })
	add(asWords, func(c string, x *rsWord) { x.asLink = true })
	add(chainRelayNouns, func(c string, x *rsWord) { x.outlet = true })
	w.outlets = hashFilter(l, chainRelayNouns)
	w.nameLinks = hashFilter(l, resolveNamedLinks, asWords)
	// The place prepositions stay out of the table, which common words
	// would slow: resolver.placeObject asks for them only.
	if list := l.list(resolvePlacePreps); list != nil {
		for form := range list.forms() {
			w.placePreps = append(w.placePreps, form)
		}
		slices.Sort(w.placePreps)
	}
	add(resolvePronouns, func(c string, x *rsWord) {
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
	size := 1
	for size < 4*len(w.index) {
		size *= 2
	}
	w.table = make([]int32, size)
	for i := range w.table {
		w.table[i] = -1
	}
	w.forms = make([]string, 0, len(w.keys))
	w.formw = make([]int32, 0, len(w.keys))
	w.formLo = make([]uint64, 0, len(w.keys))
	for i, form := range w.keys {
		// One pass over the form gives its rsHash, whether it is ASCII and
		// whether it has several words. Every part before a space up to
		// the first byte above 0x7F goes into multiStart, so that a text
		// in ASCII that starts a form not in ASCII ("new zürich") passes
		// the filter too.
		h, several := rsHashInit, false
		ascii := true
		for k := 0; k < len(form); k++ {
			c := form[k]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if c == ' ' {
				several = true
				filterAdd(&w.multiStart, h)
			}
			h = rsHashOn(h, form[k:k+1])
		}
		if !ascii {
			continue
		}
		if several {
			filterAdd(&w.multi, h)
		}
		// A form of several words is in the table too, by the hash of its
		// words joined by one space, as resolver.multi hashes a run.
		slot := h & uint32(size-1)
		for w.table[slot] >= 0 {
			slot = (slot + 1) & uint32(size-1)
		}
		w.table[slot] = int32(len(w.forms))
		w.forms = append(w.forms, form)
		w.formw = append(w.formw, int32(i))
		w.formLo = append(w.formLo, rsLo(form))
		filterAdd(&w.bloom, h)
		if w.words[i].bits&(rwRole|rwOrg|rwPronoun|rwMulti) != 0 {
			filterAdd(&w.lower, h)
		}
	}
	w.keyTable = keyTableOf(w.keys)
	w.index = nil
	return w
}

// keyTableOf returns the keyTable of keys.
func keyTableOf(keys []string) []int32 {
	size := tableSize(len(keys))
	t := make([]int32, size)
	for i := range t {
		t[i] = -1
	}
	mask := uint32(size - 1)
	for i, k := range keys {
		x := wcHashString(k) & mask
		for t[x] >= 0 {
			x = (x + 1) & mask
		}
		t[x] = int32(i)
	}
	return t
}

// findKey returns the index in w.words of the folded form key, or -1.
func findKey[K string | []byte](w *rsWords, key K) int32 {
	if len(w.keyTable) == 0 {
		return -1
	}
	h := wcHashInit
	for i := 0; i < len(key); i++ {
		h = wcHashByte(h, key[i])
	}
	mask := uint32(len(w.keyTable) - 1)
	for x := h & mask; ; x = (x + 1) & mask {
		i := w.keyTable[x]
		if i < 0 {
			return -1
		}
		if w.keys[i] == string(key) {
			return i
		}
	}
}

// entry updates the word of folded form, marking the first word of a
// form of several words.
func (w *rsWords) entry(form string, fn func(*rsWord)) {
	fn(&w.words[w.slot(form)])
	if first, _, multi := strings.Cut(form, " "); multi {
		w.words[w.slot(first)].bits |= rwMulti
	}
}

// slot returns the index of the word of folded form, added if new.
func (w *rsWords) slot(form string) int32 {
	i, ok := w.index[form]
	if !ok {
		i = int32(len(w.words))
		w.words = append(w.words, rsWord{})
		w.keys = append(w.keys, form)
		w.index[form] = i
	}
	return i
}

// lookupSpan is lookup of a run of words whose rsHash, joined by one
// space, is h (0 where a word is not ASCII): the table finds a run
// written with one space between its words without folding it; any
// other is folded.
func (w *rsWords) lookupSpan(s string, h uint32) int32 {
	if h != 0 {
		if wi := w.lookupHashed(s, h); wi >= 0 {
			return wi
		}
	}
	return w.lookup(s)
}

// lookup returns the index of s's word, or -1.
func (w *rsWords) lookup(s string) int32 {
	var buf [64]byte
	if key, ok := appendKey(buf[:0], s); ok {
		return findKey(w, key)
	}
	return findKey(w, foldKey(s))
}
