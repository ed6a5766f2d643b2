package wirestory

import "testing"

// Nouns of speech and stance whose holder the sentence names: the
// noun is the cue, its holder the source, its complement the content.

// TestStanceNounIntent checks a noun of intent after a possessive: "his
// promise to …", "the governor's pledge to …" state the holder's intent
// in the infinitive, "to" included, up to the verb whose subject the
// noun's phrase is. Without "to" and a verb, or "that", the noun names a
// thing promised and states nothing.
func TestStanceNounIntent(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"possessive pronoun",
			"The senator won the rural vote with his promise to repeal the grain levy.",
			[]string{"his | promise | to repeal the grain levy"}},
		{"name's, subject of the sentence",
			"Governor Ana Ruiz's pledge to freeze tuition drew praise from students on Monday.",
			[]string{"Governor Ana Ruiz's | pledge | to freeze tuition"}},
		{"plural, adjective between",
			"Her bold promises to hire more nurses were at the heart of the campaign.",
			[]string{"Her | promises | to hire more nurses"}},
		{"a clause after that",
			"Riders liked the mayor's pledge that no station would close.",
			[]string{"the mayor's | pledge | that no station would close"}},
		{"the infinitive ends at a comma",
			"Their pledges to cut emissions notwithstanding, the two parties have opened new coal mines.",
			[]string{"Their | pledges | to cut emissions notwithstanding"}},
		// Near misses: a thing promised, not an intent stated.
		{"promise of a thing", "Voters cheered his promise of free bus travel.", nil},
		{"promise alone", "The minister's bold promises drew large crowds in the north.", nil},
		{"to a person", "He kept his promise to the voters of Delta State.", nil},
		{"no possessive", "The promise to rebuild the bridge was made in 2019.", nil},
		{"a promise kept", "Lawmakers said the minister's promise was kept.",
			[]string{"Lawmakers | said | the minister's promise was kept"}},
	}, showSourceCueContent)
}

// TestStanceNounAttack checks a noun of attack after a person's
// possessive: "her attacks on Mr. Lund" is a stance on a person, whose
// name or pronoun follows "on" or "against". An army's, a group's or a
// country's attacks, and attacks on a place or a thing, are violence.
func TestStanceNounAttack(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"his attacks on a name",
			"The challenger has stepped up his attacks on Mayor Rosa Lund in recent days.",
			[]string{"his | attacks | Mayor Rosa Lund in recent days"}},
		{"a name's attack on a pronoun",
			"Senator Okafor's attack on him was the sharpest of the debate.",
			[]string{"Senator Okafor's | attack | him"}},
		{"against, with an adjective",
			"Her relentless attacks against Duarte have lifted her in the polls.",
			[]string{"Her | attacks | Duarte"}},
		{"on a name's record",
			"His attacks on Menon's record on housing dominated the forum.",
			[]string{"His | attacks | Menon's record on housing"}},
		// Near misses: violence, and attacks with no person holding them.
		{"attacks on the convoy", "Rebels have stepped up their attacks on the convoy near Goma.", nil},
		{"a group's attacks", "The militia's attacks on Kurdish forces continued overnight.", nil},
		{"its attacks", "The army said its attacks on Hodeidah would go on.",
			[]string{"The army | said | its attacks on Hodeidah would go on"}},
		{"a country's attacks", "Russia's attacks on Kharkiv killed four people, officials said.",
			[]string{"officials | said | Russia's attacks on Kharkiv killed four people"}},
		{"attacks on a place", "Police said his attack on Ridgeway Mall was planned for weeks.",
			[]string{"Police | said | his attack on Ridgeway Mall was planned for weeks"}},
		{"heart attack", "The coach's heart attack on Sunday stunned the club.", nil},
	}, showSourceCueContent)
}

// TestStanceNounFrom checks a noun of speech or stance whose holder
// follows "from": the phrase after "from" is the source, the clause after
// "that" or the topic after "about" the content, or else the subject of
// the verb before the noun, what the criticism is of.
func TestStanceNounFrom(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"drew criticism from, the subject criticised",
			"The toll plan has drawn sharp criticism from farm groups in the north.",
			[]string{"farm groups in the north | criticism | The toll plan"}},
		{"a clause after that",
			"The minister faced criticism from opposition lawmakers that the budget ignored rural clinics.",
			[]string{"opposition lawmakers | criticism | that the budget ignored rural clinics"}},
		{"warnings from a named body",
			"The dam was built despite warnings from the Water Authority that the valley could flood.",
			[]string{"the Water Authority | warnings | that the valley could flood"}},
		{"about a topic",
			"Mayor Ines Duval will face renewed criticism from Councillor Bakr about the delayed tram line.",
			[]string{"Councillor Bakr | criticism | the delayed tram line"}},
		{"an adverb before the verb",
			"The ruling quickly sparked allegations from rights groups that the judge was biased.",
			[]string{"rights groups | allegations | that the judge was biased"}},
		// Near misses: "from" gives a time or a place of origin, or no
		// noun of speech stands before it.
		{"from a year", "Warnings from 2019 were ignored by the port authority.", nil},
		{"from a decade", "The senator faced allegations from the 1990s that he took bribes.", nil},
		{"support from a bank", "The farm received support from the World Bank for its new barns.", nil},
		{"calls from callers", "The station took hundreds of calls from listeners on Sunday.", nil},
		{"criticism of, no holder", "The plan has drawn criticism for its cost.", nil},
	}, showSourceCueContent)
}

// TestStanceNounView checks "in" and a possessive before a noun of view:
// the possessor holds the clause that the phrase opens, closes or stands
// inside. A view of a place, or an opinion of a person, states nothing.
func TestStanceNounView(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"opening the clause",
			"In the governor's view, the new levy is a tax on bread.",
			[]string{"the governor's | view | the new levy is a tax on bread"}},
		{"closing the clause",
			"The port deal was a mistake from the start, in Okafor's view.",
			[]string{"Okafor's | view | The port deal was a mistake from the start"}},
		{"inside the clause",
			"The only remedy, in her opinion, is a vote in parliament.",
			[]string{"her | opinion | The only remedy, in her opinion, is a vote in parliament"}},
		{"a plural possessive determiner after but",
			"But in their view, the strike could last into March.",
			[]string{"their | view | the strike could last into March"}},
		// Near misses: a sight, a stance with no clause, a case's view.
		{"a view of the harbour", "The hotel offers a view of the harbour.", nil},
		{"her view of the harbour", "Her view of the harbour was blocked by a crane.", nil},
		{"his opinion of the coach", "His opinion of the coach has not changed since May.", nil},
		{"in view of", "In view of the storm, the match was postponed.", nil},
	}, showSourceCueContent)
}

// TestStanceNounWireSenses checks the wire senses of nouns that carry a
// stance in politics and are left to other forms or none: plans and
// support for a thing built, calls to a line, a decision taken. None is
// a cue by itself, with a possessive or without.
func TestStanceNounWireSenses(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"plans for a bridge", "The council unveiled plans for a new bridge over the Sava.", nil},
		{"his plans for a stadium", "His plans for a new stadium were shelved.", nil},
		{"plans to build", "The ministry has plans to build a new bridge by 2028.", nil},
		{"support for the roof", "Engineers added support for the roof after the storm.", nil},
		{"her support for a repair", "Her support for the roof repair was welcome.", nil},
		{"calls to the emergency line", "Calls to the emergency line doubled during the floods.", nil},
		{"her calls to a hotline", "Her calls to the hotline went unanswered.", nil},
		{"the mayor's decision", "The mayor's decision to close the bridge angered drivers.", nil},
	}, showSourceCueContent)
}

// TestStanceFromNoSubject checks "criticism from X" with no subject that
// drew it: in a circumstance ("amid growing criticism from …") or an
// opening participle ("Facing criticism from …, he …"), and after "no"
// ("got no warning from …"), it is no attribution, and the clause's own
// subject speaks next.
func TestStanceFromNoSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"amid growing criticism", "The king dissolved the cabinet amid growing criticism from opposition parties.", nil},
		{"facing criticism, then a participle", "Facing mounting criticism from rivals, the mayor issued a statement on Sunday, describing the plan as fair.",
			[]string{"the mayor | issued a statement on Sunday, describing"}},
		{"no warning from", "They got no warning from the authorities.", nil},
		// Near miss: a subject that drew it.
		{"the plan drew criticism", "The plan has drawn sharp criticism from farm groups.",
			[]string{"farm groups | criticism"}},
	}, showChain)
}
