package state

import (
	"os"
	"path/filepath"
	"testing"
)

// writeV1 writes a state file as kiosk's schema 1 did: marks by bare name.
func writeV1(t *testing.T, dir string, read, bookmarked []string) {
	t.Helper()
	db := sqliteDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec(`CREATE TABLE marks(id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
		bookmark INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL) WITHOUT ROWID; PRAGMA user_version=1`)
	must(t, err)
	for _, id := range read {
		_, err := db.Exec("INSERT INTO marks(id, read, changed) VALUES(?, 1, 1) ON CONFLICT(id) DO UPDATE SET read=1", id)
		must(t, err)
	}
	for _, id := range bookmarked {
		_, err := db.Exec("INSERT INTO marks(id, bookmark, changed) VALUES(?, 1, 1) ON CONFLICT(id) DO UPDATE SET bookmark=1", id)
		must(t, err)
	}
	db.Close()
}

// A state file of schema 1 migrates without losing a mark: its bare-name
// marks go to the first folder holding an article of that name, at its
// top when the folder is opened, below it when the library lists it
// (Adopt), and stay there across restarts; a name no folder has held yet
// waits for one.
func TestMigrateFromBareNames(t *testing.T) {
	dir := t.TempDir()
	writeV1(t, dir, []string{"top", "deep", "waiting"}, []string{"top", "waiting"})
	root := t.TempDir()
	f1 := mkFolder(t, filepath.Join(root, "f1"), "top.txt", "2025/deep.txt", "unmarked.txt")
	f2 := mkFolder(t, filepath.Join(root, "f2"), "top.txt", "deep.txt")

	s, warning := open(t, dir)
	if warning != "" || s.InMemory() {
		t.Fatalf("migration: warning %q, in memory %v", warning, s.InMemory())
	}
	m1 := folder(t, s, f1)
	if !m1.Read("top.txt") || !m1.Bookmarked("top.txt") {
		t.Errorf("f1/top.txt not adopted at open: %v %v", m1.ReadSet(), m1.Bookmarks())
	}
	if m1.Read("2025/deep.txt") {
		t.Error("a nested article adopted before it was listed")
	}
	n, err := m1.Adopt([]string{"top.txt", "2025/deep.txt", "unmarked.txt"})
	must(t, err)
	if n != 1 || !m1.Read("2025/deep.txt") || m1.Read("unmarked.txt") {
		t.Errorf("Adopt gave %d marks: %v", n, m1.ReadSet())
	}
	m2 := folder(t, s, f2)
	if _, err := m2.Adopt([]string{"top.txt", "deep.txt"}); err != nil {
		t.Fatal(err)
	}
	if m2.Read("top.txt") || m2.Read("deep.txt") {
		t.Errorf("f2 took marks f1 had adopted: %v", m2.ReadSet())
	}
	s.Close()

	s, warning = open(t, dir)
	if warning != "" {
		t.Errorf("reopen: %q", warning)
	}
	m1 = folder(t, s, f1)
	if !m1.Read("top.txt") || !m1.Bookmarked("top.txt") || !m1.Read("2025/deep.txt") {
		t.Errorf("adopted marks lost on reopen: %v %v", m1.ReadSet(), m1.Bookmarks())
	}
	if got := s.legacyNames(); len(got) != 1 || got[0] != "waiting" {
		t.Errorf("legacy names left: %v", got)
	}
	f3 := mkFolder(t, filepath.Join(root, "f3"), "waiting.TXT")
	if m3 := folder(t, s, f3); !m3.Read("waiting.TXT") || !m3.Bookmarked("waiting.TXT") {
		t.Errorf("a later folder did not adopt the waiting mark: %v %v", m3.ReadSet(), m3.Bookmarks())
	}
}

// A state file of schema 1 in a folder that cannot be written still shows
// its marks, adopted in memory.
func TestReadOnlyBareNames(t *testing.T) {
	dir := t.TempDir()
	writeV1(t, dir, []string{"top"}, nil)
	probe = func(string) error { return os.ErrPermission }
	defer func() { probe = writable }()
	s, _ := open(t, dir)
	m := folder(t, s, mkFolder(t, filepath.Join(t.TempDir(), "f"), "top.txt"))
	if !s.InMemory() || !m.Read("top.txt") {
		t.Errorf("in memory %v, marks %v", s.InMemory(), m.ReadSet())
	}
}
