package wirestory

import "strconv"

// A Quote is a quotation: the Span runs from its opening mark through its
// closing mark. A quotation that runs over several paragraphs, opened
// again at the start of each, is one Quote from its first mark to its
// last.
type Quote struct {
	Span
	Kind    QuoteKind `json:"kind"`
	Speaker *Mention  `json:"speaker"` // who says it; nil if no speaker was found
	Cue     *Span     `json:"cue"`     // the word that attributes it ("said", "told reporters"); nil if none
}

// A QuoteKind tells what a quotation is doing in the story.
type QuoteKind int

// The kinds of quotation.
const (
	Direct  QuoteKind = iota + 1 // a quoted statement: "We will win," she said.
	Partial                      // a fragment inside reported speech: he vowed to "fight on"
	Scare                        // a term held at a distance, with no speaker: so-called "reforms"
	Title                        // the name of a work or an operation: the film "Casablanca"
)

var quoteKindNames = [...]string{Direct: "direct", Partial: "partial", Scare: "scare", Title: "title"}

// String returns the kind's name as used in JSON: "direct", "partial", "scare" or "title".
func (k QuoteKind) String() string {
	if k > 0 && int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes k as its name.
func (k QuoteKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind's name.
func (k *QuoteKind) UnmarshalText(b []byte) error {
	for i, n := range quoteKindNames {
		if n != "" && n == string(b) {
			*k = QuoteKind(i)
			return nil
		}
	}
	return &UnknownKindError{Text: string(b)}
}

// An UnknownKindError reports a kind name that [QuoteKind.UnmarshalText]
// does not know.
type UnknownKindError struct{ Text string }

func (e *UnknownKindError) Error() string {
	return "wirestory: unknown quote kind " + strconv.Quote(e.Text)
}

// findQuotes finds the quotations of the story body, without speakers.
func findQuotes(d *doc) []Quote {
	return nil
}
