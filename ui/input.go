package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// handleKey routes a key: the prompt and the help overlay take keys first,
// then the keys that work anywhere, then the focused pane's.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch msg.String() {
	case "ctrl+c":
		return m.quit()
	case "ctrl+z": // anywhere, the prompt too, as in a shell
		if m.suspend != nil {
			return func() tea.Msg { m.suspend(); return nil }
		}
		return tea.Suspend
	}
	if m.search.active {
		return m.updateSearch(msg)
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, k.Help, k.Back):
			m.showHelp = false
		case key.Matches(msg, k.Quit):
			return m.quit()
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.showHelp = true
	case key.Matches(msg, k.Search):
		return m.openSearch()
	case key.Matches(msg, k.Focus):
		step := pane(1)
		if msg.String() == "shift+tab" {
			step = 2
		}
		m.focus = (m.focus + step) % 3
		return m.relayout()
	case key.Matches(msg, k.Back):
		return m.back()
	case key.Matches(msg, k.Prev):
		return m.step(-1)
	case key.Matches(msg, k.Next):
		return m.step(1)
	case key.Matches(msg, k.NextMatch):
		return m.jump(1)
	case key.Matches(msg, k.PrevMatch):
		return m.jump(-1)
	case key.Matches(msg, k.Sort):
		m.list.cycleSort(m.marks)
		return m.setStatus(sanitize.Sprintf("sorted by %s", m.list.order), false)
	case key.Matches(msg, k.Browser):
		return m.withLink(false)
	case key.Matches(msg, k.Copy):
		return m.withLink(true)
	case key.Matches(msg, k.Read):
		return m.toggleRead()
	case key.Matches(msg, k.Bookmark):
		return m.toggleBookmark()
	case key.Matches(msg, k.Bookmarks):
		m.list.onlyBookmarks = !m.list.onlyBookmarks
		m.list.rebuild(m.marks)
		return nil
	case key.Matches(msg, k.Unread):
		m.list.onlyUnread = !m.list.onlyUnread
		m.list.rebuild(m.marks)
		return nil
	case key.Matches(msg, k.Open):
		return m.enter()
	default:
		return m.move(msg)
	}
	return nil
}

// move handles the motion keys for the focused pane.
func (m *Model) move(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	page := 0
	switch m.focus {
	case listPane:
		page = max(m.list.height-1, 1)
	case readerPane:
		page = max(m.reader.height-2, 1)
	default:
		page = max(m.panels.height-1, 1)
	}
	n := 0
	switch {
	case key.Matches(msg, k.Up):
		n = -1
	case key.Matches(msg, k.Down):
		n = 1
	case key.Matches(msg, k.PageUp):
		n = -page
	case key.Matches(msg, k.PageDown):
		n = page
	case key.Matches(msg, k.Top):
		n = -1 << 30
	case key.Matches(msg, k.Bottom):
		n = 1 << 30
	default:
		return nil
	}
	return m.scroll(m.focus, n)
}

// scroll moves the given pane by n rows or lines.
func (m *Model) scroll(p pane, n int) tea.Cmd {
	switch p {
	case listPane:
		m.list.move(n)
		return nil
	case readerPane:
		m.reader.scrollBy(n)
	case panelsPane:
		m.panels.move(n)
	}
	return nil
}

// wheel scrolls the pane under the pointer by n lines: the panels scroll
// their lines rather than move the actor cursor.
func (m *Model) wheel(p pane, n int) tea.Cmd {
	if p == panelsPane {
		m.panels.scrollBy(n)
		return nil
	}
	return m.scroll(p, n)
}

// enter opens the selected article, or the selected actor's articles.
func (m *Model) enter() tea.Cmd {
	switch m.focus {
	case listPane:
		s, ok := m.list.selected()
		if !ok {
			return nil
		}
		m.focus = readerPane
		return tea.Batch(m.relayout(), m.markRead(s.ID))
	case panelsPane:
		if a, ok := m.panels.selected(); ok {
			return tea.Batch(m.setStatus(sanitize.Sprintf("articles naming %s…", a.Name), false), m.actorArticles(a))
		}
	}
	return nil
}

// back leaves the reader on a narrow screen, then the results, then the
// filters: esc always goes one step towards the whole folder.
func (m *Model) back() tea.Cmd {
	switch {
	case m.focus != listPane && m.width < mediumWidth:
		m.focus = listPane
		return m.relayout()
	case m.list.results != nil:
		return m.clearResults()
	case m.list.onlyBookmarks || m.list.onlyUnread:
		m.list.onlyBookmarks, m.list.onlyUnread = false, false
		m.list.rebuild(m.marks)
		return nil
	case m.focus != listPane:
		m.focus = listPane
		return m.relayout()
	}
	return nil
}

// step goes to the previous or next article; in the reader it opens it.
func (m *Model) step(n int) tea.Cmd {
	m.list.move(n)
	if s, ok := m.list.selected(); ok && m.focus == readerPane {
		return m.markRead(s.ID)
	}
	return nil
}

func (m *Model) jump(dir int) tea.Cmd {
	if len(m.reader.terms) == 0 {
		return m.setStatus(sanitize.Lit("no search: press / to search"), false)
	}
	if !m.reader.jump(dir) {
		return m.setStatus(sanitize.Lit("no match in this article"), false)
	}
	return nil
}

func (m *Model) quit() tea.Cmd {
	m.cancel()
	return tea.Quit
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(ms tea.Mouse) tea.Cmd {
	n := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		n = -3
	case tea.MouseWheelDown:
		n = 3
	default:
		return nil
	}
	l := m.layout()
	switch {
	case l.list.contains(ms.X, ms.Y):
		return m.wheel(listPane, n)
	case l.reader.contains(ms.X, ms.Y):
		return m.wheel(readerPane, n)
	case l.panels.contains(ms.X, ms.Y):
		return m.wheel(panelsPane, n)
	}
	return nil
}

// handleClick selects the list row under the pointer, or focuses a pane.
func (m *Model) handleClick(ms tea.Mouse) tea.Cmd {
	if ms.Button != tea.MouseLeft {
		return nil
	}
	l := m.layout()
	switch {
	case l.list.contains(ms.X, ms.Y):
		m.focus = listPane
		if row := ms.Y - l.list.y - 1; row >= 0 {
			if v := m.list.top + row; v < len(m.list.view) {
				m.list.cursor = v
				m.list.scroll()
			}
		}
		return m.relayout()
	case l.reader.contains(ms.X, ms.Y):
		m.focus = readerPane
	case l.panels.contains(ms.X, ms.Y):
		m.focus = panelsPane
		if i, ok := m.panels.itemAt(ms.Y - l.panels.y - 1); ok {
			m.panels.move(i - m.panels.cursor)
		}
	}
	return m.relayout()
}
