package wirestory

import "testing"

// TestForms25RoleOfSeveralWords checks a company's name, then a role of
// several lower-case words whose last is a role's head ("chief
// operating officer", "senior vice president", "managing director"), then the
// holder's name: the company qualifies the role, the person speaks, and
// "he" after is the person. A verb between the company and the name,
// or a role's head that does not stand last, qualifies nothing.
func TestForms25RoleOfSeveralWords(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"chief operating officer, said after", "Fares will stay, said Harbour Ferry Line chief operating officer Razak Ismail. “We are ready,” he said.",
			[]string{"Razak Ismail"}},
		{"chief financial officer, said before", "Delta Cement chief financial officer Nora Haddad said margins had held. “Prices are firm,” she added.",
			[]string{"Nora Haddad"}},
		{"senior vice president", "Orion Shipping senior vice president Tomas Berg said the route would reopen. “We expect demand in spring,” he said.",
			[]string{"Tomas Berg"}},
		{"new boss", "Kestrel Airways new boss Hana Sato said the fleet would grow. “We have ordered ten jets,” she said.",
			[]string{"Hana Sato"}},
		{"managing director", "“Orders are up a third,” said Baltic Timber Works managing director Ilze Ozola. “We hired forty people,” she added.",
			[]string{"Ilze Ozola", "Ilze Ozola"}},
		{"executive vice president", "Nordic Grid Services executive vice president Nils Lund said the cable was laid. “It carries power from May,” he said.",
			[]string{"Nils Lund"}},
		// Near misses: a verb before the name, and the company with a
		// role after the name.
		{"verb before the name", "Orion Shipping chief executive Lena Koch said the firm later hired Tomas Berg. “He starts in May,” she said.",
			[]string{"Lena Koch"}},
		{"role after the name", "Tomas Berg, senior vice president of Orion Shipping, said the route would reopen. “We expect demand,” he said.",
			[]string{"Tomas Berg"}},
	})
}

// TestForms25PortfolioWords checks portfolios whose last word the list
// of portfolio words lacked ("Human Rights", "Veterans Affairs",
// "Lands"): the name after the portfolio is the holder's, whole. A name
// right after a portfolio of one word, and a portfolio after the name,
// stay as they were.
func TestForms25PortfolioWords(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"human rights", "Minister for Human Rights Dolo Kanneh said the report was late. “We will act,” she said.",
			[]string{"Dolo Kanneh"}},
		{"veterans affairs", "“Pensions will rise in March,” Minister of Veterans Affairs Tomas Okafor said.",
			[]string{"Tomas Okafor"}},
		{"lands and resettlement", "Deputy Minister of Lands and Resettlement Amai Dube told reporters the survey was done. “No farm will be taken,” she said.",
			[]string{"Amai Dube"}},
		{"national reconciliation", "Minister for National Reconciliation Joseph Lado said the talks would resume. “We are patient,” he said.",
			[]string{"Joseph Lado"}},
		// Near misses: a one-word portfolio, and the portfolio after
		// the name.
		{"one word", "Finance Minister Ana Ruiz said the budget was ready. “It is balanced,” she said.",
			[]string{"Ana Ruiz"}},
		{"after the name", "Dolo Kanneh, Minister for Human Rights, said the report was late. “We will act,” she said.",
			[]string{"Dolo Kanneh"}},
	})
}

// TestForms25AgentAfterTime checks a cue in the passive whose agent
// follows "by" after a time: "was announced on Friday by the board",
// "were revealed last month by X". A time and no "by", and "by" after
// a time that names a means, stay as they were.
func TestForms25AgentAfterTime(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"on a weekday", "The decision was announced on Friday by the board.",
			[]string{"the board | was announced | The decision"}},
		{"late a weekday", "The cuts were confirmed late Monday by the finance ministry.",
			[]string{"the finance ministry | were confirmed | The cuts"}},
		{"last month", "The allegations were revealed last month by a referees' association.",
			[]string{"a referees' association | were revealed | The allegations"}},
		{"a participle after its noun", "The works are part of a plan announced on Tuesday by the city council.",
			[]string{"the city council | announced | part of a plan"}},
		// Near misses: no agent after the time, and a means after "by".
		{"no by", "The decision was announced on Friday.",
			[]string{" | was announced | The decision"}},
		{"a means", "The decision was announced on Friday by telephone.",
			[]string{" | was announced | The decision was announced on Friday by telephone"}},
	}, showSourceCueContent)
}

// TestForms25PluralFormBeforeQuotation checks an -s form of "claim",
// "show" or "call" after a noun, then a comma and a quoted sentence: the
// verb, as before a colon ("The group claims, “We never took it.”").
// A plural noun before a title in quotes, or before a quoted fragment,
// stays a noun.
func TestForms25PluralFormBeforeQuotation(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"claims", "The group claims, “We never took the money.”",
			[]string{"The group | claims | “We never took the money.”"}},
		{"shows", "The new survey shows, “Most voters want change.”",
			[]string{"The new survey | shows | “Most voters want change.”"}},
		{"two sentences", "The company claims, “We did nothing wrong. We will appeal.”",
			[]string{"The company | claims | “We did nothing wrong. We will appeal.”"}},
		{"a question", "The opposition party claims, “Who will pay for this?”",
			[]string{"The opposition party | claims | “Who will pay for this?”"}},
		// Near misses: titles and a fragment after a plural noun.
		{"titles", "The network cancelled two talk shows, “Night Talk” and “Morning Up.”",
			nil},
		{"a fragment", "Officials rejected the asylum claims, “Mostly unfounded” ones among them.",
			[]string{"Officials | rejected | the asylum claims"}},
	}, showSourceCueContent)
}

// TestForms25DeterminerThenParticiple checks a clause after a weak cue
// whose first words are a determiner and a past form: the past form
// modifies the noun after it ("maintained a paid speaking schedule"), no
// verb of which the determiner alone is the subject. A subject with its
// noun before a past verb still opens a clause.
func TestForms25DeterminerThenParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a paid schedule", "Lund, who maintained a paid speaking schedule during the campaign, said she would go.",
			[]string{"Lund | said | she would go"}},
		{"the damaged bridge, clause", "She maintained the damaged bridge was safe.",
			[]string{"She | maintained | the damaged bridge was safe"}},
		{"a noun, then the past verb", "Aides thought the council held its vote too early.",
			[]string{"Aides | thought | the council held its vote too early"}},
		{"an object with a modifier", "The mayor maintained a reduced schedule after the surgery.",
			nil},
	}, showSourceCueContent)
}

// TestForms25SentenceAdverbial checks a sentence that opens with a
// preposition and one word in lower case, no comma, then the subject:
// "In fact Trump said", "Of course the minister said", "In 1962 Lund
// was named". The two words are the sentence's adverb, no part of the
// source. A role in lower case before a name after an opening place,
// and a number before its noun, stay in the phrase.
func TestForms25SentenceAdverbial(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"in fact", "In fact Trump said he would run again.",
			[]string{"Trump | said | he would run again"}},
		{"of course", "Of course the minister said the plan would work.",
			[]string{"the minister | said | the plan would work"}},
		{"for example", "For example Senator Ann Holt said the bill was flawed.",
			[]string{"Senator Ann Holt | said | the bill was flawed"}},
		{"in short", "In short the union said it would strike.",
			[]string{"the union | said | it would strike"}},
		// Near misses: a number before its noun, a lower-case role
		// before a name, and a place after the preposition.
		{"at least two", "At least two people said they saw the fire.",
			[]string{"two people | said | they saw the fire"}},
		{"role before a name", "Of those present, health minister Ana Ruiz said the plan was good.",
			[]string{"health minister Ana Ruiz | said | the plan was good"}},
	}, showSourceCueContent)
}

// TestForms25QualifiedOfficial checks that "the official" goes to an
// office holder named after the lead's unnamed "a senior official" only
// when it is bare: a qualified "the Jordanian official" may be another
// person, and is the unnamed one the story introduced.
func TestForms25QualifiedOfficial(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"bare", "AMMAN, May 2 (AFP) - Talks on the prisoner will resume, a Jordanian official said on Friday.\n\n“The file is open,” Interior Secretary Samir Haddad told reporters.\n\n“We expect an answer soon,” the official said.",
			[]string{"Samir Haddad", "Samir Haddad"}},
		{"qualified", "AMMAN, May 2 (AFP) - Talks on the prisoner will resume, a Jordanian official said on Friday.\n\n“The file is open,” Interior Secretary Samir Haddad told reporters.\n\n“We expect an answer soon,” the Jordanian official said.",
			[]string{"Samir Haddad", ""}},
	})
}

// TestForms25NamePossessor checks the source of a noun of speech whose
// possessor is a name: the name, with its title and honorific, not the
// words of the clause before it that a phrase read on over ("many
// leaders go beyond Trump's pledge"). A possessor in lower case keeps
// its phrase.
func TestForms25NamePossessor(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"after a clause", "But many union leaders go beyond Mayor Lund's pledge to be “neutral” in the talks.",
			[]string{"Mayor Lund's | pledge | to be “neutral” in the talks"}},
		{"after a verb", "Aides quickly clarified Mr. Ruiz's comment that the port had been “contained.”",
			[]string{"Mr. Ruiz's | comment | that the port had been “contained.”"}},
		{"after a preposition", "Officials pushed back against Foreign Minister Ana Lind's claim that the border was closed.",
			[]string{"Officials | pushed back against | Foreign Minister Ana Lind's claim that the border was closed", "Foreign Minister Ana Lind's | claim | that the border was closed"}},
		{"an initial", "Voters cheered Donald J. Baker's promise to cut taxes.",
			[]string{"Donald J. Baker's | promise | to cut taxes"}},
		// Near miss: a possessor in lower case keeps its phrase.
		{"lower-case possessor", "The head of the union's statement that the deal was “fair” was read out.",
			[]string{"The head of the union's | statement | that the deal was “fair” was read out"}},
	}, showSourceCueContent)
}
