package wirebeam

import (
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp/cmpopts"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestMain(m *testing.M) {
	ptest.Main(m) // runs on Prism unless --runner says otherwise
}

// TestPipeline runs the whole pipeline on a generated corpus and checks
// its records against the command's output and its aggregates against
// counts made in plain Go from that output.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	files, wantBad := writeCorpus(t, dir, 48)
	const top = 3

	p, s := beam.NewPipelineWithRoot()
	opts := Options{
		Input:      filepath.Join(dir, "*.jsonl"),
		Output:     filepath.Join(dir, "out", "articles"),
		Shards:     3,
		Aggregates: filepath.Join(dir, "out") + "/",
		TopSources: top,
	}
	if _, err := Build(s, opts); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}

	shards, _ := filepath.Glob(opts.Output + "-*-of-00003.jsonl")
	if len(shards) == 0 {
		t.Fatalf("no output shards %s-*-of-00003.jsonl", opts.Output)
	}
	var got []string
	for _, path := range shards {
		got = append(got, readFileLines(t, path)...)
	}

	// (1) Each story line gives the command's line, byte for byte; each bad
	// line gives the contract's error record, with the command's message.
	command := runCommand(t, files)
	gotStories, gotBad := splitErrors(got)
	wantStories, commandBad := splitErrors(command)
	slices.Sort(gotStories)
	slices.Sort(wantStories)
	if diff := gocmp.Diff(wantStories, gotStories); diff != "" {
		t.Errorf("story records differ from `wirestory -jsonl` (-command +pipeline):\n%s", diff)
	}
	if len(wantStories) < 48 {
		t.Errorf("only %d stories parsed", len(wantStories))
	}
	if diff := gocmp.Diff(wantBad, gotBad, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("error records (-want +got):\n%s", diff)
	}
	if commandNumbersLines(commandBad) {
		if diff := gocmp.Diff(commandBad, gotBad, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
			t.Errorf("error records differ from the command's (-command +pipeline):\n%s", diff)
		}
	} else if diff := gocmp.Diff(errorMessages(commandBad), errorMessages(gotBad), cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("error messages differ from the command's (-command +pipeline):\n%s", diff)
	}

	// (2) Each aggregate equals what plain Go counts in the command's output.
	want := countAggregates(t, wantStories, top)
	for name, rows := range want {
		gotRows := readFileLines(t, AggregateFile(opts.Aggregates, name))
		if diff := gocmp.Diff(rows, decodeRows(t, gotRows), cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
			t.Errorf("aggregate %s (-counted +pipeline):\n%s", name, diff)
		}
	}
	checkCorpusVariety(t, want)
	t.Logf("%d story records, %d error records; %d speakers, %d agencies, %d depth rows", len(gotStories), len(gotBad), len(want["speakers"]), len(want["datelines"]), len(want["depths"]))
}

// TestPipelineReference checks that the reference time reaches the
// workers: with it, dateline dates without a year take one, as with the
// command's -ref.
func TestPipelineReference(t *testing.T) {
	dir := t.TempDir()
	files, _ := writeCorpus(t, dir, 16)
	p, s := beam.NewPipelineWithRoot()
	opts := Options{Input: files[0], Output: filepath.Join(dir, "articles"), Reference: "2026-01-02"}
	if _, err := Build(s, opts); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	got := readFileLines(t, opts.Output+"-00000-of-00001.jsonl")
	want := runCommand(t, files[:1], "-ref", opts.Reference)
	if diff := gocmp.Diff(want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("records differ from `wirestory -jsonl -ref` (-command +pipeline):\n%s", diff)
	}
	if !strings.Contains(strings.Join(got, "\n"), `"year":202`) { // the invented datelines give no year
		t.Errorf("no dateline took the reference year")
	}

	if _, err := Build(s, Options{Input: "x", Reference: "next week"}); err == nil {
		t.Errorf("Build accepted the reference time %q", "next week")
	}
}

// runCommand builds cmd/wirestory and returns what `wirestory -jsonl`
// prints for each file, with the flags of args.
func runCommand(t *testing.T, files []string, args ...string) []string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "wirestory")
	build := exec.Command("go", "build", "-o", bin, "github.com/wirestory/wirestory/cmd/wirestory")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build cmd/wirestory: %v\n%s", err, out)
	}
	var lines []string
	for _, f := range files {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, append(append([]string{"-jsonl"}, args...), f)...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) { // 1: some lines failed
			t.Fatalf("wirestory -jsonl %s: %v\n%s", f, err, stderr.Bytes())
		}
		lines = append(lines, strings.SplitAfter(strings.TrimSuffix(stdout.String(), "\n"), "\n")...)
	}
	for i := range lines {
		lines[i] = strings.TrimSuffix(lines[i], "\n")
	}
	return lines
}

func readFileLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// splitErrors separates the Article records from the error records.
func splitErrors(records []string) (stories, errs []string) {
	for _, r := range records {
		var rec map[string]json.RawMessage
		if json.Unmarshal([]byte(r), &rec) == nil && rec["error"] != nil {
			errs = append(errs, r)
		} else {
			stories = append(stories, r)
		}
	}
	return stories, errs
}

// commandNumbersLines reports whether the command's error records carry
// the input line number that the JSON contract gives them. Until the
// command does, only their messages are compared; from then on, whole
// records.
func commandNumbersLines(records []string) bool {
	for _, r := range records {
		var rec map[string]json.RawMessage
		if json.Unmarshal([]byte(r), &rec) == nil && rec["line"] != nil {
			return true
		}
	}
	return false
}

// errorMessages returns the id and message of each error record but
// those for blank lines, which the command has skipped until now.
func errorMessages(records []string) []string {
	var msgs []string
	for _, r := range records {
		var rec struct {
			ID    json.RawMessage `json:"id"`
			Error string          `json:"error"`
		}
		json.Unmarshal([]byte(r), &rec)
		if rec.Error != "blank line" {
			msgs = append(msgs, string(rec.ID)+" "+rec.Error)
		}
	}
	return msgs
}

// countAggregates computes the aggregate rows from Article records with
// generic JSON and maps, independently of the pipeline's code, as sorted
// re-encoded rows by aggregate name.
func countAggregates(t *testing.T, records []string, top int) map[string][]string {
	t.Helper()
	type pair struct {
		agency, source string
		depth          int
	}
	quotes, quoteStories := map[string]int{}, map[string]int{}
	sources, depths := map[pair]int{}, map[pair]int{}
	stories, dated := map[string]int{}, map[string]int{}
	for _, r := range records {
		var a map[string]any
		if err := json.Unmarshal([]byte(r), &a); err != nil {
			t.Fatal(err)
		}
		agency := ""
		if d, ok := a["dateline"].(map[string]any); ok {
			if ag, ok := d["agency"].(map[string]any); ok {
				agency = ag["name"].(string)
			}
		}
		if c, ok := a["credit"].(map[string]any); ok && agency == "" {
			if ags, ok := c["agencies"].([]any); ok && len(ags) > 0 {
				agency = ags[0].(string)
			}
		}
		stories[agency]++
		if a["dateline"] != nil {
			dated[agency]++
		}
		seen := map[string]bool{}
		for _, q := range a["quotes"].([]any) {
			name := ""
			if sp, ok := q.(map[string]any)["speaker"].(map[string]any); ok {
				name = sp["name"].(string)
			}
			quotes[name]++
			if !seen[name] {
				seen[name] = true
				quoteStories[name]++
			}
		}
		for _, at := range a["attributions"].([]any) {
			src, ok := at.(map[string]any)["source"].(map[string]any)
			if !ok {
				continue
			}
			name := src["name"].(string)
			if name == "" {
				name = src["text"].(string)
			}
			sources[pair{agency: agency, source: name}]++
			via, _ := at.(map[string]any)["via"].([]any)
			depths[pair{agency: agency, depth: 1 + len(via)}]++
		}
	}

	rows := map[string][]string{}
	add := func(name string, v any) { rows[name] = append(rows[name], canonical(t, v)) }
	for name, n := range quotes {
		add("speakers", map[string]any{"speaker": name, "quotes": n, "stories": quoteStories[name]})
	}
	byAgency := map[string][]map[string]any{}
	for k, n := range sources {
		byAgency[k.agency] = append(byAgency[k.agency], map[string]any{"source": k.source, "attributions": n})
	}
	for agency, list := range byAgency {
		slices.SortFunc(list, func(a, b map[string]any) int {
			if c := cmp.Compare(b["attributions"].(int), a["attributions"].(int)); c != 0 {
				return c
			}
			return cmp.Compare(a["source"].(string), b["source"].(string))
		})
		add("sources", map[string]any{"agency": agency, "sources": list[:min(top, len(list))]})
	}
	for k, n := range depths {
		add("depths", map[string]any{"agency": k.agency, "depth": k.depth, "attributions": n})
	}
	for agency, n := range stories {
		add("datelines", map[string]any{"agency": agency, "stories": n, "with_dateline": dated[agency], "share": float64(dated[agency]) / float64(n)})
	}
	return rows
}

// canonical re-encodes a value through generic JSON, so that rows compare
// whatever their field order.
func canonical(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var g any
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(g) // maps encode with sorted keys
	return string(b)
}

func decodeRows(t *testing.T, lines []string) []string {
	var rows []string
	for _, l := range lines {
		var g any
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatalf("aggregate row %q: %v", l, err)
		}
		rows = append(rows, canonical(t, g))
	}
	return rows
}

// checkCorpusVariety fails if the corpus no longer exercises what the
// aggregates compute: several agencies, stories with and without a
// dateline, chains deeper than one, and more sources than are kept.
func checkCorpusVariety(t *testing.T, rows map[string][]string) {
	t.Helper()
	joined := strings.Join(rows["depths"], "\n")
	if !strings.Contains(joined, `"depth":2`) {
		t.Errorf("no chain of depth 2 in the corpus:\n%s", joined)
	}
	if n := len(rows["datelines"]); n < 4 {
		t.Errorf("only %d agencies in the corpus", n)
	}
	partial := false
	for _, r := range rows["datelines"] {
		var d struct{ Share float64 }
		json.Unmarshal([]byte(r), &d)
		partial = partial || (d.Share > 0 && d.Share < 1)
	}
	if !partial {
		t.Errorf("no agency with only some stories dated:\n%s", strings.Join(rows["datelines"], "\n"))
	}
	if len(rows["speakers"]) < 5 {
		t.Errorf("only %d speakers", len(rows["speakers"]))
	}
}
