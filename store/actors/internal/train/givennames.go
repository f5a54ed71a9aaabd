package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// givenNames lists the words that begin a person's name of two words or
// more at least min times in the training sentences, and are written
// inside a person's name at least nine times in ten they are capitalized:
// "Kaiser" and "General" also begin names in old newspapers, but stand
// alone far more often. The extractor reads the list to cut a capitalized
// word glued before a name ("Florida Marco Rubio"). Derived from the
// corpora the tagger learns from, it needs no other licence than theirs.
func givenNames(train []sentence, min int) []string {
	first := map[string]int{}
	inName := map[string]int{}
	capital := map[string]int{}
	for _, st := range train {
		for i, w := range st.words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				capital[w]++
			}
			if st.tags[i].Kind() == tagger.Person {
				inName[w]++
			}
		}
		for _, sp := range spans(st.tags) {
			if sp.kind == tagger.Person && sp.to-sp.from >= 2 {
				first[st.words[sp.from]]++
			}
		}
	}
	var out []string
	for w, n := range first {
		if n >= min && nameLike(w) && 10*inName[w] >= 9*capital[w] {
			out = append(out, w)
			for _, r := range romanized(w) {
				// not a word the Latin corpora write capitalized outside
				// names: "German" is also Герман
				if 10*inName[r] >= 9*capital[r] {
					out = append(out, r)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// romanized returns a Cyrillic given name as the news of other languages
// write it: "Сергей" is "Sergey", "Sergueï" and "Sergej" in articles
// that name Russians in Latin letters.
func romanized(w string) []string {
	if !cyrillicWord([]string{w}) {
		return nil
	}
	var out []string
	for _, lang := range []string{"en", "fr", "de"} {
		if r := romanize(w, lang); nameLike(r) {
			out = append(out, r)
		}
	}
	return out
}

// nameLike is a capitalized word of letters, three or more, not in capitals.
func nameLike(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for k, r := range w {
		if !unicode.IsLetter(r) || k == 0 && !unicode.IsUpper(r) || k > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// writeGivenNames writes the list gzipped, one name a line, the same bytes
// for the same sentences.
func writeGivenNames(path string, names []string) error {
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	z.Write([]byte(strings.Join(names, "\n") + "\n"))
	if err := z.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d names, %d bytes\n", path, len(names), buf.Len())
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
