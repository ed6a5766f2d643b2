package wirestory

import "testing"

// TestReducedPassiveSubject checks a subject whose noun a past
// participle describes, a relative clause without its pronoun and
// auxiliary ("A man [who was] arrested after the protests said"): the
// participle's phrase, a time or circumstance after it included, is the
// subject's, not the noun phrase that ends it.
func TestReducedPassiveSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"people, after", "An officer injured after the protests said he had been beaten.",
			[]string{"An officer injured after the protests | said"}},
		{"plural, during", "Residents evacuated during the floods said they had lost their homes.",
			[]string{"Residents evacuated during the floods | said"}},
		{"document, after", "A statement issued after the talks said both sides would meet again in March.",
			[]string{"A statement issued after the talks | said"}},
		{"document, during", "A joint communique released during the visit said trade between the two countries would grow.",
			[]string{"A joint communique released during the visit | said"}},
		{"people noun, following", "People detained following the raid said the doors had been broken down.",
			[]string{"People detained following the raid | said"}},
		{"relative with who", "Officials who met after the talks said both sides would meet again.",
			[]string{"Officials who met after the talks | said"}},
		// Near misses: the verb is the clause's own, or the phrase opens it.
		{"time phrase after the cue", "The ministry said after the talks that both sides would meet again.",
			[]string{"The ministry | said"}},
		{"opening phrase with a comma", "After the talks, officials said both sides would meet again.",
			[]string{"officials | said"}},
		{"an intransitive verb, then a clause", "Shares dropped after the company said profits would fall.",
			[]string{"the company | said"}},
		{"plural subject, intransitive verb", "Prices climbed during the session after traders said supplies were short.",
			[]string{"traders | said"}},
		{"an irregular past, no participle", "The mayor came after an editorial telling him to quit.",
			[]string{"an editorial | telling"}},
		{"finite verb, then a comma", "Police arrested two men after the protests, officials said.",
			[]string{"officials | said"}},
		{"a participle that is a cue", "A statement issued after the talks quoted the minister as saying trade would grow.",
			[]string{"A statement issued after the talks | quoted >> the minister | as saying"}},
	}, showChain)
}

// TestDirectedSubject checks a subject whose noun the passive of a
// directive describes ("Those [who were] told to leave said"): the
// order given is no speech of the noun's, and the participle's phrase
// is the later verb's subject.
func TestDirectedSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"those told to", "Those told to leave said they had received no warning.",
			[]string{"Those told to leave | said"}},
		{"residents ordered to", "Residents ordered to evacuate said the water rose quickly.",
			[]string{"Residents ordered to evacuate | said"}},
		{"officials told to", "Officials told to stay home said the office was closed.",
			[]string{"Officials told to stay home | said"}},
		// Near misses: the active voice, an order with its own clause.
		{"active told", "The mayor told residents to leave on Sunday.",
			[]string{"The mayor | told -> residents"}},
		{"those who told", "Those who told the council to wait were right, the mayor said.",
			[]string{"who | told -> the council", "the mayor | said"}},
	}, showChain)
}

// TestForSayingThat checks a participle of speech after "for" and before
// "that" ("apologized for saying that …"): the clause's subject said it,
// as after "after" or "by".
func TestForSayingThat(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"apologized for saying", "He apologized on Monday for saying that the vote was rigged.",
			[]string{"He | saying"}},
		{"criticised for claiming", "The minister came under fire for claiming that the dam was safe.",
			[]string{"The minister | claiming"}},
		// Near misses: "for" before a participle with no clause, and "for"
		// inside a source phrase.
		{"no clause", "They thanked him for saying so.",
			[]string{"They | thanked -> him"}},
		{"a spokesman for", "A spokesman for the ministry said the talks would resume.",
			[]string{"A spokesman for the ministry | said"}},
	}, showChain)
}
