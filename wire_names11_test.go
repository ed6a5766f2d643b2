package wirestory

import "testing"

// The tests of this file check names and titles of round 11's blind
// wire stories: honorifics inside a name, long titles, a title's body
// after "at" or "in", ranks and names in apposition.

// TestWireClericalRanks checks a Shia cleric's rank before a name
// ("Hojatoleslam", as "Ayatollah"): a title, left out of the name, and
// the person is "the cleric" after.
func TestWireClericalRanks(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"hojatoleslam", "Hojatoleslam Reza Mahdavi Kani said the talks were “useful.” “It went well,” the cleric said.",
			[]string{"Reza Mahdavi Kani", "Reza Mahdavi Kani"}},
		{"another spelling, inverted", "“It went well,” said Hojjatoleslam Ali Hosseini.",
			[]string{"Ali Hosseini"}},
		{"in apposition", "The head of the committee, Hojatoleslam Ali-Akbar Hosseini Zanjani, said the law was “useful.”",
			[]string{"Ali-Akbar Hosseini Zanjani"}},
		{"ayatollah", "Ayatollah Hassan Qomi said the talks were “useful.”",
			[]string{"Hassan Qomi"}},
		// Near miss: no title, the name as written.
		{"no title", "Reza Mahdavi Kani said the talks were “useful.”",
			[]string{"Reza Mahdavi Kani"}},
	})
}

// TestWireHonorificInsideName checks "Sheikh" or "Haji" inside a name,
// after the given name, as Somali and other names hold it: a word of the
// name, and the father's name after it refers to the person ("Sheikh
// Omar said"). Before the given name it is an honorific, left out.
func TestWireHonorificInsideName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a title's first name", "Somali Foreign Minister Abdirahman Sheikh Omar Ali said the port would “reopen soon.”",
			[]string{"Abdirahman Sheikh Omar Ali"}},
		{"after a given name", "“The port will reopen,” President Hassan Sheikh Mohamud told reporters.",
			[]string{"Hassan Sheikh Mohamud"}},
		{"haji", "Mohamed Haji Ibrahim said the port would “reopen soon.”",
			[]string{"Mohamed Haji Ibrahim"}},
		{"the father's name later", "Foreign Minister Abdirahman Sheikh Omar Ali met the envoy. For his part, Sheikh Omar said the port was “open.” “It is fine,” he said.",
			[]string{"Abdirahman Sheikh Omar Ali", "Abdirahman Sheikh Omar Ali"}},
		// Near misses: the honorific before the given name, after a
		// title or "the".
		{"after the title", "Prime Minister Sheikh Hasina Wazed said the port would “reopen soon.”",
			[]string{"Hasina Wazed"}},
		{"after the amir", "His Highness the Amir Sheikh Tamim bin Hamad Al Thani said the port would “reopen soon.”",
			[]string{"Tamim bin Hamad Al Thani"}},
		{"after a demonym and title", "Kuwaiti Foreign Minister Sheikh Salem Abdullah Al-Sabah said the port would “reopen soon.”",
			[]string{"Salem Abdullah Al-Sabah"}},
		{"malay honours", "Datuk Seri Haji Mohd Ali Rustam said the port would “reopen soon.”",
			[]string{"Mohd Ali Rustam"}},
	})
}

// TestWireLongTitleBeforeName checks a name after a title of two long
// parts and a courtesy title: the whole run is read, so the name is not
// cut at its particle ("bin"), and "Dr. Al Marri" and "the
// spokesperson" after are the same man.
func TestWireLongTitleBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two parts and Dr.", "Adviser to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr. Nayef bin Saleh Al Marri said talks would “resume soon.” Dr. Al Marri said more. “We are ready,” the spokesperson added.",
			[]string{"Nayef bin Saleh Al Marri", "Nayef bin Saleh Al Marri"}},
		{"HE and two parts", "HE Minister of State for Foreign Affairs and Acting Director of the Department of International Cooperation Dr. Khalid bin Mohammed Al Suwaidi said talks would “resume soon.”",
			[]string{"Khalid bin Mohammed Al Suwaidi"}},
		{"one part", "Official Spokesperson for the Ministry of Foreign Affairs Dr. Nayef bin Saleh Al Marri said talks would “resume soon.” “We are ready,” the spokesperson added.",
			[]string{"Nayef bin Saleh Al Marri", "Nayef bin Saleh Al Marri"}},
		// Near miss: two people named in one sentence stay two.
		{"two people", "Minister of Foreign Affairs Dr. Nayef bin Saleh Al Marri met Minister of State for Trade and Industry Dr. Ahmed bin Ali Al Sayed. “We agreed,” Al Sayed said.",
			[]string{"Ahmed bin Ali Al Sayed"}},
	})
}

// TestWirePartyAcronymBeforeTitle checks a party with its acronym in
// brackets before a capitalised title and the name: the name after the
// title is the person, as after a lower-case role.
func TestWirePartyAcronymBeforeTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"MP", "Opposition Democratic Party (PD) MP Giuseppe Scarano wrote on X that the plan was “a disaster.”",
			[]string{"Giuseppe Scarano"}},
		{"senator, inverted", "“The plan is a disaster,” Democratic Party (PD) Senator Giulia Ferri said.",
			[]string{"Giulia Ferri"}},
		{"title of two words", "League (Lega) Deputy Secretary Marco Rinaldi said the plan was “a disaster.”",
			[]string{"Marco Rinaldi"}},
		{"general secretary", "Freedom Party (FPOe) General Secretary Michael Hafner said the plan was “a disaster.”",
			[]string{"Michael Hafner"}},
		// Near misses: a lower-case role, and a name right after the
		// bracket.
		{"lower-case role", "Opposition Democratic Party (PD) lawmaker Giuseppe Scarano said the plan was “a disaster.”",
			[]string{"Giuseppe Scarano"}},
		{"name after the bracket", "Chairman of the Coastal Fisheries Association (Cofa) Sutrisno said the plan was “a disaster.”",
			[]string{"Sutrisno"}},
	})
}

// TestWireRankInAppositionAfterBody checks a role that ends in a body
// whose name holds a rank's word ("General Staff"), with a rank and a
// name in apposition after it: the body is no person, and the name,
// initial and all, is the speaker.
func TestWireRankInAppositionAfterBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"general staff, initial", "The head of the National Civil Defense General Staff, Brigadier General Raúl E. Cardoso Milián, told the press the storm was “very strong.” “It hit hard,” the military officer explained.",
			[]string{"Raúl E. Cardoso Milián", "Raúl E. Cardoso Milián"}},
		{"army general staff", "The chief of the Army General Staff, General Pedro Ruiz Vela, said the storm was “very strong.”",
			[]string{"Pedro Ruiz Vela"}},
		{"initial, no rank", "The head of the civil defense, Raúl E. Cardoso Milián, said the storm was “very strong.”",
			[]string{"Raúl E. Cardoso Milián"}},
		{"the body speaks", "The Ukrainian General Staff said the attack was “repelled.”",
			[]string{"Ukrainian General Staff"}},
		// Near misses: a rank before a name, and a title of the body
		// before a rank and a name.
		{"a general named", "General Ivan Staff said the attack was “repelled.”",
			[]string{"Ivan Staff"}},
		{"chief of the general staff", "Chief of the General Staff General Valery Orlov said the attack was “repelled.”",
			[]string{"Valery Orlov"}},
	})
}

// TestWireTitleAtBody checks a title whose body follows "at the" or "in
// the" before the name: "Director General at the Energy Ministry X",
// "Leader of the Opposition in the Assembly R. X": the body is the
// title's, and the name starts after it.
func TestWireTitleAtBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"at the ministry", "Mineral and Coal Director General at the Energy and Mineral Resources Ministry Bambang Suryo Wicaksono said the mine was “illegal.”",
			[]string{"Bambang Suryo Wicaksono"}},
		{"in the assembly, initial", "Leader of the Opposition in the Assembly R. Ashwath Narayan Hegde said it was “the total collapse of governance.”",
			[]string{"R. Ashwath Narayan Hegde"}},
		{"state secretary at", "HE State Secretary at the Norwegian Ministry of Foreign Affairs Ingrid Solheim Berge said the talks were “useful.”",
			[]string{"Ingrid Solheim Berge"}},
		{"economist at a bank", "Chief Economist at the Asian Development Bank Albert Park said growth was “resilient.”",
			[]string{"Albert Park"}},
		{"inverted", "“Growth is resilient,” Director at the Finance Ministry Lukas Weber said.",
			[]string{"Lukas Weber"}},
		// Near misses: a speaker in the assembly, and a title named
		// alone.
		{"a name in the assembly", "Khan in the Assembly said it was “the total collapse of governance.”",
			[]string{"Khan"}},
		{"the title alone", "The Minister in the Assembly said the plan was “useful.”",
			[]string{""}},
	})
}

// TestWireRoleThenNameInApposition checks a role first with the name in
// apposition, followed by the firm ("Jeroen Blom at ING"), or by a
// second verb of the subject ("…, Hamid Nasser Obeid, met … and said"):
// the name is the speaker's.
func TestWireRoleThenNameInApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"name at a firm", "Another analyst, Jeroen Blom at ING, said the business was “the bigger worry.”",
			[]string{"Jeroen Blom"}},
		{"name of a firm", "A second economist, Maria Costa of Nomura, said growth was “fragile.”",
			[]string{"Maria Costa"}},
		{"a second verb", "The head of the parliament's energy committee, Hamid Nasser Obeid, met the delegation and said the law would pass “within weeks.”",
			[]string{"Hamid Nasser Obeid"}},
		{"a title in apposition, a second verb", "The head of Parliament's National Security Committee, Hojatoleslam Ali Hosseini, met with the envoy and said the parliament would support “any agreement.”",
			[]string{"Ali Hosseini"}},
		{"a possessive role, a second verb", "The committee's chairman, Hamid Nasser Obeid, met the delegation and said the law would pass “within weeks.”",
			[]string{"Hamid Nasser Obeid"}},
		// Near misses: the name alone, and a firm in lower case.
		{"name alone", "One trader, Jeroen Blom, said the business was “the bigger worry.”",
			[]string{"Jeroen Blom"}},
		{"a body in apposition", "The ministry, Iraq's largest employer, met the union and said the law would pass “within weeks.”",
			[]string{""}},
	})
}

// TestRoleOfOneNamedInApposition checks a role opened by a determiner of
// one (an article, "one", "another", a possessive) and named between
// commas after it: the role is the name's. A determiner of several or of
// a time names no one of them.
func TestRoleOfOneNamedInApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"possessive, age after", "Her brother, Omar, 27, worried that the water had “come in fast.”",
			[]string{"Omar"}},
		{"one, a title before the name", "One early backer, Senator Dana Whitfield, gave the line a try on Sunday: “It is a good plan.”",
			[]string{"Dana Whitfield"}},
		{"his", "His deputy, Lena Ortiz, 44, argued that the audit was “overdue.”",
			[]string{"Lena Ortiz"}},
		{"their", "Their spokesman, Karim Haddad, 51, insisted the talks were “on track.”",
			[]string{"Karim Haddad"}},
		{"the", "The head of the committee, Hamid Obeid, said the law was “useful.”",
			[]string{"Hamid Obeid"}},
		// Near misses: several, one name among them.
		{"some", "Some analysts, Priya Raman among them, argued that the bank was “well placed.”",
			[]string{""}},
		{"two", "Two senators, Ann Ruiz and Bo Li, said the bill was “dead.”",
			[]string{""}},
	})
}
