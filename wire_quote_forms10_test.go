package wirestory

import "testing"

// A quotation named as a thing's name is said by no one: after "known
// as" ("the initiative known as “Bread for Africa”"), or between a
// determiner and the noun of a programme, an initiative or a campaign,
// written as headlines are, small words in lower case ("the “Geothermal
// Goes to Campus” program").
func TestQuoteNamedProgramme(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"known as, reported clause", "She added that the initiative known as “Bread for Africa” would continue.",
			[]string{"title: "}},
		{"also known as", "The minister said the plan, also known as “Zero Hunger 2030,” was on track.",
			[]string{"title: "}},
		{"known as, straight marks", `Officials said the fund known as "Clean Seas Now" had raised $2 million.`,
			[]string{"title: "}},
		{"launched the program", "Earlier, the minister also launched the “Geothermal Goes to Campus” program.",
			[]string{"title: "}},
		{"a campaign, small words", "The governor said the “Back to the Farm” campaign had drawn 3,000 young people.",
			[]string{"title: "}},
		{"its initiative, straight marks", `The bank said its "Loans for a Living" initiative would end in June.`,
			[]string{"title: "}},

		// Near misses: "as" alone characterises; words in lower case, or
		// no noun of a thing named after them, stay the speaker's.
		{"described as", "The senator described the plan as “a big step for Africa.”",
			[]string{"partial: The senator"}},
		{"a phrase, not a name", "He said the company had run a “very dirty” campaign against him.",
			[]string{"partial: He"}},
		{"no thing named after", "Ortiz said the “Go Home Now” message was wrong.",
			[]string{"partial: Ortiz"}},
		{"a long word in lower case", "Lim said the “Made in Malaysia matters” campaign worked.",
			[]string{"partial: Lim"}},
	})
}

// A time after a venue or a source, "late on Tuesday", "early Monday", is
// when the words came out, no part of the phrase that names where.
func TestChainVenueBeforeTime(t *testing.T) {
	tests := []attrCase{
		{"posted on its website late on Tuesday", "In a statement posted on its website late on Tuesday, the company said output fell.",
			[]string{"the company | said >> a statement | In >> its website | posted on"}},
		{"published on its website early Friday", "The miner said in a statement published on its website early Friday that the pit would close.",
			[]string{"The miner | said >> a statement | in >> its website | published on"}},
		{"carried by the agency late Monday", "The minister said in a statement carried by the state news agency late Monday that the port was open.",
			[]string{"The minister | said >> a statement | in >> the state news agency | carried by"}},
		{"citing officials late last week", "The daily reported, citing officials late last week, that the deal was off.",
			[]string{"The daily | reported >> officials | citing"}},

		{"a quotation, early Tuesday", "“We stand by it,” the firm said in a statement posted on its website early Tuesday.",
			[]string{"the firm | said >> a statement | in >> its website | posted on"}},

		// Near miss: "late" before a noun belongs to the phrase.
		{"the late activist's website", "The group said in a statement posted on the late activist's website that the march would go ahead.",
			[]string{"The group | said >> a statement | in >> the late activist's website | posted on"}},
	}
	runAttrCases(t, tests, showChain)
}

// Telling oneself, inside a quotation, is a thought: "I told myself I
// would pay it back" reports no words said to anyone, no level of the
// chain.
func TestChainQuotedToldOneself(t *testing.T) {
	tests := []attrCase{
		{"told myself, a bare paragraph", "“I am so sorry,” she said. “I told myself I would pay it back before anyone noticed.”",
			[]string{"she | said"}},
		{"told ourselves", "“We told ourselves the river would never reach the town,” the mayor said.",
			[]string{"the mayor | said"}},
		{"told himself, third person", "“My father told himself the bank would wait,” Ruth Amsel said.",
			[]string{"Ruth Amsel | said"}},
		{"told myself, a colon", "“I told myself on every point: just one more ball, just one more ball,” Ana Dobre said.",
			[]string{"Ana Dobre | said"}},

		// Near misses: told to someone else, a level.
		{"told my wife", "“I told my wife I would pay it back,” the clerk said.",
			[]string{"the clerk | said >> I | told"}},
		{"told the police that", "“I told the police that I had seen him,” Mr. Doyle said.",
			[]string{"Mr. Doyle | said >> I | told"}},
	}
	runAttrCases(t, tests, showChain)
}

// A platform one posts on, named right after the cue ("wrote on X",
// "said on Facebook"), is where the words came out: a level, as "said on
// its Telegram channel" and "in a post on X" are. A time, a topic or a
// station after "on" is none.
func TestChainOnPlatform(t *testing.T) {
	tests := []attrCase{
		{"wrote on X that", "Opposition lawmaker Emiko Nishida wrote on X that the plan was reckless.",
			[]string{"Opposition lawmaker Emiko Nishida | wrote >> X | on"}},
		{"said on X, after a quotation", "“The border is closed,” Interior Minister Mustafa Arikan said on X.",
			[]string{"Interior Minister Mustafa Arikan | said >> X | on"}},
		{"said on X, sharing footage", "“The border is closed,” Interior Minister Mustafa Arikan said on X, sharing footage of the crossing.",
			[]string{"Interior Minister Mustafa Arikan | said >> X | on"}},
		{"wrote on Facebook", "Senator Ana Lopes wrote on Facebook that the vote was rigged.",
			[]string{"Senator Ana Lopes | wrote >> Facebook | on"}},
		{"said on Truth Social", "The former president said on Truth Social that the trial was a sham.",
			[]string{"The former president | said >> Truth Social | on"}},
		{"in a statement on Telegram", "The mayor said in a statement on Telegram that the bridge was shut.",
			[]string{"The mayor | said >> a statement | in >> Telegram | on"}},

		// Near misses: a time, a topic, a station and a word that only
		// begins with a platform's name are no platform.
		{"said on Tuesday", "The senator said on Tuesday that the plan was reckless.",
			[]string{"The senator | said"}},
		{"said on the issue", "The senator said on the issue that the plan was reckless.",
			[]string{"The senator | said"}},
		{"said on state television", "“We are ready,” the minister said on state television.",
			[]string{"the minister | said"}},
		{"said on X-ray machines", "The minister said on X-ray machines at airports that they were safe.",
			[]string{"The minister | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// "X said, according to a transcript released by the ministry": the
// story cites the document, which holds X's words, so the document is
// the outer level ([Reuters] > [He] for "He said …, according to
// Reuters"), and who released or issued it stays in its phrase
// (chains-conventions: "estimates released by Munich Re").
func TestChainAccordingToDocumentReleasedBy(t *testing.T) {
	tests := []attrCase{
		{"a transcript released by", "“We will not accept it,” Wang said, according to a transcript released by the ministry.",
			[]string{"Wang | said", "a transcript released by the ministry | according to >> Wang | said"}},
		{"a readout issued by", "The envoy said the talks had failed, according to a readout issued by the State Department.",
			[]string{"The envoy | said", "a readout issued by the State Department | according to >> The envoy | said"}},

		// Near miss: an outlet, no document.
		{"according to Reuters", "He said the talks had failed, according to Reuters.",
			[]string{"He | said", "Reuters | according to >> He | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// A name in apposition after a role, "the head of the union, Arkady
// Zlobin, was quoted by Interfax as saying", is read into the quoted
// source, as it is into a speaker's ("A spokesman for the ministry, Lee
// Min-ho, said") and the object's of "quoted Y, Z, as saying": the name
// resolves the speaker. Since round 18 a chain's level shows the role
// alone (chains-conventions leave comma appositives out of a source's
// span); a one-level attribution keeps the name, as PolNeAR's gold does.
func TestChainQuotedByApposedName(t *testing.T) {
	tests := []attrCase{
		{"quoted by, a clause", "The head of the Russian Grain Union, Arkady Zlobin, was quoted by the Interfax news agency as saying the harvest was good.",
			[]string{"the Interfax news agency | quoted by >> The head of the Russian Grain Union | as saying"}},
		{"quoted by, after a quotation", "“Prices will rise,” the head of the Russian Grain Union, Arkady Zlobin, was quoted by the Interfax news agency as saying.",
			[]string{"the Interfax news agency | quoted by >> the head of the Russian Grain Union | as saying"}},
		{"a spokesman, quoted by Yonhap", "A spokesman for the ministry, Lee Min-ho, was quoted by Yonhap as saying the talks would resume.",
			[]string{"Yonhap | quoted by >> A spokesman for the ministry | as saying"}},
		{"an honorific, quoted as saying", "The company's chief executive, Dr. Hana Ortiz, was quoted as saying the plant would close.",
			[]string{"The company's chief executive, Dr. Hana Ortiz | quoted as saying"}},

		// Near misses: a relative clause or a role in apposition after a
		// name is left out.
		{"a relative clause", "The union's leader, who has led it since 2010, was quoted by Interfax as saying the harvest was good.",
			[]string{"Interfax | quoted by >> The union's leader | as saying"}},
		{"a role after the name", "Zlobin, the head of the Russian Grain Union, was quoted by Interfax as saying the harvest was good.",
			[]string{"Interfax | quoted by >> Zlobin | as saying"}},
	}
	runAttrCases(t, tests, showChain)
}

// The quotation goes to the name in apposition.
func TestQuotedByApposedNameSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quoted by, the name apposed", "“Prices will rise,” the head of the Russian Grain Union, Arkady Zlobin, was quoted by the Interfax news agency as saying.",
			[]string{"Arkady Zlobin"}},
	})
}

// "according to a report by SpaceNews, which cited two people": the
// phrase after "according to" is read as a link's is, who made the
// document kept in it ("a report by UN experts"), and the citing clause
// after it is the next level of the one chain.
func TestChainAccordingToReportByCiting(t *testing.T) {
	tests := []attrCase{
		{"which cited", "The launch was delayed, according to a report by SpaceNews, which cited two people familiar with the schedule.",
			[]string{"a report by SpaceNews | according to >> two people familiar with the schedule | cited"}},
		{"citing", "The launch was delayed, according to a report by SpaceNews citing two people familiar with the schedule.",
			[]string{"a report by SpaceNews | according to >> two people familiar with the schedule | citing"}},
		{"at the head, which cited", "According to a report by the Nikkei, which cited government sources, the plan will be shelved.",
			[]string{"a report by the Nikkei | According to >> government sources | cited"}},
		{"an outlet, which cited", "The plant will close, according to the Financial Times, which cited three sources close to the talks.",
			[]string{"the Financial Times | according to >> three sources close to the talks | cited"}},
		{"a body of commerce", "Exports fell, according to a report by the chamber of commerce.",
			[]string{"a report by the chamber of commerce | according to"}},

		// Near misses: a time after the maker is no part of the phrase,
		// and a report cited for nothing is one level.
		{"by the agency on Friday", "The plant will close, according to a report by the agency on Friday.",
			[]string{"a report by the agency | according to"}},
		{"a report by, no citing", "The plant will close, according to a report by the Financial Times.",
			[]string{"a report by the Financial Times | according to"}},
	}
	runAttrCases(t, tests, showChain)
}

// A quotation in what an outlet reports citing someone, "RIA Novosti
// reported, citing a source in the ministry, that ships would leave “in
// the second half of May”", holds the cited source's words: its speaker
// is the chain's inner level, as it is for "Y was quoted by X as
// saying", named or not; so does "the daily said, citing officials".
// Records cited ("customs figures") and documents speak no words: the
// outlet keeps them, and one who is no outlet keeps what she cites.
func TestQuoteInCitingRelay(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"a source, a partial quote", "RIA Novosti reported, citing a source in the ministry, that ships would leave “in the second half of May.”",
			[]string{"partial: a source in the ministry"}},
		{"a spokesperson, two partial quotes", "The agency reported, citing a spokesperson for the army, that the South's “reckless” drills had prompted “corresponding measures.”",
			[]string{"partial: a spokesperson for the army", "partial: a spokesperson for the army"}},
		{"a named minister", "Yonhap reported, citing Defence Minister Kim Yong-hyun, that the drills were “routine.”",
			[]string{"partial: Defence Minister Kim Yong-hyun"}},
		{"quoting, the quotation first", "“The ships will leave in May,” the Interfax agency reported, quoting a port official.",
			[]string{"direct: a port official"}},
		{"according to, citing", "The drills were “routine,” according to Yonhap, citing a military official.",
			[]string{"partial: a military official"}},
		{"a daily said, citing", "The daily said, citing unnamed officials, that the deal was “all but dead.”",
			[]string{"partial: unnamed officials"}},

		// Near misses: records, a document, a report citing no one, and
		// a minister, no outlet, who says what she cites.
		{"a minister said, citing", "Minister Ana Ruiz said, citing intelligence officials, that the attack was “imminent.”",
			[]string{"partial: Minister Ana Ruiz"}},
		{"customs figures", "The agency reported, citing customs figures, that exports were “sharply lower.”",
			[]string{"partial: The agency"}},
		{"a statement", "The agency reported, citing a statement by the ministry, that the talks were “frank.”",
			[]string{"partial: The agency"}},
		{"no citing", "The Times reported that the talks were “frank.”",
			[]string{"partial: The Times"}},
	})
	runSpeakerCases(t, []speakerCase{
		{"a named minister's name", "Yonhap reported, citing Defence Minister Kim Yong-hyun, that the drills were “routine.”",
			[]string{"Kim Yong-hyun"}},
		{"an unnamed source", "RIA Novosti reported, citing a source in the ministry, that ships would leave “in the second half of May.”",
			[]string{""}},
	})
}
