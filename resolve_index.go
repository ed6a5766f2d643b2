package wirestory

// An rsIndex maps the strings of one story (names, surnames, roles,
// organisation words) to small integers for the resolver. It is an
// open-addressed table that remembers the slots it filled, so that
// emptying it for the next story costs what the story put in, not what
// the largest story grew it to, as clearing a Go map does.
type rsIndex struct {
	slots []rsSlot // a power of two of them, at most half taken
	taken []uint32 // the slots taken, in the order they were
	live  int      // keys with a value
}

type rsSlot struct {
	key   string
	h     uint32
	val   int32
	taken bool // the slot holds key, and probes go on past it
	live  bool // key has a value: false once deleted
}

// An rsKey is a key of an rsIndex with its hash, rsIndexHash(s): a
// word's is the hash it was read with (see resolver.tokKey), so that
// most keys are not hashed again.
type rsKey struct {
	s string
	h uint32
}

// keyOf returns the key of s.
func keyOf(s string) rsKey { return rsKey{s, rsIndexHash(s)} }

// rsIndexHash is rsHash of any string: FNV-1a of its bytes with ASCII
// capitals lowered, the hash a word in ASCII is read with.
func rsIndexHash(s string) uint32 { return rsHashOn(rsHashInit, s) }

// find returns the slot of key, or where it would go, and whether it is
// there.
func (x *rsIndex) find(key string, h uint32) (uint32, bool) {
	mask := uint32(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if !s.taken {
			return i, false
		}
		if s.h == h && s.key == key {
			return i, true
		}
	}
}

// get returns the value of key and whether it has one.
func (x *rsIndex) get(k rsKey) (int32, bool) {
	if x.live == 0 {
		return 0, false
	}
	if i, ok := x.find(k.s, k.h); ok && x.slots[i].live {
		return x.slots[i].val, true
	}
	return 0, false
}

// set gives key the value v.
func (x *rsIndex) set(k rsKey, v int32) {
	if 2*(len(x.taken)+1) > len(x.slots) {
		x.grow()
	}
	i, ok := x.find(k.s, k.h)
	s := &x.slots[i]
	if !ok {
		*s = rsSlot{key: k.s, h: k.h, taken: true}
		x.taken = append(x.taken, i)
	}
	if !s.live {
		s.live = true
		x.live++
	}
	s.val = v
}

// del takes key's value away. Its slot stays taken, so that the keys
// probed past it are still found.
func (x *rsIndex) del(k rsKey) {
	if x.live == 0 {
		return
	}
	if i, ok := x.find(k.s, k.h); ok && x.slots[i].live {
		x.slots[i].live = false
		x.live--
	}
}

// len returns the number of keys with a value.
func (x *rsIndex) len() int { return x.live }

// reset empties x, keeping its room, and lets go of its keys.
func (x *rsIndex) reset() {
	for _, i := range x.taken {
		x.slots[i] = rsSlot{}
	}
	x.taken, x.live = x.taken[:0], 0
}

// grow moves the keys with a value to a table twice as large, or to the
// first one.
func (x *rsIndex) grow() {
	old, taken := x.slots, x.taken
	x.slots = make([]rsSlot, max(16, 2*len(old)))
	x.taken, x.live = make([]uint32, 0, cap(taken)), 0
	mask := uint32(len(x.slots) - 1)
	for _, i := range taken {
		if s := old[i]; s.live {
			j := s.h & mask
			for x.slots[j].taken {
				j = (j + 1) & mask
			}
			x.slots[j] = s
			x.taken = append(x.taken, j)
			x.live++
		}
	}
}

// has reports whether key has a value.
func (x *rsIndex) has(k rsKey) bool {
	_, ok := x.get(k)
	return ok
}
