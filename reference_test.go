package wirestory

// The readings the library replaced with faster ones, kept as the
// references their tests compare the fast paths with.

// lookup returns the classes of the folded word w by hashing it whole, as
// tokenize's one probe must find them.
func (wc *wordClasses) lookup(w []byte) tokFlags {
	h := wcHashInit
	for _, c := range w {
		h = wcHashByte(h, c)
	}
	return wc.lookupHashed(w, h)
}

// lookupHashed is lookup with the word's wcHash h.
func (wc *wordClasses) lookupHashed(w []byte, h uint32) tokFlags {
	if !wc.mayHold(h) {
		return 0
	}
	for i := h & wc.mask; ; i = (i + 1) & wc.mask {
		e := &wc.table[i]
		if e.h == h && e.key == string(w) {
			return e.flags
		}
		if e.key == "" {
			return 0
		}
	}
}

// languageOf is languageWords[w], through the table looksEnglish uses.
func languageOf(w string) int8 {
	if len(w) > 8 {
		return 0
	}
	var v uint64
	for i := 0; i < len(w); i++ {
		v = v<<8 | uint64(w[i])
	}
	return languageOfPacked(v)
}

// rsScan cuts text into words, sentences and quotations in one pass,
// reading the bytes itself: the view resolution now takes from the token
// stream must equal it.
func rsScan(dst []rsTok, text string, w *rsWords) []rsTok {
	sc := newRSScanner(dst, text, w, nil)
	sc.scan(0, len(text))
	return sc.dst
}
