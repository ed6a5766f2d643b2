package wirestory

import "testing"

// Quotation speakers, fixer pq4: a fourth pass over quotations whose
// speaker the subject search missed. Each test holds variants of one
// form in wire style and near misses that must not change.

// TestQuoteOpenerWithTitle checks an opening phrase set off by a comma
// that holds an abbreviated title or initial, "Asked whether Mr. Lott
// would run, …", "Pressed by Sen. Ruiz …", "After Gov. Oduya left the
// hall, …": the period of "Mr." or "Sen." does not end the phrase, so
// the speaker of a quotation after a second verb is the main clause's
// subject after the comma, as it is for the phrase with no title.
// A subject with a title of its own, a sentence that ends after the
// phrase and an opener with no comma keep their answers.
func TestQuoteOpenerWithTitle(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"asked whether Mr.", "Asked on Monday whether Mr. Lott would seek the post, the mayor shook her head and said, “No.”",
			[]string{"the mayor"}},
		{"pressed by Sen.", "Pressed by Sen. Ada Ruiz on the budget, the minister smiled and said, “Not this year.”",
			[]string{"the minister"}},
		{"after Gov.", "After Gov. Sam Oduya left the hall, the union leader shrugged and said, “We will strike.”",
			[]string{"the union leader"}},
		{"holding signs for Dr.", "Holding signs for Dr. Tom Reyes, the nurses marched to the ministry and chanted, “Pay us now.”",
			[]string{"the nurses"}},
		{"an initial", "Flanked by J. R. Kim and two aides, the governor stood up and declared, “The port stays open.”",
			[]string{"the governor"}},
		// Near misses: a title in the subject, a full stop after the
		// phrase, no comma after the opener.
		{"a title in the subject", "Mr. Lott shook his head and said, “No.”",
			[]string{"Mr. Lott"}},
		{"a sentence ends", "The mayor was asked about Mr. Lott. The governor smiled and said, “No.”",
			[]string{"The governor"}},
		{"asked with no title", "Asked whether Lott would run, the mayor shook her head and said, “No.”",
			[]string{"the mayor"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestQuoteRelativeWithAppositive checks a relative clause about the
// speaker that an appositive or an aside of its own breaks, "Mayor Ana
// Lind, whose hometown, Dover, is sinking, argues …", "X, who, as
// governor, closed the port, said …": the speaker is the phrase before
// the relative, not the appositive inside it. A relative with no
// comma inside, a plain appositive and a speaker after the relative
// clause's own verb keep their answers.
func TestQuoteRelativeWithAppositive(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"whose hometown, Dover,", "Mayor Ana Lind, whose hometown, Dover, is sinking into the sea as the tides rise, argues that the levy will “ruin the port.”",
			[]string{"Mayor Ana Lind"}},
		{"whose, said", "Mayor Ana Lind, whose hometown, Dover, is sinking, said the levy will “ruin the port.”",
			[]string{"Mayor Ana Lind"}},
		{"who, as governor,", "Tom Reyes, who, as governor, closed the harbour in 2019, told reporters the ban had “saved the fishery.”",
			[]string{"Tom Reyes"}},
		{"which, like its rivals,", "The Harbour Bank, which, like its rivals, lost money on ferries, said the fares were “far too low.”",
			[]string{"The Harbour Bank"}},
		{"whose chairman, a Dane,", "The port authority, whose chairman, a Dane, resigned in May, warned that the quay was “beyond repair.”",
			[]string{"The port authority"}},
		// Near misses: no comma inside the relative, a plain appositive,
		// the subject after the relative clause.
		{"a plain relative", "Mayor Ana Lind, whose city is sinking into the sea, argues that the levy will “ruin the port.”",
			[]string{"Mayor Ana Lind"}},
		{"a plain appositive", "Ana Lind, the mayor of Dover, a port town, said the levy will “ruin the port.”",
			[]string{"Ana Lind"}},
		{"a subject after", "Lind, whose city is sinking, met the governor, and Tom Reyes, a union leader, said the talks were “a waste of time.”",
			[]string{"Tom Reyes"}},
	}, func(q Quote) string { return q.Speaker.Text })
}
