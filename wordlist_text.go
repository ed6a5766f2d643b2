package wirestory

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A textIndex finds the forms of a large list that is looked up seldom
// (the gazetteer: once per kept dateline whose town the places list
// lacks) in the list's text itself, so that no table of its thousands of
// forms is built for a handful of lookups.
//
// The text is lowered once to the keys of its forms. The list is sorted,
// so the lines whose first form starts with the same two bytes stand
// together: a lookup searches the few lines of its key's two bytes for a
// hit that is a whole form. The forms this cannot find (an alias that starts otherwise
// than its line, a line out of order, a form that folds otherwise than by
// lowering: ß, Greek, a curly apostrophe, a tab) go into a small table.
type textIndex struct {
	data    string    // the list's text as embedded
	lowered []byte    // data lowered; comments and the lines in extra blanked
	regions []region  // the lines of each prefix, by prefix
	extra   *wordList // the forms the regions cannot find
}

// A region is the lines whose first form's key starts with prefix (see
// prefixAt).
type region struct {
	prefix     uint32
	start, end int32
}

// newTextIndex indexes data, a list in the format of the embedded files.
// One pass over the bytes lowers them and notes what each line holds;
// only a line with a "|", a "#" or two spaces in a row is read again.
func newTextIndex(data string) *textIndex {
	x := &textIndex{data: data, lowered: []byte(data), extra: &wordList{}}
	b := x.lowered
	seen := make(map[uint32]bool)
	start, simple, again := 0, true, false
	for i := 0; i < len(b); i++ {
		for i < len(b) && textClass[b[i]] == 0 {
			i++
		}
		if i == len(b) {
			break
		}
		switch c := b[i]; textClass[c] {
		case tcUpper:
			b[i] = c + 'a' - 'A'
		case tcLine:
			x.addLine(start, i, simple, again, seen)
			start, simple, again = i+1, true, false
		case tcAgain:
			again = again || c != ' ' || i > start && b[i-1] == ' '
		case tcOdd:
			simple = false
		case tcHigh:
			n, ok := lowerRune(b, i)
			simple = simple && ok
			i += n - 1
		}
	}
	x.addLine(start, len(b), simple, again, seen)
	slices.SortFunc(x.regions, func(a, b region) int { return cmp.Compare(a.prefix, b.prefix) })
	return x
}

// textClass sorts the bytes of a list's text for newTextIndex: 0 for the
// bytes it passes over.
var textClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = tcUpper
		case c == '\n':
			t[c] = tcLine
		case c == ' ', c == '|', c == '#':
			t[c] = tcAgain
		case c < ' ' || c == 0x7f:
			t[c] = tcOdd
		case c >= utf8.RuneSelf:
			t[c] = tcHigh
		}
	}
	return t
}()

const (
	tcUpper = 1 + iota // an ASCII capital, lowered in place
	tcLine             // a line's end
	tcAgain            // "|", "#" or a second space in a row: the line is read again
	tcOdd              // a control byte: the line's forms take foldKey
	tcHigh             // the first byte of a rune above ASCII
)

// addLine files the line b[start:end], lowered, under its first byte, or
// its forms in extra. again says the line needs a closer reading: a "|",
// a "#" or a run of spaces; simple that lowering keys all its runes.
func (x *textIndex) addLine(start, end int, simple, again bool, seen map[uint32]bool) {
	line := x.lowered[start:end]
	if again {
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			blank(line[i:])
			line = line[:i]
		}
	}
	first := 0
	for first < len(line) && line[first] == ' ' {
		first++
	}
	if first == len(line) {
		return
	}
	if again && simple {
		for i := first + 1; i < len(line); i++ {
			if line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ' && !trailing(line[i:]) && line[i-1] != '|' && line[i-1] != ' ' {
				simple = false // a run of spaces inside a form
				break
			}
		}
	}
	if !simple {
		x.extra.add(commentless(x.data[start:end]))
		blank(line)
		return
	}
	p := prefixAt(line, first)
	filed := !seen[p] || len(x.regions) > 0 && x.regions[len(x.regions)-1].prefix == p
	if filed {
		if n := len(x.regions); n > 0 && x.regions[n-1].prefix == p {
			x.regions[n-1].end = int32(end)
		} else {
			seen[p] = true
			x.regions = append(x.regions, region{p, int32(start), int32(end)})
		}
		if !again {
			return
		}
	}
	// The forms a search of the regions cannot find go into extra, keyed
	// by their lowered text: a line out of order, an alias with another
	// prefix ("Ivory Coast" for "Côte d'Ivoire").
	canonical := ""
	for from := first; from < len(line); {
		bar := bytes.IndexByte(line[from:], '|')
		if bar < 0 {
			bar = len(line)
		} else {
			bar += from
		}
		s, e := from, bar
		for s < e && line[s] == ' ' {
			s++
		}
		for e > s && line[e-1] == ' ' {
			e--
		}
		if canonical == "" {
			canonical = x.data[start+s : start+e]
		}
		if s < e && (!filed || prefixAt(line[:e], s) != p) {
			x.extra.putHashed(string(line[s:e]), canonical, wcHashString(string(line[s:e])))
		}
		from = bar + 1
	}
}

// trailing reports whether the spaces that start s run to a "|" or the
// end of s: they trail a form, which trimming cuts.
func trailing(s []byte) bool {
	for _, c := range s {
		if c != ' ' {
			return c == '|'
		}
	}
	return true
}

// lowerRune lowers, in place, the rune at line[i] as appendKey lowers it,
// and returns its size. It reports false if appendKey would fold it
// otherwise, or to a rune of another length (the offsets must stay those
// of the text).
func lowerRune(line []byte, i int) (size int, ok bool) {
	r, n := utf8.DecodeRune(line[i:])
	if !simpleFold(r) {
		return n, false
	}
	if l := unicode.ToLower(r); l != r {
		if utf8.RuneLen(l) != n {
			return n, false
		}
		utf8.EncodeRune(line[i:], l)
	}
	return n, true
}

// blank makes b spaces, which no search for a form can hit.
func blank(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}

// prefixAt is the prefix of the form at b[i]: its first three bytes, or
// fewer where a space, a "|" or the end of b comes first. Three bytes
// make regions of a few lines each, which a search reads in a few
// hundred bytes; with two, a region ("sa", "ba") ran to kilobytes.
func prefixAt(b []byte, i int) uint32 {
	p := uint32(b[i]) << 16
	for k := 1; k < 3 && i+k < len(b) && b[i+k] != ' ' && b[i+k] != '|'; k++ {
		p |= uint32(b[i+k]) << (16 - 8*k)
	}
	return p
}

// lookup returns the canonical form of key, a folded key.
func (x *textIndex) lookup(key []byte) (string, bool) {
	if c, ok := find(x.extra, key); ok {
		return c, true
	}
	if len(key) == 0 || bytes.IndexByte(key, '\n') >= 0 || bytes.IndexByte(key, '|') >= 0 {
		return "", false
	}
	p := prefixAt(key, 0)
	i, ok := slices.BinarySearchFunc(x.regions, p, func(r region, p uint32) int { return cmp.Compare(r.prefix, p) })
	if !ok {
		return "", false
	}
	r := x.regions[i]
	for from := int(r.start); from < int(r.end); {
		j := bytes.Index(x.lowered[from:r.end], key)
		if j < 0 {
			return "", false
		}
		j += from
		if x.wholeForm(j, j+len(key)) {
			return x.canonicalAt(j), true
		}
		from = j + 1
	}
	return "", false
}

// wholeForm reports whether lowered[s:e] is a whole form: only spaces
// between it and its line's start or a "|" before it, and a "|" or the
// line's end after it (blanked comments are spaces).
func (x *textIndex) wholeForm(s, e int) bool {
	t := x.lowered
	for s > 0 && t[s-1] == ' ' {
		s--
	}
	if s > 0 && t[s-1] != '\n' && t[s-1] != '|' {
		return false
	}
	for e < len(t) && t[e] == ' ' {
		e++
	}
	return e == len(t) || t[e] == '\n' || t[e] == '|'
}

// canonicalAt returns the first form of the line holding offset i.
func (x *textIndex) canonicalAt(i int) string {
	start := strings.LastIndexByte(x.data[:i], '\n') + 1
	line := x.data[start:]
	if end := strings.IndexAny(line, "|\n#"); end >= 0 {
		line = line[:end]
	}
	return strings.TrimSpace(line)
}
