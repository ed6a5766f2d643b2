package wirestory_test

import (
	"fmt"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/wirestory/wirestory"
)

func Example() {
	story := "The port handled a record 8.1 million containers last year.\n\n" +
		"Volumes from Asia rose fastest, the port authority said on Tuesday."

	a := wirestory.Parse(story)
	for i, p := range a.Paragraphs {
		line, col := wirestory.LineCol(story, p.Start)
		fmt.Printf("paragraph %d at %v, line %d column %d: %.40q\n", i+1, p, line, col, p.Text)
	}
	// Every span indexes the story itself.
	last := a.Paragraphs[len(a.Paragraphs)-1]
	fmt.Println(story[last.Start:last.End] == last.Text)
	// Output:
	// paragraph 1 at [0,59), line 1 column 1: "The port handled a record 8.1 million co"
	// paragraph 2 at [61,128), line 3 column 1: "Volumes from Asia rose fastest, the port"
	// true
}

func ExampleParse() {
	a := wirestory.Parse("<p>Prices rose on Monday.</p>\n<p>Traders were cautious.</p>")
	for _, p := range a.Paragraphs {
		fmt.Printf("%v %q\n", p, p.Text)
	}
	// Output:
	// [3,25) "Prices rose on Monday."
	// [33,55) "Traders were cautious."
}

// Adding an agency that the default lexicon does not know: the copy
// knows it under every form given, in any case; the default is unchanged.
func ExampleLexicon_With() {
	def := wirestory.DefaultLexicon()
	lex := def.With(wirestory.Agencies, "Nordic Coast Press | NCP | Nordic Coast Press Agency")

	for _, form := range []string{"NCP", "nordic coast press agency"} {
		before, ok1 := def.Lookup(wirestory.Agencies, form)
		after, ok2 := lex.Lookup(wirestory.Agencies, form)
		fmt.Printf("%s: before %q %v, after %q %v\n", form, before, ok1, after, ok2)
	}
	// A Parser uses the extended lexicon for datelines, credits and sources.
	p := wirestory.Parser{Lexicon: lex}
	_ = p
	// Output:
	// NCP: before "" false, after "Nordic Coast Press" true
	// nordic coast press agency: before "" false, after "Nordic Coast Press" true
}

func ExampleSpan() {
	text := "Markets were closed.\n\nTrading resumes on Monday."
	s := wirestory.Parse(text).Paragraphs[1]

	fmt.Println(s.String(), s.Len(), s.Text)
	fmt.Println(text[s.Start:s.End] == s.Text)
	// Text shares memory with the input: clone it to keep it alone.
	kept := strings.Clone(s.Text)
	fmt.Println(kept)
	// Output:
	// [22,48) 26 Trading resumes on Monday.
	// true
	// Trading resumes on Monday.
}

func ExampleLineCol() {
	text := "First line.\r\nSecond line,\rthird line."
	for _, word := range []string{"Second", "third"} {
		line, col := wirestory.LineCol(text, strings.Index(text, word))
		fmt.Printf("%s: line %d, column %d\n", word, line, col)
	}
	// Output:
	// Second: line 2, column 1
	// third: line 3, column 1
}

// Tests that compare what Parse finds, rather than where, ignore every
// offset with cmpopts.IgnoreTypes(wirestory.Span{}). Here the same story
// arrives with two leading blank lines: every offset moves by two.
func Example_testing() {
	story := "Prices rose on Monday.\n\n\u201cWe expect more,\u201d a trader said."
	want := wirestory.Parse(story)
	got := wirestory.Parse("\n\n" + story)

	fmt.Println("equal:", cmp.Equal(want, got))
	fmt.Println("equal ignoring offsets:", cmp.Equal(want, got, cmpopts.IgnoreTypes(wirestory.Span{})))

	// In a test:
	//
	//	if diff := cmp.Diff(want, got, cmpopts.IgnoreTypes(wirestory.Span{})); diff != "" {
	//		t.Errorf("Parse(%q) mismatch (-want +got):\n%s", in, diff)
	//	}

	// Output:
	// equal: false
	// equal ignoring offsets: true
}
