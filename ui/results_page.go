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
func firstPageCmd(ctx context.Context, stop context.CancelFunc, p pager, ask, seq int, q string, mode QueryMode) tea.Cmd {
	return func() tea.Msg {
		defer stop()
		pg, err := p.SearchPage(ctx, q, mode, firstPage)
		return searchResultMsg{ask: ask, seq: seq, query: q, mode: mode, res: pg.Results, err: err, page: &pageOf{pg.Ranked, pg.More}}
	}
}

// pageCame shows a first page. A page in folder order after enter is not
// shown: enter asks for the best first, and the ranked answer would
// reorder the list under the cursor when it came.
func (m *Model) pageCame(msg searchResultMsg) tea.Cmd {
	pg := msg.page
	if msg.mode == Whole && pg.more && !pg.ranked {
		ask, ctx, stop := m.await() // still busy: the whole answer is the answer
		return wholeCmd(ctx, stop, m.lib, ask, msg.seq, msg.query, msg.mode)
	}
	m.showResults(msg.query, msg.mode, msg.res)
	r := m.list.results
	r.more, r.ranked = pg.more, pg.ranked
	if r.more && msg.mode == Whole {
		return m.fetchRest(r)
	}
	return nil
}

// wantRest asks for the rest of a first page once its end is on screen.
func (m *Model) wantRest() tea.Cmd {
	r := m.list.results
	if r == nil || !r.more || m.search.restFor == r || r.snippets == nil || m.list.top+m.list.height < len(m.list.view) {
		return nil
	}
	if m.search.busy || m.search.tick {
		return nil // a newer search is awaited and will replace r: its rest is of no use
	}
	return m.fetchRest(r)
}

// fetchRest asks the library for the whole answer to r's query (Search:
// the best results, and how many match), one rest at a time: asking
// another, or a newer search, cancels it.
func (m *Model) fetchRest(r *resultSet) tea.Cmd {
	m.stopRest()
	ctx, stop := context.WithCancel(m.ctx)
	s := &m.search
	s.rest, s.restAsk, s.restFor = stop, s.newAsk(), r
	return wholeCmd(ctx, stop, m.lib, s.restAsk, r.seq, r.query, r.mode)
}

// wholeCmd asks lib for the whole answer to q.
func wholeCmd(ctx context.Context, stop context.CancelFunc, lib Library, ask, seq int, q string, mode QueryMode) tea.Cmd {
	return func() tea.Msg {
		defer stop()
		res, err := lib.Search(ctx, q, mode)
		return searchResultMsg{ask: ask, seq: seq, query: q, mode: mode, res: res, err: err, rest: true}
	}
}

// restCame shows a whole answer: the one the list awaits, or the rest of
// the first page it shows, in place of the page, the cursor kept on its
// article. Any other (an ask cancelled, replaced or answered already) is
// dropped.
func (m *Model) restCame(msg searchResultMsg) tea.Cmd {
	s := &m.search
	if msg.ask == s.awaited && s.busy {
		s.busy, s.awaited = false, 0
		if msg.err != nil {
			return m.setStatus(sanitize.Sprintf("search: %s", errorLine(msg.err)), true)
		}
		m.showResults(msg.query, msg.mode, msg.res)
		return nil
	}
	if msg.ask != s.restAsk || s.restAsk == 0 {
		return nil
	}
	// A newer search, or a keystroke, cancelled it and forgot its number
	// (stopRest): a rest taken here completes the page still wanted.
	r := s.restFor
	s.rest, s.restAsk, s.restFor = nil, 0, nil // a failed one is asked again when needed
	if r != m.list.results || !r.more {
		return nil // not on screen (esc may bring it back: asked again then)
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
