package wirestory

import "testing"

// The chain forms of this file were found failing in blind tests on
// invented wire stories (testdata/wire). Each table holds one form with
// several surface variants and the near-misses that must not link. Every
// sentence is invented.

// "X reported that <clause>, citing Y": the citing at the end of the
// reported clause is the report's link, as it is after "…, X reported".
func TestChainCitingAfterClause(t *testing.T) {
	tests := []attrCase{
		{"that, citing a statement", "The news agency reported that the boats had no licences, citing a statement from the harbour police.",
			[]string{"The news agency | reported >> a statement from the harbour police | citing"}},
		{"that, citing a body", "The Velan agency reported that the boats had no licences, citing the coast guard.",
			[]string{"The Velan agency | reported >> the coast guard | citing"}},
		{"no that, citing a body", "The Velan agency reported the boats had no licences, citing the coast guard.",
			[]string{"The Velan agency | reported >> the coast guard | citing"}},
		{"said on a day that, citing officials", "State radio said on Sunday that the dam had burst, citing local officials.",
			[]string{"State radio | said >> local officials | citing"}},
		{"citing people familiar", "Bloomberg reported that the firm would cut 500 jobs, citing people familiar with the matter.",
			[]string{"Bloomberg | reported >> people familiar with the matter | citing"}},
		{"citing an office", "Police said two men had been held, citing the prosecutor's office.",
			[]string{"Police | said >> the prosecutor's office | citing"}},
		{"quoting a named source", "The daily Kovan Post reported that the mine would close, quoting Governor Ilse Brandt.",
			[]string{"The daily Kovan Post | reported >> Governor Ilse Brandt | quoting"}},
		{"citing a document, then a venue", "The agency reported that the port had reopened, citing a notice posted on the website of the harbour authority.",
			[]string{"The agency | reported >> a notice | citing >> the website of the harbour authority | posted on"}},
		{"the nearer verb takes the citing", "The Lume agency reported that police said two men fled, citing witnesses.",
			[]string{"The Lume agency | reported >> police | said >> witnesses | citing", "police | said"}}, // round 27 (f27b): the inner report, a level of the outer chain, makes no chain of its own (had "police | said >> witnesses | citing")
		{"already right after the clause", "The boats had no licences, the news agency reported, citing a statement from the coast guard.",
			[]string{"the news agency | reported >> a statement from the coast guard | citing"}},

		// Near-misses: a citing that gives a reason is no link.
		{"citing a reason after that", "The firm said that its profit fell, citing low growth.",
			[]string{"The firm | said", "The firm | citing"}},
		{"citing concerns after a clause", "The ministry said the border would stay shut, citing security concerns.",
			[]string{"The ministry | said", "The ministry | citing"}},
		{"citing a possibility", "Lorne said that the prospects were great, citing the possibility of joint ventures.",
			[]string{"Lorne | said", "Lorne | citing"}},
		{"citing health reasons", "The agency reported the plant had closed, citing health reasons.",
			[]string{"The agency | reported", "The agency | citing"}},
		{"citing the court's ruling", "The union said the strike would go on, citing the court's ruling.",
			[]string{"The union | said", "The union | citing"}},
		{"citing his commitment", "The governor said he will veto the bill, citing his commitment to cut spending.",
			[]string{"The governor | said", "The governor | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// "Xinhua learned from X": X is any public body, named by its head noun
// ("the provincial department", "the city's transport bureau",
// "provincial authorities"), as "local officials" is; a lesson learned
// is no source.
func TestChainLearnedFromBody(t *testing.T) {
	tests := []attrCase{
		{"department", "Rice exports rose 8 percent, Xinhua learned from the provincial department.",
			[]string{"Xinhua | learned >> the provincial department | from"}},
		{"department of", "Xinhua learned from the provincial department of water resources that the canal was finished.",
			[]string{"Xinhua | learned >> the provincial department of water resources | from"}},
		{"possessor's bureau", "Bus fares will rise in May, Xinhua learned from the city's transport bureau.",
			[]string{"Xinhua | learned >> the city's transport bureau | from"}},
		{"bureau of statistics", "Grain output hit a record, the agency learned from the provincial bureau of statistics.",
			[]string{"the agency | learned >> the provincial bureau of statistics | from"}},
		{"authorities", "Two ferries were stopped, Xinhua learned from provincial authorities.",
			[]string{"Xinhua | learned >> provincial authorities | from"}},
		{"administration", "Xinhua learned from the county forestry administration that 300 hectares burned.",
			[]string{"Xinhua | learned >> the county forestry administration | from"}},
		{"commission", "Power use rose 5 percent, the reporter learned from the municipal development commission.",
			[]string{"the reporter | learned >> the municipal development commission | from"}},
		{"office", "Xinhua learned from the county's poverty relief office that 40 villages had roads.",
			[]string{"Xinhua | learned >> the county's poverty relief office | from"}},
		{"learnt from a council", "The paper learnt from the district council that the market would close.",
			[]string{"The paper | learnt >> the district council | from"}},
		{"citing the coast guard", "Two boats sank, the agency reported, citing the coast guard.",
			[]string{"the agency | reported >> the coast guard | citing"}},
		{"citing authorities", "The road is closed, the radio said, citing local authorities.",
			[]string{"the radio | said >> local authorities | citing"}},
	}
	runAttrCases(t, tests, showChain)

	// Near-misses: a lesson or a reason is no source, whatever words
	// of a body it holds.
	misses := []attrCase{
		{"learned from experience", "Farmers learned from experience that the floods come in May.", nil},
		{"learned from the mistakes", "The minister said the city had learned from the mistakes of the past.", nil},
		{"learned from the office move", "The staff learned from the office move that planning pays.", nil},
		{"citing office costs", "The firm cut its forecast, citing higher office rents.", nil},
		{"citing a lack of authority", "The judge dropped the case, citing a lack of authority.", nil},
		{"citing board approval", "The bank said it would raise its dividend, citing board approval of the plan.", nil},
	}
	runAttrCases(t, misses, showLinked)
}

// showLinked shows an attribution that has a chain behind its source.
func showLinked(a Attribution) (string, bool) { return chainString(a), len(a.Via) > 0 }

// A plural possessive with a bare apostrophe, "the caucus' website",
// "the Senate Republicans’ website", goes on to its head as "the
// party's website" does; a closing single quotation mark does not.
func TestChainPluralPossessive(t *testing.T) {
	tests := []attrCase{
		{"caucus' website", "The plan is dead, Aldous said in a statement posted on the caucus' website.",
			[]string{"Aldous | said >> a statement | in >> the caucus' website | posted on"}},
		{"curly apostrophe", "The plan is dead, Aldous said in a statement posted on the caucus’ website.",
			[]string{"Aldous | said >> a statement | in >> the caucus’ website | posted on"}},
		{"plural name", "The plan is dead, Aldous said in a statement posted on the Senate Republicans' website.",
			[]string{"Aldous | said >> a statement | in >> the Senate Republicans' website | posted on"}},
		{"according to", "The plan is dead, according to the Senate Republicans' website.",
			[]string{"the Senate Republicans' website | according to"}},
		{"citing", "The talks failed, the radio said, citing the farmers' union.",
			[]string{"the radio | said >> the farmers' union | citing"}},
		{"subject", "The growers' association said the harvest was late.",
			[]string{"The growers' association | said"}},
		{"possessive 's stays right", "The plan is dead, Aldous said in a statement posted on the party's website.",
			[]string{"Aldous | said >> a statement | in >> the party's website | posted on"}},

		// Near-misses: a closing quotation mark is no possessive.
		{"single-quoted name", "The plan is dead, Aldous said in a statement posted on the blog 'Open Doors' run by aides.",
			[]string{"Aldous | said >> a statement | in >> the blog | posted on"}},
		{"single-quoted word", "Hale used the word 'caucus' twice, the senator said.",
			[]string{"the senator | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// "said in a note": the everyday documents of agency copy carry the
// words as "a statement" does.
func TestChainDocumentNouns(t *testing.T) {
	tests := []attrCase{
		{"note on a day", "The plan is dead, the ministry said in a note on Monday.",
			[]string{"the ministry | said >> a note | in"}},
		{"research note", "Rates will rise in June, Farwell analysts said in a research note.",
			[]string{"Farwell analysts | said >> a research note | in"}},
		{"note to clients", "Lendor Bank said in a note to clients that the yen would weaken.",
			[]string{"Lendor Bank | said >> a note to clients | in"}},
		{"communique", "Talks will resume in May, the ministries said in a joint communique.",
			[]string{"the ministries | said >> a joint communique | in"}},
		{"press release", "The plant will close, Ardent Mining said in a press release on Tuesday.",
			[]string{"Ardent Mining | said >> a press release | in"}},
		{"circular", "Schools will open late, the education bureau said in a circular.",
			[]string{"the education bureau | said >> a circular | in"}},
		{"bulletin", "Two ferries were cancelled, the port authority said in a bulletin.",
			[]string{"the port authority | said >> a bulletin | in"}},
		{"letter", "The deal is unfair, the union said in a letter to the minister.",
			[]string{"the union | said >> a letter to the minister | in"}},
		{"post, then a venue", "The border is open, the governor said in a post on his Telegram channel.",
			[]string{"the governor | said >> a post | in >> his Telegram channel | on"}},
		{"message", "Stay at home, the mayor said in a message to residents.",
			[]string{"the mayor | said >> a message to residents | in"}},
		{"announcement", "In its announcement, the central bank said rates would stay at 4 percent.",
			[]string{"the central bank | said >> its announcement | In"}},
		{"readout", "The leaders will meet again in May, the palace said in a readout of the call.",
			[]string{"the palace | said >> a readout of the call | in"}},
		{"video posted on", "The war is over, the rebel commander said in a video posted on his Instagram account.",
			[]string{"the rebel commander | said >> a video | in >> his Instagram account | posted on"}},
		{"video broadcast on", "The war is over, the rebel commander said in a video broadcast on Al-Kawn television.",
			[]string{"the rebel commander | said >> a video | in >> Al-Kawn television | broadcast on"}},
		{"audio recording", "The hostages are alive, the group said in an audio recording.",
			[]string{"the group | said >> an audio recording | in"}},
		{"statement stays", "The plan is dead, the ministry said in a statement on Monday.",
			[]string{"the ministry | said >> a statement | in"}},
	}
	runAttrCases(t, tests, showChain)

	// Near-misses: "in" before no document.
	misses := []attrCase{
		{"in a place", "The plan is dead, the ministry said in Ankara on Monday.", nil},
		{"in a note of caution", "Prices may fall, the minister said, ending on a note of caution.", nil},
		{"in a hurry", "The plan is dead, the ministry said in a hurry.", nil},
		{"in its weekend edition", "The plant will close, the Gazette reported in its weekend edition.", nil},
	}
	runAttrCases(t, misses, showLinked)
}

// A speech, an address or remarks are the speaking itself, as an
// interview is (chains-conventions: an interview or appearance gives no
// level): "said in a speech" has one level. Carried by a channel ("a
// rally broadcast on the networks", in the conventions' gold), the event
// holds the words that the channel put out and is a level.
func TestChainSpeechIsNoDocument(t *testing.T) {
	tests := []attrCase{
		{"in a speech at", "Schools must teach skills, Kamal Osman said in a speech at the event.", nil},
		{"in his speech", "In his speech, the minister said the budget would grow.", nil},
		{"in his opening remarks", "Trade will double, the president said in his opening remarks.", nil},
		{"in an address", "The war is over, the king said in an address to the nation.", nil},
		{"in an interview", "The plan is dead, the senator said in an interview with the Post.", nil},
	}
	runAttrCases(t, tests, showLinked)

	cited := []attrCase{
		{"in his speech, citing", "The war is over, the king said in his speech, citing army officers.",
			[]string{"the king | said >> army officers | citing"}},
	}
	runAttrCases(t, cited, showChain)

	carried := []attrCase{
		{"speech broadcast on", "The war is over, the king said in a speech broadcast on state television.",
			[]string{"the king | said >> a speech | in >> state television | broadcast on"}},
		{"rally broadcast on", "The vote is rigged, Hale told supporters in a rally broadcast on the cable networks.",
			[]string{"Hale | told -> supporters >> a rally | in >> the cable networks | broadcast on"}},
		{"address carried by", "The war is over, the king said in an address carried by the Sabra news agency.",
			[]string{"the king | said >> an address | in >> the Sabra news agency | carried by"}},
	}
	runAttrCases(t, carried, showChain)
}

// TestChainOpeningDocumentBeforeTitle checks "In a statement to QNA, HE
// Dr. Al Sulaiti said": the document opening the sentence is a level
// whatever title or honorific stands before the name; the chain only
// needs the comma that closes the opening.
func TestChainOpeningDocumentBeforeTitle(t *testing.T) {
	tests := []attrCase{
		{"honorific before a name", "In a statement to QNA, HE Dr. Al Sulaiti said that the plan was dead.",
			[]string{"HE Dr. Al Sulaiti | said >> a statement to QNA | In"}},
		{"honorific before a role", "In a statement to QNA, HE the Minister of State said that the plan was dead.",
			[]string{"HE the Minister of State | said >> a statement to QNA | In"}},
		{"title kept", "In a statement on Monday, Sheikh Dr. Al Sulaiti said that the plan was dead.",
			[]string{"Sheikh Dr. Al Sulaiti | said >> a statement | In"}},
		{"plain subject", "In a statement, the minister said that the plan was dead.",
			[]string{"the minister | said >> a statement | In"}},
	}
	runAttrCases(t, tests, showChain)

	// Near-misses: an opening that is no document, or a clause before
	// the comma, gives no level.
	misses := []attrCase{
		{"opening place", "In Doha, HE Dr. Al Sulaiti said that the plan was dead.", nil},
		{"opening speech", "In a speech, HE Dr. Al Sulaiti said that the plan was dead.", nil},
		{"clause before", "The plan was in a statement, HE Dr. Al Sulaiti said.", nil},
	}
	runAttrCases(t, misses, showLinked)
}

// "in a broadcast on Radio Moscow" (chains-conventions: cue "on"): after
// a document or a recording, "on" names the station that carried it.
// Straight after the cue it names where the speaker appeared, which is
// no level ("said on state television").
func TestChainStationAfterDocument(t *testing.T) {
	tests := []attrCase{
		{"broadcast on a named radio", "The war is over, the king said in a broadcast on Radio Varna.",
			[]string{"the king | said >> a broadcast | in >> Radio Varna | on"}},
		{"statement on state television", "The curfew is lifted, the army said in a statement on state television.",
			[]string{"the army | said >> a statement | in >> state television | on"}},
		{"speech on state radio", "The war is over, the king said in a speech on state radio.",
			[]string{"the king | said >> a speech | in >> state radio | on"}},
		{"statement on a named radio of three words", "The group will sue, its lawyer said in a statement on Radio Free Varna.",
			[]string{"its lawyer | said >> a statement | in >> Radio Free Varna | on"}},
	}
	runAttrCases(t, tests, showChain)

	misses := []attrCase{
		{"appearance on television", "The war is over, the king said on state television.", nil},
		{"statement on a topic", "The plan is dead, the ministry said in a statement on television licence fees.",
			[]string{"the ministry | said >> a statement | in"}},
		{"statement on a topic, capitalised", "The plan is dead, the ministry said in a statement on TV licence fees.",
			[]string{"the ministry | said >> a statement | in"}},
		{"speech on a topic", "The war is over, the king said in a speech on the economy.", nil},
		{"interview on a channel", "The plan is dead, the senator said in an interview on Channel 9.", nil},
	}
	runAttrCases(t, misses, showLinked)
}

// Forms the second round of blind stories showed: a complex preposition
// ("in line with Article 112D") is no document level; a platform after a
// document is its venue ("in a statement on X"); a document's "to"
// phrase is part of it ("a note to clients").
func TestChainDocumentPhrases(t *testing.T) {
	tests := []attrCase{
		{"statement on a platform", "Reservoirs are at 19 percent, the water board said in a statement on X.",
			[]string{"the water board | said >> a statement | in >> X | on"}},
		{"post on Telegram", "The border is open, the governor said in a post on Telegram.",
			[]string{"the governor | said >> a post | in >> Telegram | on"}},
		{"note to clients", "Analysts at Ferro Bank said in a note to clients on Monday that the sale was positive.",
			[]string{"Analysts at Ferro Bank | said >> a note to clients | in"}},
		{"letter to shareholders", "The merger is off, the chairman said in a letter to shareholders issued on Friday.",
			[]string{"the chairman | said >> a letter to shareholders | in"}},
	}
	runAttrCases(t, tests, showChain)

	misses := []attrCase{
		{"in line with", "The grant will rise to RM780 million, in line with Article 112D of the constitution, the minister said.", nil},
		{"in line with, inverted", "The grant will rise to RM780 million, in line with Article 112D of the Federal Constitution, said Minister Datuk Ewon Liaw.", nil},
		{"in accordance with", "The vote will be held in May, in accordance with the decree, the council said.", nil},
		{"in response to", "The tax will go, in response to a report by auditors, the minister said.", nil},
		{"statement on a topic", "The ministry said in a statement on Monday that the talks on X-ray imports had failed.",
			[]string{"The ministry | said >> a statement | in"}},
	}
	runAttrCases(t, misses, showLinked)
}

// TestChainQuotedRoleAndName checks "X quoted ROLE, NAME, as saying":
// the level is the role, the name in apposition to it left out of its
// span (chains-conventions; round 18), though it still names the speaker.
func TestChainQuotedRoleAndName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a role, then the name", "BNA quoted Bahrain's Minister of Industry, Fatima Al-Doseri, as saying the plan would go ahead.",
			[]string{"BNA | quoted >> Bahrain's Minister of Industry | as saying"}},
		// Near miss: a name, then its role; the name is the level.
		{"a name, then the role", "Xinhua quoted Tran Cong Due, deputy director of the port, as saying the ships were safe.",
			[]string{"Xinhua | quoted >> Tran Cong Due | as saying"}},
	}, showChain)
}
