package wirestory

import (
	"math/rand/v2"
	"testing"
)

// TestReadSegmentStart checks readSegmentStart, which reads a text with
// no '>' and no '\r' for line feeds alone, against a byte-by-byte search
// back for a line end or a tag's end, on random texts with and without
// those bytes.
func TestReadSegmentStart(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, alphabet := range []string{"ab cd\n", "ab cd\n\r", "ab <p>\n"} {
		for range 300 {
			text := randomText(r, alphabet, 900)
			c := &creditScanner{t: text}
			e := r.IntN(len(text) + 1)
			got, gotWhole := c.readSegmentStart(e)
			want, wantWhole := naiveSegmentStart(c, e)
			if got != want || gotWhole != wantWhole {
				t.Fatalf("%q, e %d: %d, %v, want %d, %v", text, e, got, gotWhole, want, wantWhole)
			}
		}
	}
}

// naiveSegmentStart is readSegmentStart by the book.
func naiveSegmentStart(c *creditScanner, e int) (int, bool) {
	lo := max(c.lo, e-600)
	for k := e; k > lo; k-- {
		if b := c.t[k-1]; b == '\n' || b == '\r' || b == '>' && c.tagStart(k) >= 0 {
			k, _ = trimSpace(c.t, k, e)
			return k, true
		}
	}
	if lo != 0 {
		return lo, false
	}
	k, _ := trimSpace(c.t, 0, e)
	return k, true
}
