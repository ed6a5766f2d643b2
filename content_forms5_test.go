package wirestory

import "testing"

// TestContentFormsSecondCue checks that where the attribution stage
// finds a second cue after "and" or "but" with the same source as the
// one before ("claimed a mandate and said …"), the first content ends
// before the conjunction (secondCue, which coordSource and participleCue
// ask). A verb of
// another tense inside the content ("promised to testify and explain"),
// another source and a content before its cue leave it whole; so does a
// content with a finite verb of its own ("said the board met and agreed
// …"), where the second verb may be the clause's.
func TestContentFormsSecondCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a past and a past", "The trade minister claimed a mandate and said the vote had settled the matter.",
			[]string{"claimed | a mandate", "said | the vote had settled the matter"}},
		{"called and accused", "The envoy called them cowards and accused them of stalling the talks.",
			[]string{"called | them cowards", "accused | them of stalling the talks"}},
		{"present tense", "Okonjo chides the central bank and praises the finance ministry in her new book.",
			[]string{"chides | the central bank", "praises | the finance ministry in her new book"}},
		{"two participles", "Fishermen rallied outside the ministry on Tuesday, denouncing the quota cuts and demanding compensation for lost catches.",
			[]string{"denouncing | the quota cuts", "demanding | compensation for lost catches"}},
		{"but and an adverb", "The senator praised the budget deal but later criticized its cuts to rural clinics.",
			[]string{"praised | the budget deal", "later criticized | its cuts to rural clinics"}},
		// Near misses.
		{"an infinitive inside", "Lindqvist promised to testify and explain the failures at the plant.",
			[]string{"promised | to testify and explain the failures at the plant", "explain | the failures at the plant"}},
		{"another source", "Okafor praised the plan, and the governor later said it would pass.",
			[]string{"praised | the plan", "later said | it would pass"}},
		{"a content before its cue", "The crew reached the summit on Friday, according to their guide, and said the weather had held.",
			[]string{"according to | The crew reached the summit on Friday, according to their guide, and said the weather had held", "said | the weather had held"}},
	}, showCueContent)
}

// TestContentFormsSeriesMember checks the bound on a member of an
// object's series (maxSeriesMember): members of a few words run the
// object on to the closing "and"; a long phrase after the comma is no
// member, and the comma ends the object.
func TestContentFormsSeriesMember(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"members of some words", "The auditors recommended a new ledger system, closer scrutiny of regional accounts and an end to cash payments.",
			[]string{"recommended | a new ledger system, closer scrutiny of regional accounts and an end to cash payments"}},
		{"tonnages", "The ministry requested licences for 4,000 tonnes of maize, 2,500 tonnes of barley and 900 tonnes of flour.",
			[]string{"requested | licences for 4,000 tonnes of maize, 2,500 tonnes of barley and 900 tonnes of flour"}},
		{"or closes it", "The coach blamed the heat, a sluggish start in the second half or the injury to his captain for the loss.",
			[]string{"blamed | the heat, a sluggish start in the second half or the injury to his captain for the loss"}},
		// Near misses: the phrase after the comma is too long to be a member.
		{"a long aside", "The regulator urged the exchange, a body that has resisted nearly every change to its trading floor since the war, to publish its rules and its fees.",
			[]string{"urged | the exchange"}},
		{"a with-phrase", "The poll showed a tight race between the two mayors, with the older of the two candidates ahead among retirees and the younger ahead among students.",
			[]string{"showed | a tight race between the two mayors"}},
	}, showCueContent)
}
