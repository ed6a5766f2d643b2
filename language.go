package wirestory

// looksEnglish reports whether a story reads as English, judged from its
// commonest short words in the first few kilobytes. The attribution stage
// knows English grammar only: on a German or French story it would take
// nouns for speakers, so Parse skips it there (quotations are still found).
func looksEnglish(text string) bool {
	const window = 4 << 10
	if len(text) > window {
		text = text[:window]
	}
	english, other := 0, 0
	for i := 0; i < len(text); {
		for i < len(text) && !isASCIILetter(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j-i >= 2 && j-i <= 4 && (j == len(text) || text[j] < 0x80) {
			switch lowerASCII(text[i:j]) {
			case "the", "and", "of", "to", "is", "was", "that", "said", "for", "with", "from", "has":
				english++
			case "der", "die", "das", "und", "ist", "den", "dem", "des", "nicht", "mit", "von", "ein", "eine", // German
				"le", "la", "les", "et", "est", "une", "du", "que", "dans", "pour", // French
				"el", "los", "las", "y", "una", "por", "con", "del": // Spanish
				other++
			}
		}
		i = j
	}
	return english >= other
}
