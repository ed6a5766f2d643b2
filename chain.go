package wirestory

import "slices"

// maxLinks bounds the links read after one cue.
const maxLinks = 4

// linksAfter reads the chain links that follow a cue or a source at
// toks[k]: ", citing a statement", "published on the website of …",
// "in a statement", ", quoting Y as saying". It returns the links, nearest
// first, and the token after the last one read (k where there is none).
// A "citing" that gives a reason ("citing low growth") is no link.
func (st *attrState) linksAfter(k, hi int) ([]Link, int) {
	toks, text := st.toks, st.text
	var buf [maxLinks]Link
	via := buf[:0]
	event := -1       // the link of a speaking event read last, if any
	afterDoc := false // the link read last is a document "in" names
	for n := 0; n < maxLinks && k < hi; n++ {
		if l, e, ok := st.relativeLink(k, hi); ok {
			via = append(via, l) // "…, which cited two diplomats"
			k = e
			continue
		}
		j := k
		if toks[j].flags&tComma != 0 {
			j++
		}
		// "which is posted on": a relative clause naming the venue.
		if j+2 < hi && isWord(text, toks[j], "which") && toks[j+1].flags&cAux != 0 {
			j += 2
		}
		if j >= hi || toks[j].flags&tWord == 0 || toks[j].quote != 0 {
			break
		}
		t := toks[j]
		cueEnd := st.linkCueAt(j, hi)
		docIn := false
		venueEnd := 0 // the end of a station phrase cut before a time, if any
		if cueEnd == 0 && st.isIn(t, cVenue) && j+1 < hi {
			// "in a statement", "on its website": a document or venue,
			// before the phrase's first preposition ("in line with
			// Article 112D" names none).
			e := phraseRight(text, toks, j+1, hi)
			if e > j+1 && st.docHeaded(j+1, st.phraseHead(j+1, e)) && (!isWord(text, t, "on") || st.hasListed(j+1, e, cueVenueNouns)) && !st.bareSingular(j+1, e) && !st.viewHeld(j+1, e) {
				cueEnd, docIn = j+1, true
			} else if e > j+1 && afterDoc && isWord(text, t, "on") && st.station(j+1, e) {
				cueEnd = j + 1 // "in a broadcast on Radio Moscow", "in a post on X": the station or the platform that carried it
			} else if e > j+1 && afterDoc && isWord(text, t, "on") && st.stationName(j+1, e) > 0 {
				cueEnd, venueEnd = j+1, st.stationName(j+1, e) // "in a post on Instagram shortly after the ruling": the time is no part of it
			} else if e > j+1 && isWord(text, t, "on") && st.platform(j+1, e) {
				cueEnd = j + 1 // "wrote on X that …": what is posted there comes out there
			} else if e > j+2 && isWord(text, t, "in") && st.publication(j+1, e) {
				cueEnd = j + 1 // "wrote in the People's Daily that …": the paper carried the words
			} else if e > j+1 && len(via) == 0 && possessive(text, toks[j+1]) && toks[j+1].flags&tUpper == 0 {
				k = e // "reported in its weekend edition, citing …": the outlet's own, no level
				continue
			}
		}
		if cueEnd == 0 {
			break
		}
		e := st.linkPhraseEnd(cueEnd, hi)
		if venueEnd > 0 {
			e = venueEnd
		}
		if e <= cueEnd {
			break
		}
		if d := st.issueDate(cueEnd, e, hi); d > 0 {
			k = d // "in its annual report, published in November, that": when it came out, no venue
			continue
		}
		cw := text[t.s:t.e]
		if (cw == "citing" || cw == "quoting") && !st.sourceLike(cueEnd, e) {
			break
		}
		if docIn && st.hasWord(cueEnd, e, "interview") {
			break // "in an interview with X": X is an addressee
		}
		if event >= 0 && event == len(via)-1 && st.citingParticiple(j) {
			via, event = via[:event], -1 // "said in his speech, citing officials": the speech carried nothing
		}
		if n := len(via); n > 0 && j > 0 && !afterDoc && via[n-1].Source.End == toks[j-1].e && st.madeBy(j, cueEnd, e) {
			// "citing a report published by the national audit office":
			// who made the document stays in its phrase. But a document
			// the source spoke in ("said in a statement published by the
			// Media Office") is the source's own: what published it is a
			// venue, a level after it.
			via[n-1].Source = *st.mention(st.tokenAt(via[n-1].Source.Start), e)
			k = e
			continue
		}
		m := st.mention(cueEnd, e)
		if docIn && (!st.hasListed(cueEnd, e, cueDocuments) && !st.hasListed(cueEnd, e, cueVenueNouns) || st.spokenTo(cueEnd, e)) {
			event = len(via) // "in a speech", "in his remarks", "in statements to EFE": the speaking itself
		}
		via = append(via, Link{Cue: st.linkCue(j, cueEnd), Source: *m})
		k, afterDoc = e, docIn
		// "quoting Y as saying": the inner cue is "quoting".
		if k+1 < hi && isWord(text, toks[k], "as") && toks[k+1].flags&cCue != 0 {
			k += 2
		}
	}
	if event >= 0 && event == len(via)-1 {
		// A speech is the speaking itself, as an interview is: no level,
		// unless a channel carried it ("in a speech broadcast on state
		// television"), as a document is.
		via = via[:event]
	}
	return st.d.res.keepLinks(via), k
}

// spokenTo reports whether the phrase [i, j) after "in" names remarks
// made to someone: a noun of [cueSpokenDocuments] with "to" after it,
// "statements to the press".
func (st *attrState) spokenTo(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if isWord(st.text, st.toks[k+1], "to") && st.hasListed(k, k+1, cueSpokenDocuments) {
			return true
		}
	}
	return false
}

// bareSingular reports whether the phrase [i, j) is one lower-case word
// in the singular with no determiner: "in order to", no document; a
// document in the singular takes an article or a possessive ("in its
// order"), and in the plural none ("in statements to EFE").
func (st *attrState) bareSingular(i, j int) bool {
	t := st.toks[i]
	return j == i+1 && t.flags&(tUpper|cDet) == 0 && st.text[t.e-1] != 's'
}

// docHeaded reports whether the phrase toks[i:h+1], up to its head h,
// names a document: a document's word that no plain noun follows, "a
// 42-page opinion", "a research note", "an opinion poll"; not one that
// modifies the noun after it, "the ruling party".
func (st *attrState) docHeaded(i, h int) bool {
	for k := h; k >= i; k-- {
		if st.toks[k].flags&cDoc != 0 {
			return k == h || !nounAfter(st.text, st.toks[k+1])
		}
	}
	return false
}

// viewHeld reports whether the phrase [i, j) is a person's possessive
// and a document noun alone, of [chainViews], "in his opinion", "in my
// judgment": a view the speaker holds, no document.
func (st *attrState) viewHeld(i, j int) bool {
	toks := st.toks
	return j == i+2 && toks[i].flags&cPossDet != 0 && st.d.lex.Contains(chainViews, st.text[toks[i].s:toks[i+1].e])
}

// hasClass reports whether a token of [i, j) has class c.
func (st *attrState) hasClass(i, j int, c tokFlags) bool {
	for ; i < j; i++ {
		if st.toks[i].flags&c != 0 {
			return true
		}
	}
	return false
}

// hasListed reports whether a word of [i, j) is in list l.
func (st *attrState) hasListed(i, j int, l List) bool {
	for ; i < j; i++ {
		if t := st.toks[i]; t.flags&tWord != 0 && st.d.lex.containsToken(l, st.text, t) {
			return true
		}
	}
	return false
}

// hasWord reports whether a token of [i, j) is w.
func (st *attrState) hasWord(i, j int, w string) bool {
	for ; i < j; i++ {
		if isWord(st.text, st.toks[i], w) {
			return true
		}
	}
	return false
}

// sourceLike reports whether the phrase [i, j) after "citing" names a
// source (a person, a body, a document) rather than a reason or a figure.
// A capitalised name after a venue preposition ("in", "on") that follows
// a word in lower case says where, not who (placePrep): "citing heat
// waves in Gangwon Province", "citing the war in Ukraine" are reasons;
// the words before it still decide ("citing diplomats in Beijing").
func (st *attrState) sourceLike(i, j int) bool {
	if st.cueNounAfter(j) {
		return false
	}
	place := false // past "in" or "on" after a word in lower case
	for k := st.pastPossessor(i, j); k < j; k++ {
		t := st.toks[k]
		if t.flags&(cSrcNoun|cRole|cPron) != 0 || t.flags&cDoc != 0 && !st.docModifier(k, j) && !st.d.lex.containsToken(chainDecisions, st.text, t) || t.flags&tUpper != 0 && t.flags&(cTime|cDet) == 0 && !place || st.pluralRole(k) {
			return true
		}
		if !place && k+2 < j && t.flags&tWord != 0 && isWord(st.text, st.toks[k+1], "of") && st.decisionOf(k, j) {
			return true
		}
		if !place && k > i && t.flags&cPrep != 0 {
			place = st.placePrep(k)
		}
	}
	return st.bodyHead(i, j) || st.occupationHead(i, j) || st.circleHead(i, j) || st.issuedDoc(i, j) || st.headIn(i, j, chainStaff) || st.headIn(i, j, chainTrades) || st.paperHead(i, j) || st.qualifiedRecords(i, j) || st.madeRecords(i, j) || st.examinedRecords(i, j)
}

// madeRecords reports whether the phrase [i, j) is records of
// [chainRecords] that it says someone made or when, "estimates prepared
// by the authority", "readings from the national control center" (a
// word after the noun that recordsMade or recordsFrom keeps): figures
// someone put out, a source, not a reason.
func (st *attrState) madeRecords(i, j int) bool {
	toks := st.toks
	for k := i + 1; k+1 < j; k++ {
		// The word after the noun: "by" or "from", or a participle before one.
		if t := toks[k]; t.flags&(cPrep|cPrepLike) != 0 && (isWord(st.text, t, "by") || isWord(st.text, t, "from")) ||
			t.flags&(tWord|tUpper|cStop|cDet|cPrep|cPrepLike) == tWord && toks[k+1].flags&(cPrep|cPrepLike|cStop) != 0 && st.pastParticiple(k) {
			return st.hasListed(k-1, k, chainRecords)
		}
	}
	return false
}

// docModifier reports whether the document noun toks[k] modifies a
// plain noun after it inside the phrase that ends before toks[j]:
// "higher feed costs", "report card grades". The noun after it is the
// head, and the phrase names no document.
func (st *attrState) docModifier(k, j int) bool {
	toks := st.toks
	plain := func(n int) bool {
		return n < len(toks) && toks[n].flags&(tWord|tUpper|cPrep|cStop|cLink|cLinkMW|cCue|cCueMW|cAux|cDet|cDoc|cSrcNoun|cRole|cPron) == tWord && toks[n].quote == 0
	}
	if k+1 < j {
		return plain(k + 1)
	}
	// "higher feed and energy costs": the phrase was cut at a joiner
	// that joins two modifiers of one noun.
	return k+1 == j && j+2 < len(toks) && toks[j].flags&cJoiner != 0 && plain(j+1) && plain(j+2)
}

// decisionOf reports whether toks[k], with "of" after it, is a document
// or a decision of [chainDecisions] and what follows "of" up to j names
// the body that took it or issued it: "citing a decision of the
// cabinet", "a ruling of the city court". The paper the content is
// taken from is a source; a decision with no body after it ("citing the
// decision to raise fares") and one held by a possessor ("citing the
// court's ruling") stay reasons.
func (st *attrState) decisionOf(k, j int) bool {
	t := st.toks[k]
	return (t.flags&cDoc != 0 || st.d.lex.containsToken(chainDecisions, st.text, t)) && st.sourceLike(k+2, j)
}

// placePrep reports whether toks[k], a preposition, is "in" or "on"
// after a word in lower case that names no people around someone
// ([chainCircles]) nor by their occupation ([resolveRoles]): a
// capitalised name after it says where the thing cited happened
// ("heat waves in Gangwon Province"), not who ("relatives in Moscow",
// "villagers in Gangwon Province" stay people).
func (st *attrState) placePrep(k int) bool {
	p := st.toks[k-1]
	return p.flags&(tWord|tUpper) == tWord && st.isIn(st.toks[k], cVenue) && !st.hasListed(k-1, k, chainCircles) && !st.hasListed(k-1, k, resolveRoles)
}

// chainRecordQualifiers lists the adjectives that mark records as
// published or compiled by someone: "provisional", "preliminary",
// "official", "latest".
const chainRecordQualifiers List = "chainrecordqualifiers"

// qualifiedRecords reports whether the phrase [i, j) is records of
// [chainRecords] at its head with an adjective of
// [chainRecordQualifiers] before it, "provisional estimates", "the
// latest projections": figures someone put out, a source the content is
// taken from, not a reason ("citing higher costs").
func (st *attrState) qualifiedRecords(i, j int) bool {
	h := st.phraseHead(i, j)
	return h > i && st.hasListed(h, h+1, chainRecords) && st.hasListed(i, h, chainRecordQualifiers)
}

// chainExaminations lists the examinations and tests whose results are
// records: "analysis", "autopsy", "audit".
const chainExaminations List = "chainexaminations"

// examinedRecords reports whether the phrase [i, j) is records of
// [chainRecords] at its head with "of" and an examination of
// [chainExaminations] after it, "the results of a preliminary
// radiocarbon analysis", "the findings of an audit": what a test found,
// a source the content is taken from, not a reason ("citing the number
// of cases").
func (st *attrState) examinedRecords(i, j int) bool {
	h := st.phraseHead(i, j)
	if h+2 >= j || !isWord(st.text, st.toks[h+1], "of") || !st.hasListed(h, h+1, chainRecords) {
		return false
	}
	return st.hasListed(st.phraseHead(h+2, j), st.phraseHead(h+2, j)+1, chainExaminations)
}

// recordsCueEnd returns the end of the phrase [i, e) that a link names
// when phraseRight stopped before a noun of records that is also a
// cue's word, "provisional estimates", "the latest estimates": the noun
// is the phrase's head, no verb. It returns e where no such noun
// follows.
func (st *attrState) recordsCueEnd(i, e, hi int) int {
	k := max(e, i)
	if k == i && k+1 < hi && st.recordsMade(i, k+1, hi) > k+1 {
		return k + 1 // "estimates prepared by the authority": a bare noun of records that says who made them
	}
	if k >= hi || k > i+3 || k == i {
		return e // a bare noun of records is read as it was: "estimates by the ministry"
	}
	t := st.toks[k]
	if t.flags&(tWord|tUpper|cCue) != tWord|cCue || t.quote != 0 || !st.hasListed(k, k+1, chainRecords) {
		return e
	}
	if k > i && st.toks[k-1].flags&(tWord|cStop|cAux|cPron) != tWord {
		return e
	}
	return k + 1
}

// chainTrades lists the head nouns of people named by their trade in a
// market: "importers", "traders", "dealers", "brokers".
const chainTrades List = "chaintrades"

// cueNounAfter reports whether toks[j], right after the phrase a link
// names, is a cue's word in lower case that goes on the phrase as its
// head, where phraseRight stops at the cue: "citing investor demand",
// "citing worker demands". The words before it modify it, so the
// phrase names no source. A document ("citing police statements") or a
// record ("citing government estimates", [chainRecords]), a source
// itself, a verb's form ("citing witnesses saying"), a function word,
// or a comma or a possessive before it ("citing traders, who") is none.
func (st *attrState) cueNounAfter(j int) bool {
	if j <= 0 || j >= len(st.toks) {
		return false
	}
	t, p := st.toks[j], st.toks[j-1]
	return t.flags&(tWord|tUpper|cStop|cAux|cPron|cDet|cPrep|cTime|cDoc|cSrcNoun|cRole) == tWord && t.flags&(cCue|cCueMW) != 0 && t.quote == 0 && !verbLike(st.text, t) &&
		p.flags&(tWord|tUpper) == tWord && p.quote == 0 && p.e+1 == t.s && !possessive(st.text, p) && !st.hasListed(j, j+1, chainRecords)
}

// chainStaff lists the head nouns of the people who work for a body or
// belong to it: "employees", "workers", "crew", "members".
const chainStaff List = "chainstaff"

// chainPapers lists the head nouns of papers that set out figures or
// provisions: "budget", "draft", "bill", "plan".
const chainPapers List = "chainpapers"

// headIn reports whether the head of the phrase [i, j), past a possessor
// that opens it, is a noun of list l, alone or with the word before it:
// "two hatchery employees", "the company's staff", "the agency's press
// service", not "worker shortages".
func (st *attrState) headIn(i, j int, l List) bool {
	h := st.phraseHead(st.pastPossessor(i, j), j)
	return h >= i && (st.hasListed(h, h+1, l) || h > i && st.compoundAt(h, l))
}

// compoundAt reports whether toks[h] and the word in lower case just
// before it, one space apart, are a form of two words of list l: "a
// truck driver", "the press service".
func (st *attrState) compoundAt(h int, l List) bool {
	p, t := st.toks[h-1], st.toks[h]
	return p.flags&(tWord|tUpper) == tWord && p.e+1 == t.s && st.d.lex.Contains(l, st.text[p.s:t.e])
}

// paperFor reports whether toks[e] is the "for" or "of" after a paper
// of [chainPapers] that says what it covers, which stays in its phrase:
// "the draft budget for fiscal 2027", "a draft of the law".
func (st *attrState) paperFor(e int) bool {
	toks, text := st.toks, st.text
	return (isWord(text, toks[e], "for") || isWord(text, toks[e], "of")) && st.hasListed(e-1, e, chainPapers)
}

// paperHead reports whether the phrase [i, j) names a paper of
// [chainPapers] at its head, held by a possessor or after a definite
// article or a possessive determiner: "the draft budget for fiscal 2027",
// "the government's plan", "its bill". A paper only introduced ("a tight
// budget") and one with an infinitive after it ("the plan to cut 300
// jobs") are reasons.
func (st *attrState) paperHead(i, j int) bool {
	toks := st.toks
	p := st.pastPossessor(i, j)
	if t := toks[i]; p == i && t.flags&cPossDet == 0 && (t.flags&cDet == 0 || !st.d.lex.containsToken(articles, st.text, t)) {
		return false
	}
	h := st.phraseHead(p, j)
	return h >= p && st.hasListed(h, h+1, chainPapers) && !st.infinitiveAt(h+1, len(toks))
}

// chainCircles lists the head nouns of the people around a possessor:
// "family", "neighbours", "operator", "management".
const chainCircles List = "chaincircles"

// circleHead reports whether the phrase [i, j) is a possessor or "the"
// and a noun of [chainCircles] at its head, "his family", "the resort's
// operator", "the family of the victim": people who speak for the
// possessor, a source behind a report. A head after them is a reason,
// "his family's safety", and so is the noun with no possessor, "family
// reasons".
func (st *attrState) circleHead(i, j int) bool {
	p := st.pastPossessor(i, j)
	if p == i {
		if i+1 >= j || !isWord(st.text, st.toks[i], "the") {
			return false
		}
		p = i + 1
	}
	h := st.phraseHead(p, j)
	return st.hasListed(h, h+1, chainCircles)
}

// occupationHead reports whether the head of the phrase [i, j) is a
// noun that names a person by what they do ([resolveRoles]: "a refinery
// worker", "herders in the village", "a truck driver"): after "quoting"
// or "citing" a person the words came from. A head with "of" after it
// is a quantity ("a host of reasons"), no person.
func (st *attrState) occupationHead(i, j int) bool {
	toks, text := st.toks, st.text
	h := st.phraseHead(i, j)
	t := toks[h]
	if t.flags&(tWord|tUpper) != tWord || h+1 < len(toks) && isWord(text, toks[h+1], "of") {
		return false
	}
	lex := st.d.lex
	if lex.containsToken(resolveRoles, text, t) {
		return true
	}
	return h > i && st.compoundAt(h, resolveRoles) // "a truck driver"
}

// chainBroadcasters lists the nouns of a station: "radio", "television".
const chainBroadcasters List = "chainbroadcasters"

// station reports whether the phrase [i, j) names a station or a
// platform: its head is a noun of [chainBroadcasters] ("state
// television") or a platform's name ("the social network X"), or a
// capitalised word of it is part of a name that runs to the head ("Radio
// Moscow", "Radio Free Europe"), not "television licence fees" nor "TV
// licence fees", whose head is a topic's.
func (st *attrState) station(i, j int) bool {
	h := st.phraseHead(i, j)
	if st.hasListed(h, h+1, chainBroadcasters) {
		return true
	}
	if st.toks[h].flags&tUpper == 0 {
		return false
	}
	if st.hasListed(h, h+1, chainPlatforms) || st.platform(i, j) {
		return true // "the social network X", "Truth Social"
	}
	for k := i; k < h; k++ {
		if st.toks[k].flags&tUpper != 0 && st.hasListed(k, k+1, chainBroadcasters) {
			return true
		}
	}
	return false
}

// stationName returns the end of the capitalised words that open the
// phrase [i, j) when they name a station and a word of time follows
// them inside it ("Instagram shortly", "X late", "Facebook hours"):
// phraseRight reads on over it after a single name. A topic's noun
// ("TV licence fees") is no time. It returns 0 otherwise.
func (st *attrState) stationName(i, j int) int {
	k := i
	for k < j && st.toks[k].flags&(tWord|tUpper) == tWord|tUpper && st.toks[k].flags&cDet == 0 {
		k++
	}
	if k == i || k >= j || st.toks[k].flags&(tWord|tUpper) != tWord || st.toks[k].flags&(cTime|cTimeOpener|cTimeUnit|cNotManner) == 0 || !st.station(i, k) {
		return 0
	}
	return k
}

// chainPlatforms lists the names of a platform one posts on: "X",
// "Facebook", "Telegram".
const chainPlatforms List = "chainplatforms"

// chainAccounts lists the nouns of a place kept on a platform:
// "account", "page", "handle".
const chainAccounts List = "chainaccounts"

// platform reports whether the phrase [i, j) is the name of a platform
// of [chainPlatforms], whole: "X", "Truth Social", "social media", not
// "X-ray machines". One word in lower case is none ("on x").
func (st *attrState) platform(i, j int) bool {
	t := st.toks[i]
	return (t.flags&tUpper != 0 || j-i == 2) && j-i <= 2 && st.d.lex.Contains(chainPlatforms, st.text[t.s:st.toks[j-1].e])
}

// publication reports whether the phrase [i, j) is "the" and the name
// of a newspaper or a magazine, its words capitalised and its last of
// [chainPublications]: "the People's Daily", "The New York Times".
func (st *attrState) publication(i, j int) bool {
	toks := st.toks
	if !isWord(st.text, toks[i], "the") {
		return false
	}
	for k := i + 1; k < j; k++ {
		if toks[k].flags&(tWord|tUpper) != tWord|tUpper || toks[k].quote != 0 {
			return false
		}
	}
	return st.hasListed(j-1, j, chainPublications)
}

// phraseHead returns the head of the phrase [i, j): its word before the
// first preposition after i, or its last.
func (st *attrState) phraseHead(i, j int) int {
	for m := i + 1; m < j; m++ {
		if isPrep(st.toks[m]) {
			return m - 1
		}
	}
	return j - 1
}

// maxBodyField bounds the words of the field after a body's "of" or
// of those a document went to.
const maxBodyField = 6

// linkPhraseEnd returns the end of the phrase a link names at toks[i],
// as phraseRight reads it, read on over the words in lower case that
// phraseRight leaves after a preposition with no determiner: the field
// of a body ("the provincial bureau of statistics", "the department of
// agriculture and rural affairs") and those a document went to ("a note
// to clients"), and over who made a document or findings ("a report by
// army engineers"). It returns -1 where no phrase starts.
func (st *attrState) linkPhraseEnd(i, hi int) int {
	toks, text := st.toks, st.text
	e := phraseRight(text, toks, i, hi)
	if e < hi && (e < 0 || toks[e].flags&cCue != 0) {
		e = st.recordsCueEnd(i, e, hi) // "citing provisional estimates": the cue's word is the records' noun
	}
	if e > i && e+1 < hi && isWord(text, toks[e], "on") && st.hasListed(e-1, e, chainAccounts) {
		if p := phraseRight(text, toks, e+1, hi); p > e+1 && st.platform(e+1, p) {
			return p // "posted on its account on X": one place, the account on the platform
		}
	}
	if e > i+1 && toks[e-2].flags&cDoc != 0 && verbLike(text, toks[e-1]) {
		if n := st.issuedTo(e-1, hi); n > e-1 {
			return n // "a memo circulated to staff": the participle with whom it went to
		}
		return e - 1 // "a statement received here on Tuesday", "a letter dated May 2": a participle left without what it governs is no part of the document's name
	}
	if e > i+2 {
		if h := st.phraseHead(i, e); h+2 < e && toks[h].flags&cDoc != 0 && isWord(text, toks[h+1], "in") && toks[h+2].flags&tUpper != 0 && st.placeName(h+2, e) {
			return h + 1 // "a statement in Minna": where it was made, no part of the document
		}
	}
	if e > i+2 && e+1 < hi && toks[e-2].flags&cDoc == 0 && st.docNoun(e-2) && st.endsEd(e-1) {
		if n := st.issuedWhere(e-1, hi); n > e-1 {
			return n // "a resolution adopted by the party congress": the participle with what it governs
		}
	}
	if n := st.recordsMade(i, e, hi); n > e {
		return n // "estimates prepared by the authority", "field data collected since 2015"
	}
	if e <= i+1 && !(e == i+1 && (st.recordsFrom(e, hi) || st.issuedWhere(e, hi) > e)) || e+1 >= hi {
		return e
	}
	if n := st.issuedWhere(e, hi); n > e {
		return n // "a statement issued in Nairobi", "a statement released by the presidency"
	}
	if toks[e-1].flags&(cDoc|cSrcNoun) != 0 && (isWord(text, toks[e], "by") || isWord(text, toks[e], "of") || isPrep(toks[e]) && toks[e+1].flags&(cDet|cPossDet) != 0) || st.recordsFrom(e, hi) || e > i+1 && isWord(text, toks[e], "by") && st.recordsParticiple(e) || st.paperFor(e) {
		e = st.docFieldEnd(e, hi) // "a report by army engineers", "a survey of more than 50,000 businesses", "figures from its members", "the draft budget for fiscal 2027"
		if e+1 >= hi {
			return e
		}
	}
	if isWord(text, toks[e], "of") && toks[e+1].flags&(cDet|cPossDet) == 0 && st.hasListed(e-1, e, chainRecords) {
		if d := st.docFieldEnd(e, hi); d > e+1 && st.hasListed(st.phraseHead(e+1, d), st.phraseHead(e+1, d)+1, chainExaminations) {
			return d // "the results of laboratory tests": what the tests found (examinedRecords)
		}
	}
	if toks[e].flags&tComma != 0 && st.nameOfBefore(i, e) {
		if e = st.bodyPortfolioEnd(e, hi); e+1 >= hi {
			return e // "figures from the Ministry of Environment, Water and Agriculture": the name's list of portfolios
		}
	}
	role := isWord(text, toks[e], "of") && toks[e-1].flags&cRole != 0 && toks[e-1].quote == 0 // "the regional director of agriculture", "the chief of staff"
	if !(isWord(text, toks[e], "of") && st.hasListed(e-1, e, chainBodies)) && !(isWord(text, toks[e], "to") && toks[e-1].flags&cDoc != 0) && !role {
		return e
	}
	end := e
	for m := e + 1; m < hi && m <= e+maxBodyField; m++ {
		t := toks[m]
		if t.flags&tWord == 0 || t.quote != 0 {
			break
		}
		if m > e+1 && m+1 < hi && st.hasListed(m, m+1, conjunctions) {
			continue // "agriculture and rural affairs"
		}
		if t.flags&(cStop|cAux|cPron|cCue|cCueMW|cLink|cLinkMW|cTime|cDet|cPrep) != 0 || verbLike(text, t) && !(role && m == e+1 && st.isParticiple(m)) {
			break // "a letter to shareholders issued on Friday"; but "the head of marketing": a field in -ing
		}
		end = m + 1
	}
	if role && end > e+1 {
		return st.placeAfterField(end, hi) // "the deputy head of security at the port"
	}
	return end
}

// placeAfterField returns the end of a phrase after a role's field that
// says where the role is held, "the head of security at the port", "the
// director of health in Cusco", read as phraseRight reads a
// preposition inside a phrase: a determiner or a capital after it, no
// time ("at the port on Monday" ends at "port"), no pronoun, no
// occasion of a document ("in a statement"). It returns k where none
// follows.
func (st *attrState) placeAfterField(k, hi int) int {
	toks := st.toks
	if k+1 >= hi || !isPrep(toks[k]) || toks[k].quote != 0 {
		return k
	}
	n := toks[k+1]
	if n.flags&tWord == 0 || n.quote != 0 || n.flags&(cTime|cPron|cMonth) != 0 || n.flags&(cDet|tUpper) == 0 || n.flags&cDet != 0 && k+2 < hi && toks[k+2].flags&(cTime|cDoc) != 0 {
		return k
	}
	if e := phraseRight(st.text, toks, k+1, hi); e > k+1 {
		return e
	}
	return k
}

// issuedWhere returns the end of a participle with "by" or a place after
// the document noun toks[e-1] that says by whom or where it was issued,
// which the conventions keep in the document's phrase: "a readout issued
// by the ministry", "a statement issued in Nairobi", "a statement
// released in his name", "issued from Geneva" (a preposition of
// [chainIssuedPrepositions] and a name or a possessive), "a statement
// issued here" (an adverb of [chainIssuedAdverbs]); a date after the
// place is when it was issued and stays too ("issued here on Sunday"). A
// participle that is a link's cue ("posted on", "published by") is a
// level of its own, and "in" before a word in lower case ("issued in
// response to") is no place. It returns e where there is none.
func (st *attrState) issuedWhere(e, hi int) int {
	toks, text := st.toks, st.text
	if e+1 >= hi || !st.docNoun(e-1) || !st.pastParticiple(e) {
		return e
	}
	if toks[e+1].quote == 0 && st.hasListed(e+1, e+2, chainIssuedAdverbs) && st.linkCueAt(e, hi) == 0 && !(e+2 < hi && (toks[e+2].flags&cAux != 0 || isBe(text, toks[e+2]))) {
		// Not "… released there were no casualties": "there" opening
		// the reported clause.
		return st.issuedByAfter(max(e+2, st.dateEnd(e+2, hi)), hi) // "a statement issued here", "issued here on Sunday"
	}
	if e+2 >= hi {
		return e
	}
	if d := st.dateEnd(e+1, hi); d > e+1 {
		// "a report published on Tuesday", "a survey released in March
		// by the university": when it came out is no venue.
		if d+1 < hi && isWord(text, toks[d], "by") {
			return st.docFieldEnd(d, hi)
		}
		return d
	}
	if n := st.issuedTo(e, hi); n > e {
		return n
	}
	in := st.hasListed(e+1, e+2, chainIssuedPrepositions)
	if !in && !isWord(text, toks[e+1], "by") || in && toks[e+2].flags&(tUpper|cPossDet) == 0 || st.linkCueAt(e, hi) != 0 {
		return e
	}
	if n := phraseRight(text, toks, e+2, hi); n > e+2 {
		if in {
			return st.issuedByAfter(max(n, st.dateEnd(n, hi)), hi) // "issued in Nairobi on Monday": when it was issued stays with where
		}
		return n
	}
	return e
}

// issuedByAfter returns the end of a "by" phrase at toks[n] that names
// who issued a document after where and when it was issued, "a statement
// issued here on Tuesday by the commerce ministry", which stays in the
// document's phrase as "issued by" does; it returns n where none
// follows.
func (st *attrState) issuedByAfter(n, hi int) int {
	if n+1 < hi && isWord(st.text, st.toks[n], "by") {
		return st.docFieldEnd(n, hi)
	}
	return n
}

// chainIssuedPrepositions lists the prepositions after a document's past
// participle that say where it was issued: "issued in Nairobi",
// "released from Geneva" (issuedWhere).
const chainIssuedPrepositions List = "chainissuedprepositions"

// chainIssuedAdverbs lists the adverbs of place after a document's past
// participle that say where it was issued by themselves: "a statement
// issued here" (issuedWhere).
const chainIssuedAdverbs List = "chainissuedadverbs"

// chainParticiples lists past participles not in -ed that no past
// form of pastVerbs spells, after which a document's phrase goes on:
// "emails seen by the paper", "a letter written by the minister".
const chainParticiples List = "chainparticiples"

// pastParticiple reports whether toks[k] may be a past participle that
// goes on with a document's phrase: a verb's form in -ed or of
// pastVerbs ("issued", "sent"), or of [chainParticiples] ("seen"), not
// an -ing form.
func (st *attrState) pastParticiple(k int) bool {
	t := st.toks[k]
	if verbLike(st.text, t) {
		return !st.isParticiple(k)
	}
	return t.flags&(tWord|tUpper) == tWord && t.quote == 0 && st.d.lex.containsToken(chainParticiples, st.text, t)
}

// chainSentPrepositions lists the prepositions after a document's past
// participle that say whom the document went to or where it was lodged:
// "letters sent to buyers", "documents filed with the court".
const chainSentPrepositions List = "chainsentprepositions"

// chainEventPoints lists the nouns that name an occasion, or a point of
// one that "of" names, when a document was issued: "on the occasion",
// "at the end of the meeting", "on the eve of the summit".
const chainEventPoints List = "chaineventpoints"

// issuedTo returns the end of the phrase that a past participle after
// the document noun toks[e-1] governs when it picks the document out,
// which the conventions keep in the document's phrase: whom it went to
// or where it was lodged, "letters sent to buyers", "a memo circulated
// to staff", "documents filed with the court" (a preposition of
// [chainSentPrepositions] and a noun phrase, or a plural or a body's
// staff alone), or the occasion when it was issued, "a statement issued
// on the occasion", "a communique issued at the end of the meeting" (a
// preposition of [occasionPrepositions] and a phrase of a speech
// occasion, a document or a point of an event, [chainEventPoints]). A
// participle that is a link's cue ("posted on", "released on") is a
// level of its own, unless a point of an event follows it ("released on
// the eve of …"), and a phrase of another noun after "on" or "at" may be
// a venue: neither is read. It returns e where there is none.
func (st *attrState) issuedTo(e, hi int) int {
	toks, text := st.toks, st.text
	if e+2 >= hi || !st.docNoun(e-1) || !st.pastParticiple(e) {
		return e
	}
	p, n := toks[e+1], toks[e+2]
	if p.flags&tWord == 0 || p.quote != 0 || n.flags&tWord == 0 || n.quote != 0 || n.flags&(cTime|cPron|cStop|cAux) != 0 {
		return e
	}
	end := phraseRight(text, toks, e+2, hi)
	if end <= e+2 {
		return e
	}
	// The date after the phrase is when it was issued: "issued on the
	// conclusion of the meeting Wednesday". A past form ending the phrase
	// makes it a clause: not "after the talks collapsed".
	n2 := max(end, st.dateEnd(end, hi))
	when := n.flags&(cDet|cPossDet) != 0 && st.d.lex.containsToken(occasionPrepositions, text, p) && !st.endsEd(end-1) && toks[end-1].flags&cPast == 0
	if when && st.headIn(e+2, end, chainEventPoints) {
		return n2 // "issued on the occasion", "released on the eve of the summit": a point of an event is no venue, whatever the participle
	}
	if st.linkCueAt(e, hi) != 0 {
		return e // "posted to its account", "published on the website"
	}
	if st.d.lex.containsToken(chainSentPrepositions, text, p) {
		h := end - 1 // a phrase with no article: a plural or staff alone, after an -ing adjective at most ("shipping agents")
		if n.flags&(cDet|cPossDet|tUpper) != 0 || (end == e+3 || end == e+4 && st.ingBeforeNoun(e+2, hi)) && (st.plainPlural(h) && !verbLike(text, toks[h]) || st.hasListed(h, h+1, chainStaff)) {
			return n2 // "sent to the port's clients", "filed with Congress", "sent to buyers", "circulated to staff on Tuesday"
		}
		return e // "a letter sent to inform the buyers": an infinitive
	}
	if when && st.occasionAt(e+2, end, false) {
		return n2 // "issued at the meeting", "issued after the talks"
	}
	return e
}

// docNoun reports whether toks[k] names a document: a word of the
// document class, or of [cueDocuments] ("a resolution", "a
// declaration"), which carries words once a participle says it was
// issued ("a resolution adopted at a party plenary meeting").
func (st *attrState) docNoun(k int) bool {
	return st.toks[k].flags&cDoc != 0 || st.hasListed(k, k+1, cueDocuments)
}

// issuedDoc reports whether the phrase [i, j) is a document of
// [cueDocuments] with a past participle after it that says it was
// issued or who had it, "a resolution adopted at a party plenary
// meeting", "a declaration signed by the two leaders", "emails seen by
// its reporters" (pastParticiple): a document that carries
// words, cited as a source. A court's decision is a reason ("citing a
// ruling handed down …" stays one), and so is a document with no
// participle ("citing a UN resolution").
func (st *attrState) issuedDoc(i, j int) bool {
	for k := i; k+2 < j; k++ {
		if t := st.toks[k]; t.flags&tWord != 0 && st.pastParticiple(k+1) && st.docNoun(k) && !st.d.lex.Contains(chainDecisions, st.text[t.s:t.e]) {
			return true
		}
	}
	return false
}

// issueDate returns the end of the date that the phrase [i, e) after a
// link's cue ending in a venue's preposition is, whole: "published in
// November", "released on March 3", "posted in May 2024". When a
// document came out is no venue: the conventions give it no level. It
// returns 0 where the phrase is no date.
func (st *attrState) issueDate(i, e, hi int) int {
	if !st.isIn(st.toks[i-1], cVenue) {
		return 0
	}
	if d := st.dateEnd(i-1, hi); d >= e {
		return d
	}
	return 0
}

// dateEnd returns the end of a date that starts at toks[k], "on
// Tuesday", "late Monday", "in March", "on March 3", "in May 2024", or k
// where none starts there.
func (st *attrState) dateEnd(k, hi int) int {
	if n := st.skipTime(k, hi); n > k {
		return n
	}
	toks, text := st.toks, st.text
	if k+1 >= hi || !st.isIn(toks[k], cVenue) {
		return k
	}
	m, month := k+1, false
	for ; m < hi && m <= k+3 && toks[m].flags&tWord != 0 && toks[m].quote == 0; m++ {
		t := toks[m]
		if t.flags&tUpper != 0 && st.isIn(t, cMonth) {
			month = true
		} else if !isDigit(text[t.s]) {
			break
		}
	}
	if !month {
		return k
	}
	return m
}

// docByStart returns the first token of a document's phrase that the
// "by" at toks[b] goes on, "A survey by King Abdulaziz University", "a
// report published on Tuesday by the ministry": who made it stays in the
// document's phrase, so the phrase is the source. A participle that is
// a link's cue with nothing between it and "by" ("a communique published
// by the TAP agency") names a level instead (linkInSubject). It returns
// -1 where no document stands before "by".
func (st *attrState) docByStart(lo, b int) int {
	toks, text := st.toks, st.text
	j := st.dateStart(lo, b) - 1
	if j <= lo || toks[j].quote != 0 {
		return -1
	}
	if j-1 > lo && st.hasListed(j, j+1, chainIssuedAdverbs) {
		j-- // "issued here (on Monday) by": where it was issued
	}
	if j < b-1 || toks[j].flags&(cCue|cLink|cLinkMW) == 0 {
		if toks[j].flags&cDoc == 0 && (st.endsEd(j) || toks[j].flags&cPast != 0) {
			j-- // "released (on Monday) by"
		}
	}
	if j < lo || toks[j].flags&cDoc == 0 || toks[j].quote != 0 {
		return -1
	}
	s := phraseLeft(text, toks, lo, j+1)
	if s < 0 || toks[s].flags&cDet == 0 || !st.docHeaded(s, j) {
		return -1
	}
	return s
}

// publishedByAuthor returns the first token of a document's phrase
// before a link cue that ends in "by" ("published by") when the phrase
// [s, e) after it names who made the document, not where it came out:
// "A report published by the Department of Statistics showed" is the
// report's, as "a report by UN experts" is (chains-conventions: who wrote
// it stays inside the source's phrase; "published by" is a level only
// for an outlet, "A communique published by the TAP news agency"). It
// returns -1 otherwise.
func (st *attrState) publishedByAuthor(lo, s, e int) int {
	toks := st.toks
	c := s - 2 // the participle before "by"
	if c-1 <= lo || toks[c].flags&cLinkMW == 0 || st.linkCueAt(c, s) != s || st.isRelayCue(st.text[toks[c].s:toks[s-1].e]) || !st.makerPhrase(c, s, e) {
		return -1
	}
	s2 := phraseLeft(st.text, toks, lo, c)
	if s2 < 0 || toks[s2].flags&cDet == 0 || !st.docNoun(c-1) {
		return -1
	}
	return s2
}

// madeBy reports whether the link cue toks[j:ce], right after a
// document's noun, is a participle with "by" that is no relay
// ("published by") and the phrase [ce, e) names the document's maker
// (authorPhrase), not the outlet that carried it.
func (st *attrState) madeBy(j, ce, e int) bool {
	toks := st.toks
	return ce == j+2 && toks[j].flags&cLinkMW != 0 && isWord(st.text, toks[j+1], "by") && st.docNoun(j-1) && !st.isRelayCue(st.text[toks[j].s:toks[j+1].e]) && st.makerPhrase(j, ce, e)
}

// authorPhrase reports whether the phrase [i, j) after "by" names a
// maker of a document, a body, an official or experts ("the Department
// of Statistics", "the health ministry", "two economists"), not an
// outlet that carried it: a noun of [chainRelayNouns] at its head ("the
// official TAP news agency", "the daily Bild"), a station, a newspaper,
// a platform or a news agency's name.
func (st *attrState) authorPhrase(i, j int) bool {
	if j <= i || st.station(i, j) || st.publication(i, j) || st.platform(i, j) || st.hasListed(i, j, Agencies) {
		return false
	}
	h := st.phraseHead(st.pastPossessor(i, j), j)
	if st.hasListed(h, h+1, chainRelayNouns) || st.hasListed(h, h+1, cueVenueNouns) {
		return false
	}
	return st.bodyHead(i, j) || st.toks[h].flags&(cSrcNoun|cRole) != 0 || st.pluralRole(h) || st.occupationHead(i, j)
}

// makerPhrase reports whether the phrase [i, j) after the link cue
// toks[c:i] that ends in "by" names the document's maker: after a cue of
// [chainMakerLinks] ("published by"), an authorPhrase or a body named by
// its acronym alone ("A report published by the LCMA on Tuesday said").
// An outlet named so is an agency of [Agencies]. After "carried by" or
// "broadcast by" what is named carried the words, a body too ("remarks
// carried by IRIB", "a statement carried by the Press Information
// Bureau"): chains-conventions give "carried by" a level of its own.
func (st *attrState) makerPhrase(c, i, j int) bool {
	if !st.d.lex.Contains(chainMakerLinks, st.text[st.toks[c].s:st.toks[i-1].e]) {
		return false
	}
	return st.authorPhrase(i, j) || st.acronymAlone(i, j) && !st.hasListed(i, j, Agencies)
}

// acronymAlone reports whether the phrase [i, j) is an acronym alone,
// after "the" or with no article: "the LCMA", "UNICEF".
func (st *attrState) acronymAlone(i, j int) bool {
	t := st.toks[j-1]
	return t.flags&(tWord|tUpper) == tWord|tUpper && t.quote == 0 && (j-i == 1 || j-i == 2 && isWord(st.text, st.toks[i], "the")) && isAcronym(st.text[t.s:t.e])
}

// dateStart returns the first token of a date that ends before toks[e],
// "on Tuesday", "last week", "in March", "Monday", or e where none ends
// there.
func (st *attrState) dateStart(lo, e int) int {
	toks, text := st.toks, st.text
	k, date := e-1, false
	for ; k > lo && k >= e-3 && toks[k].flags&tWord != 0 && toks[k].quote == 0; k-- {
		t := toks[k]
		if t.flags&cTime != 0 || t.flags&tUpper != 0 && st.isIn(t, cMonth) {
			date = true
		} else if !isDigit(text[t.s]) {
			break
		}
	}
	if !date {
		return e
	}
	if k > lo && (st.isIn(toks[k], cTimeOpener) || st.isIn(toks[k], cVenue)) {
		return k
	}
	return k + 1
}

// recordsFrom reports whether toks[e] is the "from" of records that
// say who produced them, which the conventions keep in the records'
// phrase: "figures from provincial governors' offices", "point-of-sale
// data from about 1,000 supermarkets"; not a time, "data from last
// year".
func (st *attrState) recordsFrom(e, hi int) bool {
	toks, text := st.toks, st.text
	return e+1 < hi && isWord(text, toks[e], "from") && (st.hasListed(e-1, e, chainRecords) || st.recordsParticiple(e)) && toks[e+1].flags&tWord != 0 && toks[e+1].quote == 0 && st.dateEnd(e+1, hi) == e+1 && !st.timeAt(e+1, hi)
}

// recordsParticiple reports whether toks[e-1] is a past participle
// after a noun of records, "figures compiled", "data collected": who made
// them, after "from" or "by", stays in the records' phrase as it does
// after the noun ("figures compiled from 38 banks", "data gathered by
// the bureau").
func (st *attrState) recordsParticiple(e int) bool {
	return e >= 2 && st.endsEd(e-1) && st.hasListed(e-2, e-1, chainRecords)
}

// recordsMade returns the end of what says who made the records that the
// phrase [i, e) ends with, or when, which the conventions keep in the
// records' phrase as they keep a document's maker: "by" after their noun
// of [chainRecords] ("a preliminary estimate by the borough engineer"),
// "by" or "from" after a past participle of theirs ("estimates prepared
// by the authority", "readings taken from the control center"), or a
// time after the participle ("field data collected since 2015",
// "figures compiled during the survey"). A participle that is a link's
// cue ("published by") names a venue, a level of its own. It returns e
// where none follows.
func (st *attrState) recordsMade(i, e, hi int) int {
	toks, text := st.toks, st.text
	if e <= i || e+2 >= hi || toks[e].quote != 0 || toks[e].flags&tWord == 0 {
		return e
	}
	// Bit tests first: what may follow records or their participle is
	// "by", "from" or a preposition of time (of cPrep, cPrepLike or
	// cStop), or a participle in lower case.
	n := e // the word after the records' noun or their participle
	if t := toks[e]; t.flags&(cPrep|cPrepLike|cStop) != 0 && e >= i+2 && toks[e-1].flags&(tWord|tUpper|cStop|cDet|cPrep) == tWord && st.pastParticiple(e-1) && st.hasListed(e-2, e-1, chainRecords) {
		// "field data collected since 2015": phraseRight took in the participle
	} else if t.flags&cPrepLike != 0 && isWord(text, t, "by") {
		if !st.hasListed(e-1, e, chainRecords) {
			return e
		}
		return st.docFieldEnd(e, hi) // "a preliminary estimate by the borough engineer"
	} else {
		if t.flags&(tUpper|cStop|cDet|cPrep|cPrepLike|cAux|cPron) != 0 || toks[e+1].flags&(cPrep|cPrepLike|cStop) == 0 || !st.pastParticiple(e) || !st.hasListed(e-1, e, chainRecords) || st.linkCueAt(e, hi) != 0 {
			return e
		}
		n = e + 1 // "estimates prepared by the authority"
	}
	if toks[n].quote != 0 {
		return e
	}
	if isWord(text, toks[n], "by") || isWord(text, toks[n], "from") && st.dateEnd(n+1, hi) == n+1 && !st.timeAt(n+1, hi) {
		if d := st.docFieldEnd(n, hi); d > n+1 {
			return d
		}
		return e
	}
	if !st.d.lex.containsToken(participlePrepositions, text, toks[n]) {
		return e
	}
	if st.yearAt(n-1, n+1) {
		return n + 2 // "since 2015"
	}
	if toks[n+1].flags&cDet != 0 || st.timeAt(n+1, hi) {
		if d := phraseRight(text, toks, n+1, hi); d > n+1 {
			return d // "since last year", "during the survey"
		}
	}
	return e
}

// docFieldEnd returns the end of the phrase after "by" or "of" at
// toks[e] that says who made a document or what it covers, which the
// conventions keep in the document's phrase: "a report by UN experts",
// "a survey of more than 50,000 businesses", not "a report by the
// agency on Friday". It returns e where no phrase follows.
func (st *attrState) docFieldEnd(e, hi int) int {
	toks, text := st.toks, st.text
	end, named := e, false
	for m := e + 1; m < hi && m <= e+maxBodyField+4; m++ {
		t := toks[m]
		if t.flags&tComma != 0 && m+1 < hi && toks[m-1].e == t.s && t.e == toks[m+1].s && isDigit(text[t.s-1]) && isDigit(text[t.e]) {
			continue // "50,000": a comma inside a number
		}
		if t.flags&tWord == 0 && m > e+1 && pluralPossessiveMark(text, toks, e+1, m, hi) {
			continue // "figures from provincial governors' offices"
		}
		if end == m && m > e+1 && st.acronymInBrackets(m, hi) {
			end = m + 3 // "a report by the National Water Commission (Conagua)": the maker's acronym is its name's
			break
		}
		if named && end == m && t.flags&tComma != 0 {
			if n := st.bodyPortfolioEnd(m, hi); n > m {
				end, m = n, n-1
				continue // "figures from the Ministry of Environment, Water and Agriculture": the name's list of portfolios
			}
		}
		if t.flags&tWord == 0 || t.quote != 0 {
			break
		}
		if t.flags&(cDet|cPossDet) != 0 && (m == e+1 || toks[m-1].flags&cDet == 0) {
			continue // "by the ministry", "from its members"
		}
		if st.ingBeforeNoun(m, hi) {
			continue // "data from exporting countries": an adjective in -ing before the noun, no verb
		}
		if t.flags&cStop != 0 && (m > e+1 || isWord(text, toks[e], "from")) && m+1 < hi && toks[m+1].flags&tWord != 0 && isDigit(text[toks[m+1].s]) {
			continue // "more than 50,000": a word of the number's
		}
		if end == m && m > e+1 && m+1 < hi && isWord(text, t, "of") && toks[m-1].flags&tUpper != 0 && toks[m+1].flags&(tWord|tUpper) == tWord|tUpper && toks[m+1].flags&cDet == 0 && toks[m+1].quote == 0 {
			named = true
			continue // "by the Ministry of Trade": a name's "of"
		}
		if end == m && m > e+1 && st.bodyNameFor(m, hi) {
			named = true
			continue // "by the Japan Institute for Labour Policy and Training": a body's name goes on after "for"
		}
		if named && end == m && m+1 < hi && toks[m-1].flags&(tWord|tUpper) == tWord|tUpper && toks[m+1].flags&(tWord|tUpper) == tWord|tUpper && toks[m+1].flags&cDet == 0 && toks[m+1].quote == 0 && st.hasListed(m, m+1, conjunctions) {
			continue // "the Agency for Natural Resources and Energy on Friday": the name's "and"
		}
		if end == m && m > e+1 && st.hasListed(m, m+1, conjunctions) {
			if n := st.plainRun(m+1, hi); n > m+1 {
				end = n // "figures compiled from 38 banks and exchange companies": both made them
			}
			break
		}
		if end == m && m > e+1 {
			if n := st.placeAfter(m, hi); n > m {
				end = n // "data from eight rain gauges in the area": a place that picks out the records
				break
			}
		}
		if t.flags&(cCue|cCueMW|cLink|cLinkMW) != 0 && t.flags&(tUpper|cStop|cAux|cPron|cTime|cPrep) == tUpper && m > e+1 && toks[m-1].flags&(tWord|tUpper) == tWord|tUpper {
			end = m + 1 // "a tally by the Associated Press": a cue's word in capitals goes on the maker's name
			continue
		}
		if t.flags&(cStop|cAux|cPron|cCue|cCueMW|cLink|cLinkMW|cTime|cPrep) != 0 || verbLike(text, t) {
			break
		}
		end = m + 1
	}
	return end
}

// bodyPortfolioEnd returns the end of the list of portfolios that the
// comma at toks[m] opens inside a body's name, "the Ministry of
// Environment, Water and Agriculture": capitalised words, the first a
// word of [portfolioWords], and commas, up to an "and" (after a serial
// comma too) and the capitalised words after it. A title or a role in
// the list ("the Ministry of Health, Labour Minister …") or a word no
// list of portfolios may hold ends it with none. It returns m where no
// list follows. The look is bounded to eight words.
func (st *attrState) bodyPortfolioEnd(m, hi int) int {
	toks, text := st.toks, st.text
	if m+1 >= hi || toks[m].flags&tWord != 0 || toks[m-1].flags&tUpper == 0 || !capitalisedListWord(text, toks[m+1]) || !st.d.lex.containsToken(portfolioWords, text, toks[m+1]) {
		return m
	}
	end := m
	and := false
	for x := m + 1; x < hi && x <= m+8; x++ {
		t := toks[x]
		switch {
		case t.flags&tWord == 0:
			if and || t.flags&tComma == 0 || toks[x-1].flags&tWord == 0 {
				return end
			}
		case isWord(text, t, "and"):
			if and || toks[x-1].flags&tUpper == 0 && toks[x-1].flags&tComma == 0 {
				return m
			}
			and = true
		case !capitalisedListWord(text, t) || t.flags&(cRole|cTitle) != 0:
			return end
		case and:
			end = x + 1
		}
	}
	return end
}

// nameOfBefore reports whether the phrase [i, e) ends in a name's "of"
// and one to three capitalised words after it, "the Ministry of
// Environment", where a list of portfolios may go on after a comma.
func (st *attrState) nameOfBefore(i, e int) bool {
	toks := st.toks
	for k := e - 1; k > i+1 && k >= e-3; k-- {
		if toks[k].flags&(tWord|tUpper) != tWord|tUpper {
			return false
		}
		if isWord(st.text, toks[k-1], "of") {
			return toks[k-2].flags&(tWord|tUpper) == tWord|tUpper
		}
	}
	return false
}

// chainPlaces lists the head nouns of a place or an area: "area",
// "region", "province".
const chainPlaces List = "chainplaces"

// placeAfter returns the end of a phrase of place that "in" or "at" at
// toks[m] opens, "in the area", "in Punjab province", "at the border",
// "in Gunma Prefecture", "in Hokkaido": its head is a noun of
// [chainPlaces] or its words are a place's name. A time ("in March",
// "in recent days") or any other phrase ("in the quake") is none. It
// returns m where there is none.
func (st *attrState) placeAfter(m, hi int) int {
	toks, text := st.toks, st.text
	if m+1 >= hi || !isWord(text, toks[m], "in") && !isWord(text, toks[m], "at") || st.dateEnd(m, hi) > m || st.timeAt(m+1, hi) {
		return m
	}
	p := phraseRight(text, toks, m+1, hi)
	if p <= m+1 {
		return m
	}
	h := st.phraseHead(m+1, p)
	if h <= m || toks[h].quote != 0 {
		return m
	}
	if st.hasListed(h, h+1, chainPlaces) {
		return h + 1
	}
	s := m + 1
	if toks[s].flags&cDet != 0 {
		s++
	}
	if s < h+1 && toks[s].flags&tUpper != 0 && st.placeName(s, h+1) {
		return h + 1
	}
	return m
}

// bodyNameFor reports whether the "for" at toks[m] goes on with a
// body's name: it follows a capitalised head noun of a body ([chainBodies]
// or a source noun, "Institute", "Agency", "Ministry") and a capitalised
// word that is no article and no news agency's name comes after it, "the
// Japan Institute for Labour Policy and Training", "the Centre for
// Strategic and International Studies". "for" before a word in lower
// case or a number ("for the ministry", "for 2024") ends the name, and
// so does a client named after a pollster that is no body ("a poll by
// Ipsos for Reuters").
func (st *attrState) bodyNameFor(m, hi int) bool {
	toks := st.toks
	if m+1 >= hi || !isWord(st.text, toks[m], "for") {
		return false
	}
	h, n := toks[m-1], toks[m+1]
	if h.flags&(tWord|tUpper) != tWord|tUpper || h.quote != 0 || h.flags&cSrcNoun == 0 && !st.hasListed(m-1, m, chainBodies) {
		return false
	}
	return n.flags&(tWord|tUpper) == tWord|tUpper && n.flags&cDet == 0 && n.quote == 0 && !st.hasListed(m+1, m+2, Agencies)
}

// acronymInBrackets reports whether toks[k] opens one capitalised word
// in brackets after a capitalised word, the short name of the name
// before it: "(Conagua)" after "the National Water Commission", "(INE)".
// A year or a note in lower case ("(2023)", "(in Spanish)") names
// nothing.
func (st *attrState) acronymInBrackets(k, hi int) bool {
	toks := st.toks
	if k+2 >= hi || toks[k].flags&tParen == 0 || toks[k+2].flags&tParen == 0 || toks[k-1].flags&(tWord|tUpper) != tWord|tUpper {
		return false
	}
	a := toks[k+1]
	return a.flags&(tWord|tUpper) == tWord|tUpper && a.quote == 0 && st.text[toks[k].s] == '(' && st.text[toks[k+2].s] == ')'
}

// ingBeforeNoun reports whether toks[m], a lower-case word in -ing,
// is an adjective before the noun after it, "exporting countries",
// "participating central banks", not a gerund before its object
// ("monitoring the dams"): a plain word in lower case follows, of no
// class of the grammar and no verb's form.
func (st *attrState) ingBeforeNoun(m, hi int) bool {
	t := st.toks[m]
	if m+1 >= hi || t.flags&(tWord|tUpper) != tWord || t.flags&(cStop|cAux|cPron|cLink|cLinkMW) != 0 || !st.isParticiple(m) {
		return false
	}
	n := st.toks[m+1]
	return n.flags&(tWord|tUpper) == tWord && n.quote == 0 && n.flags&(cStop|cAux|cPron|cDet|cPrep|cTime|cCue|cCueMW|cLink|cLinkMW) == 0 && !verbLike(st.text, n)
}

// plainRun returns the end of the few plain words from toks[k] (no
// small word, cue, time or verb) when they run to the end of the
// sentence or a comma: the second of two makers joined by "and",
// "banks and exchange companies.", not the subject of a clause, "the
// bureau and prices rose". It returns k otherwise.
func (st *attrState) plainRun(k, hi int) int {
	toks := st.toks
	for m := k; m < hi && m < k+maxBodyField; m++ {
		t := toks[m]
		if m > k && t.flags&(tEnd|tComma) != 0 {
			return m
		}
		if t.flags&tWord == 0 || t.quote != 0 || t.flags&(cStop|cAux|cPron|cCue|cCueMW|cLink|cLinkMW|cTime|cPrep) != 0 || verbLike(st.text, t) {
			return k
		}
		if m+1 == hi {
			return hi
		}
	}
	return k
}

// chainBodies lists the head nouns of a public body: "department",
// "bureau", "authorities".
const chainBodies List = "chainbodyheads"

// bodyHead reports whether the head of the phrase [i, j), its word
// before the first preposition or its last, is a body of [chainBodies]:
// "the provincial bureau of statistics", "the city's transport bureau",
// not "higher office rents" or "a lack of authority".
func (st *attrState) bodyHead(i, j int) bool {
	return st.headIn(i, j, chainBodies)
}

// pluralRole reports whether toks[k] is the plural of a role noun:
// "prosecutors", "envoys".
func (st *attrState) pluralRole(k int) bool {
	t := st.toks[k]
	w := st.text[t.s:t.e]
	return t.flags&tWord != 0 && len(w) > 3 && w[len(w)-1] == 's' && st.d.lex.Contains(Roles, w[:len(w)-1])
}

// pastPossessor returns the first token after a possessor that opens the
// phrase [i, j), "Brazil's suspension", "its report": the head after it
// tells whether a source or a reason is cited. It returns i where no
// possessor opens the phrase.
func (st *attrState) pastPossessor(i, j int) int {
	for k := i; k < j && k < i+4; k++ {
		t := st.toks[k]
		if t.flags&tWord == 0 || t.quote != 0 || isPrep(t) || k > i && st.pastParticiple(k) {
			break // "statistics from its members", "emails seen by its reporters": a possessor after a preposition or a participle opens no phrase
		}
		if possessive(st.text, t) {
			if k+1 < j {
				return k + 1
			}
			break
		}
		if k+2 < j && pluralPossessiveMark(st.text, st.toks, i, k+1, j) {
			return k + 2 // "the farmers' union"
		}
	}
	return i
}

// parenthetical reads the comma-enclosed phrase [i, j) between a subject
// and its cue. It returns the links it gives (", quoting Y,", ", in a
// statement carried by Y,") and the outer relay of ", monitored by Y," or
// ", quoted by Y,", if any. An appositive gives nothing.
func (st *attrState) parenthetical(i, j int) ([]Link, *Link) {
	toks, text := st.toks, st.text
	if i >= j || toks[i].flags&tWord == 0 {
		return nil, nil
	}
	t := toks[i]
	if ce := st.linkCueAt(i, j); ce > i+1 && st.isRelayCue(text[t.s:toks[ce-1].e]) {
		if e := phraseRight(text, toks, ce, j); e > ce {
			return nil, &Link{Cue: st.linkCue(i, ce), Source: *st.mention(ce, e)}
		}
		return nil, nil
	}
	if t.flags&cLink != 0 || isWord(text, t, "in") || st.linkCueAt(i, j) > i {
		via, _ := st.linksAfter(i, j) // ", carried by the news agency,"
		return via, nil
	}
	for m := i + 1; m+1 < j; m++ {
		// "the poll, conducted by DIMAP and published by the daily Bild,":
		// who made it stays in the phrase; where it came out is a level.
		if isWord(text, toks[m], "and") && st.linkCueAt(m+1, j) > m+1 {
			via, _ := st.linksAfter(m+1, j)
			return via, nil
		}
	}
	return nil, nil
}

// quotedAs reads the quoting constructions around "quoted" or "cited" at
// toks[i]: "X quoted Y as saying", "Y was quoted by X as saying", "Y was
// quoted as saying", "Y was cited in X as saying". It returns the token
// after what it consumed, or i where it is none of them.
func (st *attrState) quotedAs(lo, hi, i, ce, first int) int {
	toks, text := st.toks, st.text
	k := i - 1
	for k >= lo && st.isAdverb(k) {
		k--
	}
	passive := k >= lo && isBe(text, toks[k])
	for k >= lo && (toks[k].flags&cAux != 0 || st.isAdverb(k) || toks[k].flags&cTime != 0 && k > lo) {
		if toks[k].flags&cTime != 0 && k-1 > lo && st.isIn(toks[k-1], cTimeOpener) {
			k--
		}
		k--
	}
	subjEnd, pre, relay := st.parenBefore(lo, k)
	s := phraseLeft(text, toks, lo, subjEnd)
	if s < 0 {
		return i
	}
	if r := st.relativeSubject(lo, s, subjEnd); r >= 0 {
		s = r // "A statement issued after the talks quoted", "a diplomat who attended the meeting was quoted"
	}
	s = st.portfolioSubject(lo, s, subjEnd) // "the provincial directorate of agriculture and forestry was quoted", "Tourism, Culture and Digitalisation Committee chairman X was quoted"
	if pre == nil && relay == nil && st.appositiveName(s, subjEnd, k) {
		st.apposedName(s, subjEnd, k)
		subjEnd = k // "the head of the union, Arkady Zlobin, was quoted": the name is the source's
	} else if pre == nil && relay == nil && toks[s].flags&tUpper != 0 && s-1 > lo && toks[s-1].flags&tComma != 0 {
		// "The president of the association of exporters, Anecacao,
		// Inés Murillo, was quoted": the body's short name after the
		// role is the role's field, the name the person's.
		if r := phraseLeft(text, toks, lo, s-1); r >= 0 && r < s-1 && toks[r].flags&(cDet|cRole) != 0 && st.shortBodyName(s, subjEnd) && st.appositiveName(r, subjEnd, k) {
			st.apposedName(r, s-1, k)
			s, subjEnd = r, k
		}
	}
	subj := st.mention(s, subjEnd)
	a := attr{}
	j := ce
	// The end of a by-phrase after "as saying": "was quoted as saying by the NNA".
	tail := 0
	asSaying := func(j int) int { // the end of "as saying" at j, or 0
		if j+1 < hi && isWord(text, toks[j], "as") && toks[j+1].flags&cCue != 0 {
			return st.asCueEnd(j+1, hi)
		}
		return 0
	}
	if passive {
		var by *Mention
		byCue := Span{}
		if j+1 < hi && (isWord(text, toks[j], "by") || isWord(text, toks[j], "in")) {
			if e := st.outletNounAfter(j+1, phraseRight(text, toks, j+1, hi), hi); e > j+1 {
				by = st.mention(j+1, e)
				byCue = st.span(toks[i].s, toks[j].e)
				j = e
			}
		}
		if by != nil {
			// "was quoted by the Hokkoku Shimbun, a local newspaper, as
			// saying": the appositive or relative clause after the
			// outlet is left out of its phrase.
			if m2 := st.apposedAsSaying(j, hi); m2 > j {
				j = m2 + 1
			}
		}
		j = st.skipTime(j, hi)
		as := asSaying(j)
		bare := false // quoted with no "as saying"
		if as == 0 && by != nil && (j >= hi || toks[j].flags&tEnd != 0) && s > lo && toks[s-1].flags&(tComma|tClose) != 0 {
			// "“…,” he was quoted by Sky News.": the quotation before is
			// what was quoted.
			as, bare = j, true
			a.Source, a.Cue = by, byCue
			a.Via = []Link{{Cue: st.span(toks[i].s, toks[i].e), Source: *subj}}
		}
		if as == 0 {
			return i
		}
		if by == nil && as+1 < hi && isWord(text, toks[as], "by") {
			if e := st.outletNounAfter(as+1, phraseRight(text, toks, as+1, hi), hi); e > as+1 {
				by = st.mention(as+1, e)
				byCue = st.span(toks[i].s, toks[i].e)
				tail = e
			}
		}
		switch {
		case bare: // read above
		case by != nil:
			a.Source, a.Cue = by, byCue
			a.Via = []Link{{Cue: st.span(toks[j].s, toks[as-1].e), Source: *subj}}
		default:
			a.Source, a.Cue = subj, st.span(toks[i].s, toks[as-1].e)
		}
		j = as
	} else {
		e := phraseRight(text, toks, j, hi)
		if j < hi && toks[j].flags&cPossDet != 0 && asSaying(j+1) > 0 {
			e = j + 1 // "quoted her as saying": a possessive's form with no noun after it is the object pronoun
		}
		if e <= j {
			return i
		}
		obj := st.mention(j, e)
		m := e
		if m2 := st.apposedAsSaying(m, hi); m2 > m {
			// "quoted Tran Cong Due, deputy director of …, as saying".
			if st.appositiveName(j, e, m2) {
				st.apposedName(j, e, m2)
				obj = st.mention(j, m2) // "quoted Bahrain's Minister of Industry, Fatima Al-Doseri, as saying"
			}
			m = m2 + 1
		}
		m = st.skipTime(m, hi)
		as := asSaying(m)
		if as == 0 {
			return i
		}
		a.Source, a.Cue = subj, st.span(toks[i].s, toks[i].e)
		a.Via = append(pre, Link{Cue: st.span(toks[m].s, toks[as-1].e), Source: *obj})
		if relay != nil && pre == nil {
			// "Tehran radio, monitored by the BBC, quoted Y as saying".
			a.Via = []Link{{Cue: a.Cue, Source: *subj}, a.Via[0]}
			m := relay.Source
			a.Source, a.Cue = st.keepMention(m), relay.Cue
		}
		j = as
	}
	if tail == 0 {
		if via, end := st.linksAfter(st.skipTime(j, hi), hi); len(via) > 0 {
			// "quoted Y as saying in a statement that …": the document
			// carries Y's words, a level after Y.
			a.Via = append(slices.Clip(a.Via), via...)
			j = end
		}
	}
	// "“…,” X was quoted by Y as saying on Sunday.": a time after "as
	// saying" ends the sentence, and the quotation before is the words.
	if s > lo && toks[s-1].flags&(tComma|tClose) != 0 && !st.hasWords(st.skipTime(max(j, tail), hi), hi, 1) {
		e := s - 1
		if toks[e].flags&tClose != 0 {
			e++
		}
		a.Content = st.contentBefore(lo, e)
	} else {
		a.Content = st.contentSpan(j, hi)
	}
	st.out = append(st.out, a)
	return j
}

// apposedAsSaying returns the comma that closes a phrase set off by the
// comma at toks[m] when "as" and a cue follow it: an appositive or a
// relative clause between the quoted or quoting party and "as saying"
// ("quoted Tran Cong Due, deputy director of …, as saying", "was quoted
// by the Hokkoku Shimbun, a local newspaper, as saying", "cited by X,
// which is close to the government, as saying"). It returns m where
// toks[m] is no comma or no such comma follows within 25 tokens.
func (st *attrState) apposedAsSaying(m, hi int) int {
	toks, text := st.toks, st.text
	if m >= hi || toks[m].flags&tComma == 0 {
		return m
	}
	for m2 := m + 1; m2+2 < hi && m2 < m+25; m2++ {
		if toks[m2].flags&tComma == 0 {
			continue
		}
		if a := st.skipTime(m2+1, hi); a+1 < hi && isWord(text, toks[a], "as") && toks[a+1].flags&cCue != 0 {
			return m2 // "…, a local newspaper, on Tuesday as saying"
		}
	}
	return m
}

// asCueEnd returns the end of the cue verb at toks[i] after the "as" of
// "quoted Y as saying": the whole verb where it is one of several words
// ("as calling for", "as calling on"), so that the particle is the cue's
// and not the content's; else i+1.
func (st *attrState) asCueEnd(i, hi int) int {
	if st.toks[i].flags&cCueMW != 0 {
		if ce, _, kind := st.multiCue(i, hi); ce > i && kind == CueVerbs {
			return ce
		}
	}
	return i + 1
}

// shortBodyName reports whether toks[s:e] is a body's short name set off
// after a role: one or two capitalised words, none a title or a role
// ("Anecacao", "the FAO"), so that a person's name after it is the
// role's holder.
func (st *attrState) shortBodyName(s, e int) bool {
	if e-s < 1 || e-s > 2 {
		return false
	}
	for m := s; m < e; m++ {
		if st.toks[m].flags&(tWord|tUpper) != tWord|tUpper || st.toks[m].flags&(cTitle|cRole) != 0 {
			return false
		}
	}
	return true
}

// outletNounAfter returns the end of the phrase [i, e) read on over a
// noun of an outlet in lower case ([chainRelayNouns]) right after a name
// in capitals, which phraseRight ends before a word in lower case:
// "quoted by Al Sharq newspaper as saying", "by Mosaique FM radio". The
// noun is the name's, as "the daily Al Sharq" holds it before. It
// returns e where no such noun follows.
func (st *attrState) outletNounAfter(i, e, hi int) int {
	toks := st.toks
	if e <= i || e >= hi || toks[e-1].flags&(tWord|tUpper) != tWord|tUpper || toks[e].flags&(tWord|tUpper) != tWord || toks[e].quote != 0 {
		return e
	}
	if !st.hasListed(e, e+1, chainRelayNouns) {
		return e
	}
	return e + 1
}

func isBe(text string, t token) bool {
	for _, w := range [...]string{"was", "were", "is", "are", "been", "being", "be"} {
		if isWord(text, t, w) {
			return true
		}
	}
	return false
}

// ownVenue reports whether link l, the first after a cue whose source is
// the phrase [s, e), is the source's own venue and the source a news
// outlet, "The broadcaster MDR reported on its website", "the daily said
// on its website": chains-conventions make no level of an outlet's own
// outlet, as of "reported in its Saturday edition". A body's website is
// a level ("the ministry said on its website").
func (st *attrState) ownVenue(s, e int, l Link) bool {
	if l.Cue.Text != "on" && l.Cue.Text != "in" {
		return false
	}
	v, ve := st.tokenAt(l.Source.Start), st.tokenAt(l.Source.End)
	if v+1 >= ve || st.toks[v].flags&cPossDet == 0 || !isWord(st.text, st.toks[v], "its") && !isWord(st.text, st.toks[v], "their") || !st.hasListed(v+1, ve, cueVenueNouns) {
		return false // "in its annual report": a document, a level of its own
	}
	if st.station(s, e) || st.publication(s, e) || st.hasListed(s, e, Agencies) {
		return true
	}
	// "the newspaper", "the broadcaster MDR", "the state news agency";
	// not "the statistics agency", a body.
	return st.hasListed(s, e, chainRelayNouns) && (!st.hasWord(s, e, "agency") || st.hasWord(s, e, "news"))
}
