package wirestory

import "testing"

// TestChainPlatformBeforeTime checks a platform after a document with a
// time after it: "in a post on Instagram shortly after the ruling" keeps
// the platform as a level and leaves the time out of it.
func TestChainPlatformBeforeTime(t *testing.T) {
	tests := []attrCase{
		{"an adverb of time", "“I never cheated,” Lemaire wrote in a post on Instagram shortly after the ruling.",
			[]string{"Lemaire | wrote >> a post | in >> Instagram | on"}},
		{"late on a day", "The minister said in a post on X late on Wednesday that talks would resume.",
			[]string{"The minister | said >> a post | in >> X | on"}},
		{"hours after", "“We will appeal,” the club said in a message on Facebook hours after the verdict.",
			[]string{"the club | said >> a message | in >> Facebook | on"}},
		{"no time", "“I never cheated,” Lemaire wrote in a post on Instagram.",
			[]string{"Lemaire | wrote >> a post | in >> Instagram | on"}},
		// Near misses: a day is no platform, a speech carried nothing, and
		// a station before a topic's noun is the topic's.
		{"a topic", "The plan is dead, the ministry said in a statement on TV licence fees shortly after the vote.",
			[]string{"the ministry | said >> a statement | in"}},
		{"a day", "“I never cheated,” Lemaire said in a post on Tuesday shortly after the ruling.",
			[]string{"Lemaire | said >> a post | in"}},
		{"a speech", "“I never cheated,” Lemaire said in a speech on Monday.",
			[]string{"Lemaire | said"}},
	}
	runAttrCases(t, tests, showChain)
}
