package wirestory

import "testing"

// Attribution sources, fixer psrc3: a second pass over forms whose
// source the subject search missed. Each test holds variants of one
// form in wire style and near misses that must not change.

// TestSourceOpeningAdverb checks a sentence adverb that opens the
// sentence before a comma, "Essentially, …", "Publicly, …", "Shortly
// after the vote, …" (cueopeners): a verb or participle cue that goes
// on from the main clause takes its subject after the comma, not the
// adverb. A name in -ly that opens the sentence stays the subject. The
// list holds the adverbs wire copy opens with most; each word costs
// lookups on every token, so it stays short.
func TestSourceOpeningAdverb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"essentially", "Essentially, the auditors went through the ledgers and found that the fund had shrunk.",
			[]string{"the auditors | found"}},
		{"publicly", "Publicly, the governor met the union leaders and promised that no plant would close.",
			[]string{"the governor | promised"}},
		{"privately, a participle", "Privately, the two ministers traded barbs over the budget, accusing each other of leaks.",
			[]string{"the two ministers | accusing"}},
		{"shortly after", "Shortly after the merger announcement, the founders' families mobilized, warning that jobs would be lost.",
			[]string{"the founders' families | warning"}},
		{"basically", "Basically, the company denied the report and blamed a rival for the leak.",
			[]string{"the company | denied", "the company | blamed"}},
		// Near misses: a name in -ly, a subject right before the cue, a
		// time phrase already skipped.
		{"a name in -ly", "Kelly, a spokeswoman for the council, said the vote was delayed.",
			[]string{"Kelly | said"}},
		{"subject before the cue", "Clearly, the mayor told aides the plan was dead.",
			[]string{"the mayor | told -> aides"}},
		{"a time phrase", "Last month, the mayor changed course and decided to keep the library open.",
			[]string{"the mayor | decided"}},
	}, showChain)
}

// TestSourceCoordinatedInClause checks a cue after "and" or "but" that
// goes on from the verb of a relative clause, "Weaver, who came out and
// endorsed …", or of a clause that "when", "after" or "while" opens
// inside the sentence, "The crowd cheered when the senator spotted a
// sign and asked …": the source is that clause's subject (the relative,
// standing for its antecedent), not the main clause's. A comma before
// "and", a second verb that ends the inner clause, a clause that a cue
// opens ("asked if …") and a relative that is no subject keep their
// answers.
func TestSourceCoordinatedInClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"who … and endorsed", "The mayor's plan has won over Councilwoman Ada Reyes, who came out and endorsed it on Monday.",
			[]string{"who | endorsed"}},
		{"who … and said", "The agent spoke to Rita Gomez, who answered the door on Sunday and said she would vote early.",
			[]string{"who | answered", "who | said"}},
		{"which … and warned", "The bank, which managed the island's debt and warned it could not pay, has hired advisers.",
			[]string{"which | warned"}},
		{"when … and asked", "The crowd cheered when the senator spotted a sign in the hall and asked an aide to fetch it.",
			[]string{"the senator | asked"}},
		{"after … and questioned", "The actor quit the app after some of his fans mocked his accent and questioned his record.",
			[]string{"some of his fans | mocked", "some of his fans | questioned"}},
		{"while … and chanted", "The minister carried on while the protesters waved banners and chanted that he must resign.",
			[]string{"the protesters | chanted"}},
		// Near misses.
		{"a comma before and", "The law aimed to protect savers who kept money in small banks, and ordered the banks to split.",
			[]string{"The law | ordered"}},
		{"a second verb ends the clause", "The mayor who took office in May criticized the plan and said it would fail.",
			[]string{"The mayor | said"}},
		{"a question after a cue", "The senator asked if the plan would pass and said he doubted it.",
			[]string{"The senator | asked", "The senator | said"}},
		{"a plain subject", "The chairman praised the plan and said it would pass.",
			[]string{"The chairman | praised", "The chairman | said"}},
	}, showChain)
}

// TestSourceSeemsToSay checks "seem" or "appear" followed by "to" and a
// verb of speech, "The senator seemed to mock the plan", "the figures
// appear to show": the subject says it, as it would with the verb alone.
// "Seems to have stalled", "appeared to be tired" and a "seem" with no
// verb of speech after it report no one and keep no source.
func TestSourceSeemsToSay(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"seemed to mock", "The senator seemed to mock the governor's plan at the rally.",
			[]string{"The senator | seemed"}},
		{"seem to show", "The new figures seem to show that the fund has shrunk.",
			[]string{"The new figures | seem"}},
		{"appeared to confirm", "The minister appeared to confirm the report on Tuesday.",
			[]string{"The minister | appeared"}},
		{"has appeared to acknowledge", "The campaign has appeared to acknowledge that it needs his help.",
			[]string{"The campaign | has appeared"}},
		// Near misses: no verb of speech after "to".
		{"seems to have", "The bill seems to have stalled in the Senate.",
			[]string{" | seems"}},
		{"appeared to be", "The mayor appeared to be tired after the vote.",
			[]string{" | appeared"}},
		{"seems likely", "The deal seems likely to pass next week.",
			[]string{" | seems"}},
	}, showChain)
}

// TestSourceCoordinatedPassive checks a passive cue after "and" or "but"
// that goes on from a clause before, "She is moving to Lisbon but is
// expected to return", "… and was ordered to release the files": as for
// a passive with its subject before it, no one is cited, or the agent
// after "by" speaks. An active verb after "and" keeps the clause's
// subject.
func TestSourceCoordinatedPassive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"but is expected", "She is moving to Lisbon but is expected to return in the spring.",
			[]string{" | is expected"}},
		{"and is not expected", "The senator sits on the committee and is not expected to vote for the bill.",
			[]string{" | is not expected"}},
		{"but was ordered", "The agency missed the deadline but was ordered to release the files this month.",
			[]string{" | was ordered"}},
		{"and are widely considered", "The two mayors have held office for a decade and are widely considered rivals.",
			[]string{" | are widely considered"}},
		{"and are championed by", "The permits are issued to seasonal workers and are championed by the growers' union.",
			[]string{"the growers' union | are championed"}},
		// Near misses: active verbs after "and".
		{"and said", "The mayor praised the plan and said it would pass.",
			[]string{"The mayor | praised", "The mayor | said"}},
		{"and has promised", "The governor has met the union twice and has promised to keep the plant open.",
			[]string{"The governor | has promised"}},
		{"and is calling for", "The council rejected the plan and is calling for a new vote.",
			[]string{"The council | rejected", "The council | is calling for"}},
	}, showChain)
}
