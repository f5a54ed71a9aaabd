package article

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestIDOf(t *testing.T) {
	for _, c := range []struct{ rel, id string }{
		{"000_86d2cffda97f025f.txt", "000_86d2cffda97f025f"},
		{"2024/05/a.txt", "2024/05/a"},
		{"Hà Nội, l'été.txt", "Hà Nội, l'été"},
		{"50%.txt", "50%"},
		{"a.txt.txt", "a.txt.txt"}, // not "a.txt", the name of another file
		{"a.TXT.txt", "a.TXT.txt"},
		{"A.TXT", "A.TXT"},
		{"b.Txt", "b.Txt"},
		{"\ufeffa.txt", "%EF%BB%BFa.txt"},
		{"\xffa.txt", "%FFa.txt"},
		{"\u202e.txt", "%E2%80%AE.txt"},
		{"\u202ea.txt", "%E2%80%AEa.txt"},
		{"h\x1b[31m.txt", "h%1B[31m.txt"},
		{"50%\u00ad.txt", "50%25%C2%AD.txt"},
		{"sub\u202e/a.txt", "sub%E2%80%AE/a.txt"},
		{"\ufffd.txt", "%EF%BF%BD.txt"}, // U+FFFD itself, which invalid UTF-8 would also print as
		{"x.txt~3f.txt", "x.txt~3f"},
		{"%E2%80%AE.txt", "%E2%80%AE"}, // a name that looks escaped is its own id
		// attack round 8: composed and decomposed names that look the same
		{"caf\u00e9.txt", "caf\u00e9"},
		{"cafe\u0301.txt", "cafe%CC%81.txt"},
		{"\u212b.txt", "%E2%84%AB.txt"}, // the angstrom sign, which NFC makes Å
		{"\u00c5.txt", "\u00c5"},
		{"ภาษาไทย.txt", "ภาษาไทย"},
	} {
		if got := IDOf(c.rel); got != c.id {
			t.Errorf("IDOf(%q) = %q, want %q", c.rel, got, c.id)
		}
		if rel, ok := RelOf(c.id); !ok || rel != c.rel {
			t.Errorf("RelOf(%q) = %q, %v, want %q", c.id, rel, ok, c.rel)
		}
	}
}

// Strings that are no id, or not one IDOf would give, name nothing.
func TestRelOfRefuses(t *testing.T) {
	for _, id := range []string{"", "a.txt", "%zz.txt", "%41.TXT", "../x", "..%2Fx.txt", "/etc/passwd", "a//b", "%1b.txt", "a\x1b"} {
		if rel, ok := RelOf(id); ok {
			t.Errorf("RelOf(%q) = %q, want no id", id, rel)
		}
	}
}

// Every path gets a printable id that leads back to exactly it, so two
// paths never share one.
func FuzzIDOf(f *testing.F) {
	for _, s := range []string{"a.txt", "a.txt.txt", "A.TXT", "\ufeffa.txt", "\xff.txt", "d/\u202e.txt", "%41.txt", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rel string) {
		if !inside(rel) || !hasTxt(rel) {
			return // not a path kiosk lists
		}
		id := IDOf(rel)
		if !utf8.ValidString(id) || strings.IndexFunc(id, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
			t.Fatalf("IDOf(%q) = %q: not printable", rel, id)
		}
		if back, ok := RelOf(id); !ok || back != rel {
			t.Fatalf("RelOf(IDOf(%q)) = %q, %v", rel, back, ok)
		}
	})
}
