package wirestory

// cityName names the city of a kept dateline that the Places list does not
// hold: a town's spelling from the Gazetteer ("KING OF PRUSSIA" is "King
// of Prussia"), else the name as written, title-cased. A town never decides
// whether a dateline is one (many are words: "BOOM:", "POLICE -"), so the
// gazetteer is read only here, once a dateline is kept, and a story whose
// head holds none never loads it.
func cityName(lex *Lexicon, written string) string {
	if canon, ok := lex.Lookup(Gazetteer, written); ok {
		return canon
	}
	return titleCase(written)
}
