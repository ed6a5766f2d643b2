package wirestory

import "testing"

// TestContentFormsSecondVerb checks that the object of a cue verb ends
// before "and" or "but" that opens the subject's next verb phrase: a
// noun phrase holds no verb, so a past tense, an -ing form or a finite
// auxiliary after the conjunction is the subject's own next act.
func TestContentFormsSecondVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a past tense after a name", "The farmers' union endorsed Ms. Tavera and urged its members to turn out on Sunday.",
			[]string{"endorsed | Ms. Tavera", "urged | its members to turn out on Sunday"}},
		{"a finite auxiliary", "The port authority has criticized the new tariff schedule and has asked the ministry for a review.",
			[]string{"has criticized | the new tariff schedule", "has asked | the ministry for a review"}},
		{"but and a past tense", "Halvorsen denied the charges but resigned from the board on Friday.",
			[]string{"denied | the charges"}},
		{"an adverb before the verb", "The senator praised the reform package and quietly dropped his own bill.",
			[]string{"praised | the reform package"}},
		{"an infinitive object", "A spokeswoman declined to comment and was not available later in the day.",
			[]string{"declined | to comment"}},
		// Near misses: the words after "and" belong to the object.
		{"two names", "The council endorsed Ms. Tavera and Mr. Obi for the two open seats.",
			[]string{"endorsed | Ms. Tavera and Mr. Obi for the two open seats"}},
		{"a modifier in -ing", "The mayor criticized the tax and spending plan unveiled by the governor.",
			[]string{"criticized | the tax and spending plan unveiled by the governor"}},
		{"a modifier in -ed", "The group opposed the dam and related projects along the river.",
			[]string{"opposed | the dam and related projects along the river"}},
		{"a gerund inside the object", "Prosecutors accused him of taking bribes and laundering the money through a shell firm.",
			[]string{"accused | of taking bribes and laundering the money through a shell firm"}},
		{"a clause of its own", "The union criticized the way the board handled the strike and ignored its members.",
			[]string{"criticized | the way the board handled the strike and ignored its members"}},
		{"an -ing noun before of", "The auditors questioned the budget and timing of the payments.",
			[]string{"questioned | the budget and timing of the payments"}},
	}, showCueContent)
}

// TestContentFormsIncluding checks that a phrase opened by a
// preposition in -ing after a comma ("including", "regarding") belongs
// to the content before it: it names parts of a noun of the content,
// where an -ing participle after a comma is the writer's own phrase.
func TestContentFormsIncluding(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after a clause", "The minister said the storm had damaged several ports, including the fishing harbor at Valcrest.",
			[]string{"said | the storm had damaged several ports, including the fishing harbor at Valcrest"}},
		{"a gerund after it", "Okafor said the union would press several demands, including restoring the night shift.",
			[]string{"said | the union would press several demands, including restoring the night shift"}},
		{"after an object", "The council denounced the new levies, including a tax on fishing licences.",
			[]string{"denounced | the new levies, including a tax on fishing licences"}},
		{"regarding", "Halvorsen said the board had raised questions, regarding the audit of the pension fund.",
			[]string{"said | the board had raised questions, regarding the audit of the pension fund"}},
		{"a name after it", "Ms. Tavera said five mayors had signed the letter, including Dara Moss of Eastport.",
			[]string{"said | five mayors had signed the letter, including Dara Moss of Eastport"}},
		// Near misses: an -ing participle is the writer's, and a title
		// after "including" names the subject's own people.
		{"a participle", "The minister said the storm had damaged several ports, adding that repairs would take weeks.",
			[]string{"said | the storm had damaged several ports", "adding | that repairs would take weeks"}},
		{"a participle of manner", "The council denounced the new levies, calling them a tax on the poor.",
			[]string{"denounced | the new levies", "calling | them a tax on the poor"}},
		{"a title after including", "Several governors endorsed the plan, including Gov. Dara Moss of Eastport.",
			[]string{"endorsed | the plan"}},
	}, showCueContent)
}
