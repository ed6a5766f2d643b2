package wirestory

import "testing"

// A capitalised preposition between capitalised words makes one body's
// name, whose first word is no role before a name: "Doctors Without
// Borders" is not a doctor called "Borders".
func TestForms30PrepositionInBodyName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"role word, Without, place word",
			"GENEVA (AFP) - Clinics in the north have closed.\n\n\"We cannot reach the wounded,\" Doctors Without Borders said in a statement.",
			[]string{"Doctors Without Borders"}},
		{"pronoun back to the body",
			"PARIS (Reuters) - Press freedom fell again. Reporters Without Borders said the number of jailed journalists had doubled. \"This is a dark year,\" the group said.",
			[]string{"Reporters Without Borders"}},
		{"Against, after the cue",
			"WASHINGTON (AP) - Road deaths rose last year. \"Every one of them was preventable,\" said Mothers Against Drunk Driving.",
			[]string{"Mothers Against Drunk Driving"}},
		{"after a role's for",
			"NAIROBI (Reuters) - Wells dried up across the county. \"We will drill again,\" said Amina Odhiambo, a spokeswoman for Engineers Without Borders.",
			[]string{"Amina Odhiambo"}},
		// Near misses: a preposition in lower case after a plural is no
		// name's, and a title-case headline's capitals are not read.
		{"lower-case preposition after a plural",
			"GAZA (Reuters) - Strikes hit the city. Doctors at Al-Shifa Hospital said they were \"working without light\".",
			[]string{""}},
		{"lower-case without",
			"MOSCOW (AFP) - Police sealed the square. Reporters without press cards said they were \"turned away at gunpoint\".",
			[]string{""}},
		{"title-case headline",
			"Nurses Without Pay Threaten Strike\n\nLAGOS (Reuters) - Nurses at state hospitals have not been paid since May. \"We are tired,\" said Ngozi Eze, a nurse in Ikeja. \"We will stop work on Monday,\" she said.",
			[]string{"Ngozi Eze", "Ngozi Eze"}},
	})
}
