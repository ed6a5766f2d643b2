package wirestory

import "testing"

// Round 25, fixer f25b: the forms of the blind stories yonhap-anchovy and
// tass-trawler. Each test holds variants of one form in wire style and
// near misses that must not change.

// TestForms25QuotingContentClause checks "X said, quoting Y, an official
// at …, that … “…”": the content clause after a link that carries Y's
// words ([chainQuotingLinks], "quoting") is Y's, so a quotation inside it
// is Y's, whoever X is. An outlet whose name comes after words that
// describe it ("North Korea's official Korean Central News Agency
// (KCNA)", "China's official Xinhua News Agency") relays what it cites
// as one written in lower case ("the daily") does. Figures cited, an
// agency that cites nobody, and a body named "Agency" that only cites a
// reason keep the words.
func TestForms25QuotingContentClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"agency with acronym, quoting, appositive", "North Korea's official Korean Central News Agency (KCNA) said, quoting Pak Song-il, a director at the country's forestry ministry, that 40,000 hectares had been planted with “fast-growing pine.”",
			[]string{"Pak Song-il"}},
		{"official agency, quoting, role appositive", "China's official Xinhua News Agency said, quoting Zhou Ming, deputy head of the provincial water bureau, that the reservoir was “at a safe level.”",
			[]string{"Zhou Ming"}},
		{"state-run agency, citing", "The state-run Korean Central News Agency said, citing Kim Chol-ho, a senior official of the State Planning Commission, that steel output had reached “a record high.”",
			[]string{"Kim Chol-ho"}},
		{"agency with acronym, quoting a governor", "Iran's official Islamic Republic News Agency (IRNA) said, quoting Hossein Karimi, the governor of Bushehr, that the port would reopen “within days.”",
			[]string{"Hossein Karimi"}},
		{"a body, quoting", "The Japan Fisheries Agency said, quoting Sato Kenji, a researcher at its institute, that eel stocks were “critically low.”",
			[]string{"Sato Kenji"}},
		// Near misses: no level, figures cited, a reason cited, and
		// someone of an agency who cites a person after the quotation.
		{"agency's own words", "China's official Xinhua News Agency said the floods were “the worst in a century.”",
			[]string{"Xinhua News Agency"}},
		{"citing data", "China's official Xinhua News Agency said, citing data from the water ministry, that the reservoir was “at a safe level.”",
			[]string{"Xinhua News Agency"}},
		{"body citing a reason", "The Korea Meteorological Agency said, citing satellite images, that the typhoon would bring “torrential rain” to Jeju.",
			[]string{"Korea Meteorological Agency"}},
		{"spokesman for an agency", "A spokesman for the Xinhua News Agency said the report was “accurate,” citing the editor Li Wen.",
			[]string{""}},
	})
}

// TestForms25CitingRankedRole checks "X reported, citing first mate Y,
// that …": a source cited by a bare lower-case role with no determiner
// whose first word is a rank of the auxiliaries and adverbs ("first")
// and a name after it is a level, as "citing chief engineer Y" is; a
// mate is a role ([Roles]). A rank before no role and name ("citing
// first-quarter results", "citing first signs of a thaw") and reasons
// stay no level.
func TestForms25CitingRankedRole(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"first mate, that", "Regional outlet Sakhalin.info reported, citing first mate Oleg Vasin, that the crew had abandoned ship within minutes.",
			[]string{"Regional outlet Sakhalin.info | reported >> first mate Oleg Vasin | citing"}},
		{"first deputy governor, trailing", "The ferry will resume sailings on Friday, the Vesti Primorye channel said, citing first deputy governor Irina Kotova.",
			[]string{"the Vesti Primorye channel | said >> first deputy governor Irina Kotova | citing"}},
		{"first officer, quoting", "The tanker's engine failed twice in the storm, Interfax reported, quoting first officer Denis Orlov.",
			[]string{"Interfax | reported >> first officer Denis Orlov | quoting"}},
		{"first deputy mayor, that", "The Kommersant daily reported, citing first deputy mayor Pavel Grekov, that the bridge would reopen in May.",
			[]string{"The Kommersant daily | reported >> first deputy mayor Pavel Grekov | citing"}},
		// Near misses: a rank before no role and name, and reasons.
		{"first-quarter results", "The plant will cut 200 jobs, Interfax reported, citing first-quarter results.", nil},
		{"first signs", "Ice on the Amur has begun to break up, the agency said, citing first signs of a thaw.", nil},
		{"first quarter losses", "The carrier will drop the route, the daily reported, citing first quarter losses.", nil},
		{"safety concerns", "The port was closed to small craft, the channel said, citing safety concerns.", nil},
	}, showLinked)
}

// TestForms25ThreeLevelQuote checks "Z said … “…”, X reported, citing
// Y": the chain runs X > Y > Z, and the quotation in Z's clause is Z's,
// the innermost level of speech, not Y's, whom the report cites (the
// level of Z is added once the report is read with the clause it
// follows). A report whose content is the quotation itself, with no
// speaker inside it, stays Y's, and so does one whose content Y's link
// opens.
func TestForms25ThreeLevelQuote(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"farmer, citing a union", "Farmer Ivan Petrov said the harvest was “the worst in memory,” the Tass agency reported, citing the regional farm union.",
			[]string{"Farmer Ivan Petrov / Ivan Petrov"}},
		{"manager, citing a board", "Mine manager Tomas Berg said the shaft had been “sealed for good,” the daily Dagens Nyheter reported, citing the county labour board.",
			[]string{"Mine manager Tomas Berg / Tomas Berg"}},
		{"captain, quote mid-clause", "Captain Lee Sung-ho said the ferry had been “fully loaded” when it left Mokpo, broadcaster MBC reported, citing the coast guard.",
			[]string{"Captain Lee Sung-ho / Lee Sung-ho"}},
		{"unnamed group", "Fishermen on Namhae Island said their boats had returned “almost empty” for weeks, local broadcaster KBS reported, citing the Namhae fisheries cooperative.",
			[]string{"Fishermen on Namhae Island / "}},
		{"quoting", "Residents of Kholmsk said the water had been “brown for days,” the Sakhalin.info portal reported, quoting the town's utility.",
			[]string{"Residents of Kholmsk / "}},
		// Near misses: two levels, the quotation in the report's own
		// content.
		{"citing, then that", "The Tass agency reported, citing the regional farm union, that the harvest was “the worst in memory.”",
			[]string{"the regional farm union / "}},
		{"quotation fronted", "The harvest was “the worst in memory,” the Tass agency reported, citing the regional farm union.",
			[]string{"the regional farm union / "}},
		{"no level cited", "Farmer Ivan Petrov said the harvest was “the worst in memory,” the Tass agency reported.",
			[]string{"Farmer Ivan Petrov / Ivan Petrov"}},
	}, func(q Quote) string { return q.Speaker.Text + " / " + q.Speaker.Name })
}

// TestForms25PluralMenRoles checks the plural of a role noun in "-men"
// ("fishermen", "spokesmen", "businessmen"), which has no "-s": like
// "officials", it stands for nobody in particular, so it takes no
// earlier person's name, and a place after it ("Fishermen on Namhae
// Island") is not a title's portfolio. A singular role ("the chairman",
// "Fisherman Kim Jin-ho") is read as before.
func TestForms25PluralMenRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"bare plural", "Chairman John Smith said the catch fell.\n\nFishermen said their boats had returned “almost empty.”",
			[]string{""}},
		{"plural with a place", "Chairman John Smith said the catch fell.\n\nBusinessmen in Busan said the port was “full.”",
			[]string{""}},
		{"plural with on and a place", "Vice Minister Choi Hyun-soo said the catch fell.\n\nFishermen on Namhae Island said their nets were “empty.”",
			[]string{""}},
		{"the spokesmen for", "Chairman John Smith said the catch fell.\n\nThe spokesmen for the port said the quays were “full.”",
			[]string{""}},
		// Near misses: a singular role.
		{"the chairman", "Chairman John Smith said the catch fell.\n\nThe chairman said the quays were “full.”",
			[]string{"John Smith"}},
		{"role before a name", "Chairman John Smith said the catch fell.\n\nFisherman Kim Jin-ho said the quays were “full.”",
			[]string{"Kim Jin-ho"}},
	})
}
