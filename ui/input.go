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
		return m.suspendCmd()
	}
	if m.search.active {
		return m.updateSearch(msg)
	}
	if m.folders.open {
		return m.folderKey(msg)
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, k.Help, k.Back):
			m.showHelp = false
		case key.Matches(msg, k.Quit):
			return m.quit()
		default:
			m.helpKey(msg)
		}
		return nil
	}
	if m.people.open {
		return m.peopleKeyPress(msg)
	}
	if !key.Matches(msg, k.MarkAll) {
		m.confirmAll = 0 // any other key cancels "A again"
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Zoom):
		return m.toggleZoom()
	case key.Matches(msg, k.Panels):
		return m.togglePanels()
	case key.Matches(msg, k.NextUnread):
		return m.unreadStep(1)
	case key.Matches(msg, k.PrevUnread):
		return m.unreadStep(-1)
	case key.Matches(msg, k.MarkAll):
		return m.markAllShown()
	case key.Matches(msg, k.Reverse):
		m.list.reversed = !m.list.reversed
		m.list.rebuild(m.marks)
		return m.setStatus(sortedBy(m.list), false)
	case key.Matches(msg, k.Help):
		m.showHelp, m.helpOffset = true, 0
	case key.Matches(msg, k.Search):
		return m.openSearch()
	case key.Matches(msg, k.Focus):
		step := pane(1)
		if msg.String() == "shift+tab" {
			step = 2
		}
		m.zoom = false
		m.focus = (m.focus + step) % 3
		if m.focus == panelsPane && m.hidePanels {
			m.focus = (m.focus + step) % 3
		}
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
		return m.setStatus(sortedBy(m.list), false)
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
	case key.Matches(msg, k.Suspend): // a key [keys] binds besides ctrl+z
		return m.suspendCmd()
	case key.Matches(msg, k.Pager):
		return m.withArticle(actPager)
	case key.Matches(msg, k.Editor):
		return m.toEditor()
	case key.Matches(msg, k.CopyText):
		return m.withArticle(actCopyText)
	case key.Matches(msg, k.Mouse):
		return m.toggleMouse()
	case key.Matches(msg, k.Folders):
		return m.openFolders()
	case key.Matches(msg, k.People):
		return m.openPeople()
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
	case msg.String() == "space" && m.focus == readerPane && m.reader.atEnd() && key.Matches(msg, k.PageDown):
		return m.unreadStep(1) // newsboat's space: the end of one article goes on to the next unread
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
	case m.zoom:
		m.zoom = false
		return m.relayout()
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
	if m.people.open {
		m.people.move(n)
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
	if ms.Button != tea.MouseLeft || m.people.open {
		return nil
	}
	l := m.layout()
	switch {
	case l.list.contains(ms.X, ms.Y):
		m.focus = listPane
		if row := m.list.rowAt(ms.Y - l.list.y - 1); row >= 0 {
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

// helpKey scrolls the overlay with the motion keys.
func (m *Model) helpKey(msg tea.KeyPressMsg) {
	k := m.keys
	page := max(m.layout().bodyH-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		m.helpScroll(-1)
	case key.Matches(msg, k.Down):
		m.helpScroll(1)
	case key.Matches(msg, k.PageUp):
		m.helpScroll(-page)
	case key.Matches(msg, k.PageDown):
		m.helpScroll(page)
	case key.Matches(msg, k.Top):
		m.helpScroll(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m.helpScroll(1 << 30)
	}
}

func (m *Model) suspendCmd() tea.Cmd {
	if m.suspend != nil {
		return func() tea.Msg { m.suspend(); return nil }
	}
	return tea.Suspend
}

// sortedBy is the status line after a change of the order.
func sortedBy(l listModel) Safe {
	if l.reversed {
		return sanitize.Sprintf("sorted by %s, reversed", l.order)
	}
	return sanitize.Sprintf("sorted by %s", l.order)
}

// toggleZoom gives the reader the whole width, or gives the list and the
// panels back; the keys go to the reader while it is zoomed.
func (m *Model) toggleZoom() tea.Cmd {
	m.zoom = !m.zoom
	if m.zoom {
		m.focus = readerPane
	}
	return m.relayout()
}

// togglePanels hides the panels (their width goes to the reader) or shows
// them again.
func (m *Model) togglePanels() tea.Cmd {
	m.hidePanels = !m.hidePanels
	if m.hidePanels && m.focus == panelsPane {
		m.focus = readerPane
	}
	return m.relayout()
}

// unreadStep goes to the next or previous unread article of the list, and
// in the reader opens it (marks it read), as newsboat's n and p do.
func (m *Model) unreadStep(dir int) tea.Cmd {
	if !m.list.nextUnread(dir, m.marks) {
		return m.setStatus(sanitize.Lit("nothing else unread here"), false)
	}
	if s, ok := m.list.selected(); ok && m.focus == readerPane {
		return m.markRead(s.ID)
	}
	return nil
}

// markAllShown marks every article the list shows read, once A is pressed
// a second time: one key would otherwise lose the unread marks of a
// whole folder.
func (m *Model) markAllShown() tea.Cmd {
	if m.list.unread == 0 {
		return m.setStatus(sanitize.Lit("nothing unread here"), false)
	}
	if m.confirmAll == 0 || m.confirmAll != m.statusToken || m.status.IsEmpty() {
		cmd := m.setStatus(sanitize.Sprintf("press %s again to mark the %s shown read",
			firstKey(m.keys.MarkAll), plural(m.list.unread, "unread article", "unread articles")), false)
		m.confirmAll = m.statusToken
		return cmd
	}
	m.confirmAll = 0
	n := m.list.unread
	cmd := m.marks.setAll(readMark, m.list.shownIDs(), true)
	if m.list.onlyUnread {
		m.list.rebuild(m.marks)
	}
	return tea.Batch(cmd, m.setStatus(sanitize.Sprintf("marked %s read", plural(n, "article", "articles")), false))
}
