package sanitize

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
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
		"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland", // a tag sequence: 7 in a row
		"हिन्दी क्षत्रिय",
		"שָׁלוֹם",
		"\u1112\u1161\u11ab\u1100\u1173\u11af 한글 नमस्ते ক্ষেত্র \u0600١٢٣ தமிழ்",
		"e" + strings.Repeat("\u0301", maxMarks),
		"क\u200dष ک\u200cه ❤\ufe0e 1\u20e3 🇻🇳 a\u200d" + strings.Repeat("b\u200d", maxJoins) + "c", // joiners after letters, a heart as text, a keycap, a flag
	}
	for _, s := range keep {
		if got := Text(s); got != s || !IsSafe(s, false) {
			t.Errorf("Text(%q) = %q, want it unchanged", s, got)
		}
	}
	for _, c := range []struct{ name, in, want string }{
		{"combining flood", "a" + acute + " fin", "a" + strings.Repeat("\u0301", maxMarks) + " fin"},
		{"joiner flood", "x" + strings.Repeat("\u200d", 50000) + strings.Repeat("\ufe0f", 50000) + "y", "x" + strings.Repeat("\u200d", maxMarks) + "y"},
		{"chain of emoji", strings.Repeat("👨\u200d", 5) + "👨", strings.Repeat("👨", 6)},
		{"two families joined", fam + "\u200d" + fam, "👨👩👧👦👨👩👧👦"},
		{"kiss", "👩🏽\u200d❤️\u200d💋\u200d👨🏿 kiss", "👩❤💋👨 kiss"},
		{"emoji selectors", "❤\ufe0f 1\ufe0f\u20e3 ©\ufe0f", "❤ 1\u20e3 ©"},
		{"skin tones", "👍🏽👍🏿 🏽", "👍👍 🏽"},
		{"joiners and tones piled on", "👩\u200d\u200d🏽\u0301\u200d👩", "👩\u0301👩"},
		{"flag of a rainbow", "🏳\ufe0f\u200d🌈", "🏳🌈"},
		{"chain of letters", strings.Repeat("क\u200d", 5) + "ष", strings.Repeat("क\u200d", maxJoins) + "क" + "क\u200dष"},
		{"spacing marks", "a" + strings.Repeat("\u0903", 100), "a" + strings.Repeat("\u0903", maxMarks)},
		{"Hangul jamo", strings.Repeat("\u1100", 100) + " fin", strings.Repeat("\u1100", maxMarks) + " fin"},
		{"Hangul trailing jamo", "\uac00" + strings.Repeat("\u11a8", 100), "\uac00" + strings.Repeat("\u11a8", maxMarks)},
		{"prefixes", strings.Repeat("\u0600", 100) + "1", strings.Repeat("\u0600", maxMarks) + "1"},
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

// Every rune x/ansi (the layout's measure) would join to an emoji by a
// joiner is a pictograph, so the joiner after it is dropped: measured as
// one character, such a sequence is drawn wider than that by terminals.
func TestPictographs(t *testing.T) {
	for r := rune(0x80); r <= 0x1FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF || glued(r) {
			continue
		}
		alone := ansi.StringWidth(string(r))
		if ansi.StringWidth(string(r)+"\u200d👩") <= alone && !pictograph(r) {
			t.Errorf("%U %q joins an emoji for x/ansi but is no pictograph", r, r)
		}
	}
}

// After Text, no emoji sequence is left that x/ansi measures otherwise than
// a terminal that draws rune by rune (tmux) draws it: each emoji of a
// family, a kiss or a chain, a thumb without its tone, a heart without its
// emoji selector.
func TestEmojiMeasuredAsDrawn(t *testing.T) {
	for _, s := range []string{fam, fam + fam, "👩🏽\u200d❤️\u200d💋\u200d👨🏿", "👍🏽", "❤\ufe0f1\ufe0f\u20e3", strings.Repeat("👨\u200d", 300) + "👨", "👩\u200d🚀🧑🏿\u200d💻"} {
		got := Text(s)
		each := 0
		for _, r := range got {
			each += ansi.StringWidth(string(r))
		}
		if w := ansi.StringWidth(got); w != each {
			t.Errorf("Text(%.40q) = %.40q: measured %d cells, its runes one by one %d", s, got, w, each)
		}
	}
}

// The bit set agrees with the Unicode tables it is made from.
func TestZeroWidthTable(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		jamo := r >= 0x1100 && r <= 0x11FF || r >= 0xA960 && r <= 0xA97F || r >= 0xD7B0 && r <= 0xD7FF
		pre := r >= 0x0600 && r <= 0x0605 || r == 0x06DD || r == 0x070F || r == 0x0890 || r == 0x0891 || r == 0x08E2 || r == 0x0D4E
		want := r >= 0x300 && (r == 0x200C || r == 0x200D || r >= 0xFE00 && r <= 0xFE0F || jamo || pre || unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc))
		if glued(r) != want {
			t.Fatalf("glued(%U) = %v", r, !want)
		}
	}
}
