package wirestory

import "testing"

// Round 23, chain forms of y23. Each test holds variants of one form in
// wire style and near misses that must not change.

// TestSourceBodyPortfolioAnd checks a source before its cue whose body's
// "of" names two fields in lower case joined by "and", "the provincial
// directorate of agriculture and forestry said": the whole phrase is the
// source, not the field after the "and" (portfolioAndStart). People or
// a body after the "and" ("and officials", "and farmers") and two
// sources joined by "and" keep their reading.
func TestSourceBodyPortfolioAnd(t *testing.T) {
	tests := []attrCase{
		{"said in a statement", "Cocoon output rose to 4.2 tons this season, the provincial directorate of agriculture and forestry said in a statement.",
			[]string{"the provincial directorate of agriculture and forestry | said >> a statement | in"}},
		{"said before content", "The district directorate of health and social affairs said on Monday that 14 people were treated for smoke inhalation.",
			[]string{"The district directorate of health and social affairs | said"}},
		{"told an addressee", "The regional department of fisheries and livestock told reporters the ban on trawling would stay until May.",
			[]string{"The regional department of fisheries and livestock | told -> reporters"}},
		{"a document's source", "Hotel bookings doubled over the holiday, the city bureau of culture and tourism said on its website.",
			[]string{"the city bureau of culture and tourism | said >> its website | on"}},
		{"after a comma clause", "Some 300 hectares of pine burned, and the provincial directorate of environment and forestry said the fire was under control.",
			[]string{"the provincial directorate of environment and forestry | said"}},

		// Near misses: two sources, people after the "and", no body
		// before the "of".
		{"two bodies", "Prices of bread rose 20 percent in a month, the ministry and the police said.",
			[]string{"the ministry and the police | said"}},
		{"two kinds of people", "Prices of bread rose 20 percent in a month, farmers and traders said.",
			[]string{"farmers and traders | said"}},
		{"officials after and", "The head of the directorate of health and officials said the clinic was closed.",
			[]string{"officials | said"}},
		{"the police after and", "The directorate of health and the police said the clinic was closed.",
			[]string{"the police | said"}},
		{"rescuers after and", "Two people died in the blaze, the directorate of health and rescuers said.",
			[]string{"rescuers | said"}},
	}
	runAttrCases(t, tests, showChain)
}
