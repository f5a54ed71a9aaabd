package article

import "unicode/utf8"

// The helpers that read text faster than a rune at a time: most articles
// are mostly ASCII, read here eight bytes at once as one number, and most of
// the rest takes two bytes a rune.

// highBits has the high bit of every byte of a word of eight bytes: a byte
// that has it set is not ASCII.
const highBits = 0x8080808080808080

// load8 reads the 8 bytes of b as one number, the first byte lowest. The
// compiler makes it one load.
func load8(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// skipASCII is the index of the first byte of s at or after i that is not
// ASCII, or len(s). It reads eight bytes at a time, as one word.
func skipASCII(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if load8(s[i:i+8])&highBits != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}
