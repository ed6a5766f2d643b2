package wirestory

import "testing"

func TestLooksEnglish(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"english", "The minister said on Monday that the talks with the union had failed.", true},
		{"german", "Der Minister sagte am Montag, die Gespräche mit der Gewerkschaft seien gescheitert, und das sei nicht gut.", false},
		{"french", "Le ministre a dit lundi que les négociations avec le syndicat ont échoué et que la grève est maintenue.", false},
		{"empty", "", true},
		{"no words", "1234 -- 5678", true},
		{"english quoting german", `"Wir schaffen das," the chancellor said of the plan, and the crowd cheered.`, true},
	}
	for _, tt := range tests {
		if got := looksEnglish(tt.in); got != tt.want {
			t.Errorf("%s: looksEnglish(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestParseSkipsAttributionInGerman checks that a German story keeps its
// quotations but gets no English-grammar speakers.
func TestParseSkipsAttributionInGerman(t *testing.T) {
	const story = "Der Sprecher der Regierung sagte am Dienstag: „Wir werden die Pläne nicht ändern.“ Die Opposition kritisierte das und die Presse auch."
	a := Parse(story)
	if len(a.Quotes) != 1 {
		t.Fatalf("Parse(%q) found %d quotes, want 1", story, len(a.Quotes))
	}
	if !a.Quotes[0].Speaker.IsZero() || len(a.Attributions) != 0 {
		t.Errorf("Parse(%q): speaker %v and %d attributions, want none", story, a.Quotes[0].Speaker, len(a.Attributions))
	}
}
