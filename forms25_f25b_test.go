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
