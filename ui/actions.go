package ui

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/ui/render"
)

// openedMsg reports how opening a link went.
type openedMsg struct {
	url string
	err error
}

var errNoOpener = errors.New("no browser configured")

// articleAct is what a key asks of the reader's article once it is loaded.
type articleAct int

const (
	actOpen     articleAct = iota // o: open the source link
	actCopyLink                   // y: copy the source link
	actCopyText                   // c: copy the article's text
	actPager                      // v: hand the article to the pager
)

// linkWanted is o, y, c or v pressed while the reader's article was
// loading: it is done when the article arrives, and dropped if the reader
// moves on.
type linkWanted struct {
	id  string
	act articleAct
}

// withLink opens or copies the link of the reader's article, the one the
// Source panel shows.
func (m *Model) withLink(copy bool) tea.Cmd {
	if copy {
		return m.withArticle(actCopyLink)
	}
	return m.withArticle(actOpen)
}

// withArticle does act on the reader's article. While the article loads,
// it asks for it now (no waiting for the cursor to rest) and acts when it
// arrives.
func (m *Model) withArticle(act articleAct) tea.Cmd {
	r := &m.reader
	switch {
	case r.sum.ID == "":
		return m.setStatus(sanitize.Lit("no article selected"), true)
	case r.err != nil:
		return m.setStatus(sanitize.Sprintf("cannot read the article: %s", errorLine(r.err)), true)
	case r.art == nil:
		cmd := r.request(m.lib, m.cache, m.styles.glamour)
		if r.art == nil { // not in the cache at this width either
			m.pendingLink = &linkWanted{r.sum.ID, act}
			return cmd
		}
	}
	return m.act(r.art, act)
}

// act does what a key asked of a loaded article.
func (m *Model) act(a *article.Article, act articleAct) tea.Cmd {
	switch act {
	case actCopyText:
		return m.copyText(a)
	case actPager:
		return m.toPager(a)
	}
	return m.useLink(a, act == actCopyLink)
}

// linkWhenLoaded does the o, y, c or v that waited for the article just shown.
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
	return m.act(m.reader.art, p.act)
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

// useLink opens or copies the link. A browser that draws in the terminal
// (w3m, lynx: Options.Foreground says which) gets the screen through
// tea.ExecProcess, and the UI comes back when it ends; any other starts
// detached, off the UI goroutine (a browser can take a while to start).
// Copying uses OSC 52, which works over ssh too but not in every terminal,
// so the message says which way it went.
func (m *Model) useLink(a *article.Article, copy bool) tea.Cmd {
	url, why := m.link(a)
	if url == "" {
		return m.setStatus(why, true)
	}
	if copy {
		return tea.Batch(tea.SetClipboard(url), m.setStatus(sanitize.Sprintf("copied %s (OSC 52)", url), false))
	}
	open, fg, run := m.opts.Open, m.opts.Foreground, m.exec
	return func() tea.Msg {
		if fg != nil {
			c, err := fg(url)
			if err != nil {
				return openedMsg{url, err}
			}
			if c != nil {
				what := "browser " + filepath.Base(c.Path)
				return run(c, func(err error) tea.Msg { return execDoneMsg{what, err} })()
			}
		}
		if open == nil {
			return openedMsg{url, errNoOpener}
		}
		return openedMsg{url, open(url)}
	}
}

// clipboardMax bounds the text c copies: OSC 52 carries it base64-encoded
// in one escape sequence, and terminals drop longer ones whole (xterm and
// tmux stop near 100 KB), so a longer article is cut at the last line break
// that fits, and the status line says how much went.
const clipboardMax = 100 << 10

// copyText copies the article's plain text (title, paragraphs, captions,
// source: what kiosk show --plain prints, unwrapped) by OSC 52. The text is
// the parser's cleaned text, cleaned again: no escape sequence of the
// rendering and none of the file's goes to the clipboard.
func (m *Model) copyText(a *article.Article) tea.Cmd {
	text, whole := clipText(sanitize.Text(render.Plain(*a, 0)), clipboardMax)
	if text == "" {
		return m.setStatus(sanitize.Lit("this article has no text to copy"), true)
	}
	msg := sanitize.Sprintf("copied the article's text, %s (OSC 52)", kb(len(text)))
	if !whole {
		msg = sanitize.Sprintf("copied the first %s of the article's text (OSC 52 holds no more)", kb(len(text)))
	}
	return tea.Batch(tea.SetClipboard(text), m.setStatus(msg, !whole))
}

// clipText cuts s to at most max bytes, at a line break when there is one
// in the second half, else at a rune boundary; whole says nothing was cut.
func clipText(s string, max int) (string, bool) {
	if len(s) <= max {
		return s, true
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], '\n'); i > max/2 {
		cut = i + 1
	}
	return s[:cut], false
}

// kb is a size for the status line: "812 B", "14 KB".
func kb(n int) string {
	if n < 1024 {
		return strconv.Itoa(n) + " B"
	}
	return strconv.Itoa((n+512)/1024) + " KB"
}

// toggleMouse turns the mouse capture off, for the terminal's own text
// selection, or back on.
func (m *Model) toggleMouse() tea.Cmd {
	m.noMouse = !m.noMouse
	if m.noMouse {
		return m.setStatus(sanitize.Lit("mouse off: the terminal selects text (M turns it back on)"), false)
	}
	return m.setStatus(sanitize.Lit("mouse on: the wheel scrolls, a click selects"), false)
}

// mouseMode is the View's: cell motion (wheel, clicks) unless turned off.
func (m *Model) mouseMode() tea.MouseMode {
	if m.noMouse {
		return tea.MouseModeNone
	}
	return tea.MouseModeCellMotion
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
