package wirestory

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// presetFile is the file of the generated tables (see preset.go).
const presetFile = "preset_tables.go"

// TestPresetTables checks that preset_tables.go holds what reading
// lexicon/*.txt builds, byte for byte; with -update it writes the file,
// as go generate runs it.
func TestPresetTables(t *testing.T) {
	src, err := presetSource(embeddedLexicon())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(presetFile, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(presetFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatalf("%s is not what lexicon/*.txt and the code that reads them give: run `go generate` in the repository's root "+
			"(it runs: go test -tags nopreset -run ^TestPresetTables$ . -update)", presetFile)
	}
}

// TestPresetLexicon checks that the default lexicon holds the preset
// tables, each the same as reading its list's text gives.
func TestPresetLexicon(t *testing.T) {
	if len(presetLists) == 0 {
		t.Skip("built without the preset tables (tag nopreset)")
	}
	def, text := DefaultLexicon(), embeddedLexicon()
	for _, k := range text.Lists() {
		got, want := def.list(k), text.list(k)
		if k == Gazetteer {
			got.search(nil)
			want.search(nil)
			g, w := got.textIndex, want.textIndex
			if g.data != w.data || !bytes.Equal(g.lowered, w.lowered) || !slices.Equal(g.regions, w.regions) ||
				!slices.Equal(g.extra.table, w.extra.table) || g.extra.n != w.extra.n {
				t.Errorf("list %s: the preset index differs from the text's", k)
			}
			if got.table != nil {
				t.Errorf("list %s: has a table; it is searched in its text", k)
			}
			continue
		}
		want.load()
		if got.preset == nil {
			t.Errorf("list %s: read from its text, not preset", k)
		}
		got.load()
		if got.table != nil || got.slotEntry == nil {
			t.Errorf("list %s: a table of strings made; lookups read the preset's entries", k)
		}
		if !slices.Equal(got.clone().table, want.table) || got.n != want.n || got.maxWords != want.maxWords {
			t.Errorf("list %s: the preset table differs from the text's", k)
		}
		// Lookups read the preset's entries in place of the table: every
		// form, in capitals and with a letter more, is found as the
		// table of the text finds it.
		for form := range want.forms() {
			for _, s := range []string{form, strings.ToUpper(form), form + "q"} {
				gc, gok := got.lookup(s)
				wc, wok := want.lookup(s)
				if gc != wc || gok != wok {
					t.Errorf("list %s: lookup(%q) = %q, %v from the preset, %q, %v from the text", k, s, gc, gok, wc, wok)
				}
			}
		}
		var gotForms, wantForms []string
		for key, canon := range got.forms() {
			gotForms = append(gotForms, key, canon)
		}
		for key, canon := range want.forms() {
			wantForms = append(wantForms, key, canon)
		}
		if !slices.Equal(gotForms, wantForms) {
			t.Errorf("list %s: the preset's forms, in table order, differ from the text's", k)
		}
	}
}

// TestPresetDerived checks that the default lexicon's derived tables are
// the preset ones, and the same as building them from the lists' text
// gives.
func TestPresetDerived(t *testing.T) {
	if len(presetRSWordsTable.keys) == 0 {
		t.Skip("built without the preset tables (tag nopreset)")
	}
	def, text := DefaultLexicon(), embeddedLexicon()
	if classesOf(def) != presetClasses() || rsWordsOf(def) != &presetRSWordsTable {
		t.Fatal("the default lexicon does not use the preset derived tables")
	}
	if !reflect.DeepEqual(classesOf(def), buildClasses(text)) {
		t.Error("the preset token classes differ from those the lists' text gives")
	}
	if !reflect.DeepEqual(rsWordsOf(def), buildRSWords(text)) {
		t.Error("the preset resolution words differ from those the lists' text gives")
	}
	// An extended lexicon builds its own.
	ext := def.With(CueVerbs, "harrumph | harrumphed")
	if classesOf(ext) == presetClasses() || classesOf(ext).probeWord("harrumphed", wcHashString("harrumphed"))&cCue == 0 {
		t.Error("an extended lexicon's token classes lack its cue verb")
	}
}

// TestPresetStale checks that a list whose file has changed length since
// the tables were generated is read from its text, and that the derived
// tables are then built from the lists, not taken from the presets.
func TestPresetStale(t *testing.T) {
	if len(presetLists) == 0 {
		t.Skip("built without the preset tables (tag nopreset)")
	}
	i := slices.IndexFunc(presetLists, func(p presetList) bool { return p.file == "cueverbs.txt" })
	if i < 0 {
		t.Fatal("no preset for cueverbs.txt")
	}
	size := presetLists[i].size
	presetLists[i].size = size + 1 // as if the file had been edited
	l := embeddedLexicon().withPresets()
	presetLists[i].size = size
	if w := l.list(CueVerbs); w.preset != nil || w.file != "cueverbs.txt" {
		t.Error("a list whose file changed is not read from its text")
	}
	if w := l.list(Titles); w.preset == nil {
		t.Error("an unchanged list is not preset")
	}
	if classesOf(l) == presetClasses() || rsWordsOf(l) == &presetRSWordsTable {
		t.Error("a lexicon with a list read from its text shares the preset derived tables")
	}
	if !reflect.DeepEqual(classesOf(l), presetClasses()) {
		t.Error("the token classes built from the lists differ from the preset ones")
	}
}

// presetSource returns the Go source of preset_tables.go for l, a
// lexicon read from the embedded files.
func presetSource(l *Lexicon) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by go generate (TestPresetTables in preset_test.go) from lexicon/*.txt. DO NOT EDIT.\n\n")
	b.WriteString("//go:build !nopreset\n\npackage wirestory\n\n")
	b.WriteString("var presetLists = []presetList{\n")
	var gazetteer *wordList
	for _, k := range l.Lists() {
		w := l.list(k)
		if w.searched {
			gazetteer = w
			continue
		}
		w.load()
		size, err := fileSize(w.file)
		if err != nil {
			return nil, err
		}
		writePresetList(&b, w.file, size, w)
		b.WriteString(",\n")
	}
	b.WriteString("}\n\n")
	if gazetteer != nil {
		data, err := lexiconFiles.ReadFile("lexicon/" + gazetteer.file)
		if err != nil {
			return nil, err
		}
		x := newTextIndex(string(data))
		fmt.Fprintf(&b, "var presetGazetteer = presetIndex{file: %q, size: %d,\nlowered: []byte(", gazetteer.file, len(data))
		writeChunked(&b, string(x.lowered))
		b.WriteString("),\nregions: []region{")
		for i, r := range x.regions {
			if i%4 == 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "{0x%06x, %d, %d}, ", r.prefix, r.start, r.end)
		}
		b.WriteString("\n},\nextra: presetList")
		writePresetList(&b, "", 0, x.extra)
		b.WriteString(",\n}\n")
	}
	if err := writePresetDerived(&b, l); err != nil {
		return nil, err
	}
	return format.Source(b.Bytes())
}

// writePresetDerived writes the tables the stages derive from l: the
// token classes with the cue forms, and the resolution words. The
// pointers of the cue forms into their own table are no constant data:
// they are written as a list of indexes, which presetClasses makes them
// of.
func writePresetDerived(b *bytes.Buffer, l *Lexicon) error {
	wc := buildClasses(l)
	ft := wc.forms
	at := make(map[*formEntry]int, len(ft.table))
	for i := range ft.table {
		at[&ft.table[i]] = i
	}
	b.WriteString("\nvar presetVerbEntries = []presetLink{")
	for i, e := range ft.table {
		if e.verbEntry != nil {
			fmt.Fprintf(b, "{%d, %d}, ", i, at[e.verbEntry])
		}
	}
	b.WriteString("}\n\nvar presetWordClasses = ")
	skip := map[string]bool{"formEntry.verbEntry": true, "rsWords.index": true}
	if err := writeLiteral(b, reflect.ValueOf(wc).Elem(), skip, false); err != nil {
		return err
	}
	rs := buildRSWords(l)
	b.WriteString("\n\nvar presetRSWordsTable = ")
	if err := writeLiteral(b, reflect.ValueOf(rs).Elem(), skip, false); err != nil {
		return err
	}
	b.WriteString("\n")
	return nil
}

// writeLiteral writes v as a Go expression of constants: a composite
// literal of its fields and elements that are not zero, whatever its type
// holds, so that a field added to a table is written without a change
// here. skip names the fields ("type.field") left zero; elided leaves out
// the type of a literal whose type its context gives.
func writeLiteral(b *bytes.Buffer, v reflect.Value, skip map[string]bool, elided bool) error {
	typ := strings.ReplaceAll(v.Type().String(), "wirestory.", "")
	switch v.Kind() {
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprintf(b, "%#x", v.Uint())
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		b.WriteString("&")
		return writeLiteral(b, v.Elem(), skip, false)
	case reflect.Struct:
		if !elided {
			b.WriteString(typ)
		}
		b.WriteString("{")
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if skip[v.Type().Name()+"."+f.Name] || v.Field(i).IsZero() {
				continue
			}
			fmt.Fprintf(b, "%s: ", f.Name)
			if err := writeLiteral(b, v.Field(i), skip, false); err != nil {
				return err
			}
			b.WriteString(", ")
		}
		b.WriteString("}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		b.WriteString(typ + "{\n")
		for i := range v.Len() {
			last := v.Kind() == reflect.Slice && i == v.Len()-1
			if v.Index(i).IsZero() && !last {
				continue
			}
			fmt.Fprintf(b, "%d: ", i)
			if err := writeLiteral(b, v.Index(i), skip, true); err != nil {
				return err
			}
			b.WriteString(",\n")
		}
		b.WriteString("}")
	default:
		if !v.IsZero() {
			return fmt.Errorf("writeLiteral: no constant literal for a %s", typ)
		}
		b.WriteString("nil")
	}
	return nil
}

// writePresetList writes the presetList literal of w.
func writePresetList(b *bytes.Buffer, file string, size int, w *wordList) {
	var text strings.Builder
	at := map[string]int{}
	offset := func(s string) int {
		i, ok := at[s]
		if !ok {
			i = text.Len()
			at[s] = i
			text.WriteString(s)
		}
		return i
	}
	var entries bytes.Buffer
	for i, e := range w.table {
		if e.key != "" {
			fmt.Fprintf(&entries, "{%d, %#x, %d, %d, %d, %d},\n", i, e.h, offset(e.key), offset(e.canon), len(e.key), len(e.canon))
		}
	}
	fmt.Fprintf(b, "{file: %q, list: %q, size: %d, n: %d, maxWords: %d, slots: %d,\ntext: ", file, strings.TrimSuffix(file, ".txt"), size, w.n, w.maxWords, len(w.table))
	writeChunked(b, text.String())
	fmt.Fprintf(b, ",\nentries: []presetEntry{\n%s}}", entries.Bytes())
}

// writeChunked writes s as a sum of quoted strings of about 2000 bytes,
// cut after a line's end where one is near, never inside a rune.
func writeChunked(b *bytes.Buffer, s string) {
	if s == "" {
		b.WriteString(`""`)
	}
	for first := true; s != ""; first = false {
		n := min(len(s), 2000)
		if i := strings.IndexByte(s[n:], '\n'); i >= 0 && i < 200 {
			n += i + 1
		}
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		if !first {
			b.WriteString(" +\n")
		}
		b.WriteString(strconv.Quote(s[:n]))
		s = s[n:]
	}
}

// fileSize returns the length of the embedded list file.
func fileSize(file string) (int, error) {
	data, err := lexiconFiles.ReadFile("lexicon/" + file)
	return len(data), err
}
