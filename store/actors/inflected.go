package actors

import (
	"sync"
	"unicode/utf8"
)

// Russian and Ukrainian decline names: "Владимир Путин", "Владимира
// Путина" and "Владимиром Путиным" are one person, written three ways.

// joinInflected merges a person's full name written in another case into
// the form the article writes first, when every word of the two has the
// same Cyrillic stem. A given name whose other case is a woman's name
// ("Александр Иванов", "Александра Иванова": a man and a woman, or a man
// in the genitive) keeps the two apart: two different people are never
// merged, one person reported twice is the lesser harm.
func joinInflected(order []*candidate) {
	for n, c := range order {
		if c.kind != vPerson || c.words < 2 || c.into != nil {
			continue
		}
		for _, p := range order[:n] {
			if p.kind == vPerson && p.into == nil && p.words == c.words && sameInflected(p.wordKeys(), c.wordKeys()) {
				first(p, c).absorb(later(p, c))
				break
			}
		}
	}
}

// first and later order two candidates by their first mention.
func first(a, b *candidate) *candidate {
	if b.first < a.first {
		return b
	}
	return a
}

func later(a, b *candidate) *candidate {
	if b.first < a.first {
		return a
	}
	return b
}

// sameInflected reports whether the folded words a and b are the same name
// in two cases: same stems, word by word, and a given name that is no
// woman's name in another case.
func sameInflected(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !sameStem(a[k], b[k]) {
			return false
		}
	}
	var buf [64]byte
	stem, _ := appendStem(buf[:0], a[0])
	return !genderedGivenStems()[string(stem)]
}

// genderedGivenStems are the stems (folded, as appendStem gives them) of
// men's given names whose genitive is a woman's name. Built on first use:
// stemming folds, and the fold table costs every process 4 ms at init.
var genderedGivenStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"Александр", "Валентин", "Владислав", "Ярослав", "Станислав", "Мирослав", "Богдан",
		"Руслан", "Юлиан", "Антонин", "Марин", "Олександр", "Валентин", "Владислав", "Станіслав", "Мирослав"} {
		var buf [64]byte
		if s, ok := appendStem(buf[:0], w); ok {
			m[string(s)] = true
		}
	}
	return m
})

// joinCases joins the cases of one organization's or place's name in
// Russian and Ukrainian: "Зенитом", "Зенита", "Зениту" are one club,
// "Москвы" and "Москве" one city. Same kind, same number of words, same
// stems; a stem of four letters at least, so that short words do not meet
// by chance.
func joinCases(order []*candidate) {
	for n, c := range order {
		if c.kind != vOrg && c.kind != vPlace || c.into != nil || !isCyrillic(c.forms[0].text) {
			continue
		}
		st := nameStem(c.forms[0].text)
		if utf8.RuneCountInString(st) < 4 {
			continue
		}
		for _, p := range order[:n] {
			if p.kind == c.kind && p.into == nil && p.words == c.words && isCyrillic(p.forms[0].text) && nameStem(p.forms[0].text) == st {
				first(p, c).absorb(later(p, c))
				break
			}
		}
	}
}
