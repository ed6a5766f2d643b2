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
		{"a participle after a later name is no clause", "SYDNEY, Dec 10 (AFP) - Australia's coach said his side was ready for the draw, officials said on Saturday.\n\nThe optimism was backed by goalkeeper Mark Halloran who, in an article published in The Harbour Herald, said the team would go into the Asian Cup believing they could win it.\n\n\"Playing Japan in the Asian Cup is going to be massive,\" he wrote in a column for the paper.",
			[]string{"Mark Halloran"}},
	})
}

// TestWireNameCalledAfterNounInReport checks a name in title case after
// a noun that says what it names and a participle of naming ("a
// campaign called “Slow Bath”", "a scheme called the “Blue Card”", "an
// initiative simply called “Water for All”") inside a reported clause:
// the thing is named there, by no one, a title with no speaker, as it is
// outside reported speech; nor is the noun a source of "called". Near
// misses: a lower-case phrase after the same words is the speaker's
// (partial), "called for “…”" is the speaker's call, and a noun that
// calls the name something ("the party called the “Green Deal” a
// betrayal") is the namer, whose term it is.
func TestWireNameCalledAfterNounInReport(t *testing.T) {
	const lead = "TOKYO, Dec 7 (Kyodo) -- Hot spring towns in Gunma Prefecture are running short of water, officials said Monday.\n\n"
	runWhoCases(t, []speakerCase{
		{"a campaign called, Kyodo", lead + "Hiroshi Kanda, head of the local tourism association, said the town would launch a campaign called \"Slow Bath\" to encourage guests to stay longer.",
			[]string{"title: -"}},
		{"a new programme called, told reporters", lead + "Mayor Ken Oshima told reporters a new programme called \"Onsen Guardians\" would train 40 young volunteers from April.",
			[]string{"title: -"}},
		{"a scheme called the, an article", lead + "Officials told Kyodo News the agency would start a scheme called the \"Blue Card\" for foreign workers in April.",
			[]string{"title: -"}},
		{"an initiative simply called, an adverb", "MANILA, March 2 (PNA) -- The Department of Agriculture said it had launched an initiative simply called \"Rice for All\" in 80 provinces last year.",
			[]string{"title: -"}},
		// Near misses: a phrase in lower case is the speaker's; "called for"
		// is a call, its words the speaker's; a noun that is the object of
		// "called" is not read here.
		{"lower case after called", lead + "Kanda said the town would launch what he called \"a slow bath for everyone\" in the spring.",
			[]string{"partial: he"}},
		{"called for", lead + "Kanda said the campaign called for \"Immediate Action\" by the prefecture.",
			[]string{"partial: Kanda"}},
		{"the party called the name a betrayal", "SEOUL, Jan 5 (Yonhap) -- Kim said the party called the \"Green Deal\" a betrayal of farmers.",
			[]string{"partial: the party"}},
	})
}

// TestWireNameCalledAfterNounNoSource checks that the noun before a
// participle of naming with an adverb or an article before the name
// ("an initiative simply called “Water for All”", "a scheme called the
// “Blue Card”") is no source of a "called" attribution. Near misses: a
// subject that calls something a name ("Critics called the “Blue Card”
// a trap") keeps its attribution.
func TestWireNameCalledAfterNounNoSource(t *testing.T) {
	runParseCases(t, []attrCase{
		{name: "an adverb before called", in: "The Department of Agriculture said it had launched an initiative simply called \"Rice for All\" in 80 provinces last year.",
			want: []string{"The Department of Agriculture | said"}},
		{name: "an article after called", in: "Officials told Kyodo News the agency would start a scheme called the \"Blue Card\" for foreign workers in April.",
			want: []string{"Officials | told"}},
		{name: "a new pilot project", in: "The ministry said it would fund a new pilot project simply called \"Clean Rivers\" in three provinces.",
			want: []string{"The ministry | said"}},
		// Near miss: the caller is named.
		{name: "critics called", in: "Critics called the \"Blue Card\" a trap for foreign workers.",
			want: []string{"Critics | called"}},
	}, func(a Attribution) (string, bool) { return a.Source.Text + " | " + a.Cue.Text, true })
}

// TestWireWhatTheyCallTerm checks a term introduced by "what X call(s)"
// or "what X called": it is X's word for the thing, a partial quotation
// of X's, as groupNaming and the naming cues read it ("locals call it a
// “dzud”"), not a scare quote of no one's. wafa-greenhouses' "Colonists
// have also set up what they call a “pastoral outpost”" is the
// colonists'. Near misses: a term after "so-called" or in a passive
// relative ("what has been dubbed") is no one's.
func TestWireWhatTheyCallTerm(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"what critics call a", "NAIROBI, March 3 (Xinhua) -- The county has approved what critics call a \"water grab\" by flower farms near Lake Naivasha.",
			[]string{"partial: critics"}},
		{"what residents call the", "NAIROBI, March 3 (Xinhua) -- Farmers draw water from what residents call the \"old well\" at the edge of the village.",
			[]string{"partial: residents"}},
		{"what he called a, in reported speech", "NAIROBI, March 3 (Xinhua) -- Governor Paul Mwangi said the county had ended what he called a \"water grab\" by flower farms.",
			[]string{"partial: he"}},
		{"what locals call, reported after", "NAIROBI, March 3 (Xinhua) -- The farms have drained what locals call the \"blue lake\" in less than a decade, the county's water officer Peter Otieno said.",
			[]string{"partial: locals"}},
		// Near misses: no one's term.
		{"so-called", "RAMALLAH, Dec 7 (WAFA) - Colonists have also set up a so-called \"pastoral outpost\" on a hill overlooking Bardala.",
			[]string{"scare: -"}},
		{"what has been dubbed", "NAIROBI, March 3 (Xinhua) -- The farms line what has been dubbed the \"flower belt\" of Kenya.",
			[]string{"scare: -"}},
	})
	runSpeakerCases(t, []speakerCase{
		{"what they call, WAFA", "RAMALLAH, Dec 7 (WAFA) - Colonists have also set up what they call a \"pastoral outpost\" on a hill overlooking Bardala, from which they drive their cattle into the villagers' fields.",
			[]string{"Colonists"}},
	})
}

// TestWireHeadlineVersionTags checks the version tags Yonhap and other
// agencies put before a headline on its line ("(LEAD)", "(2nd LD)",
// "(URGENT)", "(3rd LD, ALL CAPS)"): they are skipped and the headline
// read after them. Near misses: an editors' note in parentheses, with its
// colon, is no headline, and a tag alone on its line is none either.
func TestWireHeadlineVersionTags(t *testing.T) {
	const body = "\n\nSEOUL, Dec. 7 (Yonhap) -- A popular winter festival will open two weeks later than planned, organizers said Monday."
	tests := []struct{ name, in, want string }{
		{"LEAD", "(LEAD) Hwacheon ice festival delayed by two weeks as warm spell thins river ice" + body, "Hwacheon ice festival delayed by two weeks as warm spell thins river ice"},
		{"2nd LD", "(2nd LD) Coast guard seizes 3 Chinese fishing boats in Yellow Sea" + body, "Coast guard seizes 3 Chinese fishing boats in Yellow Sea"},
		{"URGENT", "(URGENT) N. Korea fires ballistic missile into East Sea: JCS" + body, "N. Korea fires ballistic missile into East Sea: JCS"},
		{"two tags, one with a comma", "(URGENT)(3rd LD, ALL CAPS) Festival organizers cancel opening day" + body, "Festival organizers cancel opening day"},
		{"LEAD and a byline", "(LEAD) Seaweed exports hit record high\n\nBy Kim Na-ri\n\nSEOUL, Dec. 7 (Yonhap) -- Exports rose.", "Seaweed exports hit record high"},
		// Near misses.
		{"an editors' note", "(Eds: Updates with vote)" + body, ""},
		{"a tag alone", "(LEAD)" + body, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.in).Headline.Text; got != tt.want {
				t.Errorf("Parse(%q).Headline = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestWireInformedSourcesNoCue checks "informed" before a source noun
// and its verb, set off by a comma or opening the clause ("…, informed
// sources said Monday", Jiji's lead): an adjective of the source, no cue
// of its own ("raise drivers' wages | informed" was read), and part of
// the source. Near misses: "informed" as a verb with an object ("The
// ministry informed officials that …") and a cue in "-ed" after a noun
// ("The memo showed aides suggesting …") stay cues.
func TestWireInformedSourcesNoCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"Jiji lead", "The Japanese government plans to pay a new subsidy to bus operators that raise drivers' wages, informed sources said Monday.",
			[]string{"informed sources | said"}},
		{"officials", "The ministry will seek about 18 billion yen for the program, informed officials said.",
			[]string{"informed officials | said"}},
		{"told", "The plan will be approved by the cabinet in December, informed sources told Kyodo News.",
			[]string{"informed sources | told"}},
		// Near misses: "informed" with an object, "showed" after a noun.
		{"informed as a verb", "The ministry informed officials that the plan had been dropped.",
			[]string{"The ministry | informed"}},
		{"a cue after a noun", "The memo showed aides suggesting that the vote be delayed.",
			[]string{"The memo | showed", "aides | suggesting"}},
	}, func(a Attribution) (string, bool) { return a.Source.Text + " | " + a.Cue.Text, true })
}
