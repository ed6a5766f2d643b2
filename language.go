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
	afterName := false // the last word read began with a capital, or was a particle after one
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
		capital := i < len(text) && 'A' <= text[i] && text[i] <= 'Z'
		particle := false
		if j-i >= 2 && j-i <= 5 && (j == len(text) || text[j] < 0x80) {
			// Counted in halves: a word that may be a name's particle is
			// half a word of its language, and none after a capital.
			switch languageOfPacked(v) {
			case langEnglish:
				english += 2
			case langOther:
				other += 2
			case langParticle:
				// "der" in "Ursula von der Leyen" is a name's, not German.
				if particle = afterName && !capital; !particle {
					other++
				}
			}
			if english-other >= decisiveLead || other-english >= decisiveLead {
				break
			}
		}
		afterName = capital || particle
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

// decisiveLead is the lead in half words of one language over the other
// that settles the question: a story that opens with sixteen more "the",
// "of" and "said" than "der", "le" and "el" is English whatever follows.
const decisiveLead = 2 * 16

// languageWords marks the commonest short words of English and of the
// other languages wire copy comes in. Some of the others are also the
// particles of names English copy is full of ("Ursula von der Leyen",
// "Carlos de la Fuente", "Abdel Fattah el-Sisi"): such a word counts
// half, and not at all right after a capitalised word or another such
// particle.
var languageWords = map[string]int8{
	"the": langEnglish, "and": langEnglish, "of": langEnglish, "to": langEnglish, "is": langEnglish, "was": langEnglish,
	"that": langEnglish, "said": langEnglish, "for": langEnglish, "with": langEnglish, "from": langEnglish, "has": langEnglish,
	// German
	"der": langParticle, "die": langOther, "das": langOther, "und": langOther, "ist": langOther, "den": langParticle,
	"dem": langOther, "des": langParticle, "nicht": langOther, "mit": langOther, "von": langParticle, "ein": langOther,
	"eine": langOther,
	// French
	"le": langParticle, "la": langParticle, "les": langOther, "et": langOther, "est": langOther, "une": langOther,
	"du": langParticle, "que": langOther, "dans": langOther, "pour": langOther,
	// Spanish
	"el": langParticle, "los": langParticle, "las": langParticle, "una": langOther, "por": langOther, "con": langOther,
	"del": langParticle,
}

// The values of languageWords.
const (
	langEnglish  = 1 // a word of English
	langOther    = 2 // a word of another language
	langParticle = 3 // a word of another language, or a particle of a name
)

// languageOfPacked is the language of a word of at most eight letters
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
