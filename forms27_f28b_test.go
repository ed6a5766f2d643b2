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
