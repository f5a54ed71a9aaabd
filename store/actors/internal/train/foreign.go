package main

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// News in every language names people of every other: a French article
// quotes "Sergueï Lavrov", an English one "Joko Widodo". Each corpus
// holds mostly its own country's names, so the tagger learned that a
// Russian surname in a Latin sentence is no name at all. Some training
// sentences of the Latin-script corpora are copied with their persons
// replaced by persons of the other corpora, the Cyrillic ones written in
// Latin letters, as the papers write them.

// namePool is the persons of the training sentences, as written, by the
// language they come from, in the order met.
type namePool struct {
	names [][]string
	lang  []string
}

func collectNames(train []sentence) *namePool {
	p := &namePool{}
	seen := map[string]bool{}
	for _, st := range train {
		for _, s := range spans(st.tags) {
			if s.kind != tagger.Person {
				continue
			}
			name := make([]string, 0, s.to-s.from)
			name = append(name, st.words[s.from:s.to]...)
			key := strings.Join(name, " ")
			if seen[key] || !personLike(name) {
				continue
			}
			seen[key] = true
			p.names = append(p.names, name)
			p.lang = append(p.lang, st.lang)
		}
	}
	return p
}

// personLike keeps the names whose every word begins with a capital letter
// and that are short enough to be one person's: the corpora also tag
// "der Kaiser" and "Pope Benedict XVI's".
func personLike(name []string) bool {
	if len(name) > 4 {
		return false
	}
	for _, w := range name {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// foreignNames returns copies of some training sentences of Latin-script
// corpora, their persons replaced by those of another language; the same
// sentences and seed give the same copies.
func foreignNames(train []sentence, share float64, seed uint64) []sentence {
	pool := collectNames(train)
	if len(pool.names) == 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, 11))
	var out []sentence
	for _, st := range train {
		if cyrillicWord(st.words) {
			continue
		}
		sp := spans(st.tags)
		hasPerson := false
		for _, s := range sp {
			hasPerson = hasPerson || s.kind == tagger.Person
		}
		if !hasPerson || rng.Float64() >= share {
			continue
		}
		out = append(out, swapPersons(st, sp, pool, rng))
	}
	return out
}

// swapPersons rewrites the persons of st with names of the pool that come
// from another language than st's.
func swapPersons(st sentence, sp []span, pool *namePool, rng *rand.Rand) sentence {
	cp := sentence{lang: st.lang, doc: st.doc}
	at := 0
	for _, s := range sp {
		if s.kind != tagger.Person {
			continue
		}
		cp.words = append(cp.words, st.words[at:s.from]...)
		cp.tags = append(cp.tags, st.tags[at:s.from]...)
		at = s.to
		k := rng.IntN(len(pool.names))
		for tries := 0; pool.lang[k] == st.lang && tries < 8; tries++ {
			k = rng.IntN(len(pool.names))
		}
		for n, w := range pool.names[k] {
			cp.words = append(cp.words, romanize(w, st.lang))
			cp.tags = append(cp.tags, tagger.TagOf(tagger.Person, n == 0))
		}
	}
	cp.words = append(cp.words, st.words[at:]...)
	cp.tags = append(cp.tags, st.tags[at:]...)
	return cp
}

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
// Lavrov" in French, "Sergej Lawrow" in German. Cyrillic words of other
// languages fall back to English.
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
