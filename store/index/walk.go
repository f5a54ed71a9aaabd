package index

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

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

// walkState is what one refresh's walk remembers: the folders it listed,
// by device and inode, so that a folder seen twice (a bind mount) is listed
// once, and the folder resolved, to judge links by where they lead.
type walkState struct {
	seen map[devIno]bool
	root *scan.Root
}

// devIno identifies a folder.
type devIno struct{ dev, ino uint64 }

// startWalk forgets the folders of the last walk.
func (ix *Index) startWalk() { ix.walk.seen = nil }

// firstVisit tells whether folder fi is listed for the first time in this
// walk, and remembers it.
func (ix *Index) firstVisit(fi fs.FileInfo) bool {
	id, ok := dirID(fi)
	if !ok {
		return true
	}
	if ix.walk.seen == nil {
		ix.walk.seen = map[devIno]bool{}
	}
	if ix.walk.seen[id] {
		return false
	}
	ix.walk.seen[id] = true
	return true
}

// root is the folder as links are judged (scan.Root): resolved once.
func (ix *Index) root() scan.Root {
	if ix.walk.root == nil {
		r, _ := scan.NewRoot(ix.abs) // the zero Root follows no link
		ix.walk.root = &r
	}
	return *ix.walk.root
}

// list reads the names in directory rel without stat-ing its plain files
// (the directory entries carry their type), so an unchanged name costs
// nothing. It sorts entries by the scan's rules, so that the index holds
// and reports what a scan would: links are followed only to files inside
// the folder (scan.Root.Link), never to folders, and a folder seen before
// in this walk is not listed again.
// The directory's mtime is taken before reading, so a change made while
// reading shows as a change next time.
func (ix *Index) list(rel string) (listing, error) {
	abs := ix.abspath(rel)
	fi, err := ix.statDir(rel)
	if err != nil {
		return listing{}, err
	}
	if !fi.IsDir() {
		return listing{}, fs.ErrNotExist
	}
	l := listing{mtime: fi.ModTime().UnixNano()}
	if !ix.firstVisit(fi) {
		ix.skip(rel, scan.ReasonSeen)
		return l, nil
	}
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

// statDir stats folder rel without following a link (a link to a folder
// is not followed), but for the folder itself, which may be named through
// one.
func (ix *Index) statDir(rel string) (fs.FileInfo, error) { return statFolder(ix.abs, rel) }

// statFolder is statDir of folder rel of the folder abs.
func statFolder(abs, rel string) (fs.FileInfo, error) {
	if rel == "." {
		return os.Stat(abs)
	}
	return os.Lstat(filepath.Join(abs, filepath.FromSlash(rel)))
}

// stampByPath is what statDir says of folder rel of the folder abs: its
// mtime and whether it is a folder.
func stampByPath(abs, rel string) (mtime int64, isDir bool, err error) {
	fi, err := statFolder(abs, rel)
	if err != nil {
		return 0, false, err
	}
	return fi.ModTime().UnixNano(), fi.IsDir(), nil
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

// sortLink lists a link to an article file inside the folder under the
// link's own name, and reports the links the scan reports.
func (ix *Index) sortLink(rel string, e dirent, l *listing) {
	sub := relJoin(rel, e.name)
	fi, reason := ix.root().Link(ix.abspath(sub), e.name)
	switch {
	case reason != "":
		ix.skip(sub, reason)
	case fi != nil:
		l.names = append(l.names, e)
	}
}

// stat returns the size and mtime of article rel, following a link to a
// regular file inside the folder; ok is false for anything else, which is
// reported. The inode is the name's own, as the directory listing gives it.
func (ix *Index) stat(rel string) (entry, bool) {
	lfi, err := os.Lstat(ix.abspath(rel))
	if err != nil {
		return entry{}, false // gone
	}
	fi := lfi
	if lfi.Mode()&fs.ModeSymlink != 0 {
		var reason string
		if fi, reason = ix.root().Link(ix.abspath(rel), baseName(rel)); fi == nil {
			if reason != "" {
				ix.skip(rel, reason)
			}
			return entry{}, false
		}
	}
	if !fi.Mode().IsRegular() {
		ix.skip(rel, scan.NotRegular(fi.Mode()))
		return entry{}, false
	}
	return entry{rel: rel, size: fi.Size(), mtime: fi.ModTime().UnixNano(), ino: inoOf(lfi)}, true
}

// statted is what stat said of one name, if it was asked.
type statted struct {
	e         entry
	ok, asked bool
}

// statWorkers is how many names statNames stats at once.
const statWorkers = 8

// statNames stats the names of directory d that need says to, in order,
// on statWorkers goroutines: a rebuild stats every file of the folder
// before the first is read, one system call each (a minute at 1M on a
// loaded machine, on one core), and the calls of one goroutine wait for
// each other, where the kernel could answer several at once.
func (ix *Index) statNames(d string, names []dirent, need func(dirent) bool) []statted {
	out := make([]statted, len(names))
	var asked []int
	for i, de := range names {
		if need(de) {
			out[i].asked = true
			asked = append(asked, i)
		}
	}
	if len(asked) < 2*statWorkers {
		for _, i := range asked {
			out[i].e, out[i].ok = ix.stat(relJoin(d, names[i].name))
		}
		return out
	}
	ix.root() // resolved once, before the goroutines read it
	var next atomic.Int64
	var wg sync.WaitGroup
	for range statWorkers {
		wg.Go(func() {
			for k := next.Add(1) - 1; k < int64(len(asked)); k = next.Add(1) - 1 {
				i := asked[k]
				out[i].e, out[i].ok = ix.stat(relJoin(d, names[i].name))
			}
		})
	}
	wg.Wait()
	return out
}

// dirOf is the stored directory of a relative file path.
func dirOf(rel string) string { return path.Dir(rel) }

func relTo(base, p string) (string, error) {
	r, err := filepath.Rel(base, p)
	return filepath.ToSlash(r), err
}
func baseName(rel string) string { return path.Base(rel) }
