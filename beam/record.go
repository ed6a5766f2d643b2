package wirebeam

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/wirestory/wirestory"
)

// This file writes the output record of one input line as `wirestory
// -jsonl` does (cmd/wirestory/batch.go, which is package main and so
// cannot be imported); the test checks the two agree byte for byte.

// An input is one JSON Lines record; fields other than id and text are
// ignored.
type input struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// A failure is the output of an input line that could not be parsed,
// with the line's number in its file.
type failure struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// record returns the output line (without its line end) for input line
// n, and whether the line failed.
func record(p *wirestory.Parser, n int, line []byte) (out []byte, failed bool) {
	id, obj, failed := parseLine(p, n, line)
	return splice(id, obj), failed
}

// parseLine parses one input line into its id and output object, and
// reports whether the line failed.
func parseLine(p *wirestory.Parser, n int, line []byte) (id json.RawMessage, out []byte, failed bool) {
	if len(bytes.TrimSpace(line)) == 0 {
		return json.RawMessage("null"), encodeFailure(n, "blank line"), true
	}
	var in input
	err := json.Unmarshal(line, &in)
	id = in.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if err != nil {
		msg := "invalid JSON: " + err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			switch te.Field {
			case "":
				msg = "input line is a JSON " + te.Value + ", not an object"
			case "text":
				msg = `"text" is a JSON ` + te.Value + ", not a string"
			}
		}
		return id, encodeFailure(n, msg), true
	}
	if in.Text == nil {
		return id, encodeFailure(n, `no "text" field`), true
	}
	defer func() {
		// Parse must never panic; if it does, the run still goes on.
		if r := recover(); r != nil {
			out, failed = encodeFailure(n, fmt.Sprintf("internal error: %v", r)), true
		}
	}()
	a := p.Parse(*in.Text)
	out, err = a.MarshalJSON()
	if err != nil {
		return id, encodeFailure(n, err.Error()), true
	}
	return id, out, false
}

func encodeFailure(n int, msg string) []byte {
	b, _ := json.Marshal(failure{Line: n, Error: msg}) // an int and a string always encode
	return b
}

// splice returns the object obj with `"id": id` as its first field.
func splice(id json.RawMessage, obj []byte) []byte {
	if len(obj) < 2 || obj[0] != '{' {
		obj = encodeFailure(0, fmt.Sprintf("internal error: output %.20q is not an object", obj))
	}
	b := make([]byte, 0, len(`{"id":,`)+len(id)+len(obj))
	b = append(b, `{"id":`...)
	b = append(b, id...)
	if len(obj) > 2 { // not {}
		b = append(b, ',')
	}
	return append(b, obj[1:]...)
}
