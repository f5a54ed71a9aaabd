package sanitize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fam is a family: four emoji, three joiners.
const fam = "👨\u200d👩\u200d👧\u200d👦"

// A flood of zero-width runes on one character is cut to maxMarks; what
// scripts and emoji need is kept whole.
func TestMarkFloods(t *testing.T) {
	acute := strings.Repeat("\u0301", 60000)
	keep := []string{
		"Vi\u0323\u0302t Nam (NFD: two marks on one letter)",
		"👩\u200d❤\ufe0f\u200d💋\u200d👨 kiss",
		"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland", // a tag sequence: 7 in a row
		"हिन्दी क्षत्रिय",
		"שָׁלוֹם",
		"e" + strings.Repeat("\u0301", maxMarks),
		"👩🏽\u200d❤️\u200d💋\u200d👨🏿 " + fam + " " + strings.Repeat("👨\u200d", maxJoins) + "👨",
	}
	for _, s := range keep {
		if got := Text(s); got != s || !IsSafe(s, false) {
			t.Errorf("Text(%q) = %q, want it unchanged", s, got)
		}
	}
	for _, c := range []struct{ name, in, want string }{
		{"combining flood", "a" + acute + " fin", "a" + strings.Repeat("\u0301", maxMarks) + " fin"},
		{"joiner flood", "x" + strings.Repeat("\u200d", 50000) + strings.Repeat("\ufe0f", 50000) + "y", "x" + strings.Repeat("\u200d", maxMarks) + "y"},
		{"chain of emoji", strings.Repeat("👨\u200d", 5) + "👨", strings.Repeat("👨\u200d", maxJoins) + "👨" + "👨\u200d👨"},
		{"two families joined", fam + "\u200d" + fam, fam + fam},
		{"flood on every letter", strings.Repeat("b"+strings.Repeat("\u0336", 20), 3), strings.Repeat("b"+strings.Repeat("\u0336", maxMarks), 3)},
		{"flood split by a dropped rune", "c" + strings.Repeat("\u0301", 6) + "\u200b\u202e" + strings.Repeat("\u0301", 6), "c" + strings.Repeat("\u0301", maxMarks)},
		{"zero-width spaces", "Zan\u200bzi\u2060bar" + strings.Repeat("\u200b", 100000), "Zanzibar"},
		{"marks after a tab", "\t" + acute, "    " + strings.Repeat("\u0301", maxMarks)},
	} {
		got := Line(c.in)
		if got != c.want {
			t.Errorf("%s: Line gives %d runes %.40q, want %d runes %.40q", c.name, utf8.RuneCountInString(got), got, utf8.RuneCountInString(c.want), c.want)
		}
		if IsSafe(c.in, false) || !IsSafe(got, false) {
			t.Errorf("%s: IsSafe(in) %v, IsSafe(out) %v", c.name, IsSafe(c.in, false), IsSafe(got, false))
		}
	}
}

// The bit set agrees with the Unicode tables it is made from.
func TestZeroWidthTable(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := r >= 0x300 && (r == 0x200C || r == 0x200D || r >= 0xFE00 && r <= 0xFE0F || unicode.In(r, unicode.Mn, unicode.Me))
		if zeroWidth(r) != want {
			t.Fatalf("zeroWidth(%U) = %v", r, !want)
		}
	}
}
