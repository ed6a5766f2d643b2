package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quoteSpeakerTests are sentences in wire style whose quotes the
// quote-speaker rules of attribution_quotes.go decide.
var quoteSpeakerTests = []struct {
	name, in string
	want     []string // "quote text | speaker" for each quote
}{
	{"headline with name and colon",
		"Ortiz: Port Deal ‘Dead on Arrival’ and “Bad for Workers”\n\nThe mayor spoke on Monday.",
		[]string{"‘Dead on Arrival’ | ", "“Bad for Workers” | "}},
	{"headline in title case",
		"Mayor Vows “Total Rebuild” of the Harbour After Storm\n\nThe mayor spoke on Monday.",
		[]string{"“Total Rebuild” | "}},
	{"first paragraph that is a lede keeps its speaker",
		"Mayor Ana Ortiz said the harbour would be rebuilt in “record time” after the storm.\n\nShe spoke on Monday.",
		[]string{"“record time” | Mayor Ana Ortiz"}},
	{"inverted verb before an unknown phrase",
		"“There is no path for him,” said one of the advisers, who asked not to be named.",
		[]string{"“There is no path for him,” | one of the advisers"}},
	{"inverted tweeted",
		"“The port stays open,” tweeted a union organiser.",
		[]string{"“The port stays open,” | a union organiser"}},
	{"inverted verb then a time is no source",
		"“The port stays open,” added Tuesday.",
		[]string{"“The port stays open,” | "}},
	{"split quote after a cue with words",
		"“It seems to me they must agree,” he said of the two leaders, “because each needs the other.”",
		[]string{"“It seems to me they must agree,” | he", "“because each needs the other.” | he"}},
	{"second quote after a sentence end is no split",
		"“We are ready,” he said of the team, and left. Fans chanted “go home” at the bus.",
		[]string{"“We are ready,” | he", "“go home” | Fans"}},
	{"subject after an opening participle",
		"Asked about the strike, the minister called it “deeply regrettable.”",
		[]string{"“deeply regrettable.” | the minister"}},
	{"subject after an adverbial and a pronoun",
		"Hours later, she issued a plea for “calm and patience” in the city.",
		[]string{"“calm and patience” | she"}},
	{"participle with no comma has no subject",
		"Flying home that night the crew heard of “severe delays” ahead.",
		[]string{"“severe delays” | "}},
	{"subject ends before a past-tense verb",
		"On Monday, Ortiz groused to a crowd in Lanvia that the press “never treats me fairly.”",
		[]string{"“never treats me fairly.” | Ortiz"}},
	{"loose tail with a verb no rule knows",
		"“The plant will close in June,” the memo read.",
		[]string{"“The plant will close in June,” | the memo"}},
	{"words after a quote block the speaker of the paragraph before",
		"“We are ready,” the coach said.\n\n“Nobody told us anything,” the players stood up in unison.",
		[]string{"“We are ready,” | the coach", "“Nobody told us anything,” | "}},
	{"quote that ends its sentence still inherits",
		"“We are ready,” the coach said.\n\n“Nobody told us anything.”",
		[]string{"“We are ready,” | the coach", "“Nobody told us anything.” | the coach"}},
	{"signed in the next paragraph",
		"Taxes rose twice.\n\n“We never raised taxes.”\n\n— Jane Roe.\n\nThe record says otherwise.",
		[]string{"“We never raised taxes.” | Jane Roe"}},
	{"a dash paragraph that is a sentence signs nothing",
		"“We never raised taxes.”\n\n— But the record says otherwise.",
		[]string{"“We never raised taxes.” | "}},
	{"inverted before a first name that is a modal",
		"“It is an expensive model,” said Will Doyle, a professor at the college.",
		[]string{"“It is an expensive model,” | Will Doyle"}},
	{"the words of a statement go to who issued it",
		"The senator issued a statement saying the plan was “dead on arrival.”",
		[]string{"“dead on arrival.” | The senator"}},
	{"a statement from a body is the body's words",
		"A statement from the club said the coach was “deeply sorry.”",
		[]string{"“deeply sorry.” | the club"}},
	{"a statement with no maker keeps its source",
		"A statement posted online said the coach was “deeply sorry.”",
		[]string{"“deeply sorry.” | A statement posted online"}},
	{"fragments of one sentence share a voice",
		"The auditor rated the claim “false” and the defence “pure fantasy,” in a short note.",
		[]string{"“false” | The auditor", "“pure fantasy,” | The auditor"}},
	{"a pronoun between fragments starts another voice",
		"The auditor rated the claim “false” before she heard his “pure fantasy” reply.",
		[]string{"“false” | The auditor", "“pure fantasy” | "}},
	{"a term a verb of naming gives, inside reported words, is the namer's",
		"The senator said the governor had called her “Madam Chaos” in private.",
		[]string{"“Madam Chaos” | the governor"}},
	{"a capitalised phrase inside reported words is the speaker's",
		"The senator said the governor's “Madam Chaos” remark was in private.",
		[]string{"“Madam Chaos” | The senator"}},
	{"a title with no cue stays unspoken",
		"The crew watched “The Long Harbour” on the flight home.",
		[]string{"“The Long Harbour” | "}},
	{"subject with an apposition before its verb",
		"Ann Roe, the union’s former treasurer, ripped the board for its “reckless gamble” on bonds.",
		[]string{"“reckless gamble” | Ann Roe"}},
	{"subject with a party and state after the name",
		"Sen. Ann Roe, D-Ore., pressed the board on its “reckless gamble” with bonds.",
		[]string{"“reckless gamble” | Sen. Ann Roe"}},
	{"a name then a comma and no verb is no subject",
		"Ann Roe, the treasurer, and the “reckless gamble” were in the news.",
		[]string{"“reckless gamble” | "}},
	{"a quote between a cue and the content it skipped",
		"The treasurer said the board “acted in haste,” and that the fund lost money.",
		[]string{"“acted in haste,” | The treasurer"}},
	{"the clause nearest the quote speaks it",
		"As the marchers reached the square, they chanted “no more cuts” for an hour.",
		[]string{"“no more cuts” | they"}},
	{"a pronoun in a relative clause does not: the relative speaks",
		"The treasurer released the ledger she kept, which showed “serious gaps” in the accounts.",
		[]string{"“serious gaps” | which"}},
	{"single marks beside double ones are a headline's",
		"The city unveiled its budget on Monday.\n\n“We will not raise taxes,” Mayor Ann Cole said on Monday. “Not this year.”\n\nCole vows 'no new taxes' in budget fight\n\nCole called the plan “a fair deal.”",
		[]string{"“We will not raise taxes,” | Mayor Ann Cole", "“Not this year.” | Mayor Ann Cole", "'no new taxes' | ", "“a fair deal.” | Cole"}},
	{"single marks are the story's own where it has no double ones",
		"The mayor spoke.\n\n‘We will not raise taxes,’ Mayor Ann Cole said on Monday.",
		[]string{"‘We will not raise taxes,’ | Mayor Ann Cole"}},
	{"a quotation with no cue goes on from the report before it",
		"The council backed the plan.\n\nThe treasurer said the fund had recovered. “We are in good shape.”",
		[]string{"“We are in good shape.” | The treasurer"}},
	{"but not where a speaker follows it",
		"The council backed the plan.\n\nThe treasurer said the fund had recovered. “We are in good shape,” said Lee.",
		[]string{"“We are in good shape,” | Lee"}},
	{"a title-case phrase after a possessive is a programme's title",
		"The council backed the plan.\n\nThe mayor defended the budget on WXYZ’s “Morning Desk” and called it “a fair deal.”",
		[]string{"“Morning Desk” | ", "“a fair deal.” | The mayor"}},
	{"but a lower-case phrase after a possessive is a speaker's words",
		"The council backed the plan.\n\nThe mayor said Ruiz’s “reckless gamble” had failed.",
		[]string{"“reckless gamble” | The mayor"}},
	{"the clause nearest a colon speaks",
		"The council backed the plan.\n\nThe crowd cheered, and then Ortega continued: “We will build it.”",
		[]string{"“We will build it.” | Ortega"}},
	{"a colon's subject ends before its verb",
		"The council backed the plan.\n\nOrtega paused and declared: “We will build it.”",
		[]string{"“We will build it.” | Ortega"}},
	{"called with an object before the quotation is a characterisation",
		"The council backed the plan.\n\nOne lawmaker called Ortega “a menace to the budget.”",
		[]string{"“a menace to the budget.” | One lawmaker"}},
	{"a subject with a parenthesis and an auxiliary before its participle",
		"The council backed the plan.\n\nGov. Ann Ruiz, for her part, is calling the vote “a fair outcome.”",
		[]string{"“a fair outcome.” | Gov. Ann Ruiz"}},
	{"a name after a dash and before a colon speaks",
		"The council backed the plan.\n\nBUDGET HOLDS UP - Ann Ruiz and Tom Hart: “The figures add up.”",
		[]string{"“The figures add up.” | Ann Ruiz and Tom Hart"}},
	{"a parenthetical report speaks its sentence",
		"The council backed the plan.\n\nThe two towns, the mayor said, now have “a real chance” to grow.",
		[]string{"“a real chance” | the mayor"}},
	{"a noun after a name before a title is no cue",
		"The council backed the plan.\n\n“It is too early to tell,” said Ruiz, who hosts the TV show “Town Talk.” “We will see.”",
		[]string{"“It is too early to tell,” | Ruiz", "“Town Talk.” | ", "“We will see.” | Ruiz"}},
	{"an opening adverbial is skipped to the subject",
		"The council backed the plan.\n\nOutside the hall on Main Street, the farmers gathered in the rain, chanting “no more cuts.”",
		[]string{"“no more cuts.” | the farmers"}},
	{"subject ends before an irregular past tense",
		"Ortiz took to the radio overnight to call the audit “a witch hunt” and worse.",
		[]string{"“a witch hunt” | Ortiz"}},
}

func TestQuoteSpeakerRules(t *testing.T) {
	for _, tt := range quoteSpeakerTests {
		t.Run(tt.name, func(t *testing.T) {
			// Parse, not attributeText: the rules look at quote kinds.
			var got []string
			for _, q := range Parse(tt.in).Quotes {
				s := q.Text + " | "
				if !q.Speaker.IsZero() {
					s += q.Speaker.Text
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q).Quotes mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzQuoteSpeakers(f *testing.F) {
	for _, tt := range quoteSpeakerTests {
		f.Add(tt.in)
	}
	f.Add("A: “x”\n\nB")
	f.Add("“a,” said\n\n“b,” , “c”")
	f.Fuzz(func(t *testing.T, text string) {
		var p Parser
		d := p.newDoc(text)
		qs := testQuotes(text)
		checkSpans(t, text, attribute(d, qs), qs)
	})
}
