//go:build unix

package main

// Issue 6, part 1 in the TUI: under tmux with set-clipboard on, browsing
// the hostile articles sets neither the clipboard nor the pane title.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHardeningTUIClipboardAndTitle(t *testing.T) {
	needTmux(t)
	dir, articles := hostileFolder(t)
	before := snapshot(t, dir)
	tmp := t.TempDir()
	s := tmuxSession{t: t, socket: fmt.Sprintf("kiosk-hardening-%d", os.Getpid())}
	rc := filepath.Join(tmp, "rc")
	cmd := fmt.Sprintf("sleep 1; env XDG_CACHE_HOME=%s XDG_STATE_HOME=%s KIOSK_BROWSER=/bin/false %s --dir %s; echo $? > %s; sleep 60",
		filepath.Join(tmp, "cache"), filepath.Join(tmp, "state"), kioskBin(t), dir, rc)
	s.run("-f", "/dev/null", "new-session", "-d", "-s", "kiosk", "-x", "120", "-y", "40", cmd)
	defer exec.Command("tmux", "-L", s.socket, "kill-server").Run()
	s.run("set-option", "-s", "set-clipboard", "on")
	s.run("set-option", "-g", "allow-rename", "on")
	title0 := s.run("display-message", "-p", "-t", "kiosk:0", "#{pane_title}")
	// A canary in another window proves that this tmux records what a
	// pane sends: its clipboard write and title must show.
	s.run("new-window", "-d", "-t", "kiosk:1", "sleep 1; printf '\\033]52;c;Y2FuYXJ5\\007\\033]2;canary\\007'; sleep 60")
	canaryBuf := "6 bytes: \"canary\""

	s.waitFor(fmt.Sprintf("/%d", len(articles)))
	// Open every article, page through it, look at it in narrow and wide
	// windows; never press y (copy link), the one key allowed to write
	// the clipboard.
	s.run("send-keys", "-t", "kiosk:0", "Enter")
	for i := 0; i < len(articles); i++ {
		for _, k := range []string{"Space", "Space", "G", "g", "m", "b", "]"} {
			s.run("send-keys", "-t", "kiosk:0", k)
		}
		if i%8 == 0 {
			s.run("resize-window", "-t", "kiosk:0", "-x", fmt.Sprint(30+i*4), "-y", "20")
		}
		time.Sleep(150 * time.Millisecond)
	}
	time.Sleep(time.Second)
	screen := s.screen()

	bufs := strings.TrimSpace(s.run("list-buffers"))
	if canary := s.run("display-message", "-p", "-t", "kiosk:1", "#{pane_title}"); !strings.Contains(bufs, canaryBuf) || strings.TrimSpace(canary) != "canary" {
		t.Fatalf("this tmux does not record a pane's OSC 52 and OSC 2 (buffers %q, canary title %q): the check would prove nothing", bufs, canary)
	}
	if strings.Count(bufs, "\n") > 0 {
		t.Errorf("an article set the clipboard (tmux buffers):\n%s", bufs)
	}
	title := s.run("display-message", "-p", "-t", "kiosk:0", "#{pane_title}")
	for _, w := range []string{"pwned", "title", "c1", "late", "cap", "fence", "span", "escaped", searchWord, "never"} {
		if strings.Contains(strings.ToLower(title), w) {
			t.Errorf("an article set the pane title: %q (was %q)", title, title0)
		}
	}
	if win := s.run("display-message", "-p", "-t", "kiosk:0", "#{window_name}"); strings.Contains(win, "pwned") || strings.Contains(win, "title") {
		t.Errorf("an article renamed the window: %q", win)
	}
	for i := 0; i < 400; i++ {
		if i%40 == 0 { // back to the list, then quit; again if a key was lost
			s.run("send-keys", "-t", "kiosk:0", "Escape")
			time.Sleep(200 * time.Millisecond)
			s.run("send-keys", "-t", "kiosk:0", "q")
		}
		if b, err := os.ReadFile(rc); err == nil {
			if code := strings.TrimSpace(string(b)); code != "0" {
				t.Errorf("kiosk exited with status %s; screen:\n%s", code, s.screen())
			}
			compareSnapshots(t, "after a TUI session", before, snapshot(t, dir))
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("kiosk did not exit on q; screen before:\n%s\nnow:\n%s", screen, s.screen())
}
