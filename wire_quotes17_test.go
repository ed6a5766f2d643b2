package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quoteWho shows each quotation of text as its kind and the words of its
// speaker's mention ("partial: the agency"), "-" where it has none: a
// quotation said by no one must carry no mention, not only no name.
func quoteWho(text string) []string {
	var got []string
	for _, q := range Parse(text).Quotes {
		who := "-"
		if !q.Speaker.IsZero() {
			who = q.Speaker.Text
		}
		got = append(got, q.Kind.String()+": "+who)
	}
	return got
}

func runWhoCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, quoteWho(tt.in)); diff != "" {
				t.Errorf("Parse(%q) quotes mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A term in marks after an article and a scare cue ([scareCues]:
// "so-called", "self-styled") is a term held at a distance, no one's
// words, even inside reported speech: "The agency has alleged that X
// disbursed the loans under a so-called “kisan samriddhi” scheme". With
// no article ("taxing so-called “pass through” income", "his supposed
// “lies”") the term is mostly the speaker's own word, and a scare cue
// that is the sentence's verb ("the agency alleged “massive fraud”")
// reports the subject's words.
func TestSoCalledTermInSpeech(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"so-called, alleged that", `The agency has alleged that Ramesh Kulkarni disbursed the loans under a so-called "kisan vikas" scheme and routed the funds abroad.`,
			[]string{"scare: -"}},
		{"so-called, said", `The ministry said the firm had used a so-called "carousel" scheme to evade the tax.`,
			[]string{"scare: -"}},
		{"the so-called, told", `Police told reporters that the gang ran the so-called "digital arrest" racket from a rented flat in Noida.`,
			[]string{"scare: -"}},
		{"self-styled, claimed", `Prosecutors claimed that the self-styled "godman" had collected Rs 2 crore from devotees.`,
			[]string{"scare: -"}},
		{"so called, no hyphen", `The regulator said the bank had sold the so called "evergreen" loans to its own directors.`,
			[]string{"scare: -"}},

		// Near misses: the verb "alleged" before the quotation, and a
		// quotation with no scare cue, stay the subject's words.
		{"alleged as the verb", `The opposition alleged "massive irregularities" in the tender.`,
			[]string{"partial: The opposition"}},
		{"no article", `The senator said he would end tax breaks for so-called "pass through" income.`,
			[]string{"partial: The senator"}},
		{"a possessive", `The campaign manager said Holt would call out Trump for his supposed "lies" during the debate.`,
			[]string{"partial: The campaign manager"}},
		{"no cue", `The ministry said the firm had run a "carousel" scheme to evade the tax.`,
			[]string{"partial: The ministry"}},
		{"a statement after so-called", `"The so-called reforms are a fraud," the opposition leader said.`,
			[]string{"direct: the opposition leader"}},
	})
}

// A name in marks that opens with a word that says what it names
// ([nameOpeners]: "Operation", "Mission", "Project") is the name of an
// operation, a programme or a campaign, said by no one, even inside
// reported speech: "joined the effort under “Operation Himrakshak”, …, a
// defence spokesperson said". So is a name before a noun that says what
// it names, with an adjective after the article: "under the federal
// “Northern Home” resettlement program, the press service added". A
// phrase in capitals that opens with no such word, or a name the
// speaker calls something, stays the speaker's.
func TestOperationNameInSpeech(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"Operation, comma", `The Indian Army has also joined the effort under "Operation Himrakshak", deploying snow scooters and two helicopters, a defence spokesperson said.`,
			[]string{"title: -"}},
		{"Mission, said that", `The minister said that 40 villages had been covered under "Mission Jal Shakti" so far.`,
			[]string{"title: -"}},
		{"Project, told", `Forest officials told reporters that eight cheetahs had been moved to Kuno under "Project Cheetah" last year.`,
			[]string{"title: -"}},
		{"Exercise, curly marks", "The two navies will hold “Exercise Sea Shield” off Visakhapatnam next week, the defence ministry said.",
			[]string{"title: -"}},
		{"adjective, program", `The residents will be offered apartments under the federal "Northern Home" resettlement program, the press service added.`,
			[]string{"title: -"}},
		{"adjective, scheme", `Farmers will be paid under the new "Green Fields" subsidy scheme, the ministry said.`,
			[]string{"title: -"}},

		// Near misses: a phrase in capitals with no opener, a word in
		// lower case after the opener, and a characterisation.
		{"no opener", `The minister said the budget would bring "Real Change" to the villages.`,
			[]string{"partial: The minister"}},
		{"lower case after", `The coach said the final was "mission impossible" for his side.`,
			[]string{"partial: The coach"}},
		{"adjective, no noun", `The minister said the plan was a "Total Disaster" for farmers.`,
			[]string{"partial: The minister"}},
	})
}

// A sentence's subject given a quoted term by subjectSpeaker stops
// before its verb when the verb takes "to" and another verb ("plans to
// expand", "wants to", "aims to"), a present verb that reads as a
// plural noun: the mention is "The Maluku provincial government", never
// "… government plans". A plural noun that is the subject ("Local
// residents") stays whole.
func TestSubjectMentionStopsBeforeVerb(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"plans to", `The Maluku provincial government plans to expand customary "sasi" marine closures to 40 more villages next year.`,
			[]string{"partial: The Maluku provincial government"}},
		{"wants to", `The city council wants to turn the old "ghost" market into a park.`,
			[]string{"partial: The city council"}},
		{"aims to", `The state-run company aims to double its "green" hydrogen output by 2030.`,
			[]string{"partial: The state-run company"}},
		{"intends to", `The ministry intends to end the "free ride" for foreign trawlers.`,
			[]string{"partial: The ministry"}},

		// Near misses: a plural subject, and a verb with no "to".
		{"plural subject", `Local residents called the "green" corridor a failure.`,
			[]string{"partial: Local residents"}},
		{"no to", `The ministry plans a "green" corridor along the coast.`,
			[]string{"partial: The ministry"}},
	})
}

// A person named by an occupation noun ([resolveRoles]: "worker",
// "herder", "driver", "fisherman") after "quoting" or "citing" is the
// source the report took its words from, as "quoting residents" and
// "citing a ministry official" are: a level of its own. A reason
// ("citing a host of reasons", "citing worker shortages") is none.
func TestQuotingOccupationSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a refinery worker", `Investigators had found a cracked valve, Local newspaper Harian Riau Pagi reported, quoting a refinery worker.`,
			[]string{"Local newspaper Harian Riau Pagi | reported >> a refinery worker | quoting"}},
		{"herders in the village", `Several families have begun moving their herds, the Leh-based weekly Changthang Times reported, quoting herders in the village.`,
			[]string{"the Leh-based weekly Changthang Times | reported >> herders in the village | quoting"}},
		{"citing a truck driver", `The border crossing was closed for six hours, the paper reported, citing a truck driver who was stuck in the queue.`,
			[]string{"the paper | reported >> a truck driver | citing"}},
		{"a driver", `The road was blocked for six hours, the paper reported, quoting a driver.`,
			[]string{"the paper | reported >> a driver | quoting"}},
		{"quoting fishermen, that", `The daily reported, quoting fishermen in Tuticorin, that the catch had fallen by half.`,
			[]string{"The daily | reported >> fishermen in Tuticorin | quoting"}},

		// Near misses: a reason with a role word in it, and "residents",
		// which worked already.
		{"a host of reasons", `The company delayed the launch, it said, citing a host of reasons.`,
			[]string{"it | said", "it | citing"}}, // the reason-citing of its own, as before
		{"worker shortages", `The firm cut its forecast, the newspaper reported, citing worker shortages.`,
			[]string{"the newspaper | reported", "the newspaper | citing"}},
		{"residents", `Several houses were damaged, the weekly reported, quoting residents.`,
			[]string{"the weekly | reported >> residents | quoting"}},
		{"the surname Driver", `Adam Driver said the film had been hard to make.`,
			[]string{"Adam Driver | said"}},
	}, showChain)
}

// An acronym written as a small word of the grammar ("DID", the
// Department of Irrigation and Drainage; "WHO") before a word in
// lower case is a name, not the auxiliary or the relative: "said,
// quoting DID data" names records, a level of the chain, as "quoting
// customs data" and "citing BPS figures" do. In capitals throughout, as
// headlines write them, the small words stay small words.
func TestAcronymRecordsSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"DID data", `The river at Guillemard Bridge rose above the danger level, the Kelantan state government said, quoting DID data.`,
			[]string{"the Kelantan state government | said >> DID data | quoting"}},
		{"DID figures, that", `The state government said, quoting DID figures, that the river would crest on Monday.`,
			[]string{"The state government | said >> DID figures | quoting"}},
		{"WHO data", `Measles cases rose by a third last year, the ministry said, citing WHO data.`,
			[]string{"the ministry | said >> WHO data | citing"}},
		{"WHO statistics, reported", `Malaria deaths fell by a fifth, Bernama reported, quoting WHO statistics released on Friday.`,
			[]string{"Bernama | reported >> WHO statistics | quoting"}},

		// Near misses: records with no acronym, and one that is no small
		// word, worked already.
		{"customs data", `Imports rose 18 percent, the consultancy said, citing customs data.`,
			[]string{"the consultancy | said >> customs data | citing"}},
		{"BPS figures", `Rice output fell 4 percent, the ministry said, citing BPS figures.`,
			[]string{"the ministry | said >> BPS figures | citing"}},
	}, showChain)
	runWhoCases(t, []speakerCase{
		{"a headline in capitals", "“WE DID NOT GIVE UP,” the union leader said.",
			[]string{"direct: the union leader"}},
	})
}

// A noun of an outlet in lower case after a name ([chainRelayNouns]:
// "newspaper", "daily", "radio") is the name's in the by-phrase of a
// passive quote: "Y was quoted by Al Sharq newspaper as saying" reads
// [Al Sharq newspaper (quoted by)] > [Y (as saying)], as "by the daily
// Al Sharq" and "by Al Sharq" do.
func TestQuotedByNameOutletNoun(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"newspaper", `HE the Minister was quoted by Al Sharq newspaper as saying that the second phase would open in 2027.`,
			[]string{"Al Sharq newspaper | quoted by >> HE the Minister | as saying"}},
		{"radio", `The minister was quoted by Mosaique FM radio as saying that talks with the union would resume.`,
			[]string{"Mosaique FM radio | quoted by >> The minister | as saying"}},
		{"daily", `Pattimura University marine biologist Yusuf Rumakiek was quoted by Suara Seram daily as saying that the zones were working.`,
			[]string{"Suara Seram daily | quoted by >> Pattimura University marine biologist Yusuf Rumakiek | as saying"}},
		{"by after as saying", `The governor was quoted as saying by Al Watan newspaper that the road would reopen in May.`,
			[]string{"Al Watan newspaper | quoted >> The governor | as saying"}},

		// Near misses that worked already: the noun before the name, no
		// noun, and one word of name.
		{"the daily X", `HE the Minister was quoted by the daily Al Sharq as saying that the second phase would open in 2027.`,
			[]string{"the daily Al Sharq | quoted by >> HE the Minister | as saying"}},
		{"no noun", `HE the Minister was quoted by Al Sharq as saying that the second phase would open in 2027.`,
			[]string{"Al Sharq | quoted by >> HE the Minister | as saying"}},
		{"one word", `The minister was quoted by Dawn newspaper as saying that talks would resume.`,
			[]string{"Dawn newspaper | quoted by >> The minister | as saying"}},
	}, showChain)
}

// A place kept on a platform ([chainAccounts]: "account", "page",
// "handle") with "on" and the platform after it is one place, one level:
// "said in a statement posted on its account on X" reads [X (said)] >
// [a statement (in)] > [its account on X (posted on)]. A post on X ("in
// a post on X") is a document and the platform a level of its own.
func TestAccountOnPlatform(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"account on X", `The release was one of 14 planned this year, the Saudi Green Initiative said in a statement posted on its account on X.`,
			[]string{"the Saudi Green Initiative | said >> a statement | in >> its account on X | posted on"}},
		{"page on Facebook", `The road will stay closed until Friday, the district police said in a statement posted on their page on Facebook.`,
			[]string{"the district police | said >> a statement | in >> their page on Facebook | posted on"}},
		{"official handle on X, that", `The ministry said in a statement published on its official handle on X that the talks would resume.`,
			[]string{"The ministry | said >> a statement | in >> its official handle on X | published on"}},
		{"channel on Telegram", `The governor said in a message posted on his channel on Telegram that the power was back.`,
			[]string{"The governor | said >> a message | in >> his channel on Telegram | posted on"}},

		// Near misses: a post on a platform, and a website, stay as they were.
		{"a post on X", `The mayor wrote in a post on X that the bridge would reopen.`,
			[]string{"The mayor | wrote >> a post | in >> X | on"}},
		{"website", `The company said in a statement posted on its website that the plant would restart.`,
			[]string{"The company | said >> a statement | in >> its website | posted on"}},
	}, showChain)
}

// A relative pronoun inside a quotation ("which tells us", "who says")
// is the speaker's own clause, no source: "“We counted 14 calves, which
// tells us the population is settling,” said X" has no level behind X.
// Speech reported inside a quotation by someone named is a level still.
func TestRelativeInsideQuoteNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"which tells us", `"We counted 14 calves born in the wild last season, which tells us the population is settling," said Mohammed Ayed Al-Shahrani, a field biologist at the reserve.`,
			nil},
		{"which tells us, the director said", `"We checked the survey data, which tells us the herd is growing," the director said.`,
			nil},
		{"which told him", `"The ranger radioed the base, which told him the herd had moved north," the official said.`,
			nil},
		{"who told us", `"We met the village head, who told us the well had run dry in June," the aid worker said.`,
			nil},
		{"which said, told reporters", `"I called the hospital, which said the boy was stable," the mayor told reporters.`,
			nil},

		// Near miss: a named speaker inside the quotation is a level.
		{"named inside", `"The engineer said the dam was safe, and we believed him," the mayor said.`,
			[]string{"the mayor | said >> The engineer | said"}},
	})
}

// runChainCases parses each story whole, as TestWireStories does, and
// checks the chains of its attributions with at least one level.
func runChainCases(t *testing.T, tests []attrCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Parse(tt.in).Attributions {
				if len(a.Via) > 0 {
					got = append(got, chainString(a))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) chains mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// headlineAttrs shows the attributions whose cue stands in the headline
// of text, as chainString prints them.
func headlineAttrs(text string) []string {
	a := Parse(text)
	var got []string
	for _, at := range a.Attributions {
		if at.Cue.Start < a.Headline.End {
			got = append(got, chainString(at))
		}
	}
	return got
}

// A headline's label before a colon is no speaker: an agency's story
// label ([labels]: "Feature:", "Roundup:") or the place the story is
// filed from ("Ladakh: …" over "Leh (Ladakh) [India]", a region of the
// lexicon). A participle in a headline modifies a noun ("flood warning
// network gives …"): headlines report speech as "X says", "X warns". A
// name or a body before the colon, "X says" and "X Is Now Warning" still
// speak.
func TestHeadlineLabelNoSpeaker(t *testing.T) {
	body := "\n\nThe minister said on Saturday that relief had reached every village.\n\nMore teams would be sent next week, he said.\n"
	tests := []struct {
		name, headline, dateline string
		want                     []string
	}{
		{"Feature label, participle", "Feature: China-Malaysia flood warning network gives Kelantan villagers precious hours", "KOTA BHARU, Malaysia, Dec. 6 (Xinhua) -- ", nil},
		{"Roundup label", "Roundup: Floods displace thousands across northern Malaysia", "KUALA LUMPUR, Dec. 6 (Xinhua) -- ", nil},
		{"place in the dateline", "Ladakh: Early snow in Changthang leaves pashmina herders short of fodder", "Leh (Ladakh) [India], December 6 (ANI): ", nil},
		{"city in the dateline", "Srinagar: Schools shut as cold wave tightens grip", "Srinagar (Jammu and Kashmir) [India], December 6 (ANI): ", nil},
		{"participle after a name", "Dam breach warning issued for three districts", "Patna, Dec 6 (PTI) ", nil},

		// Near misses: a person before the colon, and "X says".
		{"person before the colon", "Omar Abdullah: Relief will reach every village", "Srinagar (Jammu and Kashmir) [India], December 6 (ANI): ",
			[]string{"Omar Abdullah | :"}},
		{"says", "Minister says relief has reached every village", "Leh (Ladakh) [India], December 6 (ANI): ",
			[]string{"Minister | says"}},
		{"participle after an auxiliary", "Governor Is Now Warning Of More Floods", "PATNA, Dec 6 (PTI) ",
			[]string{"Governor | Is Now Warning"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.headline + "\n\n" + tt.dateline + "Relief teams reached the area on Saturday." + body
			if diff := cmp.Diff(tt.want, headlineAttrs(text)); diff != "" {
				t.Errorf("Parse(%q) headline attributions mismatch (-want +got):\n%s", text, diff)
			}
		})
	}
}

// A participle after a document's noun ("published", "released",
// "issued") is no source of its own: "A department report published on
// Tuesday said" has the source "A department report published on
// Tuesday", the document with its date (chains-conventions: "a UN report
// published on Tuesday" is a date, not a venue), never "published".
func TestDocumentParticipleSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"published on Tuesday", `A department report published on Tuesday said the number of pashmina goats had fallen by a fifth.`,
			[]string{"A department report published on Tuesday | said"}},
		{"published in March", `A department report published in March said the number of pashmina goats had fallen by a fifth.`,
			[]string{"A department report published in March | said"}},
		{"released last week", `A ministry study released last week said exports had doubled.`,
			[]string{"A ministry study released last week | said"}},
		{"issued on Monday", `An audit report issued on Monday said the bank had hidden its losses.`,
			[]string{"An audit report issued on Monday | said"}},

		// Near misses: the document alone, a time after the cue, and the
		// participle set off by commas.
		{"no participle", `A department report said the number of goats had fallen.`,
			[]string{"A department report | said"}},
		{"time after the cue", `A department report said on Tuesday that the number of goats had fallen.`,
			[]string{"A department report | said"}},
		{"commas", `The survey, published on Tuesday, said the number of goats had fallen.`,
			[]string{"The survey | said"}},
	}, showChain)
}

// A term in marks in a sentence that reports no speech, which the
// headline writes bare, is the story's own word for a thing, no one's:
// "Maluku to expand customary sasi zones" over "The Maluku provincial
// government plans to expand customary “sasi” marine closures" leaves
// "sasi" with no speaker. A term the headline does not hold stays the
// subject's, and so do words after a cue.
func TestHeadlineTermNoSpeaker(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"sasi", "Maluku to expand customary sasi zones\n\nAmbon, Maluku (ANTARA) - The Maluku provincial government plans to expand customary \"sasi\" marine closures to 40 more villages next year.\n\nThe zones will be closed for six months.",
			[]string{"scare: -"}},
		{"subak", "Bali farmers revive subak water temples\n\nDenpasar, Bali (ANTARA) - Farmers in Tabanan district have begun to restore the \"subak\" irrigation channels that feed their terraces.\n\nThe work will take two years.",
			[]string{"scare: -"}},
		{"two words", "Villagers bring back gotong royong to clean rivers\n\nSemarang (ANTARA) - Villagers in Central Java have revived the \"gotong royong\" tradition to clear rubbish from three rivers.\n\nThe clean-up ends on Sunday.",
			[]string{"scare: -"}},

		// Near misses: a term the headline does not hold, and one after a cue.
		{"not in the headline", "Maluku to expand marine closures\n\nAmbon, Maluku (ANTARA) - The Maluku provincial government plans to expand customary \"sasi\" marine closures to 40 more villages next year.\n\nThe zones will be closed for six months.",
			[]string{"partial: The Maluku provincial government"}},
		{"after a cue", "Minister calls plan reckless\n\nJAKARTA (ANTARA) - The minister said the plan was \"reckless\" and would be withdrawn.\n\nThe plan was announced last week.",
			[]string{"partial: The minister"}},
	})
}
