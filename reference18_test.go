package wirestory

import "testing"

// TestWireUnnamedRoleForBodyWithAnd checks an unnamed role ("a
// spokeswoman for", "an official at") before a body whose name holds
// "and" ("the federal Mine Safety and Health Administration", "the
// Food and Drug Administration", "the state Department of Fish and
// Wildlife"): no part of the body's name is a person, and "she" or
// "he" after it is the unnamed role, whose name is "", not a person
// named before nor a fragment of the body's name.
func TestWireUnnamedRoleForBodyWithAnd(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"federal, for, she", "Mayor Linda Ortiz said the road would stay closed. \"We are being careful,\" Ortiz said.\n\nA spokeswoman for the federal Mine Safety and Health Administration said inspectors were at the site. \"We will look at the blasting plan,\" she said.",
			[]string{"Linda Ortiz", ""}},
		{"U.S., for, he, after another administration", "Police Chief Tom Kessler said a pilot had reported the leak to the Federal Aviation Administration. \"Nobody was hurt,\" Kessler said.\n\nA spokesman for the U.S. Food and Drug Administration said the agency was reviewing the samples. \"We take these reports seriously,\" he said.",
			[]string{"Tom Kessler", ""}},
		{"state, at, she", "Game warden Paul Whitaker said the lake had been closed since Friday. \"Stay off the ice,\" Whitaker said.\n\nAn official at the state Department of Fish and Wildlife said the fish kill was spreading. \"We have counted thousands,\" she said.",
			[]string{"Paul Whitaker", ""}},
		{"national, of, he", "Captain Maria Soto said the storm had turned north. \"It is weakening,\" Soto said.\n\nA forecaster with the National Oceanic and Atmospheric Administration said the surge could reach 3 meters. \"People on the coast should leave now,\" he said.",
			[]string{"Maria Soto", ""}},
		{"provincial ministry of two parts, said first", "Governor Ana Lucia Prado said the mine would reopen. \"We need the jobs,\" Prado said.\n\n\"The permit was never renewed,\" said a spokeswoman for the provincial Ministry of Mines and Energy, who added: \"It lapsed in May.\"",
			[]string{"Ana Lucia Prado", "", ""}},
		{"city's, for, she", "Councilwoman Rita Gomez said the pool would stay shut. \"It is not safe,\" Gomez said.\n\nA spokeswoman for the city's Parks and Recreation Department said repairs would take a month. \"We ordered the parts last week,\" she said.",
			[]string{"Rita Gomez", ""}},
		{"regional, at, he", "Mayor Jorge Salas said the taps had run brown for two days. \"Nobody should drink it,\" Salas said.\n\nAn engineer at the regional Water and Sanitation Authority said a main had burst. \"We are flushing the pipes,\" he said.",
			[]string{"Jorge Salas", ""}},
		{"a plural head, for, he", "Mayor Jorge Salas said the clinic had reopened. \"Nobody is sick,\" Salas said.\n\nA spokesman for the Centers for Disease Control and Prevention said no illness had been reported. \"The risk is low,\" he said.",
			[]string{"Jorge Salas", ""}},
		// Near misses: a spokeswoman named after the body, and two people
		// joined by "and".
		{"named spokeswoman after the body", "A spokeswoman for the federal Mine Safety and Health Administration, Carla Mendez, said inspectors were at the site. \"We will look at the blasting plan,\" she said.",
			[]string{"Carla Mendez"}},
		{"two people joined by and", "Carla Mendez and Ruth Ellis, both mine inspectors, said the blasting plan had been followed. \"We saw nothing wrong,\" Mendez said.",
			[]string{"Carla Mendez"}},
		{"person and body head after the role's for", "A lawyer for Daniel Park said his client had been flown to Columbus. \"He is awake,\" she said.",
			[]string{""}},
	})
}

// TestWireNamedOnlyAs checks a person the story names only in a phrase
// after an unnamed description: "a 34-year-old office worker identified
// only by her surname Choi", "a shopkeeper identified only as Ahmad", "a
// woman who gave only her first name, Mariam", "a driver who gave his
// name only as Sergei", "a nurse, who asked to be identified only by her
// first name, Leila,". The name is the speaker's, in the subject and
// after it by "she" or "he". A person left unnamed ("a woman who was not
// identified") or identified by no name ("identified by police as a
// suspect") stays unnamed.
func TestWireNamedOnlyAs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"apposition, identified only by her surname, told", "Passengers were lowered by rope. One of them, a 34-year-old office worker identified only by her surname Choi, told broadcaster KBS that the cabin \"swayed every time the wind picked up.\"",
			[]string{"Choi"}},
		{"said after, a woman who gave only her first name", "\"We have not eaten since yesterday,\" said a woman who gave only her first name, Mariam. \"The children cry all night,\" she said.",
			[]string{"Mariam", "Mariam"}},
		{"comma, identified only by his surname, then he", "Mayor Tran Van Long said the harbour was closed. \"The water came in the night,\" said a fisherman, identified only by his surname Nguyen. \"My boat is gone,\" he said.",
			[]string{"Nguyen", "Nguyen"}},
		{"subject identified only as, then he", "Governor Karim Haddad said the shelling had stopped. A shopkeeper identified only as Abu Samir said the market had burned overnight. \"We lost everything,\" he said.",
			[]string{"Abu Samir"}},
		{"who gave his name only as, then he", "Mayor Olena Bondar said the bridge was closed. A driver who gave his name only as Sergei said the road had been mined. \"Nobody goes there now,\" he said.",
			[]string{"Sergei"}},
		{"who asked to be identified only by her first name", "Dr. Omar Khalil said the generators had stopped. A nurse, who asked to be identified only by her first name, Leila, for fear of reprisals, said the ward was dark. \"We are operating by torchlight,\" she said.",
			[]string{"Leila"}},
		// Near misses: a person left unnamed, or identified by no name.
		{"a woman who was not identified", "Mayor Olena Bondar said the bridge was closed. \"We have not eaten since yesterday,\" said a woman who was not identified.",
			[]string{""}},
		{"identified by police as a suspect", "Mayor Olena Bondar said the bridge was closed. \"I acted alone,\" said a man identified by police as a suspect in the blast.",
			[]string{""}},
		{"a man identified by police as a named suspect, a title", "Mayor Olena Bondar said the bridge was closed. Police Chief Ivan Petrenko said a man identified as a suspect had been detained. \"He is talking to us,\" Petrenko said.",
			[]string{"Ivan Petrenko"}},
		{"the phrase names another's noun", "Mayor Olena Bondar said the bridge was closed. \"He never touched a gun,\" said a lawyer for the man identified only as Ahmad.",
			[]string{""}},
		{"a place known as", "Mayor Olena Bondar said the bridge was closed. A resident of the district known as Little Havana said the water had reached the second floor. \"We are trapped,\" she said.",
			[]string{""}},
		{"asked not to be identified", "Mayor Olena Bondar said the bridge was closed. \"Nobody goes there now,\" said a driver who asked not to be identified because he feared losing his job.",
			[]string{""}},
	})
}

// TestWireNamedOnlyAsNoCue checks that the phrase that gives the name
// of one named no further ("identified only as Ahmad", "identified only
// by her surname Choi") reports no speech: the speaker's own verb does.
// Near miss: "identified" as a finding, with its object, stays a cue.
func TestWireNamedOnlyAsNoCue(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"identified only as, said", "A shopkeeper identified only as Abu Samir said the market had burned.",
			[]string{"Abu Samir | said"}},
		{"identified only by her surname, told", "One of them, a 34-year-old office worker identified only by her surname Choi, told broadcaster KBS that the cabin swayed.",
			[]string{"One of them | told -> broadcaster KBS"}},
		{"a fisherman, identified only by his surname", "The harbour was closed, said a fisherman, identified only by his surname Nguyen.",
			[]string{"a fisherman | said"}},
		// Near miss: a finding, with its object.
		{"identified a flaw", "The inquiry identified a flaw in the blasting plan.",
			[]string{"The inquiry | identified"}},
	}, showChain)
}

// TestWireOrgShortReference checks that a newspaper named again by the
// last words of its name ("the Post" after "The Washington Post") is
// the newspaper: the last word of an organisation's name counts as its
// surname when the words before it in the run end that name too, but
// not for another body with the same head word (the FDA after the FAA,
// in TestWireUnnamedRoleForBodyWithAnd).
func TestWireOrgShortReference(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the Post", "The Washington Post reported on Monday that the talks had stalled. \"Neither side has moved,\" the Post said, citing two officials.",
			[]string{"Washington Post"}},
		{"the Times", "The New York Times said the company had hired lawyers. \"The board was told in March,\" the Times said.",
			[]string{"New York Times"}},
		{"the full name again", "The Wall Street Journal said the deal was near. \"An announcement could come this week,\" the Wall Street Journal said.",
			[]string{"Wall Street Journal"}},
	})
}
