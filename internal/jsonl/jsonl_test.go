package jsonl

import "testing"

func TestDecode(t *testing.T) {
	tests := []struct {
		line, id, text, problem string
	}{
		{`{"id": "a1", "text": "Hello."}`, `"a1"`, "Hello.", ""},
		{`{"text": "No id."}`, "null", "No id.", ""},
		{`{"id": 7, "text": "", "other": [1]}`, "7", "", ""},
		{"  \t", "null", "", "blank line"},
		{`{"id": "a2"}`, `"a2"`, "", `no "text" field`},
		{`{"id": "a3", "text": 12}`, `"a3"`, "", `"text" is a JSON number, not a string`},
		{`["text"]`, "null", "", "input line is a JSON array, not an object"},
		{`{"id": "a4", "text": "cut`, "null", "", "invalid JSON: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		id, text, problem := Decode([]byte(tt.line))
		if string(id) != tt.id || text != tt.text || problem != tt.problem {
			t.Errorf("Decode(%q) = %s, %q, %q; want %s, %q, %q", tt.line, id, text, problem, tt.id, tt.text, tt.problem)
		}
	}
}

func TestFailure(t *testing.T) {
	if got, want := string(Failure(3, `no "text" field`)), `{"line":3,"error":"no \"text\" field"}`; got != want {
		t.Errorf("Failure = %s, want %s", got, want)
	}
}
