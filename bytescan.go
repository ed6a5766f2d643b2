package wirestory

import (
	"strings"
	"unicode/utf8"
)

// A byteScan finds in one text the next byte of a small set, each value
// by strings.IndexByte, which reads many bytes an instruction, and keeps
// where the next of each value stands. A scan that moves forward through
// the text so reads it about once per value, however many times it asks:
// the scanners that look for line ends, tags and quotation marks skip the
// bytes between them this way rather than a byte at a time. A value the
// text does not hold is set aside when the scan is made, and costs
// nothing after; the bytes above ASCII, which most stories lack, are
// looked for only from where the first such byte stands, which one read
// of the text, eight bytes a load, finds for all of them. The values are
// kept in the order of where they stand next, so that a step forward asks
// again only for the values it passed.
//
// The zero byteScan is not ready: reset readies one.
type byteScan struct {
	text string
	// The values of the set the text holds, n of them. For each set[k]:
	// text[from[k]:next[k]] holds none of it, and it stands at next[k],
	// or next[k] is len(text).
	set        [maxScanBytes]byte
	n          int
	from, next [maxScanBytes]int
	// order holds the values' k by next, nearest first; at or after
	// maxFrom, the greatest from, every next is known.
	order   [maxScanBytes]uint8
	maxFrom int
}

// maxScanBytes bounds the set of a byteScan.
const maxScanBytes = 10

// reset readies b to scan text for the bytes of set, which must hold at
// most maxScanBytes bytes. It writes only what the scan reads: the
// caller's byteScan, on its stack, is neither zeroed again nor copied.
func (b *byteScan) reset(text, set string) {
	b.text, b.n, b.maxFrom = text, 0, 0
	high := -1 // where text's first byte above ASCII stands, once asked
	for i := 0; i < len(set) && i < maxScanBytes; i++ {
		c, from := set[i], 0
		if c >= utf8.RuneSelf {
			if high < 0 {
				high = firstNonASCII(text)
			}
			from = high // text[:high] holds none of c: from[k] = 0 stays true
		}
		if j := strings.IndexByte(text[from:], c); j >= 0 {
			b.set[b.n], b.from[b.n], b.next[b.n] = c, 0, from+j
			b.n++
		}
	}
	b.sort()
}

// first returns where c first stands in the text b was reset to, or
// len(text) if it holds none; c must be of b's set and b not yet moved.
func (b *byteScan) first(c byte) int {
	for k := 0; k < b.n; k++ {
		if b.set[k] == c {
			return b.next[k]
		}
	}
	return len(b.text)
}

// resetKnown is reset where where c first stands in text is known (at,
// or len(text) for none): another scan found it, and this one does not
// read the text for it again. An at below 0 is not known: reset's.
func (b *byteScan) resetKnown(text, set string, c byte, at int) {
	if at < 0 {
		b.reset(text, set)
		return
	}
	b.text, b.n, b.maxFrom = text, 0, 0
	high := -1 // where text's first byte above ASCII stands, once asked
	for i := 0; i < len(set) && i < maxScanBytes; i++ {
		v, from := set[i], 0
		if v == c {
			if at < len(text) {
				b.set[b.n], b.from[b.n], b.next[b.n] = v, 0, at
				b.n++
			}
			continue
		}
		if v >= utf8.RuneSelf {
			if high < 0 {
				high = firstNonASCII(text)
			}
			from = high
		}
		if j := strings.IndexByte(text[from:], v); j >= 0 {
			b.set[b.n], b.from[b.n], b.next[b.n] = v, 0, from+j
			b.n++
		}
	}
	b.sort()
}

// firstNonASCII returns the offset of the first byte of s above ASCII, or
// len(s). It reads 64 bytes a step, eight loads of eight ORed together,
// for under a third of an instruction a byte: less than one IndexByte
// over s, where it spares one for each such byte a set holds.
func firstNonASCII(s string) int {
	const high = 0x80 * onesBytes
	t := s
	for len(t) >= 64 && (load8(t[0:])|load8(t[8:])|load8(t[16:])|load8(t[24:])|
		load8(t[32:])|load8(t[40:])|load8(t[48:])|load8(t[56:]))&high == 0 {
		t = t[64:]
	}
	for len(t) >= 8 && load8(t)&high == 0 {
		t = t[8:]
	}
	for i := len(s) - len(t); i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// load8 returns the first eight bytes of s, which has them, as one
// little-endian word: one load.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// sort puts order in the order of next.
func (b *byteScan) sort() {
	for k := 0; k < b.n; k++ {
		p := k
		for p > 0 && b.next[b.order[p-1]] > b.next[k] {
			b.order[p] = b.order[p-1]
			p--
		}
		b.order[p] = uint8(k)
	}
}

// index returns the first offset at or after i where a byte of the set
// stands, or len(text). Asking again from an earlier offset reads only the
// bytes not read before for that value.
func (b *byteScan) index(i int) int {
	m := len(b.text)
	if i >= m || b.n == 0 {
		return m
	}
	if i < b.maxFrom {
		return b.indexBack(i)
	}
	for {
		k := b.order[0]
		if b.next[k] >= i {
			return b.next[k]
		}
		// The nearest value stands before i: ask for its next one and
		// move it to its place in order.
		b.from[k], b.maxFrom = i, i
		if j := strings.IndexByte(b.text[i:], b.set[k]); j >= 0 {
			b.next[k] = i + j
		} else {
			b.next[k] = m
		}
		p := 0
		for p+1 < b.n && b.next[b.order[p+1]] < b.next[k] {
			b.order[p] = b.order[p+1]
			p++
		}
		b.order[p] = k
	}
}

// indexBack is index for an i before some value's from: each value is
// brought up to date on its own, and order made again.
func (b *byteScan) indexBack(i int) int {
	m := len(b.text)
	b.maxFrom = 0
	for k := 0; k < b.n; k++ {
		switch {
		case i < b.from[k]:
			// Back before the bytes known: read only those in between.
			if j := strings.IndexByte(b.text[i:b.from[k]], b.set[k]); j >= 0 {
				b.next[k] = i + j
			}
			b.from[k] = i
		case i > b.next[k]:
			b.from[k] = i
			if j := strings.IndexByte(b.text[i:], b.set[k]); j >= 0 {
				b.next[k] = i + j
			} else {
				b.next[k] = m
			}
		}
		m = min(m, b.next[k])
		b.maxFrom = max(b.maxFrom, b.from[k])
	}
	b.sort()
	return m
}

// indexBefore is index bounded by hi: the first offset in [i, hi) where a
// byte of the set stands, or hi. The byte at i is read first against
// stop, the set as a table: a mark right after a mark ("”.", "</p>")
// costs no search.
func (b *byteScan) indexBefore(i, hi int, stop *[256]bool) int {
	if i >= hi {
		return hi
	}
	if stop[b.text[i]] {
		return i
	}
	return min(b.index(i+1), hi)
}
