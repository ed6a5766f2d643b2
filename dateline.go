package wirestory

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A Dateline is the opening line of a wire story that says where and when
// it was filed and by which agency. "TEHRAN, Jan 20 (Reuters) -" is
//
//	Dateline{Span: "TEHRAN, Jan 20 (Reuters) -",
//		Place:  Place{Span: "TEHRAN", City: "Tehran"},
//		Date:   Date{Span: "Jan 20", Month: time.January, Day: 20},
//		Agency: Agency{Span: "Reuters", Name: "Reuters"},
//		Separator: "-"}
//
// The Span runs from the first character of the dateline through its
// separator. A part not given is zero: a feed prefix with no place ("AP -
// ") has the zero Place.
type Dateline struct {
	Span
	Place     Place  `json:"place"`     // zero if no place is given
	Date      Date   `json:"date"`      // zero if no date is given
	Agency    Agency `json:"agency"`    // zero if no agency is given
	Separator string `json:"separator"` // "-", "--", "—", ":", "_", or "" when the body follows directly
}

// dlFields are a Dateline's parts while the grammar reads it: a part not
// read yet is nil. value gives the Dateline they make.
type dlFields struct {
	Span
	Place     *Place
	Date      *Date
	Agency    *Agency
	Separator string
}

// value returns the Dateline of f, its absent parts zero.
func (f *dlFields) value() Dateline {
	dl := Dateline{Span: f.Span, Separator: f.Separator}
	if f.Place != nil {
		dl.Place = *f.Place
	}
	if f.Date != nil {
		dl.Date = *f.Date
	}
	if f.Agency != nil {
		dl.Agency = *f.Agency
	}
	return dl
}

// A Place is where a story was filed, as written ("RICHMOND, Va.") and
// normalised (City "Richmond", Region "Virginia").
type Place struct {
	Span
	City    string `json:"city"`    // normalised city name, e.g. "Richmond"; empty for a country alone ("BAHRAIN -")
	Region  string `json:"region"`  // state or province, e.g. "Virginia"; may be empty
	Country string `json:"country"` // e.g. "Kenya"; may be empty
}

// A Date is the date of a dateline. Fields not given are 0.
type Date struct {
	Span
	Year  int        `json:"year"`  // 0 if neither given nor inferred from Parser.Reference
	Month time.Month `json:"month"` // 1–12
	Day   int        `json:"day"`   // 0 if not given
}

// An Agency is a news agency named in a dateline, with its canonical short
// name from the [Agencies] lexicon ("AP" for "Associated Press").
type Agency struct {
	Span
	Name string `json:"name"` // canonical short name: "AP", "Reuters", "Xinhua"
}

// Bounds that keep the dateline scan linear and local: a dateline sits in
// the first few hundred bytes of a story and is short.
const (
	headLimit     = 640 // bytes of the story searched for a dateline
	datelineLimit = 160 // the longest dateline, in bytes
	maxPlaceWords = 6   // words in the city part of a place
	maxSegments   = 4   // comma-separated parts of a place
	maxAgencyLen  = 48  // bytes between the parentheses of an agency
	maxHeadLines  = 10  // lines of the head that may open with the dateline
)

// A wordCase classifies the letters of a place name.
type wordCase uint8

const (
	caseUpper wordCase = iota + 1 // "NEW YORK"
	caseTitle                     // "New York", "Rio de Janeiro"
	caseLower                     // "new york"
	caseMixed                     // "La paz": capitals and lower-case words
)

// A dlParse is one dateline read by the grammar, with what the acceptance
// rules of findFrame need to know about it.
type dlParse struct {
	dl       dlFields
	end      int      // offset after the dateline, separator included
	city     wordCase // case of the city part, 0 without a place
	cityEnd  int      // end of the city part
	words    int      // words in the city part
	known    bool     // the agency is in the lexicon
	feed     bool     // a feed prefix ("AP - ") or a bare "(Agency) -"
	eol      bool     // nothing but white space follows on the line
	gazetted bool     // the city is in the Places lexicon
	oddPart  bool     // a part after the city is in no lexicon
	rawCity  bool     // dl.Place.City is as written: named by cityName only once the dateline is kept
	hijri    bool     // a Hijri date follows the place: dated, though Date holds only a Gregorian one
}

// A dlError says where and why the grammar stopped.
type dlError struct {
	at  int
	msg string
}

// dlReader reads datelines in text[:lim] with the words of lex.
type dlReader struct {
	text string
	lim  int
	lex  *Lexicon

	// The values of trial parses are cut from these rather than allocated
	// one by one; findFrame copies the dateline it keeps into the store.
	places      [8]Place
	dates       [4]Date
	agencies    [4]Agency
	errs        [8]dlError
	bylines     [4]bylineSlot
	nByline     int
	byAgency    bool // a byline that names an agency comes before the dateline being read
	belowHeader bool // lines come before the dateline being read: a header or a headline
	// trial is set while findFrame tries datelines that acceptLead judges:
	// a city part in mixed case of more than two words, which it refuses,
	// ends the parse there rather than after the last word of the line.
	// capsOnly is set while glued tries them: a city part not in
	// capitals, which glued refuses, ends the parse.
	trial, capsOnly bool
	nPlace          int
	nDate           int
	nAgency         int
	nErr            int
	// most is the most slots taken at once before the last release of
	// a mark: the slots past both it and those taken now are zero.
	most slotMark

	lists dlLists // the lists of lex it asks
}

// reset readies r, reused from story to story, to read text[:lim]. The
// slots keep what the last story put in them: each is written in full
// when it is taken, and clearing them all cost more than a short story's
// dateline.
func (r *dlReader) reset(text string, lim int, lex *Lexicon) {
	r.text, r.lim, r.lex = text, lim, lex
	r.nByline, r.nPlace, r.nDate, r.nAgency, r.nErr, r.most = 0, 0, 0, 0, 0, slotMark{}
	r.byAgency, r.belowHeader, r.trial, r.capsOnly = false, false, false, false
}

// fail returns a dlError for a parse that stopped at at. The slots are
// used in turn: a caller reads an error before the next trial parse, so
// a long head tried word by word needs no more of them.
func (r *dlReader) fail(at int, msg string) *dlError {
	e := &r.errs[r.nErr%len(r.errs)]
	r.nErr++
	*e = dlError{at, msg}
	return e
}

func (r *dlReader) bylineSlot() *bylineSlot {
	if r.nByline < len(r.bylines) {
		r.nByline++
		return &r.bylines[r.nByline-1]
	}
	return new(bylineSlot)
}

func (r *dlReader) newPlace() *Place {
	if r.nPlace < len(r.places) {
		pl := &r.places[r.nPlace]
		r.nPlace++
		*pl = Place{} // a slot given back by a trial parse holds its place
		return pl
	}
	return &Place{}
}

func (r *dlReader) keepDate(dt Date) *Date {
	if r.nDate < len(r.dates) {
		p := &r.dates[r.nDate]
		r.nDate++
		*p = dt
		return p
	}
	p := new(Date) // not &dt, which would move dt to the heap on every call
	*p = dt
	return p
}

func (r *dlReader) keepAgency(a Agency) *Agency {
	if r.nAgency < len(r.agencies) {
		p := &r.agencies[r.nAgency]
		r.nAgency++
		*p = a
		return p
	}
	p := new(Agency)
	*p = a
	return p
}

// slotMark is how many of a dlReader's slots are taken.
type slotMark struct{ places, dates, agencies int }

// mark reports how many slots are taken; release gives back those taken
// since, by a trial parse whose result is dropped, so that a long head
// tried word by word does not run out of them.
func (r *dlReader) mark() slotMark { return slotMark{r.nPlace, r.nDate, r.nAgency} }

func (r *dlReader) release(m slotMark) {
	r.most = r.mostTaken()
	r.nPlace, r.nDate, r.nAgency = m.places, m.dates, m.agencies
}

// mostTaken is the most slots taken at once in the story so far.
func (r *dlReader) mostTaken() slotMark {
	return slotMark{max(r.most.places, r.nPlace), max(r.most.dates, r.nDate), max(r.most.agencies, r.nAgency)}
}

// clear drops all r holds of the story, for a reader kept from story to
// story: the slots it took and its text. Only the slots taken are zeroed,
// where zeroing the whole reader cost a short story's dateline again.
func (r *dlReader) clear() {
	// A slot at a time: a story takes one or two of each, and clear()
	// costs a call to the runtime each.
	m := r.mostTaken()
	for i := range m.places {
		r.places[i] = Place{}
	}
	for i := range m.dates {
		r.dates[i] = Date{}
	}
	for i := range m.agencies {
		r.agencies[i] = Agency{}
	}
	for i := range min(r.nByline, len(r.bylines)) {
		r.bylines[i] = bylineSlot{}
	}
	r.text, r.lex, r.most = "", nil, slotMark{} // errs hold no text: their messages are constants
	if r.lists.lex != DefaultLexicon() {
		r.lists = dlLists{} // a caller's lexicon is not kept alive by the pool
	}
}

// parse reads a dateline starting at i. It returns the dateline and, when
// there is none, where and why it failed.
func (r *dlReader) parse(i int) (dlParse, *dlError) {
	s := r.text
	lim := min(r.lim, i+datelineLimit, len(s))
	var p dlParse
	start := i
	i = skipDatelineJunk(s, i, lim)
	if i >= lim {
		return p, r.fail(i, "empty dateline")
	}

	// (Undated), as the New York Times files stories with no place.
	if n := prefixFoldLen(s[i:lim], "(undated)"); n > 0 {
		j := i + n
		if k := skipHSpace(s, j, lim); k < lim && s[k] == ',' {
			// "(UNDATED), Feb 13 , 1998 (NYT)"
			if dt, e, ok := r.date(skipHSpace(s, k+1, lim), lim); ok {
				p.dl.Date = r.keepDate(dt)
				j = r.agency(&p, e, lim)
			}
		}
		return r.finish(p, start, j, true)
	}

	// A date first: "OCTOBER 18, 2004 (COMPUTERWORLD) -", "APRIL 7 -".
	if dt, j, ok := r.date(i, lim); ok {
		p.dl.Date = r.keepDate(dt)
		j = r.agency(&p, j, lim)
		return r.finish(p, start, j, false)
	}

	// An agency alone: "(Reuters) -", "AP - ", "Canadian Press - ".
	if s[i] == '(' {
		j := r.agency(&p, i, lim)
		if p.dl.Agency == nil {
			return p, r.fail(i, "malformed agency")
		}
		p.feed = true
		return r.finish(p, start, j, false)
	}
	if j, ok := r.feedPrefix(&p, i, lim); ok {
		p.feed = true
		return r.finish(p, start, j, false)
	}

	if j, ok := r.agencyFirst(&p, i, lim); ok {
		return r.finish(p, start, j, false)
	}

	// A place, then a date, an agency and the separator.
	j, err := r.place(&p, i, lim)
	if err != nil {
		return p, err
	}
	j = r.agency(&p, j, lim)
	return r.finish(p, start, j, false)
}

// finish reads the separator at i and completes p, whose dateline began
// at start.
func (r *dlReader) finish(p dlParse, start, i int, undated bool) (dlParse, *dlError) {
	s := r.text
	lim := min(r.lim, len(s))
	j := skipHSpace(s, i, lim)
	sep, k := separatorAt(s, j, lim)
	if sep != "" && j > i && k < lim && isASCIILetter(s[k]) && p.dl.Date == nil && p.dl.Agency == nil {
		sep = "" // "LONDON -Nathan Astle": a hyphen, not a separator
	}
	if sep == "" && j < lim && s[j] == ',' && p.dl.Place != nil && p.dl.Date == nil && p.dl.Agency == nil &&
		p.city == caseUpper && skipHSpace(s, j+1, lim) > j+1 && r.bodyAfterComma(skipHSpace(s, j+1, lim), lim) {
		sep, k = ",", j+1 // "NABLUS, A man was injured …": WAFA puts only a comma
	}
	if sep != "" {
		i = k
	} else {
		i = trimRightHSpace(s, start, i)
	}
	p.dl.Separator = sep
	p.end = i
	p.dl.Span = spanOf(s, start, i)
	p.eol = restOfLineBlank(s, p.end)
	if sep == "" && !undated {
		if p.dl.Agency == nil && p.dl.Date == nil && !(p.eol && r.belowHeader && p.dl.Place != nil && p.city == caseUpper && p.words <= 3) {
			return p, r.fail(j, "missing separator")
		}
		if !p.eol && !p.known {
			return p, r.fail(j, "missing separator")
		}
	}
	return p, nil
}

// place reads the place and any date after it: "RICHMOND, Va., March 5",
// "Islamabad [Pakistan], January 20", "MOSCOW. Oct 5".
func (r *dlReader) place(p *dlParse, i, lim int) (int, *dlError) {
	s := r.text
	pl := r.newPlace()
	start := i
	end, words, wc, err := r.words(i, lim, maxPlaceWords, true)
	if err != nil {
		return i, err
	}
	p.city, p.words, p.cityEnd = wc, words, end
	cityText := s[start:end]
	if w := cityText[strings.LastIndexByte(cityText, ' ')+1:]; len(w) > 4 && strings.IndexByte(w, '.') == len(w)-1 {
		cityText = cityText[:len(cityText)-1] // "MOSCOW. Oct 5": a full stop, not an abbreviation
	}
	if canon, ok := r.lookup(dlPlaces, cityText); ok {
		pl.City, p.gazetted = canon, true
	} else if canon, ok := r.lookup(dlCountries, cityText); ok {
		pl.Country = canon // "BAHRAIN -": a country, no city
	} else {
		pl.City, p.rawCity = cityText, true // cityName(cityText), if kept
	}
	i = end
	for seg := 1; seg < maxSegments; seg++ {
		j := skipHSpace(s, i, lim)
		if j >= lim {
			break
		}
		switch c := s[j]; {
		case c == ',':
			k := skipHSpace(s, j+1, lim)
			if dt, e, ok := r.date(k, lim); ok {
				p.dl.Date = r.keepDate(dt)
				pl.Span = spanOf(s, start, end)
				p.dl.Place = pl
				return e, nil
			}
			if e, ok := r.hijriDate(k, lim); ok {
				// "Riyadh, Rajab 3, 1447, Jan 2, 2026", "Jeddah, Ramadan 22, 1447".
				p.hijri = true
				if m := skipHSpace(s, e, lim); m < lim && s[m] == ',' {
					if dt, de, ok := r.date(skipHSpace(s, m+1, lim), lim); ok {
						p.dl.Date = r.keepDate(dt)
						e = de
					}
				}
				pl.Span = spanOf(s, start, end)
				p.dl.Place = pl
				return e, nil
			}
			if _, _, ok := r.agencyBeforeSep(k, lim); ok {
				seg = maxSegments // "Riyadh, SPA --": the agency, read next
				continue
			}
			if k < lim && s[k] == '(' {
				i = j + 1 // "WASHINGTON, (Reuters) -"
				seg = maxSegments
				continue
			}
			e, _, _, err := r.words(k, lim, maxPlaceWords, false)
			if err != nil || p.city == caseUpper && r.bodyAfterComma(k, lim) && r.sentenceLike(k, e) {
				// "KHAN YOUNIS, A child was killed on Tuesday, …": the body.
				pl.Span = spanOf(s, start, end)
				p.dl.Place = pl
				return end, nil
			}
			r.region(p, pl, s[k:e])
			end, i = e, e
		case c == '(' && r.stateInParens(j, lim):
			// "Ludhiana (Punjab) [India], May 3 (ANI):": ANI's state
			// before the country.
			k := strings.IndexByte(s[j:lim], ')')
			r.region(p, pl, strings.TrimSpace(s[j+1:j+k]))
			end, i = j+k+1, j+k+1
		case c == '[':
			k := strings.IndexByte(s[j:lim], ']')
			if k < 0 {
				return j, r.fail(j, "unclosed bracket")
			}
			r.region(p, pl, strings.TrimSpace(s[j+1:j+k]))
			end, i = j+k+1, j+k+1
		case j > end:
			// "MOSCOW. Oct 5 (Interfax)", "LOS ANGELES Sept. 13, 2004 -".
			if dt, e, ok := r.date(j, lim); ok {
				p.dl.Date = r.keepDate(dt)
				pl.Span = spanOf(s, start, end)
				p.dl.Place = pl
				return e, nil
			}
			seg = maxSegments
		default:
			seg = maxSegments
		}
	}
	pl.Span = spanOf(s, start, end)
	p.dl.Place = pl
	return i, nil
}

// stateInParens reports whether the parentheses at j hold a part of the
// place rather than the agency: words of letters that name no agency,
// followed by a bracket or a comma, "(Punjab) [India]".
func (r *dlReader) stateInParens(j, lim int) bool {
	s := r.text
	k := strings.IndexByte(s[j:min(lim, j+maxAgencyLen)], ')')
	if k < 2 {
		return false
	}
	inner := strings.TrimSpace(s[j+1 : j+k])
	for _, c := range inner {
		if !unicode.IsLetter(c) && c != ' ' && c != '-' && c != '.' {
			return false
		}
	}
	after := skipHSpace(s, j+k+1, lim)
	return inner != "" && after < lim && (s[after] == '[' || s[after] == ',') && !r.contains(dlAgencies, inner)
}

// region files one part of a place after the city as a region or a
// country. A part in neither list is a region ("Zaire-Zambia border").
func (r *dlReader) region(p *dlParse, pl *Place, part string) {
	if c, ok := r.lookup(dlCountries, part); ok {
		if pl.Country == "" {
			pl.Country = c
			return
		}
	}
	if c, ok := r.lookup(dlRegions, part); ok {
		if pl.Region == "" {
			pl.Region = c
		}
		return
	}
	p.oddPart = true
	if pl.Region == "" {
		pl.Region = part
	} else if pl.Country == "" {
		pl.Country = part
	}
}

// words reads up to max place words separated by spaces from i. The run
// ends before a comma, a bracket, a parenthesis, a separator or the end of
// the line. It reports the case of the run. A city part (city) that a
// trial parse would refuse fails as soon as its case shows it.
func (r *dlReader) words(i, lim, max int, city bool) (end, n int, wc wordCase, err *dlError) {
	s := r.text
	end = i
	e, c, ok := placeWord(s, i, lim)
	for n < max+1 && ok {
		if n == max {
			return i, n, 0, r.fail(i, "place too long")
		}
		n++
		switch {
		case n == 1:
			wc = c
		case c == caseLower && (wc == caseUpper || wc == caseTitle) && r.contains(dlParticles, s[i:e]):
			// "DAR es SALAAM", "Rio de Janeiro". Only a run in capitals
			// or title case has a case a particle could spoil.
		case wc == caseUpper && c != caseUpper:
			wc = caseTitle
		case wc == caseTitle && c == caseLower:
			wc = caseMixed // "La paz", "In an email dated"
		case wc == caseLower && c != caseLower:
			wc = caseMixed
		}
		if city && (r.trial && wc == caseMixed && n > 2 || r.capsOnly && wc != caseUpper) {
			return i, n, 0, r.fail(i, "place refused")
		}
		end = e
		j := skipHSpace(s, e, lim)
		if j == e || j >= lim {
			break
		}
		// The next word, read once: if it has a month's shape, a word
		// and a day ("MOSCOW. Oct 5"), the place ends before it where
		// date reads one. (A digit ends the place anyway.)
		e, c, ok = placeWord(s, j, lim)
		if ok && monthShaped(s, j, e) && spaceAndDigitAt(s, e, lim) {
			if _, _, isDate := r.date(j, lim); isDate {
				break
			}
		}
		i = j
	}
	if n == 0 {
		return i, 0, 0, r.fail(i, "missing place")
	}
	return end, n, wc, nil
}

// placeWord reads one word of a place name at i: letters, with
// apostrophes, hyphens, slashes and full stops inside or a full stop at
// the end ("N.Y.", "XI'AN", "BRUSSELS/SAO", "PORT-AU-PRINCE").
func placeWord(s string, i, lim int) (end int, wc wordCase, ok bool) {
	// s cut at lim: then the compiler knows every index below lim is in
	// s, and checks none in the loops.
	s = s[:lim]
	lower, letters := 0, 0 // the case asks only whether lower > 0
	first := true
	j := i
	for uint(j) < uint(lim) { // unsigned: j is no negative index either
		if b := s[j]; b < utf8.RuneSelf {
			if !first && (b|0x20)-'a' < 26 {
				// The rest of a run of ASCII letters, most of a word: one
				// compare a byte, and whether any was in lower case.
				seen := b
				for j++; j < lim && (s[j]|0x20)-'a' < 26; j++ {
					seen |= s[j]
				}
				if seen&0x20 != 0 {
					lower++
				}
				continue
			}
			// ASCII, most of what wires write: the cases below without
			// decoding a rune or asking the Unicode tables.
			switch {
			case 'a' <= b && b <= 'z':
				lower++
				if first {
					wc = caseLower
				}
			case 'A' <= b && b <= 'Z':
			case isDigit(b):
				return i, 0, false
			case b == '.' && letters > 0:
				j++
				continue
			case (b == '\'' || b == '-' || b == '/' || b == '&') && letters > 0:
				n, nw := utf8.DecodeRuneInString(s[j+1 : lim])
				if j+1 >= lim || !unicode.IsLetter(n) || nw == 0 {
					goto done
				}
				j++
				continue
			default:
				goto done
			}
			letters++
			first = false
			j++
			continue
		}
		c, w := utf8.DecodeRuneInString(s[j:lim])
		switch {
		case c == utf8.RuneError:
			goto done
		case unicode.IsLetter(c):
			if unicode.IsLower(c) {
				lower++
				if first {
					wc = caseLower
				}
			}
			letters++
			first = false
			j += w
		case unicode.IsDigit(c):
			return i, 0, false
		case c == '.' && letters > 0:
			j += w
		case (c == '\'' || c == '’' || c == '-' || c == '/' || c == '&') && letters > 0:
			// Inside a word only: a letter must follow.
			n, nw := utf8.DecodeRuneInString(s[j+w : lim])
			if j+w >= lim || !unicode.IsLetter(n) || nw == 0 {
				goto done
			}
			j += w
		default:
			goto done
		}
	}
done:
	if letters == 0 {
		return i, 0, false
	}
	if j < lim {
		// A word ends at a space, a comma, a bracket or a separator.
		c, _ := utf8.DecodeRuneInString(s[j:lim])
		if unicode.IsDigit(c) {
			return i, 0, false
		}
	}
	switch {
	case wc == caseLower:
	case lower == 0:
		wc = caseUpper
	default:
		wc = caseTitle
	}
	return j, wc, true
}

// date reads a date at i: "Jan 20", "Aug. 17", "March  5", "20 January",
// "April 1 , 1997", "OCTOBER 18, 2004". It needs a day.
func (r *dlReader) date(i, lim int) (Date, int, bool) {
	s := r.text
	var d Date
	if i >= lim {
		return d, i, false
	}
	start := i
	if isDigit(s[i]) {
		day, j := readDay(s, i, lim)
		if day == 0 {
			return d, i, false
		}
		k := skipHSpace(s, j, lim)
		m, e := r.month(k, lim)
		if m == 0 || k == j {
			return d, i, false
		}
		d.Month, d.Day, i = m, max(day, 0), e
	} else {
		if !spaceAndDigitAfterWord(s, i, lim) {
			return d, i, false // no day can follow: the month list is not asked
		}
		m, e := r.month(i, lim)
		if m == 0 {
			return d, i, false
		}
		k := skipHSpace(s, e, lim)
		day, j := readDay(s, k, lim)
		if day == 0 || k == e {
			return d, i, false
		}
		d.Month, d.Day, i = m, max(day, 0), j
	}
	// A year: "April 1, 1997", "Nov. 2 , 2005", "20 January 2024".
	j := skipHSpace(s, i, lim)
	if j < lim && s[j] == ',' {
		j = skipHSpace(s, j+1, lim)
	}
	if y, e := readYear(s, j, lim); y > 0 {
		d.Year, i = y, e
	}
	d.Span = spanOf(s, start, i)
	return d, i, true
}

// monthShaped reports whether s[i:e], a word placeWord read, has the
// shape spaceAndDigitAfterWord asks of a month: one to ten ASCII letters
// and perhaps a full stop ("Oct", "Sept.", "March").
func monthShaped(s string, i, e int) bool {
	if e > i && s[e-1] == '.' {
		e--
	}
	if e == i || e-i > 10 {
		return false
	}
	for k := i; k < e; k++ {
		if !isASCIILetter(s[k]) {
			return false
		}
	}
	return true
}

// spaceAndDigitAfterWord reports whether the word of up to ten ASCII
// letters at i, which may end in a full stop, is followed by white space
// and a digit: the shape of a month and its day ("Jan. 2", "March 5"),
// which date needs before it asks the lexicon whether the word is a month.
func spaceAndDigitAfterWord(s string, i, lim int) bool {
	j, wordLim := i, min(lim, i+10) // one bound to test
	for j < wordLim && isASCIILetter(s[j]) {
		j++
	}
	if j == i {
		return false
	}
	if j < lim && s[j] == '.' {
		j++
	}
	return spaceAndDigitAt(s, j, lim)
}

// spaceAndDigitAt reports whether white space and a digit follow at i.
func spaceAndDigitAt(s string, i, lim int) bool {
	k := skipHSpace(s, i, lim)
	return k > i && k < lim && isDigit(s[k])
}

// month reads a month name at i and returns it, or 0.
func (r *dlReader) month(i, lim int) (time.Month, int) {
	s := r.text
	j := i
	for j < lim && j-i < 10 && isASCIILetter(s[j]) {
		j++
	}
	if j == i {
		return 0, i
	}
	if j < lim && s[j] == '.' {
		if m := r.monthOf(s[i : j+1]); m != 0 {
			return m, j + 1
		}
	}
	if j < lim && !isBoundary(s[j]) {
		return 0, i
	}
	return r.monthOf(s[i:j]), j
}

func (r *dlReader) monthOf(w string) time.Month {
	canon, ok := r.lookup(dlMonths, w)
	if !ok {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if m.String() == canon {
			return m
		}
	}
	return 0
}

// readDay reads a day of the month, 1 to 31, with an optional ordinal
// suffix ("1st", "22nd").
func readDay(s string, i, lim int) (int, int) {
	j, n := i, 0
	for j < lim && isDigit(s[j]) && j-i < 3 {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j-i == 3 && j < lim && s[j] == ' ' {
		return -1, j // a mistyped day, "March 187": the month stands alone
	}
	if j == i || j-i > 2 || n < 1 || n > 31 {
		return 0, i
	}
	if j+1 < lim && (prefixFoldLen(s[j:j+2], "st") > 0 || prefixFoldLen(s[j:j+2], "nd") > 0 ||
		prefixFoldLen(s[j:j+2], "rd") > 0 || prefixFoldLen(s[j:j+2], "th") > 0) {
		if j+2 == lim || !isASCIILetter(s[j+2]) {
			j += 2
		}
	}
	if j < lim && (isDigit(s[j]) || isASCIILetter(s[j])) {
		return 0, i
	}
	return n, j
}

// readYear reads a four-digit year from 1900 to 2099.
func readYear(s string, i, lim int) (int, int) {
	if i+4 > lim {
		return 0, i
	}
	n := 0
	for k := i; k < i+4; k++ {
		if !isDigit(s[k]) {
			return 0, i
		}
		n = n*10 + int(s[k]-'0')
	}
	if n < 1900 || n > 2099 || (i+4 < lim && (isDigit(s[i+4]) || isASCIILetter(s[i+4]))) {
		return 0, i
	}
	return n, i + 4
}

// agency reads the agency at i, if present, into p: "(Reuters)", "(AP )",
// TASS's "/TASS/" and Kyodo's bare "Kyodo" before a separator.
func (r *dlReader) agency(p *dlParse, i, lim int) int {
	s := r.text
	j := skipHSpace(s, i, lim)
	if j < lim && s[j] == '.' { // "MOSCOW, January 20. /TASS/."
		if k := skipHSpace(s, j+1, lim); k < lim && s[k] == '/' {
			j = k
		}
	}
	if j >= lim {
		return i
	}
	closer := byte(')')
	switch c := s[j]; {
	case c == '/':
		closer = '/'
	case c == '(':
	case isASCIILetter(c):
		return r.bareAgency(p, i, j, lim)
	case c == ',':
		return r.bareAgency(p, i, skipHSpace(s, j+1, lim), lim)
	default:
		return i
	}
	end := -1
	for k := j + 1; k < lim && k-j <= maxAgencyLen; k++ {
		c := s[k]
		if c == closer {
			end = k
			break
		}
		if c == '(' || c == '\n' || c == '\r' || c == ':' || c == ';' || isDigit(c) {
			return i
		}
	}
	if end < 0 {
		return i
	}
	a, b := trimSpace(s, j+1, end)
	if a >= b {
		return i
	}
	if c, _ := utf8.DecodeRuneInString(s[a:b]); !unicode.IsLetter(c) {
		return i
	}
	canon, ok := r.lookup(dlAgencies, s[a:b])
	if closer == '/' && !ok {
		return i
	}
	ag := r.keepAgency(Agency{Span: spanOf(s, a, b), Name: canon})
	if !ok {
		ag.Name = s[a:b]
	}
	p.known = ok
	p.dl.Agency = ag
	return end + 1
}

// bareAgency reads a known agency written without parentheses before a
// separator, "TOKYO, Jan. 5 Kyodo -", or after a comma, "Riyadh, Jan 2,
// 2026, SPA --".
func (r *dlReader) bareAgency(p *dlParse, i, j, lim int) int {
	k, canon, ok := r.agencyBeforeSep(j, lim)
	if !ok {
		return i
	}
	p.dl.Agency = r.keepAgency(Agency{Span: spanOf(r.text, j, k), Name: canon})
	p.known = true
	return k
}

// agencyBeforeSep reports whether a known agency's name, of up to three
// words, starts at j and is followed by a separator, and where it ends.
func (r *dlReader) agencyBeforeSep(j, lim int) (end int, canon string, ok bool) {
	s := r.text
	e := j
	for w := 0; w < 3; w++ {
		k := e
		for k < lim && (isASCIILetter(s[k]) || s[k] == '-' || s[k] == '.') {
			k++
		}
		if k == e {
			return j, "", false
		}
		n := skipHSpace(s, k, lim)
		if sep, _ := separatorAt(s, n, lim); sep != "" {
			canon, ok := r.lookup(dlAgencies, s[j:k])
			return k, canon, ok
		}
		if n == k {
			return j, "", false
		}
		e = n
	}
	return j, "", false
}

// feedPrefix reads a feed prefix, an agency name and a dash: "AP - ",
// "Canadian Press - ", "washingtonpost.com - ". The name must be a known
// agency or a web address.
func (r *dlReader) feedPrefix(p *dlParse, i, lim int) (int, bool) {
	s := r.text
	e := min(lim, i+maxAgencyLen)
	// The dash a feed prefix needs: "-", or the lead byte of "—" and "–".
	if near := s[i:min(e+1, lim)]; strings.IndexByte(near, '-') < 0 && strings.IndexByte(near, 0xe2) < 0 {
		return i, false
	}
	for k := i; k < e; k++ {
		c := s[k]
		if c == '\n' || c == '\r' || c == ',' || c == '(' || c == ':' {
			return i, false
		}
		if c != ' ' && c != '\t' {
			continue
		}
		j := skipHSpace(s, k, e)
		sep, _ := separatorAt(s, j, lim)
		if sep == "" || sep == ":" || sep == "_" {
			continue
		}
		name := s[i:k]
		canon, ok := r.lookup(dlAgencies, name)
		if !ok && !isWebName(name) {
			return i, false
		}
		if !ok {
			canon = name
		}
		p.known = ok
		p.dl.Agency = r.keepAgency(Agency{Span: spanOf(s, i, k), Name: canon})
		return k, true
	}
	return i, false
}

// agencyFirst reads a newspaper's agency line, the agency, a comma and
// the place alone on their line between the headline and the body: "Afp,
// Paris", "Reuters, Kabul".
func (r *dlReader) agencyFirst(p *dlParse, i, lim int) (int, bool) {
	s := r.text
	k := strings.IndexByte(s[i:min(lim, i+maxAgencyLen)], ',')
	if k <= 0 || lineEnd(s, i, i+k) < i+k {
		return i, false
	}
	if e := min(lim, i+k+maxPlaceLine); e < lim && lineEnd(s, i+k, e) == e {
		return i, false // the line goes on past a place: no agency line
	}
	canon, ok := r.lookup(dlAgencies, s[i:i+k])
	if !ok {
		return i, false
	}
	m := r.mark()
	e, err := r.place(p, skipHSpace(s, i+k+1, lim), lim)
	if err != nil || p.dl.Agency != nil || !restOfLineBlank(s, e) {
		*p = dlParse{}
		r.release(m)
		return i, false
	}
	p.dl.Agency = r.keepAgency(Agency{Span: spanOf(s, i, i+k), Name: canon})
	p.known = true
	return e, true
}

// maxPlaceLine bounds the bytes of the place that ends an agency line
// ("Afp, Paris"), past which agencyFirst asks no list.
const maxPlaceLine = 80

// isWebName reports whether name is a web site's name, "FT.com".
func isWebName(name string) bool {
	n := strings.ToLower(name)
	for _, tld := range [...]string{".com", ".net", ".org", ".co.uk", ".in"} {
		if strings.HasSuffix(n, tld) && len(n) > len(tld) && !strings.ContainsAny(n, " \t") {
			return true
		}
	}
	return false
}

// separatorAt reads the separator between a dateline and the body at i:
// "-", "--", "—", "–", "_" or ":". It needs a space, the end of the line or
// the body's first letter after it, never a digit.
func separatorAt(s string, i, lim int) (string, int) {
	if i >= lim {
		return "", i
	}
	j := i
	switch c := s[i]; {
	case c == '-':
		for j < lim && s[j] == '-' && j-i < 3 {
			j++
		}
	case c == '_' || c == ':':
		j++
	case c == '.' && i+1 < lim && s[i+1] == '-' && i > 0 && s[i-1] == ')':
		j += 2 // EFE's "(EFE).-"
	case c == '.' && i > 0 && s[i-1] == '/':
		j++ // TASS's "/TASS/."
	case strings.HasPrefix(s[i:lim], "—"), strings.HasPrefix(s[i:lim], "–"):
		j += 3
	default:
		return "", i
	}
	if j < lim {
		c, _ := utf8.DecodeRuneInString(s[j:lim])
		if unicode.IsDigit(c) || c == '-' || c == '>' {
			return "", i
		}
		if s[i] == '_' && c == '_' {
			return "", i
		}

	}
	return s[i:j], j
}

// skipDatelineJunk skips what feeds put before a dateline and the gold
// keeps inside it: "****", "RPT --".
func skipDatelineJunk(s string, i, lim int) int {
	for i < lim && s[i] == '*' {
		i++
	}
	if n := prefixFoldLen(s[i:lim], "rpt "); n > 0 {
		j := skipHSpace(s, i+n-1, lim)
		if sep, k := separatorAt(s, j, lim); sep != "" {
			return skipHSpace(s, k, lim)
		}
	}
	return i
}

// prefixFoldLen returns len(prefix) if s begins with the lower-case ASCII
// prefix, ignoring case, and 0 otherwise.
func prefixFoldLen(s, prefix string) int {
	if hasPrefixFold(s, prefix) {
		return len(prefix)
	}
	return 0
}

// skipHSpace skips spaces, tabs and no-break spaces, not line ends.
func skipHSpace(s string, i, lim int) int {
	for i < lim {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case s[i] == 0xc2 && i+1 < lim && s[i+1] == 0xa0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// trimRightHSpace backs end up over spaces, not before start.
func trimRightHSpace(s string, start, end int) int {
	for end > start && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return end
}

// restOfLineBlank reports whether only white space follows i on its line.
func restOfLineBlank(s string, i int) bool {
	for k := i; k < len(s) && k-i < 200; k++ {
		switch s[k] {
		case ' ', '\t':
		case '\n', '\r':
			return true
		default:
			if n := spaceLen(s[k:]); n > 0 {
				k += n - 1
				continue
			}
			return false
		}
	}
	return true
}

// isBoundary reports whether c may follow a word.
func isBoundary(c byte) bool {
	return !isASCIILetter(c) && !isDigit(c) && c < utf8.RuneSelf
}

// titleCase writes a place name in capitals as a name: "NEW YORK" is
// "New York", "PORT-AU-PRINCE" is "Port-Au-Prince". Names already in mixed
// case are kept, runs of spaces folded.
func titleCase(s string) string {
	hasLower, hasUpper := false, false
	for _, c := range s {
		hasLower = hasLower || unicode.IsLower(c)
		hasUpper = hasUpper || unicode.IsUpper(c)
	}
	var b strings.Builder
	b.Grow(len(s))
	startWord, space := true, false
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\u00a0' {
			space = true
			startWord = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		switch {
		case hasLower && hasUpper:
			b.WriteRune(c)
		case startWord:
			b.WriteRune(unicode.ToUpper(c))
		default:
			b.WriteRune(unicode.ToLower(c))
		}
		startWord = c == '-' || c == '/' || c == '.'
	}
	return b.String()
}

// findFrame finds the dateline and byline at the head of the story and
// sets d.bodyStart past them. The dateline opens one of the first lines,
// follows a byline, or follows a headline a crawl glued in front of it;
// only the first headLimit bytes are read.
func findFrame(d *doc) (Dateline, Byline) {
	s := d.text
	r := &d.sc.dl
	r.reset(s, min(len(s), headLimit, d.bodyEnd), d.lex)
	r.trial = true
	first := skipLead(s, 0, r.lim)
	var (
		p   dlParse
		ok  bool
		by  *Byline
		end int // end of a byline on a line of its own
	)
	// The dateline opens one of the first lines: after a headline, a
	// byline or a copyright line in some feeds.
	for line, ls := 0, first; line < maxHeadLines && ls < r.lim && !ok; line++ {
		i := skipEditorsNote(s, skipLead(s, ls, r.lim), r.lim)
		if i >= r.lim {
			break
		}
		if isByStart(s, i, r.lim) && by == nil {
			// "By JANE DOE Associated Press Writer WASHINGTON (AP) --"
			var nameEnd int
			if p, nameEnd, ok = r.afterBy(d, i); ok {
				by = newByline(s, i, nameEnd, d.lex, r.bylineSlot())
				break
			}
		}
		// A byline glued to a headline needs " By " on the line.
		le := lineEnd(s, i, r.lim)
		byOnLine := containsBy(s[i:le])
		if by == nil && byOnLine {
			// "Transit slowed by floods By JANE ROE, Associated Press
			// Writer SPRINGVALE, Ore. (AP) —": headline, byline and
			// dateline on one line.
			if k := gluedByStart(s, i, r.lim); k > i {
				if q, nameEnd, found := r.afterBy(d, k); found {
					if b := newByline(s, k, nameEnd, d.lex, r.bylineSlot()); b.Agency != "" || allCapsNames(b) {
						p, ok, by = q, true, b
						break
					}
				}
			}
		}
		r.belowHeader = line > 0
		if p, ok = r.lead(d, i); ok {
			break
		}
		// "By JANE DOE", "Jane Doe | Reuters" or "Jane Doe | 06.12.2026" on a
		// line of its own.
		if e, _, own := bylineLineTo(s, i, le, r.lim, d.lex); own && by == nil {
			if b := newByline(s, i, e, d.lex, r.bylineSlot()); isByStart(s, i, r.lim) || b.Agency != "" || dateAfterBar(s[i:e], d.lex) > 0 {
				by, end = b, e
				// "By JANE DOE\nAssociated Press Writer": the credit line
				// below the name belongs to the byline.
				if b.Agency == "" {
					if e2, ok := agencyLine(s, skipLead(s, e, r.lim), r.lim, d.lex); ok {
						by, end = newByline(s, i, e2, d.lex, r.bylineSlot()), e2
					}
				}
			}
		}
		// "City transit slowed by floods By JANE ROE, Associated Press
		// Writers": a byline glued to the end of the headline.
		if by == nil && byOnLine {
			if k, e, ok := headlineByline(s, i, r.lim, d.lex); ok {
				by, end = newByline(s, k, e, d.lex, r.bylineSlot()), e
			}
		}
		if ls = le; ls == r.lim {
			break
		}
	}
	if !ok && by == nil {
		// A headline glued in front: "… in S. Korea SEOUL, Jan. 2 (Yonhap) --".
		r.capsOnly = true
		p, ok = r.glued(first)
		r.capsOnly = false
		if ok {
			by = gluedByline(s, first, p.dl.Start, d.lex, r.bylineSlot())
		}
	}
	if !ok {
		if by != nil {
			d.bodyStart = end
		}
		return Dateline{}, d.res.keepByline(by)
	}
	dl := p.dl
	if p.rawCity && dl.Place != nil {
		dl.Place.City = cityName(d.lex, dl.Place.City)
	}
	if dl.Date != nil {
		inferYear(dl.Date, d.ref)
	}
	d.bodyStart = max(p.end, end)
	if by == nil {
		// A byline after the dateline, on a line of its own.
		j := skipLead(s, p.end, r.lim)
		if e, _, own := bylineLine(s, j, r.lim, d.lex); own && isByStart(s, j, r.lim) {
			by = newByline(s, j, e, d.lex, r.bylineSlot())
			d.bodyStart = e
		}
	}
	return dl.value(), d.res.keepByline(by)
}

// lead reads the dateline that opens a story at i, if the rules of
// acceptLead take it for one. A feed prefix followed by a dateline
// ("Canadian Press - HALIFAX (CP) -") gives the inner dateline.
func (r *dlReader) lead(d *doc, i int) (dlParse, bool) {
	p, err := r.parse(i)
	if err != nil || !r.acceptLead(d, p) {
		return p, false
	}
	if p.feed && p.dl.Place == nil && p.dl.Date == nil {
		j := skipHSpace(r.text, p.end, r.lim)
		if q, err := r.parse(j); err == nil && q.dl.Place != nil && r.acceptLead(d, q) {
			if a := p.dl.Agency; q.dl.Agency == nil && a != nil && r.text[p.dl.Span.Start] == '(' {
				// "(ANSA) - ROME, DEC 5 -": the agency in brackets before
				// the place is the dateline's own, which starts with it.
				q.dl.Agency, q.known = a, p.known
				q.dl.Span = spanOf(r.text, p.dl.Span.Start, q.dl.Span.End)
			}
			return q, true
		}
	}
	return p, true
}

// acceptLead decides whether a dateline the grammar read at the head of a
// story is one. A place in capitals is; a place in mixed case needs a
// known agency or a date before a dash ("Toronto, Feb 26 -"), or, bare
// and before a colon ("Tehran:"), a known city in a story signed by an
// agency; a place in lower case needs a date.
func (r *dlReader) acceptLead(d *doc, p dlParse) bool {
	pl := p.dl.Place
	if pl == nil {
		if p.dl.Agency == nil && p.dl.Date != nil && p.dl.Separator == "" {
			return false // "May 3 2026" over a repost: a header's date, not a dateline
		}
		// "(BEGIN VIDEO CLIP.)" is no agency: an agency alone needs a
		// separator, or to be known and followed by the body.
		return p.dl.Separator != "" || p.known || p.dl.Date != nil || p.dl.Agency == nil
	}
	dated := p.dl.Date != nil || p.hijri
	bare := !dated && p.dl.Agency == nil
	if bare && r.contains(dlLabels, r.text[pl.Start:p.cityEnd]) {
		return false
	}
	if p.dl.Separator == "," {
		// "NABLUS, A man was injured …": a place in capitals alone, a
		// comma and the body; finish has seen the sentence begin.
		return p.city == caseUpper && bare && pl.End == p.cityEnd && p.words <= 2 &&
			!r.contains(dlAgencies, r.text[pl.Start:p.cityEnd])
	}
	dash := p.dl.Separator != "" && p.dl.Separator != ":"
	switch p.city {
	case caseUpper:
		switch {
		case bare && p.dl.Separator == "":
			// "MUGLA, Türkiye" or "ANKARA" on a line of its own below the
			// headline, as web copy sets the dateline, then the body.
			return p.eol && r.belowHeader && p.words <= 3 && (p.gazetted || pl.End > p.cityEnd && !p.oddPart) &&
				sentenceStart(r.text, skipLead(r.text, p.end, r.lim), r.lim)
		case !bare:
			return true
		case pl.End == p.cityEnd && p.words <= 2 && wireDash(p.dl.Separator) && p.cityEnd-pl.Start > 4 &&
			!r.contains(dlAgencies, r.text[pl.Start:p.cityEnd]):
			// "SEREMBAN –": a place no list holds, before a wire's dash and
			// the body. A hyphen alone ("IBM - ") is too common a joint,
			// and a short word in capitals is an acronym ("NASA —").
			return true
		case p.oddPart && p.dl.Separator == ":":
			return false // "WOLF BLITZER, CNN ANCHOR:" in a transcript
		case p.gazetted || pl.End > p.cityEnd && (!p.oddPart || p.words <= 2):
			return true
		case pl.End > p.cityEnd:
			return false // "POLLS NOT WRONG, JUST TOO EARLY -"
		case r.contains(dlAgencies, r.text[pl.Start:p.cityEnd]):
			return false // "AP: Trump chair…"
		case r.contains(dlCountries, r.text[pl.Start:p.cityEnd]):
			return true // "BAHRAIN -"
		}
		// A place that stands alone is a well-known city (AP style: the
		// others carry a state or a country). "BOOM:", "IBM -" and
		// "HUFFPOLLSTER:" open stories too; an unknown name alone is a
		// dateline only in signed agency copy.
		return p.words <= 3 && d.signed()
	case caseTitle, caseMixed:
		if p.city == caseMixed && p.words > 2 {
			return false // "In an email dated Feb. 12, 2012 —"
		}
		if capsAfterTitle(r.text[pl.Start:p.cityEnd]) {
			return false // "Prices Driven Up By Drought WASHINGTON (AP) —": a headline glued on
		}
		switch {
		case p.known:
			return true
		case p.dl.Agency != nil:
			return false
		case dated:
			// "Toronto, Feb 26 -"; "Ankara, 2 May:" below a repost's header.
			return dash || p.dl.Separator == ":" && p.words <= 3 && r.belowHeader
		}
		// "By IANS, Kolkata :": a byline that names the agency signs the
		// story as a sign-off does.
		return p.dl.Separator == ":" && p.gazetted && p.words <= 3 && pl.End == p.cityEnd && (r.byAgency || d.signed())
	case caseLower:
		return p.dl.Date != nil && dash
	}
	return false
}

// sentenceStart reports whether a sentence begins at i: a capital and a
// lower-case letter, or the word "A" or "I".
func sentenceStart(s string, i, lim int) bool {
	if i+1 >= lim || s[i] < 'A' || s[i] > 'Z' {
		return false
	}
	c := s[i+1]
	return c >= 'a' && c <= 'z' || c == ' ' && (s[i] == 'A' || s[i] == 'I')
}

// bodyAfterComma reports whether the body, not more of the place, begins
// at i after a place and a comma: a sentence whose first word is a word of
// letters and no region, country or city ("NABLUS, A man was …", not
// "BAGHDAD, Iraq An advance …" or "SAN JOSE, Calif.Cisco …").
func (r *dlReader) bodyAfterComma(i, lim int) bool {
	s := r.text
	if !sentenceStart(s, i, lim) {
		return false
	}
	e := i
	for e < lim && isASCIILetter(s[e]) {
		e++
	}
	if e < lim && s[e] != ' ' {
		return false
	}
	w := s[i:e]
	return !r.contains(dlRegions, w) && !r.contains(dlCountries, w) && !r.contains(dlPlaces, w)
}

// sentenceLike reports whether the words s[i:e] read as the start of a
// sentence rather than a part of a place: two or more words in lower case
// that are not particles of names ("A child was killed", not "Gulf of
// Mexico" or "Zaire-Zambia border").
func (r *dlReader) sentenceLike(i, e int) bool {
	s := r.text
	lower := 0
	for i < e {
		we, wc, ok := placeWord(s, i, e)
		if !ok {
			break
		}
		if wc == caseLower && !r.contains(dlParticles, s[i:we]) {
			lower++
		}
		i = skipHSpace(s, we, e)
	}
	return lower >= 2
}

// capsAfterTitle reports whether the words of a place in title case end
// in a word in capitals of four letters or more: a headline glued to the
// place of a dateline ("Prices Rise WASHINGTON"), not a place ("Washington
// DC").
func capsAfterTitle(place string) bool {
	k := strings.LastIndexAny(place, " \t")
	if k < 0 {
		return false
	}
	words := 0
	for range strings.FieldsSeq(place) {
		words++
	}
	if words < 3 {
		return false
	}
	// The first word in title case: "Prices", not "CORAl" or "c".
	for i, c := range place[:strings.IndexAny(place, " \t")] {
		if i == 0 && !unicode.IsUpper(c) || i > 0 && unicode.IsUpper(c) {
			return false
		}
	}
	w := place[k+1:]
	if len(w) < 4 {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// wireDash reports whether sep is a dash that wires put after a dateline
// and seldom elsewhere: "--", "—", "–".
func wireDash(sep string) bool {
	return sep == "--" || sep == "—" || sep == "–"
}

// glued finds a dateline after a headline that a crawl glued in front of
// it. Only the full form counts there: a place in capitals, a date and an
// agency.
func (r *dlReader) glued(i int) (dlParse, bool) {
	s := r.text
	var best dlParse
	found := false
	paren := -1 // the next '(' at or after k: the agency a glued dateline needs
	for k := i; k < r.lim; k++ {
		c := s[k]
		if c < 'A' || c > 'Z' || (k > i && (isASCIILetter(s[k-1]) || isDigit(s[k-1]))) {
			continue
		}
		if paren < k {
			if paren = strings.IndexByte(s[k:r.lim], '('); paren < 0 {
				break
			}
			paren += k
		}
		if paren-k > datelineLimit {
			continue
		}
		if !r.mayOpenCapsPlace(k) {
			// The grammar would read no place in capitals here.
			if found {
				break
			}
			continue
		}
		p, err := r.parse(k)
		if err != nil || p.dl.Place == nil || p.city != caseUpper || p.dl.Date == nil || p.dl.Agency == nil ||
			(p.dl.Separator == "" && !p.known) {
			if found {
				break
			}
			continue
		}
		if !found {
			best, found = p, true
			continue
		}
		if p.end != best.end {
			break
		}
		// "… with KT SEOUL, Jan. 2": the shortest place, unless a longer
		// one is a known city ("NEW YORK").
		if !best.gazetted {
			best = p
		}
	}
	return best, found
}

// mayOpenCapsPlace reports whether parse(i) may read a dateline whose
// place is in capitals: its first word is in capitals, or feed junk or an
// agency and a comma ("Reuters, PARIS") come first. It reads a word or
// two where parse would read a whole dateline, and asks no list.
func (r *dlReader) mayOpenCapsPlace(i int) bool {
	s := r.text
	lim := min(r.lim, i+datelineLimit, len(s))
	if j := skipDatelineJunk(s, i, lim); j != i {
		return true
	}
	if _, wc, ok := placeWord(s, i, lim); ok && wc == caseUpper {
		return true
	}
	return strings.IndexByte(s[i:min(lim, i+maxAgencyLen)], ',') >= 0
}

// afterBy reads a byline and the dateline that follows it on the same
// line: "By MICHAEL ROE     SAN FRANCISCO (AP) --", "By K J Rao Beijing,
// Aug 1 (PTI)". Where the name ends is ambiguous; a known city, a run of
// spaces or a change to capitals marks it, else the shortest place wins.
func (r *dlReader) afterBy(d *doc, i int) (best dlParse, nameEnd int, ok bool) {
	s := r.text
	bestScore := -1
	prevStart, prevEnd, prevUpper := i, i+2, false
	for k, words := i+2, 0; k < r.lim && words < 10; words++ {
		j := skipHSpace(s, k, r.lim)
		if j >= r.lim || s[j] == '\n' || s[j] == '\r' {
			break
		}
		if words > 0 {
			// "By IANS, Kolkata :", "By A. Rao, IANS, Srinagar :".
			r.byAgency = r.contains(dlAgencies, strings.TrimRight(s[prevStart:prevEnd], ", "))
			m := r.mark()
			p, err := r.parse(j)
			accepted := err == nil && p.dl.Place != nil && r.acceptLead(d, p)
			r.byAgency = false
			if !accepted {
				r.release(m)
			}
			if accepted {
				score := 0
				switch {
				case p.gazetted:
					score = 3
				case j-prevEnd >= 2:
					score = 2
				case p.city == caseUpper && !prevUpper:
					score = 1
				}
				if score > bestScore || (score == bestScore && score == 0) {
					best, nameEnd, ok, bestScore = p, prevEnd, true, score
				}
			}
		}
		e, wc, isWord := placeWord(s, j, r.lim)
		if !isWord {
			e = j
			for e < r.lim && s[e] != ' ' && s[e] != '\t' && s[e] != '\n' && s[e] != '\r' {
				e++
			}
		}
		if e != j+1 || s[j] != ',' { // a comma alone is no name
			prevStart = j
		}
		prevEnd, prevUpper = e, isWord && wc == caseUpper
		k = e
	}
	if ok && s[nameEnd-1] == ',' {
		nameEnd = trimRightHSpace(s, i, nameEnd-1) // "By IANS, Kolkata :"
	}
	return best, nameEnd, ok
}

// signed reports whether the story ends with a sign-off on a line of its
// own: an agency's name ("IANS", "-- Xinhua", "(ANI)", "--IANS\nsn/dg")
// or a paper's "Published in …" footer. Such copy opens with a bare
// "Tehran:". The credit stage, which runs first, has read the tail.
func (d *doc) signed() bool {
	cr := d.credit
	if cr.IsZero() || len(cr.Contributors) > 0 {
		return false
	}
	if len(cr.Agencies) == 0 && d.sc.credit.phraseEnd(creditFooters, cr.Text) == 0 {
		return false
	}
	// On a line of its own: only white space, markup or the start of the
	// text before it.
	k := cr.Start
	for k > 0 {
		if n := spaceLenBefore(d.text[max(0, k-3):k]); n > 0 {
			if c := d.text[k-1]; c == '\n' || c == '\r' {
				return true
			}
			k -= n
			continue
		}
		return d.text[k-1] == '>'
	}
	return true
}

// skipLead skips white space and the markup feeds put before a story:
// HTML tags, escaped tags ("&lt;p&gt;") and stray backslashes.
func skipLead(s string, i, lim int) int {
	for i < lim {
		if c := s[i]; ' ' < c && c < utf8.RuneSelf && c != '\\' && c != '<' && c != '&' {
			return i // printable ASCII that starts nothing skipped: most leads, at once
		}
		if n := spaceLen(s[i:lim]); n > 0 {
			i += n
			continue
		}
		switch {
		case s[i] == '\\':
			i++
		case s[i] == '<' && i+1 < lim && (isASCIILetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!'):
			k := strings.IndexByte(s[i:min(lim, i+200)], '>')
			if k < 0 {
				return i
			}
			i += k + 1
		case hasPrefixFold(s[i:lim], "&nbsp;"):
			i += len("&nbsp;")
		case hasPrefixFold(s[i:lim], "&#160;"):
			i += len("&#160;")
		case hasPrefixFold(s[i:lim], "&lt;"):
			k := strings.Index(s[i:min(lim, i+200)], "&gt;")
			if k < 0 {
				return i
			}
			i += k + 4
		default:
			return i
		}
	}
	return i
}

// skipEditorsNote skips a note to editors before the story, "(Eds:
// Updating with fresh quotes)", "(ATTN: ADDS details)".
func skipEditorsNote(s string, i, lim int) int {
	if i >= lim || s[i] != '(' {
		return i
	}
	colon := -1
	for k := i + 1; k < lim && k-i < 200; k++ {
		switch s[k] {
		case ':':
			if colon < 0 {
				colon = k
			}
		case ')':
			if colon < 0 || colon-i > 12 {
				return i
			}
			return skipLead(s, k+1, lim)
		case '(', '\n', '\r':
			return i
		}
	}
	return i
}

// furthestAhead is the time zone furthest ahead of UTC: no place's
// calendar is later than its own.
var furthestAhead = time.FixedZone("UTC+14", 14*60*60)

// inferYear gives a date written without a year the year that puts it
// nearest to ref without passing it: "Dec 31" read on Jan 2 is last
// year's. A zero ref leaves the year 0.
func inferYear(dt *Date, ref time.Time) {
	if dt.Year != 0 || ref.IsZero() || dt.Month < time.January || dt.Month > time.December {
		return
	}
	// A dateline's date is local to its place, which may already be a
	// day ahead of the reader: compare with the calendar date of the
	// time zone furthest ahead (UTC+14) at the reference instant.
	ref = ref.In(furthestAhead)
	y := ref.Year()
	if dt.Month > ref.Month() || (dt.Month == ref.Month() && dt.Day > ref.Day()) {
		y--
	}
	if dt.Month == time.February && dt.Day == 29 {
		for y%4 != 0 || (y%100 == 0 && y%400 != 0) {
			y--
		}
	}
	dt.Year = y
}

// ParseDateline parses line as a dateline with the zero [Parser]; see
// [Parser.ParseDateline].
func ParseDateline(line string) (Dateline, error) {
	var p Parser
	return p.ParseDateline(line)
}

// ParseDateline parses line, which must hold a dateline and nothing else
// but white space: "RICHMOND, Va., March 5 -", "New Delhi, Jan 20 (IANS)",
// "Tehran:". A date without a year gets its year from p.Reference.
//
// Spans are offsets into line. When line is not a dateline, the error is a
// [*SyntaxError] that wraps [ErrNoDateline] and says where reading
// stopped.
func (p *Parser) ParseDateline(line string) (Dateline, error) {
	lex := p.Lexicon
	if lex == nil {
		lex = DefaultLexicon()
	}
	r := dlReader{text: line, lim: len(line), lex: lex}
	i := skipHSpace(line, 0, len(line))
	for i < len(line) && (line[i] == '\n' || line[i] == '\r') {
		i = skipHSpace(line, i+1, len(line))
	}
	q, err := r.parse(i)
	if err == nil && q.dl.Place != nil && q.dl.Date == nil && q.dl.Agency == nil &&
		lex.Contains(labels, line[q.dl.Place.Start:q.cityEnd]) {
		err = &dlError{q.dl.Place.Start, "a label, not a place"} // "Note:", "UPDATE -"
	}
	if err == nil {
		if rest := strings.TrimSpace(line[q.end:]); rest != "" {
			at := q.end + strings.Index(line[q.end:], rest[:1])
			err = &dlError{at, "unexpected text after dateline"}
		}
	}
	if err != nil {
		return Dateline{}, &SyntaxError{Op: "ParseDateline", Input: line, Offset: err.at, Err: reasonError(err.msg)}
	}
	dl := q.dl
	if q.rawCity && dl.Place != nil {
		dl.Place.City = cityName(lex, dl.Place.City)
	}
	if dl.Date != nil {
		inferYear(dl.Date, p.Reference)
	}
	return dl.value(), nil
}
