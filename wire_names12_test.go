package wirestory

import "testing"

// The tests of this file check names and titles of round 12's blind
// wire stories: a calling opening a sentence before a name, an
// organisation between a title and a name, a posting after an Indian
// post, a Western given name before a Chinese one, capitals as the
// subject of a lead, and bodies whose names run over "and" and "of".

// TestWireCallingBeforeName checks a calling of science or medicine
// opening a sentence before a name ("Epidemiologist X warned"): a role,
// left out of the name, as "Economist X" is, and "the epidemiologist"
// after is the same person.
func TestWireCallingBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"epidemiologist", "Epidemiologist Julián Andrés Pacheco warned the outbreak would grow. “It will spread,” he said.",
			[]string{"Julián Andrés Pacheco"}},
		{"virologist, inverted", "“It will spread,” Virologist Dana Ferrer said.",
			[]string{"Dana Ferrer"}},
		{"cardiologist, lower case after an adjective", "Senior cardiologist Omar Haddad said the clinic was “full.” “We are tired,” he said.",
			[]string{"Omar Haddad", "Omar Haddad"}},
		{"geologist, the role later", "Geologist Mere Tawhiri said the slope was moving. Mayor Tom Grace disagreed. “It will slide,” the geologist said.",
			[]string{"Mere Tawhiri"}},
		{"historian in apposition", "“It has happened before,” said Lena Ortmann, a historian at Kessler University. Senator Paul Ames disagreed. “It was rare,” the historian said.",
			[]string{"Lena Ortmann", "Lena Ortmann"}},
		// Near misses: a listed role and a name without a calling.
		{"economist", "Economist Julián Andrés Pacheco warned prices would rise. “It will spread,” he said.",
			[]string{"Julián Andrés Pacheco"}},
		{"no calling", "Julián Andrés Pacheco warned the outbreak would grow. “It will spread,” he said.",
			[]string{"Julián Andrés Pacheco"}},
	})
}
