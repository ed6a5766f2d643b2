package wirestory

// A Byline names who wrote a story: "By Jane Doe and Sam Roe, Associated
// Press" has Names ["Jane Doe", "Sam Roe"] and Agency "AP".
type Byline struct {
	Span
	Names  []string `json:"names"`  // the writers, as written
	Agency string   `json:"agency"` // canonical agency name, or ""
}
