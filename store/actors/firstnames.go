package actors

// A run of capitalized words that nothing around it explains is a person's
// name only with a sign of one; a first name at its head is the commonest.

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

// The first names of Faker's person providers in 26 locales (MIT licence;
// data/firstnames.py writes the file and says where from). Many are also
// words or places ("Florida", "Rose", "Long"): firstName asks more than
// the list.
//
//go:embed data/firstnames.txt.gz
var firstNamesGz []byte

var firstNames = sync.OnceValue(func() map[string]bool { return lowerWords(firstNamesGz) })

// gunzip is an embedded list unzipped, nil when it cannot be read.
func gunzip(gz []byte) []byte {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil
	}
	data, err := io.ReadAll(z)
	if err != nil {
		return nil
	}
	return data
}

// lowerWords reads a gzipped list of words, in lower case. A list that
// cannot be read is empty: a build without it has the other signs only.
func lowerWords(gz []byte) map[string]bool {
	data := gunzip(gz)
	if data == nil {
		return nil
	}
	words := make(map[string]bool, bytes.Count(data, []byte{'\n'}))
	for w := range strings.FieldsSeq(string(data)) {
		words[strings.ToLower(w)] = true
	}
	return words
}

// firstName reports whether toks[i] is a first name here: in one of the
// lists (a Russian or Ukrainian one in any case), not a word the article
// writes in lowercase ("Grace", "Will"), and no country, region or
// organization the gazetteers know ("Florida"; a town named like a
// person, "Pilar", may be either).
func (s *scanner) firstName(i int) bool {
	t := &s.toks[i]
	if givenNames()[t.lower] {
		return true
	}
	if !firstNames()[t.lower] && !firstNames()[cyrillicNominative(t.lower)] {
		return false
	}
	e := s.lookup(i, i+1)
	return !s.lowered.has(t.lower) && e.kind&(gRegion|gOrg) == 0 && e.code == ""
}

// slavicSurname reports a name of two or three Latin words whose last has
// the ending of a Slavic surname: "Sergueï Lavrov", "Volodymyr Zelensky",
// "Taras Shevchenko". Cyrillic names are the tagger's.
func slavicSurname(toks []token) bool {
	if len(toks) < 2 || len(toks) > 3 || isCyrillic(toks[0].lower) {
		return false
	}
	w := toks[len(toks)-1].lower
	if len(w) < 5 {
		return false
	}
	for _, e := range []string{"ov", "ova", "ev", "eva", "sky", "skiy", "ski", "skaya", "enko", "chuk", "vich", "wicz", "ovic", "evic"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cyrillicNominative strips a Russian or Ukrainian case ending off a
// first name: "Анваром" for Анвар, "Олегу" for Олег. It returns "" for
// a word that is not Cyrillic or has no such ending.
func cyrillicNominative(w string) string {
	if !isCyrillic(w) {
		return ""
	}
	for _, e := range []string{"ом", "ем", "ым", "ой", "ей", "а", "я", "у", "ю", "е", "ы"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+4 {
			return w[:len(w)-len(e)]
		}
	}
	return ""
}
