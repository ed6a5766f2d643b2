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
