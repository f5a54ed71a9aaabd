package actors

// A capitalized word glued before a given name is not part of the name:
// "Florida Marco Rubio", "Gegenspieler Dante Exum".

import (
	_ "embed"
	"sync"
)

// The given names begin two-word person names in the tagger's training
// corpora at least three times (internal/train -givennames; see
// data/SOURCES.md).
//
//go:embed data/givennames.txt.gz
var givenNamesGz []byte

var givenNames = sync.OnceValue(func() map[string]bool { return lowerWords(givenNamesGz) })

// vietNameStart returns where a Vietnamese personal name (a family name
// and Vietnamese syllables to the end of the run, three words or more)
// begins inside the run toks[i:j] after words that are not Vietnamese,
// else i: "Construction Lê Anh Tuấn", "Quartet Nguyễn Huy Hoàng".
func (s *scanner) vietNameStart(i, j int) int {
	for p := i + 1; p <= j-3; p++ {
		if !vietSurnames[s.toks[p].foldKey()] || !allVietSyllables(s.toks[p:j]) || vietSyllable(s.toks[p-1].foldKey()) {
			continue
		}
		if _, _, ok := s.vnLevelRun(i, j); ok || s.known(i, j) || s.known(p, j) {
			return i // "TP Hồ Chí Minh": a level word and a place
		}
		return p
	}
	return i
}

// saint reports the words that make a saint's name, which places take:
// "San Isidro", "São Paulo", "Saint-Louis".
func saint(w string) bool {
	switch w {
	case "san", "santa", "santo", "são", "saint", "sainte", "st", "sankt", "santiago":
		return true
	}
	return false
}

// givenNameCut returns i+1 when the run toks[i:j] is a word glued before
// a first name (firstName: the corpora's and Faker's) and its surname,
// else i. The word must be a known place or organization (it is then a
// name of its own) or a word the article also writes in lowercase (a
// common noun, dropped): "Kao Kim Hourn" stays whole, and so does a known
// name, a Vietnamese name, an organization's name, a title's run
// ("Президент России Владимир Путин", which span reads), a saint's name
// ("San Isidro"), or first names in a row ("María José Catalá").
func (s *scanner) givenNameCut(i, j int) (cut int, keep bool) {
	t := &s.toks[i]
	if j-i < 3 || s.toks[j-1].lastHas(isOrgAfter) || isTitle(t) || allVietSyllables(s.toks[i:j]) {
		return i, false
	}
	names := givenNames()
	if !s.firstName(i+1) || names[t.lower] || firstNames()[t.lower] && s.lookup(i, i+1).kind == 0 || saint(t.lower) || s.known(i, j) {
		return i, false
	}
	if s.lookup(i, i+1).kind&(gCountry|gPlace|gRegion|gOrg) != 0 {
		return i + 1, true
	}
	if s.lowered.has(t.lower) || t.has(isNotNames) {
		return i + 1, false
	}
	if s.runElsewhere(i+1, j) {
		return i + 1, true // "Truth Donald Trump", "Mỹ Harry Harris": the name stands alone elsewhere
	}
	return i, false
}

// runElsewhere reports whether the article writes the words of toks[p:j]
// as a run of their own somewhere: no capitalized word before or after.
func (s *scanner) runElsewhere(p, j int) bool {
	n := j - p
	for _, toks := range s.lowered.texts {
		for k := 0; k+n <= len(toks); k++ {
			if toks[k].text != s.toks[p].text || k > 0 && toks[k-1].word && toks[k-1].upper ||
				k+n < len(toks) && toks[k+n].word && toks[k+n].upper {
				continue
			}
			same := true
			for m := 1; m < n && same; m++ {
				same = toks[k+m].text == s.toks[p+m].text
			}
			if same {
				return true
			}
		}
	}
	return false
}
