package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text\nsecond line", "plain text\nsecond line"},
		{"crlf\r\nlone cr\rend", "crlf\nlone cr\nend"},
		{"esc \x1b[31mred\x1b[0m", "esc ␛[31mred␛[0m"},
		{"osc52 \x1b]52;c;ZXZpbA==\x07", "osc52 ␛]52;c;ZXZpbA==␇"},
		{"c1 csi \u009b2J and raw \x9b", "c1 csi \ufffd2J and raw \ufffd"},
		{"tab\there", "tab    here"},
		{"bidi \u202eevil\u202c \u2066iso\u2069 \u200f\u061c", "bidi evil iso "},
		{"del\x7f nul\x00 bs\b", "del␡ nul␀ bs␈"},
		{"bad \xff\xfe utf8", "bad \ufffd\ufffd utf8"},
		{"emoji 👩\u200d👩\u200d👧 ❤\ufe0f drop joiners", "emoji 👩👩👧 ❤ drop joiners"},
		{"line\u2028sep\u2029para", "line\nsep\npara"},
		{"nel\u0085x", "nel\ufffdx"},
		{"zwnbsp\ufeffx", "zwnbspx"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLineHasNoBreak(t *testing.T) {
	if got := Line("a\r\nb\nc\rd"); got != "a b c d" {
		t.Errorf("Line = %q", got)
	}
}

func TestBytesDropsBOM(t *testing.T) {
	if got := Bytes([]byte("\xef\xbb\xbfTitre")); got != "Titre" {
		t.Errorf("Bytes = %q", got)
	}
}

// FuzzText: any input comes out valid UTF-8, with no control rune but '\n'
// (none at all from Line), and sanitizing twice changes nothing.
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "\x1b]0;title\x07", "\x9b6n", "\u202ex\u2066", "\xff\x1b[", "\t\x00\x7f", "a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u200b\u0301\u0301", "x\u200d\ufe0f\u200d\ufe0f\u200d\ufe0f\u200d\ufe0f\u200d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, multiline := range []bool{true, false} {
			out := clean(s, multiline)
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out of %q", s)
			}
			for _, r := range out {
				if (r < 0x20 && (r != '\n' || !multiline)) || (r >= 0x7f && r <= 0x9f) || IsBidi(r) {
					t.Fatalf("control %U left in %q", r, out)
				}
			}
			if again := clean(out, multiline); again != out {
				t.Fatalf("not idempotent: %q then %q", out, again)
			}
			if !IsSafe(out, multiline) {
				t.Fatalf("IsSafe disagrees with clean on %q", out)
			}
		}
		if strings.Contains(Line(s), "\n") {
			t.Fatal("Line kept a line break")
		}
	})
}

// printable8 must agree with a byte-by-byte check: every byte value at
// every position, and every pair of edge values at every two positions, in a
// background of printable bytes at both ends of the range.
func TestPrintable8(t *testing.T) {
	check := func(b []byte) {
		want := true
		for _, c := range b {
			want = want && c >= 0x20 && c <= 0x7e
		}
		if got := printable8(string(b)); got != want {
			t.Fatalf("printable8(%q) = %v, want %v", b, got, want)
		}
	}
	edges := []byte{0x00, 0x0a, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0x9b, 0xff}
	for _, bg := range []byte{0x20, 0x41, 0x7e} {
		b := []byte(strings.Repeat(string(rune(bg)), 8))
		for i := range b {
			for v := range 256 {
				b[i] = byte(v)
				check(b)
				for j := i + 1; j < len(b); j++ {
					for _, e := range edges {
						b[j] = e
						check(b)
					}
					b[j] = bg
				}
			}
			b[i] = bg
		}
	}
}
