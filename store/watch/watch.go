// Package watch follows an article folder while kiosk runs: it reports
// article files added, changed and removed, debounced, so that a list can
// follow a folder a scraper is filling.
package watch

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Change is one batch of changes: paths of article files (the folder as
// given to Watch, joined with their place in it), sorted.
type Change struct {
	Added   []string // new files, or files that came back
	Changed []string // written to again: a half-written file is reported until it is still
	Removed []string
	// Gone says the folder itself was deleted or moved away: its files are
	// reported removed, and live updates stop until a folder of the same
	// name appears again; Back says it did, and is followed again (what it
	// holds is reported Added in the same batch).
	Gone, Back bool
}

// Empty reports a batch with nothing in it.
func (c Change) Empty() bool {
	return len(c.Added)+len(c.Changed)+len(c.Removed) == 0 && !c.Gone && !c.Back
}

// retryEvery is how often a folder that went is looked for again.
const retryEvery = 500 * time.Millisecond

// Watcher says how to watch.
type Watcher struct {
	// Debounce is how long the folder must be quiet before a batch is
	// reported (default 200 ms); MaxDelay bounds the wait while a scraper
	// writes without pause (default 1 s).
	Debounce, MaxDelay time.Duration
	// Errors hears what goes wrong without stopping the watch: a folder
	// that cannot be watched (too many watches), a lost event queue (then
	// the folder is listed again to catch up).
	Errors func(error)
}

// Watch follows dir with the default settings until ctx ends.
func Watch(ctx context.Context, dir string, changed func(Change)) error {
	return (&Watcher{}).Run(ctx, dir, changed)
}

// run is the state of one watch.
type run struct {
	*Watcher
	fsw     *fsnotify.Watcher
	dir     string
	known   *pathSet        // article files that exist, as far as reported, by rel
	prefix  string          // dir and a separator: what rel takes off a path
	pending map[string]bool // paths touched since the last batch
	first   time.Time       // when the oldest pending path was touched
	gone    bool            // the folder went; looked for every retryEvery
	// news is what the next batch says of the folder itself.
	news struct{ gone, back bool }
}

// Run follows dir until ctx ends, calling changed (from its own goroutine,
// one batch at a time) with each batch. It fails only when dir cannot be
// watched at all.
func (w *Watcher) Run(ctx context.Context, dir string, changed func(Change)) error {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer fsw.Close()
	r := &run{Watcher: w, fsw: fsw, dir: dir, known: newPathSet(), pending: map[string]bool{}}
	r.prefix = dir + string(filepath.Separator)
	if err := fsw.Add(dir); err != nil {
		return err
	}
	r.addTree(dir, func(p string) { r.known.add(r.rel(p)) })
	debounce, maxDelay := orDefault(w.Debounce, 200*time.Millisecond), orDefault(w.MaxDelay, time.Second)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	retry := time.NewTicker(retryEvery)
	defer retry.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-retry.C:
			if r.gone && r.comeBack() {
				timer.Reset(0)
			}
		case ev, ok := <-fsw.Events:
			if !ok {
				return nil
			}
			if r.rootWent(ev) {
				timer.Reset(0)
				continue
			}
			r.event(ev)
			if len(r.pending) > 0 {
				wait := debounce
				if left := maxDelay - time.Since(r.first); left < wait {
					wait = max(left, 0)
				}
				timer.Reset(wait)
			}
		case err, ok := <-fsw.Errors:
			if !ok {
				return nil
			}
			r.report(err)
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				r.resync()
				timer.Reset(0)
			}
		case <-timer.C:
			if c := r.flush(); !c.Empty() {
				changed(c)
			}
		}
	}
}

// rootWent tells whether ev says the folder itself went (deleted, or
// moved: its watch would then report paths under a name that is no longer
// its own), and if so reports its files removed and starts looking for it.
func (r *run) rootWent(ev fsnotify.Event) bool {
	if filepath.Clean(ev.Name) != filepath.Clean(r.dir) || ev.Op&(fsnotify.Remove|fsnotify.Rename) == 0 {
		return false
	}
	for _, p := range r.fsw.WatchList() {
		r.fsw.Remove(p) // a moved folder's watches would follow it
	}
	r.known.each(func(p string) { r.touch(r.abs(p)) })
	r.gone, r.news.gone = true, true
	return true
}

// comeBack watches the folder again if it is back, and marks what it holds.
func (r *run) comeBack() bool {
	fi, err := os.Stat(r.dir)
	if err != nil || !fi.IsDir() {
		return false
	}
	if err := r.fsw.Add(r.dir); err != nil {
		return false
	}
	r.gone, r.news.back = false, true
	r.addTree(r.dir, r.touch)
	return true
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

func (r *run) report(err error) {
	if r.Errors != nil {
		r.Errors(err)
	}
}

func (r *run) touch(p string) {
	if len(r.pending) == 0 {
		r.first = time.Now()
	}
	r.pending[p] = true
}

// event notes what one fsnotify event touched.
func (r *run) event(ev fsnotify.Event) {
	name := filepath.Base(ev.Name)
	if strings.HasPrefix(name, ".") {
		return
	}
	if ev.Op&fsnotify.Create != 0 {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			// A new folder: watch it, and report what was written in it
			// before the watch began.
			if err := r.fsw.Add(ev.Name); err != nil {
				r.report(err)
			}
			r.addTree(ev.Name, r.touch)
			return
		}
	}
	if ev.Op&(fsnotify.Remove|fsnotify.Rename) != 0 {
		// A folder that went takes its files with it.
		prefix := ev.Name + string(filepath.Separator)
		r.known.each(func(p string) {
			if p := r.abs(p); strings.HasPrefix(p, prefix) {
				r.touch(p)
			}
		})
	}
	if isArticle(name) && ev.Op&(fsnotify.Create|fsnotify.Write|fsnotify.Remove|fsnotify.Rename) != 0 {
		r.touch(ev.Name)
	}
}

// addTree watches the folders under root (not root itself) and calls found
// for each article file in root and below. Hidden folders are skipped and
// links to folders not followed, as the index does.
func (r *run) addTree(root string, found func(string)) {
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if p != root {
				r.report(err)
			}
			return nil
		case d.IsDir() && p != root && strings.HasPrefix(d.Name(), "."):
			return filepath.SkipDir
		case d.IsDir() && p != root:
			if err := r.fsw.Add(p); err != nil {
				r.report(err)
			}
		case !d.IsDir() && isArticle(d.Name()):
			found(p)
		}
		return nil
	})
}

// resync lists the folder again after lost events and marks every
// difference with what is known as pending.
func (r *run) resync() {
	now := newPathSet() // compact as known: a resync lists every file
	r.addTree(r.dir, func(p string) { now.add(r.rel(p)) })
	now.each(func(p string) {
		if !r.known.has(p) {
			r.touch(r.abs(p))
		}
	})
	r.known.each(func(p string) {
		if !now.has(p) {
			r.touch(r.abs(p))
		}
	})
}

// flush decides, from what is on disk now, what each pending path became.
func (r *run) flush() Change {
	c := Change{Gone: r.news.gone, Back: r.news.back}
	r.news.gone, r.news.back = false, false
	for p := range r.pending {
		fi, err := os.Stat(p)
		exists := err == nil && fi.Mode().IsRegular()
		switch {
		case exists && r.known.has(r.rel(p)):
			c.Changed = append(c.Changed, p)
		case exists:
			c.Added = append(c.Added, p)
			r.known.add(r.rel(p))
		case r.known.has(r.rel(p)):
			c.Removed = append(c.Removed, p)
			r.known.remove(r.rel(p))
		}
	}
	clear(r.pending)
	sort.Strings(c.Added)
	sort.Strings(c.Changed)
	sort.Strings(c.Removed)
	return c
}

// isArticle follows the scan's rules for file names.
func isArticle(name string) bool {
	return len(name) > 4 && strings.EqualFold(name[len(name)-4:], ".txt") && !strings.HasPrefix(name, ".")
}

// rel is a path under the folder as known keeps it: without the folder's
// own, which every path shares (half of each string at a million files).
// A path not under it (none should be) is kept whole, marked.
func (r *run) rel(p string) string {
	if rest, ok := strings.CutPrefix(p, r.prefix); ok {
		return rest // known copies what it keeps
	}
	return "\x00" + p
}

// abs is the path a key of known stands for.
func (r *run) abs(k string) string {
	if whole, ok := strings.CutPrefix(k, "\x00"); ok {
		return whole
	}
	return r.prefix + k
}
