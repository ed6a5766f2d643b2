package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageText says what each mode prints, with examples; the flags follow
// it.
const usageText = `usage: wirestory [flags] [FILE]
       wirestory -jsonl [flags] [FILE]

wirestory reads a news wire story (FILE, or stdin without FILE or with -)
and prints its structure: dateline, byline and credit, who said what, and
the chains of sources behind each report. Flags may come after FILE.

One story:
  -format text (the default when stdout is a terminal) prints a view for
  people: the dateline, byline and credit, then each speaker with their
  quotations and reported statements, then each chain of sources:
      Chains
        Xinhua ← a statement ← the website of the President's Office
  -format json (the default into a file or pipe) prints the Article as
  indented JSON: every element with its byte offsets into the input.
  -format html prints one self-contained page that shows the story with
  each quotation in its speaker's colour, a "who said what" panel and the
  chains; it loads nothing from the network.

JSON Lines (-jsonl):
  Each input line is {"id": …, "text": "…"}; output line N answers input
  line N with the Article as one line of JSON, "id" copied through. A blank
  or bad line gives {"id": …, "line": N, "error": "…"}, the run goes on,
  the failing lines are named on stderr and the exit status is 1.
  With -format text, each story is a block headed by its line and id.

Examples:
  wirestory story.txt                    read it on a terminal
  wirestory story.txt -format json | jq '.quotes[].speaker.name'
  wirestory story.txt -format html > story.html
  wirestory -jsonl stories.jsonl > articles.jsonl

Flags:
`

// writeUsage writes the usage and the flags of fs to w.
func writeUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, usageText)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard) // nothing more is printed through fs
}

// permuteArgs moves the flags of args in front of the other arguments,
// so that "wirestory story.txt -format json" parses as the flag package
// expects: it stops at the first argument that is not a flag. A flag
// that takes a value ("-j 4", not "-j=4") keeps its value beside it; "--"
// ends the flags, and "-" alone is an argument (stdin). The result ends
// the flags with "--", so that no argument is read as a flag later.
func permuteArgs(fs *flag.FlagSet, args []string) []string {
	flags := make([]string, 0, len(args)+1)
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimPrefix(a[1:], "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return append(append(flags, "--"), rest...)
}

// isBoolFlag reports whether f is set by its name alone, as -jsonl is.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
