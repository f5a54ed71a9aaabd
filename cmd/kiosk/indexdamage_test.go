package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A search over an index file that is not a database says, in one line,
// that the index was damaged and is built anew, and answers from the new one.
func TestSearchSaysDamagedIndexIsRebuilt(t *testing.T) {
	cache := t.TempDir()
	env := map[string]string{"XDG_CACHE_HOME": cache, "KIOSK_DIR": writeFiles(t, searchFolder)}
	if _, errOut, code := kiosk(t, env, "search", "typhon"); code != 0 || strings.Contains(errOut, "anew") {
		t.Fatalf("first search: exit %d, stderr %q", code, errOut)
	}
	dbs, _ := filepath.Glob(filepath.Join(cache, "kiosk", "*.db"))
	if len(dbs) != 1 {
		t.Fatalf("index files: %q", dbs)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(dbs[0] + suffix)
	}
	if err := os.WriteFile(dbs[0], bytes.Repeat([]byte("not a database \x00\xff"), 4096), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := kiosk(t, env, "search", "typhon")
	if code != 0 || !strings.Contains(out, "other.txt") {
		t.Errorf("search over a damaged index: exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errOut, "kiosk: the search index was damaged") || !strings.Contains(errOut, "built anew") {
		t.Errorf("stderr %q does not say the index was damaged and built anew", errOut)
	}
}
