package wirestory

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// dlView is a Dateline flattened for tables: offsets aside, every field.
type dlView struct {
	Text                  string
	Place                 string
	City, Region, Country string
	Date                  string
	Year, Month, Day      int
	Agency, AgencyName    string
	Separator             string
}

func viewOf(dl Dateline) *dlView {
	if dl.IsZero() {
		return nil
	}
	v := &dlView{Text: dl.Text, Separator: dl.Separator}
	if p := dl.Place; !p.IsZero() {
		v.Place, v.City, v.Region, v.Country = p.Text, p.City, p.Region, p.Country
	}
	if d := dl.Date; !d.IsZero() {
		v.Date, v.Year, v.Month, v.Day = d.Text, d.Year, int(d.Month), d.Day
	}
	if a := dl.Agency; !a.IsZero() {
		v.Agency, v.AgencyName = a.Text, a.Name
	}
	return v
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want dlView
	}{
		{"reuters", "TEHRAN, Jan 20 (Reuters) -", dlView{Text: "TEHRAN, Jan 20 (Reuters) -", Place: "TEHRAN", City: "Tehran",
			Date: "Jan 20", Month: 1, Day: 20, Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"reuters no date", "WASHINGTON (Reuters) -", dlView{Text: "WASHINGTON (Reuters) -", Place: "WASHINGTON", City: "Washington",
			Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"two cities", "BRUSSELS/SAO PAULO (Reuters) -", dlView{Text: "BRUSSELS/SAO PAULO (Reuters) -", Place: "BRUSSELS/SAO PAULO",
			City: "Brussels/Sao Paulo", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"no agency", "SALVADOR, Feb 26 -", dlView{Text: "SALVADOR, Feb 26 -", Place: "SALVADOR", City: "Salvador",
			Date: "Feb 26", Month: 2, Day: 26, Separator: "-"}},
		{"state abbreviation", "RICHMOND, Va., March 5 -", dlView{Text: "RICHMOND, Va., March 5 -", Place: "RICHMOND, Va.",
			City: "Richmond", Region: "Virginia", Date: "March 5", Month: 3, Day: 5, Separator: "-"}},
		{"two-word city and state", "LOS ANGELES, Calif., April 13 -", dlView{Text: "LOS ANGELES, Calif., April 13 -",
			Place: "LOS ANGELES, Calif.", City: "Los Angeles", Region: "California", Date: "April 13", Month: 4, Day: 13, Separator: "-"}},
		{"postal code", "AUSTIN, TX, June 2 -", dlView{Text: "AUSTIN, TX, June 2 -", Place: "AUSTIN, TX", City: "Austin",
			Region: "Texas", Date: "June 2", Month: 6, Day: 2, Separator: "-"}},
		{"ap underscore", "NAIROBI, Kenya (AP) _", dlView{Text: "NAIROBI, Kenya (AP) _", Place: "NAIROBI, Kenya", City: "Nairobi",
			Country: "Kenya", Agency: "AP", AgencyName: "AP", Separator: "_"}},
		{"ap double dash", "WASHINGTON (AP) --", dlView{Text: "WASHINGTON (AP) --", Place: "WASHINGTON", City: "Washington",
			Agency: "AP", AgencyName: "AP", Separator: "--"}},
		{"em dash", "KYIV, Ukraine (AP) —", dlView{Text: "KYIV, Ukraine (AP) —", Place: "KYIV, Ukraine", City: "Kyiv",
			Country: "Ukraine", Agency: "AP", AgencyName: "AP", Separator: "—"}},
		{"space in parentheses", "HAVANA (AP ) --", dlView{Text: "HAVANA (AP ) --", Place: "HAVANA", City: "Havana",
			Agency: "AP", AgencyName: "AP", Separator: "--"}},
		{"afp", "CAIRO, Dec 17 (AFP) --", dlView{Text: "CAIRO, Dec 17 (AFP) --", Place: "CAIRO", City: "Cairo",
			Date: "Dec 17", Month: 12, Day: 17, Agency: "AFP", AgencyName: "AFP", Separator: "--"}},
		{"afp country", "MEISE, Belgium, Dec 16 (AFP) -", dlView{Text: "MEISE, Belgium, Dec 16 (AFP) -", Place: "MEISE, Belgium",
			City: "Meise", Country: "Belgium", Date: "Dec 16", Month: 12, Day: 16, Agency: "AFP", AgencyName: "AFP", Separator: "-"}},
		{"year, no separator", "BAMAKO, April 19, 1997 (AFP)", dlView{Text: "BAMAKO, April 19, 1997 (AFP)", Place: "BAMAKO",
			City: "Bamako", Date: "April 19, 1997", Year: 1997, Month: 4, Day: 19, Agency: "AFP", AgencyName: "AFP"}},
		{"year after a spaced comma", "GAO, Mali, April 7 , 1997 (AFP)", dlView{Text: "GAO, Mali, April 7 , 1997 (AFP)",
			Place: "GAO, Mali", City: "Gao", Country: "Mali", Date: "April 7 , 1997", Year: 1997, Month: 4, Day: 7,
			Agency: "AFP", AgencyName: "AFP"}},
		{"xinhua", "JOHANNESBURG, August 7 (Xinhua) --", dlView{Text: "JOHANNESBURG, August 7 (Xinhua) --",
			Place: "JOHANNESBURG", City: "Johannesburg", Date: "August 7", Month: 8, Day: 7, Agency: "Xinhua",
			AgencyName: "Xinhua", Separator: "--"}},
		{"xinhuanet", "BEIJING, Aug. 17 (Xinhuanet) --", dlView{Text: "BEIJING, Aug. 17 (Xinhuanet) --", Place: "BEIJING",
			City: "Beijing", Date: "Aug. 17", Month: 8, Day: 17, Agency: "Xinhuanet", AgencyName: "Xinhua", Separator: "--"}},
		{"ians", "New Delhi, Jan 20 (IANS)", dlView{Text: "New Delhi, Jan 20 (IANS)", Place: "New Delhi", City: "New Delhi",
			Date: "Jan 20", Month: 1, Day: 20, Agency: "IANS", AgencyName: "IANS"}},
		{"pti", "Mumbai, Dec 19 (PTI)", dlView{Text: "Mumbai, Dec 19 (PTI)", Place: "Mumbai", City: "Mumbai",
			Date: "Dec 19", Month: 12, Day: 19, Agency: "PTI", AgencyName: "PTI"}},
		{"ani brackets", "Islamabad [Pakistan], January 20 (ANI):", dlView{Text: "Islamabad [Pakistan], January 20 (ANI):",
			Place: "Islamabad [Pakistan]", City: "Islamabad", Country: "Pakistan", Date: "January 20", Month: 1, Day: 20,
			Agency: "ANI", AgencyName: "ANI", Separator: ":"}},
		{"colon", "Tehran:", dlView{Text: "Tehran:", Place: "Tehran", City: "Tehran", Separator: ":"}},
		{"colon capitals", "NEW DELHI:", dlView{Text: "NEW DELHI:", Place: "NEW DELHI", City: "New Delhi", Separator: ":"}},
		{"colon after date", "ISLAMABAD, Oct 5:", dlView{Text: "ISLAMABAD, Oct 5:", Place: "ISLAMABAD", City: "Islamabad",
			Date: "Oct 5", Month: 10, Day: 5, Separator: ":"}},
		{"nyt", "WASHINGTON _", dlView{Text: "WASHINGTON _", Place: "WASHINGTON", City: "Washington", Separator: "_"}},
		{"undated", "(Undated)", dlView{Text: "(Undated)"}},
		{"undated with a date", "(UNDATED), Feb 13 , 1998 (NYT)", dlView{Text: "(UNDATED), Feb 13 , 1998 (NYT)",
			Date: "Feb 13 , 1998", Year: 1998, Month: 2, Day: 13, Agency: "NYT", AgencyName: "NYT"}},
		{"date first", "OCTOBER 18, 2004 (COMPUTERWORLD) -", dlView{Text: "OCTOBER 18, 2004 (COMPUTERWORLD) -",
			Date: "OCTOBER 18, 2004", Year: 2004, Month: 10, Day: 18, Agency: "COMPUTERWORLD", AgencyName: "COMPUTERWORLD",
			Separator: "-"}},
		{"date only", "APRIL 7 -", dlView{Text: "APRIL 7 -", Date: "APRIL 7", Month: 4, Day: 7, Separator: "-"}},
		{"day first", "SEOUL, 3 September 2024 -", dlView{Text: "SEOUL, 3 September 2024 -", Place: "SEOUL", City: "Seoul",
			Date: "3 September 2024", Year: 2024, Month: 9, Day: 3, Separator: "-"}},
		{"sept", "PARIS, Sept. 30 -", dlView{Text: "PARIS, Sept. 30 -", Place: "PARIS", City: "Paris",
			Date: "Sept. 30", Month: 9, Day: 30, Separator: "-"}},
		{"month in capitals", "OSLO, SEPT 3 -", dlView{Text: "OSLO, SEPT 3 -", Place: "OSLO", City: "Oslo",
			Date: "SEPT 3", Month: 9, Day: 3, Separator: "-"}},
		{"aboard", "ABOARD AIR FORCE ONE (AP) —", dlView{Text: "ABOARD AIR FORCE ONE (AP) —", Place: "ABOARD AIR FORCE ONE",
			City: "Aboard Air Force One", Agency: "AP", AgencyName: "AP", Separator: "—"}},
		{"accents", "SÃO PAULO (Reuters) -", dlView{Text: "SÃO PAULO (Reuters) -", Place: "SÃO PAULO", City: "São Paulo",
			Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"umlaut", "ZÜRICH, Switzerland (AP) --", dlView{Text: "ZÜRICH, Switzerland (AP) --", Place: "ZÜRICH, Switzerland",
			City: "Zürich", Country: "Switzerland", Agency: "AP", AgencyName: "AP", Separator: "--"}},
		{"acute", "BOGOTÁ, Colombia (AP) —", dlView{Text: "BOGOTÁ, Colombia (AP) —", Place: "BOGOTÁ, Colombia", City: "Bogotá",
			Country: "Colombia", Agency: "AP", AgencyName: "AP", Separator: "—"}},
		{"unlisted city", "KOKOMO, Ind., Feb 6 -", dlView{Text: "KOKOMO, Ind., Feb 6 -", Place: "KOKOMO, Ind.", City: "Kokomo",
			Region: "Indiana", Date: "Feb 6", Month: 2, Day: 6, Separator: "-"}},
		{"feed prefix reuters", "Reuters - ", dlView{Text: "Reuters -", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"feed prefix ap", "AP - ", dlView{Text: "AP -", Agency: "AP", AgencyName: "AP", Separator: "-"}},
		{"feed prefix afp", "AFP - ", dlView{Text: "AFP -", Agency: "AFP", AgencyName: "AFP", Separator: "-"}},
		{"agency alone", "(Reuters) -", dlView{Text: "(Reuters) -", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"stars", "****LONDON, March 5 -", dlView{Text: "****LONDON, March 5 -", Place: "LONDON", City: "London",
			Date: "March 5", Month: 3, Day: 5, Separator: "-"}},
		{"repeat", "RPT --OSLO, March 5 -", dlView{Text: "RPT --OSLO, March 5 -", Place: "OSLO", City: "Oslo",
			Date: "March 5", Month: 3, Day: 5, Separator: "-"}},
		{"lower case", "La paz, march 4 -", dlView{Text: "La paz, march 4 -", Place: "La paz", City: "La Paz",
			Date: "march 4", Month: 3, Day: 4, Separator: "-"}},
		{"full stop before date", "MOSCOW. Oct 5 (Interfax) -", dlView{Text: "MOSCOW. Oct 5 (Interfax) -", Place: "MOSCOW.",
			City: "Moscow", Date: "Oct 5", Month: 10, Day: 5, Agency: "Interfax", AgencyName: "Interfax", Separator: "-"}},
		{"comma before agency", "LONDON, (Reuters) -", dlView{Text: "LONDON, (Reuters) -", Place: "LONDON", City: "London",
			Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"unknown agency", "DENVER (Dow Jones/AP) --", dlView{Text: "DENVER (Dow Jones/AP) --", Place: "DENVER", City: "Denver",
			Agency: "Dow Jones/AP", AgencyName: "Dow Jones/AP", Separator: "--"}},
		{"trailing space", "LIMA, Peru (AP) --  \n", dlView{Text: "LIMA, Peru (AP) --", Place: "LIMA, Peru", City: "Lima",
			Country: "Peru", Agency: "AP", AgencyName: "AP", Separator: "--"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDateline(tt.in)
			if err != nil {
				t.Fatalf("ParseDateline(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(&tt.want, viewOf(got)); diff != "" {
				t.Errorf("ParseDateline(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkDatelineSpans(t, tt.in, got)
		})
	}
}

func TestParseDatelineErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		offset int
		reason string
	}{
		{"empty", "", 0, "empty"},
		{"sentence", "Reuters reported on Monday that output fell", 0, ""},
		{"headline", "WASHINGTON POST said", 20, "missing separator"},
		{"trailing text", "LONDON (Reuters) - Shares fell", 19, "unexpected text"},
		{"bare place", "WASHINGTON", 10, "missing separator"},
		{"digits in place", "Q3 results -", 0, "missing place"},
		{"unclosed bracket", "Islamabad [Pakistan, Jan 2 -", 10, "unclosed"},
		{"note", "Note: the figures are provisional", 0, "label"},
		{"label", "UPDATE -", 0, "label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDateline(tt.in)
			if !errors.Is(err, ErrNoDateline) {
				t.Fatalf("ParseDateline(%q) = %v, want an ErrNoDateline", tt.in, err)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseDateline(%q) error %T, want *SyntaxError", tt.in, err)
			}
			if se.Op != "ParseDateline" || se.Input != tt.in {
				t.Errorf("SyntaxError{Op: %q, Input: %q}, want ParseDateline of the input", se.Op, se.Input)
			}
			if tt.reason != "" && se.Offset != tt.offset {
				t.Errorf("ParseDateline(%q) offset %d, want %d", tt.in, se.Offset, tt.offset)
			}
			if !strings.Contains(err.Error(), tt.reason) || !strings.HasPrefix(err.Error(), "wirestory: ParseDateline") {
				t.Errorf("ParseDateline(%q) error %q, want it to mention %q", tt.in, err, tt.reason)
			}
		})
	}
}

// TestFindFrame reads datelines at the head of whole stories, as feeds
// and crawls deliver them, and stories that open with no dateline.
func TestFindFrame(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *dlView
		body string // the first paragraph of the body
	}{
		{
			name: "reuters 1987",
			in:   "OSLO, March 3 - Norway's central bank said on Tuesday\nit would keep rates steady.\n    It said more later.",
			want: &dlView{Text: "OSLO, March 3 -", Place: "OSLO", City: "Oslo", Date: "March 3", Month: 3, Day: 3, Separator: "-"},
			body: "Norway's central bank",
		},
		{
			name: "te3 line of its own",
			in:   "LIMA, May 2 , 1998 (AFP)\n\nPeru's farmers planted more maize this year.",
			want: &dlView{Text: "LIMA, May 2 , 1998 (AFP)", Place: "LIMA", City: "Lima", Date: "May 2 , 1998", Year: 1998,
				Month: 5, Day: 2, Agency: "AFP", AgencyName: "AFP"},
			body: "Peru's farmers",
		},
		{
			name: "pti body follows",
			in:   "Chennai, Jul 4 (PTI) The state cabinet today cleared the port plan.",
			want: &dlView{Text: "Chennai, Jul 4 (PTI)", Place: "Chennai", City: "Chennai", Date: "Jul 4", Month: 7, Day: 4,
				Agency: "PTI", AgencyName: "PTI"},
			body: "The state cabinet",
		},
		{
			name: "leading space",
			in:   " ROME (Reuters) - Italy's bond yields eased on Monday.",
			want: &dlView{Text: "ROME (Reuters) -", Place: "ROME", City: "Rome", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"},
			body: "Italy's bond",
		},
		{
			name: "feed prefix",
			in:   "AP - A storm closed schools across the county on Tuesday.",
			want: &dlView{Text: "AP -", Agency: "AP", AgencyName: "AP", Separator: "-"},
			body: "A storm closed",
		},
		{
			name: "feed prefix before a dateline",
			in:   "Canadian Press - REGINA (CP) - The province will add nurses this year.",
			want: &dlView{Text: "REGINA (CP) -", Place: "REGINA", City: "Regina", Agency: "CP", AgencyName: "CP", Separator: "-"},
			body: "The province",
		},
		{
			name: "an agency in brackets before a dateline",
			in:   "(ANSA) - ROME, DEC 5 - The cabinet approved the budget on Friday.",
			want: &dlView{Text: "(ANSA) - ROME, DEC 5 -", Place: "ROME", City: "Rome", Date: "DEC 5", Month: 12, Day: 5,
				Agency: "ANSA", AgencyName: "ANSA", Separator: "-"},
			body: "The cabinet",
		},
		{
			name: "yonhap crawl",
			in:   "exports-monthly tallyChip exports rise for 5th month in S. Korea SEOUL, Jan. 2 (Yonhap) -- Exports of chips rose.",
			want: &dlView{Text: "SEOUL, Jan. 2 (Yonhap) --", Place: "SEOUL", City: "Seoul", Date: "Jan. 2", Month: 1, Day: 2,
				Agency: "Yonhap", AgencyName: "Yonhap", Separator: "--"},
			body: "Exports of chips",
		},
		{
			name: "yonhap crawl with entities",
			in:   "(LEAD) ministry-plan(LEAD) Ministry&#x27;s plan wins nod(ATTN: ADDS details) SEOUL, Dec. 30 (Yonhap) -- The plan won.",
			want: &dlView{Text: "SEOUL, Dec. 30 (Yonhap) --", Place: "SEOUL", City: "Seoul", Date: "Dec. 30", Month: 12, Day: 30,
				Agency: "Yonhap", AgencyName: "Yonhap", Separator: "--"},
			body: "The plan won.",
		},
		{
			name: "html paragraphs",
			in:   "<p>KARACHI: Traders shut their shops on Friday.</p><p>The strike ended at noon.</p>",
			want: &dlView{Text: "KARACHI:", Place: "KARACHI", City: "Karachi", Separator: ":"},
			body: "Traders shut",
		},
		{
			name: "escaped html",
			in:   "&lt;p&gt;\\&lt;/p&gt;&lt;p&gt; BOSTON (Reuters) - A biotech firm said on Monday it would cut jobs.",
			want: &dlView{Text: "BOSTON (Reuters) -", Place: "BOSTON", City: "Boston", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"},
			body: "A biotech firm",
		},
		{
			name: "signed story with a colon dateline",
			in:   "Kabul: Afghan officials on Sunday opened a new road.\nThe road links two provinces.\nIANS",
			want: &dlView{Text: "Kabul:", Place: "Kabul", City: "Kabul", Separator: ":"},
			body: "Afghan officials",
		},
		{
			name: "headline line before the dateline",
			in:   "MARKETS RALLY AS RATES FALL\nLONDON, Jan 5 (Reuters) - Shares rose on Friday.",
			want: &dlView{Text: "LONDON, Jan 5 (Reuters) -", Place: "LONDON", City: "London", Date: "Jan 5", Month: 1, Day: 5,
				Agency: "Reuters", AgencyName: "Reuters", Separator: "-"},
			body: "Shares rose",
		},
		{
			name: "html paragraphs, a paper's footer",
			in:   "<p>SUKKUR: Farmers blocked the highway on Monday.</p>\n<p><em>Published in The Daily Star, May 2nd, 2025</em></p>",
			want: &dlView{Text: "SUKKUR:", Place: "SUKKUR", City: "Sukkur", Separator: ":"},
			body: "Farmers blocked",
		},
		{
			name: "colon dateline of an unlisted town in signed copy",
			in:   "KHAPLU: Snow cut the valley road on Sunday.\nTraffic resumed later.\n— APP",
			want: &dlView{Text: "KHAPLU:", Place: "KHAPLU", City: "Khaplu", Separator: ":"},
			body: "Snow cut",
		},
		{
			name: "dateline after headline, byline and copyright lines",
			in:   "SENATE PASSES FARM BILL\nBy JANE DOE\nc.1998 N.Y. Times News Service\nWASHINGTON _ The Senate voted.",
			want: &dlView{Text: "WASHINGTON _", Place: "WASHINGTON", City: "Washington", Separator: "_"},
			body: "The Senate voted.",
		},
		{
			name: "tass",
			in:   "MOSCOW, January 20. /TASS/. The ministry said output rose.",
			want: &dlView{Text: "MOSCOW, January 20. /TASS/.", Place: "MOSCOW", City: "Moscow", Date: "January 20", Month: 1, Day: 20,
				Agency: "TASS", AgencyName: "TASS", Separator: "."},
			body: "The ministry",
		},
		{
			name: "kyodo",
			in:   "TOKYO, Jan. 5 Kyodo - The yen fell.",
			want: &dlView{Text: "TOKYO, Jan. 5 Kyodo -", Place: "TOKYO", City: "Tokyo", Date: "Jan. 5", Month: 1, Day: 5,
				Agency: "Kyodo", AgencyName: "Kyodo", Separator: "-"},
			body: "The yen fell.",
		},
		{
			name: "efe",
			in:   "Madrid, Jan 5 (EFE).- Spain's jobless rate fell.",
			want: &dlView{Text: "Madrid, Jan 5 (EFE).-", Place: "Madrid", City: "Madrid", Date: "Jan 5", Month: 1, Day: 5,
				Agency: "EFE", AgencyName: "EFE", Separator: ".-"},
			body: "Spain's jobless",
		},
		{
			name: "crawl, acronym before the place",
			in:   "union-talks Talks stall with KCTU GYEONGJU, Oct. 29 (Yonhap) -- Talks stalled.",
			want: &dlView{Text: "GYEONGJU, Oct. 29 (Yonhap) --", Place: "GYEONGJU", City: "Gyeongju", Date: "Oct. 29", Month: 10, Day: 29,
				Agency: "Yonhap", AgencyName: "Yonhap", Separator: "--"},
			body: "Talks stalled.",
		},
		{name: "transcript speaker", in: "WOLF BLITZER, CNN ANCHOR: Good evening.\nMore follows.", body: "WOLF BLITZER"},
		{
			name: "a country alone",
			in:   "BAHRAIN - Tankers resumed loading on Sunday.",
			want: &dlView{Text: "BAHRAIN -", Place: "BAHRAIN", Country: "Bahrain", Separator: "-"},
			body: "Tankers resumed",
		},
		{name: "a company, not a place", in: "IBM - the computer maker - said on Monday it would hire.", body: "IBM - the"},
		{name: "a clip marker", in: "(BEGIN VIDEO CLIP)\nSome words here.", body: "(BEGIN VIDEO CLIP)"},
		{name: "headline with a comma and a dash", in: "POLLS NOT WRONG, JUST TOO EARLY - The polls were fine.", body: "POLLS NOT WRONG"},
		{name: "sentence before a date", in: "In an email dated Feb. 12, 2012 — the aide wrote back.", body: "In an email"},
		{name: "agency reported", in: "Reuters reported on Monday that the mine had closed.", body: "Reuters reported"},
		{name: "note", in: "Note: the figures below are provisional.\nOutput fell.", body: "Note: the figures"},
		{name: "headline", in: "WASHINGTON POST said on Sunday it would add staff.", body: "WASHINGTON POST"},
		{name: "label in capitals", in: "UPDATE: The ministry has revised its estimate.", body: "UPDATE:"},
		{name: "colon after a name in an unsigned story", in: "BOOM: The senator quit on Friday.", body: "BOOM:"},
		{name: "mixed-case colon, unsigned", in: "Mumbai: Shares rose on Friday.", body: "Mumbai:"},
		{name: "mixed-case place, unknown agency", in: "Denver, Colo. (Sports Desk) - The team won.", body: "Denver,"},
		{name: "hyphen, not a separator", in: "LONDON -Jane Doe's century won the match.", body: "LONDON"},
		{name: "plain first sentence", in: "The price of oil rose on Monday.", body: "The price"},
		{name: "late dateline", in: strings.Repeat("word ", 200) + "LONDON, Jan 5 (Reuters) - Late.", body: "word word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse(tt.in)
			if diff := cmp.Diff(tt.want, viewOf(a.Dateline)); diff != "" {
				t.Errorf("Parse(%q).Dateline mismatch (-want +got):\n%s", tt.in, diff)
			}
			if !a.Dateline.IsZero() {
				checkDatelineSpans(t, tt.in, a.Dateline)
			}
			if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0].Text, tt.body) {
				t.Errorf("Parse(%q).Paragraphs = %v, want the first to start %q", tt.in, a.Paragraphs, tt.body)
			}
		})
	}
}

func TestInferYear(t *testing.T) {
	tests := []struct {
		name       string
		ref        time.Time
		month, day int
		want       int
	}{
		{"no reference", time.Time{}, 3, 5, 0},
		{"same day", time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC), 3, 5, 2025},
		{"earlier this year", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), 3, 5, 2025},
		{"dec 31 read on jan 2", time.Date(2026, 1, 2, 8, 0, 0, 0, time.UTC), 12, 31, 2025},
		{"tomorrow is last year's", time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), 3, 6, 2024},
		{"already tomorrow where it was filed", time.Date(2026, 3, 1, 23, 0, 0, 0, time.FixedZone("UTC-10", -10*60*60)), 3, 2, 2026},
		{"leap day", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), 2, 29, 2024},
		{"leap day across a century", time.Date(2101, 3, 1, 0, 0, 0, 0, time.UTC), 2, 29, 2096},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Date{Month: time.Month(tt.month), Day: tt.day}
			inferYear(&d, tt.ref)
			if d.Year != tt.want {
				t.Errorf("inferYear(%d/%d, %v) = %d, want %d", tt.month, tt.day, tt.ref, d.Year, tt.want)
			}
		})
	}
}

func TestReferenceYear(t *testing.T) {
	p := Parser{Reference: time.Date(2026, 1, 2, 6, 0, 0, 0, time.UTC)}
	dl, err := p.ParseDateline("SEOUL, Dec. 31 (Yonhap) --")
	if err != nil {
		t.Fatal(err)
	}
	if dl.Date.IsZero() || dl.Date.Year != 2025 {
		t.Errorf("Parser.ParseDateline(Dec. 31) read on Jan 2, 2026: date %+v, want year 2025", dl.Date)
	}
	dl, err = p.ParseDateline("TOKYO, Jan. 6, 2024 (Xinhua) --")
	if err != nil || dl.Date.Year != 2024 {
		t.Errorf("a year given (%v, %v) must win over the reference", dl.Date, err)
	}
	a := p.Parse("SEOUL, Dec. 31 (Yonhap) -- Prices rose.")
	if a.Dateline.IsZero() || a.Dateline.Date.Year != 2025 {
		t.Errorf("Parser.Parse dateline %+v, want the year inferred as 2025", a.Dateline)
	}
	if a := Parse("SEOUL, Dec. 31 (Yonhap) -- Prices rose."); a.Dateline.Date.Year != 0 {
		t.Errorf("Parse with no reference: year %d, want 0", a.Dateline.Date.Year)
	}
}

// TestAgencyLexicon checks that callers can teach the parser an agency.
func TestAgencyLexicon(t *testing.T) {
	p := Parser{Lexicon: DefaultLexicon().With(Agencies, "NNS | Northern News Service")}
	dl, err := p.ParseDateline("YELLOWKNIFE (Northern News Service) -")
	if err != nil {
		t.Fatal(err)
	}
	if dl.Agency.IsZero() || dl.Agency.Name != "NNS" {
		t.Errorf("agency %+v, want NNS from the caller's lexicon", dl.Agency)
	}
	for _, name := range []string{"Reuter", "Associated Press", "Agence France-Presse", "Xinhuanet", "Press Trust of India",
		"Kyodo News", "Yonhap News Agency", "ITAR-TASS", "Deutsche Presse-Agentur", "Anadolu Agency", "Saudi Press Agency"} {
		if !DefaultLexicon().Contains(Agencies, name) {
			t.Errorf("DefaultLexicon has no agency %q", name)
		}
	}
	if n := len(DefaultLexicon().Entries(Agencies)); n < 50 {
		t.Errorf("DefaultLexicon has %d agencies, want at least 50", n)
	}
}

// TestHeadBounded checks that bad input gets a clean answer: a first line
// of capitals, invalid UTF-8, an empty story.
func TestHeadBounded(t *testing.T) {
	caps := strings.Repeat("A", 10000) + " - text"
	words := strings.Repeat("ABC ", 5000) + "(Reuters) - text"
	tests := []string{"", " ", "\xff\xfe\xfd", "SEOUL, Jan. 2 (Yonhap) --\xff", caps, words,
		strings.Repeat("SEOUL, ", 2000), strings.Repeat("(", 5000), strings.Repeat("By ", 3000),
		"By " + strings.Repeat("JANE ", 3000), strings.Repeat("\xc3", 999), "LONDON, Jan\xff 5 -",
		"LONDON (Reuters) - " + strings.Repeat("Shares rose. ", 400000)}
	for _, in := range tests {
		a := Parse(in)
		if !a.Dateline.IsZero() {
			checkDatelineSpans(t, in, a.Dateline)
		}
		if _, err := ParseDateline(in); err == nil && in == caps {
			t.Errorf("ParseDateline(10,000 capitals) succeeded")
		}
	}
}

func checkDatelineSpans(t *testing.T, in string, dl Dateline) {
	t.Helper()
	spans := []Span{dl.Span}
	if !dl.Place.IsZero() {
		spans = append(spans, dl.Place.Span)
	}
	if !dl.Date.IsZero() {
		spans = append(spans, dl.Date.Span)
	}
	if !dl.Agency.IsZero() {
		spans = append(spans, dl.Agency.Span)
	}
	for _, s := range spans {
		checkSpan(t, in, s)
		if !dl.Span.Contains(s) {
			t.Errorf("span %v %q lies outside the dateline %v", s, s.Text, dl.Span)
		}
	}
}

func checkSpan(t *testing.T, in string, s Span) {
	t.Helper()
	if s.Start < 0 || s.Start > s.End || s.End > len(in) {
		t.Fatalf("span %v out of bounds of %d bytes", s, len(in))
	}
	if in[s.Start:s.End] != s.Text {
		t.Errorf("span %v text %q, want %q", s, s.Text, in[s.Start:s.End])
	}
	if !utf8.ValidString(in) {
		return // rune boundaries are only defined in valid UTF-8
	}
	if s.Start < len(in) && !utf8.RuneStart(in[s.Start]) || s.End < len(in) && !utf8.RuneStart(in[s.End]) {
		t.Errorf("span %v %q is not on rune boundaries", s, s.Text)
	}
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{"TEHRAN, Jan 20 (Reuters) -", "RICHMOND, Va., March 5 -", "NAIROBI, Kenya (AP) _",
		"Islamabad [Pakistan], January 20 (ANI):", "Tehran:", "OCTOBER 18, 2004 (COMPUTERWORLD) -", "AP - ",
		"(Undated)", "****LONDON, March 5 -", "RPT --OSLO, March 5 -", "La paz, march 4 -", "BAMAKO, April 19, 1997 (AFP)",
		"MOSCOW. Oct 5 (Interfax) -", "SÃO PAULO (Reuters) -", "WASHINGTON POST said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		dl, err := ParseDateline(in)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || !errors.Is(err, ErrNoDateline) || se.Offset < 0 || se.Offset > len(in) {
				t.Fatalf("ParseDateline(%q) error %v", in, err)
			}
			return
		}
		checkDatelineSpans(t, in, dl)
		if !dl.Date.IsZero() && (dl.Date.Month < 1 || dl.Date.Month > 12 || dl.Date.Day < 0 || dl.Date.Day > 31) {
			t.Errorf("ParseDateline(%q) date %+v out of range", in, dl.Date)
		}
	})
}

// FuzzFindFrame runs findFrame through Parse on story heads.
func FuzzFindFrame(f *testing.F) {
	for _, s := range []string{
		"OSLO, March 3 - Norway's central bank said on Tuesday.",
		"exports-tallyChip exports rise in S. Korea SEOUL, Jan. 2 (Yonhap) -- Exports rose.",
		"<p>KARACHI: Traders shut their shops.</p>",
		"By JANE DOE Associated Press Writer WASHINGTON (AP) -- The bill passed.",
		"(Eds: adds quotes) By K J Rao Chennai, Aug 1 (PTI) The port reopened.",
		"Canadian Press - REGINA (CP) - The province will add nurses.",
		"Jane Doe | Reuters\nLONDON (Reuters) - Shares rose.",
		"Kabul: Officials opened a road.\nIANS",
		"Riyadh, Rajab 3, 1447 H, Jan 2, 2026, SPA -- The road opened.\n--SPA 13:26 LOCAL TIME 10:26 GMT\nwww.spa.gov.sa/1",
		"NABLUS, A man was injured.\n\nSource: Palestine News & Info Agency",
		"By A. Rao and B. Das, IANS, Srinagar : Snow fell.\n--IANS\nsn/dg",
		"Floods\n\nAfp, Paris\n\nRain fell.",
		"Ludhiana (Punjab) [India], May 3 (ANI): Farmers protested.",
		"Anadolu Agency\nMay 3 2026\nTurkey\n\nAnkara, 2 May: Rates held.",
		"Transit slowed By JANE ROE, Associated Press Writers\n\nSEREMBAN – Rain.\n\n© Copyright 2026 The Associated Press.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a := Parse(in)
		if !a.Dateline.IsZero() {
			checkDatelineSpans(t, in, a.Dateline)
		}
		if !a.Byline.IsZero() {
			checkSpan(t, in, a.Byline.Span)
			if !a.Dateline.IsZero() && a.Byline.End > a.Dateline.Start && a.Byline.Start < a.Dateline.End {
				t.Errorf("byline %v overlaps dateline %v", a.Byline.Span, a.Dateline.Span)
			}
		}
		if h := a.Headline; !h.IsZero() {
			checkSpan(t, in, h)
			if !a.Dateline.IsZero() && h.End > a.Dateline.Start {
				t.Errorf("headline %v runs into dateline %v", h, a.Dateline.Span)
			}
			if !a.Credit.IsZero() && h.End > a.Credit.Start {
				t.Errorf("headline %v runs into credit %v", h, a.Credit.Span)
			}
		}
		for _, p := range a.Paragraphs {
			checkSpan(t, in, p)
			if !a.Dateline.IsZero() && p.Start < a.Dateline.End {
				t.Errorf("paragraph %v starts before the end of dateline %v", p, a.Dateline.Span)
			}
		}
	})
}

var benchHeads = []string{
	"TEHRAN, Jan 20 (Reuters) - Iran's oil exports rose in December, the ministry said on Monday.\n\nMore text.",
	"LOS ANGELES, Calif., April 13 - Shares of the studio rose.\n    More text follows here.",
	"exports-tallyChip exports rise for 5th month in S. Korea SEOUL, Jan. 2 (Yonhap) -- Exports of chips rose.",
	"By JANE DOE Associated Press Writer WASHINGTON (AP) -- The bill passed the Senate on Tuesday.",
	"The price of oil rose on Monday as traders weighed supply risks in the Gulf and elsewhere.",
	"Chennai, Jul 4 (PTI) The state cabinet today cleared the port plan.",
}

func BenchmarkFindFrame(b *testing.B) {
	n := 0
	for _, h := range benchHeads {
		n += len(h)
	}
	lex := DefaultLexicon()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, h := range benchHeads {
			d := &doc{lex: lex, text: h, bodyEnd: len(h)}
			findFrame(d)
		}
	}
}

// BenchmarkFindFrameCapitals reads a story whose first line is 10,000
// capitals: the scan stays in the head, so the cost does not grow.
func BenchmarkFindFrameCapitals(b *testing.B) {
	in := strings.Repeat("A", 10000) + " - text\n" + strings.Repeat("SEOUL, ", 1000)
	lex := DefaultLexicon()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		findFrame(&doc{lex: lex, text: in, bodyEnd: len(in)})
	}
}

func BenchmarkParseDateline(b *testing.B) {
	in := "LOS ANGELES, Calif., April 13, 2004 (AP) --"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDateline(in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDatelineForms covers the frames of agencies beyond the big wires,
// each with variants of its form and near-misses that must find none.
func TestDatelineForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *dlView // nil: no dateline
	}{
		// Gulf agencies date by the Hijri calendar, with or without the
		// Gregorian date, and put the agency after a comma.
		{"hijri and gregorian", "Riyadh, Rajab 3, 1447, Jan 2, 2026, SPA -- The road opened.",
			&dlView{Text: "Riyadh, Rajab 3, 1447, Jan 2, 2026, SPA --", Place: "Riyadh", City: "Riyadh",
				Date: "Jan 2, 2026", Year: 2026, Month: 1, Day: 2, Agency: "SPA", AgencyName: "SPA", Separator: "--"}},
		{"two-word hijri month", "Dammam, Dhul Hijjah 9, 1446, June 5, 2025, SPA — Pilgrims arrived.",
			&dlView{Text: "Dammam, Dhul Hijjah 9, 1446, June 5, 2025, SPA —", Place: "Dammam", City: "Dammam",
				Date: "June 5, 2025", Year: 2025, Month: 6, Day: 5, Agency: "SPA", AgencyName: "SPA", Separator: "—"}},
		{"hijri alone", "Jeddah, Ramadan 22, 1447 — The authority said calls rose.",
			&dlView{Text: "Jeddah, Ramadan 22, 1447 —", Place: "Jeddah", City: "Jeddah", Separator: "—"}},
		{"hijri and agency", "Makkah, Shawwal 1, 1447, SPA -- Prayers were held.",
			&dlView{Text: "Makkah, Shawwal 1, 1447, SPA --", Place: "Makkah", City: "Makkah", Agency: "SPA", AgencyName: "SPA", Separator: "--"}},
		{"hijri with its era", "Riyadh, Rajab 3, 1447 H, Jan 2, 2026 SPA -- The council met.",
			&dlView{Text: "Riyadh, Rajab 3, 1447 H, Jan 2, 2026 SPA --", Place: "Riyadh", City: "Riyadh",
				Date: "Jan 2, 2026", Year: 2026, Month: 1, Day: 2, Agency: "SPA", AgencyName: "SPA", Separator: "--"}},
		{"hijri month with a numeral", "Riyadh, Rabi'I 18, 1446 H, Sept 21, 2024, SPA -- The council met.",
			&dlView{Text: "Riyadh, Rabi'I 18, 1446 H, Sept 21, 2024, SPA --", Place: "Riyadh", City: "Riyadh",
				Date: "Sept 21, 2024", Year: 2024, Month: 9, Day: 21, Agency: "SPA", AgencyName: "SPA", Separator: "--"}},
		{"a month's name is no hijri month", "Riyadh, Rajabi 3, 1447 -- The council met.", nil},
		{"agency after a comma", "Riyadh, SPA -- The council met.",
			&dlView{Text: "Riyadh, SPA --", Place: "Riyadh", City: "Riyadh", Agency: "SPA", AgencyName: "SPA", Separator: "--"}},

		// WAFA: the place in capitals, a comma and the body.
		{"place and comma", "NABLUS, A man was injured on Tuesday when settlers attacked farmers.",
			&dlView{Text: "NABLUS,", Place: "NABLUS", City: "Nablus", Separator: ","}},
		{"place and comma, two words", "BEIT LAHIA, Israeli forces shelled a school on Monday, witnesses said.",
			&dlView{Text: "BEIT LAHIA,", Place: "BEIT LAHIA", City: "Beit Lahia", Separator: ","}},
		{"place and comma, a short clause", "KHAN YOUNIS, A child was killed on Tuesday, medics said.",
			&dlView{Text: "KHAN YOUNIS,", Place: "KHAN YOUNIS", City: "Khan Younis", Separator: ","}},
		{"comma before a region of two words stays the place", "NABLUS, West Bank -- Settlers attacked farmers.",
			&dlView{Text: "NABLUS, West Bank --", Place: "NABLUS, West Bank", City: "Nablus", Region: "West Bank", Separator: "--"}},
		{"comma before a country is no body", "BAGHDAD, Iraq An advance party arrived at its base.", nil},
		{"comma before a state is no body", "WILMINGTON, Del. Another executive testified.", nil},
		{"comma glued to a name", "SAN JOSE, Calif.Cisco said it would buy a rival.", nil},
		{"comma after a label", "BREAKING, A fire broke out in the harbour.", nil},
		{"comma in title case", "Nablus, A man was injured on Tuesday.", nil},

		// ANI: the state in parentheses before the country.
		{"state before the country", "Ludhiana (Punjab) [India], May 3 (ANI): Farmers protested.",
			&dlView{Text: "Ludhiana (Punjab) [India], May 3 (ANI):", Place: "Ludhiana (Punjab) [India]", City: "Ludhiana",
				Region: "Punjab", Country: "India", Date: "May 3", Month: 5, Day: 3, Agency: "ANI", AgencyName: "ANI", Separator: ":"}},
		{"two-word state", "Shimla (Himachal Pradesh) [India], Jan 12 (ANI): Snow fell.",
			&dlView{Text: "Shimla (Himachal Pradesh) [India], Jan 12 (ANI):", Place: "Shimla (Himachal Pradesh) [India]", City: "Shimla",
				Region: "Himachal Pradesh", Country: "India", Date: "Jan 12", Month: 1, Day: 12, Agency: "ANI", AgencyName: "ANI", Separator: ":"}},
		{"agency in parentheses stays the agency", "WASHINGTON (Reuters) - The Senate voted.",
			&dlView{Text: "WASHINGTON (Reuters) -", Place: "WASHINGTON", City: "Washington", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},

		// A newspaper's agency line between headline and body.
		{"agency line", "Floods leave thousands homeless\n\nAfp, Paris\n\nTorrential rains forced thousands from their homes.",
			&dlView{Text: "Afp, Paris", Place: "Paris", City: "Paris", Agency: "Afp", AgencyName: "AFP"}},
		{"agency line, another agency", "Blast hits market\n\nReuters, Kabul\n\nA blast hit a market on Friday.",
			&dlView{Text: "Reuters, Kabul", Place: "Kabul", City: "Kabul", Agency: "Reuters", AgencyName: "Reuters"}},
		{"agency and a clause is no agency line", "Reuters, citing two sources, said the talks had stalled on Friday.", nil},

		// A repost's header: the agency, a date and a country, then the dateline.
		{"repost header", "Anadolu Agency\nMay 3 2026\nTurkey\n\nAnkara, 2 May: The central bank held rates.",
			&dlView{Text: "Ankara, 2 May:", Place: "Ankara", City: "Ankara", Date: "2 May", Month: 5, Day: 2, Separator: ":"}},
		{"repost header, another city", "Monitoring Desk\n14 June 2025\n\nIstanbul, 13 June: Ferries stopped.",
			&dlView{Text: "Istanbul, 13 June:", Place: "Istanbul", City: "Istanbul", Date: "13 June", Month: 6, Day: 13, Separator: ":"}},
		{"a date alone on its line is no dateline", "May 3 2026\nThe bank held rates on Thursday.", nil},

		// A place no list holds, confirmed by the rest of the dateline.
		{"unlisted place and en dash", "SEREMBAN – The state will build two hospitals.",
			&dlView{Text: "SEREMBAN –", Place: "SEREMBAN", City: "Seremban", Separator: "–"}},
		{"unlisted place and double hyphen", "KUANTAN -- Floods closed schools.",
			&dlView{Text: "KUANTAN --", Place: "KUANTAN", City: "Kuantan", Separator: "--"}},
		{"unlisted two-word place, date and agency", "KOTA BHARU, May 3 (Bernama) -- Floods forced 2,000 from homes.",
			&dlView{Text: "KOTA BHARU, May 3 (Bernama) --", Place: "KOTA BHARU", City: "Kota Bharu", Date: "May 3", Month: 5, Day: 3,
				Agency: "Bernama", AgencyName: "Bernama", Separator: "--"}},
		// A bare "City:" opens copy that an agency signs at the end.
		{"signed with desk codes", "Tehran: The minister spoke on Sunday.\n\nHe said more.\n\n--IANS\nsn/dg",
			&dlView{Text: "Tehran:", Place: "Tehran", City: "Tehran", Separator: ":"}},
		{"signed by a source line", "Tehran: The minister spoke on Sunday.\n\nHe said more.\n\nSource: Xinhua",
			&dlView{Text: "Tehran:", Place: "Tehran", City: "Tehran", Separator: ":"}},
		{"a trailer signs nothing", "Tehran: The minister spoke on Sunday.\n\nHe said more.\n\n(Reporting by Jo Kay; Editing by Al Poe)", nil},
		{"a sign-off inside the last paragraph signs nothing", "Tehran: The minister spoke on Sunday.\n\nHe said more. (ANI)", nil},
		// A title-case headline glued to a place in capitals.
		{"headline glued to a place in capitals", "Prices Driven Up By Drought WASHINGTON (AP) — Prices rose.", nil},
		{"a place with a short word in capitals stays", "Washington DC (Reuters) - The Senate voted.",
			&dlView{Text: "Washington DC (Reuters) -", Place: "Washington DC", City: "Washington DC", Agency: "Reuters", AgencyName: "Reuters", Separator: "-"}},
		{"label before a dash", "BREAKING – The minister resigned.", nil},
		{"section before a dash", "WORLD NEWS — The summit opened.", nil},
		{"three words in capitals and a comma", "HOW TO WIN, A guide for the new season.", nil},
		{"three words in capitals", "WASHINGTON POST REPORTS – The deal is off.", nil},
		{"acronym before a dash", "NASA — The agency launched a probe.", nil},
		{"unlisted word and a hyphen", "WIDGETCO - The company said profits rose.", nil},

		// Web copy (Anadolu's site) sets the place on a line of its own
		// below the headline and byline, with no separator.
		{"place alone on its line, with its country", "Wildfire contained, minister says\n\nMUGLA, Türkiye\n\nA wildfire that broke out on Wednesday was brought under control.",
			&dlView{Text: "MUGLA, Türkiye", Place: "MUGLA, Türkiye", City: "Muğla", Country: "Turkey"}}, // the gazetteer's names
		{"known city alone on its line", "Talks resume in capital\n\nANKARA\n\nThe talks resumed on Monday.",
			&dlView{Text: "ANKARA", Place: "ANKARA", City: "Ankara"}},
		{"a place alone on the first line is a title", "ANKARA\n\nThe talks resumed on Monday.", nil},
		{"a section alone on its line", "Talks resume\n\nWORLD NEWS\n\nThe talks resumed on Monday.", nil},
		{"a label alone on its line", "Talks resume\n\nUPDATE\n\nThe talks resumed on Monday.", nil},
		{"a place alone before no sentence", "Talks resume\n\nANKARA\n\n12:05 GMT", nil},
		{"a place in title case alone", "Talks resume\n\nAnkara\n\nThe talks resumed on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := viewOf(Parse(tt.in).Dateline)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q).Dateline mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSpaceAndDigitAfterWord: the shape a month and its day must have
// before the month list is asked, with near-misses.
func TestSpaceAndDigitAfterWord(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Jan 2", true},
		{"Jan. 2", true},
		{"March \t 5", true},
		{"MAY 3, 2026", true},
		{"Oct 5th", true},
		{"Mayday 3", true},     // the shape only: the list says it is no month
		{"Septembers 3", true}, // ten letters, as month reads
		{"Septemberss 3", false},
		{"May3", false},
		{"Sept.2", false},
		{"Jan", false},
		{"Jan ", false},
		{"Jan x", false},
		{"Jan. .2", false},
		{"3 May", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := spaceAndDigitAfterWord(tt.s, 0, len(tt.s)); got != tt.want {
			t.Errorf("spaceAndDigitAfterWord(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMayOpenCapsPlace checks that glued's cheap test never turns away a
// place the grammar would read: wherever parse reads a dateline whose
// place is in capitals, mayOpenCapsPlace holds. The heads are invented:
// glued headlines, agency lines, feed junk, and near-misses.
func TestMayOpenCapsPlace(t *testing.T) {
	heads := []string{
		"Ferry service resumes in the north KORVALA, May 3 (Reuters) - Boats ran again.",
		"Ferry service resumes KORVALA, Norland, May 3 (Reuters) - Boats ran again.",
		"New pier opens in S. Norland NEW ARDEN, Jan. 2 (Yonhap) -- The pier opened.",
		"Reuters, KORVALA, May 3 (Reuters) - Boats ran again.",
		"Floods close the north road\nAfp, KORVALA\nBoats ran again.",
		"Reuters, NEW ARDEN, Norland\n\nBoats ran again.",
		"RPT -- KORVALA, May 3 (Reuters) - Boats ran again.",
		"Talks stall Korvala, May 3 (Reuters) - Talks stalled.",
		"DAR es SALAAM, May 3 (Reuters) - Boats ran again.",
		"Prices Driven Up By Drought WASHINGTON (AP) — Prices rose.",
		"O'HARE-BY-SEA, Norland, May 3 (AP) - Boats ran again.",
		"ÅLBORG, May 3 (Reuters) - Boats ran again.",
	}
	for _, text := range heads {
		r := &dlReader{text: text, lim: len(text), lex: DefaultLexicon()}
		for k := range len(text) {
			p, err := r.parse(k)
			if err != nil || p.dl.Place == nil || p.city != caseUpper {
				continue
			}
			if !r.mayOpenCapsPlace(k) {
				t.Errorf("%q at %d: parse reads %q, a place in capitals, but mayOpenCapsPlace is false", text, k, p.dl.Span.Text)
			}
		}
	}
}
