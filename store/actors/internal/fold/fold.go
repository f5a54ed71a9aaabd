// Package fold reduces names to the keys the extractor compares them by, so
// that "Thừa Thiên-Huế", "Thua Thien Hue" and "THUA THIEN-HUE" meet.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tableSize covers Latin (with Vietnamese), Greek and Cyrillic: the runes
// folded through a table rather than a normalization pass.
const tableSize = 0x2000

var (
	tableOnce sync.Once
	table     [tableSize]string // rune -> its folded form ("" when dropped)
)

func buildTable() {
	for r := rune(0); r < tableSize; r++ {
		table[r] = slowRune(r)
	}
}

// slowRune folds one rune: decomposed, marks dropped, lowercased. Й and Ї
// are letters of their own in Russian and Ukrainian, not и and і with a mark.
func slowRune(r rune) string {
	switch r {
	case 'й', 'Й':
		return "й"
	case 'ї', 'Ї':
		return "ї"
	case 'ʼ', 'ʻ':
		return "" // apostrophes written as letters: "Вʼєтнам" is "В'єтнам"
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		switch {
		case unicode.Is(unicode.Mn, c):
		case c == 'đ' || c == 'Đ':
			b.WriteByte('d')
		case c == 'ł' || c == 'Ł':
			b.WriteByte('l')
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// Key lowercases s, strips its diacritics (đ and ł included; й and ї kept) and drops every
// rune that is not a letter or a digit, so spacing and hyphens do not matter.
func Key(s string) string {
	var b strings.Builder
	Append(&b, s)
	return b.String()
}

// Append writes Key(s) to b.
func Append(b *strings.Builder, s string) {
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < tableSize {
			tableOnce.Do(buildTable)
			b.WriteString(table[r])
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // a combining mark after a base already written
		}
		b.WriteString(slowRune(r))
	}
}

// AppendBytes appends Key(s) to b, for lookups that need no string.
func AppendBytes(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				b = append(b, c+'a'-'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < tableSize {
			tableOnce.Do(buildTable)
			b = append(b, table[r]...)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b = append(b, slowRune(r)...)
	}
	return b
}
