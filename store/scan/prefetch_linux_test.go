package scan

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Prefetch returns at once on whatever the folder holds in a file's place:
// a FIFO (whose open for reading would wait for a writer), a directory, a
// name gone, a file larger than it asks for; and a file it asked for
// reads the same afterwards.
func TestPrefetchNeverWaits(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Avant.\n")
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, 2*prefetchMax), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	mkfifoOrSkip(t, fifo)
	for _, p := range []string{fifo, dir, filepath.Join(dir, "gone.txt"), big, filepath.Join(dir, "a.txt")} {
		done := make(chan struct{})
		go func() {
			Prefetch(p)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Prefetch(%s) still waiting after 5 s", p)
		}
	}
	data, err := ReadFile(filepath.Join(dir, "a.txt"), DefaultMaxSize)
	if err != nil || string(data) != "Avant.\n" {
		t.Errorf("after Prefetch, ReadFile = %q, %v", data, err)
	}
}
