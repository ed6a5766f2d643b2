package wirestory

import "testing"

// A definite back-reference by the head noun of a body named earlier
// ("the General Directorate of Civil Defense" … "the directorate said")
// is that body, as "the ministry" is the ministry named before.
func TestForms30DirectorateBackReference(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quote first, the directorate said",
			"RIYADH, Dec 7 (SPA) - The General Directorate of Narcotics Control seized 40 kilograms of hashish in Jazan.\n\n\"Smugglers will be pursued wherever they are,\" the directorate said.",
			[]string{"General Directorate of Narcotics Control"}},
		{"directorate after said",
			"AMMAN (Petra) - The Public Security Directorate warned drivers of black ice on the desert highway.\n\n\"Do not travel at night unless you must,\" said the directorate, which deployed 60 patrols.",
			[]string{"Public Security Directorate"}},
		{"lead body, later directorate with also",
			"CAIRO (MENA) - The Directorate of Health in Giza opened three field clinics on Sunday.\n\nThe directorate also said that \"no case of cholera has been recorded\" in the governorate.",
			[]string{"Directorate of Health"}},
		// Near misses: the ministry still goes to the ministry named, and
		// a named body still takes "it".
		{"ministry back-reference unchanged",
			"KUWAIT (KUNA) - The Ministry of Interior closed two roads in Jahra.\n\n\"The closure is temporary,\" the ministry said.",
			[]string{"Ministry of Interior"}},
		{"named body takes it",
			"AMMAN (Petra) - The Public Security Directorate urged caution.\n\n\"Roads are icy,\" it said.",
			[]string{"Public Security Directorate"}},
		{"no directorate named before",
			"BEIRUT (Reuters) - Floods cut the coastal road.\n\n\"We are working to reopen it,\" the directorate said.",
			[]string{""}},
	})
}
