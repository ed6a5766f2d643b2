package wirestory

import "testing"

// TestMonthShapedAgrees checks that words, which reads the next word once
// and asks monthShaped of it, sends date the words spaceAndDigitAfterWord
// would: a month's shape before a day, and nothing else.
func TestMonthShapedAgrees(t *testing.T) {
	for _, s := range []string{
		"Oct 5", "Oct. 5", "Sept.  13", "March\t5", "September 30", "Septembers 3",
		"Oct.5", "Oct, 5", "Jan.. 2", "N.Y. 5", "O'Neil 3", "Août 5", "AbcdefghijK 5",
		"Oct", "Oct ", "Oct x", "Mayo 2026", "Port-au-Prince 2", "LOS 4",
	} {
		e, _, ok := placeWord(s, 0, len(s))
		got := ok && monthShaped(s, 0, e) && spaceAndDigitAt(s, e, len(s))
		if want := spaceAndDigitAfterWord(s, 0, len(s)); got != want {
			t.Errorf("%q: monthShaped path %v, spaceAndDigitAfterWord %v", s, got, want)
		}
	}
}

// TestTrialParseRefusesEarly checks that findFrame's trial parses, which
// stop at a city in mixed case of three words, still read datelines in
// mixed case of two and the regions after a city.
func TestTrialParseRefusesEarly(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"Rio de Janeiro, Feb 26 - Police said on Monday.", "Rio de Janeiro"},
		{"La paz, Feb 26 - Police said on Monday.", "La paz"},
		{"NEWPORT NEWS, Va. (AP) - Police said on Monday.", "NEWPORT NEWS, Va."},
		{"Robby Gordon plans to join the race, Feb 26 - on Sunday.", ""},
	} {
		a := Parse(tc.text)
		if got := a.Dateline.Place.Text; got != tc.place {
			t.Errorf("%q: place %q, want %q", tc.text, got, tc.place)
		}
	}
}

// TestDatelineListsFollowLexicon checks the reader's lists, found once
// in a lexicon: a reader moved to another lexicon asks that one's, and
// clear keeps the lists of none but the default lexicon.
func TestDatelineListsFollowLexicon(t *testing.T) {
	def := DefaultLexicon()
	ext := def.With(Places, "Zzyzx | Soda Springs").With(Agencies, "Zzyzx Wire")
	var r dlReader
	for _, tt := range []struct {
		lex        *Lexicon
		place, agn bool
	}{{def, false, false}, {ext, true, true}, {def, false, false}, {nil, false, false}, {ext, true, true}} {
		r.reset("", 0, tt.lex)
		if _, got := r.lookup(dlPlaces, "ZZYZX"); got != tt.place {
			t.Errorf("lookup(Places, ZZYZX) = %v, want %v", got, tt.place)
		}
		if got := r.contains(dlAgencies, "Zzyzx  Wire"); got != tt.agn {
			t.Errorf("contains(Agencies, Zzyzx Wire) = %v, want %v", got, tt.agn)
		}
		if got, want := r.contains(dlMonths, "Sept."), def.Contains(months, "Sept."); got != want {
			t.Errorf("contains(months, Sept.) = %v, want %v", got, want)
		}
		if tt.lex == def {
			r.clear() // keeps the default's lists for the next story
		}
	}
	r.clear()
	if r.lists.lex != nil {
		t.Error("clear kept a caller's lexicon")
	}
}
