package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wirestory/wirestory"
)

// The HTML view: one self-contained page that shows a story as written,
// with its dateline, byline and credit marked, each quotation in its
// speaker's colour, each attribution's cue underlined, and a side panel of
// who said what and of the chains of sources. The text is always escaped
// by html/template; the page loads nothing and, by its Content Security
// Policy, may load nothing and run no script but its own.

var (
	//go:embed view.html.tmpl
	viewTemplate string
	//go:embed view.css
	viewCSS string
	//go:embed view.js
	viewJS string
)

var viewPage = template.Must(template.New("view").Parse(viewTemplate))

// viewPolicy allows the page its own style and script, found by their
// hashes, and nothing else: no network, no other script.
var viewPolicy = "default-src 'none'; style-src " + cspHash(viewCSS) + "; script-src " + cspHash(viewJS)

func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// writeHTML writes the page of the story text, whose structure is a.
func writeHTML(w io.Writer, text string, a *wirestory.Article) error {
	return viewPage.Execute(w, newView(text, a))
}

// A view is what the template shows.
type view struct {
	Title    string
	Policy   string
	CSS      template.CSS
	JS       template.JS
	Summary  string
	Story    []*viewNode // the paragraphs, as a tree of elements and text
	Speakers []*viewSpeaker
	Unsaid   []viewQuote // quotations with no speaker
	Chains   []viewChain
	Frame    []viewFact // what the dateline, byline and credit say
}

// A viewSpeaker is one speaker or source of the story, with all that is
// attributed to it.
type viewSpeaker struct {
	Index      int    // order of first appearance
	Class      string // the palette class: sp-0 … sp-9
	ID         string
	Name       string
	Unnamed    bool // Name is the mention as written: the story never names it
	Quotes     []viewQuote
	Statements []viewStatement
}

// Count says how much is attributed to s, in words.
func (s *viewSpeaker) Count() string {
	return plural(len(s.Quotes), "quotation") + ", " + plural(len(s.Statements), "statement")
}

// A viewQuote is a quotation as listed in the panel.
type viewQuote struct {
	Href string
	Text string
	Kind string
}

// A viewStatement is reported speech as listed in the panel.
type viewStatement struct {
	Href string
	Cue  string
	Text string
}

// A viewChain is an attribution with the sources behind it, nearest first:
// Xinhua ← state media ← a statement ← the website of ….
type viewChain struct {
	Href  string
	Links []viewLink
}

// A viewLink is one source of a chain and the cue that leads to it.
type viewLink struct {
	Cue    string // "" for the first
	Source string
	Agency bool // the agency that filed the story, not a source the story names
}

// A viewFact is one line of the frame: "Dateline", "Addis Ababa · March 3 · Xinhua".
type viewFact struct {
	Class string
	Label string
	Text  string
}

// newView lays out the story text with the marks of a.
func newView(text string, a *wirestory.Article) *view {
	v := &view{Policy: viewPolicy, CSS: template.CSS(viewCSS), JS: template.JS(viewJS)}
	sp := newSpeakers(a)
	v.Speakers = sp.list
	marks := viewBlocks(text, a.Paragraphs)
	marks = appendFrameMarks(marks, a, v)
	for i, q := range a.Quotes {
		m := viewMark{start: q.Start, end: q.End, rank: rankQuote, el: viewElem{Tag: "mark", ID: quoteID(i), Focus: true, Quote: strconv.Itoa(i)}}
		title := q.Kind.String() + " quotation"
		if s := sp.of(q.Speaker); s != nil {
			m.el.Class = "q " + s.Class
			m.el.Speaker, m.el.SpeakerIndex, m.el.DescribedBy = s.Name, strconv.Itoa(s.Index), s.ID+"-name"
			m.el.Title = s.Name + " — " + title
			s.Quotes = append(s.Quotes, viewQuote{Href: "#" + quoteID(i), Text: clip(q.Text), Kind: q.Kind.String()})
		} else {
			m.el.Class = "q nospeaker"
			m.el.Title = title + ", no speaker found"
			v.Unsaid = append(v.Unsaid, viewQuote{Href: "#" + quoteID(i), Text: clip(q.Text), Kind: q.Kind.String()})
		}
		marks = append(marks, m)
	}
	agency := filingAgency(a)
	marked := make(map[[3]int]int) // where in marks each mention and cue is
	// markOnce adds m unless a mark of its rank has its span already, and
	// returns where in marks the span's mark is.
	markOnce := func(m viewMark) int {
		k := [3]int{m.start, m.end, m.rank}
		if i, ok := marked[k]; ok {
			return i
		}
		marked[k] = len(marks)
		marks = append(marks, m)
		return len(marks) - 1
	}
	for i, at := range a.Attributions {
		s := sp.of(at.Source)
		cue := viewMark{start: at.Cue.Start, end: at.Cue.End, rank: rankCue, el: viewElem{Tag: "span", Class: "cue", Title: at.Cue.Text + " (no source)"}}
		if s != nil {
			cue.el.Title = s.Name + " — " + at.Cue.Text
		}
		// Two attributions may share a cue ("said" of a quotation and of
		// reported speech): the panel links both to the first's ID.
		el := &marks[markOnce(cue)].el
		if el.ID == "" {
			el.ID = "a-" + strconv.Itoa(i)
		}
		id := el.ID
		if s != nil {
			markOnce(sourceMark(at.Source, s))
			if !at.Content.IsZero() && !overlapsQuote(a.Quotes, at.Content) {
				s.Statements = append(s.Statements, viewStatement{Href: "#" + id, Cue: at.Cue.Text, Text: clip(at.Content.Text)})
			}
		}
		if len(at.Via) == 0 {
			continue
		}
		c := viewChain{Href: "#" + id}
		if agency != "" {
			c.Links = append(c.Links, viewLink{Source: agency, Agency: true})
		}
		c.Links = append(c.Links, viewLink{Cue: at.Cue.Text, Source: mentionLabel(at.Source)})
		for _, l := range at.Via {
			c.Links = append(c.Links, viewLink{Cue: l.Cue.Text, Source: mentionLabel(l.Source)})
			markOnce(viewMark{start: l.Cue.Start, end: l.Cue.End, rank: rankCue, el: viewElem{Tag: "span", Class: "cue via", Title: "via: " + l.Cue.Text}})
			markOnce(viewMark{start: l.Source.Start, end: l.Source.End, rank: rankMention, el: viewElem{Tag: "span", Class: "src via", Title: "source behind " + mentionLabel(at.Source) + ": " + mentionLabel(l.Source)}})
		}
		v.Chains = append(v.Chains, c)
	}
	// A quotation's speaker and cue, where no attribution marked them.
	for _, q := range a.Quotes {
		if s := sp.of(q.Speaker); s != nil {
			markOnce(sourceMark(q.Speaker, s))
		}
		if !q.Cue.IsZero() {
			markOnce(viewMark{start: q.Cue.Start, end: q.Cue.End, rank: rankCue, el: viewElem{Tag: "span", Class: "cue", Title: "cue: " + q.Cue.Text}})
		}
	}
	v.Story = layout(text, marks)
	unlinkMissing(v)
	v.Title = pageTitle(text, a)
	v.Summary = plural(len(a.Paragraphs), "paragraph") + " · " + plural(len(a.Quotes), "quotation") + " · " + plural(len(a.Attributions), "attribution") + " · " + plural(len(v.Chains), "chain")
	return v
}

// unlinkMissing takes the link off a panel entry whose element the story
// does not show (a cue the parser read in text the page leaves out as
// markup), so that every link of the panel leads somewhere.
func unlinkMissing(v *view) {
	ids := map[string]bool{}
	var walk func(n *viewNode)
	walk = func(n *viewNode) {
		if n.El != nil && n.El.ID != "" {
			ids[n.El.ID] = true
		}
		for _, k := range n.Kids {
			walk(k)
		}
	}
	for _, n := range v.Story {
		walk(n)
	}
	shown := func(href string) string {
		if ids[strings.TrimPrefix(href, "#")] {
			return href
		}
		return ""
	}
	for _, s := range v.Speakers {
		for i := range s.Quotes {
			s.Quotes[i].Href = shown(s.Quotes[i].Href)
		}
		for i := range s.Statements {
			s.Statements[i].Href = shown(s.Statements[i].Href)
		}
	}
	for i := range v.Unsaid {
		v.Unsaid[i].Href = shown(v.Unsaid[i].Href)
	}
	for i := range v.Chains {
		v.Chains[i].Href = shown(v.Chains[i].Href)
	}
}

// sourceMark marks the mention m of speaker s.
func sourceMark(m wirestory.Mention, s *viewSpeaker) viewMark {
	return viewMark{start: m.Start, end: m.End, rank: rankMention, el: viewElem{Tag: "span", Class: "src " + s.Class, Title: s.Name, SpeakerIndex: strconv.Itoa(s.Index)}}
}

func quoteID(i int) string { return "q-" + strconv.Itoa(i) }

// appendFrameMarks marks the dateline, byline and credit and lists what
// they say.
func appendFrameMarks(marks []viewMark, a *wirestory.Article, v *view) []viewMark {
	if d := a.Dateline; !d.IsZero() {
		var parts []string
		if !d.Place.IsZero() {
			parts = append(parts, firstOf(join(", ", d.Place.City, d.Place.Region, d.Place.Country), d.Place.Text))
		}
		if !d.Date.IsZero() {
			parts = append(parts, d.Date.Text)
		}
		if !d.Agency.IsZero() {
			parts = append(parts, d.Agency.Name)
		}
		fact := viewFact{Class: "dateline", Label: "Dateline", Text: validText(firstOf(strings.Join(parts, " · "), d.Text))}
		v.Frame = append(v.Frame, fact)
		marks = append(marks, viewMark{start: d.Start, end: d.End, rank: rankFrame, el: viewElem{Tag: "span", Class: "dateline", Title: "Dateline: " + fact.Text}})
	}
	if b := a.Byline; !b.IsZero() {
		fact := viewFact{Class: "byline", Label: "Byline", Text: validText(firstOf(join(" · ", strings.Join(b.Names, ", "), b.Agency), b.Text))}
		v.Frame = append(v.Frame, fact)
		marks = append(marks, viewMark{start: b.Start, end: b.End, rank: rankFrame, el: viewElem{Tag: "span", Class: "byline", Title: "Byline: " + fact.Text}})
	}
	if c := a.Credit; !c.IsZero() {
		var who []string
		for _, p := range c.Contributors {
			who = append(who, firstOf(p.Name, p.Email)+" ("+p.Role+")")
		}
		fact := viewFact{Class: "credit", Label: "Credit", Text: validText(firstOf(join(" · ", strings.Join(c.Agencies, ", "), strings.Join(who, ", ")), c.Text))}
		v.Frame = append(v.Frame, fact)
		marks = append(marks, viewMark{start: c.Start, end: c.End, rank: rankFrame, el: viewElem{Tag: "span", Class: "credit", Title: "Credit: " + fact.Text}})
	}
	return marks
}

// filingAgency is the agency that filed the story, which heads every chain
// of sources: it reports what its sources reported.
func filingAgency(a *wirestory.Article) string {
	switch {
	case !a.Dateline.IsZero() && !a.Dateline.Agency.IsZero():
		return a.Dateline.Agency.Name
	case !a.Byline.IsZero() && a.Byline.Agency != "":
		return a.Byline.Agency
	case !a.Credit.IsZero() && len(a.Credit.Agencies) > 0:
		return a.Credit.Agencies[0]
	}
	return ""
}

// overlapsQuote reports whether s shares text with a quotation: reported
// speech that is a quotation is listed as the quotation. quotes are in
// text order and do not overlap, so a binary search finds the one that
// could.
func overlapsQuote(quotes []wirestory.Quote, s wirestory.Span) bool {
	lo, hi := 0, len(quotes)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if quotes[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(quotes) && quotes[lo].Start < s.End
}

// pageTitle is the dateline and the first words of the story.
func pageTitle(text string, a *wirestory.Article) string {
	t := ""
	if len(a.Paragraphs) > 0 {
		t = a.Paragraphs[0].Text
	} else {
		t = strings.TrimSpace(text)
	}
	t = clipTo(strings.Join(strings.Fields(t), " "), 70)
	if !a.Dateline.IsZero() {
		t = strings.Join(strings.Fields(a.Dateline.Text), " ") + " " + t
	}
	return firstOf(strings.ToValidUTF8(t, "\uFFFD"), "(empty story)")
}

// clip shortens a quotation or statement for the panel.
func clip(s string) string { return clipTo(strings.Join(strings.Fields(s), " "), 160) }

// clipTo cuts s to at most n bytes at a rune boundary, with an ellipsis.
// validText is s with each invalid byte shown as U+FFFD: the page is
// UTF-8, whatever the story's bytes.
func validText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

func clipTo(s string, n int) string {
	s = validText(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

func firstOf(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}
