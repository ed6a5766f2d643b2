package wirestory

import "testing"

// The tests of this file check names and titles of round 13's blind
// wire stories: a people-word opening a sentence before a name, ranks
// with a retired mark, a legislator's constituency after "from", and a
// portfolio with "and" in it before a long name.

// TestWirePeopleWordBeforeName checks an occupation or a word for people
// by situation opening a sentence before a name ("Passenger X, a
// teacher, described …", "Grower X, who farms apricots, …"): a role, left
// out of the name as "Teacher X" is, and "the passenger" after is the
// same person.
func TestWirePeopleWordBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"grower, relative clause", "Grower Hector Almanza, who farms apricots, was there. “It was dry,” he said.",
			[]string{"Hector Almanza"}},
		{"passenger, apposition", "Passenger Marvin Etok, a teacher, described the crash. “It was loud,” he said.",
			[]string{"Marvin Etok"}},
		{"shopkeeper, cue after", "Shopkeeper Lina Farouk said prices were “too high.”",
			[]string{"Lina Farouk"}},
		{"commuter, inverted", "“The trains are late again,” said commuter Ruth Abernathy-Sloane.",
			[]string{"Ruth Abernathy-Sloane"}},
		{"survivor, the role later", "Survivor Ama Boateng said the water rose fast. Mayor Tom Grace disagreed. “We had no warning,” the survivor said.",
			[]string{"Ama Boateng"}},
		{"fisherman, adjective before", "Veteran fisherman Tomasi Vakaloa said the catch was “half of last year.” “We are worried,” he said.",
			[]string{"Tomasi Vakaloa", "Tomasi Vakaloa"}},
		{"motorist", "Motorist Deepa Raghunathan said the road was “a river.”",
			[]string{"Deepa Raghunathan"}},
		{"vendor, she after", "Vendor Rosa Itzel Quispe said sales had halved. “Nobody comes,” she said.",
			[]string{"Rosa Itzel Quispe"}},
		{"rancher", "Rancher Wade Cullen Harmsworth said the grass was “gone.”",
			[]string{"Wade Cullen Harmsworth"}},
		{"homeowner", "Homeowner Priya Nandakumar said the insurer had “stopped answering.”",
			[]string{"Priya Nandakumar"}},
		{"evacuee", "Evacuee Jonas Berglund said the shelter was “full but kind.”",
			[]string{"Jonas Berglund"}},
		// Near misses: a listed role, no people-word, and surnames that are
		// also trades.
		{"teacher", "Teacher Lina Farouk said prices were “too high.”",
			[]string{"Lina Farouk"}},
		{"no people-word", "Hector Almanza, who farms apricots, was there. “It was dry,” he said.",
			[]string{"Hector Almanza"}},
		{"surname Baker", "Marta Baker said prices were “too high.”",
			[]string{"Marta Baker"}},
		{"surname Porter opening", "Porter Wilkins said the hall was “full.”",
			[]string{"Porter Wilkins"}},
	})
}
