package article

import "unicode/utf8"

// stopIndex maps every stopword to the languages it belongs to. It is looked
// up for every word of every article, so it is a small open-addressing hash
// table rather than a Go map: no per-call setup, a cheap hash, no allocation.
var stopIndex = newWordTable(stopwords)

// longestStopword bounds the words worth lowering and looking up, in bytes.
var longestStopword = func() int {
	n := 0
	for _, words := range stopwords {
		for _, w := range words {
			n = max(n, len(w))
		}
	}
	return n
}()

// asciiStopStarts[n] holds the first letters of the ASCII stopwords of n
// bytes: most words of Latin-script text are ruled out by one lookup.
var asciiStopStarts = func() [][utf8.RuneSelf]bool {
	t := make([][utf8.RuneSelf]bool, longestStopword+1)
	for _, words := range stopwords {
		for _, w := range words {
			if w[0] < utf8.RuneSelf {
				t[len(w)][w[0]] = true
			}
		}
	}
	return t
}()

// asciiStopShape reports whether the ASCII word w (letters and apostrophes)
// has the length and first letter of a stopword, case aside.
func asciiStopShape(w string) bool {
	return w != "" && len(w) <= longestStopword && asciiStopStarts[len(w)][w[0]|0x20]
}

// wordTable is a hash table from word to langSet with linear probing. It is
// at most half full, so a probe ends soon at an empty slot.
type wordTable struct {
	slots []wordSlot
	mask  uint32
}

type wordSlot struct {
	word  string // "" marks an empty slot
	langs langSet
}

func newWordTable(words map[string][]string) *wordTable {
	n := 0
	for _, ws := range words {
		n += len(ws)
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	t := &wordTable{slots: make([]wordSlot, size), mask: uint32(size - 1)}
	for k, lang := range stopLangs {
		for _, w := range words[lang] {
			t.slot(w).word = w
			t.slot(w).langs |= 1 << k
		}
	}
	return t
}

// slot is the slot that holds w, or the empty slot where w would go.
func (t *wordTable) slot(w string) *wordSlot {
	for i := hashWord(w) & t.mask; ; i = (i + 1) & t.mask {
		if s := &t.slots[i]; s.word == "" || s.word == w {
			return s
		}
	}
}

// find returns the languages of the lowered word w, 0 for none.
func (t *wordTable) find(w []byte) langSet {
	if len(w) == 0 || len(w) > longestStopword {
		return 0
	}
	for i := hashWord(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.word == string(w) {
			return s.langs
		}
		if s.word == "" {
			return 0
		}
	}
}

// hashWord is FNV-1a: short words hash in a few nanoseconds.
func hashWord[T string | []byte](w T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
