package wirestory

// A person's affiliation is the organisation a title or role ties them
// to: "Rosatom's Director Vadim Prokhorenko", "Rosatom official Vadim
// Prokhorenko", "Ivan Petrov, a deputy head of Rosatom,". Wires then
// refer to the person by the organisation and a role noun: "the Rosatom
// official", "the Haiyun executive", "the company official". The
// resolver keeps, for each word of an organisation's name, the person
// last introduced with it (byAffil), and the person last introduced with
// any (affiliated).

// rsMaxAffil bounds the words of an organisation's name kept.
const rsMaxAffil = 4

// affiliate ties entity e to the organisation whose name ends at token
// a, if a >= 0: to each of its capitalised words, up to rsMaxAffil.
func (r *resolver) affiliate(e, a int) {
	if a < 0 || e < 0 {
		return
	}
	for x := a; x >= 0 && x > a-rsMaxAffil && r.orgNameWord(x); x-- {
		r.byAffil.set(r.tokKey(x), int32(e))
		if x == 0 || !r.joined(x) {
			break
		}
	}
	r.affiliated = e
	r.ents[e].affil = true
}

// orgInPhrase reports whether a word between the determiner at token
// start and the role noun at token k may name an organisation: "Lukoil"
// in "the Lukoil official".
func (r *resolver) orgInPhrase(start, k int) bool {
	for x := k - 1; x > start; x-- {
		if r.toks[x].bits&rwRole == 0 && r.orgNameWord(x) {
			return true
		}
	}
	return false
}

// orgNameWord reports whether token x may be a word of an
// organisation's name: capitalised, and no place, nationality, function
// word, pronoun or given name.
func (r *resolver) orgNameWord(x int) bool {
	t := &r.toks[x]
	return t.flags&tkCap != 0 && t.flags&tkHeadline == 0 && t.bits&(rwPlace|rwDemonym|rwNonName|rwPronoun|rwMale|rwFemale) == 0
}

// affiliationBefore returns the token that names the organisation of
// the titles that start at token k of a name run starting at token i:
// the possessor ("Rosatom's Director X") or a capitalised word before
// lower-case titles ("Rosatom official X"). A place ("Pakistan's envoy")
// qualifies the person and is no organisation. It returns -1 if there
// is none.
func (r *resolver) affiliationBefore(k, i int) int {
	if k == 0 || r.toks[k].flags&(tkComma|tkBreak|tkSentStart) != 0 {
		return -1
	}
	if !r.orgNameWord(k - 1) {
		return -1
	}
	if r.toks[k-1].flags&tkPoss != 0 || k < i {
		return k - 1
	}
	return -1
}

// affiliationIn returns the last word of the organisation a role in
// apposition from token j is of, at or for: "Rosatom" in "X, a deputy
// head of Rosatom,", "X, spokesman for the Rosatom corporation," gives
// none. It looks four words on for the preposition and six on for the
// name, and returns -1 if there is none or it is a place.
func (r *resolver) affiliationIn(j int) int {
	for x := j + 1; x < len(r.toks) && x <= j+4 && r.joined(x); x++ {
		if r.toks[x].flags&tkCap != 0 {
			return -1
		}
		switch r.str(&r.toks[x]) {
		case "of", "at", "for", "with":
		default:
			continue
		}
		if r.bitsAt(x-1)&rwRole == 0 {
			return -1 // "X, a deputy head of Rosatom" has the role before "of"
		}
		y := x + 1
		if y < len(r.toks) && r.joined(y) && r.is(y, "the", rsHashThe) {
			y++
		}
		last := -1
		for ; y < len(r.toks) && y <= x+7 && (y == x+1 || r.joined(y)) && r.toks[y].flags&tkCap != 0; y++ {
			if r.toks[y].bits&(rwNonName|rwPronoun) != 0 {
				break
			}
			last = y
			if r.toks[y].flags&tkPoss != 0 {
				break
			}
		}
		if last < 0 || r.toks[last].flags&tkPoss != 0 || r.toks[last].bits&(rwPlace|rwDemonym) != 0 {
			return -1
		}
		return last
	}
	return -1
}

// memberBefore returns the person the organisation between the
// determiner at token start and the role noun at token k ties the role
// to (see memberOf), or -1: "the Rosatom official", "the company
// official". byName tells the first, where the organisation is named;
// a body's noun ("company") ties the role only to the person last
// introduced with any organisation.
func (r *resolver) memberBefore(start, k int, g int8) (e int, byName bool) {
	for x := k - 1; x > start; x-- {
		t := &r.toks[x]
		if t.bits&rwRole == 0 && r.orgNameWord(x) {
			return r.memberOf(x, false, g), true
		}
		if t.flags&tkCap == 0 && r.bitsAt(x)&(rwOrg|rwRole) == rwOrg {
			return r.memberOf(-1, true, g), false
		}
	}
	return -1, false
}

// memberOf returns the person last introduced as of the organisation
// whose name ends in token a ("the Rosatom official"), or, with a = -1
// and orgWord, of any organisation ("the company official"); -1 if none,
// or if the person's gender is known and not g.
func (r *resolver) memberOf(a int, orgWord bool, g int8) int {
	e := -1
	switch {
	case a >= 0:
		if x, ok := r.byAffil.get(r.tokKey(a)); ok {
			e = int(x)
		}
	case orgWord:
		e = r.affiliated
	}
	if e >= 0 && g != genUnknown && r.ents[e].gender != genUnknown && r.ents[e].gender != g {
		return -1
	}
	return e
}
