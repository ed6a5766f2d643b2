package wirestory

import "testing"

// Session twenty-one, the lead's forms from the "?" left by rounds 32
// and 33. Each test holds variants of one form in wire style and near
// misses that must not change.

// TestForms34BodyNameWithPortfolioList checks a title's "of" + a body
// whose own name ends in a list of portfolios, set off before the
// holder's name: "Chairman of the Federation of Chambers of Commerce,
// Industry and Agriculture, X, told". The list's commas are the body's,
// not the appositive chain's, where every item opens with a portfolio's
// word; the source runs over the whole of it to the name. Near misses:
// a list of banks after "of" ("Bank of America, Citigroup and …") and
// a list of people's trades keep their readings.
func TestForms34BodyNameWithPortfolioList(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a federation of chambers", "Chairman of the Federation of Kelta Chambers of Commerce, Industry and Agriculture, Omar Saleh, told KNA that small traders were hit hardest.",
			[]string{"Chairman of the Federation of Kelta Chambers of Commerce, Industry and Agriculture, Omar Saleh | told -> KNA"}},
		{"a ministry", "Head of the Ministry of Trade, Industry and Tourism, Jane Okoro, told reporters that prices would rise.",
			[]string{"Head of the Ministry of Trade, Industry and Tourism, Jane Okoro | told -> reporters"}},
		{"a chamber with an article", "The head of the Chamber of Commerce, Industry and Mines, Reza Karimi, said exports had fallen by a third.",
			[]string{"The head of the Chamber of Commerce, Industry and Mines, Reza Karimi | said"}},
		{"a title's own portfolio", "The Undersecretary for Migration, Population and Religious Affairs, Lina Haddad, said the camps were full.",
			[]string{"The Undersecretary for Migration, Population and Religious Affairs, Lina Haddad | said"}},
		// Near misses: items that are no portfolios' keep the first
		// comma as the chain's.
		{"a list of trades", "The chief of the Association of Farmers, Traders and Shopkeepers, Ali Karimi, said exports had fallen.",
			[]string{"The chief of the Association of Farmers | said"}},
		{"a list of banks", "The head of Bank of America, Citigroup and Wells Fargo said the rules were too strict.",
			[]string{"Citigroup and Wells Fargo | said"}},
	}, showChain)
}

// TestForms34TermInSpeakerAppositive checks a term of one to three
// words in quotes inside the appositive that describes a quote-last
// speaker: "“…,” said X, a herder who tends about 600 “solar sheep.”",
// "said X, whose stall sells “ugly fruit”", "said X, the owner of a
// “ghost kitchen” in Doha". The words are the writer's description, a
// term or nickname, said by no one, wherever the sentence's period
// stands. Near misses stay the speaker's: a naming cue in the
// appositive ("who runs what he calls a “…”"), an object's complement
// ("who rates the stock “hold”"), a longer quote, a participle's clause,
// and a quote that resumes after the appositive's comma.
func TestForms34TermInSpeakerAppositive(t *testing.T) {
	show := func(q Quote) string { return q.Kind.String() + " " + q.Speaker.Text }
	runQuoteCases(t, []speakerCase{
		{"a herder's flock", "\"The grass grows taller here,\" said Tsering Dorje, a herder who tends about 600 \"photovoltaic sheep.\"",
			[]string{"direct Tsering Dorje", "scare "}},
		{"whose stall", "“Prices fell again,” said Ana Ruiz, whose stall sells “ugly fruit” near the square.",
			[]string{"direct Ana Ruiz", "scare "}},
		{"the owner of", "“We cook for delivery only,” said Omar Saleh, the owner of a “ghost kitchen” in Doha.",
			[]string{"direct Omar Saleh", "scare "}},
		// Near misses.
		{"a naming cue", "“The grass grows taller here,” said Tsering Dorje, who runs what he calls a “solar farm.”",
			[]string{"direct Tsering Dorje", "partial he"}},
		{"an object's complement", "“The outlook is poor,” said Mikkel Berg, an analyst at Nordfin, who rates the stock “hold.”",
			[]string{"direct Mikkel Berg", "partial Mikkel Berg"}},
		{"a longer quote", "“It was shameful,” said Lena Park, who waited in an “extraordinarily long line snaking around” a church.",
			[]string{"direct Lena Park", "partial Lena Park"}},
		{"a participle's clause", "“It was a cruel rhyme,” says the ad's narrator, going on to list other “gifts.”",
			[]string{"direct the ad's narrator", "partial the ad's narrator"}},
		{"resumed after the appositive", "“We will win,” said Kim Lee, the party leader, “and soon.”",
			[]string{"direct Kim Lee", "direct Kim Lee"}},
	}, show)
}

// TestForms34BodyNounDefersToRole checks "the <body noun> <role>" ("the
// association president", "the union chairman", "the company
// spokesman") after a person introduced with that role of a body in
// lower case and, later, another person tied to a named organisation
// with another role: the role decides, not the latest affiliation.
// Near misses: a general role ("the company official") and a role no one
// holds still go to the person last tied to an organisation.
func TestForms34BodyNounDefersToRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"association president", "The president of the Jaén growers' association, Luis Ortega Ruiz, was cautious. “One harvest pays nothing back,” Ortega said. “Prices fell,” said Marta Gil, a spokeswoman for the OCU. “If this goes on, the groves will die,” the association president added.",
			[]string{"Luis Ortega Ruiz", "Marta Gil", "Luis Ortega Ruiz"}},
		{"union chairman", "The chairman of the dockers' union, Peter Maas, called a strike. “We will stay out,” Maas said. “It is a pity,” said Ines Vogt, a lawyer for Hafenbetrieb. “Not one ship will sail,” the union chairman said.",
			[]string{"Peter Maas", "Ines Vogt", "Peter Maas"}},
		{"company spokesman", "A spokesman for the shipping company, Kofi Mensah, confirmed the delay. “The ship is late,” Mensah said. “We are waiting,” said Ama Owusu, an official at Tema Port. “It will dock on Friday,” the company spokesman said.",
			[]string{"Kofi Mensah", "Ama Owusu", "Kofi Mensah"}},
		// Near misses: a general role and a role no one holds.
		{"company official", "“Sales fell,” said Ama Owusu, an executive at Kelta Motors. “We expect a rebound,” the company official said.",
			[]string{"Ama Owusu", "Ama Owusu"}},
		{"no holder", "“Sales fell,” said Ama Owusu, a spokeswoman for Kelta Motors. “We expect a rebound,” the company spokeswoman said.",
			[]string{"Ama Owusu", "Ama Owusu"}},
	})
}

// TestForms34ContractionsNameNoOne checks a pronoun run together with a
// verb ("I'm", "We've", "They’re") after a role phrase and a comma inside
// a quotation: no name, so the role phrase is not its title and a later
// "the minister" goes to the person named with the role.
func TestForms34ContractionsNameNoOne(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"I'm after a role", "“We will not tax banks,” said Finance Minister Jo Flaherty. “As the finance minister of Kelta, I'm not going to,” she said. “Never,” the minister added.",
			[]string{"Jo Flaherty", "Jo Flaherty", "Jo Flaherty"}},
		{"We've in doubled marks", "Mr. Ruiz has been making this argument. ''I am going to be the nominee,'' he said aboard his plane on Monday as he crossed Nevada.\n\n''We've shown we can grow,'' he added.",
			[]string{"Ruiz", "Ruiz"}},
		{"They're in doubled marks", "Ms. Silva has been saying so for weeks. ''I will sign the bill,'' she said at a rally on Friday as she toured the state.\n\n''They're tired of waiting,'' she added.",
			[]string{"Silva", "Silva"}},
		// Near miss: a name that only looks like one ("Ima").
		{"a given name", "“We are ready,” said Ima Sulu, a nurse. “We will stay,” she said.",
			[]string{"Ima Sulu", "Ima Sulu"}},
	})
}

// TestForms34InitialM checks "M." as an initial of a name, never the
// French "Monsieur" that English wire copy does not write: a middle
// initial ("Harry M. Reid", "Lisa M. Madigan") and the initials that
// open South Indian names ("M. Haridas", "M. N. Goiporia") stay in the
// name that a later surname or pronoun resolves to. Near misses: "Mr."
// and "Monsieur" are still honorifics, out of the name.
func TestForms34InitialM(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a middle initial", "Senate Minority Leader Harry M. Reid (D-Nev.) said the bill was dead. “It will not pass,” Reid said.",
			[]string{"Harry M. Reid"}},
		{"an opening initial", "Taking to social media, Opposition leader M. Haridas wrote that the aid was “too little, too late.”",
			[]string{"M. Haridas"}},
		{"two opening initials", "Bank union chairman M. N. Ramaswamy said the strike would go on. “We will not return,” he said.",
			[]string{"M. N. Ramaswamy"}},
		{"a woman's middle initial", "“We will appeal,” said Attorney General Lisa M. Kardan. “The ruling is wrong,” she said.",
			[]string{"Lisa M. Kardan", "Lisa M. Kardan"}},
		// Near misses: honorifics stay out of the name.
		{"Mr.", "“We will appeal,” said Mr. Kardan, the company's lawyer.",
			[]string{"Kardan"}},
		{"Monsieur", "“We will appeal,” said Monsieur Dupont, the mayor. “It is wrong,” he said.",
			[]string{"Dupont", "Dupont"}},
	})
}

// TestForms34InformedNests checks "informed" as a verb of telling whose
// content may hold another source's speech, as "said" and "told" do:
// "X informed that <body> had warned <addressee> that …" (Indian
// English, with no addressee), "X informed the House that the auditor
// had said …". Near misses: content with no verb of speech, and a
// participle of "informed" before a source noun ("informed sources"),
// give no level. Only linked attributions are shown.
func TestForms34InformedNests(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"informed that", "Fisheries Minister K. Rajan informed that the institute had warned the government that catches would fall.",
			[]string{"Fisheries Minister K. Rajan | informed >> the institute | warned"}},
		{"informed the House", "The minister informed the House that the auditor had said that funds were missing.",
			[]string{"The minister | informed -> the House >> the auditor | said"}},
		{"informed reporters", "The district collector informed reporters that the police had stated that the dam was safe.",
			[]string{"The district collector | informed -> reporters >> the police | stated"}},
		// Near misses.
		{"no inner speech", "The official informed reporters that the board had decided to close the mill.",
			nil},
		{"informed sources", "Informed sources said the talks had stalled.",
			nil},
	}, showLinked)
}

// TestForms34ModifierIsNoSpeaker checks a capitalised word that opens a
// sentence before a plural noun or a role in lower case ("Coal miners",
// "Rice farmers", "Opec oil ministers", "Western diplomats"): it
// modifies the noun, so it neither speaks nor becomes the subject a
// later "he" or "she" prefers over the person the next clause names.
// Near misses: a name before its verb ("Makaeff persuaded") and an
// organisation before its officials ("Norton Co officials said" then
// "the company") keep their readings.
func TestForms34ModifierIsNoSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"coal miners", "Coal miners in the region said wages had not been paid, union leader Ivan Petrov told TASS.\n\n\"Nobody has been paid since May,\" he said.",
			[]string{"Ivan Petrov"}},
		{"gold miners", "Gold miners in Yakutia have found the remains of a mammoth calf, head of the Mammoth Fauna Laboratory at the Academy of Sciences of the Republic of Sakha (Yakutia) Pavel Kolesov told TASS on Monday.\n\n\"The trunk has survived,\" he said.",
			[]string{"Pavel Kolesov"}},
		{"rice farmers", "Rice farmers across the delta say the rains came late, Ana Cruz, a researcher at the rice institute, told AFP.\n\n“The harvest will be small,” she said.",
			[]string{"Ana Cruz"}},
		// Near misses.
		{"a name before its verb", "Makena Otieno persuaded the judge to drop the case.\n\n“I am relieved,” she said.",
			[]string{"Makena Otieno"}},
		{"a speaker named alone", "Coal minister Ivan Petrov said wages would be paid.\n\n\"Nobody will go hungry,\" he said.",
			[]string{"Ivan Petrov"}},
	})
}

// TestForms34PoliceRankAbbreviations checks Indian police ranks written
// out for the holder and abbreviated later: "Deputy Commissioner of
// Police X … the DCP said", "Director General of Police X … the DGP
// said", "Deputy Inspector General X … the DIG said", "Superintendent
// of Police X … the SP said". The abbreviation stands in the role group
// of the title it shortens, so it finds the holder rather than an
// unnamed "official" of the lead. Near miss: a "DCP" no one was named
// as is no one's.
func TestForms34PoliceRankAbbreviations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"DCP", "The police have busted a gang of fraudsters, an official said on Monday.\n\nNine people were arrested, said Deputy Commissioner of Police (Crime) Anil Rao.\n\n\"The gang used fake uniforms,\" the DCP said.",
			[]string{"Anil Rao"}},
		{"DGP", "Security was tightened across the state, an official said.\n\nDirector General of Police Rajiv Menon reviewed the arrangements.\n\n\"Every district is on alert,\" the DGP said.",
			[]string{"Rajiv Menon"}},
		{"DIG", "Two smugglers were held at the border, an official said.\n\nDeputy Inspector General Harpreet Sandhu inspected the post.\n\n\"The route is now closed,\" the DIG said.",
			[]string{"Harpreet Sandhu"}},
		{"SP", "Two smugglers were held at the border, an official said.\n\nSuperintendent of Police Kavita Rao inspected the post.\n\n\"The route is now closed,\" the SP said.",
			[]string{"Kavita Rao"}},
		// Near miss.
		{"no DCP named", "The police have busted a gang of fraudsters, an official said on Monday.\n\n\"The gang used fake uniforms,\" the DCP said.",
			[]string{""}},
	})
}

// TestForms34HearsayAdverbBeforeParticiple checks a participle of saying
// after its own subject and an adverb of hearsay ("reportedly",
// "allegedly") in an absolute clause: "…, with Trump reportedly yelling:
// “…”", "…, the mayor reportedly saying, “…”". The adverb reports on the
// sentence and is no cue that the participle goes on from; the
// participle's subject speaks. Near misses: "issued a statement saying"
// still goes on from the document, and a finite verb after the adverb
// keeps its reading.
func TestForms34HearsayAdverbBeforeParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"with and reportedly", "Supporters shoved a protester out, with Senator Kane reportedly yelling: “Get him out of here!”",
			[]string{"Kane"}},
		{"bare absolute", "The crowd cheered as the result came in, Mayor Ada Obi reportedly saying, “This is our day.”",
			[]string{"Ada Obi"}},
		{"allegedly", "The meeting broke up early, with Director Lee Han allegedly shouting, “We are done here.”",
			[]string{"Lee Han"}},
		// Near misses.
		{"a finite verb", "Governor Rui Alves reportedly said, “We will not sign.”",
			[]string{"Rui Alves"}},
	})
	runAttrCases(t, []attrCase{
		{"a document's participle", "The ministry issued a statement saying the dam was safe.",
			[]string{"The ministry | issued a statement saying"}},
	}, showChain)
}
