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
	Reason string // fixed words, never text from the disk or an OS error's path
}

// String is the line kiosk prints on stderr for a skip. The path comes from
// the disk, so it is quoted (once, here) when it holds anything a terminal
// could act on; the reason is cleaned too, since a stored skip may come back
// from a tampered cache.
func (s Skip) String() sanitize.Safe {
	return sanitize.Sprintf("kiosk: skipped %s: %s", SafePath(s.Path), sanitize.SafeLine(s.Reason))
}

// SafePath is a path as kiosk prints it: as it is when every byte of it is
// printable, else Go-quoted, so that it can still be told apart and typed.
func SafePath(p string) sanitize.Safe {
	if sanitize.IsSafe(p, false) && p != "" {
		return sanitize.SafeLine(p)
	}
	return sanitize.SafeLine(strconv.QuoteToASCII(p))
}

// Errors that ReadFile returns for files it refuses; Reason turns any of its
// errors into the words of a skip line. None of them carries the path: the
// caller, who knows it, quotes it once.
var (
	ErrBinary     = errors.New("binary file (NUL byte)")
	ErrTooLarge   = errors.New("file too large")
	ErrNotRegular = errors.New("not a regular file")
	// ErrUTF16 is a binary file that starts with a UTF-16 (or UTF-32)
	// byte-order mark: text, but not in the encoding kiosk reads. It is
	// ErrBinary too, for callers that only tell text from binary.
	ErrUTF16 error = encodingError("UTF-16")
)

// Reasons for links and folders the walk passes over.
const (
	ReasonDangling   = "dangling symbolic link"
	ReasonLinkLoop   = "symbolic link loop"
	ReasonLinkFolder = "link to a folder, not followed"
	ReasonLinkOut    = "link leads out of the folder, not followed"
	ReasonSeen       = "folder already listed (a mount seen twice)"
)

// Reason says in a few fixed words why reading path failed with err. It
// never repeats err's text, which may hold a path from the disk.
func Reason(err error, maxSize int64) string {
	var errno syscall.Errno
	var kind kindError
	var enc encodingError
	switch {
	case errors.As(err, &kind):
		return kind.Error()
	case errors.As(err, &enc):
		return enc.Error()
	case errors.Is(err, ErrBinary):
		return ErrBinary.Error()
	case errors.Is(err, ErrTooLarge):
		return "larger than " + sizeString(limit(maxSize)) + " (--max-size)"
	case errors.Is(err, ErrNotRegular):
		return ErrNotRegular.Error()
	case errors.Is(err, fs.ErrNotExist):
		return "vanished during the scan"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return ReasonLinkLoop
	case errors.As(err, &errno):
		return errno.Error() // the system's table of fixed messages
	}
	return "unreadable"
}

// kindError is ErrNotRegular with the kind of file found.
type kindError struct{ kind string }

func (k kindError) Error() string { return ErrNotRegular.Error() + " (" + k.kind + ")" }
func (k kindError) Unwrap() error { return ErrNotRegular }

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
