//go:build examples

// The examples in this file wait for name resolution (resolve.go) to get
// them right: run them with go test -tags examples -run Example. Once
// they pass, move them to example_test.go (the outputs are what the JSON
// contract and the style conventions ask for).

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
