package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerText gives the lowercase forms of a paragraph's capitalized words
// as slices of one string: a string for each was a tenth of tokenizing.
type lowerText struct {
	s     string
	lower strings.Builder // the lowercase forms so far, end to end
}

// slice returns strings.ToLower(lt.s[i:j]), which is lowercasing rune by
// rune, without allocating most of the time. A Builder only appends: the
// strings it has returned never change, even once it grows.
func (lt *lowerText) slice(i, j int) string {
	b := &lt.lower
	if b.Cap() == 0 {
		b.Grow(len(lt.s)/4 + j - i) // capitalized words are a small part of a paragraph
	}
	from := b.Len()
	for k := i; k < j; {
		c := lt.s[k]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			k++
			continue
		}
		r, size := decodeRune(lt.s, k)
		b.WriteRune(unicode.ToLower(r))
		k += size
	}
	return b.String()[from:]
}
