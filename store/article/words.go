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

// fieldCount is len(strings.Fields(s)) without building the slice. ASCII,
// most of the text of most articles, is read without decoding.
func fieldCount(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		var space bool
		if b := s[i]; b < utf8.RuneSelf {
			space = asciiSpace[b]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// asciiSpace holds unicode.IsSpace for ASCII.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = unicode.IsSpace(rune(b))
	}
	return t
}()
