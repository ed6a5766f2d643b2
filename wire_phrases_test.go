package wirestory

import "testing"

// TestWireAppositiveChain checks a subject described by several
// appositives set off by commas before its verb, as American papers and
// wires introduce people: age, home town and state, occupation. The
// subject is the first phrase, not the last part before the verb.
func TestWireAppositiveChain(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"age, of a town and a country", "Ms. Lund, 45, of Bergen, Norway, said the plan was late.",
			[]string{"Ms. Lund | said"}},
		{"age, a role with a town and a country", "Ms. Lund, 45, a nurse from Bergen, Norway, said the plan was late.",
			[]string{"Ms. Lund | said"}},
		{"an adjective phrase with a state abbreviation", "“We have to thank them,” Mr. Okafor, now 81 and retired in Cambridge, Mass., said this week.",
			[]string{"Mr. Okafor | said"}},
		{"after a quotation, age and town", "“It is late,” Jo Ruiz, 70, of Springfield, Ill., said Tuesday.",
			[]string{"Jo Ruiz | said"}},
		{"a role with a comma inside", "Pia Sand, the head of policy at the Port Authority of Tampa, Fla., said fees would rise.",
			[]string{"Pia Sand | said"}},
		{"past an opening, a state and a circumstance", "Tuesday at Lakeview College in Berea, Ohio, after winning the primary, Gov. Dan Kerr (R-Ohio), said, “We are ready.”",
			[]string{"Gov. Dan Kerr (R-Ohio) | said"}},
		{"past an opening and a state, with an age", "At a rally in Mobile, Alabama, on Saturday, Tom Reyes, 45, said the crowd was calm.",
			[]string{"Tom Reyes | said"}},
		// Near misses: the state belongs to an opening phrase; a part of
		// the chain is a clause; the chain is a list of speakers.
		{"a state after an opening phrase", "In Dayton, Ohio, the mayor, 45, said the plan was late.",
			[]string{"the mayor | said"}},
		{"a clause in the chain", "The mayor, officials said, will resign.",
			[]string{"officials | said"}},
	}, showChain)
}

// TestWireTimeBeforeVerb checks a measured time between a subject and
// its verb: "two weeks ago" is no subject.
func TestWireTimeBeforeVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"less than, ago", "The ministry less than two weeks ago said the data had leaked.",
			[]string{"The ministry | said"}},
		{"days later", "The council two days later said it would appeal.",
			[]string{"The council | later said"}},
		{"a week earlier", "Officials a week earlier said the dam was safe.",
			[]string{"Officials | earlier said"}},
		{"several hours later", "A spokesman several hours later said the dam held.",
			[]string{"A spokesman | later said"}},
		{"inside a relative clause", "The boy who arrived two weeks later said he was fine.",
			[]string{"The boy who arrived | later said"}},
		// Near miss: after the cue, the time is skipped as before.
		{"after the cue", "The ministry said two weeks ago that the dam was safe.",
			[]string{"The ministry | said"}},
	}, showChain)
}

// TestWireTimeIsNoInvertedSource checks a time right after a verb that
// follows a comma: "…, said this week" has no source "this week".
func TestWireTimeIsNoInvertedSource(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"this week", "“We will build,” Dara Moss, 70, of Troy, Ala., said this week.",
			[]string{"Dara Moss"}},
		{"last Tuesday", "“We will build,” Dara Moss, 70, a builder, said last Tuesday.",
			[]string{"Dara Moss"}},
		// Near misses: a phrase that is not a time is an inverted source.
		{"a possessive time", "“We will build,” said Monday's winner, Dara Moss.",
			[]string{"Dara Moss"}},
	})
}

// TestWireParticipleAfterPhrase checks who says what a participle
// reports when a phrase stands right before it: the object of a
// preposition ("at one point calling") does not speak, the main clause's
// subject does; after "with" the phrase is the participle's own subject.
func TestWireParticipleAfterPhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"at one point", "He has battled with the firm, at one point calling the mayor a “liar.”",
			[]string{"He | calling"}},
		{"in recent weeks", "The union rejected the plan, in recent weeks describing it as “theft.”",
			[]string{"The union | rejected", "The union | describing"}},
		{"upon", "Lund, herself a supporter, drew boos upon saying, “The council heard us.”",
			[]string{"Lund | saying"}},
		{"with, an absolute", "The debate ended with Cruz repeatedly calling him a “liar.”",
			[]string{"Cruz | repeatedly calling"}},
		// Near misses: the phrase before the participle names who speaks.
		{"a count", "The poll found 22 percent saying they would stay home.",
			[]string{"The poll | found", "22 percent | saying"}},
		{"by an auditor", "The union attacked a report by an auditor alleging that funds were lost, calling it false.",
			[]string{"The union | attacked", "an auditor | alleging", "The union | calling"}},
	}, showChain)
}

// TestWireCueCircumstance checks what follows a cue before its content:
// a short prepositional phrase ("to his followers,", "on ABC's “This
// Week.”") is no content, and a quotation after it is.
func TestWireCueCircumstance(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"addressee, then the quotation", "After the mayor was booed, Reyes wrote to his followers, “It is time.”",
			[]string{"wrote | “It is time.”"}},
		{"interview, colon", "On Tuesday, she said in an interview with the Ledger: “We will fight.”",
			[]string{"said | “We will fight.”"}},
		{"a title on a venue", "“It is nonsense,” Reyes said on ABC's “This Week.”",
			[]string{"said | “It is nonsense,”"}},
		{"a place after the cue", "“It is not over,” he said outside the building.",
			[]string{"said | “It is not over,”"}},
		{"near a possessive", "“It is not over,” she said near her home.",
			[]string{"said | “It is not over,”"}},
		{"a closing venue", "Two soldiers were killed, the army said on its Telegram channel.",
			[]string{"said | Two soldiers were killed"}},
		{"a closing condition", "The border was closed, a senior official told reporters on condition of anonymity.",
			[]string{"told | The border was closed"}},
		{"a closing place", "The border was closed, he said in Geneva.",
			[]string{"said | The border was closed"}},
		// Near misses: "that" opens the content after the circumstance, or
		// a clause follows the cue.
		{"a clause after the cue", "“It is not over,” he said voters would decide.",
			[]string{"said | voters would decide"}},
		{"in a statement that", "When the storm hit, the mayor said in a statement that the port was shut.",
			[]string{"said | that the port was shut"}},
		{"the clause before", "The port will close in June, the mayor said on Tuesday.",
			[]string{"said | The port will close in June"}},
	}, showCueContent)
}

// TestWireNounAfterArticle checks a cue word used as a noun after "a"
// and an adjective: "a snappy retort" has no source "a snappy".
func TestWireNounAfterArticle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"retort, colon", "Reyes delivered a snappy retort: “No one is tearing this up.”",
			[]string{"Reyes"}},
		{"reply, colon", "Mayor Dana Reyes gave a curt reply: “No.”",
			[]string{"Dana Reyes"}},
	})
	runAttrCases(t, []attrCase{
		// Near misses: a plural or a phrase with "of" takes a base form.
		{"a number of analysts", "A number of analysts say the deal is dead.",
			[]string{"A number of analysts | say"}},
		{"a report that", "She cited a Ledger report that the port would close.",
			[]string{"She | cited", "a Ledger | report"}},
	}, showChain)
}

// TestWireInversionWithClause checks a verb opening its sentence whose
// phrase runs into a clause of its own: "Asked a question about it,
// Clinton said, “…”" is no inversion with the source "a question".
func TestWireInversionWithClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"asked, then a clause", "Asked a direct question about the fee in the debate, Clinton said, “I do take responsibility.”",
			[]string{"Clinton"}},
		{"said, relative clause with a cue", "Said Poynter, who told the council she was there, “It was quiet.”",
			[]string{"Poynter"}},
		{"added, appositive", "Added a neighbour, Rosa Lind, 67, “We never heard a thing.”",
			[]string{"Rosa Lind"}},
	})
}

// TestWireQuoteParagraphAfterReport checks a paragraph of quotation
// alone after a paragraph that ends by reporting someone's words: the
// quotation goes on in that voice, as wire copy runs "X said that …" and
// then X's own words.
func TestWireQuoteParagraphAfterReport(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said that", "Lena Carter said that critics had long predicted a withdrawal.\n\n“That is because the region matters to our security.”",
			[]string{"Lena Carter"}},
		{"praised", "Tom Vale praised the governor's work after the storm.\n\n“We need someone who gets things done.”",
			[]string{"Tom Vale"}},
		{"after a sentence of background", "The plant closed in May. Union leader Ana Ruiz told reporters the workers were owed pay.\n\n“Nobody has seen a cent.”",
			[]string{"Ana Ruiz"}},
		// Near misses: the paragraph ends with no report, or the quotation
		// names its own speaker.
		{"a last sentence of background", "Ana Ruiz said the workers were owed pay. The plant closed in May.\n\n“Nobody has seen a cent.”",
			[]string{""}},
		{"attributed after", "Ana Ruiz said the workers were owed pay.\n\n“Nobody has seen a cent,” said Tom Vale.",
			[]string{"Tom Vale"}},
	})
}

// TestWireTitleInParenthesis checks a parenthesis that holds a quoted
// title between a subject and its verb: "The ad, titled “Unifier?”,
// concludes".
func TestWireTitleInParenthesis(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"question mark in the title", "The ad, titled “Unifier?”, concludes that the mayor is unfit.",
			[]string{"The ad | concludes"}},
		{"comma inside the marks", "The ad, titled “Unifier,” concludes that the mayor is unfit.",
			[]string{"The ad | concludes"}},
		{"called, a quoted phrase", "The report, called “A Port Adrift”, says the harbour is failing.",
			[]string{"The report | says"}},
	}, showChain)
}

// TestWireStanceNounAdjectives checks a noun of speech or stance after a
// possessive and a few adjectives: "the mayor's recent evidence-free
// assertion that …" is the mayor's.
func TestWireStanceNounAdjectives(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"two adjectives", "The mayor's recent evidence-free assertion that thousands had cheered was false.",
			[]string{"The mayor's | assertion"}},
		{"three adjectives", "Her oft-repeated sweeping public claim that the port was safe fell apart.",
			[]string{"Her | claim"}},
		// Near miss: no possessive names the holder.
		{"no possessor", "The widely repeated claim that the port was safe fell apart.",
			nil},
		{"one adjective", "His earlier statements that the dam was safe were wrong.",
			[]string{"His | statements"}},
	}, showChain)
}

// TestWireNearestClauseSubject checks the subject of a verb of speech in
// a clause of its own after the main one: the pronoun that opens that
// clause, not the main clause's subject, nor a possessive before a noun
// of stance.
func TestWireNearestClauseSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"when, then and said", "When the manager was asked whether the port would reopen, he laughed and said, “We'll see.”",
			[]string{" | was asked", "he | said"}},
		{"but, then and said", "The senator, who voted no, said little, but she smiled and said the vote was close.",
			[]string{"The senator | said", "she | said"}},
		{"a participle after a noun of stance", "She escalated her criticism on Tuesday, telling a broadcaster that the mayor is a “faker.”",
			[]string{"She | telling -> a broadcaster"}},
		// Near misses: no pronoun opens a clause; a pronoun after a noun is
		// a relative clause's.
		{"the main subject", "The mayor blamed the storm, and said the port would reopen.",
			[]string{"The mayor | blamed", "The mayor | said"}},
		{"a relative clause's pronoun", "The mayor praised the plan she drafted and said it would work.",
			[]string{"The mayor | praised", "The mayor | said"}},
	}, showChain)
	runSpeakerCases(t, []speakerCase{
		{"as, a quotation after the clause", "Mayor Lena Ortiz drew cheers as she thanked the crowd and then boomed, “There is no place like home.”",
			[]string{"Lena Ortiz"}},
	})
}

// TestWireVerbAfterReport checks a participle or a second verb after a
// reported clause: it goes on from the one who reports, not from the
// subject of the clause reported.
func TestWireVerbAfterReport(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"participle after a report", "The envoy said his government wanted “a fair price,” adding that it was ready to sign.",
			[]string{"The envoy | said", "The envoy | adding"}},
		{"second verb after that", "Prime Minister Ana Holm said the country would leave the bloc and suggested that talks could resume.",
			[]string{"Prime Minister Ana Holm | said", "Prime Minister Ana Holm | suggested"}},
		{"but, after a quotation", "Protesters said they want “justice,” but pledged to remain calm.",
			[]string{"Protesters | said", "Protesters | pledged"}},
		{"after a clause that when opens", "The first clash came during a speech, when protesters interrupted the mayor, shouting “Resign!”",
			[]string{"protesters | shouting"}},
		// Near miss: with no report before it, the participle is the
		// subject's own.
		{"participle after a plain clause", "The envoy met the minister, adding that talks went well.",
			[]string{"The envoy | adding"}},
	}, showChain)
}

// TestWireRelativeObjectQuote checks a partial quotation that is the
// object of a cue in a relative clause whose subject is another speaker:
// "the city sought to shed what Gilbert called “…”" is Gilbert's phrase;
// "what she calls “…”" stays with the report's own speaker.
func TestWireRelativeObjectQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"what a named speaker called", "Mayor Lena Ortiz said the city wanted to shed what Tom Gilbert called “a perception problem.”",
			[]string{"Tom Gilbert"}},
		{"which an inquiry said was", "Senator Ana Holm criticized the email system, which the Kelta Audit Office said was “extremely careless.”",
			[]string{"Kelta Audit Office"}},
		{"who with a pronoun", "Senator Ana Holm said voters should reject Dan Kerr, who she called “a danger to the port.”",
			[]string{"Ana Holm"}},
		// Near miss: a full quotation is no object.
		{"a direct quotation", "Mayor Lena Ortiz said: “We need what Tom Gilbert called a plan.”",
			[]string{"Lena Ortiz"}},
	})
}

// TestWireRelativePronounSpeaker checks that a pronoun subject of the
// relative clause is the mention that speaks the quoted object, resolved
// to the report's speaker: "what she calls “…”" is "she", Lena Ortiz.
func TestWireRelativePronounSpeaker(t *testing.T) {
	for _, in := range []string{
		"Mayor Lena Ortiz says she admired the crew through what she calls “a war of words.”",
		"Mayor Lena Ortiz said the levy, which she described as “a tax on the poor,” would go.",
		"Mayor Lena Ortiz said the port must reject Dan Kerr, whom she called “a danger.”",
	} {
		a := Parse(in)
		if len(a.Quotes) != 1 {
			t.Fatalf("Parse(%q): %d quotes, want 1", in, len(a.Quotes))
		}
		if sp := a.Quotes[0].Speaker; sp.Text != "she" || sp.Name != "Lena Ortiz" {
			t.Errorf("Parse(%q): speaker %q (%q), want \"she\" (\"Lena Ortiz\")", in, sp.Text, sp.Name)
		}
	}
}

// TestWireCoordinatedParticiple checks a participle joined by "and" to
// one that a comma opens: both have the main clause's subject.
func TestWireCoordinatedParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"holding and chanting", "The dockers marched on the port, holding signs and chanting “No sale.”",
			[]string{"The dockers | chanting"}},
		{"waving and shouting", "The crowd surged forward, waving flags and shouting that the vote was stolen.",
			[]string{"The crowd | shouting"}},
		// Near miss: no participle opens the clause before "and".
		{"a plain verb before and", "The crowd waved flags and shouting began.",
			nil},
	}, showChain)
}

// TestWireAgencyForms checks forms of the agencies' own copy: a request
// for anonymity after the cue, a briefing between the cue and "that", a
// name after a minister's portfolio and before a circumstance.
func TestWireAgencyForms(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"requesting anonymity", "“It will be difficult,” a ministry official said, requesting anonymity.",
			[]string{"a ministry official | said | “It will be difficult,”"}},
		{"requested anonymity, relative clause", "The officials, who requested anonymity, said talks had stalled.",
			[]string{"The officials | said | talks had stalled"}},
		{"a daily press briefing", "Spokesperson Lin Hao said at a daily press briefing on Tuesday that the two sides would meet.",
			[]string{"Spokesperson Lin Hao | said | that the two sides would meet"}},
		{"a hearing", "The senator said at the hearing that the fund was empty.",
			[]string{"The senator | said | that the fund was empty"}},
		{"portfolio, name, circumstance", "The cut was needed, said Kelta's Minister for Energy, Teresa Lobo, in statements to reporters.",
			[]string{"Kelta's Minister for Energy, Teresa Lobo | said | The cut was needed"}},
		// Near misses: a verb after a noun is a clause of its own; a name
		// after a comma that closes a name stays out.
		{"a reporting verb after a noun", "The senator said the company reported that the fund was empty.",
			[]string{"The senator | said | the company reported that the fund was empty", "the company | reported | that the fund was empty"}},
		{"name, then a party", "The cut was needed, said Senator Chris Coons, Democrat of Delaware.",
			[]string{"Senator Chris Coons | said | The cut was needed"}},
	}, showSourceCueContent)
}

// TestWireDocumentCarriedBy checks a document set off by commas with
// where it came out: "The communique, carried by the news agency, said"
// makes the outlet a level after the document, as chains-conventions
// has it for "a statement carried by SPA".
func TestWireDocumentCarriedBy(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"carried by", "The communique, carried by the official news agency, said the talks had failed.",
			[]string{"The communique | said >> the official news agency | carried by"}},
		{"published by", "The statement, published by the state daily, said the port was shut.",
			[]string{"The statement | said >> the state daily | published by"}},
		{"in remarks carried by", "The border will reopen, the minister said in remarks carried by state television.",
			[]string{"the minister | said >> remarks | in >> state television | carried by"}},
		// Near misses: a relay quotes its source; an appositive gives no level.
		{"quoted by", "The minister, quoted by the state news agency, said the port was shut.",
			[]string{"the state news agency | quoted by >> The minister | said"}},
		{"an appositive", "The communique, a two-page text, said the talks had failed.",
			[]string{"The communique | said"}},
	}, showChain)
}

// TestWireCitingWithTopic checks a cited source described by what it
// knows: a noun that is also a cue word after "the" is a noun.
func TestWireCitingWithTopic(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"familiar with the talks", "The deal is off, the Kelta Times reported, citing two officials familiar with the talks.",
			[]string{"the Kelta Times | reported >> two officials familiar with the talks | citing"}},
		{"familiar with the matter", "The deal is off, the Kelta Times reported, citing officials familiar with the matter.",
			[]string{"the Kelta Times | reported >> officials familiar with the matter | citing"}},
		// Near miss: a document after "in" ends the phrase.
		{"in a statement", "The deal is off, the ministry said in a statement on Monday.",
			[]string{"the ministry | said >> a statement | in"}},
	}, showChain)
}

// TestWireAsReportedBy checks "as reported by X" after a clause with no
// verb of its own: a report, like "according to X"; after a verb of
// speech it is that verb's relay.
func TestWireAsReportedBy(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after a plain clause", "The deal is off, as reported by the Kelta Times.",
			[]string{"the Kelta Times | as reported by"}},
		{"after a quotation and its verb", "“The deal is off,” the minister said, as reported by the state news agency.",
			[]string{"the state news agency | reported by >> the minister | said"}},
		{"after a clause and its verb", "The minister said the deal was off, as reported by the state news agency.",
			[]string{"the state news agency | reported by >> The minister | said"}},
		// Near miss: a document closing the sentence is a level, no relay.
		{"in a statement", "The minister said the deal was off, in a statement.",
			[]string{"The minister | said >> a statement | in"}},
	}, showChain)
}

// TestWireParticipleByInSubject checks a subject a participle and "by"
// describe, "a bench headed by the chief justice said": the whole phrase
// speaks, not the one after "by".
func TestWireParticipleByInSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"headed by", "“We cannot allow this,” a bench headed by Chief Justice Dev Rana said.",
			[]string{"a bench headed by Chief Justice Dev Rana | said"}},
		{"led by", "A panel led by former judge Ana Lund said the rules were broken.",
			[]string{"A panel led by former judge Ana Lund | said"}},
		{"interviewed by", "Residents interviewed by the state broadcaster said they hoped for jobs.",
			[]string{"Residents interviewed by the state broadcaster | said"}},
		// Near misses: a relay or a document's outlet stays a level.
		{"quoted by", "A customs official quoted by the daily Ostra warned that prices would rise.",
			[]string{"the daily Ostra | quoted by >> A customs official | warned"}},
	}, showChain)
}

// TestWirePassiveAgentVenue checks the document after a passive's agent,
// "echoed by the treasurer in a statement issued in Canberra", and a
// paper's name ending in a day's short form, "Toronto Sun".
func TestWirePassiveAgentVenue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"echoed by, in a statement", "The comments were echoed by Treasurer Paul Kerr in a statement issued in the capital.",
			[]string{"Treasurer Paul Kerr | were echoed >> a statement | in"}},
		{"a paper named Sun", "Kelta Sun recently dropped plans for a second paper, citing a study of the market.",
			[]string{"Kelta Sun | citing"}},
		// Near misses: the day after a name, a passive agent alone.
		{"a day after the agency", "The port was shut, Kelta News said Sun. 12.", []string{"Kelta News | said"}},
		{"criticized by", "The plan was criticized by the unions.", []string{"the unions | was criticized"}},
	}, showChain)
}

// TestWireAsClause checks "as X put it" closing a sentence: what stands
// before "as" is X's, and an opening phrase with no verb is no content.
func TestWireAsClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"as X said, after a quotation", "“We will win,” as the mayor said on Monday.",
			[]string{"the mayor | said | “We will win,”"}},
		{"as X put it", "The plan is “a disaster,” as she put it.",
			[]string{"she | put it | The plan is “a disaster,”"}},
		{"as X put it, a circumstance", "The plan is “a disaster,” as she put it on Wednesday in Raleigh.",
			[]string{"she | put it | The plan is “a disaster,”"}},
		{"an opening phrase, no clause", "In a later vote, he warned of the dangers of the plan.",
			[]string{"he | warned | of the dangers of the plan"}},
		// Near misses: "as" inside a sentence that goes on; an opening
		// clause with a verb.
		{"as, the sentence goes on", "The firm said that, as it has already stated, the merger was off.",
			[]string{"The firm | said | that, as it has already stated, the merger was off", "it | has already stated | the merger was off"}},
		{"an opening clause", "The port will close, he warned.",
			[]string{"he | warned | The port will close"}},
	}, showSourceCueContent)
	runSpeakerCases(t, []speakerCase{
		{"an adverb after the name", "Mrs. Lena Lund regularly pledges to “make the economy work for everyone.”",
			[]string{"Lena Lund"}},
	})
}

// TestWireMannerAndOpeners checks a manner adverb after an inverted or a
// final cue ("said dryly", "said Kaplan dryly") and a participle opened
// by "when" ("When asked, Ms. Sherry smiled and said").
func TestWireMannerAndOpeners(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"adverb after the cue", "“I would not discount it,” Mr. Tom Kaplan, a screenwriter, said dryly.",
			[]string{"Tom Kaplan"}},
		{"adverb after an inverted source", "“I would not,” said Tom Kaplan dryly.",
			[]string{"Tom Kaplan"}},
		{"when asked, and said", "When asked, Ms. Ana Sherry smiled and said, “I'm waiting for the vote.”",
			[]string{"Ana Sherry"}},
		{"when asked whom, and said", "When asked whom she backed, Ms. Ana Sherry smiled and said, “I'm waiting.”",
			[]string{"Ana Sherry"}},
	})
}

// TestWireRelayedReportQuote checks a quotation inside a report that an
// outlet relays, "X said that talks were “in their final stretch”, the
// agency reported": the words are X's, as in "X was quoted by the agency
// as saying"; the agency stays the outer level of the chain.
func TestWireRelayedReportQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said that, the agency reported", "Speaker Nabih Karam said Monday that talks were “in their final stretch”, the state-run news agency reported.",
			[]string{"Nabih Karam"}},
		{"told, the daily reported", "Minister Ana Lund told lawmakers the port would “reopen within weeks,” the Kelta Daily reported.",
			[]string{"Ana Lund"}},
		{"said, the ministry said", "Ana Lind said the talks were “constructive,” the ministry said.",
			[]string{"Ana Lind"}},
		{"said, the ministry said in a statement", "Ana Lind said the talks were “constructive,” the ministry said in a statement.",
			[]string{"Ana Lind"}},
		// Near misses: the outlet's own words; a report whose speaker does
		// not hold the quotation.
		{"the outlet's own words", "The state-run news agency reported that the talks were “in their final stretch.”",
			[]string{""}},
		{"a quotation outside the relayed report", "“It is over,” the agency reported, after Speaker Nabih Karam said the talks had ended.",
			[]string{""}},
	})
}

// TestWireBodyBeforeName checks a title over a body whose name holds
// "of", before the holder's name: "Secretary General of the Kelta
// Chamber of Commerce Lina Haddad" is Lina Haddad, and "the exchange"
// later is the body that "Stock Exchange" names.
func TestWireBodyBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chamber of commerce", "Secretary General of the Kelta Chamber of Commerce Lina Haddad said exports rose. “It was a good year,” she said.",
			[]string{"Lina Haddad"}},
		{"the exchange", "The Kelta Stock Exchange said trading was halted. “It was necessary,” the exchange said.",
			[]string{"Kelta Stock Exchange"}},
		// Near miss: a body with no name after it names no person.
		{"a body alone", "The Kelta Chamber of Commerce said exports rose. “It was a good year,” the chamber said.",
			[]string{"Kelta Chamber of Commerce"}},
	})
}

// TestWireTitleWithComma checks a work or a group named in capitals with
// the comma American style puts inside the marks: a title, said by no
// one, not a statement.
func TestWireTitleWithComma(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a show", "Senator Ana Lund appeared on Kelta TV's “Sunday Morning Report,” where she said the plan was sound.",
			[]string{""}},
		{"a group", "Delegates from “Dockers for Kelta,” a union caucus, marched on Monday.",
			[]string{""}},
		// Near misses: a statement that opens its sentence; words in lower
		// case.
		{"a statement", "“We Will Win,” Senator Ana Lund said.",
			[]string{"Ana Lund"}},
		{"lower case", "Senator Ana Lund called the plan “a sound start,” aides said.",
			[]string{"Ana Lund"}},
	})
}

// TestWireNamingObject checks a verb of naming (lexicon/cuenaming) whose
// quoted object is the namer's term, inside another's report.
func TestWireNamingObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"described as, inside a report", "Mayor Ana Lund said fares would rise, a step the Transport Ministry described as “unavoidable.”",
			[]string{"Transport Ministry"}},
		{"called, the woman said", "Tom Reyes called her “Miss Piggy,” Dana Ortiz said.",
			[]string{"Tom Reyes"}},
		// Near miss: a verb that names nothing leaves the report's speaker.
		{"a plain verb", "Tom Reyes said the plan, which the ministry approved, was “unavoidable.”",
			[]string{"Tom Reyes"}},
	})
}

// TestWireNearMissesOfThisRound checks near misses a review found for
// the forms above: a time "as", a report that does not close its
// paragraph, a clause with no object after "when", a place after a role,
// a circumstance after a verb of naming, a pronoun whose clause a comma
// closes, a plain word before an addressee.
func TestWireNearMissesOfThisRound(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a time as", "The hall fell silent, as the mayor testified.",
			[]string{"the mayor | testified | "}},
		{"no object after when", "The minister resigned in 2019, when the scandal broke, saying he had done nothing wrong.",
			[]string{"The minister | saying | he had done nothing wrong"}},
		{"a place after a role", "“We will win,” said the mayor of the city, San Antonio, on Tuesday.",
			[]string{"the mayor of the city | said | “We will win,”"}},
		{"a comma closes the pronoun's clause", "Premier Liu met the families, but they were not consoled, and said the inquiry would go on.",
			[]string{"Premier Liu | said | the inquiry would go on"}},
		// The clause after the cue stays its content; "warn" takes no
		// addressee yet, so "lawmakers" stays in it.
		{"an addressee, not a circumstance", "“It is over,” Lind warned lawmakers the bill would fail.",
			[]string{"Lind | warned | lawmakers the bill would fail"}},
	}, showSourceCueContent)
	runSpeakerCases(t, []speakerCase{
		{"a report that does not close its paragraph", "Officials said the dam was safe, but residents were not convinced.\n\n“We are scared.”",
			[]string{""}},
		{"a circumstance after a verb of naming", "Dana Kerr said voters called the hotline “in their thousands.”",
			[]string{"Dana Kerr"}},
	})
}

// showSourceCueContent shows an attribution as "source | cue | content".
func showSourceCueContent(a Attribution) (string, bool) {
	return a.Source.Text + " | " + a.Cue.Text + " | " + a.Content.Text, true
}

// showCueContent shows an attribution as "cue | content".
func showCueContent(a Attribution) (string, bool) {
	return a.Cue.Text + " | " + a.Content.Text, true
}

// TestWirePossessorsClaim checks a quotation inside the clause a noun of
// speech states after its possessor: the possessor's words, and the
// possessor's phrase starts after a preposition whose head is no role.
func TestWirePossessorsClaim(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a claim inside a report", "Gov. Dan Kerr on Monday blamed the press for making an issue out of Mayor Lena Ortiz's claim that the levy “saved the port,” calling it a distraction.",
			[]string{"Lena Ortiz"}},
		{"a statement", "Senator Ana Holm rejected Dan Kerr's statement that the deal was “dead on arrival.”",
			[]string{"Dan Kerr"}},
		// Near misses: no clause after the noun, or a noun of stance.
		{"no clause", "Senator Ana Holm called Dan Kerr's remarks “reckless.”",
			[]string{"Ana Holm"}},
		{"a stance noun", "Senator Ana Holm mocked Dan Kerr's support for what she called “a toll on the poor.”",
			[]string{"Ana Holm"}},
	})
	runAttrCases(t, []attrCase{
		{"after a preposition", "He made an issue out of Mayor Lena Ortiz's claim that the port was safe.",
			[]string{"Mayor Lena Ortiz's | claim | that the port was safe"}},
	}, showSourceCueContent)
}

// TestWireColonAfterJoinedClause checks that a quotation after a colon is
// spoken by the subject of the clause nearest the colon, past "and then".
func TestWireColonAfterJoinedClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"and then", "The crowd cheers, and then Dara Moss continues: “We will not stop.”",
			[]string{"Dara Moss"}},
		{"and", "The crowd cheers and Dara Moss continues: “We will not stop.”",
			[]string{"Dara Moss"}},
		{"a past verb", "The hall fell silent, then Dara Moss added: “We will not stop.”",
			[]string{"Dara Moss"}},
		// Near miss: one clause; its subject speaks.
		{"one clause", "Dara Moss paused for a moment and continued: “We will not stop.”",
			[]string{"Dara Moss"}},
	})
}

// TestWirePastParticipleOpener checks an opening past participle and its
// phrase, with an appositive inside it: the subject after it speaks.
func TestWirePastParticipleOpener(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"by and an appositive", "Preceded at the lectern by Joe Arpaio, the county sheriff, Mayor Dan Kerr called the plan “a disaster.”",
			[]string{"Dan Kerr"}},
		{"flanked", "Flanked by aides, Mayor Dan Kerr called the plan “a disaster.”",
			[]string{"Dan Kerr"}},
		{"joined", "Joined by his wife, Dan Kerr called the plan “a disaster.”",
			[]string{"Dan Kerr"}},
		// Near miss: a name ending in -ed speaks.
		{"a name", "Alfred Kerr called the plan “a disaster.”",
			[]string{"Alfred Kerr"}},
	})
}

// TestWireAspectVerbParticiple checks a participle after a verb of aspect
// ("keeps talking", "began calling"): its source is that verb's subject;
// an adverb before a passive is no source.
func TestWireAspectVerbParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"keeps", "The crowd cheered as she keeps talking about the port.",
			[]string{"she | talking about | the port"}},
		{"began", "Later the mayor began calling the plan a disaster.",
			[]string{"the mayor | calling | the plan a disaster"}},
		{"an adverb before a passive", "Minning, who is otherwise listed as one of the donors, declined to comment.",
			[]string{" | is otherwise listed | as one of the donors", "Minning | declined | to comment"}},
	}, showSourceCueContent)
}

// TestWireNounAfterPreposition checks that a cue word after a noun phrase
// that a preposition governs is a noun ("in a research note that …", "at
// a regular press briefing"), not a verb with that phrase for subject.
func TestWireNounAfterPreposition(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a note", "Analysts said in a research note that sales fell.",
			[]string{"Analysts | said | that sales fell"}},
		{"a briefing", "The ministry said at a regular press briefing that talks would resume.",
			[]string{"The ministry | said | that talks would resume"}},
		// Near misses: a quantity, a phrase with its preposition inside.
		{"at least", "At least half of voters say the economy is weak.",
			[]string{"least half of voters | say | the economy is weak"}},
		{"a phrase with a preposition", "Most of the voters say they are undecided.",
			[]string{"Most of the voters | say | they are undecided"}},
	}, showSourceCueContent)
}

// TestWireClosingCueOfLongQuote checks a quotation over paragraphs whose
// cue follows its last mark: the cue's source speaks it all, not the one
// a report before it named; a pronoun there leaves the report's speaker.
func TestWireClosingCueOfLongQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a name closes it", "Ali Hassan said the work was done.\n\nOmar Khalil said the contractors were paid.\n\n“The road is open.\n\n“The lights are on,” Hassan said.",
			[]string{"Ali Hassan"}},
		{"inverted", "Ali Hassan said the work was done.\n\nOmar Khalil said the contractors were paid.\n\n“The road is open.\n\n“The lights are on,” said Hassan.",
			[]string{"Ali Hassan"}},
		// Near miss: a pronoun closes it; the report before named him.
		{"a pronoun", "Omar Khalil said the contractors were paid.\n\n“The road is open.\n\n“The lights are on,” he said.",
			[]string{"Omar Khalil"}},
	})
}

// TestWireAddWithNounObject checks "add" with a noun object, which
// reports no words, against its forms that do.
func TestWireAddWithNounObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a noun object", "The lawsuit claims that the firm added service charges at checkout.",
			[]string{"The lawsuit | claims | that the firm added service charges at checkout"}},
		{"a progressive", "“We are adding capacity on the busiest routes,” the minister said.",
			[]string{"the minister | said | “We are adding capacity on the busiest routes,”"}},
		// Near misses: a clause, "that", a quotation, the words before.
		{"a clause", "He added the plan was sound.",
			[]string{"He | added | the plan was sound"}},
		{"a pronoun subject", "She added they want peace.",
			[]string{"She | added | they want peace"}},
		{"a pronoun subject, present", "He added we pay no new taxes this year.",
			[]string{"He | added | we pay no new taxes this year"}},
		{"that", "He added that the port would reopen.",
			[]string{"He | added | that the port would reopen"}},
		{"after the words", "The port will reopen, he added.",
			[]string{"he | added | The port will reopen"}},
		{"the words quoted", "At the end she added the words, “Hillary Clinton.”",
			[]string{"she | added | the words, “Hillary Clinton.”"}},
		{"a participle after a report", "The group claimed the attack, adding nothing more.",
			[]string{"The group | claimed | the attack", "The group | adding | nothing more"}},
	}, showSourceCueContent)
}

// TestWireClauseVerbPassive checks a verb of cueClauseVerbs made passive
// ("add", "affirm", "find"): its subject is the noun object, no words,
// with an agent or without; a clause or a quotation before it, or "that"
// after it, are words.
func TestWireClauseVerbPassive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"added, an agent", "Service charges were added by the firm.", nil},
		{"affirmed, no agent", "The ruling was affirmed.", nil},
		{"affirmed by a court", "The ruling was affirmed by the appeals court on Friday.", nil},
		{"a rating affirmed", "The company's senior debt was also affirmed at AA.", nil},
		{"found", "Traces of the toxin were found in two samples.", nil},
		{"an active noun object", "The agency affirmed the B-plus rating on the debt.", nil},
		// Near misses: words before or after the passive, the active with "that".
		{"a clause before", "The plan is sound, it was added.",
			[]string{" | was added | The plan is sound"}},
		{"a quotation before", "“The plan is sound,” it was affirmed.",
			[]string{" | was affirmed | “The plan is sound,”"}},
		{"that after", "It was affirmed that the talks would resume.",
			[]string{" | was affirmed | that the talks would resume"}},
		{"active, that", "The minister affirmed that the talks would go on.",
			[]string{"The minister | affirmed | that the talks would go on"}},
	}, showSourceCueContent)
}

// TestWireDocumentNounEndsPhrase checks a document noun that ends a source
// phrase after a word of it: the phrase's head, not a verb.
func TestWireDocumentNounEndsPhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"according to, a report", "Sales fell 4 percent, according to the company's annual report.",
			[]string{"the company's annual report | according to | Sales fell 4 percent"}},
		// Near miss: a verb after the phrase.
		{"reported", "The minister warned that the border would close, the official news agency reported.",
			[]string{"The minister | warned | that the border would close", "the official news agency | reported | The minister warned that the border would close"}},
	}, showSourceCueContent)
	runAttrCases(t, []attrCase{
		{"said in its report", "Stocks fell, the grain association said in its weekly report.",
			[]string{"the grain association | said >> its weekly report | in"}},
		{"citing", "The ministry said on Monday, citing a police report, that two men were held.",
			[]string{"The ministry | said >> a police report | citing"}},
	}, showChain)
}

// TestWireCausedSpeech checks a verb of causing, its object and the
// infinitive of a cue: the object speaks ("prompting X to say …").
func TestWireCausedSpeech(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"prompting, a title and a name", "The yen weakened, prompting Finance Minister Aiko Fujinami to say the government was watching “with a high sense of urgency.”",
			[]string{"Aiko Fujinami"}},
		{"led", "The vote failed, which led Mayor Dan Kerr to warn that the port would be “in grave danger.”",
			[]string{"Dan Kerr"}},
		// Near miss: a verb that wants, not causes; the subject speaks.
		{"wants", "Mayor Dan Kerr wants voters to say the port is “worth saving.”",
			[]string{"Dan Kerr"}},
	})
}

// TestWireOpeningThenAppositive checks an opening participle and a
// subject with an appositive before the cue: the cue is no inversion
// whose source would be the clause after it.
func TestWireOpeningThenAppositive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"speaking in", "Speaking in Lima, Jane Roe, a senator, said the bill failed.",
			[]string{"Jane Roe | said | the bill failed"}},
		{"speaking to", "Speaking to reporters, Jane Roe, a senator, said the bill had failed.",
			[]string{"Jane Roe | said | the bill had failed"}},
		// Near misses: a true inversion, with and without a phrase after.
		{"inverted", "The bill failed, said the senator from Ohio.",
			[]string{"the senator from Ohio | said | The bill failed"}},
		{"inverted after a quotation", "“It failed,” said the senator.",
			[]string{"the senator | said | “It failed,”"}},
	}, showSourceCueContent)
}

// TestWireDeclareNounObject checks "declare" before a noun object, an act
// done ("declared force majeure", "declared a quarterly dividend"), which
// reports no words and so lends no level to a report around it, against
// its forms that report words.
func TestWireDeclareNounObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"force majeure, a report around it", "Codelco has declared force majeure on copper shipments from its port, Diario Financiero reported, citing two sources.",
			[]string{"Diario Financiero | reported | Codelco has declared force majeure on copper shipments from its port"}},
		{"a dividend", "The company declared a quarterly dividend of 10 cents a share.", nil},
		{"an emergency, passive", "A state of emergency was declared in three provinces.", nil},
		{"proclaim", "The council proclaimed a day of mourning.", nil},
		// Near misses: a quotation, "that", the words before.
		{"a quotation", "“We will win,” he declared.",
			[]string{"he | declared | “We will win,”"}},
		{"that", "He declared that the crisis was over.",
			[]string{"He | declared | that the crisis was over"}},
		{"after the words", "The crisis is over, the president declared.",
			[]string{"the president | declared | The crisis is over"}},
	}, showSourceCueContent)
}
