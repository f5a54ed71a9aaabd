package actors

// Vietnamese administrative units: the gazetteer of vnadmin.go read beside
// the cue words. A level word next to a name the gazetteer knows at that
// level ("xã Thanh Mỹ", "Hue Municipality", "Kommune Thanh My") makes it a
// place; a bare name only at the levels whose names are rarely a person's
// (provinces, cities): many communes are named like people ("Quang Hai",
// "Xuan Son"), so a bare commune or ward adds nothing.

import (
	"strings"
	"sync"
)

// vnFirstWords are the first words of the level words, lower case: a cheap
// test before the gazetteer is asked.
var vnFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range VietnamLevelWords {
		first, _, _ := strings.Cut(w.Word, " ")
		m[first] = true
	}
	return m
})

// vnLastWords are the last words of the level words.
var vnLastWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range VietnamLevelWords {
		m[w.Word[strings.LastIndexByte(w.Word, ' ')+1:]] = true
	}
	return m
})

// vnBareLevel reports the levels a bare name is a place at.
func vnBareLevel(level string) bool {
	return level == "municipality" || level == "province" || level == "city" || level == "special-zone"
}

// levelWord reports whether toks[from:to] is one of VietnamLevelWords.
func (s *scanner) levelWord(from, to int) bool {
	if from < 0 || to > len(s.toks) || from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if !s.toks[k].word {
			return false
		}
	}
	return IsVietnamLevelWord(joinWords(s.toks, from, to))
}

// vnLevelRun finds a level word that begins or ends the run toks[i:j]
// ("Thị trấn Phong Điền", "TP Hồ Chí Minh", "Phu Quoc Special Zone", "Landkreis
// Duc Hoa") before a name the gazetteer knows at that level, and returns the
// name's words.
func (s *scanner) vnLevelRun(i, j int) (from, to int, ok bool) {
	if j-i < 2 {
		return i, j, false
	}
	head, tail := vnFirstWords()[s.toks[i].lower], vnLastWords()[s.toks[j-1].lower]
	if head {
		for n := 2; n >= 1; n-- {
			if j-i > n && s.levelWord(i, i+n) {
				if _, ok := VietnamPlace(joinWords(s.toks, i, j)); ok {
					return i + n, j, true
				}
			}
		}
	}
	if tail {
		for n := 2; n >= 1; n-- {
			if j-i > n && s.levelWord(j-n, j) {
				if _, ok := VietnamPlace(joinWords(s.toks, i, j)); ok {
					return i, j - n, true
				}
			}
		}
	}
	return i, j, false
}

// vnLevelNear reports a lowercase level word right before toks[i:j] (a
// connector may stand between: "commune de", "city of") or right after it,
// that the gazetteer knows the name at: "общины …", "thị trấn …", "… township".
func (s *scanner) vnLevelNear(i, j int) bool {
	toks := s.toks
	name := ""
	ask := func(level string, before bool) bool {
		if name == "" {
			name = joinWords(toks, i, j)
		}
		q := name + " " + level
		if before {
			q = level + " " + name
		}
		_, ok := VietnamPlace(q)
		return ok
	}
	k := i - 1
	if k >= 1 && !toks[k].upper && vnConnectors[toks[k].lower] {
		k--
	}
	if k >= 0 && toks[k].word && !toks[k].upper && vnLastWords()[toks[k].lower] {
		for n := 2; n >= 1; n-- {
			if s.levelWord(k-n+1, k+1) && ask(joinWords(toks, k-n+1, k+1), true) {
				return true
			}
		}
	}
	if j < len(toks) && toks[j].word && !toks[j].upper && vnFirstWords()[toks[j].lower] {
		for n := 2; n >= 1; n-- {
			if s.levelWord(j, j+n) && ask(joinWords(toks, j, j+n), false) {
				return true
			}
		}
	}
	return false
}

// vnInitialWord reports a sentence's first Cyrillic word before a city or
// province the gazetteer knows bare: "Жители Хошимина" is residents of Ho
// Chi Minh City.
func (s *scanner) vnInitialWord(i, j int) bool {
	if j-i != 2 || !isCyrillic(s.toks[i].lower) || s.known(i, i+1) {
		return false
	}
	if _, ok := VietnamPlace(joinWords(s.toks, i, j)); ok {
		return false
	}
	level, ok := VietnamPlace(s.toks[i+1].text)
	return ok && vnBareLevel(level)
}

// vnBarePlaces votes place for a candidate the gazetteer knows bare as a
// province or a city, unless a title or honorific makes it a person or it
// ends the name of a person of the article ("Thai Binh" for "Nguyen Thai
// Binh"). A tie with a title goes to the person: see decide.
func vnBarePlaces(order []*candidate) {
	for _, c := range order {
		if c.kind == vPlace || c.kind == vOrg || c.votes[vPerson] >= strong {
			continue
		}
		level, ok := VietnamPlace(c.forms[0].text)
		if !ok || !vnBareLevel(level) || endsPerson(order, c) {
			continue
		}
		c.votes[vPlace] += strong
		c.kind = c.decide()
	}
}

// endsPerson reports a person candidate of several words more whose name
// ends with c's words.
func endsPerson(order []*candidate, c *candidate) bool {
	for _, p := range order {
		if p != c && p.kind == vPerson && p.words > c.words && endsWithWords(p.wordKeys(), c.wordKeys()) {
			return true
		}
	}
	return false
}
