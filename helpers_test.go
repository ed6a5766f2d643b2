package wirestory

import (
	"strings"
	"testing"
)

func TestQuoteInner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He said \u201cWe will win,\u201d and left.", "We will win,"},
		{`He said "We will win," and left.`, "We will win,"},
		{"He said &quot;We will win,&quot; and left.", "We will win,"},
		{"He said ''We will win,'' and left.", "We will win,"},
		{"She called it \u00abune farce\u00bb hier.", "une farce"},
		{"Er sagte: \u201eWir gewinnen.\u201c Dann ging er.", "Wir gewinnen."},
	}
	for _, tt := range tests {
		a := Parse(tt.in)
		if len(a.Quotes) != 1 {
			t.Errorf("Parse(%q): %d quotes; want 1", tt.in, len(a.Quotes))
			continue
		}
		got := a.Quotes[0].Inner()
		if got.Text != tt.want || tt.in[got.Start:got.End] != got.Text {
			t.Errorf("Parse(%q).Quotes[0].Inner() = %+v; want %q at its offsets", tt.in, got, tt.want)
		}
	}
	if got := (Quote{}).Inner(); !got.IsZero() {
		t.Errorf("Quote{}.Inner() = %+v; want the zero Span", got)
	}
}

func TestArticleAttributionOf(t *testing.T) {
	in := "The mayor spoke on Monday.\n\n\u201cThe bridge stays shut,\u201d Mayor Ana Ruiz said. " +
		"\u201cWe will not take risks.\u201d\n\nSome called it a \u201cfiasco\u201d."
	a := Parse(in)
	found := 0
	for _, q := range a.Quotes {
		at, ok := a.AttributionOf(q)
		if ok != !q.Speaker.IsZero() {
			t.Errorf("AttributionOf(%q) ok = %v; the quote's speaker is %q", q.Text, ok, q.Speaker.Text)
		}
		if !ok {
			continue
		}
		found++
		if at.Source.Name != q.Speaker.Name || !q.Cue.IsZero() && at.Cue != q.Cue || !at.Content.Contains(q.Span) {
			t.Errorf("AttributionOf(%q) = %+v; want source %q, cue %q, content holding the quote", q.Text, at, q.Speaker.Name, q.Cue.Text)
		}
	}
	if found < 2 {
		t.Errorf("AttributionOf found %d attributions for %d quotes; want at least 2", found, len(a.Quotes))
	}
}

func TestArticleParagraphOf(t *testing.T) {
	in := "LIMA, May 3 (Reuters) - Rains fell.\n\nRoads closed.\n\n\u201cIt was bad.\n\n\u201cVery bad,\u201d a driver said.\n\nReuters"
	a := Parse(in)
	if len(a.Paragraphs) != 4 {
		t.Fatalf("Parse: %d paragraphs %v; want 4", len(a.Paragraphs), a.Paragraphs)
	}
	for i, p := range a.Paragraphs {
		if got := a.ParagraphOf(p); got != i {
			t.Errorf("ParagraphOf(paragraph %d) = %d", i, got)
		}
	}
	if got := a.ParagraphOf(a.Dateline.Span); got != -1 {
		t.Errorf("ParagraphOf(dateline) = %d; want -1", got)
	}
	if len(a.Quotes) != 1 {
		t.Fatalf("Parse: %d quotes; want 1 over two paragraphs", len(a.Quotes))
	}
	q := a.Quotes[0].Span
	if got := a.ParagraphOf(q); got != -1 {
		t.Errorf("ParagraphOf(quote over two paragraphs) = %d; want -1", got)
	}
	if i, j := a.ParagraphsOf(q); i != 2 || j != 4 {
		t.Errorf("ParagraphsOf(quote) = %d, %d; want 2, 4", i, j)
	}
	k := strings.Index(in, "a driver")
	if got := a.ParagraphOf(spanOf(in, k, k+8)); got != 3 {
		t.Errorf("ParagraphOf(%q) = %d; want 3", "a driver", got)
	}
}
