package actors

// Small towns: the gazetteer (places.txt) holds cities and regions, and
// news names many towns below them ("i carabinieri di Carpaneto", "o
// prefeito de Aracatu", "Kabupaten Landak"). Many small towns share their
// names with surnames and common words ("Oliveira", "Ende"), so such a
// town is a place only where a preposition before it says so, and never
// when the article writes the word as a surname (after a capitalized
// word).

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
)

// minorPlacesGz holds "lang<TAB>name" lines: the towns and second-level
// divisions of the countries each language writes about most, from
// GeoNames (data/minorplaces.py says how, data/SOURCES.md from where).
//
//go:embed data/minorplaces.txt.gz
var minorPlacesGz []byte

// minorLines are minorPlacesGz's lines, unzipped on first use.
var minorLines = sync.OnceValue(func() string { return string(gunzip(minorPlacesGz)) })

// minorPlaces are the folded names of minorPlacesGz for each language,
// folded on the first article of that language: most processes read one
// or two languages, and folding all of them costs tens of milliseconds.
var minorPlaces = func() map[string]func() map[string]bool {
	by := map[string]func() map[string]bool{}
	for _, lang := range []string{"de", "fr", "id", "it", "pt"} {
		by[lang] = sync.OnceValue(func() map[string]bool {
			towns := map[string]bool{}
			prefix := lang + "\t"
			for line := range strings.SplitSeq(minorLines(), "\n") {
				if name, ok := strings.CutPrefix(line, prefix); ok {
					towns[fold.Key(name)] = true
				}
			}
			return towns
		})
	}
	return by
}()

// minorBefore are the prepositions before a town besides the place
// prepositions: the "of" of "o prefeito de", "i carabinieri di", after a
// lowercase word. Not the forms with an
// article ("do", "della", "du"): towns seldom take one, and the nouns
// named like towns do ("Palácio do Planalto").
var minorBefore = set(`de di d`)

// minorPlace reports a small town of the article's language at toks[i:j]
// after a preposition, not written elsewhere as a surname.
func (s *scanner) minorPlace(i, j int) bool {
	if i == 0 || j-i > 4 || s.lang == "" {
		return false
	}
	p := &s.toks[i-1]
	if !p.word || p.upper || !(p.has(isPlacePrepositions) || minorBefore[p.lower] && i >= 2 && s.toks[i-2].word && !s.toks[i-2].upper) {
		return false // "de" after a capital is inside a name: "Plaza de Mayo", "Universidad de Alcalá"
	}
	load := minorPlaces[s.lang]
	if load == nil || !load()[string(s.keyOf(i, j))] {
		return false
	}
	last := &s.toks[j-1]
	if j-i == 1 && (last.flags != 0 || s.lowered.has(last.lower) || s.lang == "de" && germanNouns()[last.lower]) {
		return false // a word of the lexicon, a word the article writes in lowercase, a German noun ("nach Haus")
	}
	return !s.surnameElsewhere(last)
}

// surnameElsewhere reports whether the article writes the word t after
// a capitalized word: the last word of a person's name ("Juan Martínez").
func (s *scanner) surnameElsewhere(t *token) bool {
	for _, toks := range s.lowered.texts {
		for k := 1; k < len(toks); k++ {
			if toks[k].text == t.text && toks[k-1].word && toks[k-1].upper && toks[k].space {
				return true
			}
		}
	}
	return false
}
