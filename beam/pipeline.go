package wirebeam

import (
	"errors"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
)

// Options say what the pipeline reads and writes.
type Options struct {
	Input      string // a file or glob of JSON Lines {"id", "text"}; gs:// where beamx is linked
	Output     string // prefix of the Article JSON Lines shards; "" writes none
	Shards     int    // number of Article shards; 0 means 1
	Aggregates string // prefix of the aggregate files; "" writes none
	TopSources int    // sources kept per agency; 0 means 10
	Reference  string // reference time for dateline years, RFC 3339 or YYYY-MM-DD; "" for none
}

// Result holds the pipeline's collections, each of JSON lines: the
// output records, one per input line, and the aggregates.
type Result struct {
	Records beam.PCollection
	Aggregates
}

// Build adds the pipeline that opts describe to s: read, parse, write the
// records and the aggregates. It returns the collections so that callers
// can add steps of their own.
func Build(s beam.Scope, opts Options) (Result, error) {
	if opts.Input == "" {
		return Result{}, errors.New("no input")
	}
	if opts.Reference != "" {
		if _, err := parseTime(opts.Reference); err != nil {
			return Result{}, err
		}
	}
	if opts.Shards <= 0 {
		opts.Shards = 1
	}
	if opts.TopSources <= 0 {
		opts.TopSources = 10
	}
	records := beam.ParDo(s.Scope("Parse"), &parseFn{Reference: opts.Reference}, readLines(s, opts.Input))
	res := Result{Records: records, Aggregates: aggregate(s, records, opts.TopSources)}
	if opts.Output != "" {
		writeShards(s, opts.Output, opts.Shards, records)
	}
	if opts.Aggregates != "" {
		for _, a := range []struct {
			name string
			col  beam.PCollection
		}{
			{"speakers", res.Speakers},
			{"sources", res.Sources},
			{"depths", res.Depths},
			{"datelines", res.Datelines},
		} {
			textio.Write(s.Scope("Write-"+a.name), AggregateFile(opts.Aggregates, a.name), a.col)
		}
	}
	return res, nil
}

// AggregateFile is the name of the aggregate file NAME under prefix:
// PREFIX-NAME.jsonl, or PREFIXNAME.jsonl where the prefix is a folder
// ending in "/".
func AggregateFile(prefix, name string) string {
	if strings.HasSuffix(prefix, "/") {
		return prefix + name + ".jsonl"
	}
	return prefix + "-" + name + ".jsonl"
}
