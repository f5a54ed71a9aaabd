//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func init() { groups["ui"] = benchUI }

// The TUI as a person meets it: kiosk is started in a tmux pane on a folder
// whose index is up to date, and the pane is read every few milliseconds
// until the list shows file names, then titles (the first screen, which
// the list shows before it has read every row), then until the status line
// no longer says it is reading (every row read). Its memory is read from
// /proc at titles, and once the whole list is read and it has settled:
// the resident size then, and the peak.
//
// Goals (issue 16): file names within 300 ms and titles within 1 s at 100k,
// within 2 s at 1M; RSS within 300 MiB at 1M. There is no peer to run beside.

const (
	uiTimeout = 3 * time.Minute       // give up on titles after this
	uiPoll    = 10 * time.Millisecond // between two reads of the pane
	uiSettle  = 3 * time.Second       // after titles, before the last memory reading
	uiQuiet   = 30 * time.Second      // then until the reading of a UI left alone (idle connections closed)
	uiRows    = 5                     // lines that must show names (titles) to count
)

// uiSocket names the tmux server of the benchmark (-L), its own.
var uiSocket = "kiosk-bench"

// fileName is how a synthetic article's file name looks on screen.
var fileName = regexp.MustCompile(`[0-9]{6}_[0-9a-f]{16}`)

func benchUI(c *benchCtx) error {
	if _, ok := lookPath("tmux"); !ok {
		fmt.Fprintln(c.Out, "note: tmux not found, so the UI cannot be measured; apt-get install -y tmux")
		return nil
	}
	t := newTable("articles", "tmux alone", "first frame", "file names", "titles", "all rows", "RSS at titles", "RSS settled", "RSS 30 s on", "peak RSS", "runs")
	for _, n := range c.Sizes {
		dir, err := c.Folder(n)
		if err != nil {
			return err
		}
		// The figures are for an indexed folder: bring the index up to date
		// first (a no-op after the search group).
		if _, _, err := run(c.Cmd(c.Kiosk, "index", "--dir", dir)); err != nil {
			return err
		}
		settle()
		var alone, frames, names, shown, loaded []time.Duration
		var atTitles, settled, quiet, peak int64
		for rep := 0; rep <= c.Reps; rep++ {
			floor, err := tmuxAlone()
			if err != nil {
				return err
			}
			r, err := c.uiOnce(dir)
			if err != nil {
				return err
			}
			if rep == 0 {
				continue // warm-up
			}
			alone = append(alone, floor)
			frames, names, shown, loaded = append(frames, r.frame), append(names, r.names), append(shown, r.titles), append(loaded, r.loaded)
			atTitles, settled, peak = max(atTitles, r.rssAtTitles), max(settled, r.rssSettled), max(peak, r.peakRSS)
			quiet = max(quiet, r.rssQuiet)
		}
		fmt.Fprintf(c.Out, "  %d articles measured\n", n)
		t.row(fmt.Sprint(n), round(median(alone)), round(median(frames)), round(median(names)), round(median(shown)), round(median(loaded)),
			mib(atTitles), mib(settled), mib(quiet), mib(peak), fmt.Sprint(c.Reps))
	}
	t.print(c.Out)
	fmt.Fprintf(c.Out, "kiosk --dir DIR in a 140×40 tmux pane, index up to date, warm cache; median of %d runs after a warm-up,\n", c.Reps)
	fmt.Fprintf(c.Out, "timed from starting tmux to its first frame (tmux and kiosk started), to %d list lines with a file name (a title), to a status line no longer reading;\n", uiRows)
	fmt.Fprintln(c.Out, "tmux alone is the same from starting tmux to the first frame of `echo`, timed before each run: what the screens above owe to tmux and the polling, not to kiosk;")
	fmt.Fprintf(c.Out, "RSS at titles is VmHWM then, settled is VmRSS %s after every row was read, 30 s on is VmRSS %s later (idle connections closed), peak is VmHWM then; each the largest of the runs\n", uiSettle, uiQuiet)
	fmt.Fprintln(c.Out, "goal: names ≤ 300 ms; titles ≤ 1 s at 100k, ≤ 2 s at 1M; RSS ≤ 300 MiB at 1M")
	return nil
}

// tmuxAlone times a fresh tmux server from its start to the first frame of
// a command that prints one line at once: the floor under kiosk's first
// frame (starting tmux, its pane, the polling). Its server has a socket of
// its own, so that its end cannot race with the start of kiosk's.
func tmuxAlone() (time.Duration, error) {
	tm := func(args ...string) ([]byte, error) {
		return exec.Command("tmux", append([]string{"-L", uiSocket + "-alone"}, args...)...).Output()
	}
	tm("kill-server")
	defer tm("kill-server")
	start := time.Now()
	if _, err := tm("new-session", "-d", "-s", "kb", "-x", "140", "-y", "40", "--", "sh", "-c", "echo ready; exec sleep 60"); err != nil {
		return 0, fmt.Errorf("tmux new-session (tmux alone): %w%s", err, tmuxSaid(err))
	}
	for time.Since(start) < uiTimeout {
		time.Sleep(uiPoll)
		screen, err := tm("capture-pane", "-p", "-t", "kb")
		if err != nil {
			return 0, fmt.Errorf("tmux capture-pane: %w", err)
		}
		if at := time.Since(start); len(bytes.TrimSpace(screen)) > 0 {
			return at, nil
		}
	}
	return 0, fmt.Errorf("tmux showed nothing of echo within %s", uiTimeout)
}

// tmuxSaid is what a failed tmux command wrote on stderr, for its error.
func tmuxSaid(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) && len(bytes.TrimSpace(ee.Stderr)) > 0 {
		return ": " + string(bytes.TrimSpace(ee.Stderr))
	}
	return ""
}

type uiRun struct {
	frame, names, titles, loaded     time.Duration
	rssAtTitles, rssSettled, peakRSS int64
	rssQuiet                         int64
}

// uiOnce starts kiosk in a fresh tmux server, times the screens, reads its
// memory and ends it. A screen never reached within uiTimeout is an error
// that carries the last capture.
func (c *benchCtx) uiOnce(dir string) (uiRun, error) {
	var r uiRun
	tm := func(args ...string) ([]byte, error) {
		return exec.Command("tmux", append([]string{"-L", uiSocket}, args...)...).Output()
	}
	tm("kill-server") // one left by a stopped run
	defer tm("kill-server")
	state := filepath.Join(filepath.Dir(c.cacheDir()), "ui-state") // Root/ui-state unless -cache
	start := time.Now()
	args := []string{"new-session", "-d", "-s", "kb", "-x", "140", "-y", "40",
		"-e", "XDG_CACHE_HOME=" + c.cacheDir(),
		"-e", "XDG_STATE_HOME=" + state, "-e", "XDG_CONFIG_HOME=" + state}
	for _, v := range []string{"KIOSK_MEMPROFILE", "KIOSK_MEMTRACE"} { // the UI's heap profile and memory trace (cmd/kiosk/tui.go)
		if f := os.Getenv(v); f != "" {
			args = append(args, "-e", v+"="+f)
		}
	}
	_, err := tm(append(args, "--", c.Kiosk, "--dir", dir)...)
	if err != nil {
		return r, fmt.Errorf("tmux new-session: %w%s", err, tmuxSaid(err))
	}
	pid, err := panePID(tm)
	if err != nil {
		return r, err
	}
	var last []byte
	for r.loaded == 0 {
		if time.Since(start) > uiTimeout {
			return r, fmt.Errorf("not every row read after %s (names: %s, titles %s); last screen:\n%s", uiTimeout, round(r.names), round(r.titles), last)
		}
		time.Sleep(uiPoll)
		screen, err := tm("capture-pane", "-p", "-t", "kb")
		if err != nil {
			return r, fmt.Errorf("tmux capture-pane (did kiosk exit?): %w\n%s", err, last)
		}
		at := time.Since(start)
		last = screen
		if r.frame == 0 && len(bytes.TrimSpace(screen)) > 0 {
			r.frame = at
		}
		if r.names == 0 && countLines(screen, func(l string) bool { return fileName.MatchString(l) }) >= uiRows {
			r.names = at
		}
		if r.titles == 0 && countLines(screen, isTitle) >= uiRows {
			r.titles = at
			if r.names == 0 {
				r.names = at // both came in one frame
			}
			r.rssAtTitles = procStatus(pid, "VmHWM:")
		}
		if r.titles > 0 && !reading(screen) {
			r.loaded = at
		}
	}
	time.Sleep(uiSettle)
	r.rssSettled = procStatus(pid, "VmRSS:")
	time.Sleep(uiQuiet)
	r.rssQuiet, r.peakRSS = procStatus(pid, "VmRSS:"), procStatus(pid, "VmHWM:")
	tm("send-keys", "-t", "kb", "q")
	return r, nil
}

// panePID is the process id of kiosk: tmux runs the command of a session
// given as several words itself, without a shell.
func panePID(tm func(...string) ([]byte, error)) (int, error) {
	out, err := tm("display-message", "-p", "-t", "kb", "#{pane_pid}")
	if err != nil {
		return 0, fmt.Errorf("tmux display-message: %w", err)
	}
	return strconv.Atoi(strings.TrimSpace(string(out)))
}

// procStatus reads a memory figure of a process (VmHWM: its peak resident
// size, VmRSS: its resident size now), in bytes; 0 if it is gone.
func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == field {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func countLines(screen []byte, ok func(string) bool) int {
	n := 0
	for _, l := range bytes.Split(screen, []byte("\n")) {
		if ok(string(l)) {
			n++
		}
	}
	return n
}

// isTitle tells a list line that shows an article's title: a row's mark
// (unread or bookmarked, as every row is on a first run of the benchmark),
// then words that are not a file name, left of the reader's border.
func isTitle(line string) bool {
	left, _, _ := strings.Cut(line, "│")
	rest, ok := strings.CutPrefix(left, "● ")
	if !ok {
		rest, ok = strings.CutPrefix(left, "★ ")
	}
	return ok && !fileName.MatchString(rest) && len(strings.Fields(rest)) >= 3
}

// reading tells a screen whose status line says the list is still being
// read (the line above the key hints).
func reading(screen []byte) bool {
	lines := strings.Split(strings.TrimRight(string(screen), "\n"), "\n")
	return len(lines) < 2 || strings.Contains(lines[len(lines)-2], "reading ")
}
