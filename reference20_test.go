package wirestory

import "testing"

// TestWirePronounWritesAfterVenueSpeaker checks "he wrote" or "she
// posted" after a quotation that follows a sentence whose speaker said
// or wrote something with a venue ("said in a post on X that …", "wrote
// on Facebook that …"), when that speaker is not the first person the
// sentence names ("After meeting Chief Minister X, Y said …", "Like X,
// Y wrote …"): the first person neither speaks nor is a source, so the
// speaker is the sentence's subject and the pronoun's antecedent, not
// the name before nor the previous quotation's speaker. Near misses: the
// first person of the sentence speaks and the later one is inside the
// reported clause, or is the object of a verb in a relative clause.
func TestWirePronounWritesAfterVenueSpeaker(t *testing.T) {
	const lead = "BHUBANESWAR, Dec 7 (IANS) Trains will slow down in 18 elephant corridors from next week, officials said on Monday.\n\n\"We have shared the movement data of every herd with the railways,\" Chief Conservator of Forests Manoj Satpathy told IANS.\n\n"
	runSpeakerCases(t, []speakerCase{
		{"after meeting X, Y said in a post on X", lead + "After meeting Chief Minister Mohan Majhi, Environment Minister Rajeev Tiwari said in a post on X that the Centre would release Rs 25 crore for underpasses. \"Every corridor saved is a herd saved,\" he wrote.",
			[]string{"Manoj Satpathy", "Rajeev Tiwari"}},
		{"like X, Y said in a post on X", lead + "Like Satpathy, Environment Minister Rajeev Tiwari said in a post on X that the Centre would release Rs 25 crore for underpasses. \"Every corridor saved is a herd saved,\" he wrote.",
			[]string{"Manoj Satpathy", "Rajeev Tiwari"}},
		{"unlike X, Y wrote on Facebook, next paragraph", lead + "Unlike Satpathy, opposition lawmaker Sulochana Das wrote on Facebook that the order had come two years too late.\n\n\"How many more calves must die before the railways listen?\" she posted.",
			[]string{"Manoj Satpathy", "Sulochana Das"}},
		{"after talks with X, Y said in a post on Instagram", "KOLKATA, March 3 (PTI) The state will open two more tiger reserves, officials said.\n\n\"We need more guards before we need more reserves,\" wildlife warden Arup Ghosh said.\n\nAfter talks with Forest Secretary Dipak Mitra, actor Rahul Mukherjee said in a post on Instagram that he would fund the guards' training for a year. \"The forest gave me my childhood,\" he wrote.",
			[]string{"Arup Ghosh", "Rahul Mukherjee"}},
		// Near misses: the first person of the sentence is the one who
		// speaks, the later one is inside what is said or met by them.
		{"the first person speaks, a later one is reported", lead + "Chief Minister Mohan Majhi said in a post on X that Environment Minister Rajeev Tiwari had promised Rs 25 crore for underpasses. \"The herds will have safe crossings,\" he wrote.",
			[]string{"Manoj Satpathy", "Mohan Majhi"}},
		{"the first person speaks, the later one met in a relative clause", lead + "Chief Minister Mohan Majhi, who met Rajeev Tiwari in Delhi on Monday, said in a post on X that the Centre would release Rs 25 crore. \"The herds will have safe crossings,\" he wrote.",
			[]string{"Manoj Satpathy", "Mohan Majhi"}},
		{"a plain speaker with a venue", lead + "Environment Minister Rajeev Tiwari said in a post on X that the Centre would release Rs 25 crore for underpasses. \"Every corridor saved is a herd saved,\" he wrote.",
			[]string{"Manoj Satpathy", "Rajeev Tiwari"}},
	})
}
