package watch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// watcher starts a watch on a new folder and returns the folder and a
// function waiting for the next batch.
func watcher(t *testing.T, files ...string) (string, func() Change) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		write(t, filepath.Join(dir, f), "x\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	changes := make(chan Change, 16)
	done := make(chan error, 1)
	w := &Watcher{Debounce: 50 * time.Millisecond, Errors: func(err error) { t.Log(err) }}
	go func() { done <- w.Run(ctx, dir, func(c Change) { changes <- c }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	// The watch is set up once an event on the folder comes through.
	probe := filepath.Join(dir, "probe.txt")
	deadline := time.Now().Add(10 * time.Second)
	for {
		write(t, probe, "probe\n")
		select {
		case <-changes:
		case <-time.After(100 * time.Millisecond):
			if time.Now().Before(deadline) {
				continue
			}
			t.Fatal("the watch never started")
		}
		break
	}
	os.Remove(probe)
	next := func() Change {
		t.Helper()
		select {
		case c := <-changes:
			return c
		case <-time.After(10 * time.Second):
			t.Fatal("no change reported")
			return Change{}
		}
	}
	if c := next(); !slices.Equal(c.Removed, []string{probe}) {
		t.Fatalf("probe removal: %+v", c)
	}
	return dir, next
}

func write(t *testing.T, path, text string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestAddChangeRemove(t *testing.T) {
	dir, next := watcher(t, "old.txt", "notes.md")
	a := filepath.Join(dir, "a.txt")
	write(t, a, "first\n")
	write(t, filepath.Join(dir, "ignored.md"), "not an article\n")
	write(t, filepath.Join(dir, ".hidden.txt"), "hidden\n")
	if c := next(); !slices.Equal(c.Added, []string{a}) || len(c.Changed)+len(c.Removed) != 0 {
		t.Errorf("add: %+v", c)
	}
	// A half-written file is reported again when it grows.
	f, err := os.OpenFile(a, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("second part\n")
	f.Close()
	if c := next(); !slices.Equal(c.Changed, []string{a}) {
		t.Errorf("append: %+v", c)
	}
	old := filepath.Join(dir, "old.txt")
	os.Remove(old)
	if c := next(); !slices.Equal(c.Removed, []string{old}) {
		t.Errorf("remove: %+v", c)
	}
}

func TestNewSubfolders(t *testing.T) {
	dir, next := watcher(t, "sub/kept.txt")
	// A folder made with files already in it (as mv or a fast scraper does).
	deep := filepath.Join(dir, "new", "deeper", "b.txt")
	write(t, deep, "b\n")
	if c := next(); !slices.Equal(c.Added, []string{deep}) {
		t.Errorf("new folder: %+v", c)
	}
	// The new folder is watched from then on.
	c2 := filepath.Join(dir, "new", "deeper", "c.txt")
	write(t, c2, "c\n")
	if c := next(); !slices.Equal(c.Added, []string{c2}) {
		t.Errorf("file in the new folder: %+v", c)
	}
	// An existing subfolder removed takes its files with it.
	os.RemoveAll(filepath.Join(dir, "sub"))
	if c := next(); !slices.Equal(c.Removed, []string{filepath.Join(dir, "sub", "kept.txt")}) {
		t.Errorf("folder removed: %+v", c)
	}
}

// Replacing a file by renaming another over it, as careful writers do, is
// a change, not an addition.
func TestRenameOver(t *testing.T) {
	dir, next := watcher(t, "a.txt")
	tmp := filepath.Join(dir, ".a.tmp")
	write(t, tmp, "new content\n")
	if err := os.Rename(tmp, filepath.Join(dir, "a.txt")); err != nil {
		t.Fatal(err)
	}
	if c := next(); !slices.Equal(c.Changed, []string{filepath.Join(dir, "a.txt")}) || len(c.Added) != 0 {
		t.Errorf("rename over: %+v", c)
	}
}

// A folder deleted and made again is followed again (issue 11, item 9):
// the batches say it went and came back, and a file written in the new
// folder is reported.
func TestFolderRecreated(t *testing.T) {
	dir, next := watcher(t, "a.txt")
	must(t, os.RemoveAll(dir))
	c := next()
	for !c.Gone {
		c = next()
	}
	if !slices.Contains(c.Removed, filepath.Join(dir, "a.txt")) {
		t.Errorf("the folder went, but not its file: %+v", c)
	}
	must(t, os.Mkdir(dir, 0o755))
	write(t, filepath.Join(dir, "b.txt"), "x\n")
	var added []string
	back := false
	for !back || !slices.Contains(added, filepath.Join(dir, "b.txt")) {
		c := next()
		back = back || c.Back
		added = append(added, c.Added...)
		added = append(added, c.Changed...)
	}
	write(t, filepath.Join(dir, "c.txt"), "x\n")
	for c := next(); !slices.Contains(c.Added, filepath.Join(dir, "c.txt")); c = next() {
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
