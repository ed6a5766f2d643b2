package wirestory

import "testing"

// TestForms26OrgOfBeforeLowerRole checks an organisation's name with
// "of" or "for" inside ("Association of X", "Federation of Y", "Council
// for Z") before a lower-case role and a name: the holder speaks, not
// the organisation. Near misses: the organisation alone speaks; an
// organisation's name before a verb; a short company name before a role
// still works.
func TestForms26OrgOfBeforeLowerRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"association of, managing director", "Freiburg (dpa) - Workshops are closing, an industry group said on Monday.\n\n“We are losing hands faster than we can train them,” Association of Alpine Woodcarvers managing director Karl-Otto Brenner told dpa.",
			[]string{"Karl-Otto Brenner"}},
		{"federation of, president, he said", "MANILA, May 3 (PNA) - Fuel prices rose again this week.\n\nFederation of Coastal Fishing Cooperatives president Ramon Dela Paz said catches had halved. “The boats stay in port,” he said.",
			[]string{"Ramon Dela Paz"}},
		{"council for, chief executive", "JOHANNESBURG, June 2 (Reuters) - Power cuts will return in July.\n\n“Prices will rise before winter,” said Council for Rural Electrification chief executive Thandiwe Mokoena.",
			[]string{"Thandiwe Mokoena"}},
		{"chamber of, executive director", "PRAGUE, Jan 9 (CTK) - Truckers blocked the motorway on Friday.\n\n“Nobody asked the drivers,” Chamber of Road Hauliers executive director Pavel Dostal told CTK.",
			[]string{"Pavel Dostal"}},
		// Near misses.
		{"organisation alone", "Freiburg (dpa) - Workshops are closing.\n\n“We are losing hands,” the Association of Alpine Woodcarvers said in a statement.",
			[]string{"Association of Alpine Woodcarvers"}},
		{"organisation before said", "MANILA, May 3 (PNA) - Fuel prices rose again this week.\n\nFederation of Coastal Fishing Cooperatives said catches had halved. “The boats stay in port,” it said.",
			[]string{"Federation of Coastal Fishing Cooperatives"}},
		{"short company before a role", "“Orders are up,” Codewell founder and CEO Anita Rao told Reuters.",
			[]string{"Anita Rao"}},
	})
}
