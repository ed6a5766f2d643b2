package wirestory

import (
	"strings"
	"testing"
)

// TestWireEpithets checks the words wires use for the person named
// before: a party ("the Christian Democrat"), a calling ("the
// politician"); a count that opens a sentence is no name ("One of the
// traders, Bola Adeyemi, said").
func TestWireEpithets(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a party of two words", "Health Minister Anna Berg rejected the plan. “We will not sign it,” the Christian Democrat said.",
			[]string{"Anna Berg"}},
		{"another party", "Interior Minister Jonas Vogt defended the law. “It stands,” the Social Democrat added.",
			[]string{"Jonas Vogt"}},
		{"a calling", "Health Minister Anna Berg rejected the plan. “We will not sign it,” the politician said.",
			[]string{"Anna Berg"}},
		{"a party and a calling", "Health Minister Anna Berg rejected the plan. “We will not sign it,” the Green politician said.",
			[]string{"Anna Berg"}},
		{"one of several", "One of the traders, Mrs Bola Adeyemi, told the agency that prices had doubled. “I cannot feed my family,” she said.",
			[]string{"Bola Adeyemi"}},
		// Near misses: the party before a name is no name of its own; a
		// plural party stands for nobody.
		{"a party before a name", "Christian Democrat Anna Berg rejected the plan. “We will not sign it,” she said.",
			[]string{"Anna Berg"}},
		{"plural", "Health Minister Anna Berg met rivals. “We will not sign it,” the Christian Democrats said.",
			[]string{""}},
	})
}

// TestWireRoleNamedFar checks a role named in apposition after a long
// body or a bracketed acronym: the pronoun after it is the named person,
// not the unnamed role.
func TestWireRoleNamedFar(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two of-phrases", "The president of the Union of Coffee Cooperatives of Jinotega, Ana Ruiz, told the agency that prices fell. “We need help now,” she said.",
			[]string{"Ana Ruiz"}},
		{"an acronym", "The head of the Grain Board (GB), Ali Karimi, told the agency that stocks were ample. “We have enough wheat,” he added.",
			[]string{"Ali Karimi"}},
		{"a short body", "The president of the Union of Farmers, Ana Ruiz, told the agency that prices fell. “We need help now,” she said.",
			[]string{"Ana Ruiz"}},
		{"a name of no known sex, then another role", "The president of the Union of Farmers, Auxiliadora Lanuza, told the agency that prices fell. The leader said that prices held, although she warned of “the uncertainty of the market.”",
			[]string{"Auxiliadora Lanuza"}},
		// Near miss: no name in apposition; the role speaks unnamed.
		{"no name", "The head of the Grain Board (GB) told the agency that stocks were ample. “We have enough wheat,” he added.",
			[]string{""}},
	})
}

// TestWireNameWithItsOwnRole checks an inverted cue whose role is named
// in apposition by a name with a role of its own in lower case.
func TestWireNameWithItsOwnRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a calling", "“The roof will be fixed by May,” said the museum's director, architect Carla Neri.",
			[]string{"Carla Neri"}},
		{"two words", "“The roof will be fixed,” said the director, chief curator Carla Neri, on Monday.",
			[]string{"Carla Neri"}},
		{"no calling", "“The roof will be fixed,” said the museum's director, Carla Neri.",
			[]string{"Carla Neri"}},
		// Near miss: a participle after the comma starts another clause.
		{"a participle", "“The roof will be fixed,” said the museum's director, adding Carla Neri would help.",
			[]string{""}},
		// Near misses: a preposition, not a calling, before the name.
		{"unlike", "“The roof will be fixed,” said a neighbour, unlike Carla Neri.",
			[]string{""}},
		{"like", "“The roof will be fixed,” said the museum's director, like Carla Neri.",
			[]string{""}},
	})
}

// TestWirePlaceOpening checks that a name an opening "in" places and a
// comma closes is a place, not a person a role noun could stand for.
func TestWirePlaceOpening(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a capital", "In Nouakchott, the official news agency reported the arrests. “This is a question of law,” the official said.",
			[]string{""}},
		{"on an island", "On Lesbos, the coast guard said boats had landed. “We cannot cope,” the official said.",
			[]string{""}},
		// Near misses: a person's name after "in" that no comma closes, and
		// a person introduced with the role.
		{"a possessive", "In Kenji Morimoto's view, the yen is weak. “It will fall,” Morimoto said.",
			[]string{"Kenji Morimoto"}},
		{"a named official", "In Nouakchott, Interior Minister Sidi Ould Bah spoke. “This is a question of law,” the minister said.",
			[]string{"Sidi Ould Bah"}},
	})
}

// TestWireFathersSurname checks a name of three words referred to by its
// middle word, the father's surname of Spanish and Portuguese names.
func TestWireFathersSurname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Spanish", "The Minister of Health, Jorge Quintero Vega, explained the plan. “We will vaccinate everyone,” Quintero said.",
			[]string{"Jorge Quintero Vega"}},
		{"Portuguese", "Finance Minister Paulo Barros Lima spoke on Monday. “The budget holds,” Barros told reporters.",
			[]string{"Paulo Barros Lima"}},
		{"last word", "The Minister of Health, Jorge Quintero Vega, explained the plan. “We will vaccinate everyone,” Vega said.",
			[]string{"Jorge Quintero Vega"}},
		// Near miss: a given name in the middle is no surname.
		{"a second given name", "Judge John Paul Stevens ruled. Paul Reyes, a lawyer, objected. “It is wrong,” Paul said.",
			[]string{"Paul Reyes"}},
	})
}

// TestWireTitledRoleBeforeName checks "the Minister of Health, X,": a
// capitalised title after "the", named in apposition, is the person's
// role, so "the minister" later is that person.
func TestWireTitledRoleBeforeName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"in a where clause", "The plan was presented in Leon, where the Minister of Health, Rosa Quintero Vega, explained it. “We will vaccinate everyone,” said the minister.",
			[]string{"Rosa Quintero Vega"}},
		{"as subject", "The Minister of Health, Rosa Quintero, opened the clinic. “We will vaccinate everyone,” the minister said.",
			[]string{"Rosa Quintero"}},
	})
	// An object pronoun after a cue is no inverted source.
	runAttrCases(t, []attrCase{
		{"explained it", "The plan was presented in Leon, where the minister explained it.",
			[]string{"the minister | explained | it"}},
		{"said he", "“We will win,” said he.",
			[]string{"he | said | “We will win,”"}},
	}, showSourceCueContent)
}

// TestWireRoleOfSeveralWords checks a role of several words before its
// noun ("the top government spokeswoman") and the roles a lexicon group
// makes one: Japan's chief cabinet secretary is its top government
// spokesperson.
func TestWireRoleOfSeveralWords(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"top government spokeswoman", "Chief Cabinet Secretary Emiko Tachibana said the plan was under review. “We will keep strengthening ties,” the top government spokeswoman said.",
			[]string{"Emiko Tachibana"}},
		{"the role itself", "Chief Cabinet Secretary Emiko Tachibana said the plan was under review. “We will keep strengthening ties,” the chief cabinet secretary said.",
			[]string{"Emiko Tachibana"}},
		// Near miss: a bare spokeswoman is someone else's.
		{"a bare spokeswoman", "Chief Cabinet Secretary Emiko Tachibana said the plan was under review. “We will keep strengthening ties,” the spokeswoman said.",
			[]string{""}},
	})
}

// TestWireUnnamedAfterNamed checks "the official" after an unnamed "a
// ministry official" introduced since the named one: the unnamed one.
func TestWireUnnamedAfterNamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an official", "Health official Salim Haddad said the vaccine was safe.\n\nA ministry official told the agency the doses arrived on Sunday.\n\n“There is no cause for concern,” the official said.",
			[]string{""}},
		{"a spokesman", "Spokesman Salim Haddad said the port was open.\n\nA ministry spokesman told the agency the ships had docked.\n\n“There is no cause for concern,” the spokesman said.",
			[]string{""}},
		{"after an opening phrase", "Health official Salim Haddad said the vaccine was safe.\n\nIn Kuwait, a Ministry of Health official told the agency the doses arrived.\n\n“There is no cause for concern,” the official said.",
			[]string{""}},
		// Near misses: no unnamed one between; another role between.
		{"named only", "Health official Salim Haddad said the vaccine was safe.\n\n“There is no cause for concern,” the official said.",
			[]string{"Salim Haddad"}},
		{"another role", "Health official Salim Haddad said the vaccine was safe.\n\nA doctor told the agency the doses arrived on Sunday.\n\n“There is no cause for concern,” the official said.",
			[]string{"Salim Haddad"}},
	})
}

// TestWireCompanyBeforeLowerRoles checks a company named before lower-case
// roles and a name ("Codewell founder and CEO Anita Rao"): the company is
// no one a pronoun stands for.
func TestWireCompanyBeforeLowerRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two roles", "“We hired ahead of demand,” Codewell founder and CEO Anita Rao said. “We were wrong,” she added.",
			[]string{"Anita Rao", "Anita Rao"}},
		{"one role", "“We hired ahead of demand,” Codewell founder Anita Rao said. “We were wrong,” she added.",
			[]string{"Anita Rao", "Anita Rao"}},
		// Near miss: a known person before the role stays a person.
		{"a known person", "Dan Kerr spoke on Monday. “We are ready,” Kerr aide Ana Ruiz said. “He will run,” she added.",
			[]string{"Ana Ruiz", "Ana Ruiz"}},
	})
	runSpeakerCases(t, []speakerCase{
		{"an opening participle", "Talking to PTI, an official, who asked not to be named, said the rolls were checked.\n\n“Some delay is due to fake cards,” the official added.",
			[]string{""}},
		{"a named official before", "Union leader Arvind Kachhap said wages were late.\n\nTalking to PTI, a senior official of the department, who did not wish to be identified, said the rolls were checked.\n\n“Some delay is due to fake cards,” the official said.",
			[]string{""}},
		{"a company named before", "Homegrown platform ZipKart has laid off 300 staff.\n\n“We grew too fast,” ZipKart co-founder and CEO Ritika Sabharwal said. “This is on us,” she added.",
			[]string{"Ritika Sabharwal", "Ritika Sabharwal"}},
	})
}

// TestWireUnnamedLeadNamedNext checks a lead's unnamed source named at the
// start of the next paragraph with no role of another kind.
func TestWireUnnamedLeadNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a relative clause", "A former billing manager told jurors Thursday that she felt “trapped” at work.\n\nTricia Vandenberg, who worked at the clinic for six years, said the owner shouted at staff.",
			[]string{"Tricia Vandenberg"}},
		{"an age", "A retired teacher said the flood left her “with nothing.”\n\nMaria Lopes, 71, said the water rose within minutes.",
			[]string{"Maria Lopes"}},
		// Near misses: the name has another role; a sentence between.
		{"another role", "A witness told police the car was “speeding.”\n\nJohn Smith, the police chief, said the case was open.",
			[]string{""}},
		{"later", "A witness told police the car was “speeding.”\n\nThe road was closed. John Smith said the case was open.",
			[]string{""}},
	})
}

// TestWireRoleOfAGender checks that a role noun with a gender ("the
// chairman", "the spokeswoman") goes to the latest holder of its role
// group of that gender, not to one of the other.
func TestWireRoleOfAGender(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chairman after a woman director", "Chairman Dan Kerr opened the plant. Director Ana Ruiz said it would hire. “It is a pillar of the economy,” the chairman said.",
			[]string{"Dan Kerr"}},
		{"spokeswoman after a man", "Spokeswoman Ana Ruiz said the port was open. Spokesman Dan Kerr said ships had docked. “There is no cause for concern,” the spokeswoman said.",
			[]string{"Ana Ruiz"}},
		// Near miss: a role of no gender goes to the latest holder.
		{"the director", "Chairman Dan Kerr opened the plant. Director Ana Ruiz said it would hire. “It is a pillar of the economy,” the director said.",
			[]string{"Ana Ruiz"}},
	})
}

// TestWireDocumentNamedAgain checks "the statement said" after a report
// that a statement carried: the mention stays, named after the author.
func TestWireDocumentNamedAgain(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a person's statement", "The mayor, Ana Ruiz, said in a statement that the road was shut.\n\n“Nobody should travel tonight,” the statement said.", "Ana Ruiz"},
		{"a company's written statement", "Kelta Petroleum said in a written statement that output rose.\n\n“The field will reach full output next year,” the statement said.", "Kelta Petroleum"},
		{"the second of two verbs", "President Luis Ortega declared an emergency and said in a statement that the army would help.\n\n“You are not alone,” the statement said.", "Luis Ortega"},
		// Near misses: no statement carried a report before; another document.
		{"no statement before", "The mayor, Ana Ruiz, spoke on Monday.\n\n“Nobody should travel tonight,” the statement said.", ""},
		{"another document", "The mayor, Ana Ruiz, said in a statement that the road was shut.\n\n“Prices rose,” the report said.", ""},
	} {
		a := Parse(tt.in)
		if len(a.Quotes) != 1 {
			t.Fatalf("%s: %d quotes", tt.name, len(a.Quotes))
		}
		if sp := a.Quotes[0].Speaker; sp.Name != tt.want || !strings.HasPrefix(sp.Text, "the ") {
			t.Errorf("%s: speaker %q (%q), want \"the …\" (%q)", tt.name, sp.Text, sp.Name, tt.want)
		}
	}
	// A subject that names no one is no level of a chain.
	runAttrCases(t, []attrCase{
		{"nobody inside a quotation", "“Nobody is telling us anything,” Ana Ruiz said.",
			[]string{"Ana Ruiz | said"}},
	}, showChain)
}

// TestWireAgeEpithet checks "the 22-year-old" and "the 71-year-old
// Japanese player": the person named before, of the nationality given.
func TestWireAgeEpithet(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"age alone", "Keiko Hanamura lost the final. “She deserved it,” the 22-year-old said.",
			[]string{"Keiko Hanamura"}},
		{"age, nationality, noun", "Keiko Hanamura lost the final. “She deserved it,” the 22-year-old Japanese player said.",
			[]string{"Keiko Hanamura"}},
		{"age and calling", "Ana Ruiz, 71, lost her home. “The water came fast,” the 71-year-old retiree said.",
			[]string{"Ana Ruiz"}},
		// Near miss: a name after the age is its own.
		{"a name after the age", "Ana Ruiz lost her home. “It was fast,” the 40-year-old Tom Hart said.",
			[]string{"Tom Hart"}},
	})
}

// TestWireBodyNamedInTitle checks a title of a body with an unknown name and
// the person named in apposition after it: the person, not the body.
func TestWireBodyNamedInTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"for a body", "The spokesperson for the indigenous organization Ecuarunari, Rosa Elvira Chimbo, told the agency they would stay “as long as necessary.”",
			[]string{"Rosa Elvira Chimbo"}},
		// Near miss: no name after the body; the body is what the text names.
		{"no name", "The spokesperson for Ecuarunari said they would stay “as long as necessary.”",
			[]string{"Ecuarunari"}},
	})
}
