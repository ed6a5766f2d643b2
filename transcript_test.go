package wirestory

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTranscriptTurns checks a transcript quoted a turn to a paragraph,
// each turn opening with its speaker's name in capitals and a colon
// ("“WALLACE: Let's start …"): the name is the source of the turn's
// words, cue the colon. A turn of one letter ("Q:", "A:") names no one,
// and a name not in capitals inside a quotation ("“Smith: …") is no
// turn: a quotation may hold a colon after a capitalised word. Only the
// attributions whose source follows a quote mark are compared: what
// opens the transcript is another form's.
func TestTranscriptTurns(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // "source | cue" of each turn
	}{
		{"turns continued paragraph to paragraph",
			"A partial transcript follows:\n\n\"HOST: Let us start with the vote. What happened last night?\n\n\"SENATOR: We counted every ballot, and we will count them again.\n\n\"HOST: Thank you, Senator.",
			[]string{"HOST | :", "SENATOR | :", "HOST | :"}},
		{"curly marks, a name of two words",
			"He told the program:\n\n“MARIA OCHOA: The river rose in an hour. Nobody expected it.”",
			[]string{"MARIA OCHOA | :"}},
		{"an interview's one-letter turns name no one",
			"The interview, edited for length:\n\n\"Q: Why now?\n\n\"A: Because the money ran out.",
			nil},
		{"a name not in capitals inside a quotation",
			"The sign read: \"Smith: keep out of the yard.\"",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts, _ := attributeText(tt.in)
			var got []string
			for _, a := range atts {
				before := tt.in[:a.Source.Start]
				if strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") {
					got = append(got, a.Source.Text+" | "+a.Cue.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attribute(%q) turns mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
