package wirestory

import "testing"

// TestWireDocumentRelay checks a quotation whose speech a document
// relays after it ("“…,” X said, according to a statement issued by his
// office"): the words are X's, the document the chain's outer level.
func TestWireDocumentRelay(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"according to a statement issued by", "“The border will reopen,” Ali Karimi said on Monday, according to a statement issued by his office.",
			[]string{"Ali Karimi"}},
		{"according to a statement from", "“The border will reopen,” Ali Karimi said, according to a statement from his office.",
			[]string{"Ali Karimi"}},
		{"told, according to a transcript", "“We will not wait,” Mayor Rosa Lind told reporters, according to a transcript released by the council.",
			[]string{"Rosa Lind"}},
		{"partial quote, according to a report", "Dana Voss said the plan was “dead on arrival,” according to a report by the Kelta Times.",
			[]string{"Dana Voss"}},
		// Near misses: a document that opens its sentence speaks itself,
		// and a quotation with no speech inside the relay is the
		// document's.
		{"the statement noted", "The statement noted they had said they would take “further steps” soon.",
			[]string{""}},
		{"no speech inside", "The dam holds “for now,” according to a report by the water board.",
			[]string{""}},
	})
	// The chain keeps the document outermost.
	runSourceCases(t, []sourceCase{
		{"chain", "“The border will reopen,” Ali Karimi said on Monday, according to a statement from his office.",
			[]string{"Ali Karimi -> Ali Karimi | said", "a statement from his office ->  | according to"}},
	})
	a := Parse("“The border will reopen,” Ali Karimi said on Monday, according to a statement from his office.")
	if len(a.Attributions) != 2 || len(a.Attributions[1].Via) != 1 || a.Attributions[1].Via[0].Source.Name != "Ali Karimi" {
		t.Errorf("Parse: the statement's chain does not run to Ali Karimi: %+v", a.Attributions)
	}
}

// TestWireTitleOfTheBody checks a title over a body named with its
// article before the holder's name: "Chairman of the Coastal Rescue
// Society (CRS) Omar Hadi". The title and the name are one phrase, so a
// pronoun after it is the name's, not an unnamed chairman's.
func TestWireTitleOfTheBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"of the body (acronym)", "Chairman of the Coastal Rescue Society (CRS) Omar Hadi said boats left. “We are ready,” he said.",
			[]string{"Omar Hadi"}},
		{"of the body, no acronym", "Chairman of the Coastal Rescue Society Omar Hadi said boats left. “We are ready,” he said.",
			[]string{"Omar Hadi"}},
		{"two-word title", "Director General of the Kelta Red Crescent Society (KRCS) Khaled Al-Mansour said aid left. “It left,” he said.",
			[]string{"Khaled Al-Mansour"}},
		{"of the republic", "President of the Kelta Republic Mara Dusek said talks went well. “We agreed,” she said.",
			[]string{"Mara Dusek"}},
		{"no article", "Chairman of Coastal Rescue Society (CRS) Omar Hadi said boats left. “We are ready,” he said.",
			[]string{"Omar Hadi"}},
		// Near misses: a title over a body in lower case names nobody,
		// and a title after a verb is another person's.
		{"of the board", "Chairman of the board said boats left. “We are ready,” he said.",
			[]string{""}},
		{"met the chairman", "Omar Hadi met the Chairman of the Coastal Rescue Society. “We are ready,” he said.",
			[]string{"Omar Hadi"}},
	})
	runSourceCases(t, []sourceCase{
		{"body of the place", "The Ministry of the Interior said roads were shut.",
			[]string{"The Ministry of the Interior -> Ministry of the Interior | said"}},
	})
}
