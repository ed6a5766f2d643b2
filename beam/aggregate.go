package wirebeam

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// This file computes the aggregates that the package documentation
// defines, each as a PCollection of JSON lines.

func init() {
	register.Function2x0(toStory)
	register.Function2x0(speakerTallies)
	register.Function2x0(sourceKeys)
	register.Function2x0(depthKeys)
	register.Function2x0(datelineTallies)
	register.Function2x2(bySourceAgency)
	register.Function2x1(addTallies)
	register.Function2x1(formatSpeaker)
	register.Function2x1(formatSources)
	register.Function2x1(formatDepth)
	register.Function2x1(formatDateline)
	register.Combiner3[[]ranked, ranked, []ranked](&topFn{})
	register.Emitter1[storyFacts]()
	register.Emitter2[string, int]()
	register.Emitter2[string, tally]()
}

// Aggregates holds the aggregate collections, each of JSON lines.
type Aggregates struct {
	Speakers, Sources, Depths, Datelines beam.PCollection
}

// aggregate computes the aggregates of the output records. top is the
// number of sources kept per agency.
func aggregate(s beam.Scope, records beam.PCollection, top int) Aggregates {
	s = s.Scope("Aggregates")
	stories := beam.ParDo(s, toStory, records)

	speakers := beam.CombinePerKey(s, addTallies, beam.ParDo(s, speakerTallies, stories))

	sourceCounts := stats.SumPerKey(s, beam.ParDo(s, sourceKeys, stories))
	sources := beam.CombinePerKey(s, &topFn{K: top}, beam.ParDo(s, bySourceAgency, sourceCounts))

	depths := stats.SumPerKey(s, beam.ParDo(s, depthKeys, stories))

	datelines := beam.CombinePerKey(s, addTallies, beam.ParDo(s, datelineTallies, stories))

	return Aggregates{
		Speakers:  beam.ParDo(s, formatSpeaker, speakers),
		Sources:   beam.ParDo(s, formatSources, sources),
		Depths:    beam.ParDo(s, formatDepth, depths),
		Datelines: beam.ParDo(s, formatDateline, datelines),
	}
}

func toStory(rec string, emit func(storyFacts)) {
	if st, ok := readStory([]byte(rec)); ok {
		emit(st)
	}
}

// A tally counts things and the stories they are in.
type tally struct {
	Count, Stories int
}

func addTallies(a, b tally) tally {
	return tally{a.Count + b.Count, a.Stories + b.Stories}
}

// speakerTallies emits, for each speaker name of a story, its quotations
// and one story.
func speakerTallies(st storyFacts, emit func(string, tally)) {
	quotes := make(map[string]int, len(st.Speakers))
	for _, name := range st.Speakers {
		quotes[name]++
	}
	for name, n := range quotes {
		emit(name, tally{Count: n, Stories: 1})
	}
}

// datelineTallies emits one story for the story's agency, counting it if
// it has a dateline.
func datelineTallies(st storyFacts, emit func(string, tally)) {
	t := tally{Stories: 1}
	if st.HasDateline {
		t.Count = 1
	}
	emit(st.Agency, t)
}

// pairKey joins an agency and a second key; agency names never hold NUL,
// so the first NUL splits them again.
func pairKey(agency, second string) string { return agency + "\x00" + second }

func splitKey(key string) (agency, second string) {
	agency, second, _ = strings.Cut(key, "\x00")
	return agency, second
}

func sourceKeys(st storyFacts, emit func(string, int)) {
	for _, src := range st.Sources {
		emit(pairKey(st.Agency, src.Name), 1)
	}
}

func depthKeys(st storyFacts, emit func(string, int)) {
	for _, src := range st.Sources {
		emit(pairKey(st.Agency, strconv.Itoa(src.Depth)), 1)
	}
}

// A ranked is a source and its count of attributions, a row of the
// sources aggregate.
type ranked struct {
	Source string `json:"source"`
	Count  int    `json:"attributions"`
}

func bySourceAgency(key string, n int) (string, ranked) {
	agency, source := splitKey(key)
	return agency, ranked{Source: source, Count: n}
}

// topFn keeps the K sources with the most attributions, ties broken by
// source in byte order, so that the result does not depend on the order
// in which a runner combines.
type topFn struct {
	K int
}

func (fn *topFn) CreateAccumulator() []ranked { return nil }

func (fn *topFn) AddInput(acc []ranked, r ranked) []ranked { return fn.keep(append(acc, r)) }

func (fn *topFn) MergeAccumulators(a, b []ranked) []ranked {
	return fn.keep(append(slices.Clip(a), b...))
}

func (fn *topFn) ExtractOutput(acc []ranked) []ranked { return acc }

func (fn *topFn) keep(rs []ranked) []ranked {
	slices.SortFunc(rs, compareRanked)
	return rs[:min(len(rs), fn.K)]
}

func compareRanked(a, b ranked) int {
	if c := cmp.Compare(b.Count, a.Count); c != 0 {
		return c
	}
	return strings.Compare(a.Source, b.Source)
}

// The rows of the aggregate files.

type speakerRow struct {
	Speaker string `json:"speaker"`
	Quotes  int    `json:"quotes"`
	Stories int    `json:"stories"`
}

type sourcesRow struct {
	Agency  string   `json:"agency"`
	Sources []ranked `json:"sources"`
}

type depthRow struct {
	Agency       string `json:"agency"`
	Depth        int    `json:"depth"`
	Attributions int    `json:"attributions"`
}

type datelineRow struct {
	Agency       string  `json:"agency"`
	Stories      int     `json:"stories"`
	WithDateline int     `json:"with_dateline"`
	Share        float64 `json:"share"`
}

func formatSpeaker(name string, t tally) string {
	return jsonLine(speakerRow{Speaker: name, Quotes: t.Count, Stories: t.Stories})
}

func formatSources(agency string, top []ranked) string {
	return jsonLine(sourcesRow{Agency: agency, Sources: top})
}

func formatDepth(key string, n int) string {
	agency, depth := splitKey(key)
	d, _ := strconv.Atoi(depth) // depthKeys wrote it with Itoa
	return jsonLine(depthRow{Agency: agency, Depth: d, Attributions: n})
}

func formatDateline(agency string, t tally) string {
	return jsonLine(datelineRow{Agency: agency, Stories: t.Stories, WithDateline: t.Count, Share: float64(t.Count) / float64(t.Stories)})
}

func jsonLine(v any) string {
	b, _ := json.Marshal(v) // rows of strings and numbers always encode
	return string(b)
}
