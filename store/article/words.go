package article

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// countWords counts the words a reader sees: the title line and every block.
func countWords(a Article) int {
	n := fieldCount(titleLine(a))
	for _, b := range a.Blocks {
		n += fieldCount(b.Text)
	}
	return n
}

// fieldCount is len(strings.Fields(s)) without building the slice: the
// number of non-space runes that follow a space or start s. ASCII text is
// counted eight bytes at once (asciiWordStarts); the eight bytes that stop
// it are read one at a time, decoding only the runes that may be spaces
// (see spaceClass), and adding rather than branching on word starts, which
// come too irregularly to be predicted.
func fieldCount(s string) int {
	n, prev := 0, uint64(isSpace) // the start of s counts as a space
	for i := 0; i < len(s); {
		for ; i+8 <= len(s); i += 8 {
			starts, last, ok := asciiWordStarts(s[i:i+8], prev)
			if !ok {
				break
			}
			n += starts
			prev = last
		}
		for end := min(i+8, len(s)); i < end; {
			class, size := spaceClass[s[i]], 1
			if class == mayBeSpace {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				class = notSpace
				if unicode.IsSpace(r) {
					class = isSpace
				}
			}
			n += int(prev &^ uint64(class)) // 1 where a space is followed by a non-space
			prev = uint64(class)
			i += size
		}
	}
	return n
}

// asciiWordStarts counts the words that start in the 8 bytes of b, read as
// one number, when they are all ASCII at or above 0x20, where the only space
// is ' '. prev is 1 if the byte before b is a space; last tells the same of
// b's last byte. ok is false, and b must be read a byte at a time, when any
// byte is at or above 0x80, or below 0x20: subtracting 0x20 from the lowest
// such byte sets its high bit, whatever the bytes below it.
func asciiWordStarts(b string, prev uint64) (starts int, last uint64, ok bool) {
	const ones, lows = 0x0101010101010101, 0x7F7F7F7F7F7F7F7F
	w := load8(b)
	if (w|(w-0x20*ones))&highBits != 0 {
		return 0, 0, false
	}
	// A byte of t is 0 where b has ' '; adding 0x7F to its low 7 bits sets
	// the high bit of every other byte, and no carry crosses bytes.
	t := w ^ 0x20*ones
	spaces := ^((t&lows + lows) | t) & highBits
	words := ^spaces & highBits & (spaces<<8 | prev<<7) // a non-space after a space
	return bits.OnesCount64(words), spaces >> 63, true
}

// The classes of spaceClass. isSpace &^ notSpace is 1, and mayBeSpace is
// resolved to one of the two before it is counted.
const (
	notSpace uint8 = iota
	isSpace
	mayBeSpace
)

// spaceClass sorts bytes for fieldCount. The non-ASCII spaces (U+0085,
// U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000)
// start with the bytes C2, E1, E2 or E3 (TestSpaceClass): those are decoded.
// Every other byte at or above 0x80 is a continuation byte or starts a rune
// that is no space, so it can count as a non-space of its own: a rune of k
// such bytes reads as k non-spaces in a row, the same one word. Invalid
// bytes decode to U+FFFD, no space either.
var spaceClass = func() (t [256]uint8) {
	for b := range utf8.RuneSelf {
		if unicode.IsSpace(rune(b)) {
			t[b] = isSpace
		}
	}
	for _, b := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[b] = mayBeSpace
	}
	return t
}()
