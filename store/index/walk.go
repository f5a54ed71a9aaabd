package index

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/kioskreader/kiosk/store/scan"
)

// entry is one article file found in a folder listing.
type entry struct {
	rel   string // relative to the index's folder, with '/'
	size  int64
	mtime int64  // nanoseconds
	ino   uint64 // of the name itself (not a link's target); 0 if unknown
}

// dirent is one name in a directory, with what the listing tells of it.
type dirent struct {
	name string
	ino  uint64
	typ  fs.FileMode // type bits; ModeIrregular|ModeType when unknown
}

// listing is what one directory holds that the index cares about.
type listing struct {
	mtime   int64
	names   []dirent // article files
	subdirs []string // relative paths
}

// relJoin joins a relative directory and a name the way paths are stored.
func relJoin(dir, name string) string {
	if dir == "." {
		return name
	}
	return dir + "/" + name
}

func (ix *Index) abspath(rel string) string {
	return filepath.Join(ix.abs, filepath.FromSlash(rel))
}

// isArticleName follows the scan's rules: .txt files in any case, hidden
// names skipped.
func isArticleName(name string) bool {
	return len(name) > 4 && strings.EqualFold(name[len(name)-4:], ".txt") && !strings.HasPrefix(name, ".")
}

// list reads the names in directory rel without stat-ing its plain files
// (the directory entries carry their type), so an unchanged name costs
// nothing. It sorts entries by the scan's rules, so that the index holds
// and reports what a scan would: links are followed, to files and to
// folders, and a link back to a folder on its own path is a loop.
// The directory's mtime is taken before reading, so a change made while
// reading shows as a change next time.
func (ix *Index) list(rel string) (listing, error) {
	abs := ix.abspath(rel)
	fi, err := os.Stat(abs)
	if err != nil {
		return listing{}, err
	}
	if !fi.IsDir() {
		return listing{}, fs.ErrNotExist
	}
	l := listing{mtime: fi.ModTime().UnixNano()}
	ents, err := readDir(abs)
	if err != nil {
		return l, err
	}
	for _, e := range ents {
		if strings.HasPrefix(e.name, ".") {
			continue // hidden files and folders, as the scan skips them
		}
		ix.sortEntry(rel, e, &l)
	}
	return l, nil
}

// sortEntry files one directory entry of rel into l, or reports it.
func (ix *Index) sortEntry(rel string, e dirent, l *listing) {
	name, sub := e.name, relJoin(rel, e.name)
	t := e.typ
	if t == fs.ModeIrregular|fs.ModeType { // the file system did not say
		fi, err := os.Lstat(ix.abspath(sub))
		if err != nil {
			return
		}
		t = fi.Mode().Type()
	}
	switch {
	case t.IsDir():
		l.subdirs = append(l.subdirs, sub)
	case t&fs.ModeSymlink != 0:
		ix.sortLink(rel, e, l)
	case !isArticleName(name):
	case t.IsRegular():
		l.names = append(l.names, e)
	default:
		ix.skip(sub, scan.NotRegular(t))
	}
}

// sortLink follows a link found in rel: to a folder, listed like any other
// unless it leads back to one on its own path; to a *.txt file, listed
// under the link's own name.
func (ix *Index) sortLink(rel string, e dirent, l *listing) {
	sub := relJoin(rel, e.name)
	fi, err := os.Stat(ix.abspath(sub))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if _, lerr := os.Lstat(ix.abspath(sub)); lerr == nil {
			ix.skip(sub, "dangling symbolic link")
		}
	case err != nil:
		ix.skip(sub, scan.Reason(err, 0))
	case fi.IsDir() && ix.onPath(rel, fi):
		ix.skip(sub, "symbolic link loop")
	case fi.IsDir():
		l.subdirs = append(l.subdirs, sub)
	case !isArticleName(e.name):
	case fi.Mode().IsRegular():
		l.names = append(l.names, e)
	default:
		ix.skip(sub, scan.NotRegular(fi.Mode()))
	}
}

// onPath tells whether folder target is rel or one of the folders above
// it, up to the indexed folder: a link to it would make a loop.
func (ix *Index) onPath(rel string, target fs.FileInfo) bool {
	for {
		if fi, err := os.Stat(ix.abspath(rel)); err == nil && os.SameFile(fi, target) {
			return true
		}
		if rel == "." {
			return false
		}
		rel = dirOf(rel)
	}
}

// stat returns the size and mtime of article rel, following a link to a
// regular file; ok is false for anything else, which is reported.
// The inode is the name's own, as the directory listing gives it.
func (ix *Index) stat(rel string) (entry, bool) {
	lfi, err := os.Lstat(ix.abspath(rel))
	if err != nil {
		return entry{}, false // gone
	}
	fi := lfi
	if lfi.Mode()&fs.ModeSymlink != 0 {
		fi, err = os.Stat(ix.abspath(rel))
	}
	switch {
	case err != nil && os.IsNotExist(err):
		ix.skip(rel, "dangling symbolic link")
		return entry{}, false
	case err != nil:
		ix.skip(rel, scan.Reason(err, 0))
		return entry{}, false
	case !fi.Mode().IsRegular():
		ix.skip(rel, scan.NotRegular(fi.Mode()))
		return entry{}, false
	}
	return entry{rel: rel, size: fi.Size(), mtime: fi.ModTime().UnixNano(), ino: inoOf(lfi)}, true
}

// dirOf is the stored directory of a relative file path.
func dirOf(rel string) string { return path.Dir(rel) }

func relTo(base, p string) (string, error) {
	r, err := filepath.Rel(base, p)
	return filepath.ToSlash(r), err
}
func baseName(rel string) string { return path.Base(rel) }
