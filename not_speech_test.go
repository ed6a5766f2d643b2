package wirestory

import "testing"

// TestNotSpeech checks words that look like cues and report no speech:
// a noun or an adjective made from a cue verb, a finding of fact, an
// order for an action, a picture credit. Each form has its near miss
// that is speech.
func TestNotSpeech(t *testing.T) {
	runAttrCases(t, []attrCase{
		// A noun: "call" after a singular noun, and before a time.
		{"video call on a day", "The video call on Monday lasted an hour.", nil},
		{"phone call on", "A phone call on Friday settled the dispute.", nil},
		{"conference call for", "The conference call for investors was delayed.", nil},
		{"call on, plural subject", "Unions call on the government to act.",
			[]string{"Unions | call on -> the government"}},
		{"call for, pronoun", "They call for calm.", []string{"They | call for"}},

		// An adjective of finance.
		{"preferred share", "The bank sold a cumulative preferred share to investors.", nil},
		{"preferred stock", "Holders of the preferred stock will be paid first.", nil},
		{"preferred, a verb", "The mayor preferred a smaller levy.",
			[]string{"The mayor | preferred"}},

		// A finding of fact, and a memory.
		{"found dead", "The man was found dead in his flat on Sunday.", nil},
		{"found guilty", "Two guards were found guilty of theft.", nil},
		{"remembered as", "He will always be remembered as a hero.", nil},
		{"found that", "The inquiry found that the dam was poorly built.",
			[]string{"The inquiry | found"}},

		// An order for an action.
		{"ordered an inquiry", "The mayor ordered an inquiry into the collapse.", nil},
		{"ordered a review", "The court ordered a review of the case.", nil},
		{"ordered someone to", "The mayor ordered the police to leave.",
			[]string{"The mayor | ordered"}},

		// Picture credits.
		{"photo credit", "Photo Credit: PTI", nil},
		{"file photo", "File photo: Reuters", nil},
		{"a name and a colon", "Ortega: We will rebuild the bridge.",
			[]string{"Ortega | :"}},

		// Credit lines: a staff role, a colon and names.
		{"translator line", "Translator: Rina Sari, Adi Nugroho", nil},
		{"editor line", "Editor: Budi Santoso", nil},
		{"photographer line", "Photographer: Jane Doe/Reuters", nil},
		{"edited by line", "Edited by: R. Bose and T. Lim", nil},
		{"a role and a colon before speech", "Producer: We are live from the square.",
			[]string{"Producer | :"}},
	}, showChain)
}

// TestNoBeforeVerbForm checks that "no" and "every", determiners that
// never stand alone, make the verb form after them a noun, as "the" and
// "his" do: "no warning", "no mention of", "every report".
func TestNoBeforeVerbForm(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"no warning", "They got no warning from the authorities.", nil},
		{"no mention of", "The firm made no mention of the merger in its filing.", nil},
		{"no comment on", "The embassy had no comment on the arrests.", nil},
		{"sentence start", "No warning was given, residents said.",
			[]string{"residents | said"}},
		// Near misses: the determiner's noun is the subject of a cue.
		{"every and a noun", "Every analyst said the plan would fail.",
			[]string{"Every analyst | said"}},
		{"no and a role", "No official said the talks had failed.",
			[]string{"No official | said"}},
	}, showChain)
}

// TestTimeWordInName checks that a time word after "the" is a name's,
// "The Sun" a newspaper, where a time word after the subject is the
// time of the speech.
func TestTimeWordInName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"The Sun", "The Sun reported that the singer would tour again.",
			[]string{"The Sun | reported"}},
		{"an outlet's noun first", "British tabloid The Sun reported that the singer would tour again.",
			[]string{"British tabloid The Sun | reported"}},
		// Near misses: a day between the subject and its verb.
		{"a day after the subject", "The ministry Sunday said the talks would resume.",
			[]string{"The ministry | said"}},
		{"on a day", "The company on Sunday said the talks would resume.",
			[]string{"The company | said"}},
	}, showChain)
}

// TestWeakSpeechBareClause checks a weak form of a verb of speech
// ("charge", "maintained", "alleging") before a clause with no "that":
// the clause is what was said. A form in -s may be a plural noun ("drop
// charges the group filed") and keeps needing "that".
func TestWeakSpeechBareClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"critics charge", "Critics charge the case was chosen because it was weak.",
			[]string{"Critics | charge"}},
		{"maintained", "The broadcaster maintained she had done nothing wrong.",
			[]string{"The broadcaster | maintained"}},
		{"attorneys charge", "Attorneys for the actress charge the agent sold the photos to magazines.",
			[]string{"Attorneys for the actress | charge"}},
		// Near misses: a noun in -s, an object with no verb after it.
		{"charges, a noun", "Prosecutors moved to drop charges the group had filed in March.", nil},
		{"maintained an object", "The broadcaster maintained a busy schedule in March.", nil},
	}, showChain)
}
