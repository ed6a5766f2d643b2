package wirestory

import "testing"

// TestWireUnnamedRoleNotNamedByNextActor checks an unnamed source ("a
// hospital spokesperson told WAM", "an airport official told AFP") whose
// next sentence opens with a name that does not speak there and is given
// no role of the source's group ("Khalid Al Mansoori, 42, brought two
// camels …"): that person is someone else, met next, and the source stays
// unnamed (""). A name that opens the next sentence and speaks there
// ("Ali Hassan, 67, said …") or that is given the source's role
// ("Hospital spokesperson X said") is still the source.
func TestWireUnnamedRoleNotNamedByNextActor(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"spokesperson told WAM, an age", "ABU DHABI, 3rd May, 2026 (WAM) -- The Al Ain camel clinic treated 900 animals last month.\n\n\"Most cases are injuries from racing,\" a clinic spokesperson told WAM.\n\nKhalid Ahmed Al Mansoori, 42, brought two of his camels to the clinic on Sunday.\n\n\"They are like my children,\" Al Mansoori said.",
			[]string{"", "Khalid Ahmed Al Mansoori"}},
		{"official told AFP, a relative clause", "Flights resumed on Tuesday after a two-day strike.\n\n\"We expect delays until the weekend,\" an airport official told AFP.\n\nSarah Colette Martin, who was flying to Lyon, waited eight hours at the gate.",
			[]string{""}},
		{"spokeswoman said, no apposition", "The company recalled 40,000 heaters on Friday.\n\n\"Customers should stop using them at once,\" a company spokeswoman said.\n\nDaniel Okafor bought two of the heaters in March for his shop.",
			[]string{""}},
		{"police spokesman told Reuters, she later", "The bridge collapsed shortly after midnight.\n\nA police spokesman told Reuters the toll was \"likely to rise.\"\n\nMaria Lopes, 34, was driving home when the deck gave way. \"I heard a crack,\" she said.",
			[]string{"", "Maria Lopes"}},
		// Near misses: the name that opens the next sentence speaks there,
		// or is given the source's role.
		{"named next and speaks", "A retired fisherman said the sea had \"never been this warm.\"\n\nAli Hassan, 67, said he had fished the bay since boyhood.",
			[]string{"Ali Hassan"}},
		{"named next with a relative clause and speaks", "A former nurse told the inquiry she had been \"afraid to speak up.\"\n\nJoan Whitfield, who worked on the ward for nine years, said managers ignored her.",
			[]string{"Joan Whitfield"}},
		{"named next with the role", "\"Most cases are injuries from racing,\" a clinic spokesperson told WAM.\n\nClinic spokesperson Mariam Saeed Al Ali said the clinic would open a second branch.",
			[]string{"Mariam Saeed Al Ali"}},
	})
}

// TestWireHeNotAnEvent checks "he" or "she" after a speaker introduced
// with a title "of the festival" ("General Supervisor of the festival
// Mr. X said: "…"" then "He pointed out that … "…," he said"), in a story
// whose lead has the event do things ("The Traditional Dhow Festival
// concluded …"): an event's name is no person's, no "he" or "she" stands
// for it, and the pronouns are the speaker's, the same one both times.
// Near misses: an event word in a title before the name ("Festival
// director X"), and a person who speaks with no event about.
func TestWireHeNotAnEvent(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"festival, QNA", "Doha, March 04 (QNA) - The Doha Spring Book Festival concluded on Monday at the Qatar National Convention Centre with a reading contest for schools.\n\nGeneral Coordinator of the festival Mr. Ahmed Salem Al Marri said: \"The festival brings readers and writers together every spring.\"\n\nHe noted that visitors this year came from twelve countries. \"We sold more books than in any year before,\" he said.",
			[]string{"Ahmed Salem Al Marri", "Ahmed Salem Al Marri"}},
		{"exhibition, he pointed out", "Sharjah, 12th February, 2026 (WAM) -- The Sharjah Heritage Exhibition concluded on Tuesday with the crafts of 300 exhibitors from the GCC countries.\n\nGeneral Manager of the exhibition Mr. Rashed Obaid Al Nuaimi said, \"Every stand tells the story of a family craft.\"\n\nHe pointed out that a third of the exhibitors were young Emiratis. \"They learned these crafts from their grandmothers,\" he said.",
			[]string{"Rashed Obaid Al Nuaimi", "Rashed Obaid Al Nuaimi"}},
		{"championship, he explained", "MUSCAT, Jan 9 (ONA) -- The Asian Youth Sailing Championship concluded on Friday at Al Mouj marina with Oman taking four medals.\n\nChairman of the championship Sheikh Salem bin Hamad Al Harthy said: \"Our sailors showed what years of training can do.\"\n\nHe explained that 140 sailors from 18 countries had taken part. \"The wind was kind to us all week,\" he added.",
			[]string{"Salem bin Hamad Al Harthy", "Salem bin Hamad Al Harthy"}},
		// Near misses: an event word before the name in its title, and a
		// speaker with no event named.
		{"festival director before the name", "The Riyadh Date Festival concluded its first weekend with 80,000 visitors.\n\nFestival director Maryam Saleh Al Otaibi said the stalls had sold out by noon. \"We will add a second hall next year,\" she said.",
			[]string{"Maryam Saleh Al Otaibi"}},
		{"no event", "Doha, March 04 (QNA) - The pearling season opened on Monday off the coast of Al Khor.\n\nCaptain Ahmed Salem Al Marri said: \"The sea was calm and the oysters were many.\"\n\nHe noted that twelve boats had sailed at dawn. \"We came back before sunset,\" he said.",
			[]string{"Ahmed Salem Al Marri", "Ahmed Salem Al Marri"}},
	})
}
