package ui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// Search results are drawn two lines a row: the row as the list draws it,
// then the passage of the article around its matches, the matches marked,
// as kiosk search prints it. The passages come from the library (the
// index cuts them as kiosk search does) for the rows on screen, in a
// command whose answer names the results it is for.

// Snippet is a passage around a query's matches (index.Snippet).
type Snippet = library.Snippet

// searchResults is what a search's results carry beyond their rows; it is
// part of resultSet.
type searchResults struct {
	query    string
	mode     QueryMode
	seq      int                // the search's token when the results came
	snippets map[string]Snippet // by ID; nil for an actor's articles (one-line rows)
	asked    map[string]int     // passages asked for and not answered: the ask of each
	// A first page (results_page.go): more may match, and the page is
	// ranked or in folder order.
	more, ranked bool
}

type snippetMsg struct {
	ask   int // the ask it answers: only the passages still asked by it are taken
	seq   int
	query string
	ids   []string
	snips map[string]Snippet
	err   error
}

// twoLine tells whether the list draws two lines a row.
func (l *listModel) twoLine() bool { return l.results != nil && l.results.snippets != nil }

// rowAt is the row drawn at line n of the list (under its header).
func (l *listModel) rowAt(n int) int {
	if l.twoLine() && n >= 0 {
		return n / 2
	}
	return n
}

// fitList sizes the list in rows for the lines the layout gives it.
func (m *Model) fitList() {
	m.list.height = m.search.lines
	if m.list.twoLine() {
		m.list.height = m.search.lines / 2
	}
	m.list.scroll()
}

// wantSnippets asks for the passages of the results on screen that have
// none yet.
func (m *Model) wantSnippets() tea.Cmd {
	r := m.list.results
	if !m.list.twoLine() {
		return nil
	}
	rest := m.wantRest() // results_page.go
	var ids []string
	for v := m.list.top; v < len(m.list.view) && v < m.list.top+m.list.height; v++ {
		id := m.list.tab.ID(int(m.list.view[v]))
		if _, ok := r.snippets[id]; !ok && r.asked[id] == 0 {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return rest
	}
	if r.asked == nil {
		r.asked = map[string]int{}
	}
	ask := m.search.newAsk()
	for _, id := range ids {
		r.asked[id] = ask
	}
	lib, q, mode, seq, ctx := m.lib, r.query, r.mode, r.seq, m.ctx
	return tea.Batch(rest, func() tea.Msg {
		snips, err := lib.Snippets(ctx, q, mode, ids)
		return snippetMsg{ask: ask, seq: seq, query: q, ids: ids, snips: snips, err: err}
	})
}

// snippetsCame keeps the passages still asked by this ask, for the results
// on screen or kept for esc. An article with no passage gets an empty
// one, so that it is not asked for again.
func (m *Model) snippetsCame(msg snippetMsg) {
	for _, r := range []*resultSet{m.list.results, m.search.before.results} {
		if r == nil || r.snippets == nil {
			continue
		}
		for _, id := range msg.ids {
			if ask, ok := r.asked[id]; ok && ask == msg.ask {
				r.snippets[id] = msg.snips[id]
				delete(r.asked, id)
			}
		}
	}
}

// forgetPassages drops the passages of articles whose file changed (all
// of them when the list came anew), and the asks for them under way: they
// are asked again, of the file as it is now.
func (m *Model) forgetPassages(ids []string, all bool) {
	for _, r := range []*resultSet{m.list.results, m.search.before.results} {
		if r == nil || r.snippets == nil {
			continue
		}
		if all {
			r.snippets, r.asked = map[string]Snippet{}, nil
			continue
		}
		for _, id := range ids {
			delete(r.snippets, id)
			delete(r.asked, id)
		}
	}
}

// resultRows draws the visible results, two lines each.
func (l *listModel) resultRows(width int, cols rowCols, st markReader, s styles, focused bool) []styled {
	h := max(l.height, 0)
	out := make([]styled, 0, 2*h)
	for v := l.top; v < len(l.view) && len(out) < 2*h; v++ {
		r := l.row(l.view[v])
		line := rowText(r, width, cols, l.dateLayout, st)
		first := plain(line)
		base, mark := s.dim, s.match
		switch {
		case v == l.cursor && focused:
			first, base = paint(s.selected, fitSafe(line, width)), s.selected
		case v == l.cursor:
			first, base = paint(s.selected.Faint(true), fitSafe(line, width)), s.selected.Faint(true)
		case !st.Read(r.ID):
			first = paint(s.unread, fitSafe(line, width))
		}
		second := paint(base, sanitize.Lit("   …"))
		if sn, known := l.results.snippets[r.ID]; known {
			sn = focusSnippet(sn, width/3)
			second = paint(base, sanitize.Lit("   ")) + markSnippet(sn.Text, sn.Marks, base, mark)
		}
		out = append(out, first, fitStyled(second, width, base))
	}
	if len(l.view) == 0 && h > 0 {
		out = append(out, paint(s.dim, sanitize.Concat(sanitize.Lit(" "), l.emptyText())))
	}
	return out
}

// fitStyled is fit, the padding in st, so that a selected row's second
// line is highlighted to the edge as its first.
func fitStyled(s styled, width int, st lipgloss.Style) styled {
	if w := ansi.StringWidth(string(s)); w < width {
		return s + paint(st, repeat(sanitize.Lit(" "), width-w))
	}
	return fit(s, width)
}

// focusSnippet cuts the start of a passage so that its first match is at
// most lead cells in: kiosk search's passage starts a few words before it,
// which a list narrower than a terminal line would show without the match.
func focusSnippet(sn Snippet, lead int) Snippet {
	if len(sn.Marks) == 0 {
		return sn
	}
	first := sn.Marks[0][0]
	if first > len(sn.Text) || ansi.StringWidth(sn.Text[:first]) <= lead {
		return sn
	}
	cut := first
	for i := first - 1; i > 0; i-- { // the word start nearest lead cells before the match
		if sn.Text[i-1] == ' ' {
			if ansi.StringWidth(sn.Text[i:first]) > lead {
				break
			}
			cut = i
		}
	}
	const ellipsis = "…"
	out := Snippet{Text: ellipsis + sn.Text[cut:]}
	for _, m := range sn.Marks {
		if m[0] >= cut {
			out.Marks = append(out.Marks, [2]int{m[0] - cut + len(ellipsis), m[1] - cut + len(ellipsis)})
		}
	}
	return out
}
