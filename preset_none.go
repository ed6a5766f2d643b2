//go:build nopreset

package wirestory

// Without the generated tables (build tag nopreset, for rewriting them;
// see preset.go), the default lexicon reads every list from its text.
var (
	presetLists     []presetList
	presetGazetteer presetIndex

	presetVerbEntries  []presetLink
	presetWordClasses  wordClasses
	presetRSWordsTable rsWords
)
