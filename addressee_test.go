package wirestory

import "testing"

// TestAddresseeNounCompound checks an addressee whose noun is a compound
// led by a cue word ("press"): the cue word between an article's
// modifiers and the noun belongs to the phrase, and the content starts
// after it. The near-misses keep a cue word that is a clause's verb.
func TestAddresseeNounCompound(t *testing.T) {
	tests := []struct{ in, addressee, content string }{
		{"Spokesman Lin Wei told a regular press briefing that the talks would resume.", "a regular press briefing", "that the talks would resume"},
		{"She told the daily press conference the plan was ready.", "the daily press conference", "the plan was ready"},
		{"He told a crowded press conference in Jakarta on Monday that prices would fall.", "a crowded press conference in Jakarta", "that prices would fall"},
		{"The minister told a press conference that the plan was ready.", "a press conference", "that the plan was ready"},
		// Near-misses: the cue word is a verb.
		{"He told the union leaders warn workers often.", "the union leaders", "warn workers often"},
		{"She told the young workers press on with the strike.", "the young workers", "press on with the strike"},
	}
	for _, tt := range tests {
		a := Parse(tt.in)
		if len(a.Attributions) == 0 {
			t.Errorf("Parse(%q): no attribution", tt.in)
			continue
		}
		at := a.Attributions[0]
		if at.Addressee.Text != tt.addressee || at.Content.Text != tt.content {
			t.Errorf("Parse(%q): addressee %q, content %q; want %q, %q", tt.in, at.Addressee.Text, at.Content.Text, tt.addressee, tt.content)
		}
	}
}
