//go:build !linux

package index

import (
	"io/fs"
	"os"
)

// readDir lists a directory; without getdents64 the inode is not known
// (0), so a file replaced by a rename is seen by size and mtime only.
func readDir(path string) ([]dirent, error) {
	ents, err := os.ReadDir(path)
	out := make([]dirent, 0, len(ents))
	for _, e := range ents {
		out = append(out, dirent{name: e.Name(), typ: e.Type()})
	}
	return out, err
}

// inoOf is 0: the inode is not compared on this system.
func inoOf(fs.FileInfo) uint64 { return 0 }

// dirID is not known here: a folder seen twice is listed twice.
func dirID(fs.FileInfo) (devIno, bool) { return devIno{}, false }

// dirStamps stats the folders below the index's folder by path.
type dirStamps struct{ abs string }

func openDirStamps(abs string) dirStamps { return dirStamps{abs} }

// stamp is folder rel's mtime, as statDir gives it.
func (d dirStamps) stamp(rel string) (mtime int64, isDir bool, err error) {
	return stampByPath(d.abs, rel)
}

func (d dirStamps) close() {}
