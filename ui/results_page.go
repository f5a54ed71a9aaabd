package ui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// A search shows a first page at once and the rest of its results later:
// ranking every match of a word found in most articles takes a second at a
// million articles, a first page a few milliseconds whatever the folder's
// size (library.SearchPage: from the index's top lists, or ranked when few
// match, else the first matches in folder order). After enter the rest is
// fetched at once, in the background; while typing, only when the list is
// scrolled to the end of the page, as the next keystroke makes most
// answers useless before anyone reads them.

// firstPage is how many results a search shows first: a screen or two of
// rows, and within what the top lists keep (64).
const firstPage = 50

// pager is a library that answers a first page (library.Indexed).
type pager interface {
	SearchPage(ctx context.Context, query string, mode QueryMode, n int) (library.Page, error)
}

// pageOf is what a first page says beyond its rows.
type pageOf struct{ ranked, more bool }

// firstPageCmd asks p for the first page of q.
func firstPageCmd(ctx context.Context, stop context.CancelFunc, p pager, seq int, q string, mode QueryMode) tea.Cmd {
	return func() tea.Msg {
		defer stop()
		pg, err := p.SearchPage(ctx, q, mode, firstPage)
		return searchResultMsg{seq: seq, query: q, mode: mode, res: pg.Results, err: err, page: &pageOf{pg.Ranked, pg.More}}
	}
}

// pageCame shows a first page. A page in folder order after enter is not
// shown: enter asks for the best first, and the ranked answer would
// reorder the list under the cursor when it came.
func (m *Model) pageCame(msg searchResultMsg) tea.Cmd {
	pg := msg.page
	if msg.mode == Whole && pg.more && !pg.ranked {
		return m.fetchRest(msg.seq, msg.query, msg.mode) // still busy: this is the answer
	}
	m.search.busy = false
	m.showResults(msg.query, msg.mode, msg.res)
	r := m.list.results
	r.more, r.ranked = pg.more, pg.ranked
	if r.more && msg.mode == Whole {
		r.fetching = true
		return m.fetchRest(msg.seq, msg.query, msg.mode)
	}
	return nil
}

// wantRest asks for the rest of a first page once its end is on screen.
func (m *Model) wantRest() tea.Cmd {
	r := m.list.results
	if r == nil || !r.more || r.fetching || r.snippets == nil || m.list.top+m.list.height < len(m.list.view) {
		return nil
	}
	if m.search.busy || m.search.tick {
		// A newer search is awaited and will replace r; asking r's rest
		// now would cancel the fetch that search may be waiting on.
		return nil
	}
	r.fetching = true
	return m.fetchRest(r.seq, r.query, r.mode)
}

// fetchRest asks the library for the whole answer to q (Search: the best
// results, and how many match). A newer search cancels it.
func (m *Model) fetchRest(seq int, q string, mode QueryMode) tea.Cmd {
	if m.search.rest != nil {
		m.search.rest()
	}
	ctx, stop := context.WithCancel(m.ctx)
	m.search.rest = stop
	lib := m.lib
	return func() tea.Msg {
		defer stop()
		res, err := lib.Search(ctx, q, mode)
		return searchResultMsg{seq: seq, query: q, mode: mode, res: res, err: err, rest: true}
	}
}

// restCame shows the whole answer: the awaited one, or in place of the
// first page it completes, the cursor kept on its article.
func (m *Model) restCame(msg searchResultMsg) tea.Cmd {
	if msg.seq == m.search.seq && m.search.busy {
		m.search.busy = false
		if msg.err != nil {
			return m.setStatus(sanitize.Sprintf("search: %s", errorLine(msg.err)), true)
		}
		m.showResults(msg.query, msg.mode, msg.res)
		return nil
	}
	for _, r := range []*resultSet{m.list.results, m.search.before.results} {
		if r != nil && r.seq == msg.seq && r.query == msg.query {
			r.fetching = false // asked again when needed, if this one failed
		}
	}
	r := m.list.results
	if r == nil || !r.more || r.seq != msg.seq || r.query != msg.query {
		return nil
	}
	if msg.seq != m.search.seq && (m.search.busy || m.search.tick) {
		// A newer search is under way (the folder changed, or a query is
		// being typed): this answer was read before it and would put
		// older results on screen; the newer one replaces r anyway.
		return nil
	}
	if msg.err != nil {
		if errors.Is(msg.err, context.Canceled) {
			return nil
		}
		return m.setStatus(sanitize.Sprintf("search: %s", errorLine(msg.err)), true)
	}
	r.ids, r.total, r.more, r.ranked = msg.res.IDs, msg.res.Total, false, true
	m.list.rebuild(m.marks)
	m.fitList()
	return nil
}

// pageHeader is what the list's header says of a first page: that more
// match, and whether they are the best or the first found.
func (r *resultSet) pageHeader() Safe {
	if r.ranked {
		return sanitize.Sprintf("%s · best %s of more", r.label, thousands(len(r.ids)))
	}
	return sanitize.Sprintf("%s · first %s of more", r.label, thousands(len(r.ids)))
}

// orderName is the order the header names: the list's, or the folder's
// for a first page that could not be ranked at once.
func (l *listModel) orderName() string {
	if r := l.results; r != nil && r.more && !r.ranked && l.order == byRank {
		return "folder order"
	}
	return l.order.String()
}
