package index

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// refEachToken is eachToken before its ASCII path: every run through
// eachInRun. The reference TestTokensSameAsReference holds it to.
func refEachToken(text string, f func(start, end int, word string)) {
	start := -1
	for i, r := range text {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			eachInRun(text, start, i, f)
			start = -1
		}
	}
	if start >= 0 {
		eachInRun(text, start, len(text), f)
	}
}

// refIndexWords is indexWords before the stems were looked up without
// joining their key: stemToken of stem, word by word.
func refIndexWords(text, lang string, stems *strings.Builder) string {
	var b strings.Builder
	refEachToken(text, func(_, _ int, word string) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		if stemmerOf(lang) != nil && stemmable(word) {
			if stems.Len() > 0 {
				stems.WriteByte(' ')
			}
			stems.WriteString(stemToken(lang, stem(lang, word)))
		}
	})
	return b.String()
}

// The words and stems of a cold build (the ASCII path, the stems written
// in parts) are the reference's, on every byte, over random texts of
// many scripts, cases, marks and broken bytes, in every stemmed language
// and none.
func TestTokensSameAsReference(t *testing.T) {
	pieces := []string{"a", "B", "z", "Q", "7", "0", " ", " ", ".", "'", "-", "é", "É", "đ", "ß", "ı", "İ", "я", "Я", "ё",
		"α", "Ω", "北", "京", "ก", "\u0301", "\u02bc", "ﬁ", "\ue000", "\xff", "\n", "Straße", "négociations", "l'Ukraine"}
	langs := []string{"", "en", "fr", "de", "ru", "tr", "vi", "zh"}
	rng := rand.New(rand.NewPCG(3, 11))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text, lang := b.String(), langs[rng.IntN(len(langs))]
		var got, want []token
		eachToken(text, func(s, e int, w string) { got = append(got, token{s, e, w}) })
		refEachToken(text, func(s, e int, w string) { want = append(want, token{s, e, w}) })
		if len(got) != len(want) {
			t.Fatalf("%q: %d words, reference %d", text, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("%q: word %d is %+v, reference %+v", text, k, got[k], want[k])
			}
		}
		var stems, refStems strings.Builder
		words, refWords := indexWords(text, lang, &stems), refIndexWords(text, lang, &refStems)
		if words != refWords || stems.String() != refStems.String() {
			t.Fatalf("%q in %q: %q / %q, reference %q / %q", text, lang, words, stems.String(), refWords, refStems.String())
		}
	}
}
