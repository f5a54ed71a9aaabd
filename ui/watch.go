package ui

import (
	"context"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
	"github.com/kioskreader/kiosk/store/watch"
)

// watchDir calls batch with the article paths added, changed or removed
// anywhere below dir, debounced by store/watch (which also watches the
// subfolders a scraper creates), until ctx ends.
func watchDir(ctx context.Context, dir string, batch func(paths []string)) error {
	return watch.Watch(ctx, dir, func(c watch.Change) {
		paths := make([]string, 0, len(c.Added)+len(c.Changed)+len(c.Removed))
		paths = append(append(append(paths, c.Added...), c.Changed...), c.Removed...)
		sort.Strings(paths)
		batch(paths)
	})
}

// readChanges turns changed paths into a Change: files still there are
// parsed (added or replaced), the others removed.
func readChanges(paths []string, maxSize int64) (Change, []article.Article) {
	var c Change
	var arts []article.Article
	for _, p := range paths {
		// scan.ReadFile refuses what the scan refuses (FIFOs, devices, binary
		// and oversized files) and reads a link to a file, as the scan does.
		data, err := scan.ReadFile(p, maxSize)
		if err != nil {
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
