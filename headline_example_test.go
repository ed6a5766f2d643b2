package wirestory_test

import (
	"fmt"

	"github.com/wirestory/wirestory"
)

// A newspaper's layout: the headline, the agency line, then the body. The
// headline is an element of its own; the agency line is the dateline.
func ExampleArticle_headline() {
	a := wirestory.Parse("Floods leave thousands homeless\n\nAfp, Paris\n\nRains forced thousands from their homes on Sunday.")
	fmt.Printf("headline %q\n", a.Headline.Text)
	fmt.Printf("dateline %q: %s, %s\n", a.Dateline.Text, a.Dateline.Agency.Name, a.Dateline.Place.City)
	fmt.Printf("body     %q\n", a.Paragraphs[0].Text)
	// Output:
	// headline "Floods leave thousands homeless"
	// dateline "Afp, Paris": AFP, Paris
	// body     "Rains forced thousands from their homes on Sunday."
}
