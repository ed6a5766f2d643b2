package wirestory

import "testing"

// TestWireRoleHolderNotPlace checks "the governor said" after a person
// named with a role that holds a place or a body ("X, Governor of the
// Eastern Province,"; "Director General of Police (DGP) X"; "Commander
// of Military Regional Command … , X,"): the place or body in the role
// phrase, or in an opening clause, is never the holder of the role noun;
// the person whose title holds it is.
func TestWireRoleHolderNotPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"SPA governor of", "Ahmed bin Saleh Al-Harbi, Governor of the Eastern Province, said the plant would open soon.\n\n\"The plant serves the region,\" the governor said.",
			[]string{"Ahmed bin Saleh Al-Harbi"}},
		{"SPA deputy governor", "His Royal Highness Prince Mansour bin Khalid bin Talal, Deputy Governor of the Eastern Province, inaugurated today the third phase of the Ras Al-Khair Water Production Plant.\n\nHRH the Deputy Governor said the project \"reflects the care of the leadership.\"\n\nHe added that water \"is a priority.\"",
			[]string{"Mansour bin Khalid bin Talal", "Mansour bin Khalid bin Talal"}},
		{"SPA chairman of an authority", "Khalid bin Saad Al-Otaibi, Chairman of the Capital Markets Authority, said trading would resume.\n\n\"The market is sound,\" the chairman said.",
			[]string{"Khalid bin Saad Al-Otaibi"}},
		{"KUNA director of a body", "Fahad Al-Mutairi, Director General of the Public Authority for Housing, said the units were ready.\n\n\"We will deliver on time,\" the director general told KUNA.",
			[]string{"Fahad Al-Mutairi"}},
		{"Antara commander of a command", "Commander of Military Regional Command (Kodam) XIII/Merdeka, Major General Anton Wibisono Purba, said the troops were ready.\n\n\"We will guard the site,\" the general affirmed.",
			[]string{"Anton Wibisono Purba"}},
		{"PTI DGP in a place", "Talking to media persons in Puri, Director General of Police (DGP) Satyajit Panigrahi said the beaches were closed.\n\n\"No one will be allowed near the sea,\" the DGP said.",
			[]string{"Satyajit Panigrahi"}},
		{"ANI director general in a city", "Speaking to reporters in Srinagar, Director General of Police Nalin Prabhat said the roads were safe.\n\n\"We are alert,\" the director general said.",
			[]string{"Nalin Prabhat"}},
		// Near misses: a role noun that only a body holds stays unresolved
		// when no person had that role, and a person named with the role
		// after the place keeps it.
		{"another person with the role", "Faisal Al-Qahtani, Governor of the Eastern Province, met Mayor Omar Saleh.\n\n\"The city will grow,\" the mayor said.",
			[]string{"Omar Saleh"}},
	})
}

// TestWireRoleNounOnce checks a role noun the story uses once, for the
// person who spoke just before ("the former Flamengo boss said" after a
// paragraph naming the coach; "the scientist stressed" after "Quispe,
// for her part, said"): a name inside the role's own phrase is what the
// role is of, not who holds it, and a name of two words that has spoken
// is a person's even when no title or known given name says so. A role
// of those who speak for or about others ("the spokesman", "the
// analyst") stays someone else, and a role of the other gender finds
// nobody.
func TestWireRoleNounOnce(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"AFP former club boss", "Renato Albuquerque, 51, who replaced the sacked Laurent Maréchal last week, told a news conference that he had \"no time for excuses\".\n\n\"They press high and leave spaces,\" the former Flamengo boss said.",
			[]string{"Renato Albuquerque", "Renato Albuquerque"}},
		{"coach, then the club's manager", "Coach Dario Montefusco said his side was ready.\n\n\"We will use those spaces,\" the former Torino manager said.",
			[]string{"Dario Montefusco"}},
		{"EFE scientist", "The head of the National Institute for Research on Glaciers, María Fernanda Quispe Huamán, told EFE that the lake had risen.\n\nQuispe, for her part, said the institute had installed two new sensors.\n\n\"The information exists,\" the scientist stressed.",
			[]string{"María Fernanda Quispe Huamán"}},
		{"researcher", "Tomasz Wierzbicki, director of the Baltic Marine Station, said the water was warming.\n\n\"We see it every summer,\" the researcher said.",
			[]string{"Tomasz Wierzbicki"}},
		// Near misses.
		{"spokesman after a chief", "Fire chief Luis Ortega said the fire was contained.\n\n\"Crews will stay overnight,\" the spokesman said.",
			[]string{""}},
		{"analyst after a chief executive", "Chief executive Anita Rao said sales rose.\n\n\"The quarter was strong,\" the analyst said.",
			[]string{""}},
		{"chairwoman after a man", "Renato Albuquerque, 51, told a news conference that he had \"no time for excuses\".\n\n\"We will win,\" the chairwoman said.",
			[]string{"Renato Albuquerque", ""}},
	})
}

// TestWireRoleFirstNamedNext checks a lead that gives a role with its
// organisation's possessive ("PSG's new Brazilian coach said", "the
// company's chief operating officer told Reuters") and names the person
// only in the next paragraph ("Renato Albuquerque, 51, who …"; "The
// executive, X, said"): the role is that person's. A country's
// possessive ("Iran's president") is a leader the story may name
// elsewhere, someone named before is not named next, and a name with
// another role is someone else.
func TestWireRoleFirstNamedNext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"AFP club's coach", "Paris (AFP) - Paris Saint-Germain's new Brazilian coach said on Friday his side would \"attack from the first minute\" in Sunday's match.\n\nRenato Albuquerque, 51, who replaced the sacked Laurent Maréchal last week, told a news conference he was ready.",
			[]string{"Renato Albuquerque"}},
		{"Reuters company's officer", "SANTIAGO, March 4 (Reuters) - \"We are producing what we can,\" the company's chief operating officer told Reuters in a telephone interview.\n\nThe executive, Rodrigo Salinas Vial, said the company had offered a 4% wage increase.",
			[]string{"Rodrigo Salinas Vial"}},
		{"the bank's chief economist", "LONDON (Reuters) - The bank's chief economist said rates would \"stay higher for longer.\"\n\nHelen Marsh, who joined the bank in 2019, said inflation was sticky.",
			[]string{"Helen Marsh"}},
		// Near misses.
		{"named before", "Coach Renato Albuquerque arrived on Monday. Paris Saint-Germain's new Brazilian coach said on Friday his side would \"attack from the first minute\".\n\nLaurent Maréchal, 58, who was sacked last week, said nothing.",
			[]string{"Renato Albuquerque"}},
		{"a club's role, named before", "Coach Dario Montefusco spoke to fans on Monday. Torino's new Italian coach said on Friday the side would \"press high\".",
			[]string{"Dario Montefusco"}},
		{"a country's role, named before", "President Hassan Rahimi arrived in Baku on Monday. Iran's new president said ties were \"excellent\".",
			[]string{"Hassan Rahimi"}},
		{"a person's possessive", "Coach Renato Albuquerque arrived on Monday. Albuquerque's assistant coach said on Friday the side would \"attack from the first minute\".",
			[]string{""}},

		{"another role named next", "\"We are producing what we can,\" the company's chief operating officer told Reuters.\n\nThe union leader, Jorge Pinto, said the strike would go on.",
			[]string{""}},
		{"a region's leader", "SEOUL, Dec 5 (Yonhap) -- The North's leader said the drills were \"a rehearsal for invasion.\"\n\nRi Chol-min, a party official, warned that the allies would pay.",
			[]string{""}},
		{"a name not opening the sentence", "The state's agriculture secretary said both had \"good ideas and bad math.\"\n\n\"They are both right,\" said Marcy Jensen, who farms near Ames.",
			[]string{"", "Marcy Jensen"}},
		{"a sentence between", "Paris Saint-Germain's new coach said his side would \"attack from the first minute\".\n\nThe match starts at 9 pm. Renato Albuquerque, 51, told a news conference he was ready.",
			[]string{""}},
	})
}

// TestWireUnnamedInRelativeClause checks an unnamed source that is no
// subject ("was sentenced … by a judge who called the theft "…""): the
// person the next sentence opens with is the one the lead was about, the
// defendant, not the judge; the judge named with that role a little
// later is. A source that is its sentence's subject ("A former billing
// manager told jurors") still takes the name that opens the next.
func TestWireUnnamedInRelativeClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"AP judge", "DULUTH, Minn. (AP) — A former school district treasurer was sentenced Thursday to six years in prison by a judge who called the theft \"a betrayal of every child.\"\n\nLinda Faye Carrow, 58, pleaded guilty in October to wire fraud. Prosecutors said she used the money for a lake cabin.\n\nU.S. District Judge Harriet Sondergaard said she had read 40 letters.",
			[]string{"Harriet Sondergaard"}},
		{"jury foreman", "A former mayor was convicted on Friday by a jury whose foreman called the scheme \"brazen.\"\n\nTom Keller, 61, faces up to 20 years.",
			[]string{""}},
		{"with a prosecutor", "An aide was charged on Monday after a prosecutor who called the deal \"a bribe\" filed the case.\n\nMarta Lenz, 44, denies wrongdoing.",
			[]string{""}},
		// Near misses: the source is the subject.
		{"subject", "A former billing manager told jurors Thursday that she felt \"trapped\" at work.\n\nTricia Vandenberg, who worked at the clinic for six years, said the owner shouted at staff.",
			[]string{"Tricia Vandenberg"}},
		{"after an opening phrase", "In Kuwait, a retired teacher said the flood left her \"with nothing.\"\n\nMaria Lopes, 71, said the water rose within minutes.",
			[]string{"Maria Lopes"}},
	})
}

// TestWireCompanyAfterPossessive checks "the company said" after a
// sentence that opens with an organisation's possessive ("Minera Sur's
// shares fell 3%."): the company is that organisation, even in a story
// of two paragraphs where the dateline's city is the only other name;
// the city is never a speaker. A person's possessive, or one inside the
// sentence, is no antecedent.
func TestWireCompanyAfterPossessive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"two paragraphs", "LIMA, March 4 (Reuters) - Minera Sur's shares fell 3% on Wednesday.\n\nThe company said it remained \"open to dialogue.\"",
			[]string{"Minera Sur"}},
		{"after a statement", "SANTIAGO, March 4 (Reuters) - Workers at the Cerro Alto mine stayed out.\n\nMinera Cordillera's shares fell 3.4% in Santiago. In a statement posted on its website, the company said it remained \"open to dialogue\".",
			[]string{"Minera Cordillera"}},
		{"the group", "FRANKFURT, May 2 (Reuters) - Halvorsen Logistik's profit fell by a fifth in the first quarter.\n\nThe group said demand was \"weaker than expected\".",
			[]string{"Halvorsen Logistik"}},
		// Near misses: the dateline's city alone, and a person's
		// possessive.
		{"the city alone", "LIMA, March 4 (Reuters) - Shares fell 3% on Wednesday.\n\nThe company said it remained \"open to dialogue.\"",
			[]string{""}},
		{"a person's possessive", "LIMA, March 4 (Reuters) - Mr. Carlos Ibarra's shares fell 3% on Wednesday.\n\nThe company said it remained \"open to dialogue.\"",
			[]string{""}},
	})
}

// TestWireQuotedRoleNoTitle checks a quotation that ends in a role noun
// before the speaker's surname ("“She is a sick woman,” Reinholt told
// the judge"): the role is inside the quotation and no title of the
// name after it, so the surname still stands for the full name given
// before. A role before a comma outside a quotation is still the
// name's ("the group's spokesman, Ali Khan,").
func TestWireQuotedRoleNoTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"AP attorney", "Linda Carrow, 58, pleaded guilty. Her attorney, Paul Reinholt, had asked for probation.\n\n\"She is not a mastermind. She is a sick woman,\" Reinholt told the judge.",
			[]string{"Paul Reinholt"}},
		{"a good man", "Defense lawyer Anna Bellini spoke for the accused.\n\n\"He is not a criminal. He is a good man,\" Bellini told the court.",
			[]string{"Anna Bellini"}},
		{"a father", "Opposition leader Sara Lindqvist visited the family.\n\n\"He was a loving father,\" Lindqvist said.",
			[]string{"Sara Lindqvist"}},
		// Near miss: outside a quotation the role is the name's.
		{"a role outside", "Police arrested two men. The group's spokesman, Ali Khan, said the men were members.\n\n\"We expelled them,\" the spokesman said.",
			[]string{"Ali Khan"}},
	})
}

// TestWireParticleSurname checks Arabic names with a particle joined to
// the surname in lower case ("Nasser al-Khatib", "Umm Khaled
// al-Hathaleen"): the particle's surname is part of the name, so the
// surname alone ("al-Khatib said") finds the full name, and a pronoun
// stands for the full name, not the kunya before it.
func TestWireParticleSurname(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"WAFA al-", "Minister Nasser al-Khatib said the schools would reopen.\n\n\"We will not stop,\" al-Khatib said, as quoted by the official radio.",
			[]string{"Nasser al-Khatib"}},
		{"el-", "Egyptian Foreign Minister Sameh el-Sayed met his counterpart on Monday.\n\n\"Our ties are strong,\" el-Sayed told reporters.",
			[]string{"Sameh el-Sayed"}},
		{"kunya", "Umm Khaled al-Hathaleen, the mother of one of the pupils, said her daughter had cried all morning. \"She asked me where she would study now,\" she told WAFA's correspondent.",
			[]string{"Umm Khaled al-Hathaleen"}},
		{"kunya of a man", "Abu Hassan al-Masri, a shopkeeper in the old city, said the street was closed. \"We lost everything,\" he said.",
			[]string{"Abu Hassan al-Masri"}},
		{"no full name before", "Residents protested outside the court.\n\n\"We are tired of waiting,\" al-Masri said.",
			[]string{"al-Masri"}},
		// Near miss: a place with a particle inside a quotation is no
		// speaker, and the speaker after it stays who he is.
		{"a place in the quotation", "Minister Nasser al-Khatib visited the village.\n\n\"What happened in al-Rifai will happen elsewhere,\" he said.",
			[]string{"Nasser al-Khatib"}},
	})
}

// TestWireLowerCaseBody checks a body named in lower case by its
// portfolio ("South Korea's unification ministry", "the defense
// ministry"): it is named as written, as "the Unification Ministry" is,
// and "the ministry" after it is the same body. An adjective before the
// head ("the new ministry") names no body.
func TestWireLowerCaseBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Yonhap country's ministry", "SEOUL, Dec 5 (Yonhap) -- North Korea fired a missile.\n\nSouth Korea's unification ministry dismissed the statement as \"groundless.\"",
			[]string{"unification ministry"}},
		{"the ministry after it", "TOKYO, Dec 5 (Kyodo) -- North Korea fired a missile.\n\nJapan's defense ministry said the missile was \"a grave threat.\" The ministry added that it had \"lodged a protest.\"",
			[]string{"defense ministry", "defense ministry"}},
		{"the health department", "MANILA, Dec 5 (PNA) -- Cases rose again.\n\nThe health department urged people to \"stay at home.\"",
			[]string{"health department"}},
		{"capitalised", "SEOUL, Dec 5 (Yonhap) -- North Korea fired a missile.\n\nSouth Korea's Foreign Ministry dismissed the statement as \"groundless.\"",
			[]string{"Foreign Ministry"}},
		// Near miss: an adjective.
		{"the new ministry", "SEOUL, Dec 5 (Yonhap) -- North Korea fired a missile.\n\nThe new ministry dismissed the statement as \"groundless.\"",
			[]string{""}},
	})
}
