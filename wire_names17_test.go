package wirestory

import "testing"

// The tests of this file check names and titles of round 17's blind
// wire stories: name initials, royal titles, company names and given
// names before a person's name.

// TestWireTwoLetterInitial checks a name initial of two letters written
// with a period ("Ch. Laxma Reddy", "Sk. Abdul Rahim"), as Indian wires
// abbreviate a name's first part: the period ends no sentence, and the
// initial is the name's, as "K." is in "K. Narasimha Goud".
func TestWireTwoLetterInitial(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a portfolio, surname after", "Minister for Irrigation and Command Area Development Ch. Laxma Reddy rejected the claim. “The lake is safe,” Reddy said.",
			[]string{"Ch. Laxma Reddy"}},
		{"after a title", "District Collector Sk. Abdul Rahim said the tanks were “full.”",
			[]string{"Sk. Abdul Rahim"}},
		{"after said", "“We will act,” said Ch. Venkata Rao, the district officer.",
			[]string{"Ch. Venkata Rao"}},
		{"he after", "Former MLA Ch. Srinivasa Rao said the farmers were angry. “The canal is dry,” he said.",
			[]string{"Ch. Srinivasa Rao"}},
		// Near misses: a one-letter initial, a sentence that ends in a
		// word of two letters, and "Md." after a city, Maryland's.
		{"one-letter initial", "District Collector K. Narasimha Goud said the tanks were “full.”",
			[]string{"K. Narasimha Goud"}},
		{"a sentence ends after two letters", "The canal runs to Ch. Farmers were angry. “The canal is dry,” said Ravi Kumar.",
			[]string{"Ravi Kumar"}},
		{"Maryland", "The fire broke out in Rockville, Md., police said. “It was quick,” said Ann Brooks.",
			[]string{"Ann Brooks"}},
	})
}
