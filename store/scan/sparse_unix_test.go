//go:build unix

package scan

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSparseBinaryReadsItsHead: a sparse file of NULs just under the limit
// is binary by its first 8 KiB, and the reader's buffer holds no more than
// those: before, a 1 GiB sparse file under --max-size 1073741824 was read
// whole (1 GiB of memory, most of a minute) to be called binary.
func TestSparseBinaryReadsItsHead(t *testing.T) {
	const size = 256 << 20
	p := filepath.Join(t.TempDir(), "sparse.txt")
	f, err := os.Create(p)
	must(t, err)
	must(t, f.Truncate(size))
	must(t, f.Close())
	var r Reader
	if _, err := r.Read(p, size); !errors.Is(err, ErrBinary) {
		t.Fatalf("a file of NULs: %v, want %v", err, ErrBinary)
	}
	if c := cap(r.buf); c > 1<<20 {
		t.Errorf("the reader's buffer grew to %d bytes to call a file binary by its first %d", c, sniffLen)
	}
	// A text file of the same reader is still read whole, past the head.
	text := strings.Repeat("Une phrase. ", 3*sniffLen)
	q := filepath.Join(t.TempDir(), "text.txt")
	must(t, os.WriteFile(q, []byte(text), 0o644))
	got, err := r.Read(q, 0)
	if err != nil || string(got) != text {
		t.Errorf("text after a binary file: %d bytes, %v; want %d", len(got), err, len(text))
	}
}
