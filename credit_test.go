package wirestory

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// A story body the credit tests append their endings to.
const creditBody = "LISBON, May 4 (Reuters) - The port authority said on Monday that dock workers would return to work after a two-day stoppage.\n" +
	"\"We are glad the ships are moving again,\" a spokeswoman said."

var creditTests = []creditCase{
	// Agencies alone.
	{name: "agency on its own line", in: creditBody + "\nIANS", want: "IANS", agencies: []string{"IANS"}},
	{name: "agency after blank line", in: creditBody + "\n\nIANS\n", want: "IANS", agencies: []string{"IANS"}},
	{name: "double hyphen glued", in: creditBody + "\n--IANS", want: "--IANS", agencies: []string{"IANS"}},
	{name: "double hyphen and space", in: creditBody + "\n-- Xinhua", want: "-- Xinhua", agencies: []string{"Xinhua"}},
	{name: "double hyphen after last sentence", in: creditBody + " -- Xinhua", want: "-- Xinhua", agencies: []string{"Xinhua"}},
	{name: "slash after last sentence", in: creditBody + " /PTI", want: "/PTI", agencies: []string{"PTI"}},
	{name: "slash glued to full stop", in: "The toll rose to 12, police said./PTI", want: "/PTI", agencies: []string{"PTI"}},
	{name: "em dash", in: creditBody + "\n— AP", want: "— AP", agencies: []string{"AP"}},
	{name: "em dash after sentence", in: creditBody + " —AFP", want: "—AFP", agencies: []string{"AFP"}},
	{name: "parenthesised agency", in: creditBody + " (PTI)", want: "(PTI)", agencies: []string{"PTI"}},
	{name: "parenthesised agency on own line", in: creditBody + "\n(Xinhua)\n", want: "(Xinhua)", agencies: []string{"Xinhua"}},
	{name: "generic agencies", in: creditBody + " (Agencies)", want: "(Agencies)"},
	{name: "generic agencies after dash", in: creditBody + "\n— Agencies", want: "— Agencies"},
	{name: "multi-word agency", in: creditBody + "\nAssociated Press", want: "Associated Press", agencies: []string{"AP"}},
	{name: "multi-word agency after sentence", in: creditBody + " Press Trust of India", want: "Press Trust of India", agencies: []string{"PTI"}},
	{name: "1987 sign-off", in: "Shr 12 cts vs 10 cts\n    Net 1,200,000 vs 1,000,000\n Reuter\n", want: "Reuter", agencies: []string{"Reuters"}},
	{name: "1987 sign-off upper case", in: "The company said the sale closed.\n REUTER\n", want: "REUTER", agencies: []string{"Reuters"}},
	{name: "1987 sign-off lower case", in: "The company said the sale closed.\n reuter\n", want: "reuter", agencies: []string{"Reuters"}},
	{name: "1987 sign-off trailing spaces", in: "The company said the sale closed.\n REUTER                \n", want: "REUTER", agencies: []string{"Reuters"}},
	{name: "1987 sign-off glued", in: "Exports fell to 12,000 tonnes from 15,000. REUTER\n", want: "REUTER", agencies: []string{"Reuters"}},
	{name: "1987 sign-off with ellipsis", in: "The company said the sale closed.\n REUTER...\n", want: "REUTER", agencies: []string{"Reuters"}},
	{name: "only a credit", in: "IANS", want: "IANS", agencies: []string{"IANS"}},
	{name: "desk initials after agency", in: creditBody + " PTI KVS RMN", want: "PTI KVS RMN", agencies: []string{"PTI"}},
	{name: "desk initials on own line", in: creditBody + "\nIANS SD\n", want: "IANS SD", agencies: []string{"IANS"}},
	{name: "initials with no agency", in: creditBody + " The deal names NATO ABC", want: ""},
	{name: "agency told, then initials", in: "The minister said so in an interview with PTI AB", want: ""},
	{name: "too many initials", in: creditBody + " PTI AB CD EF GH IJ", want: ""},

	// Trailers.
	{
		name: "reuters trailer",
		in:   creditBody + " (Reporting by Jane Doe in Tehran; Additional reporting by Sam Roe; Editing by Alex Poe)",
		want: "(Reporting by Jane Doe in Tehran; Additional reporting by Sam Roe; Editing by Alex Poe)",
		contributors: []Contributor{
			{Role: "reporting", Name: "Jane Doe"}, {Role: "additional reporting", Name: "Sam Roe"}, {Role: "editing", Name: "Alex Poe"},
		},
	},
	{
		name: "trailer with lists and places",
		in:   creditBody + "\n(Reporting by  Ann Lee  in Oslo and Bo Kim ,  Cy Day in Lima, Peru, Di Fox in Quito; Editing by Ed Gale, Flo Hart and  Gus Ives )",
		want: "(Reporting by  Ann Lee  in Oslo and Bo Kim ,  Cy Day in Lima, Peru, Di Fox in Quito; Editing by Ed Gale, Flo Hart and  Gus Ives )",
		contributors: []Contributor{
			{Role: "reporting", Name: "Ann Lee"}, {Role: "reporting", Name: "Bo Kim"}, {Role: "reporting", Name: "Cy Day"},
			{Role: "reporting", Name: "Di Fox"}, {Role: "editing", Name: "Ed Gale"}, {Role: "editing", Name: "Flo Hart"},
			{Role: "editing", Name: "Gus Ives"},
		},
	},
	{
		name:         "trailer roles after comma and colon",
		in:           creditBody + " (Writing by Hal Ito, editing by Ida Joy: Compiled by Jo Kay)",
		want:         "(Writing by Hal Ito, editing by Ida Joy: Compiled by Jo Kay)",
		contributors: []Contributor{{Role: "writing", Name: "Hal Ito"}, {Role: "editing", Name: "Ida Joy"}, {Role: "compiling", Name: "Jo Kay"}},
	},
	{
		name:         "trailer with initials and full stop",
		in:           creditBody + " (Reporting By Kim N. Lau; editing by M.D. Nye.)",
		want:         "(Reporting By Kim N. Lau; editing by M.D. Nye.)",
		contributors: []Contributor{{Role: "reporting", Name: "Kim N. Lau"}, {Role: "editing", Name: "M.D. Nye"}},
	},
	{
		name:         "trailer in two parentheses",
		in:           creditBody + " (Reporting by Lu Ma) (Editing by Mo Ng)",
		want:         "(Reporting by Lu Ma) (Editing by Mo Ng)",
		contributors: []Contributor{{Role: "reporting", Name: "Lu Ma"}, {Role: "editing", Name: "Mo Ng"}},
	},
	{
		name:         "currency note before trailer",
		in:           creditBody + " ($1 = 0.9120 euros) (Reporting by Ned Orr; Editing by Pat Quinn)",
		want:         "(Reporting by Ned Orr; Editing by Pat Quinn)",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}, {Role: "editing", Name: "Pat Quinn"}},
	},
	{
		name:         "refile note after trailer",
		in:           creditBody + " (Reporting by Ned Orr; Editing by Pat Quinn) (This story has been refiled to fix a typo in the headline)",
		want:         "(Reporting by Ned Orr; Editing by Pat Quinn)",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}, {Role: "editing", Name: "Pat Quinn"}},
	},
	{
		name:         "rate note after trailer",
		in:           creditBody + " (Reporting by Ned Orr; Editing by Pat Quinn) ($1=1.3150 Canadian dollars)",
		want:         "(Reporting by Ned Orr; Editing by Pat Quinn)",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}, {Role: "editing", Name: "Pat Quinn"}},
	},
	{
		name:         "standards line after trailer",
		in:           creditBody + "\n(Reporting by Ned Orr)\nOur Standards: The Trust Principles.",
		want:         "(Reporting by Ned Orr)",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}},
	},
	{
		name:         "contact block after trailer",
		in:           creditBody + " (Reporting by Ned Orr; Editing by Pat Quinn) ((ned.orr@example.com; +1 555 0100))",
		want:         "(Reporting by Ned Orr; Editing by Pat Quinn) ((ned.orr@example.com; +1 555 0100))",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}, {Role: "editing", Name: "Pat Quinn"}},
	},
	{
		name:         "for more line after trailer",
		in:           creditBody + " (Reporting by Ned Orr)\n--For more on the talks, see the full coverage",
		want:         "(Reporting by Ned Orr)",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}},
	},
	{
		name:         "contact details in trailer",
		in:           creditBody + " (Reporting by Ned Orr; ned.orr@example.com; +1 555 0100; Editing by Pat Quinn)",
		want:         "(Reporting by Ned Orr; ned.orr@example.com; +1 555 0100; Editing by Pat Quinn)",
		contributors: []Contributor{{Role: "reporting", Name: "Ned Orr"}, {Role: "editing", Name: "Pat Quinn"}},
	},
	{
		name:         "copyright line after trailer",
		in:           creditBody + " (Editing by Pat Quinn)\n© Copyright Example Wire 2016. All rights reserved.",
		want:         "(Editing by Pat Quinn)",
		contributors: []Contributor{{Role: "editing", Name: "Pat Quinn"}},
	},
	{
		name:         "trailer without parentheses",
		in:           creditBody + "\nReporting by Ray Sims; Editing by Tom Udall",
		want:         "Reporting by Ray Sims; Editing by Tom Udall",
		contributors: []Contributor{{Role: "reporting", Name: "Ray Sims"}, {Role: "editing", Name: "Tom Udall"}},
	},
	{
		name:         "editor line",
		in:           creditBody + "\nEditor: Wang Lei",
		want:         "Editor: Wang Lei",
		contributors: []Contributor{{Role: "editing", Name: "Wang Lei"}},
	},
	{
		name:     "inputs from agencies",
		in:       creditBody + " (With inputs from PTI and IANS)",
		want:     "(With inputs from PTI and IANS)",
		agencies: []string{"PTI", "IANS"},
	},

	{
		name:         "trailer missing a separator",
		in:           creditBody + " (Reporting by Vi Wu Editing by Xu Yi)",
		want:         "(Reporting by Vi Wu Editing by Xu Yi)",
		contributors: []Contributor{{Role: "reporting", Name: "Vi Wu"}, {Role: "editing", Name: "Xu Yi"}},
	},
	{
		name:         "bare by",
		in:           creditBody + " (By Zoe Abel; Editing by Bea Cole)",
		want:         "(By Zoe Abel; Editing by Bea Cole)",
		contributors: []Contributor{{Role: "writing", Name: "Zoe Abel"}, {Role: "editing", Name: "Bea Cole"}},
	},
	{
		name:         "dash before trailer",
		in:           creditBody + "\n\n--additional reporting by Dan Eck.",
		want:         "--additional reporting by Dan Eck.",
		contributors: []Contributor{{Role: "additional reporting", Name: "Dan Eck"}},
	},
	{
		name:         "agency writer contributed",
		in:           creditBody + "\n\nAssociated Press writer Eve Fry in Lima contributed to this report.",
		want:         "Associated Press writer Eve Fry in Lima contributed to this report.",
		agencies:     []string{"AP"},
		contributors: []Contributor{{Role: "additional reporting", Name: "Eve Fry"}},
	},
	{
		name:         "contributed reporting",
		in:           creditBody + "\n\nGil Hay and Ivy Jo contributed reporting from Quito.",
		want:         "Gil Hay and Ivy Jo contributed reporting from Quito.",
		contributors: []Contributor{{Role: "additional reporting", Name: "Gil Hay"}, {Role: "additional reporting", Name: "Ivy Jo"}},
	},

	// Sign-offs, footers, photo credits.
	{
		name:         "yonhap sign-off",
		in:           creditBody + "\n\njdoe@yna.co.kr\n(END)\n",
		want:         "jdoe@yna.co.kr\n(END)",
		agencies:     []string{"Yonhap"},
		contributors: []Contributor{{Role: "reporting", Email: "jdoe@yna.co.kr"}},
	},
	{
		name:         "yonhap sign-off glued",
		in:           creditBody + " jane.doe@yna.co.kr(END)",
		want:         "jane.doe@yna.co.kr(END)",
		agencies:     []string{"Yonhap"},
		contributors: []Contributor{{Role: "reporting", Email: "jane.doe@yna.co.kr"}},
	},
	{
		name:     "two reporters sign off",
		in:       creditBody + "\n\nab@yna.co.kr, cd@yna.co.kr (END)",
		want:     "ab@yna.co.kr, cd@yna.co.kr (END)",
		agencies: []string{"Yonhap"},
		contributors: []Contributor{
			{Role: "reporting", Email: "ab@yna.co.kr"}, {Role: "reporting", Email: "cd@yna.co.kr"},
		},
	},
	{
		name: "paper footer in markup",
		in:   "<p>KARACHI: The city council met on Tuesday.</p> <p><em>Published in Dawn, June 3rd, 2025</em></p>",
		want: "Published in Dawn, June 3rd, 2025",
	},
	{
		name:         "photo credit",
		in:           creditBody + " (Xinhua/Li Ming)",
		want:         "(Xinhua/Li Ming)",
		agencies:     []string{"Xinhua"},
		contributors: []Contributor{{Role: "photography", Name: "Li Ming"}},
	},

	// Yonhap's end mark alone is its sign-off, a credit that names no one
	// (as "(Agencies)" is); it was first written as no credit, which left
	// "(END)" in the last paragraph.
	{name: "bare END", in: creditBody + " (END)", want: "(END)"},

	// Not credits.
	{name: "more", in: creditBody + "\n More\n"},
	{name: "last sentence names agency", in: creditBody + " The minister was speaking to Reuters."},
	{name: "agency reported", in: "Talks resumed on Friday, Reuters reported."},
	{name: "agency wrapped after told", in: "he told\nReuters.\n"},
	{name: "agency after word", in: "The figures were first published by AFP"},
	{name: "truncated sign-off", in: "The company said the sale closed.\n REUTE\n"},
	{name: "sign-off with garbage", in: "The company said the sale closed.\nREUTER^M\n"},
	{name: "sign-off with letter", in: "The company said the sale closed.\n REUTER E\n"},
	{name: "sign-off with time", in: "SAO CARLOS NIL. REUTER11:43/VB\n"},
	{name: "currency note", in: creditBody + " ($1 = 0.9120 euros)"},
	{name: "refile note alone", in: creditBody + " (This version of the story was refiled to add a byline)"},
	{name: "parenthesis in text", in: creditBody + " The plant opens at 10 a.m. (1400 GMT)"},
	{name: "role words in body", in: "Reporting by the agency was wrong, he said."},
	{name: "by in parentheses", in: creditBody + " (by 2 pct)"},
	{name: "contributed in body", in: creditBody + "\nHe said the money was contributed to the fund."},
	{name: "contributed in long sentence", in: creditBody + "\nKim Lee, who contributed to the plan, said it would work."},
	{name: "hyphenated word", in: "The deal was signed with France-Reuters"},
	{name: "empty", in: ""},
	{name: "only white space", in: " \n\t\n"},
	{name: "only markup", in: "<p></p>"},
	{name: "only a dash", in: "--"},
	{name: "only parentheses", in: "()"},
	{name: "unbalanced parenthesis", in: creditBody + " Reporting by Jo Kay)"},

	// Copyright lines that name an agency are its credit.
	{name: "copyright with a notice", in: creditBody + "\n\n© Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
		want: "© Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", agencies: []string{"AP"}},
	{name: "copyright, the notice on a line of its own", in: creditBody + "\n\nCopyright 2026 The Associated Press. All rights reserved.\nThis material may not be published, broadcast, rewritten or redistributed.",
		want: "Copyright 2026 The Associated Press. All rights reserved.", agencies: []string{"AP"}},
	{name: "copyright in brackets", in: creditBody + "\n\n[Copyright The Jiji Press, Ltd.]", want: "[Copyright The Jiji Press, Ltd.]", agencies: []string{"Jiji"}},
	{name: "copyright, years and agency", in: creditBody + "\nCopyright 2025-2026 Kyodo News", want: "Copyright 2025-2026 Kyodo News", agencies: []string{"Kyodo"}},
	{name: "copyright after a sign-off", in: creditBody + "\n(c) 2026 Reuters", want: "(c) 2026 Reuters", agencies: []string{"Reuters"}},
	{name: "copyright of no agency is a note", in: creditBody + "\nIANS\n© Copyright 2026 Harbor Ledger Inc.", want: "IANS", agencies: []string{"IANS"}},
	{name: "copyright in the body", in: creditBody + "\nThe court ruled on copyright of the Associated Press photos."},

	// Source lines.
	{name: "source line", in: creditBody + "\n\nSource: Saudi Press Agency", want: "Source: Saudi Press Agency", agencies: []string{"SPA"}},
	{name: "source line, English name", in: creditBody + "\n\nSource: Palestine News & Info Agency", want: "Source: Palestine News & Info Agency", agencies: []string{"WAFA"}},
	{name: "source line, another agency", in: creditBody + "\nSource: Xinhua", want: "Source: Xinhua", agencies: []string{"Xinhua"}},
	{name: "source line of a monitored agency", in: creditBody + "\n\nSource: Anadolu Agency website, Ankara, in English 0904 gmt 2 May 26",
		want: "Source: Anadolu Agency website, Ankara, in English 0904 gmt 2 May 26", agencies: []string{"Anadolu"}},
	{name: "source line of data", in: creditBody + "\n\nSource: company filings"},

	// Marks, desk codes and time stamps after the sign-off.
	{name: "enditem after the last sentence", in: creditBody + " Enditem", want: "Enditem", agencies: []string{"Xinhua"}},
	{name: "enditem on its line", in: creditBody + "\nENDITEM", want: "ENDITEM", agencies: []string{"Xinhua"}},
	{name: "enditem inside a sentence", in: creditBody + " The word Enditem ends it all."},
	{name: "desk codes with bureaus", in: creditBody + "\n\nburs-ab/cd", want: "burs-ab/cd", agencies: []string{"AFP"}},
	{name: "desk codes with a bureau", in: creditBody + "\n\nbur-jm/ser", want: "bur-jm/ser", agencies: []string{"AFP"}},
	{name: "desk codes alone", in: creditBody + "\n\nab/cd", want: "ab/cd"},
	{name: "sign-off and desk codes below", in: creditBody + "\n--IANS\nsn/dg", want: "--IANS\nsn/dg", agencies: []string{"IANS"}},
	{name: "sign-off and desk codes beside", in: creditBody + "\n--IANS rk/vd", want: "--IANS rk/vd", agencies: []string{"IANS"}},
	{name: "sign-off and time stamp", in: creditBody + "\n--SPA 13:26 LOCAL TIME 10:26 GMT\nwww.spa.gov.sa/2093345",
		want: "--SPA 13:26 LOCAL TIME 10:26 GMT", agencies: []string{"SPA"}},
	{name: "sign-off and time stamp below", in: creditBody + "\n--SPA\n09:05 LOCAL TIME 06:05 GMT\n", want: "--SPA\n09:05 LOCAL TIME 06:05 GMT", agencies: []string{"SPA"}},
	{name: "a link alone is a note", in: creditBody + "\nIANS\nhttps://example.com/story/1", want: "IANS", agencies: []string{"IANS"}},
	{name: "a time in the last sentence", in: creditBody + " The ship sailed at 13:26 GMT"},
	{name: "a fraction in the last sentence", in: creditBody + " Turnout was high and/or rising"},
	// An editor's initials in lower case after the sign-off, as dpa
	// signs; a sign-off in brackets with a full stop, as ANSA's.
	{name: "sign-off and lower-case initials", in: creditBody + "\n\ndpa hbe xx", want: "dpa hbe xx", agencies: []string{"dpa"}},
	{name: "sign-off and one initial group", in: creditBody + "\n\ndpa kr", want: "dpa kr", agencies: []string{"dpa"}},
	{name: "lower-case words after a name in a sentence", in: creditBody + " He told dpa on tv"},
	{name: "a bracketed sign-off and a full stop", in: creditBody + "\n\n(ANSA).", want: "(ANSA)", agencies: []string{"ANSA"}},
	{name: "a bracketed sign-off and a full stop in the paragraph", in: creditBody + " (ANSA).", want: "(ANSA)", agencies: []string{"ANSA"}},
	{name: "a bracketed aside and a full stop", in: creditBody + " (He said so)."},
}

func TestFindCredit(t *testing.T) {
	runCreditCases(t, creditTests)
}

// A creditCase is a story's ending and the credit it should give: want is
// the credit's text ("" for none), and last the text the last paragraph
// should end with, so that a sign-off left in it shows.
type creditCase struct {
	name         string
	in           string
	want         string
	agencies     []string
	contributors []Contributor
	last         string
}

func runCreditCases(t *testing.T, tests []creditCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse(tt.in)
			var want Credit
			if tt.want != "" {
				s := strings.LastIndex(tt.in, tt.want)
				if s < 0 {
					t.Fatalf("bad test: %q not in input", tt.want)
				}
				want = Credit{Span: spanOf(tt.in, s, s+len(tt.want)), Agencies: tt.agencies, Contributors: tt.contributors}
			}
			if diff := cmp.Diff(want, a.Credit); diff != "" {
				t.Errorf("Parse(%q).Credit mismatch (-want +got):\n%s", tt.in, diff)
			}
			for _, p := range a.Paragraphs {
				if !a.Credit.IsZero() && p.End > a.Credit.Start {
					t.Errorf("Parse(%q): paragraph %v %q runs into the credit at %v", tt.in, p, p.Text, a.Credit.Span)
				}
				if !a.Credit.IsZero() && strings.HasPrefix(p.Text, "<") {
					t.Errorf("Parse(%q): paragraph %v %q is the credit's markup", tt.in, p, p.Text)
				}
			}
			if tt.last != "" {
				if len(a.Paragraphs) == 0 {
					t.Fatalf("Parse(%q): no paragraphs", tt.in)
				}
				if got := a.Paragraphs[len(a.Paragraphs)-1].Text; !strings.HasSuffix(got, tt.last) {
					t.Errorf("Parse(%q): last paragraph %q, want it to end with %q", tt.in, got, tt.last)
				}
			}
		})
	}
}

func TestCreditLexicon(t *testing.T) {
	tests := []struct {
		name string
		lex  *Lexicon
		in   string
		want Credit
	}{
		{
			name: "new agency",
			lex:  DefaultLexicon().With(Agencies, "Bernama | Malaysian National News Agency"),
			in:   "The ferry sailed at noon.\n--Bernama",
			want: Credit{Span: Span{Start: 26, End: 35, Text: "--Bernama"}, Agencies: []string{"Bernama"}},
		},
		{
			name: "new role",
			lex:  DefaultLexicon().With(CreditRoles, "video | video by"),
			in:   "The ferry sailed at noon. (Video by Ana Bell)",
			want: Credit{Span: Span{Start: 26, End: 45, Text: "(Video by Ana Bell)"},
				Contributors: []Contributor{{Role: "video", Name: "Ana Bell"}}},
		},
		{
			name: "agency removed",
			lex:  DefaultLexicon().Without(Agencies, "IANS"),
			in:   "The ferry sailed at noon.\nIANS",
		},
		{
			name: "new footer",
			lex:  DefaultLexicon().With(creditFooters, "First published in"),
			in:   "The ferry sailed at noon.\nFirst published in The Harbour Post, May 2nd, 2025",
			want: Credit{Span: Span{Start: 26, End: 76, Text: "First published in The Harbour Post, May 2nd, 2025"}},
		},
		{
			name: "footer removed",
			lex:  DefaultLexicon().Without(creditFooters, "Published in"),
			in:   "The ferry sailed at noon.\nPublished in The Harbour Post, May 2nd, 2025",
		},
		{
			name: "new e-mail domain",
			lex:  DefaultLexicon().With(creditSources, "Bernama | bernama.com"),
			in:   "The ferry sailed at noon. ana@bernama.com (END)",
			want: Credit{Span: Span{Start: 26, End: 47, Text: "ana@bernama.com (END)"}, Agencies: []string{"Bernama"},
				Contributors: []Contributor{{Role: "reporting", Email: "ana@bernama.com"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{Lexicon: tt.lex}
			got := p.Parse(tt.in).Credit
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q).Credit mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCreditJSON(t *testing.T) {
	a := Parse("The ferry sailed at noon.\n(Agencies)")
	b, err := a.Credit.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"start":26,"end":36,"text":"(Agencies)","agencies":[],"contributors":[]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("MarshalJSON mismatch (-want +got):\n%s", diff)
	}
}

// TestCreditBadInput checks that long and hostile inputs give a clean
// result quickly: the credit search reads only the end of the text.
func TestCreditBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"no punctuation", strings.Repeat("word ", 1<<18)},
		{"closing parentheses", strings.Repeat(")", 100000)},
		{"opening parentheses", strings.Repeat("(", 100000) + ")"},
		{"nested parentheses", strings.Repeat("((a)", 50000) + ")"},
		{"dashes", strings.Repeat("-", 100000) + "IANS"},
		{"spaces", strings.Repeat(" ", 100000) + "IANS"},
		{"at signs", strings.Repeat("@", 100000) + "(END)"},
		{"tags", strings.Repeat("<p>", 100000)},
		{"invalid UTF-8", strings.Repeat("\xff\xfe", 50000) + "\xe2\x80 REUTER"},
		{"roles", strings.Repeat("(Reporting by Ann Lee; ", 20000) + ")"},
		{"long line of capitals", strings.Repeat("A", 1<<20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			a := Parse(tt.in)
			checkCredit(t, tt.in, a)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("Parse took %v on %d bytes", d, len(tt.in))
			}
		})
	}
}

// checkCredit checks the invariants of the credit found in text.
func checkCredit(t *testing.T, text string, a Article) {
	t.Helper()
	c := a.Credit
	if c.IsZero() {
		return
	}
	if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
		t.Fatalf("credit span %v out of bounds (len %d)", c.Span, len(text))
	}
	if c.Text != text[c.Start:c.End] {
		t.Errorf("credit text %q != input[%d:%d] %q", c.Text, c.Start, c.End, text[c.Start:c.End])
	}
	if !utf8.RuneStart(text[c.Start]) || c.End < len(text) && !utf8.RuneStart(text[c.End]) {
		t.Errorf("credit span %v not on rune boundaries", c.Span)
	}
	for _, p := range a.Paragraphs {
		if p.End > c.Start {
			t.Errorf("paragraph %v runs into the credit %v", p, c.Span)
		}
	}
}

func FuzzCredit(f *testing.F) {
	for _, tt := range creditTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCredit(t, text, Parse(text))
	})
}

func BenchmarkFindCredit(b *testing.B) {
	benchmarks := []struct {
		name, in string
		credit   bool
	}{
		{"trailer", strings.Repeat(creditBody+"\n", 40) +
			" (Reporting by Ann Lee in Oslo and Bo Kim; Additional reporting by Cy Day; Editing by Ed Gale and Flo Hart)" +
			" (This story has been refiled to add a byline)\n", true},
		// Most stories end in a sentence, and German ones in words the
		// lexicon cannot fold without allocating.
		{"no credit", strings.Repeat(creditBody+"\n", 40) +
			"\nFür die Gespräche über die Häfen erklärte der Präsident am Abend schließlich, er sei zuversichtlich.", false},
	}
	d := DefaultLexicon()
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.in)))
			b.ReportAllocs()
			for b.Loop() {
				doc := &doc{lex: d, text: bm.in, bodyEnd: len(bm.in)}
				if got := findCredit(doc); !got.IsZero() != bm.credit {
					b.Fatalf("findCredit = %v; want a credit: %v", got, bm.credit)
				}
			}
		})
	}
}

// TestSegmentStopIn checks the eight-byte test against the table: every
// byte value at every position of a word of spaces, and words of bytes
// next to the stop bytes, whose borrows a wrong test would mistake.
func TestSegmentStopIn(t *testing.T) {
	word := func(b [8]byte) uint64 {
		var x uint64
		for i := 7; i >= 0; i-- {
			x = x<<8 | uint64(b[i])
		}
		return x
	}
	want := func(b [8]byte) bool {
		for _, c := range b {
			if segmentStop[c] {
				return true
			}
		}
		return false
	}
	for pos := range 8 {
		for v := range 256 {
			for _, fill := range []byte{' ', 0, 0xff, '\n' + 1, '\r' - 1, '>' + 1, '>' - 1, 0x80} {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(v)
				if got := segmentStopIn(word(b)); got != want(b) {
					t.Fatalf("segmentStopIn(%q) = %v, want %v", b[:], got, want(b))
				}
			}
		}
	}
}

// TestCreditWordsOfLexicon checks the scanner's memo of the lists' longest
// forms, kept from story to story for the default lexicon: a lexicon
// with a longer agency gets its own count, and the default its own back.
func TestCreditWordsOfLexicon(t *testing.T) {
	def := DefaultLexicon()
	long := def.With(Agencies, "The Very Long Agency Of The Seven Hills Of Rome")
	var c creditScanner
	for _, lex := range []*Lexicon{def, def, long, def, long, long} {
		c.reset(lex, "", 0, 0)
		if got, want := c.wordsOf(Agencies), lex.MaxWords(Agencies); got != want {
			t.Fatalf("wordsOf(Agencies) = %d, want %d", got, want)
		}
		c.clear()
	}
	if def.MaxWords(Agencies) == long.MaxWords(Agencies) {
		t.Error("the long agency does not lengthen the list: the test tells nothing")
	}
}

// TestTrimDashesSpace holds trimDashes, a loop over the bytes, to
// the strings.TrimLeft it stands for.
func TestTrimDashesSpace(t *testing.T) {
	for _, s := range []string{"", "-- By", " — Reuters", "–\tAP", "—", "\u2015 x", "\u2014\u2013 - x", "x —", "\n-x", "\r\n— y", "\xe2\x80", "\xe2\x80\x93"} {
		if got, want := trimDashes(s, true), strings.TrimLeft(s, "-–— \t\r\n"); got != want {
			t.Errorf("trimDashes(%q, true) = %q, want %q", s, got, want)
		}
		if got, want := trimDashes(s+"\n", false), strings.TrimLeft(s+"\n", "-–— \t"); got != want {
			t.Errorf("trimDashes(%q, false) = %q, want %q", s+"\n", got, want)
		}
	}
}
