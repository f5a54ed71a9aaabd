package library

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestWatchSeesChanges adds, rewrites and removes files while watching,
// through the user's cache and a temporary one: each change arrives as the
// index's row (the wait is generous; what is asserted is that the change
// arrives, not how fast).
func TestWatchSeesChanges(t *testing.T) {
	dir := writeContractFolder(t)
	for name, lib := range openAll(t, dir) {
		t.Run(name, func(t *testing.T) {
			listAll(t, lib)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var mu sync.Mutex
			var got []Change
			go lib.Watch(ctx, func(c Change) { mu.Lock(); got = append(got, c); mu.Unlock() })
			time.Sleep(200 * time.Millisecond) // let the watch start
			id := "sub/f_" + strings.ReplaceAll(name, " ", "_")
			file := filepath.Join(dir, filepath.FromSlash(id)+".txt")
			must(t, os.WriteFile(file, []byte("Un nouvel article\n\nSur Hanoï.\n"), 0o644))
			wait(t, &mu, func() bool { return added(got, id, "Un nouvel article") })
			res, err := lib.Search(ctx, "nouvel", Typing)
			if err != nil || !slices.Contains(res.IDs, id) {
				t.Errorf("the new article is not found: %v, %v", res.IDs, err)
			}
			must(t, os.Remove(file))
			wait(t, &mu, func() bool { return removed(got, id) })
		})
	}
}

func added(cs []Change, id, title string) bool {
	for _, c := range cs {
		for _, s := range c.Added {
			if s.ID == id && s.Title == title {
				return true
			}
		}
	}
	return false
}

func removed(cs []Change, id string) bool {
	for _, c := range cs {
		if slices.Contains(c.Removed, id) {
			return true
		}
	}
	return false
}

func wait(t *testing.T, mu *sync.Mutex, ok func() bool) {
	t.Helper()
	for range 300 {
		mu.Lock()
		done := ok()
		mu.Unlock()
		if done {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the change never arrived")
}

// TestNamesFirst: the first run starts the list from the file names, the
// index's rows replace them, and a name the index does not hold (a binary
// file) goes once the watch starts; the next run starts from a window of
// the index's rows, titled, in the order the list opens in, and never
// shows the binary file.
func TestNamesFirst(t *testing.T) {
	dir := writeContractFolder(t)
	must(t, os.WriteFile(filepath.Join(dir, "z_binary.txt"), []byte("a\x00b"), 0o644))
	cache := t.TempDir()
	for _, run := range []string{"first", "next"} {
		x, _, err := Open(dir, cache)
		must(t, err)
		var batches [][]Summary
		must(t, x.List(context.Background(), func(s []Summary) { batches = append(batches, s) }, func(int, int) {}))
		if len(batches) < 2 || len(batches[len(batches)-1]) == 0 {
			t.Fatalf("%s run: batches %+v", run, batches)
		}
		first := batches[0]
		if run == "first" {
			// The names at the top: a, b and the binary file (the link d is
			// not a regular entry, so the index brings it).
			if len(first) != 3 || first[0].Title != "" {
				t.Fatalf("first run: names %+v", first)
			}
		} else {
			// Every file is dated by its time only: by name, all five, but
			// first by path (at once, from the path's index), then by name
			// (which reads every path: the folder has subfolders).
			ids := func(w []Summary) string {
				var ids []string
				for _, s := range w {
					ids = append(ids, s.ID)
				}
				return strings.Join(ids, " ")
			}
			if ids(first) != "a b d deep/e sub/c" || first[0].Title != "Pluies à Hanoï" {
				t.Fatalf("next run: first window %q, %+v", ids(first), first)
			}
			if ids(batches[1]) != "a b sub/c d deep/e" {
				t.Fatalf("next run: window by name %q, %+v", ids(batches[1]), batches[1])
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		var mu sync.Mutex
		var got []Change
		go x.Watch(ctx, func(c Change) { mu.Lock(); got = append(got, c); mu.Unlock() })
		if run == "first" {
			wait(t, &mu, func() bool { return removed(got, "z_binary") })
		}
		cancel()
		x.Close()
	}
}

// TestWatchSaysFolderGoneAndBack: the folder deleted reaches the UI as a
// Change that says Gone and removes its articles; made again, as one that
// says Back, and what is written in it arrives (issue 11, item 9).
func TestWatchSaysFolderGoneAndBack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news")
	must(t, os.Mkdir(dir, 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Un article\n\nSur Hanoï.\n"), 0o644))
	x, _, err := Open(dir, t.TempDir())
	must(t, err)
	defer x.Close()
	listAll(t, x)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var got []Change
	go x.Watch(ctx, func(c Change) { mu.Lock(); got = append(got, c); mu.Unlock() })
	time.Sleep(200 * time.Millisecond) // let the watch start
	must(t, os.RemoveAll(dir))
	wait(t, &mu, func() bool {
		return slices.ContainsFunc(got, func(c Change) bool { return c.Gone }) && removed(got, "a")
	})
	must(t, os.Mkdir(dir, 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Un autre article\n\nSur Huế.\n"), 0o644))
	wait(t, &mu, func() bool {
		return slices.ContainsFunc(got, func(c Change) bool { return c.Back }) && added(got, "b", "Un autre article")
	})
}
