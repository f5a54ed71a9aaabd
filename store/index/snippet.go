package index

import (
	"context"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/sanitize"
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

// snippetBytes bounds a passage in bytes too: snippetWords words are a few
// hundred bytes of prose, but a run of runes that are no word (emoji,
// cuneiform numbers) between two of them would be printed whole.
const snippetBytes = 1024

// Snippet reads the article of h and cuts a passage around the words q
// matches, from the line that matches most of q's clauses, else the first
// line. It reads the file's lines without parsing the article, which would
// cost ten times more (language, actors): the hit has the language, and
// the index the actors. It is empty if the file cannot be read.
func (ix *Index) Snippet(h Hit, q Query) Snippet {
	data, err := scan.ReadFile(h.Path, ix.MaxSize)
	if err != nil {
		return Snippet{}
	}
	var lines []string
	for _, l := range strings.Split(sanitize.Bytes(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	var acts []actors.Actor
	if q.hasColumn("actors") {
		acts, _ = ix.ActorsOf(context.Background(), h.Path)
	}
	return bestOf(lines, q.Matcher(), newFormsOf(h.Lang), acts)
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
				out[i] = ix.Snippet(hits[i], q)
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

// bestOf cuts the snippet from the line that matches most clauses, else
// from the first line. A line that matches every clause cannot be beaten,
// so the lines after it are not read: most articles name a word they were
// found by in their first lines, and reading (stemming) every line of
// fifty files was most of kiosk search's own time.
func bestOf(lines []string, m *Matcher, forms *formsOf, acts []actors.Actor) Snippet {
	best, bestScore := -1, 0
	var bestToks []token
	var bestSpans []Span
	for i, l := range lines {
		toks := tokens(l)
		if spans, n := m.find(toks, forms, acts); n > bestScore {
			best, bestScore, bestToks, bestSpans = i, n, toks, spans
		}
		if bestScore == len(m.clauses) && bestScore > 0 {
			break
		}
	}
	if best >= 0 {
		return window(lines[best], bestToks, bestSpans)
	}
	if len(lines) == 0 {
		return Snippet{}
	}
	return window(lines[0], tokens(lines[0]), nil)
}

// hasColumn tells whether a positive clause searches column col.
func (q Query) hasColumn(col string) bool {
	for _, c := range q.positive() {
		if c.column == col {
			return true
		}
	}
	return false
}

func (q Query) positive() []clause {
	var out []clause
	for _, g := range q.groups {
		out = append(out, g...)
	}
	return out
}

// window cuts about snippetWords words of text around the first match and
// moves the matches into the cut text.
func window(text string, toks []token, spans []Span) Snippet {
	if len(toks) == 0 {
		return Snippet{Text: cut(text, 200)}
	}
	first := 0
	if len(spans) > 0 {
		at := sort.Search(len(toks), func(i int) bool { return toks[i].end > spans[0].Start })
		first = max(0, at-snippetWords/4)
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
	if to-from > snippetBytes {
		from, to = narrow(text, from, to, spans)
	}
	var s Snippet
	prefix := ""
	if from > 0 {
		prefix = "…"
	}
	s.Text = prefix + text[from:to]
	if to < len(text) {
		s.Text += "…"
	}
	shift := len(prefix) - from
	for _, m := range spans {
		if m.Start >= from && m.End <= to {
			s.Marks = append(s.Marks, [2]int{m.Start + shift, m.End + shift})
		}
	}
	return s
}

// narrow cuts text[from:to] to snippetBytes bytes at rune boundaries,
// beginning a quarter of that before the first match inside it.
func narrow(text string, from, to int, spans []Span) (int, int) {
	at := from
	if len(spans) > 0 && spans[0].Start >= from && spans[0].Start < to {
		at = max(from, spans[0].Start-snippetBytes/4)
	}
	for at > from && !utf8.RuneStart(text[at]) {
		at--
	}
	end := min(to, at+snippetBytes)
	for end < to && !utf8.RuneStart(text[end]) {
		end--
	}
	return at, end
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
