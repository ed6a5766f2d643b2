// Package wirebeam runs wirestory over a corpus on Apache Beam: it reads
// JSON Lines of {"id", "text"} from a file or glob, parses each story, writes
// the Article JSON Lines that `wirestory -jsonl` writes, and computes the
// aggregates that people ask of a corpus of wire stories. The same pipeline
// runs on the local Prism runner and, by Beam's own flags, on Dataflow,
// Flink or Spark (see cmd/wirestory-beam).
//
// # Records
//
// Each output line answers one input line and is byte for byte what
// `wirestory -jsonl` prints for it: the Article's JSON with the input's
// "id" spliced in front, or, for a line that is blank, not a JSON object,
// or has no string "text", the error record {"id": …, "line": N,
// "error": "…"} of the JSON contract, N counting the lines of the line's
// own file from 1. Output lines are in no particular order.
//
// # Aggregates
//
// The aggregates are computed from the Article JSON (the stable contract),
// not from the library's Go types. Error records count in none of them.
// A story's agency is its dateline's agency name, else the first agency of
// its credit, else "". Each aggregate is one JSON Lines file,
// PREFIX-NAME.jsonl (PREFIXNAME.jsonl where PREFIX ends in "/", a folder):
//
//   - speakers: one line per speaker name, {"speaker", "quotes", "stories"}:
//     the number of quotations whose speaker resolves to that name, and of
//     stories with at least one of them. Quotations with no speaker, or a
//     speaker the story never names, count under "".
//   - sources: one line per agency, {"agency", "sources": [{"source",
//     "attributions"}]}: the agency's most frequent attribution sources, most
//     attributions first, ties by source in byte order, at most Options.TopSources.
//     A source is the attribution's own source (not the links of its
//     chain), by resolved name, else by its text as written ("the ministry").
//     Attributions with no source (the evidential kind) count in neither
//     sources nor depths.
//   - depths: one line per agency and chain depth, {"agency", "depth",
//     "attributions"}, where an attribution's depth is 1 + the number of its
//     "via" links: "X said" is 1, "X reported, citing a statement" is 2.
//   - datelines: one line per agency, {"agency", "stories",
//     "with_dateline", "share"}: of the stories of that agency, how many
//     have a dateline, and that count over stories.
package wirebeam
