package wirestory

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// resolveNames gives each mention, in text order, the name it stands for:
// a pronoun the most recent compatible person, a surname the full name
// first given, a role noun ("the envoy") the person introduced with that
// role, an organisation or country itself. A name the text never gives is
// left "". A mention whose Name is already set keeps it.
//
// It reads the story once, as a wire reader would: each capitalised run
// of words is a name, an organisation or a place, with the titles before
// it and the appositive after it giving the person's role and gender;
// each pronoun and role noun is resolved as it comes against what was
// read before it. Look-arounds are bounded, so the work is linear.
//
// Its limits are those of a careful reader without a parser: a pronoun
// looks back five sentences and prefers the subject or speaker of the
// nearest sentence; "they" finds organisations and countries, or the
// group of people of the source before it, named as that source is; the
// dateline's place is never an antecedent; gender comes from titles, role nouns, common given names
// and earlier pronouns, and is otherwise unknown.
func resolveNames(d *doc, mentions []*Mention) {
	if len(mentions) == 0 {
		return
	}
	r := newResolver(d, mentions)
	r.read()
	for k, m := range mentions {
		if m.Name != "" {
			continue
		}
		// "They" after a group speaks for the group, and is named as it is.
		if isThey(m.Text) {
			if g := r.groupBefore(m.Start); g >= 0 {
				m.Name = mentions[g].Name
				continue
			}
		}
		if m.Name = r.nameOf(k); m.Name == "" {
			m.Name = r.particleSurname(m.Span)
		}
		if m.Name == "" {
			m.Name = r.namedNext(k)
		}
	}
	// A headline's role ("UP minister", "Saxon bakers' chief") is the
	// person the lead names with it, once the body's mentions are named.
	for k, m := range mentions {
		if m.Start >= r.d.bodyStart {
			break
		}
		if m.Name == "" {
			m.Name = r.headlineRole(k)
		}
	}
	r.release()
}

// Entity kinds.
const (
	entWeak   = iota // a capitalised name that may be a person
	entPerson        // a person: titled, given a role, or known by a given name
	entOrg           // an organisation
	entPlace         // a country or place that speaks for its government
)

// Genders.
const (
	genUnknown = iota
	genMale
	genFemale
)

// An rsEntity is one person, organisation or place of the story.
type rsEntity struct {
	name     string
	kind     int8
	gender   int8
	speaker  bool
	body     bool   // the body refers to it, not only the headline
	role     string // the role group it was first introduced with: "chief"
	last     int    // start of its latest reference
	qual     string // the canonical place it belongs to ("Pakistan")
	age      int16  // the age given after its name ("Paul Grint, 54,"), or 0
	headline bool   // first named in a headline
	affil    bool   // introduced with an organisation: "Rosneft's chief executive X"
	// facility: its name, read as a person's after a title, ends in the
	// head word of a place or body ("… Water Production Plant"); no role
	// noun stands for it.
	facility bool
	// roleGender: its gender came from a role noun alone ("chairman
	// Datuk Dr X"), with no courtesy title or given name to tell it:
	// wires write "chairman" and "spokesman" for women too, so a pronoun
	// of the other gender may still stand for it, behind others.
	roleGender bool
	// pronounGender: its gender came from a pronoun that stood for it
	// alone, weaker than a given name that comes later.
	pronounGender bool
	// titleS and titleE bound the titles a person was first named with,
	// "Health, Labor and Welfare Minister": "the health minister" is he.
	titleS, titleE int
	// agencyAsked is the name isAgency last asked the lexicon about, and
	// agency its answer: a name changes when the full one comes.
	agencyAsked string
	agency      bool
}

// isAgency reports whether entity e is named as a news agency is, asking
// the lexicon once for each of its names.
func (r *resolver) isAgency(e int) bool {
	ent := &r.ents[e]
	if ent.agencyAsked != ent.name || ent.name == "" {
		ent.agencyAsked, ent.agency = ent.name, r.d.lex.Contains(Agencies, ent.name)
	}
	return ent.agency
}

// An rsRef is one place where the story refers to an entity.
type rsRef struct {
	s, e    int
	ent     int // index in resolver.ents, or -1
	sent    int32
	at      int32 // the index of its first token
	subj    bool  // first reference of its sentence, not a possessive
	poss    bool
	quoted  bool
	speaker bool // a mention given to resolveNames covers it
	person  bool // a name, a role noun or a personal pronoun
	loc     bool // a place after a preposition: where, not who
	head    bool // before the body: a headline no pronoun looks back to
	actor   bool // it acts: it starts its sentence, speaks, or a speech verb follows
	clause  bool // a speech verb follows it: the subject of its clause ("while X said")
	gender  int8 // for a person the text never names: from the role noun or pronoun
}

type resolver struct {
	d        *doc
	text     string
	w        *rsWords
	toks     []rsTok
	marks    rsMarks // where paragraphs start in toks, and the words read visits
	ents     []rsEntity
	refs     []rsRef
	mentions []*Mention
	mi       int // the next mention that may cover a ref
	// headNamed reports that a name was read before the body, in the
	// headline: only then may a full name take over a short one, of the
	// first headEnts entities, those known when the body's names began.
	headNamed bool
	headEnts  int
	heads     []int // where each mention's head ends, 0 until known

	byName    rsIndex  // full name -> entity
	bySurname rsIndex  // last word of a name -> lists: entities, first introduced first
	byFirst   rsIndex  // first word of a person's name -> the first person so named
	byRole    rsIndex  // role group -> lists: entities, latest last
	byOrg     rsIndex  // organisation head word -> latest entity
	byAffil   rsIndex  // a word of an organisation's name -> the person last introduced with it
	lists     []rsList // the entity lists of bySurname and byRole, kept between stories
	// parts holds, in text order, where each preposition starts that
	// run read as a further part of a title: "for" in "Minister of
	// Roads for Rural Affairs X". A mention's head runs on past them.
	parts []int
	// seenLower's answers: after a few scans of the words, the sorted
	// hashes of those in lower case.
	lowerAsked  int
	lowerHashes []uint32
	// multiAt is the token multi answered for last, with its answer: a
	// run asks for its first word again and again.
	multiAt    int
	multiWi    int32
	multiNext  int
	subjSent   int32 // the latest sentence that has a subject ref
	subjRef    int   // the index in refs of that subject ref
	affiliated int   // the person last introduced with an organisation, or -1
	// posted is the police title read before a bracket or a comma,
	// "Commissioner of Police Amritsar,": the name run that starts at
	// token posted.at is its holder's, with its roles.
	posted rsPosted
	// styled is the last style of address read before a name ("His Royal
	// Highness Prince X"): its word and the token after it, where the
	// name's mention starts; the style alone later is that person.
	styled struct {
		wi int32
		at int
	}
	// kin holds the kin nouns read after a possessive with a name in
	// apposition, "her sister, Ruth,": the same possessive and noun
	// later ("Her sister said") are that name's person.
	kin []rsKin
}

// An rsKin is a kin noun read with a name in apposition: the noun's
// word, the possessor's entity and the token the name starts at.
type rsKin struct {
	wi, owner int32
	at        int32
}

// An rsPosted is a police title with its posting, whose holder is
// named next: the token the name starts at, or -1, and the title's
// role groups, the bracketed abbreviation's second: "chief" and
// "official" for "Director General of Police (DGP)".
type rsPosted struct {
	at         int
	role, abbr string
}

// Bounds on look-arounds.
const (
	rsMaxRun       = 24 // capitalised words in one name run
	rsMaxBack      = 48 // refs a pronoun looks back over
	rsMaxSentences = 5  // sentences a pronoun looks back over
	rsMaxRoleBack  = 4  // words between a determiner and its role noun
	rsMaxPerKey    = 8  // entities kept per surname or role
	rsMaxMention   = 64 // bytes a ref may start before the mention it overlaps
)

// rsPool keeps resolvers, with their buffers and maps, between stories.
var rsPool = sync.Pool{New: func() any { return &resolver{} }}

// rsLookAhead is how far past the last mention the story is read, for
// the appositive after a name ("X, a spokesman for Y,").
const rsLookAhead = 512

func newResolver(d *doc, mentions []*Mention) *resolver {
	end := len(d.text)
	if d.bodyEnd > 0 && d.bodyEnd <= len(d.text) {
		end = d.bodyEnd
	}
	// What comes after the last mention cannot be its antecedent.
	last := 0
	for _, m := range mentions {
		last = max(last, m.End)
	}
	if mentions != nil && last+rsLookAhead < end {
		end = last + rsLookAhead
		for end < len(d.text) && !utf8.RuneStart(d.text[end]) {
			end++
		}
	}
	r := rsPool.Get().(*resolver)
	r.d, r.text, r.w, r.mentions, r.mi, r.subjSent, r.subjRef = d, d.text, rsWordsOf(d.lex), mentions, 0, 0, -1
	r.headNamed, r.headEnts = false, 0
	r.affiliated = -1
	r.posted = rsPosted{at: -1}
	r.styled.wi, r.styled.at = -1, -1
	r.kin = r.kin[:0]
	var ts *tokStream
	if d.sc != nil {
		ts = &d.sc.stream // the attribution stage's tokens, read, not the text cut again
	}
	r.lowerAsked, r.lowerHashes = 0, r.lowerHashes[:0]
	r.multiAt = -1
	r.marks.mentions = mentions
	r.toks = rsScanStream(r.toks[:0], d.text[:end], r.w, ts, &r.marks)
	return r
}

// release returns r to the pool unless it grew large on a long story.
func (r *resolver) release() {
	if cap(r.toks) > maxKept || r.byName.len() > 1<<10 {
		return
	}
	clear(r.ents)
	r.toks, r.refs, r.ents, r.lists, r.parts = r.toks[:0], r.refs[:0], r.ents[:0], r.lists[:0], r.parts[:0]
	r.marks = rsMarks{paras: r.marks.paras[:0], visits: r.marks.visits[:0]}
	r.byName.reset()
	r.bySurname.reset()
	r.byFirst.reset()
	r.byRole.reset()
	r.byOrg.reset()
	r.byAffil.reset()
	// Nothing of the story or its Lexicon stays reachable from the pool.
	r.d, r.text, r.w, r.mentions, r.heads = nil, "", nil, nil, r.heads[:0]
	rsPool.Put(r)
}

func (r *resolver) word(t *rsTok) *rsWord {
	if t.wi < 0 {
		return nil
	}
	return &r.w.words[t.wi]
}

func (r *resolver) str(t *rsTok) string { return r.text[t.s:t.e] }

// listed reports whether list k holds the word t, asked by the hash it
// was read with when it is in ASCII (see Lexicon.containsToken).
func (r *resolver) listed(k List, t *rsTok) bool {
	if t.hash == 0 {
		return r.d.lex.Contains(k, r.str(t))
	}
	w := r.d.lex.list(k)
	return w != nil && w.holdsWord(r.str(t), t.hash)
}

// tokKey returns word k as a key of an rsIndex, with the hash it was
// read with if it is in ASCII.
func (r *resolver) tokKey(k int) rsKey {
	t := &r.toks[k]
	if t.hash != 0 {
		return rsKey{r.str(t), t.hash}
	}
	return keyOf(r.str(t))
}

// bitsAt returns the word classes of token k, looking up a lower-case
// word rsScan left unread. It is small enough to be inlined where it is
// asked, most often of a word read already.
func (r *resolver) bitsAt(k int) uint16 {
	if t := &r.toks[k]; t.wi != rsUnread {
		return t.bits
	}
	return r.readBits(k)
}

// readBits is bitsAt for an unread word, which is in ASCII, hashed as
// it was read.
func (r *resolver) readBits(k int) uint16 {
	t := &r.toks[k]
	t.wi, t.bits = r.w.lookupBits(r.str(t), t.hash)
	return t.bits
}

// read resolves every reference of the story in text order.
func (r *resolver) read() {
	r.findHeadlines()
	mi, next := 0, len(r.text) // the next mention and where it starts
	if len(r.mentions) > 0 {
		next = r.mentions[0].Start
	}
	// Every word read passes over does nothing here: the scan noted the
	// others.
	i := 0
	for _, v := range r.marks.visits {
		if int(v) < i {
			continue // in a run read already
		}
		i = int(v)
		t := &r.toks[i]
		// A speaker the text never names ("A baker in Cairo said"): the
		// pronouns after it are not about whoever was named before.
		if next < t.s {
			for mi < len(r.mentions) && r.mentions[mi].Start < t.s {
				mi++
			}
			next = len(r.text)
			if mi < len(r.mentions) {
				next = r.mentions[mi].Start
			}
		}
		if next == t.s && r.isIndefinite(i) && t.flags&(tkSentStart|tkBreak) != 0 && !r.namedInApposition(i+1) {
			r.addRef(i, i+1, -1, true)
		}
		// "“…,” the 22-year-old said": a speaker read where its mention
		// starts; "The 47-year-old, a former social worker, …" a subject.
		if (next == t.s || t.flags&tkSentStart != 0) && i+1 < len(r.toks) && isDigit(r.text[r.toks[i+1].s]) && r.isDeterminer(i) && r.joined(i+1) && r.ageWord(i+1) {
			i = r.ageEpithet(i + 1)
			continue
		}
		switch {
		case t.bits&rwHe != 0 && t.flags&tkCap != 0 && r.honorificCaps(i):
			i++ // "HE the Minister of State": no pronoun
		case t.bits&(rwHe|rwShe) != 0 && t.flags&tkCap != 0 && r.styleOfAddress(i) > i:
			i = r.styleOfAddress(i) // "His Highness the Amir", "His Highness added"
		case t.bits&rwPronoun != 0:
			r.pronoun(i)
			i++
			if len(r.kin) > 0 && i < len(r.toks) && r.toks[i].flags&tkCap == 0 && r.namedKin(i) {
				i++ // "Her sister was blunter" after "her sister, Ruth,"
			}
		case t.flags&tkCap != 0 && (t.bits&rwNonName == 0 || t.wi >= 0 && r.w.words[t.wi].stopName && r.stopNameAt(i)):
			i = r.run(i)
		case t.flags&tkCap != 0 && t.e-t.s == 1 && r.particleIAt(i):
			i = r.run(i) // "I Made Darmaputra"
		case t.bits&rwRole != 0:
			r.roleNoun(i, i, i)
			i++
		case t.bits&rwOrg != 0:
			r.orgNoun(i)
			i++
		case next == t.s:
			switch {
			case t.flags&tkCap == 0 && r.hyphenShaped(t) && r.particleName(i):
				i = r.run(i) // "al-Khatib said"
			case i+1 < len(r.toks) && r.toks[i+1].bits&(rwMulti|rwRole) == rwMulti && r.twoWordRole(i):
				i += 3 // "the royal father said"
			case t.hash == rsHashThe && i+1 < len(r.toks) && r.toks[i+1].flags&tkCap == 0 && r.kinEpithet(i+1):
				i += 2 // "said the mother of four", "the grandmother said"
			default:
				i++
			}
		default:
			i++
		}
	}
	if !refsInOrder(r.refs) {
		sortStableBy(r.refs, nil, func(a *rsRef) int { return a.s })
	}
}

// twoWordRole reads the speaker's role of two words after the
// determiner at token i, neither a role alone, which the scan does not
// visit ("the royal father said"), and reports whether there was one.
func (r *resolver) twoWordRole(i int) bool {
	if r.toks[i+1].flags&tkCap != 0 || !r.isDeterminer(i) {
		return false
	}
	wi, next := r.multi(i + 1)
	if wi < 0 || next != i+3 || r.w.words[wi].bits&rwRole == 0 || r.bitsAt(i+2)&rwRole != 0 {
		return false
	}
	r.roleNoun(i+2, i+1, i+2)
	return true
}

// ageWord reports whether token k is an age written as one word,
// "22-year-old", which wires put before the person the story is about.
func (r *resolver) ageWord(k int) bool {
	w := r.str(&r.toks[k])
	return len(w) > len(ageSuffix) && w[0] >= '0' && w[0] <= '9' && strings.HasSuffix(w, ageSuffix)
}

// ageSuffix ends an age written as one word: "22-year-old".
const ageSuffix = "-year-old"

// ageOf returns the age that w, "22-year-old" or "54", starts with, or 0
// for none a person may have.
func ageOf(w string) int {
	n := 0
	for k := 0; k < len(w) && k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			break
		}
		n = n*10 + int(w[k]-'0')
	}
	if n > 130 {
		return 0
	}
	return n
}

// ageAfter returns the age given right after a name that ends before
// token j, "X, 54," or "X (54)", or 0.
func (r *resolver) ageAfter(j int) int {
	if j >= len(r.toks) || !allDigits(r.str(&r.toks[j])) {
		return 0
	}
	t := &r.toks[j]
	gap := strings.TrimSpace(r.text[r.toks[j-1].e:t.s])
	var closed bool
	switch gap {
	case ",": // "X, 54, said", "X, 54."
		closed = j+1 >= len(r.toks) || r.toks[j+1].flags&(tkComma|tkSentStart|tkBreak) != 0 && !r.joined(j+1)
	case "(": // "X (54) said"
		closed = strings.HasPrefix(r.text[t.e:], ")")
	}
	if !closed {
		return 0
	}
	return ageOf(r.str(t))
}

// ageEpithet reads "the 22-year-old", "the 71-year-old Japanese
// player" from the age at token i after "the": wires write it for the
// person named before. The nouns and a nationality after the age belong
// to the phrase, and the nationality must agree. It returns the token
// after the phrase.
func (r *resolver) ageEpithet(i int) int {
	end, qual := r.agePhrase(i)
	age := ageOf(r.str(&r.toks[i]))
	// "the 71-year-old farmer Hiroshi Mochizuki": the phrase runs
	// straight into a name, whose age it is, and stands for no one
	// before.
	if end < len(r.toks) && end > i+1 && r.joined(end) && r.toks[end].flags&tkCap != 0 && r.toks[end].bits&rwNonName == 0 {
		n := len(r.refs)
		next := r.run(end)
		if len(r.refs) > n {
			if x := r.refs[len(r.refs)-1].ent; x >= 0 && r.refs[len(r.refs)-1].person && r.ents[x].age == 0 && (r.ents[x].kind == entWeak || r.ents[x].kind == entPerson) {
				r.ents[x].age, r.ents[x].kind = int16(age), entPerson
			}
		}
		return next
	}
	e, _ := r.antecedent(&r.toks[i], genUnknown, false, qual, age)
	if e >= 0 && r.ents[e].kind != entPerson && r.ents[e].kind != entWeak {
		e = -1
	}
	// The person the story gave that age stands for it wherever named:
	// "Hiroshi Mochizuki, 71," many paragraphs before "the 71-year-old
	// said", past others named since whose ages are not told.
	if age != 0 && (e < 0 || int(r.ents[e].age) != age) {
		if x := r.agedPerson(age, qual); x >= 0 {
			e = x
		}
	}
	// The person the age stands for has that age: "The 47-year-old, a
	// former social worker, …" tells the later "the 47-year-old" whom
	// it names, past another person between.
	if e >= 0 && r.ents[e].age == 0 {
		r.ents[e].age = int16(age)
	}
	r.addRef(i-1, end, e, true)
	return end
}

// theNamedRef reports whether refs[k], of someone whose sex is not
// known, is the end of a run of three or more capitalised words after a
// bare "the": "the Kerala Fishworkers Forum".
func (r *resolver) theNamedRef(k int) bool {
	ref := &r.refs[k]
	if ref.ent < 0 || r.ents[ref.ent].gender != genUnknown {
		return false
	}
	i := int(ref.at)
	for x := 0; x < 3 && r.joined(i) && r.toks[i-1].flags&tkCap != 0; x++ {
		if r.toks[i-1].bits&(rwOrg|rwRole|rwHonorific) != 0 {
			return false // "Head of the Bali Forestry Office I Made Darmaputra": a title's body
		}
		i-- // "Kerala", read as the name's place
	}
	n := 0 // the run's words: two may be a person's style, "the Dalai Lama", "the Aga Khan"
	for j := i; j < len(r.toks) && r.toks[j].e <= ref.e && n < 3; j++ {
		n++
	}
	return n >= 3 && r.joined(i) && r.is(i-1, "the", rsHashThe)
}

// agePhrase reads the phrase of the age at token i: the nouns and a
// nationality after it ("the 71-year-old Japanese player"), up to a
// name of its own, a function word or a verb. It returns the token
// after it and the nationality's place.
func (r *resolver) agePhrase(i int) (end int, qual string) {
	end = i + 1
	for end < len(r.toks) && end < i+4 && r.joined(end) && r.bitsAt(end)&(rwNonName|rwPronoun|rwCue) == 0 {
		if w := r.word(&r.toks[end]); w != nil && w.bits&rwDemonym != 0 {
			qual = w.place
		} else if r.toks[end].flags&tkCap != 0 {
			break // "the 40-year-old Smith": a name of its own
		}
		end++
	}
	return end, qual
}

// agedPerson returns the person the story gave age as theirs, of place
// qual if given, named latest, or -1.
func (r *resolver) agedPerson(age int, qual string) int {
	best := -1
	for x := range r.ents {
		ent := &r.ents[x]
		if int(ent.age) != age || ent.kind != entPerson && ent.kind != entWeak || qual != "" && ent.qual != "" && ent.qual != qual {
			continue
		}
		if best < 0 || ent.last > r.ents[best].last {
			best = x
		}
	}
	return best
}

// kinEpithet reads a speaker named by a gendered noun after "the" at
// token i, "the mother of four", "the grandmother", which wires write,
// as "the 22-year-old", for the person named before: it stands for the
// last person of that gender (or one the text never names), and reports
// whether there was such a noun.
func (r *resolver) kinEpithet(i int) bool {
	b := r.bitsAt(i)
	if b&(rwMale|rwFemale) == 0 || b&(rwNotName|rwMulti) != 0 || r.toks[i].flags&tkCap != 0 || !r.joined(i) || !r.listed(resolveKin, &r.toks[i]) {
		return false // "the bill", "the rand": given names that are words
	}
	g := int8(genMale)
	if b&rwFemale != 0 {
		g = genFemale
	}
	e, _ := r.antecedent(&r.toks[i], g, true, "", 0)
	if e >= 0 && r.ents[e].kind != entPerson && r.ents[e].kind != entWeak {
		e = -1
	}
	r.addRef(i-1, i+1, e, true)
	r.refs[len(r.refs)-1].gender = g
	return true
}

// styleOfAddress reads "His Highness", "Her Majesty", "His Excellency"
// at token i, a capitalised pronoun before an honorific of several
// words: before "the" or a capitalised word it names no one itself
// ("His Highness the Amir"), and alone it stands for the person last
// named, as "he" would ("His Highness added"). It returns the token
// after it, or i.
func (r *resolver) styleOfAddress(i int) int {
	wi, next := r.multi(i)
	if wi < 0 || r.w.words[wi].bits&rwHonorific == 0 || next <= i+1 {
		return i
	}
	if next < len(r.toks) && r.joined(next) && (r.isDeterminer(next) || r.toks[next].flags&tkCap != 0) {
		r.styled.wi, r.styled.at = wi, next
		return next // the title or the name after it is read on its own
	}
	g := int8(genMale)
	if r.toks[i].bits&rwShe != 0 {
		g = genFemale
	}
	e := -1
	if r.styled.wi == wi {
		e = r.styledPerson(g)
	}
	if e < 0 {
		e, _ = r.antecedent(&r.toks[i], g, false, "", 0)
	}
	r.addRef(i, next, e, true)
	r.refs[len(r.refs)-1].gender = g
	return next
}

// styledPerson returns the person named after the style of address read
// last ("His Royal Highness Prince X, Deputy Minister …"), whom the same
// style alone stands for later ("His Royal Highness said"), rather than
// the last name read, which may be a body named after a king ("the King
// Abdulaziz City for Science and Technology"); or -1. The mention starts
// at the token after the style, or after "the" and a title there.
func (r *resolver) styledPerson(g int8) int {
	for k := len(r.refs) - 1; k >= 0; k-- {
		ref := &r.refs[k]
		if int(ref.at) < r.styled.at {
			break
		}
		if int(ref.at) <= r.styled.at+2 && ref.ent >= 0 && !ref.poss {
			if x := &r.ents[ref.ent]; x.kind == entPerson && (x.gender == genUnknown || x.gender == g) {
				return ref.ent
			}
		}
	}
	return -1
}

// honorificCaps reports whether token i, a pronoun written in
// capitals, is an honorific: "HE" (His or Her Excellency) before a word
// in mixed case or "the", as honorificCaps of the attribution stage
// tells it. read asks it of "he" alone: "WE Energies" is a name.
func (r *resolver) honorificCaps(i int) bool {
	t := &r.toks[i]
	if t.e-t.s < 2 || !allCaps(r.str(t)) || !r.joined(i+1) || r.toks[i+1].flags&tkHeadline != 0 {
		return false
	}
	n := r.str(&r.toks[i+1])
	if len(n) < 2 {
		return false
	}
	if r.toks[i+1].flags&tkCap == 0 {
		return r.isDeterminer(i + 1)
	}
	return 'a' <= n[1] && n[1] <= 'z'
}

// findHeadlines marks the words of paragraphs written in title case
// ("Senators Rip Acme Chief"), where capitals do not mark names.
func (r *resolver) findHeadlines() {
	paras := r.marks.paras
	for p, a := range paras {
		b := len(r.toks)
		if p+1 < len(paras) {
			b = int(paras[p+1])
		}
		a := int(a)
		words, lower := 0, false
		for k := a; k < b && !lower; k++ {
			t := &r.toks[k]
			if c := r.text[t.s]; '0' <= c && c <= '9' {
				continue
			}
			words++
			// Title case leaves only short function words in lower case.
			lower = t.flags&tkCap == 0 && (t.e-t.s > 3 || r.bitsAt(k)&(rwNonName|rwParticle) == 0)
		}
		if words >= 4 && !lower {
			for k := a; k < b; k++ {
				r.toks[k].flags |= tkHeadline
			}
		}
	}
}

// mentionHead returns where the head of mention k ends; see headLen.
func (r *resolver) mentionHead(k int) int {
	if len(r.heads) != len(r.mentions) {
		r.heads = slices.Grow(r.heads[:0], len(r.mentions))[:len(r.mentions)]
		clear(r.heads)
	}
	if r.heads[k] == 0 {
		m := r.mentions[k]
		r.heads[k] = m.End
		if 0 <= m.Start && m.Start < m.End && m.End <= len(r.text) {
			h := m.Start + r.headLen(m.Start, r.text[m.Start:min(m.End, m.Start+200)])
			// "Major General (Retd) Dr X": a retired mark after a rank
			// is the title's; the head reads on past it.
			if h+1 < m.End && r.text[h+1] == '(' {
				if c := r.rankMarkAfter(r.text[m.Start:h], r.text[h+1:m.End]); c > 0 {
					at := h + 2 + c
					h = at + r.headLen(at, r.text[at:min(m.End, at+200)])
				}
			}
			r.heads[k] = h
		}
	}
	return r.heads[k]
}

// seenLower reports whether the capitalised word t is also written in
// lower case in the story ("Officials said" when "officials" occurs):
// whether a word in lower case has its hash. Most stories ask once or
// twice, which a scan of the words answers; a story that asks more is
// answered from a table of those hashes, so that the work stays linear.
func (r *resolver) seenLower(t *rsTok) bool {
	if t.hash == 0 {
		return false
	}
	if r.lowerAsked < rsLowerScans {
		r.lowerAsked++
		// Four words a step, one bounds check for the four: most steps
		// find no word of the hash.
		h, toks := t.hash, r.toks
		k := 0
		for ; k+4 <= len(toks); k += 4 {
			q := toks[k : k+4 : k+4]
			if q[0].hash == h || q[1].hash == h || q[2].hash == h || q[3].hash == h {
				for x := range q {
					if q[x].hash == h && q[x].flags&tkCap == 0 {
						return true
					}
				}
			}
		}
		for ; k < len(toks); k++ {
			if toks[k].hash == h && toks[k].flags&tkCap == 0 {
				return true
			}
		}
		return false
	}
	if r.lowerAsked == rsLowerScans {
		r.lowerAsked++
		r.lowerHashes = lowerHashTable(r.lowerHashes, r.toks)
	}
	mask := uint32(len(r.lowerHashes) - 1)
	for i := t.hash & mask; r.lowerHashes[i] != 0; i = (i + 1) & mask {
		if r.lowerHashes[i] == t.hash {
			return true
		}
	}
	return false
}

// lowerBeforeName reports whether the story writes the word of t in
// lower case right before a capitalised word: "cyclist" in "French
// cyclist Julien Lemaire", a calling before a name.
func (r *resolver) lowerBeforeName(t *rsTok) bool {
	if t.hash == 0 {
		return false
	}
	for k := 0; k+1 < len(r.toks); k++ {
		if w := &r.toks[k]; w.hash == t.hash && w.flags&tkCap == 0 && r.toks[k+1].flags&tkCap != 0 && r.joined(k+1) {
			return true
		}
	}
	return false
}

// rsLowerScans is how many questions seenLower answers by a scan.
const rsLowerScans = 4

// lowerHashTable returns an open-addressed table, in buf's room if it
// fits, of the hash of every word of toks in lower case that has one;
// 0 marks a free slot.
func lowerHashTable(buf []uint32, toks []rsTok) []uint32 {
	size := tableSize(len(toks))
	if cap(buf) < size {
		buf = make([]uint32, size)
	}
	buf = buf[:size]
	clear(buf)
	mask := uint32(size - 1)
	for k := range toks {
		t := &toks[k]
		if t.flags&tkCap != 0 || t.hash == 0 {
			continue
		}
		i := t.hash & mask
		for buf[i] != 0 && buf[i] != t.hash {
			i = (i + 1) & mask
		}
		buf[i] = t.hash
	}
	return buf
}

// joined reports whether token i follows token i-1 with only spaces
// between them, in the same sentence.
func (r *resolver) joined(i int) bool {
	return i > 0 && i < len(r.toks) && r.toks[i].flags&(tkComma|tkBreak|tkSentStart) == 0 && r.toks[i-1].flags&tkPoss == 0
}

// multi returns the index of a form of several words starting at token i
// in the merged lists and the token after it, or -1.
func (r *resolver) multi(i int) (wi int32, next int) {
	if r.toks[i].bits&rwMulti == 0 {
		return -1, i
	}
	if i == r.multiAt {
		return r.multiWi, r.multiNext
	}
	best, bestNext := int32(-1), i
	h := r.toks[i].hash // of the words i..j-1 joined by one space, while they are ASCII; else 0
	for j := i + 1; j < len(r.toks) && j < i+r.w.maxWords && r.joined(j); j++ {
		if h != 0 {
			// Joined words have only white space between them, which
			// a form's key folds to one space.
			if !r.w.mayStartMulti(h) {
				break // no form starts with these words
			}
			if t := &r.toks[j]; t.hash == 0 {
				h = 0
			} else if h = rsHashOn(rsHashSpace(h), r.str(t)); !r.w.mayBeMulti(h) {
				continue
			}
		}
		if ix := r.w.lookupSpan(r.text[r.toks[i].s:r.toks[j].e], h); ix >= 0 {
			best, bestNext = ix, j+1
		}
	}
	r.multiAt, r.multiWi, r.multiNext = i, best, bestNext
	return best, bestNext
}

// lookupRun is r.w.lookup of the text of the joined words i..j-1,
// through the hash table for one word and past the filters of forms of
// several words (see multi), which skip most lookups that would fail.
func (r *resolver) lookupRun(i, j int) int32 {
	h := r.toks[i].hash
	if j-i == 1 && h != 0 {
		return r.w.lookupHashed(r.str(&r.toks[i]), h)
	}
	for k := i + 1; k < j && h != 0; k++ {
		if !r.w.mayStartMulti(h) {
			return -1
		}
		if t := &r.toks[k]; t.hash == 0 {
			h = 0
		} else {
			h = rsHashOn(rsHashSpace(h), r.str(t))
		}
	}
	if h != 0 && !r.w.mayBeMulti(h) {
		return -1
	}
	return r.w.lookupSpan(r.text[r.toks[i].s:r.toks[j-1].e], h)
}

// run reads the capitalised run of words starting at token i and returns
// the token after it.
func (r *resolver) run(i int) int {
	ti := &r.toks[i] // the run's first word, read in place: r.toks is not grown while it runs
	// "a Seoul-based think tank", "the U.S.-led coalition", "Saudi-backed
	// forces": a compound whose last part is a participle in lower case
	// is an adjective, no one's name.
	if w := r.str(ti); w[len(w)-1] == 'd' && participleCompound(w) {
		return i + 1 // the "-ed" ending asked here: run is too big for the compiler to inline the call
	}
	// Gather the run: capitalised words, name particles, and "of", "to",
	// "for" after a title or an organisation word ("Ambassador to Iran X",
	// "Ministry of Foreign Affairs").
	j := i + 1
	org := ti.bits&rwOrg != 0 // the run names an organisation so far
	portfolio := false        // a title's "for" or "of" was read: "Minister for Fisheries"
	portfolioAnd := false     // and an "and" within it: "… and Ocean Policy"
	portfolioAt := -1         // the first word of the portfolio: "Railways" in "Minister for Railways"
	partAt := -1              // the first word of the portfolio's last part: "Rural" in "Minister of Roads for Rural Affairs"
	andAt := -1               // the word after the portfolio's last "and"
	titleAt := -1             // the title's role word before the portfolio: "Minister"
	bodyPart := false         // the last part names a body's: "Tourism" after "Department of"
	markAt := -1              // a retired mark in brackets after a rank: "Retd" in "General (Retd) X"
	possNext := -1            // the word after a place's possessive read into the title: "Ministry" in "at Bangladesh's Ministry"
	classAt := -1             // a rank's class: "2nd" in "Petty Officer 2nd Class X"
	prepName := false         // a capitalised preposition joins the run: "Reporters Without Borders"
run:
	for ; j < len(r.toks) && j-i < rsMaxRun && (r.joined(j) || portfolio && (j == possNext || !portfolioAnd && (r.portfolioCommaAt(j) || r.serialAndAt(j) && r.commaSince(portfolioAt, j)))); j++ {
		t := &r.toks[j]
		r.bitsAt(j)
		if t.flags&tkCap != 0 && t.bits&(rwNonName|rwPronoun) == 0 && r.toks[j-1].bits&rwRole == 0 {
			org = org || t.bits&rwOrg != 0
			if t.flags&tkPoss != 0 && portfolio && j == partAt && r.bodyAfterPossessive(j) {
				possNext = j + 1 // "Chairman of the Festival's Organizing Committee X"
			}
			continue // most of a run: a capitalised word of a name
		}
		// "Petty Officer 2nd Class X", "Airman First Class X": a rank's
		// class is the title's, and the run reads on to the name. Its
		// first word is a figure or a word no name holds.
		if classAt < 0 && r.toks[j-1].bits&rwRole != 0 && j+2 < len(r.toks) && r.toks[j+2].flags&tkCap != 0 && r.rankClassAt(j) {
			classAt = j
			j++
			continue
		}
		if t.flags&tkCap != 0 {
			if t.bits&(rwNonName|rwPronoun) != 0 && !((r.toks[j-1].bits&rwRole != 0 || portfolio && j == partAt) && r.orgOpensAt(j)) && !r.stopNameAt(j) {
				if !r.namePrepAt(j) {
					break
				}
				prepName = true // "Doctors Without Borders": a body's name
			}
			org = org || t.bits&rwOrg != 0
			continue
		}
		// "Ministry of Oceans and Fisheries", "Minister for Fisheries and
		// Ocean Policy"
		if s := r.str(t); s == "and" && j+1 < len(r.toks) && r.toks[j+1].flags&tkCap != 0 &&
			r.toks[j+1].bits&(rwNonName|rwPronoun) == 0 && r.joined(j+1) && (org || portfolio || r.bodyRunsOverAnd(i, j)) {
			if portfolio && r.nameBeforeTitle(partAt, j) {
				break
			}
			portfolioAnd = portfolioAnd || portfolio
			andAt = j + 1
			continue
		}
		// "Nasser al-Khatib", "Umm Khaled al-Hathaleen": a surname after
		// a particle joined by a hyphen is a capitalised word of the name.
		if r.hyphenShaped(t) && r.hyphenParticle(t) {
			t.flags |= tkCap
			continue
		}
		// "Deputy Prime Minister and Minister of Defence Ali Khan": two
		// titles of one holder, the second capitalised before a name.
		if r.toks[j-1].bits&rwRole != 0 && r.titlesJoinedAt(j) {
			continue
		}
		if t.bits&rwParticle != 0 && j+1 < len(r.toks) && r.toks[j+1].flags&tkCap != 0 && r.joined(j+1) {
			continue
		}
		if t.bits&rwParticle != 0 {
			// Particles in a row: "Carlos de la Fuente", "Ursula von der Leyen".
			x := j + 1
			for x < len(r.toks) && x-i < rsMaxRun-1 && r.joined(x) && r.toks[x].flags&tkCap == 0 && r.bitsAt(x)&rwParticle != 0 {
				x++
			}
			if x > j+1 && x < len(r.toks) && r.toks[x].flags&tkCap != 0 && r.joined(x) {
				j = x - 1
				continue
			}
		}
		if s := r.str(t); (s == "of" || s == "to" || s == "for" || s == "from" && r.legislatorAt(j-1)) && (r.toks[j-1].bits&(rwRole|rwOrg) != 0 || s == "of" && portfolio && (r.partOfBodyAt(j-1) || bodyPart && j-partAt <= 2 && r.is(j+1, "the", rsHashThe))) ||
			(s == "at" || s == "in") && j+1 < len(r.toks) && ((r.toks[j-1].bits&(rwRole|rwHonorific) != 0 || portfolio && r.toks[j-1].bits&rwOrg == 0) && r.is(j+1, "the", rsHashThe) || portfolio && r.placePossessiveAt(j+1)) {
			// "Chairman of the Coastal Rescue Society", "Envoy to the Far
			// Eastern Federal District": the body's or place's article is
			// part of the title, which names its holder after it; after
			// "to" and "for" not where the run names a body already ("the
			// Office of the Inspector General for the Intelligence
			// Community").
			// "Secretary of the Economic Relations Division at
			// Bangladesh's Ministry of Finance Dr X": a place's possessive
			// after a title's body stands as "the" does, and the body it
			// has goes on with the title.
			x := j + 1
			if x+1 < len(r.toks) && r.joined(x) && r.toks[x].flags&tkCap == 0 && r.is(x, "the", rsHashThe) && (s != "to" && s != "for" || !org) {
				x++
			} else if portfolio && (s == "at" || s == "in") && r.placePossessiveAt(x) {
				x++
				possNext = x
			}
			if x < len(r.toks) && r.toks[x].flags&tkCap != 0 && (r.toks[x].bits&rwNonName == 0 || r.orgOpensAt(x)) && (r.joined(x) || x == possNext) {
				if !portfolio && r.toks[j-1].bits&rwRole != 0 {
					portfolio, portfolioAt, partAt, titleAt = true, x, x, j-1
				}
				if portfolio && portfolioAt != x {
					partAt, portfolioAnd, bodyPart = x, false, r.toks[j-1].bits&(rwOrg|rwRole) == rwOrg
					r.parts = append(r.parts, t.s)
				}
				j = x - 1
				continue
			}
		}
		// "Court of Arbitration for Sport", "Agency for Cooperation": an
		// organisation's name goes on after "for" past words of its own.
		if org && !portfolio && r.is(j, "for", rsHashFor) && j+1 < len(r.toks) && r.toks[j+1].flags&tkCap != 0 && r.bitsAt(j+1)&(rwNonName|rwPronoun|rwRole|rwHonorific|rwMale|rwFemale) == 0 && r.joined(j+1) {
			continue
		}
		// "Deputy Minister of Roads for Rural Affairs Reza Karimi": a
		// portfolio of a second part.
		x := -1
		if portfolio {
			x = r.secondPart(portfolioAt, j)
		}
		if x > j {
			partAt, portfolioAnd, bodyPart = x, false, false
			r.parts = append(r.parts, t.s)
			j = x - 1
			continue
		}
		if r.hyphenShaped(t) && r.particleName(j) {
			continue // "Nasser al-Khatib": a surname after a particle
		}
		// "Il Sole 24 Ore", "Channel 4 News": a number between
		// capitalised words is the name's.
		if isDigit(r.text[t.s]) && j+1 < len(r.toks) && r.toks[j+1].flags&tkCap != 0 && r.joined(j+1) && r.toks[j-1].flags&tkCap != 0 && allDigits(r.str(t)) && r.bitsAt(j+1)&(rwNonName|rwPronoun) == 0 {
			continue
		}
		break
	}
	// "Major General (Retd) Dr X", "Lt Gen (R) X": a retired mark in
	// brackets after a rank is the title's, and the run reads on past it
	// to the capitalised word after it.
	if j < len(r.toks) && r.toks[j-1].bits&rwRole != 0 && markAt < 0 && r.text[r.toks[j].s-1] == '(' && r.rankMarkAt(j) {
		markAt, j = j, j+2
		org = org || r.toks[j-1].bits&rwOrg != 0
		goto run
	}
	// "Doctors Without Borders", "Mothers Against Drunk Driving": a
	// capitalised preposition makes the run one body's name, which no
	// role word at its start titles.
	if prepName {
		r.org(i, j)
		return j
	}
	// "the Christian Democrat", "the Social Democrat": a role of several
	// words that runs past a word no name holds is the role, no name.
	if ti.bits&rwMulti != 0 {
		if wi, next := r.multi(i); wi >= 0 && next > j && r.w.words[wi].bits&rwRole != 0 {
			r.roleNoun(next-1, i, next-1)
			return next
		}
	}
	// "Israeli Channel 12", "Radio 4": a number closes an organisation's name.
	if org && j < len(r.toks) && r.joined(j) && allDigits(r.str(&r.toks[j])) {
		j++
	}
	// "The Ombudsman's Office", "the Attorney General's Office": an
	// office named for its holder, one body.
	if r.toks[j-1].flags&tkPoss != 0 {
		if e := r.officeOfHolder(i, j); e > j {
			r.org(i, e)
			return e
		}
	}
	// "Investment, Trade and Industry Minister Zafrul Aziz": the run is
	// the first portfolio of a title's list, and names nobody.
	if r.mayListAt(j) && r.portfolioListAt(i, j) {
		return j
	}
	// "Head of Beita municipality Mahmoud Barham", "Mayor of Tanjung
	// district council Ani Lestari": the portfolio is a body's, named in
	// lower case after it, and the name after the body is the person.
	if portfolio && r.bodyThenName(j) {
		return j
	}
	// A heading in capitals ("IOWA POLLS TIGHTEN —") names nobody; a
	// name in capitals starts with a given name ("HILLARY CLINTON:").
	if j-i >= 2 && ti.bits&(rwMale|rwFemale) == 0 {
		caps := true
		for k := i; k < j && caps; k++ {
			caps = allCaps(r.str(&r.toks[k])) || r.toks[k].flags&tkCap == 0 && j-i > 2
		}
		if caps {
			return j
		}
	}
	// A single sentence-initial word not known as a surname may be no
	// name at all.
	if j == i+1 && ti.flags&tkSentStart != 0 && !r.isSurname(r.tokKey(i)) {
		w := r.str(ti)
		// A participle or adverb: "Speaking in Novi, ...", "Separately, ...".
		if len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")) {
			return j
		}
		// "Doctors at the hospital", "Residents of the town": a plural or
		// common noun before a preposition.
		if ti.bits == 0 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && j < len(r.toks) && r.joined(j) {
			switch r.str(&r.toks[j]) {
			case "of", "at", "in", "from":
				return j
			}
		}
		// A common word, which the story also writes in lower case, or
		// a role's modifier before it: "Senior researcher X".
		if ti.bits == 0 && r.seenLower(&r.toks[i]) || ti.bits&(rwMale|rwFemale|rwPlace|rwDemonym|rwOrg) == 0 && r.roleAfter(j) {
			return j
		}
	}
	// The name is the longest tail of the run that holds no title,
	// place, organisation or function word; a particle may not start it.
	// Forms of several words ("New York", "Prime Minister") are never
	// part of the name, but for a compound given name ("Lakshmi Narayan").
	var listed [rsMaxRun]bool
	orgForm := false // a listed form is an organisation's: "General Staff"
	for k := i; k < j; k++ {
		if r.toks[k].bits&rwMulti == 0 {
			continue // most words start no form: asked here, with no call
		}
		if wi, next := r.multi(k); wi >= 0 && next <= j {
			for x := k; x < next && r.w.words[wi].bits&rwNotName != 0; x++ {
				listed[x-i] = true
			}
			orgForm = orgForm || r.w.words[wi].bits&rwOrg != 0
			k = next - 1
		}
	}
	if markAt >= 0 {
		listed[markAt-i] = true // no name's: the name starts after it
	}
	if classAt >= 0 {
		listed[classAt-i], listed[classAt+1-i] = true, true // the rank's class, no name's
	}
	n := j
	for n > i && !listed[n-1-i] && (r.toks[n-1].bits&rwNotName == 0 || r.surnameLike(i, n-1) || n == j-1 && n-2 >= i && r.placeAsGivenName(i, n-1, listed[n-2-i]) || r.toks[n-1].bits&rwHonorific != 0 && (r.surnameBeforeGivenName(n-1, j) || r.honorificInName(i, n-1, j))) && !(r.toks[n-1].flags&tkCap == 0 && n == j) {
		n--
	}
	for n < j && r.toks[n].flags&tkCap == 0 {
		n++
	}
	// "I Made Darmaputra", "I Gusti Ngurah Rai": the particle that
	// opens a Balinese man's name is the name's.
	if n == i+1 && r.toks[i].bits&rwNonName != 0 && r.particleIAt(i) {
		n = i
	}
	// "spokesperson in Nablus Ahmad Jibril", "The police spokesman in
	// Hebron Omar Saleh": a place after a role's "in" is where the
	// holder serves, and the name starts after it.
	// So is a place after a title's branch: "Director General of the
	// ministry's branch in Al-Baha Fahad bin Saeed Al-Ghamdi".
	if j-n >= 3 && (n == i || n == i+1 && r.toks[i].bits&rwPlace != 0) && (r.placeOfRoleBefore(i) || r.branchPlaceBefore(i)) {
		if g := r.givenNameIn(max(n, i+1), j-1); g >= 0 {
			n = g
		} else if n == i && r.toks[i+1].flags&tkCap != 0 {
			n = i + 1 // not before a particle: "in Rio de Janeiro" is one place
		}
	}
	// "Cyclist Lemaire banned …" after "French cyclist Julien Lemaire":
	// a word capitalised only because it opens the headline (in no
	// title case) before a surname, which the story writes in lower case
	// before a name, is a calling, not a given name.
	if n == i && j-i == 2 && ti.s < r.d.bodyStart && ti.bits == 0 && ti.flags&(tkSentStart|tkHeadline) == tkSentStart && r.lowerBeforeName(&r.toks[i]) {
		n++
	}
	// "Carver Gül Aydın-Richter, who …, told dpa": a calling that is a
	// surname too, capitalised only because it opens the sentence,
	// before a full name of two words or more, is the calling.
	if n == i && j-i >= 3 && ti.bits&(rwMale|rwFemale) == 0 && ti.flags&(tkSentStart|tkHeadline) == tkSentStart && r.toks[i+1].flags&tkCap != 0 &&
		r.listed(resolveSurnameCallings, ti) && !strings.HasSuffix(r.str(&r.toks[i+1]), ".") { // not "Hunter S. Thompson"
		n++
	}
	// The name starts after the preposition of the portfolio's last
	// part: "Rural Affairs Reza Karimi" after "Roads for" is that part
	// and the name.
	if portfolio {
		n = max(n, partAt)
		// "Commissioner of Police Amritsar, Gurpreet Kaur Sandhu,",
		// "Deputy Commissioner of Police (Shahdara) Neha Vashisht": a
		// police title whose posting follows its force names the officer
		// after the bracket or the comma; the posting is no name. Without
		// either, the name starts at a given name after the posting.
		// So does any portfolio of one word before a bracketed unit:
		// "Federal Minister for Energy (Power Division) Sardar X".
		if partAt > titleAt && ti.flags&tkHeadline == 0 && (partAt == portfolioAt && (j-partAt <= 3 || n == partAt+1) && r.isPosting(partAt, "force") ||
			j == partAt+1 && j < len(r.toks) && r.openBracketBefore(j)) {
			if next := r.postedTitle(i, titleAt, partAt, j); next > 0 {
				return next
			}
			if n == partAt+1 && j-n > 2 && r.toks[n].bits&(rwMale|rwFemale) == 0 {
				if g := r.givenNameIn(n+1, j-1); g >= 0 {
					n = g
				}
			}
		}
	}
	// "DIG East Syed Ahsan Raza Bukhari", "(SSP) Malir Ayesha Farooq
	// Chaudhry": a rank's abbreviation is followed by its posting, a
	// range or a district, and the name starts at the given name after.
	// Before a name of three words and no bracket the first is the
	// name's, unless a place: "CSP Aminu Ibrahim Gusau". A word of the
	// posting's own after the district ("Ludhiana Rural") is the
	// posting's.
	if j-n >= 3 && r.toks[n].bits&(rwMale|rwFemale) == 0 && (r.toks[n+1].bits&(rwMale|rwFemale) != 0 || j-n >= 4) && r.rankAbbrevBefore(i, n) {
		if r.toks[n+1].bits&(rwMale|rwFemale) != 0 {
			if j-n > 3 || n == i || r.toks[n].bits&(rwPlace|rwDemonym) != 0 {
				n++
			}
		} else if r.isPosting(n+1, "posting") {
			n += 2
		}
	}
	// "Deputy Commissioner Kishtwar Rajesh Kumar Bhagat", "SSP Anantnag
	// Ashish Kumar Raina": a district post is followed by its district,
	// a place the lists know, and the name starts after it.
	if j-n >= 3 && n > i && r.toks[n-1].bits&rwRole != 0 && r.toks[n].bits&(rwMale|rwFemale) == 0 && r.postingAfterPost(n) {
		n++
	}
	// "The Chairman of the Department of Tourism", "Minister for
	// Railways", "the Minister of Education": the part's one word, or
	// its listed words after an article, are the body's or the
	// portfolio's, and the title names its holder, as a role noun does;
	// so do two words after a body's "of", as a name after a title is
	// given in full: "the Chairman of the Department of Economic
	// Development".
	if portfolio && (n == j && i > 0 && r.isDeterminer(i-1) && r.joined(i) || n == partAt && (j-n == 1 || j-n == 2 && (bodyPart || r.capitalAfterComma(j) || r.prepAfterPortfolio(n, j) || r.theBodyInApposition(i, partAt, j)) ||
		j-n > 2 && !portfolioAnd && r.fieldBeforeHolder(n, j))) && ti.flags&tkHeadline == 0 {
		r.roleNoun(titleAt, i, titleAt)
		return j
	}
	// "Minister of Energy, Water and Mines, Pedro Alvarado,": the words
	// after the "and" of a portfolio's list, before a comma and a
	// capitalised word, are the portfolio's last, and the title names
	// the holder after the comma; so before a place of work and the
	// comma: "Head of Public Works and Housing at the agency, Dr X,".
	if portfolioAnd && n >= andAt && andAt > 0 && n < j && r.toks[i].flags&tkHeadline == 0 && (r.capitalAfterComma(j) || r.fieldBeforeHolder(n, j)) {
		r.roleNoun(titleAt, i, titleAt)
		return j
	}
	// After a portfolio of two parts ("Minister for Fisheries and Ocean
	// Policy Kari Lund") any capitalised word may be the portfolio's: the
	// portfolio runs to the last listed word after its "and" while two
	// words remain ("and Sports Amina Farah", "and Mineral Resources
	// Yudha Pratama Wirawan", "and Scientific Research Kamel Ben
	// Youssef": a given name after it is the name's second), else the
	// name starts at a given name, or is the last two words.
	// A name after a listed word ("and Higher Education Abdiqani Yusuf
	// Warsame") starts where it does, unless a portfolio word follows
	// ("and Command Area Development Santosh Kumar Nayak").
	if portfolioAnd && j-n > 2 && ti.flags&tkHeadline == 0 && (n == i || r.toks[n-1].flags&tkCap == 0 || r.listed(portfolioWords, &r.toks[n])) {
		m := -1
		for x := max(n, andAt); x < j-2; x++ {
			if r.toks[x].bits&rwOrg != 0 || r.listed(portfolioWords, &r.toks[x]) {
				m = x + 1 // "at the Energy and Mineral Resources Ministry X": a body's head ends it too
			}
		}
		if m >= 0 {
			n = m
		} else if g := r.givenNameIn(n, j-1); g >= 0 {
			n = g
		} else {
			n = j - 2
		}
	}
	// After a portfolio of one part ("Minister for Railways Ashwini
	// Devnath", "Minister of Media Salman bin Yousef") the portfolio's
	// first word is never the name's: the name starts at a given name,
	// or after that word while two words remain. A proper name after
	// "the" ("Director for the Northern Sea Route Vadim Prokhorenko",
	// "Envoy to the Far Eastern Federal District") has words of its
	// own: the name is the last two words.
	if portfolio && !portfolioAnd && n == partAt && j-n > 2 && ti.flags&tkHeadline == 0 {
		// "Chief Executive Officer of Emirates Glass Solutions Rashed
		// Khalfan Al Mazrouei": a company's head word ends its name, and
		// the holder's starts after it while two words remain.
		m := -1
		for x := n + 1; x < j-2; x++ {
			if r.toks[x].bits&rwOrg != 0 && r.toks[x].flags&tkCap != 0 {
				m = x + 1
			}
		}
		if m >= 0 {
			n = m
		} else if g := r.givenNameIn(n, j-1); g >= 0 {
			n = g
		} else if r.is(partAt-1, "the", rsHashThe) {
			n = j - 2
		} else {
			n++
			// "Minister for Climate Change Sherry Nawaz Malik": more words
			// of portfolios, while two remain for the name.
			for n < j-2 && r.listed(portfolioWords, &r.toks[n]) {
				n++
			}
		}
	}
	if n > i && j-n > 2 && ti.flags&tkHeadline == 0 {
		// "Minister of State for Earth Sciences Rajiv Nandan Jha",
		// "Minister for Human Rights Dolo Kanneh": a portfolio of one
		// part whose first words are no name's runs on to a plural noun
		// or a portfolio word, and the name starts after it, while three
		// words remain, or two after a word that is no portfolio itself
		// ("Human", not "Health" before "Evans Kamau"). A place ends the
		// portfolio: "Ambassador to Peru Andres Molina Soto".
		// A body's head word ends the body, and a word after it shaped
		// as a plural is a given name: "Head of the Komodo National Park
		// Authority Yohanes Bria Seran".
		if portfolio && !portfolioAnd && n > partAt && r.toks[n].bits&(rwMale|rwFemale) == 0 && r.toks[n-1].bits&(rwPlace|rwDemonym) == 0 &&
			(r.toks[n-1].bits&rwOrg == 0 && pluralShaped(r.str(&r.toks[n])) || r.listed(portfolioWords, &r.toks[n])) &&
			(j-n > 3 || !pluralShaped(r.str(&r.toks[n-1])) && !r.listed(portfolioWords, &r.toks[n-1])) {
			n++
		}
		// "Major General TNI Anton Purba", "Air Commodore PAF Asim Raza":
		// an acronym between a rank and a name of two words or more is
		// the rank's service, not the name's.
		if j-n > 2 && r.toks[n-1].bits&rwRole != 0 && r.toks[n].bits&(rwMale|rwFemale) == 0 && isAcronym(r.str(&r.toks[n])) {
			n++
		}
	}
	// In a headline every word is capitalised: a name is a given name
	// and the word after it, or the last word of the run.
	// Any word of the run may be a verb ("Slams"), so the search covers
	// it all.
	if ti.flags&tkHeadline != 0 {
		found := false
		for g := i; g+1 < j; g++ {
			b, next := r.toks[g].bits, r.toks[g+1].bits
			if b&(rwMale|rwFemale) != 0 && b&rwNotName == 0 && next&rwNotName == 0 && r.toks[g+1].flags&tkCap != 0 {
				n, j, found = g, g+2, true
				break
			}
		}
		if !found && j-n > 1 {
			n = j - 1
		}
	}
	if n == j {
		// "Association of Black Forest Clockmakers managing director X":
		// an organisation's name that ends in a calling's plural.
		if ti.bits&rwOrg != 0 && j-i >= 3 && ti.flags&tkHeadline == 0 && r.orgBeforeLowerRole(i, j, j) {
			return j
		}
		if orgForm && ti.flags&tkHeadline == 0 {
			r.org(i, j) // "the Ukrainian General Staff"
			return j
		}
		r.nameless(i, j)
		return j
	}
	// "researcher from Udayana University Ni Luh Ayu Sukmawati": the
	// institution a role is from, its head word last, run straight into
	// the holder's name of two words or more.
	if n > i && j-n >= 2 && r.toks[n-1].bits&rwOrg != 0 && r.toks[n].bits&rwNotName == 0 && r.fromBefore(i) {
		r.person(i, n, j)
		return j
	}
	// "director of the Volga Sturgeon Breeding Plant Andrei Kuzovlev
	// told TASS": after a lower-case role's "of", the run is the body the
	// role heads, its head word a facility's or an organisation's, run
	// straight into the holder's name of two words or more.
	if j-i >= 4 && ti.flags&tkHeadline == 0 && r.lowerRoleOfBefore(i) && r.holderAfterBody(i, j) { // a body's two words and a name's two
		return j
	}
	// "Washington Examiner", "Daily Caller": a place or an organisation
	// word before one more word, with no title, names an organisation.
	// So does an organisation word before any name, with no title:
	// "Association of Flight Attendants".
	if n > i && ti.flags&tkHeadline == 0 {
		orgWord, place, titled := false, false, false
		for k := i; k < n; k++ {
			b := r.toks[k].bits
			titled = titled || b&(rwRole|rwHonorific) != 0
			orgWord = orgWord || b&rwOrg != 0
			place = place || b&(rwPlace|rwDemonym) != 0
		}
		if !titled && (orgWord || place && j-n == 1) {
			// "Association of Black Forest Clockmakers managing director
			// X": an organisation's name, "of" or "for" in it, before a
			// lower-case role qualifies the role, and the holder speaks.
			if n-i >= 2 && r.orgBeforeLowerRole(i, n, j) {
				return j
			}
			r.org(i, j)
			return j
		}
	}
	// "state news agency Antara reported", "the daily Kompas": a run
	// with no title right after an outlet's head noun names the outlet,
	// which speaks, and is no person; a run that opens with a given name
	// is the person the phrase introduces ("the UN watchdog agency
	// Mohamed ElBaradei", its head named after it).
	if n == i && i > 0 && r.w.mayBeOutlet(r.toks[i-1].hash) && ti.bits&(rwMale|rwFemale) == 0 && r.outletBefore(i) {
		r.org(i, j)
		return j
	}
	if r.qualifiesRole(i, j) || r.qualifiesLowerRole(i, j) {
		return j
	}
	// "In Nouakchott, the agency reported", "At the Riverside Diner,
	// owner X …": a run that an opening "in", "at" or another place
	// preposition places and a comma closes is where things happen, not
	// who speaks; "On the South Caucasus, he said" names the topic.
	p := i - 1
	if p > 0 && r.toks[p].flags&tkSentStart == 0 && r.toks[p-1].flags&tkSentStart != 0 && j < len(r.toks) && r.toks[j].flags&tkComma != 0 && r.isDeterminer(p) {
		p--
	}
	if j < len(r.toks) && r.toks[j].flags&tkComma != 0 && p >= 0 && (r.toks[p].flags&tkSentStart != 0 && (r.listed(venuePrepositions, &r.toks[p]) || r.placePrep(r.str(&r.toks[p]))) ||
		p > 0 && r.toks[p-1].flags&(tkSentStart|tkCap) == tkSentStart|tkCap && r.joined(p) && r.listed(venuePrepositions, &r.toks[p]) && r.listed(placeOpeners, &r.toks[p-1])) {
		// "Back in Ben Tre, Hau says": an adverb before the "in".
		e := r.entity(keyOf(cleanName(r.text[r.toks[i].s:r.toks[j-1].e])), entPlace)
		r.addRef(i, j, e, false)
		r.refs[len(r.refs)-1].loc = true
		return j
	}
	if r.placeHeaded(i, n, j) {
		r.place(n, j)
		return j
	}
	// "a police commander in Challapata told EFE", "the spokesman at
	// Naqadeh said": a run straight after a role's "in" or "at", with no
	// title or given name in it, is where the role's holder serves,
	// whether or not the lists know the place; the holder goes unnamed.
	// A name read before with nothing to tell it a person's ("at the
	// blockade point in Challapata") is the place's.
	if n == i && i >= 2 && (r.toks[i-1].hash == rsHashIn || r.toks[i-1].hash == rsHashAt || r.toks[i-1].hash == rsHashFrom || r.toks[i-1].flags&tkPoss != 0) && r.placeOfRoleBefore(i) && r.untitledPlaceRun(i, j) {
		if ent := &r.ents[r.entity(keyOf(cleanName(r.text[ti.s:r.toks[j-1].e])), entPlace)]; ent.kind == entWeak && ent.gender == genUnknown && !ent.speaker {
			ent.kind = entPlace
		}
		r.place(i, j)
		return j
	}
	// "the Amir said": a given name after the article is the title
	// of a person named with it before.
	if j == i+1 && n == i && ti.bits&(rwMale|rwFemale) != 0 && i > 0 && r.joined(i) && r.isDeterminer(i-1) {
		if e := r.titledWith(i); e >= 0 {
			r.addRef(i-1, j, e, true)
			return j
		}
	}
	// "the AIG said": an acronym no list holds, after the article and
	// before a speech verb, that the story gave in brackets after a
	// title, just before a person's name, stands for that person.
	if j == i+1 && n == i && ti.e-ti.s >= 2 && r.text[ti.s+1] <= 'Z' && r.acronymRef(i) {
		return j
	}
	if j < len(r.toks) && r.toks[j].flags&tkBreak != 0 && r.acronymThenName(j) {
		return j // a title: "District Collector (DC) Priya Menon"
	}
	if n == i && i >= 3 && r.toks[i-1].hash == rsHashThe && r.bodyTailAt(i) {
		return j // "the Research Center for the Giant Panda": the body's, no one's
	}
	// "the Shri Neelkantheshwar temple", "the Shri Ram temple": a name
	// before a noun of a place is the place's, though an honorific opens
	// it.
	if j < len(r.toks) && r.joined(j) && r.toks[j].flags&tkCap == 0 && r.bitsAt(j)&^rwMulti == 0 {
		if w := r.word(&r.toks[j]); w != nil && w.placeNoun {
			r.place(i, j)
			return j
		}
	}
	// "a shopkeeper identified only as Ahmad": a name the phrase before
	// it gives, of the person it describes.
	if n == i && i > 0 && r.toks[i-1].flags&tkCap == 0 && r.w.mayLinkName(r.toks[i-1].hash) {
		if v := r.onlyNamedAt(i); v >= 0 {
			r.onlyNamed(v, i, j)
			return j
		}
	}
	// "Director General of the ministry's branch in Al-Baha Eng. Fahad
	// bin Saeed Al-Ghamdi told SPA": the place of a title's branch before
	// the holder's name is the title's, and the "in" a part of it: the
	// mention's head runs on to the name.
	if n > i && i > 0 && (r.toks[i-1].hash == rsHashIn || r.toks[i-1].hash == rsHashAt) && r.branchPlaceBefore(i) {
		r.addPart(r.toks[i-1].s)
	}
	r.person(i, n, j)
	return j
}

// addPart notes the preposition at byte off as a further part of a
// title (see parts), in text order.
// A head already found for the mention that covers it, which ended at
// it, is found again.
func (r *resolver) addPart(off int) {
	k, found := slices.BinarySearch(r.parts, off)
	if found {
		return
	}
	r.parts = slices.Insert(r.parts, k, off)
	if len(r.heads) != len(r.mentions) {
		return
	}
	for k := r.mi; k < len(r.mentions) && r.mentions[k].Start < off; k++ {
		if off < r.mentions[k].End && r.heads[k] != 0 && r.heads[k] <= off {
			r.heads[k] = 0
		}
	}
}

// partOfBodyAt reports whether token k is a capitalised noun of a
// place or a body's part (resolve-placenouns) that a title's body ends
// with before "of the": "the Siberian Branch of the Russian Academy of
// Sciences", the branch a part of the academy named after it. So does
// a body's field of one or two words after its "of": "the Institute of
// Geology of the Kola Branch".
func (r *resolver) partOfBodyAt(k int) bool {
	if r.toks[k].flags&tkCap == 0 || k+2 >= len(r.toks) || !r.is(k+2, "the", rsHashThe) {
		return false
	}
	w := r.word(&r.toks[k])
	return w != nil && w.placeNoun
}

// stopNameAt reports whether token k, a capitalised function word that
// is also a given name ("Nor"), is a name's word, and clears its class
// of no name's words if so: a capitalised word of a name follows it,
// joined, outside a headline, as in "Dr. Nor Azlina Ismail", "said Nor
// Hayati". "Neither X nor Y" writes it in lower case.
func (r *resolver) stopNameAt(k int) bool {
	t := &r.toks[k]
	if t.wi < 0 || t.bits&rwNonName == 0 || !r.w.words[t.wi].stopName {
		return false // most capitalised words no name holds are no given name
	}
	if t.flags&(tkCap|tkHeadline) != tkCap || k+1 >= len(r.toks) || !r.joined(k+1) || r.toks[k+1].flags&tkCap == 0 || r.bitsAt(k+1)&rwNotName != 0 {
		return false
	}
	t.bits &^= rwNonName
	return true
}

// namePrepAt reports whether token k, inside a run, is a preposition
// of resolve-bodyprepositions capitalised before another capitalised
// word of the run, outside a headline: "Without" in "Reporters Without
// Borders". The run is then a body's name, which no role word at its
// start titles.
func (r *resolver) namePrepAt(k int) bool {
	t := &r.toks[k]
	if t.wi < 0 || !r.w.words[t.wi].namePrep || t.flags&(tkCap|tkHeadline) != tkCap {
		return false
	}
	return k+1 < len(r.toks) && r.joined(k+1) && r.toks[k+1].flags&tkCap != 0 && r.bitsAt(k+1)&(rwNonName|rwPronoun) == 0
}

// outletBefore reports whether token i follows, joined, the head noun
// of a news outlet in lower case that is no role and no possessive:
// "agency" in "news agency Antara", "daily" in "the daily Kompas".
func (r *resolver) outletBefore(i int) bool {
	if i == 0 || !r.joined(i) || r.toks[i-1].flags&(tkCap|tkPoss) != 0 || !r.w.mayBeOutlet(r.toks[i-1].hash) {
		return false
	}
	r.bitsAt(i - 1)
	w := r.word(&r.toks[i-1])
	return w != nil && w.outlet && w.bits&rwRole == 0
}

// placePrep reports whether s, in any case, is a place preposition of
// resolve-placeprepositions: "At" in "At the Riverside Diner, owner X …".
func (r *resolver) placePrep(s string) bool {
	for _, p := range r.w.placePreps {
		if equalLowerASCII(s, p) {
			return true
		}
	}
	return false
}

// bodyTailAt reports whether the run at token i follows a body's head
// word and its "for the" or "of the": "the Center for the Giant Panda",
// "the Institute of the Blind". The run is the rest of the body's name,
// which the run before stopped short of, and names no one.
func (r *resolver) bodyTailAt(i int) bool {
	return i >= 3 && r.toks[i-3].flags&tkCap != 0 && r.toks[i-3].bits&rwOrg != 0 &&
		r.joined(i) && r.joined(i-1) && r.joined(i-2) && r.is(i-1, "the", rsHashThe) && (r.is(i-2, "for", rsHashFor) || r.is(i-2, "of", rsHashOf))
}

// nameBeforeTitle reports whether the "and" at token j, in a run whose
// portfolio's last part starts at token from, joins two people: a name
// after the portfolio, and a title after "and" ("Minister of Health Dr.
// Salem Al-Qahtani and Omani Minister of Health …"), not two parts of
// one portfolio ("Minister of Foreign Affairs and Minister of State").
func (r *resolver) nameBeforeTitle(from, j int) bool {
	if r.bitsAt(j+1)&(rwDemonym|rwRole|rwHonorific) == 0 {
		return false
	}
	for x := from; x < j; x++ {
		t := &r.toks[x]
		if t.bits&(rwHonorific|rwMale|rwFemale) != 0 || t.flags&tkCap != 0 && t.bits&rwNotName == 0 && !r.listed(portfolioWords, t) {
			return true
		}
	}
	return false
}

// particleIAt reports whether token k is the capital "I" that opens a
// Balinese man's name before two capitalised words of it ("I Made
// Darmaputra said"), not the pronoun, which no name follows.
func (r *resolver) particleIAt(k int) bool {
	return k+2 < len(r.toks) && r.is(k, "i", rsHashI) && r.toks[k+1].flags&r.toks[k+2].flags&tkCap != 0 &&
		r.joined(k+1) && r.joined(k+2) && r.bitsAt(k+1)&rwNotName == 0
}

// fromBefore reports whether the run at token i follows "from", or
// "from the", after a word in lower case: "researcher from Udayana
// University", "expert from the Bogor Institute".
func (r *resolver) fromBefore(i int) bool {
	k := i - 1
	if k > 0 && r.joined(i) && r.is(k, "the", rsHashThe) {
		k--
	}
	return k > 0 && r.joined(k+1) && r.joined(k) && r.str(&r.toks[k]) == "from" && r.toks[k-1].flags&tkCap == 0 && !r.isDeterminer(k-1)
}

// lowerRoleOfBefore reports whether the run at token i follows "of" or
// "at", or "of the", "at the", after a role word in lower case:
// "director of the Volga Sturgeon Breeding Plant", "head of Kazan
// Helicopter Plant", "a professor at Moscow State University"; or after
// a role's place of work, a few words of its own: "researcher at the
// Kamchatka branch of the Pacific Institute of Geography".
func (r *resolver) lowerRoleOfBefore(i int) bool {
	k := i - 1
	if k > 0 && r.joined(i) && r.is(k, "the", rsHashThe) {
		k--
	}
	if k <= 0 || !r.joined(k+1) || !r.joined(k) || !r.is(k, "of", rsHashOf) && !r.is(k, "at", rsHashAt) {
		return false
	}
	for x := k - 1; x > 0 && x >= k-maxRoleWorkplace; x-- {
		if r.toks[x].flags&tkCap == 0 && r.bitsAt(x)&rwRole != 0 {
			return true
		}
		if !r.joined(x) {
			return false
		}
	}
	return false
}

// maxRoleWorkplace bounds the words between a role in lower case and the
// "of" or "at" before the body whose holder lowerRoleOfBefore finds.
const maxRoleWorkplace = 5

// roleAfter reports whether token j, right after a run, is a role word
// in lower case: the capitalised word before it qualifies the role
// ("Senior researcher", "Chief economist") and names no one.
func (r *resolver) roleAfter(j int) bool {
	return j < len(r.toks) && r.joined(j) && r.toks[j].flags&tkCap == 0 && r.bitsAt(j)&rwRole != 0
}

// holderAfterBody reads the run i..j after a lower-case role's "of" or
// "at" as the body and its holder's name (see nameAfterBodyHead), and
// reports whether it did. The body's own "of" ("the Pacific Institute of
// Geography Anna Petrova") is no end of the mention's head, whose name
// is the holder's.
func (r *resolver) holderAfterBody(i, j int) bool {
	m := r.nameAfterBodyHead(i, j)
	if m <= 0 {
		return false
	}
	for k := i + 1; k < m; k++ {
		if r.toks[k].flags&tkCap == 0 && r.is(k, "of", rsHashOf) {
			r.addPart(r.toks[k].s)
		}
	}
	r.person(i, m, j)
	return true
}

// nameAfterBodyHead returns where the holder's name starts in the run
// i..j that names a body and then its holder: after the last head word
// of a facility or an organisation ("Plant", "Institute") that leaves
// two words or more, at a given name after it if there is one; after a
// head word that opens the run, at a given name; or -1. A head word ends
// a name, so it follows a capitalised word of it: in
// "the Institute of Plant Physiology" "Plant" opens the field. The words
// of the name are no title's, place's or body's.
func (r *resolver) nameAfterBodyHead(i, j int) int {
	m := -1
	for x := i + 1; x < j-2; x++ {
		if t := &r.toks[x]; t.flags&tkCap != 0 && r.toks[x-1].flags&tkCap != 0 {
			if w := r.word(t); w != nil && (w.placeHead || w.bits&rwOrg != 0) {
				m = x + 1
			}
		}
	}
	if m < 0 {
		// "the Ministry of Health Ivan Petrov": the head word opens the
		// body's name, and the holder's starts at a given name.
		if r.toks[i].bits&rwOrg == 0 {
			return -1
		}
		if m = r.givenNameIn(i+2, j-1); m < 0 {
			return -1
		}
	} else if g := r.givenNameIn(m, j-1); g >= 0 {
		m = g
	}
	for x := m; x < j; x++ {
		if r.toks[x].bits&rwNotName != 0 || r.toks[x].flags&tkCap == 0 {
			return -1
		}
	}
	return m
}

// branchPlaceBefore reports whether the run at token i follows "in" or
// "at" after a body's noun in lower case that a title's "of" phrase
// names: "Director General of the ministry's branch in Al-Baha", "head
// of the authority's regional office in Jazan". The place is where the
// branch is, a part of the title, and a name after it in the run is the
// holder's. The look back is bounded to the title's "of" four words
// before the noun, in lower case or a possessive between.
func (r *resolver) branchPlaceBefore(i int) bool {
	if i < 4 || !r.joined(i) || !r.joined(i-1) || r.toks[i-1].hash != rsHashIn && r.toks[i-1].hash != rsHashAt {
		return false
	}
	b := i - 2
	if r.toks[b].flags&(tkCap|tkPoss) != 0 {
		return false
	}
	if r.bitsAt(b)&rwOrg == 0 {
		if w := r.word(&r.toks[b]); w == nil || !w.placeNoun {
			return false
		}
	}
	for x := b - 1; x > 0 && x >= b-4 && r.toks[x+1].flags&(tkComma|tkBreak|tkSentStart) == 0; x-- {
		if r.is(x, "of", rsHashOf) {
			return r.joined(x) && r.bitsAt(x-1)&rwRole != 0
		}
		if r.toks[x].flags&tkCap != 0 {
			return false
		}
	}
	return false
}

// placeOfRoleBefore reports whether the run at token i, no given name,
// follows a role and its "in" or "at": "spokesman in Hebron", the
// place of the role's posting; or a possessive in the role's portfolio,
// "Minister for Children's", whose word the run's first is.
func (r *resolver) placeOfRoleBefore(i int) bool {
	if i < 2 || r.toks[i].bits&(rwMale|rwFemale) != 0 || !r.joined(i-1) {
		return false
	}
	if r.toks[i-1].flags&(tkPoss|tkCap) == tkPoss|tkCap && r.toks[i].flags&(tkComma|tkBreak|tkSentStart) == 0 {
		// "Minister for Children's Policy Anna Berg": a possessive in a
		// title's portfolio, whose word after it is the portfolio's.
		s := r.str(&r.toks[i-2])
		return i >= 3 && (s == "for" || s == "of") && r.joined(i-2) && r.bitsAt(i-3)&rwRole != 0
	}
	if !r.joined(i) {
		return false
	}
	if s := r.str(&r.toks[i-1]); s != "in" && s != "at" && s != "from" {
		return false
	}
	// A plural role is a group's, whose place no holder's name follows:
	// "economists at Salomon Brothers Inc.".
	return r.bitsAt(i-2)&rwRole != 0 && !pluralShaped(r.str(&r.toks[i-2]))
}

// untitledPlaceRun reports whether the run i..j holds no title,
// honorific, given name or initial, and is not the possessive of a
// person's: the shape of a place's name ("Challapata", "Pasir Mas").
func (r *resolver) untitledPlaceRun(i, j int) bool {
	for k := i; k < j; k++ {
		t := &r.toks[k]
		if t.bits&(rwRole|rwHonorific|rwMale|rwFemale) != 0 || t.flags&tkPoss != 0 || r.text[t.e-1] == '.' {
			return false
		}
	}
	return true
}

// bodyAfterPossessive reports whether the capitalised possessive at
// token k, the first word of a title's body after its "of the", is
// followed by a body of its own: capitalised words, one of them an
// organisation's head word, then more capitalised words, the holder's
// name: "Chairman of the Festival's Organizing Committee Abdullah Al
// Muhannadi", "Head of the Ministry's Legal Bureau X". The body is a
// part of the one the possessive names, and the title goes on with it.
func (r *resolver) bodyAfterPossessive(k int) bool {
	head := -1
	for x := k + 1; x < len(r.toks) && x <= k+4; x++ {
		t := &r.toks[x]
		if t.flags&(tkCap|tkPoss) != tkCap || t.flags&(tkComma|tkBreak|tkSentStart) != 0 || r.bitsAt(x)&(rwPronoun|rwRole) != 0 {
			return false
		}
		if t.bits&rwOrg != 0 {
			head = x
			break
		}
	}
	return head > 0 && head+1 < len(r.toks) && r.joined(head+1) && r.toks[head+1].flags&tkCap != 0
}

// placePossessiveAt reports whether token k is a capitalised place's
// possessive joined to the word before it, and a capitalised word that
// may open a body's name follows it in the same sentence: "Bangladesh's
// Ministry", "Kenya's Treasury".
func (r *resolver) placePossessiveAt(k int) bool {
	if k+1 >= len(r.toks) || !r.joined(k) || r.toks[k].flags&(tkCap|tkPoss) != tkCap|tkPoss || r.bitsAt(k)&rwPlace == 0 {
		return false
	}
	n := &r.toks[k+1]
	return n.flags&(tkComma|tkBreak|tkSentStart|tkCap) == tkCap && (r.bitsAt(k+1)&(rwNonName|rwPronoun) == 0 || r.orgOpensAt(k+1))
}

// particleName reports whether token k, in lower case, is a name
// particle joined by a hyphen to a capitalised surname, "al-Khatib",
// "el-Sayed", and if so marks it capitalised: it is read as a word of a
// name, and a surname alone ("al-Khatib said") finds the full name.
func (r *resolver) particleName(k int) bool {
	t := &r.toks[k]
	if !r.hyphenParticle(t) {
		return false
	}
	t.flags |= tkCap
	return true
}

// isPosting reports whether token k is a word of group g of
// resolvePostings: "force" ("Police") or "posting" ("Rural").
func (r *resolver) isPosting(k int, g string) bool {
	c, ok := r.d.lex.Lookup(resolvePostings, r.str(&r.toks[k]))
	return ok && c == g
}

// postedTitle reads the police title i..j, whose force is at token
// force and role word at token title, when the officer is named after
// it: after a bracket that holds the posting or the rank's
// abbreviation, "(Shahdara) Neha Vashisht", "(DGP) Punjab Harpreet
// Singh Randhawa", or after the posting and a comma, "Amritsar,
// Gurpreet Kaur Sandhu,". It notes the title for the name, and returns
// the token to read on from, past a bracketed posting, or 0.
func (r *resolver) postedTitle(i, title, force, j int) int {
	at, abbr := -1, ""
	switch {
	case j == force+1 && j < len(r.toks) && r.openBracketBefore(j):
		// The bracket's words, then its close and a capitalised word.
		// "(Crime and Traffic)", "(Intelligence Fusion and Strategic
		// Operations)": an "and" may join two parts of the posting, and
		// a number its unit's: "(Zone 2)", "(Circle 4)".
		x := j
		for x < len(r.toks) && x < j+6 && (x == j || r.joined(x)) && (r.toks[x].flags&tkCap != 0 || x > j && x+1 < len(r.toks) && r.toks[x+1].flags&tkCap != 0 && r.is(x, "and", rsHashAnd) ||
			x > j && isDigit(r.text[r.toks[x].s]) && r.toks[x-1].flags&tkCap != 0 && allDigits(r.str(&r.toks[x]))) {
			x++
		}
		if x == j || x >= len(r.toks) || !onlyByte(r.text[r.toks[x-1].e:r.toks[x].s], ')') || r.toks[x].flags&tkCap == 0 || r.bitsAt(x)&(rwNonName|rwPronoun) != 0 {
			return 0
		}
		if x == j+1 && isAcronym(r.str(&r.toks[j])) {
			if w := r.word(&r.toks[j]); w != nil && w.bits&rwRole != 0 {
				abbr = w.role
			}
		}
		at = x
		// "(SSP) Baramulla, Imran Ali Lone,": the posting after the
		// bracket, and the name after a comma.
		y := x + 1
		if y < len(r.toks) && r.joined(y) && r.toks[y].flags&tkCap != 0 && r.isPosting(y, "posting") {
			y++
		}
		if r.toks[x].bits&(rwMale|rwFemale) == 0 && r.nameOfTwoAfterComma(y) {
			at = y
		}
	case (j == force+2 || j == force+3 && r.isPosting(force+2, "posting")) && r.toks[force+1].bits&(rwMale|rwFemale) == 0 && r.nameOfTwoAfterComma(j):
		at = j // "Amritsar, Gurpreet Kaur Sandhu,", not "Smith, Amritsar's top officer,"
	default:
		return 0
	}
	role := ""
	if w := r.word(&r.toks[title]); w != nil && w.bits&rwRole != 0 {
		role = w.role
	}
	for k := i; k < title; k++ {
		if wi, next := r.multi(k); wi >= 0 && next == title+1 && r.w.words[wi].bits&rwRole != 0 {
			role = r.w.words[wi].role // "Director General", "Inspector General"
			break
		}
	}
	if abbr == "" {
		abbr = r.initialsRole(i, force)
	}
	r.posted = rsPosted{at: at, role: role, abbr: abbr}
	return at // the posting, and a bracket's words, name no one
}

// initialsRole returns the role group of the abbreviation that the
// initials of the capitalised words i..force spell, "DCP" for "Deputy
// Commissioner of Police", or "": the officer is "the DCP" after, as
// when the story gives the abbreviation in brackets.
func (r *resolver) initialsRole(i, force int) string {
	var b [8]byte
	n := 0
	for k := i; k <= force; k++ {
		if r.toks[k].flags&tkCap == 0 {
			continue
		}
		if n == len(b) {
			return ""
		}
		b[n] = r.text[r.toks[k].s]
		n++
	}
	if n < 2 {
		return ""
	}
	if wi := r.initialsWord(b[:n]); wi >= 0 && r.w.words[wi].bits&rwRole != 0 {
		return r.w.words[wi].role
	}
	return ""
}

// initialsWord looks initials up in the word table; the table's filter
// answers most without a string made for them.
func (r *resolver) initialsWord(b []byte) int32 {
	if h, ok := rsHash(string(b)); !ok || !r.w.mayHold(h) {
		return -1
	}
	return r.w.lookupWord(string(b))
}

// nameOfTwoAfterComma reports whether a capitalised word of two or
// more after a comma starts at token j, none a possessive.
func (r *resolver) nameOfTwoAfterComma(j int) bool {
	return r.capitalAfterComma(j) && r.toks[j].flags&tkPoss == 0 && r.joined(j+1) && r.toks[j+1].flags&tkCap != 0
}

// rsPortfolio is the group of resolve-orgs whose words name a
// ministry's portfolio: "Foreign", "Defense", "Unification".
const rsPortfolio = "portfolio"

// bodyLike reports whether entity e is an organisation, or a name no
// title, given name or speech made a person's: "Torino".
func (r *resolver) bodyLike(e int) bool {
	ent := &r.ents[e]
	return ent.kind == entOrg || ent.kind == entWeak && ent.gender == genUnknown && !ent.speaker
}

// quoteEndsBefore reports whether a quotation opens or closes between
// token i and the one before it.
func (r *resolver) quoteEndsBefore(i int) bool {
	return i > 0 && (r.toks[i].flags^r.toks[i-1].flags)&tkQuoted != 0
}

// placeHeaded reports whether the name n..j of the run i..j, of two
// words or more with no title, given name or initial before it, ends in
// the head word of a place or facility: "Suez Canal", "Rotterdam Port",
// "Kudiya Ghat" are no people.
func (r *resolver) placeHeaded(i, n, j int) bool {
	if j-n < 2 || r.toks[n].bits&(rwMale|rwFemale) != 0 {
		return false
	}
	if w := r.word(&r.toks[j-1]); w == nil || !w.placeHead {
		return false
	}
	for k := i; k < j-1; k++ {
		if r.toks[k].bits&(rwRole|rwHonorific) != 0 || strings.HasSuffix(r.str(&r.toks[k]), ".") {
			return false // "Mr. Bridge", "John D. Port"
		}
	}
	return true
}

// bodyRunsOverAnd reports whether the run from i, after "the" or a
// possessive (see bodyOpensBefore), goes on over the "and" at j to a
// body's head word that ends it: "the Colonization and Wall Resistance
// Commission", "the Food and Agriculture Organization", "the federal
// Mine Safety and Health Administration", "the city's Parks and
// Recreation Department". The words before "and" are no title's,
// honorific's or given name's: "the Putin and Foreign Ministry" is not
// written.
// With nothing to open it, the body's head word must be followed by its
// acronym or short name in brackets: "National Research and Innovation Agency (BRIN)
// researcher X".
func (r *resolver) bodyRunsOverAnd(i, j int) bool {
	opens := r.bodyOpensBefore(i)
	if !opens {
		// Flags only, before any word is looked up: the capitalised
		// words after "and" must end at a name in brackets.
		k := j + 1
		for k < len(r.toks) && k-i < rsMaxRun && r.joined(k) && r.toks[k].flags&tkCap != 0 {
			k++
		}
		if k >= len(r.toks) || k == j+1 || !r.bracketedShortName(&r.toks[k]) {
			return false
		}
	}
	for k := i; k < j; k++ {
		if r.toks[k].bits&(rwRole|rwHonorific|rwMale|rwFemale) != 0 {
			return false
		}
	}
	for k := j + 1; k < len(r.toks) && k-i < rsMaxRun && r.joined(k) && r.toks[k].flags&tkCap != 0; k++ {
		if b := r.bitsAt(k); b&(rwNonName|rwPronoun|rwRole|rwHonorific) != 0 {
			return false
		} else if b&rwOrg != 0 {
			return opens || k+1 < len(r.toks) && r.bracketedShortName(&r.toks[k+1])
		}
	}
	return false
}

// bracketedShortName reports whether t is a capitalised word alone in
// brackets, of ten letters at most: a body's acronym or short name,
// "(BRIN)", "(Senamhi)".
func (r *resolver) bracketedShortName(t *rsTok) bool {
	return t.flags&tkCap != 0 && t.s > 0 && t.e < len(r.text) && t.e-t.s <= 10 && r.text[t.s-1] == '(' && r.text[t.e] == ')'
}

// bodyOpensBefore reports whether the run at token i follows what may
// open a body's name: "the", or a possessive ("the city's", "Ohio's"),
// right before it or before one or two words in lower case that are no
// role's, pronoun's or function word's ("the federal", "the state's
// regional"). A run after a comma or a sentence's start opens nothing.
func (r *resolver) bodyOpensBefore(i int) bool {
	if i == 0 || r.toks[i].flags&(tkComma|tkBreak|tkSentStart) != 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := &r.toks[k]
		if t.flags&tkPoss != 0 || r.is(k, "the", rsHashThe) {
			return true
		}
		if k == i-3 || t.flags&(tkCap|tkComma|tkBreak|tkSentStart) != 0 || r.bitsAt(k)&(rwRole|rwHonorific|rwNonName|rwPronoun|rwCue|rwMale|rwFemale) != 0 {
			return false
		}
	}
	return false
}

// place reads the place named by tokens i..j. It speaks as the subject
// of its sentence ("Pakistan then denounced"); elsewhere it is where
// things happen.
func (r *resolver) place(i, j int) {
	e := r.entity(keyOf(cleanName(r.text[r.toks[i].s:r.toks[j-1].e])), entPlace)
	r.addRef(i, j, e, false)
	if r.toks[i].flags&tkSentStart == 0 && !(i > 0 && r.toks[i-1].flags&tkSentStart != 0 && r.isDeterminer(i-1)) {
		r.refs[len(r.refs)-1].loc = true
	}
}

// titledWith returns the person most recently referred to whose titles
// hold the word at token k, or -1: the Amir named "His Highness the
// Amir Sheikh Bader Al-Khaled Al-Sabah". The look is bounded to
// rsMaxBack references.
func (r *resolver) titledWith(k int) int {
	w := r.str(&r.toks[k])
	for x := len(r.refs) - 1; x >= 0 && x >= len(r.refs)-rsMaxBack; x-- {
		if e := r.refs[x].ent; e >= 0 && r.ents[e].kind == entPerson && r.ents[e].titleE > 0 && holdsWordFold(r.text[r.ents[e].titleS:r.ents[e].titleE], w) {
			return e
		}
	}
	return -1
}

// titlesJoinedAt reports whether token j, "and" after a capitalised
// title, joins it to a second capitalised title: "Deputy Prime Minister
// and Minister of Defence", "Minister of Oil and Minister of State". The
// second must go on, within four words, to a preposition or a
// capitalised word that is no title: "the President and Prime Minister
// met" names two people, who are no run of one.
func (r *resolver) titlesJoinedAt(j int) bool {
	if j+2 >= len(r.toks) || r.toks[j-1].flags&tkCap == 0 || r.toks[j-1].bits&rwRole == 0 || !r.is(j, "and", rsHashAnd) ||
		!r.joined(j+1) || r.toks[j+1].flags&tkCap == 0 {
		return false
	}
	role := false // the second title's role word was read
	for x := j + 1; x < len(r.toks) && x <= j+4 && r.joined(x); x++ {
		b := r.bitsAt(x)
		switch {
		case r.toks[x].flags&tkCap == 0:
			return role && r.bitsAt(x-1)&rwRole != 0 && (r.is(x, "of", rsHashOf) || r.is(x, "for", rsHashFor))
		case b&(rwNonName|rwPronoun) != 0:
			return false
		case b&rwRole != 0:
			role = true
		case role:
			return true // the name after the second title
		}
	}
	return false
}

// qualifiesLowerRole reports whether the run i..j, no known person's
// name, qualifies lower-case role words before a name: "Codewell founder
// and CEO Anita Rao". It names the holder's company, not someone a
// pronoun may stand for. The look is bounded to six tokens. A company's
// name of three or four words may open with a place's, as it is named
// for where it works: "Langkawi Ferry Line general manager Lim Wei Chong",
// "Penang Port Services chief executive X"; one or two words with a
// place's are the role's place ("Kedah police chief X").
func (r *resolver) qualifiesLowerRole(i, j int) bool {
	// Most runs end at a verb, no role, whose bits are known by now: the
	// test is made here, inlined, before the call.
	return j-i <= 4 && j < len(r.toks) && r.toks[j].flags&tkCap == 0 && r.bitsAt(j)&(rwRole|rwMulti) != 0 && r.lowerRoleAfter(i, j, false)
}

// orgBeforeLowerRole reports whether the organisation's name i..j,
// which may hold "of" or "for" before token n, qualifies a lower-case
// role after it ("Association of Black Forest Clockmakers managing
// director X", "Council for Rural Electrification chief executive X");
// if so the mention's head reads on past the name's lower-case words.
func (r *resolver) orgBeforeLowerRole(i, n, j int) bool {
	if j >= len(r.toks) || r.toks[j].flags&tkCap != 0 || !r.lowerRoleAfter(i, j, true) {
		return false
	}
	for k := i + 1; k < n; k++ {
		if r.toks[k].flags&tkCap == 0 {
			r.addPart(r.toks[k].s) // the head reads on past its "of"
		}
	}
	return true
}

// lowerRoleAfter is qualifiesLowerRole with no bound on the run's
// length, which an organisation's name read whole may pass: "Association
// of Black Forest Clockmakers managing director X". An organisation's
// name (org) may hold a place after its first word ("Black Forest") and
// end in a calling's plural ("Clockmakers").
func (r *resolver) lowerRoleAfter(i, j int, org bool) bool {
	if j >= len(r.toks) || !r.joined(j) || r.toks[j].flags&tkCap != 0 {
		return false
	}
	// The lower-case words by their bits: a role first (one word or
	// several: "vice president"), then roles, "and", and words that
	// qualify a role's head ("chief operating officer"), a role's head
	// standing last before the capital. Most runs end at a verb, no role,
	// and the first word's bits are known by now.
	if r.bitsAt(j)&(rwRole|rwMulti) == 0 {
		return false
	}
	role, seen := false, false
	for k := j; ; k++ {
		if k >= len(r.toks) || k > j+6 || !r.joined(k) {
			return false
		}
		if r.toks[k].flags&tkCap != 0 {
			if !role || r.toks[k].bits&rwNonName != 0 {
				return false
			}
			break
		}
		b := r.bitsAt(k)
		if b&rwMulti != 0 && k+1 < len(r.toks) && r.toks[k+1].flags&tkCap == 0 {
			// A role of several words: "vice president", "managing director".
			if wi, next := r.multi(k); wi >= 0 && r.w.words[wi].bits&rwRole != 0 {
				role, seen, k = true, true, next-1
				continue
			}
		}
		if b&rwRole != 0 {
			role, seen = true, true
			continue
		}
		if k == j {
			return false // a role first
		}
		if seen && r.str(&r.toks[k]) == "and" {
			continue // "founder and CEO Anita Rao"
		}
		if !r.roleModifierAt(k) {
			return false
		}
		role = false
	}
	for k := i; k < j; k++ {
		if r.toks[k].bits&(rwMale|rwFemale|rwHonorific|rwRole) != 0 && !(org && k == j-1 && k > i) || r.toks[k].bits&(rwPlace|rwDemonym) != 0 && !org && (j-i <= 2 || k > i) {
			return false
		}
		cands := r.surnames(r.tokKey(k))
		for _, e := range cands.all() {
			if r.ents[e].kind == entPerson {
				return false // "Kerr aide Ana Ruiz" after Dan Kerr spoke
			}
		}
	}
	return true
}

// roleModifierAt reports whether lower-case token k may qualify a role
// word after it: "operating" in "chief operating officer", "senior vice"
// in "senior vice president". It is a word of letters only, no verb of
// speech, no pronoun and no word the lists know as a stop; the caller
// asks that a role word stand last, before the name.
func (r *resolver) roleModifierAt(k int) bool {
	if r.bitsAt(k)&(rwNonName|rwCue|rwPronoun) != 0 {
		return false
	}
	for _, c := range []byte(r.str(&r.toks[k])) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// portfolioCommaAt reports whether token j, after a comma that follows
// a capitalised word of a title's portfolio ("Minister of Education,"),
// goes on with the portfolio's list: capitalised words, the first a
// portfolio word, and commas, up to an "and" before one more
// capitalised word: "Culture and Sports" in "Minister of Education,
// Culture and Sports Amina Farah". A name after the comma ("Minister of
// Education, Amina Farah and …") is no portfolio. A first word the
// lists do not know is the portfolio's between two they know, before
// the comma and after the "and": "Minister of Culture, Monuments and
// Heritage X". The look is bounded to eight words.
func (r *resolver) portfolioCommaAt(j int) bool {
	t := &r.toks[j]
	if t.flags&(tkComma|tkBreak|tkSentStart|tkCap) != tkComma|tkCap || r.toks[j-1].flags&(tkCap|tkPoss) != tkCap {
		return false
	}
	between := false // the first word is unlisted: the word after the "and" must be listed
	if !r.portfolioWordAt(j) {
		if !r.portfolioWordAt(j - 1) {
			return false
		}
		between = true
	}
	for x := j; x < len(r.toks) && x < j+8; x++ {
		t := &r.toks[x]
		if x > j && (t.flags&(tkBreak|tkSentStart) != 0 || t.flags&tkComma != 0 && r.toks[x-1].flags&tkCap == 0) {
			return false
		}
		if t.flags&tkCap == 0 {
			// "Education, Culture and Sports", "Data, Information, and
			// Communication": the list's "and", after a serial comma too.
			return x > j && r.is(x, "and", rsHashAnd) && r.toks[x-1].flags&tkPoss == 0 && r.joined(x+1) && r.toks[x+1].flags&tkCap != 0 &&
				(!between || r.portfolioWordAt(x+1))
		}
		if r.bitsAt(x)&(rwMale|rwFemale|rwNonName|rwPronoun|rwRole) != 0 {
			return false
		}
	}
	return false
}

// portfolioWordAt reports whether token k is a word of a portfolio or a
// body's head word: "Education", "Climate", "Ministry".
func (r *resolver) portfolioWordAt(k int) bool {
	return r.bitsAt(k)&rwOrg != 0 || r.listed(portfolioWords, &r.toks[k])
}

// commaSince reports whether a token of toks[from:j] follows a comma: a
// portfolio's list read so far ("Education, Culture"), asked only where
// a serial "and" may go on with it.
func (r *resolver) commaSince(from, j int) bool {
	for k := max(from, 0); k < j; k++ {
		if r.toks[k].flags&tkComma != 0 {
			return true
		}
	}
	return false
}

// serialAndAt reports whether token j is the "and" of a portfolio's
// list after a serial comma, before the list's last capitalised word:
// "Data, Information, and Communication Center".
func (r *resolver) serialAndAt(j int) bool {
	t := &r.toks[j]
	return t.flags&(tkComma|tkBreak|tkSentStart|tkCap) == tkComma && r.toks[j-1].flags&(tkCap|tkPoss) == tkCap && r.is(j, "and", rsHashAnd) && r.joined(j+1) && r.toks[j+1].flags&tkCap != 0
}

// secondPart returns the first word of a second part of the portfolio
// when token j, "of", "for" or "to" after the capitalised words of a
// title's portfolio from token at, starts one, or -1: "Rural" after
// "for" in "Deputy Minister of Roads for Rural Affairs Reza Karimi". No
// given name or place may stand in the portfolio ("Minister of Finance
// Ali Khan of Kelta" names Khan of Kelta), and a part and a name of two
// words must follow, capitalised: "Governor of Kelta Dawit Alemu of
// Texas" ends at "of". A house a leader leads is a part after "in the":
// "Leader of Opposition in the Assembly Sudhakar Ingle".
func (r *resolver) secondPart(at, j int) int {
	if at < 0 || r.toks[j-1].flags&tkCap == 0 || j+3 >= len(r.toks) {
		return -1
	}
	x := j + 1
	switch w := r.str(&r.toks[j]); w {
	case "of", "for", "to", "on": // "Special Assistant to the Prime Minister on Climate Change X"
		// "Deputy for Meteorology of the BMKG X": a body's part after
		// "of the", its name capitalised.
		// "Ambassador of Korea to the State of Qatar X": a place's
		// article after "to", and the place's own "of" inside it.
		if (w == "of" || w == "to") && r.joined(x) && r.is(x, "the", rsHashThe) && r.toks[x].flags&tkCap == 0 {
			x++
		}
	case "in":
		if !r.joined(x) || !r.is(x, "the", rsHashThe) || r.toks[x].flags&tkCap != 0 {
			return -1
		}
		x++
	default:
		return -1
	}
	for g := at; g < j; g++ {
		if r.toks[g].bits&(rwMale|rwFemale) != 0 {
			return -1
		}
	}
	caps := 0
	for y := x; caps < 3; y++ {
		if y >= len(r.toks) || !r.joined(y) {
			return -1
		}
		if caps == 1 && y == x+1 && r.is(y, "of", rsHashOf) {
			continue // "State of Qatar", "Republic of Kenya"
		}
		if r.toks[y].flags&tkCap == 0 || r.bitsAt(y)&(rwNonName|rwPronoun) != 0 {
			return -1
		}
		caps++
	}
	return x
}

// mayListAt reports whether token j, a comma's or "and", may go on a list
// of portfolios: portfolioListAt's first test, asked inline, as most runs
// end before neither.
func (r *resolver) mayListAt(j int) bool {
	if j >= len(r.toks) {
		return false
	}
	t := &r.toks[j]
	return t.flags&tkComma != 0 || t.hash == rsHashAnd || t.hash == 0
}

// portfolioListAt reports whether token j, after the run i..j and a
// comma or at "and", goes on with capitalised portfolios joined by one
// "and" up to a capitalised title: "Trade and Industry Minister" after
// "Investment,", "and Innovation Minister" after "Technology". The look
// is bounded to ten tokens.
func (r *resolver) portfolioListAt(i, j int) bool {
	if j >= len(r.toks) {
		return false
	}
	// At "and" the run must itself be in the list: after a comma
	// ("Science, Technology and …") or a portfolio word ("Trade and …");
	// "Ortega and Interior Minister Kaya" are two people; "Plantation
	// and Commodities Minister" a portfolio word's list.
	if r.toks[j].flags&tkComma == 0 {
		if h := r.toks[j].hash; h != rsHashAnd && h != 0 || !r.joined(j) || r.str(&r.toks[j]) != "and" {
			return false
		}
		if !(r.toks[i].flags&tkComma != 0 && i > 0 && r.toks[i-1].flags&tkCap != 0 || j-i == 1 && (r.toks[i].bits&rwOrg != 0 || r.listed(portfolioWords, &r.toks[i]))) {
			return false
		}
	}
	and := false
	for x := j; x < len(r.toks) && x < j+10; x++ {
		t := &r.toks[x]
		if x > j && (t.flags&(tkBreak|tkSentStart) != 0 || t.flags&tkComma != 0 && r.toks[x-1].flags&tkCap == 0) {
			return false
		}
		if t.flags&tkCap == 0 {
			if and && x > j+1 && r.joined(x) && r.bitsAt(x)&rwRole != 0 {
				// "Women, Family and Community Development Committee
				// chairman", but not "Smith Barney, Harris Upham and Co
				// analyst": a lower-case role after a list of portfolios.
				return r.listed(portfolioWords, &r.toks[i])
			}
			if r.str(t) != "and" || and || x > j && !r.joined(x) {
				return false
			}
			and = true
			continue
		}
		if r.bitsAt(x)&rwRole != 0 {
			return and && x > j
		}
		if t.bits&(rwNonName|rwPronoun|rwMale|rwFemale) != 0 {
			return false // "Jason Dana, Robyn Dawes and …": names, not portfolios
		}
	}
	return false
}

// bodyThenName reports whether token j starts a body in lower-case words,
// its head an organisation word ("municipality", "district council"),
// and a capitalised name follows it.
func (r *resolver) bodyThenName(j int) bool {
	for x := j; x < len(r.toks) && x < j+3 && r.joined(x); x++ {
		if r.toks[x].flags&tkCap != 0 {
			return x > j && r.bitsAt(x-1)&rwOrg != 0 && r.bitsAt(x)&(rwNonName|rwPronoun|rwOrg|rwRole) == 0
		}
	}
	return false
}

// qualifiesRole reports whether the capitalised word i..j, no given
// name, qualifies a lower-case role that a name follows: "Fire chief
// Luis Ortega", "State fire marshal Tom Reyes", "Harbour police
// spokeswoman Ana Ruiz". It names nobody; the name after the role does.
// A possessive ("Ortega's aide Ana Ruiz") is a person, and a run of
// several words ("Fox News host Jo Bell") an organisation.
func (r *resolver) qualifiesRole(i, j int) bool {
	if j-i != 1 {
		return false
	}
	for k := i; k < j; k++ {
		if r.toks[k].bits&(rwMale|rwFemale) != 0 || r.toks[k].flags&tkPoss != 0 {
			return false
		}
	}
	// The role, or one word and the role ("fire marshal"); a verb
	// ("Tenney took down businessman Steve Wells") is no qualifier.
	for k := j; k < j+2 && r.joined(k) && r.toks[k].flags&tkCap == 0; k++ {
		b := r.bitsAt(k)
		if b&rwRole != 0 && r.joined(k+1) && r.toks[k+1].flags&tkCap != 0 && r.bitsAt(k+1)&(rwNonName|rwPronoun) == 0 {
			return true
		}
		if w := r.str(&r.toks[k]); b&(rwCue|rwNonName) != 0 || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return false
}

// surnameLike reports whether token k, a listed word, is a surname
// here: a place or an organisation word after a given name ("Jim
// Jordan"), or after a given name and a middle name no list holds
// ("José Ramiro Lagos"), or a word already known as a surname of someone who is no
// organisation: "Administration" ends "the Federal Aviation
// Administration", and is no one's name in "the Food and Drug
// Administration" after it.
func (r *resolver) surnameLike(i, k int) bool {
	t := &r.toks[k]
	if t.bits&(rwPlace|rwOrg|rwRole|rwDemonym) == 0 || t.bits&(rwNonName|rwPronoun) != 0 {
		return false
	}
	if r.surnameOfRun(r.tokKey(k), i, k) {
		return true
	}
	if k == i {
		return false
	}
	if t.bits&rwRole != 0 && r.joined(k+1) && r.toks[k+1].flags&tkCap != 0 {
		return false // "the Amir Sheikh Bader": a title before a name, after a title that is a given name too
	}
	p := &r.toks[k-1]
	if p.flags&(tkPoss|tkCap) == tkCap && p.bits&rwNotName == 0 && r.initialsInLowerCase(t) {
		return true // "Kim Jong Un": "UN" is a place's initials, never written "Un"
	}
	if p.flags&tkPoss == 0 && p.bits&(rwMale|rwFemale) != 0 && p.bits&(rwNotName) == 0 {
		return true
	}
	// "José Ramiro Lagos": a middle name no list holds between the given
	// name and the place.
	// Only a place: "The Rachel Maddow Show" ends in a programme's word.
	if t.bits&rwPlace == 0 || p.bits != 0 || k-2 < i || p.flags&(tkPoss|tkCap) != tkCap || !r.joined(k-1) || !r.joined(k) {
		return false
	}
	g := &r.toks[k-2]
	return g.flags&tkPoss == 0 && g.bits&(rwMale|rwFemale) != 0 && g.bits&rwNotName == 0
}

// initialsInLowerCase reports whether the capitalised word t, listed
// only as a place's, spells the initials of the place's name with its
// other letters in lower case: "Un" ("UN", the United Nations), "Us".
// Initials are written in capitals; so written the word is a name's,
// the last of "Kim Jong Un".
func (r *resolver) initialsInLowerCase(t *rsTok) bool {
	w := r.word(t)
	if w == nil || w.bits&rwNotName != rwPlace || t.flags&tkCap == 0 || t.e-t.s < 2 || t.e-t.s > 4 {
		return false
	}
	s := r.str(t)
	if allCaps(s) {
		return false
	}
	n := 0 // the initials of the place's name read
	for x := 0; x < len(w.place); x++ {
		if c := w.place[x]; (x == 0 || w.place[x-1] == ' ') && 'A' <= c && c <= 'Z' {
			if n >= len(s) || s[n]|0x20 != c|0x20 {
				return false
			}
			n++
		}
	}
	return n == len(s)
}

// placeAsGivenName reports whether token k, a place's word between a
// title and the run's last word, is rather a given name: "Jordan" in
// "Petty Officer 2nd Class Jordan Akana", "Israel" in "Ambassador Israel
// Katz". A title names its holder by name, not by place, so one word
// after the place is the surname; titled is whether the word before k
// was read as the title's (a rank's class).
func (r *resolver) placeAsGivenName(i, k int, titled bool) bool {
	t := &r.toks[k]
	if k <= i || t.bits&(rwNotName&^(rwPlace|rwDemonym)) != 0 || t.bits&rwPlace == 0 || t.flags&tkCap == 0 || t.flags&tkPoss != 0 {
		return false
	}
	p := &r.toks[k-1]
	return p.flags&tkCap != 0 && (titled || p.bits&(rwRole|rwHonorific) != 0) && r.toks[k+1].bits&rwNotName == 0
}

// surnameBeforeGivenName reports whether token k, an honorific, is
// rather the family name before a Korean given name that ends the run
// at j, one word with a hyphen and lower case after it: "Pak" in "Pak
// Pong-ju", where "Pak Sukardi" is a form of address; or, alone, the
// family name of such a person named before: "Pak said".
func (r *resolver) surnameBeforeGivenName(k, j int) bool {
	if r.toks[k].bits&rwHonorific == 0 || r.toks[k].flags&tkCap == 0 {
		return false
	}
	if k+1 == j {
		x, ok := r.byFirst.get(r.tokKey(k))
		return ok && strings.IndexByte(r.ents[x].name, '-') > 0
	}
	if k+2 != j {
		return false
	}
	g := r.str(&r.toks[k+1])
	h := strings.IndexByte(g, '-')
	return h > 0 && h+1 < len(g) && 'a' <= g[h+1] && g[h+1] <= 'z'
}

// honorificInName reports whether token k, an honorific in the run i..j
// before a word of the name, is rather a word of the name itself, as
// Somali and other names hold "Sheikh" or "Haji" after the given name:
// "Abdirahman Sheikh Omar Ali", "Hassan Sheikh Mohamud". The word
// before it is a given name, or the first word after a title ("Foreign
// Minister Abdirahman Sheikh …"); "the Amir Sheikh Tamim" and "Emir
// Sheikh Tamim" are a title before the honorific. Last in the run it
// ends the name, "Rokeya Begum", and alone it is that name's surname.
func (r *resolver) honorificInName(i, k, j int) bool {
	if k >= j || r.toks[k].flags&tkCap == 0 {
		return false
	}
	if w := r.word(&r.toks[k]); w == nil || !w.inName {
		return false
	}
	if k == i {
		return k+1 == j && r.isSurname(r.tokKey(k)) // "Begum said" after "Rokeya Begum"
	}
	if !r.joined(k) {
		return false
	}
	p := &r.toks[k-1]
	if p.flags&(tkCap|tkPoss|tkHeadline) != tkCap || p.bits&rwNotName != 0 {
		return false
	}
	if strings.HasSuffix(r.str(p), ".") {
		// "A. Raja": after an initial, last in the run, the surname.
		return k+1 == j && p.e-p.s == 2
	}
	if k+1 == j {
		return true // "Rokeya Begum", "Amina Bibi": the name ends with it
	}
	if p.bits&(rwMale|rwFemale) != 0 {
		return k-1 > i || i == 0 || !r.isDeterminer(i-1)
	}
	return k-2 >= i && r.toks[k-2].flags&tkCap != 0 && r.toks[k-2].bits&rwRole != 0 && r.joined(k-1)
}

// nameless reads a run without a personal name in it: an organisation, a
// place, a bare title ("The President"), a nationality for a person
// ("the Ethiopian"), or nothing.
func (r *resolver) nameless(i, j int) {
	if r.demonymEpithet(i, j) {
		return
	}
	last := &r.toks[j-1]
	for k := i; k < j; k++ {
		if r.toks[k].bits&rwOrg != 0 && r.toks[k].flags&tkCap != 0 && (r.toks[k].bits&rwRole == 0 || k == j-1) {
			r.org(i, j)
			return
		}
	}
	if last.flags&tkPoss == 0 && (last.bits&rwRole != 0 || r.roleOfTwoAt(i, j)) {
		r.roleNoun(j-1, i, j-1) // "the Minister", "the Menteri Besar"
		return
	}
	if last.flags&tkPoss != 0 {
		return
	}
	// A place on its own, not modifying a noun after it ("Pakistan
	// then denounced", not "the Florida senator").
	if wi := r.lookupRun(i, j); wi >= 0 && r.w.words[wi].bits&rwPlace != 0 {
		if j < len(r.toks) && r.joined(j) && r.toks[j].bits&(rwRole|rwOrg) != 0 {
			return
		}
		r.place(i, j)
	}
}

// roleOfTwoAt reports whether the run i..j ends in a role of two words
// whose last is no role alone: "the Menteri Besar".
func (r *resolver) roleOfTwoAt(i, j int) bool {
	if j-i < 2 || r.toks[j-2].bits&rwMulti == 0 {
		return false
	}
	wi, next := r.multi(j - 2)
	return wi >= 0 && next == j && r.w.words[wi].bits&rwRole != 0
}

// demonymEpithet reads "the Ethiopian", "the Dutchman", the run i..j
// after "the" when it is one word of nationality: wires write a nationality for a person named before
// ("“…,” the Ethiopian said"). It stands for the latest person of that
// nation, or else the latest person of no other known one, and never
// names itself. A nationality before a noun ("the Kenyan town") or in
// the plural ("the Kenyans") is no epithet.
func (r *resolver) demonymEpithet(i, j int) bool {
	if r.toks[i].bits&(rwDemonym|rwMulti) == 0 || i == 0 || !r.joined(i) || !r.is(i-1, "the", rsHashThe) || r.toks[i].flags&tkHeadline != 0 {
		return false
	}
	wi, next := r.multi(i) // "the New Zealander"
	if wi < 0 {
		wi, next = r.toks[i].wi, i+1
	}
	if wi < 0 || next != j {
		return false
	}
	w := &r.w.words[wi]
	if w.bits&rwDemonym == 0 || w.bits&(rwRole|rwOrg|rwPlace) != 0 {
		return false
	}
	if s := r.str(&r.toks[j-1]); strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") {
		return false
	}
	if j < len(r.toks) && r.joined(j) && !r.predicateAt(j) {
		return false
	}
	g := genderOf(w.bits)
	e, _ := r.antecedent(&r.toks[i], g, false, w.place, 0)
	if e >= 0 && r.ents[e].kind != entPerson && r.ents[e].kind != entWeak {
		e = -1
	}
	r.addRef(i-1, j, e, true)
	r.refs[len(r.refs)-1].gender = g
	return true
}

// predicateAt reports whether token j, after a subject, starts its
// predicate: a speech verb, an auxiliary ("has", "was", "also") or a
// word that looks like a verb (see verbAfter).
func (r *resolver) predicateAt(j int) bool {
	if r.toks[j].flags&tkCap != 0 {
		return false
	}
	w := r.str(&r.toks[j])
	return r.bitsAt(j)&rwCue != 0 || r.d.lex.Contains(auxiliaries, w) || r.d.lex.Contains(finiteAuxiliaries, w) ||
		r.d.lex.Contains(cueFloats, w) || r.verbAfter(r.toks[j].s)
}

// officeOfHolder returns the end of a body named by the capitalised
// possessive run i..j and the organisation words after it, after "the":
// "The Ombudsman's Office", "the Prosecutor's Office", "the President's
// Office"; or j. A possessive with no article ("Kenya's Ministry of
// Health") is its owner, and a lower-case head ("the country's biggest
// carmaker") names no body.
func (r *resolver) officeOfHolder(i, j int) int {
	if i == 0 || j >= len(r.toks) || r.toks[j-1].flags&tkPoss == 0 || !r.isDeterminer(i-1) || !r.joined(i) ||
		r.toks[j].flags&(tkCap|tkComma|tkBreak|tkSentStart) != tkCap || r.bitsAt(j)&rwOrg == 0 {
		return j
	}
	e := j + 1
	for e < len(r.toks) && e < j+3 && r.joined(e) && r.toks[e].flags&tkCap != 0 && r.bitsAt(e)&(rwNonName|rwPronoun) == 0 {
		e++
	}
	return e
}

// org reads the organisation named by tokens i..j.
func (r *resolver) org(i, j int) {
	name := cleanName(r.text[r.toks[i].s:r.toks[j-1].e])
	key := keyOf(name)
	if x := r.acronymNamed(j); x >= 0 && !r.byName.has(key) {
		// "CAS" in the headline, then "the Court of Arbitration for Sport
		// (CAS)": the body named by its acronym alone takes the full name,
		// as a person first named by surname alone does.
		r.ents[x].name, r.ents[x].kind = name, entOrg
		r.byName.set(key, int32(x))
	}
	e := r.entity(key, entOrg)
	if j-i > 1 {
		r.addSurname(r.tokKey(j-1), e) // "the Post" after "the Washington Post"
	}
	if j-i > 1 {
		for k := i; k < j; k++ {
			if w := r.word(&r.toks[k]); w != nil && w.bits&rwOrg != 0 && w.org != "" {
				r.byOrg.set(keyOf(w.orgKey), int32(e))
			}
		}
	}
	// "The Joint Chiefs of Staff (JCS)": the acronym in brackets is the
	// body's other name.
	if a := j; a < len(r.toks) && onlyByte(r.text[r.toks[j-1].e:r.toks[a].s], '(') && isAcronym(r.str(&r.toks[a])) &&
		r.toks[a].e < len(r.text) && r.text[r.toks[a].e] == ')' {
		if key := r.tokKey(a); !r.byName.has(key) {
			r.byName.set(key, int32(e))
		}
	}
	r.addRef(i, j, e, false)
}

// acronymNamed returns the entity named by the acronym in brackets
// right after token j-1 and by nothing else, read before it: "CAS" in a
// headline before "the Court of Arbitration for Sport (CAS)". It
// returns -1 where there is none.
func (r *resolver) acronymNamed(j int) int {
	if j >= len(r.toks) || r.toks[j].hash == 0 || r.toks[j].e >= len(r.text) || r.text[r.toks[j].e] != ')' || !r.openBracketBefore(j) {
		return -1
	}
	key := r.tokKey(j)
	if x, ok := r.byName.get(key); ok && r.ents[x].name == key.s && isAcronym(key.s) {
		return int(x)
	}
	return -1
}

// isDeterminer reports whether token i is "the", "this" or "that", in
// any case.
func (r *resolver) isDeterminer(i int) bool {
	// A word in ASCII is one of them only with its hash: one test,
	// not three calls of is, for most words.
	switch h := r.toks[i].hash; h {
	case 0:
		return r.is(i, "the", rsHashThe) || r.is(i, "this", rsHashThis) || r.is(i, "that", rsHashThat)
	case rsHashThe:
		return r.is(i, "the", h)
	case rsHashThis:
		return r.is(i, "this", h)
	case rsHashThat:
		return r.is(i, "that", h)
	}
	return false
}

// is reports whether token i is w, a lower-case ASCII word whose rsHash
// is h, in any case: equalLowerASCII, with the hash of a word in ASCII
// compared first.
func (r *resolver) is(i int, w string, h uint32) bool {
	t := &r.toks[i]
	if t.hash != 0 && t.hash != h {
		return false
	}
	return equalLowerASCII(r.str(t), w)
}

// The rsHash of the words resolver.is looks for.
var (
	rsHashThe   = rsHashOn(rsHashInit, "the")
	rsHashThis  = rsHashOn(rsHashInit, "this")
	rsHashThat  = rsHashOn(rsHashInit, "that")
	rsHashHis   = rsHashOn(rsHashInit, "his")
	rsHashIts   = rsHashOn(rsHashInit, "its")
	rsHashTheir = rsHashOn(rsHashInit, "their")
	rsHashWhose = rsHashOn(rsHashInit, "whose")
	rsHashHer   = rsHashOn(rsHashInit, "her")
	rsHashAnd   = rsHashOn(rsHashInit, "and")
	rsHashOf    = rsHashOn(rsHashInit, "of")
	rsHashFor   = rsHashOn(rsHashInit, "for")
	rsHashI     = rsHashOn(rsHashInit, "i")
	rsHashOnW   = rsHashOn(rsHashInit, "on")
	rsHashIn    = rsHashOn(rsHashInit, "in")
	rsHashAt    = rsHashOn(rsHashInit, "at")
	rsHashFrom  = rsHashOn(rsHashInit, "from")
)

func (r *resolver) isIndefinite(i int) bool {
	switch r.str(&r.toks[i]) {
	case "a", "A", "an", "An":
		return true
	}
	return false
}

// entity returns the entity called name, making it if new.
func (r *resolver) entity(name rsKey, kind int8) int {
	if e, ok := r.byName.get(name); ok {
		return int(e)
	}
	r.ents = append(r.ents, rsEntity{name: name.s, kind: kind})
	e := len(r.ents) - 1
	r.byName.set(name, int32(e))
	return e
}

// person reads a run whose tokens n..j are a personal name and i..n the
// titles before it.
func (r *resolver) person(i, n, j int) {
	var (
		role   string
		gender int8
		sure   bool // the gender comes from "Mr." or "Mrs.", not a role noun
		byName bool // the gender comes from the given name
		qual   string
		strong bool
		// courtesy is a courtesy title in the run that is a role, "Dr.",
		// given besides the office: "Minister of Oil Dr. X" is the
		// minister and "the doctor".
		courtesy *rsWord
	)
	// Titles inside the run: "Iranian President", "Mr.", "Ambassador to
	// Iran" (a place after "to" is where the envoy serves, not whose).
	afterTo := false
	orgOf := -1 // an organisation's "of" or "for" before the title: "National Center for Palms and Dates CEO X"
	for k := i; k < n; k++ {
		t := &r.toks[k]
		if s := r.str(t); s == "to" || s == "for" || s == "of" {
			afterTo = s == "to"
			if k > i && r.toks[k-1].bits&(rwOrg|rwRole) == rwOrg && role == "" {
				orgOf = t.s
			}
			continue
		}
		if t.bits&rwMulti != 0 {
			if wi, next := r.multi(k); wi >= 0 && next <= n {
				if w := &r.w.words[wi]; w.bits&rwRole != 0 {
					role, strong = w.role, true
					gender = max(gender, genderOf(w.bits))
					k = next - 1
					continue
				}
			}
		}
		w := r.word(t)
		if w == nil {
			continue
		}
		if w.bits&rwRole != 0 {
			// "CP Radhakrishnan", "SP Velumani": a rank's abbreviation
			// of two letters before one word is a name's initials.
			if k == n-1 && j-n == 1 && t.e-t.s == 2 && allCaps(r.str(t)) {
				n--
				break
			}
			if w.courtesy {
				courtesy = w
			} else {
				role = w.role
			}
			strong = true
		}
		if w.bits&rwHonorific != 0 {
			strong = true
		}
		if g := genderOf(w.bits); g != genUnknown && w.bits&(rwRole|rwHonorific) != 0 {
			gender = g
			sure = sure || w.bits&rwHonorific != 0
		}
		if w.bits&(rwPlace|rwDemonym) != 0 && !afterTo && qual == "" {
			qual = w.place
		}
	}
	// The title after the organisation's name is the holder's: the
	// mention's head reads on past the name's "for".
	if orgOf >= 0 && role != "" {
		r.addPart(orgOf)
	}
	// The holder of a police title read before: "Commissioner of
	// Police Amritsar, X".
	abbr := ""
	if r.posted.at == i {
		role, abbr, strong = r.posted.role, r.posted.abbr, true
		r.posted.at = -1
	}
	// Lower-case titles and a possessive place before the run:
	// "press secretary Josh Earnest", "Pakistan's envoy X".
	k := i
	if r.joined(i) {
		for m := 3; m >= 1; m-- {
			// Only the first word of a longer form can start one, and
			// its words are joined (token i is).
			if i-m < 0 || m > 1 && (r.toks[i-m].flags&tkCap != 0 || r.toks[i-m].bits&rwMulti == 0 || !r.joined(i-1) || m == 3 && !r.joined(i-2)) {
				continue
			}
			wi := r.toks[i-1].wi
			if m > 1 {
				wi = r.lookupRun(i-m, i)
			}
			if wi >= 0 && r.w.words[wi].bits&rwRole != 0 {
				w := &r.w.words[wi]
				if role == "" {
					role = w.role
				}
				if g := genderOf(w.bits); g != genUnknown && gender == genUnknown {
					gender = g
				}
				strong = true
				k = i - m
				break
			}
		}
	}
	affil := -1
	if k > 0 && (k < i || r.toks[k-1].flags&tkPoss != 0) {
		affil = r.affiliationBefore(k, i)
	}
	if k > 0 && r.toks[k-1].flags&tkPoss != 0 && r.toks[k].flags&(tkComma|tkBreak) == 0 && qual == "" {
		if w := r.word(&r.toks[k-1]); w != nil && w.bits&(rwPlace|rwDemonym) != 0 {
			qual = w.place
		}
	}
	// "Berhanu Tesfaye of Ethiopia": the country after the name.
	if qual == "" && j+1 < len(r.toks) && r.toks[j+1].flags&tkCap != 0 && r.joined(j) && r.joined(j+1) && r.is(j, "of", rsHashOf) {
		wi, next := r.multi(j + 1)
		if wi < 0 {
			wi, next = r.toks[j+1].wi, j+2
		}
		// Not "of Kenya Airways": the place ends the phrase.
		if wi >= 0 && r.w.words[wi].bits&rwPlace != 0 && !(r.joined(next) && r.toks[next].flags&tkCap != 0) {
			qual = r.w.words[wi].place
		}
	}
	// "the group's spokesman, X," and "X, a spokesman for Y," and "X, who";
	// not across a closing quotation mark: in "“She is a sick woman,”
	// Reinholt told the judge" the role is no one's title.
	if r.toks[i].flags&tkComma != 0 && i > 0 && r.toks[i-1].bits&rwRole != 0 && r.toks[i-1].flags&tkCap == 0 && !r.quoteEndsBefore(i) {
		w := r.word(&r.toks[i-1])
		role, strong = w.role, true
		if g := genderOf(w.bits); g != genUnknown {
			gender = g
		}
	}
	// "the president of the Union of Coffee Cooperatives of Jinotega, X,",
	// "the Minister of Health, X,", "Bahrain's Minister of Industry, X,",
	// and opening the sentence, "Governor of the Monetary Authority, Dr.
	// X," closed by its comma (not "Sen. X, R-Fla.,", nor "Minister of
	// Health, X and the governor"): the role heads a longer phrase before
	// the comma.
	if r.toks[i].flags&tkComma != 0 && role == "" && !r.quoteEndsBefore(i) {
		for x := i - 1; x >= 0 && x >= i-rsMaxRoleToName; x-- {
			t := &r.toks[x]
			w := r.word(t)
			if (w == nil || w.bits&rwRole == 0) && t.flags&tkCap == 0 && t.bits&rwMulti != 0 && x > 0 && r.isIndefinite(x-1) {
				w = r.multiRole(x) // "A member of the Majlis …, X,"
			}
			if w != nil && w.bits&rwRole != 0 && (t.flags&tkCap == 0 || t.flags&tkSentStart != 0 && r.joined(x+1) && r.toks[x+1].flags&tkCap == 0 && j < len(r.toks) && r.toks[j].flags&tkComma != 0 || x > 0 && (r.isDeterminer(x-1) || r.toks[x-1].flags&tkPoss != 0)) {
				if t.flags&tkCap == 0 && x+1 < i && r.bitsAt(x+1)&rwOrg != 0 && (pluralShaped(r.str(t)) || menPlural(r.str(t))) {
					continue // "the president of the olive growers association, X,": a plural role before a body's head qualifies it
				}
				role, strong = w.role, true
				if g := genderOf(w.bits); g != genUnknown {
					gender = g
				}
				if p := r.word(&r.toks[max(x-1, 0)]); x > 0 && r.toks[x-1].flags&tkPoss != 0 && p != nil && p.bits&(rwPlace|rwDemonym) != 0 && qual == "" {
					qual = p.place // "Bahrain's Minister of Industry, X,"
				}
				break
			}
			if t.flags&(tkSentStart|tkComma|tkPara) != 0 || t.flags&tkBreak != 0 && !r.bracketGap(x) {
				break
			}
		}
	}
	// Not across a closing quotation mark: in "“… in East Africa,” the
	// minister of state noted" the role is the speaker, not the place.
	if j < len(r.toks) && r.toks[j].flags&tkComma != 0 && (r.toks[j].flags^r.toks[j-1].flags)&tkQuoted == 0 && !r.runInOpening(i) && !r.datelineEndsAt(j) {
		if r.toks[j].bits&rwWho != 0 {
			strong = true
			// "X, who heads the branch,": the verb gives the role.
			if role == "" && j+1 < len(r.toks) && r.joined(j+1) && r.toks[j+1].flags&tkCap == 0 {
				if c, ok := r.d.lex.Lookup(resolveRelativeRoles, r.str(&r.toks[j+1])); ok {
					role = c
				}
			}
		} else if w := r.appositiveRole(j); w != nil {
			// "X, spokesman for Y,", "X, chief analyst at Y,": the head
			// of the role; "X, Japan's Minister of Economy,": of Japan.
			role, strong = w.role, true
			if p := r.word(&r.toks[j]); qual == "" && r.toks[j].flags&tkPoss != 0 && p != nil && p.bits&rwPlace != 0 {
				qual = p.place
			}
			if g := genderOf(w.bits); g != genUnknown {
				gender = g
			}
		} else if r.isIndefinite(j) || r.isDeterminer(j) {
			for x := j + 1; x < len(r.toks) && x <= j+rsMaxRoleBack && (x == j+1 || r.joined(x)); x++ {
				w := r.word(&r.toks[x])
				if x == j+1 && (w == nil || w.bits&rwRole == 0) && r.toks[x].flags&tkCap == 0 {
					if m := r.multiRole(x); m != nil {
						w = m // "X, a member of parliament,"
					}
				}
				if w == nil {
					continue
				}
				if w.bits&(rwPlace|rwDemonym) != 0 && qual == "" {
					qual = w.place
				}
				if w.bits&rwRole != 0 {
					if r.roleIsSubject(x) {
						break
					}
					if role == "" || r.toks[x].flags&tkCap == 0 {
						role = w.role
					}
					if g := genderOf(w.bits); g != genUnknown {
						gender = g
					}
					strong = true
					break
				}
			}
		}
	}
	// The given name tells the gender unless a courtesy title did:
	// wires write "spokesman" for women too. A given name alone
	// ("Melanie") is a person's too.
	if first := r.word(&r.toks[n]); first != nil && !sure && (n+1 < j || j < len(r.toks) && (r.toks[n].flags&tkSentStart == 0 || r.bitsAt(j)&rwCue != 0)) {
		if g := genderOf(first.bits); g != genUnknown && first.bits&(rwHonorific|rwRole) == 0 {
			// A compound given name tells it whole: "Lakshmi Narayan
			// Chaudhary" is a man.
			if first.bits&rwMulti != 0 && n+2 < j {
				if wi, next := r.multi(n); wi >= 0 && next < j && r.w.words[wi].bits&rwNotName == 0 {
					g = genderOf(r.w.words[wi].bits)
				}
			}
			gender, strong, byName = g, true, true
		}
	}

	// "Melanie said": a name that speaks is a person's.
	if j < len(r.toks) && r.bitsAt(j)&rwCue != 0 && r.joined(j) {
		strong = true
	}
	e := r.personEntity(n, j, gender)
	ent := &r.ents[e]
	if strong && ent.kind == entWeak {
		ent.kind = entPerson
	}
	if ent.gender == genUnknown {
		ent.gender = gender
		ent.roleGender = gender != genUnknown && !sure && !byName
	}
	if qual != "" && ent.qual == "" {
		ent.qual = qual
	}
	if ent.age == 0 && j < len(r.toks) && isDigit(r.text[r.toks[j].s]) {
		// A name given with an age is a person's: "Renato Albuquerque, 51,".
		if ent.age = int16(r.ageAfter(j)); ent.age != 0 && ent.kind == entWeak {
			ent.kind = entPerson
		}
	}
	if role != "" {
		r.giveRole(e, role)
		if w := r.word(&r.toks[j-1]); w != nil && (w.placeHead || w.bits&rwOrg != 0) {
			ent.facility = true
		}
	}
	if abbr != "" {
		r.giveRole(e, abbr) // "the DGP" after "Director General of Police (DGP)"
	}
	if courtesy != nil && courtesy.role != role {
		r.giveRole(e, courtesy.role)
	}
	if role != "" {
		// "X, a deputy head of Rosatom,"
		if affil < 0 && j < len(r.toks) && r.toks[j].flags&(tkComma|tkCap) == tkComma && r.toks[j].bits&rwWho == 0 && !r.runInOpening(i) {
			affil = r.affiliationIn(j)
		}
		r.affiliate(e, affil)
	}
	if n > i && ent.titleE == 0 {
		ent.titleS, ent.titleE = r.toks[r.portfolioListBefore(i)].s, r.toks[n-1].e
	}
	// "Executive director of the Central Java chapter of the Forum
	// (Walhi) Dewi Anggraeni said": the role that opens the sentence,
	// read as someone unnamed, is the title of the name its "of" phrase
	// runs on to, and that person the sentence's subject.
	if k := len(r.refs) - 1; k >= 0 && i > 0 && (!r.joined(i) || r.toks[i-1].flags&tkCap != 0 || r.toks[i-1].bits&rwOrg != 0) &&
		r.refs[k].sent == r.toks[i].sent && (i < rsOpeningRoleReach || r.toks[i-rsOpeningRoleReach].sent != r.toks[i].sent) {
		if x := r.openingRoleOf(i, j); x >= 0 {
			r.refs[x].ent = e
		}
	}
	r.addRef(n, j, e, true)
}

// openingRoleOf returns the index of the ref of a role that opens the
// sentence of the name run i..j and whose "of" phrase, of
// capitalised words, articles, prepositions and nouns of bodies and
// places, runs straight on to the run, which a speech verb follows; or
// -1.
func (r *resolver) openingRoleOf(i, j int) int {
	if j >= len(r.toks) || !r.joined(j) || r.toks[j].flags&tkCap != 0 {
		return -1
	}
	sent := r.toks[i].sent
	x := len(r.refs) - 1
	for x >= 0 && r.refs[x].sent == sent && r.refs[x].ent >= 0 && r.ents[r.refs[x].ent].kind != entPerson {
		x-- // the bodies and places of the phrase
	}
	if x < 0 || r.refs[x].sent != sent || !r.refs[x].person || !r.refs[x].subj || r.toks[r.refs[x].at].flags&tkSentStart == 0 || r.bitsAt(j)&rwCue == 0 {
		return -1
	}
	// A role, resolved or not: "Executive", "The executive director".
	y, ok := tokEndingAt(r.toks, r.refs[x].e)
	if !ok || r.bitsAt(y)&rwRole == 0 || r.toks[y].flags&tkPoss != 0 {
		return -1
	}
	for ok && y+1 < i && r.joined(y+1) && r.bitsAt(y+1)&rwRole != 0 {
		y++ // "Executive director": the rest of the role
	}
	if !ok || y+1 >= i || i-y > rsMaxRoleToName+6 || !r.joined(y+1) || !r.is(y+1, "of", rsHashOf) {
		return -1
	}
	for m := y + 2; m < i; m++ {
		if !r.joined(m) && !r.bracketGap(m) {
			return -1
		}
		if r.toks[m].flags&tkCap != 0 || r.is(m, "of", rsHashOf) || r.is(m, "the", rsHashThe) || r.is(m, "for", rsHashFor) || r.is(m, "and", rsHashAnd) {
			continue
		}
		if r.bitsAt(m)&rwOrg != 0 {
			continue
		}
		if w := r.word(&r.toks[m]); w == nil || !w.placeNoun && !w.outlet {
			return -1
		}
	}
	return x
}

// placeObject reports whether refs[k] is the object of a place
// preposition, or joined by "and" to one that is: "at Port Klang and
// Pasir Gudang", "a post on X". A name there with no sign of a person is
// where, not who.
func (r *resolver) placeObject(k int) bool {
	for ; k >= 0; k-- {
		i := int(r.refs[k].at)
		if !r.joined(i) || r.toks[i-1].flags&tkCap != 0 {
			return false
		}
		if !r.is(i-1, "and", rsHashAnd) {
			return slices.Contains(r.w.placePreps, r.str(&r.toks[i-1]))
		}
		if i < 2 || k == 0 || r.refs[k-1].e != r.toks[i-2].e {
			return false
		}
	}
	return false
}

// portfolioListBefore returns where the capitalised words and commas
// before the run at token i start, when they are the first items of the
// title's list of portfolios: "Health," before "Labor and Welfare
// Minister". The look is bounded to six tokens.
func (r *resolver) portfolioListBefore(i int) int {
	s := i
	for x := i - 1; x >= 0 && x >= i-6 && r.toks[x+1].flags&tkComma != 0 && r.toks[x+1].flags&(tkBreak|tkSentStart) == 0; {
		if r.toks[x].flags&tkCap == 0 || !r.listed(portfolioWords, &r.toks[x]) {
			break
		}
		s = x
		for x--; x >= 0 && x >= i-6 && r.joined(x+1) && r.toks[x].flags&tkCap != 0; x-- {
			s = x
		}
	}
	return s
}

// latestWithPortfolio returns the entity with role most recently
// referred to before the byte before whose titles hold the portfolio
// word in lower case among the tokens after start and before k, of
// gender g and of place qual where both are known, or -1: "the health
// minister" is the "Health, Labor and Welfare Minister", not the finance
// minister named since; "the Russian deputy foreign minister" no Kazakh
// one. Only a role that more than one person has asks the words.
func (r *resolver) latestWithPortfolio(role, qual string, start, k, before int, g int8) int {
	roles := r.withRole(role)
	if roles.n < 2 {
		return -1
	}
	w := ""
	for x := start + 1; x < k && w == ""; x++ {
		if t := &r.toks[x]; t.flags&tkCap == 0 && r.listed(portfolioWords, t) {
			w = r.str(t)
		}
	}
	if w == "" {
		return -1
	}
	best := -1
	for _, e := range roles.all() {
		ent := &r.ents[e]
		if ent.last > before || ent.titleE == 0 || g != genUnknown && ent.gender != genUnknown && ent.gender != g {
			continue
		}
		if qual != "" && ent.qual != "" && ent.qual != qual {
			continue // "the Russian deputy foreign minister" is no Kazakh one
		}
		if (best < 0 || ent.last > r.ents[best].last) && holdsWordFold(r.text[ent.titleS:ent.titleE], w) {
			best = e
		}
	}
	return best
}

// holdsWordFold reports whether s holds the ASCII word w, in any case,
// as a word of its own.
func holdsWordFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if (i == 0 || !rsIsAlnum(s[i-1])) && (i+len(w) == len(s) || !rsIsAlnum(s[i+len(w)])) && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// inOpeningPhrase reports whether the run at token i ends a phrase that
// opens its sentence with a participle or a preposition, "Talking to PTI,
// an official …", "In Nouakchott, the official …": the role after the
// comma is the subject's, not the run's. The look is bounded to six
// tokens: "Talking to media persons in Puri, Director General …".
func (r *resolver) inOpeningPhrase(i int) bool {
	for x := i - 1; x >= 0 && x >= i-6; x-- {
		t := &r.toks[x]
		if t.flags&tkSentStart != 0 {
			w := r.str(t)
			return len(w) > 5 && strings.HasSuffix(w, "ing") || r.d.lex.Contains(venuePrepositions, w) || r.d.lex.Contains(openingPrepositions, w)
		}
		if t.flags&(tkComma|tkBreak|tkPara) != 0 {
			return false
		}
	}
	return false
}

// inOpeningClause reports whether the name in tokens i..j ends a
// participial clause that opens its sentence, with no comma before it:
// "Addressing a press conference along with X, the minister said",
// "Flanked by X, the minister said". The subject comes after the comma.
func (r *resolver) inOpeningClause(i, j int) bool {
	if j >= len(r.toks) || r.toks[j].flags&tkComma == 0 || r.toks[i].flags&tkSentStart != 0 {
		return false
	}
	for x := i; x > 0 && x > i-rsMaxOpeningClause; x-- {
		if f := r.toks[x].flags; f&(tkComma|tkPara) != 0 || f&tkBreak != 0 && !r.bracketGap(x) {
			return false // not across a comma; across "Authority (NEPRA)"
		}
		if t := &r.toks[x-1]; t.flags&tkSentStart != 0 {
			// Not "According to X,", a source (a word never in a name).
			w := r.str(t)
			return len(w) > 5 && strings.HasSuffix(w, "ing") && r.bitsAt(x-1)&rwNonName == 0 || strings.HasSuffix(w, "ed") && r.d.lex.Contains(resolveClauseOpeners, w)
		}
	}
	return false
}

// rsMaxOpeningClause bounds the words of an opening clause before the
// name that ends it.
const rsMaxOpeningClause = 16

// runInOpening reports whether the run at token i ends the phrase that
// opens its sentence (inOpeningPhrase), set off by no comma of its own:
// "Talking to media persons in Puri," is such a phrase, but in "In a
// statement issued on Tuesday, Tom Smith, a lawyer," the name after the
// comma is the subject, and the role after it his.
func (r *resolver) runInOpening(i int) bool {
	return r.toks[i].flags&tkComma == 0 && r.inOpeningPhrase(i)
}

// datelineEndsAt reports whether the dateline ends between token j-1
// and token j: "(APP): Federal Minister …" puts the agency's name before
// a colon and the body's first words, no apposition of it.
func (r *resolver) datelineEndsAt(j int) bool {
	b := r.d.bodyStart
	return j > 0 && r.toks[j-1].s < b && r.toks[j].s >= b
}

// prepAfterPortfolio reports whether the two words n..j after a title's
// preposition, no given name among them, are followed by a preposition
// of their own: "Director General of Public Health at the ministry" is a
// portfolio and a place, no one called "Public Health".
func (r *resolver) prepAfterPortfolio(n, j int) bool {
	if j >= len(r.toks) || !r.joined(j) || r.toks[j].flags&tkCap != 0 {
		return false
	}
	for k := n; k < j; k++ {
		if r.toks[k].bits&(rwMale|rwFemale) != 0 {
			return false
		}
	}
	switch r.str(&r.toks[j]) {
	case "at", "in", "of", "for":
		return true
	}
	return false
}

// fieldBeforeHolder reports whether the words n..j after a title's
// preposition, three or more, are a field the holder's name follows in
// apposition: straight after a comma
// ("Director General of Marine Spatial Management, Dr X, said") or
// after a place of work in lower-case words ("… at the ministry, Dr
// X,"). The name after the comma holds no role and ends at a comma, a
// cue or the sentence's end; "Minister of Health Budi Gunadi Sadikin at
// a meeting" is a name after a field of one word. A given name in the
// field does not make it a name ("Marine" in "Marine Spatial
// Management"): two names in a row, the second closed, are not written.
func (r *resolver) fieldBeforeHolder(n, j int) bool {
	if j >= len(r.toks) {
		return false
	}
	x := j
	if !r.capitalAfterComma(x) {
		if !r.joined(x) || r.toks[x].hash != rsHashAt && r.toks[x].hash != rsHashIn {
			return false
		}
		for x++; x < len(r.toks) && x < j+6 && r.joined(x) && r.toks[x].flags&tkCap == 0; x++ {
		}
		if !r.capitalAfterComma(x) {
			return false
		}
	}
	y := x
	for ; y < len(r.toks) && y < x+6 && (y == x || r.joined(y)) && r.toks[y].flags&tkCap != 0; y++ {
		if w := r.word(&r.toks[y]); w != nil && w.bits&rwRole != 0 && !w.courtesy {
			return false // "Minister of Health X, Finance Minister Y": a list of titled names
		}
	}
	return y > x && (y == len(r.toks) || r.toks[y].flags&(tkComma|tkSentStart|tkPara) != 0 || r.bitsAt(y)&rwCue != 0)
}

// theBodyInApposition reports whether the title of the run i..j, its
// part after "the" at partAt, stands between commas after a name: "X,
// Governor of the Eastern Province, said". The part names the place or
// body the title is of, and the holder is the name before the comma.
func (r *resolver) theBodyInApposition(i, partAt, j int) bool {
	return j < len(r.toks) && r.toks[i].flags&tkComma != 0 && r.toks[j].flags&tkComma != 0 && r.is(partAt-1, "the", rsHashThe)
}

// capitalAfterComma reports whether token j opens a capitalised phrase
// after a comma, as a name in apposition does: "the Mayor of Al-Baha
// Region, Eng. Ali Al-Zahrani,": the title before it names no one.
func (r *resolver) capitalAfterComma(j int) bool {
	return j < len(r.toks) && r.toks[j].flags&(tkComma|tkCap|tkSentStart|tkPara) == tkComma|tkCap && r.bitsAt(j)&(rwNonName|rwPronoun) == 0
}

// appositiveTitle returns the role word of a capitalised title of a
// body in apposition starting at token j: "Chairman" in "X, Chairman of
// the Department of Tourism,", "Director General" in "X, Director
// General of Y,". The title's preposition must follow it: "X, Minister
// Y" is no apposition of a title. A country's possessive may open it:
// "X, Japan's Minister of Economy,".
func (r *resolver) appositiveTitle(j int) *rsWord {
	var head *rsWord
	// end grows by one past a country's possessive, which the title
	// after it is joined to as to no other word.
	end := j + 3
	for x := j; x < len(r.toks) && x < end && (x == j || r.joined(x) || x == j+1 && end > j+3 && r.toks[x].flags&(tkComma|tkBreak|tkSentStart) == 0); x++ {
		if x == j && r.toks[x].flags&tkPoss != 0 && r.bitsAt(x)&rwPlace != 0 {
			end++
			continue
		}
		if r.toks[x].flags&tkCap == 0 {
			switch r.str(&r.toks[x]) {
			case "of", "for", "to", "at":
				return head
			}
			return nil
		}
		if wi, next := r.multi(x); wi >= 0 && r.w.words[wi].bits&rwRole != 0 {
			head, x = &r.w.words[wi], next-1
			continue
		}
		if w := r.word(&r.toks[x]); w != nil && w.bits&rwRole != 0 {
			head = w
			continue
		}
		// "Deputy Governor", "Acting Director": a rank before the head.
		if head == nil && r.toks[x].bits&(rwMale|rwFemale|rwNotName) == 0 {
			continue
		}
		return nil
	}
	return nil
}

// appositiveRole returns the role word that heads a bare role in
// apposition starting at token j, the last of its lower-case words
// before any other word: "analyst" in "X, chief analyst at Y,", "X,
// senior economist at Y,". It returns nil where no role stands there.
func (r *resolver) appositiveRole(j int) *rsWord {
	if r.toks[j].flags&tkCap != 0 {
		return r.appositiveTitle(j)
	}
	var head *rsWord
	for x := j; x < len(r.toks) && x < j+3 && (x == j || r.joined(x)) && r.toks[x].flags&tkCap == 0; x++ {
		r.bitsAt(x)
		w := r.word(&r.toks[x])
		if w == nil || w.bits&rwRole == 0 {
			if head != nil || x > j && r.toks[x].bits&(rwNonName|rwPronoun) != 0 {
				break
			}
			continue
		}
		if r.roleIsSubject(x) {
			return nil
		}
		head = w
	}
	return head
}

// multiRole returns the role of several words that starts at token x,
// a word no role alone: "member of parliament", "member of the
// Knesset". It returns nil where none starts there.
func (r *resolver) multiRole(x int) *rsWord {
	if t := &r.toks[x]; t.wi == rsUnread || t.bits&rwMulti == 0 {
		return nil // a word the scan did not read starts no role: no look-up here
	}
	if wi, _ := r.multi(x); wi >= 0 && r.w.words[wi].bits&rwRole != 0 {
		return &r.w.words[wi]
	}
	return nil
}

// roleIsSubject reports whether the role noun at token x stands right
// before a cue verb: "Speaking to Reuters, the minister said", "Talking
// to APP, the official said". The role is then its sentence's subject,
// not in apposition to the name before the comma ("X, the minister,
// said", "said X, the minister").
func (r *resolver) roleIsSubject(x int) bool {
	return r.speaks(x + 1)
}

// personEntity returns the entity of the name in tokens n..j: a full name
// itself, a surname the person first given with it.
func (r *resolver) personEntity(n, j int, gender int8) int {
	last := r.tokKey(j - 1)
	if r.toks[n].s < r.d.bodyStart {
		r.headNamed = true
	} else if r.headNamed && r.headEnts == 0 {
		r.headEnts = len(r.ents)
	}
	if j-n == 1 {
		cands := r.surnames(last)
		for _, e := range cands.all() {
			if g := r.ents[e].gender; gender == genUnknown || g == genUnknown || g == gender {
				return e
			}
		}
		if cands.n > 0 && gender != genUnknown {
			// "Mrs. Clinton" when only Bill Clinton was named.
			return r.entity(last, entPerson)
		}
		// A family name written first ("Mao" for Mao Ning, "Xi" for Xi
		// Jinping), or a given name alone. A name not yet known for a
		// person's is one when this word speaks: "Li Guoqiang, a
		// farmer, told Xinhua … “…,” Li said", "“…,” said Li, who …".
		if x, ok := r.byFirst.get(last); ok && (r.ents[x].kind == entPerson || r.ents[x].kind == entWeak && (r.speaks(j) || r.joined(n) && r.bitsAt(n-1)&rwCue != 0)) {
			e := int(x)
			if g := r.ents[e].gender; gender == genUnknown || g == genUnknown || g == gender {
				return e
			}
		}
		kind := int8(entWeak)
		if isAcronym(last.s) && r.toks[n].flags&tkHeadline == 0 {
			kind = entOrg // "DNC", "CNN": an organisation
		}
		e := r.entity(last, kind)
		r.addSurname(last, e)
		return e
	}
	name := keyOf(cleanName(r.text[r.toks[n].s:r.toks[j-1].e]))
	if e, ok := r.byName.get(name); ok {
		return int(e)
	}
	// A person first named by surname alone ("Trump" in a headline) takes
	// the full name when it comes. Where a pronoun or a role noun taught
	// it the other sex than the full name's ("Clinton" … "her husband" …
	// "Bill Clinton"), the name tells it: a pronoun read before any full
	// name may stand for another person of the name. A sex a courtesy
	// title or a given name taught keeps another person's name off
	// ("Mrs. Clinton" … "Bill Clinton").
	cands := r.surnames(last)
	for _, e := range cands.all() {
		if x := &r.ents[e]; x.name == last.s {
			if gender != genUnknown && x.gender != genUnknown && x.gender != gender {
				if !x.pronounGender && !x.roleGender {
					continue
				}
				x.gender, x.pronounGender, x.roleGender = gender, false, false
			}
			r.byName.del(last)
			r.ents[e].name = name.s
			r.byName.set(name, int32(e))
			return e
		}
	}
	// So does one a headline names by the first word alone, as Malay,
	// Indonesian and Arab names are cut ("Floods: RM50 mln for relief -
	// Roslan" before "Datuk Seri Roslan Hamzah"), unless the full name is
	// a place's ("Khan" before "in Khan Younis").
	if j-n > 1 {
		first := r.tokKey(n)
		if x, ok := r.byName.get(first); ok && !r.ents[x].body && r.ents[x].kind != entOrg && r.ents[x].kind != entPlace && !(n > 0 && r.joined(n) && r.listed(venuePrepositions, &r.toks[n-1])) {
			e := int(x)
			r.byName.del(first)
			r.ents[e].name = name.s
			r.byName.set(name, int32(e))
			r.addSurname(last, e)
			if !r.byFirst.has(first) {
				r.byFirst.set(first, int32(e))
			}
			return e
		}
		// So does a headline's head of the full name, as Gulf agencies
		// cut it at the father's name ("Hazza bin Saeed receives …"
		// before "Sheikh Hazza bin Saeed Al Nahyan").
		if e := r.headNameHead(name.s); e >= 0 {
			r.byName.del(keyOf(r.ents[e].name))
			r.ents[e].name = name.s
			r.byName.set(name, int32(e))
			r.addSurname(last, e)
			return e
		}
	}
	// "Abu Zeid" for Imad Abu Zeid, "Bagheri Kani" for Ali Bagheri Kani:
	// a surname of two words or more is the tail of a full name known.
	for _, e := range cands.all() {
		if en := r.ents[e].name; len(en) > len(name.s)+1 && en[len(en)-len(name.s)-1] == ' ' && strings.EqualFold(en[len(en)-len(name.s):], name.s) {
			if g := r.ents[e].gender; gender == genUnknown || g == genUnknown || g == gender {
				return e
			}
		}
	}
	// "Jamshid Tursunov" for Jamshid Ergashev Tursunov: the first and last
	// words of a full name known, its middle (a patronymic, a middle
	// name) left out. Not an initial: "George Bush" may be George W.
	// Bush's father.
	if j-n == 2 {
		for _, e := range cands.all() {
			if en := r.ents[e].name; r.ents[e].kind == entPerson && firstAndLastOf(en, name.s) {
				if g := r.ents[e].gender; gender == genUnknown || g == genUnknown || g == gender {
					return e
				}
			}
		}
	}
	// "Ahmad Zahid" for Ahmad Zahid Hamidi: Malay and Indonesian copy
	// calls a person by the given names, the head of the full name,
	// named in the body; not "Donald Trump" for "Donald Trump Jr" or a
	// headline's "Donald Trump Is Right".
	if x, ok := r.byFirst.get(r.tokKey(n)); ok && r.ents[x].kind == entPerson && !r.ents[x].headline {
		if en := r.ents[x].name; len(en) > len(name.s)+1 && en[len(name.s)] == ' ' && strings.EqualFold(en[:len(name.s)], name.s) && (surnamesOnly(en[len(name.s)+1:]) || r.lineageOnly(en[len(name.s)+1:])) {
			if g := r.ents[x].gender; gender == genUnknown || g == genUnknown || g == gender {
				return int(x)
			}
		}
	}
	e := r.entity(name, entWeak)
	r.ents[e].headline = r.toks[n].flags&tkHeadline != 0
	r.addSurname(last, e)
	// "Datuk Eddie Tan Boon Keat" … "said Tan": a Western given name
	// before a Chinese name written family name first, as Malaysian and
	// Singaporean copy gives it; the family name is the second word.
	// Otherwise, "Ernesto Baltodano Ruiz" … "Baltodano said": Spanish and
	// Portuguese names take the father's surname, the middle of three,
	// or the third of four after two given names: "Luz Marina Ocampo
	// Quintero" … "Ocampo said".
	familyFirst := j-n == 4 && r.westernBeforeFamilyName(n, j)
	if familyFirst {
		r.addSurname(r.tokKey(n+1), e)
	}
	if m := j - 2; !familyFirst && (j-n == 3 || j-n == 4 && r.fourPartName(n, j)) && r.toks[m].flags&tkCap != 0 && r.bitsAt(m)&(rwParticle|rwMale|rwFemale|rwNotName) == 0 && !strings.HasSuffix(r.str(&r.toks[m]), ".") && !r.isSurname(r.tokKey(m)) {
		r.addSurname(r.tokKey(m), e)
	}
	// "Abdirahman Sheikh Omar Ali" … "Sheikh Omar said": the father's
	// name after an honorific inside the name (see honorificInName)
	// refers to the person, as a surname does.
	for m := n + 1; m < j-2; m++ {
		if r.toks[m].bits&rwHonorific != 0 && !r.isSurname(r.tokKey(m+1)) {
			r.addSurname(r.tokKey(m+1), e)
		}
	}
	if first := r.str(&r.toks[n]); len(first) >= 2 && !strings.HasSuffix(first, ".") {
		if k := r.tokKey(n); !r.byFirst.has(k) {
			r.byFirst.set(k, int32(e))
		}
	}
	return e
}

// westernBeforeFamilyName reports whether the name n..j of four words is
// a given name the lists know, a Chinese family name and two given
// names: "Eddie Tan Boon Keat".
func (r *resolver) westernBeforeFamilyName(n, j int) bool {
	return j-n == 4 && r.toks[n].bits&(rwMale|rwFemale) != 0 && r.toks[n+1].bits&(rwMale|rwFemale) == 0 &&
		r.listed(resolveFamilyFirst, &r.toks[n+1]) && !r.isSurname(r.tokKey(n+1))
}

// fourPartName reports whether the name n..j of four words is two given
// names and two surnames, as Spanish names are written: four
// capitalised words, none a particle, an initial or a listed word, and
// the first no surname known.
func (r *resolver) fourPartName(n, j int) bool {
	for k := n; k < j; k++ {
		t := &r.toks[k]
		if t.flags&tkCap == 0 || k > n && t.bits&(rwParticle|rwNotName) != 0 || strings.HasSuffix(r.str(t), ".") || k > n && !r.joined(k) {
			return false
		}
	}
	return !r.isSurname(r.tokKey(n))
}

// surnamesOnly reports whether s, the words of a full name after the
// given names a reference used, are one or two capitalised words of
// three letters or more: "Hamidi", not "Jr" or "Is Right".
func surnamesOnly(s string) bool {
	words := 0
	for _, w := range strings.Split(s, " ") {
		if words++; words > 2 || len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// firstAndLastOf reports whether short, two words, is the first and the
// last word of full, a name of three words or more with no initial.
func firstAndLastOf(full, short string) bool {
	sp := strings.IndexByte(short, ' ')
	if sp <= 0 || strings.IndexByte(short[sp+1:], ' ') >= 0 {
		return false
	}
	a, b := strings.IndexByte(full, ' '), strings.LastIndexByte(full, ' ')
	return a > 0 && b > a && strings.IndexByte(full[a:b], '.') < 0 &&
		strings.EqualFold(full[:a], short[:sp]) && strings.EqualFold(full[b+1:], short[sp+1:])
}

// lineageOnly reports whether s, the rest of a full name after the head
// a story calls a person by, is a lineage: "bin Jassim Al Thani" after
// "Hamad bin Khalid", up to five words, each capitalised or a name's
// particle, one of them a particle, as Gulf agencies cut a name at the
// father's name.
func (r *resolver) lineageOnly(s string) bool {
	words, particles := 0, 0
	for w := range strings.FieldsSeq(s) {
		switch {
		case r.d.lex.Contains(resolveParticles, w):
			particles++
		case w[0] < 'A' || w[0] > 'Z':
			return false
		}
		if words++; words > 5 {
			return false
		}
	}
	return particles > 0
}

// headNameHead returns the person a headline named by the head of the
// full name, of two words or more ("Hazza bin Saeed" for "Hazza bin Saeed Al Nahyan"), whom
// the body has not referred to, or -1. It looks only at the few
// entities the headline made, with no index look-up.
func (r *resolver) headNameHead(name string) int {
	for x := range min(r.headEnts, len(r.ents)) {
		en := &r.ents[x]
		if en.body || en.kind == entOrg || en.kind == entPlace {
			continue
		}
		if hn := en.name; len(name) > len(hn)+1 && name[len(hn)] == ' ' && strings.IndexByte(hn, ' ') > 0 && strings.EqualFold(name[:len(hn)], hn) {
			return x
		}
	}
	return -1
}

// speaks reports whether token j, after a name, is its cue verb: "Li said".
func (r *resolver) speaks(j int) bool {
	return j < len(r.toks) && r.joined(j) && r.bitsAt(j)&rwCue != 0
}

// cleanName returns s with each run of white space (line breaks of
// hard-wrapped copy, no-break spaces) as one space.
func cleanName(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			return joinFields(s)
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return joinFields(s)
			}
		case 0xC2: // U+00A0, a no-break space, is C2 A0
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return joinFields(s)
			}
		}
	}
	return s
}

// joinFields is strings.Join(strings.Fields(s), " ") in one allocation.
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// allDigits reports whether s is a number of one to four digits.
func allDigits(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// allCaps reports whether s is two or more ASCII capitals, digits and
// inner punctuation, with a capital first: "IOWA", "U.S.".
func allCaps(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' || s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isAcronym reports whether s is two to six capital letters.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// An rsList is a short list of entities, held by value so that adding a
// surname or a role allocates nothing.
type rsList struct {
	n int
	e [rsMaxPerKey]int
}

func (l *rsList) all() []int { return l.e[:l.n] }

// surnames returns a copy of the entities whose name ends in last.
func (r *resolver) surnames(last rsKey) rsList {
	if x, ok := r.bySurname.get(last); ok {
		return r.lists[x]
	}
	return rsList{}
}

// isSurname reports whether some entity's name ends in last.
func (r *resolver) isSurname(last rsKey) bool {
	return r.bySurname.has(last)
}

// surnameOfRun reports whether last, the key of the run's word k, ends
// the name of an entity named before that the run i..k may name again:
// a person's ("Sanders"), or an organisation's whose name the run's
// words end ("the Post" after "The Washington Post", "Wall Street
// Journal" after "The Wall Street Journal"). A body with the same head
// word and other words before it ("Food and Drug Administration" after
// "Federal Aviation Administration") is another.
func (r *resolver) surnameOfRun(last rsKey, i, k int) bool {
	x, ok := r.bySurname.get(last)
	if !ok {
		return false
	}
	for _, e := range r.lists[x].all() {
		if r.ents[e].kind != entOrg {
			return true
		}
		run, name := r.text[r.toks[i].s:r.toks[k].e], r.ents[e].name
		if strings.HasSuffix(name, run) && (len(name) == len(run) || name[len(name)-len(run)-1] == ' ') {
			return true
		}
	}
	return false
}

// holdsRole reports whether entity e was given role.
func (r *resolver) holdsRole(e int, role string) bool {
	l := r.withRole(role)
	return slices.Contains(l.all(), e)
}

// withRole returns a copy of the entities introduced with role.
func (r *resolver) withRole(role string) rsList {
	if x, ok := r.byRole.get(keyOf(role)); ok {
		return r.lists[x]
	}
	return rsList{}
}

// list returns the list of key in m, making it if new.
func (r *resolver) list(m *rsIndex, key rsKey) *rsList {
	x, ok := m.get(key)
	if !ok {
		x = int32(len(r.lists))
		r.lists = append(r.lists, rsList{})
		m.set(key, x)
	}
	return &r.lists[x]
}

func (r *resolver) addSurname(last rsKey, e int) {
	if l := r.list(&r.bySurname, last); l.n < rsMaxPerKey && !slices.Contains(l.all(), e) {
		l.e[l.n] = e
		l.n++
	}
}

func (r *resolver) giveRole(e int, role string) {
	if r.ents[e].role == "" {
		r.ents[e].role = role
	}
	l := r.list(&r.byRole, keyOf(role))
	if !slices.Contains(l.all(), e) {
		if l.n >= rsMaxPerKey {
			copy(l.e[:], l.e[1:])
			l.n--
		}
		l.e[l.n] = e
		l.n++
	}
}

func genderOf(bits uint16) int8 {
	switch {
	case bits&rwMale != 0 && bits&rwFemale == 0:
		return genMale
	case bits&rwFemale != 0 && bits&rwMale == 0:
		return genFemale
	}
	return genUnknown
}

// addRef records a reference to entity e by tokens i..j.
func (r *resolver) addRef(i, j, e int, person bool) {
	first, last := &r.toks[i], &r.toks[j-1]
	ref := rsRef{
		s: first.s, e: last.e, ent: e, sent: first.sent, at: int32(i),
		poss:   last.flags&tkPoss != 0,
		quoted: first.flags&tkQuoted != 0,
		person: person,
		head:   first.s < r.d.bodyStart,
	}
	for r.mi < len(r.mentions) && r.mentions[r.mi].End <= ref.s {
		r.mi++
	}
	ofHolder := false // in a role's phrase before the holder's name in apposition: "Alba" in "The mayor of Alba, X,"
	// A speaker is a ref at the head of a mention: not "Shubra" in "a
	// baker in the Shubra district".
	for k := r.mi; k < len(r.mentions) && k < r.mi+4; k++ {
		m := r.mentions[k]
		if m.Start >= ref.e {
			break // the mentions are in text order: none after starts in the ref
		}
		if ref.s >= m.End || ref.poss {
			continue
		}
		// "The king of Haruku, Raja X": a name in apposition inside the
		// mention, after its head's comma, is who speaks; the place or
		// body in the head is the role's.
		h := r.mentionHead(k)
		appos := h+2 < m.End && r.text[h] == ',' && r.text[h+1] == ' ' && 'A' <= r.text[h+2] && r.text[h+2] <= 'Z'
		if ref.s < h && !appos && (e < 0 || r.ents[e].kind != entOrg) && r.modifiesNoun(j, h) {
			break // "Coal miners in the region said": the miners speak, not "Coal"
		}
		if ref.s < h && !appos || appos && ref.s > h {
			ref.speaker = true
			break
		}
		ofHolder = appos && ref.s > m.Start
	}
	ref.clause = !ref.poss && j < len(r.toks) && r.joined(j) && r.bitsAt(j)&rwCue != 0
	ref.actor = ref.speaker || ref.clause || first.flags&tkSentStart != 0 ||
		i > 0 && r.toks[i-1].flags&tkSentStart != 0 && r.isDeterminer(i-1) && r.joined(i)
	// The subject is the first person of the sentence: a single
	// capitalised word counts only if it speaks ("Novi" in "Speaking in
	// Novi, Trump said" does not).
	// A possessive that starts the sentence is its topic: "Oz's advice
	// earned him scorn, and he ..."; but not one before a role, which
	// is another person: "Reyes's lawyer, Sam Cole, said … he said".
	possTopic := ref.poss && first.flags&tkSentStart != 0 && !(j < len(r.toks) && r.toks[j].flags&tkCap == 0 && r.bitsAt(j)&rwRole != 0)
	if person && (!ref.poss || possTopic) && !ref.quoted && r.subjSent != ref.sent && !ofHolder {
		weak := e >= 0 && r.ents[e].kind == entWeak && j-i == 1 && !r.ents[e].speaker
		if (!weak || ref.speaker || j < len(r.toks) && r.bitsAt(j)&rwCue != 0) && !r.inOpeningClause(i, j) {
			ref.subj = true
			r.subjSent, r.subjRef = ref.sent, len(r.refs)
		}
	} else if person && ref.clause && ref.speaker && !ref.quoted && r.subjSent == ref.sent && !strings.HasSuffix(r.text[r.toks[j].s:r.toks[j].e], "ing") {
		r.takeSubject(&ref) // but "… into the World Cup believing": a participle, no clause of its own
	}
	if e >= 0 {
		ent := &r.ents[e]
		ent.last = ref.s
		if ref.speaker {
			ent.speaker = true
		}
		if !ref.head {
			ent.body = true
		}
	}
	r.refs = append(r.refs, ref)
}

// takeSubject makes ref, a source a speech verb follows ("Y said in a
// post on X"), its sentence's subject in place of the first person the
// sentence named, when that one neither speaks nor is a source and a
// comma stands between them: "After meeting Chief Minister X, Y said",
// "Like X, Y wrote", "X electrified the crowds, Y said". A first person
// who speaks keeps it ("X said Y had told him"), and so does one whose
// clause goes on to the speaker with no comma: "X did not exude
// confidence when Y asked whether …".
func (r *resolver) takeSubject(ref *rsRef) {
	if r.subjRef < 0 || r.subjRef >= len(r.refs) {
		return
	}
	if old := &r.refs[r.subjRef]; old.subj && old.sent == ref.sent && !old.clause && !old.speaker && r.commaSince(max(int(old.at)+1, int(ref.at)+1-maxCommaGap), int(ref.at)+1) {
		old.subj, ref.subj = false, true
		r.subjRef = len(r.refs)
	}
}

// maxCommaGap bounds, in tokens, how far back from a later source
// takeSubject looks for the comma: the comma that sets a first clause
// off stands just before the source ("After meeting X, Y said"), and a
// bound keeps a sentence with no end linear.
const maxCommaGap = 32

// roleNoun reads the role noun at token k, whose phrase may start at
// token from ("The Pakistani envoy", "Iran's president", "the minister")
// and whose last title word is at token at.
func (r *resolver) roleNoun(k, from, at int) {
	t := &r.toks[k]
	// A title before a name ("spokesman John Kirby") is read with the
	// name.
	if k+1 < len(r.toks) && r.joined(k+1) && r.toks[k+1].flags&tkCap != 0 && r.toks[k+1].bits&rwNotName == 0 || t.flags&tkCap != 0 && k+2 < len(r.toks) && r.toks[k+1].flags&tkBreak != 0 && r.acronymThenName(k+1) {
		return
	}
	// "the deputy foreign minister", "the assistant director": a role
	// noun before another in lower case qualifies it, and the phrase is
	// read at its head.
	if k == at && r.roleHeadAfter(k) {
		return
	}
	w := r.word(&r.toks[at])
	if wi, next := r.multi(max(from, k-1)); wi >= 0 && next == k+1 && r.w.words[wi].bits&rwRole != 0 {
		w = &r.w.words[wi] // "the Christian Democrat": a role of two words, the last no role alone
	}
	if w == nil || w.bits&rwRole == 0 {
		return
	}
	// Plural roles ("the officials", "fishermen") stand for nobody in
	// particular.
	if s := r.str(t); len(s) > 3 && s[len(s)-1] == 's' && s[len(s)-2] != 's' || menPlural(s) {
		return
	}
	role, general := w.role, w.general
	// Walk back to the determiner over modifiers, noting a place and
	// the organisation the role is of: "the Rosatom official", "the
	// company official".
	qual := ""
	start, orgPoss := -1, -1
	back := rsMaxRoleBack
	for x := from; x >= 0 && x >= from-back; x-- {
		tx := &r.toks[x]
		if x < from && tx.flags&tkPoss != 0 {
			if wx := r.word(tx); wx != nil && wx.bits&(rwPlace|rwDemonym) != 0 {
				qual, start = wx.place, x
			} else if n := len(r.refs); tx.flags&tkCap != 0 && n > 0 && r.refs[n-1].e > tx.s && r.refs[n-1].ent >= 0 && r.bodyLike(r.refs[n-1].ent) {
				orgPoss = x // "Paris Saint-Germain's new coach", "Torino's coach"
			}
			break
		}
		if x < k {
			if r.isDeterminer(x) {
				start = x
				break
			}
			if r.isIndefinite(x) {
				// "A spokesman said ... he added": someone the text
				// never names, when it is the subject of its sentence
				// ("In Kuwait, a ministry official told KUNA").
				if (r.toks[x].flags&(tkSentStart|tkBreak) == 0 && !(r.toks[x].flags&tkComma != 0 && (r.speaks(k+1) || r.inOpeningPhrase(x))) ||
					r.capitalAfterComma(k+1) || r.namedInApposition(k)) && !r.citedUnnamed(x, k) {
					return // not a subject, or in apposition ("A former aide, X said")
				}
				r.addRef(x, k+1, -1, true)
				r.refs[len(r.refs)-1].gender = genderOf(w.bits)
				return
			}
		}
		if wx := r.word(tx); wx != nil && wx.bits&(rwPlace|rwDemonym) != 0 && qual == "" {
			qual = wx.place
		}
		if x < k && x > 0 && !r.joined(x) && r.toks[x-1].flags&tkPoss == 0 {
			if !r.bracketGap(x) || !r.bracketGap(x+1) || !isAcronym(r.str(tx)) {
				break
			}
			back++ // "the Christian Social Union (CSU) politician": a party's acronym, no word of the role's
		}
	}
	if start < 0 && orgPoss >= 0 {
		// An organisation's role is the one named with it before, if
		// any; else the next sentence may name it (namedNext).
		if e := r.latestWithRole(role, "", t.s, genderOf(w.bits)); e >= 0 {
			r.addRef(orgPoss, k+1, e, true)
		}
		return
	}
	if start < 0 {
		if t.flags&tkCap == 0 || from == k && t.flags&tkSentStart == 0 {
			return
		}
		start = from
	}
	// "the top government spokeswoman": a role of several words that
	// ends at the noun, the longest first.
	for y := start; y < k; y++ {
		if wi, next := r.multi(y); wi >= 0 && next == k+1 && r.w.words[wi].bits&rwRole != 0 {
			role, general = r.w.words[wi].role, r.w.words[wi].general
			break
		}
	}
	if r.namedInApposition(k) {
		return // the name after it is read as its own reference
	}
	g := genderOf(w.bits)
	e := r.latestWithRole(role, qual, t.s, g)
	// "The minister said that she would …" after a woman and then a
	// man named minister: the pronoun of the role's own clause tells
	// which, when the latest is known to be of the other gender.
	if g == genUnknown && e >= 0 && r.ents[e].gender != genUnknown {
		if pg := r.pronounInClause(k); pg != genUnknown && pg != r.ents[e].gender {
			if x := r.latestWithRole(role, qual, t.s, pg); x >= 0 {
				e = x
			}
		}
	}
	portfolio := false // "the health minister": the minister whose titles hold the word
	if e >= 0 && start < k-1 {
		if p := r.latestWithPortfolio(role, qual, start, k, t.s, g); p >= 0 {
			e, portfolio = p, true
		}
	}
	named, u := -1, r.unnamedWithRole(role)
	if u >= 0 && general && qual == "" && start >= k-1 { // "the official", not "the Jordanian official"
		named = r.officeHolderSince(role, u)
	}
	if named >= 0 {
		e = named // "a senior official said", then "Chief Conservator X told PTI"
	} else if u >= 0 {
		// "A ministry official told KUNA … the official said": the
		// unnamed one just introduced, not the official named before.
		r.addRef(start, k+1, -1, true)
		r.refs[len(r.refs)-1].gender = g
		return
	}
	// "the Rosatom official", "the company official"; but "the
	// association president" after a president of an association and a
	// spokeswoman for another body is the president: a body's noun
	// defers to a specific role held by someone else.
	if m, byName := r.memberBefore(start, k, g); m >= 0 && !portfolio && (byName || e < 0 || general || r.holdsRole(m, role)) {
		e = m
	}
	if e < 0 && role != "person" && !r.qualifiedAfter(k) {
		// "The businessman" for the man the story is about: wires vary
		// the words for the person in focus. Only a known person will
		// do, and not one from another place ("the Florida senator").
		// A spokesman for a person introduced with another role is
		// someone else: "the spokesman" after "Fire chief Luis Ortega".
		// An unnamed subject nearer than the person ("A senior member of
		// the commission told AFP … “…,” the official said") is who
		// speaks, and no one named.
		// The antecedent is looked for before the phrase: "Flamengo" in
		// "the former Flamengo boss" is what the role is of; but one
		// introduced with another organisation is not "the Lukoil
		// official".
		n := len(r.refs)
		for n > 0 && r.refs[n-1].s >= r.toks[start].s {
			n--
		}
		all := r.refs
		r.refs = r.refs[:n]
		e, _ = r.antecedent(t, g, true, qual, 0)
		r.refs = all
		// Nor is one met by chance, introduced as a resident or witness,
		// another role's: "X, a resident of the building," is not "the
		// scientist" two paragraphs on. Nor is the holder of one office
		// or rank ([resolveOffices]) another's: "Superintendent of
		// Police X" is not "the chief minister".
		if e >= 0 && (r.ents[e].kind != entPerson || r.ents[e].affil && r.orgInPhrase(start, k) ||
			r.ents[e].role != "" && r.ents[e].role != role && (r.d.lex.Contains(resolveProxies, role) || r.d.lex.Contains(resolveBystanders, r.ents[e].role) ||
				r.d.lex.Contains(resolveOffices, role) && r.d.lex.Contains(resolveOffices, r.ents[e].role))) {
			e = -1
		}
	}
	r.addRef(start, k+1, e, true)
	r.refs[len(r.refs)-1].gender = g
}

// nobodyIn reports whether no person, named or not, is referred to in
// sentence sent, among the refs before refs[k].
func (r *resolver) nobodyIn(sent int32, k int) bool {
	for b := k - 1; b >= 0 && r.refs[b].sent >= sent; b-- {
		if ref := &r.refs[b]; ref.sent == sent && ref.person && (ref.ent < 0 || r.ents[ref.ent].kind == entPerson) {
			return false
		}
	}
	return true
}

// pronounInClause returns the gender of the first personal pronoun, no
// possessive, in the clause a speech verb right after the role noun at
// token k reports, outside quotation marks and within a few words: "she"
// in "the minister said late on Tuesday that she would"; or genUnknown.
func (r *resolver) pronounInClause(k int) int8 {
	if k+1 >= len(r.toks) || !r.joined(k+1) || r.bitsAt(k+1)&rwCue == 0 {
		return genUnknown
	}
	sent := r.toks[k].sent
	for x := k + 2; x < len(r.toks) && x <= k+rsMaxClauseLook && r.toks[x].sent == sent; x++ {
		if r.toks[x].flags&tkQuoted != 0 {
			break
		}
		switch b := r.bitsAt(x); {
		case b&(rwHe|rwShe) == 0 || r.possessivePronoun(x):
		case b&rwShe != 0:
			return genFemale
		default:
			return genMale
		}
	}
	return genUnknown
}

// rsMaxClauseLook bounds the words read past a role's speech verb for a
// pronoun in its clause.
const rsMaxClauseLook = 10

// roleHeadAfter reports whether the role noun at token k, in lower
// case, qualifies a role noun after it, joined and in lower case, or a
// role of several words that starts there: "deputy" in "the deputy
// director" and "the deputy foreign minister".
func (r *resolver) roleHeadAfter(k int) bool {
	x := k + 1
	if r.toks[k].flags&tkCap != 0 || !r.joined(x) || r.toks[x].flags&tkCap != 0 {
		return false
	}
	if r.bitsAt(x)&rwRole != 0 {
		return true
	}
	wi, _ := r.multi(x)
	return wi >= 0 && r.w.words[wi].bits&rwRole != 0
}

// qualifiedAfter reports whether the role noun at token k goes on with a
// place of its own, "the chief doctor at the hospital", "spokesmen at the
// FBI": the one that place holds, not the person the story is about,
// whom a bare epithet ("the businessman") varies. An "of" is the
// title's own ("the former secretary of state"), "at a symposium" an
// occasion, and "on the stage" no post.
func (r *resolver) qualifiedAfter(k int) bool {
	x := k + 1
	if x >= len(r.toks) || !r.joined(x) || r.toks[x].flags&tkCap != 0 {
		return false
	}
	return x+1 < len(r.toks) && r.is(x+1, "the", rsHashThe) && !r.is(x, "on", rsHashOnW) && slices.Contains(r.w.placePreps, r.str(&r.toks[x]))
}

// rsMaxRoleToName bounds the words between a role noun and the name in
// apposition to it: "the president of the Union of Coffee Cooperatives of
// Jinotega, Ana Ruiz," has twelve.
const rsMaxRoleToName = 14

// rsOpeningRoleReach bounds how far into its sentence a name may stand
// for openingRoleOf to ask about the role that opens it: the role's
// words, its "of" phrase (rsMaxRoleToName+6 tokens) and the name.
const rsOpeningRoleReach = rsMaxRoleToName + 6 + 8

// citedUnnamed reports whether the indefinite role x..k is the source a
// chain cites, "citing a spokesperson for the General Staff": someone the
// text never names, whom "the spokesperson" later stands for.
func (r *resolver) citedUnnamed(x, k int) bool {
	return x > 0 && r.joined(x) && r.toks[x-1].flags&tkCap == 0 && !r.capitalAfterComma(k+1) && !r.namedInApposition(k) &&
		r.listed(LinkCues, &r.toks[x-1])
}

// unnamedWithRole returns the index of the latest reference with role if
// it is to someone the text does not name, "A ministry official told
// KUNA", after any named one with that role; or -1.
func (r *resolver) unnamedWithRole(role string) int {
	for k := len(r.refs) - 1; k >= 0 && k >= len(r.refs)-rsMaxBack; k-- {
		ref := &r.refs[k]
		if ref.ent >= 0 {
			if r.ents[ref.ent].role == role {
				return -1
			}
			continue
		}
		if !ref.person {
			continue
		}
		x, ok := tokStartingAt(r.toks, ref.s)
		y, ok2 := tokEndingAt(r.toks, ref.e)
		if !ok || !ok2 || !r.isIndefinite(x) {
			continue
		}
		if w := r.word(&r.toks[y]); w != nil && w.bits&rwRole != 0 && w.role == role {
			return k
		}
	}
	return -1
}

// officeHolderSince returns the latest speaker after refs[u] named with
// the title of an office that the general role covers
// ([resolveGeneralRoles]), or -1: "a senior official said" in the lead
// (refs[u]), then "Chief Conservator of Forests X told PTI", then "the
// official said" is X; not "opposition leader X" or "X, chairman of the
// party,", who hold no office.
func (r *resolver) officeHolderSince(role string, u int) int {
	for k := len(r.refs) - 1; k > u; k-- {
		ref := &r.refs[k]
		if ref.ent < 0 || !ref.speaker {
			continue
		}
		if ent := &r.ents[ref.ent]; ent.kind == entPerson && ent.role != "" && r.coversRole(role, ent.role) && r.officeTitled(ref.ent, k) {
			return ref.ent
		}
	}
	return -1
}

// officeTitled reports whether entity e, referred to by refs[k], was
// named within the refs before it after a title written capitalised
// before the name, "Deputy Commissioner X", "Brig. Gen. X", or after a
// posting in brackets, "Chief Conservator of Forests (Wildlife) X": an
// office's holder, not "opposition leader X" or "X, chairman of the
// party,".
func (r *resolver) officeTitled(e, k int) bool {
	for b := k; b >= 0 && b >= k-rsMaxBack; b-- {
		ref := &r.refs[b]
		x := int(ref.at)
		if ref.ent != e || x < 1 || x >= len(r.toks) {
			continue
		}
		if p := &r.toks[x-1]; p.flags&tkCap != 0 && (p.bits&(rwRole|rwHonorific) != 0 && r.joined(x) || onlyByte(r.text[p.e:r.toks[x].s], ')')) {
			return true
		}
	}
	return false
}

// namedInApposition reports whether the role noun at token k is named
// in apposition a few words on: "the mayor, Ana Pires, said", "a
// spokesman for the ministry, Lee Min-ho, said", "the head of the
// Trading Corporation (GTC), Ali Rezaei, said". The role then stands
// for no one before it.
func (r *resolver) namedInApposition(k int) bool {
apposition:
	for x := k + 1; x < len(r.toks) && x <= k+rsMaxRoleToName; x++ {
		t := &r.toks[x]
		if t.flags&(tkSentStart|tkPara) != 0 || t.flags&tkBreak != 0 && !r.bracketGap(x) {
			return false
		}
		if t.flags&tkComma == 0 {
			continue
		}
		// A title may stand before the name: "Head of the commission,
		// Minister Nasser al-Khatib,", "the head of the committee,
		// Hojatoleslam Ali Hosseini,"; a rank of two words, "Brigadier
		// General X,", is read from its last.
		if t.flags&tkCap != 0 && r.bitsAt(x)&rwRole != 0 && r.joined(x+1) && r.toks[x+1].flags&tkCap != 0 && r.bitsAt(x+1)&rwRole != 0 {
			x++
			t = &r.toks[x]
		}
		if b := r.bitsAt(x); t.flags&tkCap == 0 || b&(rwNonName|rwPronoun) != 0 ||
			b&(rwRole|rwHonorific) == rwRole && (!r.joined(x+1) || r.toks[x+1].flags&tkCap == 0 || r.bitsAt(x+1)&rwNotName != 0) {
			return false
		}
		// The name runs to the comma that closes the apposition, after an
		// honorific and through particles: "the Mayor of Al-Baha, Eng.
		// Ali bin Muhammad Al-Zahrani,"; or, two words at least, to the
		// end of the sentence: "“…,” said the director of the INS, Marta
		// Ospina."
		for y := x + 1; y <= x+6; y++ {
			if y == len(r.toks) || r.toks[y].flags&(tkSentStart|tkPara) != 0 {
				return y > x+1 && r.toks[y-1].bits&rwHonorific == 0
			}
			if r.toks[y].flags&tkComma != 0 {
				return true
			}
			if z := r.portfolioListEnd(y); z > 0 {
				x = z - 1 // "the Undersecretary for Migration, Population and Religious Affairs, X,": the list's words are the title's
				continue apposition
			}
			if r.toks[y].flags&tkCap == 0 && r.bitsAt(y)&rwParticle == 0 && !(r.hyphenShaped(&r.toks[y]) && r.hyphenParticle(&r.toks[y])) || !r.joined(y) && r.toks[y-1].bits&rwHonorific == 0 {
				return false
			}
		}
		return false
	}
	return false
}

// portfolioListEnd returns the word after the comma that ends a
// portfolio list whose "and" is token y, capitalised words after it
// ("Population and Religious Affairs,"), or 0.
func (r *resolver) portfolioListEnd(y int) int {
	if !r.is(y, "and", rsHashAnd) || r.toks[y-1].flags&tkCap == 0 {
		return 0
	}
	for z := y + 1; z < len(r.toks) && z <= y+4; z++ {
		if r.toks[z].flags&tkComma != 0 {
			if z > y+1 && r.toks[z].flags&tkCap != 0 {
				return z
			}
			return 0
		}
		if r.toks[z].flags&tkCap == 0 || !r.joined(z) {
			return 0
		}
	}
	return 0
}

// onlyByte reports whether s is the byte c with white space around it,
// strings.TrimSpace(s) == string(c) read by its bytes.
func onlyByte(s string, c byte) bool {
	seen := false
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == c && !seen:
			seen = true
		case b == ' ' || '\t' <= b && b <= '\r':
		case b >= utf8.RuneSelf:
			return strings.TrimSpace(s) == string(c) // a space above ASCII, or none
		default:
			return false
		}
	}
	return seen
}

// bracketGap reports whether only brackets, a comma and spaces stand
// between token x and the one before it, or a slash alone: "the Grain
// Board (GB), Ali Karimi" goes on through the acronym, "the Kodam
// XIII/Merdeka, Anton Purba" through the command's number and name.
func (r *resolver) bracketGap(x int) bool {
	if x == 0 {
		return false
	}
	gap := r.text[r.toks[x-1].e:r.toks[x].s]
	if gap == "/" {
		return true
	}
	// Read by its bytes: strings.Trim and ContainsAny made their sets
	// of bytes at every call.
	bracket := false
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '(', ')':
			bracket = true
		case ' ', ',':
		default:
			return false
		}
	}
	return bracket
}

// particleSurname returns the name of the one person named before whose
// surname the mention m is, when it is a surname joined to its particle
// by a hyphen, which starts no run: "al-Khatib said" after "Minister
// Nasser al-Khatib".
func (r *resolver) particleSurname(m Span) string {
	if m.Start < 0 || m.End-m.Start < 5 || m.End > len(r.text) || r.text[m.Start+2] != '-' && r.text[m.Start+3] != '-' {
		return "" // most mentions: no look for the token
	}
	k, ok := tokStartingAt(r.toks, m.Start)
	if !ok || r.toks[k].e != m.End || !r.hyphenShaped(&r.toks[k]) || !r.hyphenParticle(&r.toks[k]) {
		return ""
	}
	l := r.surnames(r.tokKey(k))
	if l.n != 1 || r.ents[l.e[0]].kind != entPerson {
		return ""
	}
	return r.ents[l.e[0]].name
}

// hyphenShaped reports whether the word t has five bytes or more and a
// hyphen after its second or third: the shape of "al-Khatib", asked
// inline before hyphenParticle, as most words after a run are asked.
func (r *resolver) hyphenShaped(t *rsTok) bool {
	return t.e-t.s > 4 && (r.text[t.s+2] == '-' || r.text[t.s+3] == '-')
}

// hyphenParticle reports whether the lower-case word t, of hyphenShaped's
// shape, is a name's particle joined by a hyphen to a capitalised
// surname: "al-Khatib", "el-Sisi", "ash-Shaibani".
func (r *resolver) hyphenParticle(t *rsTok) bool {
	s := r.str(t)
	h := particleHyphen(s)
	if h < 0 {
		return false
	}
	wi := r.w.lookupWord(s[:h])
	return wi >= 0 && r.w.words[wi].bits&rwParticle != 0
}

// acronymRef reads the run of one word at token i, after the article
// and before a speech verb, as the person acronymHolder finds, and
// reports whether it did.
func (r *resolver) acronymRef(i int) bool {
	j := i + 1
	if i == 0 || j >= len(r.toks) || !r.joined(i) || !r.joined(j) || !isAcronym(r.str(&r.toks[i])) || r.bitsAt(j)&rwCue == 0 || r.bitsAt(i) != 0 || !r.isDeterminer(i-1) {
		return false
	}
	e := r.acronymHolder(i)
	if e >= 0 {
		r.addRef(i-1, j, e, true)
	}
	return e >= 0
}

// acronymHolder returns the person most recently referred to whose name
// follows, within rsAcronymReach bytes, the acronym at token k in
// brackets, or -1: the officer of "Additional Inspector General (AIG)
// Welfare and Finance Punjab, Syed Kamran Hussain Bokhari," for "the
// AIG". The look is bounded to rsMaxBack references.
func (r *resolver) acronymHolder(k int) int {
	w := r.str(&r.toks[k])
	for x := len(r.refs) - 1; x >= 0 && x >= len(r.refs)-rsMaxBack; x-- {
		ref := &r.refs[x]
		if ref.ent < 0 || r.ents[ref.ent].kind != entPerson {
			continue
		}
		before := r.text[max(0, ref.s-rsAcronymReach):ref.s]
		for at := strings.Index(before, w); at >= 0; {
			if at > 0 && before[at-1] == '(' && at+len(w) < len(before) && before[at+len(w)] == ')' {
				return ref.ent
			}
			next := strings.Index(before[at+1:], w)
			if next < 0 {
				break
			}
			at += 1 + next
		}
	}
	return -1
}

// rsAcronymReach bounds the bytes between a title's acronym in brackets
// and the name of its holder: "(AIG) Welfare and Finance Punjab, ".
const rsAcronymReach = 80

// acronymThenName reports whether the run that ends before token j is
// followed by an acronym in brackets and then a capitalised word that
// may start a name: "Special Relief Commissioner (SRC) Anupama Rath",
// "District Collector (DC) Priya Menon". The run is the title of the
// person named after the bracket, and names no one itself.
func (r *resolver) acronymThenName(j int) bool {
	return j+1 < len(r.toks) && r.toks[j].flags&tkBreak != 0 && r.toks[j+1].flags&(tkCap|tkBreak|tkSentStart|tkComma) == tkCap|tkBreak && r.acronymInBrackets(j)
}

// acronymInBrackets is acronymThenName past the flags of its tokens.
func (r *resolver) acronymInBrackets(j int) bool {
	if !r.openBracketBefore(j) || !onlyByte(r.text[r.toks[j].e:r.toks[j+1].s], ')') || !isAcronym(r.str(&r.toks[j])) {
		return false
	}
	return r.bitsAt(j+1)&rwNotName == 0 || r.toks[j+1].bits&rwHonorific != 0
}

// openBracketBefore reports whether an opening bracket alone, with
// spaces, parts token j from the token before it: the "(" of "(CAS)".
func (r *resolver) openBracketBefore(j int) bool {
	return j > 0 && onlyByte(r.text[r.toks[j-1].e:r.toks[j].s], '(')
}

// latestWithRole returns the entity most recently referred to that was
// introduced with role, from place qual if given, of gender g if both
// are known, or -1.
func (r *resolver) latestWithRole(role, qual string, before int, g int8) int {
	best, bestAny := -1, -1
	roles := r.withRole(role)
	for _, e := range roles.all() {
		ent := &r.ents[e]
		if ent.last > before || g != genUnknown && ent.gender != genUnknown && ent.gender != g || ent.facility {
			continue // "the chairman" is no woman named a director before
		}
		if bestAny < 0 || ent.last > r.ents[bestAny].last {
			bestAny = e
		}
		if qual != "" && ent.qual == qual && (best < 0 || ent.last > r.ents[best].last) {
			best = e
		}
	}
	if qual == "" {
		return bestAny
	}
	if best < 0 && bestAny >= 0 && r.ents[bestAny].qual == "" {
		return bestAny
	}
	return best
}

// orgNoun reads "the ministry" at token k: the organisation of that head
// word named before.
func (r *resolver) orgNoun(k int) {
	t := &r.toks[k]
	if k == 0 || !r.joined(k) || t.flags&tkCap != 0 {
		return
	}
	w := r.word(t)
	if w == nil {
		return
	}
	// Walk back over modifiers to the determiner: "the ministry", "the
	// Pakistani government".
	start, qual := -1, ""
	for x := k - 1; x >= 0 && x >= k-rsMaxRoleBack; x-- {
		if r.isDeterminer(x) {
			start = x
			break
		}
		tx := &r.toks[x]
		// "South Korea's unification ministry": a country's body.
		if tx.flags&tkPoss != 0 && x == k-2 {
			if wx := r.word(tx); wx != nil && wx.bits&(rwPlace|rwDemonym) != 0 {
				start = x
				break
			}
		}
		if !r.joined(x+1) || tx.flags&tkPoss != 0 || tx.bits&rwPronoun != 0 {
			return
		}
		if wx := r.word(tx); wx != nil && wx.bits&(rwPlace|rwDemonym) != 0 && qual == "" {
			qual = wx.place
		}
	}
	if start < 0 {
		return
	}
	// "the unification ministry", "Japan's defense ministry": a body
	// named in lower case by its portfolio, as "the Unification
	// Ministry" is in capitals.
	if start == k-2 && r.toks[k-1].flags&tkCap == 0 && w.org != "" && w.org != rsPortfolio && r.bitsAt(k-1)&rwOrg != 0 && r.word(&r.toks[k-1]).org == rsPortfolio {
		r.org(k-1, k+1)
		return
	}
	e := -1
	switch {
	case w.generic == "country" && qual != "":
		e = r.entity(keyOf(qual), entPlace)
	case start == k-1 && w.org != "":
		if x, ok := r.byOrg.get(keyOf(w.orgKey)); ok {
			e = int(x)
		}
	}
	if e < 0 && start == k-1 && w.generic != "" {
		e = r.genericAntecedent(t, w.generic == "country")
	}
	if e >= 0 {
		r.addRef(start, k+1, e, false)
	}
}

// bareOrgWord reports whether name is an organisation word alone
// ("Party", "Administration"), which names no organisation.
func (r *resolver) bareOrgWord(name string) bool {
	wi := r.w.lookupWord(name)
	return wi >= 0 && r.w.words[wi].bits&rwOrg != 0
}

// genericAntecedent returns the organisation (or, for place, the
// country) that "the group" (or "the country") at t stands for: the
// latest one named as an actor within a few sentences, or -1. A single
// capitalised word not known as a person ("Hamas") counts as an
// organisation here.
func (r *resolver) genericAntecedent(t *rsTok, place bool) int {
	for k := len(r.refs) - 1; k >= 0 && k >= len(r.refs)-rsMaxBack; k-- {
		ref := &r.refs[k]
		if t.sent-ref.sent > 3 {
			break
		}
		// Not the dateline's city ("LIMA"), nor a headline's name.
		if ref.ent < 0 || ref.loc || ref.head || ref.quoted && t.flags&tkQuoted == 0 {
			continue
		}
		ent := &r.ents[ref.ent]
		// "Minera Sur's shares fell 3%. The company said": a possessive
		// that starts its sentence is its topic, an organisation's name
		// when no title or given name made it a person's.
		if ref.poss || !ref.actor {
			if !place && ref.poss && r.opensSentenceOrBody(ref.s) && (ent.kind == entOrg || ent.kind == entWeak && ent.gender == genUnknown) {
				return ref.ent
			}
			continue
		}
		switch {
		case place:
			if ent.kind == entPlace {
				return ref.ent
			}
		case ent.kind == entOrg && !r.bareOrgWord(ent.name),
			ent.kind == entWeak && ent.gender == genUnknown && strings.IndexByte(ent.name, ' ') < 0:
			return ref.ent
		}
	}
	return -1
}

// pronoun resolves the pronoun at token k.
func (r *resolver) pronoun(k int) {
	t := &r.toks[k]
	switch {
	case t.bits&rwWho != 0:
		// "X, who": the name just before, in the same sentence.
		if n := len(r.refs); n > 0 && r.refs[n-1].sent == t.sent && r.refs[n-1].ent >= 0 && !r.refs[n-1].poss {
			r.addRef(k, k+1, r.refs[n-1].ent, false)
			r.refs[len(r.refs)-1].person = true
		}
	case t.bits&(rwHe|rwShe) != 0:
		g := int8(genMale)
		if t.bits&rwShe != 0 {
			g = genFemale
		}
		// A clear antecedent learns its gender from the pronoun, unless
		// the pronoun is in its own words: "“He should apologise,” she
		// said", "Retno said he was sorry" tell nothing of the speaker.
		e, clear := r.antecedent(t, g, true, "", 0)
		// "Village head Sutrisno and the regency's environment chief, Dr
		// Ratna Wulandari, inspected …. She said": where the subject
		// that wins, not clearly, is of a sex the story does not tell, a
		// later conjunct of it of the pronoun's sex is who it stands for.
		if !clear && e >= 0 && r.ents[e].gender == genUnknown {
			if c := r.conjunctOfSex(e, t.sent, g); c >= 0 {
				e = c
			}
		}
		// "Umm Khaled, his wife,": the pronoun of a kinship in
		// apposition is someone else's than the name's it follows.
		if n := len(r.refs); e >= 0 && t.flags&tkComma != 0 && n > 0 && r.refs[n-1].ent == e && k > 0 && r.refs[n-1].e == r.toks[k-1].e && r.possessivePronoun(k) {
			e, clear = -1, false
		}
		if clear && r.ents[e].gender == genUnknown && t.flags&tkQuoted == 0 && !r.inSpeechOf(t, e) && !r.forwardPossessive(k) {
			r.ents[e].gender, r.ents[e].pronounGender = g, true
		}
		// An unresolved pronoun tells nothing about who comes next.
		switch r.str(t) {
		case "he", "He", "she", "She", "HE", "SHE":
			r.addRef(k, k+1, e, e >= 0)
		default:
			r.addRef(k, k+1, e, false)
			ref := &r.refs[len(r.refs)-1]
			ref.person = e >= 0
			ref.poss = r.possessivePronoun(k)
			if ref.poss && e >= 0 && k+2 < len(r.toks) && r.toks[k+2].flags&(tkComma|tkCap) == tkComma|tkCap && r.toks[k+1].flags&(tkCap|tkComma) == 0 {
				r.kinNamedAfter(k+1, e)
			}
		}
		r.refs[len(r.refs)-1].gender = g
	case t.bits&(rwThey|rwIt) != 0:
		r.addRef(k, k+1, r.orgAntecedent(t), false)
		r.refs[len(r.refs)-1].poss = r.possessivePronoun(k)
	}
}

// kinNamedAfter notes the kin noun at token k after a possessive of
// entity owner when a name follows it in apposition, "her sister, Ruth,",
// "his son, Mark,": the same possessive and noun later name that person
// (see namedKin).
func (r *resolver) kinNamedAfter(k, owner int) {
	b := r.bitsAt(k)
	if b&(rwMale|rwFemale) == 0 || b&(rwNotName|rwMulti) != 0 || !r.joined(k) || r.bitsAt(k+1)&rwNotName != 0 {
		return
	}
	r.kin = append(r.kin, rsKin{wi: r.toks[k].wi, owner: int32(owner), at: int32(k + 1)})
}

// namedKin reads the kin noun at token k after a possessive pronoun,
// resolved just before, as the person named in apposition to the same
// noun of the same possessor earlier ("her sister, Ruth, … Her sister
// said"), and reports whether it was one.
func (r *resolver) namedKin(k int) bool {
	if len(r.refs) == 0 {
		return false
	}
	owner := &r.refs[len(r.refs)-1]
	if !owner.poss || owner.ent < 0 || int(owner.at) != k-1 || r.bitsAt(k)&(rwMale|rwFemale) == 0 {
		return false
	}
	for _, kn := range r.kin {
		if kn.wi != r.toks[k].wi || int(kn.owner) != owner.ent || int(kn.at) >= k {
			continue
		}
		for x := len(r.refs) - 1; x >= 0 && r.refs[x].at >= kn.at; x-- {
			if ref := &r.refs[x]; int(ref.at) == int(kn.at) && ref.ent >= 0 && (r.ents[ref.ent].kind == entPerson || r.ents[ref.ent].kind == entWeak) {
				r.addRef(k-1, k+1, ref.ent, true)
				return true
			}
		}
	}
	return false
}

// forwardPossessive reports whether the pronoun at token k is a
// possessive in a phrase that opens its sentence before a comma: "For
// his part, the ambassador said", "In her speech, Ayala said". It may
// stand for the subject after the comma, so the name before learns no
// gender from it.
func (r *resolver) forwardPossessive(k int) bool {
	if k < 1 || k+2 >= len(r.toks) || k >= 2 && r.toks[k-2].sent == r.toks[k].sent || r.toks[k-1].sent != r.toks[k].sent {
		return false
	}
	if r.toks[k+2].flags&tkComma == 0 && (k+3 >= len(r.toks) || r.toks[k+3].flags&tkComma == 0) || !r.possessivePronoun(k) {
		return false
	}
	w := r.str(&r.toks[k-1]) // Lexicon.Contains ignores case
	return r.d.lex.Contains(phrasePrepositions, w) || r.d.lex.Contains(openingPrepositions, w)
}

// inSpeechOf reports whether the word t is in what entity e says in
// t's sentence: a reference to e before it is followed by a speech verb,
// "Retno Wulandari said he", "she told reporters he".
func (r *resolver) inSpeechOf(t *rsTok, e int) bool {
	for k := len(r.refs) - 1; k >= 0 && r.refs[k].sent == t.sent; k-- {
		if ref := &r.refs[k]; ref.ent == e && ref.clause && ref.e <= t.s {
			return true
		}
	}
	return false
}

// possessivePronoun reports whether the pronoun at token k determines a
// noun after it: "his", "its", "their", and "her" before a word.
func (r *resolver) possessivePronoun(k int) bool {
	t := &r.toks[k]
	if t.hash == 0 {
		return false // not ASCII: none of the words below
	}
	// By the token's hash first, the words' own bytes only where it
	// matches: one comparison a word, no call.
	var w string
	switch h := t.hash; h {
	case rsHashHis:
		w = "his"
	case rsHashIts:
		w = "its"
	case rsHashTheir:
		w = "their"
	case rsHashWhose:
		w = "whose"
	case rsHashHer:
		return equalLowerASCII(r.str(t), "her") && k+1 < len(r.toks) && r.joined(k+1) && r.bitsAt(k+1)&rwNonName == 0
	default:
		return false
	}
	return equalLowerASCII(r.str(t), w)
}

// antecedent returns the most salient person before token t compatible
// with gender g (any, if genUnknown), with place qual and age if given:
// the subject or speaker of the nearest sentence wins over a mere
// mention, a person of that place or age over others, and words inside
// quotations do not count. With unnamed, someone the text never names
// may win and yield -1. clear reports that no other candidate came close.
func (r *resolver) antecedent(t *rsTok, g int8, unnamed bool, qual string, age int) (int, bool) {
	best, bestScore, second := -1, -1<<30, -1<<30
	epithet := qual != "" || age != 0
	consider := func(e, score int) {
		switch {
		case e == best:
			bestScore = max(bestScore, score)
		case score > bestScore:
			best, bestScore, second = e, score, bestScore
		default:
			second = max(second, score)
		}
	}
	for k := len(r.refs) - 1; k >= 0 && k >= len(r.refs)-rsMaxBack; k-- {
		ref := &r.refs[k]
		dist := int(t.sent - ref.sent)
		if dist > rsMaxSentences {
			break
		}
		if !ref.person || ref.head {
			continue
		}
		if ref.ent < 0 {
			// Someone the text never names ("a spokesman", "the
			// mega donor") may be who the pronoun stands for.
			if !unnamed || ref.quoted || g != genUnknown && ref.gender != genUnknown && ref.gender != g {
				continue
			}
			score := 100 - 10*dist - 1
			if ref.subj {
				score += 4
			}
			if ref.poss {
				score -= 2
			}
			consider(-1, score)
			continue
		}
		ent := &r.ents[ref.ent]
		if ent.kind == entOrg || ent.kind == entPlace {
			continue
		}
		// A gender from a role noun alone ("chairman X") is no bar, only
		// a loss: "said state committee chairman Datuk Dr X. She said".
		otherGender := g != genUnknown && ent.gender != genUnknown && ent.gender != g
		if otherGender && !ent.roleGender {
			continue
		}
		// "the Ethiopian" is the Ethiopian named two sentences back
		// rather than the coach between, and never a Kenyan.
		bonus := 0
		if epithet {
			if qual != "" && ent.qual != "" && ent.qual != qual || age != 0 && ent.age != 0 && int(ent.age) != age {
				continue
			}
			if qual != "" && ent.qual == qual || age != 0 && int(ent.age) == age {
				bonus = rsEpithetMatch
			}
		}
		score := 100 - 10*dist
		// In the pronoun's own sentence the subject of the nearest
		// clause counts as a subject: "while Ruto said his country".
		if dist == 0 && ref.clause && !ref.subj {
			score += 5
		}
		if ref.subj {
			score += 4
		}
		if ref.speaker {
			score += 3
		} else if ent.speaker {
			score++
		}
		if ref.quoted && t.flags&tkQuoted == 0 {
			continue // "“Obama lied,” he said": not Obama
		}
		if ref.poss && !ref.subj {
			score -= 2
		}
		if g != genUnknown && ent.gender == g {
			score += 2
		} else if otherGender {
			score -= rsRoleGenderLoss
		}
		score += bonus
		if ent.kind == entWeak && !ent.speaker {
			if strings.IndexByte(ent.name, ' ') < 0 {
				continue // "Africa", "Cleveland": no sign of a person
			}
			score -= 3
		}
		// "at Pasir Gudang", "on X": a place or a platform, asked only
		// of a candidate that would count.
		if ent.kind == entWeak && (score > second || ref.ent == best) && r.placeObject(k) {
			continue
		}
		// "In statements to Prensa Latina, Ayala explained": a news
		// agency named as a person is named is no "he" or "she", though
		// it speaks ("Bernama reported, quoting Y. He said": Y), asked
		// only of a candidate that would lead.
		// So is a name of several words after a bare "the", with no
		// title, role or given name to make it a person's ("by the Goa
		// Consumer Forum", "the Coastal Livelihoods Trust said"): a
		// body's whose head the lists do not know.
		if score > bestScore && ref.ent != best && (ent.kind == entWeak || ent.kind == entPerson && ent.role == "") && (r.isAgency(ref.ent) || r.theNamedRef(k)) {
			continue
		}
		consider(ref.ent, score)
	}
	// The choice is clear when no other candidate comes close.
	return best, best >= 0 && bestScore-second >= 5
}

// conjunctOfSex returns the entity of the person of sex g named as a
// later conjunct of the latest subject ref to entity e, within a
// pronoun's reach of sentence sent ("Sutrisno and the regency's
// environment chief, Dr Ratna Wulandari,"), or -1: the subject's name
// is followed straight by "and", and the conjunct's name starts within
// rsMaxConjunct words after it, with no sentence break or speech verb
// between. A sex from a role noun alone does not count.
func (r *resolver) conjunctOfSex(e int, sent int32, g int8) int {
	x := len(r.refs) - 1
	for ; x >= 0 && x >= len(r.refs)-rsMaxBack && sent-r.refs[x].sent <= rsMaxSentences && (r.refs[x].ent != e || !r.refs[x].subj); x-- {
	}
	if x < 0 || r.refs[x].ent != e || !r.refs[x].subj {
		return -1
	}
	a := &r.refs[x]
	and := int(a.at)
	for and < len(r.toks) && r.toks[and].e <= a.e {
		and++
	}
	if !r.joined(and) || !r.is(and, "and", rsHashAnd) {
		return -1
	}
	for y := x + 1; y < len(r.refs) && y <= x+3 && r.refs[y].sent == a.sent; y++ {
		b := &r.refs[y]
		if int(b.at)-and > rsMaxConjunct {
			return -1
		}
		if b.ent < 0 || b.poss || r.ents[b.ent].gender != g || r.ents[b.ent].roleGender || r.ents[b.ent].kind != entPerson {
			continue
		}
		for z := and + 1; z < int(b.at); z++ {
			if r.toks[z].flags&(tkBreak|tkSentStart) != 0 || r.bitsAt(z)&rwCue != 0 {
				return -1
			}
		}
		return b.ent
	}
	return -1
}

// rsMaxConjunct bounds, in words, how far after the subject's "and" its
// second conjunct's name may start: "and the regency's environment
// chief, Dr".
const rsMaxConjunct = 8

// rsRoleGenderLoss is what a person loses as the antecedent of a
// pronoun of the other gender than a role noun alone gave ("chairman"):
// a tie-break only, as the role noun tells little (anyone of the
// pronoun's gender gains 2 more).
const rsRoleGenderLoss = 1

// rsEpithetMatch is what a person of the place or age an epithet gives
// ("the Ethiopian", "the 54-year-old") gains over others: two
// sentences' distance.
const rsEpithetMatch = 20

// orgAntecedent returns the organisation or place "they" or "it" at t
// stands for: the latest one within a few sentences, or -1.
func (r *resolver) orgAntecedent(t *rsTok) int {
	group := -1
	if t.bits&rwThey != 0 {
		if g := r.groupBefore(t.s); g >= 0 {
			group = r.mentions[g].End
		}
	}
	for k := len(r.refs) - 1; k >= 0 && k >= len(r.refs)-rsMaxBack; k-- {
		ref := &r.refs[k]
		if t.sent-ref.sent > 2 || ref.s < group {
			break
		}
		if ref.ent < 0 || ref.loc || ref.head || !ref.actor || ref.quoted && t.flags&tkQuoted == 0 {
			continue
		}
		if kind := r.ents[ref.ent].kind; kind == entOrg || kind == entPlace {
			return ref.ent
		}
	}
	return -1
}

// groupBefore returns the index of the latest mention before p, within a
// few sentences' reach, that is a group of people the story does not
// name ("Democratic leaders in the Senate", "officials"): "they" after it
// stands for the group, not for an organisation before or inside it. It
// returns -1 if there is none.
func (r *resolver) groupBefore(p int) int {
	k, _ := slices.BinarySearchFunc(r.mentions, p, func(m *Mention, p int) int { return m.End - p })
	for n := 0; k > 0 && r.mentions[k-1].End > p && n < 4; n++ {
		k-- // mentions nested in others end out of order
	}
	k--
	// "They said … they said": the group the first "they" stands for.
	for n := 0; k > 0 && n < 4 && isThey(r.mentions[k].Text) && r.mentions[k].End <= p && p-r.mentions[k].End <= rsGroupReach; n++ {
		p = r.mentions[k].Start
		k--
	}
	if k < 0 || r.mentions[k].End > p || p-r.mentions[k].End > rsGroupReach {
		return -1
	}
	m := r.mentions[k]
	head := r.text[m.Start:r.mentionHead(k)]
	w := head[strings.LastIndexByte(head, ' ')+1:]
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return -1
	}
	return k
}

// isThey reports whether s is "they" or "They".
func isThey(s string) bool { return equalLowerASCII(s, "they") }

// rsGroupReach bounds, in bytes, how far back "they" finds a group.
const rsGroupReach = 400

// startsWithPreposition reports whether s is " of ...", " for ..." and
// the like: a complement after a head ("the envoy to Iran").
func startsWithPreposition(s string) bool {
	s = strings.TrimLeft(s, " ")
	return leadingPreposition(s) || strings.HasPrefix(s, "with ")
}

// leadingPreposition reports whether s opens with "of ", "for ", "at ",
// "in ", "from ", "on ", "to " or "across ", the prepositions that end a
// role's or a group's head. Each is a constant the compiler compares in place, where a loop
// over them called a comparison for each.
func leadingPreposition(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch s[0] {
	case 'o':
		return (s[1] == 'f' || s[1] == 'n') && s[2] == ' '
	case 'a':
		return s[1] == 't' && s[2] == ' ' || strings.HasPrefix(s, "across ") // "weavers across Yucatan" are no place
	case 'i':
		return s[1] == 'n' && s[2] == ' '
	case 't':
		return s[1] == 'o' && s[2] == ' '
	case 'f':
		return strings.HasPrefix(s, "for ") || strings.HasPrefix(s, "from ")
	}
	return false
}

// hasLetter reports whether s holds a letter or digit.
func hasLetter(s string) bool {
	for _, c := range s {
		if isResolveWordRune(c) {
			return true
		}
	}
	return false
}

// headLen returns the length of the head of the phrase s, which starts
// at offset off: what comes before its first comma, parenthesis,
// relative pronoun, dash or preposition. A preposition after a title is
// part of it ("Ambassador to Iran X", "Secretary of State X"), and so is
// one the name's run read as a further part of the title (see parts).
func (r *resolver) headLen(off int, s string) int {
	word := 0 // start of the current word
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case ',':
			return i
		case ' ':
			if i+1 >= len(s) {
				return i
			}
			rest := s[i+1:]
			switch rest[0] {
			case '(', '-', 0xE2: // "(D-Wis.)", "- ", "\u2014", "\u2013"
				if rest[0] == '(' || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "\u2014") || strings.HasPrefix(rest, "\u2013") {
					return i
				}
			case 'w':
				if strings.HasPrefix(rest, "who ") || strings.HasPrefix(rest, "whose ") || strings.HasPrefix(rest, "which ") {
					return i
				}
				if strings.HasPrefix(rest, "with ") && !r.isTitleWord(s[word:i]) {
					return i
				}
			case 'o', 'f', 'a', 'i', 't':
				if leadingPreposition(rest) && !r.isTitleWord(s[word:i]) && !r.titlePart(off+i+1) {
					return i
				}
			}
			word = i + 1
		}
	}
	return len(s)
}

// legislatorAt reports whether token k is a legislator's title, whose
// "from" names the seat: "BJP MLA from Kothrud X" is X, the member for
// Kothrud.
func (r *resolver) legislatorAt(k int) bool {
	w := r.word(&r.toks[k])
	return w != nil && w.bits&rwRole != 0 && w.role == rsLegislator
}

// rsLegislator is the role group of legislators in resolve-roles.
const rsLegislator = "lawmaker"

// rankMarkAt reports whether token j is a retired mark in brackets
// between a rank and the capitalised word after it: "Retd" in "Major
// General (Retd) Dr X", "R" in "Lt Gen (R) X". The run reads on over it.
func (r *resolver) rankMarkAt(j int) bool {
	return j > 0 && j+1 < len(r.toks) && r.text[r.toks[j].s-1] == '(' && r.toks[j-1].bits&rwRole != 0 && r.toks[j+1].flags&tkCap != 0 &&
		r.bitsAt(j+1)&(rwNonName|rwPronoun) == 0 &&
		r.bracketGap(j) && r.bracketGap(j+1) && r.toks[j].flags&tkSentStart == 0 &&
		r.listed(resolveRankMarks, &r.toks[j])
}

// rankClassAt reports whether tokens j and j+1 are a rank's class
// after a rank and before the capitalised word after it: "2nd Class" in
// "Petty Officer 2nd Class X", "First Class" in "Airman First Class X".
func (r *resolver) rankClassAt(j int) bool {
	if j+2 >= len(r.toks) || r.toks[j+1].flags&tkCap == 0 || r.toks[j+2].flags&tkCap == 0 || !r.joined(j+1) || !r.joined(j+2) {
		return false
	}
	return r.d.lex.Contains(resolveRankClasses, r.text[r.toks[j].s:r.toks[j+1].e])
}

// rankMarkAfter returns the length of the mark in brackets that rest
// opens after head, whose last word is a role, with the space after it,
// or 0: the "(Retd) " of "Major General (Retd) Dr X" is the rank's, not
// the head's end as the "(D-Wis.)" after a name is.
func (r *resolver) rankMarkAfter(head, rest string) int {
	c := strings.IndexByte(rest, ')')
	if c < 2 || c > 8 || c+1 >= len(rest) || rest[c+1] != ' ' {
		return 0
	}
	if !r.isTitleWord(head[strings.LastIndexByte(head, ' ')+1:]) || !r.d.lex.Contains(resolveRankMarks, rest[1:c]) {
		return 0
	}
	return c + 1
}

// titlePart reports whether a preposition at offset off was read as a
// further part of a title (see parts).
func (r *resolver) titlePart(off int) bool {
	_, ok := slices.BinarySearch(r.parts, off)
	return ok
}

// isTitleWord reports whether s is a role noun: "Ambassador" in
// "Ambassador to Iran".
func (r *resolver) isTitleWord(s string) bool {
	if strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") || menPlural(s) {
		return false // "Officials at X", "Fishermen on X" are not titled by X
	}
	wi := r.w.lookupWord(s)
	return wi >= 0 && r.w.words[wi].bits&rwRole != 0
}

// nameOf returns the name mention mk stands for.
func (r *resolver) nameOf(mk int) string {
	m := r.mentions[mk].Span
	if m.Start < 0 || m.End > len(r.text) || m.Start >= m.End {
		return ""
	}
	// The head of a phrase comes before its first preposition,
	// parenthesis or appositive: "a spokesman for the ministry" is a
	// spokesman, "Rep. Jane Doe (D-Wis.)" is Jane Doe.
	headEnd := r.mentionHead(mk)
	k, _ := refStartingAt(r.refs, m.Start)
	for k > 0 && r.refs[k-1].e > m.Start && r.refs[k-1].s >= m.Start-rsMaxMention {
		k--
	}
	person, other := -1, -1
	ofPerson := -1 // a person named in the head's "of" or "for" phrase
	orgName, orgAt := "", 0
	first := k
	for ; k < len(r.refs) && r.refs[k].s < headEnd && k < first+rsMaxBack; k++ {
		ref := &r.refs[k]
		if ref.e <= m.Start {
			continue
		}
		// "Trump's" alone is Trump; "Trump's doctor" is not; "the Cruz
		// campaign" and "Xinhua news agency" are organisations.
		if after := min(rsSkipPoss(r.text, ref.e), headEnd); after < headEnd && hasLetter(r.text[after:headEnd]) && !startsWithPreposition(r.text[after:headEnd]) && !r.onlyDates(after, headEnd) {
			// A mention that runs on into its verb ("Trump walked
			// onto", "Cruz exhorted Republicans") names its subject.
			if !ref.poss && ref.ent >= 0 && ref.person && r.verbAfter(ref.e) {
				if kind := r.ents[ref.ent].kind; kind == entPerson || kind == entWeak {
					return r.ents[ref.ent].name
				}
			}
			if orgName == "" && !ref.poss && ref.ent >= 0 {
				orgName, orgAt = r.orgHeaded(ref, headEnd), ref.s
			}
			continue
		}
		if ref.ent < 0 {
			if ref.person {
				person = -2 // a pronoun or role noun the text never names
			}
			continue
		}
		switch r.ents[ref.ent].kind {
		case entOrg, entPlace:
			other = ref.ent
		case entWeak:
			if ref.s > m.Start && (strings.Contains(r.text[m.Start:ref.s], " for ") || strings.Contains(r.text[m.Start:ref.s], " of ")) {
				other = ref.ent // "The spokesperson for Ecuarunari, Rosa Chimbo": the body a title is of
				continue
			}
			person = ref.ent
		default:
			if ofPerson < 0 && ref.s > m.Start && headEnd < m.End && (strings.Contains(r.text[m.Start:ref.s], " for ") || strings.Contains(r.text[m.Start:ref.s], " of ")) {
				ofPerson = ref.ent // "The mayor of Alba, Carlo Bonino": whom the title is of, where a name may follow
				continue
			}
			person = ref.ent
		}
	}
	// "Another critic, Jane Doe,", "A spokesman for the ministry, Lee
	// Min-ho,": the name in apposition to a head that names nobody, or
	// a role the text names only here; "The country's biggest union,
	// the Kelta Workers Federation,": a body's name, where the head
	// names no body either.
	if comma := strings.IndexByte(r.text[headEnd:m.End], ','); comma >= 0 && person < 0 {
		for ; k < len(r.refs) && r.refs[k].s < headEnd+comma; k++ {
		}
		for ; k < len(r.refs) && r.refs[k].s < m.End && k < first+2*rsMaxBack; k++ {
			if ref := &r.refs[k]; ref.ent >= 0 && ref.person && !ref.poss {
				if kind := r.ents[ref.ent].kind; kind == entPerson || kind == entWeak {
					person = ref.ent
				}
				break
			} else if ref.ent >= 0 && !ref.poss && other < 0 && orgName == "" && person == -1 && r.ents[ref.ent].kind == entOrg && r.lowerHeadBefore(headEnd+comma) {
				other = ref.ent
				break
			}
		}
	}
	// "The son of John Smith said": with no name in apposition, the
	// person of the head's "of" phrase is the mention's, as before.
	if person == -1 && ofPerson >= 0 {
		person = ofPerson
	}
	// "The head of the energy committee, Hamid Obeid, met … and said":
	// the subject of a second verb is the role, unnamed in it, and the
	// name in apposition right after it is the person.
	if person < 0 && orgName == "" {
		if e := r.nameInAppositionAfter(m); e >= 0 {
			return r.ents[e].name
		}
	}
	// "One of them, a 34-year-old office worker identified only by her
	// surname Choi,", "said a woman who gave only her first name,
	// Mariam": the name a phrase after the mention gives.
	if person < 0 && orgName == "" && other < 0 {
		if e := r.onlyNamedAfter(m, first); e >= 0 {
			return r.ents[e].name
		}
	}
	// "Chairman of the Coastal Fisheries Association (Cofa) Sutrisno":
	// the name that ends the mention after a bracket is the person.
	if person < 0 && headEnd < m.End {
		if e := r.nameAfterBracket(m); e >= 0 {
			return r.ents[e].name
		}
	}
	switch {
	case person >= 0:
		return r.ents[person].name
	case person == -2:
		return ""
	case other >= 0:
		if hasPrefixFold(m.Text, "a ") || hasPrefixFold(m.Text, "an ") {
			return ""
		}
		return r.ents[other].name
	case orgName != "" && r.unnamedAtUnit(mk, orgAt):
		return ""
	}
	return orgName
}

// unnamedAtUnit reports whether mention mk, "a" or "an" and a role in
// lower case, is posted at or in the unit of a body named from byte at
// on: "an official at the department's Kota Bharu office", "a clerk in
// the Tabriz bureau". The unit is where the holder works, and the
// holder goes unnamed, as "an official at the ministry" does.
func (r *resolver) unnamedAtUnit(mk, at int) bool {
	m := r.mentions[mk]
	if !hasPrefixFold(m.Text, "a ") && !hasPrefixFold(m.Text, "an ") {
		return false
	}
	ht, ok := tokStartingAt(r.toks, at)
	return ok && r.roleBeforePlace(m.Start, ht) >= 0
}

// lowerHeadBefore reports whether the word that ends at or before byte
// c, a comma, is in lower case: the common noun that heads a phrase
// ("The country's biggest union,"), not a name's last word.
func (r *resolver) lowerHeadBefore(c int) bool {
	k, ok := tokEndingAt(r.toks, c)
	return ok && r.toks[k].flags&tkCap == 0
}

// namedNext returns the name of the person an unnamed source "a Danish
// analyst" turns out to be: one introduced with the same role in the
// sentence after it ("Rolf Meier, chief analyst at Nordbank, said") and
// not named before it. It returns "" for anyone else.
func (r *resolver) namedNext(mk int) string {
	m := r.mentions[mk]
	// "“…,” the prosecutor told reporters. The prosecutor, Elena Marchi,
	// said …": a role no one named before is named in the next sentence
	// with the same role.
	the := hasPrefixFold(m.Text, "the ")
	// "its CEO said": a role of the organisation the story is about, as
	// "the company's CEO" is.
	its := false
	if !the && !hasPrefixFold(m.Text, "a ") && !hasPrefixFold(m.Text, "an ") && !strings.Contains(m.Text, "'s ") {
		f, ok := tokStartingAt(r.toks, m.Start)
		if !ok || r.bitsAt(f)&rwIt == 0 {
			return ""
		}
		its = true
	}
	headEnd := r.mentionHead(mk)
	ht, _ := tokEndingAt(r.toks, headEnd)
	if ht >= len(r.toks) || r.toks[ht].e != headEnd || r.toks[ht].s < m.Start {
		return ""
	}
	w := r.word(&r.toks[ht])
	if w == nil || w.bits&rwRole == 0 || w.role == "" {
		// "A federal judge in Texas": the role before the place it is
		// of, which the head runs on over.
		if ht = r.roleBeforePlace(m.Start, ht); ht < 0 {
			return ""
		}
		w = r.word(&r.toks[ht])
	}
	// "the transport secretary", "the district magistrate": a role
	// with its portfolio or district in lower case, which the name's
	// title must hold ("Transportation Secretary X", "The transport
	// secretary, X,"), and may then give a few sentences later.
	// "chief operating officer", "the chief executive": a role of several
	// words that ends at the noun, the longest first, where it is of
	// another group than the noun or opens with a role ("chief"); "the
	// finance minister" keeps its portfolio.
	roleAt := ht
	for y := max(ht-3, 0); y < ht; y++ {
		if r.bitsAt(y)&rwMulti == 0 || r.toks[y].s < m.Start {
			continue
		}
		if wi, next := r.multi(y); wi >= 0 && next == ht+1 && r.w.words[wi].bits&rwRole != 0 {
			if r.w.words[wi].role != w.role || r.bitsAt(y)&rwRole != 0 {
				w, roleAt = &r.w.words[wi], y
			}
			break
		}
	}
	// lead is the token the role's words follow: "the", or a body's
	// possessive after it, "the county's emergency manager".
	qualAt, qualEnd, lead := roleAt, roleAt, -1
	if f, ok := tokStartingAt(r.toks, m.Start); the && ok {
		lead = f
		if f+1 < roleAt && r.toks[f+1].flags&(tkPoss|tkCap) == tkPoss && r.bitsAt(f+1)&(rwPlace|rwDemonym|rwPronoun|rwRole) == 0 {
			lead = f + 1
		}
		// "the lead investigator": a rank, no qualifier.
		for lead+1 < roleAt && r.toks[lead+1].flags&tkCap == 0 && r.listed(resolveRankWords, &r.toks[lead+1]) {
			lead++
		}
	}
	if lead >= 0 && roleAt-lead > 1 && roleAt-lead <= 3 {
		qualAt = lead + 1
		for x := qualAt; x < roleAt; x++ {
			if r.toks[x].flags&(tkCap|tkPoss|tkComma|tkBreak) != 0 || r.bitsAt(x)&(rwRole|rwHonorific|rwPronoun|rwNonName|rwCue) != 0 {
				qualAt = roleAt
			}
		}
	}
	// "Paris Saint-Germain's new coach said", "the company's chief
	// operating officer told Reuters": a role of an organisation, whom
	// the next sentence may name with no role ("Renato Albuquerque, 51,
	// who …") as "a" would; not "the North's leader", a place's.
	orgPoss := its || r.orgPossessiveBefore(m.Start, ht)
	if !orgPoss && (the && (ht == 0 || qualAt-1 != lead) || !the && !hasPrefixFold(m.Text, "a ") && !hasPrefixFold(m.Text, "an ")) {
		return "" // "the prosecutor", not "the North's leader"
	}
	if orgPoss {
		b0, _ := refStartingAt(r.refs, m.Start)
		for b := b0 - 1; b >= 0 && b >= b0-rsMaxBack; b-- {
			if e := r.refs[b].ent; e >= 0 && r.ents[e].role == w.role {
				return "" // a coach named before is the club's coach
			}
		}
		the = false
	}
	sent := r.toks[ht].sent
	if the {
		// Not "the official" for "a senior official, who did not wish to
		// be identified," just before.
		b, _ := refStartingAt(r.refs, m.Start)
		for b--; b >= 0 && sent-r.refs[b].sent <= 3; b-- {
			if r.refs[b].ent < 0 && r.refs[b].person {
				return ""
			}
		}
	}
	// A source that is no subject ("sentenced … by a judge who called
	// the theft …") is not the one the next sentence opens with, who is
	// the one the lead was about.
	subject := r.subjectAt(m.Start)
	last := sent + 1
	if !subject && !the && !orgPoss {
		last = sent + 3
	} else if orgPoss {
		last = sent + 2 // named in the second sentence, when the first names no one
	}
	if qualAt < qualEnd {
		last = sent + rsMaxSentences
	}
	k, _ := refStartingAt(r.refs, m.End)
	for n := 0; k < len(r.refs) && n < rsMaxBack; k, n = k+1, n+1 {
		ref := &r.refs[k]
		if ref.sent > last {
			break
		}
		if ref.ent < 0 || ref.poss || r.ents[ref.ent].kind != entPerson || its && ref.sent == sent {
			continue // "Its manager, Carlos and Fuente,": no name in apposition
		}
		// The same role, or none given where the next sentence opens with
		// the name and has it speak: "A former billing manager told
		// jurors …" then "Tricia Vandenberg, who worked at the clinic,
		// said …"; not "Khalid Al Mansoori, 42, brought two camels …"
		// after "a clinic spokesperson told WAM", someone met next.
		// After an organisation's role the name must open that sentence.
		role := r.ents[ref.ent].role
		sameRole := role == w.role && role != "person" || orgPoss && r.sameBodyHead(m.Start, ht, k, w.role, role) || role != "" && r.coversRole(role, w.role)
		// "X, who has run the county's emergency management office,":
		// the office the relative clause gives holds the qualifier.
		byClause := the && qualAt < qualEnd && r.clauseHolds(k, qualAt, qualEnd)
		if !sameRole && !byClause && !(role == "" && ref.subj && ref.speaker && ref.sent == sent+1 && !the && subject && r.sentenceOpensAt(ref.s)) {
			continue // "a voter" is no other voter named later
		}
		// The source is named in the next sentence; one that is no
		// subject may be named with its role within three, after the
		// sentences about the lead's subject ("U.S. District Judge X
		// said" after the defendant's paragraph).
		if qualAt < qualEnd {
			if !byClause && (!sameRole || !r.titleHolds(k, qualAt, qualEnd)) {
				continue
			}
		} else if the && ref.sent != sent+1 || ref.sent > sent+1 && (subject || !sameRole || orgPoss) && !(orgPoss && sameRole && ref.subj && ref.sent == sent+2 && r.nobodyIn(sent+1, k)) {
			// An organisation's role may be named in the second sentence
			// when the first names no one: "… as the union's leader
			// called …" then "Talks … broke down. The union's
			// president, X, said".
			continue
		}
		// Not someone the story named before the source, or in it
		// ("Trump's lawyer").
		for b := k - 1; b >= 0 && b >= k-rsMaxBack; b-- {
			if r.refs[b].ent == ref.ent && r.refs[b].s < m.End {
				return ""
			}
		}
		if r.saysAnonymous(ht+1, sent) {
			return "" // "a senior police officer said on condition of anonymity"
		}
		return r.ents[ref.ent].name
	}
	return ""
}

// sameBodyHead reports whether refs[k], of role group role, is named
// as "The union's president, X," for the lead's "the union's leader"
// (role group lead, the head ending at token ht of a mention from
// start): the head of the same body by another word.
func (r *resolver) sameBodyHead(start, ht, k int, lead, role string) bool {
	at := int(r.refs[k].at)
	if at < 2 || r.toks[at].flags&tkComma == 0 || r.toks[at-1].bits&rwRole == 0 || r.toks[at-2].flags&tkPoss == 0 {
		return false
	}
	poss := -1
	for x := ht - 1; x >= 0 && r.toks[x].s >= start && poss < 0; x-- {
		if r.toks[x].flags&tkPoss != 0 {
			poss = x
		}
	}
	return poss >= 0 && strings.EqualFold(r.str(&r.toks[poss]), r.str(&r.toks[at-2])) &&
		r.d.lex.Contains(resolveHeadRoles, lead) && r.d.lex.Contains(resolveHeadRoles, role)
}

// coversRole reports whether the role group general covers the group
// specific by [resolveGeneralRoles]: "executive" covers "ceo".
func (r *resolver) coversRole(general, specific string) bool {
	c, ok := r.d.lex.Lookup(resolveGeneralRoles, specific)
	return ok && c == general && c != specific
}

// modifiesNoun reports whether the ref that ends before token j
// modifies a noun in lower case after it, inside a mention whose head
// ends at offset h, a plural or a role: "Coal" in "Coal miners in the
// region", "Kelta" in "Kelta officials". Such a ref is no head, and does not speak; a
// particle ("bin", "van") or a cue after it does not count. The caller
// asks it of no organisation's ref: "it" and "the company" later stand
// for a body however its name was written ("Norton Co officials said").
func (r *resolver) modifiesNoun(j, h int) bool {
	if j >= len(r.toks) || !r.joined(j) {
		return false
	}
	t := &r.toks[j]
	if t.flags&(tkCap|tkPoss) != 0 || t.e > h {
		return false
	}
	b := r.bitsAt(j)
	if b&(rwCue|rwParticle|rwNonName|rwPronoun) != 0 {
		return false
	}
	// The noun is a plural or a role: "miners", "officials",
	// "chairman"; a verb the mention runs on to ("Makaeff persuaded the
	// judge") is no noun.
	return b&rwRole != 0 || pluralShaped(r.str(t))
}

// roleBeforePlace returns the role noun in lower case that a place
// preposition follows in the mention from start to token ht, "judge" in
// "A federal judge in Texas", or -1.
func (r *resolver) roleBeforePlace(start, ht int) int {
	for x := ht - 2; x > 0 && r.toks[x].s > start && x > ht-rsMaxRoleBack-2; x-- {
		if t := &r.toks[x]; t.flags&tkCap == 0 && t.bits&rwRole != 0 && r.joined(x+1) && slices.Contains(r.w.placePreps, r.str(&r.toks[x+1])) {
			if w := r.word(t); w != nil && w.role != "" {
				return x
			}
		}
	}
	return -1
}

// titleHolds reports whether the words before refs[k] in its sentence
// start with each of the words qualAt..qualEnd-1 in order, folded:
// "Transportation Secretary X" or "The transport secretary, X," for "the
// transport secretary".
func (r *resolver) titleHolds(k, qualAt, qualEnd int) bool {
	at := int(r.refs[k].at)
	sent := r.toks[at].sent
	q := qualAt
	for x := max(at-rsMaxRoleBack-2, 0); x < at && q < qualEnd; x++ {
		if r.toks[x].sent == sent && hasPrefixFold(r.str(&r.toks[x]), strings.ToLower(r.str(&r.toks[q]))) {
			q++
		}
	}
	return q == qualEnd
}

// clauseHolds reports whether refs[k] is followed by a relative clause
// of heading ([resolveRelativeRoles], perhaps after an auxiliary) whose
// next few words hold each of the words qualAt..qualEnd-1 in order,
// folded: "X, who has run Pulaski County's emergency management office,"
// for "the county's emergency manager".
func (r *resolver) clauseHolds(k, qualAt, qualEnd int) bool {
	x := int(r.refs[k].at)
	for x < len(r.toks) && r.toks[x].s < r.refs[k].e {
		x++
	}
	if x+2 >= len(r.toks) || r.toks[x].flags&tkComma == 0 || r.bitsAt(x)&rwWho == 0 {
		return false
	}
	x++
	if r.listed(auxiliaries, &r.toks[x]) {
		x++ // "who has run"
	}
	if !r.joined(x) || !r.listed(resolveRelativeRoles, &r.toks[x]) {
		return false
	}
	q := qualAt
	for x++; x < len(r.toks) && q < qualEnd && x < int(r.refs[k].at)+rsMaxRoleToName && r.toks[x].flags&(tkComma|tkBreak|tkSentStart) == 0; x++ {
		if hasPrefixFold(r.str(&r.toks[x]), strings.ToLower(r.str(&r.toks[q]))) {
			q++
		}
	}
	return q == qualEnd
}

// saysAnonymous reports whether the sentence sent goes on from token k
// with a word of [resolveAnonymous]: "on condition of anonymity", "who
// did not wish to be named".
func (r *resolver) saysAnonymous(k int, sent int32) bool {
	for ; k < len(r.toks) && r.toks[k].sent == sent; k++ {
		if r.toks[k].flags&tkCap != 0 {
			continue
		}
		w := r.str(&r.toks[k])
		if w == "be" && k+1 < len(r.toks) {
			w = r.text[r.toks[k].s:r.toks[k+1].e]
		}
		if r.d.lex.Contains(resolveAnonymous, w) {
			return true
		}
	}
	return false
}

// subjectAt reports whether the phrase at offset off may be its
// clause's subject: it opens its sentence or a clause after a comma, or
// follows a speech verb ("said a witness"); not after a preposition or
// any other word in lower case ("by a judge who called …").
func (r *resolver) subjectAt(off int) bool {
	x, ok := tokStartingAt(r.toks, off)
	return !ok || x == 0 || !r.joined(x) || r.toks[x-1].flags&tkCap != 0 || r.bitsAt(x-1)&rwCue != 0
}

// sentenceOpensAt reports whether the token at offset off opens its
// sentence.
func (r *resolver) sentenceOpensAt(off int) bool {
	x, ok := tokStartingAt(r.toks, off)
	return ok && r.toks[x].flags&tkSentStart != 0
}

// opensSentenceOrBody reports whether the token at offset off opens its
// sentence or the body after the dateline, which the scan reads as one
// sentence with it: "LIMA, March 4 (Reuters) - Minera Sur's shares".
func (r *resolver) opensSentenceOrBody(off int) bool {
	x, ok := tokStartingAt(r.toks, off)
	return ok && (r.toks[x].flags&tkSentStart != 0 || x > 0 && r.toks[x-1].s < r.d.bodyStart && off >= r.d.bodyStart)
}

// orgPossessiveBefore reports whether a possessive that is no place's
// or nationality's stands between offset start and the role noun at
// token ht: "Paris Saint-Germain's" in "Paris Saint-Germain's new
// Brazilian coach", "company's" in "the company's chief operating
// officer"; not "the North's leader", a region's, nor "the state's
// secretary". The look is bounded to six tokens.
func (r *resolver) orgPossessiveBefore(start, ht int) bool {
	for x := ht - 1; x >= 0 && x >= ht-6 && r.toks[x].s >= start; x-- {
		if t := &r.toks[x]; t.flags&tkPoss != 0 {
			b := r.bitsAt(x)
			if t.flags&tkCap != 0 {
				return b&(rwPlace|rwDemonym|rwPronoun) == 0 && !(x > 0 && r.isDeterminer(x-1))
			}
			return b&(rwPlace|rwDemonym|rwPronoun|rwOrg) == rwOrg
		}
	}
	return false
}

// nameInAppositionAfter returns the person named in apposition right
// after the mention m, a role after an article ("The head of the
// committee"), between commas, perhaps after titles: ", Hamid Nasser
// Obeid,", ", Hojatoleslam Ali Hosseini,"; or -1.
func (r *resolver) nameInAppositionAfter(m Span) int {
	if m.End+2 >= len(r.text) || r.text[m.End] != ',' || r.text[m.End+1] != ' ' {
		return -1 // most mentions: no comma after them, asked first
	}
	if sp := strings.IndexByte(m.Text, ' '); sp <= 0 || !r.d.lex.Contains(singularDeterminers, m.Text[:sp]) {
		return -1
	}
	// The name, after its titles: ", Hojatoleslam Ali Hosseini,".
	k, _ := refStartingAt(r.refs, m.End+2)
	if k >= len(r.refs) || r.refs[k].s-m.End > 40 || strings.IndexByte(r.text[m.End+2:r.refs[k].s], ',') >= 0 {
		return -1
	}
	if r.refs[k].ent < 0 || !r.refs[k].person || r.refs[k].poss || r.refs[k].e >= len(r.text) || r.text[r.refs[k].e] != ',' {
		return -1
	}
	if kind := r.ents[r.refs[k].ent].kind; kind != entPerson && kind != entWeak {
		return -1
	}
	return r.refs[k].ent
}

// nameAfterBracket returns the entity of the person whose name ends the
// mention m right after a closing bracket, "(Cofa) Sutrisno", or -1.
func (r *resolver) nameAfterBracket(m Span) int {
	k, _ := refEndingAt(r.refs, m.End)
	if k >= len(r.refs) || r.refs[k].e != m.End || r.refs[k].s <= m.Start || r.refs[k].ent < 0 {
		return -1
	}
	ref := &r.refs[k]
	b := strings.TrimRight(r.text[m.Start:ref.s], " ")
	if !strings.HasSuffix(b, ")") {
		// "Trade Development Corporation (MATRADE) chief executive
		// officer Datuk Mohd Aziz": a lower-case role between.
		// "Senior Superintendent of Police (SSP) Malir Ayesha Farooq":
		// a rank's posting between.
		close := strings.LastIndexByte(b, ')')
		if close < 0 || !r.lowerRole(b[close+1:]) && !r.postingAfterRank(b, close) {
			return -1
		}
	}
	if kind := r.ents[ref.ent].kind; kind != entPerson && kind != entWeak {
		return -1
	}
	return ref.ent
}

// postingAfterRank reports whether what follows the bracket that b
// ends at close is one capitalised word, or two with a word of the
// posting's own, and the bracket holds a rank's abbreviation: " Malir"
// after "(SSP)", " Ludhiana Rural".
func (r *resolver) postingAfterRank(b string, close int) bool {
	s := strings.TrimPrefix(b[close+1:], " ")
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	if sp := strings.IndexByte(s, ' '); sp >= 0 {
		if c, ok := r.d.lex.Lookup(resolvePostings, s[sp+1:]); !ok || c != "posting" {
			return false
		}
	}
	open := strings.LastIndexByte(b[:close], '(')
	if open < 0 || !allCaps(b[open+1:close]) {
		return false
	}
	wi := r.w.lookupWord(b[open+1 : close])
	return wi >= 0 && r.w.words[wi].bits&rwRole != 0
}

// lowerRole reports whether s is a role in lower-case words, the last
// a role noun, and any courtesy titles after it, of one word or two:
// "chief executive officer", "spokesman Datuk", "president Tan Sri";
// or capitalised, as a party's MP or officer is titled: "MP", "Deputy
// Secretary", "Senator".
func (r *resolver) lowerRole(s string) bool {
	s = strings.TrimRight(s, " ")
	for s != "" {
		sp := strings.LastIndexByte(s, ' ')
		if r.courtesyOnly(s[sp+1:]) {
			s = strings.TrimRight(s[:sp+1], " ")
			continue
		}
		// "Tan Sri", "Datuk Seri": a title of two words, its second no
		// title alone.
		if sp > 0 {
			if sp2 := strings.LastIndexByte(s[:sp], ' '); r.courtesyOnly(s[sp2+1:]) {
				s = strings.TrimRight(s[:sp2+1], " ")
				continue
			}
		}
		break
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	return r.isTitleWord(words[len(words)-1])
}

// courtesyOnly reports whether s, one word or two, is a courtesy title
// and no role: "Datuk", "Tan Sri", not "Minister".
func (r *resolver) courtesyOnly(s string) bool {
	wi := r.w.lookupWord(s)
	return wi >= 0 && r.w.words[wi].bits&(rwHonorific|rwRole) == rwHonorific
}

// onlyDates reports whether the words between offsets s and e are all
// capitalised function words or numbers: "Iran January 16" is Iran.
func (r *resolver) onlyDates(s, e int) bool {
	k, _ := tokStartingAt(r.toks, s)
	n := 0
	for ; k < len(r.toks) && r.toks[k].s < e; k++ {
		t := &r.toks[k]
		if c := r.text[t.s]; !('0' <= c && c <= '9') && (t.flags&tkCap == 0 || t.bits&rwNonName == 0) {
			return false
		}
		n++
	}
	return n > 0
}

// verbAfter reports whether the word after offset e looks like a verb
// or an adverb: a speech verb, or a lower-case word ending in "-ed" or
// "-ly".
func (r *resolver) verbAfter(e int) bool {
	k, _ := tokStartingAt(r.toks, e)
	if k >= len(r.toks) || !r.joined(k) || r.toks[k].flags&tkCap != 0 {
		return false
	}
	w := r.str(&r.toks[k])
	b := r.bitsAt(k)
	// Not "daily" or "weekly" in "Local daily Hatay Gazetesi": an
	// outlet's noun, no adverb.
	return b&rwCue != 0 || b&rwOrg == 0 && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// orgHeaded returns the name of the organisation a name before
// organisation words stands for ("Xinhua news agency" is Xinhua, "the
// Cruz campaign" the Cruz campaign), or "" when what follows the name
// is not all organisation words. Words that end in an outlet's noun
// ("the Rodong Sinmun newspaper", "Kompas daily", "NHK broadcaster")
// say what the name is and are no part of it.
func (r *resolver) orgHeaded(ref *rsRef, headEnd int) string {
	first, _ := tokStartingAt(r.toks, ref.e)
	k, end := first, -1
	for ; k < len(r.toks) && r.toks[k].s < headEnd; k++ {
		t := &r.toks[k]
		if t.flags&tkCap != 0 || t.bits&rwOrg == 0 || t.bits&rwRole != 0 {
			return ""
		}
		end = t.e
	}
	if end < 0 {
		return ""
	}
	if canon, ok := r.d.lex.Lookup(Agencies, r.text[ref.s:ref.e]); ok {
		return canon
	}
	// The outlet's noun last, asked of its bits before the list.
	if w := r.word(&r.toks[k-1]); w != nil && w.outlet && r.d.lex.Contains(resolveOutletNouns, r.text[r.toks[first].s:end]) {
		end = ref.e
	}
	return cleanName(r.text[ref.s:end])
}

// rankAbbrevBefore reports whether the word before toks[n], in the run
// that starts at toks[i], is a role's abbreviation in capitals, "DIG",
// or ends a bracket after the run's start that holds one: "(SSP)".
func (r *resolver) rankAbbrevBefore(i, n int) bool {
	if n == 0 {
		return false
	}
	p := &r.toks[n-1]
	if n == i && r.text[p.e:r.toks[n].s] != ") " {
		return false
	}
	return p.bits&rwRole != 0 && allCaps(r.str(p))
}

// postingAfterPost reports whether word n, after a district post ("Deputy
// Commissioner", "SSP"), is the post's district: a place of the Places
// list or the Gazetteer.
func (r *resolver) postingAfterPost(n int) bool {
	if !r.listed(resolveDistrictPosts, &r.toks[n-1]) {
		return false
	}
	w := r.str(&r.toks[n])
	return r.d.lex.Contains(Places, w) || r.d.lex.Contains(Gazetteer, w)
}

// givenNameIn returns the first word of toks[lo:hi] that is a given name
// (the gender lists hold it), or -1.
func (r *resolver) givenNameIn(lo, hi int) int {
	for g := lo; g < hi; g++ {
		if r.toks[g].bits&(rwMale|rwFemale) != 0 && !(g > 0 && r.toks[g-1].bits&rwParticle != 0) {
			return g // but "Sulaiman bin Abdulaziz": a father's name after "bin"
		}
	}
	return -1
}

// refStartingAt, refEndingAt, tokStartingAt and tokEndingAt are
// slices.BinarySearchFunc over refs or words by their start or end,
// written out: the generic search calls its comparison at every step.
// Like it, each returns where off is, or would go, and whether it is
// there.
func refStartingAt(refs []rsRef, off int) (int, bool) { return refAt(refs, off, false) }
func refEndingAt(refs []rsRef, off int) (int, bool)   { return refAt(refs, off, true) }
func tokStartingAt(toks []rsTok, off int) (int, bool) { return tokAt(toks, off, false) }
func tokEndingAt(toks []rsTok, off int) (int, bool)   { return tokAt(toks, off, true) }

func refAt(refs []rsRef, off int, byEnd bool) (int, bool) {
	key := func(k int) int {
		if byEnd {
			return refs[k].e
		}
		return refs[k].s
	}
	i, j := 0, len(refs)
	for i < j {
		if h := int(uint(i+j) >> 1); key(h) < off {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(refs) && key(i) == off
}

func tokAt(toks []rsTok, off int, byEnd bool) (int, bool) {
	// A loop for each key, with no function value to call: the search
	// is asked for every mention.
	i, j := 0, len(toks)
	if byEnd {
		for i < j {
			if h := int(uint(i+j) >> 1); toks[h].e < off {
				i = h + 1
			} else {
				j = h
			}
		}
		return i, i < len(toks) && toks[i].e == off
	}
	for i < j {
		if h := int(uint(i+j) >> 1); toks[h].s < off {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(toks) && toks[i].s == off
}

// refsInOrder reports whether refs are sorted by their start:
// slices.IsSortedFunc by s, written out.
func refsInOrder(refs []rsRef) bool {
	for k := 1; k < len(refs); k++ {
		if refs[k].s < refs[k-1].s {
			return false
		}
	}
	return true
}

// pluralShaped reports whether the word w has the form of a plural
// noun, "Sciences", "Rights", "reports", no name's: four letters or
// more ending in "s" but not "ss".
func pluralShaped(w string) bool {
	return len(w) >= 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// menPlural reports whether the word w, a role noun, is a plural in
// "-men" that pluralShaped does not see: "fishermen", "spokesmen",
// "Businesswomen". No singular role ends so.
func menPlural(w string) bool {
	n := len(w)
	return n > 5 && w[n-1] == 'n' && w[n-2] == 'e' && w[n-3] == 'm'
}

// orgOpensAt reports whether word j is one no name holds that opens the
// name of a body, a capitalised word following: "All India Radio". After
// a title or its "of" such a word does not end the run ("Chairman All
// Pakistan Textile Mills Association (APTMA) X"): it reads on over the
// body, so that the name after it is the title holder's.
func (r *resolver) orgOpensAt(j int) bool {
	if r.toks[j].bits&rwPronoun != 0 || j+1 >= len(r.toks) || !r.joined(j+1) {
		return false
	}
	w := r.word(&r.toks[j])
	return w != nil && w.orgOpener && r.toks[j+1].flags&tkCap != 0 && r.bitsAt(j+1)&(rwNonName|rwPronoun) == 0
}

// participleCompound reports whether the word w is a compound whose last
// part, after a hyphen, is a participle in lower case: "Seoul-based",
// "U.S.-led", "Kremlin-backed". A name's part after a hyphen is
// capitalised, or a given name's syllable ("Sung-jun"), never in "-ed".
func participleCompound(w string) bool {
	if n := len(w); n < 5 || w[n-1] != 'd' || w[n-2] != 'e' {
		return false // most words of a run: no "-ed" ending, asked first
	}
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || len(w)-h < 4 {
		return false
	}
	tail := w[h+1:]
	for k := 0; k < len(tail); k++ {
		if tail[k] < 'a' || tail[k] > 'z' {
			return false
		}
	}
	return strings.HasSuffix(tail, "ed")
}

// rsHeadlineSentences bounds the sentences of the body, from its first,
// where headlineRole looks for a headline's role.
const rsHeadlineSentences = 3

// headlineRole returns the name of the person a headline's role mention
// mk stands for ("UP minister", "Saxon bakers' chief", "New PSG coach"):
// the first person of the body's first sentences introduced with a role
// of the same group ("Uttar Pradesh Minister … X", "X, the head of the
// guild,"), or the head of a body by another word ("bakers' chief" for
// "X, the president of the association,"), or the first mention of the body headed by that role and
// named ("Paris Saint-Germain's new Brazilian coach", named next). A
// headline writes the lead's subject by role; it returns "" where the
// body's first sentences name no one so, or where the first mention so
// headed is of someone unnamed ("a senior official said").
func (r *resolver) headlineRole(mk int) string {
	role := r.headRole(mk)
	if role == "" {
		return ""
	}
	b, _ := tokStartingAt(r.toks, r.d.bodyStart)
	if b >= len(r.toks) {
		return ""
	}
	last := r.toks[b].sent + rsHeadlineSentences - 1
	at, name := -1, ""
	k, _ := refStartingAt(r.refs, r.d.bodyStart)
	for n := 0; k < len(r.refs) && n < rsMaxBack && r.refs[k].sent <= last; k, n = k+1, n+1 {
		ref := &r.refs[k]
		if ref.ent < 0 || ref.poss || r.ents[ref.ent].kind != entPerson {
			continue
		}
		if er := r.ents[ref.ent].role; er == role || er != "" && (r.coversRole(er, role) || r.d.lex.Contains(resolveHeadRoles, role) && r.d.lex.Contains(resolveHeadRoles, er)) {
			at, name = ref.s, r.ents[ref.ent].name
			break
		}
	}
	for j := mk + 1; j < len(r.mentions) && j < mk+rsMaxBack; j++ {
		m := r.mentions[j]
		if at >= 0 && m.Start >= at {
			break
		}
		if m.Start < r.d.bodyStart {
			continue
		}
		if t, ok := tokStartingAt(r.toks, m.Start); ok && r.toks[t].sent > last {
			break
		}
		if r.headRole(j) == role {
			return m.Name // "" for "a senior official said on condition of anonymity"
		}
	}
	return name
}

// headRole returns the role group of the singular role noun that ends
// the head of mention mk ("minister" for "UP minister", "chief" for
// "Saxon bakers' chief"), or "".
func (r *resolver) headRole(mk int) string {
	m := r.mentions[mk]
	headEnd := r.mentionHead(mk)
	ht, ok := tokEndingAt(r.toks, headEnd)
	if !ok || r.toks[ht].s < m.Start {
		return ""
	}
	t := &r.toks[ht]
	w := r.word(t)
	if w == nil || w.bits&rwRole == 0 || w.role == "" || pluralShaped(r.str(t)) || menPlural(r.str(t)) {
		return ""
	}
	// "Thai prime minister", "deputy minister": a role of several words
	// that ends at the noun, the longest first, as namedNext reads it.
	for y := max(ht-3, 0); y < ht; y++ {
		if r.bitsAt(y)&rwMulti == 0 || r.toks[y].s < m.Start {
			continue
		}
		if wi, next := r.multi(y); wi >= 0 && next == ht+1 && r.w.words[wi].bits&rwRole != 0 && r.w.words[wi].role != "" {
			return r.w.words[wi].role
		}
	}
	return w.role
}
