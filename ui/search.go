package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// debounce is how long the prompt waits after a keystroke before it
// searches: a search per key would queue work the next key makes useless.
const debounce = 150 * time.Millisecond

// searchModel is the prompt that / opens.
type searchModel struct {
	input  prompt
	active bool               // the prompt is open
	query  string             // the query whose results the list shows
	seq    int                // stale-answer token of searches and actor lookups alike
	tick   bool               // a debounce tick of seq is awaited
	busy   bool               // an answer of seq is awaited
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
		seq   int
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
		if msg.seq != m.search.seq || !m.search.tick {
			return nil
		}
		m.search.tick = false
		return m.runSearch(m.search.input.String())
	case searchResultMsg:
		if msg.seq != m.search.seq || !m.search.busy {
			return nil
		}
		m.search.busy = false
		if msg.err != nil {
			return m.setStatus(sanitize.Sprintf("search: %s", errorLine(msg.err)), true)
		}
		m.showResults(msg.query, msg.res)
		return nil
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
	m.search.tick, m.search.busy = true, false
	seq := m.search.seq
	return m.after(debounce, searchTickMsg{seq})
}

// runSearch searches off the UI goroutine; an empty query shows everything.
func (m *Model) runSearch(q string) tea.Cmd {
	seq := m.search.seq
	m.search.tick = false
	if len(queryTerms(q)) == 0 && q == "" {
		m.search.busy = false
		m.search.query = ""
		m.list.results = nil
		m.reader.setTerms(nil)
		m.list.rebuild(m.marks)
		return nil
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
	m.list.results = &resultSet{label: sanitize.Sprintf("search %s", quoteQuery(q)), ids: res.IDs, total: res.Total}
	m.list.order = byRank
	m.list.cursor = 0
	m.list.rebuild(m.marks)
	m.list.cursor, m.list.top = 0, 0
	m.reader.setTerms(queryTerms(q))
}

func quoteQuery(q string) Safe { return sanitize.Sprintf("“%s”", q) }

// clearResults goes back to every article, keeping the selected one.
func (m *Model) clearResults() tea.Cmd {
	m.search.seq++
	m.search.query = ""
	m.search.busy, m.search.tick = false, false
	if m.list.results == nil {
		return nil
	}
	m.list.results = nil
	if m.list.order == byRank {
		m.list.order = byName
	}
	m.list.rebuild(m.marks)
	m.reader.setTerms(nil)
	return nil
}

// actorArticles asks the library for the articles naming an actor. It
// shares the search's token: whichever was asked last is shown.
func (m *Model) actorArticles(a actors.Actor) tea.Cmd {
	m.search.seq++
	m.search.busy, m.search.tick = true, false
	lib, seq := m.lib, m.search.seq
	return func() tea.Msg {
		res, err := lib.Actor(context.Background(), a.Name, a.Kind)
		return actorResultMsg{seq: seq, actor: a, res: res, err: err}
	}
}

func (m *Model) showActor(msg actorResultMsg) tea.Cmd {
	if msg.seq != m.search.seq || !m.search.busy {
		return nil
	}
	m.search.busy = false
	if msg.err != nil {
		return m.setStatus(sanitize.Sprintf("actor: %s", errorLine(msg.err)), true)
	}
	m.search.query = ""
	m.list.results = &resultSet{label: sanitize.SafeLine(msg.actor.Name), noun: "article", ids: msg.res.IDs, total: msg.res.Total}
	m.list.order = byRank
	m.list.rebuild(m.marks)
	m.reader.setTerms(nil)
	m.focus = listPane
	return tea.Batch(m.relayout(), m.setStatus(sanitize.Lit("esc goes back to all articles"), false))
}
