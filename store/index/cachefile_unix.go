//go:build unix

package index

import (
	"os"
	"syscall"
)

// ownFile tells a plain file that no other name shares.
func ownFile(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return fi.Mode().IsRegular() && (!ok || st.Nlink <= 1)
}

// openCacheFile opens a cache file for reading without following a link
// or waiting on a FIFO, and only if it is a plain file.
func openCacheFile(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err != nil || !ownFile(fi) {
		f.Close()
		return nil, errNotOwn
	}
	return f, nil
}
