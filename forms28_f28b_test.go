package wirestory

import "testing"

// Round 28, fixer f28b: the forms of jiji-ryokan and app-chilgoza. Each
// test holds variants of one form in wire style and near misses that
// must not change.

// TestForms28QuotedByAppositive checks the passive "Y was quoted by X,
// <appositive>, as saying" (or "cited by", "cited in"): a phrase set off
// by commas after the outlet, an appositive or a relative clause, with a
// time after it or none, is left out of the outlet's phrase, and the
// chain is [X (quoted by)] > [Y (as saying)] as without it. Without the
// phrase, or with no "as saying" after it, the reading stays.
func TestForms28QuotedByAppositive(t *testing.T) {
	runChainCases(t, []attrCase{
		{"appositive, that-clause", "Ishikawa Governor Hiroshi Tanabe was quoted by the Hokkoku Shimbun, a local newspaper, as saying that the prefecture will set up a job-matching service.",
			[]string{"the Hokkoku Shimbun | quoted by >> Ishikawa Governor Hiroshi Tanabe | as saying"}},
		{"cited by, the state news agency", "Deputy Energy Minister Pavel Sorokin was cited by TASS, the state news agency, as saying that gas deliveries would resume on Friday.",
			[]string{"TASS | cited by >> Deputy Energy Minister Pavel Sorokin | as saying"}},
		{"relative clause", "Opposition leader Kemal Arslan was quoted by Sabah, which is close to the government, as saying the party would boycott the vote.",
			[]string{"Sabah | quoted by >> Opposition leader Kemal Arslan | as saying"}},
		{"quotation before, time after", "“We will rebuild every school,” Education Minister Rehana Qadir was quoted by Dawn, the country's oldest English-language daily, as saying on Sunday.",
			[]string{"Dawn | quoted by >> Education Minister Rehana Qadir | as saying"}},
		{"time after the appositive", "Farm Minister Agus Wibowo was quoted by Kompas, Indonesia's largest newspaper, on Tuesday as saying rice imports would stop.",
			[]string{"Kompas | quoted by >> Farm Minister Agus Wibowo | as saying"}},
		{"cited in, a weekly", "Central bank governor Lars Nyberg was cited in Veckans Affarer, a business weekly, as saying rates would stay on hold.",
			[]string{"Veckans Affarer | cited in >> Central bank governor Lars Nyberg | as saying"}},
		// Near misses: no appositive (read before), an appositive with no
		// "as saying" after it, and a clause of the writer's own.
		{"no appositive", "Police chief Manuel Ortega was quoted by La Prensa as saying the suspects had fled.",
			[]string{"La Prensa | quoted by >> Police chief Manuel Ortega | as saying"}},
		{"appositive, no as saying", "Mayor Ana Ruiz was quoted by El Diario, a local daily.", nil},
		{"clause of the writer's, as well as", "Fisheries Minister Tomas Berg was quoted by Aftenposten, and the ministry later confirmed the figures, as well as the quota.", nil},
	})
}

// TestForms28DocumentIssuedWhere checks a document's phrase with where
// it was issued after a past participle, "a statement issued here", "a
// communique released from Geneva", "a press release issued in Karachi":
// the place stays in the document's level (chains-conventions: "a
// statement issued in Nairobi"), and so does a date after the place
// (chains-conventions keep "where or when it was issued"). A date alone
// after the participle was kept before and stays, a link's participle
// ("published in Dawn") is a venue level of its own, a document with no
// participle or one received, not issued, keeps its reading, and "there"
// before a verb opens the reported clause.
func TestForms28DocumentIssuedWhere(t *testing.T) {
	runChainCases(t, []attrCase{
		{"said in a statement issued here", "Federal Minister for Water Resources Ali Raza Khosa said in a statement issued here that work on the dam would resume next month.",
			[]string{"Federal Minister for Water Resources Ali Raza Khosa | said >> a statement issued here | in"}},
		{"opening, released from", "In a communique released from Geneva, the agency said that aid flights to the region would resume.",
			[]string{"the agency | said >> a communique released from Geneva | In"}},
		{"parenthesis, issued here", "The Foreign Office, in a statement issued here, said the envoy would visit Kabul next week.",
			[]string{"The Foreign Office | said >> a statement issued here | in"}},
		{"press release, here and a date", "The embassy said in a press release issued here on Sunday that visas would be processed within a week.",
			[]string{"The embassy | said >> a press release issued here on Sunday | in"}},
		{"in a city, and a date", "The central bank said in a statement issued in Karachi on Monday that reserves had risen.",
			[]string{"The central bank | said >> a statement issued in Karachi on Monday | in"}},
		{"published there", "The army said in a statement published there late on Friday that two soldiers were killed.",
			[]string{"The army | said >> a statement published there late on Friday | in"}},
		{"quoting, here and who issued it", "The agency reported, quoting a statement released here by the ministry, that exports rose 12 percent.",
			[]string{"The agency | reported >> a statement released here by the ministry | quoting"}},
		// Near misses: a date alone (kept before), a venue of a link cue,
		// "in" before lower case, no participle, and a participle of
		// receipt, not issue.
		{"date alone", "The ministry said in a statement issued on Monday that the talks would resume.",
			[]string{"The ministry | said >> a statement issued on Monday | in"}},
		{"published in a paper", "The ministry said in a statement published in Dawn that the figures were wrong.",
			[]string{"The ministry | said >> a statement | in >> Dawn | published in"}},
		{"no participle", "The ministry said in a statement here that the figures were wrong.",
			[]string{"The ministry | said >> a statement | in"}},
		{"received here", "The minister noted in a statement received here on Tuesday that prices had fallen.",
			[]string{"The minister | noted >> a statement | in"}},
		{"there opening the clause", "The army said in a statement released there were no casualties in the blast.",
			[]string{"The army | said >> a statement | in"}},
	})
}

// TestForms28DocumentIssuedHereSubject checks a document issued "here" as
// the source of a one-level report, "A statement issued here said",
// "according to a statement issued here on Tuesday by the ministry": the
// adverb, a date and who issued it are the document's phrase's, not the
// cue's or the content's. An adverb of place after a person stays with
// the cue as before.
func TestForms28DocumentIssuedHereSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a statement issued here said", "A statement issued here said the talks would resume on Monday.",
			[]string{"A statement issued here | said"}},
		{"a press release released here on Friday said", "A press release released here on Friday said exports had risen by 12 percent.",
			[]string{"A press release released here on Friday | said"}},
		{"a communique issued there stated", "A joint communique issued there stated that both sides would cut tariffs.",
			[]string{"A joint communique issued there | stated"}},
		{"here, a date and who issued it", "A statement issued here on Monday by the Ministry of Commerce said exports rose.",
			[]string{"A statement issued here on Monday by the Ministry of Commerce | said"}},
		{"according to, here, a date and who", "Exports rose 12 percent in October, according to a statement issued here on Tuesday by the commerce ministry.",
			[]string{"a statement issued here on Tuesday by the commerce ministry | according to"}},
		// Near miss: officials "here".
		{"officials here said", "Officials here said the talks would resume on Monday.",
			[]string{"Officials | here said"}},
	}, showChain)
}

// TestForms28QuotedByParenAppositive checks the relay set off after a
// subject, "Y, quoted by X, said", with an appositive of the outlet after
// it, "Y, quoted by the Gulf News daily, a local paper, said": the
// chain is [X (quoted by)] > [Y (said)] as without the appositive, not
// the outlet as the one who said it. An appositive alone, a relay with
// no appositive, and a link that is no relay keep their readings.
func TestForms28QuotedByParenAppositive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"quoted by, a local paper", "Dubai-based importer Khalid Hashimi, quoted by the Gulf News daily, a local paper, said prices would rise.",
			[]string{"the Gulf News daily | quoted by >> Dubai-based importer Khalid Hashimi | said"}},
		{"monitored by, a relative clause", "Tehran radio, monitored by the BBC, which has a listening post in Cyprus, quoted the minister as saying the border was closed.",
			[]string{"the BBC | monitored by >> Tehran radio | quoted >> the minister | as saying"}},
		{"quoted by, the state news agency", "The health minister, quoted by Bernama, the national news agency, said 40 new cases were found.",
			[]string{"Bernama | quoted by >> The health minister | said"}},
		// Near misses: no appositive, an appositive alone, and a link
		// that is no relay ("citing").
		{"quoted by, no appositive", "Dubai-based importer Khalid Hashimi, quoted by the Gulf News daily, said prices would rise.",
			[]string{"the Gulf News daily | quoted by >> Dubai-based importer Khalid Hashimi | said"}},
		{"appositive alone", "Khalid Hashimi, a Dubai-based importer, said prices would rise.",
			[]string{"Khalid Hashimi | said"}},
		{"citing, an appositive (read as before)", "The ministry, citing the central bank, the main lender, said reserves rose.",
			[]string{"The ministry | citing", "The ministry | said"}},
	}, showChain)
}
