package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// The reader marks what the index found with the index's own matcher
// (index.Matcher): the same folds, word forms, phrases, prefixes and
// fields, so that every listed article shows its match and n/N land on it.

// queryTerms is what the reader needs of a query: the query in a slice of
// one, or nil when it holds nothing to search for. It is read as the
// search read it: as typed (index.ParseTyping), trailing space and all,
// or whole, given a trailing space, which ParseTyping reads as ParseQuery
// does (no prefix): after enter "kw007" does not mark "kw0077".
func queryTerms(q string, mode QueryMode) []string {
	if mode == library.Whole {
		q += " "
	}
	if _, err := index.ParseTyping(q); err != nil {
		return nil
	}
	return []string{q}
}

// highlights is where a query matches in the rendered lines of one
// article.
type highlights struct {
	spans map[int][]span // the cells to mark, by line
	lines []int          // the lines holding a mark, in order: where n/N go
	where []string       // the fields other than the body that matched (see index.Matches)
}

// span is a run of cells in a line.
type span struct{ from, to int }

// findHighlights matches terms (see queryTerms) in the rendered lines of
// article a: their text, less styles, read as one text whose first words
// are the title.
func findHighlights(lines []string, terms []string, a *article.Article) highlights {
	var h highlights
	if len(terms) == 0 || len(lines) == 0 {
		return h
	}
	q, err := index.ParseTyping(strings.Join(terms, " "))
	if err != nil {
		return h
	}
	plain := make([]string, len(lines))
	for i, l := range lines {
		plain[i] = ansi.Strip(l)
	}
	text, segs := joinLines(plain)
	doc := index.Doc{Body: text}
	cut := 0
	if a != nil {
		cut = index.TitleEnd(text, a.Title)
		doc = index.Doc{Title: text[:cut], Body: text[cut:], Lang: a.Lang, Actors: a.Actors}
		if a.Source != nil {
			doc.Domain = a.Source.Domain
		}
	}
	m := q.Matcher().Match(doc)
	h.where = m.Where
	all := m.Title
	for _, s := range m.Body {
		all = append(all, index.Span{Start: s.Start + cut, End: s.End + cut})
	}
	h.spans = cellSpans(plain, segs, all)
	for i := range plain {
		if len(h.spans[i]) > 0 {
			h.lines = append(h.lines, i)
		}
	}
	return h
}

// segment is the part of line line, from byte from on, that the joined
// text holds from byte at on.
type segment struct{ line, from, at, n int }

// joinLines joins the lines into one text, a line break between two,
// except where the renderer cut a run of Chinese, Japanese or Thai
// characters (they wrap anywhere): there the two join as written.
func joinLines(plain []string) (string, []segment) {
	var b strings.Builder
	segs := make([]segment, 0, len(plain))
	for i, p := range plain {
		from := 0
		if i > 0 {
			if last, next := strings.TrimRight(plain[i-1], " "), strings.TrimLeft(p, " "); denseEnd(last) && denseStart(next) {
				t := strings.TrimRight(b.String(), " ")
				b.Reset()
				b.WriteString(t)
				from = len(p) - len(next)
			} else {
				b.WriteByte('\n')
			}
		}
		segs = append(segs, segment{i, from, b.Len(), len(p) - from})
		b.WriteString(p[from:])
	}
	return b.String(), segs
}

func denseEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return index.Dense(r)
}

func denseStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return index.Dense(r)
}

// cellSpans turns byte spans of the joined text into cell spans of each
// line; a match that runs over a line break is marked on both lines, less
// the margins.
func cellSpans(plain []string, segs []segment, spans []index.Span) map[int][]span {
	out := map[int][]span{}
	for _, s := range spans {
		for _, g := range segs {
			lo, hi := max(s.Start, g.at), min(s.End, g.at+g.n)
			if lo >= hi {
				continue
			}
			p := plain[g.line]
			from, to := lo-g.at+g.from, hi-g.at+g.from
			part := p[from:to]
			from += len(part) - len(strings.TrimLeft(part, " "))
			to -= len(part) - len(strings.TrimRight(part, " "))
			if from < to {
				cf := ansi.StringWidth(p[:from])
				out[g.line] = append(out[g.line], span{cf, cf + ansi.StringWidth(p[from:to])})
			}
		}
	}
	return out
}

// mark styles the marked cells of line i, keeping the line's own styles
// around them.
func (h highlights) mark(i int, line string, st lipgloss.Style) string {
	return highlight(line, h.spans[i], st)
}

// highlight styles the cells of spans in one rendered line.
func highlight(line string, spans []span, st lipgloss.Style) string {
	if len(spans) == 0 {
		return line
	}
	// From the right, so that the cell positions to the left stay valid.
	w := ansi.StringWidth(line)
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		line = ansi.Cut(line, 0, s.from) + st.Render(ansi.Strip(ansi.Cut(line, s.from, s.to))) + ansi.Cut(line, s.to, w)
	}
	return line
}

// markSnippet styles a passage: the byte ranges marks (the index's
// matcher found them) in mark, the rest in base. Each part is cleaned as
// one line: the passage is an article's text.
func markSnippet(text string, marks [][2]int, base, mark lipgloss.Style) styled {
	var out styled
	last := 0
	for _, mk := range marks {
		from, to := mk[0], mk[1]
		if from < last || to <= from || to > len(text) || !utf8.RuneStart(text[from]) || (to < len(text) && !utf8.RuneStart(text[to])) {
			continue // not a range of this text: left unmarked
		}
		out += paint(base, sanitize.SafeLine(text[last:from])) + paint(mark, sanitize.SafeLine(text[from:to]))
		last = to
	}
	return out + paint(base, sanitize.SafeLine(text[last:]))
}
