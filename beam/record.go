package wirebeam

import (
	"encoding/json"
	"fmt"

	"github.com/wirestory/wirestory"
	"github.com/wirestory/wirestory/internal/jsonl"
)

// This file writes the output record of one input line as `wirestory
// -jsonl` does, reading the line with the same package (internal/jsonl);
// the test checks the two agree byte for byte.

// record returns the output line (without its line end) for input line
// n, and whether the line failed.
func record(p *wirestory.Parser, n int, line []byte) (out []byte, failed bool) {
	id, obj, failed := parseLine(p, n, line)
	return splice(id, obj), failed
}

// parseLine parses one input line into its id and output object, and
// reports whether the line failed.
func parseLine(p *wirestory.Parser, n int, line []byte) (id json.RawMessage, out []byte, failed bool) {
	id, text, problem := jsonl.Decode(line)
	if problem != "" {
		return id, jsonl.Failure(n, problem), true
	}
	defer func() {
		// Parse must never panic; if it does, the run still goes on.
		if r := recover(); r != nil {
			out, failed = jsonl.Failure(n, fmt.Sprintf("internal error: %v", r)), true
		}
	}()
	a := p.Parse(text)
	out, err := a.MarshalJSON()
	if err != nil {
		return id, jsonl.Failure(n, err.Error()), true
	}
	return id, out, false
}

// splice returns the object obj with `"id": id` as its first field.
func splice(id json.RawMessage, obj []byte) []byte {
	if len(obj) < 2 || obj[0] != '{' {
		obj = jsonl.Failure(0, fmt.Sprintf("internal error: output %.20q is not an object", obj))
	}
	b := make([]byte, 0, len(`{"id":,`)+len(id)+len(obj))
	b = append(b, `{"id":`...)
	b = append(b, id...)
	if len(obj) > 2 { // not {}
		b = append(b, ',')
	}
	return append(b, obj[1:]...)
}
