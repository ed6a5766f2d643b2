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

// A sourceCase is a story and the attributions sourcesOf shows for it.
type sourceCase struct {
	name, in string
	want     []string
}

func runSourceCases(t *testing.T, tests []sourceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sourcesOf(tt.in)); diff != "" {
				t.Errorf("Parse(%q) sources mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSpeakerBounds checks where a speaker's noun phrase starts and ends
// when a role or title stands before the name: the words that qualify
// the role name nobody, and the name in apposition to a role names the
// speaker.
func TestSpeakerBounds(t *testing.T) {
	runSourceCases(t, []sourceCase{
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

		// A portfolio of two parts before the name: no part of it is a
		// person.
		{"minister for A and B", "Minister for Fisheries and Ocean Policy Kari Lund said the catch fell. “It is bad,” he said.",
			[]string{"Minister for Fisheries and Ocean Policy Kari Lund -> Kari Lund | said", "he -> Kari Lund | said"}},
		{"commissioner for A and B", "EU Commissioner for Trade and Industry Jana Novak said talks would resume. “We are close,” she said.",
			[]string{"EU Commissioner for Trade and Industry Jana Novak -> Jana Novak | said", "she -> Jana Novak | said"}},
		// Near miss: one portfolio and a name of three words.
		{"ambassador to a place", "Pakistan’s Ambassador to Iran Muhammad Mudassir Tipu said talks would resume.",
			[]string{"Pakistan’s Ambassador to Iran Muhammad Mudassir Tipu -> Muhammad Mudassir Tipu | said"}},

		// A name after the bracketed acronym of the body the role heads.
		{"chairman of the association (acronym) name", "JAKARTA (Reuters) - Chairman of the Coastal Fisheries Association (Cofa) Sutrisno said the catch fell. “It is bad,” he said.",
			[]string{"Chairman of the Coastal Fisheries Association (Cofa) Sutrisno -> Sutrisno | said", "he -> Sutrisno | said"}},
		{"head of the agency (acronym) name", "Head of the National Disaster Agency (BNPB) Suharyanto said 12 people died.",
			[]string{"Head of the National Disaster Agency (BNPB) Suharyanto -> Suharyanto | said"}},
		// Near miss: a bracket after the name.
		{"party and state in brackets", "Rep. Jane Doe (D-Md.) said the bill would pass.",
			[]string{"Rep. Jane Doe (D-Md.) -> Jane Doe | said"}},

		// A name in apposition to a role names the speaker.
		{"the mayor, name,", "The mayor, Ana Pires, said the port would reopen. “It is ready,” she said.",
			[]string{"The mayor, Ana Pires -> Ana Pires | said", "she -> Ana Pires | said"}},
		{"role with a prepositional phrase, name,", "A spokesman for the port authority, Tom Reyes, said the port would reopen.",
			[]string{"A spokesman for the port authority, Tom Reyes -> Tom Reyes | said"}},
		{"a spokesman for the ministry, name,", "SEOUL (Yonhap) - A spokesman for the Transport Ministry, Lee Min-ho, told reporters the line would open. “It is ready,” he said.",
			[]string{"A spokesman for the Transport Ministry, Lee Min-ho -> Lee Min-ho | told", "he -> Lee Min-ho | said"}},
		{"no space after the commas", "SEOUL (Yonhap) - A spokesman for the Transport Ministry,Lee Min-ho,told reporters the line would open.",
			[]string{"A spokesman for the Transport Ministry,Lee Min-ho -> Lee Min-ho | told"}},
		// Near miss: an unnamed spokesman is no one named before.
		{"a spokesman unnamed", "Mayor Tom Reyes spoke on Monday. A spokesman said the line would open. “It is ready,” he said.",
			[]string{"A spokesman ->  | said", "he ->  | said"}},
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

		// Lower-case titles between capitalised words and a name.
		{"former secretary of state", "Former US secretary of state Ana Pires said the remark was a joke.",
			[]string{"Former US secretary of state Ana Pires -> Ana Pires | said"}},
		{"former presidential candidate", "Former Republican presidential candidate Tom Reyes said the plan was wrong.",
			[]string{"Former Republican presidential candidate Tom Reyes -> Tom Reyes | said"}},
		// Near miss: a verb after a name.
		{"name then a verb", "Vice President Tom Reyes weighed in on Monday.",
			[]string{"Vice President Tom Reyes -> Tom Reyes | weighed in on"}},

		// A participle after a past tense is the subject's: "began
		// talking", not a phrase "began".
		{"began talking", "But he laid off 200 staffers and began talking about what would happen next.",
			[]string{"he ->  | talking about"}},
		{"kept saying", "The mayor kept saying the plan would work.",
			[]string{"The mayor ->  | saying"}},
		// Near miss: a noun before the participle says it.
		{"percent saying", "The poll found 22 percent saying they would stay home.",
			[]string{"The poll ->  | found", "22 percent ->  | saying"}},

		// A participle inside an opening participle's phrase is the main
		// subject's: not "Holding signs".
		{"holding signs calling", "Holding signs calling the mayor a liar, the strikers marched to the port.",
			[]string{"the strikers ->  | calling"}},
		{"carrying banners demanding", "Carrying banners demanding higher pay, nurses gathered outside the ministry.",
			[]string{"nurses ->  | demanding"}},

		// A part of a group: "one of them", "most of them".
		{"one of them", "Two ministers resigned. “We had no choice,” one of them said.",
			[]string{"one of them ->  | said"}},
		{"most of them", "Most of them said the plan failed.",
			[]string{"Most of them ->  | said"}},

		// A count that opens a sentence names nobody.
		{"three unions", "Three unions walked out on Monday. “We are angry,” he said.",
			[]string{"he ->  | said"}},
	})
}

// TestDocumentOwnerSpeaker checks that a quotation carried by a document
// someone put out is the sender's: "sent out an email to supporters
// saying", with a particle, an adverb and a phrase after the noun.
func TestDocumentOwnerSpeaker(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"issued a statement", "The senator issued a statement saying: “We will fight.”", "The senator"},
		{"sent out an email to supporters", "Her campaign quickly sent out an email to supporters stating, “The speaker joins a growing list.”", "Her campaign"},
		{"a text message to supporters", "His campaign sent out a text message to supporters saying: “We won.”", "His campaign"},
		// Near miss: a document no one is said to have put out.
		{"a letter said", "A letter to supporters said: “We won.”", "A letter to supporters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Parse(tt.in).Quotes
			if len(qs) != 1 || qs[0].Speaker.IsZero() || qs[0].Speaker.Text != tt.want {
				t.Errorf("Parse(%q) quotes = %+v, want one spoken by %q", tt.in, qs, tt.want)
			}
		})
	}
}

// TestParticleHyphen pins the shape both stages ask of a particle joined
// to a surname by a hyphen, before either looks the particle up.
func TestParticleHyphen(t *testing.T) {
	for _, tc := range []struct {
		word string
		want int
	}{
		{"al-Khatib", 2},
		{"el-Sisi", 2},
		{"ash-Shaibani", 3},
		{"bint-Faisal", 4},
		{"d-Arco", 1},
		{"Al-Khatib", -1},   // capitalised: a name's first word, asked elsewhere
		{"al-khatib", -1},   // no capital after the hyphen
		{"long-Term", 4},    // the shape: the particle list refuses "long"
		{"longer-Term", -1}, // hyphen after six letters
		{"well-known", -1},  // a compound
		{"a-", -1},          // nothing after the hyphen
		{"al", -1},          // no hyphen
		{"x2-Alpha", -1},    // a digit in the particle
		{"al-", -1},         // hyphen last
		{"abcde-Fgh", -1},   // too long a particle
	} {
		if got := particleHyphen(tc.word); got != tc.want {
			t.Errorf("particleHyphen(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
