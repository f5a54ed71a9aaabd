package index

import (
	"strings"
	"sync"
	"sync/atomic"
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
var stemmers = []*stemmer{
	{lang: "ar", stem: arabic.Stem}, {lang: "de", stem: german.Stem}, {lang: "en", stem: english.Stem},
	{lang: "es", stem: spanish.Stem}, {lang: "fr", stem: french.Stem}, {lang: "it", stem: italian.Stem},
	{lang: "nl", stem: dutch.Stem}, {lang: "pt", stem: portuguese.Stem}, {lang: "ro", stem: romanian.Stem},
	{lang: "ru", stem: russian.Stem}, {lang: "tr", stem: turkish.Stem},
}

// stemmer is one language's Snowball stemmer and the stems it computed:
// word frequencies are so skewed that most words of an article were
// stemmed before. A cache a language, keyed by the word alone: a cold
// build looks up every word of every article, and a key of two strings
// took the map's slow path (2% of the build's CPU, hashing the pair).
type stemmer struct {
	lang string
	stem func(*snowballstem.Env) bool
	mu   sync.RWMutex
	m    map[string]string
}

// stemMark sets a stem apart from any word of a text and tells its
// language ("fr\ue000negoci"): a private-use rune, which no folded word of
// a real text holds.
const stemMark = "\ue000"

func stemmerOf(lang string) *stemmer {
	for _, s := range stemmers {
		if s.lang == lang {
			return s
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

// stemCacheMax bounds the stems cached, all languages together.
const stemCacheMax = 1 << 18

// stemsCached is how many stems the caches hold.
var stemsCached atomic.Int64

// stem is the Snowball stem of the folded word w in lang; w itself when lang
// has no stemmer or w is not worth one.
func stem(lang, w string) string {
	st := stemmerOf(lang)
	if st == nil || !stemmable(w) {
		return w
	}
	return st.of(w)
}

// of is the stem of a word known to be stemmable.
func (st *stemmer) of(w string) string {
	st.mu.RLock()
	s, ok := st.m[w]
	st.mu.RUnlock()
	if ok {
		return s
	}
	s = runStemmer(st.stem, w)
	st.mu.Lock()
	if st.m == nil {
		st.m = map[string]string{}
	}
	if stemsCached.Load() < stemCacheMax {
		// cloned: w may be a slice of an article's text, which the
		// cache would otherwise keep whole
		if _, ok := st.m[w]; !ok {
			st.m[strings.Clone(w)] = strings.Clone(s)
			stemsCached.Add(1)
		}
	}
	st.mu.Unlock()
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
