package index

import (
	"errors"
	"os"
)

// The cache is derived data, never trusted: its files are opened only when
// they are plain files of kiosk's own (see ownFile).

// errNotOwn is a cache file that is not a plain file of kiosk's own.
var errNotOwn = errors.New("not a plain file")

// clearOdd removes whatever stands where an index's file should be and is
// not a file of its own: SQLite opens its files by name and follows links,
// so a link there (or a hard link, or a FIFO) would have kiosk's schema
// written into, or wait on, a file that is not kiosk's. Removing a link
// leaves its target alone.
func clearOdd(file string) {
	for _, suffix := range dbSuffixes {
		if fi, err := os.Lstat(file + suffix); err == nil && !ownFile(fi) {
			os.Remove(file + suffix)
		}
	}
}
