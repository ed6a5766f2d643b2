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

// TestWireOutletNameWithDomain checks an outlet's name written as its
// web address, a period and no space inside a capitalised word ("The
// Sakhalin.Info news portal", "Lenta.ru", "Fontanka.ru"): the period is
// the name's, not a sentence's end. A missing space after a sentence's
// period before an English word, an abbreviation and a decimal stay as
// they were.
func TestWireOutletNameWithDomain(t *testing.T) {
	tests := []attrCase{
		{"capitalised suffix, news portal", "The ferry will sail on Monday, the Sakhalin.Info news portal reported, citing port officials.",
			[]string{"the Sakhalin.Info news portal | reported >> port officials | citing"}},
		{"lower-case suffix, subject", "The Fontanka.ru news website reported, citing city officials, that the bridge was shut.",
			[]string{"The Fontanka.ru news website | reported >> city officials | citing"}},
		{"bare site name", "The talks had stalled, Gazeta.ru reported, citing sources in the ministry.",
			[]string{"Gazeta.ru | reported >> sources in the ministry | citing"}},
		{"central Asian site", "The border will reopen next week, the Kun.uz website reported, citing customs officers.",
			[]string{"the Kun.uz website | reported >> customs officers | citing"}},
		// Near misses: a missing space before an English word, and an
		// abbreviation's periods.
		{"missing space before a sentence", "The bridge was shut in Kyiv.In the morning, the paper reported, citing police.",
			[]string{"the paper | reported >> police | citing"}},
		{"abbreviation", "The talks stalled, the U.S. daily reported, citing diplomats.",
			[]string{"the U.S. daily | reported >> diplomats | citing"}},
	}
	runAttrCases(t, tests, showChain)
}
