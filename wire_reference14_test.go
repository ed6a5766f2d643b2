package wirestory

import "testing"

// TestWireDoctorTitle checks "the doctor" (or "the physician") after a
// person named with "Dr." or introduced as a doctor: the quotation is
// that person's. "Dr." and "Prof." are courtesy titles held besides an
// office: "Health Minister Dr. X" stays "the minister" too, and "the
// doctor" is no one introduced with another role only.
func TestWireDoctorTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Dr. and an apposition, warned", "Dr. Lina Shtayyeh, head of the maternity department at Rafidia Hospital, said supplies were short. “We are running out of everything,” the doctor warned.",
			[]string{"Lina Shtayyeh"}},
		{"Dr without a point", "Dr Ravi Menon told PTI the wards were full. “We have never seen this,” the doctor said.",
			[]string{"Ravi Menon"}},
		{"Doctor in full", "Doctor Amara Nwosu said the clinic would reopen. “We are ready,” the doctor said.",
			[]string{"Amara Nwosu"}},
		{"a doctor in apposition", "Mohammed Saleh, a doctor at Al-Awda Hospital, said supplies were short. “We are running out of everything,” the doctor said.",
			[]string{"Mohammed Saleh"}},
		{"a physician, then the doctor", "Mohammed Saleh, a physician at Al-Awda Hospital, said supplies were short. “We are running out of everything,” the doctor said.",
			[]string{"Mohammed Saleh"}},
		{"Dr., then the physician", "Dr. Mohammed Saleh said supplies were short.\n\n“We are running out of everything,” the physician said.",
			[]string{"Mohammed Saleh"}},
		{"Dr. and a surgeon, another man between", "Dr Ravi Menon, a senior surgeon at Kochi Medical College, told PTI the wards were full. Hospital superintendent Anil Kumar said beds were added. “We have never seen this,” the doctor said.",
			[]string{"Ravi Menon"}},
		{"the doctor past a minister", "Dr. Lina Shtayyeh said supplies were short.\n\nHealth Minister Omar Haddad said trucks were on the way.\n\n“We are running out of everything,” the doctor said.",
			[]string{"Lina Shtayyeh"}},
		{"a minister who is a doctor", "Health Minister Dr. Omar Haddad said trucks were on the way.\n\nNurse Lina Shtayyeh said supplies were short.\n\n“We are running out of everything,” the doctor said.",
			[]string{"Omar Haddad"}},
		// Near misses: the courtesy title does not take the office's
		// place; "the doctor" is not a minister introduced without "Dr.";
		// an unnamed doctor is no one named.
		{"the minister who is a doctor", "Kuwait's Minister of Oil Dr. Nasser Al-Fadhli said the refinery would reach capacity. Nurse Lina Shtayyeh said supplies were short. “We are ready,” the minister said.",
			[]string{"Nasser Al-Fadhli"}},
		{"the minister who is a professor", "Prof. Dr. Ayse Yilmaz, the health minister, said trucks were on the way.\n\nNurse Lina Shtayyeh said supplies were short.\n\n“We are running out of everything,” the minister said.",
			[]string{"Ayse Yilmaz"}},
		{"a minister is not the doctor", "Nurse Lina Shtayyeh said supplies were short.\n\nHealth Minister Omar Haddad said trucks were on the way.\n\n“We are running out of everything,” the doctor said.",
			[]string{""}},
		{"an unnamed doctor", "“We are running out of everything,” a doctor at the hospital said.\n\nMinister Omar Haddad said trucks were on the way.",
			[]string{""}},
		{"Prof., then the professor", "Prof. Ali Daoud said the study was sound. “The data are clear,” the professor said.",
			[]string{"Ali Daoud"}},
	})
}

// TestWireLeadRoleCalledNamedNext checks a role in the lead that is the
// subject of a relative clause of naming ("a move the carrier's chief
// executive called “…”") or a sentence's, named in the next sentence
// with a title of the same role ("Chief Executive X"): the quotation is
// the named person's. A role of several words ("chief executive") is
// matched as a whole.
func TestWireLeadRoleCalledNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a possessive, a role of two words", "More than 300 flights were cancelled on Sunday after pilots called in sick, a move the carrier's chief executive called \"an act of sabotage\".\n\nChief Executive Kittipong Saetang, 58, told reporters the airline would seek a court order.",
			[]string{"Kittipong Saetang"}},
		{"no possessive", "Flights were cancelled on Sunday, a move the chief executive called “an act of sabotage”.\n\nChief Executive Anna Lindqvist told reporters the airline would go to court.",
			[]string{"Anna Lindqvist"}},
		{"a relative pronoun", "Flights were cancelled on Sunday, which the chief executive called “an act of sabotage”.\n\nChief Executive Anna Lindqvist told reporters the airline would go to court.",
			[]string{"Anna Lindqvist"}},
		{"that and a one-word role", "The union struck on Monday, a step that the company's president called “reckless and unlawful”.\n\nPresident Oskar Brandt told reporters talks were over.",
			[]string{"Oskar Brandt"}},
		{"the subject of the sentence", "The chief executive called the strike “an act of sabotage”.\n\nChief Executive Kittipong Saetang told reporters the airline would seek a court order.",
			[]string{"Kittipong Saetang"}},
		// Near misses: a name in marks after "called"; another role
		// named next; a portfolio that must match.
		{"a film called", "She starred in a film called “Fame” last year.\n\nChief Executive Anna Lindqvist told reporters the studio would go to court.",
			[]string{""}},
		{"another role named next", "Flights were cancelled on Sunday, a move the chief executive called “an act of sabotage”.\n\nChief Financial Officer Anna Lindqvist told reporters the airline would go to court.",
			[]string{""}},
		{"a capitalised term is a name", "He joined a band the fans called “The Kings” in 1990.\n\nChief Executive Anna Lindqvist told reporters the label would go to court.",
			[]string{""}},
		{"a portfolio keeps its word", "“There is no turning back,” the finance minister told parliament.\n\nOpposition leader Dora Kwei said the budget would fail. Finance Minister Ato Mensah later defended it.",
			[]string{"Ato Mensah"}},
	})
}

// TestWireLeadRoleOfABodyNamedNext checks a role in the lead after a
// body's possessive in lower case ("the county's emergency manager"),
// named in the next sentence with the same role and its qualifier ("The
// emergency manager, X,", "Finance Director X"): the quotation is the
// named person's, as it is without the possessive.
func TestWireLeadRoleOfABodyNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an apposition", "Volunteers filled sandbags as the river rose toward a levee the county's emergency manager described as “held together with hope.”\n\nThe emergency manager, Tamsin Pruett, said crews found two new seepage points.",
			[]string{"Tamsin Pruett"}},
		{"that, an apposition", "Volunteers filled sandbags as the river rose toward a levee that the county's emergency manager described as “held together with hope.”\n\nThe emergency manager, Tamsin Pruett, said crews found two new seepage points.",
			[]string{"Tamsin Pruett"}},
		{"a title", "Residents packed the hall as the board approved a budget the district's finance director called “the leanest in a decade.”\n\nFinance Director Gareth Oyelaran said reserves would cover the gap.",
			[]string{"Gareth Oyelaran"}},
		{"a title, the same words", "Volunteers filled sandbags as the river rose toward a levee the county's emergency manager described as “held together with hope.”\n\nEmergency Manager Tamsin Pruett said crews found two new seepage points.",
			[]string{"Tamsin Pruett"}},
		// Near misses: another role, another qualifier, a person's
		// possessive.
		{"another role", "Volunteers filled sandbags as the river rose toward a levee the county's emergency manager described as “held together with hope.”\n\nFire Chief Tamsin Pruett said crews found two new seepage points.",
			[]string{""}},
		{"another qualifier", "Volunteers filled sandbags as the river rose toward a levee the county's emergency manager described as “held together with hope.”\n\nThe finance manager, Tamsin Pruett, said crews found two new seepage points.",
			[]string{""}},
		{"a person's spokesman", "Volunteers filled sandbags as the river rose toward a levee the president's spokesman described as “held together with hope.”\n\nThe spokesman, Tamsin Pruett, said crews found two new seepage points.",
			[]string{""}},
	})
}

// TestWireRankedRoleNamedNext checks a role with a rank before it ("the
// lead investigator", "the board's senior economist") that speaks in one
// sentence and is named in the next without the rank ("The
// investigator, X,"): the quotation is the named person's. A portfolio
// is no rank.
func TestWireRankedRoleNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a body's capitalised possessive", "The National Transportation Safety Board's lead investigator told reporters the crew was “fully aware” of the ice.\n\nThe investigator, Rosa Ward, said the recorders had been recovered.",
			[]string{"Rosa Ward"}},
		{"a body's possessive in lower case", "The board's lead investigator told reporters the crew was “fully aware” of the ice.\n\nThe investigator, Rosa Ward, said the recorders had been recovered.",
			[]string{"Rosa Ward"}},
		{"no possessive", "The lead investigator told reporters the crew was “fully aware” of the ice.\n\nThe investigator, Tomasz Nowak, said the recorders had been recovered.",
			[]string{"Tomasz Nowak"}},
		{"senior", "The senior economist told reporters rates would stay “higher for longer”.\n\nThe economist, Priya Natarajan, said inflation had eased.",
			[]string{"Priya Natarajan"}},
		{"a detective", "The detective told reporters the suspect was “known to police”.\n\nThe detective, Sean Gallagher, said an arrest was near.",
			[]string{"Sean Gallagher"}},
		// Near misses: a portfolio is named with the role; another role.
		{"a portfolio", "The finance minister told parliament the budget was “balanced”.\n\nThe minister, Ato Mensah, said taxes would not rise.",
			[]string{""}},
		{"another role", "The lead investigator told reporters the crew was “fully aware” of the ice.\n\nThe spokeswoman, Rosa Ward, said the recorders had been recovered.",
			[]string{""}},
	})
}

// TestWireOfficeBeforeCourtesyTitle checks an office before a courtesy
// title that is also a role ("Director General Sheikh X", "Minister of
// Health Dr. X"): the office is the person's, and a later "the director
// general" is that person, not the last one named.
func TestWireOfficeBeforeCourtesyTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Sheikh after the office", "EPA Director General Sheikh Fahad Salem Al-Sabah said the slick was contained.\n\nBrigadier Mishal Al-Azmi added that the crew were cooperating.\n\n“The beaches remain open,” the director general noted.",
			[]string{"Fahad Salem Al-Sabah"}},
		{"Dr. after the office", "Minister of Health Dr. Hanan Al-Kandari said the clinics were open.\n\nColonel Mishal Al-Azmi added that roads were clear.\n\n“We are ready,” the minister said.",
			[]string{"Hanan Al-Kandari"}},
		{"the sheikh, too", "EPA Director General Sheikh Fahad Salem Al-Sabah said the slick was contained.\n\nBrigadier Mishal Al-Azmi added that the crew were cooperating.\n\n“The beaches remain open,” the sheikh said.",
			[]string{"Fahad Salem Al-Sabah"}},
		// Near miss: the brigadier named last is "the general".
		{"the general is the brigadier", "EPA Director General Sheikh Fahad Salem Al-Sabah said the slick was contained.\n\nBrigadier Mishal Al-Azmi added that the crew were cooperating.\n\n“The tanker is under inspection,” the brigadier said.",
			[]string{"Mishal Al-Azmi"}},
	})
}
