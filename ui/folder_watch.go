package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// settle is how long Watch gathers events from the first one before it reads the files: a
// scraper writes a file in several steps, and one message beats a hundred.
const settle = 300 * time.Millisecond

// Watch reports files added, rewritten or removed in the folder (not in its
// subfolders) until ctx ends.
func (f *Folder) Watch(ctx context.Context, changed func(Change)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(f.dir); err != nil {
		return err
	}
	pending := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if strings.EqualFold(filepath.Ext(ev.Name), ".txt") {
				if len(pending) == 0 { // a batch closes settle after its first event
					timer.Reset(settle)
				}
				pending[ev.Name] = true
			}
		case _, ok := <-w.Errors:
			if !ok {
				return nil
			}
		case <-timer.C:
			if c := f.changes(pending); len(c.Added)+len(c.Removed) > 0 {
				changed(c)
			}
			pending = map[string]bool{}
		}
	}
}

// changes reads the files named in pending: those still there are added
// (or replaced), the others removed.
func (f *Folder) changes(pending map[string]bool) Change {
	var c Change
	for p := range pending {
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() {
			base := filepath.Base(p)
			id := strings.TrimSuffix(base, filepath.Ext(base))
			c.Removed = append(c.Removed, id)
			f.mu.Lock()
			delete(f.actors, id)
			f.mu.Unlock()
			continue
		}
		c.Added = append(c.Added, f.parseAll([]string{p})...)
	}
	return c
}
