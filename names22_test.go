package wirestory

import "testing"

// The tests of this file check names, titles and reference of round
// 22's blind wire stories.

// TestWireHyphenGeneralTitle checks an office written with "-General"
// after it ("Comptroller-General", "Attorney-General", "Auditor-General",
// "Governor-General") before a name, in an appositive or not: the
// office is the title, not the name's first word. A hyphenated surname,
// a name with no title and the spaced form stay as they were.
func TestWireHyphenGeneralTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"comptroller-general in an appositive, quoted by", "The head of the customs service, Comptroller-General Musa Danjuma Bello, was quoted by the Daily Trust as saying the border would “stay shut until further notice.”",
			[]string{"Musa Danjuma Bello"}},
		{"attorney-general, told", "“The charges stand,” Attorney-General Kemi Adeyemi told reporters.",
			[]string{"Kemi Adeyemi"}},
		{"auditor-general, inverted", "“The accounts were not kept,” said Auditor-General Joseph Mwangi Kariuki.",
			[]string{"Joseph Mwangi Kariuki"}},
		{"governor-general, he after", "Governor-General Sir Peter Hallam said the vote was “a fair one.” “I have no doubt,” he said.",
			[]string{"Peter Hallam", "Peter Hallam"}},
		// Near misses: a hyphenated surname, a name alone, and the
		// spaced form.
		{"hyphenated surname", "“We will appeal,” said Ifeoma Okonkwo-Bello.",
			[]string{"Ifeoma Okonkwo-Bello"}},
		{"no title", "“The port is open,” Bashir Lawal told AFP.",
			[]string{"Bashir Lawal"}},
		{"spaced form", "“The checks go on,” said Inspector General Usman Baba Alkali.",
			[]string{"Usman Baba Alkali"}},
	})
}

// TestWireOutletNameWithDomain checks an outlet's name written as its
// web address, a period and no space inside a capitalised word ("The
// Sakhalin.Info news portal", "Lenta.ru", "Fontanka.ru"): the period is
// the name's, not a sentence's end. A missing space after a sentence's
// period before an English word, an abbreviation and a decimal stay as
// they were.
func TestWireOutletNameWithDomain(t *testing.T) {
	tests := []attrCase{
		{"capitalised suffix, news portal", "The ferry will sail on Monday, the Sakhalin.Info news portal reported, citing port officials.",
			[]string{"the Sakhalin.Info news portal | reported >> port officials | citing"}},
		{"lower-case suffix, subject", "The Fontanka.ru news website reported, citing city officials, that the bridge was shut.",
			[]string{"The Fontanka.ru news website | reported >> city officials | citing"}},
		{"bare site name", "The talks had stalled, Gazeta.ru reported, citing sources in the ministry.",
			[]string{"Gazeta.ru | reported >> sources in the ministry | citing"}},
		{"central Asian site", "The border will reopen next week, the Kun.uz website reported, citing customs officers.",
			[]string{"the Kun.uz website | reported >> customs officers | citing"}},
		// Near misses: a missing space before an English word, and an
		// abbreviation's periods.
		{"missing space before a sentence", "The bridge was shut in Kyiv.In the morning, the paper reported, citing police.",
			[]string{"the paper | reported >> police | citing"}},
		{"abbreviation", "The talks stalled, the U.S. daily reported, citing diplomats.",
			[]string{"the U.S. daily | reported >> diplomats | citing"}},
	}
	runAttrCases(t, tests, showChain)
}

// TestWireStyleOfAddressAsReference checks a style of address used
// alone as a reference ("His Royal Highness said", "His Excellency
// added") after the story introduced a person with it: it is that
// person, not a body named after a king or a prince that was read
// since ("the King Abdulaziz City for Science and Technology", "the
// Prince Sultan Military City"). A style with no person introduced by
// it, and a plain "he", stay as they were.
func TestWireStyleOfAddressAsReference(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"royal highness, a city named after a king", "His Royal Highness Prince Faisal bin Turki bin Saud, Deputy Minister of Environment, today opened the seed bank at the King Abdulaziz City for Science and Technology in Riyadh.\n\n“This bank is a living archive,” His Royal Highness said.",
			[]string{"Faisal bin Turki bin Saud"}},
		{"highness, an economic city", "His Highness Sheikh Saud bin Rashid Al Mualla toured the King Abdullah Economic City on Sunday.\n\n“Knowledge is our future,” His Highness said.",
			[]string{"Saud bin Rashid Al Mualla"}},
		{"excellency, a military city", "His Excellency Mohammed bin Nasser Al-Jasser, Minister of Health, visited the Prince Sultan Military City in Riyadh on Monday.\n\n“The care here is excellent,” His Excellency added.",
			[]string{"Mohammed bin Nasser Al-Jasser"}},
		{"her excellency", "Her Excellency Noura bint Mohammed Al Kaabi opened the Sheikh Zayed Medical City wing on Tuesday.\n\n“We owe this to our people,” Her Excellency said.",
			[]string{"Noura bint Mohammed Al Kaabi"}},
		// Near misses: a style alone with no person introduced by it
		// goes to the last person named, as before; a plain "he".
		{"style alone, no one introduced by it", "Minister Ahmed Al-Khateeb opened the fair on Monday.\n\n“Tourism is growing,” His Excellency said.",
			[]string{"Ahmed Al-Khateeb"}},
		{"he after the name", "His Royal Highness Prince Turki bin Faisal opened the forum.\n\n“We are ready,” he said.",
			[]string{"Turki bin Faisal"}},
	})
}

// TestWireRoleNounGenderAfterInvertedLead checks a lead that ends in
// an inverted "said" with a lower-case role noun that reads as a man's
// ("chairman", "spokesman") and a name whose given name tells no gender
// ("Datuk Dr Hafizah Abdul Rahim"): wires write those nouns for women
// too, so "she" in the next paragraphs is that person, not a place the
// lead named. A given name that tells the gender, and a man's courtesy
// title, still bar the other gender.
func TestWireRoleNounGenderAfterInvertedLead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chairman, datuk dr, she two paragraphs on", "The Selangor government will replant mangroves in Kuala Selangor by 2028 to curb erosion, said state Environment Committee chairman Datuk Dr Hafizah Abdul Rahim.\n\nShe said RM6.5 million had been allocated.\n\n“We do not want to only plant and leave,” she told reporters.",
			[]string{"Hafizah Abdul Rahim"}},
		{"spokesman, she", "The ferry service to Pulau Ketam will resume on Monday, said port authority spokesman Nurul Ain Zakaria.\n\n“The jetty has been repaired,” she said.",
			[]string{"Nurul Ain Zakaria"}},
		{"chairman, datin, she", "Flood relief centres in Kota Tinggi will stay open until Friday, said state welfare committee chairman Datin Rosmah Jaafar.\n\n“No one will be sent home early,” she told Bernama.",
			[]string{"Rosmah Jaafar"}},
		// Near misses: a man's courtesy title, and a man's given name,
		// before the role; "she" then is not him.
		{"chairman Mr, she is not him", "The bridge in Kuala Selangor will reopen, said committee chairman Mr Tan Boon Huat.\n\nMaria Lopez, a resident, was pleased. “It took too long,” she said.",
			[]string{"Maria Lopez"}},
		{"he after chairman", "The market in Klang will move, said council chairman Azlan Hashim.\n\n“The new site is bigger,” he said.",
			[]string{"Azlan Hashim"}},
	})
}

// TestWireQuoteThenQuotedByAsSayingTime checks a quotation first, then
// "X was quoted by Y as saying" with a time after "as saying" ("on
// Sunday", "yesterday", "late Monday"): the time ends the sentence, so
// X is the quotation's speaker. A time before "as saying", and a
// reported clause after it, stay as they were.
func TestWireQuoteThenQuotedByAsSayingTime(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"deputy minister, datuk seri, on Sunday", "“Coastal erosion is now a food security issue,” Natural Resources Deputy Minister Datuk Seri Azman Yusof was quoted by Berita Harian as saying on Sunday.",
			[]string{"Azman Yusof"}},
		{"yesterday", "“The dam is safe,” state water chief Ramlan Osman was quoted by The Star as saying yesterday.",
			[]string{"Ramlan Osman"}},
		{"late Monday", "“We will not raise fares this year,” Transport Minister Loke Hui Min was quoted by the Sin Chew Daily as saying late Monday.",
			[]string{"Loke Hui Min"}},
		{"earlier this week", "“The talks are over,” union leader Jaya Pillai was quoted by Utusan Malaysia as saying earlier this week.",
			[]string{"Jaya Pillai"}},
		// Near misses: a time before "as saying", and no time.
		{"time before as saying", "“The road is closed,” police chief Razak Ali was quoted by Harian Metro on Sunday as saying.",
			[]string{"Razak Ali"}},
		{"no time", "“The road is closed,” police chief Razak Ali was quoted by Harian Metro as saying.",
			[]string{"Razak Ali"}},
	})
}

// TestWireRoleBodyNameQuotedBy checks a role, then the body's short
// name and the holder's name, each set off by commas, before "was
// quoted by Y as saying": the level is the role (a name in apposition
// stays out of it, by the conventions), not the body's short name. A
// role with the name alone, and a body's name alone, stay as they were.
func TestWireRoleBodyNameQuotedBy(t *testing.T) {
	tests := []attrCase{
		{"association, acronym, name", "The president of the national association of cacao exporters, Anecacao, Inés Murillo de la Torre, was quoted by the newspaper El Universo as saying that exports could fall.",
			[]string{"the newspaper El Universo | quoted by >> The president of the national association of cacao exporters | as saying"}},
		{"union, acronym, name", "The head of the dockers' union, Sintraport, Julio Cárdenas, was quoted by Radio Caracol as saying the strike would go on.",
			[]string{"Radio Caracol | quoted by >> The head of the dockers' union | as saying"}},
		{"chamber, two-word name", "The director of the chamber of commerce, Fedecámaras Zulia, Ana Ríos, was quoted by the daily Panorama as saying prices had doubled.",
			[]string{"the daily Panorama | quoted by >> The director of the chamber of commerce | as saying"}},
		// Near misses: the name alone after the role, and a body's name
		// alone (read as an appositive name before, as now).
		{"role, name", "The head of the union, Arkady Zlobin, was quoted by Interfax as saying the strike would go on.",
			[]string{"Interfax | quoted by >> The head of the union | as saying"}},
		{"body alone", "The exporters' association, Anecacao, was quoted by El Universo as saying that exports could fall.",
			[]string{"El Universo | quoted by >> The exporters' association | as saying"}},
	}
	runAttrCases(t, tests, showChain)
}
