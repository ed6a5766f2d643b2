package wirestory

import (
	_ "embed"
	"slices"
	"sync"
)

// The default lexicon's tables are generated into preset_tables.go as Go
// data: composite literals of constants, which the compiler lays out in
// the binary, so that a process pays next to nothing to load them.
// Reading the embedded lists into tables on first use, and deriving the
// stages' tables from them, cost Parse about 15 instructions a byte on a
// first pass over a 1.5 MB sample of stories.
//
// The generator is a test (TestPresetTables) that reads lexicon/*.txt
// with the code a caller's lists go through and writes what it built, so
// that the lists stay the one source of the tables; the test fails when
// the file is not what the lists give. The build tag nopreset leaves the
// file out (preset_none.go stands in), so that it can be rewritten even
// when it no longer compiles.
//
//go:generate go test -tags nopreset -run ^TestPresetTables$ . -update

// A presetList is one embedded list's wordList as reading its file
// builds it, written short: its entries with their slots, where the table
// itself, mostly empty slots of two strings each, was 1.4 MB of the binary
// for the default lists. The table is made on the list's first use
// (table), for a few dozen instructions an entry.
type presetList struct {
	file string
	// list is the name of the list, written as a literal of its own: the
	// linker keeps one copy of equal literals, so that the key Lexicon
	// files the list under shares its bytes with the List constant that
	// names it, and Lexicon.list compares the two by address.
	list        List
	size        int // the length of the file it was read from
	n, maxWords int
	slots       int    // the length of its table
	text        string // the keys and canonical forms of its entries, each once, end to end
	entries     []presetEntry
}

// A presetEntry is one lexEntry of a presetList and its slot: key and
// canonical form are cut from the list's text.
type presetEntry struct {
	slot, h          uint32
	key, canon       uint32 // offsets in text
	keyLen, canonLen uint16
}

// A presetIndex is the textIndex of a searched list (the gazetteer) as
// newTextIndex builds it from the file's text.
type presetIndex struct {
	file    string
	size    int
	lowered []byte
	regions []region
	extra   presetList
}

//go:embed lexicon/gazetteer.txt
var gazetteerText string // the gazetteer's text, in the binary once with lexiconFiles

// withPresets puts the preset tables in place of the lists of l, the
// embedded lexicon, whose files have the length the presets were read
// from: a list edited since the file was generated is read from its text
// (and TestPresetTables fails until the file is rewritten).
func (l *Lexicon) withPresets() *Lexicon {
	files, _ := lexiconFiles.ReadDir("lexicon")
	size := func(file string) int { // the files and presetLists are both in order of name: a walk finds each
		for len(files) > 0 && files[0].Name() < file {
			files = files[1:]
		}
		if len(files) > 0 && files[0].Name() == file {
			if info, err := files[0].Info(); err == nil {
				return int(info.Size())
			}
		}
		return -1
	}
	keys := make([]List, 0, len(l.lists)) // the names, in order, for index
	preset := 0
	for i := range presetLists {
		p := &presetLists[i]
		k := p.list
		if l.lists[k] != nil && size(p.file) == p.size {
			l.lists[k] = p.wordList()
			keys = append(keys, k)
			preset++
		}
	}
	files, _ = lexiconFiles.ReadDir("lexicon")
	if g := &presetGazetteer; g.file != "" && size(g.file) == g.size { // no file: built without presets
		w := &wordList{file: g.file, searched: true}
		w.textOnce.Do(func() {
			extra := &wordList{table: g.extra.table(), n: g.extra.n, maxWords: g.extra.maxWords}
			w.textIndex = &textIndex{data: gazetteerText, lowered: g.lowered, regions: g.regions, extra: extra}
		})
		l.lists[Gazetteer] = w
		preset++
	}
	if preset == len(l.lists) && len(presetRSWordsTable.keys) > 0 {
		// Every list is as the derived tables were built from.
		l.classes.Do(func() { l.wordClass = presetClasses() })
		l.rsOnce.Do(func() { l.rsTable = &presetRSWordsTable })
	}
	if len(keys) == len(l.lists)-1 && l.lists[Gazetteer] != nil {
		at, _ := slices.BinarySearch(keys, Gazetteer)
		if keys = slices.Insert(keys, at, Gazetteer); slices.IsSorted(keys) {
			return l.indexSorted(keys)
		}
	}
	return l.index()
}

// A presetLink is a pointer of one entry of a table to another, by their
// indexes: Go data cannot hold it (an initialisation cycle).
type presetLink struct{ from, to uint32 }

// presetClasses returns presetWordClasses with the pointers of its cue
// forms to their verbs' entries set.
var presetClasses = sync.OnceValue(func() *wordClasses {
	t := presetWordClasses.forms.table
	for _, k := range presetVerbEntries {
		t[k.from].verbEntry = &t[k.to]
	}
	return &presetWordClasses
})

// wordList returns the list p holds, its table made on first use.
func (p *presetList) wordList() *wordList {
	return &wordList{file: p.file, preset: p, n: p.n, maxWords: p.maxWords}
}

// table returns the table of the list p holds.
func (p *presetList) table() []lexEntry {
	t := make([]lexEntry, p.slots)
	for _, e := range p.entries {
		t[e.slot] = lexEntry{key: p.text[e.key : e.key+uint32(e.keyLen)], canon: p.text[e.canon : e.canon+uint32(e.canonLen)], h: e.h}
	}
	return t
}

// slotEntries returns the table of the list p holds in short (see
// wordList.slotEntry): a few instructions an entry, where making its
// strings cost Parse half an instruction a byte on a first pass over a
// 1.5 MB sample.
func (p *presetList) slotEntries() []uint64 {
	t := make([]uint64, p.slots)
	for k := range p.entries {
		e := &p.entries[k]
		t[e.slot] = uint64(e.h)<<32 | uint64(k+1)
	}
	return t
}

// A slot of slotEntries holds its entry's hash in its high half, so that
// a probe reads the entry only when the hashes agree, and its index in
// entries plus one in its low half, 0 for a free slot.
func slotHash(x uint64) uint32 { return uint32(x >> 32) }

// key and canon return the key and canonical form of the entry of slot x.
func (p *presetList) key(x uint64) string {
	e := &p.entries[uint32(x)-1]
	return p.text[e.key : e.key+uint32(e.keyLen)]
}

func (p *presetList) canon(x uint64) string {
	e := &p.entries[uint32(x)-1]
	return p.text[e.canon : e.canon+uint32(e.canonLen)]
}

// presetFind is findHashed for a preset list whose slotEntries are t.
func presetFind[K string | []byte](p *presetList, t []uint64, key K, h uint32) (string, bool) {
	mask := uint32(len(t) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		x := t[i]
		if x == 0 {
			return "", false
		}
		if slotHash(x) == h && p.key(x) == string(key) {
			return p.canon(x), true
		}
	}
}
