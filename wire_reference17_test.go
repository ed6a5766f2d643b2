package wirestory

import "testing"

// TestWireUnnamedRoleAtPlace checks an unnamed speaker given by a role
// noun and a place after it ("a police commander in Challapata told
// EFE", "an official at the ministry's Kota Bharu office said"): the
// place is no name, and the quotation has no speaker, whether or not
// the lexicon knows the place.
func TestWireUnnamedRoleAtPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"role in an unknown town, told", "\"The road is open again,\" a police commander in Huanuni told EFE by telephone.",
			[]string{""}},
		{"adjectives, role in a town, said", "\"The birds have come back to the lake,\" a local environmental official in Mahabad said.",
			[]string{""}},
		{"said, role at a possessive office", "\"If the rain stops, the river will fall,\" said an official at the agency's Kuala Krai office.",
			[]string{""}},
		{"role at a branch", "\"We have no more sandbags,\" an officer at the Red Crescent's Tabriz branch said.",
			[]string{""}},
		{"role in a two-word town", "\"Nobody was hurt,\" a hospital spokesman in Santa Cruz told reporters.",
			[]string{""}},
		{"said, role in a town", "\"The water is still rising,\" said a rescue worker in Pasir Mas.",
			[]string{""}},
		{"role in a town, a person named after it", "\"The situation is calm,\" a police commander in Huanuni told EFE.\n\nAmong the marchers was Rosa Mamani, 47, who grows potatoes nearby. \"We want a fair price,\" she said.",
			[]string{"", "Rosa Mamani"}},
		// Near misses: the person is named beside the role, or after a
		// role word and before the place; an unnamed source named in the
		// sentence after it.
		{"role, named apposition", "\"The road is open again,\" a police commander, Juan Perez, told EFE.",
			[]string{"Juan Perez"}},
		{"titled name in a town", "\"The road is open again,\" commander Juan Perez in La Paz told EFE.",
			[]string{"Juan Perez"}},
		{"name, role at an office", "\"We have no more sandbags,\" said Rahim Aziz, an official at the agency's Kota Bharu office.",
			[]string{"Rahim Aziz"}},
		{"name then role in a town", "\"The birds have come back,\" Farid Karimi, an environmental official in Mahabad, said.",
			[]string{"Farid Karimi"}},
		{"unnamed, named next", "\"The road is open again,\" a police commander told EFE.\n\nJuan Perez, who has led the local force since 2019, said the blockade had ended.",
			[]string{"Juan Perez"}},
	})
}
