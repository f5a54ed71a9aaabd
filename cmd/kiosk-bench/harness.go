//go:build unix

package main

// The harness: what every benchmark group shares. A group gets a *benchCtx
// and uses
//
//	ctx.Kiosk            the kiosk binary, built once for the run
//	ctx.Folder(n)        the folder of n synthetic articles (made, completed or reused)
//	ctx.Measure(cmds...) runs commands alternately, one warm-up each, and
//	                     returns the median wall time and peak RSS of each
//	ctx.Cmd(argv...)     a command to measure, with kiosk's cache in ctx.Root
//	newTable / row / print   a plain aligned table on ctx.Out
//
// Commands' standard output is discarded (as `> /dev/null`); their standard
// error is kept and shown if they fail.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

type benchCtx struct {
	Sizes      []int     // folder sizes to measure, in articles (-n)
	Root       string    // folders are kept here between runs (-dir)
	Reps       int       // timed repetitions per command (-reps)
	Seed       int64     // seed of the synthetic articles (-seed)
	Kiosk      string    // path of the kiosk binary built for this run
	Out        io.Writer // where groups print their tables
	ReuseIndex bool      // time search on the index a previous run left (-reuse-index)
	tmp        string    // build output, removed at the end
	cache      string    // XDG_CACHE_HOME of the commands (-cache); "" for Root/cache
}

// cacheDir is kiosk's cache for the commands: Root/cache unless -cache.
func (c *benchCtx) cacheDir() string {
	if c.cache != "" {
		return c.cache
	}
	return filepath.Join(c.Root, "cache")
}

// setup builds ./cmd/kiosk into a temporary folder.
func (c *benchCtx) setup() error {
	if err := os.MkdirAll(c.Root, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "kiosk-bench-bin-")
	if err != nil {
		return err
	}
	c.tmp = tmp
	c.Kiosk = filepath.Join(tmp, "kiosk")
	fmt.Fprintln(c.Out, "building ./cmd/kiosk ...")
	build := exec.Command("go", "build", "-o", c.Kiosk, "./cmd/kiosk")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("go build ./cmd/kiosk (run from the module root): %w", err)
	}
	return nil
}

func (c *benchCtx) cleanup() {
	if c.tmp != "" {
		os.RemoveAll(c.tmp)
	}
}

// Cmd is one command to measure. Kiosk's cache (the search index) goes to
// Root/cache, so runs neither touch the user's own nor start cold by accident.
func (c *benchCtx) Cmd(argv ...string) *exec.Cmd {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+c.cacheDir(), "NO_COLOR=1")
	return cmd
}

// Stat is what Measure found for one command.
type Stat struct {
	Wall   time.Duration // median wall time
	CPU    time.Duration // median user+system CPU time: steadier than Wall on a busy machine
	MaxRSS int64         // peak resident memory over all runs, in bytes
}

// Measure runs each command once to warm the cache, then Reps times more,
// alternating between them so that they share the machine's conditions.
// It fails if any run fails.
func (c *benchCtx) Measure(cmds ...func() *exec.Cmd) ([]Stat, error) {
	walls := make([][]time.Duration, len(cmds))
	cpus := make([][]time.Duration, len(cmds))
	stats := make([]Stat, len(cmds))
	for rep := 0; rep <= c.Reps; rep++ {
		for k, mk := range cmds {
			cmd := mk()
			wall, rss, err := run(cmd)
			if err != nil {
				return nil, err
			}
			stats[k].MaxRSS = max(stats[k].MaxRSS, rss)
			if rep > 0 {
				walls[k] = append(walls[k], wall)
				cpus[k] = append(cpus[k], cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
			}
		}
	}
	for k := range stats {
		stats[k].Wall, stats[k].CPU = median(walls[k]), median(cpus[k])
	}
	return stats, nil
}

// run runs cmd with its output discarded and returns its wall time and peak
// resident memory (getrusage's ru_maxrss, in KiB on Linux).
func run(cmd *exec.Cmd) (time.Duration, int64, error) {
	var stderr bytes.Buffer
	cmd.Stdout = nil // the null device
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil && !okExit(cmd, err) {
		return 0, 0, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, tail(stderr.String()))
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss) << 10
	}
	return wall, rss, nil
}

// okExit accepts the exit status 1 of grep-like tools, which means "no match".
func okExit(cmd *exec.Cmd, err error) bool {
	name := filepath.Base(cmd.Path)
	return (name == "rg" || name == "grep") && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() == 1
}

func tail(s string) string {
	if len(s) > 2000 {
		return "..." + s[len(s)-2000:]
	}
	return s
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// round prints a duration with three significant digits or so.
func round(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return d.Round(100 * time.Millisecond).String()
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }

// table is a plain table printed with aligned columns.
type table struct {
	head []string
	rows [][]string
}

func newTable(head ...string) *table { return &table{head: head} }

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, r := range append([][]string{t.head}, t.rows...) {
		fmt.Fprintln(tw, strings.Join(r, "\t")+"\t")
	}
	tw.Flush()
}

// lookPath finds a tool on $PATH.
func lookPath(name string) (string, bool) {
	p, err := exec.LookPath(name)
	return p, err == nil
}

// settle writes out what the last command left in the page cache (a new
// index is hundreds of megabytes): the kernel would otherwise do it during
// the next measurements, and their slowest runs would time the disk.
func settle() {
	syscall.Sync()
}
