package wirestory

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// Marks of two styles that pair in copy that mixes them, and quotations
// that run into the next paragraph with no reopening mark.
var quoteMixedTests = []quoteTextTest{
	{"straight opens, curly closes", "The council called it an 'engine’ of growth.", []string{"'engine’"}},
	{"curly opens, straight closes", "The council called it an ‘engine' of growth.", []string{"‘engine'"}},
	{"straight and curly, several words", "He said the plan was 'dead on arrival’ and left.", []string{"'dead on arrival’"}},
	{"a possessive after a straight opening stays out", "The players’ union met.", nil},
	{"an apostrophe in a word stays out", "It's the mayor’s plan, 'final’ in all but name.", []string{"'final’"}},

	{"runs into the next paragraph and closes there",
		"\"We will rebuild the bridge, on time and on budget,\n\nwhatever the critics say,\" the mayor said.",
		[]string{"\"We will rebuild the bridge, on time and on budget,\n\nwhatever the critics say,\""}},
	{"curly, runs into the next paragraph",
		"“The money is there, and the will is there,\n\nand the work starts in May,” she said.",
		[]string{"“The money is there, and the will is there,\n\nand the work starts in May,”"}},
	{"the next paragraph opens its own quotation",
		"“The money is there.\n\nHe called it “enough” for now.",
		[]string{"“The money is there.", "“enough”"}},
	{"the next paragraph has no mark",
		"“The money is there.\n\nHe said nothing more.",
		[]string{"“The money is there."}},
}

func TestFindQuotesMixed(t *testing.T) { testQuoteTexts(t, quoteMixedTests) }

var quoteRunOnTests = []quoteTextTest{
	{"the next paragraph quotes in other marks first",
		"\"The first time she saw him, she was sure.\n\n“It never crossed my mind,” she said, and left.\"",
		[]string{"\"The first time she saw him, she was sure.", "“It never crossed my mind,”"}},
}

func TestFindQuotesRunOn(t *testing.T) { testQuoteTexts(t, quoteRunOnTests) }

// TestMarkAtQuotationMarks checks markAt, which decides U+2000–U+203F
// without the Unicode tables, against them on every rune of the Basic
// Multilingual Plane.
func TestMarkAtQuotationMarks(t *testing.T) {
	for r := rune(0x80); r <= 0xffff; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r) + "x"
		want, wantN := rune(0), 0
		if unicode.Is(unicode.Quotation_Mark, r) {
			want, wantN = r, utf8.RuneLen(r)
		}
		if got, n := markAt(s, 0); got != want || n != wantN {
			t.Fatalf("markAt(%q) = %q, %d, want %q, %d", s, got, n, want, wantN)
		}
	}
	// A lead byte and a continuation byte with nothing valid after them.
	for _, s := range []string{"\xe2\x80", "\xe2\x80x", "\xe2\x80\xff"} {
		if _, n := markAt(s, 0); n != 0 {
			t.Errorf("markAt(%q) reads a mark of %d bytes", s, n)
		}
	}
}

// TestClassOf checks classOf, an ASCII table and the Unicode tables
// beyond, against its definition for every rune and the paragraph's edge.
func TestClassOf(t *testing.T) {
	want := func(r rune) charClass {
		switch {
		case r < 0 || unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff':
			return classSpace
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			return classAlnum
		}
		return classPunct
	}
	for r := rune(-1); r <= unicode.MaxRune; r++ {
		if got := classOf(r); got != want(r) {
			t.Fatalf("classOf(%U) = %d, want %d", r, got, want(r))
		}
	}
}
