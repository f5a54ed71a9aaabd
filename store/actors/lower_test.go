package actors

import (
	"strings"
	"testing"
)

// TestTokenLower checks the tokens' lowercase forms, slices of one buffer
// per paragraph, against strings.ToLower of each word that has an
// uppercase letter (a titlecase "ǅ" alone leaves a word as it is).
func TestTokenLower(t *testing.T) {
	for _, s := range []string{
		"Le président Emmanuel MACRON à Hà Nội, Thừa Thiên-Huế",
		"Президент России Владимир Путин, УКРАЇНА",
		"İstanbul and STRASSE ẞ Kelvin K: sizes change",
		"invalid \xff bytes \xc3 between Words\xe2\x80",
		"ǅemal Ǉubljana ΣΟΦΙΑ",
	} {
		for _, tok := range tokenize(s) {
			want := tok.text
			if hasUpper(want) {
				want = strings.ToLower(want)
			}
			if tok.word && tok.lower != want {
				t.Errorf("%q: lower %q, want %q", tok.text, tok.lower, want)
			}
		}
	}
}
