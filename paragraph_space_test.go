package wirestory

import (
	"testing"
	"unicode/utf8"
)

// TestTrimSpaceQuickPaths checks spaceLenBefore and trimSpace, which
// decide most bytes without spaceLen, against spaceLen on every rune of
// the Basic Multilingual Plane, at either end of a span.
func TestTrimSpaceQuickPaths(t *testing.T) {
	for r := rune(0); r <= 0xffff; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		n := spaceLen(c) // spaceLen's own answer: len(c) for white space, else 0
		want := 0
		if n == len(c) {
			want = n
		}
		if got := spaceLenBefore("x" + c); got != want {
			t.Fatalf("spaceLenBefore(%q) = %d, want %d", "x"+c, got, want)
		}
		s := c + "x" + c
		a, b := trimSpace(s, 0, len(s))
		if a != want || b != len(s)-want {
			t.Fatalf("trimSpace(%q) = %d, %d, want %d, %d", s, a, b, want, len(s)-want)
		}
	}
}
