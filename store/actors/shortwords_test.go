package actors

import "testing"

// TestLookupLexicon checks the lexicon's tables against the map they are built from.
func TestLookupLexicon(t *testing.T) {
	for w, f := range lexicon() {
		if got := lookupLexicon(w); got != f {
			t.Errorf("lookupLexicon(%q) = %b, want %b", w, got, f)
		}
	}
	for _, w := range []string{"", "x", "\x00", "\x00de", "nguyen", "présidents", "a-very-long-word-not-there", "\xff", "deux"} {
		if got := lookupLexicon(w); got != lexicon()[w] {
			t.Errorf("lookupLexicon(%q) = %b, want %b", w, got, lexicon()[w])
		}
	}
}
