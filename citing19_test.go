package wirestory

import "testing"

// Round 19, citing forms: the forms of k19. Each test holds variants of
// one form in wire style and near misses that must not change.

// TestCitingStaffBeforeThat checks "X reported, citing Y, that …" and
// "…, X reported, citing Y" where Y is the people who work at a site or
// for a body, "two hatchery employees", "plant workers", "three
// staffers", "crew members": a source behind the report, read at the
// phrase's head. A head noun of a reason after them ("citing worker
// shortages", "citing staff cuts") stays a reason.
func TestCitingStaffBeforeThat(t *testing.T) {
	tests := []attrCase{
		{"hatchery employees, that", "The Clearwater Herald reported, citing two hatchery employees, that the pump had failed an inspection in May.",
			[]string{"The Clearwater Herald | reported >> two hatchery employees | citing"}},
		{"plant workers, that", "The daily Kommersant reported, citing plant workers, that the furnace had been shut for a week.",
			[]string{"The daily Kommersant | reported >> plant workers | citing"}},
		{"staffers, that", "Politico reported, citing three White House staffers, that the memo was drafted in March.",
			[]string{"Politico | reported >> three White House staffers | citing"}},
		{"crew members, trailing", "The ferry had lost power twice before the voyage, the Manila Bulletin reported, citing two crew members.",
			[]string{"the Manila Bulletin | reported >> two crew members | citing"}},
		{"employees of, trailing", "The mine had flooded on Sunday night, the Zambia Daily Mail reported, citing employees of the mine.",
			[]string{"the Zambia Daily Mail | reported >> employees of the mine | citing"}},
		{"the company's employees", "The warehouse was closed for two days, the newspaper said, citing the company's employees.",
			[]string{"the newspaper | said >> the company's employees | citing"}},

		// Near misses: a reason with such a word before its head stays
		// a reason, and "employees" as the subject is no link.
		{"worker shortages", "The council will close two clinics, the newspaper reported, citing worker shortages.", nil},
		{"staff cuts", "The library will shut on Sundays, the paper said, citing staff cuts.", nil},
		{"employee safety", "The plant was evacuated, the company said, citing employee safety.", nil},
	}
	runAttrCases(t, tests, showLinked)
}

// TestCitingAfterAcronymRelay checks "Y said …, X (ACR) reported, citing
// Z": a fronted speaker whose clause is closed by a relay's phrase with
// its short form in parentheses, "the official Senegalese Press Agency
// (APS)". Y's content ends before the relay, so Y is X's inner level, as
// with "UNICEF spokesman Patrick McCormick reported" (chains-conventions).
// A parenthesis with no cue after it closes nothing.
func TestCitingAfterAcronymRelay(t *testing.T) {
	tests := []attrCase{
		{"APS reported, citing", "The fisheries ministry said it had closed the lagoon to fishing, the official Senegalese Press Agency (APS) reported, citing a ministry source.",
			[]string{"the official Senegalese Press Agency (APS) | reported >> a ministry source | citing >> The fisheries ministry | said"}},
		{"SPA said, quoting", "The health ministry said it had vaccinated 9,000 pilgrims, the Saudi Press Agency (SPA) said, quoting an official.",
			[]string{"the Saudi Press Agency (SPA) | said >> an official | quoting >> The health ministry | said"}},
		{"KUNA reported, citing", "The oil ministry said output would rise in March, the Kuwait News Agency (KUNA) reported, citing a senior official.",
			[]string{"the Kuwait News Agency (KUNA) | reported >> a senior official | citing >> The oil ministry | said"}},
		{"AMI reported, no citing", "The governor said the road to Nema had been reopened, the Mauritanian News Agency (AMI) reported.",
			[]string{"the Mauritanian News Agency (AMI) | reported >> The governor | said"}},

		// Near misses: a body with its short form inside the content,
		// with no cue after it, ends nothing.
		{"body in the content", "The ministry said it had asked the National Sanitation Office (ONAS), the police and the navy to help.",
			nil},
		{"body then a verb", "The ministry said the National Sanitation Office (ONAS) had sent a team, citing a ministry source.",
			[]string{"The ministry | said >> a ministry source | citing"}},
	}
	runAttrCases(t, tests, showLinked)
}

// TestCitingPaperAsLevel checks "X said, citing the draft budget for
// fiscal 2027": a named paper that sets out figures or provisions (a
// budget, a draft, a bill, a plan), definite or held by a possessor, is
// where the figure came from, a level. A reason stays one: a noun of
// such a paper before another head ("budget constraints"), a paper with
// an infinitive of what it would do ("the plan to cut 300 jobs"), one
// only introduced ("a tight budget"), and "the cost".
func TestCitingPaperAsLevel(t *testing.T) {
	tests := []attrCase{
		{"the draft budget for", "The Cabinet Office has set aside about 3.1 billion yen for the shelters, a government source said, citing the draft budget for fiscal 2027.",
			[]string{"a government source | said >> the draft budget for fiscal 2027 | citing"}},
		{"the government's plan", "The new line will cost 4 trillion won, the ministry official said, citing the government's plan.",
			[]string{"the ministry official | said >> the government's plan | citing"}},
		{"the bill", "The agency would get 40 more inspectors, the senator's office said, citing the bill.",
			[]string{"the senator's office | said >> the bill | citing"}},
		{"the 2026 budget", "The city will hire 200 more teachers, the Jakarta Post reported, citing the 2026 budget.",
			[]string{"the Jakarta Post | reported >> the 2026 budget | citing"}},
		{"the draft", "The tariffs would reach 35 percent, two diplomats said, citing the draft.",
			[]string{"two diplomats | said >> the draft | citing"}},

		// Near misses: reasons.
		{"budget constraints", "The council said it would close two pools, citing budget constraints.", nil},
		{"the cost", "The council said it would close two pools, citing the cost.", nil},
		{"a tight budget", "The council said it would close two pools, citing a tight budget.", nil},
		{"plan to cut", "The union said it would strike on Monday, citing the plan to cut 300 jobs.", nil},
		{"plans to", "The union said it would strike, citing the company's plans to close the plant.", nil},
	}
	runAttrCases(t, tests, showLinked)
}
