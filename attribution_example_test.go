package wirestory_test

import (
	"fmt"

	"github.com/wirestory/wirestory"
)

// A chain of sources: the agency relied on a statement, which was
// published on a website.
func ExampleAttribution_via() {
	story := "The port of Kessa will reopen on Monday, the Karta news agency reported, " +
		"citing a statement published on the website of the harbour authority."
	for _, a := range wirestory.Parse(story).Attributions {
		fmt.Printf("%s (%s)\n", a.Source.Text, a.Cue.Text)
		for _, l := range a.Via {
			fmt.Printf("  <- %s (%s)\n", l.Source.Text, l.Cue.Text)
		}
	}
	// Output:
	// the Karta news agency (reported)
	//   <- a statement (citing)
	//   <- the website of the harbour authority (published on)
}
