package wirestory

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortStableBy holds sortStableBy to slices.SortStableFunc on lists
// made of runs in order, as the stages make them, and on lists in no
// order, with many equal keys whose order must be kept.
func TestSortStableBy(t *testing.T) {
	type item struct{ key, seq int }
	rng := rand.New(rand.NewPCG(1, 2))
	var buf []item
	for n := range 40 {
		for _, runs := range []int{1, 2, 3, n + 1} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{key: rng.IntN(8), seq: i}
			}
			// Sort each of runs parts, so that s is made of runs in order.
			for r := range runs {
				part := s[r*n/runs : (r+1)*n/runs]
				slices.SortStableFunc(part, func(a, b item) int { return a.key - b.key })
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b item) int { return a.key - b.key })
			buf = sortStableBy(s, buf, func(a *item) int { return a.key })
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d runs=%d: got %v, want %v", n, runs, s, want)
			}
		}
	}
}
