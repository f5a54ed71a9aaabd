package ui

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
)

// execRecorder stands for tea.ExecProcess: it keeps what would have run,
// with its standard input read, and runs it for real only when told (a
// program that needs no terminal, to get a true exit status).
type execRecorder struct {
	runs  [][]string
	env   [][]string
	stdin []string
	real  bool
}

func (r *execRecorder) exec(c *exec.Cmd, done tea.ExecCallback) tea.Cmd {
	r.runs = append(r.runs, c.Args)
	r.env = append(r.env, c.Env)
	in := ""
	if c.Stdin != nil {
		b, _ := io.ReadAll(c.Stdin)
		in = string(b)
	}
	r.stdin = append(r.stdin, in)
	var err error
	if r.real {
		c.Stdin = strings.NewReader(in)
		err = c.Run()
	}
	return func() tea.Msg { return done(err) }
}

func newExecModel(t *testing.T, opts Options) (*Model, *execRecorder) {
	m := newTestModel(t, 120, 40, opts)
	rec := &execRecorder{}
	m.exec = rec.exec
	return m, rec
}

// TestTerminalBrowserRunsInTheForeground: a browser Foreground names gets
// the terminal through exec (not Open), and its exit status comes back to
// the status line; one Foreground declines is started by Open.
func TestTerminalBrowserRunsInTheForeground(t *testing.T) {
	var opened []string
	terminal := true
	m, rec := newExecModel(t, Options{
		Open: func(u string) error { opened = append(opened, u); return errors.New("exited with status 1") },
		Foreground: func(u string) (*exec.Cmd, error) {
			if !terminal {
				return nil, nil
			}
			return exec.Command("sh", "-c", "exit 3", "w3m", u), nil
		},
	})
	rec.real = true
	press(t, m, "o")
	if len(rec.runs) != 1 || len(opened) != 0 {
		t.Fatalf("ran %q, opened %q: the terminal browser must run in the foreground", rec.runs, opened)
	}
	if got := rec.runs[0][len(rec.runs[0])-1]; got != "https://thanhnien.vn/the-gioi/rubio-lavrov-185250316.htm" {
		t.Errorf("the browser got %q", got)
	}
	if !m.statusErr || !strings.Contains(m.status.String(), "exited with status 3") {
		t.Errorf("a browser that failed: status %q (error %v)", m.status, m.statusErr)
	}
	terminal = false
	press(t, m, "o")
	if len(opened) != 1 || len(rec.runs) != 1 {
		t.Fatalf("a detached browser: ran %q, opened %q", rec.runs, opened)
	}
	if !m.statusErr || !strings.Contains(m.status.String(), "not opened: exited with status 1") {
		t.Errorf("a detached browser that failed: status %q", m.status)
	}
}

// TestPagerGetsTheRenderedArticle: v hands the reader's article to the
// pager's words, on stdin, with colours only (SGR), and LESS=R when the user
// set no LESS.
func TestPagerGetsTheRenderedArticle(t *testing.T) {
	t.Setenv("LESS", "") // restored after the test
	os.Unsetenv("LESS")
	m, rec := newExecModel(t, Options{Pager: "mypager --flag"})
	press(t, m, "j", "v")
	if len(rec.runs) != 1 {
		t.Fatalf("v ran %q", rec.runs)
	}
	if !reflect.DeepEqual(rec.runs[0], []string{"mypager", "--flag"}) {
		t.Errorf("pager argv %q", rec.runs[0])
	}
	text := rec.stdin[0]
	if !strings.Contains(ansi.Strip(text), "東京で開かれた国際会議") {
		t.Errorf("the pager did not get the reader's article:\n%.300s", text)
	}
	if rest := stripSGR(text); hasEscape(rest) {
		t.Errorf("the pager got an escape sequence other than SGR: %q", rest)
	}
	if env := strings.Join(rec.env[0], "\n"); !strings.Contains(env, "\nLESS=R") {
		t.Errorf("LESS unset: the pager's environment lacks LESS=R")
	}
}

// stripSGR removes the colour sequences, leaving any other escape.
func stripSGR(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		if strings.HasPrefix(s, "\x1b[") {
			end := strings.IndexFunc(s[2:], func(r rune) bool { return r < '0' || r > ';' })
			if end >= 0 && s[2+end] == 'm' {
				s = s[2+end+1:]
				continue
			}
		}
		b.WriteByte(s[0])
		s = s[1:]
	}
	return b.String()
}

// TestEditorGetsTheFile: e runs the editor's words with the article's file,
// made absolute, last; a failing editor is said.
func TestEditorGetsTheFile(t *testing.T) {
	m, rec := newExecModel(t, Options{Editor: "sh -c 'exit 4'"})
	rec.real = true
	press(t, m, "e")
	if len(rec.runs) != 1 {
		t.Fatalf("e ran %q", rec.runs)
	}
	want, _ := filepath.Abs("/tmp/001_rubio.txt")
	if got := rec.runs[0]; got[len(got)-1] != want || got[0] != "sh" {
		t.Errorf("editor argv %q, want the file %s last", got, want)
	}
	if !m.statusErr || !strings.HasPrefix(m.status.String(), "editor sh:") {
		t.Errorf("status %q", m.status)
	}
}

// clipboardOf runs cmd and returns what it would put in the clipboard.
func clipboardOf(cmd tea.Cmd) (string, bool) {
	if cmd == nil {
		return "", false
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if s, ok := clipboardOf(c); ok {
				return s, true
			}
		}
	default:
		if v := reflect.ValueOf(msg); v.IsValid() && v.Type().Name() == "setClipboardMsg" {
			return v.String(), true
		}
	}
	return "", false
}

// TestCopyTextIsPlainAndBounded: c copies the article's text, not the
// screen's colours, and cuts a long one at a line break under the bound,
// saying so.
func TestCopyTextIsPlainAndBounded(t *testing.T) {
	m := newTestModel(t, 120, 40, Options{})
	_, cmd := m.Update(keyMsg("c"))
	got, ok := clipboardOf(cmd)
	if !ok {
		t.Fatal("c copied nothing")
	}
	for _, want := range []string{"Marco Rubio et Sergueï Lavrov discutent", "Trump demande à la Russie", "Marco Rubio (à gauche)"} {
		if !strings.Contains(got, want) {
			t.Errorf("the copy lacks %q:\n%s", want, got)
		}
	}
	if hasEscape(got) {
		t.Errorf("the copy holds an escape: %q", got)
	}
	// A long article: the first part, cut at a paragraph, and said.
	para := strings.Repeat("mot ", 2000) // 8 KB
	big := article.Article{ID: "big", File: "big.txt", Path: "/tmp/big.txt", Title: "Big"}
	for i := 0; i < 40; i++ {
		big.Paragraphs = append(big.Paragraphs, para)
		big.Blocks = append(big.Blocks, article.Block{Kind: article.Paragraph, Text: para})
	}
	m = newTestModel(t, 120, 40, Options{Library: newFakeLibrary(big)})
	_, cmd = m.Update(keyMsg("c"))
	got, _ = clipboardOf(cmd)
	if len(got) > clipboardMax || len(got) < clipboardMax/2 || !strings.HasSuffix(got, "\n") {
		t.Errorf("copied %d bytes ending %q; want at most %d, cut at a line break", len(got), got[max(len(got)-10, 0):], clipboardMax)
	}
	if !strings.Contains(m.status.String(), "the first") {
		t.Errorf("a cut copy should say so: %q", m.status)
	}
}

func TestClipText(t *testing.T) {
	for _, c := range []struct {
		in    string
		max   int
		want  string
		whole bool
	}{
		{"short", 10, "short", true},
		{"one\ntwo\nthree", 10, "one\ntwo\n", false},
		{"ééééé", 5, "éé", false},                          // never half a rune
		{"a\nbbbbbbbbbbbbbbb", 12, "a\nbbbbbbbbbb", false}, // a line break too early is not worth it
	} {
		got, whole := clipText(c.in, c.max)
		if got != c.want || whole != c.whole {
			t.Errorf("clipText(%q, %d) = %q, %v; want %q, %v", c.in, c.max, got, whole, c.want, c.whole)
		}
	}
}

// TestMouseToggle: M turns the capture off and on; Options.NoMouse starts off.
func TestMouseToggle(t *testing.T) {
	m := newTestModel(t, 80, 24, Options{})
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("the mouse should be on by default")
	}
	press(t, m, "M")
	if m.View().MouseMode != tea.MouseModeNone || !strings.Contains(m.status.String(), "mouse off") {
		t.Errorf("M: mouse mode %v, status %q", m.View().MouseMode, m.status)
	}
	press(t, m, "M")
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("M again: the mouse should be on")
	}
	m = newTestModel(t, 80, 24, Options{NoMouse: true})
	if m.View().MouseMode != tea.MouseModeNone {
		t.Error("NoMouse: the mouse should start off")
	}
}

// TestGlamourStyleOption: Options.Glamour renders the reader's text in
// that style (a glamour name or a loaded JSON style), the chrome keeping
// its base.
func TestGlamourStyleOption(t *testing.T) {
	dark := newTestModel(t, 120, 40, Options{})
	m := newTestModel(t, 120, 40, Options{Glamour: "dracula"})
	if m.reader.key.style != "dracula" || m.reader.lines == nil {
		t.Fatalf("rendered in %q (%d lines)", m.reader.key.style, len(m.reader.lines))
	}
	if strings.Join(m.reader.lines, "\n") == strings.Join(dark.reader.lines, "\n") {
		t.Error("dracula renders as dark does")
	}
	if !m.dark {
		t.Error("the chrome lost its base")
	}
}

// hasEscape reports an ESC, a C1 CSI or a BEL: the start or end of a
// control sequence.
func hasEscape(s string) bool {
	return strings.IndexByte(s, 0x1b) >= 0 || strings.IndexByte(s, 0x07) >= 0 || strings.ContainsRune(s, 0x9b)
}

// TestExecKeysClashWithNone: v, e, c, M and F are no other action's keys,
// and the help overlay lists them.
func TestExecKeysClashWithNone(t *testing.T) {
	m := newTestModel(t, 80, 24, Options{})
	taken := map[string]string{}
	for _, a := range m.keys.actions() {
		for _, k := range a.b.Keys() {
			if other, ok := taken[k]; ok {
				t.Errorf("%q is both %q and %q", k, a.desc, other)
			}
			taken[k] = a.desc
		}
	}
	for _, k := range []string{"v", "e", "c", "M", "F", "w"} {
		if _, ok := taken[k]; !ok {
			t.Errorf("%q is bound to nothing", k)
		}
	}
	m = newTestModel(t, 200, 80, Options{})
	press(t, m, "?")
	screen := ansi.Strip(m.View().Content)
	for _, want := range []string{"view in $PAGER", "open file in $EDITOR", "copy text", "mouse on/off", "switch folder"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the overlay lacks %q:\n%s", want, screen)
		}
	}
}
