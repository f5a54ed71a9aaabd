package state

import (
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

// Marks outlive the process and are found by ID, file name or path, so
// they survive reindexing and moving the folder.
func TestMarksPersist(t *testing.T) {
	dir := t.TempDir()
	s, warning := open(t, dir)
	if warning != "" || s.InMemory() {
		t.Fatalf("fresh state: warning %q, in memory %v", warning, s.InMemory())
	}
	must(t, s.SetRead("000_abc.txt", true))
	must(t, s.SetRead("001_def", true))
	must(t, s.SetBookmarked("/old/place/002_ghi.txt", true))
	must(t, s.SetRead("001_def.txt", false))
	s.Close()

	s, _ = open(t, dir)
	cases := []struct {
		name           string
		read, bookmark bool
	}{
		{"000_abc", true, false},
		{"/new/place/000_abc.txt", true, false},
		{"001_def.txt", false, false},
		{"002_ghi.txt", false, true},
		{"somewhere/002_ghi.TXT", false, true},
		{"003_none", false, false},
	}
	for _, c := range cases {
		if s.Read(c.name) != c.read || s.Bookmarked(c.name) != c.bookmark {
			t.Errorf("%s: read %v bookmarked %v, want %v %v", c.name, s.Read(c.name), s.Bookmarked(c.name), c.read, c.bookmark)
		}
	}
	if r := s.ReadSet(); len(r) != 1 || !r["000_abc"] {
		t.Errorf("ReadSet = %v", r)
	}
	if b := s.Bookmarks(); len(b) != 1 || !b["002_ghi"] {
		t.Errorf("Bookmarks = %v", b)
	}
}

// A state file that will not open is moved aside, not overwritten, and a
// new one is started, with a message.
func TestCorruptStateMovedAside(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, FileName)
	garbage := []byte(strings.Repeat("this is not an SQLite database\n", 200))
	if err := os.WriteFile(file, garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	s, warning := open(t, dir)
	if !strings.Contains(warning, "moved it to") || strings.Contains(warning, "\n") {
		t.Errorf("warning = %q, want one line saying the file was moved", warning)
	}
	if s.InMemory() {
		t.Error("a new state file should have been started")
	}
	must(t, s.SetRead("a", true))
	asides, _ := filepath.Glob(filepath.Join(dir, FileName+".broken-*"))
	if len(asides) != 1 {
		t.Fatalf("moved-aside files: %v", asides)
	}
	if got, _ := os.ReadFile(asides[0]); string(got) != string(garbage) {
		t.Error("the broken file was changed")
	}
}

// A state folder that cannot be written gives marks in memory, with a
// message, and keeps showing the marks saved before.
func TestReadOnlyStateDir(t *testing.T) {
	dir := t.TempDir()
	s, _, err := Open(dir)
	must(t, err)
	must(t, s.SetBookmarked("kept", true))
	s.Close()
	if os.Geteuid() == 0 { // root writes through permission bits: say no as the kernel would
		probe = func(string) error { return &os.PathError{Op: "open", Path: dir, Err: os.ErrPermission} }
		defer func() { probe = writable }()
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	s, warning := open(t, dir)
	if !s.InMemory() || !strings.Contains(warning, "until kiosk exits") {
		t.Errorf("in memory %v, warning %q", s.InMemory(), warning)
	}
	if !s.Bookmarked("kept") {
		t.Error("the marks saved before are not shown")
	}
	must(t, s.SetRead("x", true))
	if !s.Read("x") {
		t.Error("a mark in memory is lost")
	}
}

// A state folder under a file (as when $XDG_STATE_HOME is wrong) is not
// writable either, whoever runs the test.
func TestStateDirUnderAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o600)
	s, warning := open(t, filepath.Join(f, "kiosk"))
	if !s.InMemory() || warning == "" {
		t.Errorf("in memory %v, warning %q", s.InMemory(), warning)
	}
	must(t, s.SetBookmarked("a", true))
	if !s.Bookmarked("a") {
		t.Error("bookmark in memory lost")
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

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
