package wirestory

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitParagraphs(t *testing.T) {
	long := strings.Repeat("word ", 30) // 150 bytes: longer than any hard wrap
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"white space only", " \n\t\r\n \u00a0", nil},
		{"one line", "One line.", []string{"One line."}},
		{"blank lines", "First.\n\nSecond.\n\n\nThird.", []string{"First.", "Second.", "Third."}},
		{"blank line holding spaces", "First.\n  \t\nSecond.", []string{"First.", "Second."}},
		{"one line a paragraph", "First.\nSecond.\nThird.", []string{"First.", "Second.", "Third."}},
		{"CRLF", "First.\r\n\r\nSecond.\r\n", []string{"First.", "Second."}},
		{"lone CR", "First.\rSecond.\r", []string{"First.", "Second."}},
		{
			"hard wrap with blank lines",
			"The ministry said\nexports rose.\n\nImports fell\nsharply.",
			[]string{"The ministry said\nexports rose.", "Imports fell\nsharply."},
		},
		{
			"long line ends a sentence in blank-line copy",
			long + "end.\nNext paragraph.\n\nLast.",
			[]string{long + "end.", "Next paragraph.", "Last."},
		},
		{
			"long line mid-sentence in blank-line copy",
			long + "and\nthe rest.\n\nLast.",
			[]string{long + "and\nthe rest.", "Last."},
		},
		{
			"long line ends a quotation",
			long + "end,\u201d she said.\n\u201cMore.\u201d\n\nLast.",
			[]string{long + "end,\u201d she said.", "\u201cMore.\u201d", "Last."},
		},
		{
			"indented hard wrap (Reuters 1987)",
			"LONDON, March 2 - Prices\nrose on Monday.\n    Dealers said\ndemand was firm.\n    Volumes\nwere thin.\n Reuter\n",
			[]string{"LONDON, March 2 - Prices\nrose on Monday.", "Dealers said\ndemand was firm.", "Volumes\nwere thin.", "Reuter"},
		},
		{
			"HTML paragraphs",
			"<p>LAHORE: First.</p> <p>Second.</p>\n<p class=\"x\">Third.</P>",
			[]string{"LAHORE: First.", "Second.", "Third."},
		},
		{
			"inline tags at the edges",
			"<p>Body.</p> <p><em>Published in Dawn, May 5th, 2025</em></p>",
			[]string{"Body.", "Published in Dawn, May 5th, 2025"},
		},
		{"inline tags inside stay", "<p>A <b>bold</b> move.</p>", []string{"A <b>bold</b> move."}},
		{
			"hard wrap at 70 columns, no blank lines",
			"The council approved a plan on Tuesday to rebuild the harbour bridge\n" +
				"after two years of debate over its cost.\n" +
				"The mayor said work would begin in the summer and take three years\n" +
				"to finish, weather allowing.\n" +
				"\"We have waited a long time for this day,\" she told reporters after\n" +
				"the vote.\n",
			[]string{
				"The council approved a plan on Tuesday to rebuild the harbour bridge\nafter two years of debate over its cost.",
				"The mayor said work would begin in the summer and take three years\nto finish, weather allowing.",
				"\"We have waited a long time for this day,\" she told reporters after\nthe vote.",
			},
		},
		{
			"hard wrap at 60 columns: a full line ending a sentence goes on",
			"Rescue teams worked through the night to reach the village.\n" +
				"Roads were blocked by mud and fallen trees in many places,\n" +
				"officials said, and the army sent two helicopters to help\n" +
				"with the search.\n" +
				"More rain is forecast for the weekend.\n",
			[]string{
				"Rescue teams worked through the night to reach the village.\nRoads were blocked by mud and fallen trees in many places,\nofficials said, and the army sent two helicopters to help\nwith the search.",
				"More rain is forecast for the weekend.",
			},
		},
		{
			"hard wrap: a quotation's comma at a line end goes on",
			"\"The bridge will open in May and the road in June, and we will\n" +
				"keep to that,\"\n" +
				"the mayor told the council on Tuesday, to applause from the\n" +
				"public gallery and some of the members of the opposition.\n",
			[]string{"\"The bridge will open in May and the road in June, and we will\nkeep to that,\"\nthe mayor told the council on Tuesday, to applause from the\npublic gallery and some of the members of the opposition."},
		},
		{"short lines are not a hard wrap", "Bread.\nMilk.\nEggs.\nButter.", []string{"Bread.", "Milk.", "Eggs.", "Butter."}},
		{
			"one sentence a line is not a hard wrap",
			"The council met on Tuesday and approved the budget for next year.\n" +
				"The mayor said the vote was a victory for the people of the city.\n" +
				"Opponents said they would take the matter to the courts in June.\n" +
				"The budget takes effect on the first day of January next year.\n",
			[]string{
				"The council met on Tuesday and approved the budget for next year.",
				"The mayor said the vote was a victory for the people of the city.",
				"Opponents said they would take the matter to the courts in June.",
				"The budget takes effect on the first day of January next year.",
			},
		},
		{"line breaks and divs", "One.<br>Two.<br/>Three.<div>Four.</div>", []string{"One.", "Two.", "Three.", "Four."}},
		{"headings and list items", "<h2>Head</h2><ul><li>One</li><li>Two</li></ul>", []string{"Head", "One", "Two"}},
		{"not tags", "a < b and <pre> or <3 and <p", []string{"a < b and <pre> or <3 and <p"}},
		{"unclosed tag", "<p class=\"x\nText.", []string{"<p class=\"x", "Text."}},
		{"no-break and zero-width spaces", "\u00a0\u200bText.\u202f\ufeff", []string{"Text."}},
		{"byte-order mark", "\ufeffFirst.\n\nSecond.", []string{"First.", "Second."}},
		{"line separators", "\u2028First.\u2029", []string{"First."}},
		{"invalid UTF-8", "\xff\xfe First.\n\nSecond \xc3", []string{"\xff\xfe First.", "Second \xc3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := splitParagraphs(tt.in)
			var got []string
			for _, s := range spans {
				got = append(got, s.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitParagraphs(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkArticle(t, tt.in, Article{Paragraphs: nilIfEmpty(spans)})
		})
	}
}

func TestTrimSpace(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", ""},
		{"  a b  ", "a b"},
		{"\t\r\n\v\fa", "a"},
		{"\u00a0\u2003a\u3000\u205f\u2060", "a"},
		{"\ufeffa\u200b", "a"},
		{"\xc2a\xc2", "\xc2a\xc2"}, // half a no-break space is not white space
		{"\u00e9", "\u00e9"},
	}
	for _, tt := range tests {
		s, e := trimSpace(tt.in, 0, len(tt.in))
		if got := tt.in[s:e]; got != tt.want {
			t.Errorf("trimSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTagLen(t *testing.T) {
	tests := []struct {
		in         string
		tag, block int
	}{
		{"<p>x", 3, 3},
		{"</p>", 4, 4},
		{"<P CLASS=a>", 11, 11},
		{"<br/>", 5, 5},
		{"<h2>", 4, 4},
		{"<em>x", 4, 0},
		{"<pre>", 5, 0},
		{"<a href=\"/x\">", 13, 0},
		{"< p>", 0, 0},
		{"<3", 0, 0},
		{"<p", 0, 0},
		{"<p\n>", 0, 0},
		{"<" + strings.Repeat("a", 300) + ">", 0, 0},
	}
	for _, tt := range tests {
		if got := tagLen(tt.in); got != tt.tag {
			t.Errorf("tagLen(%q) = %d, want %d", tt.in, got, tt.tag)
		}
		if got := paragraphTag(tt.in); got != tt.block {
			t.Errorf("paragraphTag(%q) = %d, want %d", tt.in, got, tt.block)
		}
	}
}

func TestHasPrefixFold(t *testing.T) {
	tests := []struct {
		s, prefix string
		want      bool
	}{
		{"Reuter", "reuter", true},
		{"REUTERS", "reuter", true},
		{"Reut", "reuter", false},
		{"", "", true},
		{"X", "", true},
	}
	for _, tt := range tests {
		if got := hasPrefixFold(tt.s, tt.prefix); got != tt.want {
			t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", tt.s, tt.prefix, got, tt.want)
		}
	}
}

func BenchmarkSplitParagraphs(b *testing.B) {
	_, texts := readStories(b)
	var all strings.Builder
	for _, t := range texts {
		all.WriteString(t)
		all.WriteString("\n\n")
	}
	text := all.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		splitParagraphs(text)
	}
}
