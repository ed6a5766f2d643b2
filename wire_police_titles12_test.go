package wirestory

import "testing"

// The tests of this file check how South Asian, Malaysian and Nigerian
// copy introduces a police officer or a ruler: a police title with its
// posting after "of Police", a hyphenated title, a force named before
// the officer's title, a rank's abbreviation before a name, and the
// role nouns wires use for a traditional ruler.

// TestWireRulerRoles checks the role nouns for a traditional ruler
// ("the royal father", "the traditional ruler", "the paramount
// ruler"), which stand for the ruler named before as "the monarch"
// does, including a role of two words whose head ("father") is no role
// alone.
func TestWireRulerRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"royal father after a council's chairman", "Also speaking, the Chairman of the Niger Council of Traditional Rulers, Alhaji Umar Faruk Bida, urged the guards to respect customs. “Our institutions will support the guards,” the royal father said.",
			[]string{"Umar Faruk Bida"}},
		{"traditional ruler after a council's chairman", "Also speaking, the Chairman of the Niger Council of Traditional Rulers, Alhaji Umar Faruk Bida, urged the guards to respect customs. “Our institutions will support the guards,” the traditional ruler said.",
			[]string{"Umar Faruk Bida"}},
		{"royal father after an emir", "The Emir of Kontagora, Alhaji Saidu Namaska, received the governor in his palace. “We welcome the guards,” the royal father said.",
			[]string{"Saidu Namaska"}},
		{"oba, then the monarch and the traditional ruler", "The Oba of Ikere, Oba Adebola Akinlade, received the governor. “We welcome the guards,” the monarch said. “They are our sons,” the traditional ruler added.",
			[]string{"Adebola Akinlade", "Adebola Akinlade"}},
		{"paramount ruler", "Oba Adebola Akinlade, the Ogoga of Ikere, received the governor. “We welcome the guards,” the paramount ruler said.",
			[]string{"Adebola Akinlade"}},
		{"the ruler of an emirate", "Sheikh Mohammed bin Rashid, the ruler of Dubai, opened the fair. “It is a jewel,” the ruler said.",
			[]string{"Mohammed bin Rashid"}},
		// Near misses: plural rulers and a ruler's aide stand for nobody.
		{"plural", "Governor Ibrahim Musa Kontagora met the chiefs. “We welcome the guards,” the traditional rulers said.",
			[]string{""}},
		{"the royal father's aide", "The Emir of Kontagora, Alhaji Saidu Namaska, received the governor. “We will pay them,” the royal father's aide said.",
			[]string{""}},
	})
}

// TestWirePoliceRankAbbreviations checks a police rank's abbreviation
// before a name, as Nigerian and South Asian copy writes it ("SP",
// "CSP", "CP", "IG"): a title, left out of the name, that "the
// CP" later stands for. Two capitals before one word are a name's
// initials ("CP Radhakrishnan").
func TestWirePoliceRankAbbreviations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"SP in apposition", "Meanwhile, the Police Public Relations Officer (PPRO) in the state, SP Wasiu Abiodun Adeyemi, said in a statement that 14 passengers were rescued. “The victims were rescued unhurt,” he said.",
			[]string{"Wasiu Abiodun Adeyemi"}},
		{"CP, then the CP", "The state Commissioner of Police, CP Bala Elkana, said the suspects were arrested. “They will be charged,” the CP said.",
			[]string{"Bala Elkana"}},
		{"DSP, then the DSP", "“The suspects will be charged,” DSP Abimbola Oyeyemi said. “They confessed,” the DSP added.",
			[]string{"Abimbola Oyeyemi", "Abimbola Oyeyemi"}},
		{"ADCP", "“The suspects will be charged,” ADCP Ravi Kumar Sharma said.",
			[]string{"Ravi Kumar Sharma"}},
		{"CSP, a name of three words", "“The suspects will be charged,” CSP Aminu Ibrahim Gusau told reporters.",
			[]string{"Aminu Ibrahim Gusau"}},
		{"IG", "“The suspects will be charged,” IG Vijay Kumar Raina said.",
			[]string{"Vijay Kumar Raina"}},
		// Near misses: initials that read as a rank, before one word, and
		// a posting after a rank in brackets.
		{"initials after a title", "“The roads will be ready,” Vice President CP Radhakrishnan said.",
			[]string{"CP Radhakrishnan"}},
		{"initials", "“The roads will be ready,” SP Velumani said.",
			[]string{"SP Velumani"}},
		{"initials, told", "“The roads will be ready,” CP Joshi told reporters.",
			[]string{"CP Joshi"}},
		{"posting after a bracketed rank", "Senior Superintendent of Police (SSP) Malir Ayesha Farooq Chaudhry said the gang was caught. “They planned it,” Chaudhry said.",
			[]string{"Ayesha Farooq Chaudhry"}},
	})
}

// TestWirePoliceTitleWithPosting checks a police title whose posting
// follows its force ("Commissioner of Police Amritsar, X,", "Deputy
// Commissioner of Police (Shahdara) X", "Senior Superintendent of
// Police (SSP) Ludhiana Rural X"): the posting is no name, the title
// names the officer after the bracket or the comma, and "the
// Commissioner", "the DGP" and the pronoun after are the officer, even
// where the force was named before ("The Punjab Police on Friday …").
func TestWirePoliceTitleWithPosting(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"posting and a comma", "Commissioner of Police Amritsar, Gurpreet Kaur Sandhu, said the accused had been under watch. “We caught them,” the Commissioner told ANI. “More will follow,” she added.",
			[]string{"Gurpreet Kaur Sandhu", "Gurpreet Kaur Sandhu"}},
		{"posting and a comma, the force named before", "The Punjab Police seized heroin in Amritsar. Commissioner of Police Amritsar, Gurpreet Kaur Sandhu, said the accused had been under watch. “We caught them,” the Commissioner told ANI. “More will follow,” she added.",
			[]string{"Gurpreet Kaur Sandhu", "Gurpreet Kaur Sandhu"}},
		{"superintendent, posting and a comma", "Superintendent of Police Kathua, Rakesh Mehta, said the accused fled. “We will catch them,” he said.",
			[]string{"Rakesh Mehta"}},
		{"posting and no comma", "Superintendent of Police Kathua Rakesh Mehta said the accused fled. “We will catch them,” he said.",
			[]string{"Rakesh Mehta"}},
		{"abbreviation and a posting of two words", "Senior Superintendent of Police (SSP) Ludhiana Rural Navneet Bains said the gang was busted. “We caught them,” she said.",
			[]string{"Navneet Bains"}},
		{"posting in brackets, the force named before", "Meanwhile, the Delhi Police said in a statement that the owner was arrested. Deputy Commissioner of Police (Shahdara) Neha Vashisht said the police had written to the corporation. “We will examine the role,” she told PTI. She added, “Statements have been recorded.”",
			[]string{"Neha Vashisht", "Neha Vashisht"}},
		{"abbreviation, posting, the force named before", "The Punjab Police on Friday seized 12 kg heroin, officials said. Director General of Police (DGP) Punjab Harpreet Singh Randhawa said in a post on X that the module was busted. “It is a breakthrough,” the DGP posted.",
			[]string{"Harpreet Singh Randhawa"}},
		{"abbreviation, posting and a comma", "Senior Superintendent of Police (SSP) Baramulla, Imran Ali Lone, said the gang was caught. “They planned it,” the SSP said.",
			[]string{"Imran Ali Lone"}},
		{"posting in brackets, inverted", "“We will catch them,” said Superintendent of Police (Rural) Anita Rawat.",
			[]string{"Anita Rawat"}},
		{"posting and a comma, inverted", "“We will catch them,” said Commissioner of Police Amritsar, Gurpreet Kaur Sandhu.",
			[]string{"Gurpreet Kaur Sandhu"}},
		{"a portfolio in brackets", "Additional Director General of Police (Law and Order) Arpit Shukla said the gang was caught. “We will catch them,” Shukla said.",
			[]string{"Arpit Shukla"}},
		{"the district before the abbreviation", "“We will catch them,” Kathua SP Rakesh Mehta said.",
			[]string{"Rakesh Mehta"}},
		{"prisons", "The jail riot was put down by noon. Inspector General of Prisons (IG) Punjab Roop Kumar Arora said two inmates were hurt. “The jail is calm,” the IG said.",
			[]string{"Roop Kumar Arora"}},
		// Near misses: no posting, a title without "of Police", a
		// posting that reads as a surname, a minister's portfolio.
		{"no posting", "Commissioner of Police John Smith said the accused had been under watch. “We caught them,” the Commissioner told ANI.",
			[]string{"John Smith"}},
		{"no posting, unlisted given name", "Commissioner of Police Gurpreet Sandhu said the accused had been under watch. “We caught them,” she said.",
			[]string{"Gurpreet Sandhu"}},
		{"surname after a rank", "Superintendent Smith said the accused had been under watch. “We caught them,” he said.",
			[]string{"Smith"}},
		{"posting like a surname", "Commissioner of Police Kumar, Neha Vashisht, said the accused fled. “We will catch them,” she said.",
			[]string{"Neha Vashisht"}},
		{"a name, then an appositive with a possessive", "Commissioner of Police John Smith, Amritsar's top officer, said the accused fled. “We will catch them,” he said.",
			[]string{"John Smith"}},
		{"a surname, then an appositive with a possessive", "Commissioner of Police Smith, Amritsar's top officer, said the accused fled. “We will catch them,” he said.",
			[]string{"Smith"}},
		{"a list of officers", "Commissioner of Police Rakesh Mehta, Punjab Police chief Gaurav Yadav and others met on Friday. “We will catch them,” Mehta said.",
			[]string{"Rakesh Mehta"}},
		{"abbreviation, a surname, then an appositive", "Director General of Police (DGP) Yadav, Punjab's top officer, said the accused fled. “We will catch them,” the DGP said.",
			[]string{"Yadav"}},
		{"a minister of one part", "Minister of Finance Ali Khan, the party's leader, said the budget was ready. “We are done,” he said.",
			[]string{"Ali Khan"}},
		{"the body speaks", "The Delhi Police said in a statement that the owner was arrested. “He fled to Ghaziabad,” the police said.",
			[]string{"Delhi Police"}},
	})
}

// TestWireForceNamedBeforeTitle checks a police force named as the
// subject of the lead ("The Punjab Police on Friday seized …") before
// an officer titled "of Police": the title is the officer's, so "the
// DGP" and "the IG" after are the officer, not the force or no one.
func TestWireForceNamedBeforeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"abbreviation and posting", "The Punjab Police on Friday seized 12 kg heroin, officials said. Director General of Police (DGP) Punjab Harpreet Singh Randhawa said in a post on X that the module was busted. “It is a breakthrough,” the DGP posted.",
			[]string{"Harpreet Singh Randhawa"}},
		{"abbreviation, no posting", "The Punjab Police on Friday seized 12 kg heroin, officials said. Director General of Police (DGP) Gaurav Yadav said the module was busted. “It is a breakthrough,” the DGP said.",
			[]string{"Gaurav Yadav"}},
		{"no abbreviation", "The Punjab Police on Friday seized 12 kg heroin, officials said. Director General of Police Gaurav Yadav said the module was busted. “It is a breakthrough,” the DGP said.",
			[]string{"Gaurav Yadav"}},
		{"a range in brackets", "The Punjab Police on Friday seized 12 kg heroin. Inspector General of Police (Border Range) Satinder Singh said the drones were seized. “We will trace the handlers,” the IG said.",
			[]string{"Satinder Singh"}},
		{"a pronoun after the posting", "The Delhi Police said in a statement that the owner was arrested. Deputy Commissioner of Police (Shahdara) Neha Vashisht said the police had written to the corporation. “We will examine the role,” she told PTI.",
			[]string{"Neha Vashisht"}},
		// Near miss: the force itself speaks after its officer.
		{"the force speaks", "Director General of Police (DGP) Gaurav Yadav visited the border. “The module is busted,” the Punjab Police said in a statement.",
			[]string{"Punjab Police"}},
	})
}

// TestWireHyphenatedPoliceTitle checks "Inspector-General of Police"
// before a Malaysian name with its honours: the title is no name, the
// name's given names ("Mohd Azlan") and "the IGP" are the officer.
func TestWireHyphenatedPoliceTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"given names and the IGP", "Inspector-General of Police Tan Sri Mohd Azlan Hashim said the unit would be set up. “We need officers,” he told reporters. Mohd Azlan said accounts were frozen. “The first hour is the golden hour,” the IGP said.",
			[]string{"Mohd Azlan Hashim", "Mohd Azlan Hashim"}},
		{"deputy, Datuk Seri", "Deputy Inspector-General of Police Datuk Seri Ayob Khan Mydin Pitchay said the syndicate was crippled. “We froze 46 accounts,” he said. “We will go after the mules,” the deputy IGP added.",
			[]string{"Ayob Khan Mydin Pitchay", "Ayob Khan Mydin Pitchay"}},
		{"in apposition", "The Inspector-General of Police, Kayode Egbetokun, said the officers would be promoted. “They earned it,” the IGP said.",
			[]string{"Kayode Egbetokun"}},
		{"inverted", "“We need officers who can move fast,” Inspector-General of Police Tan Sri Razarudin Husain told reporters.",
			[]string{"Razarudin Husain"}},
		{"director-general of a ministry", "Director-General of Health Datuk Dr Noor Hisham Abdullah said cases fell. “We are cautious,” Noor Hisham said.",
			[]string{"Noor Hisham Abdullah"}},
		// Near misses: an inspector general in American copy, and the
		// inspector general's office.
		{"an American inspector general", "Justice Department Inspector General Michael Horowitz said the report was done. “We found errors,” the inspector general said.",
			[]string{"Michael Horowitz"}},
		{"the office", "The inspector general's office said the report was done. “We found errors,” the office said.",
			[]string{""}},
	})
}
