// Command wirestory-beam parses a corpus of wire stories on Apache Beam:
// JSON Lines of {"id", "text"} in, the Article JSON Lines that `wirestory
// -jsonl` prints out, and the corpus aggregates (quotations per speaker,
// top sources, chain depths and dateline share per agency; see package
// github.com/wirestory/wirestory/beam).
//
// Usage:
//
//	wirestory-beam --input 'stories/*.jsonl' --output out/articles --aggregates out/
//
// It runs on the local Prism runner by default; Beam's own flags choose
// another (--runner=dataflow --project … --region … --temp_location gs://…,
// or --runner=flink|spark --endpoint HOST:PORT for a job server).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	wirebeam "github.com/wirestory/wirestory/beam"
)

var (
	input      = flag.String("input", "", "file or glob of JSON Lines {\"id\", \"text\"} (gs:// paths too)")
	output     = flag.String("output", "", "prefix of the Article JSON Lines shards (PREFIX-00000-of-0000N.jsonl)")
	shards     = flag.Int("shards", 1, "number of Article output shards")
	aggregates = flag.String("aggregates", "", "prefix of the aggregate files (PREFIX-speakers.jsonl, …; a folder if it ends in /)")
	top        = flag.Int("top", 10, "sources kept per agency")
	ref        = flag.String("ref", "", "reference time (RFC 3339 or 2006-01-02) for dateline years")
)

func main() {
	flag.Parse()
	beam.Init() // must come after flag.Parse and before any other Beam call
	if *input == "" || (*output == "" && *aggregates == "") {
		usage()
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	_, err := wirebeam.Build(s, wirebeam.Options{
		Input:      *input,
		Output:     *output,
		Shards:     *shards,
		Aggregates: *aggregates,
		TopSources: *top,
		Reference:  *ref,
	})
	ctx := context.Background()
	if err != nil {
		log.Exitf(ctx, "wirestory-beam: %v", err)
	}
	if err := beamx.Run(ctx, p); err != nil {
		log.Exitf(ctx, "wirestory-beam: %v", err)
	}
}

// usage lists the command's own flags; -h lists Beam's too, which are
// many.
func usage() {
	fmt.Fprintln(os.Stderr, "usage: wirestory-beam --input FILE|GLOB [--output PREFIX] [--aggregates PREFIX] [--runner=prism|direct|dataflow|flink|spark …]")
	for _, name := range []string{"input", "output", "shards", "aggregates", "top", "ref"} {
		f := flag.Lookup(name)
		fmt.Fprintf(os.Stderr, "  --%s\t%s (default %q)\n", name, f.Usage, f.DefValue)
	}
}
