//go:build unix

package scan

// FIFOs and sockets in the folder: made with syscall.Mkfifo, which only
// unix systems have.

import (
	"errors"
	"net"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestSpecialFilesNeverOpened(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Avant.\n")
	write(t, dir, "z.txt", "Après.\n")
	mkfifoOrSkip(t, filepath.Join(dir, "fifo.txt"))
	ln, err := net.Listen("unix", filepath.Join(dir, "sock.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	write(t, dir, "x.txt/inner.txt", "Dedans.\n")

	out := scan(t, dir, Options{})
	for name, reason := range map[string]string{
		"fifo.txt": "not a regular file (named pipe)",
		"sock.txt": "not a regular file (socket)",
	} {
		if got := out.skips[filepath.Join(dir, name)]; got != reason {
			t.Errorf("%s: skip %q, want %q", name, got, reason)
		}
	}
	for _, name := range []string{"a.txt", "x.txt/inner.txt", "z.txt"} {
		if _, ok := out.articles[filepath.Join(dir, name)]; !ok {
			t.Errorf("%s not scanned", name)
		}
	}
	if _, ok := out.skips[filepath.Join(dir, "x.txt")]; ok {
		t.Error("the folder x.txt was treated as a file")
	}
}

// A file swapped for a FIFO after the listing must be refused, not waited on.
func TestReadFileRefusesFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "swapped.txt")
	mkfifoOrSkip(t, p)
	done := make(chan error, 1)
	go func() { _, err := ReadFile(p, 0); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadFile(FIFO) = %v, want ErrNotRegular", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("ReadFile blocked on a FIFO")
	}
}

// mkfifoOrSkip makes a FIFO at p, or skips the test where none can be made.
func mkfifoOrSkip(t *testing.T, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
}
