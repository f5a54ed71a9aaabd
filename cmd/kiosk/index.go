package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/sanitize"
)

func init() {
	commands["index"] = command{"bring the search index of the folder up to date", runIndex}
}

func runIndex(env *Env, args []string) int {
	fs := newFlags(env, "index", "kiosk index [--dir DIR] [--rebuild]",
		"Compares every file of the folder with the search index and reads again the new and\n"+
			"changed ones (kiosk search only looks at folders whose listing changed). With --rebuild,\n"+
			"forgets the index and reads every file. The index lives in $XDG_CACHE_HOME/kiosk.")
	dirArg := dirFlag(fs)
	rebuild := fs.Bool("rebuild", false, "forget the index and read every file again")
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "kiosk index: unexpected argument %s\n", quote(rest[0]))
		return 2
	}
	dir, ok := folder(env, *dirArg)
	if !ok {
		return 2
	}
	ix, err := openIndex(env, dir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot open the search index: %v\n", err)
		return 1
	}
	defer ix.Close()
	defer profileIndex(env, ix)() // indexprofile.go: opt-in by environment
	start := time.Now()
	how := fullRefresh
	if *rebuild {
		how = rebuildIndex
	}
	st, err := refreshIndex(env, ix, how, barAlways)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk index: %v\n", err)
		return 1
	}
	// The list file is derived too: one found damaged is written again.
	// Without it, kiosk list reads the database, slower but whole.
	if err := ix.CheckList(context.Background()); err != nil {
		fmt.Fprintf(env.Stderr, "kiosk index: cannot write the list file: %v\n", err)
	}
	n, _ := ix.Len(context.Background())
	size := ""
	if fi, err := os.Stat(ix.DBFile()); err == nil {
		size = fmt.Sprintf(", %.1f MiB", float64(fi.Size())/(1<<20))
	}
	fmt.Fprintf(env.Stderr, "kiosk: %d articles indexed in %.1fs (%d added, %d changed, %d removed, %d skipped); index %s%s\n",
		n, time.Since(start).Seconds(), st.Added, st.Changed, st.Removed, st.Skipped, quote(ix.DBFile()), size)
	return 0
}

// openIndex opens the index of dir in the user's cache, and says so when
// it found the index damaged and began a new one.
func openIndex(env *Env, dir string) (*index.Index, error) {
	cache, err := index.CacheDir(env.Getenv)
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(dir, cache)
	if err == nil && ix.Restarted() != "" {
		warn(env, sanitize.Sprintf("kiosk: %s", ix.Restarted()))
	}
	return ix, err
}

// When refreshIndex shows its progress: always (a line per tenth when
// stderr is not a terminal), for a big change (a first build), or only on a
// terminal and for a big change (when a script reads stderr for skips).
const (
	barAlways = iota
	barBig
	barBigOnTerminal
)

// How refreshIndex brings the index up to date: by the folders' mtimes
// (what every command does), by comparing every file (kiosk index), or from
// nothing (kiosk index --rebuild).
const (
	quickRefresh = iota
	fullRefresh
	rebuildIndex
)

// refreshIndex brings ix up to date as how says, showing its progress on
// stderr, then reports every file the folder holds that the index passes
// over, as a scan would.
func refreshIndex(env *Env, ix *index.Index, how, when int) (index.Stats, error) {
	ctx := context.Background()
	bar := newProgress(env.Stderr, "indexing")
	progress := func(done, total int) {
		if when == barAlways || total >= 1000 && (when == barBig || bar.tty) {
			bar.update(done, total)
		}
	}
	var st index.Stats
	var err error
	if how == rebuildIndex {
		st, err = ix.Rebuild(ctx, progress)
	} else {
		st, err = ix.Refresh(ctx, how == fullRefresh, progress)
	}
	bar.done()
	if how == quickRefresh && index.Busy(err) {
		// Another kiosk is writing the index (a rebuild is one long
		// transaction): what it holds is whole, only not brought up to
		// date, which that kiosk does.
		fmt.Fprintln(env.Stderr, "kiosk: another kiosk is writing the index; answering from it as it is")
		err = nil
	}
	if err != nil {
		return st, err
	}
	skips, err := ix.Skips(ctx)
	for _, s := range skips {
		fmt.Fprintln(env.Stderr, s.String())
	}
	// The summary counts the lines just printed: the folder's files passed
	// over, not only those this refresh read again.
	st.Skipped = len(skips)
	return st, err
}

// progress shows how far a refresh got: a bar redrawn in place on a
// terminal, else a line at every tenth.
type progress struct {
	w       io.Writer
	label   string
	tty     bool
	shown   bool
	lastPct int
	last    time.Time
}

func newProgress(w io.Writer, label string) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, label: label, tty: ok && term.IsTerminal(f.Fd()), lastPct: -1}
}

func (p *progress) update(done, total int) {
	if total == 0 {
		return
	}
	pct := done * 100 / total
	if !p.tty {
		if tenth := pct / 10 * 10; tenth > p.lastPct {
			p.lastPct = tenth
			fmt.Fprintf(p.w, "kiosk: %s: %d%% (%d/%d files)\n", p.label, tenth, done, total)
		}
		return
	}
	if done < total && time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	const width = 30
	fill := done * width / total
	fmt.Fprintf(p.w, "\r%s [%s%s] %3d%% %d/%d", p.label, strings.Repeat("#", fill), strings.Repeat(".", width-fill), pct, done, total)
	p.shown = true
}

// done ends the bar's line.
func (p *progress) done() {
	if p.shown {
		fmt.Fprintln(p.w)
	}
}
