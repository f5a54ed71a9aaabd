package ui

import (
	"context"
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

// linkMsg carries the selected article's source link, looked up off the
// UI goroutine when the article was not loaded yet, to the action wanting it.
type linkMsg struct {
	url  string
	why  string // when url is "": why there is none
	copy bool   // y rather than o
}

// withLink finds the selected article's checked source URL and hands it to
// copy or open. The reader may not have loaded the article yet (the cursor
// just moved), so the lookup may read the file.
func (m *Model) withLink(copy bool) tea.Cmd {
	s, ok := m.list.selected()
	if !ok {
		return m.setStatus("no article selected", true)
	}
	var cached *article.Article
	if a, ok := m.cache.articles.get(s.ID); ok {
		cached = &a
	}
	lib, check := m.lib, m.opts.Check
	return func() tea.Msg {
		a := cached
		if a == nil {
			got, err := lib.Article(context.Background(), s)
			if err != nil {
				return linkMsg{why: "cannot read the article: " + errorLine(err)}
			}
			a = &got
		}
		if a.Source == nil || a.Source.URL == "" {
			return linkMsg{why: "this article has no source link", copy: copy}
		}
		url := a.Source.URL
		if check != nil {
			var err error
			if url, err = check(url); err != nil {
				return linkMsg{why: "refused: " + errorLine(err), copy: copy}
			}
		}
		return linkMsg{url: url, copy: copy}
	}
}

// useLink opens or copies the link. Opening runs off the UI goroutine (a
// browser can take a while to start); copying uses OSC 52, which works over
// ssh too but not in every terminal, so the message says which way it went.
func (m *Model) useLink(msg linkMsg) tea.Cmd {
	if msg.url == "" {
		return m.setStatus(msg.why, true)
	}
	if msg.copy {
		return tea.Batch(tea.SetClipboard(msg.url), m.setStatus("copied "+msg.url+" (OSC 52)", false))
	}
	open, url := m.opts.Open, msg.url
	return func() tea.Msg {
		if open == nil {
			return openedMsg{url, errNoOpener}
		}
		return openedMsg{url, open(url)}
	}
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
