package actors

// German writes every noun with a capital: a run of capitalized words that
// are common nouns ("Ausland", "Lange Zeit", "Arbeitsmarkt") names nobody.

import (
	_ "embed"
	"sync"
)

// The German common nouns stand capitalized inside sentences of the
// tagger's German training corpora, outside names, at least three times
// (internal/train -germannouns; see data/SOURCES.md).
//
//go:embed data/germannouns.txt.gz
var germanNounsGz []byte

var germanNouns = sync.OnceValue(func() map[string]bool { return lowerWords(germanNounsGz) })

// commonNoun reports a German word that is a common noun: in the list, or
// a compound whose last part (four letters or more) is ("Nachbarland",
// "Arbeitsmarkt"). A word of the lexicon's lists (a title, a generic
// word), a first name, a known name other than a town, and a town after a
// preposition ("in Essen") are left alone.
func (s *scanner) commonNoun(k int) bool {
	t := &s.toks[k]
	if t.flags != 0 || t.last != 0 || t.caps || !t.upper || s.firstName(k) {
		return false
	}
	nouns := germanNouns()
	noun := nouns[t.lower]
	for p := 3; !noun && p+4 <= len(t.lower); p++ {
		if t.lower[p]&0xc0 != 0x80 { // a rune's first byte
			noun = nouns[t.lower[p:]] && len(t.lower) >= 8
		}
	}
	if !noun {
		return false
	}
	e := s.lookup(k, k+1)
	if e.code != "" || e.kind&(gCountry|gRegion|gOrg) != 0 {
		return false
	}
	return e.kind == 0 || k == 0 || !s.toks[k-1].has(isPlacePrepositions)
}

// germanCommonRun returns where the name in the German run toks[i:j]
// begins once the common nouns before it are dropped ("Ländern Mexiko"),
// or j when the run is only common nouns, or ends on one after words that
// are no first name ("Lange Zeit", "Osttiroler Eltern"): no name at all.
// A known name keeps its words.
func (s *scanner) germanCommonRun(i, j int) int {
	if s.lang != "de" || s.known(i, j) {
		return i
	}
	k := i
	for k < j && s.commonNoun(k) {
		k++
	}
	if k == j || j-i >= 2 && s.commonNoun(j-1) && s.lookup(j-1, j).kind == 0 && !s.toks[k].caps && !s.firstName(k) && !s.known(k, j) {
		return j
	}
	return k
}
