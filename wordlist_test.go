package wirestory

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordListKeys checks that reading a list cuts every form's key as
// foldKey folds the form, for every embedded list: the fast path (a
// lowered copy of the file) and the slow one must agree.
func TestWordListKeys(t *testing.T) {
	files, err := lexiconFiles.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, _ := lexiconFiles.ReadFile("lexicon/" + f.Name())
		w := &wordList{file: f.Name()}
		want := map[string]string{}
		maxWords := 0
		for line := range strings.Lines(string(data)) {
			line = commentless(line)
			canonical := ""
			for form := range strings.SplitSeq(line, "|") {
				if form = strings.TrimSpace(form); form == "" {
					continue
				}
				if canonical == "" {
					canonical = form
				}
				want[foldKey(form)] = canonical
				maxWords = max(maxWords, len(strings.Fields(form)))
			}
		}
		got := map[string]string{}
		for k, c := range w.forms() {
			got[k] = c
		}
		if len(got) != len(want) || w.n != len(want) {
			t.Errorf("%s: %d forms (n %d), want %d", f.Name(), len(got), w.n, len(want))
		}
		for k, c := range want {
			if got[k] != c {
				t.Errorf("%s: form %q maps to %q, want %q", f.Name(), k, got[k], c)
			}
		}
		if w.maxWords != maxWords {
			t.Errorf("%s: maxWords %d, want %d", f.Name(), w.maxWords, maxWords)
		}
	}
}

// TestWordListForms checks the entry lines of the embedded format as a
// caller writes them: spacing, tabs, comments, accents, repeated forms.
func TestWordListForms(t *testing.T) {
	w := &wordList{}
	err := w.readString(strings.Join([]string{
		"Reuters | Reuter |REUTERS",
		"  New   York |NYC  # a comment | not a form",
		"Côte d’Ivoire | Ivory\tCoast\r",
		"Straße | Strasse",
		"|| Lone ||",
		"Later | Reuter", // a later line takes a form over
	}, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"reuters", "Reuters"}, {"REUTER", "Later"}, {"new york", "New   York"},
		{"nyc", "New   York"}, {"NEW  YORK", "New   York"}, {"a comment", ""},
		{"côte d'ivoire", "Côte d’Ivoire"}, {"ivory coast", "Côte d’Ivoire"},
		{"STRASSE", "Straße"}, {"straße", "Straße"}, {"lone", "Lone"}, {"", ""},
	} {
		if got, _ := w.lookup(tt.in); got != tt.want {
			t.Errorf("lookup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if w.maxWords != 2 {
		t.Errorf("maxWords = %d, want 2", w.maxWords)
	}
}

// TestWordListRemove removes forms from a crowded table and checks that
// every other form is still found: a removal must not cut a probe chain.
func TestWordListRemove(t *testing.T) {
	w := &wordList{}
	for i := range 500 {
		w.add(fmt.Sprintf("form%d", i))
	}
	c := w.clone()
	for i := 0; i < 500; i += 3 {
		c.remove(fmt.Sprintf("form%d", i))
	}
	c.remove("no such form")
	for i := range 500 {
		key := fmt.Sprintf("form%d", i)
		if _, ok := c.lookup(key); ok != (i%3 != 0) {
			t.Errorf("after removals, lookup(%q) found = %v", key, ok)
		}
		if _, ok := w.lookup(key); !ok {
			t.Errorf("removing from a clone removed %q from the original", key)
		}
	}
	if c.n != 500-167 {
		t.Errorf("n = %d after 167 removals of 500", c.n)
	}
}

// TestTextIndex checks the gazetteer's search in its text against a table
// of its forms: every form is found with its canonical form, and strings
// that are parts of forms, span two forms or stand in a comment are not.
func TestTextIndex(t *testing.T) {
	data, err := lexiconFiles.ReadFile("lexicon/gazetteer.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := newTextIndex(string(data))
	table := &wordList{file: "gazetteer.txt"}
	n := 0
	for key, canon := range table.forms() {
		if got, ok := x.lookup([]byte(key)); !ok || got != canon {
			t.Fatalf("search(%q) = %q, %v; the table has %q", key, got, ok, canon)
		}
		n++
	}
	if n < 15000 {
		t.Fatalf("the gazetteer has %d forms", n)
	}

	small := newTextIndex("# Towns of note | made up\nAbbey Town\nLake Ferris | Ferris Lake\nNorth Dale\n  Ærøby | Aeroby  # islands\n" +
		"St. Ives\nGroßdorf\nAbbot Hill\nSTANTON | Stanton Bay\nZ\nOld  Mill\n")
	for _, tt := range []struct{ key, want string }{
		{"lake ferris", "Lake Ferris"}, {"ferris lake", "Lake Ferris"}, {"north dale", "North Dale"},
		{"ærøby", "Ærøby"}, {"aeroby", "Ærøby"}, {"st. ives", "St. Ives"}, {"grossdorf", "Großdorf"},
		{"ferris", ""}, {"lake", ""}, {"dale", ""}, {"north", ""}, {"towns of note", ""}, {"made up", ""},
		{"islands", ""}, {"ferris | ferris", ""}, {"lake ferris | ferris lake", ""}, {"ives", ""},
		{"dale\nærøby", ""}, {"", ""}, {"abbey town", "Abbey Town"}, {"abbot hill", "Abbot Hill"},
		{"stanton", "STANTON"}, {"stanton bay", "STANTON"}, {"z", "Z"}, {"old mill", "Old  Mill"}, {"abb", ""},
	} {
		if got, _ := small.lookup([]byte(foldKey(tt.key))); got != tt.want {
			t.Errorf("search(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestGazetteerKeysUnique checks what the search in the gazetteer's text
// assumes: no form stands for two towns, so the first hit is the only one.
func TestGazetteerKeysUnique(t *testing.T) {
	data, _ := lexiconFiles.ReadFile("lexicon/gazetteer.txt")
	seen := map[string]string{}
	for line := range strings.Lines(string(data)) {
		for form := range strings.SplitSeq(commentless(line), "|") {
			if form = strings.TrimSpace(form); form != "" {
				if prev, ok := seen[foldKey(form)]; ok {
					t.Errorf("form %q is in two lines: %q and %q", form, prev, line)
				}
				seen[foldKey(form)] = line
			}
		}
	}
}
