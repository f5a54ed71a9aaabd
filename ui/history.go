package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// Historian is a State that keeps the queries searched in the folder
// (store/state keeps them on disk, by folder). Both calls may touch the
// disk: the UI makes them in a tea.Cmd.
type Historian interface {
	Queries() ([]string, error) // oldest first
	AddQuery(q string) error
}

// maxHistory bounds the history the prompt walks, as store/state does.
const maxHistory = 200

// history is the prompt's ↑/↓: the queries searched, oldest first, and
// where ↑/↓ has got to. at == len(list) is the query being typed, kept in
// draft while ↑ shows older ones.
type history struct {
	list   []string
	at     int
	draft  string
	loaded bool
}

type (
	historyMsg struct {
		list []string
		err  error
	}
	historySavedMsg struct{ err error }
)

// loadHistory reads the history off the UI goroutine.
func (m *Model) loadHistory() tea.Cmd {
	h, ok := m.state.(Historian)
	if !ok {
		return nil
	}
	return func() tea.Msg {
		list, err := h.Queries()
		return historyMsg{list, err}
	}
}

// historyLoaded takes the history read at start; queries searched before
// it came stay the newest.
func (m *Model) historyLoaded(msg historyMsg) tea.Cmd {
	h := &m.search.history
	if h.loaded {
		return nil
	}
	h.loaded = true
	var cmd tea.Cmd
	if msg.err != nil {
		cmd = m.setStatus(sanitize.Sprintf("search history: %s", errorLine(msg.err)), true)
	}
	typed := h.list
	h.list = nil
	for _, q := range append(msg.list, typed...) {
		h.add(q)
	}
	h.at = len(h.list)
	return cmd
}

// remember puts q last in the history, on screen at once and on disk in a
// command.
func (m *Model) remember(q string) tea.Cmd {
	q = historyLine(q)
	if q == "" {
		return nil
	}
	m.search.history.add(q)
	h, ok := m.state.(Historian)
	if !ok {
		return nil
	}
	return func() tea.Msg { return historySavedMsg{h.AddQuery(q)} }
}

func (m *Model) historySaved(msg historySavedMsg) tea.Cmd {
	if msg.err == nil {
		return nil
	}
	return m.setStatus(sanitize.Sprintf("search history not saved: %s", errorLine(msg.err)), true)
}

// historyLine is a query as the history keeps it: one line, no control
// byte, no space around it.
func historyLine(q string) string { return strings.TrimSpace(sanitize.Line(q)) }

func (h *history) add(q string) {
	if q = historyLine(q); q == "" {
		return
	}
	h.list = slices.DeleteFunc(h.list, func(s string) bool { return s == q })
	h.list = append(h.list, q)
	if len(h.list) > maxHistory {
		h.list = h.list[len(h.list)-maxHistory:]
	}
	h.at = len(h.list)
}

// reset starts a walk from the newest, with typed as the draft.
func (h *history) reset(typed string) { h.at, h.draft = len(h.list), typed }

// step moves dir entries (-1 older, +1 newer) from the text now in the
// prompt; it returns the text to show and whether it moved.
func (h *history) step(dir int, typed string) (string, bool) {
	h.at = clamp(h.at, 0, len(h.list))
	next := h.at + dir
	if next < 0 || next > len(h.list) {
		return typed, false
	}
	if h.at == len(h.list) {
		h.draft = typed
	}
	h.at = next
	if next == len(h.list) {
		return h.draft, true
	}
	return h.list[next], true
}
