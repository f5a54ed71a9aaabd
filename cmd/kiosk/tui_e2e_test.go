package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// tmuxSession drives the real binary in a detached tmux server of its own.
type tmuxSession struct {
	t      *testing.T
	socket string
}

func (s tmuxSession) run(args ...string) string {
	s.t.Helper()
	if slices.Contains(args, "new-session") {
		guardTmux(s.t, s.socket) // the server ends with the test binary
	}
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (s tmuxSession) screen() string { return s.run("capture-pane", "-p", "-t", "kiosk") }

// waitFor polls the screen until it holds want; the wait is generous
// because a loaded machine is slow, and the test asserts what, not when.
func (s tmuxSession) waitFor(want string) string {
	s.t.Helper()
	var scr string
	for i := 0; i < 200; i++ {
		if scr = s.screen(); strings.Contains(scr, want) {
			return scr
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("%q never appeared; screen:\n%s", want, scr)
	return ""
}

func TestTUIEndToEndInTmux(t *testing.T) {
	needTmux(t)
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "kiosk")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	const url = "https://news.example.vn/the-gioi/ca-voi-xanh-123.html"
	dir := writeFiles(t, map[string]string{
		"001_a.txt": "Les pluies continuent dans le nord du pays.\n\nLe fleuve Rouge monte.\n\nSource: https://other.example.com/pluie\n\nComment (3)\n",
		"002_b.txt": "Une baleine bleue observée au large de Nha Trang.\n\nLes pêcheurs ont filmé la baleine pendant une heure.\n\nSource : " + url + "\n\nComment (12)\n",
		"003_c.txt": "東京で国際会議 🇯🇵 アジアの未来について議論\n\n会議では経済協力が話し合われた。\n",
	})
	browser, record := fakeBrowser(t)
	rc := filepath.Join(tmp, "rc")
	s := tmuxSession{t: t, socket: fmt.Sprintf("kiosk-e2e-%d", os.Getpid())}
	cmd := fmt.Sprintf("env KIOSK_BROWSER=%s XDG_CACHE_HOME=%s XDG_STATE_HOME=%s %s --dir %s; echo $? > %s; sleep 30",
		browser, filepath.Join(tmp, "cache"), filepath.Join(tmp, "state"), bin, dir, rc)
	s.run("new-session", "-d", "-s", "kiosk", "-x", "120", "-y", "30", cmd)
	defer exec.Command("tmux", "-L", s.socket, "kill-server").Run()

	s.waitFor("Les pluies continuent")
	s.waitFor("1/3")
	s.run("send-keys", "-t", "kiosk", "/")
	s.run("send-keys", "-t", "kiosk", "-l", "baleine")
	s.waitFor("1 match")
	s.run("send-keys", "-t", "kiosk", "Enter")
	s.waitFor("observée au large")
	s.run("send-keys", "-t", "kiosk", "o")
	got, ok := waitFile(record)
	if !ok {
		t.Fatalf("o opened nothing; screen:\n%s", s.screen())
	}
	if want := "1\n" + url + "\n"; string(got) != want {
		t.Errorf("browser got %q, want %q", got, want)
	}
	// Live: an article written while kiosk runs appears, with the
	// selection kept on the open one; a deleted one goes.
	s.run("send-keys", "-t", "kiosk", "Escape")
	s.waitFor("2/3")
	fresh := filepath.Join(dir, "000_new.txt")
	if err := os.WriteFile(fresh, []byte("Un nouvel article arrive pendant la lecture.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.waitFor("Un nouvel article")
	s.waitFor("3/4")
	if err := os.Remove(fresh); err != nil {
		t.Fatal(err)
	}
	s.waitFor("2/3")
	s.run("send-keys", "-t", "kiosk", "/")
	s.run("send-keys", "-t", "kiosk", "-l", "baleine")
	s.run("send-keys", "-t", "kiosk", "Enter")
	s.waitFor("1/1")
	for _, size := range [][2]int{{70, 20}, {40, 10}, {15, 4}, {150, 45}} {
		s.run("resize-window", "-t", "kiosk", "-x", fmt.Sprint(size[0]), "-y", fmt.Sprint(size[1]))
		want := "1/1"
		if size[0] < 20 || size[1] < 6 {
			want = "too small"
		}
		scr := s.waitFor(want)
		for _, l := range strings.Split(scr, "\n") {
			if w := len([]rune(l)); w > size[0] && !strings.ContainsAny(l, "東🇯") {
				t.Errorf("%dx%d: line wider than the window: %q", size[0], size[1], l)
			}
		}
	}
	s.run("send-keys", "-t", "kiosk", "q")
	for i := 0; i < 200; i++ {
		// The shell creates the file before it writes the status: an
		// empty read is the moment in between, not an answer.
		if b, err := os.ReadFile(rc); err == nil && strings.TrimSpace(string(b)) != "" {
			if code := strings.TrimSpace(string(b)); code != "0" {
				t.Errorf("exit status %s, want 0", code)
			}
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("kiosk did not exit on q; screen:\n%s", s.screen())
}

// needTmux skips an end-to-end test that drives kiosk in a tmux pane when
// tmux is missing (.ci/run installs it) or under -short.
func needTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: this end-to-end test drives kiosk in a tmux pane (.ci/run installs it)")
	}
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
}
