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
