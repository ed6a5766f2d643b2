package wirestory

import "testing"

// The tests of this file check names and titles of round 10's blind
// wire stories: Gulf and Asian titles, an acronym or a posting between
// a title and its name, a portfolio's words, a rank's service, and a
// name in apposition after a role.

// TestWireUndersecretary checks "Undersecretary", "Under-Secretary" and
// their deputies and assistants before a name: the title is a role, not
// the name's first word, and "the undersecretary" stands for its holder.
func TestWireUndersecretary(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"assistant undersecretary, portfolio, Dr.", "Assistant Undersecretary for Medical Services Dr. Hana Al-Enezi told KUNA the wards were ready. “We are ready,” she said.",
			[]string{"Hana Al-Enezi"}},
		{"undersecretary alone", "Undersecretary Hana Al-Enezi said the wards were ready. “We are ready,” she said.",
			[]string{"Hana Al-Enezi"}},
		{"hyphenated", "Under-Secretary Rashid Al-Kaabi said the wards were ready. “We are ready,” he said.",
			[]string{"Rashid Al-Kaabi"}},
		{"deputy, portfolio", "Deputy Undersecretary for Planning Khalid Al-Mutairi said the plan was set. “It is set,” he said.",
			[]string{"Khalid Al-Mutairi"}},
		{"of a ministry, inverted", "“The wards are ready,” Undersecretary of the Ministry of Health Dr. Faisal Al-Harbi told SPA.",
			[]string{"Faisal Al-Harbi"}},
		{"permanent", "Permanent Under-Secretary Omar Haddad told reporters the deal was near. “It is near,” Haddad said.",
			[]string{"Omar Haddad"}},
		{"the undersecretary", "Undersecretary Hana Al-Enezi met the delegation. “We agreed,” the undersecretary said.",
			[]string{"Hana Al-Enezi"}},
		{"two paragraphs", "Deputy Assistant Undersecretary for Public Health Nora Al-Sabah said the wards were ready. “We are ready,” she said.\n\n“We will open a fourth,” she added.",
			[]string{"Nora Al-Sabah", "Nora Al-Sabah"}},
		// Near misses: a secretary's titles that read already.
		{"assistant secretary-general", "Assistant Secretary-General Rina Okafor said the aid was late. “It is late,” she said.",
			[]string{"Rina Okafor"}},
		{"secretary", "“We agreed,” Secretary Hana Al-Enezi said.",
			[]string{"Hana Al-Enezi"}},
	})
}
