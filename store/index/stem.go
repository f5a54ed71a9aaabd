package index

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/turkish"
)

// Word forms: each word of an article is also indexed by its Snowball stem
// in the article's language (the languages article.DetectLang tells that
// Snowball has), so that "négociation" finds "négociations". The stem is
// taken of the folded word, as a query is typed with or without accents.

// stemmers are the Snowball stemmers by ISO 639-1 code, in a fixed order.
var stemmers = []struct {
	lang string
	stem func(*snowballstem.Env) bool
}{
	{"ar", arabic.Stem}, {"de", german.Stem}, {"en", english.Stem}, {"es", spanish.Stem},
	{"fr", french.Stem}, {"it", italian.Stem}, {"nl", dutch.Stem}, {"pt", portuguese.Stem},
	{"ro", romanian.Stem}, {"ru", russian.Stem}, {"tr", turkish.Stem},
}

// stemMark sets a stem apart from any word of a text and tells its
// language ("fr\ue000negoci"): a private-use rune, which no folded word of
// a real text holds.
const stemMark = "\ue000"

func stemmerOf(lang string) func(*snowballstem.Env) bool {
	for _, s := range stemmers {
		if s.lang == lang {
			return s.stem
		}
	}
	return nil
}

// stemmable tells the words worth a stem: three letters or more, letters
// only (no digits, no dense script).
func stemmable(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) || dense(r) {
			return false
		}
	}
	return true
}

// stemCache holds the stems already computed: word frequencies are so
// skewed that most words of an article were stemmed before. It stops
// growing at stemCacheMax entries.
var stemCache struct {
	sync.RWMutex
	m map[stemKey]string
}

// stemKey is a word in a language: a key made of the two strings as they
// are, not joined, so that a look-up allocates nothing (a cold build looks
// up every word of every article).
type stemKey struct{ lang, word string }

const stemCacheMax = 1 << 18

// stem is the Snowball stem of the folded word w in lang; w itself when lang
// has no stemmer or w is not worth one.
func stem(lang, w string) string {
	fn := stemmerOf(lang)
	if fn == nil || !stemmable(w) {
		return w
	}
	return stemWith(fn, lang, w)
}

// stemWith is stem for a word known to be stemmable, with lang's stemmer fn.
func stemWith(fn func(*snowballstem.Env) bool, lang, w string) string {
	key := stemKey{lang, w}
	stemCache.RLock()
	s, ok := stemCache.m[key]
	stemCache.RUnlock()
	if ok {
		return s
	}
	s = runStemmer(fn, w)
	stemCache.Lock()
	if stemCache.m == nil {
		stemCache.m = map[stemKey]string{}
	}
	if len(stemCache.m) < stemCacheMax {
		// cloned: w may be a slice of an article's text, which the
		// cache would otherwise keep whole
		stemCache.m[stemKey{strings.Clone(lang), strings.Clone(w)}] = strings.Clone(s)
	}
	stemCache.Unlock()
	return s
}

// runStemmer stems w, or leaves it whole should the generated code fail
// on an input it was not written for.
func runStemmer(fn func(*snowballstem.Env) bool, w string) (s string) {
	defer func() {
		if recover() != nil {
			s = w
		}
	}()
	env := snowballstem.NewEnv(w)
	fn(env)
	if s = env.Current(); s == "" {
		return w
	}
	return foldWord(s) // Turkish's stemmer writes "ç" back into "negoc"
}

// stemToken is the word of the stems column for stem s in lang.
func stemToken(lang, s string) string { return lang + stemMark + s }
