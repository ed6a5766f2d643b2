package wirestory

import "testing"

// The tests of this file check names and titles of round 20's blind
// wire stories: a lower-case role whose "of the" names a body, its head
// word a facility's or an organisation's, run straight into the
// holder's name.

// TestWireLowerRoleOfBodyBeforeName checks a role in lower case, its
// "of the" and a body's name whose head word is a facility's or an
// organisation's ("Plant", "Factory", "Works", "Centre", "Hatchery"),
// run with no comma into the holder's name ("director of the Volga
// Sturgeon Breeding Plant Andrei Kuzovlev told TASS"): the body is no
// word of the name, and "he" or the surname after is the holder. With
// no name after the body, a capitalised title or a name in apposition
// the parse is as it was. (A head word that opens a field after "of",
// "the Institute of Plant Physiology", is not taken for the body's end.)
func TestWireLowerRoleOfBodyBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"plant, told TASS, he", "The plant released four million fry this year, director of the Volga Sturgeon Breeding Plant Andrei Kuzovlev told TASS on Sunday. “This is a record,” he said.",
			[]string{"Andrei Kuzovlev"}},
		{"factory, said, surname", "Output rose by a third, general director of the Kama Tractor Factory Viktor Semyonov said on Tuesday. “We have new orders,” Semyonov added.",
			[]string{"Viktor Semyonov"}},
		{"works, told reporters, he", "The turbines will be delivered in March, head of the Ural Turbine Works Sergei Yakovlev told reporters. “The first unit is ready,” he said.",
			[]string{"Sergei Yakovlev"}},
		{"centre, said, he", "Samples were taken at 40 sites, director of the Kola Science Centre Nikolai Voronin said. “The water is clean,” he said.",
			[]string{"Nikolai Voronin"}},
		{"hatchery, she", "The hatchery released 10,000 salmon, manager of the Ozerny Salmon Hatchery Irina Pavlova told TASS. “They are healthy,” she said.",
			[]string{"Irina Pavlova"}},
		// Near misses: no name after the body, a capitalised title, the
		// name in apposition, a body's head word after the facility's,
		// "Works" in a portfolio, and a surname that is a facility's
		// head word.
		{"no name after the body", "The fry were released, director of the Volga Sturgeon Breeding Plant told TASS. “This is a record,” he said.",
			[]string{""}},
		{"capitalised title", "The fry were released, Director of the Volga Sturgeon Breeding Plant Andrei Kuzovlev told TASS. “This is a record,” he said.",
			[]string{"Andrei Kuzovlev"}},
		{"name in apposition", "The fry were released, the director of the plant, Andrei Kuzovlev, told TASS. “This is a record,” he said.",
			[]string{"Andrei Kuzovlev"}},
		{"a body after the body's head", "The fry were released, director of the Volga Sturgeon Breeding Plant Museum said. “This is a record,” he said.",
			[]string{""}},
		{"portfolio word listed as a head", "Minister of Public Works Basuki Hadimuljono said the road was ready. “It is ready,” he said.",
			[]string{"Basuki Hadimuljono"}},
		{"surname Plant", "Robert Plant said the tour was over. “It is over,” Plant said.",
			[]string{"Robert Plant"}},
	})
}
