//go:build !unix

package index

import "os"

// ownFile tells a plain file (other systems: by its type alone).
func ownFile(fi os.FileInfo) bool { return fi.Mode().IsRegular() }

// openCacheFile opens a cache file for reading, only if it is a plain file
// and not a link.
func openCacheFile(name string) (*os.File, error) {
	if fi, err := os.Lstat(name); err != nil || !ownFile(fi) {
		return nil, errNotOwn
	}
	return os.Open(name)
}
