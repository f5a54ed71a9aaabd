//go:build unix

package state

import (
	"os"
	"syscall"
)

// fileID is the device and inode of the folder at path, following links,
// so that a folder reached through a link is the folder itself.
func fileID(path string) (dev, ino uint64, ok bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, 0, false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return uint64(st.Dev), uint64(st.Ino), true
}
