package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/actors"
)

// debounce is how long the prompt waits after a keystroke before it
// searches: a search per key would queue work the next key makes useless.
const debounce = 150 * time.Millisecond

// searchModel is the prompt that / opens.
type searchModel struct {
	input  prompt
	active bool   // the prompt is open
	query  string // the query whose results the list shows
	seq    int    // stale-result token
	busy   bool
	stop   context.CancelFunc // ends the search under way, made useless by a newer one
}

type (
	searchTickMsg   struct{ seq int }
	searchResultMsg struct {
		seq   int
		query string
		res   Results
		err   error
	}
	actorResultMsg struct {
		actor actors.Actor
		res   Results
		err   error
	}
)

func newSearch() searchModel { return searchModel{input: prompt{limit: 200}} }

// open shows the prompt with the current query in it.
func (m *Model) openSearch() tea.Cmd {
	m.search.active = true
	m.search.input.set(m.search.query)
	return nil
}

// updateSearch handles keys while the prompt is open, and the debounced
// searches and their results.
func (m *Model) updateSearch(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case searchTickMsg:
		if msg.seq != m.search.seq {
			return nil
		}
		return m.runSearch(m.search.input.String())
	case searchResultMsg:
		if msg.seq != m.search.seq {
			return nil
		}
		m.search.busy = false
		if msg.err != nil {
			return m.setStatus("search: "+errorLine(msg.err), true)
		}
		m.showResults(msg.query, msg.res)
		return m.follow()
	case tea.KeyPressMsg:
		switch msg.String() {
		case "enter":
			m.search.active = false
			m.focus = listPane
			if m.search.input.String() != m.search.query {
				m.search.seq++
				return m.runSearch(m.search.input.String())
			}
			return nil
		case "esc":
			m.search.active = false
			return m.clearResults()
		}
	}
	if !m.search.input.update(msg) {
		return nil
	}
	m.search.seq++
	seq := m.search.seq
	return m.after(debounce, searchTickMsg{seq})
}

// runSearch searches off the UI goroutine; an empty query shows everything.
func (m *Model) runSearch(q string) tea.Cmd {
	seq := m.search.seq
	if len(queryTerms(q)) == 0 && q == "" {
		m.search.query = ""
		m.list.results = nil
		m.reader.setTerms(nil)
		m.list.rebuild(m.state)
		return m.follow()
	}
	m.search.busy = true
	if m.search.stop != nil {
		m.search.stop()
	}
	ctx, stop := context.WithCancel(m.ctx)
	m.search.stop = stop
	lib := m.lib
	return func() tea.Msg {
		defer stop()
		res, err := lib.Search(ctx, q)
		return searchResultMsg{seq: seq, query: q, res: res, err: err}
	}
}

// searchAgain repeats the query on screen once the library has loaded: a
// search typed while the index was still being built saw only part of it.
func (m *Model) searchAgain() tea.Cmd {
	q := m.search.query
	if m.search.active {
		q = m.search.input.String()
	}
	if q == "" {
		return nil
	}
	m.search.seq++
	return m.runSearch(q)
}

// showResults puts search results in the list, best first, and the words
// to highlight in the reader.
func (m *Model) showResults(q string, res Results) {
	m.search.query = q
	m.list.results = &resultSet{label: "search " + quoteQuery(q), ids: res.IDs, total: res.Total}
	m.list.order = byRank
	m.list.cursor = 0
	m.list.rebuild(m.state)
	m.list.cursor, m.list.top = 0, 0
	m.reader.setTerms(queryTerms(q))
}

func quoteQuery(q string) string { return "“" + q + "”" }

// clearResults goes back to every article, keeping the selected one.
func (m *Model) clearResults() tea.Cmd {
	m.search.seq++
	m.search.query = ""
	m.search.busy = false
	if m.list.results == nil {
		return nil
	}
	m.list.results = nil
	if m.list.order == byRank {
		m.list.order = byName
	}
	m.list.rebuild(m.state)
	m.reader.setTerms(nil)
	return m.follow()
}

// actorArticles asks the library for the articles naming an actor.
func (m *Model) actorArticles(a actors.Actor) tea.Cmd {
	lib := m.lib
	return func() tea.Msg {
		res, err := lib.Actor(context.Background(), a.Name, a.Kind)
		return actorResultMsg{actor: a, res: res, err: err}
	}
}

func (m *Model) showActor(msg actorResultMsg) tea.Cmd {
	if msg.err != nil {
		return m.setStatus("actor: "+errorLine(msg.err), true)
	}
	m.search.seq++
	m.search.query = ""
	m.list.results = &resultSet{label: msg.actor.Name, noun: "article", ids: msg.res.IDs, total: msg.res.Total}
	m.list.order = byRank
	m.list.rebuild(m.state)
	m.reader.setTerms(nil)
	m.focus = listPane
	return tea.Batch(m.relayout(), m.follow(), m.setStatus("esc goes back to all articles", false))
}
