package wirestory

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// Run the benchmarks with
//
//	go test -run '^$' -bench . -benchmem
//
// Every benchmark reports MB/s (b.SetBytes) and allocations; the Parse
// benchmarks also report allocs/KB, the number of allocations per
// kilobyte of input (the target is at most 5, one per 200 bytes).

// BenchmarkParse parses each golden story, then all of them at once.
func BenchmarkParse(b *testing.B) {
	names, texts := readStories(b)
	for _, name := range names {
		b.Run(name, func(b *testing.B) { benchParse(b, texts[name]) })
	}
	b.Run("all", func(b *testing.B) { benchParse(b, storyText(b, 0)) })
}

// BenchmarkParseMix parses every golden story, each alone, as a service
// parses a feed: a mix of agencies, layouts and lengths like the dev
// corpus's (which the tests may not read). MB/s is over the mix.
func BenchmarkParseMix(b *testing.B) {
	names, texts := readStories(b)
	n := 0
	for _, name := range names {
		n += len(texts[name])
		Parse(texts[name])
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, name := range names {
			Parse(texts[name])
		}
	}
}

// BenchmarkParseSize parses story text of growing size: time per byte
// must stay flat.
func BenchmarkParseSize(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) { benchParse(b, storyText(b, n)) })
	}
}

// BenchmarkHostile parses each hostile input at each size: time per byte
// must stay flat here too.
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostileInputs {
		for _, n := range benchSizes {
			b.Run(h.name+"/"+sizeName(n), func(b *testing.B) { benchParse(b, h.make(n)) })
		}
	}
}

var benchSizes = []int{10 << 10, 100 << 10, 1 << 20, 10 << 20}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}

func benchParse(b *testing.B, text string) {
	Parse(text) // the first Parse builds the lexicon's tables: not a cost per story
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		Parse(text)
		n++
	}
	runtime.ReadMemStats(&after)
	if n > 0 && len(text) > 0 {
		b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n)/(float64(len(text))/1024), "allocs/KB")
	}
}

// storyText returns the golden stories joined by blank lines, repeated
// and cut to about n bytes; n == 0 means every story once.
func storyText(tb testing.TB, n int) string {
	names, texts := readStories(tb)
	var sb strings.Builder
	for sb.Len() < n || sb.Len() == 0 {
		for _, name := range names {
			sb.WriteString(texts[name])
			sb.WriteString("\n\n")
		}
	}
	s := sb.String()
	if n == 0 || n >= len(s) {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// BenchmarkTokenize and BenchmarkRsScan time the two word scanners over
// the golden stories joined: together they are a third of Parse.
func BenchmarkTokenize(b *testing.B) {
	text := storyText(b, 0)
	wc := classesOf(nil)
	var toks []token
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks = tokenize(toks[:0], text, 0, len(text), wc)
	}
}

func BenchmarkRsScan(b *testing.B) {
	text := storyText(b, 0)
	w := rsWordsOf(nil)
	var toks []rsTok
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		toks = rsScan(toks[:0], text, w)
	}
}

// BenchmarkFrame times the frame stages (the credit, the dateline and
// byline, the headline) on one head and tail around a body of growing
// size. They read only the head and the tail, so the time per story
// (ns/op) must stay flat as the body grows: no MB/s here, which would
// rise with it.
func BenchmarkFrame(b *testing.B) {
	const head = "Floods cut the road to the northern valleys\n\nBy JANE ROE\n\n" +
		"KORVALA, Norland, May 3 (Reuters) - Heavy rain closed the only road north on Tuesday.\n\n"
	const tail = "\n\n(Reporting by Jane Roe in Korvala; Editing by Sam Poe)\n"
	para := "The river rose \"faster than in any spring we remember,\" a ferry pilot said, " +
		"and the council moved families from the lower streets to the school on the hill.\n\n"
	var p Parser
	for _, n := range []int{1 << 10, 10 << 10, 100 << 10, 1 << 20} {
		text := head + strings.Repeat(para, n/len(para)+1)[:n] + tail
		d := p.newDoc(text)
		Parse(text) // the lexicon's lists are read on first use
		b.Run("body"+sizeName(n), func(b *testing.B) {
			for b.Loop() {
				d.bodyStart, d.bodyEnd, d.headline = 0, len(text), Span{}
				d.credit = findCredit(d)
				dl, by := findFrame(d)
				findHeadline(d, dl, by)
			}
		})
	}
}
