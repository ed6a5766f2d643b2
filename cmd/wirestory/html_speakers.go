package main

import (
	"slices"
	"strconv"
	"strings"

	"github.com/wirestory/wirestory"
)

// paletteSize is the number of speaker colours of view.css (.sp-0 …
// .sp-9). Speakers beyond it reuse the colours in turn; their names, on
// every quotation and in the panel, still tell them apart.
const paletteSize = 10

// speakers are the speakers and sources of a story, each once, in the
// order they first appear in the text, so that a story's colours do not
// change between runs.
type speakers struct {
	list  []*viewSpeaker
	byKey map[string]*viewSpeaker
}

func newSpeakers(a *wirestory.Article) *speakers {
	var ms []wirestory.Mention
	for _, q := range a.Quotes {
		if !q.Speaker.IsZero() {
			ms = append(ms, q.Speaker)
		}
	}
	for _, at := range a.Attributions {
		if !at.Source.IsZero() {
			ms = append(ms, at.Source)
		}
	}
	slices.SortStableFunc(ms, func(a, b wirestory.Mention) int { return a.Start - b.Start })
	sp := &speakers{byKey: make(map[string]*viewSpeaker)}
	for _, m := range ms {
		k := speakerKey(m)
		if sp.byKey[k] != nil {
			continue
		}
		i := len(sp.list)
		s := &viewSpeaker{Index: i, Class: "sp-" + strconv.Itoa(i%paletteSize), ID: "spk-" + strconv.Itoa(i), Name: mentionLabel(m), Unnamed: m.Name == ""}
		sp.list = append(sp.list, s)
		sp.byKey[k] = s
	}
	return sp
}

// of returns the speaker of mention m, or nil if m is zero.
func (sp *speakers) of(m wirestory.Mention) *viewSpeaker {
	if m.IsZero() {
		return nil
	}
	return sp.byKey[speakerKey(m)]
}

// speakerKey is the name a mention resolves to; a mention the story never
// names ("state media") is known by its words, whatever their case.
func speakerKey(m wirestory.Mention) string {
	if m.Name != "" {
		return "n:" + m.Name
	}
	return "t:" + strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
}

// mentionLabel is how the page names a mention: its resolved name, or the
// words of the text where the story never names it.
func mentionLabel(m wirestory.Mention) string {
	if m.IsZero() {
		return "(no source)"
	}
	return strings.ToValidUTF8(firstOf(m.Name, strings.Join(strings.Fields(m.Text), " ")), "\uFFFD")
}
