package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerText gives the lowercase forms of a paragraph's words as slices of
// the paragraph lowercased once: a string for each capitalized word was a
// tenth of tokenizing.
type lowerText struct {
	s       string
	lower   string // s lowercased rune by rune, once a word needs it
	done    bool
	aligned bool // every rune kept its size: lower[i:j] lowercases s[i:j]
}

// slice returns strings.ToLower(lt.s[i:j]) for a word (valid UTF-8).
func (lt *lowerText) slice(i, j int) string {
	if !lt.done {
		lt.lower, lt.aligned = lowerAligned(lt.s)
		lt.done = true
	}
	if !lt.aligned { // "ẞ", "K": rare letters whose lowercase has another size
		return strings.ToLower(lt.s[i:j])
	}
	return lt.lower[i:j]
}

// lowerAligned lowercases s as strings.ToLower does each valid rune, and
// reports whether every rune kept its size, so that offsets in s are
// offsets in the result. Invalid bytes, never part of a word, are kept.
func lowerAligned(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	done := 0 // s[:done] is written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[done:i])
				b.WriteByte(c + 'a' - 'A')
				done = i + 1
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if size == 1 || classOf(r)&cCased == 0 { // an invalid byte, or a rune without a lowercase
			i += size
			continue
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != size {
			return "", false
		}
		b.WriteString(s[done:i])
		b.WriteRune(l)
		i += size
		done = i
	}
	b.WriteString(s[done:])
	return b.String(), true
}
