package wirestory

import "testing"

// A body the cases below end in their own ways.
const credits16Body = "TOKYO, Feb. 3 -- The government plans to raise the departure tax next fiscal year, sources said Tuesday.\n\n" +
	"The ministry will submit a bill to the Diet in the spring, the sources said."

// An agency's name after equals signs ends the story as Kyodo signs off:
// "==Kyodo". The signs are a marker, as "--" and "/" are.
func TestCreditEqualsSignOff(t *testing.T) {
	runCreditCases(t, []creditCase{
		{name: "on its own line", in: credits16Body + "\n\n==Kyodo\n", want: "==Kyodo", agencies: []string{"Kyodo"},
			last: "the sources said."},
		{name: "with a space", in: credits16Body + "\n== Kyodo", want: "== Kyodo", agencies: []string{"Kyodo"},
			last: "the sources said."},
		{name: "after the last sentence", in: credits16Body + " ==Kyodo", want: "==Kyodo", agencies: []string{"Kyodo"},
			last: "the sources said."},
		{name: "another agency", in: credits16Body + "\n\n==Jiji Press\n", want: "==Jiji Press", agencies: []string{"Jiji"},
			last: "the sources said."},
		{name: "one sign", in: credits16Body + "\n=Kyodo", want: "=Kyodo", agencies: []string{"Kyodo"},
			last: "the sources said."},

		// Near misses: a sum or a setting glued to a word, and equals
		// signs before a word that names no agency.
		{name: "glued to a word", in: credits16Body + " The code reads source=Kyodo", last: "source=Kyodo"},
		{name: "no agency", in: credits16Body + "\n\n==Tokyo\n", last: "==Tokyo"},
		{name: "a rule, then the paragraph", in: credits16Body + "\n==========\nThe talks resume on Monday.", last: "The talks resume on Monday."},
	})
}

// A block of roles, one a line, ends an Antara story above its copyright
// line: "Translator: X\nEditor: Y\nCopyright © ANTARA 2026". The whole
// block is the credit, its people in order, the agency from the copyright.
func TestCreditRoleLinesBlock(t *testing.T) {
	const body = "JAKARTA (ANTARA) - The government will seed clouds over northern Java to curb floods, an official said on Friday.\n\n" +
		"Related news: BMKG warns of heavy rain in Java\n\n"
	runCreditCases(t, []creditCase{
		{name: "translator, editor, copyright", in: body + "Translator: Rina Wulandari\nEditor: Agus Salim\nCopyright © ANTARA 2026",
			want:         "Translator: Rina Wulandari\nEditor: Agus Salim\nCopyright © ANTARA 2026",
			agencies:     []string{"Antara"},
			contributors: []Contributor{{Role: "translating", Name: "Rina Wulandari"}, {Role: "editing", Name: "Agus Salim"}},
			last:         "Related news: BMKG warns of heavy rain in Java"},
		{name: "two translators", in: body + "Translator: Rina Wulandari, Yoga Pratama\nEditor: Agus Salim\nCopyright © ANTARA 2026\n",
			want:     "Translator: Rina Wulandari, Yoga Pratama\nEditor: Agus Salim\nCopyright © ANTARA 2026",
			agencies: []string{"Antara"},
			contributors: []Contributor{{Role: "translating", Name: "Rina Wulandari"}, {Role: "translating", Name: "Yoga Pratama"},
				{Role: "editing", Name: "Agus Salim"}}},
		{name: "reporter, editor, no copyright", in: body + "Reporter: Hendra Kurniawan\nEditor: Agus Salim",
			want:         "Reporter: Hendra Kurniawan\nEditor: Agus Salim",
			contributors: []Contributor{{Role: "reporting", Name: "Hendra Kurniawan"}, {Role: "editing", Name: "Agus Salim"}}},
		{name: "year first", in: body + "Reporter: Hendra Kurniawan\nEditor: Agus Salim\nCopyright © 2026 ANTARA",
			want:         "Reporter: Hendra Kurniawan\nEditor: Agus Salim\nCopyright © 2026 ANTARA",
			agencies:     []string{"Antara"},
			contributors: []Contributor{{Role: "reporting", Name: "Hendra Kurniawan"}, {Role: "editing", Name: "Agus Salim"}}},
		{name: "roles by, one a line", in: body + "Reporting by Hendra Kurniawan\nEditing by Agus Salim\n",
			want:         "Reporting by Hendra Kurniawan\nEditing by Agus Salim",
			contributors: []Contributor{{Role: "reporting", Name: "Hendra Kurniawan"}, {Role: "editing", Name: "Agus Salim"}}},

		// Near misses: a line above that is the story's, and a copyright
		// line that names no agency (a note, as before).
		{name: "a sentence above", in: body + "The editor said the plan was costly.\nEditor: Agus Salim",
			want: "Editor: Agus Salim", contributors: []Contributor{{Role: "editing", Name: "Agus Salim"}},
			last: "The editor said the plan was costly."},
		{name: "copyright of no agency", in: body + "Translator: Rina Wulandari\nEditor: Agus Salim\nCopyright © Java Daily Post 2026",
			want:         "Translator: Rina Wulandari\nEditor: Agus Salim",
			contributors: []Contributor{{Role: "translating", Name: "Rina Wulandari"}, {Role: "editing", Name: "Agus Salim"}}},
		{name: "a role word in a sentence above", in: body + "Reporter Hendra Kurniawan fled the flood with his family.\nEditor: Agus Salim",
			want: "Editor: Agus Salim", contributors: []Contributor{{Role: "editing", Name: "Agus Salim"}}},
	})
}

// Yonhap's end mark "(END)" alone, after the last sentence or on a line of
// its own, is the story's sign-off: a credit that names no one, left out
// of the last paragraph. With the reporter's address before it, the
// address is the credit's, as before.
func TestCreditEndMark(t *testing.T) {
	const body = "SEOUL, March 5 (Yonhap) -- North Korea tested a new engine for a cruise missile, state media reported Thursday.\n\n" +
		"The North last tested such an engine in March."
	runCreditCases(t, []creditCase{
		{name: "after the sentence", in: body + " (END)", want: "(END)", last: "in March."},
		{name: "on its own line", in: body + "\n\n(END)\n", want: "(END)", last: "in March."},
		{name: "glued", in: body + "(END)", want: "(END)", last: "in March."},
		{name: "after a quotation", in: body + " \"We will watch closely,\" he said. (END)", want: "(END)", last: "he said."},

		// Near misses: an address before it, a word glued before it, and
		// the word inside a sentence.
		{name: "with an address", in: body + "\n\njdoe@yna.co.kr (END)", want: "jdoe@yna.co.kr (END)", agencies: []string{"Yonhap"},
			contributors: []Contributor{{Role: "reporting", Email: "jdoe@yna.co.kr"}}, last: "in March."},
		{name: "after a word", in: body + " The game was called Race to the (END)", last: "Race to the (END)"},
		{name: "inside a sentence", in: body + " The tape marked (END) was lost in the fire.", last: "lost in the fire."},
	})
}

// showCitingKind shows an attribution as its chain, its kind and its
// content: "The board | citing [stance] strong reserves".
func showCitingKind(a Attribution) (string, bool) {
	return chainString(a) + " [" + a.Kind.String() + "] " + a.Content.Text, true
}

// A "citing" that gives a reason for what its subject did is no one's
// words (chains-conventions, "Negatives"): it stays an attribution, as
// PolNeAR marks it, but a stance, which a who-said-what view leaves out.
// The one who cites after "with" is the noun phrase before "citing", and
// the words cited between commas end before the clause's own verb.
func TestCitingReasonStance(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after said", "Traders in Makassar said prices dropped 5 percent, citing weak demand from mills.",
			[]string{"Traders in Makassar | said [speech] prices dropped 5 percent", "Traders in Makassar | citing [stance] weak demand from mills"}},
		{"after a stance verb", "Nuray Celik criticized the plan, citing delays at the port.",
			[]string{"Nuray Celik | criticized [stance] the plan", "Nuray Celik | citing [stance] delays at the port"}},
		{"after an act", "The fund's board approved the loan on Monday, citing strong reserves.",
			[]string{"The fund's board | citing [stance] strong reserves"}},
		{"with X citing", "Copper prices slid in early trade, with brokers citing thin demand from China.",
			[]string{"brokers | citing [stance] thin demand from China"}},
		{"with X citing, a longer phrase", "The rupiah weakened on Tuesday, with currency dealers in Jakarta citing fresh outflows.",
			[]string{"currency dealers in Jakarta | citing [stance] fresh outflows"}},
		{"between commas", "The government, citing soaring import costs, raised fuel prices by 12 percent.",
			[]string{"The government | citing [stance] soaring import costs"}},
		{"between commas, a list", "The utility, citing delays, higher costs and poor planning, scrapped the dam.",
			[]string{"The utility | citing [stance] delays, higher costs and poor planning"}},
		{"declined", "He declined to comment, citing an ongoing investigation.",
			[]string{"He | declined [stance] to comment", "He | citing [stance] an ongoing investigation"}},

		// Near misses: a "citing" that names a source is a link of the
		// chain, as before, and a "with" phrase that holds a verb is no
		// subject of the participle.
		{"citing witnesses", "Police said they arrested two men near the port, citing witnesses.",
			[]string{"Police | said >> witnesses | citing [speech] they arrested two men near the port"}},
		{"reported, citing", "The mine flooded overnight, the Dawn News agency reported, citing a regional official.",
			[]string{"the Dawn News agency | reported >> a regional official | citing [report] The mine flooded overnight"}},
		{"with, then a verb", "The board met with the lenders and approved the loan, citing strong reserves.",
			[]string{"The board | citing [stance] strong reserves"}},
		// A citing that stands alone but names a source, a document or
		// records reports from it rather than holding a reason.
		{"opening, outlets", "Citing local news outlets, the agency said the dam had burst.",
			[]string{"the agency | Citing [report] local news outlets", "the agency | said [speech] the dam had burst"}},
		{"a study", "The council scrapped the tram line, citing a study of passenger numbers.",
			[]string{"The council | citing [report] a study of passenger numbers"}},
	}, showCitingKind)
}

// A cue word right after a one-word link ("citing worries over the
// policy", "quoting fears of a strike") is the link's object, a noun: no
// cue of its own, whose source would be whatever noun came before
// ("Monday" in "… on Monday, with brokers citing worries").
func TestLinkObjectNotCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"worries, with", "Shares of the miner fell 4.2% in Jakarta on Monday, with brokers citing worries over the policy.",
			[]string{"brokers | citing"}},
		{"fears, with", "The rupee weakened on Thursday, with dealers citing fears of fresh outflows.",
			[]string{"dealers | citing"}},
		{"worries, after a comma", "The airline trimmed its forecast on Monday, citing worries over fuel costs.",
			[]string{"The airline | citing"}},
		{"concerns", "Investors sold bonds on Tuesday, citing concerns about the deficit.",
			[]string{"Investors | citing"}},

		// Near misses: the same words as verbs of a subject stay cues.
		{"worried, a verb", "Traders on Monday worried over the policy.",
			[]string{"Traders | worried"}},
		{"feared after said", "Brokers said on Monday they feared fresh outflows.",
			[]string{"Brokers | said", "they | feared"}},
		{"a source after citing", "The rupee weakened on Thursday, dealers said, citing central bank officials.",
			[]string{"dealers | said >> central bank officials | citing"}},
	}, showChain)
}

// "offer" with an amount for object ([actAmounts]) or a quantity after
// it is a bid, an act ([cueActVerbs]), not speech: "wholesale dealers
// offered record prices". Offered words stay speech.
func TestOfferAmountAct(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"record prices, reported", "A rice farmer told Jiji Press that wholesale dealers offered record prices this autumn.",
			[]string{"A rice farmer | told -> Jiji Press"}},
		{"higher prices", "Buyers offered higher prices for the early crop, traders said.",
			[]string{"traders | said"}},
		{"a premium with a figure", "The bidder offered a 30% premium over the closing price.", nil},
		{"a quantity", "Traders offered 3,000 yen a bag on Monday.", nil},
		{"wages", "The carmaker is offering higher wages to keep its engineers.", nil},

		// Near misses: offered words, and an amount that is no object.
		{"condolences", "The minister offered condolences to the families of the victims.",
			[]string{"The minister | offered"}},
		{"an apology", "The mayor offered an apology for the delays.",
			[]string{"The mayor | offered"}},
		{"no details on prices", "The company offered no details on prices.",
			[]string{"The company | offered"}},
	}, showChain)
}
