package main

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wirestory/wirestory"
)

// Lengths, in characters, past which the text view trims a piece of the
// story, so that each item stays on one line of a terminal.
const (
	maxQuoteRunes   = 100 // a quotation or a reported statement
	maxNameRunes    = 60  // a name or a mention
	maxAliases      = 3   // descriptions shown beside a speaker's name
	maxFrameRunes   = 80  // a dateline or byline as written
	nameBreakWindow = 20  // how far back from the limit trimming looks for a space
)

// writeText writes the text view of a, for people: the frame (dateline,
// byline, credit), a count of what was found, who said what (each
// speaker with their quotations and reported statements, in text order)
// and the chains of sources. A story's text can hold control characters
// and invalid UTF-8: every piece is cleaned before it reaches a terminal.
func writeText(b *bytes.Buffer, a *wirestory.Article) {
	writeFrame(b, a)
	fmt.Fprintf(b, "%s, %s, %s\n",
		count(len(a.Paragraphs), "paragraph"), count(len(a.Quotes), "quotation"), count(len(a.Attributions), "attribution"))
	if speakers := whoSaidWhat(a); len(speakers) > 0 {
		b.WriteString("\nWho said what\n")
		for _, s := range speakers {
			b.WriteString("  " + s.name)
			if len(s.aliases) > 0 {
				b.WriteString(" (also: " + strings.Join(s.aliases, "; ") + ")")
			}
			b.WriteByte('\n')
			for _, it := range s.items {
				b.WriteString("    " + it.line + "\n")
			}
		}
	}
	if chains := chainLines(a); len(chains) > 0 {
		b.WriteString("\nChains\n")
		for _, c := range chains {
			b.WriteString("  " + c + "\n")
		}
	}
}

// writeFrame writes a line each for the dateline, byline and credit that
// the story has.
func writeFrame(b *bytes.Buffer, a *wirestory.Article) {
	if h := a.Headline; !h.IsZero() {
		b.WriteString("Headline  " + clean(h.Text, maxQuoteRunes) + "\n")
	}
	if d := a.Dateline; !d.IsZero() {
		var parts []string
		if p := d.Place; !p.IsZero() {
			parts = append(parts, "place "+joinNonEmpty(", ", clean(p.City, maxNameRunes), clean(p.Region, maxNameRunes), clean(p.Country, maxNameRunes)))
		}
		if dt := d.Date; !dt.IsZero() {
			parts = append(parts, "date "+dateText(dt))
		}
		if ag := d.Agency; !ag.IsZero() {
			parts = append(parts, "agency "+clean(ag.Name, maxNameRunes))
		}
		line := "Dateline  " + clean(d.Text, maxFrameRunes)
		if len(parts) > 0 {
			line += "  (" + strings.Join(parts, "; ") + ")"
		}
		b.WriteString(line + "\n")
	}
	if by := a.Byline; !by.IsZero() {
		names := make([]string, len(by.Names))
		for i, n := range by.Names {
			names[i] = clean(n, maxNameRunes)
		}
		line := strings.Join(names, ", ")
		if line == "" {
			line = clean(by.Text, maxFrameRunes)
		}
		if by.Agency != "" {
			line += " (" + clean(by.Agency, maxNameRunes) + ")"
		}
		b.WriteString("Byline    " + line + "\n")
	}
	if c := a.Credit; !c.IsZero() {
		b.WriteString("Credit    " + creditText(c) + "\n")
	}
}

// creditText is a credit's agencies, then each role with the people in
// it: "Reuters; reporting Jane Doe; editing Alex Poe, Sam Roe".
func creditText(c wirestory.Credit) string {
	var parts []string
	if len(c.Agencies) > 0 {
		parts = append(parts, clean(strings.Join(c.Agencies, ", "), maxNameRunes))
	}
	for i := 0; i < len(c.Contributors); {
		role := c.Contributors[i].Role
		var names []string
		for ; i < len(c.Contributors) && c.Contributors[i].Role == role; i++ {
			who := cmp.Or(c.Contributors[i].Name, c.Contributors[i].Email)
			names = append(names, clean(who, maxNameRunes))
		}
		parts = append(parts, clean(role, maxNameRunes)+" "+strings.Join(names, ", "))
	}
	if len(parts) == 0 {
		return clean(c.Text, maxFrameRunes)
	}
	return strings.Join(parts, "; ")
}

// dateText writes a dateline date as people do, leaving out what the
// story does not give: "20 January 2026", "20 January", "January 2026".
func dateText(d wirestory.Date) string {
	var parts []string
	if d.Day > 0 {
		parts = append(parts, fmt.Sprint(d.Day))
	}
	if d.Month >= 1 && d.Month <= 12 {
		parts = append(parts, d.Month.String())
	}
	if d.Year > 0 {
		parts = append(parts, fmt.Sprint(d.Year))
	}
	return strings.Join(parts, " ")
}

// noSpeaker heads the quotations that have no speaker.
const noSpeaker = "(no speaker)"

// A speaker is one group of "Who said what": a name, the descriptions the
// story also uses for it, and what it said.
type speaker struct {
	name    string
	aliases []string
	first   int // where the speaker first says something, to order speakers
	items   []item
}

// An item is a quotation or a reported statement, at its place in the
// text.
type item struct {
	pos  int
	line string
}

// whoSaidWhat groups the quotations and the attributions of a by
// speaker, each speaker by resolved name or, where the story never
// names it, by the words of its mention. An attribution whose content
// opens with a quotation is shown as that quotation only. Quotations with
// no speaker come last, under "(no speaker)".
func whoSaidWhat(a *wirestory.Article) []*speaker {
	var list []*speaker
	byName := map[string]*speaker{}
	seen := map[string]bool{} // speaker name + "\x00" + alias
	add := func(m wirestory.Mention, hasSpeaker bool, it item) {
		name := noSpeaker
		if hasSpeaker {
			name = clean(cmp.Or(m.Name, m.Text), maxNameRunes)
		}
		s := byName[name]
		if s == nil {
			s = &speaker{name: name, first: it.pos}
			byName[name] = s
			list = append(list, s)
		}
		s.first = min(s.first, it.pos)
		s.items = append(s.items, it)
		if hasSpeaker && m.Name != "" && len(s.aliases) < maxAliases && isDescription(m.Text, m.Name) {
			alias := clean(m.Text, maxNameRunes)
			if key := name + "\x00" + strings.ToLower(alias); !seen[key] {
				seen[key] = true
				s.aliases = append(s.aliases, alias)
			}
		}
	}

	addressees := map[int]string{} // by where the content starts: a quotation's addressee, from its attribution
	for _, at := range a.Attributions {
		content, hasContent := at.Content, !at.Content.IsZero()
		if to := at.Addressee; !to.IsZero() && hasContent {
			addressees[content.Start] = clean(to.Text, maxNameRunes)
		}
	}
	quoteAt := make(map[int]bool, len(a.Quotes))
	for _, q := range a.Quotes {
		quoteAt[q.Start] = true
		m, ok := q.Speaker, !q.Speaker.IsZero()
		add(m, ok, item{pos: q.Start, line: quoteLine(q, addressees[q.Start])})
	}
	for _, at := range a.Attributions {
		src, ok := at.Source, !at.Source.IsZero()
		if !ok {
			continue // an agentless hedge belongs to nobody
		}
		content, hasContent := at.Content, !at.Content.IsZero()
		if hasContent && quoteAt[content.Start] {
			continue // shown as its quotation
		}
		line := clean(at.Cue.Text, maxNameRunes)
		if to := at.Addressee; !to.IsZero() {
			line += " " + clean(to.Text, maxNameRunes)
		}
		if hasContent {
			line += ": " + clean(content.Text, maxQuoteRunes)
		}
		add(src, true, item{pos: at.Cue.Start, line: line})
	}

	for _, s := range list {
		slices.SortStableFunc(s.items, func(x, y item) int { return cmp.Compare(x.pos, y.pos) })
	}
	slices.SortStableFunc(list, func(x, y *speaker) int {
		if (x.name == noSpeaker) != (y.name == noSpeaker) {
			if x.name == noSpeaker {
				return 1
			}
			return -1
		}
		return cmp.Compare(x.first, y.first)
	})
	return list
}

// quoteLine is a quotation as the view shows it, with its kind when it
// is not a direct quotation, the cue that attributes it and to whom it
// was said, if anyone: “enemies” (partial, stressing).
func quoteLine(q wirestory.Quote, to string) string {
	var notes []string
	if q.Kind != wirestory.Direct {
		notes = append(notes, q.Kind.String())
	}
	if cue := q.Cue; !cue.IsZero() {
		notes = append(notes, joinNonEmpty(" ", clean(cue.Text, maxNameRunes), to))
	}
	line := clean(q.Text, maxQuoteRunes)
	if len(notes) > 0 {
		line += " (" + strings.Join(notes, ", ") + ")"
	}
	return line
}

// isDescription reports whether a mention describes its speaker in
// words of its own, as "the Pakistani envoy" describes "Muhammad
// Mudassir Tipu": a mention of more than one word that shares no word
// with the name. A pronoun is one word; "President Ebrahim Raisi" repeats
// the name.
func isDescription(mention, name string) bool {
	words := strings.Fields(mention)
	if len(words) < 2 {
		return false
	}
	inName := map[string]bool{}
	for _, w := range strings.Fields(name) {
		inName[strings.ToLower(w)] = true
	}
	for _, w := range words {
		if inName[strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))] {
			return false
		}
	}
	return true
}

// chainLines writes each distinct chain of sources, nearest source
// first, one arrow per link: "Xinhua ← a statement ← the website of the
// President's Office".
func chainLines(a *wirestory.Article) []string {
	var lines []string
	seen := map[string]bool{}
	for _, at := range a.Attributions {
		if len(at.Via) == 0 {
			continue
		}
		parts := make([]string, 0, 1+len(at.Via))
		if src, ok := at.Source, !at.Source.IsZero(); ok {
			parts = append(parts, mentionText(src))
		} else {
			parts = append(parts, "(no source)")
		}
		for _, l := range at.Via {
			parts = append(parts, mentionText(l.Source))
		}
		if line := strings.Join(parts, " ← "); !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	return lines
}

// mentionText is how the view names a source: its resolved name, or the
// words of the mention where the story never names it.
func mentionText(m wirestory.Mention) string {
	return clean(cmp.Or(m.Name, m.Text), maxNameRunes)
}

// clean makes s fit one line of a terminal: HTML character references
// (which crawled stories keep) are decoded, runs of white space and
// control characters become one space, bidirectional controls are
// dropped, invalid UTF-8 becomes U+FFFD, and past max characters s is
// cut, at a space if one is near, and ends in an ellipsis.
func clean(s string, max int) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(min(len(s), 4*max+8))
	n, lastSpace, spaceAt := 0, false, -1 // runes written; whether the last one was a space; where the last space was
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			r = unicode.ReplacementChar
		case unicode.Is(unicode.Bidi_Control, r):
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			if lastSpace || n == 0 {
				continue
			}
			r = ' '
		}
		if n == max {
			cut := b.String()
			if spaceAt > 0 && utf8.RuneCountInString(cut[spaceAt:]) <= nameBreakWindow {
				cut = cut[:spaceAt]
			}
			return strings.TrimRight(cut, " ") + "…"
		}
		if r == ' ' {
			spaceAt = b.Len()
		}
		lastSpace = r == ' '
		b.WriteRune(r)
		n++
	}
	return strings.TrimRight(b.String(), " ")
}

// count is "1 quotation", "5 quotations".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), sep)
}
