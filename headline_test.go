package wirestory

import "testing"

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"line above a dateline", "Floods leave thousands homeless\n\nLARKSPUR, Ore. (AP) — Rain fell.\n\nMore rain.", "Floods leave thousands homeless"},
		{"line above a byline", "Port strike enters third week\nBy JANE ROE\n\nTALLINN (Reuters) - Dockers stayed out.", "Port strike enters third week"},
		{"glued before a dateline", "Tram fares to rise in March SEOUL, Jan. 9 (Yonhap) -- Fares rise.", "Tram fares to rise in March"},
		{"slug before the headline", "tram fares-rise(LEAD) Tram fares to rise in March SEOUL, Jan. 9 (Yonhap) -- Fares rise.", "Tram fares to rise in March"},
		{"hyphened slug glued to it", "Harbor park-entryCity eases access to the harbor park SEOUL, Jan. 9 (Yonhap) -- Access eases.",
			"City eases access to the harbor park"},
		{"short slug glued to it", "PM-new yearPM says growth comes first SEOUL, Jan. 9 (Yonhap) -- The premier spoke.",
			"PM says growth comes first"},
		{"a name with an inner capital is no slug", "Anti-war McCain rally draws thousands\n\nLARKSPUR, Ore. (AP) — Rain fell.",
			"Anti-war McCain rally draws thousands"},
		{"byline glued to it", "City transit slowed by floods By JANE ROE and JOHN DOE, Associated Press Writers\n\nLARKSPUR, Ore. (AP) — Rain fell.",
			"City transit slowed by floods"},
		{"quoted, with a speaker", "Harbour an 'engine' of growth, says analyst\n\nMUMBAI, May 3 (IANS) The port grew.", "Harbour an 'engine' of growth, says analyst"},
		{"first of a headline and a deck", "Bridge to reopen in May\nRepairs cost twice the estimate\n\nHARBOR CITY, April 2 (Ledger) - The mayor spoke.",
			"Bridge to reopen in May"},
		{"no frame: a short title over a paragraph", "Council passes the budget\n\nThe city council passed the budget on Tuesday after a long debate over school funding.",
			"Council passes the budget"},
		{"no frame: a question", "Will the bridge reopen?\n\nThe city council could not say on Tuesday when the bridge would reopen to traffic.",
			"Will the bridge reopen?"},

		{"none: the dateline opens the story", "LARKSPUR, Ore. (AP) — Rain fell.\n\nMore rain.", ""},
		{"none: a byline first", "By JANE ROE\n\nTALLINN (Reuters) - Dockers stayed out.", ""},
		{"none: a feed prefix", "Canadian Press - HALIFAX (CP) - The ferry ran late.", ""},
		{"none: a header of agency, date and country", "Anadolu Agency\nMay 3 2026\nTurkey\n\nAnkara, 2 May: The bank held rates.", ""},
		{"none: an editors' note", "(Eds: Updates with vote)\nLARKSPUR, Ore. (AP) — Rain fell.", ""},
		{"none: a copyright line", "Copyright 2026 Harbor Ledger Inc\nLARKSPUR, Ore. (AP) — Rain fell.", ""},
		{"none: a sentence over a paragraph", "The council met on Tuesday.\n\nIt passed the budget after a long debate over school funding and roads.", ""},
		{"none: one paragraph", "Council passes the budget", ""},
		{"none: a longer line first", "The city council passed the budget on Tuesday after a long debate\n\nIt did.", ""},
		{"none: a wrapped first line", "NBC television, quoting intelligence sources\nsaid the shipments went on until last month and were paid in cash.", ""},
		{"none: a wrapped line without a blank line", "The newspaper quoted the envoy as saying that the\nReserves were low and the talks had stalled for a month at least.", ""},
		{"none: a label", "Breaking News\n\nThe city council passed the budget on Tuesday after a long debate.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse(tt.in)
			if a.Headline.Text != tt.want {
				t.Errorf("Parse(%q).Headline = %q, want %q", tt.in, a.Headline.Text, tt.want)
			}
			if !a.Headline.IsZero() && tt.in[a.Headline.Start:a.Headline.End] != a.Headline.Text {
				t.Errorf("Headline span %d:%d does not index the input", a.Headline.Start, a.Headline.End)
			}
			for _, p := range a.Paragraphs {
				if !a.Headline.IsZero() && p.Start < a.Headline.End {
					t.Errorf("paragraph %q overlaps the headline", p.Text)
				}
			}
		})
	}
}

// TestHeadlineQuotes checks that a headline's quotations are found with
// the body's, in text order.
func TestHeadlineQuotes(t *testing.T) {
	in := "Mayor calls plan a 'disaster'\n\nHARBOR CITY, April 2 (Ledger) - The mayor said the plan was a \"disaster\" for the city."
	a := Parse(in)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
	}
	if len(got) != 2 || got[0] != "'disaster'" || got[1] != `"disaster"` {
		t.Errorf("Parse(%q) quotes = %q, want the headline's and the body's", in, got)
	}
}
