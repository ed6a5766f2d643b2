package wirestory

import "testing"

// TestNameAfterInvertedRole checks the name in apposition that closes a
// sentence after an inverted cue and a role: the quotation's speaker is
// the named person, as when the apposition comes before the verb. The
// near-misses leave the source as it is: a time, a clause, a source that
// ends in a name already, a second role.
func TestNameAfterInvertedRole(t *testing.T) {
	tests := []struct{ in, speaker, name string }{
		{`"We are ready," said its general manager, Carlos de la Fuente.`, "its general manager, Carlos de la Fuente", "Carlos de la Fuente"},
		{`"We are ready," said its spokesman, John Miller.`, "its spokesman, John Miller", "John Miller"},
		{`"Prices will fall," said the ministry's spokeswoman, Siti Rahma.`, "the ministry's spokeswoman, Siti Rahma", "Siti Rahma"},
		{`"The port is open," said a harbour official, Kenji Ono.`, "a harbour official, Kenji Ono", "Kenji Ono"},
		// Near-misses.
		{`"We are ready," said the spokesman, Monday.`, "the spokesman", ""},
		{`"We are ready," said Senator Ana Ruiz, Democrat of Ohio.`, "Senator Ana Ruiz", "Ana Ruiz"},
		{`"We are ready," said the official, Ahmed.`, "the official", ""},
		{`"We are ready," said its spokesman, adding that talks would go on.`, "its spokesman", ""},
	}
	for _, tt := range tests {
		a := Parse(tt.in)
		if len(a.Quotes) != 1 {
			t.Errorf("Parse(%q): %d quotes, want 1", tt.in, len(a.Quotes))
			continue
		}
		if sp := a.Quotes[0].Speaker; sp.Text != tt.speaker || sp.Name != tt.name {
			t.Errorf("Parse(%q): speaker %q (%q), want %q (%q)", tt.in, sp.Text, sp.Name, tt.speaker, tt.name)
		}
	}
}
