package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// View is how a folder was left: the article selected, the list's order and
// its filter. It is kept per folder across runs (Options.Views) and
// restored at start (Options.View).
type View struct {
	Selected string // the article's ID
	Sort     string // the order's name: "name", "comments", …
	Filter   string // "", "unread", "bookmarks", "unread+bookmarks"
}

// ViewKeeper keeps a folder's view; SaveView writes to disk before it
// returns, so the UI calls it from a tea.Cmd.
type ViewKeeper interface {
	SaveView(View) error
}

// viewDelay lets the cursor rest before its place is written: a view is
// saved once the user stops, not on every row the cursor crosses.
const viewDelay = 700 * time.Millisecond

// viewKeeping is what the model knows of the folder's view.
type viewKeeping struct {
	keeper  ViewKeeper
	restore string // the ID to select once its row arrives; "" when done
	wanted  View   // the view a save is scheduled for
	saved   View   // the view last written
	token   int
	failed  bool // a save failed: said once
}

// viewTickMsg says the view rested; viewSavedMsg how its write went.
type (
	viewTickMsg  struct{ token int }
	viewSavedMsg struct{ err error }
)

// restoreView puts the list as the folder was left: its order and filter
// at once, the article once its row arrives (the FILE given at start wins).
func (m *Model) restoreView(v View) {
	m.views.keeper = m.opts.Views
	m.views.saved, m.views.wanted = v, v
	if m.pendingSelect == "" {
		m.views.restore = v.Selected
	}
	orig := m.list.order
	for i := 0; i < 8 && v.Sort != "" && m.list.order.String() != v.Sort; i++ {
		m.list.cycleSort(m.marks)
	}
	if m.list.order.String() != v.Sort {
		m.list.order = orig // an order this kiosk does not have
	}
	switch v.Filter {
	case "unread":
		m.list.onlyUnread = true
	case "bookmarks":
		m.list.onlyBookmarks = true
	case "unread+bookmarks":
		m.list.onlyUnread, m.list.onlyBookmarks = true, true
	}
	m.list.rebuild(m.marks)
}

// currentView is the view on screen.
func (m *Model) currentView() View {
	v := View{Sort: m.list.order.String()}
	if m.list.order == byRank {
		v.Sort = "" // a search's order, which the next run has no search for
	}
	if s, ok := m.list.selected(); ok {
		v.Selected = s.ID
	}
	switch {
	case m.list.onlyUnread && m.list.onlyBookmarks:
		v.Filter = "unread+bookmarks"
	case m.list.onlyUnread:
		v.Filter = "unread"
	case m.list.onlyBookmarks:
		v.Filter = "bookmarks"
	}
	return v
}

// followView runs after every message, before the reader follows the
// list: it selects the restored article when its row arrives (unless the
// user moved first), and schedules a save when the view changed, while
// the folder is still read too (a first index can take a while, and the
// user moves meanwhile).
func (m *Model) followView(msg tea.Msg) tea.Cmd {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseClickMsg:
		m.views.restore = "" // never move the cursor under the user
	}
	if id := m.views.restore; id != "" {
		if m.list.selectID(id) || !m.loading {
			m.views.restore = ""
		}
		return nil
	}
	if m.views.keeper == nil || m.pendingSelect != "" {
		return nil // the FILE given at start is not selected yet
	}
	v := m.currentView()
	if v == m.views.wanted {
		return nil
	}
	m.views.wanted = v
	m.views.token++
	return m.after(viewDelay, viewTickMsg{m.views.token})
}

// viewRested writes the view the cursor rested on.
func (m *Model) viewRested(msg viewTickMsg) tea.Cmd {
	if msg.token != m.views.token || m.views.wanted == m.views.saved {
		return nil
	}
	m.views.saved = m.views.wanted
	return saveView(m.views.keeper, m.views.wanted)
}

func saveView(k ViewKeeper, v View) tea.Cmd {
	if k == nil {
		return nil
	}
	return func() tea.Msg { return viewSavedMsg{k.SaveView(v)} }
}

// viewSaved says once that the view cannot be kept; the marks' own
// messages say more.
func (m *Model) viewSaved(msg viewSavedMsg) tea.Cmd {
	if msg.err == nil || m.views.failed {
		return nil
	}
	m.views.failed = true
	return m.setStatus(sanitize.Sprintf("the folder's place is not kept: %s", errorLine(msg.err)), true)
}

// saveViewCmd writes the view on screen now, when it changed: before the
// folder is left.
func (m *Model) saveViewCmd() tea.Cmd {
	if m.views.keeper == nil || m.views.restore != "" || m.pendingSelect != "" {
		return nil
	}
	if v := m.currentView(); v != m.views.saved {
		m.views.saved = v
		return saveView(m.views.keeper, v)
	}
	return nil
}

// SaveView writes the view on screen, when it changed; Run calls it once
// the program ended, off the UI.
func (m *Model) SaveView() error {
	if cmd := m.saveViewCmd(); cmd != nil {
		return cmd().(viewSavedMsg).err
	}
	return nil
}

// folderSwitch is F's overlay: the folders to switch to.
type folderSwitch struct {
	open   bool
	cursor int
}

// switchFolderMsg asks the session (Run's) to show another folder.
type switchFolderMsg struct{ dir string }

// openFolders shows the switcher, its cursor on the folder shown.
func (m *Model) openFolders() tea.Cmd {
	if len(m.opts.Folders) < 2 {
		return m.setStatus(sanitize.Lit("one folder: name more with folders = [...] in the config file, or --dir twice"), false)
	}
	m.folders = folderSwitch{open: true}
	for i, d := range m.opts.Folders {
		if d == m.opts.Folder {
			m.folders.cursor = i
		}
	}
	return nil
}

// folderKey handles a key while the switcher is open.
func (m *Model) folderKey(msg tea.KeyPressMsg) tea.Cmd {
	k, f := m.keys, &m.folders
	switch {
	case key.Matches(msg, k.Up):
		f.cursor = max(f.cursor-1, 0)
	case key.Matches(msg, k.Down):
		f.cursor = min(f.cursor+1, len(m.opts.Folders)-1)
	case key.Matches(msg, k.Top):
		f.cursor = 0
	case key.Matches(msg, k.Bottom):
		f.cursor = len(m.opts.Folders) - 1
	case key.Matches(msg, k.Open):
		f.open = false
		dir := m.opts.Folders[f.cursor]
		switch {
		case dir == m.opts.Folder:
			return nil
		case m.opts.OpenFolder == nil:
			return m.setStatus(sanitize.Lit("this kiosk cannot switch folders"), true)
		}
		return tea.Batch(m.setStatus(sanitize.Sprintf("opening %s…", dir), false),
			func() tea.Msg { return switchFolderMsg{dir} })
	case key.Matches(msg, k.Back, m.keys.Folders):
		f.open = false
	case key.Matches(msg, k.Quit):
		return m.quit()
	}
	return nil
}

// folderLines is the switcher's overlay.
func (m *Model) folderLines() []styled {
	out := []styled{paint(m.styles.title, sanitize.Lit(" kiosk · folders")), ""}
	for i, d := range m.opts.Folders {
		line := sanitize.Concat(sanitize.Lit("   "), sanitize.SafeLine(d))
		if d == m.opts.Folder {
			line = sanitize.Concat(line, sanitize.Lit("  (shown)"))
		}
		row := paint(m.styles.dim, line)
		if i == m.folders.cursor {
			row = paint(m.styles.selected, fitSafe(line, max(m.width-2, 1)))
		}
		out = append(out, " "+row)
	}
	return append(out, "", paint(m.styles.dim, sanitize.Lit(" enter: show it, where it was left · esc or F: close")))
}
