package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
)

// openedMsg reports how opening a link went.
type openedMsg struct {
	url string
	err error
}

var errNoOpener = errors.New("no browser configured")

// source returns the selected article's checked source URL, or a status
// message saying why there is none.
func (m *Model) source() (string, string) {
	a := m.currentArticle()
	if a == nil {
		return "", "no article selected"
	}
	if a.Source == nil || a.Source.URL == "" {
		return "", "this article has no source link"
	}
	if m.opts.Check != nil {
		if err := m.opts.Check(a.Source.URL); err != nil {
			return "", "refused: " + errorLine(err)
		}
	}
	return a.Source.URL, ""
}

// currentArticle is the parsed article the reader and panels show, if it is
// the selected one.
func (m *Model) currentArticle() *article.Article {
	s, ok := m.list.selected()
	if !ok || m.reader.art == nil || m.reader.art.ID != s.ID {
		return nil
	}
	return m.reader.art
}

// openSource opens the source link in the browser, off the UI goroutine
// (a browser can take a while to start).
func (m *Model) openSource() tea.Cmd {
	url, why := m.source()
	if url == "" {
		return m.setStatus(why, true)
	}
	open := m.opts.Open
	return func() tea.Msg {
		if open == nil {
			return openedMsg{url, errNoOpener}
		}
		return openedMsg{url, open(url)}
	}
}

// copySource copies the link with OSC 52, which works over ssh too but not
// in every terminal: the message says which way it went.
func (m *Model) copySource() tea.Cmd {
	url, why := m.source()
	if url == "" {
		return m.setStatus(why, true)
	}
	return tea.Batch(tea.SetClipboard(url), m.setStatus("copied "+url+" (OSC 52)", false))
}

func (m *Model) toggleRead() tea.Cmd {
	s, ok := m.list.selected()
	if !ok {
		return nil
	}
	read := !m.state.Read(s.ID)
	if err := m.state.SetRead(s.ID, read); err != nil {
		return m.setStatus("could not save: "+errorLine(err), true)
	}
	if m.list.onlyUnread {
		m.list.rebuild(m.state)
	}
	if read {
		return m.setStatus("marked read", false)
	}
	return m.setStatus("marked unread", false)
}

func (m *Model) toggleBookmark() tea.Cmd {
	s, ok := m.list.selected()
	if !ok {
		return nil
	}
	on := !m.state.Bookmarked(s.ID)
	if err := m.state.SetBookmarked(s.ID, on); err != nil {
		return m.setStatus("could not save: "+errorLine(err), true)
	}
	if m.list.onlyBookmarks {
		m.list.rebuild(m.state)
	}
	if on {
		return m.setStatus("bookmarked", false)
	}
	return m.setStatus("bookmark removed", false)
}
