package main

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// germanNouns lists the capitalized words that the German training
// sentences write inside a sentence, outside any name, at least min
// times, and inside a name at most once in twenty: German capitalizes
// every noun ("Ausland", "Ende", "Eltern"), so a capital there says
// nothing of a name. The extractor reads the list to drop a run made of
// such words. Derived from the corpora the tagger learns from, it needs
// no other licence than theirs.
func germanNouns(train []sentence, min int) []string {
	outside := map[string]int{}
	inName := map[string]int{}
	for _, st := range train {
		if st.lang != "de" {
			continue
		}
		for i, w := range st.words {
			if !nounLike(w) {
				continue
			}
			lw := strings.ToLower(w)
			if st.tags[i] != tagger.O {
				inName[lw]++
				continue
			}
			if i > 0 && !sentenceEnd(st.words[i-1]) {
				outside[lw]++
			}
		}
	}
	var out []string
	for w, n := range outside {
		if n >= min && 20*inName[w] <= n {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// nounLike is a capitalized word of letters, three or more, not in capitals.
func nounLike(w string) bool {
	return nameLike(w)
}

// sentenceEnd reports a token after which a capital says nothing: the end
// of a sentence, a colon, a quotation mark.
func sentenceEnd(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && w != ","
}
