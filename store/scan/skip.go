package scan

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"syscall"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// Skip is a path the scan passed over, and why. A skip never stops a scan.
type Skip struct {
	Path   string
	Reason string
}

// String is the line kiosk prints on stderr for a skip. The path comes from
// the disk, so it is quoted when it holds anything a terminal could act on.
func (s Skip) String() string {
	return "kiosk: skipped " + safePath(s.Path) + ": " + s.Reason
}

func safePath(p string) string {
	if sanitize.IsSafe(p, false) {
		return p
	}
	return strconv.Quote(p)
}

// Errors that ReadFile returns for files it refuses; Reason turns any of its
// errors into the words of a skip line.
var (
	ErrBinary     = errors.New("binary file (NUL byte)")
	ErrTooLarge   = errors.New("file too large")
	ErrNotRegular = errors.New("not a regular file")
)

// Reason says in a few words why reading path failed with err.
func Reason(err error, maxSize int64) string {
	var errno syscall.Errno
	switch {
	case errors.Is(err, ErrBinary):
		return ErrBinary.Error()
	case errors.Is(err, ErrTooLarge):
		return "larger than " + sizeString(limit(maxSize)) + " (--max-size)"
	case errors.Is(err, ErrNotRegular):
		return err.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "vanished during the scan"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop"
	case errors.As(err, &errno):
		return errno.Error()
	}
	return err.Error()
}

// sizeString prints a byte count the way --max-size is usually given.
func sizeString(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
