package index

import (
	"sort"
	"strings"

	"github.com/kioskreader/kiosk/store/actors"
)

// Matcher finds where a query matches in an article's text by the index's
// own rules: the same words, folds, forms, phrases, prefixes and fields.
// It serves the snippets and the reader's highlights, so that what the
// index found is what the screen marks. Safe for concurrent use.
type Matcher struct {
	clauses []clause // the query's positive clauses; exclusions mark nothing
}

// Matcher compiles q for finding its matches in texts.
func (q Query) Matcher() *Matcher { return &Matcher{clauses: q.positive()} }

// Doc is what a Matcher reads of one article; any field may be empty.
type Doc struct {
	Title  string
	Body   string // paragraphs and captions, or whatever text is shown
	Lang   string // as detected: it picks the word forms
	Domain string // the source's domain
	Actors []actors.Actor
}

// Span is the byte range [Start, End) of a match in a text.
type Span struct{ Start, End int }

// Matches is where a query matched in one article.
type Matches struct {
	Title, Body []Span
	// Where names the fields other than the body that a clause matched
	// in ("title", "actor", "source", "lang"), in that order, so that a
	// screen can say why an article with no mark in its body was found.
	Where []string
}

// Match finds q's matches in d.
func (m *Matcher) Match(d Doc) Matches {
	var res Matches
	title, body := tokens(d.Title), tokens(d.Body)
	forms := newFormsOf(d.Lang)
	var where [4]bool // title, actor, source, lang
	for _, c := range m.clauses {
		var t, b []Span
		switch c.column {
		case "", "title":
			for _, p := range c.patterns(forms) {
				t = p.find(title, t)
				if c.column == "" {
					b = p.find(body, b)
				}
			}
		case "actors":
			for _, p := range actorPatterns(c, d.Actors) {
				t, b = p.find(title, t), p.find(body, b)
			}
		}
		res.Title, res.Body = append(res.Title, t...), append(res.Body, b...)
		switch {
		case c.column == "title" && len(t) > 0:
			where[0] = true
		case c.column == "actors" && matchesActor(c, d.Actors):
			where[1] = true
		case (c.column == "source" || c.column == "") && len(t)+len(b) == 0 && c.matchesText(d.Domain):
			where[2] = true
		case (c.column == "lang" || c.column == "") && len(t)+len(b) == 0 && c.matchesText(d.Lang):
			where[3] = true
		}
	}
	res.Title, res.Body = merge(res.Title), merge(res.Body)
	for i, name := range []string{"title", "actor", "source", "lang"} {
		if where[i] {
			res.Where = append(res.Where, name)
		}
	}
	return res
}

// Find is the matches in one text read as both title and body, with no
// actors: what a snippet of any line of a file marks.
func (m *Matcher) Find(text, lang string) []Span {
	spans, _ := m.find(tokens(text), newFormsOf(lang), nil)
	return spans
}

// find marks toks and counts the clauses that matched there.
func (m *Matcher) find(toks []token, forms *formsOf, acts []actors.Actor) (spans []Span, clauses int) {
	for _, c := range m.clauses {
		var ps []pattern
		switch c.column {
		case "", "title":
			ps = c.patterns(forms)
		case "actors":
			ps = actorPatterns(c, acts)
		}
		n := len(spans)
		for _, p := range ps {
			spans = p.find(toks, spans)
		}
		if len(spans) > n {
			clauses++
		}
	}
	return merge(spans), clauses
}

// matchesText tells whether c's words occur in text.
func (c clause) matchesText(text string) bool {
	return len(pattern{words: c.words, prefix: c.prefix}.find(tokens(text), nil)) > 0
}

// pattern is a sequence of words to find among tokens.
type pattern struct {
	words  []string
	prefix bool     // the last word is a prefix
	forms  *formsOf // the single word also matches its other forms
}

func (c clause) patterns(forms *formsOf) []pattern {
	p := pattern{words: c.words, prefix: c.prefix}
	if forms != nil && c.stemmed() {
		p.forms = forms
	}
	return []pattern{p}
}

// find appends the spans of toks where p matches.
func (p pattern) find(toks []token, out []Span) []Span {
	n := len(p.words)
	if n == 0 {
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		if p.matchAt(toks, i) {
			out = append(out, Span{toks[i].start, toks[i+n-1].end})
		}
	}
	return out
}

func (p pattern) matchAt(toks []token, i int) bool {
	for k, w := range p.words {
		t := toks[i+k].word
		switch {
		case t == w:
		case k == len(p.words)-1 && p.prefix && strings.HasPrefix(t, w):
		case p.forms != nil && p.forms.same(t, w):
		default:
			return false
		}
	}
	return true
}

// formsOf tells the words of one article's language that the index counts
// as forms of one another: those of the same stem in that language, as the
// stems column holds them (see formAlts).
type formsOf struct {
	lang  string
	stems map[string]string
}

func newFormsOf(lang string) *formsOf {
	if stemmerOf(lang) == nil {
		return nil
	}
	return &formsOf{lang: lang, stems: map[string]string{}}
}

func (f *formsOf) stem(w string) string {
	s, ok := f.stems[w]
	if !ok {
		s = stem(f.lang, w)
		f.stems[w] = s
	}
	return s
}

// same tells whether the article's word t is a form of the query's word w.
func (f *formsOf) same(t, w string) bool {
	return stemmable(t) && f.stem(t) == f.stem(w)
}

// actorPatterns are the names and aliases of the actors that an actor:
// clause matches, to be marked wherever the text names them.
func actorPatterns(c clause, acts []actors.Actor) []pattern {
	var out []pattern
	for _, a := range acts {
		if !actorMatches(c, a) {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if ws := words(n); len(ws) > 0 {
				out = append(out, pattern{words: ws})
			}
		}
	}
	return out
}

func matchesActor(c clause, acts []actors.Actor) bool {
	for _, a := range acts {
		if actorMatches(c, a) {
			return true
		}
	}
	return false
}

// actorMatches is the index's test: the clause's words in one of the
// actor's names, or the country it names.
func actorMatches(c clause, a actors.Actor) bool {
	if c.code != "" && actorCountry(a) == c.code {
		return true
	}
	p := pattern{words: c.words, prefix: c.prefix}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if len(p.find(tokens(n), nil)) > 0 {
			return true
		}
	}
	return false
}

// merge sorts spans and joins those that overlap (pairs of Chinese
// characters do).
func merge(spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End > spans[j].End
	})
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start < last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// TitleEnd is the byte offset in text where the words of title end, when
// text begins with them (a rendered article begins with its title), else
// 0: it lets a caller cut what it shows into the title and the body.
func TitleEnd(text, title string) int {
	want := words(title)
	if len(want) == 0 {
		return 0
	}
	if n := 4*len(title) + 512; len(text) > n { // the title's words, however wrapped, lie in here
		text = text[:n]
	}
	end, i := 0, 0
	ok := true
	eachToken(text, func(_, e int, w string) {
		if !ok || i >= len(want) {
			return
		}
		if w != want[i] {
			ok = false
			return
		}
		i++
		end = e
	})
	if !ok || i < len(want) {
		return 0
	}
	return end
}
