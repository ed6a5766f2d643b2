package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sourcesOf shows each attribution of the story as "source -> name |
// cue", in text order.
func sourcesOf(text string) []string {
	var got []string
	for _, a := range Parse(text).Attributions {
		s := ""
		if !a.Source.IsZero() {
			s = a.Source.Text + " -> " + a.Source.Name
		}
		got = append(got, s+" | "+a.Cue.Text)
	}
	return got
}

// TestSpeakerBounds checks where a speaker's noun phrase starts and ends
// when a role or title stands before the name: the words that qualify
// the role name nobody, and the name in apposition to a role names the
// speaker.
func TestSpeakerBounds(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		// A capitalised word before a lower-case role and a name.
		{"fire chief", "Fire chief Luis Ortega said the blaze was out. “We are done,” he said.",
			[]string{"Fire chief Luis Ortega -> Luis Ortega | said", "he -> Luis Ortega | said"}},
		{"county fire chief", "County fire chief Luis Ortega said the blaze was out. “We are done,” he said.",
			[]string{"County fire chief Luis Ortega -> Luis Ortega | said", "he -> Luis Ortega | said"}},
		{"harbour police spokeswoman", "Harbour police spokeswoman Ana Ruiz said two men were held. “They are in custody,” she said.",
			[]string{"Harbour police spokeswoman Ana Ruiz -> Ana Ruiz | said", "she -> Ana Ruiz | said"}},
		// Near miss: a possessive before the role is a person of its own.
		{"possessive before role", "Ortega’s spokeswoman Ana Ruiz said the blaze was out. “We are done,” she said.",
			[]string{"Ortega’s spokeswoman Ana Ruiz -> Ana Ruiz | said", "she -> Ana Ruiz | said"}},

		// After an inverted cue, a cue word ("fire") before a role and a
		// name is a noun of the title.
		{"said State fire marshal", "“The fire is out,” said State fire marshal Tom Reyes.",
			[]string{"State fire marshal Tom Reyes -> Tom Reyes | said"}},
		{"said deputy fire chief", "“We are done,” said deputy fire chief Luis Ortega.",
			[]string{"deputy fire chief Luis Ortega -> Luis Ortega | said"}},
		{"inverted after a clause", "The fire is out, said State fire marshal Tom Reyes, who toured the site.",
			[]string{"State fire marshal Tom Reyes -> Tom Reyes | said"}},
		// Near miss: a cue verb before a plural role is still a verb.
		{"verb before a role", "The official warned chief executives that fees would rise.",
			[]string{"The official ->  | warned"}},

		// A name in apposition to a role names the speaker.
		{"the mayor, name,", "The mayor, Ana Pires, said the port would reopen. “It is ready,” she said.",
			[]string{"The mayor, Ana Pires -> Ana Pires | said", "she -> Ana Pires | said"}},
		{"role with a prepositional phrase, name,", "A spokesman for the port authority, Tom Reyes, said the port would reopen.",
			[]string{"A spokesman for the port authority, Tom Reyes -> Tom Reyes | said"}},
		{"another critic, name,", "Another critic, Jane Doe, said the port would reopen.",
			[]string{"Another critic, Jane Doe -> Jane Doe | said"}},
		// Near miss: a name first and the role in apposition.
		{"name, the role,", "Ana Pires, the mayor, said the port would reopen.",
			[]string{"Ana Pires -> Ana Pires | said"}},

		// A name and its role in apposition before the cue: the subject,
		// not the content of an inverted "said".
		{"name, a role,", "Kenji Ono, a researcher at the company, said the test failed.",
			[]string{"Kenji Ono -> Kenji Ono | said"}},
		{"name, the role of,", "Kenji Ono, the head of research, said the test failed.",
			[]string{"Kenji Ono -> Kenji Ono | said"}},
		// Near miss: a clause before an inverted cue is its content.
		{"inverted after a clause, role after", "The test failed, said Kenji Ono, a researcher at the company.",
			[]string{"Kenji Ono -> Kenji Ono | said"}},

		// A participle after "despite" has the clause's subject, as after
		// "while" or "before": not "despite" itself.
		{"despite admitting", "The mayor, despite admitting that the plan was costly, said it would pass.",
			[]string{"The mayor ->  | admitting", "The mayor ->  | said"}},
		{"despite conceding", "Port chief Ana Ruiz, despite conceding that fees would rise, defended the plan.",
			[]string{"Port chief Ana Ruiz -> Ana Ruiz | conceding", "Port chief Ana Ruiz -> Ana Ruiz | defended"}},

		// A date after "On" or "In" with no comma opens the sentence; it
		// is not the subject.
		{"on a date, no comma", "On September 27 the port authority closed the pier, citing the storm, and said it would reopen.",
			[]string{"the port authority ->  | citing", "the port authority ->  | said"}},
		{"in a month and year", "In March 2015 the company said profits rose.",
			[]string{"the company ->  | said"}},
		{"participle after a date", "On May 4 they ended the strike by announcing that pay would rise.",
			[]string{"they ->  | announcing"}},
		// Near miss: a place after "in" is no time.
		{"in a place", "Officials in Madrid said fares would rise.",
			[]string{"Officials in Madrid ->  | said"}},

		// A part of a group: "one of them", "most of them".
		{"one of them", "Two ministers resigned. “We had no choice,” one of them said.",
			[]string{"one of them ->  | said"}},
		{"most of them", "Most of them said the plan failed.",
			[]string{"Most of them ->  | said"}},

		// A count that opens a sentence names nobody.
		{"three unions", "Three unions walked out on Monday. “We are angry,” he said.",
			[]string{"he ->  | said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sourcesOf(tt.in)); diff != "" {
				t.Errorf("Parse(%q) sources mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
