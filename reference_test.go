package wirestory

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The readings the library replaced with faster ones, kept as the
// references their tests compare the fast paths with.

// lookup returns the classes of the folded word w by hashing it whole, as
// tokenize's one probe must find them.
func (wc *wordClasses) lookup(w []byte) tokFlags {
	h := wcHashInit
	for _, c := range w {
		h = wcHashByte(h, c)
	}
	return wc.lookupHashed(w, h)
}

// lookupHashed is lookup with the word's wcHash h.
func (wc *wordClasses) lookupHashed(w []byte, h uint32) tokFlags {
	if !wc.mayHold(h) {
		return 0
	}
	for i := h & wc.mask; ; i = (i + 1) & wc.mask {
		e := &wc.table[i]
		if e.h == h && e.key == string(w) {
			return e.flags
		}
		if e.key == "" {
			return 0
		}
	}
}

// languageOf is languageWords[w], through the flags tokenize gives a
// word that languageCount reads: 0 unless w is one word.
func languageOf(w string) int8 {
	toks := tokenize(nil, w, 0, len(w), classesOf(nil))
	if len(toks) != 1 || toks[0].s != 0 || toks[0].e != len(w) {
		return 0
	}
	for lang, f := range langFlags {
		if f != 0 && toks[0].flags&(lEnglish|lOther) == f {
			return int8(lang)
		}
	}
	return 0
}

// englishByMap is languageCount's reading of toks, the tokens of text
// from its first, with languageWords asked for each word lowered: the
// table must give its answer on every text.
func englishByMap(text string, toks []token) bool {
	lead, afterName := 0, false
	for _, t := range toks {
		if t.flags&tWord == 0 {
			continue
		}
		if t.s >= languageWindow {
			break
		}
		capital := t.flags&tUpper != 0
		particle := false
		if n := t.e - t.s; n >= 2 && n <= 5 && t.flags&tNonASCII == 0 {
			switch languageWords[strings.ToLower(text[t.s:t.e])] {
			case langEnglish:
				lead += 2
			case langOther:
				lead -= 2
			case langParticle:
				if particle = afterName && !capital; !particle {
					lead--
				}
			}
			if lead >= decisiveLead || lead <= -decisiveLead {
				break
			}
		}
		afterName = capital || particle
	}
	return lead >= 0
}

// rsScan cuts text into words, sentences and quotations in one pass,
// reading the bytes itself: the view resolution now takes from the token
// stream must equal it.
func rsScan(dst []rsTok, text string, w *rsWords) []rsTok {
	sc := newRSScanner(dst, text, w, nil)
	sc.scan(0, len(text))
	return sc.dst
}

// isWordRuneSlow is isWordRune as the Unicode tables say it, with none
// of its fast ranges.
func isWordRuneSlow(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// TestIsWordRune compares isWordRune's fast ranges with the tables over
// every rune.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isWordRune(r) != isWordRuneSlow(r) {
			t.Fatalf("isWordRune(%U) = %v, the tables say %v", r, isWordRune(r), isWordRuneSlow(r))
		}
		if r >= 0x2010 && r < 0x2028 && (unicode.IsSpace(r) || isWordRuneSlow(r)) {
			t.Fatalf("%U is a space or a word rune: tokenize's fast range for dashes and quotes is wrong", r)
		}
	}
}
