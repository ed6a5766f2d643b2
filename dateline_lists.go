package wirestory

// A dlList names a list the dateline reader asks.
type dlList uint8

const (
	dlPlaces dlList = iota
	dlCountries
	dlRegions
	dlAgencies
	dlMonths
	dlParticles
	dlLabels
	numDLLists
)

var dlListNames = [numDLLists]List{
	dlPlaces: Places, dlCountries: Countries, dlRegions: Regions, dlAgencies: Agencies,
	dlMonths: months, dlParticles: nameParticles, dlLabels: labels,
}

// dlLists holds the lists of one lexicon the dateline reader asks, each
// found in the lexicon the first time it is asked: Lexicon.Lookup finds
// its list anew at every call, and the head of a story asks thousands of
// words a pass. A reader keeps them from story to story for the default
// lexicon, which never changes nor goes away (see dlReader.clear).
type dlLists struct {
	lex   *Lexicon
	lists [numDLLists]*wordList
	found uint16 // bit k: lists[k] was asked of lex
}

// lookup is r.lex.Lookup of list k.
func (r *dlReader) lookup(k dlList, s string) (string, bool) {
	l := &r.lists
	if l.lex != r.lex {
		*l = dlLists{lex: r.lex}
	}
	if l.found&(1<<k) == 0 {
		l.lists[k] = r.lex.list(dlListNames[k])
		l.found |= 1 << k
	}
	if w := l.lists[k]; w != nil {
		return w.lookup(s)
	}
	return "", false
}

// contains is r.lex.Contains of list k.
func (r *dlReader) contains(k dlList, s string) bool {
	_, ok := r.lookup(k, s)
	return ok
}
