package wirestory

import "testing"

// Round 23, chain forms of y23. Each test holds variants of one form in
// wire style and near misses that must not change.

// TestSourceBodyPortfolioAnd checks a source before its cue whose body's
// "of" names two fields in lower case joined by "and", "the provincial
// directorate of agriculture and forestry said": the whole phrase is the
// source, not the field after the "and" (portfolioAndStart). People or
// a body after the "and" ("and officials", "and farmers") and two
// sources joined by "and" keep their reading.
func TestSourceBodyPortfolioAnd(t *testing.T) {
	tests := []attrCase{
		{"said in a statement", "Cocoon output rose to 4.2 tons this season, the provincial directorate of agriculture and forestry said in a statement.",
			[]string{"the provincial directorate of agriculture and forestry | said >> a statement | in"}},
		{"said before content", "The district directorate of health and social affairs said on Monday that 14 people were treated for smoke inhalation.",
			[]string{"The district directorate of health and social affairs | said"}},
		{"told an addressee", "The regional department of fisheries and livestock told reporters the ban on trawling would stay until May.",
			[]string{"The regional department of fisheries and livestock | told -> reporters"}},
		{"a document's source", "Hotel bookings doubled over the holiday, the city bureau of culture and tourism said on its website.",
			[]string{"the city bureau of culture and tourism | said >> its website | on"}},
		{"after a comma clause", "Some 300 hectares of pine burned, and the provincial directorate of environment and forestry said the fire was under control.",
			[]string{"the provincial directorate of environment and forestry | said"}},
		{"three fields", "Locusts have destroyed 2,000 hectares of maize, the district department of agriculture, livestock and fisheries said on Friday.",
			[]string{"the district department of agriculture, livestock and fisheries | said"}},
		{"quoted as saying", "The provincial directorate of agriculture and forestry was quoted by the daily Sabah as saying that output had doubled.",
			[]string{"the daily Sabah | quoted by >> The provincial directorate of agriculture and forestry | as saying"}},

		// Near misses: two sources, people after the "and", no body
		// before the "of".
		{"two bodies", "Prices of bread rose 20 percent in a month, the ministry and the police said.",
			[]string{"the ministry and the police | said"}},
		{"two kinds of people", "Prices of bread rose 20 percent in a month, farmers and traders said.",
			[]string{"farmers and traders | said"}},
		{"officials after and", "The head of the directorate of health and officials said the clinic was closed.",
			[]string{"officials | said"}},
		{"the police after and", "The directorate of health and the police said the clinic was closed.",
			[]string{"the police | said"}},
		{"rescuers after and", "Two people died in the blaze, the directorate of health and rescuers said.",
			[]string{"rescuers | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestCitingReasonInPlace checks "X said, citing heat waves in Gangwon
// Province": a reason after "citing" with the place where it happened,
// "in" or "on" and a capitalised name, stays a reason (chains-conventions:
// "citing" with a reason is no level). The capitalised place tells where,
// not who. A source, a person or a document named before the place
// ("citing a source in the Russian Academy of Sciences", "citing
// diplomats in Beijing", "citing relatives in Moscow") and a name cited
// on its own stay levels.
func TestCitingReasonInPlace(t *testing.T) {
	tests := []attrCase{
		{"heat waves in a province", "The rise came despite a poor harvest, which pushed up prices of napa cabbage, the ministry said, citing heat waves in Gangwon Province.",
			[]string{"the ministry | said", "the ministry | citing"}},
		{"floods in two states", "Rice prices climbed 12 percent in a month, the agency reported, citing floods in Assam and West Bengal.",
			[]string{"the agency | reported", "the agency | citing"}},
		{"the war in", "The airline will suspend its flights to Baku, the company said on Tuesday, citing the war in Ukraine.",
			[]string{"the company | said", "the company | citing"}},
		{"weak demand in", "Car sales slowed in the third quarter, the automaker said, citing weak demand in Europe.",
			[]string{"the automaker | said", "the automaker | citing"}},
		{"a drought on an island", "Tangerine output will fall by a fifth, the cooperative said, citing a drought on Jeju Island.",
			[]string{"the cooperative | said", "the cooperative | citing"}},

		// Near misses: a source, people or a document before the place,
		// and a name on its own, stay levels.
		{"a source in", "The walrus count will resume in May, the Interfax news agency reported, citing a source in the Russian Academy of Sciences.",
			[]string{"the Interfax news agency | reported >> a source in the Russian Academy of Sciences | citing"}},
		{"diplomats in", "The talks will resume next week, the newspaper said, citing diplomats in Beijing.",
			[]string{"the newspaper | said >> diplomats in Beijing | citing"}},
		{"officials in a province", "Cabbage prices doubled, the daily reported, citing officials in Gangwon Province.",
			[]string{"the daily | reported >> officials in Gangwon Province | citing"}},
		{"relatives in", "The pilot was detained at the airport, the newspaper reported, citing relatives in Moscow.",
			[]string{"the newspaper | reported >> relatives in Moscow | citing"}},
		{"a name alone", "Korean kimchi took half of the market, the agency said, citing Nikkei.",
			[]string{"the agency | said >> Nikkei | citing"}},
		{"a reason with no place", "The herd left the beach, the ranger added, citing the risk of a stampede.",
			[]string{"the ranger | added", "the ranger | citing"}},
	}
	runAttrCases(t, tests, showChain)
}
