package wirestory

import "testing"

// BenchmarkBuildTables times the tables each stage derives once per
// Lexicon, from lists already read, so that the figures are the builds'
// alone.
func BenchmarkBuildTables(b *testing.B) {
	l := DefaultLexicon()
	buildClasses(l)
	buildRSWords(l)
	b.Run("classes", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildClasses(l)
		}
	})
	b.Run("forms", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildForms(l)
		}
	})
	b.Run("rswords", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildRSWords(l)
		}
	})
}
