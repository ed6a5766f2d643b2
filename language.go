package wirestory

import (
	"encoding/binary"
	"math/bits"
)

// looksEnglish reports whether a story reads as English, judged from its
// commonest short words in the first few kilobytes; reading stops once
// one side leads by decisiveLead words, which plain copy reaches within
// its first sentences. The attribution stage
// knows English grammar only: on a German or French story it would take
// nouns for speakers, so Parse skips it there (quotations are still found).
//
// A word is a run of ASCII letters. The text is read eight bytes at a
// time (see letterBytes): a word of up to seven letters and the gap after
// it cost a load or two, not a turn of a loop a byte.
func looksEnglish(text string) bool {
	const window = 4 << 10
	if len(text) > window {
		text = text[:window]
	}
	lead := 0          // English's lead in half words: english >= other is lead >= 0
	afterName := false // the last word read began with a capital, or was a particle after one
	// x holds the eight bytes of text from i, m their letters.
	i := 0
	x := load8(text, i)
	m := letterBytes(x)
	for {
		// Find the next word: the first letter at or after i.
		for m == 0 {
			if i += 8; i >= len(text) {
				return lead >= 0
			}
			x = load8(text, i)
			m = letterBytes(x)
		}
		if k := bits.TrailingZeros64(m) >> 3; k > 0 {
			i += k
			x = load8(text, i)
			m = letterBytes(x)
		}
		// The word's letters are the run of letter bytes of x from its
		// first; a byte past the text loads as 0, no letter.
		n := bits.TrailingZeros64(^m&highBits) >> 3
		capital := x&0x20 == 0
		if n == 8 {
			// A word of eight letters or more: none is counted.
			for i += 8; ; i += 8 {
				x = load8(text, i)
				m = letterBytes(x)
				if k := bits.TrailingZeros64(^m&highBits) >> 3; k < 8 {
					i += k
					break
				}
			}
			afterName = capital
			x = load8(text, i)
			m = letterBytes(x)
			continue
		}
		particle := false
		if uint(n-2) <= 5-2 && x>>(8*n)&0x80 == 0 {
			// Counted in halves: a word that may be a name's particle is
			// half a word of its language, and none after a capital. A
			// word that runs on in a byte above 0x7F ("café") is none.
			switch languageOfPacked((x | lowerBits) & (1<<(8*n) - 1)) {
			case langEnglish:
				lead += 2
			case langOther:
				lead -= 2
			case langParticle:
				// "der" in "Ursula von der Leyen" is a name's, not German.
				if particle = afterName && !capital; !particle {
					lead--
				}
			}
			if uint(lead+decisiveLead-1) > 2*(decisiveLead-1) {
				return lead >= 0 // |lead| >= decisiveLead
			}
		}
		afterName = capital || particle
		// The next word most often starts within the bytes already read.
		if rest := m >> (8 * n); rest != 0 {
			i += n + bits.TrailingZeros64(rest)>>3
		} else {
			i += 8
		}
		x = load8(text, i)
		m = letterBytes(x)
	}
}

const (
	lowBits   = 0x0101010101010101
	highBits  = 0x80 * lowBits
	lowerBits = 0x20 * lowBits // the bit that lowers an ASCII capital, in every byte
)

// load8 returns the eight bytes of text from i, the first in the low
// byte; a byte past the end of text is 0.
func load8(text string, i int) uint64 {
	if i+8 <= len(text) {
		return binary.LittleEndian.Uint64([]byte(text[i : i+8]))
	}
	return load8Tail(text, i)
}

// load8Tail is load8 for fewer than eight bytes left.
func load8Tail(text string, i int) uint64 {
	var v uint64
	for k := len(text) - 1; k >= i; k-- {
		v = v<<8 | uint64(text[k])
	}
	return v
}

// letterBytes returns the high bit of every byte of x that is an ASCII
// letter, and no other bit: each byte, lowered and cut to seven bits, is
// compared with 'a' and 'z' by an addition that cannot carry into the
// next byte, and a byte above 0x7F is dropped.
func letterBytes(x uint64) uint64 {
	y := (x | lowerBits) &^ highBits
	atLeastA := y + (0x80-'a')*lowBits
	pastZ := y + (0x80-'z'-1)*lowBits
	return atLeastA &^ pastZ &^ x & highBits
}

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
// packed into v, its first letter in the low byte, as load8 reads it:
// one probe of a small table, cheaper than a map access or a switch of
// string compares per word.
func languageOfPacked(v uint64) int8 {
	for i := languageSlot(v); ; i = (i + 1) % uint64(len(languageTable)) {
		e := languageTable[i]
		if e&languageKey == v {
			return int8(e >> 56)
		}
		if e == 0 {
			return 0
		}
	}
}

func languageSlot(v uint64) uint64 { return v * 0x9E3779B97F4A7C15 >> 56 }

// languageTable is languageWords packed (see languageOfPacked) into an
// open-addressed table, a word in the low bytes of its entry and its
// language in the high byte, a zero entry marking a free slot. It is six
// times the size of the list, so that most words not in it are told by
// one probe.
var languageTable = func() (t [256]uint64) {
	for w, lang := range languageWords {
		var v uint64
		for i := len(w) - 1; i >= 0; i-- {
			v = v<<8 | uint64(w[i])
		}
		i := languageSlot(v)
		for t[i] != 0 {
			i = (i + 1) % uint64(len(t))
		}
		t[i] = v | uint64(lang)<<56
	}
	return t
}()

// languageKey is the part of an entry of languageTable that holds the
// word: its low seven bytes.
const languageKey = 1<<56 - 1
