package wirestory

import (
	"strings"
)

// A Byline names who wrote a story: "By Jane Doe and Sam Roe, Associated
// Press" has Names ["Jane Doe", "Sam Roe"] and Agency "AP".
type Byline struct {
	Span
	Names  []string `json:"names"`  // the writers, as written
	Agency string   `json:"agency"` // canonical agency name, or ""
}

// maxBylineWords bounds the words of a byline.
const maxBylineWords = 14

// isByStart reports whether a byline, "By " and a capital, starts at i.
func isByStart(s string, i, lim int) bool {
	if i+4 > lim || !hasPrefixFold(s[i:], "by") || (s[i+2] != ' ' && s[i+2] != '\t') {
		return false
	}
	j := skipHSpace(s, i+2, lim)
	return j < lim && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 0x80)
}

// bylineLine reports whether the line at i is a byline standing alone,
// "By JANE DOE" or "Jane Doe | Reuters": a few words with no sentence
// punctuation. It returns the end of the byline and the start of the next
// line.
func bylineLine(s string, i, lim int, lex *Lexicon) (end, next int, ok bool) {
	return bylineLineTo(s, i, lineEnd(s, i, lim), lim, lex)
}

// bylineLineTo is bylineLine for a caller that knows where the line ends,
// at e.
func bylineLineTo(s string, i, e, lim int, lex *Lexicon) (end, next int, ok bool) {
	if e >= lim && lim < len(s) {
		return 0, 0, false
	}
	a, b := trimSpace(s, i, e)
	if a >= b {
		return 0, 0, false
	}
	line := s[a:b]
	if !isByStart(s, a, b) && strings.IndexByte(line, '|') < 0 {
		return 0, 0, false
	}
	names := line
	if k := dateAfterBar(line, lex); k > 0 {
		names = strings.TrimSpace(line[:k]) // "By UPI Staff | May 3, 2026"
	}
	if strings.ContainsAny(names, "\"“”:;!?") || strings.Count(names, " ")+1 > maxBylineWords {
		return 0, 0, false
	}
	if !namesOnly(names, lex) {
		return 0, 0, false // "By Monday, the talks had stalled."
	}
	return b, e, true
}

// dateAfterBar reports where the bar before a date that ends line
// stands, "By UPI Staff | May 3, 2026", "Seda Nur Karaca |06.12.2026 -
// Update : 06.12.2026", or 0. After the date only a time stamp may follow.
func dateAfterBar(line string, lex *Lexicon) int {
	k := strings.LastIndexByte(line, '|')
	if k <= 0 {
		return 0
	}
	r := dlReader{text: line, lim: len(line), lex: lex}
	i := skipHSpace(line, k+1, len(line))
	e := numericDateEnd(line, i)
	if e < 0 {
		_, de, ok := r.date(i, len(line))
		if !ok {
			return 0
		}
		e = de
	}
	if stampTail(line[e:]) {
		return k
	}
	return 0
}

// numericDateEnd returns the end of a date in figures at i, day, month
// and year ("06.12.2026", "6/12/2026"), or -1.
func numericDateEnd(s string, i int) int {
	for part := 0; part < 2; part++ {
		j := i
		for j < len(s) && j-i < 2 && isDigit(s[j]) {
			j++
		}
		if j == i || j >= len(s) || s[j] != '.' && s[j] != '/' {
			return -1
		}
		i = j + 1
	}
	if y, e := readYear(s, i, len(s)); y > 0 {
		return e
	}
	return -1
}

// stampTail reports whether s, after a byline's date, holds no more than
// a time stamp: figures and their marks, and at most two short words
// ("- Update : 06.12.2026", "14:05 GMT").
func stampTail(s string) bool {
	words := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isASCIILetter(c):
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if words++; words > 2 || j-i > 8 {
				return false
			}
			i = j
		case isDigit(c) || c == ' ' || c == '\t' || strings.IndexByte(".:-/,", c) >= 0:
			i++
		default:
			return false
		}
	}
	return true
}

// namesOnly reports whether every word of a byline line after "By" is
// capitalised or one of the small words names and credits use.
func namesOnly(line string, lex *Lexicon) bool {
	i := -1
	for w := range strings.FieldsSeq(line) {
		if i++; i == 0 && strings.EqualFold(w, "by") {
			continue
		}
		w = strings.Trim(w, ",|")
		if w == "" || w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0x80 {
			continue
		}
		if !lex.Contains(nameParticles, w) && !lex.Contains(BylineRoles, w) {
			return false
		}
	}
	return !strings.HasSuffix(line, ".") || strings.HasSuffix(line, " Jr.") || strings.HasSuffix(line, " Sr.")
}

// newByline reads the byline s[i:e]: "By JANE DOE", "By Jane Doe and Sam
// Roe, Associated Press", "Jane Doe | Reuters", "By JANE DOE Associated
// Press Writer".
//
// It fills slot, so that trial bylines cost no allocation.
func newByline(s string, i, e int, lex *Lexicon, slot *bylineSlot) *Byline {
	i, e = trimSpace(s, i, trimTagsRight(s, i, e))
	b := &slot.b
	*b = Byline{Span: spanOf(s, i, e), Names: slot.names[:0]}
	n := i
	if isByStart(s, i, e) {
		n = skipHSpace(s, i+2, e)
	}
	ne := e
	// "| Reuters", ", Associated Press", "Associated Press Writer".
	if k := strings.LastIndexByte(s[n:e], '|'); k >= 0 {
		a, z := trimSpace(s, n+k+1, e)
		if c, ok := lex.Lookup(Agencies, s[a:z]); ok {
			b.Agency = c
		}
		ne = n + k
	} else {
		b.Agency, ne = agencySuffix(s, n, e, lex)
	}
	names := strings.TrimRight(s[n:ne], " \t,|")
	if k := len(names) - 3; k > 0 && strings.EqualFold(names[k:], " of") {
		names = names[:k] // "By Jane Doe of The Associated Press"
	}
	// "By AFP", "By Reuters Staff", "By The Associated Press": the agency
	// wrote it, no person did.
	if c, ok := bylineAgency(names, lex); ok {
		if b.Agency == "" {
			b.Agency = c
		}
		names = ""
	}
	var and [4]string
	for part := range strings.SplitSeq(names, ",") {
		for _, name := range splitAnd(and[:0], part) {
			if name = strings.Trim(name, " \t|"); name != "" {
				b.Names = append(b.Names, name)
			}
		}
	}
	if len(b.Names) == 0 {
		b.Names = nil
	}
	return b
}

// bylineAgency reports the agency that names is, once a leading "The"
// and trailing role words ("Staff", "Writer") are set aside; names that
// are only "The" (left over from "By The Associated Press") count too.
func bylineAgency(names string, lex *Lexicon) (string, bool) {
	var buf [maxBylineWords + 2][2]int
	words := wordSpans(buf[:0], names)
	if len(words) > 0 && strings.EqualFold(names[words[0][0]:words[0][1]], "the") {
		words = words[1:]
	}
	for len(words) > 0 && lex.Contains(BylineRoles, names[words[len(words)-1][0]:words[len(words)-1][1]]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", strings.EqualFold(strings.TrimSpace(names), "the")
	}
	// The words as they stand: lookups fold the white space between them.
	return lex.Lookup(Agencies, names[words[0][0]:words[len(words)-1][1]])
}

// agencySuffix finds a known agency among the last words of s[n:e], before
// any role words ("Associated Press Writer"), and returns it with the end
// of the names before it.
func agencySuffix(s string, n, e int, lex *Lexicon) (string, int) {
	t := s[n:e]
	var buf [maxBylineWords + 2][2]int
	spans := wordSpans(buf[:0], t)
	if len(spans) > maxBylineWords {
		return "", e
	}
	end := len(spans)
	for end > 0 && lex.Contains(BylineRoles, t[spans[end-1][0]:spans[end-1][1]]) {
		end--
	}
	for k := max(0, end-4); k < end; k++ {
		// The words as they stand: lookups fold the white space between them.
		phrase := strings.TrimLeft(t[spans[k][0]:spans[end-1][1]], ",")
		if c, ok := lex.Lookup(Agencies, strings.TrimSpace(phrase)); ok && k > 0 {
			// The names end where the agency's first word starts.
			idx := n
			for w := 0; w < k; w++ {
				word := t[spans[w][0]:spans[w][1]]
				idx += strings.Index(s[idx:e], word) + len(word)
			}
			return c, idx
		}
	}
	return "", e
}

// A bylineSlot holds a byline being read and room for its names.
type bylineSlot struct {
	b     Byline
	names [4]string
}

// splitAnd splits "Jane Doe and Sam Roe" into its names.
func splitAnd(out []string, s string) []string {
	for {
		k := -1
		for _, sep := range [...]string{" and ", " AND ", " & "} {
			if j := strings.Index(s, sep); j >= 0 && (k < 0 || j < k) {
				k = j
				out = append(out, s[:j])
				s = s[j+len(sep):]
				break
			}
		}
		if k < 0 {
			return append(out, s)
		}
	}
}

// gluedByline finds a byline a crawl glued between the headline and the
// dateline at start: "…next yearBy Jane Doe SEOUL, Dec. 31 (Yonhap) --".
func gluedByline(s string, from, start int, lex *Lexicon, slot *bylineSlot) *Byline {
	lo := max(from, start-48)
	k := strings.LastIndex(s[lo:start], "By ")
	if k < 0 {
		return nil
	}
	k += lo
	name := strings.TrimSpace(s[k+3 : start])
	if name == "" || strings.ContainsAny(name, ".,;:()\"0123456789") || strings.Count(name, " ") > 3 {
		return nil
	}
	b := newByline(s, k, start, lex, slot)
	if k > from && s[k-1] == ' ' && b.Agency == "" && !allCapsNames(b) {
		return nil // "Prices Driven Up By Drought WASHINGTON": the headline's own "By"
	}
	return b
}

// trimTagsRight backs e up over white space and the HTML tags, escaped or
// not, that end s[i:e]: "Jane Doe&lt;/p&gt;&lt;p&gt;", "Jane Doe</p>".
func trimTagsRight(s string, i, e int) int {
	for e > i {
		_, e2 := trimSpace(s, i, e)
		e = e2
		switch {
		case e > i && s[e-1] == '>':
			k := strings.LastIndexByte(s[i:e], '<')
			if k < 0 {
				return e
			}
			e = i + k
		case strings.HasSuffix(s[i:e], "&gt;"):
			k := strings.LastIndex(s[i:e], "&lt;")
			if k < 0 {
				return e
			}
			e = i + k
		default:
			return e
		}
	}
	return e
}

// agencyLine reports whether the line at i names only an agency and the
// writer's role, "Associated Press Writer", and returns its end.
func agencyLine(s string, i, lim int, lex *Lexicon) (int, bool) {
	e := i
	for e < lim && s[e] != '\n' && s[e] != '\r' && e-i < 64 {
		e++
	}
	if e == i || e-i >= 64 {
		return 0, false
	}
	t := s[i:e]
	var buf [64][2]int
	line := wordSpans(buf[:0], t)
	k := len(line)
	for k > 0 && lex.Contains(BylineRoles, t[line[k-1][0]:line[k-1][1]]) {
		k--
	}
	if k == 0 || k == len(line) && len(line) > 4 {
		return 0, false
	}
	if !lex.Contains(Agencies, t[line[0][0]:line[k-1][1]]) {
		return 0, false
	}
	_, b := trimSpace(s, i, e)
	return b, true
}

// headlineByline finds a byline glued to the end of the headline line at
// i, "City transit slowed by floods By JANE ROE and JOHN DOE, Associated
// Press Writers", and returns where it starts and ends. A headline's own
// "By" ("Slowed By Floods") is told apart by what follows it: the
// byline must name an agency or give the names in capitals.
func headlineByline(s string, i, lim int, lex *Lexicon) (start, end int, ok bool) {
	le := lineEnd(s, i, lim)
	if le == lim && lim < len(s) {
		return 0, 0, false
	}
	k := strings.LastIndex(s[i:le], " By ")
	if k <= 0 {
		return 0, 0, false
	}
	k += i + 1
	e, _, own := bylineLine(s, k, lim, lex)
	if !own {
		return 0, 0, false
	}
	var slot bylineSlot
	b := newByline(s, k, e, lex, &slot)
	return k, e, b.Agency != "" || allCapsNames(b)
}

// allCapsNames reports whether b names writers, all in capitals, as a
// byline glued to a headline must when it names no agency: "By JANE
// ROE", not the headline's own "Slowed By Floods".
func allCapsNames(b *Byline) bool {
	for _, n := range b.Names {
		if strings.ToUpper(n) != n {
			return false
		}
	}
	return len(b.Names) > 0
}

// containsBy reports whether s holds " By ", looked for by its capital:
// strings.Contains, led by the space, stops at every word of a line that
// holds none, most head lines, for a tenth of what the dateline stage costs.
func containsBy(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-2], 'B')
		if k < 0 {
			return false
		}
		if i += k; s[i-1] == ' ' && s[i+1] == 'y' && s[i+2] == ' ' {
			return true
		}
	}
	return false
}

// gluedByStart reports where a byline glued after a headline on the line
// at i starts, " By " and a capital, or -1.
func gluedByStart(s string, i, lim int) int {
	le := lineEnd(s, i, lim)
	for j := i; j < le; {
		k := strings.Index(s[j:le], " By ")
		if k < 0 {
			return -1
		}
		j += k + 1
		if isByStart(s, j, le) {
			return j
		}
	}
	return -1
}
