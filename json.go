package wirestory

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// The JSON encoding of an Article is written by hand. With encoding/json
// every nested MarshalJSON result is validated and copied again by the
// level above, and a batch run spent as long encoding Articles as parsing
// them. The output is byte for byte what encoding/json writes for the
// same fields, with one rule of our own: a nil list is written as [],
// never null, so that clients need not tell the two apart. json_test.go
// checks both against encoding/json.

// MarshalJSON encodes a as the JSON contract of cmd/wirestory.
func (a Article) MarshalJSON() ([]byte, error) {
	return a.appendJSON(make([]byte, 0, 256+4*jsonSize(a))), nil
}

// MarshalJSON encodes b with no names written as [] rather than null ("By
// AFP" names no person).
func (b Byline) MarshalJSON() ([]byte, error) { return b.appendJSON(nil), nil }

// MarshalJSON encodes c with empty lists written as [] rather than null.
func (c Credit) MarshalJSON() ([]byte, error) { return c.appendJSON(nil), nil }

// MarshalJSON encodes a with an empty Via written as [] rather than null.
func (a Attribution) MarshalJSON() ([]byte, error) { return a.appendJSON(nil), nil }

// jsonSize estimates the bytes of text an Article's encoding repeats, to
// size its buffer once.
func jsonSize(a Article) int {
	n := len(a.Headline.Text)
	for _, p := range a.Paragraphs {
		n += len(p.Text)
	}
	for _, q := range a.Quotes {
		n += len(q.Text)
	}
	return n/2 + 64*len(a.Attributions)
}

func (a *Article) appendJSON(b []byte) []byte {
	b = append(b, `{"headline":`...)
	if a.Headline.IsZero() {
		b = append(b, "null"...)
	} else {
		b = a.Headline.appendJSON(b)
	}
	b = append(b, `,"dateline":`...)
	if !a.Dateline.IsZero() {
		b = a.Dateline.appendJSON(b)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"byline":`...)
	if !a.Byline.IsZero() {
		b = a.Byline.appendJSON(b)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"credit":`...)
	if !a.Credit.IsZero() {
		b = a.Credit.appendJSON(b)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"paragraphs":[`...)
	for i, p := range a.Paragraphs {
		if i > 0 {
			b = append(b, ',')
		}
		b = p.appendJSON(b)
	}
	b = append(b, `],"quotes":[`...)
	for i := range a.Quotes {
		if i > 0 {
			b = append(b, ',')
		}
		b = a.Quotes[i].appendJSON(b)
	}
	b = append(b, `],"attributions":[`...)
	for i := range a.Attributions {
		if i > 0 {
			b = append(b, ',')
		}
		b = a.Attributions[i].appendJSON(b)
	}
	return append(b, "]}"...)
}

// appendJSON appends s as an object; appendFields leaves it open for the
// fields of a type that embeds it.
func (s Span) appendJSON(b []byte) []byte { return append(s.appendFields(b), '}') }

func (s Span) appendFields(b []byte) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	return appendJSONString(b, s.Text)
}

func (s Span) appendOrNull(b []byte) []byte {
	if s.IsZero() {
		return append(b, "null"...)
	}
	return s.appendJSON(b)
}

func (m *Mention) appendJSON(b []byte) []byte {
	if m.IsZero() {
		return append(b, "null"...)
	}
	b = m.Span.appendFields(b)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, m.Name)
	return append(b, '}')
}

func (d *Dateline) appendJSON(b []byte) []byte {
	b = d.Span.appendFields(b)
	b = append(b, `,"place":`...)
	if p := &d.Place; !p.IsZero() {
		b = p.Span.appendFields(b)
		b = append(b, `,"city":`...)
		b = appendJSONString(b, p.City)
		b = append(b, `,"region":`...)
		b = appendJSONString(b, p.Region)
		b = append(b, `,"country":`...)
		b = appendJSONString(b, p.Country)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"date":`...)
	if t := &d.Date; !t.IsZero() {
		b = t.Span.appendFields(b)
		b = append(b, `,"year":`...)
		b = strconv.AppendInt(b, int64(t.Year), 10)
		b = append(b, `,"month":`...)
		b = strconv.AppendInt(b, int64(t.Month), 10)
		b = append(b, `,"day":`...)
		b = strconv.AppendInt(b, int64(t.Day), 10)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"agency":`...)
	if g := &d.Agency; !g.IsZero() {
		b = g.Span.appendFields(b)
		b = append(b, `,"name":`...)
		b = appendJSONString(b, g.Name)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"separator":`...)
	b = appendJSONString(b, d.Separator)
	return append(b, '}')
}

func (by *Byline) appendJSON(b []byte) []byte {
	b = by.Span.appendFields(b)
	b = append(b, `,"names":`...)
	b = appendJSONStrings(b, by.Names)
	b = append(b, `,"agency":`...)
	b = appendJSONString(b, by.Agency)
	return append(b, '}')
}

func (c *Credit) appendJSON(b []byte) []byte {
	b = c.Span.appendFields(b)
	b = append(b, `,"agencies":`...)
	b = appendJSONStrings(b, c.Agencies)
	b = append(b, `,"contributors":[`...)
	for i, p := range c.Contributors {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"role":`...)
		b = appendJSONString(b, p.Role)
		b = append(b, `,"name":`...)
		b = appendJSONString(b, p.Name)
		if p.Email != "" {
			b = append(b, `,"email":`...)
			b = appendJSONString(b, p.Email)
		}
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

func (q *Quote) appendJSON(b []byte) []byte {
	b = q.Span.appendFields(b)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, q.Kind.String())
	b = append(b, `,"speaker":`...)
	b = q.Speaker.appendJSON(b)
	b = append(b, `,"cue":`...)
	b = q.Cue.appendOrNull(b)
	return append(b, '}')
}

func (a *Attribution) appendJSON(b []byte) []byte {
	b = append(b, `{"kind":`...)
	b = appendJSONString(b, a.Kind.String())
	b = append(b, `,"source":`...)
	b = a.Source.appendJSON(b)
	b = append(b, `,"cue":`...)
	b = a.Cue.appendJSON(b)
	b = append(b, `,"content":`...)
	b = a.Content.appendOrNull(b)
	b = append(b, `,"via":[`...)
	for i := range a.Via {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"cue":`...)
		b = a.Via[i].Cue.appendJSON(b)
		b = append(b, `,"source":`...)
		b = a.Via[i].Source.appendJSON(b)
		b = append(b, '}')
	}
	b = append(b, ']')
	if !a.Addressee.IsZero() {
		b = append(b, `,"addressee":`...)
		b = a.Addressee.appendJSON(b)
	}
	return append(b, '}')
}

func appendJSONStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONString appends s as a JSON string the way encoding/json
// writes it: <, > and & escaped for HTML, invalid UTF-8 as \ufffd, and
// U+2028 and U+2029 escaped for JavaScript.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// UnmarshalJSON decodes the JSON that [Article.MarshalJSON] writes, so
// that stored output can be read back: an empty list comes back nil and
// a null part zero, as Parse returns them, and a round trip gives a value
// equal to the original (reflect.DeepEqual, cmp.Equal) when the story is
// valid UTF-8. (JSON carries invalid bytes as U+FFFD, so a Text over one
// differs.)
func (a *Article) UnmarshalJSON(b []byte) error {
	type plain Article // the same fields without this method
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*a = Article(p)
	a.Paragraphs = nilIfEmpty(a.Paragraphs)
	a.Quotes = nilIfEmpty(a.Quotes)
	a.Attributions = nilIfEmpty(a.Attributions)
	for i := range a.Attributions {
		a.Attributions[i].Via = nilIfEmpty(a.Attributions[i].Via)
	}
	a.Byline.Names = nilIfEmpty(a.Byline.Names)
	a.Credit.Agencies = nilIfEmpty(a.Credit.Agencies)
	a.Credit.Contributors = nilIfEmpty(a.Credit.Contributors)
	return nil
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
