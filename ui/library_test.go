package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/index"
)

var folderFiles = map[string]string{
	"001_pluie.txt":   "Les pluies continuent à Hanoï.\n\nLe fleuve Rouge monte à Hanoï, selon l'AFP.\n\nSource: https://vnexpress.net/pluie-1.html\n\nComment (3)\n",
	"002_baleine.txt": "Une baleine observée au large de Nha Trang.\n\nLes pêcheurs ont filmé la baleine.\n\nSource : https://tuoitre.vn/baleine-2.htm\n",
	"003_fête.txt":    "La fête du Têt approche.\n\nLes marchés de Hanoï sont pleins.\n",
}

func writeFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range folderFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func listAll(t *testing.T, lib Library) []Summary {
	t.Helper()
	var rows []Summary
	if err := lib.List(context.Background(), func(s []Summary) { rows = append(rows, s...) }, func(int, int) {}); err != nil {
		t.Fatal(err)
	}
	return rows
}

// libraries are the two real Library implementations over the same folder.
func libraries(t *testing.T, dir string) map[string]Library {
	ix, err := index.Open(dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return map[string]Library{"folder": NewFolder(dir), "index": NewIndexed(ix)}
}

func TestLibraries(t *testing.T) {
	dir := writeFolder(t)
	for name, lib := range libraries(t, dir) {
		t.Run(name, func(t *testing.T) {
			rows := listAll(t, lib)
			if len(rows) != 3 || rows[0].ID != "001_pluie" || rows[0].Domain != "vnexpress.net" || rows[0].Comments != 3 || rows[1].Comments != -1 {
				t.Fatalf("rows %+v", rows)
			}
			res, err := lib.Search(context.Background(), "baleine")
			if err != nil || len(res.IDs) != 1 || res.IDs[0] != "002_baleine" || res.Total != 1 {
				t.Errorf("search baleine: %+v, %v", res, err)
			}
			res, _ = lib.Search(context.Background(), "Hanoï")
			if len(res.IDs) != 2 {
				t.Errorf("search Hanoï: %+v", res)
			}
			a, err := lib.Article(context.Background(), rows[1])
			if err != nil || a.Source == nil || a.Source.URL != "https://tuoitre.vn/baleine-2.htm" {
				t.Errorf("article: %+v, %v", a.Source, err)
			}
			var actor actors.Actor
			var named string
			for _, r := range rows {
				if a, _ := lib.Article(context.Background(), r); len(a.Actors) > 0 && actor.Name == "" {
					actor, named = a.Actors[0], r.ID
				}
			}
			if actor.Name == "" {
				t.Skip("the extractor found no actor in the folder")
			}
			res, err = lib.Actor(context.Background(), actor.Name, actor.Kind)
			if err != nil || !contains(res.IDs, named) {
				t.Errorf("actor %s: %+v, %v; want %s among them", actor.Name, res, err, named)
			}
		})
	}
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestWatchSeesChanges adds and removes files while watching: both
// libraries report them (the wait is generous; what is asserted is that
// the change arrives, not how fast).
func TestWatchSeesChanges(t *testing.T) {
	dir := writeFolder(t)
	for name, lib := range libraries(t, dir) {
		t.Run(name, func(t *testing.T) {
			listAll(t, lib)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var mu sync.Mutex
			var got []Change
			go lib.(Watcher).Watch(ctx, func(c Change) { mu.Lock(); got = append(got, c); mu.Unlock() })
			time.Sleep(200 * time.Millisecond) // let the watch start
			file := "004_" + name + ".txt"
			if err := os.WriteFile(filepath.Join(dir, file), []byte("Un nouvel article.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			wait(t, &mu, func() bool { return changed(got, "004_"+name, true) })
			os.Remove(filepath.Join(dir, file))
			wait(t, &mu, func() bool { return changed(got, "004_"+name, false) })
		})
	}
}

func changed(cs []Change, id string, added bool) bool {
	for _, c := range cs {
		if added {
			for _, s := range c.Added {
				if s.ID == id && strings.HasPrefix(s.Title, "Un nouvel") {
					return true
				}
			}
		} else if contains(c.Removed, id) {
			return true
		}
	}
	return false
}

func wait(t *testing.T, mu *sync.Mutex, ok func() bool) {
	t.Helper()
	for i := 0; i < 300; i++ {
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

// TestIndexedNamesFirst: on an indexed folder the list starts from the
// file names, the index's rows replace them, and a name the index does not
// hold (a binary file) goes once the watch starts.
func TestIndexedNamesFirst(t *testing.T) {
	dir := writeFolder(t)
	if err := os.WriteFile(filepath.Join(dir, "009_binary.txt"), []byte("a\x00b"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	listAll(t, NewIndexed(ix)) // the first run builds the index
	x := NewIndexed(ix)
	var batches [][]Summary
	if err := x.List(context.Background(), func(s []Summary) { batches = append(batches, s) }, func(int, int) {}); err != nil {
		t.Fatal(err)
	}
	if len(batches) != 2 || len(batches[0]) != 4 || batches[0][0].Title != "" || len(batches[1]) != 3 || batches[1][0].Title == "" {
		t.Fatalf("batches %+v", batches)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var got []Change
	go x.Watch(ctx, func(c Change) { mu.Lock(); got = append(got, c); mu.Unlock() })
	wait(t, &mu, func() bool { return changed(got, "009_binary", false) })
}
