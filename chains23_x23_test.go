package wirestory

import "testing"

// Round 23, fixer x23: the forms of upi-drones.txt and pti-cheetahs.txt.
// Each test holds variants of one form in wire style and near misses
// that must not change.

// TestChainCarriedByBody checks a document "carried by" a body whose
// name is no outlet's ("the Press Information Bureau", "the Government
// Information Service"), fronted between subject and verb or after the
// verb: the body carried the words, a level of its own after the
// document (chains-conventions: "carried by", "broadcast by" are
// venues), not the document's maker left in its phrase (makerPhrase asks
// [chainMakerLinks]). Who made a document ("published by the Department
// of Statistics", "issued by the ministry") stays in its phrase.
func TestChainCarriedByBody(t *testing.T) {
	tests := []attrCase{
		{"fronted, carried by a bureau", "The Union environment ministry, in a statement carried by the Press Information Bureau, said the park would reopen in March.",
			[]string{"The Union environment ministry | said >> a statement | in >> the Press Information Bureau | carried by"}},
		{"after the verb, that", "The ministry said in a statement carried by the Press Information Bureau that the dam was safe.",
			[]string{"The ministry | said >> a statement | in >> the Press Information Bureau | carried by"}},
		{"fronted, a service", "The cabinet, in a communique carried by the Government Information Service, said fuel prices would not rise.",
			[]string{"The cabinet | said >> a communique | in >> the Government Information Service | carried by"}},
		{"broadcast by a directorate", "The army, in a message broadcast by the Directorate of Public Relations, said the road had been cleared.",
			[]string{"The army | said >> a message | in >> the Directorate of Public Relations | broadcast by"}},

		// Near misses: who made the document stays in its phrase.
		{"published by a department", "A report published by the Department of Statistics said exports rose 4 percent.",
			[]string{"A report published by the Department of Statistics | said"}},
		{"issued by a bureau", "The ministry said in a statement issued by the Press Information Bureau that the dam was safe.",
			[]string{"The ministry | said >> a statement issued by the Press Information Bureau | in"}},
		{"carried by an agency", "The ministry, in a statement carried by state news agency SPA, said the border was open.",
			[]string{"The ministry | said >> a statement | in >> state news agency SPA | carried by"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainAccordingToDocCitedBy checks "according to" a document or
// records "cited by" an outlet: the outlet cited them, the outermost
// level, as in "according to Y quoted by X" (chains-conventions, passive;
// [chainDocRelays]). A document "quoted by", "carried by" or "published
// by" an outlet stays first: the outlet carried it.
func TestChainAccordingToDocCitedBy(t *testing.T) {
	tests := []attrCase{
		{"statement cited by a paper", "The JCS shared information on the flights with U.S. Forces Korea, according to a statement cited by the Korea Herald.",
			[]string{"the Korea Herald | cited by >> a statement | according to"}},
		{"at the head, a report", "According to a report cited by the Yonhap news agency, the two sides will meet in Panmunjom next week.",
			[]string{"the Yonhap news agency | cited by >> a report | According to"}},
		{"as cited by, after a comma", "Rice stocks fell to 1.2 million tonnes, according to a ministry bulletin, as cited by the daily Kompas.",
			[]string{"the daily Kompas | cited by >> a ministry bulletin | according to"}},
		{"records cited by", "Some 4,000 families left the valley, according to government figures cited by the broadcaster NHK.",
			[]string{"the broadcaster NHK | cited by >> government figures | according to"}},

		// Near misses: quoted, carried or published by an outlet, and a
		// person cited by one, which was read so before.
		{"statement quoted by", "The border crossing will reopen on Monday, according to a statement quoted by the Korea Herald.",
			[]string{"a statement | according to >> the Korea Herald | quoted by"}},
		{"statement carried by", "The border crossing will reopen on Monday, according to a statement carried by the state news agency.",
			[]string{"a statement | according to >> the state news agency | carried by"}},
		{"officials cited by", "The border crossing will reopen on Monday, according to officials cited by the Korea Herald.",
			[]string{"the Korea Herald | cited by >> officials | according to"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainQuotedAsVerbParticle checks "X quoted Y as <verb>" with a cue
// verb of several words ("as calling for", "as calling on"): the
// particle is the inner level's cue (asCueEnd), not the content's first
// word; a verb of one word ("as urging", "as vowing") and "as saying"
// stay as they were.
func TestChainQuotedAsVerbParticle(t *testing.T) {
	tests := []attrCase{
		{"as calling for", `The official news agency quoted Premier Ri Chol Man as calling for "mass production" of fishing boats.`,
			[]string{"The official news agency | quoted >> Premier Ri Chol Man | as calling for"}},
		{"as calling on, a time", "The state broadcaster on Sunday quoted the foreign minister as calling on Japan to drop the claims.",
			[]string{"The state broadcaster | quoted >> the foreign minister | as calling on"}},
		{"passive, as calling for", "Premier Ri Chol Man was quoted by the official news agency as calling for more fishing boats.",
			[]string{"the official news agency | quoted by >> Premier Ri Chol Man | as calling for"}},

		// Near misses: a verb of one word, "as saying".
		{"as urging", "The official news agency quoted Premier Ri Chol Man as urging farmers to plant early.",
			[]string{"The official news agency | quoted >> Premier Ri Chol Man | as urging"}},
		{"as saying", "The official news agency quoted Premier Ri Chol Man as saying the harvest was good.",
			[]string{"The official news agency | quoted >> Premier Ri Chol Man | as saying"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestQuotedAsPersonNamedWithInitials checks the quoted person of "X
// quoted <role> <Name> as <verb>" whose name ends in a word that is also
// a place's initials written in lower case ("Un" of "Kim Jong Un",
// never "UN" so written; initialsInLowerCase): the partial quotation is
// that person's, whatever the verb after "as", and a later surname
// resolves to the name. A place's name in full or the initials in
// capitals end no name.
func TestQuotedAsPersonNamedWithInitials(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"as calling for", `SEOUL, Dec. 7 (UPI) -- The Korean Central News Agency quoted leader Kim Jong Un as calling for "mass production" of drones.`,
			[]string{"Kim Jong Un"}},
		{"as urging", `SEOUL, Dec. 7 (Yonhap) -- State media quoted Premier Ri Jong Un as urging officials to "fight to the last" against the floods.`,
			[]string{"Ri Jong Un"}},
		{"said, then a surname", `PYONGYANG, Dec. 7 (AFP) - North Korean leader Kim Jong Un said the tests were a success. "We will build more," Kim said.`,
			[]string{"Kim Jong Un"}},
		{"as vowing", `TOKYO, Dec. 7 (Kyodo) -- KCNA quoted Kim Jong Un as vowing an "overwhelming" response to the drills.`,
			[]string{"Kim Jong Un"}},

		// Near misses: the initials in capitals, a place's name in full,
		// the initials opening a run.
		{"UN in capitals after a name", `GENEVA, Dec. 7 (Reuters) - "The talks are over," said Lena Holm of the UN.`,
			[]string{"Lena Holm"}},
		{"UN opening the run", `GENEVA, Dec. 7 (Reuters) - "We will not leave," UN envoy Tor Halvorsen said.`,
			[]string{"Tor Halvorsen"}},
		{"a country after a name", `SEOUL, Dec. 7 (UPI) -- "We are ready," said Lee Min-ho of South Korea.`,
			[]string{"Lee Min-ho"}},
	})
}

// TestQuotedAsVerbParticleContent checks the content after "quoted Y as
// calling for": it starts after the particle, which is the cue's
// (asCueEnd); after "as urging" and "as saying" it starts after the
// verb, as before.
func TestQuotedAsVerbParticleContent(t *testing.T) {
	tests := []attrCase{
		{"quoted, as calling for", "The official news agency quoted Premier Ri Chol Man as calling for mass production of fishing boats.",
			[]string{"mass production of fishing boats"}},
		{"quoted, a time, as calling on", "The state broadcaster on Sunday quoted the foreign minister as calling on Japan to drop the claims.",
			[]string{"Japan to drop the claims"}},
		{"passive, as calling for", "Premier Ri Chol Man was quoted by the official news agency as calling for more fishing boats.",
			[]string{"more fishing boats"}},

		// Near misses: a verb of one word, "as saying".
		{"as urging", "The official news agency quoted Premier Ri Chol Man as urging farmers to plant early.",
			[]string{"farmers to plant early"}},
		{"as saying", "The official news agency quoted Premier Ri Chol Man as saying the harvest was good.",
			[]string{"the harvest was good"}},
	}
	runAttrCases(t, tests, showContent)
}
