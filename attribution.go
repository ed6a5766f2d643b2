package wirestory

import "encoding/json"

// An Attribution says who said or reported something. "Xinhua news agency
// reported, citing a statement published on the website of the
// President's Office" has Source "Xinhua news agency", Cue "reported" and
// Via [{Cue "citing", Source "a statement"}, {Cue "published on", Source
// "the website of the President's Office"}].
//
// Direct quotes with a speaker are attributions too, with the quotation
// as Content.
type Attribution struct {
	Source  *Mention `json:"source"`  // who said it; nil if not given
	Cue     Span     `json:"cue"`     // "said", "according to", "reported"
	Content *Span    `json:"content"` // what is attributed; nil if not found
	Via     []Link   `json:"via"`     // the chain behind Source, nearest first
}

// A Link is one step in the chain of sources behind an [Attribution]: the
// source the previous one relied on, and the cue that says so ("citing").
type Link struct {
	Cue    Span    `json:"cue"`
	Source Mention `json:"source"`
}

// attribute finds the attributions of the story and gives each quote its
// speaker and cue.
func attribute(d *doc, quotes []Quote) []Attribution {
	return nil
}

// MarshalJSON encodes a with an empty Via written as [] rather than null.
func (a Attribution) MarshalJSON() ([]byte, error) {
	type plain Attribution
	c := plain(a)
	if c.Via == nil {
		c.Via = []Link{}
	}
	return json.Marshal(c)
}
