package wirestory

import "testing"

// Round 29, f29a: a term after "so-called" with a possessive before it,
// a nickname right after a participle of naming, a passive "was quoted
// by … as saying" after its quotation, "the statement quoted the role as
// saying", and a possessive role with its holder's name in commas. Each
// case lists every quotation's speaker name in text order.

// TestForms29ScareAfterPossessive checks a term in marks after a scare
// cue ("so-called") with a possessive noun before the cue, in the
// subject of a clause with a verb of speech or stance, "The company's
// so-called “wet season plan” … had called for": a term held at a
// distance, as after an article, said by no one, not the clause's
// subject. Near misses: a possessive pronoun ("her so-called
// “mistakes”") leaves the term its speaker's word, and so does a verb
// of naming a few words before the cue, "what she called the so-called
// “…”", with an article or a possessive.
func TestForms29ScareAfterPossessive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a company's plan", "SYDNEY, Dec 7 (Reuters) - Iron ore miner Tamar Resources halted shipments on Monday.\n\n\"We will not load ships until the berth is repaired,\" Chief Executive Rachel Odum said.\n\nPort operator NQXT said repairs would take a week. The company's so-called \"dry stockpile plan\", drawn up after floods in 2022, had called for three weeks of ore at the port, but a report by a Perth broker said the stockpile had shrunk to ten days.",
			[]string{"Rachel Odum", ""}},
		{"a ministry's rule, curly marks", "BERLIN, May 4 (Reuters) - German packaging makers said on Thursday they would challenge new recycling quotas in court.\n\n“The quotas cannot be met with the plants that exist,” said Jonas Pfeiffer, head of the IK industry group.\n\nThe packaging register ZSVR said the quotas were fair. The agency’s so-called “zero-waste rule”, which takes effect in January, calls for all plastic trays to be recycled.",
			[]string{"Jonas Pfeiffer", ""}},
		{"a country's project, so called", "BANGKOK, March 3 (AFP) - Thailand's cabinet approved a new budget on Tuesday.\n\n\"This budget puts farmers first,\" Finance Minister Somchai Rattanakul told reporters.\n\nThe Bank of Thailand warned of a slowdown. Thailand's so called \"land bridge project\", a road and rail link between two seaports, promised 280,000 jobs, but critics said it would cost more.",
			[]string{"Somchai Rattanakul", ""}},
		// Near misses.
		{"a possessive pronoun", "LIMA, Oct 5 (Reuters) - Mayor Ana Ruiz defended her spending on Saturday.\n\nRuiz said her so-called \"mistakes\" had saved the city money.",
			[]string{"Ana Ruiz"}},
		{"what she called the so-called", "LONDON, Jan 9 (Reuters) - Campaigner Helen Ashby attacked the energy plan on Tuesday.\n\nAshby said the government had bowed to what she called the so-called \"clean coal\" lobby.",
			[]string{"Helen Ashby"}},
		{"what he called the ministry's so-called", "PARIS, June 2 (AFP) - Farm union leader Paul Girard attacked the budget on Friday.\n\nGirard said farmers would not pay for what he called the ministry's so-called \"green growth\" agenda.",
			[]string{"Paul Girard"}},
	})
}

// TestForms29NicknameAfterParticiple checks a nickname in marks right
// after a participle of naming ([nicknameVerbs]: "nicknamed", "dubbed")
// that opens a phrase of its own after a comma or a noun, "a machine
// developed by a local university, nicknamed the “iron scythe,”", even
// in lower case and inside a speaker's reported words: the name a
// thing goes by, said by no one. Near misses: "called" with a subject
// before it characterises ("Rossi called the plan “reckless”"), and so
// does "dubbed … a “…”" with an article of its own; both stay the
// subject's.
func TestForms29NicknameAfterParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"added that, nicknamed the", "KUMAMOTO, Japan, Dec. 7 Kyodo - Rice growers in Kumamoto are running short of hands.\n\n\"We start at dawn and stop by noon,\" said Aiko Tanabe, who farms five hectares.\n\nShe added that a harvester built by a local firm, nicknamed the \"green monster,\" had halved the work but still cost too much.",
			[]string{"Aiko Tanabe", ""}},
		{"said that, dubbed the, curly marks", "MANILA, May 4 (Reuters) - A new ferry will link Manila and Cebu from June, its operator said on Thursday.\n\n“The demand is there,” said Ramon Dizon, president of Luzon Sea Lines.\n\nDizon said the vessel, dubbed the “floating mall,” would carry 900 passengers and 60 cars.",
			[]string{"Ramon Dizon", ""}},
		{"a noun, nicknamed with no article", "NAIROBI, March 3 (AFP) - Kenya's railway agency will restore a colonial-era locomotive.\n\n\"It is part of our history,\" said agency head Philip Mwangi.\n\nMwangi said a steam engine nicknamed \"old smoky\" would run on the Nairobi-Naivasha line.",
			[]string{"Philip Mwangi", ""}},
		{"a comma, called the", "HANOI, June 2 (AFP) - A new bridge over the Red River will open next year, Hanoi's transport department said.\n\n\"Traffic will fall by a third,\" said department director Tran Van Hai.\n\nTran said the bridge, called the \"silver ribbon,\" would carry six lanes of traffic and a metro line.",
			[]string{"Tran Van Hai", ""}},
		// Near misses.
		{"called the plan", "ROME, Oct 5 (Reuters) - Opposition leader Marco Rossi attacked the budget on Saturday.\n\nRossi called the plan \"reckless,\" saying it would push up debt.",
			[]string{"Marco Rossi"}},
		{"dubbed it a", "ATHENS, Jan 9 (Reuters) - Opposition leader Nikos Pappas attacked the budget on Tuesday.\n\nPappas dubbed the budget a \"recipe for disaster\" and said his party would vote against it.",
			[]string{"Nikos Pappas"}},
	})
}

// TestForms29OfficeNotInFocus checks a role noun of a public office
// ([resolveOffices]: "the chief minister", "the mayor") that no one in
// the story was introduced with, here the object of "the statement
// quoted … as saying": it stands for the office's holder, unnamed, not
// for the person the story last quoted, introduced with another office
// or rank ("Superintendent of Police X", "Fire marshal X"). Near misses:
// the office's holder named before is who the role stands for, and a
// descriptive role ("the farmer") still stands for the person in focus.
func TestForms29OfficeNotInFocus(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the statement quoted the chief minister", "Jaipur, Dec 7 (PTI) A boy who fell into a borewell was rescued on Monday, officials said.\n\nPolice have registered a case against the landowner under the relevant sections, Superintendent of Police Ranjita Meena told reporters. \"Leaving a borewell open is a crime,\" she said.\n\nThe Chief Minister's Office also issued a statement. \"Every open borewell must be sealed within a week,\" the statement quoted the chief minister as saying.",
			[]string{"Ranjita Meena", ""}},
		{"the release quoted the governor, curly marks", "LAGOS, May 4 (Reuters) - Flood waters forced 3,000 people from their homes in Lagos state on Thursday.\n\n“The canals were blocked with rubbish,” said Emeka Obi, the state's commissioner for the environment.\n\n“No one will be left without shelter,” a release from Government House quoted the governor as saying.",
			[]string{"Emeka Obi", ""}},
		{"the mayor said", "MANILA, March 3 (AFP) - Firefighters put out a blaze in a Manila slum on Tuesday.\n\n\"We lost everything,\" said resident Lorna Cruz, 52, who sells fish.\n\nFire marshal Ramon Dela Cruz said the fire started in a kitchen. \"The houses were built too close together,\" the mayor said.",
			[]string{"Lorna Cruz", ""}},
		// Near misses.
		{"the chief minister named before", "Jaipur, Dec 7 (PTI) Chief Minister Bhajan Lal Sharma visited the site on Monday.\n\nSuperintendent of Police Ranjita Meena said a case had been registered. \"Leaving a borewell open is a crime,\" she said.\n\n\"Every open borewell must be sealed within a week,\" the statement quoted the chief minister as saying.",
			[]string{"Ranjita Meena", "Bhajan Lal Sharma"}},
		{"a descriptive role", "NAIROBI, Jan 9 (Reuters) - Maize grower Peter Otieno lost half his crop to armyworms this year.\n\n\"The worms came overnight,\" the farmer said.",
			[]string{"Peter Otieno"}},
	})
}

// TestForms29PlaceSurnameAfterMiddleName checks a full name in commas
// after a role, with a possessive body before the role ("IHCAFE's
// technical manager, José Ramiro Lagos, told EFE"), whose surname is
// also a place's name ("Lagos", "Madrid", "Jordan") and whose middle
// name no list holds: the place word after a given name and a middle
// name is the surname, the name the role's holder's, and a pronoun later
// is that person. Near misses: a body in commas after a place's
// possessive names no person, and a city of three words after "in"
// ("San Pedro Sula") stays a place.
func TestForms29PlaceSurnameAfterMiddleName(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"possessive role, told EFE, he warned", "Tegucigalpa, Dec 7 (EFE).- Coffee rust has returned to western Honduras, the Honduran Coffee Institute (IHCAFE) said on Monday.\n\n\"The rains of November created ideal conditions for the fungus,\" IHCAFE's technical manager, José Ramiro Lagos, told EFE.\n\nLagos said the disease had been found on 18,000 hectares.\n\n\"If we do not act now, we will be there in a few months,\" he warned.",
			[]string{"José Ramiro Lagos", "José Ramiro Lagos"}},
		{"possessive role, said, he added", "Quito, May 4 (EFE).- Ecuador's banana exports fell 9 percent in April, the central bank said on Thursday.\n\n\"Freight costs have eaten the margin,\" the ministry's chief economist, Luis Ovidio Madrid, said.\n\n\"Small growers feel it first,\" he added.",
			[]string{"Luis Ovidio Madrid", "Luis Ovidio Madrid"}},
		{"said the union's director, she said", "KINGSTON, March 3 (Reuters) - Jamaican dock workers will strike on Friday, their union said.\n\n“We have waited two years for this contract,” said the union's regional director, Sarah Keziah Jordan.\n\n“The ships will wait,” she said.",
			[]string{"Sarah Keziah Jordan", "Sarah Keziah Jordan"}},
		// Near misses.
		{"a body after a place's possessive", "Tegucigalpa, Oct 5 (EFE).- Coffee prices rose on Saturday.\n\n\"The harvest is late,\" Honduras's coffee institute, IHCAFE, said.",
			[]string{""}},
		{"a city after in", "Tegucigalpa, Jan 9 (EFE).- Coffee exports rose in December.\n\n\"Buyers are back,\" exporter Raúl Cruz said in San Pedro Sula.",
			[]string{"Raúl Cruz"}},
	})
}

// TestForms29QuotedByAfterQuote guards the speaker of a quotation
// followed by a passive "X was quoted by Y as saying", X with a title
// and an of-phrase ("Prof. Yang Qiuping of Yunnan Agricultural
// University"): X, the subject of the passive. These pass as they are:
// round 29's xinhua-teahills row fails only where the outlet's name
// holds a time word ("Spring City Evening News"), which cuts the
// outlet's phrase at "Evening" (phraseRight) and loses the passive; that
// bound is the chain's (f29b's) to fix. Near misses: a pronoun subject
// is the person quoted before, and the active "Y quoted X as saying"
// gives X too.
func TestForms29QuotedByAfterQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Prof. of a university, by the newspaper", "KUNMING, Dec. 7 (Xinhua) -- Tea growers in Yunnan have doubled their incomes.\n\n\"Old tea trees need shade and birds,\" Prof. Yang Qiuping of Yunnan Agricultural University was quoted by the Kunming-based newspaper Yunnan Daily as saying.",
			[]string{"Yang Qiuping"}},
		{"Dr. of an institute, curly marks", "ACCRA, May 4 (Reuters) - Ghana's cocoa harvest will fall for a third year.\n\n“Swollen shoot has spread to the west,” Dr. Amara Osei of the Cocoa Research Institute was quoted by the Daily Graphic as saying.",
			[]string{"Amara Osei"}},
		{"no title, of a chamber", "ISTANBUL, March 3 (Reuters) - Turkish hazelnut prices hit a record on Tuesday.\n\n\"Frost took a third of the crop,\" Mehmet Kaya of the Giresun Commodity Exchange was quoted by the daily Hurriyet as saying.",
			[]string{"Mehmet Kaya"}},
		// Near misses.
		{"a pronoun subject", "TOKYO, Oct 5 (Kyodo) - Farm minister Takashi Ebara said rice stocks were ample.\n\n\"There is no need to hoard,\" he was quoted by public broadcaster NHK as saying.",
			[]string{"Takashi Ebara"}},
		{"the active form", "ACCRA, Jan 9 (Reuters) - Ghana's cocoa harvest will fall.\n\n“Swollen shoot has spread,” the Daily Graphic quoted Dr. Amara Osei as saying.",
			[]string{"Amara Osei"}},
	})
}
