package wirestory

import "testing"

// TestForms27LongTitleBetweenQuotes checks a capitalised title whose
// body runs through several "of"s before a name ("Deputy Director of the
// X Branch of the Y Institute of Z Name told TASS."), between two
// quotations of one paragraph: the phrase keeps the title's rank words
// ("Deputy", "First Deputy") though the body runs to the walk's bound,
// and both quotations are the name's. Near misses: a title of one word
// at the bound; a short title between two quotes; a rank word that is a
// name's ("Rosa Deputy").
func TestForms27LongTitleBetweenQuotes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"deputy head, branch of, service for",
			"IRKUTSK, March 3. /TASS/. The ice on the lake broke up two weeks early.\n\n“The ice went out on the ninth of April, the earliest in our records,” Deputy Head of the Eastern Siberian Branch of the Federal Service for Hydrometeorology and Environmental Monitoring Pavel Korolyov told TASS. “The fish spawned early too.”",
			[]string{"Pavel Korolyov", "Pavel Korolyov"}},
		{"first deputy director, center of, academy of",
			"MOSCOW, May 14. /TASS/. Wheat sowing is behind schedule in the Volga region.\n\n“The soil is still too wet in half of the districts,” First Deputy Director of the Federal Center of Agricultural Research of the Russian Academy of Sciences Marina Gorbunova told TASS. “Another week of rain and yields will fall.”",
			[]string{"Marina Gorbunova", "Marina Gorbunova"}},
		{"acting head, department of, ministry of",
			"VLADIVOSTOK, Oct 2. /TASS/. Salmon catches in Primorye fell by a third.\n\n“Fewer fish came back to the rivers this autumn,” Acting Head of the Department of Fisheries of the Ministry of Agriculture of Primorsky Territory Sergei Lyapin said. “We expect a better run next year.”",
			[]string{"Sergei Lyapin", "Sergei Lyapin"}},
		{"senior deputy director, institute of, academy of",
			"KRASNOYARSK, July 8. /TASS/. Wildfires have burned twice as much taiga as last year.\n\n“Most of the fires started from dry thunderstorms,” Senior Deputy Director of the Institute of Forest of the Siberian Branch of the Russian Academy of Sciences Oleg Zubarev said. “People caused fewer than usual.”",
			[]string{"Oleg Zubarev", "Oleg Zubarev"}},
		// Near misses.
		{"short title between quotes",
			"IRKUTSK, March 3. /TASS/. The ice broke up early.\n\n“The ice went out early,” Deputy Director Pavel Korolyov told TASS. “The fish spawned early too.”",
			[]string{"Pavel Korolyov", "Pavel Korolyov"}},
		{"one-word title at the bound",
			"IRKUTSK, March 3. /TASS/. The ice broke up early.\n\n“The ice went out early,” Director of the Baikal Branch of the Russian Federal Research Institute of Fisheries and Oceanography Yelena Sukhanova told TASS. “The fish spawned early too.”",
			[]string{"Yelena Sukhanova", "Yelena Sukhanova"}},
		{"a lower-case role after a comma",
			"IRKUTSK, March 3. /TASS/. The ice broke up early.\n\n“The ice went out early,” said Yelena Sukhanova, deputy director of the Baikal branch of the institute. “The fish spawned early too.”",
			[]string{"Yelena Sukhanova", "Yelena Sukhanova"}},
	})
}
