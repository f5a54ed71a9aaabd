//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/synth"
)

func TestMedian(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		var d []time.Duration
		for _, x := range n {
			d = append(d, time.Duration(x)*time.Millisecond)
		}
		return d
	}
	for _, c := range []struct {
		in   []time.Duration
		want time.Duration
	}{
		{ms(30, 10, 20), 20 * time.Millisecond},
		{ms(40, 10, 30, 20), 25 * time.Millisecond},
		{ms(7), 7 * time.Millisecond},
	} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("10000, 100_000")
	if err != nil || len(got) != 2 || got[0] != 10000 || got[1] != 100000 {
		t.Errorf("parseSizes = %v, %v", got, err)
	}
	for _, bad := range []string{"", "10k", "0", "-5", "1,,2"} {
		if _, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) accepted", bad)
		}
	}
}

// A folder already written with the same size and seed is reused as is; one
// that lost a file, or was made with another seed, is written again.
func TestFolderReuse(t *testing.T) {
	c := &benchCtx{Root: t.TempDir(), Seed: 1, Out: io.Discard}
	dir, err := c.Folder(30)
	if err != nil {
		t.Fatal(err)
	}
	probe := filepath.Join(dir, synth.Name(0, 1))
	old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(probe, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Folder(30); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(probe); err != nil || !fi.ModTime().Equal(old) {
		t.Errorf("a complete folder was written again")
	}
	if err := os.Remove(filepath.Join(dir, synth.Name(29, 1))); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Folder(30); err != nil {
		t.Fatal(err)
	}
	if n, _ := countFiles(dir); n != 30 {
		t.Errorf("an incomplete folder was kept: %d files", n)
	}
	c.Seed = 2
	if _, err := c.Folder(30); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, synth.Name(0, 2))); err != nil {
		t.Errorf("a folder of another seed was kept: %v", err)
	}
	if _, err := os.Stat(probe); err == nil {
		t.Errorf("the old seed's files were left in the folder")
	}
}

// A run stopped half-way is completed: what it wrote is kept, a ".part" file
// it left and files that are no article of this size go, the rest is written.
func TestFolderResume(t *testing.T) {
	c := &benchCtx{Root: t.TempDir(), Seed: 1, Out: io.Discard}
	dir := filepath.Join(c.Root, "30")
	if err := os.MkdirAll(filepath.Join(dir, "000"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+".synth", []byte("synth n=30 seed=1 writing\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	kept := filepath.Join(dir, synth.Name(3, 1))
	part := filepath.Join(dir, synth.Name(4, 1)) + ".part"
	beyond := filepath.Join(dir, synth.Name(31, 1))
	for _, p := range []string{kept, part, beyond} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Folder(30); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(kept); string(b) != "x" {
		t.Errorf("a file already written was written again")
	}
	for _, p := range []string{part, beyond} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was left in the folder", filepath.Base(p))
		}
	}
	if n, _ := countFiles(dir); n != 30 {
		t.Errorf("%d files, want 30", n)
	}
	if b, _ := os.ReadFile(dir + ".synth"); string(b) != "synth n=30 seed=1\n" {
		t.Errorf("stamp %q after completing", b)
	}
}

// The UI group reads a tmux capture: names count when list lines show a
// synthetic file name, titles when a row shows words that are not one, and
// the list is read when the status line no longer says it is reading.
func TestScreenDetectors(t *testing.T) {
	var names, shown []byte
	for i := range 6 {
		names = append(names, "● "+synth.Name(i, 1)+"  ~2026-12-06  0│ reader\n"...)
		shown = append(shown, "● Petrol prices edge up from September "+strconv.Itoa(i)+"…  2026-09-01  —│ reader\n"...)
	}
	isName := func(l string) bool { return fileName.MatchString(l) }
	if n := countLines(names, isName); n != 6 {
		t.Errorf("%d name lines, want 6", n)
	}
	if n := countLines(names, isTitle); n != 0 {
		t.Errorf("file names counted as %d title lines", n)
	}
	if n := countLines(shown, isTitle); n != 6 {
		t.Errorf("%d title lines, want 6", n)
	}
	if n := countLines(shown, isName); n != 0 {
		t.Errorf("titles counted as %d name lines", n)
	}
	if n := countLines([]byte(" reading the folder…\n● two words\n"), isTitle); n != 0 {
		t.Errorf("%d title lines in a status line and a short one", n)
	}
	status := func(s string) []byte { return []byte("● a b c│\n " + s + "\nenter open • / search\n") }
	if !reading(status("reading the folder…   300 unread · 1/300")) || !reading(status("reading 5 of 9 ▕█░▏")) || reading(status("/tmp/news   9 unread · 1/9")) {
		t.Error("reading() misreads the status line")
	}
}

// The index -reuse-index looks for, and the one a cold run forgets, are
// in the cache the commands are given: with -cache, not under -dir (which
// once made -reuse-index with -cache rebuild the index it was to reuse).
func TestIndexFileFollowsCache(t *testing.T) {
	c := &benchCtx{Root: "/tmp/root", cache: "/tmp/own-cache"}
	if got := c.indexFile("/tmp/root/100"); !strings.HasPrefix(got, "/tmp/own-cache/kiosk/") {
		t.Errorf("indexFile with -cache = %q, want it under /tmp/own-cache/kiosk", got)
	}
	c.cache = ""
	if got := c.indexFile("/tmp/root/100"); !strings.HasPrefix(got, "/tmp/root/cache/kiosk/") {
		t.Errorf("indexFile without -cache = %q, want it under /tmp/root/cache/kiosk", got)
	}
}
