package wirestory_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/wirestory/wirestory"
)

func Example() {
	story := "Kathmandu: Nepal\u2019s Prime Minister Sushila Maharjan met Bangladesh\u2019s High Commissioner " +
		"to Nepal Rezaul Karim Chowdhury on Tuesday, Xinhua news agency reported, citing a statement " +
		"posted on the website of the Prime Minister\u2019s Office.\n" +
		"\u201cOur people remember who stood with us,\u201d the high commissioner said.\n" +
		"IANS"

	a := wirestory.Parse(story)
	// A part the story lacks is zero, so reading it needs no check; IsZero
	// tells an absent part from an empty one.
	fmt.Printf("dateline %q: %s\n", a.Dateline.Text, a.Dateline.Place.City)
	fmt.Printf("credit %q: %v\n", a.Credit.Text, a.Credit.Agencies)
	if a.Byline.IsZero() {
		fmt.Println("no byline")
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s quote %s, speaker %q\n", q.Kind, q.Inner().Text, q.Speaker.Text)
	}
	for _, at := range a.Attributions {
		chain := at.Source.Text + " (" + at.Cue.Text + ")"
		for _, l := range at.Via {
			chain += " > " + l.Source.Text + " (" + l.Cue.Text + ")"
		}
		fmt.Println(chain)
	}
	// Every span indexes the story itself.
	q := a.Quotes[0]
	fmt.Println(story[q.Start:q.End] == q.Text)
	// Output:
	// dateline "Kathmandu:": Kathmandu
	// credit "IANS": [IANS]
	// no byline
	// direct quote Our people remember who stood with us,, speaker "the high commissioner"
	// Xinhua news agency (reported) > a statement (citing) > the website of the Prime Minister’s Office (posted on)
	// the high commissioner (said)
	// true
}

// Each quotation with its kind, speaker and cue.
func Example_quotes() {
	story := "WASHINGTON (AP) \u2014 \u201cWe will not wait,\u201d Sen. Laura Whitfield said Saturday, " +
		"calling the plan a \u201cpermanent bailout machine.\u201d\n\n" +
		"\u201cAsk me after the vote,\u201d she told reporters."
	for _, q := range wirestory.Parse(story).Quotes {
		speaker, cue := "-", "-"
		if !q.Speaker.IsZero() {
			speaker = q.Speaker.Text + " = " + q.Speaker.Name
		}
		if !q.Cue.IsZero() {
			cue = q.Cue.Text
		}
		fmt.Printf("%-7s %s | %s | %s\n", q.Kind, q.Text, speaker, cue)
	}
	// Output:
	// direct  “We will not wait,” | Sen. Laura Whitfield = Laura Whitfield | said
	// partial “permanent bailout machine.” | Sen. Laura Whitfield = Laura Whitfield | calling
	// direct  “Ask me after the vote,” | she = Laura Whitfield | told
}

func ExampleParse() {
	a := wirestory.Parse("<p>Prices rose on Monday.</p>\n<p>Traders were cautious.</p>")
	for _, p := range a.Paragraphs {
		fmt.Printf("%d-%d %q\n", p.Start, p.End, p.Text)
	}
	// Output:
	// 3-25 "Prices rose on Monday."
	// 33-55 "Traders were cautious."
}

// Adding an agency that the default lexicon does not know: the copy
// knows it under every form given, in any case, and a Parser using it
// reports the agency by its canonical name. The default is unchanged.
func ExampleLexicon_With() {
	def := wirestory.DefaultLexicon()
	lex := def.With(wirestory.Agencies, "NCP | Nordic Coast Press | Nordic Coast Press Agency")

	for _, form := range []string{"NCP", "nordic coast press agency"} {
		before, ok1 := def.Lookup(wirestory.Agencies, form)
		after, ok2 := lex.Lookup(wirestory.Agencies, form)
		fmt.Printf("%s: before %q %v, after %q %v\n", form, before, ok1, after, ok2)
	}

	const story = "TROMSO, May 4 (Nordic Coast Press Agency) - Fishing quotas were cut."
	for _, p := range []wirestory.Parser{{}, {Lexicon: lex}} {
		if d := p.Parse(story).Dateline; !d.Agency.IsZero() {
			fmt.Printf("agency %q: %s\n", d.Agency.Text, d.Agency.Name)
		}
	}
	// Output:
	// NCP: before "" false, after "NCP" true
	// nordic coast press agency: before "" false, after "NCP" true
	// agency "Nordic Coast Press Agency": Nordic Coast Press Agency
	// agency "Nordic Coast Press Agency": NCP
}

// A dateline date without a year is the latest such date not after the
// Parser's Reference: a Dec 31 story read on Jan 2 is last year's.
func ExampleParser_Parse() {
	p := wirestory.Parser{Reference: time.Date(2026, time.January, 2, 9, 0, 0, 0, time.UTC)}
	a := p.Parse("NEW YORK, Dec 31 (Reuters) - Stocks ended the year higher.")
	fmt.Println(a.Dateline.Date.Year, a.Dateline.Date.Month, a.Dateline.Date.Day)
	// Output:
	// 2025 December 31
}

func ExampleSpan() {
	text := "Markets were closed.\n\nTrading resumes on Monday."
	s := wirestory.Parse(text).Paragraphs[1]

	fmt.Println(s.Start, s.End, s.Len(), s.Text)
	fmt.Println(text[s.Start:s.End] == s.Text)
	// Text shares memory with the input: clone it to keep it alone.
	kept := strings.Clone(s.Text)
	fmt.Println(kept)
	// Output:
	// 22 48 26 Trading resumes on Monday.
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

// Which attribution a quotation belongs to, and in which paragraph it
// stands.
func ExampleArticle_AttributionOf() {
	story := "BERLIN (Reuters) - Talks resumed on Monday.\n\n" +
		"\u201cWe are close,\u201d Economy Minister Jana Keller said, citing a ministry statement.\n\n" +
		"The so-called \u201cbridge plan\u201d was not discussed."
	a := wirestory.Parse(story)
	for _, q := range a.Quotes {
		at, ok := a.AttributionOf(q)
		if !ok {
			fmt.Printf("paragraph %d: %s (no speaker)\n", a.ParagraphOf(q.Span), q.Inner().Text)
			continue
		}
		fmt.Printf("paragraph %d: %s — %s (%s)", a.ParagraphOf(q.Span), q.Inner().Text, at.Source.Name, at.Cue.Text)
		for _, l := range at.Via {
			fmt.Printf(" <- %s (%s)", l.Source.Text, l.Cue.Text)
		}
		fmt.Println()
	}
	// Output:
	// paragraph 1: We are close, — Jana Keller (said) <- a ministry statement (citing)
	// paragraph 2: bridge plan (no speaker)
}

// A "who said what" view keeps speech, reports and documents, and leaves
// out positions held and hedges that cite no one.
func ExampleAttributionKind() {
	story := "The port will reopen on Monday, the harbour authority said in a statement. " +
		"The mayor hopes the ferries will return soon. " +
		"Trade is expected to recover by June, the Coast Gazette reported."
	for _, at := range wirestory.Parse(story).Attributions {
		switch at.Kind {
		case wirestory.Speech, wirestory.Report, wirestory.Document:
			fmt.Printf("%s: %s (%s)\n", at.Kind, at.Source.Text, at.Cue.Text)
		default:
			fmt.Printf("%s, left out: %q\n", at.Kind, at.Cue.Text)
		}
	}
	// Output:
	// document: the harbour authority (said)
	// stance, left out: "hopes"
	// evidential, left out: "is expected"
	// report: the Coast Gazette (reported)
}
