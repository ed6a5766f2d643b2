package wirestory

import "testing"

// An inverted cue whose source is a role of a body named in capitals,
// "said the director of the INS, Marta Ospina.", takes in the name in
// apposition that ends the sentence, as "said the INS director, X." does;
// the role then stands for no one named before it, so a speaker quoted
// just before does not take the words.
func TestQuoteInvertedRoleOfBody(t *testing.T) {
	const lead = "“We face an epidemic,” Health Minister Ana Restrepo told reporters. "
	runSpeakerCases(t, []speakerCase{
		{"director of the INS, two quotations", lead + "“Wards are full,” said the director of the INS, Marta Ospina. “We borrow beds.”",
			[]string{"Ana Restrepo", "Marta Ospina", "Marta Ospina"}},
		{"president of the Red Cross, three words", lead + "“We need tents,” said the president of the Colombian Red Cross, Julio César Ardila.",
			[]string{"Ana Restrepo", "Julio César Ardila"}},
		{"secretary general of the OAS, a place after", lead + "“We need tents,” said the secretary general of the OAS, Luis Almagro Lemes, in Washington.",
			[]string{"Ana Restrepo", "Luis Almagro Lemes"}},
		{"spokesman for the body", lead + "“We need tents,” said a spokesman for the Colombian Red Cross, Teresa Lobo.",
			[]string{"Ana Restrepo", "Teresa Lobo"}},
		{"role before the body's name", lead + "“Wards are full,” said the INS director, Marta Ospina. “We borrow beds.”",
			[]string{"Ana Restrepo", "Marta Ospina", "Marta Ospina"}},
		{"role of a body in lower case", lead + "“Wards are full,” said the director of the institute, Marta Ospina.",
			[]string{"Ana Restrepo", "Marta Ospina"}},
		{"no speaker before", "“Wards are full,” said the director of the National Health Institute, Marta Ospina. “We borrow beds.”",
			[]string{"Marta Ospina", "Marta Ospina"}},

		// Near misses: a place, a time, a clause or a name of one word
		// after the comma name no one in apposition.
		{"a place after the body", "“We need tents,” said the director of the INS, Bogota.",
			[]string{""}},
		{"a time after the body", "“We need tents,” said the director of the INS, Monday.",
			[]string{""}},
		{"a clause after the body", "“We need tents,” said the director of the INS, adding that beds were short.",
			[]string{""}},
		{"a place after the cue", lead + "“We need tents,” the minister said in Bogota, Colombia.",
			[]string{"Ana Restrepo", "Ana Restrepo"}},
	})
}

// A court's documents carry the words as a statement does: "wrote in a
// 42-page opinion", "said in his ruling", "argued in a dissent", "said
// in a lawsuit" give the document as a level. A document's word before
// another noun ("the ruling party") names no document, nor does a view
// after a possessive alone ("in his opinion"), and "citing" a court's
// decision gives a reason.
func TestChainCourtDocument(t *testing.T) {
	tests := []attrCase{
		{"wrote in a 42-page opinion", "“The law is void,” Whitcomb wrote in a 42-page opinion.",
			[]string{"Whitcomb | wrote >> a 42-page opinion | in"}},
		{"an opinion joined by others", "“The statute cannot stand,” Judge Ana Ruiz wrote in an opinion joined by two colleagues.",
			[]string{"Judge Ana Ruiz | wrote >> an opinion | in"}},
		{"said in his ruling", "The judge said in his ruling that the ban was unlawful.",
			[]string{"The judge | said >> his ruling | in"}},
		{"argued in a dissent", "Justice Mara Levin argued in a dissent that the court had overreached.",
			[]string{"Justice Mara Levin | argued >> a dissent | in"}},
		{"a lawsuit filed on Monday", "The company said in a lawsuit filed on Monday that the rule was void.",
			[]string{"The company | said >> a lawsuit filed on Monday | in"}},
		{"an affidavit", "The officer said in an affidavit that he had seen the car.",
			[]string{"The officer | said >> an affidavit | in"}},
		{"a petition", "Residents said in a petition that the mill must close.",
			[]string{"Residents | said >> a petition | in"}},
		{"a court filing", "The state said in a court filing that the law was valid.",
			[]string{"The state | said >> a court filing | in"}},
		{"the majority opinion", "“The statute cannot stand,” Judge Ana Ruiz wrote in the majority opinion.",
			[]string{"Judge Ana Ruiz | wrote >> the majority opinion | in"}},

		// Near misses: "ruling" before a noun, and a verdict cited as a
		// reason.
		{"in the ruling party, before the cue", "A senator in the ruling party said the bill would pass.",
			[]string{"A senator in the ruling party | said"}},
		{"in the ruling coalition, after the cue", "“We won,” said a lawmaker in the ruling coalition.",
			[]string{"a lawmaker in the ruling coalition | said"}},
		{"citing the court's verdict", "The union said the strike would go on, citing the court's verdict.",
			[]string{"The union | said", "The union | citing"}},
		{"in his opinion, a view", "Okafor said in his opinion the government should resign.",
			[]string{"Okafor | said"}},
		{"in my judgment, a view", "“In my judgment the plan will fail,” the analyst said.",
			[]string{"the analyst | said"}},
	}
	runAttrCases(t, tests, showChain)
}

// An adjective before "press release" keeps the document: "in a
// separate press release", "a joint press release", as "a separate
// statement" and "a separate news release" are read. A verb "press"
// after a plural subject stays a verb.
func TestChainAdjectivePressRelease(t *testing.T) {
	tests := []attrCase{
		{"a separate press release", "The ministry said in a separate press release that the fleet would shrink.",
			[]string{"The ministry | said >> a separate press release | in"}},
		{"a joint press release", "The agencies said in a joint press release that talks had failed.",
			[]string{"The agencies | said >> a joint press release | in"}},
		{"a brief press release", "Nordvik Energy said in a brief press release that output fell.",
			[]string{"Nordvik Energy | said >> a brief press release | in"}},
		{"opening the sentence", "In a separate press release, the ministry said the fleet would shrink.",
			[]string{"the ministry | said >> a separate press release | In"}},
		{"between subject and cue", "The ministry, in a joint press release with the navy, said the fleet would shrink.",
			[]string{"The ministry | said >> a joint press release with the navy | in"}},
		{"the document speaks", "A separate press release said the fleet would shrink.",
			[]string{"A separate press release | said"}},

		// Near misses: no adjective, or another document, as before; and
		// "press" as a verb.
		{"a press release", "The ministry said in a press release that the fleet would shrink.",
			[]string{"The ministry | said >> a press release | in"}},
		{"a separate statement", "The ministry said in a separate statement that the fleet would shrink.",
			[]string{"The ministry | said >> a separate statement | in"}},
		{"press as a verb", "The new rules press companies to release statements.",
			[]string{"The new rules | press"}},
	}
	runAttrCases(t, tests, showChain)
}

// "We" inside a quotation takes in the speaker: with a cue of a position
// held ("We confirmed that …", "we reaffirmed …", "we have stressed …")
// the speaker's side states what it holds, in the speaker's own words,
// no level of the chain, as "We agreed that …" is none. Words told to
// someone, and another's confirmation, stay levels.
func TestChainQuotedJointPosition(t *testing.T) {
	tests := []attrCase{
		{"we confirmed, told reporters", "“We confirmed that such an incident must never happen again,” Nishimoto told reporters.",
			[]string{"Nishimoto | told -> reporters"}},
		{"we reaffirmed", "“We reaffirmed that the line will stay open at all times,” the minister said.",
			[]string{"the minister | said"}},
		{"we have stressed", "“We have stressed that the talks must go on without delay,” Park said.",
			[]string{"Park | said"}},
		{"we underlined, a later sentence", "“The talks went well. We underlined that the hotline must be used in any crisis,” Amara Diallo said.",
			[]string{"Amara Diallo | said"}},

		// Near misses: words told to someone, another side's
		// confirmation, and the speaker's own earlier words.
		{"we told them", "“We told them that the line must stay open at all times,” the minister said.",
			[]string{"the minister | said >> We | told"}},
		{"they confirmed", "“They confirmed that the line will stay open at all times,” the minister said.",
			[]string{"the minister | said >> They | confirmed"}},
		{"a capital confirmed", "“Beijing confirmed that the line will stay open at all times,” the minister said.",
			[]string{"the minister | said >> Beijing | confirmed"}},
		{"I confirmed", "“I confirmed that the line will stay open at all times,” the minister said.",
			[]string{"the minister | said >> I | confirmed"}},
	}
	runAttrCases(t, tests, showChain)
}

// Declaring a status, an emergency or a zone is an act done, no words
// reported (cueclauseverbs): "X said the district had declared a 14-day
// emergency response status" gives X alone, and the declaring is no
// attribution of its own. Declaring that a
// clause holds reports words, a level; so do other cues before a noun.
func TestChainDeclaredAct(t *testing.T) {
	tests := []attrCase{
		{"declared a status", "Kedang said the district had declared a 14-day emergency response status.",
			[]string{"Kedang | said"}},
		{"declared a state of emergency", "The governor said the province had declared a state of emergency on Monday.",
			[]string{"The governor | said"}},
		{"declared the area a zone", "Antara reported that the regent declared the eruption a national disaster.",
			[]string{"Antara | reported"}},
		{"the outer cue after", "The district has declared a 14-day emergency, Kedang said.",
			[]string{"Kedang | said"}},

		// Near misses: a clause after "declared", another verb of speech.
		{"declared that", "The agency reported that the government had declared that the crisis was over.",
			[]string{"The agency | reported >> the government | declared", "the government | had declared"}},
		{"condemned the attack", "IRNA reported that Larijani condemned the attack.",
			[]string{"IRNA | reported >> Larijani | condemned", "Larijani | condemned"}},
	}
	runAttrCases(t, tests, showChain)
}

// A march, a campaign or an event named in marks, written as headlines
// are, as the object of a verb after an article, "announced a “Kisan
// Nyay Yatra” from Meerut to Delhi", is a name, said by no one, as "a
// march, the “Kisan Nyay Yatra”," is. Words that characterise (after a
// noun, "as", a verb of naming or of stance), open a clause or modify a
// noun stay the speaker's.
func TestQuoteNamedObject(t *testing.T) {
	runQuoteKindCases(t, []speakerCase{
		{"announced a, from", "The BKU announced a “Kisan Nyay Yatra” from Meerut to Delhi.",
			[]string{"title: "}},
		{"would take out a", "The BKU said it would take out a “Tractor Yatra” from Meerut on Monday.",
			[]string{"title: "}},
		{"announced a, across", "The ministry announced a “Clean Rivers Drive” across the state.",
			[]string{"title: "}},
		{"will announce the, sentence end", "The union will announce the “Jan Aakrosh Rally”.",
			[]string{"title: "}},
		{"inside a reported clause, a comma after", "Tikait said the union had announced a “Kisan Nyay Yatra”, starting on Monday.",
			[]string{"title: "}},
		{"in apposition, as before", "The BKU announced a march, the “Kisan Nyay Yatra”, from Meerut to Delhi.",
			[]string{"scare: "}},

		// Near misses.
		{"after a noun", "The senator called the bill a “Total Disaster” for farmers.",
			[]string{"partial: The senator"}},
		{"after as", "He described the plan as a “Grand Bargain” that would fail.",
			[]string{"partial: He"}},
		{"a clause's subject", "He said a “Grand Bargain” was possible.",
			[]string{"partial: He"}},
		{"a stance", "The historian said voters fear a “Second Partition” in the region.",
			[]string{"partial: The historian"}},
		{"a pronoun's name", "Tom Reyes called her “Miss Piggy,” Dana Ortiz said.",
			[]string{"partial: Tom Reyes"}},
		{"in lower case", "The union announced a “long march” from Meerut to Delhi.",
			[]string{"partial: The union"}},
	})
}
