package article

import (
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
// number of non-space runes that follow a space or start s. It decodes only
// the runes that may be spaces (see spaceClass), and it adds rather than
// branches on word starts, which come too irregularly to be predicted.
func fieldCount(s string) int {
	n, prev := 0, uint8(isSpace) // the start of s counts as a space
	for i := 0; i < len(s); {
		class, size := spaceClass[s[i]], 1
		if class == mayBeSpace {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			class = notSpace
			if unicode.IsSpace(r) {
				class = isSpace
			}
		}
		n += int(prev &^ class) // 1 where a space is followed by a non-space
		prev = class
		i += size
	}
	return n
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
