package wirestory

import "testing"

// Round 19, q19: quotations that are no one's words, and a "reported"
// that reports no speech.

// A term of two or more words in lower case, set in marks between a
// determiner and the noun it modifies, in a sentence that reports no
// speech ("The hospital also runs a “falcon passport” programme") is the
// story's word for a thing, said by no one: not the subject's. After a
// speech verb the same words are the speaker's, and so is one word in
// marks ("plans a “green” corridor"), a characterisation more often
// than a term, and a term with no noun after it ("a “long march” from
// Meerut").
func TestTermBeforeNounNoSpeech(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"runs a programme", `The hospital also runs a "falcon passport" programme in cooperation with the authorities.`,
			[]string{"scare: -"}},
		{"operates a scheme", `The port authority operates a "green lane" scheme that lets certified trucks skip inspections.`,
			[]string{"scare: -"}},
		{"has launched a service, four words", `The municipality has launched a "park and ride" service from three suburbs to the old city.`,
			[]string{"scare: -"}},
		{"have adopted the method", `Farmers in the valley have adopted the "zero tillage" method to save water.`,
			[]string{"scare: -"}},
		{"its project, curly marks", "The bank funds its “cash for work” project in 40 villages of the district.",
			[]string{"scare: -"}},

		// Near misses: a speech verb in the sentence, one word in
		// marks, no noun after the term, "is a" and a naming verb.
		{"after said", `The minister said the council would run a "falcon passport" programme next year.`,
			[]string{"partial: The minister"}},
		{"after said, a word", `The minister said the plan was "reckless" and would be withdrawn.`,
			[]string{"partial: The minister"}},
		{"one word", `The ministry plans a "green" corridor along the coast.`,
			[]string{"partial: The ministry"}},
		{"a preposition after", `The union announced a "long march" from Meerut to Delhi.`,
			[]string{"partial: The union"}},
		{"after is a", `The Soviet Union was an "evil empire" bent on expansion.`,
			[]string{"partial: The Soviet Union"}},
		{"after a naming verb", `The cooperative sells through what it calls its "farm to fork" network.`,
			[]string{"partial: it"}},
	})
}

// A proper name in marks right after a noun of an animal that bears a
// name ("his camel “Shaheen”", "the horse “Desert Wind”", "her falcon
// “Noor”"), as after a vessel ("the ship “Sea Pearl”"), is the animal's
// name, said by no one, even inside reported speech; the speaker's words
// in marks after it stay his. Words in lower case after the noun ("the
// horse “was not ready”") are the speaker's.
func TestAnimalNameNoSpeaker(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"his camel", `Omani owner Salim Al-Harthi said his camel "Shaheen" had run "the best race of her life."`,
			[]string{"title: -", "partial: Omani owner Salim Al-Harthi"}},
		{"his horse, two words", `Trainer Rashid Al-Mansoori said his horse "Desert Wind" would miss the Dubai World Cup after a leg injury.`,
			[]string{"title: -"}},
		{"her falcon, then the speaker's words", `Breeder Hamda Al-Marri said her falcon "Noor" had flown "faster than ever" in the final.`,
			[]string{"title: -", "partial: Breeder Hamda Al-Marri"}},
		{"the elephant, curly marks", "The zoo said the elephant “Raja” had been moved to a larger enclosure.",
			[]string{"title: -"}},
		{"the ship", `The coast guard said the ship "Sea Pearl" had lost power 20 miles off the coast.`,
			[]string{"title: -"}},

		// Near misses: words in lower case after the animal, and an
		// animal with no name in marks.
		{"the horse, a clause", `The trainer said the horse "was not ready" for the race.`,
			[]string{"partial: The trainer"}},
		{"his camel, a characterisation", `Al-Harthi said his camel was "the best in the Gulf."`,
			[]string{"partial: Al-Harthi"}},
	})
}

// "reported" with a plain noun object inside another's reported words,
// a result had or booked ([chainResults]: "said that 214 people had
// reported symptoms", "reported losses", "reported a profit", "reported
// cases"), reports no words: no level of the chain. Before a clause
// ("reported that …") or a verb of perception ("reported seeing …") it
// reports what was said, and a change or an event reported ("a 30 per
// cent rise in cases", "a leak") keeps its level, as "Exxon reported a
// 37 pct drop" is a report in chains-conventions.
func TestReportedNounObjectNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"reported symptoms", `The Ministry of Health said in a statement that 214 people had reported symptoms of food poisoning in November.`,
			[]string{"The Ministry of Health | said >> a statement | in"}},
		{"reported losses", `The company said in a filing that two of its subsidiaries had reported losses of $40 million in the quarter.`,
			[]string{"The company | said >> a filing | in"}},
		{"reported cases", `Police said residents had reported several cases of theft in the area since March.`,
			nil},
		{"reported a profit", `The regulator said the bank had reported a net profit of 2 billion won for the first half.`,
			nil},

		// Near misses: a clause, and a verb of perception.
		{"reported that", `The ministry said in a statement that hospitals had reported that 30 patients were in intensive care.`,
			[]string{"The ministry | said >> a statement | in >> hospitals | reported"}},
		{"reported seeing", `Police said residents had reported seeing a man with a gun near the school.`,
			[]string{"Police | said >> residents | reported"}},
		{"reported a rise", `The association said clinics in the capital had reported a 30 per cent rise in asthma cases.`,
			[]string{"The association | said >> clinics in the capital | reported"}},
		{"reported a leak", `The spokesman told reporters that none of the pipelines had reported a leak.`,
			[]string{"The spokesman | told -> reporters >> none of the pipelines | reported"}},
	})
}
