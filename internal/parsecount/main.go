// Command parsecount parses stories, so that valgrind's count of its
// instructions gives Parse's instructions per byte of text: exact, where a
// time on a shared machine moves by 2×. .ci/instructions runs it.
//
//	parsecount [-times N] [-skip] FILE...
//
// A FILE ending in .jsonl holds one story a line, as {"text": "…"} (other
// fields are ignored); any other FILE is one story. With -skip the stories
// are only read, for the count to subtract; with -times N each is parsed N
// times. It prints "stories N bytes B".
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/wirestory/wirestory"
)

func main() {
	skip := flag.Bool("skip", false, "read the stories, parse none")
	times := flag.Int("times", 1, "parse each story this many times")
	flag.Parse()
	var texts []string
	for _, name := range flag.Args() {
		stories, err := read(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "parsecount:", err)
			os.Exit(1)
		}
		texts = append(texts, stories...)
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	if !*skip {
		for range *times {
			for _, t := range texts {
				wirestory.Parse(t)
			}
		}
	}
	fmt.Println("stories", len(texts), "bytes", n)
}

// read returns the stories of the file name.
func read(name string) ([]string, error) {
	if !strings.HasSuffix(name, ".jsonl") {
		b, err := os.ReadFile(name)
		return []string{string(b)}, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for line := 1; sc.Scan(); line++ {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		texts = append(texts, r.Text)
	}
	return texts, sc.Err()
}
