package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// openedMsg reports how opening a link went.
type openedMsg struct {
	url string
	err error
}

var errNoOpener = errors.New("no browser configured")

// linkWanted is o or y pressed while the reader's article was loading:
// it is done when the article arrives, and dropped if the reader moves on.
type linkWanted struct {
	id   string
	copy bool
}

// withLink opens or copies the link of the reader's article, the one the
// Source panel shows. While the article loads, it asks for it now (no
// waiting for the cursor to rest) and acts when it arrives.
func (m *Model) withLink(copy bool) tea.Cmd {
	r := &m.reader
	switch {
	case r.sum.ID == "":
		return m.setStatus(sanitize.Lit("no article selected"), true)
	case r.err != nil:
		return m.setStatus(sanitize.Sprintf("cannot read the article: %s", errorLine(r.err)), true)
	case r.art == nil:
		cmd := r.request(m.lib, m.cache, m.styles.glamour)
		if r.art == nil { // not in the cache at this width either
			m.pendingLink = &linkWanted{r.sum.ID, copy}
			return cmd
		}
	}
	return m.useLink(r.art, copy)
}

// linkWhenLoaded does the o or y that waited for the article just shown.
func (m *Model) linkWhenLoaded() tea.Cmd {
	p := m.pendingLink
	switch {
	case p == nil || p.id != m.reader.sum.ID:
		return nil
	case m.reader.err != nil:
		m.pendingLink = nil
		return m.setStatus(sanitize.Sprintf("cannot read the article: %s", errorLine(m.reader.err)), true)
	case m.reader.art == nil:
		return nil
	}
	m.pendingLink = nil
	return m.useLink(m.reader.art, p.copy)
}

// link is the checked source URL of a, or why there is none.
func (m *Model) link(a *article.Article) (url string, why Safe) {
	if a.Source == nil || a.Source.URL == "" {
		return "", sanitize.Lit("this article has no source link")
	}
	url = a.Source.URL
	if m.opts.Check != nil {
		var err error
		if url, err = m.opts.Check(url); err != nil {
			return "", sanitize.Sprintf("refused: %s", errorLine(err))
		}
	}
	return url, Safe{}
}

// useLink opens or copies the link. Opening runs off the UI goroutine (a
// browser can take a while to start); copying uses OSC 52, which works over
// ssh too but not in every terminal, so the message says which way it went.
func (m *Model) useLink(a *article.Article, copy bool) tea.Cmd {
	url, why := m.link(a)
	if url == "" {
		return m.setStatus(why, true)
	}
	if copy {
		return tea.Batch(tea.SetClipboard(url), m.setStatus(sanitize.Sprintf("copied %s (OSC 52)", url), false))
	}
	open := m.opts.Open
	return func() tea.Msg {
		if open == nil {
			return openedMsg{url, errNoOpener}
		}
		return openedMsg{url, open(url)}
	}
}

// toggleRead marks the reader's article read or unread: on screen at once,
// on disk in a command.
func (m *Model) toggleRead() tea.Cmd {
	id := m.reader.sum.ID
	if id == "" {
		return nil
	}
	read := !m.marks.Read(id)
	save := m.marks.set(markKey{readMark, id}, read)
	if m.list.onlyUnread {
		m.list.rebuild(m.marks)
	}
	if read {
		return tea.Batch(save, m.setStatus(sanitize.Lit("marked read"), false))
	}
	return tea.Batch(save, m.setStatus(sanitize.Lit("marked unread"), false))
}

// toggleBookmark adds or removes the reader's article's bookmark.
func (m *Model) toggleBookmark() tea.Cmd {
	id := m.reader.sum.ID
	if id == "" {
		return nil
	}
	on := !m.marks.Bookmarked(id)
	save := m.marks.set(markKey{bookmarkMark, id}, on)
	if m.list.onlyBookmarks {
		m.list.rebuild(m.marks)
	}
	if on {
		return tea.Batch(save, m.setStatus(sanitize.Lit("bookmarked"), false))
	}
	return tea.Batch(save, m.setStatus(sanitize.Lit("bookmark removed"), false))
}
