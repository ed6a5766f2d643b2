package wirestory

import "testing"

// TestQuoteResumesPastAbbreviation checks a quotation split by its cue
// where the cue's words name a place with an abbreviation, as US copy
// writes states and the capital: "“A,” Lind said in Raleigh, N.C., “b.”".
// The abbreviation's period ends no sentence: the second part is the
// first part's speaker's. Near misses: a period that ends the sentence
// after the abbreviation, and one that is no abbreviation's, leave the
// next quotation to its own cue.
func TestQuoteResumesPastAbbreviation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a state, said", `"We will win this state," Lind said at a rally in Raleigh, N.C., "and we will win it big."`,
			[]string{"Lind", "Lind"}},
		{"the capital, curly marks", "“Prices will fall,” Tom Ortiz said on Tuesday in Washington, D.C., “but not this year.”",
			[]string{"Tom Ortiz", "Tom Ortiz"}},
		{"a state, told", "“The plant stays open,” Governor Ana Ruiz told workers in Albany, N.Y., “as long as I am in office.”",
			[]string{"Ana Ruiz", "Ana Ruiz"}},
		// Near misses.
		{"the abbreviation ends the sentence", `"We will win," Lind said in Raleigh, N.C. "No, you will not," Ortiz replied.`,
			[]string{"Lind", "Ortiz"}},
		{"a full stop after a word", "“We will win,” Lind said at the rally. “No, you will not,” Ortiz replied.",
			[]string{"Lind", "Ortiz"}},
	})
}

// TestAbsoluteClauseSpeaks checks an absolute clause of saying inside a
// report: a name and a participle of saying after a comma, a dash,
// "with", or "and" after a quotation ("…, Ryan saying he was “very
// encouraged”"). The clause's subject speaks the quote, not the subject
// of the sentence. Near misses: a participle with no subject of its own
// and "a statement saying" stay the sentence subject's.
func TestAbsoluteClauseSpeaks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a comma", "The two leaders issued a statement, Ryan saying he was “very encouraged” by the talks.",
			[]string{"Ryan"}},
		{"after with", "The envoys issued a statement, with Raj Patel saying the truce would hold “for now.”",
			[]string{"Raj Patel"}},
		{"and after a quotation", "Both sides claimed victory — Lind calling the result “a clear mandate” and Ortiz saying it was “a draw.”",
			[]string{"Lind", "Ortiz"}},
		// Near misses.
		{"no subject of its own", "Senator Ana Lind issued a statement, calling the bill “a betrayal.”",
			[]string{"Ana Lind"}},
		{"a statement saying", "Minister Ana Lind issued a statement saying the talks were “productive.”",
			[]string{"Ana Lind"}},
	})
}

// TestLowerCaseQuoteGoesOn checks a quotation that opens in lower case
// and goes on the sentence of the speaker's quote before it, past words
// no rule reads: "…, Lind said at a town hall on Monday, “we would …”".
// Near misses: a quotation in capitals after a colon and a report of
// another source keep their own speakers.
func TestLowerCaseQuoteGoesOn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a fragment", "Ana Lind went on to say she was “confident” that once the count is over, “both parties will accept the result.”",
			[]string{"Ana Lind", "Ana Lind"}},
		{"no comma in the first part", "“If there had not been that deal” with the unions and the mills, Ana Lind said at a town hall on Monday, “we would be looking at a strike.”",
			[]string{"Ana Lind", "Ana Lind"}},
		{"a long appositive", "“This used to be our back yard,” said Tom Ortiz, director of the security studies programme at the Royal Institute of Strategic Affairs in London, “but it is increasingly someone else’s.”",
			[]string{"Tom Ortiz", "Tom Ortiz"}},
		// Near misses.
		{"another source after a colon", "“We will win,” Ana Lind said. Tom Ortiz disagreed: “No.”",
			[]string{"Ana Lind", "Tom Ortiz"}},
		{"another source's report", "Ana Lind called the plan “reckless,” but Tom Ortiz said it was “the only way.”",
			[]string{"Ana Lind", "Tom Ortiz"}},
	})
}
