package index

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/sanitize"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

// Marks around matched words in a snippet: plain characters, never escape
// codes, so a snippet prints safely anywhere.
const (
	MarkOpen  = "«"
	MarkClose = "»"
)

// Snippet is a short passage of an article around the words a query
// matched. Marks holds the byte ranges of the matched words in Text.
type Snippet struct {
	Text  string
	Marks [][2]int
}

// Marked is the snippet with each match between open and close.
func (s Snippet) Marked(open, close string) string {
	var b strings.Builder
	last := 0
	for _, m := range s.Marks {
		b.WriteString(s.Text[last:m[0]])
		b.WriteString(open)
		b.WriteString(s.Text[m[0]:m[1]])
		b.WriteString(close)
		last = m[1]
	}
	b.WriteString(s.Text[last:])
	return b.String()
}

// String is the snippet marked with MarkOpen and MarkClose.
func (s Snippet) String() string { return s.Marked(MarkOpen, MarkClose) }

// snippetWords is how many words a snippet holds at most.
const snippetWords = 28

// Snippet reads the article at path (as in Summary.Path) and cuts a passage
// around the words q matches, from the line that matches most of them,
// else the first line. It reads the file's lines without parsing the
// article, which would cost ten times more (language, actors). It is empty
// if the file cannot be read.
func (ix *Index) Snippet(path string, q Query) Snippet {
	data, err := scan.ReadFile(path, ix.MaxSize)
	if err != nil {
		return Snippet{}
	}
	var lines []string
	for _, l := range strings.Split(sanitize.Bytes(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return bestOf(lines, q, "", nil)
}

// Snippets cuts the snippets of hits, on all cores.
func (ix *Index) Snippets(hits []Hit, q Query) []Snippet {
	out := make([]Snippet, len(hits))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(hits)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = ix.Snippet(hits[i].Path, q)
			}
		}()
	}
	for i := range hits {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// MakeSnippet cuts the snippet of q from a parsed article: from the
// paragraph or caption that matches most of its words, else the title, else
// the lead.
func MakeSnippet(a article.Article, q Query) Snippet {
	texts := append(append([]string{}, a.Paragraphs...), a.Captions...)
	return bestOf(texts, q, "body", &a.Title)
}

// bestOf cuts the snippet from the text that matches most words of q in
// column col ("" for any text column), else from title when it matches,
// else from the first text.
func bestOf(texts []string, q Query, col string, title *string) Snippet {
	best, bestScore := -1, 0
	var bestToks []token
	for i, t := range texts {
		if !q.mayMatch(t) {
			continue
		}
		toks := tokenize(t)
		if n := q.distinctMatches(toks, col); n > bestScore {
			best, bestScore, bestToks = i, n, toks
		}
	}
	if best >= 0 {
		return window(texts[best], bestToks, q.marks(bestToks, col))
	}
	if title != nil {
		if toks := tokenize(*title); q.distinctMatches(toks, "title") > 0 {
			return window(*title, toks, q.marks(toks, "title"))
		}
	}
	if len(texts) == 0 {
		return Snippet{}
	}
	return window(texts[0], tokenize(texts[0]), nil)
}

// mayMatch is a quick filter before tokenizing: whether the folded text
// holds any word of q as a substring.
func (q Query) mayMatch(text string) bool {
	folded := foldWord(text)
	for _, c := range q.positive() {
		for _, w := range c.words {
			if strings.Contains(folded, w) {
				return true
			}
		}
	}
	return false
}

// token is one word of a text: its byte range and folded form.
type token struct {
	start, end int
	word       string
}

func tokenize(s string) []token {
	var toks []token
	start := -1
	for i, r := range s {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, token{start, i, foldWord(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{start, len(s), foldWord(s[start:])})
	}
	return toks
}

// matchAt reports whether clause c matches toks from index i on.
func (c clause) matchAt(toks []token, i int) bool {
	if i+len(c.words) > len(toks) {
		return false
	}
	for k, w := range c.words {
		t := toks[i+k].word
		if k == len(c.words)-1 && c.prefix {
			if !strings.HasPrefix(t, w) {
				return false
			}
		} else if t != w {
			return false
		}
	}
	return true
}

// applies says whether c searches column col; col "" is any text of the
// article (not its source or language).
func (c clause) applies(col string) bool {
	if col == "" {
		return c.column != "source" && c.column != "lang"
	}
	return c.column == "" || c.column == col
}

func (q Query) positive() []clause {
	var out []clause
	for _, g := range q.groups {
		out = append(out, g...)
	}
	return out
}

func (q Query) distinctMatches(toks []token, col string) int {
	n := 0
	for _, c := range q.positive() {
		if !c.applies(col) {
			continue
		}
		for i := range toks {
			if c.matchAt(toks, i) {
				n++
				break
			}
		}
	}
	return n
}

// marks lists the token ranges [first, last) that some clause matches.
func (q Query) marks(toks []token, col string) [][2]int {
	var out [][2]int
	cs := q.positive()
	for i := 0; i < len(toks); {
		n := 0
		for _, c := range cs {
			if c.applies(col) && c.matchAt(toks, i) && len(c.words) > n {
				n = len(c.words)
			}
		}
		if n == 0 {
			i++
			continue
		}
		out = append(out, [2]int{i, i + n})
		i += n
	}
	return out
}

// window cuts about snippetWords words of text around the first mark and
// turns token marks into byte ranges of the cut text.
func window(text string, toks []token, marks [][2]int) Snippet {
	if len(toks) == 0 {
		return Snippet{Text: cut(text, 200)}
	}
	first := 0
	if len(marks) > 0 {
		first = max(0, marks[0][0]-snippetWords/4)
	}
	last := min(len(toks), first+snippetWords)
	first = max(0, min(first, last-snippetWords))
	from, to := toks[first].start, toks[last-1].end
	if first == 0 {
		from = 0
	}
	if last == len(toks) {
		to = len(text)
	}
	var s Snippet
	prefix := ""
	if first > 0 {
		prefix = "…"
	}
	s.Text = prefix + text[from:to]
	if last < len(toks) {
		s.Text += "…"
	}
	shift := len(prefix) - from
	for _, m := range marks {
		if m[0] >= first && m[1] <= last {
			s.Marks = append(s.Marks, [2]int{toks[m[0]].start + shift, toks[m[1]-1].end + shift})
		}
	}
	return s
}

// cut shortens s to at most n bytes at a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
