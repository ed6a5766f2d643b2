package wirestory

import "testing"

// Round 18, q18: quotations that are no one's words, and a level that
// reports no words.

// A nickname given with a verb of nicknaming ([nicknameVerbs]: "dubbed",
// "nicknamed", "branded", "christened"), its object and "the" before
// the marks ("Local media dubbed the incident the “sky prison”") is a
// name the thing goes by, no one's words: not the namer's, nor a
// report's around the sentence. A characterisation keeps its speaker:
// "called the blast a “wake-up call”", "dubbed the project a “white
// elephant”", "called the budget the “worst in a decade”".
func TestNicknameAfterObject(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"dubbed the incident the", `Local media dubbed the incident the "sky prison," a phrase that trended on social media through the night.`,
			[]string{"scare: -"}},
		{"have nicknamed the stadium the, club said", `Fans have nicknamed the new stadium the "Cauldron," and every home match this season has sold out, the club said.`,
			[]string{"scare: -"}},
		{"branded the bridge the", `Villagers branded the half-built bridge the "road to nowhere" after work stopped in 2021.`,
			[]string{"scare: -"}},
		{"nicknamed it, the article in the marks", `Fans have nicknamed it "the Cauldron," the club said.`,
			[]string{"scare: -"}},
		{"dubbed it the, inside speech", `The mayor said residents had dubbed it the "ghost tower" long before the fire.`,
			[]string{"scare: -"}},
		{"christened the market the, curly marks", "Traders christened the new market the “Little Dubai” within weeks of its opening, the council said.",
			[]string{"scare: -"}},

		// Near misses: "a" before the marks, and a verb that
		// characterises ("called"), keep the subject's words.
		{"dubbed the project a", `Opposition leader Tan Wei Ming dubbed the project a "white elephant" on Monday.`,
			[]string{"partial: Opposition leader Tan Wei Ming"}},
		{"called the blast a", `Village Mayor Rashid Al-Amin called the blast a "wake-up call" for the county.`,
			[]string{"partial: Village Mayor Rashid Al-Amin"}},
		{"called the budget the", `Senator Tan Wei Ming called the budget the "worst in a decade," adding that he would vote against it.`,
			[]string{"partial: Senator Tan Wei Ming"}},
	})
}

// A name in marks after a relative or passive verb of naming at the end
// of someone's reported speech ("…, which locals have nicknamed “the sky
// school.”", "in what has been dubbed “the Silicon Wadi”") is no words
// of the speaker: a group's word for a thing, or no one's. The speaker's
// own naming, "which she called “a lifeline”", stays hers, and a namer
// named in the relative keeps his words.
func TestNicknameInRelative(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"which locals have nicknamed", `Kocabas added that the chamber had started training courses for young farmers, which locals have nicknamed "the sky school."`,
			[]string{"partial: locals"}},
		{"which residents have long called", `The governor said the new ring road, which residents have long called "the noose," would be widened next year.`,
			[]string{"partial: residents"}},
		{"what has been dubbed", `Farid Haddad said the startups had clustered in what has been dubbed "the Silicon Wadi" north of the port.`,
			[]string{"scare: -"}},
		{"which has been nicknamed", `The minister said the dam, which has been nicknamed "the Great Wall of Sindh," would be finished in 2027.`,
			[]string{"scare: -"}},
		{"who has been called, curly marks", "The minister said the activist, who has been called “the conscience of the nation,” had been freed.",
			[]string{"scare: -"}},
		{"known locally as", `The district head said the track, known locally as "the goat road," had been washed away.`,
			[]string{"scare: -"}},

		// Near misses: the speaker names it herself, and a named namer
		// in the past.
		{"which she called", `Mayor Ana Ruiz said the loan, which she called "a lifeline," would reach the farms in May.`,
			[]string{"partial: she"}},
		{"a named namer", `Mayor Ana Ruiz said the plan was what Rossi had called "reckless."`,
			[]string{"partial: Rossi"}},
	})
}

// A proper name in marks before a noun of a plan ("the “New Kuwait
// 2035” vision", "the “Vision 2030” reform plan") is the plan's title,
// said by no one, even inside reported speech; a year or number may end
// it. One adjective in lower case before the noun, "a “reckless” plan",
// is the speaker's word.
func TestPlanTitleInSpeech(t *testing.T) {
	runWhoCases(t, []speakerCase{
		{"New Kuwait 2035 vision", `Minister of State for Municipal Affairs Abdulaziz Fahad Al-Mutairi said the project was part of the "New Kuwait 2035" vision.`,
			[]string{"title: -"}},
		{"Vision 2030 plan", `The minister said the port was central to the kingdom's "Vision 2030" reform plan.`,
			[]string{"title: -"}},
		{"Agenda 2063, curly marks", "The envoy told reporters the corridor would serve the “Agenda 2063” strategy of the African Union.",
			[]string{"title: -"}},
		{"Digital Egypt initiative", `The spokesman said 40 post offices had joined the "Digital Egypt" initiative this year.`,
			[]string{"title: -"}},
		{"Green Jordan 2030 programme", `Officials said the seedlings were paid for under the "Green Jordan 2030" programme.`,
			[]string{"title: -"}},

		// Near misses: one adjective in lower case, and a clause in
		// capitals before no plan noun.
		{"a reckless plan", `The senator said the council had drawn up a "reckless" plan.`,
			[]string{"partial: The senator"}},
		{"a year, no noun", `The minister said the target was "Zero Waste 2030" for every city.`,
			[]string{"partial: The minister"}},
	})
}

// A speech verb inside reported content whose object is a phrase of
// what it was about ("about", "of") and no clause reports no words: "said
// residents had complained for years about vibrations" makes no level
// "residents". Before a clause it does: "said residents had complained
// that …".
func TestTopicSpeechNoLevel(t *testing.T) {
	runChainCases(t, []attrCase{
		{"complained for years about", `Village Mayor Rashid Al-Amin said residents had complained for years about vibrations from the pit.`,
			nil},
		{"complained about", `The union said drivers had complained about the new shift rota.`,
			nil},
		{"spoke of", `The ambassador said the minister had spoken of a new chapter in relations.`,
			nil},
		{"talked repeatedly about", `Police said the suspect had talked repeatedly about the dam on social media.`,
			nil},
		{"complained about, a paragraph before another", "Mayor Tom Reyes said residents had complained for years about dust from the plant.\n\nThe plant employs 200 people.",
			nil},

		// Near misses: a clause after the verb, and words quoted.
		{"complained that", `The mayor said residents had complained that the blasts cracked their walls.`,
			[]string{"The mayor | said >> residents | complained"}},
		{"told reporters that", `The ministry said the envoy had told reporters that talks would resume.`,
			[]string{"The ministry | said >> the envoy | told"}},
		{"complained that, a paragraph before another", "Mayor Tom Reyes said residents had complained that dust from the plant covered their cars.\n\nThe plant employs 200 people.",
			[]string{"Mayor Tom Reyes | said >> residents | complained"}},
	})
}
