package index

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWindowBoundsBytes: a passage is snippetWords words, and at most
// snippetBytes bytes (plus its two ellipses) when the text between two words
// is a long run of runes that are no word; the match stays inside, marked.
func TestWindowBoundsBytes(t *testing.T) {
	for _, tc := range []struct{ name, text, word string }{
		{"run after the match", "Zanzibar " + strings.Repeat("𒐫", 5000) + " port.", "Zanzibar"},
		{"run before the match", "The " + strings.Repeat("👨\u200d👩\u200d👧", 3000) + " Zanzibar port.", "Zanzibar"},
		{"runs around the match", strings.Repeat("🌊", 2000) + " Zanzibar " + strings.Repeat("🌊", 2000), "Zanzibar"},
	} {
		at := strings.Index(tc.text, tc.word)
		s := window(tc.text, tokens(tc.text), []Span{{Start: at, End: at + len(tc.word)}})
		// A literal, not snippetBytes: the test must fail if the bound is lifted.
		if n := len(s.Text); n > 1024+2*len("…") {
			t.Errorf("%s: passage of %d bytes", tc.name, n)
		}
		if !utf8.ValidString(s.Text) {
			t.Errorf("%s: passage cut inside a rune", tc.name)
		}
		if len(s.Marks) != 1 || s.Text[s.Marks[0][0]:s.Marks[0][1]] != tc.word {
			t.Errorf("%s: marks %v do not hold %q", tc.name, s.Marks, tc.word)
		}
	}
}

// TestWindowProseUnchanged: ordinary prose is cut by words alone, as before
// the byte bound.
func TestWindowProseUnchanged(t *testing.T) {
	text := strings.Repeat("The river rose again near the delta towns. ", 20) + "Mekong " + strings.Repeat("Farmers moved their herds. ", 20)
	at := strings.Index(text, "Mekong")
	s := window(text, tokens(text), []Span{{Start: at, End: at + 6}})
	if got := len(tokens(strings.Trim(s.Text, "…"))); got != snippetWords {
		t.Errorf("passage holds %d words, want %d: %q", got, snippetWords, s.Text)
	}
	if !strings.HasPrefix(s.Text, "…") || !strings.HasSuffix(s.Text, "…") {
		t.Errorf("passage from the middle lacks its ellipses: %q", s.Text)
	}
}
