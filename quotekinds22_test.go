package wirestory

import "testing"

// Round 22: quotation kinds and false chain levels.

// TestNameCalledAfterPrepositionNoun checks a name in marks after a
// noun that says what it names and "called", where the noun is the
// object of a preposition ("under a programme called “Sea Hands”",
// "through a scheme called", "as part of an initiative called"), inside
// a reported clause: the programme's name, said by no one. Near misses:
// a phrase in lower case after the same words is the speaker's, and a
// noun that names nothing a title names keeps its quote.
func TestNameCalledAfterPrepositionNoun(t *testing.T) {
	const lead = "ABU DHABI, 7th December, 2026 (WAM) -- The emirate opened a new fish farm on Monday.\n\n"
	runWhoCases(t, []speakerCase{
		{"under a programme called, explained that", lead + "He explained that local fishermen would be trained under a programme called \"Sea Hands\".",
			[]string{"title: -"}},
		{"through a scheme called, said", lead + "Minister Mariam Almheiri said families would receive loans through a scheme called \"Blue Harvest\" from January.",
			[]string{"title: -"}},
		{"as part of an initiative called, told", lead + "The official told WAM that 200 nurses would be hired as part of an initiative called \"Care First\" next year.",
			[]string{"title: -"}},
		{"under a national drive called, noted", lead + "She noted that 40 schools had joined under a national drive called \"Green Classrooms\" in 2025.",
			[]string{"title: -"}},
		{"with a plan called, said", lead + "Al Kaabi said the company would expand with a plan called \"Deep Blue 2030\" over the next decade.",
			[]string{"title: -"}},
		// Near misses: the speaker's own phrase in lower case, and a
		// noun after a preposition that names nothing.
		{"lower case after called", lead + "He explained that fishermen would be trained under what he called \"a sea school for everyone\".",
			[]string{"partial: he"}},
		{"a noun of no title", lead + "He explained that fishermen would work under a man called \"The Captain\" by his crews.",
			[]string{"partial: He"}},
	})
}

// TestReportedComparativeObjectNoLevel checks "reported" inside
// another's reported words with a noun object that opens with a
// comparative ([chainComparatives]: "higher discharge", "lower yields",
// "fewer birds", "more rain"), no clause after: an observed result, no
// words reported, so no level of the chain, as "reported symptoms" is
// none (TestReportedNounObjectNoLevel). Near misses: a clause after the
// comparative phrase ("reported higher prices were hurting sales"), a
// clause after "reported that", and a change with a figure ("a 30 per
// cent rise") keep the level.
func TestReportedComparativeObjectNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"higher discharge, IRNA", `A ministry spokesman said farmers in two districts had already reported higher discharge from the repaired channels.`,
			nil},
		{"lower yields, in a statement", `The cooperative said in a statement that growers in the north had reported lower yields after the frost.`,
			[]string{"The cooperative | said >> a statement | in"}},
		{"fewer birds, told", `The warden told reporters that rangers had reported fewer migratory birds at the lake this winter.`,
			nil},
		{"more rain, an article", `The agency said that observers in the delta had reported more rain in November than in any month since 1998.`,
			nil},
		{"a higher count", `Officials said volunteers had reported a higher count of nesting turtles on the beach.`,
			nil},
		// Near misses: a clause after the comparative phrase, "reported
		// that", and a change with a figure.
		{"a clause after the phrase", `The ministry said traders had reported higher prices were hurting sales in the capital.`,
			[]string{"The ministry | said >> traders | reported"}},
		{"reported that", `The spokesman said farmers had reported that higher discharge was reaching the fields.`,
			[]string{"The spokesman | said >> farmers | reported"}},
		{"a rise with a figure", `The association said clinics in the capital had reported a 30 per cent rise in asthma cases.`,
			[]string{"The association | said >> clinics in the capital | reported"}},
	})
}

// TestReducedRelativeSayNoLevel checks a reduced relative clause with a
// speech verb whose object is the noun before it: a noun, the clause's
// subject, "say(s)" or "said", then a finite verb with no subject of its
// own ("a category farmers say is drawn too narrowly", "the rules critics
// say are unfair"). The subject alone is the source ("farmers"), not the
// noun it modifies, and the clause, a modifier of that noun, is no level
// of the speech around it. Near misses: a subject of its own after the
// verb ("farmers say the rules are …") keeps the level, and a headline's
// "says will" (a dropped subject) keeps its source.
func TestReducedRelativeSayNoLevel(t *testing.T) {
	runParseCases(t, []attrCase{
		{"a category farmers say, Yonhap", `SEOUL, Dec. 7 (Yonhap) -- The minister promised support, adding that the ministry would review insurance rules for heat damage, a category farmers say is drawn too narrowly.`,
			[]string{"The minister | promised", "The minister | adding", "farmers | say"}},
		{"the rules critics say", `Growers will have to follow the rules critics say are unfair to small farms, the cooperative said.`,
			[]string{"critics | say", "the cooperative | said"}},
		{"a figure the union says", `The company offered a 2 percent raise, a figure the union says is far below inflation.`,
			[]string{"The company | offered", "the union | says"}},
		{"a dynamic a name said", `It is a dynamic Greenberg said could drive moderate voters away.`,
			[]string{"Greenberg | said"}},
		{"the subsidy many growers said", `The ministry said it would keep the subsidy many growers said was too small.`,
			[]string{"The ministry | said", "many growers | said"}},
	}, func(a Attribution) (string, bool) { return a.Source.Text + " | " + a.Cue.Text, true })
	runChainCases(t, []attrCase{
		{"no level inside adding that", `SEOUL, Dec. 7 (Yonhap) -- "We will not leave them alone," the minister told reporters, adding that the ministry would review insurance rules for heat damage, a category farmers say is drawn too narrowly.`,
			nil},
		{"no level inside said that", `The minister said that growers would follow new rules, rules critics say are unfair to small farms.`,
			nil},
		// Near misses: a clause with its own subject after the verb is
		// embedded speech.
		{"farmers say the rules are", `The minister said the farmers say the rules are unfair.`,
			[]string{"The minister | said >> the farmers | say"}},
		{"its members say the quota is", `The cooperative said its members say the quota is too small.`,
			[]string{"The cooperative | said >> its members | say"}},
	})
	runParseCases(t, []attrCase{
		// Near miss: a headline drops the subject of the clause.
		{"headline says will", "Union Minister Gadkari says will finish highway by March\n\nNEW DELHI, Dec 7 (PTI) -- Union Minister Nitin Gadkari on Monday said the highway would be ready by March.",
			[]string{"Union Minister Gadkari | says", "Union Minister Nitin Gadkari | said"}},
	}, func(a Attribution) (string, bool) { return a.Source.Text + " | " + a.Cue.Text, true })
}

// TestReducedRelativeSayFreeRelative checks near misses of
// TestReducedRelativeSayNoLevel: after "what", "which" or "that" the
// noun phrase before the verb is the subject whole.
func TestReducedRelativeSayFreeRelative(t *testing.T) {
	runParseCases(t, []attrCase{
		{"what farm groups say", `The bill funds what farm groups say is needed most.`,
			[]string{"farm groups | say"}},
		{"that rice farmers say", `The bill ends a subsidy that rice farmers say is vital.`,
			[]string{"rice farmers | say"}},
		{"which farm groups say", `The bill ends a subsidy, which farm groups say is vital.`,
			[]string{"farm groups | say"}},
		// But "not" opens no clause: "not everything Trump says is true".
		{"not everything a name says", `While not everything Trump says is true, the claims resonate with voters.`,
			[]string{"Trump | says"}},
	}, func(a Attribution) (string, bool) { return a.Source.Text + " | " + a.Cue.Text, true })
}

// TestConfirmedNounObjectNoLevel checks "confirmed" inside another's
// reported words with a plain noun object ("technicians had confirmed
// outbreaks in three provinces", "confirmed the presence of", "confirmed
// two deaths"): a fact verified, no words reported, so no level of the
// chain, as "declared a state of emergency" is none ([chainActs]). Near
// misses: "confirmed that …" and a clause after the verb report words
// and keep the level.
func TestConfirmedNounObjectNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"confirmed outbreaks, EFE", `QUITO, Dec 7 (EFE).- In a statement, the ministry said that technicians had confirmed outbreaks in Los Ríos, Guayas and Manabí, and that seedlings would be handed out from January.`,
			[]string{"the ministry | said >> a statement | In"}},
		{"confirmed the presence of", `The health ministry said in a statement that laboratory tests had confirmed the presence of the virus in two pig farms.`,
			[]string{"The health ministry | said >> a statement | in"}},
		{"confirmed two deaths, told", `The governor told reporters that hospitals had confirmed two deaths and 14 injuries after the blast.`,
			nil},
		{"confirmed cases, said", `The agency said veterinarians confirmed new cases of bird flu on a farm near the border.`,
			nil},
		// Near misses: a clause after the verb reports words.
		{"confirmed that", `The ministry said in a statement that technicians had confirmed that the outbreak was contained.`,
			[]string{"The ministry | said >> a statement | in >> technicians | confirmed"}},
		{"confirmed with a clause", `The ministry said technicians confirmed the outbreak was contained.`,
			[]string{"The ministry | said >> technicians | confirmed"}},
	})
}

// TestPublishedByMakerAfterAccordingTo checks a document's maker after
// "published by", "released by" or "issued by" when the document is the
// source of "according to" or of a link ("according to a report
// published by the Yazd provincial governorate on Sunday", "citing a
// report published by the provincial governorate"): who made it stays
// inside the document's phrase, one level (chains-conventions: "a
// statement issued by …", "estimates released by Munich Re"), whatever
// the case of the body's name and with a head noun of a local
// government's body ("governorate", "prefecture", "municipality").
// Near misses: an outlet after "published by" ("the official IRNA news
// agency") and "carried by" stay levels of their own.
func TestPublishedByMakerAfterAccordingTo(t *testing.T) {
	runChainCases(t, []attrCase{
		{"according to, a lower-case governorate, IRNA", `The project is financed by the National Development Fund, according to a report published by the Yazd provincial governorate on Sunday.`,
			nil},
		{"according to, a capitalised prefecture", `Some 40 ryokan have closed since 2020, according to a survey published by the Gunma Prefecture on Friday.`,
			nil},
		{"according to, the health ministry", `Cases rose by 12 percent in November, according to a report published by the health ministry.`,
			nil},
		{"citing, a municipality", `The market will close for repairs, the agency reported, citing a notice published by the Umm Al Quwain Municipality on Monday.`,
			[]string{"the agency | reported >> a notice published by the Umm Al Quwain Municipality | citing"}},
		{"a subject, a governorate", `A report published by the Yazd provincial governorate on Sunday said the project was financed by the fund.`,
			nil},
		// Near misses: an outlet that published the document, and
		// "carried by", are levels.
		{"according to, published by an agency", `The project is financed by the fund, according to a report published by the official IRNA news agency.`,
			[]string{"a report | according to >> the official IRNA news agency | published by"}},
		{"according to, carried by a governorate's site", `The project is financed by the fund, according to a statement carried by the state news agency SPA.`,
			[]string{"a statement | according to >> the state news agency SPA | carried by"}},
	})
}
