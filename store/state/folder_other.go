//go:build !unix

package state

// fileID has no device and inode to give here: a folder is known by its
// path alone, and its marks do not follow a rename.
func fileID(string) (dev, ino uint64, ok bool) { return 0, 0, false }
