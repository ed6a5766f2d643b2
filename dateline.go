package wirestory

import "time"

// A Dateline is the opening line of a wire story that says where and when
// it was filed and by which agency. "TEHRAN, Jan 20 (Reuters) -" is
//
//	Dateline{Span: "TEHRAN, Jan 20 (Reuters) -",
//		Place:  &Place{Span: "TEHRAN", City: "Tehran"},
//		Date:   &Date{Span: "Jan 20", Month: time.January, Day: 20},
//		Agency: &Agency{Span: "Reuters", Name: "Reuters"},
//		Separator: "-"}
//
// The Span runs from the first character of the dateline through its
// separator. A feed prefix with no place ("AP - ") has a nil Place.
type Dateline struct {
	Span
	Place     *Place  `json:"place"`     // nil if no place is given
	Date      *Date   `json:"date"`      // nil if no date is given
	Agency    *Agency `json:"agency"`    // nil if no agency is given
	Separator string  `json:"separator"` // "-", "--", "—", ":", "_", or "" when the body follows directly
}

// A Place is where a story was filed, as written ("RICHMOND, Va.") and
// normalised (City "Richmond", Region "Virginia").
type Place struct {
	Span
	City    string `json:"city"`    // normalised city name, e.g. "Richmond"
	Region  string `json:"region"`  // state or province, e.g. "Virginia"; may be empty
	Country string `json:"country"` // e.g. "Kenya"; may be empty
}

// A Date is the date of a dateline. Fields not given are 0.
type Date struct {
	Span
	Year  int        `json:"year"`  // 0 if neither given nor inferred from Parser.Reference
	Month time.Month `json:"month"` // 1–12
	Day   int        `json:"day"`   // 0 if not given
}

// An Agency is a news agency named in a dateline, with its canonical short
// name from the [Agencies] lexicon ("AP" for "Associated Press").
type Agency struct {
	Span
	Name string `json:"name"`
}

// findFrame finds the dateline and byline at the head of the story and
// sets d.bodyStart past them.
func findFrame(d *doc) (*Dateline, *Byline) {
	return nil, nil
}
