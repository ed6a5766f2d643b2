package wirestory

import "testing"

// A short name in marks after a participle of naming ("a system,
// launched in 2023 as “Kuma Alert,”", "varieties, named “A” and “B”"),
// or before the noun that says what it names with its short form between
// ("the “Mangroves for the Coast” (M4C) scheme"), names a thing: said by
// no one, even inside someone's reported speech. The second of two names
// joined by "and" is a name as the first is. A verb of speech or stance
// before "as" ("described the plan as …") and a namer who is the
// sentence's subject ("called the plan “reckless”") keep the speaker.
func TestQuoteNameAfterNaming(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"launched as, a year between", `The governor said the prefecture would rename its system, launched in 2023 as "Kuma Alert," to help tourists.`,
			[]string{"title: "}},
		{"marketed as", "The regulator said the company sold a supplement, marketed as “Vita Clear”, without a licence.",
			[]string{"title: "}},
		{"rebranded as, curly marks", "Officials said the fund, rebranded last year as “Green Future”, would close.",
			[]string{"title: "}},
		{"named A and B", "PARC said in a statement that it had developed two varieties, named “Sindhri Gold” and “Chaunsa-24”, which ripen late.",
			[]string{"title: ", "title: "}},
		{"called A or B", `The union said the routes, called "Blue Line" or "Harbour Link", would be cut.`,
			[]string{"title: ", "title: "}},
		{"scheme after a short form", "The Ministry of Forestry, in a statement on Monday, said it would allocate funds under the “Mangroves for the Coast” (M4C) scheme funded by the World Bank.",
			[]string{"title: "}},
		{"programme after a short form", `The minister said the "Clean Rivers" (CRP) programme would end in May.`,
			[]string{"title: "}},

		// Near misses: the namer is the subject, a verb of stance or
		// speech stands before "as", or the words are lower case.
		{"called the plan", `Rossi called the plan "reckless" and vowed to fight it.`,
			[]string{"partial: Rossi"}},
		{"described as, a term", "The minister described the plan as “a historic step” for farmers.",
			[]string{"partial: The minister"}},
		{"launched as, lower case", "The governor said the system, launched in 2023 as “a pilot”, had worked.",
			[]string{"partial: The governor"}},
		{"a statement after and", "PARC named the variety “Sindhri Gold” and said it was “a big step.”",
			[]string{"partial: PARC", "partial: PARC"}},
	})
}

// "recall" names a product recall, an act, where a quantity follows it
// ("recalled 4 million cartons") or, progressive, an object ("was
// recalling the cartons"): no speech, so a quotation in its sentence goes
// to the one who reports it, and no chain level is made of it.
// "recalled that …", "recalled how …", "“…,” she recalled" and a year
// after it ("recalled 2008, when …") stay speech.
func TestRecallAsAct(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"was recalling, in a release", `Harlan Ridge Farms said in a news release that it was recalling the cartons "out of an abundance of caution."`,
			[]string{"partial: Harlan Ridge Farms"}},
		{"is recalling, a quantity", "Toyota Motor Corp. said it is recalling about 300,000 vehicles “as a precaution.”",
			[]string{"partial: Toyota Motor Corp."}},
		{"recalled a quantity, spokesman after", `Harlan Ridge Farms recalled 4 million cartons "as a precaution," a spokesman said.`,
			[]string{"partial: a spokesman"}},
		{"were recalling the batches", "The regulator said the firms were recalling the batches “without delay.”",
			[]string{"partial: The regulator"}},

		// Near misses: speech.
		{"recalled that", "Ana Ortiz recalled that the water rose “in minutes.”",
			[]string{"partial: Ana Ortiz"}},
		{"she recalled after", "“It was dark,” Ana Ortiz recalled.",
			[]string{"direct: Ana Ortiz"}},
		{"recalled a year", "Ana Ortiz recalled 2008, when the dam broke: “We ran.”",
			[]string{"direct: Ana Ortiz"}},
		{"recalled the day", "Ana Ortiz recalled the day the dam broke: “We ran.”",
			[]string{"direct: Ana Ortiz"}},
	})
	runAttrCases(t, []attrCase{
		{"no level of the recall", `Harlan Ridge Farms said in a news release that it was recalling the cartons "out of an abundance of caution."`,
			[]string{"Harlan Ridge Farms | said >> a news release | in"}},
		{"recalled a quantity", `Harlan Ridge Farms recalled 4 million cartons "as a precaution," a spokesman said.`,
			[]string{"a spokesman | said"}},
		{"recalled how, kept", "Ana Ortiz recalled how the water rose.",
			[]string{"Ana Ortiz | recalled"}},
	}, showChain)
}

// Words printed on a thing, in marks between a determiner and the noun
// they modify, are a label, said by no one: lower case, two to four
// words ending in a preposition ("the “best by” dates", "a “use by”
// stamp", "the “opt in” box"). Decided by form: a characterisation in the
// same place ends in an adjective or a noun ("the “very real” danger he
// described", "the “racist” policy") and stays the speaker's, as does a
// term after a verb ("called the plan “reckless”").
func TestQuoteLabelModifier(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"best by dates", `Dr. Miriam Castellanos urged consumers to check the "best by" dates on cartons.`,
			[]string{"scare: "}},
		{"use by stamp, curly", "The agency said shoppers should read the “use by” stamp before cooking.",
			[]string{"scare: "}},
		{"opt in box", "Regulators said the bank had ticked the “opt in” box for its clients.",
			[]string{"scare: "}},
		{"sell by label, possessive", "Officials said the shop changed its “sell by” labels after the inspection.",
			[]string{"scare: "}},

		// Near misses: characterisations and terms.
		{"called the plan", `Rossi called the plan "reckless" and vowed to fight it.`,
			[]string{"partial: Rossi"}},
		{"very real danger", `Rossi said the "very real" danger he described would grow.`,
			[]string{"partial: Rossi"}},
		{"one word, lower case", "Critics said the “racist” policy must end.",
			[]string{"partial: Critics"}},
		{"a clause's words", "Rossi said the state would “hold on” to the land.",
			[]string{"partial: Rossi"}},
	})
}

// A participle of speech after the main clause ("condemned the raid,
// saying in a statement carried by WAFA that …") takes the document and
// the relay after it as levels, as "said in a statement carried by WAFA"
// does. A participle with no document after it has none.
func TestParticipleChainLevels(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"saying, carried by", `The governor condemned the raid, saying in a statement carried by WAFA that it was "a crime."`,
			[]string{"The governor | condemned", "The governor | saying >> a statement | in >> WAFA | carried by"}},
		{"saying in a statement", "Nablus Governor Khalil Abu Hantash condemned the incident, saying in a statement that it was “part of a policy.”",
			[]string{"Nablus Governor Khalil Abu Hantash | condemned", "Nablus Governor Khalil Abu Hantash | saying >> a statement | in"}},
		{"adding in a post on X", "The ministry rejected the report, adding in a post on X that it was false.",
			[]string{"The ministry | rejected", "The ministry | adding >> a post | in >> X | on"}},
		{"as said gives", `The governor said in a statement carried by WAFA that it was "a crime."`,
			[]string{"The governor | said >> a statement | in >> WAFA | carried by"}},

		// Near misses: no document after the participle.
		{"saying that", "The governor condemned the raid, saying that it was a crime.",
			[]string{"The governor | condemned", "The governor | saying"}},
		{"saying in a year", "The governor condemned the raid, saying in 2020 the same had happened.",
			[]string{"The governor | condemned", "The governor | saying"}},
	}, showChain)
}

// Side notes that report no speech make no attribution: an -ing noun
// after a possessive, or a stance noun that modifies the next noun ("its
// early warning system"); "according to" a norm followed ("applied
// according to the guidelines", as "according to plan"); a directive in
// the passive with no agent before an infinitive ("the crew had been
// ordered to stop"). Near misses: a stated warning, a source after
// "according to", and an agentless report ("No injuries have been
// reported") stay attributions.
func TestSideNotesNoAttribution(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"its early warning system", "He added that the ministry had activated its early warning system in 12 governorates.",
			[]string{"He | added"}},
		{"their warning signs", "Doctors said their warning signs were ignored.",
			[]string{"Doctors | said"}},
		{"according to the guidelines", "The pesticides posed no risk when applied according to the guidelines.", nil},
		{"according to the protocol", "Officials said the samples were handled according to protocol.",
			[]string{"Officials | said"}},
		{"had been ordered to stop", "Jibril said the crew had been ordered to stop and the papers had been checked.",
			[]string{"Jibril | said"}},
		{"were instructed to wait", "Staff were instructed to wait outside the ward.", nil},

		// Near misses.
		{"its warning that", "The ministry repeated its warning that the swarms would spread.",
			[]string{"The ministry | repeated", "its | warning"}},
		{"according to the report", "The economy grew 3 percent, according to the report.",
			[]string{"the report | according to"}},
		{"no injuries reported", "No injuries have been reported.",
			[]string{" | have been reported"}},
	}, showChain)
}

// "affirmed" reports speech as "reaffirmed" does, and takes the remarks
// and the channel that carried them as levels, whether they stand
// between commas or run on ("affirmed, in remarks carried by Kuwait TV,
// that …").
func TestAffirmedCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"between commas", "The minister affirmed, in remarks carried by Kuwait TV, that the spill was contained.",
			[]string{"The minister | affirmed >> remarks | in >> Kuwait TV | carried by"}},
		{"run on", "The minister affirmed in remarks carried by Kuwait TV that the spill was contained.",
			[]string{"The minister | affirmed >> remarks | in >> Kuwait TV | carried by"}},
		{"plain", "Sheikh Fahad affirmed that the ministry would act.",
			[]string{"Sheikh Fahad | affirmed"}},
		{"in a statement", "The council affirmed in a statement that the vote was valid.",
			[]string{"The council | affirmed >> a statement | in"}},
	}, showChain)
}

// TestWireTermKnownAs checks a term in marks after "known as", with an
// indefinite article or none, and an adverb in -ly inside the cue
// ("known locally as"): a community's word for a thing, said by no
// one, and so is a second term joined to it; a characterisation by a
// named speaker keeps him.
func TestWireTermKnownAs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"known as a, and a second term", "Herder Batbayar Dorj, 47, walked past the pens in what is known as a “dzud”, or “white disaster”.",
			[]string{"", ""}},
		{"known as, no article", "The money moved through a system known as “hawala”, police said.",
			[]string{""}},
		{"inside reported speech", "The minister said the practice, known as a “dead zone,” was spreading.",
			[]string{""}},
		{"known locally as", "Exports of raw ore fell under a policy known locally as “hilirisasi,” the ministry said.",
			[]string{""}},
		{"known informally as, straight marks", `The minister said the levy, known informally as "the bridge tax," would end in May.`,
			[]string{""}},
		// Near misses: a named speaker's own words, "called" by a subject.
		{"called by a subject", "Rossi called the plan “reckless” on Monday.",
			[]string{"Rossi"}},
		{"described as", "Rossi described the plan as “a disaster” on Monday.",
			[]string{"Rossi"}},
		{"described, adverb in -ly", "Rossi described the plan publicly as “a disaster” on Monday.",
			[]string{"Rossi"}},
	})
}

// TestWireGroupNaming checks a quotation that a bare plural calls a thing
// in the present ("locals call it a “dzud”", "which critics call a “tax
// on the poor”"): the group's word, not the sentence's subject's; a past
// naming by a named speaker keeps him.
func TestWireGroupNaming(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"locals call it", "Herder Batbayar Dorj walked past the pens in a winter so harsh that locals call it a “dzud”.",
			[]string{""}},
		{"which critics call", "Mayor Ana Ruiz unveiled the plan, which critics call a “tax on the poor”.",
			[]string{""}},
		{"residents call them", "Officer Li Wei patrols the lanes, which residents call “the maze”.",
			[]string{""}},
		// Near misses: a named subject calling in the past; a group that
		// opens the sentence is its subject anyway.
		{"named, past", "Rossi called the plan “reckless” on Monday.",
			[]string{"Rossi"}},
		{"described as", "Mayor Ana Ruiz described the plan as “a lifeline” on Monday.",
			[]string{"Ana Ruiz"}},
	})
}
