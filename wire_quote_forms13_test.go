package wirestory

import "testing"

// A name in marks that stands inside a noun phrase, after an article or
// a possessive and before a head noun of its kind ("the “Operation Clean
// Sweep” drive", "its “downstreaming” policy") or a time ("a “Kesar
// Utsav” next month"), names a drive, a policy or an event: said by no
// one, even inside reported speech. Words someone says ("called it “a
// disaster”") keep their speaker.
func TestQuoteNameInNounPhrase(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"a festival, a time after", "Joshi said the state would hold a “Kesar Utsav” next month.",
			[]string{"title: "}},
		{"the drive, reported clause", "The DGP said in a statement that the “Operation Clean Sweep” drive would widen.",
			[]string{"title: "}},
		{"its policy, one word", "Indonesia has pushed miners to build smelters under its “downstreaming” policy.",
			[]string{"title: "}},
		{"their campaign", "The party said its workers would join their “Save the Soil” campaign on Friday.",
			[]string{"title: "}},
		{"the scheme, a subject", "The minister said the “Ladli Behna” scheme had reached ten million women.",
			[]string{"title: "}},
		{"a yatra, next week", "Kumar said the party would launch a “Jan Sampark” yatra next week.",
			[]string{"title: "}},
		{"straight quotes, the operation", `Police said the "Clean Streets" operation had led to 40 arrests.`,
			[]string{"title: "}},

		// Near misses.
		{"called it", "Joshi called it “a disaster” for the state.",
			[]string{"partial: Joshi"}},
		{"described as", "The minister described the plan as “a historic step” for farmers.",
			[]string{"partial: The minister"}},
		{"lower case words before a noun", "Joshi said the state would end the “very unfair” policy next month.",
			[]string{"partial: Joshi"}},
		{"a clause's words", "Joshi said the state would “hold firm” next month.",
			[]string{"partial: Joshi"}},
		{"a copula before", "Joshi said the deal would be a “Big Win” next year.",
			[]string{"partial: Joshi"}},
		{"one word after the, lower case", "Critics said the “racist” policy must end.",
			[]string{"partial: Critics"}},
		{"one word, no head noun", "Indonesia said the policy was “unstoppable”.",
			[]string{"partial: Indonesia"}},
	})
}

// A personal pronoun stands for a person, never for a news agency named
// as the one spoken to ("In statements to Prensa Latina, Ayala
// explained"), and a possessive in a phrase opening its sentence ("For
// his part, the ambassador said") may stand for the subject after it:
// the name before learns no gender from it.
func TestPronounNotAgency(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"statements to the agency", "In statements to Prensa Latina, Marta Ayala explained that the transfer will take three stages.\n\n“Knowledge flows both ways,” she said.",
			[]string{"Marta Ayala"}},
		{"the agency nearer", "Tom Reyes spoke at the port.\n\nA copy of the plan was sent to Prensa Latina on Monday.\n\n“It will take years,” he said.",
			[]string{"Tom Reyes"}},
		{"speaking to the agency", "Speaking to Anadolu Agency, Kemal Sezer said the talks would resume.\n\n“We are ready,” he said.",
			[]string{"Kemal Sezer"}},
		{"told the agency", "Rosa Ibarra told Prensa Latina that the harvest was late.\n\n“It rained too much,” she said.",
			[]string{"Rosa Ibarra"}},
		{"for his part, then she", "Marta Ayala said the deal would help.\n\nFor his part, the ambassador, Nguyen Van Thanh, said his country values it.\n\nIn statements to Prensa Latina, Ayala explained that the transfer will take place in stages.\n\n“Knowledge flows both ways,” she said.",
			[]string{"Marta Ayala"}},
		{"in her speech, then he", "Tom Reyes said the deal would help.\n\nIn her speech, the minister, Ana Ortiz, praised the plan.\n\nIn statements to Prensa Latina, Reyes explained that it would take years.\n\n“It will take years,” he said.",
			[]string{"Tom Reyes"}},

		// Near misses: a person named as a person still takes the pronoun.
		{"a person spoken to", "In statements to Ana Ortiz, Tom Reyes explained that it would take years.\n\n“It will take years,” he said.",
			[]string{"Tom Reyes"}},
		{"the agency's own reporter", "Prensa Latina reporter Rosa Ibarra said the harvest was late.\n\n“It rained too much,” she said.",
			[]string{"Rosa Ibarra"}},
	})
}

// A verb of naming after a determined noun that itself follows another
// ("a move the mayor called “painful”") opens a relative clause without
// its pronoun: the noun before the verb is its subject, the speaker, as
// "a move Mayor Rosa Ward called" gives. "a film called “Fame”" names.
func TestQuoteReducedRelativeNaming(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"a move the mayor called", "Officials voted to cut water use, a move the mayor called “painful but unavoidable” for residents.",
			[]string{"partial: the mayor"}},
		{"a step the minister called", "The board raised fares, a step the minister called “long overdue”.",
			[]string{"partial: the minister"}},
		{"a decision the union called", "The firm shut two plants, a decision the union called “a betrayal” of workers.",
			[]string{"partial: the union"}},
		{"a named subject, as before", "Officials voted to cut water use, a move Mayor Rosa Ward called “painful but unavoidable” for residents.",
			[]string{"partial: a move Mayor Rosa Ward"}},

		// Near misses: a name after a noun and "called".
		{"a group called, capitalised", "Officials met a group the town called “Water Watch” on Monday.",
			[]string{"title: "}},
	})
}

// The agent of "described by" in a participle after a noun, then "as"
// and a term in marks, says the term: "an event described by
// participants as “a new chapter”" (people not named), "described by
// Rosa Ward as".
func TestQuoteDescribedByAgent(t *testing.T) {
	const lead = "The two institutes signed an agreement on Tuesday, "
	runQuoteKindCases(t, []speakerCase{
		{"by participants", lead + "an event described by participants as “a new chapter” in cooperation.",
			[]string{"partial: participants"}},
		{"by observers", lead + "a deal described by diplomats as “a turning point” for the region.",
			[]string{"partial: diplomats"}},
		{"by a named person", lead + "an event described by Rosa Ward as “a new chapter” in cooperation.",
			[]string{"partial: Rosa Ward"}},
		{"by the minister", lead + "a step described by the minister as “long overdue”.",
			[]string{"partial: the minister"}},
	})
}
