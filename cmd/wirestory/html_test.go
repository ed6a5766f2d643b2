package main

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/wirestory/wirestory"
)

// The HTML view is checked by reading the page back with a strict reader
// of the HTML the template writes (every attribute quoted, every element
// closed, no '<' or '>' in text), so that a story's text that escaped
// escaping, or a tag left open by a cut span, fails the test.

// An hnode is an element of a page read back, or a text when tag is "".
type hnode struct {
	tag  string
	attr map[string]string
	kids []*hnode
	text string
}

var voidTags = map[string]bool{"meta": true, "link": true, "br": true, "img": true, "input": true}

// readPage reads page into a tree, or fails on markup the template could
// not have written.
func readPage(page string) (*hnode, error) {
	root := &hnode{tag: "#root"}
	stack := []*hnode{root}
	addText := func(s string) error {
		if strings.ContainsAny(s, "<>") {
			return fmt.Errorf("raw < or > in text %.60q", s)
		}
		if s != "" {
			top := stack[len(stack)-1]
			top.kids = append(top.kids, &hnode{text: html.UnescapeString(s)})
		}
		return nil
	}
	for i := 0; i < len(page); {
		lt := strings.IndexByte(page[i:], '<')
		if lt < 0 {
			if err := addText(page[i:]); err != nil {
				return nil, err
			}
			break
		}
		if err := addText(page[i : i+lt]); err != nil {
			return nil, err
		}
		i += lt
		switch {
		case strings.HasPrefix(page[i:], "<!"):
			i += strings.IndexByte(page[i:], '>') + 1
		case strings.HasPrefix(page[i:], "</"):
			gt := strings.IndexByte(page[i:], '>')
			if gt < 0 {
				return nil, fmt.Errorf("unterminated end tag at %d", i)
			}
			name := page[i+2 : i+gt]
			if top := stack[len(stack)-1]; top.tag != name {
				return nil, fmt.Errorf("</%s> at %d closes <%s>", name, i, top.tag)
			}
			stack = stack[:len(stack)-1]
			i += gt + 1
		default:
			n, next, err := readTag(page, i)
			if err != nil {
				return nil, err
			}
			i = next
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			if n.tag == "script" || n.tag == "style" {
				end := strings.Index(page[i:], "</"+n.tag+">")
				if end < 0 {
					return nil, fmt.Errorf("<%s> not closed", n.tag)
				}
				n.kids = []*hnode{{text: page[i : i+end]}}
				i += end + len(n.tag) + 3
				continue
			}
			if !voidTags[n.tag] {
				stack = append(stack, n)
			}
		}
	}
	if len(stack) != 1 {
		return nil, fmt.Errorf("<%s> not closed", stack[len(stack)-1].tag)
	}
	return root, nil
}

// readTag reads the start tag at page[i], each attribute value in double
// quotes as html/template writes them.
func readTag(page string, i int) (*hnode, int, error) {
	j := i + 1
	for j < len(page) && page[j] != ' ' && page[j] != '>' {
		j++
	}
	n := &hnode{tag: page[i+1 : j], attr: map[string]string{}}
	if n.tag == "" || !isName(n.tag) {
		return nil, 0, fmt.Errorf("bad tag name %q at %d", n.tag, i)
	}
	for {
		for j < len(page) && page[j] == ' ' {
			j++
		}
		if j >= len(page) {
			return nil, 0, fmt.Errorf("unterminated tag at %d", i)
		}
		if page[j] == '>' {
			return n, j + 1, nil
		}
		k := j
		for k < len(page) && page[k] != '=' && page[k] != ' ' && page[k] != '>' {
			k++
		}
		name := page[j:k]
		if !isName(name) {
			return nil, 0, fmt.Errorf("bad attribute name %q in <%s>", name, n.tag)
		}
		if _, dup := n.attr[name]; dup {
			return nil, 0, fmt.Errorf("attribute %s twice in <%s>", name, n.tag)
		}
		if k < len(page) && page[k] == '=' {
			if k+1 >= len(page) || page[k+1] != '"' {
				return nil, 0, fmt.Errorf("unquoted attribute %s in <%s>", name, n.tag)
			}
			end := strings.IndexByte(page[k+2:], '"')
			if end < 0 {
				return nil, 0, fmt.Errorf("unterminated attribute %s", name)
			}
			v := page[k+2 : k+2+end]
			if strings.ContainsAny(v, "<>") {
				return nil, 0, fmt.Errorf("raw < or > in attribute %s=%q", name, v)
			}
			n.attr[name] = html.UnescapeString(v)
			k += 2 + end + 1
		} else {
			n.attr[name] = ""
		}
		j = k
	}
}

func isName(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return s != ""
}

func (n *hnode) hasClass(c string) bool { return slices.Contains(strings.Fields(n.attr["class"]), c) }

// all returns the elements under n, n included, for which keep is true, in
// document order.
func (n *hnode) all(keep func(*hnode) bool) []*hnode {
	var out []*hnode
	var walk func(*hnode)
	walk = func(n *hnode) {
		if n.tag != "" && keep(n) {
			out = append(out, n)
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

func (n *hnode) byID(id string) *hnode {
	if l := n.all(func(e *hnode) bool { return e.attr["id"] == id }); len(l) == 1 {
		return l[0]
	}
	return nil
}

func (n *hnode) textContent() string {
	if n.tag == "" {
		return n.text
	}
	var b strings.Builder
	for _, k := range n.kids {
		b.WriteString(k.textContent())
	}
	return b.String()
}

// squeeze drops white space, which the page may fold or cut between
// paragraphs.
func squeeze(s string) string {
	var b strings.Builder
	last := rune(-1)
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\uFFFD' && last == '\uFFFD' {
			continue // a run of bad bytes is one U+FFFD or several, as it was cut
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// shown is text as a page shows it: each invalid byte, and NUL, which
// html/template writes as U+FFFD, as HTML parsers read it. (strings.Map
// replaces invalid bytes one by one; ToValidUTF8 would merge a run of
// them, as two paragraphs of one bad byte each, joined, would be.)
func shown(text string) string {
	return strings.Map(func(r rune) rune {
		if r == 0 {
			return '\uFFFD'
		}
		return r
	}, text)
}

// renderStory renders text and reads the page back.
func renderStory(t *testing.T, text string) (*hnode, wirestory.Article, string) {
	t.Helper()
	a := wirestory.Parse(text)
	var buf bytes.Buffer
	if err := writeHTML(&buf, text, &a); err != nil {
		t.Fatalf("writeHTML: %v", err)
	}
	page := buf.String()
	if !utf8.ValidString(page) {
		t.Fatalf("page is not valid UTF-8")
	}
	root, err := readPage(page)
	if err != nil {
		t.Fatalf("page is not well formed: %v", err)
	}
	return root, a, page
}

// checkView checks the page of a story against its Article: one
// highlighted element per quotation, carrying its speaker's name, whose
// pieces hold the quotation's text; the chains of the panel; and the text
// of the story kept whole.
func checkView(t *testing.T, root *hnode, text string, a wirestory.Article) {
	t.Helper()
	story := root.byID("story")
	if story == nil {
		t.Fatal("no #story")
	}
	marks := story.all(func(n *hnode) bool { return n.tag == "mark" && n.hasClass("q") })
	first := story.all(func(n *hnode) bool { return n.tag == "mark" && n.hasClass("q") && !n.hasClass("cont") })
	if len(first) != len(a.Quotes) {
		t.Errorf("%d highlighted quotations, want %d", len(first), len(a.Quotes))
	}
	pieces := make([]string, len(a.Quotes))
	for _, m := range marks {
		i, err := strconv.Atoi(m.attr["data-q"])
		if err != nil || i < 0 || i >= len(a.Quotes) {
			t.Errorf("mark with data-q %q", m.attr["data-q"])
			continue
		}
		pieces[i] += m.textContent()
		q := a.Quotes[i]
		want := ""
		if !q.Speaker.IsZero() {
			// As an HTML parser reads the attribute: a NUL becomes U+FFFD
			// (found by the fuzzer: "According to \"000\"0000\x000").
			want = strings.ReplaceAll(mentionLabel(q.Speaker), "\x00", "\uFFFD")
		}
		// A speaker the story never names is known by its words, whatever
		// their case: "T" and "t" are one speaker, shown as written first.
		if got := m.attr["data-speaker"]; got != want && !(q.Speaker.Name == "" && strings.EqualFold(got, want)) {
			t.Errorf("quotation %d has data-speaker %q, want %q", i, got, want)
		}
		if want != "" && !strings.Contains(strings.ToLower(m.attr["title"]), strings.ToLower(want)) {
			t.Errorf("quotation %d has title %q, without its speaker %q", i, m.attr["title"], want)
		}
	}
	for i, q := range a.Quotes {
		f := root.byID(quoteID(i))
		if f == nil || f.tag != "mark" || f.attr["tabindex"] != "0" {
			t.Errorf("quotation %d: no focusable #%s", i, quoteID(i))
		}
		if got, want := squeeze(pieces[i]), squeeze(shown(q.Text)); got != want {
			t.Errorf("quotation %d shows %q, want %q", i, got, want)
		}
	}

	var wantChains, gotChains [][]string
	agency := filingAgency(&a)
	for _, at := range a.Attributions {
		if len(at.Via) == 0 {
			continue
		}
		var c []string
		if agency != "" {
			c = append(c, agency)
		}
		c = append(c, mentionLabel(at.Source))
		for _, l := range at.Via {
			c = append(c, mentionLabel(l.Source))
		}
		wantChains = append(wantChains, c)
	}
	for _, li := range root.all(func(n *hnode) bool { return n.tag == "li" && n.hasClass("chain") }) {
		var c []string
		for _, s := range li.all(func(n *hnode) bool { return n.hasClass("source") }) {
			c = append(c, s.textContent())
		}
		gotChains = append(gotChains, c)
	}
	if diff := cmp.Diff(wantChains, gotChains); diff != "" {
		t.Errorf("chains (-want +got):\n%s", diff)
	}

	// Every link of the panel leads to an element of the story.
	for _, l := range root.byID("panel").all(func(n *hnode) bool { return n.tag == "a" }) {
		if h := l.attr["href"]; !strings.HasPrefix(h, "#") || story.byID(h[1:]) == nil {
			t.Errorf("the panel links %q to no element of the story", h)
		}
	}

	// The story shows every character outside markup once, in order.
	var want strings.Builder
	for _, r := range visibleLines(text, 0, len(text)) {
		want.WriteString(shown(text[r[0]:r[1]])) // line by line: two bad bytes on two lines are no character
	}
	if len(a.Paragraphs) > 0 && !strings.Contains(text, "<") {
		if got := squeeze(story.textContent()); got != squeeze(want.String()) {
			t.Errorf("the story shows\n%+q\nwant\n%+q", got, squeeze(want.String()))
		}
	}
}

func TestHTMLGoldenStories(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "stories", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			root, a, _ := renderStory(t, string(b))
			checkView(t, root, string(b), a)
		})
	}
}

func TestHTMLStories(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		check func(t *testing.T, root *hnode, page string)
	}{
		{
			name: "hostile markup and quote marks in names",
			text: "WASHINGTON (AP) — <script>document.title='pwned'</script> Tom & Jerry's \"O'Hara\" said: \"<b>bold</b> & <i>true</i>,\" said Mary O\"Neil.\n\n\"We <img src=x onerror=alert(1)> won,\" said Ann D'Arcy & Sons.",
			check: func(t *testing.T, root *hnode, page string) {
				if n := strings.Count(page, "<script"); n != 1 {
					t.Errorf("%d <script in the page, want only the view's own", n)
				}
				if strings.Contains(page, "<img") || strings.Contains(page, "<b>") {
					t.Error("story markup written as markup")
				}
				story := root.byID("story").textContent()
				for _, s := range []string{"<script>document.title='pwned'</script>", "Tom & Jerry's", "<img src=x onerror=alert(1)>"} {
					if !strings.Contains(story, s) {
						t.Errorf("story text lacks %q", s)
					}
				}
			},
		},
		{
			name: "nested quotations make one element",
			text: "LONDON (Reuters) - \"They told us 'never again' and meant it,\" said Ruth Adebayo, a nurse.\n\nShe added: \"The sign read 'closed' for a week.\"",
			check: func(t *testing.T, root *hnode, page string) {
				marks := root.byID("story").all(func(n *hnode) bool { return n.tag == "mark" })
				if len(marks) != 2 {
					t.Fatalf("%d marks, want 2", len(marks))
				}
				for _, m := range marks {
					if len(m.all(func(n *hnode) bool { return n.tag == "mark" })) != 1 {
						t.Errorf("a mark inside %q", m.textContent())
					}
				}
				if !strings.Contains(marks[0].textContent(), "'never again'") {
					t.Errorf("first mark %q lacks the nested quotation", marks[0].textContent())
				}
			},
		},
		{
			name: "a quotation over three paragraphs is cut into pieces",
			text: "NAIROBI (AP) — Dr. Lena Obi spoke last.\n\n\"First we counted the wells.\n\n\"Then we counted the children who walked to them.\n\n\"Then we built more,\" Obi said.",
			check: func(t *testing.T, root *hnode, page string) {
				story := root.byID("story")
				pieces := story.all(func(n *hnode) bool { return n.attr["data-q"] == "0" })
				if len(pieces) != 3 {
					t.Fatalf("%d pieces of quotation 0, want 3", len(pieces))
				}
				for i, p := range pieces {
					if cont := p.hasClass("cont"); cont != (i > 0) {
						t.Errorf("piece %d: cont %v", i, cont)
					}
					if _, ok := p.attr["tabindex"]; ok != (i == 0) {
						t.Errorf("piece %d: tabindex %v, want only on the first", i, ok)
					}
				}
				for _, p := range story.kids {
					if p.tag != "" && p.tag != "p" {
						t.Errorf("<%s> at the top of the story, want paragraphs only", p.tag)
					}
				}
			},
		},
		{
			name:  "invalid UTF-8",
			text:  "PARIS (AFP) - \xff\xfe\x00La ministre \"a dit \xc3 non\" \xe2\x80, a declare Anne Roy.\n\n\"Rien\xff,\" said Anne Roy.",
			check: func(t *testing.T, root *hnode, page string) {},
		},
		{
			name:  "empty",
			text:  "",
			check: func(t *testing.T, root *hnode, page string) {},
		},
		{
			name: "only markup and space",
			text: "<p> </p>\n\n<div></div>",
			check: func(t *testing.T, root *hnode, page string) {
				if s := root.byID("story").textContent(); strings.TrimSpace(s) != "" {
					t.Errorf("story shows %q", s)
				}
			},
		},
		{
			name: "a chain of sources behind the agency",
			text: "ADDIS ABABA, March 3 (Xinhua) -- The dam is full, state media reported, citing a statement published on the website of the Ministry of Water.",
			check: func(t *testing.T, root *hnode, page string) {
				chains := root.all(func(n *hnode) bool { return n.hasClass("chain") })
				if len(chains) != 1 {
					t.Fatalf("%d chains, want 1", len(chains))
				}
				if got := chains[0].all(func(n *hnode) bool { return n.hasClass("agency") }); len(got) != 1 || !strings.Contains(got[0].textContent(), "Xinhua") {
					t.Errorf("the chain is not headed by Xinhua: %q", chains[0].textContent())
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, a, page := renderStory(t, tt.text)
			checkView(t, root, tt.text, a)
			tt.check(t, root, page)
		})
	}
}

// TestLayoutCrossing lays out marks that cross one another and each
// paragraph, and checks that the markup nests, that no text is lost or
// repeated, and that each mark covers exactly its text.
func TestLayoutCrossing(t *testing.T) {
	text := "aaaa bbbb cccc\n\ndddd eeee ffff"
	block := func(s, e int) viewMark {
		return viewMark{start: s, end: e, rank: rankBlock, el: viewElem{Tag: "p", Class: "para"}}
	}
	span := func(s, e, rank int, id string) viewMark {
		return viewMark{start: s, end: e, rank: rank, el: viewElem{Tag: "span", Class: "m", ID: id, Quote: id}}
	}
	tests := []struct {
		name  string
		marks []viewMark
	}{
		{"nested", []viewMark{block(0, 14), block(16, 30), span(0, 14, rankQuote, "q"), span(5, 9, rankCue, "c")}},
		{"crossing", []viewMark{block(0, 14), block(16, 30), span(0, 9, rankQuote, "q"), span(5, 14, rankMention, "m")}},
		{"inner rank opens first", []viewMark{block(0, 14), block(16, 30), span(0, 9, rankCue, "c"), span(5, 14, rankQuote, "q")}},
		{"over paragraphs", []viewMark{block(0, 14), block(16, 30), span(5, 25, rankQuote, "q"), span(10, 21, rankMention, "m")}},
		{"same span twice", []viewMark{block(0, 14), block(16, 30), span(5, 9, rankCue, "a"), span(5, 9, rankCue, "b")}},
		{"outside every block", []viewMark{block(16, 30), span(0, 20, rankQuote, "q")}},
		{"empty and out of range", []viewMark{block(0, 14), span(3, 3, rankQuote, "e"), span(20, 99, rankQuote, "o"), span(-1, 2, rankQuote, "n")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &view{Policy: viewPolicy, Story: layout(text, tt.marks)}
			var buf bytes.Buffer
			if err := viewPage.Execute(&buf, v); err != nil {
				t.Fatal(err)
			}
			root, err := readPage(buf.String())
			if err != nil {
				t.Fatalf("not well formed: %v", err)
			}
			story := root.byID("story")
			var want strings.Builder
			for _, m := range tt.marks {
				if m.rank == rankBlock {
					want.WriteString(text[m.start:m.end])
				}
			}
			if got := squeeze(story.textContent()); got != squeeze(want.String()) {
				t.Errorf("story shows %q, want %q", got, want.String())
			}
			for _, m := range tt.marks {
				if m.rank == rankBlock || m.start >= m.end || m.start < 0 || m.end > len(text) {
					continue
				}
				var got strings.Builder
				for _, n := range story.all(func(n *hnode) bool { return n.attr["data-q"] == m.el.Quote }) {
					got.WriteString(n.textContent())
				}
				var shown strings.Builder // the part of the mark inside blocks
				for _, b := range tt.marks {
					if b.rank == rankBlock {
						if s, e := max(b.start, m.start), min(b.end, m.end); s < e {
							shown.WriteString(text[s:e])
						}
					}
				}
				if got.String() != shown.String() {
					t.Errorf("mark %s covers %q, want %q", m.el.Quote, got.String(), shown.String())
				}
				if n := len(story.all(func(n *hnode) bool { return n.attr["id"] == m.el.ID })); shown.Len() > 0 && n != 1 {
					t.Errorf("mark %s: id on %d pieces, want 1", m.el.ID, n)
				}
			}
			for _, p := range story.kids {
				if p.tag != "" && p.tag != "p" {
					t.Errorf("<%s> outside a paragraph", p.tag)
				}
			}
		})
	}
}

func TestViewBlocks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"dateline on the first paragraph's line", "TEHRAN (Reuters) - Body one.\n\nBody two.", []string{"TEHRAN (Reuters) - Body one.", "Body two."}},
		{"markup between paragraphs is left out", "<p>LAHORE: One.</p> <p>Two.</p>", []string{"LAHORE: One.", "Two."}},
		{"byline lines make one block", "By JANE DOE\nAssociated Press Writer\n\nNAIROBI, Kenya (AP) _ One.\n\nTwo.", []string{"By JANE DOE\nAssociated Press Writer", "NAIROBI, Kenya (AP) _ One.", "Two."}},
		{"credit on a line of its own", "BEIJING, May 2 (Xinhua) -- One is here.\n-- Xinhua", []string{"BEIJING, May 2 (Xinhua) -- One is here.", "-- Xinhua"}},
		{"unclosed angle bracket shows", "a < b\n\nc", []string{"a < b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := wirestory.Parse(tt.text)
			var got []string
			for _, b := range viewBlocks(tt.text, a.Paragraphs) {
				got = append(got, tt.text[b.start:b.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpeakerColoursFollowFirstAppearance(t *testing.T) {
	text := "LONDON (Reuters) - \"One,\" said Ann Bell. \"Two,\" said Carl Dunn.\n\n\"Three,\" Bell said. \"Four,\" said Carl Dunn."
	root, a, _ := renderStory(t, text)
	var names []string
	for _, s := range root.all(func(n *hnode) bool { return n.hasClass("speaker") }) {
		names = append(names, s.byIDPrefix("spk-").textContent())
	}
	if len(a.Quotes) != 4 {
		t.Fatalf("%d quotes, want 4", len(a.Quotes))
	}
	if diff := cmp.Diff([]string{"Ann Bell", "Carl Dunn"}, names); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	marks := root.byID("story").all(func(n *hnode) bool { return n.tag == "mark" })
	var classes []string
	for _, m := range marks {
		classes = append(classes, m.attr["class"])
	}
	if diff := cmp.Diff([]string{"q sp-0", "q sp-1", "q sp-0", "q sp-1"}, classes); diff != "" {
		t.Errorf("quotation classes (-want +got):\n%s", diff)
	}
}

func (n *hnode) byIDPrefix(p string) *hnode {
	if l := n.all(func(e *hnode) bool { return e.hasClass("name") && strings.HasPrefix(e.attr["id"], p) }); len(l) > 0 {
		return l[0]
	}
	return &hnode{}
}

func TestRunFormatHTML(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "stories", "example.txt")
	var out, errb bytes.Buffer
	if code := run([]string{"-format", "html", example}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.HasPrefix(out.String(), "<!DOCTYPE html>") {
		t.Errorf("output starts %.40q", out.String())
	}
	for _, args := range [][]string{{"-format", "html", "-jsonl", example}, {"-format", "xml", example}} {
		if code := run(args, nil, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// FuzzHTML checks that the page of any text is well formed, valid UTF-8,
// with one highlighted element per quotation that holds its text.
func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "stories", "*.txt"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "\"", "<p>\"a\" said B.</p>", "X (AP) - \"a\n\n\"b\n\n\"c,\" said D E.",
		"\xff\"\xfe\" said \xc3", "A said \"B 'c' d\" <script>x</script> & E.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		root, a, _ := renderStory(t, text)
		checkView(t, root, text, a)
	})
}

// TestHTMLSharedCue gives two attributions one cue, and a link of a chain
// the cue of a third: the panel's links must all lead to the story.
func TestHTMLSharedCue(t *testing.T) {
	text := "Ann and Bob said it rained, citing Carl, who reported it."
	span := func(s string) wirestory.Span {
		i := strings.Index(text, s)
		return wirestory.Span{Start: i, End: i + len(s), Text: s}
	}
	mention := func(s string) wirestory.Mention { return wirestory.Mention{Span: span(s), Name: s} }
	content := span("it rained")
	a := wirestory.Article{
		Paragraphs: []wirestory.Span{span(text)},
		Attributions: []wirestory.Attribution{
			{Source: mention("Ann"), Cue: span("said"), Content: content, Via: []wirestory.Link{{Cue: span("reported"), Source: mention("Carl")}}},
			{Source: mention("Bob"), Cue: span("said"), Content: content},
			{Source: mention("Carl"), Cue: span("reported"), Content: content},
		},
	}
	var buf bytes.Buffer
	if err := writeHTML(&buf, text, &a); err != nil {
		t.Fatal(err)
	}
	root, err := readPage(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	links := root.byID("panel").all(func(n *hnode) bool { return n.tag == "a" })
	if len(links) != 4 {
		t.Errorf("%d links in the panel, want 4 (three statements, one chain)", len(links))
	}
	for _, l := range links {
		if h := l.attr["href"]; root.byID("story").byID(strings.TrimPrefix(h, "#")) == nil {
			t.Errorf("the panel links %q to no element of the story", h)
		}
	}
}

// BenchmarkWriteHTML renders the page of each golden story, parsed once.
func BenchmarkWriteHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "stories", "*.txt"))
	var texts []string
	var articles []wirestory.Article
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		articles = append(articles, wirestory.Parse(string(t)))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for range b.N {
		for i := range texts {
			if err := writeHTML(io.Discard, texts[i], &articles[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
