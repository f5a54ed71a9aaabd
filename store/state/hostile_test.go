package state

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// movedAside checks that Open set the state file aside with a one-line
// warning, kept it byte for byte, and started a new one that keeps marks.
func movedAside(t *testing.T, dir string, before []byte) {
	t.Helper()
	s, warning := open(t, dir)
	if !strings.Contains(warning, "moved it to") || strings.Contains(warning, "\n") {
		t.Errorf("warning = %q, want one line saying the file was moved", warning)
	}
	if s.InMemory() {
		t.Fatal("a new state file should have been started")
	}
	news := mkFolder(t, filepath.Join(t.TempDir(), "news"), "a.txt")
	must(t, folder(t, s, news).SetRead("a.txt", true))
	asides, _ := filepath.Glob(filepath.Join(dir, FileName+".broken-*Z"))
	if len(asides) != 1 {
		t.Fatalf("moved-aside files: %v", asides)
	}
	if before != nil {
		if got, _ := os.ReadFile(asides[0]); !bytes.Equal(got, before) {
			t.Error("the file set aside was changed")
		}
	}
	s.Close()
	s, warning = open(t, dir)
	if warning != "" || !folder(t, s, news).Read("a.txt") {
		t.Errorf("the new state file: warning %q, mark kept %v", warning, folder(t, s, news).Read("a.txt"))
	}
}

// A state file that is not SQLite is moved aside.
func TestCorruptStateMovedAside(t *testing.T) {
	dir := t.TempDir()
	garbage := []byte(strings.Repeat("this is not an SQLite database\n", 200))
	must(t, os.WriteFile(filepath.Join(dir, FileName), garbage, 0o600))
	movedAside(t, dir, garbage)
}

// Issue 11 (I): an SQLite file of a foreign schema failed every run
// instead of being set aside as promised. Whatever its version says, a
// database whose tables are not kiosk's is set aside.
func TestForeignSchemaMovedAside(t *testing.T) {
	for name, sql := range map[string]string{
		"other program":          "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)",
		"marks of other columns": "CREATE TABLE marks(foo TEXT, bar TEXT)",
		"version 1, other marks": "CREATE TABLE marks(id TEXT PRIMARY KEY, flag INTEGER); PRAGMA user_version=1",
		"version 2, no tables":   "PRAGMA user_version=2",
		"version 2, extra table": schema + legacyTable + "CREATE TABLE extra(x); PRAGMA user_version=2",
		"version 2, other marks": strings.Replace(schema, "changed INTEGER", "when_ INTEGER", 1) + legacyTable + "PRAGMA user_version=2",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, FileName)
			db := sqliteDB(t, file)
			_, err := db.Exec(sql)
			must(t, err)
			db.Close()
			before, err := os.ReadFile(file)
			must(t, err)
			movedAside(t, dir, before)
		})
	}
}

// A state file written by a newer kiosk is left alone: setting it aside
// would lose what that kiosk keeps.
func TestNewerStateLeftAlone(t *testing.T) {
	dir := t.TempDir()
	db := sqliteDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec("CREATE TABLE future(x); PRAGMA user_version=99")
	must(t, err)
	db.Close()
	s, warning := open(t, dir)
	if !s.InMemory() || !strings.Contains(warning, "newer kiosk") {
		t.Errorf("in memory %v, warning %q", s.InMemory(), warning)
	}
	if asides, _ := filepath.Glob(filepath.Join(dir, FileName+".broken-*")); len(asides) != 0 {
		t.Errorf("a newer state file was set aside: %v", asides)
	}
}

// Issue 11 (7): a state file, or its write-ahead log, that is a symbolic
// link is never followed: the link is set aside and what it names is left
// byte for byte as it was.
func TestStateLinksNotFollowed(t *testing.T) {
	for _, suffix := range []string{"", "-wal", "-journal"} {
		t.Run("link as state.db"+suffix, func(t *testing.T) {
			dir, elsewhere := t.TempDir(), t.TempDir()
			target := filepath.Join(elsewhere, "precious.db")
			db := sqliteDB(t, target)
			_, err := db.Exec("CREATE TABLE precious(x); INSERT INTO precious VALUES(1)")
			must(t, err)
			db.Close()
			before, err := os.ReadFile(target)
			must(t, err)
			if suffix != "" { // a regular state file with a planted sidecar
				s, _ := open(t, dir)
				s.Close()
			}
			must(t, os.Symlink(target, filepath.Join(dir, FileName+suffix)))
			movedAside(t, dir, nil)
			after, err := os.ReadFile(target)
			must(t, err)
			if !bytes.Equal(before, after) {
				t.Error("the file the link names was written")
			}
			if fi, err := os.Lstat(filepath.Join(dir, FileName)); err != nil || !fi.Mode().IsRegular() {
				t.Errorf("the new state file is not a regular file: %v", err)
			}
		})
	}
}

// A read-only state folder holding a link: its target is not read either.
func TestReadOnlyStateLinkNotFollowed(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	news := mkFolder(t, filepath.Join(t.TempDir(), "news"), "a.txt")
	other, _ := open(t, elsewhere)
	must(t, folder(t, other, news).SetRead("a.txt", true))
	other.Close()
	must(t, os.Symlink(filepath.Join(elsewhere, FileName), filepath.Join(dir, FileName)))
	probe = func(string) error { return &os.PathError{Op: "open", Path: dir, Err: os.ErrPermission} }
	defer func() { probe = writable }()
	s, _ := open(t, dir)
	if folder(t, s, news).Read("a.txt") {
		t.Error("the marks were read through a link")
	}
}
