package wirestory

import "testing"

// The tests of this file check titles of round 9's blind wire stories:
// job titles of sport, crime and everyday copy written before a name,
// and a rank in parentheses.

// TestWireJobTitles checks a job title of sport, crime or everyday copy
// capitalised before a name ("Quarterback Marcus Tellis"): it is a role,
// not the name's first word, and "the coach" stands for the person
// introduced with it.
func TestWireJobTitles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"quarterback", "Quarterback Marcus Tellis threw three passes. “We won,” Tellis said.",
			[]string{"Marcus Tellis"}},
		{"striker, inverted", "“We scored early,” said Striker Joao Mendes.",
			[]string{"Joao Mendes"}},
		{"goalkeeper", "“The wall held,” Goalkeeper Pavel Horak said.",
			[]string{"Pavel Horak"}},
		{"pitcher", "Pitcher Dan Okafor struck out nine. “My arm is fine,” Okafor said.",
			[]string{"Dan Okafor"}},
		{"forward and midfielder", "Forward Lena Brandt scored twice. Midfielder Ida Moen set up both. “We clicked,” Moen said. “It was fun,” Brandt said.",
			[]string{"Ida Moen", "Lena Brandt"}},
		{"defenseman", "“We blocked shots,” Defenseman Rory Kell said.",
			[]string{"Rory Kell"}},
		{"coach, then the coach", "Coach Tomas Brenner praised the side. “They fought,” the coach said.",
			[]string{"Tomas Brenner"}},
		{"firefighter", "“The roof fell in,” Firefighter Jo Tully said.",
			[]string{"Jo Tully"}},
		{"nurse", "Nurse Amara Obi worked all night. “We were full,” Obi said.",
			[]string{"Amara Obi"}},
		{"farmer", "“The rain came late,” Farmer Ruth Kagame said.",
			[]string{"Ruth Kagame"}},
		// Near misses: the same words as part of a name or a team.
		{"surname Farmer", "“The rain came late,” Paul Farmer said.",
			[]string{"Paul Farmer"}},
	})
}
