package wirestory

import "testing"

// Round 29, f29a: a term after "so-called" with a possessive before it,
// a nickname right after a participle of naming, a passive "was quoted
// by … as saying" after its quotation, "the statement quoted the role as
// saying", and a possessive role with its holder's name in commas. Each
// case lists every quotation's speaker name in text order.

// TestForms29ScareAfterPossessive checks a term in marks after a scare
// cue ("so-called") with a possessive noun before the cue, in the
// subject of a clause with a verb of speech or stance, "The company's
// so-called “wet season plan” … had called for": a term held at a
// distance, as after an article, said by no one, not the clause's
// subject. Near misses: a possessive pronoun ("her so-called
// “mistakes”") leaves the term its speaker's word, and so does "what
// she called the “…”".
func TestForms29ScareAfterPossessive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a company's plan", "SYDNEY, Dec 7 (Reuters) - Iron ore miner Tamar Resources halted shipments on Monday.\n\n\"We will not load ships until the berth is repaired,\" Chief Executive Rachel Odum said.\n\nPort operator NQXT said repairs would take a week. The company's so-called \"dry stockpile plan\", drawn up after floods in 2022, had called for three weeks of ore at the port, but a report by a Perth broker said the stockpile had shrunk to ten days.",
			[]string{"Rachel Odum", ""}},
		{"a ministry's rule, curly marks", "BERLIN, May 4 (Reuters) - German packaging makers said on Thursday they would challenge new recycling quotas in court.\n\n“The quotas cannot be met with the plants that exist,” said Jonas Pfeiffer, head of the IK industry group.\n\nThe packaging register ZSVR said the quotas were fair. The agency’s so-called “zero-waste rule”, which takes effect in January, calls for all plastic trays to be recycled.",
			[]string{"Jonas Pfeiffer", ""}},
		{"a country's project, so called", "BANGKOK, March 3 (AFP) - Thailand's cabinet approved a new budget on Tuesday.\n\n\"This budget puts farmers first,\" Finance Minister Somchai Rattanakul told reporters.\n\nThe Bank of Thailand warned of a slowdown. Thailand's so called \"land bridge project\", a road and rail link between two seaports, promised 280,000 jobs, but critics said it would cost more.",
			[]string{"Somchai Rattanakul", ""}},
		// Near misses.
		{"a possessive pronoun", "LIMA, Oct 5 (Reuters) - Mayor Ana Ruiz defended her spending on Saturday.\n\nRuiz said her so-called \"mistakes\" had saved the city money.",
			[]string{"Ana Ruiz"}},
		{"what she called the", "LONDON, Jan 9 (Reuters) - Campaigner Helen Ashby attacked the energy plan on Tuesday.\n\nAshby said the government had bowed to what she called the \"clean coal\" lobby.",
			[]string{"Helen Ashby"}},
	})
}
