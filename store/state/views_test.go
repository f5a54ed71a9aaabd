package state

import (
	"path/filepath"
	"strings"
	"testing"
)

// A folder's view outlives the process, is the folder's own, and comes back
// cleaned whatever the file holds.
func TestViewsPersistPerFolder(t *testing.T) {
	dir := t.TempDir()
	root := t.TempDir()
	f1 := mkFolder(t, filepath.Join(root, "f1"), "a.txt")
	f2 := mkFolder(t, filepath.Join(root, "f2"), "a.txt")
	s, _ := open(t, dir)
	must(t, folder(t, s, f1).SaveView(View{Selected: "a", Sort: "comments", Filter: "unread"}))
	must(t, folder(t, s, f2).SaveView(View{Selected: "b"}))
	must(t, folder(t, s, f2).SaveView(View{Selected: "a", Sort: "source"})) // the newer wins
	s.Close()

	s, _ = open(t, dir)
	for f, want := range map[string]View{
		f1: {Selected: "a", Sort: "comments", Filter: "unread"},
		f2: {Selected: "a", Sort: "source"},
	} {
		got, err := folder(t, s, f).View()
		must(t, err)
		if got != want {
			t.Errorf("%s: view %+v, want %+v", f, got, want)
		}
	}
	// What another program wrote is cleaned when read.
	db := sqliteDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec("UPDATE views SET selected=?, sort=? WHERE 1", "a\x1b]52;c;aGk=\x07", strings.Repeat("x", 5000))
	must(t, err)
	got, err := folder(t, s, f1).View()
	must(t, err)
	if strings.ContainsAny(got.Selected, "\x1b\x07") || got.Sort != "" {
		t.Errorf("a hostile view came back as %+v", got)
	}
}

// A database of schema 2 gets the views table and keeps its marks.
func TestViewsMigrateFromSchema2(t *testing.T) {
	dir := t.TempDir()
	f := mkFolder(t, filepath.Join(t.TempDir(), "f"), "a.txt")
	db := sqliteDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec(schema + legacyTable + "PRAGMA user_version=2;")
	must(t, err)
	db.Close()
	s, warning := open(t, dir)
	if warning != "" {
		t.Fatalf("a schema 2 file was set aside: %s", warning)
	}
	m := folder(t, s, f)
	must(t, m.SetRead("a.txt", true))
	must(t, m.SaveView(View{Selected: "a"}))
	s.Close()
	s, _ = open(t, dir)
	m = folder(t, s, f)
	if v, _ := m.View(); !m.Read("a.txt") || v.Selected != "a" {
		t.Errorf("after the migration: read %v, view %+v", m.Read("a.txt"), v)
	}
}

// A database of schema 3 (marks and search history) gets the views table
// and keeps its history.
func TestViewsMigrateFromSchema3(t *testing.T) {
	dir := t.TempDir()
	f := mkFolder(t, filepath.Join(t.TempDir(), "f"), "a.txt")
	db := sqliteDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec(schema + legacyTable + historyTable + "PRAGMA user_version=3;")
	must(t, err)
	db.Close()
	s, warning := open(t, dir)
	if warning != "" {
		t.Fatalf("a schema 3 file was set aside: %s", warning)
	}
	m := folder(t, s, f)
	must(t, m.SaveView(View{Selected: "a", Sort: "name"}))
	if v, err := m.View(); err != nil || v.Selected != "a" {
		t.Errorf("after the migration: view %+v, %v", v, err)
	}
}
