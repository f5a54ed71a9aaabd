package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cyrillicWord reports whether any of words holds a Cyrillic letter.
func cyrillicWord(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if r >= 0x400 && r <= 0x4ff {
				return true
			}
		}
	}
	return false
}

// romanizations write Russian and Ukrainian letters as the news of each
// language does: "Сергей Лавров" is "Sergey Lavrov" in English, "Sergueï
// Lavrov" in French, "Sergej Lawrow" in German. The news of the other
// languages gets the English spelling.
var romanizations = map[string]map[rune]string{
	"en": {
		'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo", 'ж': "zh", 'з': "z",
		'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
		'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
		'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
		'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
	},
	"fr": {
		'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "io", 'ж': "j", 'з': "z",
		'и': "i", 'й': "ï", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
		'с': "s", 'т': "t", 'у': "ou", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "tch", 'ш': "ch", 'щ': "chtch",
		'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iou", 'я': "ia",
		'і': "i", 'ї': "ïi", 'є': "ie", 'ґ': "g",
	},
	"de": {
		'а': "a", 'б': "b", 'в': "w", 'г': "g", 'д': "d", 'е': "e", 'ё': "jo", 'ж': "sch", 'з': "s",
		'и': "i", 'й': "j", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
		'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "ch", 'ц': "z", 'ч': "tsch", 'ш': "sch", 'щ': "schtsch",
		'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "ju", 'я': "ja",
		'і': "i", 'ї': "ji", 'є': "je", 'ґ': "g",
	},
}

// romanize returns w in the Latin letters of lang's news: itself unless
// it is Cyrillic.
func romanize(w, lang string) string {
	if !cyrillicWord([]string{w}) {
		return w
	}
	table, ok := romanizations[lang]
	if !ok {
		table = romanizations["en"]
	}
	low := []rune(strings.ToLower(w))
	var b strings.Builder
	for k, r := range low {
		next := rune(0)
		if k+1 < len(low) {
			next = low[k+1]
		}
		switch {
		case r == 'и' && next == 'й' && k+2 == len(low): // "Дмитрий": Dmitri, Dmitriy
			if lang == "en" {
				b.WriteString("iy")
			} else {
				b.WriteString("i")
			}
			return capitalized(b.String(), w)
		case lang == "fr" && r == 'г' && (next == 'е' || next == 'и' || next == 'ы'): // "Евгений": Evgueni
			b.WriteString("gu")
			continue
		case lang == "fr" && r == 'й' && k > 0 && !isVowel(low[k-1]): // ï only after a vowel
			b.WriteString("i")
			continue
		}
		t, ok := table[r]
		if !ok {
			t = string(r)
		}
		b.WriteString(t)
	}
	return capitalized(b.String(), w)
}

func isVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюяіїє", r) }

// capitalized gives out the capital letter that w begins with.
func capitalized(out, w string) string {
	r0, _ := utf8.DecodeRuneInString(w)
	if out == "" || !unicode.IsUpper(r0) {
		return out
	}
	r, size := utf8.DecodeRuneInString(out)
	return string(unicode.ToUpper(r)) + out[size:]
}
