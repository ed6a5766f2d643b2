package wirestory

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// plainJSON is the reference the hand-written encoder is checked
// against: encoding/json run over a copy of v made of struct types
// without methods, with the same fields and tags, embedded fields
// flattened as encoding/json flattens them, nil lists made empty, and
// optional parts (struct fields with an IsZero method) made pointers, nil
// where the part is zero.
func plainJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(plainValue(reflect.ValueOf(v)).Interface())
	if err != nil {
		t.Fatalf("json.Marshal of the plain copy: %v", err)
	}
	return b
}

func plainValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		t := plainType(v.Type())
		if v.IsNil() {
			return reflect.Zero(t)
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(plainValue(v.Elem()))
		return p
	case reflect.Slice:
		s := reflect.MakeSlice(plainType(v.Type()), v.Len(), v.Len())
		for i := range v.Len() {
			s.Index(i).Set(plainValue(v.Index(i)))
		}
		return s
	case reflect.Struct:
		s := reflect.New(plainType(v.Type())).Elem()
		for i, path := range flatFields(v.Type()) {
			f := v.FieldByIndex(path)
			if !optional(f.Type()) {
				s.Field(i).Set(plainValue(f))
			} else if !f.Interface().(interface{ IsZero() bool }).IsZero() {
				p := reflect.New(plainType(f.Type()))
				p.Elem().Set(plainValue(f))
				s.Field(i).Set(p)
			}
		}
		return s
	}
	return v
}

// optional reports whether a field of type t is a part that may be
// absent: a struct whose zero value means so.
func optional(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Implements(reflect.TypeFor[interface{ IsZero() bool }]())
}

func plainType(t reflect.Type) reflect.Type {
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.PointerTo(plainType(t.Elem()))
	case reflect.Slice:
		return reflect.SliceOf(plainType(t.Elem()))
	case reflect.Struct:
		var fields []reflect.StructField
		for _, path := range flatFields(t) {
			f := t.FieldByIndex(path)
			ft := plainType(f.Type)
			if optional(f.Type) {
				ft = reflect.PointerTo(ft)
			}
			fields = append(fields, reflect.StructField{Name: f.Name, Type: ft, Tag: f.Tag})
		}
		return reflect.StructOf(fields)
	}
	return t // strings, numbers, and QuoteKind with its MarshalText
}

// flatFields lists the index paths of t's fields, those of embedded
// structs in their place.
func flatFields(t reflect.Type) [][]int {
	var out [][]int
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			for _, p := range flatFields(f.Type) {
				out = append(out, append([]int{i}, p...))
			}
			continue
		}
		out = append(out, []int{i})
	}
	return out
}

// awkwardStrings are strings encoding/json escapes: HTML characters,
// control characters, line separators, invalid UTF-8.
var awkwardStrings = []string{
	"", "plain", `"quoted" \ back`, "<b>&amp;</b>", "tab\tnew\nline\rcr\b\f\x00\x1f\x7f",
	"\u2028\u2029", "\xff\xfe", "\xe2\x80", "caf\u00e9 \u201cmarks\u201d \U0001F600",
}

// awkwardArticle fills every field of an Article, with s in every string.
func awkwardArticle(s string) Article {
	sp := Span{Start: 1, End: 2, Text: s}
	m := Mention{Span: sp, Name: s}
	return Article{
		Headline: sp,
		Dateline: Dateline{Span: sp, Place: Place{Span: sp, City: s, Region: s, Country: s},
			Date: Date{Span: sp, Year: 2026, Month: 11, Day: 27}, Agency: Agency{Span: sp, Name: s}, Separator: s},
		Byline:     Byline{Span: sp, Names: []string{s, s}, Agency: s},
		Credit:     Credit{Span: sp, Agencies: []string{s}, Contributors: []Contributor{{Role: s, Name: s}, {Role: s, Name: s, Email: s}}},
		Paragraphs: []Span{sp, sp},
		Quotes:     []Quote{{Span: sp, Kind: Direct, Speaker: m, Cue: sp}, {Span: sp}},
		Attributions: []Attribution{
			{Kind: Stance, Source: m, Cue: sp, Content: sp, Via: []Link{{Cue: sp, Source: m}}, Addressee: m},
			{Kind: Evidential, Cue: sp},
		},
	}
}

func TestMarshalJSON(t *testing.T) {
	articles := map[string]Article{"zero": {}, "bare byline and credit": {Byline: Byline{Span: Span{Start: 0, End: 2, Text: "By"}}, Credit: Credit{Span: Span{Start: 3, End: 7, Text: "IANS"}}}}
	for _, s := range awkwardStrings {
		articles["awkward "+s] = awkwardArticle(s)
	}
	names, texts := readStories(t)
	for _, name := range names {
		articles[name] = Parse(texts[name])
	}
	for _, h := range hostileInputs {
		articles[h.name] = Parse(h.make(4000))
	}
	for name, a := range articles {
		got, err := a.MarshalJSON()
		if err != nil {
			t.Fatalf("%s: MarshalJSON: %v", name, err)
		}
		if want := plainJSON(t, a); !bytes.Equal(got, want) {
			t.Errorf("%s: MarshalJSON differs from encoding/json:\n got %s\nwant %s", name, got, want)
		}
		// Through encoding/json, and for the parts that have their own method.
		viaJSON, err := json.Marshal(a)
		if err != nil || !bytes.Equal(viaJSON, got) {
			t.Errorf("%s: json.Marshal = %s, %v; want %s", name, viaJSON, err, got)
		}
		for _, at := range a.Attributions {
			checkPartJSON(t, name, at)
		}
		if !a.Byline.IsZero() {
			checkPartJSON(t, name, a.Byline)
		}
		if !a.Credit.IsZero() {
			checkPartJSON(t, name, a.Credit)
		}
	}
}

func checkPartJSON(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.Marshal(v)
	if want := plainJSON(t, v); err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s: json.Marshal(%T) = %s, %v; want %s", name, v, got, err, want)
	}
}

func FuzzMarshalJSON(f *testing.F) {
	for _, s := range awkwardStrings {
		f.Add(s)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range []Article{awkwardArticle(s), Parse(s)} {
			got, _ := a.MarshalJSON()
			if want := plainJSON(t, a); !bytes.Equal(got, want) {
				t.Fatalf("MarshalJSON(%q) differs from encoding/json:\n got %s\nwant %s", s, got, want)
			}
		}
	})
}

func BenchmarkMarshalJSON(b *testing.B) {
	a := Parse(storyText(b, 0))
	out, _ := a.MarshalJSON()
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		a.MarshalJSON()
	}
}

// A JSON round trip gives back the Article: what consumers who store
// output and compare it with cmp.Equal rely on.
func TestJSONRoundTrip(t *testing.T) {
	names, texts := readStories(t)
	for _, name := range names {
		a := Parse(texts[name])
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var back Article
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: Unmarshal: %v", name, err)
		}
		if diff := cmp.Diff(a, back); diff != "" {
			t.Errorf("%s: JSON round trip mismatch (-parsed +decoded):\n%s", name, diff)
		}
	}
	var zero Article
	if err := json.Unmarshal([]byte(`{"dateline":null,"paragraphs":[],"quotes":[],"attributions":[]}`), &zero); err != nil || !reflect.DeepEqual(zero, Article{}) {
		t.Errorf("Unmarshal of an empty Article = %+v, %v; want the zero Article", zero, err)
	}
	if err := json.Unmarshal([]byte(`{"quotes":[{"kind":"shouted"}]}`), &zero); err == nil {
		t.Error("Unmarshal of an unknown quote kind: no error")
	}
}
