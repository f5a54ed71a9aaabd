//go:build unix

package index

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A list file changed in place, at the same size and generation, is caught
// by its checksum and written again, as kiosk index does too.
func TestListFileFlippedByteIsRewritten(t *testing.T) {
	dir := generate(t, 30)
	ix, err := Open(dir, t.TempDir())
	must(t, err)
	defer ix.Close()
	want, _ := scanList(t, dir)
	indexList(t, ix)
	name := ix.DBFile() + listSuffix
	good, err := os.ReadFile(name)
	must(t, err)
	bad := bytes.Clone(good)
	at := bytes.Index(bad, []byte(`"title":"`)) + len(`"title":"`)
	bad[at] = 0x1b // a raw escape where the title begins
	must(t, os.WriteFile(name, bad, 0o644))
	if got, _ := indexList(t, ix); got != want {
		t.Errorf("list after a flipped byte differs from the scan's:\n%s", firstDiff(got, want))
	}
	must(t, os.WriteFile(name, bad, 0o644))
	must(t, ix.CheckList(context.Background()))
	if now, _ := os.ReadFile(name); !bytes.Equal(now, good) {
		t.Errorf("CheckList left a damaged list file")
	}
}

// A FIFO where the list file should be is never opened (it would wait for
// a writer forever): the list comes whole all the same.
func TestListFileFIFODoesNotHang(t *testing.T) {
	dir := generate(t, 20)
	ix, err := Open(dir, t.TempDir())
	must(t, err)
	defer ix.Close()
	want, _ := scanList(t, dir)
	indexList(t, ix)
	name := ix.DBFile() + listSuffix
	must(t, os.Remove(name))
	must(t, syscall.Mkfifo(name, 0o644))
	got := make(chan string, 1)
	go func() {
		var out bytes.Buffer
		if err := ix.WriteList(context.Background(), &out, nil); err != nil {
			t.Error(err)
		}
		got <- out.String()
	}()
	select {
	case g := <-got:
		if g != want {
			t.Errorf("list with a FIFO for a list file differs from the scan's:\n%s", firstDiff(g, want))
		}
	case <-time.After(30 * time.Second):
		t.Fatal("WriteList hangs on a FIFO in the list file's place")
	}
}

// A list file that is a link to another file is not read, and the file it
// leads to is not written.
func TestListFileLinkIsNotFollowed(t *testing.T) {
	dir := generate(t, 20)
	ix, err := Open(dir, t.TempDir())
	must(t, err)
	defer ix.Close()
	indexList(t, ix)
	name := ix.DBFile() + listSuffix
	victim := filepath.Join(t.TempDir(), "victim")
	data, err := os.ReadFile(name)
	must(t, err)
	must(t, os.WriteFile(victim, data, 0o644)) // a valid list file, elsewhere
	must(t, os.Remove(name))
	must(t, os.Symlink(victim, name))
	write(t, filepath.Join(dir, "added.txt"), "Added\n\nAnother article.\n")
	want, _ := scanList(t, dir)
	if got, _ := indexList(t, ix); got != want {
		t.Errorf("list differs from the scan's:\n%s", firstDiff(got, want))
	}
	if now, _ := os.ReadFile(victim); !bytes.Equal(now, data) {
		t.Errorf("the file the link led to was written")
	}
}

// dropTable removes a table from the index of dir behind kiosk's back.
func dropTable(t *testing.T, file, table string) {
	t.Helper()
	db, err := sql.Open("sqlite", file)
	must(t, err)
	defer db.Close()
	_, err = db.Exec("DROP TABLE " + table)
	must(t, err)
}

// An index of the right version and folder that lost a table is rebuilt
// when opened, and by a rebuild when it lost it while open.
func TestMissingTableIsRebuilt(t *testing.T) {
	for _, table := range []string{"docs", "tails", "skipped", "fts", "dirs"} {
		t.Run(table, func(t *testing.T) {
			dir, cache := generate(t, 20), t.TempDir()
			want, _ := scanList(t, dir)
			ix, err := Open(dir, cache)
			must(t, err)
			indexList(t, ix)
			ix.Close()
			dropTable(t, ix.DBFile(), table)
			ix, err = Open(dir, cache)
			if err != nil {
				t.Fatalf("open after losing %s: %v", table, err)
			}
			defer ix.Close()
			if got, _ := indexList(t, ix); got != want {
				t.Errorf("list after losing %s differs from the scan's:\n%s", table, firstDiff(got, want))
			}

			dropTable(t, ix.DBFile(), table)
			if _, err := ix.Rebuild(context.Background(), nil); err != nil {
				t.Fatalf("rebuild after losing %s while open: %v", table, err)
			}
			if got, _ := indexList(t, ix); got != want {
				t.Errorf("list after a rebuild differs from the scan's:\n%s", firstDiff(got, want))
			}
		})
	}
}

// otherDB makes an SQLite file that is not kiosk's, and returns its bytes.
func otherDB(t *testing.T, name string) []byte {
	t.Helper()
	db, err := sql.Open("sqlite", name)
	must(t, err)
	_, err = db.Exec("CREATE TABLE precious(x); INSERT INTO precious VALUES('keep me')")
	must(t, err)
	must(t, db.Close())
	data, err := os.ReadFile(name)
	must(t, err)
	return data
}

// A cache path that is a link (or a hard link) to another SQLite file, or
// whose journal names are links, never gets kiosk's schema written into
// that file; a FIFO there is not waited on; the index is made all the same.
func TestCacheLinksAreNotFollowed(t *testing.T) {
	for _, c := range []struct {
		name string
		make func(victim, file string) error
	}{
		{"database link", func(v, f string) error { return os.Symlink(v, f) }},
		{"database hard link", func(v, f string) error { return os.Link(v, f) }},
		{"WAL link", func(v, f string) error { return os.Symlink(v, f+"-wal") }},
		{"journal link", func(v, f string) error { return os.Symlink(v, f+"-journal") }},
		{"shared memory link", func(v, f string) error { return os.Symlink(v, f+"-shm") }},
		{"database FIFO", func(_, f string) error { return syscall.Mkfifo(f, 0o644) }},
		{"WAL FIFO", func(_, f string) error { return syscall.Mkfifo(f+"-wal", 0o644) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, cache := generate(t, 10), t.TempDir()
			victim := filepath.Join(t.TempDir(), "other.db")
			before := otherDB(t, victim)
			abs, err := filepath.Abs(dir)
			must(t, err)
			must(t, c.make(victim, File(cache, abs)))
			ix, err := Open(dir, cache)
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			want, _ := scanList(t, dir)
			if got, _ := indexList(t, ix); got != want {
				t.Errorf("list differs from the scan's:\n%s", firstDiff(got, want))
			}
			ix.Close()
			if after, err := os.ReadFile(victim); err != nil || !bytes.Equal(after, before) {
				t.Errorf("the file the cache path led to was changed (%v)", err)
			}
		})
	}
}
