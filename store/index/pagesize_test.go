package index

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// A new index is made with pages of pageSize, in WAL mode, with incremental
// auto-vacuum: the three settings a new file takes only before its first
// write (initFile).
func TestNewIndexPageSize(t *testing.T) {
	ix := openFresh(t, generate(t, 3))
	var size, vacuum int
	var mode string
	must(t, ix.db.QueryRow("PRAGMA page_size").Scan(&size))
	must(t, ix.db.QueryRow("PRAGMA auto_vacuum").Scan(&vacuum))
	must(t, ix.db.QueryRow("PRAGMA journal_mode").Scan(&mode))
	if size != pageSize || vacuum != 2 || mode != "wal" {
		t.Errorf("new index: page_size %d, auto_vacuum %d, journal_mode %s; want %d, 2, wal", size, vacuum, mode, pageSize)
	}
}

// An index made before session 9, with SQLite's 4 KiB pages, is kept as it
// is (no restart, its page size unchanged, rebuilt in place) and answers
// as one of 16 KiB pages does: the same hits, order and scores.
func TestOldPageSizeAnswersSame(t *testing.T) {
	dir := folder(t, fixtures)
	abs, err := filepath.Abs(dir)
	must(t, err)
	oldCache := t.TempDir()
	must(t, os.MkdirAll(oldCache, 0o700))
	pre, err := sql.Open("sqlite", dsn(File(oldCache, abs)))
	must(t, err)
	_, err = pre.Exec("PRAGMA page_size=4096; PRAGMA auto_vacuum=2; PRAGMA journal_mode=WAL")
	pre.Close()
	must(t, err)

	old, err := Open(dir, oldCache)
	must(t, err)
	defer old.Close()
	if old.Restarted() != "" {
		t.Fatalf("an index of 4 KiB pages was restarted: %s", old.Restarted())
	}
	ctx := context.Background()
	if _, err := old.Rebuild(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var size int
	must(t, old.db.QueryRow("PRAGMA page_size").Scan(&size))
	if size != 4096 {
		t.Fatalf("the old index's pages are %d bytes after a rebuild, want 4096 (kept as made)", size)
	}
	fresh := openFresh(t, dir)
	found := 0
	for _, q := range []string{"ukraine", "russie", "ukraine OR russie", "title:ukraine", "ukraine -russie", `"kyiv"`, "actor:Ukraine"} {
		a, b := ranked(t, old, q), ranked(t, fresh, q)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: 4 KiB pages %v, %d KiB pages %v", q, a, pageSize>>10, b)
		}
		found += len(a)
	}
	if found == 0 {
		t.Fatal("no query found anything: the comparison says nothing")
	}
}
