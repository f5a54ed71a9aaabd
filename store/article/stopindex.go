package article

import "unicode/utf8"

// stopIndex maps every stopword to the languages it belongs to. It is looked
// up for the words that are not all ASCII, and holds the ASCII stopwords too:
// lowering 'İ' or the Kelvin sign gives ASCII. It is a small open-addressing
// hash table rather than a Go map: a cheap hash, no allocation.
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

// asciiStops indexes the stopwords that are all ASCII, which most words of
// Latin-script text are compared with, by their bytes packed into a number:
// a word is found without a copy, a string hash or a string comparison.
var asciiStops = newPackedTable(stopwords)

// packedTable maps words of at most 8 ASCII bytes, packed, to langSet.
type packedTable struct {
	keys   []uint64 // 0 marks an empty slot; no word packs to 0
	langs  []langSet
	starts [maxPacked + 1][utf8.RuneSelf]bool // first bytes by length
}

const (
	maxPacked  = 8
	packedBits = 9 // 512 slots: at most half full
)

func newPackedTable(words map[string][]string) *packedTable {
	t := &packedTable{keys: make([]uint64, 1<<packedBits), langs: make([]langSet, 1<<packedBits)}
	for k, lang := range stopLangs {
		for _, w := range words[lang] {
			if !isASCII(w) {
				continue
			}
			if len(w) > maxPacked {
				panic("article: ASCII stopword longer than a packed word: " + w)
			}
			t.starts[len(w)][w[0]] = true
			i := t.slot(pack(w))
			t.keys[i] = pack(w)
			t.langs[i] |= 1 << k
		}
	}
	return t
}

// find returns the languages of the ASCII word w (letters and apostrophes),
// whatever its case, 0 for none. Most words are ruled out by their length
// and first letter before they are packed.
func (t *packedTable) find(w string) langSet {
	if w == "" || len(w) > maxPacked || !t.starts[len(w)][w[0]|0x20] {
		return 0
	}
	key := packLower(w)
	if i := t.slot(key); t.keys[i] == key {
		return t.langs[i]
	}
	return 0
}

// slot is the slot that holds key, or the empty slot where it would go.
func (t *packedTable) slot(key uint64) uint64 {
	mask := uint64(len(t.keys) - 1)
	for i := (key * 0x9E3779B97F4A7C15) >> (64 - packedBits); ; i = (i + 1) & mask {
		if t.keys[i] == 0 || t.keys[i] == key {
			return i
		}
	}
}

// pack puts the bytes of w (at most 8) into a number, the first lowest.
func pack(w string) uint64 {
	var key uint64
	for i := len(w) - 1; i >= 0; i-- {
		key = key<<8 | uint64(w[i])
	}
	return key
}

// packLower is pack of w lowered, for a w of ASCII letters and apostrophes:
// setting bit 0x20 lowers a letter and leaves an apostrophe as it is.
func packLower(w string) uint64 {
	var key uint64
	for i := len(w) - 1; i >= 0; i-- {
		key = key<<8 | uint64(w[i]|0x20)
	}
	return key
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
