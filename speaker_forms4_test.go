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
