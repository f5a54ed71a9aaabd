package scan

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// prefetchMax is how much of a file Prefetch asks for: an article is a
// few kilobytes; a larger file is read as it comes.
const prefetchMax = 256 << 10

// Prefetch asks the kernel to begin reading path's first bytes into the
// page cache and returns at once, without waiting for the disk: a reader
// that opens the file soon after finds it there, and does not stall its
// core on the read. It opens the file as ReadFile does (never blocking on
// a FIFO) and asks only for a regular file. Errors are ignored: ReadFile
// meets and reports them.
func Prefetch(path string) {
	fd, err := open(path)
	if err != nil {
		return
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return
	}
	unix.Fadvise(fd, 0, min(st.Size, prefetchMax), unix.FADV_WILLNEED)
}
