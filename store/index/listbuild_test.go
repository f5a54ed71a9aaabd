//go:build unix

package index

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A rebuild's list file, written beside the writer, is byte for byte the
// one written after, from the database: over the hostile folder (odd
// names, links, skips) and over a second rebuild of the same index (a
// later generation). No temporary file is left behind.
func TestRebuildListFileSameAsFromDatabase(t *testing.T) {
	dir := hostileFolder(t)
	cache := t.TempDir()
	ix, err := Open(dir, cache)
	must(t, err)
	defer ix.Close()
	ctx := context.Background()
	for round := range 2 {
		if round == 1 {
			write(t, filepath.Join(dir, "d2", "new.txt"), "New one\n\nFresh text about Hanoï.\n")
		}
		if _, err := ix.Rebuild(ctx, nil); err != nil {
			t.Fatal(err)
		}
		built, err := os.ReadFile(ix.DBFile() + listSuffix)
		if err != nil {
			t.Fatalf("round %d: the rebuild wrote no list file: %v", round, err)
		}
		must(t, os.Remove(ix.DBFile()+listSuffix))
		must(t, ix.writeListFile(ctx))
		want, err := os.ReadFile(ix.DBFile() + listSuffix)
		must(t, err)
		if !bytes.Equal(built, want) {
			t.Errorf("round %d: the rebuild's list file (%d bytes) differs from the database's (%d bytes)", round, len(built), len(want))
		}
		if !strings.Contains(string(want[:64]), "-") {
			t.Errorf("round %d: header %q", round, want[:64])
		}
		f, err := ix.listFile(ctx)
		must(t, err)
		f.Close()
		leftOver(t, cache)
	}
}

// A rebuild that fails leaves no list file of its own behind.
func TestRebuildFailedLeavesNoListFile(t *testing.T) {
	dir := generate(t, 30)
	cache := t.TempDir()
	ix, err := Open(dir, cache)
	must(t, err)
	defer ix.Close()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err = ix.Rebuild(ctx, func(done, total int) {
		if n++; n == 2 {
			cancel()
		}
	})
	if err == nil {
		t.Fatal("a cancelled rebuild ended without an error")
	}
	if _, err := os.Stat(ix.DBFile() + listSuffix); err == nil {
		t.Error("a failed rebuild installed a list file")
	}
	leftOver(t, cache)
}

// leftOver fails if a temporary list file is left in cache.
func leftOver(t *testing.T, cache string) {
	t.Helper()
	tmps, _ := filepath.Glob(filepath.Join(cache, "*", "*.list-*"))
	more, _ := filepath.Glob(filepath.Join(cache, "*.list-*"))
	if tmps = append(tmps, more...); len(tmps) > 0 {
		t.Errorf("temporary list files left: %v", tmps)
	}
}

// A rebuild removes the temporary list file a killed kiosk left (not
// written for staleList), and leaves one being written alone.
func TestRebuildClearsStaleListFiles(t *testing.T) {
	dir := generate(t, 10)
	cache := t.TempDir()
	ix, err := Open(dir, cache)
	must(t, err)
	defer ix.Close()
	stale, fresh := ix.DBFile()+".list-123", ix.DBFile()+".list-456"
	write(t, stale, "half a list")
	write(t, fresh, "being written")
	old := time.Now().Add(-2 * staleList)
	must(t, os.Chtimes(stale, old, old))
	if _, err := ix.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a stale temporary list file was left")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a temporary list file being written was removed: %v", err)
	}
}

// A first build (a refresh of an empty index, in transactions of txRows)
// writes its list file beside the writer as a rebuild does: the bytes the
// database gives, for the generation its last transaction left.
func TestFirstBuildListFileSameAsFromDatabase(t *testing.T) {
	smallChunks(t) // many transactions
	dir := generate(t, 300)
	cache := t.TempDir()
	ix, err := Open(dir, cache)
	must(t, err)
	defer ix.Close()
	ctx := context.Background()
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	built, err := os.ReadFile(ix.DBFile() + listSuffix)
	if err != nil {
		t.Fatalf("the first build wrote no list file: %v", err)
	}
	f, err := openList(ix.DBFile()+listSuffix, stamp(t, ix))
	if err != nil {
		t.Fatalf("the first build's list file is not of the index's generation: %v", err)
	}
	f.Close()
	must(t, os.Remove(ix.DBFile()+listSuffix))
	must(t, ix.writeListFile(ctx))
	want, err := os.ReadFile(ix.DBFile() + listSuffix)
	must(t, err)
	if !bytes.Equal(built, want) {
		t.Errorf("the first build's list file (%d bytes) differs from the database's (%d bytes)", len(built), len(want))
	}
	leftOver(t, cache)
}

// Another kiosk that writes between a first build's transactions may have
// written rows the file lacks: the file is not installed, and the list is
// written from the database when asked for.
func TestFirstBuildListFileNotInstalledAfterAnotherWriter(t *testing.T) {
	smallChunks(t)
	dir := generate(t, 300)
	cache := t.TempDir()
	ix, err := Open(dir, cache)
	must(t, err)
	defer ix.Close()
	other, err := openDB(ix.DBFile(), ix.abs)
	must(t, err)
	defer other.Close()
	ctx := context.Background()
	wrote := false
	_, err = ix.Refresh(ctx, false, func(done, total int) {
		if !wrote && done >= txRows { // the first transaction has committed
			_, err := other.Exec(bumpGen)
			must(t, err)
			wrote = true
		}
	})
	must(t, err)
	if !wrote {
		t.Fatal("the other writer never wrote")
	}
	if _, err := os.Stat(ix.DBFile() + listSuffix); err == nil {
		t.Error("a first build that another writer came between installed its list file")
	}
	leftOver(t, cache)
	f, err := ix.listFile(ctx)
	must(t, err)
	f.Close()
}

// stamp is the generation a list file of ix must have.
func stamp(t *testing.T, ix *Index) string {
	t.Helper()
	var gen string
	must(t, ix.db.QueryRowContext(context.Background(), stampSQL).Scan(&gen))
	return gen
}
