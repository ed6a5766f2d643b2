package wirestory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteKind decides what the quotation q is doing, from its words and the
// words right around it. It reads only a bounded window, so it costs a
// constant per quotation.
//
// A quotation that reads as a statement (it ends with its own sentence
// punctuation, or holds one) is direct or partial. One that follows a
// title cue ("the film", „die Zeitung“) or reads as a name (every word
// capitalised, digits or inner capitals: "New York Times", "iPod",
// "HD 13189") is a title; one after a scare cue ("so-called"), or a short
// term in a sentence that reports no speech, is a scare quote.
func quoteKind(d *doc, q quoteRange) QuoteKind {
	text, lex := d.text, d.lex
	forms := classesOf(lex).forms
	s, e := trimSpace(text, q.inStart, q.inEnd)
	if s >= e {
		return Scare
	}
	c, ok := statementStats(classesOf(lex), text[s:e])
	if !ok {
		c = scanContent(classesOf(lex), text[s:e])
	}
	if c.words == 0 {
		return Scare // marks around no word: "?!", "…"
	}
	statement := c.endPunct || c.sentences > 1
	prev, prevStart, sep := wordBefore(text, q.lo, q.start)
	// A quotation that opens its sentence, or stands after a colon, is a
	// statement of its own: „Nein“, sagte er. One after a comma, a
	// parenthesis or a dash stands apart from the words before it.
	sentenceStart := sep == 0 || sep == ':' || isSentenceEnd(sep) || unicode.Is(unicode.Quotation_Mark, sep)
	standalone := sentenceStart || sep == ',' || sep == ';' || sep == '(' || sep == '—' || sep == '–' || sep == '-'
	// Whether speech is reported around q: looked up once, when needed.
	speech := 0 // 0 not yet known, 1 no, 2 yes
	speechNear := func() bool {
		if speech == 0 {
			speech = 1
			if speechNearby(lex, text, q) {
				speech = 2
			}
		}
		return speech == 2
	}
	direct := Partial
	if sentenceStart || standalone && (statement || c.words > 1) {
		direct = Direct
	}
	long := c.words >= 8

	if sep == ' ' && prev != "" && !long {
		// Cues may have two words: "tropical storm", "so called".
		pair := ""
		if c.firstUpper || !statement {
			pair = wordPairBefore(text, q.lo, prevStart, prev)
		}
		if c.firstUpper && (isTitleCue(lex, prev) || pair != "" && forms.has(lex, pair, fTitleCue, titleCues)) {
			return Title // titles and names begin with a capital: the film “Casablanca”
		}
		if !statement && (forms.has(lex, prev, fScareCue, scareCues) || pair != "" && forms.has(lex, pair, fScareCue, scareCues)) {
			return Scare
		}
	}
	if statement && sep == ' ' && !sentenceStart && c.words >= 2 && c.words <= 6 {
		// "appeared on “Sunday Morning Futures,” where …": words all in
		// capitals, inside a sentence, with the comma American style puts
		// inside the marks, name a work or a group, not a statement.
		if n := scanContent(classesOf(lex), text[s:e]); n.capitals >= 2 && n.capitals+n.connectors == n.words && n.lastCapital && n.sentences <= 1 && !titleCased(text, q) {
			return Title
		}
	}
	if statement {
		return direct
	}
	// What follows: „X“-Befürworter, "X" (ABC), „X“ genannt, „X“, so Y.
	next, _ := utf8.DecodeRuneInString(text[q.end:min(len(text), q.end+4)])
	if next == '-' && c.words <= 3 {
		return Scare
	}
	if namedAfter(lex, text, q.end, q.hi) && c.words <= 5 {
		return Scare
	}
	if strings.HasPrefix(text[q.end:], ", ") {
		if w, _, stop := wordAfter(text, q.end+2, q.hi); !stop && forms.has(lex, w, fQuoteTail, quoteTails) {
			return direct // „…“, so der Minister
		}
	}
	if sep == ' ' && forms.has(lex, prev, fAsWord, asWords) && (!c.firstUpper || speechNear()) {
		return direct // a characterisation: bezeichnete den Plan als „Wortbruch“
	}
	if c.odd && c.words <= 3 || c.words >= 2 && c.capitals >= 2 && c.capitals+c.connectors == c.words &&
		c.lastCapital && c.words <= 9 && !titleCased(text, q) {
		return Title // a name: "HD 13189", "iPod", "Grand Old Party", "Man of the Match"
	}
	if hasAbbrevAfter(text, q.end, q.hi) && c.words <= 7 {
		return Title
	}
	if c.firstUpper && c.words <= 6 && next == ' ' {
		// A named source, glued to its verb: die „Kampagne X“ berichtete.
		if w, _, _ := wordAfter(text, q.end, q.hi); w != "" && w[0] >= 'a' && w[0] <= 'z' &&
			reportsSpeech(lex, w) {
			return Title
		}
	}
	if sep == ' ' && c.firstUpper && c.words <= 5 && forms.has(lex, prev, fArticle, articles) {
		// A named source: "schrieb die „Computerwoche“", "laut der „Welt“".
		if p2, _, sep2 := wordBefore(text, q.lo, prevStart); sep2 == ' ' &&
			(reportsSpeech(lex, p2) || isTitleCue(lex, p2) || forms.has(lex, p2, fAsWord, asWords)) {
			return Title
		}
	}
	if c.words >= 2 && !c.firstUpper {
		return direct
	}
	if long || c.words >= 4 {
		// A name ends in a capital and has no clause in it; a quoted
		// clause with no speech around it is still a quotation.
		if !standalone && c.lastCapital && !c.comma && !speechNear() {
			return Scare
		}
		return direct
	}
	if !speechNear() {
		return Scare
	}
	if c.firstUpper && c.words <= 2 && !sentenceStart && !(sep == ' ' && forms.has(lex, prev, fCharacteriser, characterisers)) {
		// A capitalised term after anything but "as" or "a" names a thing
		// more often than it quotes a word: die „Täter“, des „Landrush“.
		return Scare
	}
	return direct
}

// wordPairBefore returns the word prev, which starts at text[prevStart],
// with the word before it, or "" if no word stands before it within lo.
func wordPairBefore(text string, lo, prevStart int, prev string) string {
	if p2, p2Start, sep := wordBefore(text, lo, prevStart); sep == ' ' && p2 != "" {
		return text[p2Start : prevStart+len(prev)]
	}
	return ""
}

// namedAfter reports whether a naming word follows the quotation at
// text[i] within two words: „X“ genannt, „X“ bekannte.
func namedAfter(lex *Lexicon, text string, i, hi int) bool {
	for n := 0; n < 2; n++ {
		w, e, stop := wordAfter(text, i, hi)
		if stop {
			return false
		}
		if classesOf(lex).forms.has(lex, w, fNamedAfter, namedAfterWords) {
			return true
		}
		i = e
	}
	return false
}

// A contentStats describes the words of a quotation.
type contentStats struct {
	words, capitals int  // words, and words that begin with a capital or digit
	connectors      int  // small words inside names: of, the, de, du, am
	firstUpper      bool // the first word begins with a capital or digit
	lastCapital     bool // the last word begins with a capital or digit
	sentences       int  // sentences, counted by their ends
	endPunct        bool // ends with . ! ? … or a comma, as a quoted statement does
	comma           bool // has a comma inside: a clause or a list
	odd             bool // a word with digits, inner capitals or dots: "iPod", "A380", "heise.de"
}

// scanContent counts the words, capitals and sentences of s, the inside
// of a quotation without its marks, in one pass over at most 1 KB.
func scanContent(wc *wordClasses, s string) contentStats {
	if len(s) > maxScan {
		// A long quotation is a statement or a long name; its head and
		// its last character tell which, and the cost stays bounded.
		c := scanContent(wc, s[:quoteHead(s)])
		c.endPunct = endsStatement(longQuoteLast(s))
		return c
	}
	c, lastSig := scanWords(wc, s, len(s))
	c.sentences++
	c.endPunct = endsStatement(lastSig)
	// A single word with a final dot is an abbreviation more often than a
	// sentence ("Inc.").
	if c.words <= 1 && lastSig == '.' {
		c.endPunct = false
	}
	return c
}

// maxScan bounds the bytes of a quotation that scanContent reads.
const maxScan = 1024

// quoteHead returns the length of the head of a long quotation that
// scanContent reads: maxScan bytes, cut back to a rune's start.
func quoteHead(s string) int {
	head := maxScan
	for head > 0 && !utf8.RuneStart(s[head]) {
		head--
	}
	return head
}

// longQuoteLast returns the last character of a long quotation, looked
// for in its last 16 bytes.
func longQuoteLast(s string) rune {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s[len(s)-16:], unicode.IsSpace))
	return last
}

// statementWords is the most words of a statement that quoteKind reads:
// it asks only whether there are none, one, or at least eight.
const statementWords = 8

// statementStats gives the stats of s, the inside of a quotation, that
// ends as a statement does ("… at once.", "We will,"): quoteKind decides
// such a quotation from the count of its first statementWords words and
// whether the first is capitalised, so only those are read, by
// countWords, and the other counts are left zero. ok is false where scanContent would not
// find endPunct: the caller scans the whole.
func statementStats(wc *wordClasses, s string) (c contentStats, ok bool) {
	body, last := s, rune(0)
	if len(s) > maxScan {
		body, last = s[:quoteHead(s)], longQuoteLast(s)
	} else {
		last = lastNonSpace(s)
	}
	if !endsStatement(last) {
		return contentStats{}, false
	}
	c.words, c.firstUpper = countWords(body, statementWords)
	if len(s) <= maxScan && c.words <= 1 && last == '.' {
		return contentStats{}, false // perhaps an abbreviation: scanContent decides
	}
	c.sentences, c.endPunct = 1, true
	return c, true
}

// lastNonSpace returns the last rune of s that is no white space, or 0.
func lastNonSpace(s string) rune {
	for j := len(s); j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r < utf8.RuneSelf && !isSpaceByte(byte(r)) || r >= utf8.RuneSelf && !unicode.IsSpace(r) {
			return r
		}
		j -= n
	}
	return 0
}

// scanWords is scanContent's pass over s: it counts all but the final
// sentence and stops before the word after the first limit words. It
// returns the last rune that is no white space. Its words are
// countWords' words.
func scanWords(wc *wordClasses, s string, limit int) (c contentStats, lastSig rune) {
	inWord, first := false, true
	var prevR rune
	for i := 0; i < len(s); {
		b := s[i]
		r, n := rune(b), 1
		var letter bool
		if b < utf8.RuneSelf {
			letter = rsAlnum[b] != 0
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case letter && !inWord:
			if c.words == limit {
				return c, lastSig
			}
			inWord = true
			c.words++
			c.lastCapital = unicode.IsUpper(r) || unicode.IsDigit(r)
			if c.lastCapital {
				c.capitals++
			}
			if c.words == 1 {
				c.firstUpper = c.lastCapital
			} else if 'a' <= r && r <= 'z' {
				// A lower-case word is read to its end here, once: its
				// class bit says whether it links the words of a name.
				j := i + 1
				for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
					j++
				}
				if isNameLinkWord(wc, s, i, j) {
					c.connectors++
				}
				if j > i+1 {
					first, prevR, lastSig = false, rune(s[j-1]), rune(s[j-1])
					i = j
					continue
				}
			}
			first = true
		case letter && inWord:
			if !first && (unicode.IsUpper(r) && unicode.IsLower(prevR) || unicode.IsDigit(r) != unicode.IsDigit(prevR)) {
				c.odd = true
			}
		case r == '.' && inWord && i+1 < len(s) && unicode.IsLetter(rune(s[i+1])):
			c.odd = true // a domain: tagesschau.de
		case isSentenceEnd(r) || r == '…':
			if i+1 < len(s) && (s[i+1] == ' ') {
				c.sentences++
			}
			inWord = false
		case r == ',' && i+1 < len(s) && s[i+1] == ' ':
			c.comma = true
			inWord = false
		case r == '\'' || r == '’' || r == '-':
			// inside a word: don't, Jean-Luc
		default:
			inWord = false
		}
		if letter {
			first = false
		}
		prevR = r
		if r < utf8.RuneSelf && !isSpaceByte(byte(r)) || r >= utf8.RuneSelf && !unicode.IsSpace(r) {
			lastSig = r
		}
		i += n
		if 'a' <= r && r <= 'z' {
			// The rest of a run of lower-case letters changes nothing
			// but the last letter seen.
			j := i
			for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
				j++
			}
			if j > i {
				i = j
				prevR, lastSig = rune(s[j-1]), rune(s[j-1])
			}
		}
	}
	return c, lastSig
}

// countWords counts the words of s as scanWords does, up to limit, and
// reports whether the first begins with a capital or a digit: all that
// statementStats needs, at a few instructions a byte where scanWords'
// counts of names cost tens. A word is a run of letters and digits, with
// apostrophes, hyphens and a full stop before a letter (heise.de) inside
// it; any other character ends it.
func countWords(s string, limit int) (words int, firstUpper bool) {
	inWord := false
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case rsAlnum[b] != 0:
				if !inWord {
					if words == limit {
						return words, firstUpper
					}
					words++
					if words == 1 {
						firstUpper = rsAlnum[b] == rsUpper || isDigit(b)
					}
					inWord = true
				}
				for i++; i < len(s) && rsAlnum[s[i]] != 0; i++ {
				}
				continue
			case b == '\'' || b == '-':
			case b == '.' && inWord && i+1 < len(s) && unicode.IsLetter(rune(s[i+1])):
			default:
				inWord = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				if words == limit {
					return words, firstUpper
				}
				words++
				if words == 1 {
					firstUpper = unicode.IsUpper(r) || unicode.IsDigit(r)
				}
				inWord = true
			}
		case r == '’':
		default:
			inWord = false
		}
		i += n
	}
	return words, firstUpper
}

// isNameLinkWord reports whether s[i:j], a run of lower-case ASCII
// letters, is a word of list NameLinks: its class bit, which the word's
// one probe gives. A run that goes on in a capital, a digit or a letter
// beyond ASCII is none.
func isNameLinkWord(wc *wordClasses, s string, i, j int) bool {
	if j-i >= 31 || wc.forms.nameLinkLens&(1<<(j-i)) == 0 || wc.forms.nameLinkFirsts&(1<<(s[i]-'a')) == 0 {
		return false
	}
	if j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && rsAlnum[c] != 0 {
			return false // the word goes on
		} else if r, _ := utf8.DecodeRuneInString(s[j:]); c >= utf8.RuneSelf && classOf(r) == classAlnum {
			return false // in a letter beyond ASCII: "Bank ofÉ" is no "of"
		}
	}
	w := s[i:j]
	return wc.lookupWord(w, wcHashString(w))&cNameLink != 0 // lower-case ASCII, as the keys are
}

// glued is the separator wordBefore reports for a word that touches the
// quotation, as in X„Y“: neither a space nor a mark that sets it apart.
const glued = '~'

// maxGap bounds the spaces and marks skipped between two words, so that
// looking around a quotation costs a constant.
const maxGap = 32

// wordBefore returns the word that ends right before text[i], looking no
// further back than lo, its start, and what separates it from i: ' ' for
// spaces only, the punctuation rune if there is any, glued for nothing,
// 0 at lo.
func wordBefore(text string, lo, i int) (word string, start int, sep rune) {
	j := i
	for j > lo {
		r, n := rune(text[j-1]), 1 // ASCII, mostly: no rune to decode
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(text[lo:j])
		}
		if classOf(r) != classSpace {
			break
		}
		j -= n
		sep = ' '
		if i-j >= maxGap {
			return "", j, 0 // a long run of spaces ends the look
		}
	}
	if j <= lo {
		return "", j, 0
	}
	r := rune(text[j-1])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeLastRuneInString(text[lo:j])
	}
	if classOf(r) != classAlnum {
		return "", j, r
	}
	k := j
	for stop := max(lo, i-64); k > stop; { // one bound to test
		if c := text[k-1]; c < utf8.RuneSelf {
			if rsAlnum[c] == 0 && c != '-' {
				break
			}
			k-- // an ASCII letter, digit or hyphen: no rune to decode
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[lo:k])
		if classOf(r) != classAlnum && r != '-' {
			break
		}
		k -= n
	}
	if sep == 0 {
		sep = glued
	}
	return text[k:j], k, sep
}

// isTitleCue reports whether w is a title cue, or a German compound that
// ends in one of at least four letters ("Tageszeitung", "ARD-Fernsehserie").
func isTitleCue(lex *Lexicon, w string) bool {
	forms := classesOf(lex).forms
	if forms.has(lex, w, fTitleCue, titleCues) {
		return true
	}
	for i := 1; i+4 <= len(w); i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		tail := w[i:]
		if utf8.RuneCountInString(tail) < 4 {
			break
		}
		if forms.has(lex, tail, fTitleCue, titleCues) {
			return true
		}
	}
	return false
}

// hasAbbrevAfter reports whether a name's abbreviation follows text[i]:
// ` (ACS)` or `, kurz FIFA`.
func hasAbbrevAfter(text string, i, hi int) bool {
	j := i
	for j < hi && j-i < maxGap && text[j] == ' ' {
		j++
	}
	if j < hi && text[j] == '(' {
		k := j + 1
		caps := 0
		for k < hi && k-j < 12 && ('A' <= text[k] && text[k] <= 'Z' || text[k] == '-' || text[k] == '.' || '0' <= text[k] && text[k] <= '9') {
			if 'A' <= text[k] && text[k] <= 'Z' {
				caps++
			}
			k++
		}
		return caps >= 2 && k < hi && text[k] == ')'
	}
	return false
}

// speechNearby reports whether a speech signal stands in the sentence of
// q, looking at most eight words to either side: speech further off
// is seldom about this quotation.
func speechNearby(lex *Lexicon, text string, q quoteRange) bool {
	inSentence := func(sep rune) bool { return sep != 0 && !isSentenceEnd(sep) }
	return anyWordAround(text, q, 8, inSentence, func(w string) bool { return isSpeechWord(lex, w) })
}

// titleCased reports whether the words around q are capitalised, as in a
// headline ("Ryan Says ‘Hateful Images’ Have No Place"), where capitals
// say nothing about names. It reads at most six words to either side.
func titleCased(text string, q quoteRange) bool {
	words, caps := 0, 0
	count := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) <= 3 && unicode.IsLower(r) {
			return false // small words stay lower case in headlines: a, in, of
		}
		words++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
		return false
	}
	inHeadline := func(sep rune) bool { return sep == ' ' || sep == '’' || sep == '\'' || sep == '-' || sep == ':' }
	anyWordAround(text, q, 6, inHeadline, count)
	return words >= 4 && caps == words
}

// anyWordAround reports whether f holds for one of the words around q,
// trying them nearest first: at most reach steps back, passing
// punctuation for which goOn holds and stopping at any other, and at most
// reach words on, stopping at the end of the sentence.
func anyWordAround(text string, q quoteRange, reach int, goOn func(sep rune) bool, f func(w string) bool) bool {
	i := q.start
	for n := 0; n < reach && i > q.lo; n++ {
		w, ws, sep := wordBefore(text, q.lo, i)
		if w == "" {
			if !goOn(sep) {
				break
			}
			_, size := utf8.DecodeLastRuneInString(text[q.lo:ws])
			i = ws - size
			continue
		}
		if f(w) {
			return true
		}
		i = ws
	}
	i = q.end
	for n := 0; n < reach && i < q.hi; n++ {
		w, we, stop := wordAfter(text, i, q.hi)
		if stop {
			break
		}
		if f(w) {
			return true
		}
		i = we
	}
	return false
}

// isSentenceEnd reports whether r is a full stop, a question mark or an
// exclamation mark.
func isSentenceEnd(r rune) bool { return r == '.' || r == '!' || r == '?' }

// endsStatement reports whether a quotation that ends with r reads as a
// quoted statement: "… at once." or "We will," she said.
func endsStatement(r rune) bool {
	switch r {
	case '.', '!', '?', '…', ',', ';':
		return true
	}
	return false
}

// isSpeechWord reports whether w shows that its sentence reports speech,
// by its meaning or by its mood (sei, habe).
func isSpeechWord(lex *Lexicon, w string) bool {
	if e, ok := classesOf(lex).forms.find(w); ok {
		return e != nil && e.flags&(fSignal|fCueVerb|fMood) != 0
	}
	return reportsSpeech(lex, w) || lex.Contains(speechMoods, w)
}

// reportsSpeech reports whether w is a speech signal or a cue verb: a
// word that reports what someone said.
func reportsSpeech(lex *Lexicon, w string) bool {
	if e, ok := classesOf(lex).forms.find(w); ok {
		return e != nil && e.flags&(fSignal|fCueVerb) != 0
	}
	return lex.Contains(speechSignals, w) || lex.Contains(CueVerbs, w)
}

// wordAfter returns the next word from text[i], no further than hi, and
// where it ends; stop is true at the end of the sentence.
func wordAfter(text string, i, hi int) (word string, end int, stop bool) {
	j := i
	for j < hi {
		if j-i >= maxGap {
			return "", j, true // a long run of marks and spaces ends the look
		}
		r, n := utf8.DecodeRuneInString(text[j:hi])
		if classOf(r) == classAlnum {
			break
		}
		if isSentenceEnd(r) && (j+n == hi || text[j+n] == ' ') {
			return "", j + n, true
		}
		j += n
	}
	if j >= hi {
		return "", hi, true
	}
	k := j
	for stop := min(hi, j+64); k < stop; { // one bound to test
		if c := text[k]; c < utf8.RuneSelf {
			if rsAlnum[c] == 0 && c != '-' {
				break
			}
			k++ // an ASCII letter, digit or hyphen: no rune to decode
			continue
		}
		r, n := utf8.DecodeRuneInString(text[k:hi])
		if classOf(r) != classAlnum && r != '-' {
			break
		}
		k += n
	}
	if k == j {
		k = j + 1
	}
	return text[j:k], k, false
}
