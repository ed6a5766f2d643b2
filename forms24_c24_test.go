package wirestory

import "testing"

// Round 24, fixer c24: the forms of mena-papyrus.txt and app-cotton.txt.
// Each test holds variants of one form in wire style and near misses
// that must not change.

// TestChainOutletNameWithNoun checks an outlet's capitalised name
// followed by its common noun ("Extra News channel", "Al Ahram
// newspaper", "Sada El Balad radio") after "carried by": the noun is part
// of the level, as in "Voice of Palestine radio".
func TestChainOutletNameWithNoun(t *testing.T) {
	tests := []attrCase{
		{"name, channel", "The minister said in remarks carried by Extra News channel that the museum would reopen in March.",
			[]string{"The minister | said >> remarks | in >> Extra News channel | carried by"}},
		{"name, newspaper", "The governor said in remarks carried by Al Ahram newspaper that the canal would be dredged.",
			[]string{"The governor | said >> remarks | in >> Al Ahram newspaper | carried by"}},
		{"name, radio, before a comma", "The army, in a statement carried by Sada El Balad radio, said the road had been cleared.",
			[]string{"The army | said >> a statement | in >> Sada El Balad radio | carried by"}},
		{"name, TV", "The minister said in remarks carried by Extra News TV that the museum would reopen in March.",
			[]string{"The minister | said >> remarks | in >> Extra News TV | carried by"}},

		// Near misses: a name with "of" already kept its noun, and a
		// name alone stays as it is.
		{"of-name, radio", "The director said in remarks carried by Voice of Palestine radio that two men were hurt.",
			[]string{"The director | said >> remarks | in >> Voice of Palestine radio | carried by"}},
		{"name alone", "The minister said in remarks carried by Extra News that the museum would reopen in March.",
			[]string{"The minister | said >> remarks | in >> Extra News | carried by"}},
		{"name, then a time", "The minister said in remarks carried by Extra News on Sunday that the museum would reopen.",
			[]string{"The minister | said >> remarks | in >> Extra News | carried by"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestDatelineAgencyBeforeTitle checks a dateline whose agency ends in
// a colon, "MULTAN, Dec 7 (APP): Federal Minister … X said": the title
// that opens the body is no apposition of the agency's name, so a later
// "the minister" after an opening participle addressed to the agency
// ("Talking to APP after the meeting, the minister said") is the
// minister named first, not the agency.
func TestDatelineAgencyBeforeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"talking to, a time", "MULTAN, Dec 7 (APP): Federal Minister for Food Security Tariq Mehmood Sial on Monday said prices would rise.\n\nTalking to APP after the meeting, the minister said, \"The support price will be linked to input costs.\"",
			[]string{"Tariq Mehmood Sial"}},
		{"speaking to", "LAHORE, Dec 7 (APP): Provincial Minister for Irrigation Kamran Ali Dogar said the canals would be desilted in January.\n\nSpeaking to APP, the minister said, \"No farmer will be left without water.\"",
			[]string{"Kamran Ali Dogar"}},
		{"another agency's colon", "KARACHI, Dec 7 (PPI): Provincial Minister for Agriculture Nisar Ahmed Khuhro said wheat stocks were enough.\n\nTalking to PPI on Tuesday, the minister said, \"There will be no shortage of flour.\"",
			[]string{"Nisar Ahmed Khuhro"}},
		{"a title without a qualifier", "NEW DELHI, Dec 7 (ANI): Minister of State for Agriculture Ramesh Kumar Yadav said wheat stocks were enough.\n\nSpeaking to ANI, the minister said, \"There will be no shortage of flour.\"",
			[]string{"Ramesh Kumar Yadav"}},

		// Near misses: a dash after the agency, an addressee not in the
		// dateline, and a quote by the role with no opening phrase.
		{"dash after the agency", "MULTAN, Dec 7 (APP) - Federal Minister for Food Security Tariq Mehmood Sial on Monday said prices would rise.\n\nTalking to APP after the meeting, the minister said, \"The support price will be linked to input costs.\"",
			[]string{"Tariq Mehmood Sial"}},
		{"addressee not in the dateline", "MULTAN, Dec 7 (APP): Federal Minister for Food Security Tariq Mehmood Sial on Monday said prices would rise.\n\nTalking to Reuters after the meeting, the minister said, \"The support price will be linked to input costs.\"",
			[]string{"Tariq Mehmood Sial"}},
		{"no opening phrase", "MULTAN, Dec 7 (APP): Federal Minister for Food Security Tariq Mehmood Sial on Monday said prices would rise.\n\n\"The support price will be linked to input costs,\" the minister said.",
			[]string{"Tariq Mehmood Sial"}},
	})
}

// TestChainReportedThenQuotingAs checks "X reported that <clause>,
// quoting Y as saying …" after the reported clause: "quoting Y" is a
// level of its own (trailingLinks reads the links that end in "as
// saying"), and a partial quotation in the words after the verb is Y's (its
// speaker's mention, no name: Y is unnamed).
// A "citing Y" that ends the sentence was read so before; a "quoting Y
// as saying" right after the verb too.
func TestChainReportedThenQuotingAs(t *testing.T) {
	chains := []attrCase{
		{"reported that, quoting as saying", `The Märkische Allgemeine newspaper reported that some beekeepers were buying colonies from Italy, quoting a dealer in Cottbus as saying demand had "exploded".`,
			[]string{"The Märkische Allgemeine newspaper | reported >> a dealer in Cottbus | quoting"}},
		{"said that, quoting as telling", `The daily Kurier said that the ski lifts would stay shut, quoting the mayor of Lech as telling residents the snow was "a gift we cannot use".`,
			[]string{"The daily Kurier | said >> the mayor of Lech | quoting"}},
		{"reported on Monday, quoting as adding", `Radio Bremen reported on Monday that two trawlers had been seized, quoting a port official as adding that the crews were "in good health".`,
			[]string{"Radio Bremen | reported >> a port official | quoting"}},

		// Near misses: "citing Y" at the end, "quoting Y as saying" right
		// after the verb, and a reason after "citing".
		{"citing at the end", "The newspaper reported that the plant would close, citing a union official.",
			[]string{"The newspaper | reported >> a union official | citing"}},
		{"quoting right after the verb", `The paper reported, quoting a worker as saying the mood was "grim".`,
			[]string{"The paper | reported >> a worker | quoting"}},
		{"citing a reason", "Prices rose by a third, the company said, citing higher costs.",
			[]string{"the company | said", "the company | citing"}},
	}
	runAttrCases(t, chains, showChain)
	// The quoted one is no one named: the speaker's mention is shown.
	runQuoteCases(t, []speakerCase{
		{"partial quote, reported that", `BERLIN, Dec 7 (dpa) - The Märkische Allgemeine newspaper reported that some beekeepers were buying colonies from Italy, quoting a dealer in Cottbus as saying demand had "exploded".`,
			[]string{"a dealer in Cottbus"}},
		{"partial quote, said that", `VIENNA, Dec 7 (APA) - The daily Kurier said that the ski lifts would stay shut, quoting the mayor of Lech as telling residents the snow was "a gift we cannot use".`,
			[]string{"the mayor of Lech"}},
		{"partial quote, right after the verb", `BERLIN, Dec 7 (dpa) - The paper reported, quoting a worker as saying the mood was "grim".`,
			[]string{"a worker"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestGlossedLocalTerm checks a one-word term in lower case after a
// determiner, glossed by an appositive that opens with an article after
// a comma (glossedTerm): "each “chaccu”, the ancestral round-up …,
// requires" – a local word, said by no one, even inside a speaker's
// reported clause. A one-word partial quote with a cue verb after the
// comma ("a “disgrace”, the opposition leader said"), or with no
// appositive, stays the speaker's.
func TestGlossedLocalTerm(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"each, explained that", `LIMA, Dec 7 (EFE) - Herder Teodora Quispe Mamani explained that each "chaccu", the ancestral round-up in which villagers drive the animals into stone corrals, requires weeks of preparation.`,
			[]string{""}},
		{"a, said that", `QUITO, Dec 7 (EFE) - Community leader Rosa Chango said that a "minga", a day of unpaid communal work, had rebuilt the road in two weeks.`,
			[]string{""}},
		{"the, at the end", `LA PAZ, Dec 7 (EFE) - Weaver Marcelina Condori said the women still spin on the "pushka", the wooden drop spindle of the Andes.`,
			[]string{""}},

		// Near misses: a cue verb after the comma, no appositive, and a
		// word of several words.
		{"a cue verb after the comma", `LIMA, Dec 7 (EFE) - The reform is a "disgrace", the opposition leader Carlos Mendoza said on Monday.`,
			[]string{"Carlos Mendoza"}},
		{"no appositive", `LIMA, Dec 7 (EFE) - Herder Teodora Quispe Mamani said each "chaccu" was harder to organise than the last.`,
			[]string{"Teodora Quispe Mamani"}},
		{"an evaluation, then a clause", `LIMA, Dec 7 (EFE) - Minister Rafael Huamán Ccori said the decision was "historic", and that exports would double.`,
			[]string{"Rafael Huamán Ccori"}},
	})
}
