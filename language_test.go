package wirestory

import (
	"strings"
	"testing"
)

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
		// The particles of names are no German, French or Spanish.
		{"von der", `"We will act," said Ursula von der Leyen.`, true},
		{"von der first", `"We will act," von der Leyen said.`, true},
		{"van den and de la", `"It is done," Carlos de la Fuente told Jan van den Berg.`, true},
		{"el and los", `Abdel Fattah el-Sisi met Maria de los Angeles Ruiz in Cairo, the presidency said.`, true},
		{"des and du", `"Agreed," Ines des Rosiers said to Marc du Pont.`, true},
		// Near-misses: the same words as the language's own.
		{"german der after verbs", "Gestern sagte der Minister, dass der Plan mit der Partei nicht abgestimmt sei.", false},
		{"german von der in prose", "Die Rede von der Ministerin war kurz, und die Kritik von der Opposition blieb aus.", false},
		{"spanish los", "Los ministros dijeron que los planes de la empresa son buenos.", false},
		{"french le after a name", "Paris a dit que le plan est bon et que la grève est finie.", false},
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

// TestParseNameParticlesStayEnglish checks that a short English story whose
// speaker's name has particles ("von der", "de la") gets its speakers: the
// particles do not make it read as German or Spanish.
func TestParseNameParticlesStayEnglish(t *testing.T) {
	for _, tt := range []struct{ story, name string }{
		{`"We will act," said Ursula von der Leyen.`, "Ursula von der Leyen"},
		{"BRUSSELS, May 3 (Reuters) - \"We will not wait,\" Commission President Ursula von der Leyen told reporters.", "Ursula von der Leyen"},
		{`"The line is open," Carlos de la Fuente said.`, "Carlos de la Fuente"},
		{`"Prices will fall," said Luis del Campo.`, "Luis del Campo"},
	} {
		a := Parse(tt.story)
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Name != tt.name {
			t.Errorf("Parse(%q): quotes %+v, want one by %s", tt.story, a.Quotes, tt.name)
		}
	}
}

// looksEnglishForms are texts whose words fall across the eight-byte
// loads of looksEnglish: at the end of the text, before a byte above 0x7F,
// eight letters long and more, after a long gap, cut by the window.
var looksEnglishForms = []string{
	"der", "Der", "the", "der die das", "the of to", "die.", "die\u00e9", "caf\u00e9 und die",
	"abcdefgh der", "abcdefg die", "abcdefghijklmnop und", "1234567890123 und das",
	"Ursula von der Leyen und die", "X von der Y", "von der", "VON DER LEYEN ist",
	"the!!!!!!!!!!!!!!!!!die", "und\u00a0die\u2019s the", "l'\u00e9t\u00e9 est la",
	strings.Repeat("und die ", 600) + strings.Repeat("the ", 20),
	strings.Repeat("x", 4093) + " und die das",
	strings.Repeat("the ", 15) + strings.Repeat("der ", 40),
}

// TestLooksEnglishReadsAsBytewise checks the reading eight bytes at a time
// against the reading a byte at a time, on every suffix of each form, so
// that each word meets every alignment of the loads.
func TestLooksEnglishReadsAsBytewise(t *testing.T) {
	for _, s := range looksEnglishForms {
		for i := range len(s) + 1 {
			if got, want := looksEnglish(s[i:]), looksEnglishBytewise(s[i:]); got != want {
				t.Fatalf("looksEnglish(%q) = %v; the bytewise reading gives %v", s[i:], got, want)
			}
		}
	}
}

func FuzzLooksEnglish(f *testing.F) {
	for _, s := range looksEnglishForms {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := looksEnglish(s), looksEnglishBytewise(s); got != want {
			t.Fatalf("looksEnglish(%q) = %v; the bytewise reading gives %v", s, got, want)
		}
	})
}
