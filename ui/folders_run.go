package ui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// session is what Run runs: the model of the folder shown, replaced by a
// new one when F switches folders. Every answer of a model's commands is
// tagged with the model's generation, so an answer a folder's model asked
// for (a rendering, a search, a batch of rows) can never reach the next
// folder's model, whose tokens start again from zero.
type session struct {
	cur           *Model
	gen           int          // the generation of cur
	want          int          // the last folder asked for: older openings are closed unseen
	handled       map[int]bool // the openings answered: an answer counts once
	closeCur      func()       // closes cur's folder; nil for the one Run's caller opened
	width, height int
	prepare       func(*Model) // tests: set a new model's timers before it starts
}

// genMsg is an answer of a command of the model of generation gen.
type genMsg struct {
	gen int
	msg tea.Msg
}

// folderOpenedMsg is a folder opened for F (or why it could not be).
type folderOpenedMsg struct {
	want  int
	dir   string
	opts  Options
	close func()
	err   error
}

func newSession(m *Model) *session { return &session{cur: m, handled: map[int]bool{}} }

func (s *session) Init() tea.Cmd { return s.wrap(s.cur.Init()) }

func (s *session) View() tea.View { return s.cur.View() }

func (s *session) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case genMsg:
		if msg.gen != s.gen {
			return s, nil // the answer of a folder no longer shown
		}
		if sw, ok := msg.msg.(switchFolderMsg); ok {
			return s, s.open(sw.dir)
		}
		return s, s.forward(msg.msg)
	case switchFolderMsg:
		return s, s.open(msg.dir)
	case folderOpenedMsg:
		return s, s.opened(msg)
	case tea.WindowSizeMsg:
		s.width, s.height = msg.Width, msg.Height
	}
	return s, s.forward(msg)
}

func (s *session) forward(msg tea.Msg) tea.Cmd {
	_, cmd := s.cur.Update(msg)
	return s.wrap(cmd)
}

// open opens another folder off the UI (an index to open, marks to read),
// after writing where this one was left.
func (s *session) open(dir string) tea.Cmd {
	s.want++
	want, open := s.want, s.cur.opts.OpenFolder
	if open == nil {
		return nil
	}
	return tea.Batch(s.wrap(s.cur.saveViewCmd()), func() tea.Msg {
		opts, closeFn, err := open(dir)
		return folderOpenedMsg{want, dir, opts, closeFn, err}
	})
}

// opened shows the folder asked for last; one asked for before it, or one
// that could not be opened, is closed and said.
func (s *session) opened(msg folderOpenedMsg) tea.Cmd {
	if s.handled[msg.want] {
		return nil
	}
	s.handled[msg.want] = true
	switch {
	case msg.want != s.want:
		return closing(msg.close)
	case msg.err != nil:
		return tea.Batch(closing(msg.close),
			s.wrap(s.cur.setStatus(sanitize.Sprintf("cannot open %s: %s", msg.dir, errorLine(msg.err)), true)))
	}
	old, oldClose := s.cur, s.closeCur
	m := New(msg.opts)
	m.exec, m.suspend, m.noMouse, m.dark = old.exec, old.suspend, old.noMouse, old.dark
	m.restyle()
	if s.prepare != nil {
		s.prepare(m)
	}
	old.Close()
	s.cur, s.closeCur = m, msg.close
	s.gen++
	cmds := []tea.Cmd{s.wrap(m.Init()), closing(oldClose)}
	if s.width > 0 || s.height > 0 {
		_, cmd := m.Update(tea.WindowSizeMsg{Width: s.width, Height: s.height})
		cmds = append(cmds, s.wrap(cmd))
	}
	return tea.Batch(cmds...)
}

// closing closes a folder off the UI.
func closing(close func()) tea.Cmd {
	if close == nil {
		return nil
	}
	return func() tea.Msg { close(); return nil }
}

// wrap tags the answers of cmd with the current generation. Bubble Tea's
// own messages (exec, clipboard, quit, a batch's parts once wrapped) pass
// as they are: only this package's answers are tagged.
func (s *session) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	gen := s.gen
	return func() tea.Msg { return tag(gen, cmd()) }
}

func tag(gen int, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		out := make(tea.BatchMsg, len(msg))
		for i, c := range msg {
			if c != nil {
				c := c
				out[i] = func() tea.Msg { return tag(gen, c()) }
			}
		}
		return out
	}
	if reflect.TypeOf(msg).PkgPath() == ownPkg {
		return genMsg{gen, msg}
	}
	return msg
}

// ownPkg is this package's import path, for tag.
var ownPkg = reflect.TypeOf(genMsg{}).PkgPath()

// close ends the session: the view is written, the folder a switch opened
// closed (the first is its opener's to close).
func (s *session) close() {
	s.cur.Close()
	_ = s.cur.SaveView()
	if s.closeCur != nil {
		s.closeCur()
	}
}
