package wirestory

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// byView is a Byline without offsets.
type byView struct {
	Text   string
	Names  []string
	Agency string
}

func TestBylines(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     *byView
		dateline string // the dateline's text, "" if none
	}{
		{
			name:     "own line, capitals",
			in:       "By JANE DOE\n\nWASHINGTON (AP) — The bill passed.",
			want:     &byView{Text: "By JANE DOE", Names: []string{"JANE DOE"}},
			dateline: "WASHINGTON (AP) —",
		},
		{
			name:     "the agency alone",
			in:       "By AFP\n\nPARIS (AFP) - The strike went on.",
			want:     &byView{Text: "By AFP", Agency: "AFP"},
			dateline: "PARIS (AFP) -",
		},
		{
			name: "the agency's staff",
			in:   "By Reuters Staff\n\nThe bill passed.",
			want: &byView{Text: "By Reuters Staff", Agency: "Reuters"},
		},
		{
			name: "the agency with its article",
			in:   "By The Associated Press\n\nThe bill passed.",
			want: &byView{Text: "By The Associated Press", Agency: "AP"},
		},
		{
			name: "two writers and an agency",
			in:   "By Jane Doe and Sam Roe, Associated Press\n\nThe bill passed.",
			want: &byView{Text: "By Jane Doe and Sam Roe, Associated Press", Names: []string{"Jane Doe", "Sam Roe"}, Agency: "AP"},
		},
		{
			name:     "name, bar, agency",
			in:       "Jane Doe | Reuters\nLONDON (Reuters) - Shares rose.",
			want:     &byView{Text: "Jane Doe | Reuters", Names: []string{"Jane Doe"}, Agency: "Reuters"},
			dateline: "LONDON (Reuters) -",
		},
		{
			name:     "AP writer before the dateline",
			in:       "By JANE DOE Associated Press Writer WASHINGTON (AP) -- The bill passed.",
			want:     &byView{Text: "By JANE DOE Associated Press Writer", Names: []string{"JANE DOE"}, Agency: "AP"},
			dateline: "WASHINGTON (AP) --",
		},
		{
			name:     "sports writer, unlisted town",
			in:       "By SAM ROE AP Sports Writer BRUNSWICK, Maine (AP) -- The team won.",
			want:     &byView{Text: "By SAM ROE AP Sports Writer", Names: []string{"SAM ROE"}, Agency: "AP"},
			dateline: "BRUNSWICK, Maine (AP) --",
		},
		{
			name:     "spaces before the dateline",
			in:       "By MICHAEL ROE     SAN FRANCISCO (AP) -- The firm cut prices.",
			want:     &byView{Text: "By MICHAEL ROE", Names: []string{"MICHAEL ROE"}},
			dateline: "SAN FRANCISCO (AP) --",
		},
		{
			name:     "pti",
			in:       "By K J Rao Beijing, Aug 1 (PTI) China said it would talk.",
			want:     &byView{Text: "By K J Rao", Names: []string{"K J Rao"}},
			dateline: "Beijing, Aug 1 (PTI)",
		},
		{
			name:     "pti after a note to editors",
			in:       "(Eds: Updating with fresh quotes) By K J M Rao Beijing, Aug 1 (PTI) China will talk.",
			want:     &byView{Text: "By K J M Rao", Names: []string{"K J M Rao"}},
			dateline: "Beijing, Aug 1 (PTI)",
		},
		{
			name:     "glued to a headline",
			in:       "chip plan-lead Chip plan wins approvalBy Kim Soo-min SEOUL, Jan. 2 (Yonhap) -- The plan won.",
			want:     &byView{Text: "By Kim Soo-min", Names: []string{"Kim Soo-min"}},
			dateline: "SEOUL, Jan. 2 (Yonhap) --",
		},
		{
			name:     "of the agency",
			in:       "By Jane Doe of The Associated Press\nLIMA, Peru (AP) -- Rains fell.",
			want:     &byView{Text: "By Jane Doe of The Associated Press", Names: []string{"Jane Doe"}, Agency: "AP"},
			dateline: "LIMA, Peru (AP) --",
		},
		{
			name:     "after the dateline",
			in:       "LIMA, May 2 , 1998 (AFP)\n\nBy Jane Doe\n\nPeru's farmers planted more maize.",
			want:     &byView{Text: "By Jane Doe", Names: []string{"Jane Doe"}},
			dateline: "LIMA, May 2 , 1998 (AFP)",
		},
		{
			name:     "escaped paragraph tags",
			in:       "&lt;p&gt;&lt;/p&gt;&lt;p&gt; By Jane Doe&lt;/p&gt;&lt;p&gt; LIMA, Peru (Reuters) - Rains fell.",
			want:     &byView{Text: "By Jane Doe", Names: []string{"Jane Doe"}},
			dateline: "LIMA, Peru (Reuters) -",
		},
		{
			name:     "agency line under the name",
			in:       "By JANE DOE\nAssociated Press Writer\n\nLIMA, Peru (AP) _ Rains fell.",
			want:     &byView{Text: "By JANE DOE\nAssociated Press Writer", Names: []string{"JANE DOE"}, Agency: "AP"},
			dateline: "LIMA, Peru (AP) _",
		},
		{name: "a sentence", in: "By the time the polls closed, turnout was high."},
		{name: "a sentence with a capital", in: "By Monday, the talks had stalled and ministers left.\nMore text."},
		{
			name:     "staff reporter, entity before the story",
			in:       "&nbsp;By Staff Reporter\nNEW DELHI: The court ruled on Friday.",
			want:     &byView{Text: "By Staff Reporter", Names: []string{"Staff Reporter"}},
			dateline: "NEW DELHI:",
		},
		{name: "no byline", in: "LIMA, Peru (AP) -- Rains fell.", dateline: "LIMA, Peru (AP) --"},
		{
			name:     "the agency as the byline, then the place and a colon",
			in:       "By IANS, Kolkata : The state announced free bicycles for schoolgirls.",
			want:     &byView{Text: "By IANS", Agency: "IANS"},
			dateline: "Kolkata :",
		},
		{
			name:     "writers and agency, then the place and a colon",
			in:       "By A. Rao and B. Das, IANS, Srinagar : Snow cut off the valley.",
			want:     &byView{Text: "By A. Rao and B. Das, IANS", Names: []string{"A. Rao", "B. Das"}, Agency: "IANS"},
			dateline: "Srinagar :",
		},
		{
			name:     "the agency as the byline, another city",
			in:       "By IANS, Chennai: Fishermen stayed ashore on Monday.",
			want:     &byView{Text: "By IANS", Agency: "IANS"},
			dateline: "Chennai:",
		},
		{
			name:     "a writer with no agency and a colon stays out",
			in:       "By Jane Doe, Chennai: Fishermen stayed ashore on Monday.",
			want:     nil,
			dateline: "",
		},
		{
			name:     "glued to the headline",
			in:       "City transit slowed by floods By JANE ROE and JOHN DOE, Associated Press Writers\n\nLARKSPUR, Ore. (AP) — Rain fell.",
			want:     &byView{Text: "By JANE ROE and JOHN DOE, Associated Press Writers", Names: []string{"JANE ROE", "JOHN DOE"}, Agency: "AP"},
			dateline: "LARKSPUR, Ore. (AP) —",
		},
		{
			name:     "glued to the headline and the dateline",
			in:       "Transit slowed by floods By JANE ROE, Associated Press Writer LARKSPUR, Ore. (AP) — Rain fell.",
			want:     &byView{Text: "By JANE ROE, Associated Press Writer", Names: []string{"JANE ROE"}, Agency: "AP"},
			dateline: "LARKSPUR, Ore. (AP) —",
		},
		{
			name:     "a headline's own By before a dateline is no byline",
			in:       "Prices Driven Up By Drought WASHINGTON (AP) — Prices rose.",
			dateline: "",
		},
		{
			name:     "a headline's own By is no byline",
			in:       "Transit Slowed By Floods\n\nLARKSPUR, Ore. (AP) — Rain fell.",
			dateline: "LARKSPUR, Ore. (AP) —",
		},
		{
			name: "staff byline with a date",
			in:   "By UPI Staff | May 3, 2026\n\nThe Senate passed the bill on Friday after a long debate.",
			want: &byView{Text: "By UPI Staff | May 3, 2026", Agency: "UPI"},
		},
		{
			name:     "web byline stamped with dates in figures",
			in:       "Fire under control\n\nSeda Nur Karaca   |06.12.2026 - Update : 06.12.2026\n\nMUGLA, Türkiye\n\nThe fire was put out on Monday.",
			want:     &byView{Text: "Seda Nur Karaca   |06.12.2026 - Update : 06.12.2026", Names: []string{"Seda Nur Karaca"}},
			dateline: "MUGLA, Türkiye",
		},
		{
			name:     "web byline stamped with a date and time",
			in:       "Fire under control\n\nOmar Aziz | 6/12/2026 14:05 GMT\n\nANKARA\n\nThe fire was put out on Monday.",
			want:     &byView{Text: "Omar Aziz | 6/12/2026 14:05 GMT", Names: []string{"Omar Aziz"}},
			dateline: "ANKARA",
		},
		{
			name:     "a bar before a sentence is no stamp",
			in:       "Fire under control\n\nOmar Aziz | The fire was put out on Monday\n\nANKARA\n\nThe fire was put out on Monday.",
			dateline: "ANKARA",
		},
		{
			name:     "a bar before a date and words is no stamp",
			in:       "Fire under control\n\nOmar Aziz | 6/12/2026 when the fire was put out\n\nANKARA\n\nThe fire was put out on Monday.",
			dateline: "ANKARA",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse(tt.in)
			var got *byView
			if b := a.Byline; !b.IsZero() {
				checkSpan(t, tt.in, b.Span)
				got = &byView{Text: b.Text, Names: b.Names, Agency: b.Agency}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q).Byline mismatch (-want +got):\n%s", tt.in, diff)
			}
			gotDL := ""
			if !a.Dateline.IsZero() {
				gotDL = a.Dateline.Text
			}
			if gotDL != tt.dateline {
				t.Errorf("Parse(%q).Dateline = %q, want %q", tt.in, gotDL, tt.dateline)
			}
			for _, p := range a.Paragraphs {
				if !a.Byline.IsZero() && p.Start < a.Byline.End {
					t.Errorf("paragraph %q overlaps the byline %q", p.Text, a.Byline.Text)
				}
			}
		})
	}
}

// TestContainsBy holds containsBy, which finds " By " by its capital, to
// strings.Contains on lines that hold it, lines that hold its parts, and
// every cut of them.
func TestContainsBy(t *testing.T) {
	lines := []string{
		"",
		" By ",
		"Floods slow transit By JANE ROE, Associated Press",
		"By JANE ROE",
		"Stand By Me",
		"Stand  By  Me",
		"a BBy b",
		"a By",
		"Bye By\tnow",
		"BY JANE ROE By",
		"x ByBy By y",
		"By By By",
		"ABy  B y By",
	}
	for _, line := range lines {
		for i := 0; i <= len(line); i++ {
			for j := i; j <= len(line); j++ {
				s := line[i:j]
				if got, want := containsBy(s), strings.Contains(s, " By "); got != want {
					t.Errorf("containsBy(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
