package wirestory

import "testing"

// Round 22, chain levels: the forms of h22. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestChainBodyPortfolioList checks a body's name with a comma list of
// portfolios after a document's or records' "from" or "by", "figures
// from the Ministry of Environment, Water and Agriculture": the list is
// the name's (bodyPortfolioEnd), not cut at the first comma. A list of
// other bodies, a title after the comma or a lower-case word is none.
func TestChainBodyPortfolioList(t *testing.T) {
	tests := []attrCase{
		{"cited, from", "Rehabilitated rangeland reached 118,000 hectares, according to the daily, which cited figures from the Ministry of Municipal, Rural Affairs and Housing.",
			[]string{"the daily | according to >> figures from the Ministry of Municipal, Rural Affairs and Housing | cited"}},
		{"citing, serial comma", "Shipments of dates rose 12 percent, the paper said, citing data from the Ministry of Trade, Industry, and Energy.",
			[]string{"the paper | said >> data from the Ministry of Trade, Industry, and Energy | citing"}},
		{"citing a report by", "Hotel occupancy fell to 41 percent, the agency reported, citing a report by the Ministry of Culture, Sports and Tourism.",
			[]string{"the agency | reported >> a report by the Ministry of Culture, Sports and Tourism | citing"}},
		{"quoting, a time after", "The fishing ban will be extended, the newspaper said, quoting statistics from the Ministry of Environment, Water and Agriculture on Sunday.",
			[]string{"the newspaper | said >> statistics from the Ministry of Environment, Water and Agriculture | quoting"}},

		// Near misses: other bodies, a title, a lower-case word after the comma.
		{"other bodies", "Exports rose 8 percent, the paper said, citing figures from the Ministry of Trade, Reuters and AFP.",
			[]string{"the paper | said >> figures from the Ministry of Trade | citing"}},
		{"a lower-case word", "Exports rose 8 percent, the paper said, citing figures from the Ministry of Trade, which were released on Monday.",
			[]string{"the paper | said >> figures from the Ministry of Trade | citing"}},
		{"no of-name", "Exports rose 8 percent, the paper said, citing figures from the Trade Ministry, Industry and Energy.",
			[]string{"the paper | said >> figures from the Trade Ministry | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainQualifiedRecords checks "citing" records with an adjective
// that marks them as put out by someone, "citing provisional estimates",
// "citing the latest projections": a level (qualifiedRecords), even where
// the noun is also a cue's word ("estimates", recordsCueEnd). Records
// with no such adjective and a reason stay as they were.
func TestChainQualifiedRecords(t *testing.T) {
	tests := []attrCase{
		{"according to, citing", "According to the National Hazelnut Council, citing provisional estimates, the harvest could reach 650,000 tons this season.",
			[]string{"the National Hazelnut Council | According to >> provisional estimates | citing"}},
		{"said, citing the latest", "Wheat output is set to fall 9 percent, the ministry said, citing the latest estimates.",
			[]string{"the ministry | said >> the latest estimates | citing"}},
		{"reported, preliminary projections", "Tourist arrivals will top 60 million this year, the agency reported, citing preliminary projections.",
			[]string{"the agency | reported >> preliminary projections | citing"}},
		{"official estimates", "The flood displaced some 12,000 families, the Red Crescent said, citing official estimates.",
			[]string{"the Red Crescent | said >> official estimates | citing"}},

		// Near misses: a reason, records with a plain adjective.
		{"a reason", "The company cut its outlook, the chief executive said, citing higher costs.",
			[]string{"the chief executive | said", "the chief executive | citing"}},
		{"lower estimates", "Output fell, the council said, citing lower estimates of rainfall.",
			[]string{"the council | said", "the council | citing"}},
		{"bare estimates", "According to the council, citing estimates, output could reach 480,000 tons.",
			[]string{"the council | According to", "the council | citing"}},
		{"bare estimates with their makers", "According to estimates by the Health Ministry and the World Health Organization, some 650,000 people carry the virus.",
			[]string{"estimates by the Health Ministry and the World Health Organization | According to"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainSocialMediaVenue checks "on social media" after a document
// as the venue that carried it, a level as "posted on its website" and
// "on Instagram" are (platform, [chainPlatforms]). Social media named
// with no cue, or a lower-case topic after "on", is none.
func TestChainSocialMediaVenue(t *testing.T) {
	tests := []attrCase{
		{"a statement on social media", "Olive oil output will fall by a third this season, Agriculture Minister Kemal Aydın said in a statement on social media.",
			[]string{"Agriculture Minister Kemal Aydın | said >> a statement | in >> social media | on"}},
		{"a post on social networks", "The border crossing will reopen on Monday, the governor's office said in a post on social networks.",
			[]string{"the governor's office | said >> a post | in >> social networks | on"}},
		{"his social media account", "Nine people were rescued from the rubble, Interior Minister Selim Arda said in a statement on his social media account.",
			[]string{"Interior Minister Selim Arda | said >> a statement | in >> his social media account | on"}},
		{"on Instagram", "The concert was cancelled because of the storm, the singer said in a message on Instagram.",
			[]string{"the singer | said >> a message | in >> Instagram | on"}},

		// Near misses: social media with no cue, a topic after "on".
		{"no cue", "Farmers shared videos of the flooding on social media, the ministry said in a statement.",
			[]string{"the ministry | said >> a statement | in"}},
		{"a topic", "The cuts are needed, the minister said in a statement on social issues.",
			[]string{"the minister | said >> a statement | in"}},
		{"a lower-case one-word platform", "The cuts are needed, the minister said in a statement on x.",
			[]string{"the minister | said >> a statement | in"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainQuotedPronounSpeechLater checks speech embedded in a
// quotation's later sentence with a pronoun subject, "Half of my buyers
// called last week. They said they would wait …," she said: a level of
// the quote's speaker (pronounOpensSentence), as at the quote's start.
// A noun subject there (a figure of speech, "The birds are telling us"),
// a verb with no words reported, and the speaker's own present words
// stay as they were.
func TestChainQuotedPronounSpeechLater(t *testing.T) {
	tests := []attrCase{
		{"they said", "\"Half of my buyers called last week. They said they would wait for the Chinese crop,\" she said.",
			[]string{"she | said >> They | said"}},
		{"he told us", "\"We waited at the checkpoint for six hours. He told us the road to the port was closed,\" the driver said.",
			[]string{"the driver | said >> He | told"}},
		{"she warned", "\"The clinic ran out of insulin in March. She warned that more patients would die,\" the nurse said.",
			[]string{"the nurse | said >> She | warned"}},

		// Near misses: a noun subject, no words reported, no second sentence.
		{"a figure of speech", "\"Every morning new flocks land on the mudflats. The birds are telling us the water is right again,\" said the engineer.",
			nil},
		{"no words reported", "\"The owner knew of the cracks. They had complained to him in writing,\" a police officer said.",
			nil},
		{"a noun subject", "\"Half of my buyers called last week. The buyers said they would wait,\" she said.",
			nil},
	}
	runChainCases(t, tests)
}

// TestChainQuotedHerAsSaying checks "X quoted her as saying" after a
// quotation, a document or an outlet as the quoter: "her", a
// possessive's form with no noun before "as saying", is the object
// pronoun and the inner level. "her" before a noun stays the noun's
// determiner, and a "quoted" with no "as saying" is no such form.
func TestChainQuotedHerAsSaying(t *testing.T) {
	tests := []attrCase{
		{"a statement", "\"The qanats have carried water to these villages for 2,000 years,\" the statement quoted her as saying.",
			[]string{"the statement | quoted >> her | as saying"}},
		{"an agency", "\"The harvest was the worst in a decade,\" the agency quoted her as saying.",
			[]string{"the agency | quoted >> her | as saying"}},
		{"before the content", "The ministry's statement quoted her as saying that the dam would be finished by June.",
			[]string{"The ministry's statement | quoted >> her | as saying"}},
		{"cited", "\"We will not reopen the mine,\" the report cited her as saying.",
			[]string{"the report | cited >> her | as saying"}},

		// Near misses: "her" before a noun, "him", no "as saying".
		{"her deputy", "\"The wells are dry,\" the statement quoted her deputy as saying.",
			[]string{"the statement | quoted >> her deputy | as saying"}},
		{"him", "\"The wells are dry,\" the report quoted him as saying.",
			[]string{"the report | quoted >> him | as saying"}},
		{"no as saying", "The report quoted her remarks at length.",
			nil},
	}
	runChainCases(t, tests)
}

// TestChainFrontedCiting checks a fronted "Citing <document or source>,
// X said …": what X cites is a level of the main verb, as after it
// ("X said, citing …"), and links after it follow. A reason cited up
// front stays X's stance, and a fronted "Citing" with no reporting verb
// after it is no level of anything.
func TestChainFrontedCiting(t *testing.T) {
	tests := []attrCase{
		{"a survey by", "Citing a 2019 survey by the Karnataka Lake Conservation and Development Authority, the petition said the lake had shrunk by 40 percent.",
			[]string{"the petition | said >> a 2019 survey by the Karnataka Lake Conservation and Development Authority | Citing"}},
		{"a report by", "Citing a report by the state audit office, the newspaper said the bridge was unsafe.",
			[]string{"the newspaper | said >> a report by the state audit office | Citing"}},
		{"records", "Citing customs data, the ministry said rice exports rose 8 percent in May.",
			[]string{"the ministry | said >> customs data | Citing"}},
		{"quoting an official", "Quoting a senior official, the daily reported that the talks had collapsed.",
			[]string{"the daily | reported >> a senior official | Quoting"}},
		{"a venue after", "Citing a statement posted on its website, the newspaper said the dam was unsafe.",
			[]string{"the newspaper | said >> a statement | Citing >> its website | posted on"}},

		// Near misses: a reason, and no reporting verb.
		{"a reason", "Citing low growth, the central bank said it would cut rates.",
			[]string{"the central bank | Citing", "the central bank | said"}},
		{"no reporting verb", "Citing a family matter, the senator withdrew from the race.",
			[]string{"the senator | Citing"}},
	}
	runAttrCases(t, tests, showChain)
}
