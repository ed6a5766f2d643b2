package wirestory

import "testing"

// The tests of this file check names and titles of round 11's blind
// wire stories: honorifics inside a name, long titles, a title's body
// after "at" or "in", ranks and names in apposition.

// TestWireClericalRanks checks a Shia cleric's rank before a name
// ("Hojatoleslam", as "Ayatollah"): a title, left out of the name, and
// the person is "the cleric" after.
func TestWireClericalRanks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"hojatoleslam", "Hojatoleslam Reza Mahdavi Kani said the talks were “useful.” “It went well,” the cleric said.",
			[]string{"Reza Mahdavi Kani", "Reza Mahdavi Kani"}},
		{"another spelling, inverted", "“It went well,” said Hojjatoleslam Ali Hosseini.",
			[]string{"Ali Hosseini"}},
		{"in apposition", "The head of the committee, Hojatoleslam Ali-Akbar Hosseini Zanjani, said the law was “useful.”",
			[]string{"Ali-Akbar Hosseini Zanjani"}},
		{"ayatollah", "Ayatollah Hassan Qomi said the talks were “useful.”",
			[]string{"Hassan Qomi"}},
		// Near miss: no title, the name as written.
		{"no title", "Reza Mahdavi Kani said the talks were “useful.”",
			[]string{"Reza Mahdavi Kani"}},
	})
}
