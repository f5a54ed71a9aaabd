package actors

// The lexicon's commonest words are short: "de", "la", "the", "à". A word of
// at most eight bytes fits in an integer, and a table keyed by that integer
// finds it without hashing a string or comparing bytes in memory.

import "math/bits"

// shortTable maps words of one to eight bytes to their flags.
type shortTable struct {
	slots []shortSlot // a power of two, at most half full
	shift uint        // 64 - log2(len(slots))
}

type shortSlot struct {
	key   uint64 // the word's bytes, packed
	size  uint8  // the word's length; 0 for an empty slot
	flags wordFlag
}

const maxShortWord = 8

func packWord(w string) uint64 {
	var x uint64
	for i := 0; i < len(w); i++ {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// newShortTable holds the words of at most maxShortWord bytes of words.
func newShortTable(words map[string]wordFlag) *shortTable {
	size := 64
	for w := range words {
		if len(w) <= maxShortWord {
			size += 2
		}
	}
	size = 1 << bits.Len(uint(size))
	t := &shortTable{slots: make([]shortSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for w, f := range words {
		if w == "" || len(w) > maxShortWord {
			continue
		}
		k := t.index(packWord(w))
		for t.slots[k].size != 0 {
			k = (k + 1) & (len(t.slots) - 1)
		}
		t.slots[k] = shortSlot{packWord(w), uint8(len(w)), f}
	}
	return t
}

func (t *shortTable) index(key uint64) int {
	return int((key * 0x9e3779b97f4a7c15) >> t.shift)
}

// get returns the flags of w, which has one to maxShortWord bytes.
func (t *shortTable) get(w string) wordFlag { return t.getPacked(packWord(w), len(w)) }

// getPacked returns the flags of the word of n bytes (1 to maxShortWord)
// that packWord packs to key.
func (t *shortTable) getPacked(key uint64, n int) wordFlag {
	size := uint8(n)
	mask := len(t.slots) - 1
	for k := t.index(key); ; k = (k + 1) & mask {
		s := &t.slots[k]
		if s.key == key && s.size == size {
			return s.flags
		}
		if s.size == 0 {
			return 0
		}
	}
}
