package index

import (
	"encoding/binary"
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// readDir lists a directory with getdents64, which gives each name its
// inode number and type without a stat: the inode tells a file replaced by
// a rename (as careful writers and most editors save) from an unchanged
// one, for free.
func readDir(path string) ([]dirent, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fd := int(f.Fd())
	buf := make([]byte, 64<<10)
	var out []dirent
	for {
		n, err := syscall.ReadDirent(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return out, &os.PathError{Op: "getdents", Path: path, Err: err}
		}
		if n <= 0 {
			return out, nil
		}
		out = parseDirents(buf[:n], out)
	}
}

// linux_dirent64: ino u64, off i64, reclen u16, type u8, name NUL-terminated.
const direntNameOff = 19

func parseDirents(b []byte, out []dirent) []dirent {
	native := binary.NativeEndian
	for len(b) >= direntNameOff {
		reclen := int(native.Uint16(b[16:18]))
		if reclen < direntNameOff || reclen > len(b) {
			break
		}
		rec := b[:reclen]
		b = b[reclen:]
		name := rec[direntNameOff:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if len(name) == 0 || string(name) == "." || string(name) == ".." {
			continue
		}
		out = append(out, dirent{name: string(name), ino: native.Uint64(rec[0:8]), typ: direntType(rec[18])})
	}
	return out
}

func direntType(t uint8) fs.FileMode {
	switch t {
	case syscall.DT_DIR:
		return fs.ModeDir
	case syscall.DT_REG:
		return 0
	case syscall.DT_LNK:
		return fs.ModeSymlink
	case syscall.DT_FIFO:
		return fs.ModeNamedPipe
	case syscall.DT_SOCK:
		return fs.ModeSocket
	case syscall.DT_CHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.DT_BLK:
		return fs.ModeDevice
	case syscall.DT_UNKNOWN:
		return fs.ModeIrregular | fs.ModeType // unknown: ask lstat
	}
	return fs.ModeIrregular
}

// inoOf is the inode number of a file.
func inoOf(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return st.Ino
	}
	return 0
}

// dirID is the device and inode of a folder.
func dirID(fi fs.FileInfo) (devIno, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return devIno{}, false
	}
	return devIno{dev: uint64(st.Dev), ino: st.Ino}, true
}

// dirStamps stats the folders below the index's folder through one open
// descriptor of it (fstatat), not by a path walked from / each time: a
// quick refresh is a stat of every subfolder (1,001 at the 1M benchmark),
// which took 5 ms of each kiosk search by path and half that so.
type dirStamps struct {
	fd  int // -1: the folder could not be opened; stat by path
	abs string
}

func openDirStamps(abs string) dirStamps {
	fd, err := unix.Open(abs, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		fd = -1
	}
	return dirStamps{fd, abs}
}

// stamp is folder rel's mtime, as statDir gives it: a link is not
// followed, but for the folder itself ("."), which the descriptor is.
func (d dirStamps) stamp(rel string) (mtime int64, isDir bool, err error) {
	if d.fd < 0 {
		return stampByPath(d.abs, rel)
	}
	var st unix.Stat_t
	for {
		err = unix.Fstatat(d.fd, rel, &st, unix.AT_SYMLINK_NOFOLLOW)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		return 0, false, &fs.PathError{Op: "fstatat", Path: rel, Err: err}
	}
	return st.Mtim.Nano(), st.Mode&unix.S_IFMT == unix.S_IFDIR, nil
}

func (d dirStamps) close() {
	if d.fd >= 0 {
		unix.Close(d.fd)
	}
}
