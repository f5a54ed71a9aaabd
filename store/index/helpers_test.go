package index

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// folder writes files (name → content) into a new temporary folder.
func folder(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		write(t, filepath.Join(dir, name), text)
	}
	return dir
}

func write(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// openFresh opens and refreshes the index of dir in a temporary cache.
func openFresh(t testing.TB, dir string) *Index {
	t.Helper()
	ix, err := Open(dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	return ix
}

// files runs query s and returns the sorted file names found.
func files(t testing.TB, ix *Index, s string) []string {
	t.Helper()
	q, err := ParseQuery(s)
	if err != nil {
		t.Fatalf("ParseQuery(%q): %v", s, err)
	}
	hits, err := ix.Search(context.Background(), q, Ranked, 0)
	if err != nil {
		t.Fatalf("Search(%q) = %s: %v", s, q.Match(), err)
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.File)
	}
	sort.Strings(out)
	return out
}

// must ends the test at an error of its setup.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
