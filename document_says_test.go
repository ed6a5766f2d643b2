package wirestory

import "testing"

// TestDocumentSays checks the verb by which a document just issued
// speaks: "issued a statement saying …". The issuer's cue goes on over
// a time, a venue and a comma to that verb, the content is what the verb
// says, and the time or the venue never becomes a speaker.
func TestDocumentSays(t *testing.T) {
	cases := []attrCase{
		{"participle next", "The league issued a statement saying the match would go ahead.",
			[]string{"The league | issued a statement saying"}},
		{"a time between", "The ministry released a statement Tuesday saying the port was shut.",
			[]string{"The ministry | released a statement Tuesday saying"}},
		{"a time with its opener", "The ministry released a statement early on Tuesday saying the port was shut.",
			[]string{"The ministry | released a statement early on Tuesday saying"}},
		{"a time and a comma", "The union put out a statement Wednesday evening, saying talks had failed.",
			[]string{"The union | put out a statement Wednesday evening, saying"}},
		{"that said", "Police issued a statement Friday that said the suspect was held.",
			[]string{"Police | issued a statement Friday that said"}},
		{"a venue between", "The group issued a statement on its website saying the march was off.",
			[]string{"The group | issued a statement on its website saying >> its website | on"}},
		// Near misses: the verb is not the statement's.
		{"a new clause", "The league issued a statement and fans kept saying the match was off.",
			[]string{"The league | issued a statement", "fans | saying"}},
		{"a plain cue, a participle after its comma", "The mayor said the port was shut, adding that crews were at work.",
			[]string{"The mayor | said", "The mayor | adding"}},
	}
	runAttrCases(t, cases, showChain)

	contents := []attrCase{
		{"content after the verb", "The league issued a statement saying the match would go ahead.",
			[]string{"the match would go ahead"}},
		{"a quotation after a comma", "The ministry released a statement Tuesday saying, “We will not comply.”",
			[]string{"“We will not comply.”"}},
	}
	runAttrCases(t, contents, showContent)

	runSpeakerCases(t, []speakerCase{
		{"the issuer speaks", "Mayor Ann Cole issued a statement on Tuesday saying, “We will rebuild.”",
			[]string{"Ann Cole"}},
		{"the issuer speaks past a venue", "Senator Ray Okoro issued a statement on his website saying, “I will vote no.”",
			[]string{"Ray Okoro"}},
		{"that said, a quotation", "Coach Lena Park put out a statement late Monday that said, “We are proud.”",
			[]string{"Lena Park"}},
	})

	// A document that is the object of a verb, and a time after it: the
	// document speaks, for the verb's subject; the time never does.
	runAttrCases(t, []attrCase{
		{"a report, then the participle", "Officials released a report saying growth slowed.",
			[]string{"a report | saying"}},
		{"a report and a day", "The ministry published a report on Monday saying growth had slowed.",
			[]string{"a report | saying"}},
		{"a report and a bare day, that", "The agency issued a report Monday saying that growth slowed.",
			[]string{"a report | saying"}},
		{"a near miss: a time after a comma", "He spoke on Monday, saying the plan was dead.",
			[]string{"He | saying"}},
	}, showChain)
	runSpeakerCases(t, []speakerCase{
		{"a report and a day, a quotation", "Senator Ray Okoro published a report on Monday saying, “The budget is broken.”",
			[]string{"Ray Okoro"}},
		{"a series of tweets", "Mayor Ann Cole unleashed a series of tweets early Friday saying the plan was “a disaster.”",
			[]string{"Ann Cole"}},
		{"a pair of letters", "Governor Tom Reyes sent a pair of letters last week saying the dam was “unsafe.”",
			[]string{"Tom Reyes"}},
	})
}
