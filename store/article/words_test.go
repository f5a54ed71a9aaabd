package article

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSpaceClass: every space rune beyond ASCII starts with a byte that
// fieldCount decodes.
func TestSpaceClass(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			if b := string(r)[0]; spaceClass[b] != mayBeSpace {
				t.Errorf("space %U starts with %#x, which fieldCount does not decode", r, b)
			}
		}
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a b  c ", "\u00a0x\u2003y\u3000z\u0085w", "é\u00a0ü", "Ж\u2028Ж",
		"\xc2 a", "\xe2\x80 b", "\xe2\x80\x80c", "\xff\xfe", "a\xc2\xa0", "ệ\u1680ệ", "\xe1\x9a",
	} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
	var b strings.Builder
	for r := rune(0); r <= unicode.MaxRune; r += 7 {
		b.WriteRune(r)
		if r%3 == 0 {
			b.WriteByte(byte(r)) // invalid bytes among the runes
		}
	}
	if s := b.String(); fieldCount(s) != len(strings.Fields(s)) {
		t.Errorf("fieldCount = %d over every 7th rune, strings.Fields %d", fieldCount(s), len(strings.Fields(s)))
	}
}

// TestFieldCountASCII: every 16-byte string of 'a' and ' ' (two words of
// eight bytes, counted at once), and the same with a tab or a non-ASCII
// letter in it, which must be counted a byte at a time.
func TestFieldCountASCII(t *testing.T) {
	b := make([]byte, 16)
	for mask := 0; mask < 1<<len(b); mask++ {
		for i := range b {
			b[i] = 'a'
			if mask&(1<<i) != 0 {
				b[i] = ' '
			}
		}
		for _, s := range []string{string(b), string(b[:13]) + "\t" + string(b[13:]), "é" + string(b[:9]) + "é" + string(b[9:])} {
			if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
				t.Fatalf("fieldCount(%q) = %d, want %d", s, got, want)
			}
		}
	}
}
