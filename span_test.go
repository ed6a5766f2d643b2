package wirestory

import (
	"testing"
)

func TestSpan(t *testing.T) {
	const text = "CAIRO, Dec 17 (AFP) -- Prices rose."
	s := spanOf(text, 0, 5)
	if s.Text != "CAIRO" || s.Len() != 5 || s.IsZero() {
		t.Errorf("spanOf(%q, 0, 5) = %+v, Len %d, IsZero %v", text, s, s.Len(), s.IsZero())
	}
	if !(Span{}).IsZero() {
		t.Error("Span{}.IsZero() = false, want true")
	}
	if empty := spanOf(text, 3, 3); empty.IsZero() || empty.Len() != 0 {
		t.Errorf("spanOf(text, 3, 3) = %+v: IsZero %v, Len %d; want a non-zero empty span", empty, empty.IsZero(), empty.Len())
	}
	tests := []struct {
		outer, inner Span
		want         bool
	}{
		{spanOf(text, 0, 22), spanOf(text, 15, 18), true},
		{spanOf(text, 0, 22), spanOf(text, 0, 22), true},
		{spanOf(text, 0, 22), spanOf(text, 20, 30), false},
		{spanOf(text, 15, 18), spanOf(text, 0, 22), false},
		{spanOf(text, 5, 10), spanOf(text, 5, 5), true},
	}
	for _, tt := range tests {
		if got := tt.outer.Contains(tt.inner); got != tt.want {
			t.Errorf("%v.Contains(%v) = %v, want %v", tt.outer, tt.inner, got, tt.want)
		}
	}
}

func TestLineCol(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		offset    int
		line, col int
	}{
		{"start", "ab\ncd", 0, 1, 1},
		{"first line", "ab\ncd", 1, 1, 2},
		{"at the line end", "ab\ncd", 2, 1, 3},
		{"after LF", "ab\ncd", 3, 2, 1},
		{"end of text", "ab\ncd", 5, 2, 3},
		{"past the end", "ab\ncd", 99, 2, 3},
		{"negative", "ab\ncd", -4, 1, 1},
		{"CRLF is one line end", "ab\r\ncd", 4, 2, 1},
		{"between CR and LF", "ab\r\ncd", 3, 1, 4},
		{"lone CR", "ab\rcd\ref", 6, 3, 1},
		{"blank lines", "a\n\n\nb", 4, 4, 1},
		{"byte columns", "\u00e9t\u00e9", 3, 1, 4},
		{"empty text", "", 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := LineCol(tt.text, tt.offset)
			if line != tt.line || col != tt.col {
				t.Errorf("LineCol(%q, %d) = %d, %d; want %d, %d", tt.text, tt.offset, line, col, tt.line, tt.col)
			}
		})
	}
}
