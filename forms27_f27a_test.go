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

// TestForms27AgeEpithetFarBack checks an age epithet ("the 71-year-old
// said", "the 34-year-old mother") for the person whose age the story
// gave (", 71," or "(24)" after the name, or "the 34-year-old mother X"
// before it),
// however far back, past other people named since. Near misses: with
// no such age given, the epithet keeps today's answer, the latest
// person; an age given to another person does not draw it.
func TestForms27AgeEpithetFarBack(t *testing.T) {
	far := "Officials said the scheme would be reviewed.\n\nThe prefecture said it had no budget for new wells this year. Prices of seedlings rose by a fifth. Two more growers quit in June.\n\nResearcher Takeshi Hayakawa said a new strain was being tested at six farms. \"We need five more years,\" the researcher said.\n\nMayor Noriko Kikuchi said the city would seek national funds.\n\n"
	runSpeakerCases(t, []speakerCase{
		{"name, age, far back",
			"SHIZUOKA, Dec. 6 Kyodo - Wasabi growers are losing plants to root rot.\n\n\"The roots start to rot,\" said Hiroshi Mochizuki, 71, who farms terraced beds in Izu.\n\n" + far + "\"My grandfather built these terraces by hand,\" the 71-year-old said.",
			[]string{"Hiroshi Mochizuki", "Takeshi Hayakawa", "Hiroshi Mochizuki"}},
		{"age before the name, a noun after the epithet",
			"NAIROBI, May 3 (Reuters) - Families are leaving the valley.\n\nThe 34-year-old mother Grace Wanjiru said her maize had failed twice. \"We eat once a day,\" Wanjiru said.\n\nThe county said it had no funds for food aid this year. Prices of maize rose by a third. Two schools closed in April.\n\nAgronomist Peter Otieno said the rains came late. \"The soil is dry,\" the agronomist said.\n\nGovernor Samuel Kiprono said aid would come.\n\n\"I do not know how we will pay the fees,\" the 34-year-old mother said.",
			[]string{"Grace Wanjiru", "Peter Otieno", "Grace Wanjiru"}},
		{"age in brackets, epithet opens the sentence",
			"SYDNEY, June 2 (AAP) - A surfer has been bitten by a shark.\n\nLiam Carter (24) was paddling out when the shark struck. \"It came out of nowhere,\" Carter said.\n\nThe council closed the beach. Drones will patrol the bay for a week. Two more sharks were seen on Monday.\n\nLifeguard Mia Thompson said the water was murky. \"We could not see it,\" Thompson said.\n\nCouncillor Ben Hughes said nets would be checked.\n\nThe 24-year-old said he would surf again. \"I love the ocean,\" he said.",
			[]string{"Liam Carter", "Mia Thompson", "Liam Carter"}},
		// Near misses.
		{"no age given: the latest person",
			"SHIZUOKA, Dec. 6 Kyodo - Wasabi growers are losing plants to root rot.\n\n\"The roots start to rot,\" said Hiroshi Mochizuki, who farms terraced beds in Izu.\n\n" + far + "\"My grandfather built these terraces by hand,\" the 71-year-old said.",
			[]string{"Hiroshi Mochizuki", "Takeshi Hayakawa", "Noriko Kikuchi"}},
		{"another age given: the latest person",
			"SHIZUOKA, Dec. 6 Kyodo - Wasabi growers are losing plants to root rot.\n\n\"The roots start to rot,\" said Hiroshi Mochizuki, 68, who farms terraced beds in Izu.\n\n" + far + "\"My grandfather built these terraces by hand,\" the 71-year-old said.",
			[]string{"Hiroshi Mochizuki", "Takeshi Hayakawa", "Noriko Kikuchi"}},
	})
}

// TestForms27PronounNotPublisher checks "he" or "she" a paragraph after
// an "according to" or a document's by-phrase naming an organisation
// ("according to a survey published on Friday by the Goa Consumer
// Forum", "a study by the Coastal Livelihoods Trust"): the pronoun is
// the person who spoke before, never the organisation, whether or not
// its head word is listed. Near misses: a person named in the by-phrase
// ("a study by Dr Meera Nair") may be who "she" is; a name after "the"
// with a title stays a person's.
func TestForms27PronounNotPublisher(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"survey published by the forum",
			"Panaji, Dec 7 (IANS) Fishermen blocked the jetty road on Monday.\n\nThe union's secretary, Rosy D'Costa, said the women who sell fish at the market had also been hit.\n\nFish prices have risen by nearly 40 per cent in a month, according to a survey published on Friday by the Kerala Fishworkers Forum.\n\n\"Nobody took anything home this week,\" she said.",
			[]string{"Rosy D'Costa"}},
		{"report by the trust",
			"CHENNAI, Jan 9 (PTI) Salt pan workers have not been paid for three months.\n\nWorkers' leader Muthu Lakshmi said the pans had flooded twice since November.\n\nWages in the pans fell by a fifth last year, a report released on Tuesday by the Coastal Livelihoods Trust said.\n\n\"We are living on loans,\" she said.",
			[]string{"Muthu Lakshmi"}},
		{"figures compiled by the initiative",
			"DHAKA, May 3 (AFP) - Garment workers marched on Sunday.\n\nUnion organiser Rahim Uddin said wages had not kept up with prices.\n\nRents in the city rose by a third in two years, according to figures compiled by the Garment Workers Solidarity Initiative.\n\n\"A worker cannot pay for a room,\" he said.",
			[]string{"Rahim Uddin"}},
		// Near misses.
		{"a person in the by-phrase",
			"CHENNAI, Jan 9 (PTI) Salt pan workers have not been paid.\n\nWorkers' leader Muthu Raman said the pans had flooded twice.\n\nWages fell by a fifth last year, according to a study by Dr Meera Nair of Madras University.\n\n\"The workers are living on loans,\" she said.",
			[]string{"Meera Nair"}},
		{"a titled name after the article",
			"LONDON, June 2 (Reuters) - The charity's accounts were published.\n\nThe accounts were signed by the Reverend Anne Holloway, its chair.\n\n\"We have nothing to hide,\" she said.",
			[]string{"Anne Holloway"}},
	})
}

// TestForms27PronounConjunctOfKnownSex checks "he" or "she" after a
// subject of two conjuncts ("Village head Sutrisno and the regency's
// environment chief, Dr Ratna Wulandari, inspected …"), the first a
// name whose sex the story does not tell, the second of the pronoun's
// sex by a courtesy title or given name: the pronoun is the second.
// Near misses: both sexes known; neither known (the first, as today);
// the second named in no coordination of the subject (the woman, as
// today: the subject's sex is not known).
func TestForms27PronounConjunctOfKnownSex(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"mononym and the chief, Dr",
			"Demak (Indonesia) (AFP) - Villagers hauled sandbags onto the sea wall on Monday.\n\nVillage head Sutarno and the regency's fisheries chief, Dr Dewi Anggraini, inspected the breach on Sunday.\n\n“We have money for sand but not for machines,” she said.",
			[]string{"Dewi Anggraini"}},
		{"mononym and the midwife, Mrs",
			"SEMARANG, Indonesia, March 4 (Reuters) - Floods cut the coastal road for a third day.\n\nVillage chief Karto and the village midwife, Mrs Endang Lestari, met the governor on Friday.\n\n“The pumps cannot keep up,” she told Reuters.",
			[]string{"Endang Lestari"}},
		{"surname and a titled man, he",
			"LAGOS, June 2 (AFP) - A cholera outbreak has killed nine people.\n\nCouncillor Adebayo and the state's health commissioner, Mr Tunde Bakare, visited the clinic on Tuesday.\n\n“We need clean water more than drugs,” he said.",
			[]string{"Tunde Bakare"}},
		// Near misses.
		{"both sexes known",
			"Demak (Indonesia) (AFP) - Villagers hauled sandbags.\n\nVillage head Budi Sutarno and the regency's fisheries chief, Dr Dewi Anggraini, inspected the breach on Sunday.\n\n“We have money for sand but not for machines,” he said.",
			[]string{"Budi Sutarno"}},
		{"neither sex known",
			"Demak (Indonesia) (AFP) - Villagers hauled sandbags.\n\nVillage head Sutarno and fisheries chief Anggraini inspected the breach on Sunday.\n\n“We have money for sand but not for machines,” she said.",
			[]string{"Sutarno"}},
		{"no coordination of the subject",
			"Demak (Indonesia) (AFP) - Villagers hauled sandbags.\n\nVillage head Sutarno inspected the breach on Sunday, a week after Dr Dewi Anggraini had warned of it.\n\n“We have money for sand but not for machines,” she said.",
			[]string{"Dewi Anggraini"}},
	})
}
