// Package jsonl reads the input lines of wirestory's JSON Lines batches
// and writes the records of the lines that fail, for cmd/wirestory and
// the Beam pipeline (its own module under beam/), whose outputs must agree
// byte for byte.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
)

// An input is one JSON Lines record; fields other than id and text are
// ignored.
type input struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// Decode reads one input line. It returns the line's id (null where it has
// none or is no JSON), its story's text, a copy the line does not hold
// on to, and why the line holds no story to parse: "" if it holds one.
func Decode(line []byte) (id json.RawMessage, text, problem string) {
	id = json.RawMessage("null")
	if len(bytes.TrimSpace(line)) == 0 {
		return id, "", "blank line"
	}
	var in input
	err := json.Unmarshal(line, &in)
	var syntax *json.SyntaxError
	if len(in.ID) > 0 && !errors.As(err, &syntax) {
		id = in.ID
	}
	if err != nil {
		problem = "invalid JSON: " + err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			switch te.Field {
			case "":
				problem = "input line is a JSON " + te.Value + ", not an object"
			case "text":
				problem = `"text" is a JSON ` + te.Value + ", not a string"
			}
		}
		return id, "", problem
	}
	if in.Text == nil {
		return id, "", `no "text" field`
	}
	return id, *in.Text, ""
}

// A failure is the output of an input line that could not be parsed,
// with the line's number in its file.
type failure struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// Failure returns the output object of input line n, which failed for
// the reason msg: {"line": n, "error": msg}.
func Failure(n int, msg string) []byte {
	b, _ := json.Marshal(failure{Line: n, Error: msg}) // an int and a string always encode
	return b
}
