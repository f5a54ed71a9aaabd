//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// fakeScreenProgram writes a script that takes the screen as a terminal
// program does: it records its arguments (and its stdin, when that is not
// the terminal) in record, clears the screen, draws banner and waits for
// one key read from the terminal, then exits with the status found in the
// file status (0 when there is none).
func fakeScreenProgram(t *testing.T, dir, name, banner string) (path, record, status string) {
	t.Helper()
	path = filepath.Join(dir, name)
	record = filepath.Join(dir, name+".record")
	status = filepath.Join(dir, name+".status")
	script := fmt.Sprintf(`#!/bin/sh
{ for a in "$@"; do echo "arg:$a"; done; echo "LESS=$LESS"; [ -t 0 ] || cat; } > %[1]s.tmp
printf '\033[2J\033[H%[2]s\r\n' > /dev/tty
stty raw -echo < /dev/tty; dd bs=1 count=1 < /dev/tty > /dev/null 2>&1; stty sane < /dev/tty
mv %[1]s.tmp %[1]s
exit $(cat %[3]s 2>/dev/null || echo 0)
`, record, banner, status)
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path, record, status
}

// TestTUIHandsTheTerminalOver: a terminal browser, the pager and the editor
// take the screen and give it back, the UI drawn again after; a failing
// one is said in the status line; c puts the article's text in tmux's
// clipboard buffer; M lets tmux see the mouse as free.
func TestTUIHandsTheTerminalOver(t *testing.T) {
	needTmux(t)
	tmp := t.TempDir()
	bin := kioskBin(t)
	const url = "https://news.example.vn/the-gioi/ca-voi-xanh-123.html"
	dir := writeFiles(t, map[string]string{
		"001_a.txt": "Une baleine bleue observée au large de Nha Trang.\n\nLes pêcheurs ont filmé la baleine pendant une heure.\n\nSource : " + url + "\n\nComment (12)\n",
		"002_b.txt": "Les pluies continuent dans le nord du pays.\n\nLe fleuve Rouge monte.\n",
	})
	w3m, w3mRecord, w3mStatus := fakeScreenProgram(t, tmp, "w3m", "FAKE BROWSER")
	pager, pagerRecord, _ := fakeScreenProgram(t, tmp, "pager", "FAKE PAGER")
	editor, editorRecord, _ := fakeScreenProgram(t, tmp, "editor", "FAKE EDITOR")
	s := tmuxSession{t: t, socket: fmt.Sprintf("kiosk-exec-%d", os.Getpid())}
	cmd := fmt.Sprintf("env -u LESS KIOSK_BROWSER=%s PAGER='%s -x' EDITOR=%s XDG_CACHE_HOME=%s XDG_STATE_HOME=%s XDG_CONFIG_HOME=%s %s --dir %s; sleep 30",
		w3m, pager, editor, filepath.Join(tmp, "cache"), filepath.Join(tmp, "state"), filepath.Join(tmp, "config"), bin, dir)
	s.run("new-session", "-d", "-s", "kiosk", "-x", "120", "-y", "30", cmd)
	defer exec.Command("tmux", "-L", s.socket, "kill-server").Run()
	s.run("set-option", "-g", "set-clipboard", "on")
	s.waitFor("Les pêcheurs ont filmé")
	s.waitFor("1/2")

	// Each program takes the screen, and the UI is back after a key.
	handOver := func(key, banner, record string) string {
		t.Helper()
		s.run("send-keys", "-t", "kiosk", key)
		s.waitFor(banner)
		s.run("send-keys", "-t", "kiosk", "x")
		s.waitFor("1/2")
		s.waitFor("Les pêcheurs ont filmé")
		got, ok := waitFile(record)
		if !ok {
			t.Fatalf("%s: nothing recorded", banner)
		}
		os.Remove(record)
		return string(got)
	}
	if got := handOver("o", "FAKE BROWSER", w3mRecord); !strings.Contains(got, "arg:"+url+"\n") {
		t.Errorf("the terminal browser got %q", got)
	}
	if err := os.WriteFile(w3mStatus, []byte("3"), 0o644); err != nil {
		t.Fatal(err)
	}
	handOver("o", "FAKE BROWSER", w3mRecord)
	s.waitFor("browser w3m: exited with status 3")

	got := handOver("v", "FAKE PAGER", pagerRecord)
	if !strings.HasPrefix(got, "arg:-x\nLESS=R\n") || !strings.Contains(got, "Les pêcheurs ont filmé") {
		t.Errorf("the pager got %q", got)
	}
	got = handOver("e", "FAKE EDITOR", editorRecord)
	if want := "arg:" + filepath.Join(dir, "001_a.txt") + "\n"; !strings.HasPrefix(got, want) {
		t.Errorf("the editor got %q, want %q first", got, want)
	}

	s.run("send-keys", "-t", "kiosk", "c")
	s.waitFor("copied the article's text")
	var buf string
	for i := 0; i < 100 && !strings.Contains(buf, "Les pêcheurs"); i++ {
		out, _ := exec.Command("tmux", "-L", s.socket, "show-buffer").Output()
		buf = string(out)
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(buf, "Une baleine bleue") || !strings.Contains(buf, "Les pêcheurs ont filmé la baleine") || strings.Contains(buf, "\x1b") {
		t.Errorf("tmux's clipboard buffer holds %q", buf)
	}

	mouse := func() string {
		return strings.TrimSpace(s.run("display", "-p", "-t", "kiosk", "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"))
	}
	if m := mouse(); m == "000" {
		t.Errorf("the mouse is not captured at start (%s)", m)
	}
	s.run("send-keys", "-t", "kiosk", "M")
	s.waitFor("mouse off")
	if m := mouse(); m != "000" {
		t.Errorf("M: tmux still sees a mouse mode (%s)", m)
	}
}

// TestShowPagesWhenTaller: kiosk show on a terminal pages an article taller
// than the screen through $PAGER with LESS=FRX, and prints a short one, one
// with --no-pager, and any into a pipe.
func TestShowPagesWhenTaller(t *testing.T) {
	needTmux(t)
	tmp := t.TempDir()
	bin := kioskBin(t)
	long := "Un long article sur la mousson.\n\n" + strings.Repeat("La pluie tombe encore sur la ville et les rues sont inondées.\n\n", 30)
	dir := writeFiles(t, map[string]string{
		"001_long.txt":  long,
		"002_short.txt": "Un article court.\n\nUne phrase.\n",
	})
	pager, record, _ := fakeScreenProgram(t, tmp, "pager", "FAKE PAGER")
	s := tmuxSession{t: t, socket: fmt.Sprintf("kiosk-show-%d", os.Getpid())}
	s.run("new-session", "-d", "-s", "kiosk", "-x", "80", "-y", "20", "sh")
	defer exec.Command("tmux", "-L", s.socket, "kill-server").Run()
	show := func(args string) {
		s.run("send-keys", "-t", "kiosk", "clear; env -u LESS PAGER="+pager+" XDG_CACHE_HOME="+filepath.Join(tmp, "cache")+
			" XDG_CONFIG_HOME="+filepath.Join(tmp, "config")+" "+bin+" show --dir "+dir+" "+args+"; echo DONE $?", "Enter")
	}
	show("001_long")
	s.waitFor("FAKE PAGER")
	s.run("send-keys", "-t", "kiosk", "q")
	s.waitFor("DONE 0")
	got, ok := waitFile(record)
	if !ok {
		t.Fatal("the pager recorded nothing")
	}
	if !strings.HasPrefix(string(got), "LESS=FRX\n") || !strings.Contains(ansi.Strip(string(got)), "sont inondées") {
		t.Errorf("the pager got %.200q", got)
	}
	os.Remove(record)
	for _, args := range []string{"002_short", "--no-pager 001_long", "001_long | cat"} {
		show(args)
		s.waitFor("DONE 0")
		if _, err := os.Stat(record); err == nil {
			t.Errorf("show %s: the pager ran", args)
			os.Remove(record)
		}
	}
}

// TestTUIFoldersRememberedAcrossRuns: F switches between the folders of
// repeated --dir, and each comes back as it was left, in the next run too.
func TestTUIFoldersRememberedAcrossRuns(t *testing.T) {
	needTmux(t)
	tmp := t.TempDir()
	bin := kioskBin(t)
	a := writeFiles(t, map[string]string{
		"a1.txt": "Premier dossier, premier article.\n\nTexte un.\n",
		"a2.txt": "Premier dossier, deuxième article.\n\nTexte deux.\n",
		"a3.txt": "Premier dossier, troisième article.\n\nTexte trois.\n",
	})
	b := writeFiles(t, map[string]string{
		"b1.txt": "Second dossier, premier article.\n\nTexte un.\n",
		"b2.txt": "Second dossier, deuxième article.\n\nTexte deux.\n",
	})
	s := tmuxSession{t: t, socket: fmt.Sprintf("kiosk-folders-%d", os.Getpid())}
	defer exec.Command("tmux", "-L", s.socket, "kill-server").Run()
	start := func(name string) {
		cmd := fmt.Sprintf("env XDG_CACHE_HOME=%s XDG_STATE_HOME=%s XDG_CONFIG_HOME=%s %s --dir %s --dir %s; echo EXIT $?; sleep 30",
			filepath.Join(tmp, "cache"), filepath.Join(tmp, "state"), filepath.Join(tmp, "config"), bin, a, b)
		s.run("new-session", "-d", "-s", name, "-x", "120", "-y", "30", cmd)
	}
	keys := func(name string, k ...string) { s.run(append([]string{"send-keys", "-t", name}, k...)...) }
	start("kiosk")
	s.waitFor("1/3")
	keys("kiosk", "j", "j", "s") // third article, by comments
	s.waitFor("by comments")
	keys("kiosk", "F")
	s.waitFor("kiosk · folders")
	keys("kiosk", "j", "Enter")
	s.waitFor("Second dossier, premier")
	s.waitFor("1/2")
	keys("kiosk", "j")
	s.waitFor("2/2")
	keys("kiosk", "F", "k", "Enter")
	s.waitFor("Premier dossier, troisième article")
	if scr := s.waitFor("3/3"); !strings.Contains(scr, "by comments") {
		t.Errorf("back in the first folder, the order was lost:\n%s", scr)
	}
	keys("kiosk", "q")
	s.waitFor("EXIT 0")
	s.run("kill-session", "-t", "kiosk")

	start("kiosk")
	if scr := s.waitFor("3/3"); !strings.Contains(scr, "by comments") || !strings.Contains(scr, "troisième") {
		t.Errorf("the next run did not open the first folder as it was left:\n%s", scr)
	}
	keys("kiosk", "F", "j", "Enter")
	s.waitFor("Second dossier")
	s.waitFor("2/2")
	keys("kiosk", "q")
	s.waitFor("EXIT 0")
}
