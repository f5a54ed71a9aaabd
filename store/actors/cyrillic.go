package actors

// Russian and Ukrainian word shapes: their nouns and adjectives decline,
// so cue words are matched by stems and endings.

import (
	"strings"
	"unicode/utf8"
)

func isCyrillic(s string) bool {
	if s == "" || s[0] < 0xd0 || s[0] > 0xd3 {
		return false // not a lead byte of U+0400-U+04FF: most words, without decoding
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x400 && r <= 0x4ff
}

// cyrillicAdjective reports a Russian or Ukrainian word with an adjective's
// ending: "Народный", "информационное", "Державна".
func cyrillicAdjective(w string) bool {
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ых", "их",
		"ую", "юю", "ій", "ої", "ої", "а", "е", "і"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cyrillicVerb reports a Russian or Ukrainian word with a verb's ending
// (infinitive or past tense), which ends an organization's name.
func cyrillicVerb(w string) bool {
	if utf8.RuneCountInString(w) <= 4 {
		return false
	}
	for _, e := range []string{"ть", "ти", "ться", "тися", "ла", "ло", "ли", "ал", "ил", "ел", "ув", "ив"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func cyrillicPlaceHead(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x400 || r > 0x4ff {
		return false
	}
	for _, p := range cyrillicPlaceStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cyrillicPlaceAfter reports a Russian or Ukrainian country or place
// after a body's name, in the genitive: "Верховна Рада України",
// "Пресненский суд Москвы" name the country or town as part of the body.
func (s *scanner) cyrillicPlaceAfter(k int) bool {
	t := &s.toks[k]
	if !t.upper || !isCyrillic(t.lower) {
		return false
	}
	e := s.lookup(k, k+1)
	return e.code != "" || e.kind&(gCountry|gPlace|gRegion) != 0
}

// cyrillicRemit returns the end of the field a Russian or Ukrainian
// committee serves, which its name spells out in lowercase after "з
// питань" or "по": "з питань культури і духовності", "по международным
// делам", "по контролю за вооружениями". It returns j when toks[j] begins
// no such field. The field is lowercase words, joined by "і", "и", "та",
// "за", up to a verb, a capital or punctuation.
func (s *scanner) cyrillicRemit(j int) int {
	toks := s.toks
	k := j
	switch {
	case toks[k].lower == "з" && k+1 < len(toks) && (toks[k+1].lower == "питань" || toks[k+1].lower == "питання"):
		k += 2
	case toks[k].lower == "по" && k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper && isCyrillic(toks[k+1].lower) && !cyrillicVerb(toks[k+1].lower):
		k++
	default:
		return j
	}
	end, n := j, 0
	for k < len(toks) && toks[k].word && !toks[k].upper && !toks[k].digit && n < 6 {
		w := toks[k].lower
		switch {
		case w == "і" || w == "и" || w == "та" || w == "за" || w == "й":
			k++ // a join: the field goes on only with a word after it
			continue
		case !isCyrillic(w) || cyrillicVerb(w) || strings.HasSuffix(w, "ав") || toks[k].has(isFunctionWords): // "сказав"
			return max(end, j)
		}
		k++
		n++
		end = k
	}
	if n == 0 {
		return j
	}
	return end
}
