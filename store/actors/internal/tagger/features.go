package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Token is what the tagger sees of one word or punctuation mark.
type Token struct {
	Text  string // as written
	Lower string // lower case
	Cues  uint32 // bits of the caller's cue-word lexicon: titles, "province", "ministère"…
	Gaz   uint8  // bits of the caller's gazetteers: a city, a country…
	Start bool   // first word of a sentence: capitalized by position
	// Seen is true for a capitalized word that its document also writes in
	// lowercase: a common noun capitalized by position or by German rule.
	Seen bool
}

// Feature templates. Their numbers go into the hashes, so changing one
// changes every weight: retrain after any edit here.
const (
	fBias = iota + 1
	fLower
	fLowerPrev
	fLowerNext
	fLowerPrev2
	fLowerNext2
	fShape
	fShapePrevCur
	fShapeCurNext
	fPrefix2
	fPrefix3
	fSuffix2
	fSuffix3
	fSuffix4
	fStartShape
	fGaz
	fGazPrev
	fGazNext
	fCue
	fCuePrev
	fCueNext
	fCuePrev2
	fBigramPrev
	fBigramNext
	fText
	fShapePrev2
	fShapeNext2
	fSeenShape
	fTagPrev
	fTagPrev2
	fTagPrevLower
	fTagPrevShape
	fStartShapeNext
)

// wordHashes are the hashes of one token's parts, computed once and
// combined by the templates.
type wordHashes struct {
	lower, text, shape           uint64
	pre2, pre3, suf2, suf3, suf4 uint64
	cues                         uint32
	gaz                          uint8
	start, seen                  bool
	upper                        bool // begins with a capital letter
}

// boundary stands for the words before the first and after the last.
var boundary = wordHashes{lower: hashString(1, "<s>"), shape: hashString(2, "<s>")}

func hashString(seed uint64, s string) uint64 {
	h := uint64(14695981039346656037) ^ seed*0x9e3779b97f4a7c15
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix combines a template and up to two hashes into one.
func mix(tpl, a, b uint64) uint64 {
	h := tpl*0x9e3779b97f4a7c15 ^ a
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= b
	h ^= h >> 29
	h *= 0x94d049bb133111eb
	h ^= h >> 32
	return h
}

func hashWord(t *Token) wordHashes {
	w := wordHashes{lower: hashString(1, t.Lower), cues: t.Cues, gaz: t.Gaz, start: t.Start, seen: t.Seen}
	if plainLower(t.Text) {
		// most words of a text: their shape is known, and their case,
		// prefixes and suffixes are features only of the words scored,
		// which a lowercase word seldom is
		w.text, w.shape = w.lower, lowerShape
		return w
	}
	var shapeBuf [8]byte
	w.text = hashString(3, t.Text)
	w.shape = hashString(2, string(shape(shapeBuf[:0], t.Text)))
	r, _ := utf8.DecodeRuneInString(t.Text)
	w.upper = unicode.IsUpper(r)
	n := utf8.RuneCountInString(t.Lower)
	w.pre2 = hashString(4, runePrefix(t.Lower, 2))
	w.pre3 = hashString(5, runePrefix(t.Lower, 3))
	if n > 2 {
		w.suf2 = hashString(6, runeSuffix(t.Lower, 2))
	}
	if n > 3 {
		w.suf3 = hashString(7, runeSuffix(t.Lower, 3))
	}
	if n > 4 {
		w.suf4 = hashString(8, runeSuffix(t.Lower, 4))
	}
	return w
}

// lowerShape is the hash of the shape of plainLower words.
var lowerShape = hashString(2, "x")

// plainLower reports a word of ASCII lowercase letters only.
func plainLower(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// shape writes a word's form classes: "Hanoi" is "Xx", "COVID-19" "X-d",
// "l'" "x'". Runs of one class count once, and long shapes are cut.
func shape(dst []byte, s string) []byte {
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		if len(dst) == cap(dst) {
			break
		}
		dst = append(dst, c)
		last = c
	}
	return dst
}

func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func runeSuffix(s string, n int) string {
	i := len(s)
	for i > 0 && n > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n--
	}
	return s[i:]
}

// staticFeatures appends the hashes of the features of position i that do
// not depend on the tags.
func staticFeatures(dst []uint64, ws []wordHashes, i int) []uint64 {
	at := func(k int) *wordHashes {
		if k < 0 || k >= len(ws) {
			return &boundary
		}
		return &ws[k]
	}
	cur, prev, next, prev2, next2 := &ws[i], at(i-1), at(i+1), at(i-2), at(i+2)
	dst = append(dst,
		mix(fBias, 0, 0),
		mix(fLower, cur.lower, 0),
		mix(fText, cur.text, 0),
		mix(fLowerPrev, prev.lower, 0),
		mix(fLowerNext, next.lower, 0),
		mix(fLowerPrev2, prev2.lower, 0),
		mix(fLowerNext2, next2.lower, 0),
		mix(fShape, cur.shape, 0),
		mix(fShapePrevCur, prev.shape, cur.shape),
		mix(fShapeCurNext, cur.shape, next.shape),
		mix(fShapePrev2, prev2.shape, prev.shape),
		mix(fShapeNext2, next.shape, next2.shape),
		mix(fPrefix2, cur.pre2, 0),
		mix(fPrefix3, cur.pre3, 0),
		mix(fBigramPrev, prev.lower, cur.lower),
		mix(fBigramNext, cur.lower, next.lower),
		mix(fGaz, uint64(cur.gaz), 0),
		mix(fGazPrev, uint64(prev.gaz), 0),
		mix(fGazNext, uint64(next.gaz), 0),
	)
	if cur.suf2 != 0 {
		dst = append(dst, mix(fSuffix2, cur.suf2, 0))
	}
	if cur.suf3 != 0 {
		dst = append(dst, mix(fSuffix3, cur.suf3, 0))
	}
	if cur.suf4 != 0 {
		dst = append(dst, mix(fSuffix4, cur.suf4, 0))
	}
	if cur.start {
		// two capitals that begin a sentence are more often a name than one
		dst = append(dst, mix(fStartShape, cur.shape, 0), mix(fStartShapeNext, cur.shape, next.shape))
	}
	if cur.seen {
		dst = append(dst, mix(fSeenShape, cur.shape, 0), mix(fSeenShape, cur.shape, prev.lower))
	}
	dst = appendCues(dst, fCue, cur.cues)
	dst = appendCues(dst, fCuePrev, prev.cues)
	dst = appendCues(dst, fCueNext, next.cues)
	dst = appendCues(dst, fCuePrev2, prev2.cues)
	return dst
}

func appendCues(dst []uint64, tpl uint64, cues uint32) []uint64 {
	for cues != 0 {
		bit := cues & -cues
		dst = append(dst, mix(tpl, uint64(bit), 0))
		cues &^= bit
	}
	return dst
}

// tagFeatures appends the hashes of the features that depend on the two
// tags before position i.
func tagFeatures(dst []uint64, ws []wordHashes, i int, prev, prev2 Tag) []uint64 {
	return append(dst,
		mix(fTagPrev, uint64(prev), 0),
		mix(fTagPrev2, uint64(prev2)<<8|uint64(prev), 0),
		mix(fTagPrevLower, uint64(prev), ws[i].lower),
		mix(fTagPrevShape, uint64(prev), ws[i].shape),
	)
}

// allowed reports whether tag t may follow prev: an I- tag only continues
// a name of its own kind.
func allowed(prev, t Tag) bool {
	return t.Begins() || t == O || prev.Kind() == t.Kind()
}

// Scored reports whether position i gets a score at all: only a capitalized
// word can begin a name, so any other word after an O is an O without a
// look at the weights. Most words of a text are such words, and the
// weights are a table too big for the processor's caches.
func (s *Sequence) Scored(i int, prev Tag) bool { return prev != O || s.ws[i].upper }
