package ui

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

// settle is how long a watch gathers events from the first one before it
// reads the files: a scraper writes a file in several steps, and one message
// beats a hundred.
const settle = 300 * time.Millisecond

// watchDir calls batch with the .txt paths created, written, renamed or
// removed in dir (not in its subfolders), gathered for settle, until ctx
// ends.
func watchDir(ctx context.Context, dir string, batch func(paths []string)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(dir); err != nil {
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
			paths := make([]string, 0, len(pending))
			for p := range pending {
				paths = append(paths, p)
			}
			sort.Strings(paths)
			batch(paths)
			pending = map[string]bool{}
		}
	}
}

// readChanges turns changed paths into a Change: files still there are
// parsed (added or replaced), the others removed.
func readChanges(paths []string, maxSize int64) (Change, []article.Article) {
	var c Change
	var arts []article.Article
	for _, p := range paths {
		fi, err := os.Lstat(p)
		var data []byte
		if err == nil && fi.Mode().IsRegular() {
			data, err = scan.ReadFile(p, maxSize)
		}
		if err != nil || !fi.Mode().IsRegular() {
			base := filepath.Base(p)
			c.Removed = append(c.Removed, strings.TrimSuffix(base, filepath.Ext(base)))
			continue
		}
		a := article.Parse(p, data)
		arts = append(arts, a)
		c.Added = append(c.Added, summarize(a))
	}
	return c, arts
}
