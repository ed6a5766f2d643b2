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

// A quotation read as a name (its words capitalised) is the title of a
// programme or a work named in passing after a frame ("an appearance on",
// "an interview with", "the author of") or before a noun of its people
// or parts ("host", "star", "episode"): said by no one, even inside a
// report.
func TestForms30TitleNamedInPassing(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"appearance on, comma inside",
			"WASHINGTON (AP) - The budget talks stalled. In an appearance on \"Meet the Press,\" Sen. Dana Lowell said the bill was \"dead on arrival.\"",
			[]string{"", "Dana Lowell"}},
		{"interview with, no punctuation inside",
			"WASHINGTON (Reuters) - Rep. Carla Mendes said in an interview with \"Face the Nation\" that the deal was \"not good enough.\"",
			[]string{"", "Carla Mendes"}},
		{"told a programme",
			"WASHINGTON (AP) - Sen. Dana Lowell held firm. \"We will not move,\" Lowell told \"Fox and Friends\" on Monday.",
			[]string{"Dana Lowell", ""}},
		{"host after the title",
			"NEW YORK (AP) - The ad drew complaints. \"Morning Brief\" host Ana Ruiz said on Thursday the ad was \"a mess.\"",
			[]string{"", "Ana Ruiz"}},
		{"author of, in an appositive",
			"LONDON (AFP) - Banks face new rules. Tom Hale, the author of \"Empire of Salt,\" said regulators were \"years behind.\"",
			[]string{"", "Tom Hale"}},
		// Near misses: a capitalised phrase of the speaker's, with no
		// frame before or noun after, stays the speaker's; a lower-case
		// quotation after a frame's words is a quotation.
		{"phrase of the speaker's",
			"WASHINGTON (AP) - Sen. Dana Lowell spoke in Ohio. She said the country needed \"Peace Through Strength\" again.",
			[]string{"Dana Lowell"}},
		{"frame words before a lower-case quotation",
			"CAIRO (Reuters) - In an interview with reporters, Minister Hassan Farouk called the plan \"a disgrace.\"",
			[]string{"Hassan Farouk"}},
	})
}

// A group "across" a place is the group, not the place: "across" ends
// the head of the mention as "in" and "at" do, so the place is no name.
func TestForms30GroupAcrossPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"scare term in a group's report",
			"MERIDA, Mexico (AFP) - In the markets of Merida, weavers across Yucatan say cheap machine-made goods are sold as \"handmade\" in tourist shops.",
			[]string{""}},
		{"partial quotation of a group",
			"LAGOS (Reuters) - The levy took effect on Monday, and traders across Lagos said it was \"a death sentence\" for small shops.",
			[]string{""}},
		// Near misses: a named person "across" nothing, and a body named
		// before "across".
		{"named person",
			"NAIROBI (Reuters) - Farmers met on Monday. Grace Wanjiru, who sells maize across Kenya, said prices were \"the worst in years\".",
			[]string{"Grace Wanjiru"}},
		{"body before across",
			"TOKYO (Kyodo) - Japan Railways said across its network that trains were \"running on time\".",
			[]string{"Japan Railways"}},
	})
}
