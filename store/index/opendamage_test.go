package index

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
)

// builtIndex returns the folder of fixtures, a cache holding its refreshed
// index, and the index's file.
func builtIndex(t *testing.T) (dir, cache, file string) {
	t.Helper()
	dir, cache = folder(t, fixtures), t.TempDir()
	ix := openIn(t, dir, cache)
	file = ix.DBFile()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, cache, file
}

// A file that is damaged, or is not an index of this schema and folder, is
// deleted and started afresh, and Restarted says why in words.
func TestOpenRestartsDamagedFile(t *testing.T) {
	for _, c := range []struct {
		name   string
		spoil  func(t *testing.T, file string)
		saying string
	}{
		{"not a database", func(t *testing.T, file string) {
			removeDB(file)
			if err := os.WriteFile(file, bytes.Repeat([]byte("not a database \x00\xff"), 4096), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "damaged"},
		{"another version", func(t *testing.T, file string) {
			execIn(t, file, fmt.Sprintf("PRAGMA user_version=%d", schemaVersion+1))
		}, "another version"},
		{"a table gone", func(t *testing.T, file string) {
			execIn(t, file, "DROP TABLE meta")
		}, "not one kiosk can use"},
		{"another program's database", func(t *testing.T, file string) {
			removeDB(file)
			execIn(t, file, "CREATE TABLE notes(x)")
		}, "not one kiosk can use"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, cache, file := builtIndex(t)
			c.spoil(t, file)
			ix, err := Open(dir, cache)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer ix.Close()
			if why := ix.Restarted(); !strings.Contains(why, c.saying) || !strings.Contains(why, "built anew") {
				t.Errorf("Restarted() = %q, want it to say %q and that the index is built anew", why, c.saying)
			}
			if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
				t.Fatal(err)
			}
			if got := files(t, ix, "ukraine"); len(got) != 3 {
				t.Errorf("the new index finds %v", got)
			}
		})
	}
}

// Any other error while opening (here a query of kiosk's own that SQLite
// refuses, as after a programming mistake) is returned, and the file is
// left as it was: the same bytes, and an index that opens whole once the
// mistake is gone.
func TestOpenKeepsFileOnOtherErrors(t *testing.T) {
	dir, cache, file := builtIndex(t)
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer func(f func(*sql.DB, string) error) { schemaCheck = f }(schemaCheck)
	schemaCheck = func(db *sql.DB, _ string) error {
		var x int
		return db.QueryRow("SELEC 1").Scan(&x) // an SQL error that is not the file's
	}
	ix, err := Open(dir, cache)
	if err == nil {
		ix.Close()
		t.Fatal("Open succeeded although the schema check failed")
	}
	if !strings.Contains(err.Error(), "syntax error") || !strings.Contains(err.Error(), file) {
		t.Errorf("Open's error %q does not say what failed and on which file", err)
	}
	after, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("the index file is gone: %v", err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the index file was changed")
	}

	schemaCheck = checkSchema
	ix, err = Open(dir, cache)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if why := ix.Restarted(); why != "" {
		t.Errorf("a whole index was restarted: %q", why)
	}
	if got := files(t, ix, "ukraine"); len(got) != 3 { // before any refresh: the rows kept
		t.Errorf("the kept index finds %v", got)
	}
}

// execIn runs statements on file with a connection of its own.
func execIn(t *testing.T, file, statements string) {
	t.Helper()
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(statements); err != nil {
		t.Fatal(err)
	}
}
