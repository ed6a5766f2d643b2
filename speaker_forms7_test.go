package wirestory

import "testing"

// TestSungWordsSpeak checks a verb of singing as the cue of the words
// sung: after the quotation ("“…,” Vane sings"), or before it after a
// comma or a colon ("The crowd sang: “…”"). Near misses: a capitalised
// quotation right after the verb is the song's title, said by no one
// ("the choir sang “Amazing Grace”"), and a verb of singing with no
// quotation of its own takes no quotation from the sentence before.
func TestSungWordsSpeak(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after the quotation", "“Keep your hands where I can see them,” Rosa Vane sings to the crowd before asking, “Where do we go now?”",
			[]string{"Rosa Vane", "Rosa Vane"}},
		{"after a colon", "Opening the rally, the folk singer Tom Brill sang: “This land was made for you and me.”",
			[]string{"Tom Brill"}},
		{"after a comma, past tense", "As the marchers crossed the bridge, union leader Ana Ortiz sang, “we shall not be moved.”",
			[]string{"Ana Ortiz"}},
		{"a name after, past tense", "“We want our jobs back,” Lena Marsh sang outside the mill on Tuesday.",
			[]string{"Lena Marsh"}},
		// Near misses.
		{"a song named after the verb", "The choir sang “Amazing Grace” as the coffin was carried out.",
			[]string{""}},
		{"no quotation of its own", "“The count is over,” Lind said. The band sings in Spanish and English.",
			[]string{"Lind"}},
	})
}

// TestWeakCueNounAfterModifier checks a weak cue form that is a noun
// after an article and one word that modifies it: "reprised the angry
// chant “…”" is no verb whose subject is "the angry"; the quotation goes
// to the subject of the sentence. Near misses: a plural subject takes the
// bare form as its verb ("The players chant “…”"), a singular noun takes
// the form with its ending ("The statement continues: “…”"), and a past
// tense is the verb ("The choir sang “…”").
func TestWeakCueNounAfterModifier(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"an adjective before the noun", "Farmers in Lyon reprised the angry chant “no farms, no food” outside the ministry.",
			[]string{"Farmers in Lyon"}},
		{"took up", "Students took up the old chant “the people united will never be defeated” on Friday.",
			[]string{"Students"}},
		{"started, a clause after", "Dock workers in Rotterdam started the familiar chant “one union, one fight” as the talks resumed.",
			[]string{"Dock workers in Rotterdam"}},
		// Near misses.
		{"a plural subject and the bare verb", "The players chant “we are the champions” after every win.",
			[]string{"The players"}},
		{"a singular subject and the verb with its ending", "The statement continues: “We will not be moved.”",
			[]string{"The statement"}},
		{"a past tense", "The choir sang “we shall overcome” at the end.",
			[]string{"The choir"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestJoinedClauseSubjectSpeaks checks a quotation with no cue of its
// own in a clause joined to the sentence by "and", "but" or "while"
// after a comma: the joined clause's subject is the sentence subject the
// quotation goes to, past an opening phrase with no comma ("and at one
// point the minister …"), not the subject the sentence opens with. Near
// misses: a second verb of the same subject, the last item of a series,
// and a reported clause cut at the joint keep the sentence's subject.
func TestJoinedClauseSubjectSpeaks(t *testing.T) {
	runQuoteCases(t, []speakerCase{
		{"and, an opening phrase", "The talks dragged on for hours, and at one point the minister floated a “grand bargain” on tariffs.",
			[]string{"the minister"}},
		{"but, a name", "Sales slumped in the spring, but Chief Executive Mara Olsen remained “quietly confident” about the year.",
			[]string{"Chief Executive Mara Olsen"}},
		{"and, a noun after a modifier", "Boos rained down as the mayor arrived, and the crowd reprised the old chant “recall him now.”",
			[]string{"the crowd"}},
		// Near misses.
		{"a second verb of the subject", "The senator stood up, and kept her “no new taxes” pledge.",
			[]string{"The senator"}},
		{"the last item of a series", "The governor praised the parks, the schools, and a city of “honest work.”",
			[]string{"The governor"}},
		{"a reported clause cut at the joint", "Inspectors had said most of the wells were safe, but the rest were “a disaster.”",
			[]string{"Inspectors"}},
	}, func(q Quote) string { return q.Speaker.Text })
}

// TestOuterReporterGoesOn checks a paragraph of quotation alone after a
// paragraph whose last quotation belongs to a report inside another's,
// the outer cue closing the sentence ("…, calling him “a buffoon,” Park
// said."): the quotation after it goes on in the outer reporter's voice.
// Near misses: a last quotation with no report around it, and one whose
// outer cue comes first ("Park said critics had called it “…”"), keep
// the last quotation's speaker.
func TestOuterReporterGoesOn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a participle inside, said after", "Her friends have mocked the candidate, calling him “an orange buffoon,” Susan Park said as she turned around.\n\n“But he is our buffoon, and we love him!”",
			[]string{"", "Susan Park"}},
		{"told reporters after", "Critics had dismissed the plan, calling it “a fantasy,” Finance Minister Ines Duarte told reporters on Monday.\n\n“They will have to eat their words.”",
			[]string{"Critics", "Ines Duarte"}},
		{"describing, a spokesman after", "Rivals have ridiculed the mayor, describing him as “a clown,” his spokesman Tom Weld said.\n\n“The voters know better.”",
			[]string{"Rivals", "Tom Weld"}},
		// Near misses.
		{"no report around the last quotation", "“We are ready,” Ana Ruiz said.\n\n“We will win.”",
			[]string{"Ana Ruiz", "Ana Ruiz"}},
		{"the outer cue first", "Ana Ruiz said critics had called the plan “a fantasy.”\n\n“We will prove them wrong.”",
			[]string{"", ""}},
	})
}
