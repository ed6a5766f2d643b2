package wirestory

import "testing"

// TestContentFormsSecondParticiple checks that the content of a
// participle's cue ends before "and" and a second participle of the
// same subject ("…, calling the levy a swindle and vowing to repeal
// it"), whether or not the second is a cue (ingClauseEnd). A finite cue's
// clause may go on with a participle of its own, and an -ing word inside
// the object or a noun in -ing is no second verb.
func TestContentFormsSecondParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a second cue", "The opposition leader toured the flooded district, calling the relief effort a disgrace and vowing to hold hearings.",
			[]string{"calling | the relief effort a disgrace", "vowing | to hold hearings"}},
		{"an adverb after and", "The minister spoke for an hour, praising the dock workers and pointedly warning the unions against a strike.",
			[]string{"praising | the dock workers", "pointedly warning | the unions against a strike"}},
		{"no cue after and", "The governor spent the day in Kano, criticizing the fuel subsidy and visiting the markets in the old town.",
			[]string{"criticizing | the fuel subsidy"}},
		{"a preposition in -ing before", "The candidate kept up his attack on the incumbent, mocking her record during the flood crisis and promising a full inquiry.",
			[]string{"mocking | her record during the flood crisis", "promising | a full inquiry"}},
		// Near misses: the words after "and" are the content's own.
		{"after a finite cue", "Ruiz said the company was hiring and expanding its plant in Tema.",
			[]string{"said | the company was hiring and expanding its plant in Tema"}},
		{"a gerund inside the object", "The union marched on Friday, accusing the board of cutting wages and closing the night shift.",
			[]string{"accusing | the board of cutting wages and closing the night shift"}},
		{"a noun in -ing", "The auditors met on Monday, questioning the budget and timing of the payments.",
			[]string{"questioning | the budget and timing of the payments"}},
	}, showCueContent)
}

// TestContentFormsFigureComma checks that the comma that groups the
// digits of a figure ("20,000", "$4,500,000") ends no object
// (figureComma): it has a digit on each side and no space. A comma
// after a figure, with a space after it, ends the object as any other.
func TestContentFormsFigureComma(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a figure of troops", "Clinton has called for 20,000 troops in the region.",
			[]string{"has called for | 20,000 troops in the region"}},
		{"a figure after an infinitive", "The board pledged to hire 2,500 teachers by March.",
			[]string{"pledged | to hire 2,500 teachers by March"}},
		{"a sum of money", "The opposition has demanded a fund of $4,500,000 for the flood defences.",
			[]string{"has demanded | a fund of $4,500,000 for the flood defences"}},
		{"two groups", "The ministry expects 1,250,000 to attend the festival.",
			[]string{"expects | 1,250,000 to attend the festival"}},
		// Near misses: a comma and a space after a figure end the object.
		{"a year and an appositive", "The union demanded a raise for 2026, the year the contract ends.",
			[]string{"demanded | a raise for 2026"}},
		{"a number in a name", "The mayor endorsed Proposition 12, a measure to cap rents in the capital.",
			[]string{"endorsed | Proposition 12"}},
	}, showCueContent)
}

// TestContentFormsObjectSeries checks that the object of a cue verb
// runs on over the commas of a series of noun phrases that "and" or "or"
// closes (objectSeries): the series is what the verb takes. A comma
// before a clause, a participle, a relative, or a second phrase after
// ", and" that has a verb of its own ends the object as before.
func TestContentFormsObjectSeries(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"three names", "The campaign is backing Gov. Dara Moss, Sen. Jo Tan and Mayor Eli Ruiz.",
			[]string{"is backing | Gov. Dara Moss, Sen. Jo Tan and Mayor Eli Ruiz"}},
		{"a serial comma", "The council criticized the levy, the new tolls, and the fees on fishing boats.",
			[]string{"criticized | the levy, the new tolls, and the fees on fishing boats"}},
		{"or closes it", "Okafor cited the drought, the war or the floods as reasons for the shortfall.",
			[]string{"cited | the drought, the war or the floods as reasons for the shortfall"}},
		{"years", "The senator opposed the 2012, 2014 and 2016 budgets.",
			[]string{"opposed | the 2012, 2014 and 2016 budgets"}},
		// Near misses: the comma ends the object.
		{"a clause after and", "The union denounced the closure, and the company defended it.",
			[]string{"denounced | the closure", "defended | it"}},
		{"a source after the series", "The council criticized the levy, the mayor and his aides said.",
			[]string{"criticized | the levy", "said | The council criticized the levy"}},
		{"a participle", "The envoy condemned the raids, citing the deaths of civilians and the loss of homes.",
			[]string{"condemned | the raids", "citing | the deaths of civilians and the loss of homes"}},
		{"a relative", "The board thanked its auditors, who found no fraud and praised the staff.",
			[]string{"thanked | its auditors", "praised | the staff"}},
	}, showCueContent)
}

// TestContentFormsButThat checks that ", but" goes on with the content
// where it opens a second clause of the cue's ("…, but that it needed
// money"), the second half of "not …, but …" or "…, but also …"
// (contrastGoesOn). "But that" before a verb is a pronoun's clause, and
// ", but" before a clause or a verb of the subject's is the writer's.
func TestContentFormsButThat(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"but that after said", "The minister said the harbour plan was sound, but that it needed more money from the state.",
			[]string{"said | the harbour plan was sound, but that it needed more money from the state"}},
		{"but that after told", "Ruiz told reporters the strike would go ahead, but that talks could resume on Monday.",
			[]string{"told | the strike would go ahead, but that talks could resume on Monday"}},
		{"not and but", "The governor is promising not a tax cut, but a rebate for every household.",
			[]string{"is promising | not a tax cut, but a rebate for every household"}},
		{"but also that", "The board argued that the merger was legal, but also that it would save jobs.",
			[]string{"argued | that the merger was legal, but also that it would save jobs"}},
		// Near misses: the writer's clause, or the subject's next verb.
		{"that as a pronoun", "The mayor said the bridge was safe, but that could change after the storm.",
			[]string{"said | the bridge was safe"}},
		{"a clause after but", "The union said the offer was fair, but it would still hold the vote.",
			[]string{"said | the offer was fair"}},
		{"but also and a verb", "The firm denied the charges, but also dismissed its auditor.",
			[]string{"denied | the charges", "also dismissed | its auditor"}},
	}, showCueContent)
}

// TestContentFormsContrastAside checks that a contrast word that opens
// an aside between the content's subject and its verb ("that the junta,
// even as it talked of peace, had moved …") does not end the content
// (contrastAside): a comma closes the aside before a finite verb. A
// contrast after the content's verb, or an aside that leads to a new
// subject, ends it as before.
func TestContentFormsContrastAside(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"even as", "The envoy warned that the junta, even as it talked of peace, had moved troops to the border.",
			[]string{"warned | that the junta, even as it talked of peace, had moved troops to the border", "talked | of peace"}},
		{"however and an adjective", "The minister insisted that the merger, however costly, was worth the risk.",
			[]string{"insisted | that the merger, however costly, was worth the risk"}},
		{"while and an adjective", "Ruiz also says the audit, while painful, was handled properly.",
			[]string{"also says | the audit, while painful, was handled properly"}},
		// Near misses: the contrast follows the content's verb.
		{"even as after the verb", "The envoy said the junta had moved troops, even as it talked of peace.",
			[]string{"said | the junta had moved troops", "talked | of peace"}},
		{"however before a new subject", "The envoy said the junta had moved troops, however, the ministry denied it.",
			[]string{"said | the junta had moved troops", "denied | it"}},
	}, showCueContent)
}
