package wirebeam

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// This file makes the test corpus: invented stories in the layouts of
// several wires, the repository's own test stories, and bad lines.

// A wireLayout wraps a story body in one wire's dateline and credit.
type wireLayout struct {
	dateline, credit string
}

var layouts = []wireLayout{
	{"KESTREL BAY, March 3 (Reuters) - ", "\n\n(Reporting by Ilse Varga; Editing by Tomas Brandt)"},
	{"LORNHAVEN, Norway (AP) — ", ""},
	{"MARROWFIELD, May 2 (Xinhua) -- ", ""},
	{"", "\n\n-- Xinhua"},
	{"Port Selwyn, Jan 5 (IANS) ", "\n\n--IANS\nkv/ab"},
	{"QUILLON, Aug 19 (AFP) - ", ""},
	{"", ""},
	{"Redmarsh: ", ""},
}

var people = []struct{ name, role string }{
	{"Mara Lindqvist", "the port's director"},
	{"Oskar Feldhaus", "a spokesman for the transport ministry"},
	{"Priya Ramanathan", "the river authority's chief engineer"},
	{"Jonas Okonkwo-Hale", "mayor of the coastal district"},
	{"Teodora Vukic", "a senior official at the fisheries board"},
}

var claims = []string{
	"the harbour would reopen to cargo ships within a week",
	"the new flood barrier had held through the storm",
	"talks on the ferry contract would resume on Monday",
	"the district had enough drinking water for a month",
}

// story is invented story i of the corpus: the layouts, speakers, and
// shapes of attribution vary with i, so that the aggregates see several
// agencies, speakers, sources and chain depths.
func story(i int) string {
	l := layouts[i%len(layouts)]
	p := people[i%len(people)]
	q := people[(i+2)%len(people)]
	c := claims[i%len(claims)]
	var b strings.Builder
	b.WriteString(l.dateline)
	fmt.Fprintf(&b, "%s, %s, said on Tuesday that %s.\n\n", p.name, p.role, c)
	fmt.Fprintf(&b, "\"We have done what we promised and we will keep doing it,\" %s told reporters at the quay.\n\n", lastName(p.name))
	switch i % 3 {
	case 0:
		fmt.Fprintf(&b, "The regional broadcaster reported, citing a statement published on the website of the district council, that %s.\n\n", claims[(i+1)%len(claims)])
	case 1:
		fmt.Fprintf(&b, "\"The numbers are better than last year,\" said %s, %s.\n\n", q.name, q.role)
	case 2:
		fmt.Fprintf(&b, "According to the coast guard, %s.\n\n", claims[(i+3)%len(claims)])
	}
	fmt.Fprintf(&b, "%s added that a review would follow in the spring.", lastName(p.name))
	b.WriteString(l.credit)
	return b.String()
}

func lastName(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// A badLine is an input line that fails, with the record the JSON
// contract gives it (shared/spec/article-json.md, Batch mode); LINE stands
// for its line number.
type badLine struct {
	line, record string
}

var badLines = []badLine{
	{``, `{"id":null,"line":LINE,"error":"blank line"}`},
	{" \t ", `{"id":null,"line":LINE,"error":"blank line"}`},
	{`{"id": 41, "text": "KESTREL BAY`, `{"id":null,"line":LINE,"error":"invalid JSON: unexpected end of JSON input"}`},
	{`{"id":"x42"}`, `{"id":"x42","line":LINE,"error":"no \"text\" field"}`},
	{`{"id":43,"text":5}`, `{"id":43,"line":LINE,"error":"\"text\" is a JSON number, not a string"}`},
	{`[1, 2]`, `{"id":null,"line":LINE,"error":"input line is a JSON array, not an object"}`},
}

// writeCorpus writes the test corpus as two JSON Lines files in dir, the
// invented stories in a.jsonl and the rest in b.jsonl, and returns their
// paths and the records that the bad lines must give.
func writeCorpus(t *testing.T, dir string, stories int) (files []string, want []string) {
	t.Helper()
	var a strings.Builder
	for i := range stories {
		a.WriteString(jsonLine(map[string]any{"id": i, "text": story(i)}) + "\n")
	}

	// The second file: the repository's own stories under ids of several
	// kinds, a CRLF line end, a line with no id, a repeated story, the bad
	// lines, and a last line with no line end.
	var b strings.Builder
	paths, err := filepath.Glob("../testdata/stories/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no stories in ../testdata/stories: %v", err)
	}
	n := 0
	add := func(line string) int {
		b.WriteString(line + "\n")
		n++
		return n
	}
	for k, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch k % 4 {
		case 0:
			add(jsonLine(map[string]any{"id": filepath.Base(path), "text": string(text)}))
		case 1:
			add(jsonLine(map[string]any{"id": map[string]any{"file": filepath.Base(path), "n": k}, "text": string(text), "lang": "en"}))
		case 2:
			add(fmt.Sprintf(`{"text": %s,   "id": [%d, "b"]}`, jsonLine(string(text)), k))
		case 3:
			add(jsonLine(map[string]any{"text": string(text)}))
		}
	}
	add(jsonLine(map[string]any{"id": "crlf", "text": story(1)}) + "\r")
	add(jsonLine(map[string]any{"id": "again", "text": story(1)}))
	for _, bad := range badLines {
		want = append(want, strings.Replace(bad.record, "LINE", fmt.Sprint(add(bad.line)), 1))
	}
	b.WriteString(jsonLine(map[string]any{"id": "last", "text": story(2)})) // no line end

	for i, content := range []string{a.String(), b.String()} {
		path := filepath.Join(dir, string(rune('a'+i))+".jsonl")
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	return files, want
}
