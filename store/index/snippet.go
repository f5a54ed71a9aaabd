package index

import (
	"strings"
	"unicode/utf8"

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
// around the words q matches: from the paragraph that matches most of
// them, else the title, else the lead. It is empty if the file cannot be read.
func (ix *Index) Snippet(path string, q Query) Snippet {
	data, err := scan.ReadFile(path, ix.MaxSize)
	if err != nil {
		return Snippet{}
	}
	return MakeSnippet(article.Parse(path, data), q)
}

// MakeSnippet cuts the snippet of q from a parsed article.
func MakeSnippet(a article.Article, q Query) Snippet {
	texts := append(append([]string{}, a.Paragraphs...), a.Captions...)
	best, bestScore := -1, 0
	var bestToks []token
	for i, t := range texts {
		toks := tokenize(t)
		if n := q.distinctMatches(toks, "body"); n > bestScore {
			best, bestScore, bestToks = i, n, toks
		}
	}
	if best < 0 {
		toks := tokenize(a.Title)
		if q.distinctMatches(toks, "title") > 0 {
			return window(a.Title, toks, q.marks(toks, "title"))
		}
		if len(texts) == 0 {
			return Snippet{}
		}
		return window(texts[0], tokenize(texts[0]), nil)
	}
	return window(texts[best], bestToks, q.marks(bestToks, "body"))
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

// applies says whether c searches column col.
func (c clause) applies(col string) bool { return c.column == "" || c.column == col }

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
