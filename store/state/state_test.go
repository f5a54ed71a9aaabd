package state

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func open(t *testing.T, dir string) (*State, string) {
	t.Helper()
	s, warning, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, warning
}

func folder(t *testing.T, s *State, dir string) *Marks {
	t.Helper()
	m, err := s.Folder(dir)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// mkFolder makes a folder holding the given article files.
func mkFolder(t *testing.T, dir string, rels ...string) string {
	t.Helper()
	for _, rel := range rels {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, os.WriteFile(p, []byte("Title\n\nText.\n"), 0o644))
	}
	must(t, os.MkdirAll(dir, 0o755))
	return dir
}

// Marks outlive the process, by path in the folder.
func TestMarksPersist(t *testing.T) {
	dir, news := t.TempDir(), mkFolder(t, filepath.Join(t.TempDir(), "news"), "000_abc.txt", "2025/001_def.txt")
	s, warning := open(t, dir)
	if warning != "" || s.InMemory() {
		t.Fatalf("fresh state: warning %q, in memory %v", warning, s.InMemory())
	}
	m := folder(t, s, news)
	must(t, m.SetRead("000_abc.txt", true))
	must(t, m.SetRead("2025/001_def.txt", true))
	must(t, m.SetBookmarked("2025/001_def.txt", true))
	must(t, m.SetRead("2025/001_def.txt", false))
	s.Close()

	s, _ = open(t, dir)
	m = folder(t, s, news)
	cases := []struct {
		rel            string
		read, bookmark bool
	}{
		{"000_abc.txt", true, false},
		{"2025/001_def.txt", false, true},
		{"001_def.txt", false, false}, // another article of the same name
		{"003_none.txt", false, false},
	}
	for _, c := range cases {
		if m.Read(c.rel) != c.read || m.Bookmarked(c.rel) != c.bookmark {
			t.Errorf("%s: read %v bookmarked %v, want %v %v", c.rel, m.Read(c.rel), m.Bookmarked(c.rel), c.read, c.bookmark)
		}
	}
	if r := m.ReadSet(); len(r) != 1 || !r["000_abc.txt"] {
		t.Errorf("ReadSet = %v", r)
	}
	if b := m.Bookmarks(); len(b) != 1 || !b["2025/001_def.txt"] {
		t.Errorf("Bookmarks = %v", b)
	}
}

// Two folders holding the same file names keep their own marks: issue 10
// saw reading f1/article.txt mark f2/article.txt read, and a copy of the
// corpus mark the sample folder's article.
func TestFoldersDoNotShareMarks(t *testing.T) {
	root := t.TempDir()
	f1 := mkFolder(t, filepath.Join(root, "f1"), "article.txt")
	f2 := mkFolder(t, filepath.Join(root, "f2"), "article.txt")
	s, _ := open(t, t.TempDir())
	must(t, folder(t, s, f1).SetRead("article.txt", true))
	if folder(t, s, f2).Read("article.txt") {
		t.Error("marking f1/article.txt marked f2/article.txt")
	}
	copied := filepath.Join(root, "copy")
	must(t, os.CopyFS(copied, os.DirFS(f1)))
	if folder(t, s, copied).Read("article.txt") {
		t.Error("a copy of f1 shares its marks")
	}
	if !folder(t, s, f1).Read("article.txt") {
		t.Error("f1 lost its mark")
	}
}

// Marks follow the folder renamed, moved, reached through a link, and
// re-created at its path; the new path is recorded, so they keep
// following it.
func TestMarksFollowTheFolder(t *testing.T) {
	if _, _, ok := fileID(t.TempDir()); !ok {
		t.Skip("no device and inode on this system: marks follow the path alone")
	}
	root := t.TempDir()
	news := mkFolder(t, filepath.Join(root, "news"), "a.txt", "sub/b.txt")
	stateDir := t.TempDir()
	s, _ := open(t, stateDir)
	m := folder(t, s, news)
	must(t, m.SetRead("a.txt", true))
	must(t, m.SetBookmarked("sub/b.txt", true))

	check := func(what, dir string) {
		t.Helper()
		m := folder(t, s, dir)
		if !m.Read("a.txt") || !m.Bookmarked("sub/b.txt") {
			t.Errorf("%s: read %v, bookmarked %v", what, m.ReadSet(), m.Bookmarks())
		}
	}
	renamed := filepath.Join(root, "news-2025")
	must(t, os.Rename(news, renamed))
	check("renamed", renamed)
	must(t, os.MkdirAll(filepath.Join(root, "archive", "deep"), 0o755))
	moved := filepath.Join(root, "archive", "deep", "news")
	must(t, os.Rename(renamed, moved))
	check("moved", moved)
	link := filepath.Join(root, "link")
	must(t, os.Symlink(moved, link))
	check("through a link", link)
	s.Close()
	s, _ = open(t, stateDir)
	check("moved, after a restart", moved)

	// A folder re-created at the path is the folder the user names so.
	must(t, os.RemoveAll(moved))
	mkFolder(t, moved, "a.txt")
	check("re-created at its path", moved)
}

// A rename to a path that held another known folder: the path comes first.
func TestPathComesFirst(t *testing.T) {
	root := t.TempDir()
	a := mkFolder(t, filepath.Join(root, "a"), "x.txt")
	b := mkFolder(t, filepath.Join(root, "b"), "x.txt")
	s, _ := open(t, t.TempDir())
	must(t, folder(t, s, a).SetRead("x.txt", true))
	folder(t, s, b) // known, no marks
	must(t, os.RemoveAll(b))
	must(t, os.Rename(a, b))
	if folder(t, s, b).Read("x.txt") {
		t.Error("the path b is known: its own (empty) marks should be kept")
	}
}

func TestDir(t *testing.T) {
	env := map[string]string{"HOME": "/home/u"}
	get := func(k string) string { return env[k] }
	if d, _ := Dir(get); d != "/home/u/.local/state/kiosk" {
		t.Errorf("Dir = %s", d)
	}
	env["XDG_STATE_HOME"] = "/st"
	if d, _ := Dir(get); d != "/st/kiosk" {
		t.Errorf("Dir = %s", d)
	}
}

// A state folder that cannot be written gives marks in memory, with a
// message, and keeps showing the marks saved before.
func TestReadOnlyStateDir(t *testing.T) {
	dir := t.TempDir()
	news := mkFolder(t, filepath.Join(t.TempDir(), "news"), "kept.txt")
	s, _, err := Open(dir)
	must(t, err)
	must(t, folder(t, s, news).SetBookmarked("kept.txt", true))
	s.Close()
	if os.Geteuid() == 0 { // root writes through permission bits: say no as the kernel would
		probe = func(string) error { return &os.PathError{Op: "open", Path: dir, Err: os.ErrPermission} }
		defer func() { probe = writable }()
	}
	must(t, os.Chmod(dir, 0o500))
	defer os.Chmod(dir, 0o700)
	s, warning := open(t, dir)
	if !s.InMemory() || !strings.Contains(warning, "until kiosk exits") {
		t.Errorf("in memory %v, warning %q", s.InMemory(), warning)
	}
	m := folder(t, s, news)
	if !m.Bookmarked("kept.txt") {
		t.Error("the marks saved before are not shown")
	}
	must(t, m.SetRead("x.txt", true))
	if !m.Read("x.txt") || !m.InMemory() {
		t.Error("a mark in memory is lost")
	}
}

// A state folder under a file (as when $XDG_STATE_HOME is wrong) is not
// writable either, whoever runs the test.
func TestStateDirUnderAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	must(t, os.WriteFile(f, nil, 0o600))
	s, warning := open(t, filepath.Join(f, "kiosk"))
	if !s.InMemory() || warning == "" {
		t.Errorf("in memory %v, warning %q", s.InMemory(), warning)
	}
	m := folder(t, s, t.TempDir())
	must(t, m.SetBookmarked("a.txt", true))
	if !m.Bookmarked("a.txt") {
		t.Error("bookmark in memory lost")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// sqlite opens a database file directly, as another program would.
func sqliteDB(t *testing.T, file string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", uri(file)+"?_pragma=busy_timeout(10000)&_txlock=immediate")
	must(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}
