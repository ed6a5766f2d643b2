package wirestory

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveIndex is byteScan.index by the book: the first byte of set at or
// after i.
func naiveIndex(text, set string, i int) int {
	for ; i < len(text); i++ {
		if strings.IndexByte(set, text[i]) >= 0 {
			return i
		}
	}
	return len(text)
}

func TestByteScanIndex(t *testing.T) {
	tests := []struct {
		name, text, set string
		from            []int // offsets asked in turn, forward and back
	}{
		{"empty text", "", "\n", []int{0, 0}},
		{"no byte of the set", "plain words", "\n\r<", []int{0, 3, 11, 2}},
		{"line ends", "one\ntwo\r\nthree\n", "\n\r", []int{0, 1, 4, 7, 8, 9, 15, 16}},
		{"back before what was read", "a<b\nc<d\ne", "\n<", []int{6, 7, 0, 2, 1, 8, 3}},
		{"marks at both ends", "\"quoted\"", markStarts, []int{0, 1, 7, 8, 0}},
		{"multi-byte marks", "He said \u201cyes\u201d and \u2019no\u2019.", markStarts, []int{0, 9, 12, 3, 20}},
		{"bytes above ASCII of the set and not", "Caf\u00e9 \u00abn\u00e4\u00bb \u2014 \uff02\u4e2d\uff02 \u300cx\u300d", markStarts, []int{0, 3, 4, 6, 11, 30, 2, 40}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b byteScan
			b.reset(tt.text, tt.set)
			for _, i := range tt.from {
				if got, want := b.index(i), naiveIndex(tt.text, tt.set, i); got != want {
					t.Errorf("index(%d) = %d, want %d", i, got, want)
				}
			}
		})
	}
}

// TestByteScanRandom asks a byteScan at random offsets, forward and back,
// and bounded by hi, against the naive scan.
func TestByteScanRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := "ab <\n\r\"'&\xe2\x80\x9c\xc3\xa9\xef\xbc\xc2"
	for range 200 {
		text := randomText(r, alphabet, 80)
		for _, set := range []string{lineEndBytes, lineStops, markStarts} {
			var b byteScan
			b.reset(text, set)
			table := byteTable(set)
			for range 30 {
				i := r.IntN(len(text) + 1)
				hi := i + r.IntN(len(text)-i+1)
				if got, want := b.index(i), naiveIndex(text, set, i); got != want {
					t.Fatalf("%q, set %q: index(%d) = %d, want %d", text, set, i, got, want)
				}
				if got, want := b.indexBefore(i, hi, &table), min(naiveIndex(text, set, i), hi); got != want {
					t.Fatalf("%q, set %q: indexBefore(%d, %d) = %d, want %d", text, set, i, hi, got, want)
				}
			}
		}
	}
}

// TestByteScanForward asks a byteScan at offsets that mostly move
// forward, as the scanners do, with a step back now and then.
func TestByteScanForward(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := "abc d <\n\r\"'&\xe2\x80\x9c"
	for range 300 {
		text := randomText(r, alphabet, 200)
		for _, set := range []string{lineEndBytes, lineStops, markStarts} {
			var b byteScan
			b.reset(text, set)
			for i := 0; i <= len(text); {
				if got, want := b.index(i), naiveIndex(text, set, i); got != want {
					t.Fatalf("%q, set %q: index(%d) = %d, want %d", text, set, i, got, want)
				}
				if r.IntN(10) == 0 {
					i = max(0, i-r.IntN(20))
				} else {
					i += 1 + r.IntN(6)
				}
			}
		}
	}
}

// randomText returns up to max-1 bytes drawn from alphabet.
func randomText(r *rand.Rand, alphabet string, max int) string {
	var sb strings.Builder
	for range r.IntN(max) {
		sb.WriteByte(alphabet[r.IntN(len(alphabet))])
	}
	return sb.String()
}

// TestFirstNonASCII puts one byte above ASCII at every offset of texts
// of every length around the 8- and 64-byte steps, and none at all.
func TestFirstNonASCII(t *testing.T) {
	for n := 0; n <= 140; n++ {
		plain := strings.Repeat("a~\x7f ", n)[:n]
		if got := firstNonASCII(plain); got != n {
			t.Fatalf("firstNonASCII of %d ASCII bytes = %d, want %d", n, got, n)
		}
		for at := 0; at < n; at++ {
			for _, c := range []byte{0x80, 0xc2, 0xff} {
				s := plain[:at] + string(c) + plain[at+1:]
				if got := firstNonASCII(s); got != at {
					t.Fatalf("firstNonASCII(%q) = %d, want %d", s, got, at)
				}
			}
		}
	}
}

// TestByteScanResetKnown holds resetKnown, told where a byte of its set
// first stands by another scan (first), to reset on the same text: every
// index asked answers the same, and an unknown place (-1) is reset's.
func TestByteScanResetKnown(t *testing.T) {
	texts := []string{"", "plain words", "a<b>c “quoted” <p>x</p>", "<div>\n“a,” he said</div>", "no tag “at” all\r\n", "tail <"}
	for _, text := range texts {
		var lines byteScan
		lines.reset(text, lineStops)
		for _, at := range []int{lines.first('<'), -1} {
			var want, got byteScan
			want.reset(text, markStarts)
			got.resetKnown(text, markStarts, '<', at)
			for i := 0; i <= len(text); i++ {
				if g, w := got.index(i), want.index(i); g != w {
					t.Errorf("resetKnown(%q, at %d).index(%d) = %d, reset's %d", text, at, i, g, w)
				}
			}
		}
		if got, want := lines.first('<'), strings.IndexByte(text, '<'); got != want && !(want < 0 && got == len(text)) {
			t.Errorf("first(%q, '<') = %d, want %d", text, got, want)
		}
	}
}
