package wirestory

// sortStableBy sorts s by key, keeping elements of equal key in their
// order, and returns buf, grown to len(s) if it was shorter, for the next
// call to reuse. The lists it sorts (mentions, references, attributions)
// come as a few runs already in order, one for each pass that made them:
// it merges the runs, a pass over s for each halving of their number,
// where slices.SortStableFunc's insertion sorts and rotations cost the
// resolution stage three times as much.
func sortStableBy[T any](s, buf []T, key func(*T) int) []T {
	if len(s) < 2 {
		return buf
	}
	if cap(buf) < len(s) {
		buf = make([]T, len(s))
	}
	buf = buf[:len(s)]
	for {
		runs := 0
		for lo := 0; lo < len(s); runs++ {
			mid := runEnd(s, lo, key)
			hi := mid
			if mid < len(s) {
				hi = runEnd(s, mid, key)
			}
			// Merge s[lo:mid] and s[mid:hi] into buf[lo:hi]; on equal
			// keys the left run's element goes first. Each element's
			// key is asked once.
			i, j, o := lo, mid, lo
			if i < mid && j < hi {
				ki, kj := key(&s[i]), key(&s[j])
				for {
					if kj < ki {
						buf[o] = s[j]
						o, j = o+1, j+1
						if j == hi {
							break
						}
						kj = key(&s[j])
					} else {
						buf[o] = s[i]
						o, i = o+1, i+1
						if i == mid {
							break
						}
						ki = key(&s[i])
					}
				}
			}
			o += copy(buf[o:], s[i:mid])
			copy(buf[o:], s[j:hi])
			lo = hi
		}
		copy(s, buf)
		if runs == 1 {
			return buf
		}
	}
}

// runEnd returns the end of the run of s in order by key from lo.
func runEnd[T any](s []T, lo int, key func(*T) int) int {
	k := key(&s[lo])
	for lo++; lo < len(s); lo++ {
		n := key(&s[lo])
		if n < k {
			break
		}
		k = n
	}
	return lo
}
