package wirestory

import "testing"

// TestWirePronounAfterRelayQuoting checks a pronoun in the paragraph
// after "X reported, quoting Y": it is the quoted person's, the chain's
// last level, never the relaying agency's or outlet's, and "she" never
// goes to an organisation.
func TestWirePronounAfterRelayQuoting(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"state news agency, she", "The government will review royalty rates on ore sold to local smelters, state news agency Antara reported on Saturday, quoting senior ministry official Dr Rina Kusuma Dewi.\n\nShe said the review would make sure the state received \"a fair share\" of the profit.",
			[]string{"Rina Kusuma Dewi"}},
		{"the daily, citing, he", "Police have arrested 14 people over the riot in the port city, the daily Kompas reported on Monday, citing city police chief Agus Santoso.\n\nHe said more arrests were \"very likely\" this week.",
			[]string{"Agus Santoso"}},
		{"news agency after the name", "The border crossing will reopen next week, Yonhap news agency reported, quoting Unification Ministry official Park Ji-yeon.\n\nShe said the trucks would carry \"only food and medicine\" at first.",
			[]string{"Park Ji-yeon"}},
		{"bare agency name", "Rice prices will be capped until the harvest, Bernama reported, quoting Agriculture Minister Datuk Seri Mohamad Sabu.\n\nHe said the cap would protect \"the poorest households\" first.",
			[]string{"Mohamad Sabu"}},
		{"broadcaster, she", "Two ferries collided off the coast on Sunday, public broadcaster TRT reported, quoting coast guard spokeswoman Elif Demir.\n\nShe said all passengers were \"safe and accounted for\".",
			[]string{"Elif Demir"}},
		// Near misses: the agency's own titled man; a person who spoke
		// to the agency; a pronoun of the right gender for no one quoted.
		{"the agency's chief", "Antara chief editor Budi Santoso said the agency would open two bureaus.\n\nHe said the move was \"long overdue\".",
			[]string{"Budi Santoso"}},
		{"told the agency", "Trade Minister Rina Hartono told state news agency Antara on Friday that exports rose.\n\nShe said the rise was \"better than expected\".",
			[]string{"Rina Hartono"}},
		{"titled name after an agency word", "Agency Director Hasan Basri said on Monday the office would close.\n\n\"It is a sad day,\" he said.",
			[]string{"Hasan Basri"}},
		{"a person after an agency word", "The head of the regional health agency Fatima Al-Rashid opened the clinic on Monday.\n\n\"It will serve 40 villages,\" Al-Rashid said at the ceremony in Jeddah's City Hall.\n\n\"Nobody should travel a day to see a doctor,\" she said.",
			[]string{"Fatima Al-Rashid", "Fatima Al-Rashid"}},
		{"a man after a watchdog agency", "The chief of the UN food watchdog agency Mohamed Idris received the award on Saturday.\n\n\"Hunger is a choice,\" Idris said in a speech at Oslo's City Hall.\n\n\"We must end it,\" he said.",
			[]string{"Mohamed Idris", "Mohamed Idris"}},
	})
}

// TestWireSecondSpeakerAfterWhile checks a paragraph where one person
// names something with a short quotation ("called X “…”") and a second
// speaker follows after "while" or "whereas" with a colon: the second
// quotation is the second speaker's.
func TestWireSecondSpeakerAfterWhile(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"called, while, said colon", "Deputy Governor Samir Hadad called the demolitions \"collective punishment,\" while Dr. Lina Sabri of the Water Authority said: \"Every well destroyed is a family pushed out.\"",
			[]string{"Samir Hadad", "Lina Sabri"}},
		{"described as, while, told", "Opposition leader Raila Mwangi described the budget as \"a giveaway to the rich,\" while Finance Minister Grace Wanjiku told reporters: \"It protects the poor.\"",
			[]string{"Raila Mwangi", "Grace Wanjiku"}},
		{"dubbed, whereas, said", "Union leader Marta Sousa dubbed the reform \"a licence to sack,\" whereas Labour Minister Rui Tavares said: \"It will create jobs.\"",
			[]string{"Marta Sousa", "Rui Tavares"}},
		{"called, but, said", "Mayor Ana Duarte called the bridge \"a lifeline,\" but engineer Paulo Reis said: \"It needs repairs first.\"",
			[]string{"Ana Duarte", "Paulo Reis"}},
		// Near misses: the contrast inside the quotation; a second quote
		// of the same speaker after "while" with no other speaker.
		{"contrast inside the marks", "Deputy Governor Samir Hadad called it \"a punishment, while the world looks away,\" and left.",
			[]string{"Samir Hadad"}},
		{"said, while, described", "Dr. Lina Sabri said the wells were \"vital,\" while Samir Hadad described the demolitions as \"collective punishment.\"",
			[]string{"Lina Sabri", "Samir Hadad"}},
	})
}

// TestWirePronounPastPlaceInOfPhrase checks "A resident of X's Y
// sub-district, Name, said", then "she told …": the place in the "of"
// phrase, named before a lower-case noun of an administrative unit, is
// a place and never a person, and the pronoun goes to the person.
func TestWirePronounPastPlaceInOfPhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"sub-district, possessive", "A resident of Pekalongan's Tirto sub-district, Siti Aminah, said the water reached her waist.\n\n\"This is the worst flood in ten years,\" she told ANTARA.",
			[]string{"Siti Aminah"}},
		{"village", "A farmer from the Sukamaju village, Ujang Sutisna, said the rice was lost.\n\n\"We have nothing left to sell,\" he told reporters.",
			[]string{"Ujang Sutisna"}},
		{"regency", "A teacher in the Garut regency, Nur Hasanah, said schools were shut.\n\n\"The children cannot cross the river,\" she said.",
			[]string{"Nur Hasanah"}},
		{"district, no article", "A shopkeeper in Kendal district, Rina Marlina, said prices doubled.\n\n\"Rice costs twice what it did,\" she said.",
			[]string{"Rina Marlina"}},
		// Near misses: a person before a plain noun, and a person named
		// with a role, speaking in the next sentence.
		{"a name before said", "Siti Aminah said the water reached her waist.\n\n\"This is the worst flood in ten years,\" she told ANTARA.",
			[]string{"Siti Aminah"}},
		{"district head named", "Kendal district head Dico Ganinduto said the dykes held.\n\n\"We were lucky,\" he said.",
			[]string{"Dico Ganinduto"}},
	})
}

// TestWirePronounPastPlaceInRolePhrase checks a role whose "of" phrase
// names a place before a lower-case noun of a branch ("Executive
// director of the Central Java chapter of … Dewi Anggraeni said"), then
// "she said": the place is no person, and the pronoun goes to the one
// the role names.
func TestWirePronounPastPlaceInRolePhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chapter", "Executive director of the Central Java chapter of the Indonesian Forum for the Environment (Walhi) Dewi Anggraeni said the floods were man-made.\n\n\"The government must stop the permits,\" she said.",
			[]string{"Dewi Anggraeni"}},
		{"branch", "Head of the East Java branch of the Indonesian Red Cross (PMI) Budi Hartono said 40 volunteers were deployed.\n\n\"We need more boats,\" he said.",
			[]string{"Budi Hartono"}},
		{"province", "Secretary general of the Riau province chapter of the Indonesian Ulema Council (MUI) Ahmad Fauzi said the mosques were open to evacuees.\n\n\"No one will be turned away,\" he said.",
			[]string{"Ahmad Fauzi"}},
		{"no place in the phrase", "Executive secretary of the Indonesian Traditional Fishers Association (KNTI) Rina Sari said catches had halved.\n\n\"The boats stay in port,\" she said.",
			[]string{"Rina Sari"}},
		{"another woman named before", "Siti Aminah said the water rose to her waist.\n\nExecutive director of the Central Java chapter of the Indonesian Forum for the Environment (Walhi) Dewi Anggraeni said the floods were man-made.\n\n\"The permits must stop,\" she said.",
			[]string{"Dewi Anggraeni"}},
		// A role whose phrase a verb ends before the name: the place is
		// no one's still, and the role is not the name's.
		{"a verb before the name", "Head of the Central Java chapter of Walhi met Governor Suryo Nugroho, who said the permits would be reviewed.\n\n\"We will review them,\" he said.",
			[]string{"Suryo Nugroho"}},
		// Near misses: a woman named before the role; a name before the
		// branch.
		{"a woman named first", "Siti Rahma, director of the Central Java chapter of Walhi, said the floods were man-made.\n\n\"The permits must stop,\" she said.",
			[]string{"Siti Rahma"}},
		{"the name before the branch is a person's", "Budi Hartono said the East Java branch would send boats.\n\n\"We need more boats,\" he said.",
			[]string{"Budi Hartono"}},
	})
}

// TestWireRoleNounByClausePronoun checks "the minister said … that
// she would …" after a woman and then a man were named minister: the
// pronoun of the role's own clause tells which minister it is, when the
// latest is known to be of the other gender.
func TestWireRoleNounByClausePronoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"she, in a post", "Transport Minister Claudia Henríquez said the offer was fair.\n\n\"Every day costs us,\" said Economy Minister Andrés Fuenzalida.\n\nExports fell in May. Copper piled up in warehouses. More ships waited offshore. Prices rose on Monday. Talks stalled again.\n\nThe minister said late on Tuesday that she would meet the union again. \"We are ready to talk,\" she wrote in a post on X.",
			[]string{"Andrés Fuenzalida", "Claudia Henríquez"}},
		{"he, after a woman", "Trade Minister Omar Costa said the tariffs would stay.\n\n\"We will not bend,\" said Labour Minister Maria Sousa.\n\nExports fell in May. Copper piled up in warehouses. More ships waited offshore. Prices rose on Monday. Talks stalled again.\n\nThe minister told reporters he would travel to Brussels. \"The talks are not over,\" he said.",
			[]string{"Maria Sousa", "Omar Costa"}},
		{"the ambassador, told", "Brazil's ambassador Ana Lima said the visas would be issued.\n\n\"The door is open,\" said Portugal's ambassador Omar Nasser.\n\nExports fell in May. Copper piled up in warehouses. More ships waited offshore. Prices rose on Monday. Talks stalled again.\n\nThe ambassador told reporters on Monday that she had asked for more staff. \"We need them now,\" she said.",
			[]string{"Omar Nasser", "Ana Lima"}},
		// Near misses: the pronoun agrees with the latest; no minister of
		// the pronoun's gender; the pronoun inside a quotation.
		{"the latest agrees", "Trade Minister Omar Costa said the tariffs would stay.\n\n\"We will not bend,\" said Labour Minister Maria Sousa.\n\nExports fell in May. Copper piled up in warehouses. More ships waited offshore. Prices rose on Monday. Talks stalled again.\n\nThe minister said she would travel to Brussels. \"The talks are not over,\" she said.",
			[]string{"Maria Sousa", "Maria Sousa"}},
		{"no minister of that gender", "Finance Minister Paulo Reis said taxes would not rise.\n\nThe minister said she, the prime minister, would decide. \"It is her call,\" he said.",
			[]string{"Paulo Reis"}},
		{"a pronoun in a quotation", "Transport Minister Claudia Henríquez said the offer was fair.\n\n\"Every day costs us,\" said Economy Minister Andrés Fuenzalida.\n\nExports fell in May. Copper piled up in warehouses. More ships waited offshore. Prices rose on Monday. Talks stalled again.\n\nThe minister said: \"She will meet them.\" He left soon after.",
			[]string{"Andrés Fuenzalida", "Andrés Fuenzalida"}},
	})
}

// TestWireLeadRoleNamedInSecondSentence checks an organisation's role
// in the lead ("as the union's leader called an offer “…”") named in the
// next paragraph's second sentence, after a first that names no one:
// the lead's quotation is the named person's.
func TestWireLeadRoleNamedInSecondSentence(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the union's leader", "The port strike entered its second week on Tuesday, as the union's leader called a government offer \"an insult.\"\n\nTalks between the union and the ministry broke down late on Monday. The union's president, Jorge Vidal, said workers would not return.",
			[]string{"Jorge Vidal"}},
		{"the association's president", "Rice growers will block roads from Monday, as the association's president called the import quota \"a death sentence.\"\n\nPrices at the farm gate fell 12 percent in May. The association's president, Lars Holm, said the blockades would last a week.",
			[]string{"Lars Holm"}},
		{"the party's leader", "The coalition lost its majority on Thursday, as the party's leader called the defection \"a betrayal.\"\n\nThe vote passed 51 to 49 after midnight. The party's leader, Tomas Berg, said he would not resign.",
			[]string{"Tomas Berg"}},
		// Near misses: the first sentence names someone; the name comes
		// a sentence later still; another role.
		{"the first sentence names someone", "The port strike entered its second week on Tuesday, as the union's leader called a government offer \"an insult.\"\n\nTalks with Labour Minister Ana Ruiz broke down late on Monday. The union's president, Jorge Vidal, said workers would not return.",
			[]string{""}},
		{"the third sentence", "The port strike entered its second week on Tuesday, as the union's leader called a government offer \"an insult.\"\n\nTalks between the union and the ministry broke down late on Monday. Ships waited offshore. The union's president, Jorge Vidal, said workers would not return.",
			[]string{""}},
		{"another role", "The port strike entered its second week on Tuesday, as the union's leader called a government offer \"an insult.\"\n\nTalks between the union and the ministry broke down late on Monday. The union's treasurer, Jorge Vidal, said workers would not return.",
			[]string{""}},
	})
}
