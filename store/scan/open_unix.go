//go:build unix

package scan

import (
	"os"
	"syscall"
)

// readRegular opens path without blocking (a FIFO opened O_RDONLY would wait
// for a writer forever), checks on the open descriptor that it is a regular
// file, so a file swapped for a FIFO after the listing is still refused, and
// reads it whole, at most maxSize+1 bytes. Raw system calls keep the cost per
// file at open, fstat, two reads and close.
func readRegular(r *Reader, path string, maxSize int64) ([]byte, error) {
	// The errors carry no path: the caller quotes it once (Reason).
	fd, err := open(path)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := fstat(fd, &st); err != nil {
		return nil, err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, kindError{kindName(uint32(st.Mode))}
	}
	if st.Size > maxSize {
		return nil, ErrTooLarge
	}
	// The first sniffLen bytes come first: a binary file is known by them,
	// and a sparse file of NULs under the limit is not read whole for it.
	// Then one byte more than the size, so that a file that grew is noticed
	// and its end is read in the same call.
	head := min(int(st.Size), sniffLen)
	r.reset(int(st.Size)+1, head+1)
	n, sniffed := 0, false
	for int64(n) <= maxSize {
		if !sniffed && n >= head {
			sniffed = true
			if looksBinary(r.buf[:n]) {
				return r.buf[:n], nil
			}
			r.grow(n, int(st.Size)+1)
		}
		if n == len(r.buf) {
			r.grow(n, 2*len(r.buf))
		}
		m, err := syscall.Read(fd, r.buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if m == 0 {
			break
		}
		n += m
	}
	return r.buf[:n], nil
}

func open(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC|syscall.O_NOCTTY, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

func fstat(fd int, st *syscall.Stat_t) error {
	for {
		err := syscall.Fstat(fd, st)
		if err != syscall.EINTR {
			return err
		}
	}
}

// kindName names a file type for a skip line.
func kindName(mode uint32) string {
	switch mode & syscall.S_IFMT {
	case syscall.S_IFIFO:
		return "named pipe"
	case syscall.S_IFSOCK:
		return "socket"
	case syscall.S_IFCHR:
		return "character device"
	case syscall.S_IFBLK:
		return "block device"
	case syscall.S_IFDIR:
		return "directory"
	}
	return "special file"
}

// fileID identifies a directory by device and inode, to tell when a
// followed link leads back to a folder already on the current path.
type fileID struct{ dev, ino uint64 }

func idOf(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}
