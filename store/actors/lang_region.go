package actors

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Russian and Ukrainian name most regions and districts by an adjective
// before a lowercase generic word: "Томской области", "Бучанському районі",
// "Краснодарского края". The adjective alone is the place's name.

// cyrillicRegionStems begin the inflected forms of the generic words that
// follow such an adjective.
var cyrillicRegionStems = []string{"област", "обл.", "район", "краю", "края", "крае", "край", "округ", "громад", "губерни", "волост"}

// cyrillicRegionAfter reports a capitalized Russian or Ukrainian adjective
// at toks[j-1] followed by a region's generic word at toks[j].
func (s *scanner) cyrillicRegionAfter(i, j int) bool {
	if j >= len(s.toks) || j-i != 1 {
		return false
	}
	t, next := &s.toks[j-1], &s.toks[j]
	if !t.upper || !next.word || next.upper || !isCyrillic(next.lower) || !cyrillicRegionAdjective(t.lower) {
		return false
	}
	for _, p := range cyrillicRegionStems {
		if strings.HasPrefix(next.lower, p) {
			return true
		}
	}
	return false
}

// cyrillicRegionAdjective reports a place adjective's ending: -ский,
// -цкий, -ський and their cases, or the -ов-, -ин- of possessive ones
// ("Тверской", "Полтавській", "Бучанському", "Ростовской").
func cyrillicRegionAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range []string{"ской", "ская", "скую", "ском", "ского", "ский", "скому", "ских",
		"цкой", "цкая", "цкого", "цкий", "цком", "цкому",
		"ська", "ської", "ській", "ську", "ський", "ського", "ському", "ськім", "цька", "цької", "цькій", "цький", "цькому", "цького"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ukrainianIkavism returns the nominative stem of a Ukrainian town in
// -ів or -їв written in another case, where the і becomes о or є:
// "Києва", "Харкові", "Львовом" give київ, харків, львів; "" for any
// other word, and for a surname made of a first name ("Іванова"). k is
// folded.
func ukrainianIkavism(k string) string {
	var buf [64]byte
	st, ok := appendStem(buf[:0], k)
	if !ok {
		return ""
	}
	switch {
	case bytes.HasSuffix(st, []byte("єв")):
		return string(st[:len(st)-len("єв")]) + "їв"
	case bytes.HasSuffix(st, []byte("ов")):
		base := string(st[:len(st)-len("ов")])
		if firstNames()[base] || givenNames()[base] {
			return "" // "Іванова": a surname made of a first name
		}
		return base + "ів"
	}
	return ""
}

// cyrillicHeadNamed reports a person's first name at toks[i] after the
// generic place word at toks[k]: "Губернатор Томской области Владимир
// Мазур" names the governor after the region, not the region; "району
// Полтавщини" names the region.
func (s *scanner) cyrillicHeadNamed(k, i int) bool {
	return s.firstName(i)
}
