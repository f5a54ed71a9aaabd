package state

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The history outlives the process, per folder, newest last, each query
// once, bounded, and with no control byte, whatever is asked to be kept
// or found in the file.
func TestHistoryPersists(t *testing.T) {
	dir := t.TempDir()
	root := t.TempDir()
	f1 := mkFolder(t, filepath.Join(root, "f1"), "a.txt")
	f2 := mkFolder(t, filepath.Join(root, "f2"), "a.txt")
	s, _ := open(t, dir)
	m1, m2 := folder(t, s, f1), folder(t, s, f2)
	for _, q := range []string{"rubio", "lavrov", "rubio", "  \x1b[31mred\x1b[0m \u202eevil\n", "", " \t "} {
		err := m1.AddQuery(q)
		if (err != nil) != (strings.TrimSpace(q) == "") {
			t.Errorf("AddQuery(%q): %v", q, err)
		}
	}
	must(t, m2.AddQuery("other"))
	want := []string{"lavrov", "rubio", "␛[31mred␛[0m evil"}
	if got, _ := m1.Queries(); !slices.Equal(got, want) {
		t.Errorf("in this run: %q, want %q", got, want)
	}
	s.Close()

	s, warning := open(t, dir)
	if warning != "" {
		t.Fatal(warning)
	}
	m1, m2 = folder(t, s, f1), folder(t, s, f2)
	if got, err := m1.Queries(); err != nil || !slices.Equal(got, want) {
		t.Errorf("after a restart: %q %v, want %q", got, err, want)
	}
	if got, _ := m2.Queries(); !slices.Equal(got, []string{"other"}) {
		t.Errorf("the other folder: %q", got)
	}
	// Written into the file by hand: cleaned on the way out.
	_, err := s.db.Exec("INSERT INTO history(folder, query, used) VALUES(?, ?, 1000)", m2.folder, "bad\x07\x9b2J")
	must(t, err)
	s.Close()
	s, _ = open(t, dir)
	got, _ := folder(t, s, f2).Queries()
	for _, q := range got {
		for _, r := range q {
			if unicode.IsControl(r) || r == '\u202e' {
				t.Errorf("control rune %U in %q", r, q)
			}
		}
	}
	if len(got) != 2 {
		t.Errorf("history %q", got)
	}
}

func TestHistoryBounded(t *testing.T) {
	s, _ := open(t, t.TempDir())
	m := folder(t, s, mkFolder(t, filepath.Join(t.TempDir(), "f"), "a.txt"))
	for i := range MaxHistory + 30 {
		must(t, m.AddQuery(fmt.Sprint("q", i)))
	}
	must(t, m.AddQuery("q40")) // used again: last, once
	var n int
	must(t, s.db.QueryRow("SELECT count(*) FROM history WHERE folder=?", m.folder).Scan(&n))
	got, _ := m.Queries()
	if n != MaxHistory || len(got) != MaxHistory || got[len(got)-1] != "q40" || got[0] != "q30" {
		t.Errorf("%d rows, %d queries, first %q last %q", n, len(got), got[0], got[len(got)-1])
	}
	m.history = nil // read back from the file
	if again, _ := m.Queries(); !slices.Equal(again, got) {
		t.Errorf("on disk %q\nin memory %q", again, got)
	}
}

// A database of schema 2 gains the history table and keeps its marks.
func TestHistoryMigratesFrom2(t *testing.T) {
	dir := t.TempDir()
	f := mkFolder(t, filepath.Join(t.TempDir(), "f"), "a.txt")
	db := sqliteDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec(schema + legacyTable + "PRAGMA user_version=2;")
	must(t, err)
	db.Close()
	s, warning := open(t, dir)
	if warning != "" {
		t.Fatal(warning)
	}
	m := folder(t, s, f)
	must(t, m.SetRead("a.txt", true))
	must(t, m.AddQuery("kept"))
	s.Close()
	s, warning = open(t, dir)
	m = folder(t, s, f)
	if got, _ := m.Queries(); warning != "" || !m.Read("a.txt") || !slices.Equal(got, []string{"kept"}) {
		t.Errorf("warning %q, read %v, history %q", warning, m.Read("a.txt"), got)
	}
}

// Adds and reads from several goroutines, as the UI's commands may run:
// every query kept once, on disk as in memory.
func TestHistoryConcurrent(t *testing.T) {
	s, _ := open(t, t.TempDir())
	m := folder(t, s, mkFolder(t, filepath.Join(t.TempDir(), "f"), "a.txt"))
	done := make(chan error)
	for g := range 4 {
		go func() {
			var err error
			for i := range 10 {
				if e := m.AddQuery(fmt.Sprint("g", g, "q", i%5)); e != nil {
					err = e
				}
				if _, e := m.Queries(); e != nil {
					err = e
				}
			}
			done <- err
		}()
	}
	for range 4 {
		must(t, <-done)
	}
	got, _ := m.Queries()
	m.history = nil
	disk, _ := m.Queries()
	if len(got) != 20 || !slices.Equal(got, disk) {
		t.Errorf("%d in memory, %d on disk, or in another order:\n%q\n%q", len(got), len(disk), got, disk)
	}
}
