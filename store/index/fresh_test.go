package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// A file added, changed and deleted between two searches is seen by the
// next search's cheap refresh.
func TestRefreshSeesChanges(t *testing.T) {
	dir := folder(t, map[string]string{
		"a.txt":     "Alpha article about the harbour.\n",
		"b.txt":     "Bravo article about the harbour.\n",
		"sub/c.txt": "Charlie article about the harbour.\n",
	})
	ix := openFresh(t, dir)
	ctx := context.Background()
	refresh := func() Stats {
		t.Helper()
		st, err := ix.Refresh(ctx, false, nil)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	if got := files(t, ix, "harbour"); !slices.Equal(got, []string{"a.txt", "b.txt", "c.txt"}) {
		t.Fatalf("first search: %v", got)
	}
	if st := refresh(); st != (Stats{}) {
		t.Errorf("refresh of an unchanged folder did %+v", st)
	}

	write(t, filepath.Join(dir, "sub", "d.txt"), "Delta article about the harbour.\n")
	os.Remove(filepath.Join(dir, "b.txt"))
	write(t, filepath.Join(dir, "a.txt"), "Alpha article about the airport, longer now.\n")
	write(t, filepath.Join(dir, "new", "deeper", "e.txt"), "Echo article about the harbour.\n")
	refresh()
	if got := files(t, ix, "harbour"); !slices.Equal(got, []string{"c.txt", "d.txt", "e.txt"}) {
		t.Errorf("after changes, harbour: %v", got)
	}
	// a.txt was written just now, so it is still settling and re-read.
	if got := files(t, ix, "airport"); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("after changes, airport: %v", got)
	}

	os.RemoveAll(filepath.Join(dir, "new"))
	refresh()
	if got := files(t, ix, "harbour"); !slices.Equal(got, []string{"c.txt", "d.txt"}) {
		t.Errorf("after removing a folder: %v", got)
	}
}

// A file rewritten in place long after it was written is seen by a full
// refresh, and by Update (what the watch calls).
func TestFullRefreshAndUpdate(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "Old text about wheat.\n", "b.txt": "Old text about rice.\n"})
	old := time.Now().Add(-time.Hour)
	for _, n := range []string{"a.txt", "b.txt"} {
		os.Chtimes(filepath.Join(dir, n), old, old)
	}
	ix := openFresh(t, dir)
	ctx := context.Background()
	// Same directory listing: the cheap refresh does not look at the files.
	write(t, filepath.Join(dir, "a.txt"), "New text about barley.\n")
	write(t, filepath.Join(dir, "b.txt"), "New text about maize.\n")
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	if got := files(t, ix, "barley"); len(got) != 0 {
		t.Logf("cheap refresh saw an in-place edit (fine, but not promised): %v", got)
	}
	if _, err := ix.Update(ctx, []string{filepath.Join(dir, "b.txt")}); err != nil {
		t.Fatal(err)
	}
	if got := files(t, ix, "maize"); !slices.Equal(got, []string{"b.txt"}) {
		t.Errorf("after Update, maize: %v", got)
	}
	st, err := ix.Refresh(ctx, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := files(t, ix, "barley"); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("after a full refresh, barley: %v (%+v)", got, st)
	}
	if got := files(t, ix, "wheat"); len(got) != 0 {
		t.Errorf("after a full refresh, the old text is still found: %v", got)
	}
}

// A corrupt index file is deleted and rebuilt, not trusted or fatal.
func TestCorruptIndexIsRebuilt(t *testing.T) {
	dir := folder(t, fixtures)
	cache := t.TempDir()
	ix, err := Open(dir, cache)
	if err != nil {
		t.Fatal(err)
	}
	file := ix.DBFile()
	ix.Close()
	for name, garbage := range map[string][]byte{
		"garbage": []byte(strings.Repeat("not a database ", 1000)),
		"empty":   {},
	} {
		removeDB(file)
		if err := os.WriteFile(file, garbage, 0o600); err != nil {
			t.Fatal(err)
		}
		ix, err := Open(dir, cache)
		if err != nil {
			t.Fatalf("%s: Open: %v", name, err)
		}
		if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
			t.Fatalf("%s: Refresh: %v", name, err)
		}
		if got := files(t, ix, "ukraine"); len(got) != 3 {
			t.Errorf("%s: rebuilt index finds %v", name, got)
		}
		ix.Close()
	}
}

// An index written by another schema version is rebuilt.
func TestOtherVersionIsRebuilt(t *testing.T) {
	dir := folder(t, fixtures)
	cache := t.TempDir()
	ix := openIn(t, dir, cache)
	if _, err := ix.db.Exec(fmt.Sprintf("PRAGMA user_version=%d", schemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, err := Open(dir, cache)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var n, v int
	ix.db.QueryRow("SELECT count(*) FROM docs").Scan(&n)
	ix.db.QueryRow("PRAGMA user_version").Scan(&v)
	if n != 0 || v != schemaVersion {
		t.Errorf("an index of another version kept %d rows (version %d)", n, v)
	}
}

func openIn(t *testing.T, dir, cache string) *Index {
	t.Helper()
	ix, err := Open(dir, cache)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestCacheDir(t *testing.T) {
	env := map[string]string{"XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"}
	got, _ := CacheDir(func(k string) string { return env[k] })
	if got != "/x/cache/kiosk" {
		t.Errorf("CacheDir = %s", got)
	}
	dir := t.TempDir()
	if f := File("/c", dir); !strings.HasPrefix(f, "/c/") || strings.HasPrefix(f, dir) {
		t.Errorf("File = %s: not in the cache", f)
	}
	if File("/c", "/a/b") == File("/c", "/a/c") {
		t.Error("two folders share an index file")
	}
}

// Update takes the paths a watch reports: new, rewritten and removed files.
func TestUpdateFromWatch(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "Alpha text.\n"})
	ix := openFresh(t, dir)
	ctx := context.Background()
	b := filepath.Join(dir, "b.txt")
	write(t, b, "Bravo, first half")
	if _, err := ix.Update(ctx, []string{b}); err != nil {
		t.Fatal(err)
	}
	write(t, b, "Bravo, first half and the second half.\n")
	os.Remove(filepath.Join(dir, "a.txt"))
	st, err := ix.Update(ctx, []string{b, filepath.Join(dir, "a.txt"), filepath.Join(dir, "..", "elsewhere.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 1 || st.Removed != 1 {
		t.Errorf("Update did %+v", st)
	}
	if got := files(t, ix, "second"); !slices.Equal(got, []string{"b.txt"}) {
		t.Errorf("second: %v", got)
	}
	s, ok, err := ix.Get(ctx, b)
	if err != nil || !ok || s.File != "b.txt" || s.Path != b {
		t.Errorf("Get(b) = %+v %v %v", s, ok, err)
	}
	if _, ok, _ := ix.Get(ctx, filepath.Join(dir, "a.txt")); ok {
		t.Error("Get finds a removed file")
	}
	list, err := ix.List(ctx)
	if err != nil || len(list) != 1 {
		t.Errorf("List = %v, %v", list, err)
	}
}

// Damage found after opening (a page overwritten) also leads to a rebuild.
func TestDamagedPagesAreRebuilt(t *testing.T) {
	dir := generate(t, 300)
	cache := t.TempDir()
	ix := openIn(t, dir, cache)
	file := ix.DBFile()
	ix.Close()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// Keep the header and the schema (page 1); scribble over the rest.
	for i := 4096; i < len(data); i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir, cache)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatalf("Refresh of a damaged index: %v", err)
	}
	if got := files(t, ix, "typhon"); len(got) == 0 {
		t.Error("the rebuilt index finds nothing")
	}
}

// A file replaced by renaming another over it (as careful writers and most
// editors save) is seen by the cheap refresh, even with the same size and
// mtime, on systems whose listing gives inodes.
func TestRenameOverIsSeen(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("inodes come with the listing on Linux only")
	}
	dir := folder(t, map[string]string{"a.txt": "Text about wheat.\n"})
	old := time.Now().Add(-time.Hour)
	os.Chtimes(filepath.Join(dir, "a.txt"), old, old)
	ix := openFresh(t, dir)
	tmp := filepath.Join(dir, ".a.tmp")
	write(t, tmp, "Text about maize.\n") // same length
	os.Chtimes(tmp, old, old)
	if err := os.Rename(tmp, filepath.Join(dir, "a.txt")); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	if got := files(t, ix, "maize"); !slices.Equal(got, []string{"a.txt"}) {
		t.Errorf("after a rename over: maize %v", got)
	}
	if got := files(t, ix, "wheat"); len(got) != 0 {
		t.Errorf("after a rename over: wheat %v", got)
	}
}

// A folder named by a relative path gives relative paths, which Update and
// Get take back.
func TestRelativeFolder(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "Alpha text.\n"})
	t.Chdir(filepath.Dir(dir))
	rel := filepath.Base(dir)
	ix := openFresh(t, rel)
	ctx := context.Background()
	write(t, filepath.Join(dir, "b.txt"), "Bravo text.\n")
	if _, err := ix.Update(ctx, []string{filepath.Join(rel, "b.txt")}); err != nil {
		t.Fatal(err)
	}
	s, ok, err := ix.Get(ctx, filepath.Join(rel, "b.txt"))
	if err != nil || !ok || s.Path != filepath.Join(rel, "b.txt") {
		t.Errorf("Get = %+v %v %v", s, ok, err)
	}
	if got := files(t, ix, "bravo"); !slices.Equal(got, []string{"b.txt"}) {
		t.Errorf("bravo: %v", got)
	}
}

// List is in path order even when files came in another order.
func TestListOrder(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "A.\n", "c/z.txt": "Z.\n"})
	ix := openFresh(t, dir)
	write(t, filepath.Join(dir, "b.txt"), "B.\n")
	write(t, filepath.Join(dir, "c", "a.txt"), "CA.\n")
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	list, err := ix.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range list {
		rel, _ := filepath.Rel(dir, s.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	if want := []string{"a.txt", "b.txt", "c/a.txt", "c/z.txt"}; !slices.Equal(got, want) {
		t.Errorf("List = %v, want %v", got, want)
	}
}
