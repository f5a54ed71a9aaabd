//go:build unix

package main

// Issue 11, item 1: every byte kiosk writes to its terminal, on every
// screen, over a folder whose titles, file names, folder names, sources,
// actor names and comment lines carry every family of hostile sequence.
// tmux runs kiosk in a pseudo-terminal and hands over, through pipe-pane,
// the raw bytes kiosk wrote; the screen tmux draws tells when a screen is
// ready. The bytes are checked by store/sanitize/hostile.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/sanitize/hostile"
)

// hostilePtyFolder writes two articles per family: one titled, whose file
// name, title, source, actor and comment line carry it, and one untitled
// (a source and a footer, no text) in a subfolder named with it, whose
// list row shows its file name.
func hostilePtyFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for i, f := range hostile.Families {
		raw := f.Raw
		body := lines(
			hostile.Mark(i, 't')+" "+raw+" Hanoi",
			"",
			"President Emmanuel Macron"+raw+" met "+hostile.Mark(i, 'a')+" Olaf Scholz"+raw+" in Hanoi on Monday, officials said.",
			"",
			"The talks covered trade"+raw+" and the climate.",
			"",
			"Commentaires "+hostile.Mark(i, 'c')+raw+" (12)",
			"Source : https://news.example.com/"+hostile.Mark(i, 's')+raw,
		)
		name := hostile.Mark(i, 'f') + "-" + raw + ".txt"
		if !f.InName {
			name = hostile.Mark(i, 'f') + ".txt"
		}
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		sub := filepath.Join(dir, hostile.Mark(i, 'd')+"-"+raw)
		untitled := hostile.Mark(i, 'u') + "-" + raw + ".txt"
		if !f.InName {
			sub, untitled = filepath.Join(dir, hostile.Mark(i, 'd')), hostile.Mark(i, 'u')+".txt"
		}
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		foot := lines("Source: https://news.example.com/"+hostile.Mark(i, 's')+raw, "Comment (3"+raw+")")
		if err := os.WriteFile(filepath.Join(sub, untitled), foot, 0o644); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
	}
	return dir
}

// ptyRun is kiosk under tmux with its output piped to a file.
type ptyRun struct {
	tmuxSession
	t       *testing.T
	out, rc string
	screens []string // every screen waited for, to check what was shown
}

// startPiped starts kiosk on dir in a 120×40 tmux pane of a server of its
// own, every byte it writes piped to p.out, with caches of its own; kiosk
// starts only once the pipe is in place: its first bytes count most.
func startPiped(t *testing.T, bin, dir, socket string) *ptyRun {
	tmp := t.TempDir()
	p := &ptyRun{t: t, out: filepath.Join(tmp, "out"), rc: filepath.Join(tmp, "rc")}
	p.tmuxSession = tmuxSession{t: t, socket: fmt.Sprintf("%s-%d", socket, os.Getpid())}
	goFile := filepath.Join(tmp, "go")
	cmd := fmt.Sprintf("while [ ! -e %s ]; do sleep 0.05; done; env XDG_CACHE_HOME=%s XDG_STATE_HOME=%s XDG_CONFIG_HOME=%s KIOSK_BROWSER=/bin/false %s --dir %s; echo $? > %s; sleep 60",
		goFile, filepath.Join(tmp, "cache"), filepath.Join(tmp, "state"), filepath.Join(tmp, "config"), bin, dir, p.rc)
	p.run("-f", "/dev/null", "new-session", "-d", "-s", "kiosk", "-x", "120", "-y", "40", cmd)
	p.run("pipe-pane", "-O", "-t", "kiosk", "cat > "+p.out)
	if err := os.WriteFile(goFile, nil, 0o644); err != nil {
		p.kill()
		t.Fatal(err)
	}
	return p
}

// quit sends keys that should end kiosk, checks that it exits with status
// 0, closes the pipe and returns every byte kiosk wrote.
func (p *ptyRun) quit(keys ...string) []byte {
	t := p.t
	t.Helper()
	p.keys(keys...)
	if _, ok := waitFile(p.rc); !ok {
		t.Fatalf("kiosk did not exit on %q; screen:\n%s", keys, p.screen())
	}
	p.run("pipe-pane", "-t", "kiosk") // closes the pipe: cat writes the rest
	time.Sleep(200 * time.Millisecond)
	if rc, _ := os.ReadFile(p.rc); strings.TrimSpace(string(rc)) != "0" {
		t.Errorf("kiosk exited with status %q", rc)
	}
	out, err := os.ReadFile(p.out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// readEach waits for the whole list of n articles, then opens each in
// turn, at its end and its top, as a reader paging through the folder.
func (p *ptyRun) readEach(n int) {
	p.t.Helper()
	total := fmt.Sprintf("/%d", n)
	p.until("the whole list", func(s string) bool { return strings.Contains(s, total) && settled(s) })
	p.keys("g", "Enter")
	for i := 1; i <= n; i++ {
		pos := fmt.Sprintf("%d/%d", i, n)
		p.until("article "+pos, func(s string) bool { return strings.Contains(s, pos) && settled(s) })
		p.keys("G", "g")
		if i < n {
			p.keys("]")
		}
	}
}

// searchThenActors goes from the reader to the list, searches zanz*, goes
// back to the list and opens the actors view, whose screen holds actors.
// Each key waits for the screen it leads to: on a loaded machine an ESC
// and the key after it arrive as one alt+key.
func (p *ptyRun) searchThenActors(actors string) {
	p.t.Helper()
	list := func(s string) bool { return strings.Contains(s, "Articles · by name") && settled(s) }
	p.keys("Escape")
	p.until("the list", list)
	p.keys("/")
	p.typeText("zanz*")
	p.keys("Enter")
	p.until("the prefix search", func(s string) bool { return strings.Contains(s, "search “zanz*”") && settled(s) })
	p.keys("Escape")
	p.until("the list again", list)
	p.keys("w")
	p.until("the actors view", func(s string) bool { return strings.Contains(s, actors) && settled(s) })
}

// quitChecked quits kiosk with keys and checks every byte it wrote.
func (p *ptyRun) quitChecked(keys ...string) {
	t := p.t
	t.Helper()
	out := p.quit(keys...)
	t.Logf("%d bytes written by kiosk, %d screens", len(out), len(p.screens))
	for _, problem := range hostile.Check(out, hostile.Terminal) {
		t.Error(problem)
	}
}

// kill ends p's tmux server.
func (p *ptyRun) kill() { exec.Command("tmux", "-L", p.socket, "kill-server").Run() }

func (p *ptyRun) keys(keys ...string) {
	p.t.Helper()
	for _, k := range keys {
		p.run("send-keys", "-t", "kiosk", k)
		if k == "Escape" {
			// else ESC and the next key arrive as one alt+key
			time.Sleep(300 * time.Millisecond)
		}
	}
}

func (p *ptyRun) typeText(s string) { p.run("send-keys", "-t", "kiosk", "-l", s) }

// until waits for the screen to satisfy ok, and keeps it.
func (p *ptyRun) until(what string, ok func(screen string) bool) string {
	p.t.Helper()
	var scr string
	for i := 0; i < 400; i++ {
		if scr = p.screen(); ok(scr) {
			p.screens = append(p.screens, scr)
			return scr
		}
		time.Sleep(25 * time.Millisecond)
	}
	p.t.Fatalf("%s never showed; screen:\n%s", what, scr)
	return ""
}

func (p *ptyRun) waitFor(want string) string {
	p.t.Helper()
	return p.until(fmt.Sprintf("%q", want), func(s string) bool { return strings.Contains(s, want) })
}

// settled: no pane is loading or searching.
func settled(s string) bool {
	return !strings.Contains(s, "loading…") && !strings.Contains(s, "searching…") && !strings.Contains(s, "reading")
}

func TestPtyHostileNamesEveryScreen(t *testing.T) {
	needTmux(t)
	bin := kioskBin(t)
	t0 := time.Now()
	dir := hostilePtyFolder(t)
	before := snapshot(t, dir)
	p := startPiped(t, bin, dir, "kiosk-pty")
	defer p.kill()
	// Two articles per family but for NUL's: a NUL makes a file binary,
	// which kiosk skips.
	n := 2*len(hostile.Families) - 2
	total := fmt.Sprintf("/%d", n)

	// The list, then every article in the reader.
	p.until("the whole list", func(s string) bool { return strings.Contains(s, total) && settled(s) })
	start := time.Now()
	t.Logf("the list after %v", start.Sub(t0).Round(time.Millisecond))
	p.keys("g", "Enter")
	for i := 1; i <= n; i++ {
		pos := fmt.Sprintf("%d/%d", i, n)
		p.until("article "+pos, func(s string) bool { return strings.Contains(s, pos) && settled(s) })
		if i < n {
			p.keys("]")
		}
	}
	// The panels: focus them, walk the actors, open one's articles.
	p.keys("Escape", "g", "tab", "tab")
	p.until("the panels", func(s string) bool { return strings.Contains(s, "Emmanuel Macron") && settled(s) })
	p.keys("j", "j", "k")
	p.keys("Enter")
	p.waitFor("esc goes back")
	p.keys("Escape")
	p.until("the list again", func(s string) bool { return strings.Contains(s, "Articles · by name") && settled(s) })
	// Search with results and without.
	p.keys("/")
	p.typeText("Hanoi")
	p.keys("Enter")
	p.until("the results", func(s string) bool { return strings.Contains(s, "search “Hanoi”") && settled(s) })
	p.keys("/", "C-u")
	p.typeText("zzqqnothing")
	p.keys("Enter")
	p.until("no match", func(s string) bool { return strings.Contains(s, "no match") && settled(s) })
	p.keys("Escape")
	p.until("the whole list again", func(s string) bool { return strings.Contains(s, total) && settled(s) })
	// Help, the filters, resizes.
	p.keys("?")
	p.waitFor("kiosk · keys")
	p.keys("?", "u")
	p.waitFor("only unread")
	p.keys("B")
	p.waitFor("only bookmarks, unread")
	p.keys("Escape")
	p.run("resize-window", "-t", "kiosk", "-x", "70", "-y", "20")
	p.until("the narrow list", func(s string) bool { return strings.Contains(s, total) && settled(s) })
	p.keys("Enter")
	p.until("the narrow reader", func(s string) bool { return strings.Contains(s, "1/") && settled(s) })
	p.run("resize-window", "-t", "kiosk", "-x", "200", "-y", "50")
	p.until("the wide screen", func(s string) bool { return strings.Contains(s, "Details") && settled(s) })
	t.Logf("every screen in %v", time.Since(start).Round(time.Millisecond))
	out := p.quit("q")
	t.Logf("%d bytes written by kiosk, %d screens, in %v", len(out), len(p.screens), time.Since(t0).Round(time.Millisecond))
	for _, problem := range hostile.Check(out, hostile.Terminal) {
		t.Error(problem)
	}
	p.checkShown(t)
	compareSnapshots(t, "after the pty session", before, snapshot(t, dir))
}

// checkShown proves the walk saw every family where it is drawn: the
// title (list row, reader) and the untitled file's name (list row, reader
// header); else the byte check proves nothing. A titled article's file
// name is no longer drawn (the reader's header names the title, source,
// date and language), so its mark is not required on screen.
func (p *ptyRun) checkShown(t *testing.T) {
	all := strings.Join(p.screens, "\n")
	for i, f := range hostile.Families {
		if !f.InName {
			continue // NUL: binary, not listed
		}
		for _, k := range []byte{'t', 'u'} {
			if !strings.Contains(all, hostile.Mark(i, k)) {
				t.Errorf("%s: %s (%c) was never on screen", f.Name, hostile.Mark(i, k), k)
			}
		}
	}
}
