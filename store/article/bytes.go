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

// twoByteRune decodes the rune at s[i] if it takes two bytes (accented
// Latin, Greek, Cyrillic, Hebrew, Arabic) in line, where
// utf8.DecodeRuneInString makes a call: a lead byte C2-DF followed by a
// continuation byte is always a valid rune. size is 0 for any other.
func twoByteRune(s string, i int) (r rune, size int) {
	if b := s[i]; 0xC2 <= b && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return 0, 0
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
