//go:build ignore

// The examples in this file need the dateline, credit, quote and
// attribution parsers. Once they have landed, delete the build constraint
// above, run go test -run Example, and correct any Output line that
// differs for a good reason (the outputs below are what the JSON contract
// and the style conventions ask for). ParseDateline's signature is
// assumed to be ParseDateline(line string) (*Dateline or Dateline, error).

package wirestory_test

import (
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/wirestory/wirestory"
)

// A whole story: its dateline and credit, each quotation with its
// speaker resolved to a name, and each attribution with its chain.
func Example_story() {
	story := "Kathmandu: Nepal\u2019s Prime Minister Sushila Maharjan met Bangladesh\u2019s High Commissioner " +
		"to Nepal Rezaul Karim Chowdhury on Tuesday, Xinhua news agency reported, citing a statement " +
		"posted on the website of the Prime Minister\u2019s Office.\n" +
		"\u201cOur people remember who stood with us,\u201d the high commissioner said.\n" +
		"IANS"

	a := wirestory.Parse(story)
	fmt.Printf("dateline %q, city %s\n", a.Dateline.Text, a.Dateline.Place.City)
	fmt.Printf("credit %q %v\n", a.Credit.Text, a.Credit.Agencies)
	for _, q := range a.Quotes {
		fmt.Printf("%s quote %s: %q = %s\n", q.Kind, q.Text, q.Speaker.Text, q.Speaker.Name)
	}
	for _, at := range a.Attributions {
		chain := []string{at.Source.Text + " (" + at.Cue.Text + ")"}
		for _, l := range at.Via {
			chain = append(chain, l.Source.Text+" ("+l.Cue.Text+")")
		}
		fmt.Println(strings.Join(chain, " > "))
	}
	// Output:
	// dateline "Kathmandu:", city Kathmandu
	// credit "IANS" [IANS]
	// direct quote “Our people remember who stood with us,”: "the high commissioner" = Rezaul Karim Chowdhury
	// Xinhua news agency (reported) > a statement (citing) > the website of the Prime Minister’s Office (posted on)
	// the high commissioner (said)
}

// Each quotation with its kind, speaker and cue.
func Example_quotes() {
	story := "WASHINGTON (AP) \u2014 \u201cWe will not wait,\u201d Sen. Laura Whitfield said Saturday, " +
		"calling the plan a \u201cpermanent bailout machine.\u201d\n\n" +
		"\u201cAsk me after the vote,\u201d she told reporters."
	for _, q := range wirestory.Parse(story).Quotes {
		speaker, cue := "-", "-"
		if q.Speaker != nil {
			speaker = q.Speaker.Text + " = " + q.Speaker.Name
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		fmt.Printf("%-7s %s | %s | %s\n", q.Kind, q.Text, speaker, cue)
	}
	// Output:
	// direct  “We will not wait,” | Sen. Laura Whitfield = Laura Whitfield | said
	// partial “permanent bailout machine.” | Sen. Laura Whitfield = Laura Whitfield | calling
	// direct  “Ask me after the vote,” | she = Laura Whitfield | told
}

func ExampleParseDateline() {
	d, err := wirestory.ParseDateline("RICHMOND, Va., March 5 (Reuters) -")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("place %q: city %s, region %s\n", d.Place.Text, d.Place.City, d.Place.Region)
	fmt.Printf("date %q: %s %d\n", d.Date.Text, d.Date.Month, d.Date.Day)
	fmt.Printf("agency %q: %s\n", d.Agency.Text, d.Agency.Name)
	fmt.Printf("separator %q\n", d.Separator)
	// Output:
	// place "RICHMOND, Va.": city Richmond, region Virginia
	// date "March 5": March 5
	// agency "Reuters": Reuters
	// separator "-"
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

// An agency added to the lexicon is found in datelines, under its
// canonical name.
func ExampleLexicon_With_dateline() {
	const story = "TROMSO, May 4 (Nordic Coast Press Agency) - Fishing quotas were cut."
	lex := wirestory.DefaultLexicon().With(wirestory.Agencies, "Nordic Coast Press | NCP | Nordic Coast Press Agency")
	for _, p := range []wirestory.Parser{{}, {Lexicon: lex}} {
		a := p.Parse(story)
		if a.Dateline == nil || a.Dateline.Agency == nil {
			fmt.Println("no agency")
			continue
		}
		fmt.Println(a.Dateline.Agency.Name)
	}
	// Output:
	// no agency
	// Nordic Coast Press
}
