//go:build unix

// Command kiosk-bench reproduces kiosk's speed figures on synthetic folders:
//
//	go run ./cmd/kiosk-bench [-n 10000,100000] [-dir /tmp/kiosk-bench] [-only scan,search,ui] [-reps 3]
//
// It builds ./cmd/kiosk, writes (or reuses) one folder of synthetic articles
// per size, and runs each benchmark group on each folder, printing wall times
// (median of the repetitions, warm cache) and peak memory. Each group lives in
// a file of its own and registers itself in groups from its init function.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

// groups holds the benchmark groups by name; each group's file adds itself.
// A group measures every folder in ctx.Sizes and prints its own table.
var groups = map[string]func(ctx *benchCtx) error{}

func main() {
	sizes := flag.String("n", "10000,100000", "comma-separated folder sizes, in articles")
	root := flag.String("dir", "/tmp/kiosk-bench", "where the synthetic folders are written and kept")
	only := flag.String("only", "", "comma-separated groups to run (default all: "+strings.Join(groupNames(), ", ")+")")
	reps := flag.Int("reps", 3, "timed repetitions of each command, after one warm-up run")
	seed := flag.Int64("seed", 1, "seed of the synthetic articles")
	reuse := flag.Bool("reuse-index", false, "time the search group on the index a previous run left (no cold build): a cold build of 1M takes an hour on a busy machine")
	flag.StringVar(&uiSocket, "tmux", uiSocket, "name of the tmux server (-L) the ui group starts kiosk in")
	cache := flag.String("cache", "", "kiosk's cache (XDG_CACHE_HOME) for every command, and the ui group's state beside it (default DIR/cache): an index of one's own beside a shared folder")
	flag.Parse()

	ctx := &benchCtx{Root: *root, Reps: max(1, *reps), Seed: *seed, Out: os.Stdout, ReuseIndex: *reuse}
	ctx.cache = *cache
	var err error
	if ctx.Sizes, err = parseSizes(*sizes); err != nil {
		fail(err)
	}
	names, err := pick(*only)
	if err != nil {
		fail(err)
	}
	if err := ctx.setup(); err != nil {
		fail(err)
	}
	defer ctx.cleanup()
	// An interrupted run still removes its build; the commands being
	// measured get the same signal from the terminal.
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stop
		ctx.cleanup()
		os.Exit(130)
	}()
	for _, name := range names {
		fmt.Fprintf(ctx.Out, "\n== %s (load average %s)\n", name, loadAvg())
		if err := groups[name](ctx); err != nil {
			ctx.cleanup()
			fail(fmt.Errorf("%s: %w", name, err))
		}
	}
	fmt.Fprintf(ctx.Out, "\nload average at the end: %s\n", loadAvg())
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(strings.ReplaceAll(f, "_", "")))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("-n: %q is not a number of articles", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func pick(only string) ([]string, error) {
	if only == "" {
		return groupNames(), nil
	}
	var names []string
	for _, n := range strings.Split(only, ",") {
		n = strings.TrimSpace(n)
		if _, ok := groups[n]; !ok {
			return nil, fmt.Errorf("-only: no group %q (have %s)", n, strings.Join(groupNames(), ", "))
		}
		names = append(names, n)
	}
	return names, nil
}

func groupNames() []string {
	names := make([]string, 0, len(groups))
	for n := range groups {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "kiosk-bench:", err)
	os.Exit(1)
}

// loadAvg is the machine's 1, 5 and 15 minute load, which every figure
// should be read beside ("?" where /proc has none).
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "?"
}
