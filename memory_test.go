package wirestory

import (
	"runtime"
	"testing"
)

// TestHostileMemory checks that the memory Parse allocates per byte of
// text stays flat from 10 KB to 10 MB, for every
// hostile input and for stories: a service parsing one long story after
// another must not allocate its working buffers anew for each. Each size
// is parsed once to fill the pool, then measured as the least of five
// parses (a garbage collection may empty the pool in between). It takes
// a minute or two, so it runs only with -long, as .ci/run runs it.
func TestHostileMemory(t *testing.T) {
	if !*long {
		t.Skip("a long test: run with -long")
	}
	perByte := func(text string) float64 {
		Parse(text)
		least := 0.0
		for i := range 5 {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			Parse(text)
			runtime.ReadMemStats(&after)
			if b := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text)); i == 0 || b < least {
				least = b
			}
		}
		return least
	}
	Parse(storyText(t, 0)) // the lexicon's tables, built once
	large := 10 << 20
	for _, h := range append(hostileInputs, hostileInput{"stories", func(n int) string { return storyText(t, n) }}) {
		t.Run(h.name, func(t *testing.T) {
			skipKnown(t)
			small, big := perByte(h.make(10<<10)), perByte(h.make(large))
			// The small story carries the fixed costs (a few KB): allow
			// them, and a doubling.
			if big > 2*small+1 {
				t.Errorf("Parse(%s) allocates %.1f bytes per byte at 10 KB, %.1f at %d KB", h.name, small, big, large>>10)
			}
		})
	}
}
