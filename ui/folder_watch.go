package ui

import "context"

// Watch reports files added, rewritten or removed in the folder (not in its
// subfolders) until ctx ends.
func (f *Folder) Watch(ctx context.Context, changed func(Change)) error {
	return watchDir(ctx, f.dir, func(paths []string) {
		c, arts := readChanges(paths, 0)
		f.mu.Lock()
		for _, id := range c.Removed {
			delete(f.actors, id)
		}
		for _, a := range arts {
			f.actors[a.ID] = actorKeys(a.Actors)
		}
		f.mu.Unlock()
		if len(c.Added)+len(c.Removed) > 0 {
			changed(c)
		}
	})
}
