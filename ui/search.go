package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// debounce is how long the prompt waits after a keystroke before it
// searches: a search per key would queue work the next key makes useless.
const debounce = 150 * time.Millisecond

// QueryMode is how the library reads a query: Typing while the prompt is
// open (the last word a prefix), Whole after enter (as kiosk search).
type QueryMode = library.QueryMode

// The two modes, as the UI names them.
const (
	Typing = library.Typing
	Whole  = library.Whole
)

// searchModel is the prompt that / opens.
type searchModel struct {
	input  prompt
	active bool               // the prompt is open
	query  string             // the query whose results the list shows
	mode   QueryMode          // how query was read
	seq    int                // what the list is to show: a newer search, or actor lookup, makes it anew
	tick   bool               // a debounce tick of seq is awaited
	busy   bool               // the answer of the ask awaited is awaited
	stop   context.CancelFunc // ends the search under way, made useless by a newer one
	rest   context.CancelFunc // ends the fetch of the rest of a first page (results_page.go)

	// Every ask of the search (a first page, a whole answer, the rest of
	// a page, an actor's articles, passages) gets a number of its own,
	// and its answer is taken only while that number is still wanted: no
	// two asks in flight share one, so no answer is taken for another's.
	asks    int        // the last number given
	awaited int        // the ask whose answer the list waits for; 0: none
	restAsk int        // the ask of the rest under way; 0: none
	restFor *resultSet // the first page that rest completes
	before  shown      // what the list showed when / opened: esc goes back to it
	history history
	order   sortOrder // the list's order before results replaced the folder
	lines   int       // the list pane's lines for rows, set by the layout
}

// shown is what the list shows, as far as searching is concerned.
type shown struct {
	query   string
	mode    QueryMode
	results *resultSet
	order   sortOrder
}

type (
	searchTickMsg   struct{ seq int }
	searchResultMsg struct {
		ask   int // the ask it answers
		seq   int
		query string
		mode  QueryMode
		res   Results
		err   error
		page  *pageOf // a first page (results.go); nil for a whole answer
		rest  bool    // the whole answer to a first page shown (results.go)
	}
	actorResultMsg struct {
		ask   int // the ask it answers
		seq   int
		actor actors.Actor
		res   Results
		err   error
	}
)

func newSearch() searchModel { return searchModel{input: newPrompt(), order: byName} }

// openSearch shows the prompt with the current query in it, and keeps
// what the list shows for esc.
func (m *Model) openSearch() tea.Cmd {
	s := &m.search
	s.active = true
	s.input.set(s.query)
	s.before = shown{s.query, s.mode, m.list.results, m.list.order}
	s.history.reset(s.query)
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
		return m.runSearch(m.search.input.String(), library.Typing)
	case searchResultMsg:
		return m.searchAnswered(msg)
	case tea.KeyPressMsg:
		if cmd, done := m.promptKey(msg); done {
			return cmd
		}
	}
	changed, cmd := m.search.input.update(msg)
	if !changed {
		return cmd
	}
	return tea.Batch(cmd, m.typed())
}

// promptKey handles the keys the prompt does not edit with.
func (m *Model) promptKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch msg.String() {
	case "enter":
		return m.submit(), true
	case "esc":
		return m.cancelEdit(), true
	case "ctrl+n":
		m.list.move(1)
		return nil, true
	case "ctrl+p":
		m.list.move(-1)
		return nil, true
	case "up", "down":
		dir := -1
		if msg.String() == "down" {
			dir = 1
		}
		text, moved := m.search.history.step(dir, m.search.input.String())
		if !moved || text == m.search.input.String() {
			return nil, true
		}
		m.search.input.set(text)
		return m.typed(), true
	}
	return nil, false
}

// typed waits for the typing to pause before searching.
func (m *Model) typed() tea.Cmd {
	m.search.seq++
	m.search.tick, m.search.busy, m.search.awaited = true, false, 0
	m.stopRest() // the results it would complete are about to go
	seq := m.search.seq
	return m.after(debounce, searchTickMsg{seq})
}

// submit closes the prompt and reads the query whole, as kiosk search
// does: "kw007" is no longer a prefix of "kw0077". An empty one shows
// every article.
func (m *Model) submit() tea.Cmd {
	m.search.active = false
	m.focus = listPane
	q := m.search.input.String()
	if historyLine(q) == "" {
		return m.clearResults()
	}
	save := m.remember(q)
	if q == m.search.query && m.search.mode == library.Whole && !m.search.busy && !m.search.tick {
		return save
	}
	m.search.seq++
	return tea.Batch(save, m.runSearch(q, library.Whole))
}

// cancelEdit closes the prompt and puts back what the list showed when it
// opened, dropping any search under way.
func (m *Model) cancelEdit() tea.Cmd {
	s := &m.search
	s.active = false
	m.stopSearch()
	b := s.before
	if b.results == nil {
		return m.clearResults()
	}
	s.query, s.mode = b.query, b.mode
	m.list.results, m.list.order = b.results, b.order
	m.list.rebuild(m.marks)
	m.fitList()
	m.reader.setTerms(queryTerms(b.query, b.mode))
	return nil
}

// stopSearch makes every answer awaited stale.
func (m *Model) stopSearch() {
	m.search.seq++
	m.search.busy, m.search.tick, m.search.awaited = false, false, 0
	if m.search.stop != nil {
		m.search.stop()
		m.search.stop = nil
	}
	m.stopRest()
}

// stopRest ends the fetch of the rest of a first page, if one runs: its
// answer is no longer wanted.
func (m *Model) stopRest() {
	s := &m.search
	if s.rest != nil {
		s.rest()
	}
	s.rest, s.restAsk, s.restFor = nil, 0, nil
}

// newAsk numbers an ask.
func (s *searchModel) newAsk() int {
	s.asks++
	return s.asks
}

// await makes a new ask the one the list waits for: the search or fetch
// under way is cancelled and any answer asked before it is stale. It
// returns the ask's number and context.
func (m *Model) await() (int, context.Context, context.CancelFunc) {
	s := &m.search
	if s.stop != nil {
		s.stop()
	}
	m.stopRest()
	ctx, stop := context.WithCancel(m.ctx)
	s.stop = stop
	s.awaited, s.busy, s.tick = s.newAsk(), true, false
	return s.awaited, ctx, stop
}

// runSearch searches off the UI goroutine; an empty query shows everything.
func (m *Model) runSearch(q string, mode QueryMode) tea.Cmd {
	seq := m.search.seq
	m.search.tick = false
	if historyLine(q) == "" {
		m.search.busy, m.search.awaited = false, 0
		m.dropResults()
		return nil
	}
	ask, ctx, stop := m.await()
	if p, ok := m.lib.(pager); ok {
		return firstPageCmd(ctx, stop, p, ask, seq, q, mode)
	}
	lib := m.lib
	return func() tea.Msg {
		defer stop()
		res, err := lib.Search(ctx, q, mode)
		return searchResultMsg{ask: ask, seq: seq, query: q, mode: mode, res: res, err: err}
	}
}

// searchAnswered shows the answer of the newest search; an error (a query
// read whole that cannot mean anything) is said, the list left as it was.
func (m *Model) searchAnswered(msg searchResultMsg) tea.Cmd {
	if msg.rest {
		return m.restCame(msg) // results.go
	}
	if msg.ask != m.search.awaited || !m.search.busy {
		return nil
	}
	m.search.busy, m.search.awaited = false, 0
	if msg.page != nil && msg.err == nil {
		return m.pageCame(msg) // results.go
	}
	if msg.err != nil {
		return m.setStatus(sanitize.Sprintf("search: %s", errorLine(msg.err)), true)
	}
	m.showResults(msg.query, msg.mode, msg.res)
	return nil
}

// searchAgain repeats the query on screen once the library has loaded: a
// search typed while the index was still being built saw only part of it.
func (m *Model) searchAgain() tea.Cmd {
	q, mode := m.search.query, m.search.mode
	if m.search.active {
		q, mode = m.search.input.String(), library.Typing
	}
	if q == "" {
		return nil
	}
	m.search.seq++
	return m.runSearch(q, mode)
}

// showResults puts search results in the list, best first, and the words
// to highlight in the reader.
func (m *Model) showResults(q string, mode QueryMode, res Results) {
	m.search.query, m.search.mode = q, mode
	m.setResults(&resultSet{label: sanitize.Sprintf("search %s", quoteQuery(q)), ids: res.IDs, total: res.Total,
		searchResults: searchResults{query: q, mode: mode, seq: m.search.seq, snippets: map[string]Snippet{}}})
	m.list.cursor, m.list.top = 0, 0
	m.list.scroll()
	m.reader.setTerms(queryTerms(q, mode))
}

// setResults shows results in place of the folder, best first; the order
// the folder had comes back with it.
func (m *Model) setResults(r *resultSet) {
	if m.list.results == nil {
		m.search.order = m.list.order
	}
	m.list.results = r
	m.list.order = byRank
	m.list.cursor = 0
	m.list.rebuild(m.marks)
	m.fitList()
}

func quoteQuery(q string) Safe { return sanitize.Sprintf("“%s”", q) }

// clearResults goes back to every article, keeping the selected one.
func (m *Model) clearResults() tea.Cmd {
	m.stopSearch()
	m.dropResults()
	return nil
}

// dropResults shows the folder again, in the order it had before.
func (m *Model) dropResults() {
	m.search.query, m.search.mode = "", library.Typing
	if m.list.results == nil {
		return
	}
	m.list.results = nil
	m.list.order = m.search.order
	m.list.rebuild(m.marks)
	// Rows that came while the results were shown may have changed the
	// default order (most now dated); a user who chose none gets it.
	m.list.followDefault(m.marks)
	m.fitList()
	m.reader.setTerms(nil)
}

// actorArticles asks the library for the articles naming an actor. It
// shares the search's token: whichever was asked last is shown.
func (m *Model) actorArticles(a actors.Actor) tea.Cmd {
	m.search.seq++
	ask, ctx, stop := m.await()
	lib, seq := m.lib, m.search.seq
	return func() tea.Msg {
		defer stop()
		res, err := lib.Actor(ctx, a.Name, a.Kind)
		return actorResultMsg{ask: ask, seq: seq, actor: a, res: res, err: err}
	}
}

func (m *Model) showActor(msg actorResultMsg) tea.Cmd {
	if msg.ask != m.search.awaited || !m.search.busy {
		return nil
	}
	m.search.busy, m.search.awaited = false, 0
	if msg.err != nil {
		return m.setStatus(sanitize.Sprintf("actor: %s", errorLine(msg.err)), true)
	}
	m.search.query = ""
	m.setResults(&resultSet{label: sanitize.SafeLine(msg.actor.Name), noun: "article", ids: msg.res.IDs, total: msg.res.Total})
	m.reader.setTerms(nil)
	m.focus = listPane
	return tea.Batch(m.relayout(), m.setStatus(sanitize.Lit("esc goes back to all articles"), false))
}

// promptLine is the status line while the prompt is open: the field on
// the left, the count on the right; "searching…" while an answer is
// awaited, never the count of an older query.
func (m *Model) promptLine() styled {
	right := sanitize.Sprintf(" %s ", m.list.position())
	switch {
	case m.search.busy || m.search.tick:
		right = sanitize.Lit(" searching… ")
	case m.list.results != nil && m.list.results.query == m.search.input.String() && m.list.results.more:
		right = sanitize.Sprintf(" %s+ matches ", thousands(m.list.results.total))
	case m.list.results != nil && m.list.results.query == m.search.input.String():
		right = sanitize.Sprintf(" %s ", plural(m.list.results.total, "match", "matches"))
	}
	// textinput's view: SGR around the field's text, cleaned as it was typed
	return m.leftRight(fromRenderer(m.search.input.view()), plain(right))
}

// countWidth is what the prompt leaves on its right for the count.
const countWidth = 18
