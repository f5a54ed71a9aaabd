package ui

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/ui/render"
)

// execFunc runs a program on the terminal, the UI stepping aside until it
// ends and drawing itself again after: tea.ExecProcess, which tests replace
// so that a walk never starts a real program.
type execFunc func(c *exec.Cmd, done tea.ExecCallback) tea.Cmd

// execDoneMsg says a program run in the foreground (a terminal browser, the
// pager, the editor) ended, and how.
type execDoneMsg struct {
	what string // what the status line calls it: "w3m", "the pager"
	err  error
}

// foreground returns the command that builds a program (a tea.Cmd, as
// finding it on $PATH or rendering its input is I/O) and hands it the
// terminal. build returning a nil *exec.Cmd and no error means there is
// nothing to run.
func (m *Model) foreground(what string, build func() (*exec.Cmd, error)) tea.Cmd {
	run := m.exec
	return func() tea.Msg {
		c, err := build()
		if err != nil {
			return execDoneMsg{what, err}
		}
		if c == nil {
			return nil
		}
		return run(c, func(err error) tea.Msg { return execDoneMsg{what, err} })()
	}
}

// execDone says how the program ended, and draws the whole screen again: the
// program drew over it, and the terminal may have been resized meanwhile.
func (m *Model) execDone(msg execDoneMsg) tea.Cmd {
	redraw := func() tea.Msg { return tea.ClearScreen() }
	if msg.err != nil {
		return tea.Batch(redraw, m.setStatus(sanitize.Sprintf("%s: %s", msg.what, execError(msg.err)), true))
	}
	return redraw
}

// execError says in a few fixed words why a program failed: its exit
// status, or that it is not there.
func execError(err error) Safe {
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		return sanitize.Sprintf("exited with status %d", ee.ExitCode())
	case errors.Is(err, exec.ErrNotFound), errors.Is(err, os.ErrNotExist):
		return sanitize.Lit("not found")
	}
	return errorLine(err)
}

// words splits a command setting ("less -R") as the browser setting is split:
// on spaces, never by a shell, so nothing in it is run but the program.
func words(setting, fallback string) []string {
	if w := strings.Fields(setting); len(w) > 0 {
		return w
	}
	return strings.Fields(fallback)
}

// defaultPager and defaultEditor are used when neither the config file nor
// the environment names one.
const (
	defaultPager  = "less -R"
	defaultEditor = "vi"
)

// pagerWidth is the width the pager gets the article at: the screen's, but
// no wider than the reader's lines.
func (m *Model) pagerWidth() int { return clamp(m.width, 20, maxTextWidth) }

// pagerBudget bounds glamour for the pager: the user waits for it.
const pagerBudget = 3 * time.Second

// toPager hands the article, rendered, to the pager on its standard input.
// The rendering is glamour's (colours and all: less -R shows them) or the
// plain text when glamour fails; either holds no escape sequence but SGR.
func (m *Model) toPager(a *article.Article) tea.Cmd {
	art, width, style := *a, m.pagerWidth(), m.styles.glamour
	argv := words(m.opts.Pager, defaultPager)
	name := pagerName(argv)
	return m.foreground(name, func() (*exec.Cmd, error) {
		ctx, cancel := context.WithTimeout(context.Background(), pagerBudget)
		defer cancel()
		text, err := render.Glamour(ctx, art, width, style)
		if err != nil {
			text = render.Plain(art, width)
		}
		c := exec.Command(argv[0], argv[1:]...)
		c.Stdin = strings.NewReader(text)
		c.Env = PagerEnv(os.Environ(), "R")
		return c, nil
	})
}

// pagerName is what the status line calls the pager.
func pagerName(argv []string) string { return "pager " + filepath.Base(argv[0]) }

// PagerEnv gives less its options, as git does, unless the user set LESS:
// R lets the colours through; `kiosk show` adds F (quit when the text fits)
// and X (leave it on the screen). LV=-c does the same for lv.
func PagerEnv(env []string, less string) []string {
	has := func(name string) bool {
		for _, e := range env {
			if strings.HasPrefix(e, name+"=") {
				return true
			}
		}
		return false
	}
	out := append([]string(nil), env...)
	if !has("LESS") {
		out = append(out, "LESS="+less)
	}
	if !has("LV") {
		out = append(out, "LV=-c")
	}
	return out
}

// toEditor opens the reader's article's file in the editor. kiosk only
// hands over the path: it never writes the folder itself, and a file the
// user saves comes back through the folder watcher like any change.
func (m *Model) toEditor() tea.Cmd {
	s := m.reader.sum
	if s.ID == "" || s.Path == "" {
		return m.setStatus(sanitize.Lit("no article selected"), true)
	}
	argv := words(m.opts.Editor, defaultEditor)
	return m.foreground("editor "+filepath.Base(argv[0]), func() (*exec.Cmd, error) {
		// An absolute path cannot be taken for an option ("-x.txt").
		path, err := filepath.Abs(s.Path)
		if err != nil {
			return nil, err
		}
		return exec.Command(argv[0], append(argv[1:], path)...), nil
	})
}
