//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/synth"
)

func init() { groups["ui"] = benchUI }

// The TUI as a person meets it: kiosk is started in a tmux pane on a folder
// whose index is up to date, and the pane is read every few milliseconds
// until the list shows file names, then titles. Its peak memory is read
// from /proc once titles are up and again after it has settled.
//
// Goals (issue 16): file names within 300 ms and titles within 1 s at 100k,
// within 2 s at 1M; RSS within 300 MiB at 1M. There is no peer to run beside.

const (
	uiTimeout = 3 * time.Minute       // give up on titles after this
	uiPoll    = 10 * time.Millisecond // between two reads of the pane
	uiSettle  = 3 * time.Second       // after titles, before the last memory reading
	uiRows    = 5                     // lines that must show names (titles) to count
	uiSample  = 4000                  // articles whose titles are looked for
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
	t := newTable("articles", "first frame", "file names", "titles", "RSS at titles", "peak RSS", "runs")
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
		titles := titlePrefixes(n, c.Seed)
		var frames, names, shown []time.Duration
		var atTitles, peak int64
		for rep := 0; rep <= c.Reps; rep++ {
			r, err := c.uiOnce(dir, titles)
			if err != nil {
				return err
			}
			if rep == 0 {
				continue // warm-up
			}
			frames, names, shown = append(frames, r.frame), append(names, r.names), append(shown, r.titles)
			atTitles, peak = max(atTitles, r.rssAtTitles), max(peak, r.peakRSS)
		}
		fmt.Fprintf(c.Out, "  %d articles measured\n", n)
		t.row(fmt.Sprint(n), round(median(frames)), round(median(names)), round(median(shown)), mib(atTitles), mib(peak), fmt.Sprint(c.Reps))
	}
	t.print(c.Out)
	fmt.Fprintf(c.Out, "kiosk --dir DIR in a 140×40 tmux pane, index up to date, warm cache; median of %d runs after a warm-up,\n", c.Reps)
	fmt.Fprintf(c.Out, "timed from starting tmux to its first frame (tmux and kiosk started), to %d list lines with a file name (titles); RSS is VmHWM, the peak %s after titles\n", uiRows, uiSettle)
	fmt.Fprintln(c.Out, "goal: names ≤ 300 ms; titles ≤ 1 s at 100k, ≤ 2 s at 1M; RSS ≤ 300 MiB at 1M")
	return nil
}

type uiRun struct {
	frame, names, titles time.Duration
	rssAtTitles, peakRSS int64
}

// uiOnce starts kiosk in a fresh tmux server, times the screens, reads its
// memory and ends it. A screen never reached within uiTimeout is an error
// that carries the last capture.
func (c *benchCtx) uiOnce(dir string, titles []string) (uiRun, error) {
	var r uiRun
	tm := func(args ...string) ([]byte, error) {
		return exec.Command("tmux", append([]string{"-L", uiSocket}, args...)...).Output()
	}
	tm("kill-server") // one left by a stopped run
	defer tm("kill-server")
	state := filepath.Join(c.Root, "ui-state")
	start := time.Now()
	_, err := tm("new-session", "-d", "-s", "kb", "-x", "140", "-y", "40",
		"-e", "XDG_CACHE_HOME="+filepath.Join(c.Root, "cache"),
		"-e", "XDG_STATE_HOME="+state, "-e", "XDG_CONFIG_HOME="+state,
		"--", c.Kiosk, "--dir", dir)
	if err != nil {
		return r, fmt.Errorf("tmux new-session: %w", err)
	}
	pid, err := panePID(tm)
	if err != nil {
		return r, err
	}
	var last []byte
	for r.titles == 0 {
		if time.Since(start) > uiTimeout {
			return r, fmt.Errorf("no titles on screen after %s (names: %s); last screen:\n%s", uiTimeout, round(r.names), last)
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
		if countLines(screen, func(l string) bool { return hasAny(l, titles) }) >= uiRows {
			r.titles = at
			if r.names == 0 {
				r.names = at // both came in one frame
			}
		}
	}
	r.rssAtTitles = vmHWM(pid)
	time.Sleep(uiSettle)
	r.peakRSS = vmHWM(pid)
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

// vmHWM reads a process's peak resident memory, in bytes (0 if it is gone).
func vmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
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

func hasAny(line string, subs []string) bool {
	return slices.ContainsFunc(subs, func(s string) bool { return strings.Contains(line, s) })
}

// titlePrefixes returns the starts of the titles kiosk gives the first
// articles of the folder (those a list sorted by name shows first): long
// enough to be a title's, short enough to fit a narrow list column.
func titlePrefixes(n int, seed int64) []string {
	seen := map[string]bool{}
	var out []string
	for i := range min(n, uiSample) {
		a := article.Parse(synth.Name(i, seed), synth.Article(i, seed))
		p := []rune(a.Title)
		if len(p) < 16 {
			continue
		}
		s := string(p[:16])
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
