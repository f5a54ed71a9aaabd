package ui

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// Options configure the UI.
type Options struct {
	Library Library
	State   State                            // nil: marks kept in memory for this run
	Open    func(url string) error           // opens a URL in the browser; nil: o refuses
	Check   func(url string) (string, error) // the URL to open or link, or why not; nil: any
	Style   string                           // "dark" or "light"; "" asks the terminal
	NoColor bool                             // NO_COLOR is set: no colors at all
	Select  string                           // file name, path or ID to select at start
	Notice  string                           // a message for the status line at start
	Folder  string                           // the folder's name, shown in the status line

	// Foreground returns the command that opens url when its browser draws
	// in the terminal (w3m, lynx), run then through tea.ExecProcess; nil and
	// no error when the browser runs on its own (Open starts it).
	Foreground func(url string) (*exec.Cmd, error)
	Pager      string // the pager's words for v; "": less -R
	Editor     string // the editor's words for e; "": vi
	NoMouse    bool   // start with the mouse capture off (M turns it on)
	Glamour    string // the article's glamour style when not dark or light: a name or a JSON file's path

	Folders    []string                                  // every folder F offers, Folder among them
	OpenFolder func(dir string) (Options, func(), error) // opens another folder's Options for F, and what closes it
	View       View                                      // how the folder was left, restored at start
	Views      ViewKeeper                                // keeps the folder's view across runs; nil: not kept

	ListWidth  int    // the list's width in columns (config list_width); 0: kiosk's layout
	DateFormat string // how dates show, a Go time layout (config date_format); "": 2006-01-02

	Keys      map[string][]string // config [keys]: action → keys, for the actions it rebinds
	KeysWhere string              // where [keys] was read ("config.toml:12"), for what is said of it
}

// pane names what has the focus.
type pane int

const (
	listPane pane = iota
	readerPane
	panelsPane
)

// Model is the root model: it owns the panes, routes messages to them and
// lays them out.
type Model struct {
	opts   Options
	lib    Library
	state  State
	marks  *marks
	keys   keyMap
	help   help.Model
	styles styles
	dark   bool
	cache  *cache

	width, height int
	focus         pane
	showHelp      bool
	helpOffset    int    // the overlay's first line on screen
	zoom          bool   // the reader takes the whole width
	hidePanels    bool   // no panels beside or above the reader
	confirmAll    int    // the status token of "A again marks … read", 0: none asked
	counted       [2]int // the list's and the marks' gen when the unread count was made
	dateW         int    // the list's date column when the panes were last laid out

	list   listModel
	reader readerModel
	panels panelsModel
	search searchModel

	people peopleModel // the "who is in the news" view (w), people.go

	loading       bool
	done, total   int
	status        Safe
	statusErr     bool
	statusToken   int
	pendingSelect string
	pendingLink   *linkWanted // o or y waiting for the reader's article
	folderGone    bool        // the watch lost the folder: live updates stopped

	ctx     context.Context
	cancel  context.CancelFunc
	suspend func() // Run's: give the terminal back and stop until SIGCONT
	events  chan tea.Msg
	after   afterFunc

	exec    execFunc // tea.ExecProcess; tests replace it
	noMouse bool     // the mouse capture is off: the terminal selects text
	folders folderSwitch
	views   viewKeeping
}

// afterFunc delivers msg after d. It is tea.Tick but for tests, which
// deliver at once what the UI waits for and drop the status timeouts.
type afterFunc func(d time.Duration, msg tea.Msg) tea.Cmd

func tick(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}

// New builds the root model. Run it with Run, or drive it directly in tests.
func New(opts Options) *Model {
	if opts.State == nil {
		opts.State = NewMemoryState()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &Model{
		opts: opts, lib: opts.Library, state: opts.State,
		help: help.New(), cache: newCache(),
		list: newList(), search: newSearch(),
		dark: opts.Style != "light", loading: true,
		ctx: ctx, cancel: cancel, events: make(chan tea.Msg, 64), after: tick,
	}
	m.reader.after = tick
	m.exec, m.noMouse = tea.ExecProcess, opts.NoMouse
	if opts.DateFormat != "" {
		m.list.dateLayout = opts.DateFormat
	}
	m.reader.dateLayout = m.list.dateLayout
	m.marks = newMarks(opts.State)
	m.panels.check = opts.Check
	m.people = newPeople(opts.NoColor)
	if opts.Notice != "" {
		m.status, m.statusErr = sanitize.SafeLine(opts.Notice), true
	}
	var err error
	if m.keys, err = bindKeys(opts.Keys); err != nil {
		// the terminal is the UI's: said in the status line, beside any notice
		msg := sanitize.SafeLine(err.Error())
		if opts.KeysWhere != "" {
			msg = sanitize.Sprintf("%s: %s", opts.KeysWhere, msg)
		}
		if !m.status.IsEmpty() {
			msg = sanitize.Sprintf("%s · %s", m.status, msg)
		}
		m.status, m.statusErr = msg, true
	}
	m.pendingSelect = selectKey(opts.Select)
	m.restoreView(opts.View)
	m.restyle()
	return m
}

// selectKey turns the FILE argument into an article ID.
func selectKey(s string) string {
	if s == "" {
		return ""
	}
	return article.IDOf(filepath.Base(s))
}

func (m *Model) restyle() {
	m.styles = newStyles(m.dark, m.opts.NoColor)
	if m.opts.Glamour != "" { // a style of the user's for the article's text
		m.styles.glamour = m.opts.Glamour
	}
	m.help.Styles = help.DefaultStyles(m.dark)
	if m.opts.NoColor {
		m.help.Styles = help.Styles{}
	}
	m.search.input.restyle(m.styles) // prompt.go
}

// Init starts loading the folder and, unless --style said, asks the
// terminal for its background color.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.startLoading(), m.nextEvent(), m.loadHistory()}
	if m.opts.Style == "" && !m.opts.NoColor {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if w, ok := m.lib.(Watcher); ok {
		go func() {
			err := safely(func() error { return w.Watch(m.ctx, func(c Change) { m.send(changeMsg(c)) }) })
			if err != nil && m.ctx.Err() == nil {
				m.send(watchFailedMsg{err})
			}
		}()
	}
	return tea.Batch(cmds...)
}

// Messages from the library's goroutines, delivered through m.events.
type (
	batchMsg       []Summary
	rowsMsg        library.Batch // from a library.Lister: list.go
	progressMsg    struct{ done, total int }
	loadedMsg      struct{ err error }
	changeMsg      Change
	watchFailedMsg struct{ err error }
)

// safely runs f in a goroutine of ours, where a panic would kill the
// program without restoring the terminal: it becomes an error instead.
func safely(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	return f()
}

// send hands a message to Update unless the program is over.
func (m *Model) send(msg tea.Msg) {
	select {
	case m.events <- msg:
	case <-m.ctx.Done():
	}
}

// nextEvent waits for the next message from the library goroutines.
func (m *Model) nextEvent() tea.Cmd {
	return func() tea.Msg {
		select {
		case msg := <-m.events:
			return msg
		case <-m.ctx.Done():
			return nil
		}
	}
}

func (m *Model) startLoading() tea.Cmd {
	return func() tea.Msg {
		go func() {
			progress := func(done, total int) {
				select { // progress may be dropped, rows never
				case m.events <- progressMsg{done, total}:
				default:
				}
			}
			err := safely(func() error {
				if l, ok := m.lib.(library.Lister); ok { // the first screen, then the rows compactly
					return l.ListRows(m.ctx, func(b library.Batch) { m.send(rowsMsg(b)) }, progress)
				}
				return m.lib.List(m.ctx, func(rows []Summary) { m.send(batchMsg(rows)) }, progress)
			})
			m.send(loadedMsg{err})
		}()
		return nil
	}
}

// statusTTL is how long a message stays in the status line.
const statusTTL = 5 * time.Second

// clearStatusMsg clears the status line, unless a newer message came.
type clearStatusMsg struct{ token int }

func (m *Model) setStatus(s Safe, isErr bool) tea.Cmd {
	m.status, m.statusErr = s, isErr
	m.statusToken++
	t := m.statusToken
	return m.after(statusTTL, clearStatusMsg{t})
}

// Update routes one message, lays the panes out again when the focus
// moved (below 120 columns the focus decides what is on screen), then
// makes the reader show the list's selected article and the panels the
// reader's (sync): whatever the message did, the screen shows one article.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	focus := m.focus
	_, cmd := m.update(msg)
	if m.zoom && m.focus != readerPane { // the list or the panels want to be seen
		m.zoom = false
		cmd = tea.Batch(cmd, m.relayout())
	}
	if m.focus != focus {
		cmd = tea.Batch(cmd, m.relayout())
	}
	if w := m.list.dateW(); w != m.dateW { // the first dated row widens the list
		m.dateW = w
		cmd = tea.Batch(cmd, m.relayout())
	}
	cmd = tea.Batch(cmd, m.followView(msg))
	cmd = tea.Batch(cmd, m.sync(), m.wantSnippets())
	m.recount()
	return m, cmd
}

// recount counts the list's unread rows again when the list or a mark
// changed since the last count.
func (m *Model) recount() {
	if now := [2]int{m.list.gen, m.marks.gen}; now != m.counted {
		m.list.countUnread(m.marks)
		m.counted = now
	}
}

// sync is the one place the reader and the panels change article: the
// reader shows the list's selection (or nothing, when the list is empty),
// the panels the reader's article.
func (m *Model) sync() tea.Cmd {
	var cmd tea.Cmd
	if s, ok := m.list.selected(); ok {
		cmd = m.reader.show(s, m.cache, m.styles.glamour)
	} else if m.reader.sum.ID != "" {
		m.reader.clear()
	}
	if m.pendingLink != nil && m.pendingLink.id != m.reader.sum.ID {
		m.pendingLink = nil
	}
	m.panels.follow(m.reader.sum, m.reader.art)
	return cmd
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		return m, m.relayout()
	case tea.BackgroundColorMsg:
		if m.opts.Style == "" {
			m.dark = msg.IsDark()
			m.restyle()
			return m, m.relayout()
		}
		return m, nil
	case batchMsg:
		m.list.add(msg, m.marks)
		return m, tea.Batch(m.nextEvent(), m.afterListChange())
	case rowsMsg:
		m.takeRows(library.Batch(msg))
		return m, tea.Batch(m.nextEvent(), m.afterListChange())
	case progressMsg:
		m.done, m.total = msg.done, msg.total
		return m, m.nextEvent()
	case loadedMsg:
		m.loading, m.list.loading = false, false
		var cmd tea.Cmd
		if msg.err != nil && m.ctx.Err() == nil {
			cmd = m.setStatus(sanitize.Sprintf("could not list the folder: %s", errorLine(msg.err)), true)
		}
		// The tally of actors is not asked here but when the actors view
		// opens: at 1M articles it holds more than the whole list does.
		return m, tea.Batch(m.nextEvent(), cmd, m.afterListChange(), m.searchAgain())
	case changeMsg:
		if msg.Rows != nil { // many files changed: the list anew, every rendering too
			m.list.setRows(msg.Rows, m.marks)
			m.cache = newCache()
			m.reader.forget(m.reader.sum.ID)
		}
		m.list.remove(msg.Removed, m.marks)
		m.list.add(msg.Added, m.marks)
		var added []string
		for _, s := range msg.Added { // a rewritten file renders anew
			m.cache.forget(s.ID)
			m.reader.forget(s.ID)
			added = append(added, s.ID)
		}
		m.forgetPassages(added, msg.Rows != nil) // results.go
		return m, tea.Batch(m.nextEvent(), m.afterListChange(), m.folderWatch(Change(msg)), m.folderChanged())
	case watchFailedMsg:
		return m, tea.Batch(m.nextEvent(), m.setStatus(sanitize.Sprintf("live updates are off: %s", errorLine(msg.err)), true))
	case loadMsg:
		if m.reader.accept(msg.token) {
			return m, m.reader.request(m.lib, m.cache, m.styles.glamour)
		}
		return m, nil
	case renderedMsg:
		ok, cmd := m.reader.receive(msg, m.lib, m.cache)
		if ok {
			cmd = tea.Batch(cmd, m.linkWhenLoaded())
		}
		return m, cmd
	case markSavedMsg:
		return m, m.markSaved(msg)
	case marksSavedMsg:
		var cmds []tea.Cmd
		for _, one := range msg {
			cmds = append(cmds, m.markSaved(one))
		}
		return m, tea.Batch(cmds...)
	case searchTickMsg, searchResultMsg:
		return m, m.updateSearch(msg)
	case actorResultMsg:
		return m, m.showActor(m.newest(msg))
	case tallyMsg: // people.go
		return m, m.takeTally(msg)
	case snippetMsg: // results.go
		m.snippetsCame(msg)
		return m, nil
	case historyMsg: // history.go
		return m, m.historyLoaded(msg)
	case historySavedMsg:
		return m, m.historySaved(msg)
	case openedMsg:
		if msg.err != nil {
			return m, m.setStatus(sanitize.Sprintf("not opened: %s", errorLine(msg.err)), true)
		}
		return m, m.setStatus(sanitize.Sprintf("opened %s", msg.url), false)
	case execDoneMsg:
		return m, m.execDone(msg)
	case viewTickMsg:
		return m, m.viewRested(msg)
	case viewSavedMsg:
		return m, m.viewSaved(msg)
	case clearStatusMsg:
		if msg.token == m.statusToken {
			m.status = Safe{}
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseWheelMsg:
		return m, m.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		return m, m.handleClick(msg.Mouse())
	}
	if m.search.active {
		return m, m.updateSearch(msg)
	}
	return m, nil
}

// folderWatch says when the folder went (and stays said in the status
// line while it is gone) and when it came back.
func (m *Model) folderWatch(c Change) tea.Cmd {
	switch {
	case c.Back:
		m.folderGone = false
		return m.setStatus(sanitize.Lit("following again: the folder is back"), false)
	case c.Gone:
		m.folderGone = true
		return m.setStatus(folderGoneText, true)
	}
	return nil
}

// folderGoneText is the status line while the folder is gone.
var folderGoneText = sanitize.Lit("live updates stopped: folder gone")

// afterListChange selects the FILE given at start once its row arrived.
func (m *Model) afterListChange() tea.Cmd {
	if m.pendingSelect != "" && m.list.selectID(m.pendingSelect) {
		m.pendingSelect = ""
		if m.width < 60 {
			m.focus = readerPane
		}
		if s, ok := m.list.selected(); ok {
			return m.markRead(s.ID)
		}
	}
	return nil
}

// maxTextWidth keeps lines of text short enough to read on a wide screen.
const maxTextWidth = 100

// relayout sizes the panes after a resize or a focus change and asks for a
// rendering at the reader's new width.
func (m *Model) relayout() tea.Cmd {
	l := m.layout()
	m.search.lines = max(l.list.h-1, 0)
	m.fitList() // one or two lines a row: results.go
	m.reader.height = max(l.text.h, 0)
	m.reader.scrollBy(0)
	if l.panels.w > 0 { // hidden panels keep their width
		m.panels.width, m.panels.height = l.panels.w, max(l.panels.h-1, 0)
	}
	m.panels.keepCursor()
	m.help.SetWidth(m.width)
	m.people.resize(m.width, l.bodyH)
	m.search.input.setWidth(m.width - countWidth)
	if w := min(l.text.w, maxTextWidth); w != m.reader.width {
		m.reader.width = w
		return m.reader.request(m.lib, m.cache, m.styles.glamour)
	}
	if m.reader.key.style != m.styles.glamour && m.reader.sum.ID != "" {
		return m.reader.request(m.lib, m.cache, m.styles.glamour)
	}
	return nil
}

// markRead marks the article read, as opening it does.
func (m *Model) markRead(id string) tea.Cmd {
	return m.marks.set(markKey{readMark, id}, true)
}

// markSaved takes a write's answer: a failed one puts the mark back as the
// disk has it, and says so.
func (m *Model) markSaved(msg markSavedMsg) tea.Cmd {
	if !m.marks.saved(msg) {
		return nil
	}
	if m.list.onlyBookmarks || m.list.onlyUnread {
		m.list.rebuild(m.marks)
	}
	what := "read mark"
	if msg.key.kind == bookmarkMark {
		what = "bookmark"
	}
	return m.setStatus(sanitize.Sprintf("could not save the %s (put back): %s", what, errorLine(msg.err)), true)
}

// Close stops the library goroutines; Run calls it.
func (m *Model) Close() { m.cancel() }
