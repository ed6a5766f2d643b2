package wirestory

import "testing"

// TestOccupationalTitles checks an occupation written as a title before
// a name ("Shepherd X", "Herder X", "Beekeeper X"): the role word is not
// the name's first, and the bare role later goes to the person; the same
// word as a surname ("John Shepherd", then "Shepherd said") stays a name.
func TestOccupationalTitles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"shepherd, surname later", "The flock was attacked overnight, said shepherd Annegret Hollmann. “The wolves came at night,” Hollmann said.",
			[]string{"Annegret Hollmann"}},
		{"shepherd, the role later", "Shepherd Ilse Brandt, 61, found the sheep at dawn. “Eleven were dead,” the shepherd said.",
			[]string{"Ilse Brandt"}},
		{"herder", "Herder Batbayar Dorj lost half his goats. “Nothing is left,” Dorj said.",
			[]string{"Batbayar Dorj"}},
		// Near misses: the word as a surname.
		{"surname Shepherd", "“We will not back down,” said John Shepherd, a Labour lawmaker. “It is tight,” Shepherd told reporters.",
			[]string{"John Shepherd", "John Shepherd"}},
		{"surname alone first", "Council leader Rita Shepherd spoke on Monday. “The budget is set,” Shepherd said.",
			[]string{"Rita Shepherd"}},
	})
}
