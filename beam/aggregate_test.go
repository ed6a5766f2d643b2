package wirebeam

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadStory(t *testing.T) {
	tests := []struct {
		name, rec string
		want      storyFacts
		ok        bool
	}{
		{"dateline agency",
			`{"id":1,"dateline":{"agency":{"name":"Reuters"}},"credit":{"agencies":["AP"]},"quotes":[],"attributions":[]}`,
			storyFacts{Agency: "Reuters", HasDateline: true}, true},
		{"dateline with no agency: the credit's first",
			`{"id":1,"dateline":{"agency":null},"credit":{"agencies":["IANS","PTI"]}}`,
			storyFacts{Agency: "IANS", HasDateline: true}, true},
		{"credit only",
			`{"id":1,"dateline":null,"credit":{"agencies":["Xinhua"]}}`,
			storyFacts{Agency: "Xinhua"}, true},
		{"credit with no agency",
			`{"id":1,"dateline":null,"credit":{"agencies":[]}}`,
			storyFacts{}, true},
		{"speakers: named, unnamed, none",
			`{"id":1,"quotes":[{"speaker":{"text":"he","name":"Mara Lindqvist"}},{"speaker":{"text":"he","name":""}},{"speaker":null}]}`,
			storyFacts{Speakers: []string{"Mara Lindqvist", "", ""}}, true},
		{"sources: name, else text; depth; evidential skipped",
			`{"id":1,"attributions":[{"source":{"text":"Xinhua news agency","name":"Xinhua"},"via":[{},{}]},{"source":{"text":"the ministry","name":""},"via":[]},{"source":null,"via":[]}]}`,
			storyFacts{Sources: []sourceFact{{"Xinhua", 3}, {"the ministry", 1}}}, true},
		{"error record", `{"id":null,"line":3,"error":"blank line"}`, storyFacts{}, false},
		{"not JSON", `{"id":`, storyFacts{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := readStory([]byte(tt.rec))
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestTopFnOrder checks that the kept sources do not depend on how a
// runner splits and orders the inputs.
func TestTopFnOrder(t *testing.T) {
	in := []ranked{{"b", 3}, {"a", 3}, {"c", 5}, {"d", 1}, {"e", 3}, {"f", 2}}
	want := []ranked{{"c", 5}, {"a", 3}, {"b", 3}}
	fn := &topFn{K: 3}
	for split := 0; split <= len(in); split++ {
		for _, reverse := range []bool{false, true} {
			left, right := fn.CreateAccumulator(), fn.CreateAccumulator()
			for i, r := range in {
				if reverse {
					r = in[len(in)-1-i]
				}
				if i < split {
					left = fn.AddInput(left, r)
				} else {
					right = fn.AddInput(right, r)
				}
			}
			got := fn.ExtractOutput(fn.MergeAccumulators(right, left))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("split %d, reverse %v (-want +got):\n%s", split, reverse, diff)
			}
		}
	}
}

func TestSplice(t *testing.T) {
	tests := []struct{ id, obj, want string }{
		{"5", `{}`, `{"id":5}`},
		{`"a"`, `{"x":1}`, `{"id":"a","x":1}`},
		{`[1, "b"]`, `{"x":1,"y":2}`, `{"id":[1, "b"],"x":1,"y":2}`},
		{"null", `[]`, `{"id":null,"line":0,"error":"internal error: output \"[]\" is not an object"}`},
	}
	for _, tt := range tests {
		if got := string(splice([]byte(tt.id), []byte(tt.obj))); got != tt.want {
			t.Errorf("splice(%s, %s) = %s, want %s", tt.id, tt.obj, got, tt.want)
		}
	}
}

func TestAggregateFile(t *testing.T) {
	tests := []struct{ prefix, want string }{
		{"out/agg", "out/agg-speakers.jsonl"},
		{"out/", "out/speakers.jsonl"},
		{"gs://bucket/run1/", "gs://bucket/run1/speakers.jsonl"},
	}
	for _, tt := range tests {
		if got := AggregateFile(tt.prefix, "speakers"); got != tt.want {
			t.Errorf("AggregateFile(%q) = %q, want %q", tt.prefix, got, tt.want)
		}
	}
}
