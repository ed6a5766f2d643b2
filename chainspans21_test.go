package wirestory

import "testing"

// Round 21, chain spans: the forms of h21. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestChainDocumentSentToParticiple checks a cited document picked out
// by a past participle and whom it went to, where it was lodged or who
// saw it, "citing letters sent to buyers", "documents filed with the
// court", "emails seen by its reporters": the participle's phrase stays
// in the level (issuedTo, issuedWhere). A participle that is a link cue
// ("posted on", "carried by") stays a level of its own, an infinitive
// after "to" is no recipient, and a reason stays a reason.
func TestChainDocumentSentToParticiple(t *testing.T) {
	tests := []attrCase{
		{"bare plural, to a plural", "Three nickel smelters in Sulawesi have halted output, the Bisnis Indonesia daily reported on Tuesday, citing letters sent to customers.",
			[]string{"the Bisnis Indonesia daily | reported >> letters sent to customers | citing"}},
		{"to staff", "The lender plans to cut 300 jobs in Frankfurt, Handelsblatt reported, citing a memo circulated to staff.",
			[]string{"Handelsblatt | reported >> a memo circulated to staff | citing"}},
		{"filed with", "The refinery owes creditors $40 million, the newspaper said, citing documents filed with the bankruptcy court.",
			[]string{"the newspaper | said >> documents filed with the bankruptcy court | citing"}},
		{"according to", "The carrier will retire 12 jets next year, according to a letter sent to shareholders.",
			[]string{"a letter sent to shareholders | according to"}},
		{"seen by", "Talks on the merger collapsed last week, the paper said, citing emails seen by its reporters.",
			[]string{"the paper | said >> emails seen by its reporters | citing"}},
		{"quoting, an -ing adjective", "The port will close for two weeks, the agency said, quoting an email sent to shipping agents.",
			[]string{"the agency | said >> an email sent to shipping agents | quoting"}},

		// Near misses: link cues, an infinitive, a reason.
		{"posted on", "The port will close, the paper said, citing a statement posted on its website.",
			[]string{"the paper | said >> a statement | citing >> its website | posted on"}},
		{"carried by", "The plant will close, the daily said, citing a report carried by the state news agency.",
			[]string{"the daily | said >> a report | citing >> the state news agency | carried by"}},
		{"an infinitive", "The port will close, the paper said, citing a letter sent to inform the buyers.",
			[]string{"the paper | said >> a letter | citing"}},
		{"a reason", "The company said it would cut its forecast, citing costs linked to the merger.",
			[]string{"The company | said", "The company | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainRoleFieldOf checks a cited role with the field it heads in
// lower case, "the regional director of agriculture", "the chief of
// staff": the "of" phrase stays in the level, with a place after it
// ("the deputy head of security at the port"); a name after a comma is
// an apposition and stays out (linkPhraseEnd, placeAfterField). A noun
// that is no role keeps its "of" out of a reason, and a phrase the
// level had already is kept.
func TestChainRoleFieldOf(t *testing.T) {
	tests := []attrCase{
		{"citing, an apposed name", "Schools in three districts will stay shut, radio station Onda Sur reported, citing the regional director of education, Marta Quispe.",
			[]string{"radio station Onda Sur | reported >> the regional director of education | citing"}},
		{"quoting, a place after", "The terminal was evacuated for two hours, the agency said, quoting the deputy head of security at the port.",
			[]string{"the agency | said >> the deputy head of security at the port | quoting"}},
		{"possessor", "The cabinet reshuffle was postponed, the daily Kompas reported, citing the president's chief of staff.",
			[]string{"the daily Kompas | reported >> the president's chief of staff | citing"}},
		{"according to", "Two nurses died of the fever, according to the provincial director of health, Ana Ruiz.",
			[]string{"the provincial director of health | according to"}},
		{"quoting as saying", "The road will stay closed, the radio said, quoting the district chief of police as saying the slope was unstable.",
			[]string{"the radio | said >> the district chief of police | quoting"}},

		{"a field in -ing", "The firm will hire 300 people, the newspaper reported, citing its head of marketing, Ana Ruiz.",
			[]string{"the newspaper | reported >> its head of marketing | citing"}},
		{"a field in -ing, a place after", "Output rose by a fifth, the agency said, quoting the director of mining at the ministry.",
			[]string{"the agency | said >> the director of mining at the ministry | quoting"}},

		// Near misses: an "of" phrase with an article, a name, no role,
		// a participle after the field.
		{"a participle after the field", "The plan was shelved, the paper reported, citing the director of planning resigning last week.",
			[]string{"the paper | reported >> the director of planning | citing"}},
		{"of the hospital", "The ward was closed, the paper reported, citing the director of the hospital.",
			[]string{"the paper | reported >> the director of the hospital | citing"}},
		{"of a name", "Output fell by a tenth, the paper reported, citing the head of Pemex.",
			[]string{"the paper | reported >> the head of Pemex | citing"}},
		{"no role", "The plan was dropped, the paper reported, citing a shortage of staff.",
			[]string{"the paper | reported", "the paper | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestChainStatementIssuedOnOccasion checks a document with a past
// participle and the occasion when it was issued, fronted or after the
// cue, "In a statement issued on the occasion, X said", "a communique
// issued at the end of the meeting": the conventions keep when it was
// issued in the document's phrase (issuedTo, [chainEventPoints]). A
// link cue before a venue stays a level, "in response to" is no
// occasion, and "after" a clause is no phrase.
func TestChainStatementIssuedOnOccasion(t *testing.T) {
	tests := []attrCase{
		{"on the occasion", "In a statement issued on the occasion, HE Minister of Municipality Dr. Khalid Al Sulaiti said that the park would open in March.",
			[]string{"HE Minister of Municipality Dr. Khalid Al Sulaiti | said >> a statement issued on the occasion | In"}},
		{"at the end of", "In a statement issued at the end of the meeting, the council said the talks would resume in May.",
			[]string{"the council | said >> a statement issued at the end of the meeting | In"}},
		{"on the sidelines", "In a joint statement issued on the sidelines of the summit, the leaders said they would meet again.",
			[]string{"the leaders | said >> a joint statement issued on the sidelines of the summit | In"}},
		{"released on the eve", "In a statement released on the eve of World Health Day, the ministry said 40 clinics would open.",
			[]string{"the ministry | said >> a statement released on the eve of World Health Day | In"}},
		{"after the cue, with a day", "The ministry said in a statement issued at the close of the conference on Sunday that 40 clinics would open.",
			[]string{"The ministry | said >> a statement issued at the close of the conference on Sunday | in"}},

		// Near misses: venues after link cues, a reason, a clause.
		{"posted on", "In a statement posted on its website, the ministry said the border would reopen.",
			[]string{"the ministry | said >> a statement | In >> its website | posted on"}},
		{"carried by", "In a statement carried by the state news agency, the ministry said the border would reopen.",
			[]string{"the ministry | said >> a statement | In >> the state news agency | carried by"}},
		{"in response to", "In a statement issued in response to the ruling, the ministry said it would appeal.",
			[]string{"the ministry | said >> a statement | In"}},
		{"after a clause", "In a statement issued after the talks collapsed, the ministry said it would appeal.",
			[]string{"the ministry | said >> a statement | In"}},
	}
	runAttrCases(t, tests, showChain)
}
