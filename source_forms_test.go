package wirestory

import "testing"

// Attribution sources, fixer psrc: forms whose source the cue's subject
// search missed. Each test holds variants of one form in wire style and
// near misses that must not change.

// TestSourceFloatingWord checks a word that floats between a subject and
// its cue verb with no -ly to show it, "have all attacked", "will ever
// tell", "can't quite say", "has nevertheless called": the search
// steps over it to the subject, as it steps over "both" and "only".
// Where the word is the subject itself, at the clause's start or after a
// conjunction or "that", it stays the source.
func TestSourceFloatingWord(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"have all attacked", "The three county commissioners have all attacked the landfill plan as a waste of money.",
			[]string{"three county commissioners | have all attacked"}},
		{"will ever tell", "It is unclear whether Senator Lena Whitcombe will ever tell her supporters to back the nominee.",
			[]string{"Senator Lena Whitcombe | will ever tell -> her supporters"}},
		{"can't quite say", "The Veterans of Foreign Wars post can't quite say goodbye to its old hall.",
			[]string{"The Veterans of Foreign Wars post | can't quite say"}},
		{"has nevertheless called", "Governor Amos Pruitt has nevertheless called the vote an irresponsible one.",
			[]string{"Governor Amos Pruitt | has nevertheless called"}},
		{"sometimes acknowledged", "The figures changed over the summer, as the mayor has sometimes acknowledged.",
			[]string{"the mayor | has sometimes acknowledged"}},
		{"never quite explained", "The treasurer never quite explained why the fund had shrunk.",
			[]string{"The treasurer | never quite explained"}},
		{"most strongly opposed", "It was the provision the farm lobby most strongly opposed.",
			[]string{"the farm lobby | most strongly opposed"}},
		// Near misses: the word is the subject.
		{"All said", "All said the plan was sound.",
			[]string{"All | said"}},
		{"after a comma", "Of the 40 delegates, most said they would back the plan.",
			[]string{"most | said"}},
		{"after although", "Farmers are divided, although most oppose the tariff.",
			[]string{"most | oppose"}},
		{"after that", "The decision came from a panel that all agreed the dam was safe.",
			[]string{"all | agreed"}},
	}, showChain)
}
