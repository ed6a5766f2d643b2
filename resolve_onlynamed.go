package wirestory

import "strings"

// A person the story names only in a phrase after a description of
// them: "a 34-year-old office worker identified only by her surname
// Choi", "a woman who gave only her first name, Mariam", "a driver who
// gave his name only as Sergei", "a nurse, who asked to be identified
// only by her first name, Leila,". The phrase is a verb of
// resolve-namingverbs, a few words in lower case and a word of
// resolve-namedlinks right before the name, a comma between or not. The
// name is a person's, of the gender of the phrase's "her" or "his"; the
// description before the phrase, and a pronoun inside it, stand for
// that person.

// Bounds of the phrase.
const (
	rsMaxNamingGap   = 5  // words between the verb and the word before the name
	rsMaxDescription = 14 // words from a mention's end to the name: ", a 34-year-old office worker identified only by her surname"
)

// onlyNamedAt returns the token of the verb of the phrase that names
// the capitalised run at token i ("identified" in "identified only by
// her surname Choi"), or -1. The word before the name is a noun of
// resolve-namedlinks, or "as" in a phrase that holds a word of
// resolve-namedonly or a personal pronoun ("identified only as Ahmad",
// "gave his name as Sergei"): a place is "known as Little Havana". Its
// callers ask rsWords.mayLinkName of the word before i first.
func (r *resolver) onlyNamedAt(i int) int {
	if i < 2 || r.toks[i].flags&(tkBreak|tkSentStart) != 0 || r.toks[i-1].flags&(tkCap|tkPoss) != 0 {
		return -1
	}
	r.bitsAt(i - 1)
	link := r.word(&r.toks[i-1])
	if link == nil || !link.namedLink && !link.asLink {
		return -1
	}
	sure := link.namedLink
	for x := i - 2; x >= 0 && x >= i-2-rsMaxNamingGap; x-- {
		if r.toks[x+1].flags&(tkComma|tkBreak|tkSentStart) != 0 || r.toks[x].flags&(tkCap|tkPoss) != 0 {
			return -1
		}
		r.bitsAt(x)
		w := r.word(&r.toks[x])
		switch {
		case w == nil:
		case w.namingVerb && sure:
			return x
		case w.namingVerb:
			return -1 // the nearest verb is the phrase's: "an area known as Little Havana"
		default:
			sure = sure || w.namedLink || w.namedOnly || w.bits&(rwHe|rwShe) != 0
		}
	}
	return -1
}

// onlyNamed reads the name run i..j that the phrase whose verb is token
// v gives (see onlyNamedAt): the person, of the phrase's gender, whom
// the pronouns inside the phrase and the unnamed description just
// before it stand for.
func (r *resolver) onlyNamed(v, i, j int) {
	n := len(r.refs)
	r.person(i, i, j)
	if len(r.refs) == n || r.refs[n].s != r.toks[i].s || r.refs[n].ent < 0 {
		return
	}
	e := r.refs[n].ent
	ent := &r.ents[e]
	if ent.kind == entWeak {
		ent.kind = entPerson
	}
	// "identified only by her surname": the phrase's pronouns are the
	// person's, and tell the gender.
	g := int8(genUnknown)
	k := n - 1
	for ; k >= 0 && r.refs[k].s >= r.toks[v].e; k-- {
		ref := &r.refs[k]
		if b := r.toks[ref.at].bits; b&(rwHe|rwShe) != 0 {
			ref.ent, ref.person = e, true
			if b&rwShe != 0 {
				g = genFemale
			} else {
				g = genMale
			}
		}
	}
	// The description the phrase follows, unnamed: "A shopkeeper" in "A
	// shopkeeper identified only as Ahmad", "A baker" in "A baker in the
	// Shubra district, who gave his name only as Mahmoud,": the nearest
	// person before the verb in its sentence, past places, bodies and
	// the "who" that are no person or are the person too, with no
	// speech verb between.
	for ; k >= 0 && r.refs[k].sent == r.toks[v].sent && v-int(r.refs[k].at) <= rsMaxDescription; k-- {
		ref := &r.refs[k]
		if r.toks[ref.at].bits&rwWho != 0 {
			ref.ent, ref.person = e, true
			continue
		}
		if ref.ent >= 0 && (r.ents[ref.ent].kind == entOrg || r.ents[ref.ent].kind == entPlace) || !ref.person && ref.ent >= 0 {
			continue
		}
		// "a lawyer for the man identified only as Ahmad": the man, the
		// object of another's phrase, is named by the name alone, not
		// through the phrase that holds him.
		if ref.person && ref.ent < 0 && !ref.poss && !r.objectOfPhrase(int(ref.at)) && r.describedAfterRef(ref, v) {
			ref.ent = e
			if g == genUnknown {
				g = ref.gender
			}
		}
		break
	}
	if ent.gender == genUnknown {
		ent.gender = g
	}
}

// describedBefore reports whether the words from token from to the
// naming verb at token v leave the description that ends before from
// the one the phrase names: no sentence end, no punctuation but commas,
// no speech verb but the naming one, and no noun phrase of its own
// opened by an article ("a lawyer for the man identified only as
// Ahmad" names the man) unless a comma closes it ("A baker in the
// Shubra district, who gave his name only as Mahmoud,"). With appos, an
// article right after a comma at from opens an apposition to the
// description: "One of them, a 34-year-old office worker identified …".
func (r *resolver) describedBefore(from, v int, appos bool) bool {
	np := false
	for y := from; y <= v; y++ {
		f := r.toks[y].flags
		if f&(tkBreak|tkSentStart) != 0 {
			return false
		}
		if f&tkComma != 0 {
			np = false
		}
		if y == v {
			break
		}
		if f&tkCap != 0 {
			continue
		}
		if b := r.bitsAt(y); b&rwCue != 0 && !r.w.words[r.toks[y].wi].namingVerb {
			return false
		}
		if (r.isDeterminer(y) || r.isIndefinite(y)) && !(appos && y == from && f&tkComma != 0) {
			np = true
		}
	}
	return !np
}

// objectOfPhrase reports whether token k follows a preposition of a
// source phrase in lower case: "the man" in "a lawyer for the man".
func (r *resolver) objectOfPhrase(k int) bool {
	return k > 0 && r.joined(k) && r.toks[k-1].flags&tkCap == 0 && r.d.lex.Contains(phrasePrepositions, r.str(&r.toks[k-1]))
}

// describedAfterRef is describedBefore for the description ref.
func (r *resolver) describedAfterRef(ref *rsRef, v int) bool {
	x := int(ref.at)
	for x < v && r.toks[x].e <= ref.e {
		x++
	}
	return r.describedBefore(x, v, false)
}

// onlyNamedAfter returns the entity of the person a phrase right after
// mention m, whose first reference is refs[ref] or one before it, names
// (see onlyNamedAt and describedBefore), or -1: "Choi"
// for "One of them" in "One of them, a 34-year-old office worker
// identified only by her surname Choi, told …", "Mariam" for "a woman"
// in "said a woman who gave only her first name, Mariam". A mention
// that holds a second noun phrase ("a lawyer for the man") is named so
// only after a comma: "identified only as Ahmad" names the man.
func (r *resolver) onlyNamedAfter(m Span, ref int) int {
	if strings.IndexByte(r.text[m.Start:m.End], ' ') < 0 {
		return -1 // a pronoun or a word alone: no description to name
	}
	// The mention's last word: read on from the word of the mention's
	// first reference ref, if it is inside the mention, a few words,
	// where a search of the story's words cost more than the rest.
	var x int
	if ref < len(r.refs) && r.refs[ref].s >= m.Start && r.refs[ref].s < m.End {
		for x = int(r.refs[ref].at); x < len(r.toks) && r.toks[x].e < m.End; x++ {
		}
	} else {
		x, _ = tokEndingAt(r.toks, m.End)
	}
	if x >= len(r.toks) || r.toks[x].e != m.End {
		return -1
	}
	x++
	g := x
	for g < len(r.toks) && g < x+rsMaxDescription && r.toks[g].flags&tkCap == 0 {
		g++
	}
	if g == x || g >= len(r.toks) || r.toks[g].flags&tkCap == 0 || !r.w.mayLinkName(r.toks[g-1].hash) {
		return -1
	}
	if x < len(r.toks) && r.toks[x].flags&tkComma == 0 {
		for y := x - 1; y >= 0 && r.toks[y].s > m.Start; y-- {
			if r.isDeterminer(y) || r.isIndefinite(y) {
				return -1
			}
		}
	}
	v := r.onlyNamedAt(g)
	if v < x || !r.describedBefore(x, v, true) {
		return -1
	}
	k, ok := refStartingAt(r.refs, r.toks[g].s)
	if !ok || r.refs[k].ent < 0 || r.ents[r.refs[k].ent].kind != entPerson {
		return -1
	}
	return r.refs[k].ent
}
