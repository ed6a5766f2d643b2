package wirestory

import "testing"

// Round 21: quotations that name a label, a work or a thing's local
// name, said by no one even inside someone's reported words.

// runKindCases checks each quotation's kind and speaker name, shown as
// "kind | speaker", the speaker as the text names it, in text order.
func runKindCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	runQuoteCases(t, tests, func(q Quote) string { return q.Kind.String() + " | " + q.Speaker.Text })
}

// TestLabelNamedBeforeItsNoun checks a name in marks, written as a name
// is, between a determiner and a noun of labels, brands and marks
// ([namedHeads]: "logo", "seal", "mark", "stamp", "trademark"), with up
// to two words that modify the noun between: "products bearing the
// “Madu Kelulut Malaysia” certification logo". The label's name is said
// by no one, inside the object of a speech verb or not.
func TestLabelNamedBeforeItsNoun(t *testing.T) {
	runKindCases(t, []speakerCase{
		{"object of urged, sustainability logo", "Plantation Minister Rosli Hamzah urged shoppers to look for the “Sawit Lestari” sustainability logo on cooking oil.",
			[]string{"title | "}},
		{"inside a reported clause, mark", "The agency said exporters must print the “Halal Malaysia” mark on every carton from March.",
			[]string{"title | "}},
		{"straight marks, quality stamp", `Governor Sato said growers could apply for the "Kaga Heritage" quality stamp from April.`,
			[]string{"title | "}},
		{"trademark, no speech", "The cooperative registered the “Blue Lotus” trademark in 2019.",
			[]string{"title | "}},
		{"seal, plural determiner", "Inspectors said some jars carried a “Pure Forest” seal that the ministry had never issued.",
			[]string{"title | "}},
		// Near misses: a word in lower case before such a noun
		// characterises, and a quotation after the label is the
		// speaker's; a name before a noun of no label stays the
		// speaker's phrase.
		{"lower case before a label noun", "Azman said the “misleading” logo on the jars would be removed.",
			[]string{"partial | Azman"}},
		{"the speaker's words after the label", "The minister said the “Made in Malaysia” tag was “a promise to every buyer”.",
			[]string{"title | ", "partial | The minister"}},
		{"a name before no label noun", "Tan urged buyers to avoid the “Cheap Honey” trap at night markets.",
			[]string{"partial | Tan"}},
	})
}

// TestWorkTitledAfterItsPhrase checks a title in marks, written as a
// headline is and set off by commas, after a noun of works ([titleCues]:
// "documentary", "film", "novel", "exhibition") and a prepositional
// phrase that says what the work is about or whose it is: "A documentary
// on the artisans, “The Eighth Coat,” is scheduled …". The work's title,
// said by no one, and no subject's quotation.
func TestWorkTitledAfterItsPhrase(t *testing.T) {
	runKindCases(t, []speakerCase{
		{"documentary on, straight marks", `A documentary on the lacquer makers, "The Eighth Coat," will air on NHK in January.`,
			[]string{"title | "}},
		{"film about, curly marks", "A film about the flood, “Rivers Rising,” will open the festival on Friday, organisers said.",
			[]string{"title | "}},
		{"exhibition of, inside a reported clause", "The curator said an exhibition of his prints, “Paper Tides,” would open in March.",
			[]string{"title | "}},
		{"album by, comma after the marks", "A new album by the band, “Northern Lights”, is due out in May.",
			[]string{"title | "}},
		{"the noun right before the title", "Her second novel, “The Salt Orchard,” was shortlisted for the prize, the publisher said.",
			[]string{"title | "}},
		// Near misses: a statement after the phrase is someone's
		// words; a noun that names no work keeps its quote.
		{"a statement after the phrase", `In a documentary on the artisans, "We never stop learning," Tanabe says.`,
			[]string{"direct | Tanabe"}},
		{"a greeting after a film", "During a screening of the film, “Thank you for coming,” Mori told the audience.",
			[]string{"direct | Mori"}},
		{"a person's noun before the marks", "A member of the cooperative, Aiko Mori, said the group was “Ready for Anything.”",
			[]string{"partial | A member of the cooperative, Aiko Mori"}},
	})
}

// TestNicknameKnownAmongAs checks a thing's name in marks after "known
// as" with a phrase inside it that says to whom or where it is known
// ("known among herders as", "known to residents as", "known in the
// region as"), and its gloss in marks joined to it by "or": a name and
// its translation, said by no one, even inside reported speech.
func TestNicknameKnownAmongAs(t *testing.T) {
	runKindCases(t, []speakerCase{
		{"known to residents as, with its gloss", "Chief Omar Lekishon said the dam, known to residents as “Bwawa Kuu,” or “the great pool,” would be finished in June.",
			[]string{"scare | ", "scare | "}},
		{"known in the region as, commas outside", "Fishermen said the reef, known in the region as “Karang Putih”, or “white coral”, was dying.",
			[]string{"scare | ", "scare | "}},
		{"known among locals as, no gloss", `Governor Ali Roba said the festival, known among locals as "Sikukuu ya Mvua," draws thousands each year.`,
			[]string{"scare | "}},
		{"known to the Maasai as, lower case", "Saitoti Ole Kina, an elder, said the well, known to the Maasai as “enkare sidai,” had never run dry.",
			[]string{"scare | "}},
		{"known across the coast as, gloss after meaning", "The mayor said the square, known across the coast as “Uwanja wa Amani,” meaning “field of peace,” would be rebuilt.",
			[]string{"scare | ", "scare | "}},
		// Near misses: no "known"; a quote of the speaker's after
		// "and", or after "or" but a clause long; the speaker's words
		// elsewhere in the sentence.
		{"described among friends as", "Rossi described the plan among friends as “a disaster” on Monday.",
			[]string{"partial | Rossi"}},
		{"and the speaker's words", "The minister said the levy, known in the capital as “the bridge tax,” and “a burden on the poor,” would end.",
			[]string{"scare | ", "partial | The minister"}},
		{"a long clause after or", "The minister said the levy, known in the capital as “the bridge tax,” or, as she put it, “a burden that every family in this country will feel for years,” would end.",
			[]string{"scare | ", "direct | The minister"}},
		// "known by X as" names who use the word: it stays a quotation,
		// whose speaker is read as before (not this form's).
		{"known by, the namers given", "Rossi said the meeting, known by critics as a “handshake deal,” had changed nothing.",
			[]string{"partial | Rossi"}},
		{"known among, quote elsewhere", "Wario, known among herders as a peacemaker, said the wells were “a gift for everyone”.",
			[]string{"partial | Wario"}},
	})
}
