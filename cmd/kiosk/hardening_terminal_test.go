//go:build unix

package main

// Issue 6, part 5 on a real terminal, under tmux: the terminal is given back
// as it was found after q, SIGTERM, SIGHUP, SIGINT and a panic (termios by
// `stty -a`, the alternate screen, the cursor, mouse reporting and the other
// modes by tmux's pane flags and by the bytes kiosk wrote), and the TUI and
// `kiosk show` work under TERM=dumb, NO_COLOR=1 and TERM=screen-256color.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	panicBinOnce sync.Once
	panicBinPath string
	panicBinErr  error
)

// kioskPanicBin builds cmd/kiosk with -tags kiosk_panic, next to the normal
// binary: '!' and '@' make its UI panic (ui/testhooks_panic.go). No other
// build has those keys.
func kioskPanicBin(t *testing.T) string {
	t.Helper()
	dir := filepath.Dir(kioskBin(t))
	panicBinOnce.Do(func() {
		panicBinPath = filepath.Join(dir, "kiosk-panic")
		out, err := exec.Command("go", "build", "-tags", "kiosk_panic", "-o", panicBinPath, "github.com/kioskreader/kiosk/cmd/kiosk").CombinedOutput()
		if err != nil {
			panicBinErr = fmt.Errorf("go build -tags kiosk_panic: %v\n%s", err, out)
		}
	})
	if panicBinErr != nil {
		t.Fatal(panicBinErr)
	}
	return panicBinPath
}

// paneScript runs a command in a tmux pane as a person would from a shell,
// and records around it: `stty -a` before and after, the command's pid,
// stderr and exit status. It waits for the file "go", so that the test can
// start recording what the pane receives before the command writes anything,
// and ends what the pane shows with a marker, so that the test knows when the
// recording is complete.
const paneScript = `cd "$1" || exit 99
shift
stty -a > before
while [ ! -e go ]; do sleep 0.05; done
sh -c 'echo $$ > pid; exec "$@"' sh "$@" 2> err
echo $? > status.tmp && mv status.tmp status
stty -a > after.tmp && mv after.tmp after
printf '%s\n' ` + paneEnded + `
exec sleep 300
`

const paneEnded = "kiosk-has-ended"

// paneFlags are the tmux pane formats that say what mode the terminal is
// in; a fresh pane shows what "restored" means.
const paneFlags = "alternate_on=#{alternate_on} cursor_flag=#{cursor_flag} insert_flag=#{insert_flag} " +
	"keypad_cursor_flag=#{keypad_cursor_flag} keypad_flag=#{keypad_flag} mouse_all_flag=#{mouse_all_flag} " +
	"mouse_any_flag=#{mouse_any_flag} mouse_button_flag=#{mouse_button_flag} mouse_sgr_flag=#{mouse_sgr_flag} " +
	"mouse_standard_flag=#{mouse_standard_flag} mouse_utf8_flag=#{mouse_utf8_flag} origin_flag=#{origin_flag} " +
	"wrap_flag=#{wrap_flag} scroll_region_upper=#{scroll_region_upper} scroll_region_lower=#{scroll_region_lower}"

// pane is one command run by paneScript in a tmux window of its own.
type pane struct {
	s      tmuxSession
	name   string // the window's name
	target string // tmux's target for it
	dir    string // before, after, status, err, pid, bytes (what the pane received)
}

// startPane opens a window running argv under exactly env (plus PATH and
// LANG), records what the pane receives into dir/bytes, and lets it go.
func startPane(s tmuxSession, name string, env []string, argv ...string) pane {
	s.t.Helper()
	p := pane{s: s, name: name, target: "term:" + name, dir: filepath.Join(s.t.TempDir(), name)}
	if err := os.Mkdir(p.dir, 0o755); err != nil {
		s.t.Fatal(err)
	}
	script := filepath.Join(p.dir, "run.sh")
	if err := os.WriteFile(script, []byte(paneScript), 0o644); err != nil {
		s.t.Fatal(err)
	}
	// Several arguments: tmux runs them without a shell, so no quoting.
	args := []string{"new-window", "-d", "-t", "term:", "-n", name, "env", "-i",
		"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8", "HOME=" + p.dir}
	args = append(append(args, env...), "sh", script, p.dir)
	s.run(append(args, argv...)...)
	s.run("pipe-pane", "-t", p.target, "-o", "cat >> '"+filepath.Join(p.dir, "bytes")+"'")
	if err := os.WriteFile(filepath.Join(p.dir, "go"), nil, 0o644); err != nil {
		s.t.Fatal(err)
	}
	return p
}

func (p pane) screen() string { return p.s.run("capture-pane", "-p", "-t", p.target) }

func (p pane) file(name string) string {
	b, _ := os.ReadFile(filepath.Join(p.dir, name))
	return string(b)
}

// waitFor polls the pane until it shows want. The wait is a hang guard:
// the test asserts what, not when.
func (p pane) waitFor(want string) string {
	p.s.t.Helper()
	var scr string
	for i := 0; i < 1200; i++ {
		if scr = p.screen(); strings.Contains(scr, want) {
			return scr
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.s.t.Fatalf("%s: %q never appeared; screen:\n%s\nstderr: %s", p.name, want, scr, p.file("err"))
	return ""
}

// waitEnd waits for the command to end and for everything it and the
// script wrote to have reached dir/bytes.
func (p pane) waitEnd() {
	p.s.t.Helper()
	for i := 0; i < 1200; i++ {
		if _, err := os.Stat(filepath.Join(p.dir, "after")); err == nil && strings.Contains(p.file("bytes"), paneEnded) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.s.t.Fatalf("%s: kiosk did not end; screen:\n%s\nstderr: %s", p.name, p.screen(), p.file("err"))
}

// waitGone waits for the command's process to end (to be gone, or a zombie
// nobody reaps), when its shell is gone too.
func (p pane) waitGone() {
	p.s.t.Helper()
	pid := p.pid()
	for i := 0; i < 1200; i++ {
		if syscall.Kill(pid, 0) == syscall.ESRCH {
			return
		}
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)) // Linux: a zombie has ended
		if f := strings.Fields(string(b)); len(f) > 2 && f[2] == "Z" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.s.t.Fatalf("%s: kiosk still runs after its terminal went away; stderr: %s", p.name, p.file("err"))
}

func (p pane) pid() int {
	p.s.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(p.file("pid")))
	if err != nil || pid <= 0 {
		p.s.t.Fatalf("%s: no pid (%v)", p.name, err)
	}
	return pid
}

func (p pane) signal(sig syscall.Signal) {
	p.s.t.Helper()
	if err := syscall.Kill(p.pid(), sig); err != nil {
		p.s.t.Fatalf("%s: kill %v: %v", p.name, sig, err)
	}
}

// checkRestored fails unless the pane is as a fresh one (ref, its flags)
// and termios as before the command ran, and the bytes kiosk wrote leave no
// mode on that they turned on.
func (p pane) checkRestored(t *testing.T, ref string, tui bool) {
	t.Helper()
	if before, after := p.file("before"), p.file("after"); before == "" || before != after {
		t.Errorf("%s: stty -a differs after kiosk:\nbefore: %s\nafter:  %s", p.name, before, after)
	}
	if got := p.s.run("display-message", "-p", "-t", p.target, paneFlags); got != ref {
		t.Errorf("%s: the terminal is left in another mode:\n got %s\nwant %s", p.name, got, ref)
	}
	if left := modesLeftOn(p.file("bytes")); len(left) > 0 {
		t.Errorf("%s: kiosk left these modes on: %s", p.name, strings.Join(left, ", "))
	}
	// The alternate screen is gone, and with it kiosk's frame: the shell's
	// own screen shows the marker printed after kiosk.
	if scr := p.screen(); !strings.Contains(scr, paneEnded) || tui && strings.Contains(scr, "Les pluies") {
		t.Errorf("%s: the screen after kiosk:\n%s", p.name, scr)
	}
}

var csiRE = regexp.MustCompile(`\x1b\[([<=>?]?)([0-9;:]*)([ -/]*)([@-~])`)

// modesLeftOn reads the CSI sequences of a recording and names the modes
// still on at its end: DEC private modes (but the cursor, 25, and autowrap,
// 7, on by default and so to be left on), the kitty keyboard stack and
// xterm's modifyOtherKeys.
func modesLeftOn(b string) []string {
	dec := map[string]bool{}
	kitty, modifyOther := 0, false
	for _, m := range csiRE.FindAllStringSubmatch(b, -1) {
		prefix, params, inter, final := m[1], m[2], m[3], m[4]
		switch {
		case prefix == "?" && inter == "" && (final == "h" || final == "l"):
			for _, n := range strings.Split(params, ";") {
				dec[n] = final == "h"
			}
		case prefix == ">" && inter == "" && final == "u":
			kitty++
		case prefix == "<" && inter == "" && final == "u":
			n, err := strconv.Atoi(params)
			if err != nil {
				n = 1
			}
			kitty = max(0, kitty-n)
		case prefix == ">" && inter == "" && final == "m":
			ps := strings.Split(params, ";")
			if ps[0] == "4" {
				modifyOther = len(ps) > 1 && ps[1] != "" && ps[1] != "0"
			}
		}
	}
	var left []string
	for n, on := range dec {
		if def := n == "25" || n == "7"; on != def {
			left = append(left, fmt.Sprintf("DEC mode %s %s", n, map[bool]string{true: "set", false: "reset"}[on]))
		}
	}
	sort.Strings(left)
	if kitty > 0 {
		left = append(left, fmt.Sprintf("%d kitty keyboard flags pushed", kitty))
	}
	if modifyOther {
		left = append(left, "modifyOtherKeys")
	}
	return left
}

// colorSGR lists the SGR sequences of b that set a color (foreground,
// background or underline; resetting one to the default is no color).
func colorSGR(b string) []string {
	var found []string
	for _, m := range csiRE.FindAllStringSubmatch(b, -1) {
		if m[1] != "" || m[3] != "" || m[4] != "m" {
			continue
		}
		for _, p := range strings.Split(m[2], ";") {
			n, _ := strconv.Atoi(strings.SplitN(p, ":", 2)[0])
			if n >= 30 && n <= 38 || n >= 40 && n <= 48 || n == 58 || n >= 90 && n <= 97 || n >= 100 && n <= 107 {
				found = append(found, fmt.Sprintf("%q", m[0]))
				break
			}
		}
	}
	return found
}

func TestHardeningTerminalCheckers(t *testing.T) {
	if left := modesLeftOn("\x1b[?1049h\x1b[?25l\x1b[?1002;1006h\x1b[>1u\x1b[>4;2m\x1b[?1049l\x1b[?1006l\x1b[?25h"); strings.Join(left, ",") != "DEC mode 1002 set,1 kitty keyboard flags pushed,modifyOtherKeys" {
		t.Errorf("modesLeftOn: %q", left)
	}
	if left := modesLeftOn("\x1b[?2004h\x1b[>1u\x1b[>4;2m\x1b[?2026$p\x1b[?2004l\x1b[<1u\x1b[>4m\x1b[?7l\x1b[?7h"); len(left) > 0 {
		t.Errorf("modesLeftOn: %q", left)
	}
	if c := colorSGR("\x1b[1;7m\x1b[m\x1b[39;49m\x1b[>4;2m\x1b[4m"); len(c) > 0 {
		t.Errorf("colorSGR: %q", c)
	}
	for _, s := range []string{"\x1b[31m", "\x1b[1;38;5;203m", "\x1b[48:2::1:2:3m", "\x1b[97m", "\x1b[0;104m", "\x1b[58;5;1m"} {
		if len(colorSGR(s)) == 0 {
			t.Errorf("colorSGR misses %q", s)
		}
	}
}

// terminalTest starts a tmux server of its own whose first window is a
// fresh pane, the reference for checkRestored, and a folder of three
// articles.
func terminalTest(t *testing.T, socket string) (tmuxSession, string, string) {
	t.Helper()
	needTmux(t)
	s := tmuxSession{t: t, socket: fmt.Sprintf("%s-%d", socket, os.Getpid())}
	s.run("-f", "/dev/null", "new-session", "-d", "-s", "term", "-n", "fresh", "-x", "100", "-y", "30", "sleep 300")
	t.Cleanup(func() { exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	ref := s.run("display-message", "-p", "-t", "term:fresh", paneFlags)
	if !strings.HasPrefix(ref, "alternate_on=0 cursor_flag=1 ") || strings.Contains(ref, "= ") || strings.HasSuffix(ref, "=\n") {
		t.Fatalf("this tmux does not report a pane's modes: %s", ref)
	}
	dir := writeFiles(t, map[string]string{
		"001_a.txt": "Les pluies continuent dans le nord du pays.\n\nLe fleuve Rouge monte.\n\nSource: https://other.example.com/pluie\n\nComment (3)\n",
		"002_b.txt": "Une baleine bleue observée au large de Nha Trang.\n\nLes pêcheurs ont filmé la baleine.\n\nComment (12)\n",
		"003_c.txt": "東京で国際会議 🇯🇵 アジアの未来について議論\n\n会議では経済協力が話し合われた。\n",
	})
	return s, ref, dir
}

// privateEnv is the environment of one kiosk: TERM, a cache and a state
// of its own, and more.
func privateEnv(t *testing.T, term string, more ...string) []string {
	return append([]string{"TERM=" + term, "XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}, more...)
}

func TestHardeningTerminalRestored(t *testing.T) {
	s, ref, dir := terminalTest(t, "kiosk-restore")
	bin, panicBin := kioskBin(t), kioskPanicBin(t)
	type ending struct {
		name   string
		bin    string
		end    func(p pane)
		status int
		stderr []string // what stderr must hold; nothing at all when nil
	}
	keys := func(k string) func(p pane) { return func(p pane) { s.run("send-keys", "-t", p.target, "-l", k) } }
	kill := func(sig syscall.Signal) func(p pane) { return func(p pane) { p.signal(sig) } }
	endings := []ending{
		{"q", bin, keys("q"), 0, nil},
		{"ctrl-c", bin, func(p pane) { s.run("send-keys", "-t", p.target, "C-c") }, 0, nil}, // a key in raw mode
		{"sigterm", bin, kill(syscall.SIGTERM), 128 + 15, []string{"kiosk: ended by signal 15 (terminated)"}},
		{"sighup", bin, kill(syscall.SIGHUP), 128 + 1, []string{"kiosk: ended by signal 1 (hangup)"}},
		{"sigint", bin, kill(syscall.SIGINT), 128 + 2, []string{"kiosk: ended by signal 2 (interrupt)"}},
		{"panic-update", panicBin, keys("!"), 1, []string{"kiosk_panic: a panic in Update", "kiosk: the terminal UI crashed"}},
		{"panic-command", panicBin, keys("@"), 1, []string{"kiosk: the terminal UI crashed"}},
		// A real hangup: the terminal goes away (tmux sends SIGHUP and
		// closes the pty). Nothing is left to restore; kiosk must end, and
		// say why, rather than hang or spin on a dead terminal.
		{"hangup", bin, func(p pane) { s.run("kill-pane", "-t", p.target) }, -1, []string{"kiosk: ended by signal 1 (hangup)"}},
	}
	// All at once, each in its window: the machine may be slow, and the
	// test asserts what, not when.
	panes := make([]pane, len(endings))
	for i, e := range endings {
		panes[i] = startPane(s, e.name, privateEnv(t, "tmux-256color"), e.bin, "--dir", dir)
	}
	for i, e := range endings {
		panes[i].waitFor("1/3")
		e.end(panes[i])
	}
	for i, e := range endings {
		p := panes[i]
		if e.name == "hangup" {
			p.waitGone()
			if stderr := p.file("err"); !strings.Contains(stderr, e.stderr[0]) {
				t.Errorf("%s: stderr lacks %q:\n%s", e.name, e.stderr[0], clip(stderr))
			}
			continue
		}
		p.waitEnd()
		status, stderr := strings.TrimSpace(p.file("status")), p.file("err")
		if status != strconv.Itoa(e.status) {
			t.Errorf("%s: exit status %s, want %d; stderr:\n%s", e.name, status, e.status, stderr)
		}
		if e.stderr == nil && stderr != "" {
			t.Errorf("%s: stderr %q, want nothing", e.name, clip(stderr))
		}
		for _, want := range e.stderr {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", e.name, want, clip(stderr))
			}
		}
		if e.name == "panic-command" && !strings.Contains(stderr, "kiosk_panic: a panic in a command") {
			// Bubble Tea prints it from the command's goroutine, which
			// may lose the race with kiosk's exit.
			t.Logf("%s: Bubble Tea's report of the panic did not reach stderr before kiosk exited", e.name)
		}
		p.checkRestored(t, ref, true)
	}
}

func TestHardeningTerminalEnvironments(t *testing.T) {
	s, ref, dir := terminalTest(t, "kiosk-env")
	bin := kioskBin(t)
	type env struct {
		name    string
		term    string
		more    []string
		color   bool // colors expected (the check's canary)
		reverse bool // the list cursor shown in reverse video, not in color
	}
	envs := []env{
		{"dumb", "dumb", nil, false, true},
		{"no-color", "tmux-256color", []string{"NO_COLOR=1"}, false, true},
		{"screen-256color", "screen-256color", nil, true, false},
	}
	tuis := make([]pane, len(envs))
	shows := make([]pane, len(envs))
	for i, e := range envs {
		tuis[i] = startPane(s, "tui-"+e.name, privateEnv(t, e.term, e.more...), bin, "--dir", dir)
		shows[i] = startPane(s, "show-"+e.name, privateEnv(t, e.term, e.more...), bin, "show", "--dir", dir, "001_a")
	}
	for i, e := range envs {
		p := tuis[i]
		// Readable: the list, and the first article in the reader.
		for _, want := range []string{"1/3", "Les pluies continuent", "Une baleine bleue", "東京で国際会議", "other.example.com", "Le fleuve Rouge monte."} {
			p.waitFor(want)
		}
		// The list cursor must show: under NO_COLOR and TERM=dumb by
		// reverse video on the selected row.
		styled := s.run("capture-pane", "-p", "-e", "-t", p.target)
		if row := regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m[^\n]*Les pluies`); e.reverse && !row.MatchString(styled) {
			t.Errorf("%s: the selected row is not in reverse video:\n%q", p.name, clip(styled))
		}
		s.run("send-keys", "-t", p.target, "q")
	}
	for i, e := range envs {
		for j, p := range []pane{tuis[i], shows[i]} {
			p.waitEnd()
			if status, stderr := strings.TrimSpace(p.file("status")), p.file("err"); status != "0" || stderr != "" {
				t.Errorf("%s: exit status %s, stderr %q; want 0 and nothing", p.name, status, clip(stderr))
			}
			p.checkRestored(t, ref, j == 0)
			b := p.file("bytes")
			if j == 1 && !strings.Contains(ansiStripped(b), "Le fleuve Rouge monte.") {
				t.Errorf("%s: the article is not shown:\n%q", p.name, clip(b))
			}
			// kiosk show picks glamour's notty style for these: no
			// escape sequence at all, not even a query of the background.
			if j == 1 && !e.color && strings.Contains(b, "\x1b") {
				t.Errorf("%s: escape sequences sent: %q", p.name, clip(b))
			}
			switch c := colorSGR(b); {
			case e.color && len(c) == 0:
				t.Errorf("%s: no color at all: the recording of what the pane got may be wrong:\n%q", p.name, clip(b))
			case !e.color && len(c) > 0:
				t.Errorf("%s: colors sent: %s", p.name, strings.Join(c[:min(len(c), 5)], " "))
			}
		}
	}
}

// ansiStripped is b without CSI sequences, to look for text in it.
func ansiStripped(b string) string { return csiRE.ReplaceAllString(b, "") }
