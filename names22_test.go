package wirestory

import "testing"

// The tests of this file check names, titles and reference of round
// 22's blind wire stories.

// TestWireHyphenGeneralTitle checks an office written with "-General"
// after it ("Comptroller-General", "Attorney-General", "Auditor-General",
// "Governor-General") before a name, in an appositive or not: the
// office is the title, not the name's first word. A hyphenated surname,
// a name with no title and the spaced form stay as they were.
func TestWireHyphenGeneralTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"comptroller-general in an appositive, quoted by", "The head of the customs service, Comptroller-General Musa Danjuma Bello, was quoted by the Daily Trust as saying the border would “stay shut until further notice.”",
			[]string{"Musa Danjuma Bello"}},
		{"attorney-general, told", "“The charges stand,” Attorney-General Kemi Adeyemi told reporters.",
			[]string{"Kemi Adeyemi"}},
		{"auditor-general, inverted", "“The accounts were not kept,” said Auditor-General Joseph Mwangi Kariuki.",
			[]string{"Joseph Mwangi Kariuki"}},
		{"governor-general, he after", "Governor-General Sir Peter Hallam said the vote was “a fair one.” “I have no doubt,” he said.",
			[]string{"Peter Hallam", "Peter Hallam"}},
		// Near misses: a hyphenated surname, a name alone, and the
		// spaced form.
		{"hyphenated surname", "“We will appeal,” said Ifeoma Okonkwo-Bello.",
			[]string{"Ifeoma Okonkwo-Bello"}},
		{"no title", "“The port is open,” Bashir Lawal told AFP.",
			[]string{"Bashir Lawal"}},
		{"spaced form", "“The checks go on,” said Inspector General Usman Baba Alkali.",
			[]string{"Usman Baba Alkali"}},
	})
}
