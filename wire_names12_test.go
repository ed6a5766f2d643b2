package wirestory

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The tests of this file check names and titles of round 12's blind
// wire stories: a calling opening a sentence before a name, an
// organisation between a title and a name, a posting after an Indian
// post, a Western given name before a Chinese one, capitals as the
// subject of a lead, and bodies whose names run over "and" and "of".

// TestWireCallingBeforeName checks a calling of science or medicine
// opening a sentence before a name ("Epidemiologist X warned"): a role,
// left out of the name, as "Economist X" is, and "the epidemiologist"
// after is the same person.
func TestWireCallingBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"epidemiologist", "Epidemiologist Julián Andrés Pacheco warned the outbreak would grow. “It will spread,” he said.",
			[]string{"Julián Andrés Pacheco"}},
		{"virologist, inverted", "“It will spread,” Virologist Dana Ferrer said.",
			[]string{"Dana Ferrer"}},
		{"cardiologist, lower case after an adjective", "Senior cardiologist Omar Haddad said the clinic was “full.” “We are tired,” he said.",
			[]string{"Omar Haddad", "Omar Haddad"}},
		{"geologist, the role later", "Geologist Mere Tawhiri said the slope was moving. Mayor Tom Grace disagreed. “It will slide,” the geologist said.",
			[]string{"Mere Tawhiri"}},
		{"historian in apposition", "“It has happened before,” said Lena Ortmann, a historian at Kessler University. Senator Paul Ames disagreed. “It was rare,” the historian said.",
			[]string{"Lena Ortmann", "Lena Ortmann"}},
		// Near misses: a listed role and a name without a calling.
		{"economist", "Economist Julián Andrés Pacheco warned prices would rise. “It will spread,” he said.",
			[]string{"Julián Andrés Pacheco"}},
		{"no calling", "Julián Andrés Pacheco warned the outbreak would grow. “It will spread,” he said.",
			[]string{"Julián Andrés Pacheco"}},
	})
}

// TestWireAllOpensBody checks a body whose name opens with "All" ("All
// Pakistan Textile Mills Association", "All India Radio") between a
// title and a name: the body is read over, the name after it is the
// title holder's, and "he" after is the holder, not a man named before.
func TestWireAllOpensBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"acronym, he after", "Minister Arsalan Khan Jadoon opened the fair.\n\nChairman All Pakistan Textile Mills Association (APTMA) Kamran Arshad Chaudhry, speaking on the occasion, urged the government to cut tariffs.\n\n“We are losing orders,” he said.",
			[]string{"Kamran Arshad Chaudhry"}},
		{"no acronym", "Chairman All Pakistan Textile Mills Association Kamran Arshad Chaudhry said tariffs were “too high.”",
			[]string{"Kamran Arshad Chaudhry"}},
		{"radio, two-word title", "“We will reach every village,” said Director General All India Radio Rajiv Menon.",
			[]string{"Rajiv Menon"}},
		{"of the body", "Director General of All India Radio Rajiv Menon said the network would “reach every village.”",
			[]string{"Rajiv Menon"}},
		{"of the, acronym", "President of the All Nigeria Traders Association (ANTA) Emeka Obi said prices were “too high.” “We are tired,” he said.",
			[]string{"Emeka Obi", "Emeka Obi"}},
		// Near misses: the body before the title, and no "All".
		{"body before the title", "APTMA Chairman Kamran Arshad Chaudhry said tariffs were “too high.”",
			[]string{"Kamran Arshad Chaudhry"}},
		{"all progressives before the title", "All Progressives Congress National Chairman Abdullahi Umar Ganduje said the vote was “free.”",
			[]string{"Abdullahi Umar Ganduje"}},
		{"no all", "Minister Arsalan Khan Jadoon opened the fair.\n\nChairman Pakistan Textile Mills Association (APTMA) Kamran Arshad Chaudhry, speaking on the occasion, urged the government to cut tariffs.\n\n“We are losing orders,” he said.",
			[]string{"Kamran Arshad Chaudhry"}},
		{"all after a name", "“We are glad,” said Minister Arsalan Khan Jadoon. All Pakistan mills will reopen, the minister said. “It is done,” he said.",
			[]string{"Arsalan Khan Jadoon", "Arsalan Khan Jadoon"}},
	})
}

// TestWireDistrictAfterPost checks a district written after a South
// Asian district post and before the holder's name ("Deputy
// Commissioner Kishtwar X", "SSP Anantnag X"): a known place there is
// the posting, not the name's first word.
func TestWireDistrictAfterPost(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"deputy commissioner, the post after", "Deputy Commissioner Kishtwar Rajesh Kumar Bhagat said the road was shut. “We are clearing it,” the Deputy Commissioner added.",
			[]string{"Rajesh Kumar Bhagat"}},
		{"SSP, unlisted given name", "SSP Anantnag Ashish Kumar Raina said the road was “shut for now.”",
			[]string{"Ashish Kumar Raina"}},
		{"inverted, hyphenated name", "“The road is shut,” said Deputy Commissioner Srinagar Bilal Mohi-Ud-Din Bhat.",
			[]string{"Bilal Mohi-Ud-Din Bhat"}},
		{"district magistrate, she after", "District Magistrate Ludhiana Surbhi Rani Malik said the road was shut. “We are clearing it,” she said.",
			[]string{"Surbhi Rani Malik"}},
		{"district collector, the role after", "District Collector Thrissur Arjun Pandian Kumar said the road was shut. “It is shut,” the collector said.",
			[]string{"Arjun Pandian Kumar"}},
		{"tehsildar", "Tehsildar Mandi Anil Kumar Thakur said the road was “shut for now.”",
			[]string{"Anil Kumar Thakur"}},
		// Near misses: the district before the post, no district, a
		// given name that is also a town's, and a place after a title
		// that takes none.
		{"district before the post", "Kishtwar Deputy Commissioner Rajesh Kumar Bhagat said the road was “shut for now.”",
			[]string{"Rajesh Kumar Bhagat"}},
		{"no district", "Deputy Commissioner Rajesh Kumar Bhagat said the road was “shut for now.”",
			[]string{"Rajesh Kumar Bhagat"}},
		{"a given name that is a town's", "Deputy Commissioner Asha Rani Verma said the road was “shut for now.”",
			[]string{"Asha Rani Verma"}},
		{"a place-like given name after a senator", "Senator Victoria Anne Lee said the road was “shut for now.”",
			[]string{"Victoria Anne Lee"}},
	})
}

// TestWireWesternNameBeforeChinese checks a Western given name before a
// Chinese name written family name first ("Datuk Eddie Tan Boon Keat"),
// as Malaysian and Singaporean copy gives it: the family name alone
// after ("said Tan") is the person.
func TestWireWesternNameBeforeChinese(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"datuk, said Tan", "Growers' association president Datuk Eddie Tan Boon Keat welcomed the target.\n\n“The prices have not kept pace,” said Tan.",
			[]string{"Eddie Tan Boon Keat"}},
		{"Lim said, another man between", "Kenneth Lim Tai Hock, the group's chief executive, said sales fell. Minister Ahmad Zaki disagreed. “We will recover,” Lim said.",
			[]string{"Kenneth Lim Tai Hock"}},
		{"a woman, Wong", "Singapore's Grace Wong Mei Ling, who chairs the council, spoke first. “We are ready,” Wong told reporters.",
			[]string{"Grace Wong Mei Ling"}},
		// Near misses: the name without a Western given name, a Spanish
		// name of four words, and a middle name before a last surname.
		{"no western name", "Association president Tan Boon Keat welcomed the target. “The prices have not kept pace,” said Tan.",
			[]string{"Tan Boon Keat"}},
		{"spanish four words", "Luz Marina Ocampo Quintero welcomed the target. “The prices have not kept pace,” said Ocampo.",
			[]string{"Luz Marina Ocampo Quintero"}},
		{"western middle names", "Mary Lee Ann Smith welcomed the target. “The prices have not kept pace,” said Smith.",
			[]string{"Mary Lee Ann Smith"}},
	})
}

// TestWireCapitalsInLead checks two capitals as the subject of a lead
// ("Moscow and Astana expect to sign …, X told TASS"): a capital is a
// place, never a person, so "the senior diplomat" after is X.
func TestWireCapitalsInLead(t *testing.T) {
	const tail = " expect to sign an accord next spring, Russian Deputy Foreign Minister Sergei Voronkov told TASS. “The text is agreed,” the senior diplomat said."
	var cases []speakerCase
	for _, pair := range []string{"Moscow and Astana", "Moscow and Minsk", "Moscow and Tashkent", "Moscow and Baku", "Moscow and Yerevan", "Moscow and Dushanbe", "Moscow and Bishkek", "Russia and Tbilisi"} {
		cases = append(cases, speakerCase{pair, pair + tail, []string{"Sergei Voronkov"}})
	}
	cases = append(cases,
		speakerCase{"a capital alone", "Astana expects to sign an accord next spring, Kazakh Deputy Foreign Minister Daniyar Kussainov told Kazinform. “The text is agreed,” the senior diplomat said.",
			[]string{"Daniyar Kussainov"}},
		speakerCase{"two words", "Beijing and Phnom Penh expect to sign an accord, Chinese Deputy Foreign Minister Sun Weidong told Xinhua. “The text is agreed,” the senior diplomat said.",
			[]string{"Sun Weidong"}},
		// Near misses: capitals listed before, and a person after a
		// place and "and".
		speakerCase{"moscow and beijing", "Moscow and Beijing" + tail, []string{"Sergei Voronkov"}},
		speakerCase{"a person after a place", "Moscow and Ivanova disagree, the Russian minister Pavel Orlov said. “The text is agreed,” Ivanova said.",
			[]string{"Ivanova"}},
	)
	runSpeakerCases(t, cases)
}

// TestWireBodyNameOverAnd checks a body's name that runs over "and" or
// "of" between its capitalised words: the source is named in full, not
// from the word after "and" or up to "of". Resolution names the source,
// so the rows parse the whole text.
func TestWireBodyNameOverAnd(t *testing.T) {
	for _, tt := range []attrCase{
		{"and, according to", "According to the Colonization and Wall Resistance Commission, occupation authorities demolished 412 structures.",
			[]string{"Colonization and Wall Resistance Commission"}},
		{"and, an agency", "Prices rose again, according to the Food and Agriculture Organization.",
			[]string{"Food and Agriculture Organization"}},
		{"and, a province's bureau", "The Yunnan Provincial Forestry and Grassland Bureau said it would add 40 sites.",
			[]string{"Yunnan Provincial Forestry and Grassland Bureau"}},
		{"of after academy", "The center stores 96,000 samples, according to figures released by the Chinese Academy of Sciences.",
			[]string{"Chinese Academy of Sciences"}},
		// Near misses: a body's "and" already read, a person before
		// "and", and capitals before "and" with no "the".
		{"ministry and", "According to the Ministry of Foreign Affairs and Expatriates, the talks failed.",
			[]string{"Ministry of Foreign Affairs and Expatriates"}},
		{"a title and a ministry", "President Vladimir Putin and Foreign Ministry spokeswoman Maria Zakharova said the talks failed.",
			[]string{"Maria Zakharova"}},
		{"bank of", "According to the Bank of England, prices rose.",
			[]string{"Bank of England"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Parse(tt.in).Attributions {
				got = append(got, a.Source.Name)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) source names mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestWireLowerBodyOverAnd checks a body named in lower case whose name
// runs over "and" ("the provincial forestry and grassland bureau"): the
// source phrase reads on to the head noun, not stopping at "and".
func TestWireLowerBodyOverAnd(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a statement from", "According to a statement from the Yunnan provincial forestry and grassland bureau, the province will add 40 sites.",
			[]string{"a statement from the Yunnan provincial forestry and grassland bureau"}},
		{"the bureau", "According to the provincial forestry and grassland bureau, the province will add 40 sites.",
			[]string{"the provincial forestry and grassland bureau"}},
		{"ecology and environment", "The county will close 12 mines, according to the municipal ecology and environment bureau.",
			[]string{"the municipal ecology and environment bureau"}},
		{"subject before a cue", "The provincial forestry and grassland bureau said the province will add 40 sites.",
			[]string{"The provincial forestry and grassland bureau"}},
		// Near misses: a role before "and", and two sources.
		{"a role before and", "According to the minister and local residents, the road was shut.",
			[]string{"the minister"}},
		{"two sources", "According to the agency and local media, the road was shut.",
			[]string{"the agency"}},
	}, func(a Attribution) (string, bool) { return a.Source.Text, true })
}

// TestShortFormsOfAFullName checks the short forms copy calls a person
// by after the full name: the head of a Gulf name cut at the father's
// name, its lineage left out, and the first and last words of a name
// with a patronymic or middle name. A different head, another given name
// or an initial dropped (a father and son may share the rest) is another
// person.
func TestShortFormsOfAFullName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"head of a lineage", "Minister of Commerce Sheikh Hamad bin Khalid bin Jassim Al Thani opened the forum. Sheikh Hamad bin Khalid said the talks were “fruitful.”",
			[]string{"Hamad bin Khalid bin Jassim Al Thani"}},
		{"head of a lineage, bint", "Sheikha Mariam bint Saif bin Mohammed Al Nahyan opened the fair. Mariam bint Saif said the fair was “a success.”",
			[]string{"Mariam bint Saif bin Mohammed Al Nahyan"}},
		{"patronymic left out", "Uzbek minister Jamshid Ergashev Tursunov arrived on Monday. Jamshid Tursunov said the talks were “fruitful.”",
			[]string{"Jamshid Ergashev Tursunov"}},
		{"middle name left out", "Analyst Sandi Haber Sweeney spoke first. Sandi Sweeney said the shares were “cheap.”",
			[]string{"Sandi Haber Sweeney"}},
		// Near misses.
		{"another head of the same lineage", "Sheikh Hamad bin Khalid bin Jassim Al Thani opened the forum. Hamad bin Jassim said the talks were “fruitful.”",
			[]string{"Hamad bin Jassim"}},
		{"another given name", "Mayor John Kelly Smith spoke first. Jane Smith said the talks were “fruitful.”",
			[]string{"Jane Smith"}},
		{"an initial left out", "Former president George W. Bush spoke first. George Bush said the talks were “fruitful.”",
			[]string{"George Bush"}},
	})
}
