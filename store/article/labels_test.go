package article

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// cutLabel compares a line only with the labels filed under its first rune,
// lowered. A label filed under f matches (by strings.EqualFold) a line whose
// first rune is any case form of f; that form must lower to f, or else to
// no label's first rune at all, for no match to be missed.
func TestLabelsStartWithTheirLowerCase(t *testing.T) {
	labels := slices.Concat(sourceLabels, commentLabels)
	first := map[rune]bool{}
	for _, l := range labels {
		r, _ := utf8.DecodeRuneInString(l)
		first[r] = true
	}
	for f := range first {
		for r := unicode.SimpleFold(f); r != f; r = unicode.SimpleFold(r) {
			if g := unicode.ToLower(r); g != f && first[g] {
				t.Errorf("%q lowers to %q, but folds to the label start %q", r, g, f)
			}
		}
	}
}
