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
		if got := readsEnglish(tt.in); got != tt.want {
			t.Errorf("%s: readsEnglish(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

// readsEnglish reports whether text, read as one paragraph, reads as
// English to a languageCount.
func readsEnglish(text string) bool {
	lc := languageCount{end: languageWindow}
	lc.read(tokenize(nil, text, 0, len(text), classesOf(nil)))
	return lc.english()
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

// languageForms are texts whose words languageCount must weigh with
// care: in every case, at the end of the text, before a byte above 0x7F,
// joined to another word, long, after a long gap, cut by the window.
var languageForms = []string{
	"der", "Der", "DER", "the", "der die das", "the of to", "die.", "die\u00e9", "caf\u00e9 und die",
	"abcdefgh der", "abcdefg die", "abcdefghijklmnop und", "1234567890123 und das",
	"Ursula von der Leyen und die", "X von der Y", "von der", "VON DER LEYEN ist",
	"the!!!!!!!!!!!!!!!!!die", "und\u00a0die\u2019s the", "l'\u00e9t\u00e9 est la", "el-Sisi der-die U.S. und",
	strings.Repeat("und die ", 600) + strings.Repeat("the ", 20),
	strings.Repeat("x", 4093) + " und die das",
	strings.Repeat("the ", 15) + strings.Repeat("der ", 40),
}

// TestLanguageOfToken checks the table of languageOfToken against the
// map of languageWords: every word of it in three cases, and near misses
// of the same length or one more or less.
func TestLanguageOfToken(t *testing.T) {
	for w, want := range languageWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := languageOf(v); got != want {
				t.Errorf("languageOf(%q) = %d; languageWords has %d", v, got, want)
			}
		}
		for _, miss := range []string{w + "s", w[:len(w)-1], "x" + w[1:], w[:len(w)-1] + "-"} {
			if _, ok := languageWords[miss]; ok {
				continue
			}
			if got := languageOf(miss); got != 0 {
				t.Errorf("languageOf(%q) = %d; want 0", miss, got)
			}
		}
	}
}

// TestLanguageCountReadsAsMap checks languageCount against the reading
// that asks languageWords for each word, on every suffix of each form.
func TestLanguageCountReadsAsMap(t *testing.T) {
	wc := classesOf(nil)
	for _, s := range languageForms {
		for i := range len(s) + 1 {
			toks := tokenize(nil, s[i:], 0, len(s)-i, wc)
			want := englishByMap(s[i:], toks)
			// Read whole, and as two paragraphs split at every token.
			for cut := range len(toks) + 1 {
				lc := languageCount{end: languageWindow}
				lc.read(toks[:cut])
				lc.read(toks[cut:])
				if got := lc.english(); got != want {
					t.Fatalf("languageCount on %q cut at token %d: english %v; the map's reading gives %v", s[i:], cut, got, want)
				}
				if len(toks) > 64 {
					break // a long form is cut at its start only
				}
			}
		}
	}
}

func FuzzLanguageCount(f *testing.F) {
	for _, s := range languageForms {
		f.Add(s)
	}
	wc := classesOf(nil)
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(nil, s, 0, len(s), wc)
		lc := languageCount{end: languageWindow}
		lc.read(toks[:len(toks)/2])
		lc.read(toks[len(toks)/2:])
		if got, want := lc.english(), englishByMap(s, toks); got != want {
			t.Fatalf("languageCount on %q: english %v; the map's reading gives %v", s, got, want)
		}
	})
}
