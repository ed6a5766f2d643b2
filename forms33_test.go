package wirestory

import "testing"

// Session twenty, the lead's forms from the "?" left by rounds 31 and 32.
// Each test holds variants of one form in wire style and near misses that
// must not change.

// TestForms33EventBodies checks events named as bodies by their head
// word, "the Doha International Book Fair", "the Qatar Economic Forum",
// "the Gulf Climate Conference", "the Arab Summit": a role's "of" phrase
// that names one ends before the holder's name, which keeps no word of
// the event's ("Director of the <place> <words> Fair <Name>"), and "the
// forum" later stands for it. Near misses: a name with no event before
// it, and a "Fair" that is a surname after a given name, keep their
// names.
func TestForms33EventBodies(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"book fair", "Speaking to QNA, Director of the Doha International Book Fair Khalid Saeed Al Mannai said the fair had grown. “It is bigger than ever,” he added.",
			[]string{"Khalid Saeed Al Mannai"}},
		{"economic forum", "Chairman of the Kelta Economic Forum Idris Bako said the talks went well. “We talked for hours,” he said.",
			[]string{"Idris Bako"}},
		{"climate conference", "Head of the Gulf Climate Conference Fahad Al Obaidly said the talks would go on. “We will meet again,” he said.",
			[]string{"Fahad Al Obaidly"}},
		{"a summit's secretary", "“The text is agreed,” Secretary General of the Sahel Peace Summit Moussa Traore said.",
			[]string{"Moussa Traore"}},
		// Near misses: no event before the name; a surname "Fair".
		{"no event", "Director Khalid Al Mannai said the hall was full. “It is full,” he said.",
			[]string{"Khalid Al Mannai"}},
		{"a surname Fair", "“We will appeal,” said Joanna Fair, a lawyer for the family.",
			[]string{"Joanna Fair"}},
	})
}

// TestForms33EnvoyToThePlace checks an envoy's title with where they are
// sent after "to the" and a place with an "of" of its own, before the
// name: "Ambassador of the Republic of Korea to the State of Qatar X",
// "Permanent Representative of Kenya to the United Nations X". The place
// after "to the" is a second part of the title, as "to Kenya" is, and
// the name after it the holder's. Near misses: a bare "to" + place, a
// one-part title, and a name before "to the" (a given name in the run)
// keep their readings.
func TestForms33EnvoyToThePlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"republic to the state", "“We welcome all readers,” HE Ambassador of the Republic of Korea to the State of Qatar Lee Jae-won said.",
			[]string{"Lee Jae-won"}},
		{"to the republic of", "“Trade is rising,” Ambassador of Japan to the Republic of Kenya Kenji Sato said.",
			[]string{"Kenji Sato"}},
		{"to the united nations", "Permanent Representative of Kelta to the United Nations Dawit Alemu said the vote was close. “It was close,” he said.",
			[]string{"Dawit Alemu"}},
		{"envoy to the region", "“We agree,” Special Envoy of the President to the Gulf Region Omar Saleh told reporters.",
			[]string{"Omar Saleh"}},
		// Near misses: "to" and a place with no article, a plain title.
		{"to a place", "“Trade is rising,” Ambassador of Japan to Kenya Kenji Sato said.",
			[]string{"Kenji Sato"}},
		{"a plain portfolio", "Minister of Trade Ali Musa said the talks went on. “Fine,” he said.",
			[]string{"Ali Musa"}},
		{"a name before to the", "Minister of Finance Ali Khan spoke to the National Assembly on Monday. “We are solvent,” he said.",
			[]string{"Ali Khan"}},
	})
}

// TestForms33RelayedByVenue checks "relayed by" and "relayed on" as
// venue links after a document, as "carried by" is: "said in a message
// relayed by state news agency X" makes the agency a level after the
// message. Near misses: a message with no venue, and "relayed" with no
// "by" or "on", keep their chains.
func TestForms33RelayedByVenue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"message relayed by an agency", "The minister said in a message relayed by state news agency Andina that the herds were safe.",
			[]string{"The minister | said >> a message | in >> state news agency Andina | relayed by"}},
		{"statement relayed on television", "The army said in a statement relayed on state television that the border was calm.",
			[]string{"The army | said >> a statement | in >> state television | relayed on"}},
		{"fronted, relayed by", "In a speech relayed by Radio Kelta, the president said the vote would go ahead.",
			[]string{"the president | said >> a speech | In >> Radio Kelta | relayed by"}},
		// Near misses: no venue; "relayed" without a link word.
		{"no venue", "The minister said in a message that the herds were safe.",
			[]string{"The minister | said >> a message | in"}},
		{"relayed around", "The minister said in a message relayed around the country that the herds were safe.",
			[]string{"The minister | said >> a message | in"}},
	}, showChain)
}

// TestForms33Memorandum checks "memorandum" as a document noun, as
// "memo" is: "In a memorandum sent to X, the authority warned" makes the
// memorandum a level. Near miss: a memorandum signed, no words carried.
func TestForms33Memorandum(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"fronted memorandum sent to", "In a memorandum sent to the Ministry of Commerce, the authority warned that prices would rise.",
			[]string{"the authority | warned >> a memorandum sent to the Ministry of Commerce | In"}},
		{"said in a memorandum", "The company said in an internal memorandum that it would cut 200 jobs.",
			[]string{"The company | said >> an internal memorandum | in"}},
		{"according to memoranda", "Wages will rise, according to memoranda seen by the paper.",
			[]string{"memoranda seen by the paper | according to"}},
		// Near miss: a memorandum as what was signed.
		{"signed a memorandum", "The two ministries signed a memorandum of understanding on Monday, the minister said.",
			[]string{"the minister | said"}},
	}, showChain)
}

// TestForms33InformedSources checks "informed" before a source noun that
// ends a [cueNotPhrases] entry with it ("informed sources", "informed
// circles"): an adjective, no cue, so the phrase is the quoted source
// ("quoted informed sources as saying", "citing informed sources").
// Near misses: "informed" with an object that is no source noun, and a
// source noun with another adjective, keep their readings.
func TestForms33InformedSources(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"quoted as saying", "Al-Rai daily quoted informed sources at the authority as saying that the ban would start in May.",
			[]string{"Al-Rai daily | quoted >> informed sources at the authority | as saying"}},
		{"citing", "The paper reported, citing informed sources, that the ban would start in May.",
			[]string{"The paper | reported >> informed sources | citing"}},
		{"quoting circles", "The minister resigned on Monday, the agency reported, quoting informed circles in the capital.",
			[]string{"the agency | reported >> informed circles in the capital | quoting"}},
		// Near misses: a verb with an object; another adjective.
		{"informed the cabinet", "The minister informed the cabinet that the ban would start in May.",
			[]string{"The minister | informed -> the cabinet"}},
		{"senior sources", "Al-Rai daily quoted senior sources as saying that the ban would start in May.",
			[]string{"Al-Rai daily | quoted >> senior sources | as saying"}},
	}, showChain)
}

// TestForms33RecalledSpeech checks a speaker who recalls telling someone
// earlier, in the simple past, inside their own reported speech: "X said
// he warned the board in September that …", "she said she told
// reporters on Monday that …": the content opens with the inner source
// and verb, and an addressee or a time stands between that verb and its
// words, so the inner verb is a level of its own, as with "he had
// warned". Near misses: the same speaker's next verb with its words
// right after it ("he stressed Poland would …"), the same verb again,
// and a verb of thought keep one level.
func TestForms33RecalledSpeech(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"warned the board", "Brandvold said he warned the board in September that the plan would fail.",
			[]string{"Brandvold | said >> he | warned", "he | warned"}},
		{"told reporters", "The spokeswoman said she told reporters on Monday that the leak was small.",
			[]string{"The spokeswoman | said >> she | told", "she | told -> reporters"}},
		{"that, then told", "The company said that it told the regulator last week it would not sell the unit.",
			[]string{"The company | said >> it | told", "it | told -> the regulator"}},
		// Near misses: the words follow the verb; the same verb; a thought.
		{"stressed, words after", "Baka said he stressed Poland would meet its obligations.",
			[]string{"Baka | said", "he | stressed"}},
		{"said twice", "He said he said the same thing last year.",
			[]string{"He | said", "he | said"}},
		{"believed", "She said she believed the plan would fail.",
			[]string{"She | said"}},
	}, showChain)
}

// TestForms33TitleFrames checks "title", "theme", "banner" and
// "tagline" as title cues, as "slogan" and "titled" are: a quotation
// after "under the title", "under the theme", "with the tagline" is a
// name said by no one, inside someone's reported speech or not. Near
// misses: a quotation after "title of" a person's rank is no such frame,
// and a partial quote of a speaker's own words keeps its speaker.
func TestForms33TitleFrames(t *testing.T) {
	runKindCases(t, []speakerCase{
		{"under the title, in reported speech", `The director general said the authority would start a campaign under the title "One Bag for Life" in May.`,
			[]string{"title | "}},
		{"under the theme", "The fair, held under the theme “Green Cities”, will open on Monday, Minister Ana Ruiz said.",
			[]string{"title | "}},
		{"under the banner", "The rally, held under the banner “No More Cuts”, drew thousands, organiser Tom Reyes said.",
			[]string{"title | "}},
		{"with the tagline", "The bank said its campaign, with the tagline “Save Small, Win Big”, would run until June.",
			[]string{"title | "}},
		// Near misses: the speaker's own words.
		{"a partial quote", "Ruiz said the plan was “a disaster” and would cost the party its title.",
			[]string{"partial | Ruiz"}},
		{"quoted words after a title's holder", "“We will defend the title,” said captain Joe Park.",
			[]string{"direct | captain Joe Park"}},
	})
}

// TestForms33RunTogetherInitials checks initials run together before a
// surname, "D.K. Shivakumar", "C.N. Prakash": their last period ends no
// sentence, as a single initial's does not, so the title and initials
// stay in the source. Near misses: an abbreviation at a sentence's end
// before "He" or "The" still ends it, and spaced initials keep their
// reading.
func TestForms33RunTogetherInitials(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"deputy chief minister", "Deputy Chief Minister D.K. Shivakumar said in a video message that tankers would be seized.",
			[]string{"Deputy Chief Minister D.K. Shivakumar | said >> a video message | in"}},
		{"legislator", "BJP legislator C.N. Prakash said the tankers were overcharging.",
			[]string{"BJP legislator C.N. Prakash | said"}},
		{"three initials", "Retired judge M.L.R. Menon said the panel would meet in June.",
			[]string{"Retired judge M.L.R. Menon | said"}},
		// Near misses: a sentence ends after the abbreviation; spaced initials.
		{"U.S. before He", "The deal was signed in the U.S. He said it was good.",
			[]string{"He | said"}},
		{"spaced initials", "Deputy Chief Minister D. K. Shivakumar said in a video message that tankers would be seized.",
			[]string{"Deputy Chief Minister D. K. Shivakumar | said >> a video message | in"}},
	}, showChain)
}

// TestForms33HolderAfterWorkplace checks a role in lower case, "at" or
// "of" and the place of work run straight into the holder's name with no
// comma, as TASS and Xinhua render it: "a professor at Moscow State
// University Ivan Petrov", "Senior researcher at the Kamchatka branch of
// the Pacific Institute of Geography Olga X", "an official at the
// Ministry of Health X": the body ends at its head word or before a
// given name, and the holder is named; a capitalised word that opens the
// sentence before the role ("Senior researcher") qualifies it and names
// no one. Near misses: a name in apposition after a comma, a body with
// no name after it, and a role modifier before a name keep their
// readings.
func TestForms33HolderAfterWorkplace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"professor at a university", "A professor at Moscow State University Ivan Petrov said bears were hungry. “They are hungry,” he said.",
			[]string{"Ivan Petrov"}},
		{"researcher at a branch of an institute", "Senior researcher at the Kamchatka branch of the Pacific Institute of Geography Olga Sergeyenko said the bears were thin. “They are thin,” she said.",
			[]string{"Olga Sergeyenko"}},
		{"official at a ministry", "An official at the Ministry of Health Andrei Volkov said the clinics were full. “They are full,” he said.",
			[]string{"Andrei Volkov"}},
		{"teacher at a school of", "A teacher at the School of Music Natalia Orlova said the hall was full. “It is full,” she said.",
			[]string{"Natalia Orlova"}},
		// Near misses: a comma appositive; no name; a modifier before a name.
		{"name in apposition", "A student at Harvard University, Ivan Petrov, said the rent was high. “It is high,” he said.",
			[]string{"Ivan Petrov"}},
		{"chief economist", "Chief economist Pavel Orlov said rates would rise. “They will rise,” he said.",
			[]string{"Pavel Orlov"}},
		{"no name after the body", "A professor at Moscow State University said bears were hungry. “They are hungry,” the professor said.",
			[]string{""}},
	})
}

// TestForms33OpeningTitleInApposition checks a capitalised title that
// opens its sentence with its "of" phrase and no determiner before the
// holder named in apposition: "Governor of the Monetary Authority, Dr.
// X, said", "Director of the National Museum, X, said". The holder takes
// the title's role, as after "The governor of …, X,", so "the governor"
// later is the holder, not the last speaker. Near miss: a title right
// before the name ("Sen. X, R-Fla.,") heads no phrase, and what follows
// the comma is no holder of it.
func TestForms33OpeningTitleInApposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"governor, honorific", "Governor of the Palestinian Monetary Authority, Dr. Fares Saleh, said the banks held cash. Omar Hamdan said trade fell. “We will not let the banks fall,” the governor said.",
			[]string{"Fares Saleh"}},
		{"director", "Director of the National Museum, Sara Haddad, said the hall was shut. Omar Hamdan said trade fell. “It is shut,” the director said.",
			[]string{"Sara Haddad"}},
		{"chairman of a federation", "Chairman of the Federation of Chambers of Commerce, Rami Nasser, told WAFA that trade fell. Sami Odeh said prices rose. “It fell by half,” the chairman said.",
			[]string{"Rami Nasser"}},
		// Near miss: a title before the name, a party tag in apposition.
		{"senator and party tag", "Sen. Mark Rowe, R-Ohio, said the plan failed. “Nothing in it will help,” the Ohio senator said.",
			[]string{"Mark Rowe"}},
	})
}

// TestForms33PluralRoleInBodyName checks a plural role word inside the
// name of a body that a role heads before a holder in apposition: "The
// president of the olive growers' association, X,", "the head of the
// rice farmers union, X,": the plural qualifies the body ("growers
// association") and the holder takes the role before it, so "the
// president" or "the association head" later is the holder. Near
// misses: a plural role that ends its own phrase ("officials at the
// ports of …") gives no one a role, and a holder named before keeps his.
func TestForms33PluralRoleInBodyName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"president of a growers association", "The president of the Jaen olive growers association, Carlos Ruiz Ortega, said prices fell. Marta Gil said prices rose. “The groves will die,” the president added.",
			[]string{"Carlos Ruiz Ortega"}},
		{"head, the association head", "The head of the Jaen olive growers association, Carlos Ruiz Ortega, said prices fell. Marta Gil said prices rose. “The groves will die,” the association head added.",
			[]string{"Carlos Ruiz Ortega"}},
		{"chairman of a farmers union", "The chairman of the rice farmers union, Budi Santoso, said the harvest was late. Rina Wati said prices rose. “It is late,” the chairman said.",
			[]string{"Budi Santoso"}},
		// Near miss: a plural role ending its phrase.
		{"officials at the ports", "A ministry spokesman said officials at the ports of Tokyo, Osaka and Kobe had stopped the shoes. “We act fast,” the spokesman said.",
			[]string{""}},
	})
}
