package state

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzStateFile: whatever bytes the state file holds, Open gives a State
// that takes a mark and shows it, and the bytes were either kept in place
// (a usable file) or set aside whole; it never fails nor panics.
func FuzzStateFile(f *testing.F) {
	seedDir := f.TempDir()
	s, _, err := Open(seedDir)
	if err != nil {
		f.Fatal(err)
	}
	m, err := s.Folder(seedDir)
	if err != nil {
		f.Fatal(err)
	}
	m.SetRead("a.txt", true)
	s.Close()
	valid, err := os.ReadFile(filepath.Join(seedDir, FileName))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add([]byte{})
	f.Add([]byte("SQLite format 3\x00"))
	f.Add(append([]byte(nil), valid[:len(valid)/2]...))
	flipped := append([]byte(nil), valid...)
	flipped[100] ^= 0xff
	f.Add(flipped)
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		file := filepath.Join(dir, FileName)
		if err := os.WriteFile(file, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, _, err := Open(dir)
		if err != nil {
			t.Fatalf("Open failed: %v", err)
		}
		defer s.Close()
		news := t.TempDir()
		m, err := s.Folder(news)
		if err != nil {
			if !s.InMemory() {
				t.Fatalf("a database that opened cannot give a folder's marks: %v", err)
			}
			return
		}
		if err := m.SetBookmarked("x.txt", true); err != nil && !s.InMemory() {
			t.Fatalf("a mark cannot be saved: %v", err)
		}
		if !m.Bookmarked("x.txt") {
			t.Error("a mark saved is not shown")
		}
	})
}
