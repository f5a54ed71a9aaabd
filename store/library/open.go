package library

import (
	"fmt"
	"os"

	"github.com/kioskreader/kiosk/store/index"
)

// Open opens the index of folder dir in cacheDir, the user's cache. When
// that cannot be done (a read-only or missing cache, a cache path under a
// file, a database another process holds locked) the same index is built
// into a temporary directory instead, which Close removes: slower on every
// start, but every answer is the one a writable cache gives. notice says
// so, in one line, for the status line; it is "" when the cache is used as
// it was, and says why when the index there was damaged and begun anew.
// The error is for a folder that cannot be indexed at all.
func Open(dir, cacheDir string) (x *Indexed, notice string, err error) {
	var cacheErr error
	if cacheDir != "" {
		ix, err := index.Open(dir, cacheDir)
		if err == nil {
			return NewIndexed(ix), ix.Restarted(), nil
		}
		cacheErr = err
	} else {
		cacheErr = fmt.Errorf("no cache directory")
	}
	tmp, err := os.MkdirTemp("", "kiosk-index-")
	if err != nil {
		return nil, "", fmt.Errorf("cannot use the cache (%v) nor a temporary directory (%w)", cacheErr, err)
	}
	ix, err := index.Open(dir, tmp)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, "", fmt.Errorf("cannot use the cache (%v) nor a temporary index (%w)", cacheErr, err)
	}
	x = NewIndexed(ix)
	x.temp = tmp
	return x, fmt.Sprintf("the cache cannot be used (%v): the index is built anew in a temporary folder on each start", cacheErr), nil
}

// Close closes the index and removes a temporary one.
func (x *Indexed) Close() error {
	err := x.ix.Close()
	if x.temp != "" {
		if rerr := os.RemoveAll(x.temp); err == nil {
			err = rerr
		}
	}
	return err
}

// Temporary reports whether the index lives in a temporary folder that
// Close removes.
func (x *Indexed) Temporary() bool { return x.temp != "" }
