package wirestory

// A Credit is the sign-off or credit block at the end of a story: "IANS",
// "-- Xinhua", "(Reporting by Jane Doe; Editing by Alex Poe)".
type Credit struct {
	Span
	Agencies     []string      `json:"agencies"`     // canonical agency names
	Contributors []Contributor `json:"contributors"` // people credited, with their roles
}

// A Contributor is one person credited in a [Credit].
type Contributor struct {
	Role string `json:"role"` // "reporting", "writing", "editing", "additional reporting", …
	Name string `json:"name"`
}

// findCredit finds the credit at the end of the story and sets d.bodyEnd
// to its start.
func findCredit(d *doc) *Credit {
	return nil
}
