package wirebeam

import (
	"encoding/json"
)

// storyFacts are what the aggregates need of one Article, read from its JSON.
type storyFacts struct {
	Agency      string       // the dateline's agency, else the credit's first, else ""
	HasDateline bool         // whether the story has a dateline
	Speakers    []string     // the resolved speaker name of each quotation, "" where none
	Sources     []sourceFact // each attribution that has a source
}

// A sourceFact is the source of one attribution and the depth of its chain.
type sourceFact struct {
	Name  string // resolved name, else the text as written
	Depth int    // 1 + the number of "via" links
}

// The structs below are shaped like the JSON contract
// (shared/spec/article-json.md) and hold only the fields the aggregates
// read; the contract keeps these names however the Go API moves.

type articleJSON struct {
	Error    *string `json:"error"` // only in error records
	Dateline *struct {
		Agency *struct {
			Name string `json:"name"`
		} `json:"agency"`
	} `json:"dateline"`
	Credit *struct {
		Agencies []string `json:"agencies"`
	} `json:"credit"`
	Quotes []struct {
		Speaker *mentionJSON `json:"speaker"`
	} `json:"quotes"`
	Attributions []struct {
		Source *mentionJSON      `json:"source"`
		Via    []json.RawMessage `json:"via"`
	} `json:"attributions"`
}

type mentionJSON struct {
	Text string `json:"text"`
	Name string `json:"name"`
}

// readStory reads the storyFacts of one output record; ok is false for an
// error record or a line that is not an Article.
func readStory(rec []byte) (st storyFacts, ok bool) {
	var a articleJSON
	if err := json.Unmarshal(rec, &a); err != nil || a.Error != nil {
		return storyFacts{}, false
	}
	if a.Dateline != nil {
		st.HasDateline = true
		if a.Dateline.Agency != nil {
			st.Agency = a.Dateline.Agency.Name
		}
	}
	if st.Agency == "" && a.Credit != nil && len(a.Credit.Agencies) > 0 {
		st.Agency = a.Credit.Agencies[0]
	}
	for _, q := range a.Quotes {
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		st.Speakers = append(st.Speakers, name)
	}
	for _, at := range a.Attributions {
		if at.Source == nil {
			continue
		}
		name := at.Source.Name
		if name == "" {
			name = at.Source.Text
		}
		st.Sources = append(st.Sources, sourceFact{Name: name, Depth: 1 + len(at.Via)})
	}
	return st, true
}
