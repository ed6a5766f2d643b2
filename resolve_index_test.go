package wirestory

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func TestRSIndex(t *testing.T) {
	// An rsIndex answers as a Go map does under any mix of sets, deletes
	// and resets, through its growth, with keys that share a hash slot
	// and the empty key.
	keys := []string{"", "Kern", "kern", "Ortiz", "Rosa Ortiz", "envoy", "ministry", "Kerns"}
	for n := range 300 {
		keys = append(keys, fmt.Sprintf("Name%d", n))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var x rsIndex
	want := map[string]int32{}
	for step := range 20000 {
		key := keys[rng.IntN(len(keys))]
		switch op := rng.IntN(100); {
		case op < 50:
			v := int32(rng.IntN(1000))
			x.set(keyOf(key), v)
			want[key] = v
		case op < 80:
			x.del(keyOf(key))
			delete(want, key)
		case op < 81:
			x.reset()
			clear(want)
		}
		if got, ok := x.get(keyOf(key)); ok != hasKey(want, key) || ok && got != want[key] {
			t.Fatalf("step %d: get(%q) = %d, %v; want %d, %v", step, key, got, ok, want[key], hasKey(want, key))
		}
		if x.len() != len(want) {
			t.Fatalf("step %d: len %d, want %d", step, x.len(), len(want))
		}
	}
	for _, key := range keys {
		if got, ok := x.get(keyOf(key)); ok != hasKey(want, key) || ok && got != want[key] {
			t.Errorf("get(%q) = %d, %v; want %d, %v", key, got, ok, want[key], hasKey(want, key))
		}
	}
	// A reset lets go of every key.
	x.reset()
	for i, s := range x.slots {
		if s != (rsSlot{}) {
			t.Fatalf("slot %d holds %q after reset", i, s.key)
		}
	}
}

func hasKey(m map[string]int32, k string) bool {
	_, ok := m[k]
	return ok
}

func TestRSWordsFormLo(t *testing.T) {
	// formLo holds each one-word form's first eight bytes, so that plain
	// compares a short word with its form in one step: in the preset
	// table and in one built from the lists alike.
	for _, w := range []*rsWords{rsWordsOf(nil), buildRSWords(defaultLexicon())} {
		if len(w.formLo) != len(w.forms) {
			t.Fatalf("%d formLo for %d forms", len(w.formLo), len(w.forms))
		}
		for i, f := range w.forms {
			var want uint64
			for k := 0; k < len(f) && k < 8; k++ {
				want |= uint64(f[k]) << (8 * k)
			}
			if w.formLo[i] != want {
				t.Errorf("formLo of %q = %#x, want %#x", f, w.formLo[i], want)
			}
		}
	}
	if got := rsLo("He") & rsLoMask[2]; got != 0x6548 {
		t.Errorf("rsLo(%q) = %#x, want 0x6548", "He", got)
	}
}
