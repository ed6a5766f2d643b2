package wirestory

import "testing"

// TestForms25RankAbbreviationRun checks a run of abbreviated ranks
// before a name ("Brig. Gen. X", "Det. Supt. X", "Sqn. Ldr. X", "Lt.
// Cdr. X"): every abbreviation in the run is a title, whose period ends
// no sentence, so that the speaker is the whole run and the name after
// it. A lower-case "brig" that ends a sentence, a place before a rank
// abbreviation, and a rank of one abbreviation stay as they were.
func TestForms25RankAbbreviationRun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said Brig. Gen.", "“Every patrol we send saves a village,” said Brig. Gen. Khaled Mahmoud Al-Zoubi, who heads the border unit.",
			[]string{"Khaled Mahmoud Al-Zoubi"}},
		{"Det. Supt. told", "“The gang had planned the robbery for weeks,” Det. Supt. Fiona Mackay told reporters outside the court.",
			[]string{"Fiona Mackay"}},
		{"said Sqn. Ldr., then he", "“All four pilots ejected safely,” said Sqn. Ldr. Arvind Menon, a spokesman for the air base. “The inquiry will begin today,” he said.",
			[]string{"Arvind Menon", "Arvind Menon"}},
		{"according to Lt. Cdr.", "“The ship was never in danger,” according to Lt. Cdr. Paulo Reyes, the vessel's executive officer.",
			[]string{"Paulo Reyes"}},
		{"Wg. Cdr. before the cue", "Wg. Cdr. Rahul Bose said the runway would reopen on Friday. “The debris has been cleared,” he said.",
			[]string{"Rahul Bose"}},
		// Near misses: "brig" in lower case ends its sentence; a place
		// ends one before "Gen."; one abbreviation alone.
		{"lower-case brig", "Seaman Tom Hale spent a week in the brig. Commander Ruth Ames said the case was closed. “It is over,” she said.",
			[]string{"Ruth Ames"}},
		{"place before Gen.", "Troops withdrew from the town of Hit in Iraq. Gen. Ali Hassan said the road was open. “We will be back,” he said.",
			[]string{"Ali Hassan"}},
		{"Gen. alone", "“We will hold the line,” said Gen. Omar Farouk, the army chief.",
			[]string{"Omar Farouk"}},
	})
}
