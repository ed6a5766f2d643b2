package wirestory

// looksEnglish reports whether a story reads as English, judged from its
// commonest short words in the first few kilobytes; reading stops once
// one side leads by decisiveLead words, which plain copy reaches within
// its first sentences. The attribution stage
// knows English grammar only: on a German or French story it would take
// nouns for speakers, so Parse skips it there (quotations are still found).
func looksEnglish(text string) bool {
	const window = 4 << 10
	if len(text) > window {
		text = text[:window]
	}
	english, other := 0, 0
	for i := 0; i < len(text); {
		for i < len(text) && asciiLetterLower[text[i]] == 0 {
			i++
		}
		// The word is packed as it is read (see languageOfPacked); a
		// word longer than eight letters overflows v, but is never
		// looked up.
		j := i
		var v uint64
		for j < len(text) {
			l := asciiLetterLower[text[j]]
			if l == 0 {
				break
			}
			v = v<<8 | uint64(l)
			j++
		}
		if j-i >= 2 && j-i <= 5 && (j == len(text) || text[j] < 0x80) {
			switch languageOfPacked(v) {
			case 1:
				english++
			case 2:
				other++
			}
			if english-other >= decisiveLead || other-english >= decisiveLead {
				break
			}
		}
		i = j
	}
	return english >= other
}

// asciiLetterLower maps an ASCII letter to its lower case and any other
// byte to 0: one load and one test a byte where looksEnglish reads.
var asciiLetterLower = func() (t [256]byte) {
	for c := range 256 {
		if isASCIILetter(byte(c)) {
			t[c] = byte(c) | 0x20
		}
	}
	return t
}()

// decisiveLead is the lead in words of one language over the other that
// settles the question: a story that opens with sixteen more "the", "of"
// and "said" than "der", "le" and "el" is English whatever follows.
const decisiveLead = 16

// languageWords marks the commonest short words of English (1) and of the
// other languages wire copy comes in (2).
var languageWords = map[string]int8{
	"the": 1, "and": 1, "of": 1, "to": 1, "is": 1, "was": 1, "that": 1, "said": 1, "for": 1, "with": 1, "from": 1, "has": 1,
	// German
	"der": 2, "die": 2, "das": 2, "und": 2, "ist": 2, "den": 2, "dem": 2, "des": 2, "nicht": 2, "mit": 2, "von": 2, "ein": 2, "eine": 2,
	// French
	"le": 2, "la": 2, "les": 2, "et": 2, "est": 2, "une": 2, "du": 2, "que": 2, "dans": 2, "pour": 2,
	// Spanish
	"el": 2, "los": 2, "las": 2, "una": 2, "por": 2, "con": 2, "del": 2,
}

// languageOf is languageWords[w], through the table looksEnglish uses.
func languageOf(w string) int8 {
	if len(w) > 8 {
		return 0
	}
	var v uint64
	for i := 0; i < len(w); i++ {
		v = v<<8 | uint64(w[i])
	}
	return languageOfPacked(v)
}

// languageOfPacked is languageOf for a word of at most eight letters
// packed into v a byte at a time: one probe of a small table, cheaper
// than a map access or a switch of string compares per word.
func languageOfPacked(v uint64) int8 {
	for i := languageSlot(v); ; i = (i + 1) % uint64(len(languageTable)) {
		e := &languageTable[i]
		if e.v == v {
			return e.lang
		}
		if e.v == 0 {
			return 0
		}
	}
}

func languageSlot(v uint64) uint64 { return v * 0x9E3779B97F4A7C15 >> 57 }

// languageTable is languageWords packed (see languageOfPacked) into an
// open-addressed table, a zero key marking a free slot.
var languageTable = func() (t [128]struct {
	v    uint64
	lang int8
}) {
	for w, lang := range languageWords {
		var v uint64
		for i := 0; i < len(w); i++ {
			v = v<<8 | uint64(w[i])
		}
		i := languageSlot(v)
		for t[i].v != 0 {
			i = (i + 1) % uint64(len(t))
		}
		t[i].v, t[i].lang = v, lang
	}
	return t
}()
