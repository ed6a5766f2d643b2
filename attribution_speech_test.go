package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAttributeSpeechContent(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"quotation after an opening", "On the radio on Tuesday, he said, “I never promised a bridge.”",
			[]string{"“I never promised a bridge.”"}},
		{"however ends it", "Last year, 47 percent said they would vote for the mayor, however the number has dropped.",
			[]string{"they would vote for the mayor"}},
		{"next speaker ends it", "Six in 10 voters said the mayor is honest, and three-quarters said the same of her rival.",
			[]string{"the mayor is honest", "the same of her rival"}},
		{"and next speaker", "Most members said the plan was fair and a few said it was not.",
			[]string{"the plan was fair", "it was not"}},
		{"but and a verb", "He said that he would vote for the bill but did not say when.",
			[]string{"that he would vote for the bill", "when"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			atts, _ := attributeText(tt.in)
			var got []string
			for _, a := range atts {
				if a.Content != nil {
					got = append(got, a.Content.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attribute(%q) contents mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

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
		{"noun before participle", "The memo showed aides suggesting that the vote be delayed.",
			[]string{"The memo | showed", "aides | suggesting"}},
		{"far subject", "Jo Ruiz, 70, said the ward should stay open.",
			[]string{"Jo Ruiz | said"}},
		{"far subject after dashes", "Many delegates at the meeting — farmers, teachers, nurses — said the levy was too high.",
			[]string{"Many delegates at the meeting | said"}},
		{"asked opening", "Asked whether the bridge would reopen, the mayor said it would.",
			[]string{" | Asked", "the mayor | said"}},
		{"asked by", "Asked by reporters about the fire, she said the cause was unknown.",
			[]string{"reporters | Asked", "she | said"}},
		{"in a poll opening", "In a Ledger poll released Monday, 41 percent of voters backed the levy.",
			[]string{"a Ledger poll | In"}},
		{"in a poll closing", "The mayor holds a wide lead in the latest survey.",
			[]string{"the latest survey | in"}},
		{"in no poll", "The mayor spoke in the town hall on Monday.", nil},
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
