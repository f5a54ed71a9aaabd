// Package utf8fast holds the small UTF-8 shortcuts the parser, the
// sanitizer and the actor extractor share on their hot paths, where
// utf8.DecodeRuneInString costs a call per rune.
package utf8fast

// TwoByteRune decodes the rune at s[i] if it takes two bytes (accented
// Latin, Greek, Cyrillic, Hebrew, Arabic), in line: a lead byte C2-DF
// followed by a continuation byte is always a valid rune. size is 0 for
// any other, which the caller decodes the usual way.
func TwoByteRune(s string, i int) (r rune, size int) {
	if b := s[i]; 0xC2 <= b && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return 0, 0
}
