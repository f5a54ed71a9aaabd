package library

import (
	"context"
	"sort"

	"github.com/kioskreader/kiosk/store/watch"
)

// watchDir calls batch with the article paths added, changed or removed
// anywhere below dir, debounced by store/watch (which also watches the
// subfolders a scraper creates), until ctx ends. The index tells which of
// them are articles now, so they need not be told apart here. gone and
// back say the folder itself went, or came back (see Change).
func watchDir(ctx context.Context, dir string, batch func(paths []string, gone, back bool)) error {
	return watch.Watch(ctx, dir, func(c watch.Change) {
		paths := make([]string, 0, len(c.Added)+len(c.Changed)+len(c.Removed))
		paths = append(append(append(paths, c.Added...), c.Changed...), c.Removed...)
		sort.Strings(paths)
		batch(paths, c.Gone, c.Back)
	})
}
