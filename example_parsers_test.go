//go:build examples

// The examples in this file need name resolution (resolve.go), which has
// not landed yet: run them with go test -tags examples -run Example. Once
// they pass, delete the build constraint above (the outputs are what the
// JSON contract and the style conventions ask for).

package wirestory_test

import (
	"fmt"

	"github.com/wirestory/wirestory"
)

// Each speaker resolved to a name: a role noun to the person introduced
// with that role.
func Example_names() {
	story := "Kathmandu: Nepal\u2019s Prime Minister Sushila Maharjan met Bangladesh\u2019s High Commissioner " +
		"to Nepal Rezaul Karim Chowdhury on Tuesday, Xinhua news agency reported, citing a statement " +
		"posted on the website of the Prime Minister\u2019s Office.\n" +
		"\u201cOur people remember who stood with us,\u201d the high commissioner said.\n" +
		"IANS"

	for _, q := range wirestory.Parse(story).Quotes {
		fmt.Printf("%s: %q = %s\n", q.Text, q.Speaker.Text, q.Speaker.Name)
	}
	// Output:
	// “Our people remember who stood with us,”: "the high commissioner" = Rezaul Karim Chowdhury
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
