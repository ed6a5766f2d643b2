package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAttributeSpeech(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"count subject says", "Six in 10 say the tax is too high.",
			[]string{"Six in 10 | say"}},
		{"percent subject says", "A mere 8 percent say they trust the council.",
			[]string{"A mere 8 percent | say"}},
		{"two names say", "Governors Ann Lee and Tom Hart say the levy is unfair.",
			[]string{"Governors Ann Lee and Tom Hart | say"}},
		{"head before of-phrase", "Aides to the mayor say she will run again.",
			[]string{"Aides to the mayor | say"}},
		{"relative who say", "He praised the unions, who say the deal protects jobs.",
			[]string{"He | praised", "the unions | say"}},
		{"however between", "The mayor however said the budget was balanced.",
			[]string{"The mayor | said"}},
		{"weak form is no cue", "Staffing cuts continue at the plant.", nil},
		{"weak form with clause", "Most farmers support that the levy should go.",
			[]string{"Most farmers | support"}},
		{"noun report", "Analysts report to the board every month.", nil},
		{"echoed", "The senator echoed the warning of her party.",
			[]string{"The senator | echoed"}},
		{"touted", "The governor touted the new jobs figures.",
			[]string{"The governor | touted"}},
		{"railed against", "The candidate railed against the trade deal.",
			[]string{"The candidate | railed against"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts, _ := attributeText(tt.in)
			var got []string
			for _, a := range atts {
				got = append(got, chainString(a))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attribute(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
