package wirestory

import "testing"

// The tests of this file hold one table per construction of a chain, with
// several surface forms of it and near-misses that must not link. Every
// sentence is invented.

func TestChainEmbeddedSpeech(t *testing.T) {
	tests := []attrCase{
		{"reported that said", "The Kelta agency reported that Governor Amin Sadri said the dam would hold.",
			[]string{"The Kelta agency | reported >> Governor Amin Sadri | said", "Governor Amin Sadri | said"}},
		{"said that told", "Mayor Rosa Kemp said on Monday that the engineers had told reporters the bridge was safe.",
			[]string{"Mayor Rosa Kemp | said >> the engineers | had told", "the engineers | had told -> reporters"}},
		{"report after the content", "Vice-minister Tarek Aziz warned that the border would close, the official Norla news agency reported.",
			[]string{"Vice-minister Tarek Aziz | warned", "the official Norla news agency | reported >> Vice-minister Tarek Aziz | warned"}},
		{"says after the content", "The coalition has denied any split, state radio says.",
			[]string{"The coalition | has denied", "state radio | says >> The coalition | has denied"}},
		{"according to after", "Farm officials said the harvest was late, according to the Valley Post.",
			[]string{"Farm officials | said", "the Valley Post | according to >> Farm officials | said"}},
		{"according to before", "According to the Valley Post, farm officials said the harvest was late.",
			[]string{"the Valley Post | According to >> farm officials | said", "farm officials | said"}},
		{"three levels", "The Dorn agency reported that the minister said the envoy had told him the talks were over.",
			[]string{"The Dorn agency | reported >> the minister | said >> the envoy | had told", "the minister | said >> the envoy | had told", "the envoy | had told -> him"}},
		{"inner keeps its link", "Radio Metro reported that the police said, citing witnesses, that two men fled.",
			[]string{"Radio Metro | reported >> the police | said >> witnesses | citing", "the police | said >> witnesses | citing"}},
		{"own earlier words", "The senator said he had already told the panel that the plan was dead.",
			[]string{"The senator | said >> he | had already told", "he | had already told -> the panel"}},
		{"after as", "Norvan Ltd said that, as it has already stated, the merger was off.",
			[]string{"Norvan Ltd | said >> it | has already stated", "it | has already stated"}},

		// Near-misses.
		{"one statement told twice", "He said that the plant would close, he said.",
			[]string{"He | said", "he | said"}},
		{"a deed is no speech", "The agency reported that the president has ordered an inquiry.",
			[]string{"The agency | reported", "the president | has ordered"}},
		{"a plan is no speech", "The paper said the minister will announce the budget on Friday.",
			[]string{"The paper | said", "the minister | will announce"}},
		{"relative clause", "The firm said the layoffs, which its chief said were painful, would end.",
			[]string{"The firm | said", "its chief | said"}},
		{"a passive hearer", "The embassy said that the rebels have been told to leave.",
			[]string{"The embassy | said", "the rebels | have been told"}},
		{"a coordinate speaker", "The union said the talks failed but the company said they would resume.",
			[]string{"The union | said", "the company | said"}},
		{"an adjective", "The bank said reserves were below the officially stated level.",
			[]string{"The bank | said", "the | officially stated"}},
	}
	runAttrCases(t, tests, showChain)
}
