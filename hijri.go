package wirestory

import (
	"unicode"
	"unicode/utf8"
)

// maxHijriMonthWords bounds the words of a Hijri month's name.
const maxHijriMonthWords = 3

// hijriDate reads a Hijri date at i, "Rajab 3, 1447" or "Ramadan 22",
// and returns its end. Gulf agencies date a story by the Hijri calendar,
// with the Gregorian date after it or not at all; the Hijri date is part
// of the dateline but not its Date, which is Gregorian.
func (r *dlReader) hijriDate(i, lim int) (int, bool) {
	s := r.text
	var ends [maxHijriMonthWords]int
	n := 0
	for j := i; n < len(ends); n++ {
		e := j
		for e < lim {
			c, w := rune(s[e]), 1
			if c >= utf8.RuneSelf {
				c, w = utf8.DecodeRuneInString(s[e:lim])
			}
			if !unicode.IsLetter(c) && !(e > j && (c == '-' || c == '\'' || c == '’')) {
				break
			}
			e += w
		}
		if e == j {
			break
		}
		ends[n] = e
		if j = skipHSpace(s, e, lim); j == e {
			n++
			break
		}
	}
	// A month needs its day after it, and only the last word read can
	// have a digit after it: without one, no month is looked up.
	if n == 0 || !spaceAndDigitAt(s, ends[n-1], lim) {
		return i, false
	}
	for n > 0 {
		n--
		e := ends[n]
		if !r.lex.Contains(hijriMonths, s[i:e]) {
			continue
		}
		k := skipHSpace(s, e, lim)
		day, j := readDay(s, k, lim)
		if day <= 0 || day > 30 || k == e {
			return i, false
		}
		// The year, 1300 to 1599 of the Hijra: "Rajab 3, 1447".
		y := skipHSpace(s, j, lim)
		if y < lim && s[y] == ',' {
			y = skipHSpace(s, y+1, lim)
		}
		if y+4 <= lim && s[y] == '1' && (s[y+1] == '3' || s[y+1] == '4' || s[y+1] == '5') &&
			isDigit(s[y+2]) && isDigit(s[y+3]) && (y+4 == lim || !isDigit(s[y+4]) && !isASCIILetter(s[y+4])) {
			j = y + 4
			// The era: "1447 H", "1447 AH", "1447H".
			h := skipHSpace(s, j, lim)
			if n := prefixFoldLen(s[h:lim], "ah"); n == 0 && h < lim && (s[h] == 'H' || s[h] == 'h') {
				h++
			} else {
				h += n
			}
			if h > j && (h == lim || !isASCIILetter(s[h])) && s[h-1] != ' ' {
				j = h
			}
		}
		return j, true
	}
	return i, false
}
