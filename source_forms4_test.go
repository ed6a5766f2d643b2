package wirestory

import "testing"

// Attribution sources, fixer psrc4: forms whose source the subject
// search missed. Each test holds variants of one form in wire or
// newspaper style and near misses that must not change.

// TestSourceFrontedOpenerPhrase checks a participle that a word of
// participleOpeners ("after", "while", "by", "besides") opens in front
// of the main clause, where something stands before the opener: a
// contrast ("Yet by calling …"), a short opening closed by a comma
// ("Now, after arguing …"), a time the phrase is measured from ("Eight
// years after backing …"); or where the phrase holds a relative or
// subordinate clause set off by commas, or ends in a quotation whose
// closing mark follows the comma. The participle's subject is the main
// clause's, named after the comma that closes the phrase
// (frontedPhrase, frontedOpener, frontedEnd). A name before the
// opener, a phrase that opens the sentence with no opener and a
// participle after the main clause keep their answers.
func TestSourceFrontedOpenerPhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"yet by", "Yet by calling out the governor on the cost of the bridge, Ms. Okafor took on a role that surprised her party.",
			[]string{"Ms. Okafor | calling"}},
		{"an adverb and a comma", "Now, after arguing that the count was flawed, the opposition alliance has dropped its challenge.",
			[]string{"the opposition alliance | arguing"}},
		{"a time before the opener", "Two years after announcing his retirement, the former striker is weighing a return to the national side.",
			[]string{"the former striker | announcing"}},
		{"a relative clause inside", "After thanking the delegates, who rose to their feet, the prime minister pledged to cut fuel prices.",
			[]string{"the prime minister | thanking", "the prime minister | pledged"}},
		{"a subordinate clause inside", "Besides attacking the central bank, as he has done for months, the finance minister promised new tax breaks.",
			[]string{"the finance minister | attacking", "the finance minister | promised"}},
		{"a quotation ends the phrase", "After calling the ceasefire “a trap for our people,” the rebel commander left the talks.",
			[]string{"the rebel commander | calling"}},
		// Near misses: a plain fronted phrase, a name before the opener,
		// a participle after the main clause.
		{"a plain fronted phrase", "After praising the envoy, the president said the border would reopen.",
			[]string{"the president | praising", "the president | said"}},
		{"a name before the opener", "Ms. Diaz, after meeting the envoy, said the border would reopen.",
			[]string{"Ms. Diaz | said"}},
		{"a participle after the clause", "The senator left the chamber after denouncing the bill as a giveaway.",
			[]string{"The senator | denouncing"}},
	}, showChain)
}

// TestSourceOpeningBeforeClauseComma checks a participle after a main
// clause that an opening phrase with no comma of its own starts ("On
// Sunday morning the minister made …, writing …"), or whose opening is
// followed by a sentence adverb set off by commas ("On Thursday,
// however, the governor spoke …, promising …"): the subject after the
// opening says it (openingEnd, openingGoesOn). Before, the comma that
// closes the main clause was read as the opening's, and the adverb as
// the subject. An opening with its own comma, a name set off by an
// appositive and an opening with a time and no comma keep their
// answers.
func TestSourceOpeningBeforeClauseComma(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a time with no comma", "On Sunday morning Mr. Haddad made a second attempt to calm the markets, writing on his blog that the peg would hold.",
			[]string{"Mr. Haddad | writing >> his blog | on"}},
		{"a time and an evening", "On Friday evening Governor Ama Owusu addressed the party's congress in Kumasi, promising to lower school fees.",
			[]string{"Governor Ama Owusu | promising"}},
		{"a sentence adverb after the opening", "On Tuesday, however, the prime minister visited the flooded districts, pledging new funds for repairs.",
			[]string{"the prime minister | pledging"}},
		{"instead after the opening", "In Nairobi, instead, the central bank held rates steady, warning that inflation could return.",
			[]string{"the central bank | warning"}},
		// Near misses.
		{"an opening with its comma", "On Sunday, the minister toured the port, saying it would reopen soon.",
			[]string{"the minister | saying"}},
		{"an appositive after the opening", "In Lagos, Mrs. Adeyemi, a trader, closed her stall, saying the tax was unfair.",
			[]string{"Mrs. Adeyemi | saying"}},
		{"a time, no comma, a plain verb", "On Monday the ministry said exports had fallen.",
			[]string{"the ministry | said"}},
	}, showChain)
}

// TestSourceFloatingAdverb checks an adverb that is not in -ly between
// a subject and its cue, or between a comma and a participle cue:
// "seldom speaks of", "together vowed", "had together urged", "…,
// perhaps recognizing" (cuefloats). It is passed over on the way to the
// subject and kept in the cue, as "only" and "both" are; before, it was
// taken for the subject. The word at the head of the sentence keeps its
// answer. "Twice" is left out: "Voters who backed the mayor twice say"
// ends a relative clause with it (TestWireRelativeClauseSubject).
func TestSourceFloatingAdverb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"together after an auxiliary", "The envoys had together urged both parties to return to the talks in Arusha.",
			[]string{"The envoys | had together urged"}},
		{"seldom", "The coach seldom speaks of his playing days in Accra.",
			[]string{"The coach | seldom speaks of"}},
		{"together", "Ghana and Togo together warned that the border dispute could flare again.",
			[]string{"Ghana and Togo | together warned"}},
		{"perhaps after a comma", "The minister's aides were upbeat after the debate, perhaps recognizing that the rival had stumbled.",
			[]string{"The minister's aides | perhaps recognizing"}},
		// Near misses: the adverb opens the sentence; a plain subject; an
		// adverb that ends a relative clause.
		{"perhaps at the head", "Perhaps the minister will say that the port is closed.",
			[]string{"the minister | will say"}},
		{"a plain subject", "The league complained to the ministry that its emblem was misused.",
			[]string{"The league | complained"}},
		{"twice ends a relative clause", "Fans who saw the final twice say the referee was wrong.",
			[]string{"Fans who saw the final twice | say"}},
	}, showChain)
}

// TestSourceVerbBeforeParticiple checks a participle cue after a verb
// whose subject does what the participle says: a verb that takes the
// -ing form right after it ("could not resist pointing out", "has
// avoided directly criticizing") or a verb of spending time and the time
// ("spent much of the speech praising", "spent months pushing back",
// spendVerbs). The verb's subject speaks (verbIn, verbOpens, verbSubject);
// before, the verb and its object were taken for the phrase that speaks.
// A noun after "there were", a noun before the participle and a verb
// whose object speaks ("left voters wondering") keep their answers.
func TestSourceVerbBeforeParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"could not resist", "The auditors could not resist pointing out that the ledger had been rewritten twice.",
			[]string{"The auditors | pointing out"}},
		{"has avoided", "The president has avoided directly criticizing the army chief, a longtime ally.",
			[]string{"The president | directly criticizing"}},
		{"spent much of the speech", "She spent much of her 20-minute address praising the rescue crews in Kerala.",
			[]string{"She | praising"}},
		{"spent more time", "But the prime minister spent more time mocking his rival than defending the budget.",
			[]string{"the prime minister | mocking"}},
		// Near misses.
		{"a noun after there were", "There were also letters that week showing that the mayor knew of the leak.",
			[]string{"letters | showing"}},
		{"a noun before the participle", "The envoy issued a memo describing the talks.",
			[]string{"a memo | describing"}},
		{"the object speaks", "The ruling has left many farmers wondering whether the subsidy will survive.",
			[]string{"many farmers | wondering"}},
	}, showChain)
}

// TestSourceNameAfterOccasion checks a sentence that opens with a
// preposition and an occasion or document and no comma before the
// speaker's name: "In a radio interview Ruto declared …", "At a news
// conference Tuesday Mayor Ada Okoro said …". The name after the noun in
// lower case (or the time) is the subject; the occasion is not part of
// it (nameAfterOccasion). A subject with its own determiner after the
// occasion keeps its answer.
func TestSourceNameAfterOccasion(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"an interview", "In a radio interview Ruto declared that the fuel levy would stay.",
			[]string{"Ruto | declared"}},
		{"a news conference and a day", "At a news conference Tuesday Mayor Ada Okoro said the bridge would reopen in May.",
			[]string{"Mayor Ada Okoro | said"}},
		{"a letter to shareholders", "In a letter to shareholders Chief Executive Jane Whitfield wrote that profits would fall.",
			[]string{"Chief Executive Jane Whitfield | wrote"}},
		{"the moment", "From the moment Ortega announced his bid, the party was split.",
			[]string{"Ortega | announced"}},
		// Near misses.
		{"the subject has its determiner", "In a statement the ministry said the port would reopen.",
			[]string{"the ministry | said"}},
		{"a place, then the subject", "During a visit to Lagos the minister said the port would reopen.",
			[]string{"the minister | said"}},
	}, showChain)
}
