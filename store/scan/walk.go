package scan

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// entry is one path of the listing: a file to read, or a skip to report in
// its place.
type entry struct {
	path string
	skip string // why the path is passed over; empty for a file to read
}

// Files lists the candidate article files under dir, sorted by path: regular
// files (or links to them inside dir) named *.txt, in any folder but hidden
// ones. What it passes over for a reason the user should know (a dangling
// link, a loop, a link to a folder or out of dir, a FIFO named *.txt, a
// folder it may not read) goes to report, in path order. It fails only when
// dir itself cannot be listed.
func Files(dir string, report func(Skip)) ([]string, error) {
	entries, err := list(dir)
	if err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(entries))
	for _, e := range entries {
		if e.skip != "" {
			report(Skip{Path: e.path, Reason: e.skip})
			continue
		}
		paths = append(paths, e.path)
	}
	return paths, nil
}

// ErrNotFolder is returned when the folder to list is something else.
var ErrNotFolder = errors.New("not a folder")

// list walks dir. It reads names with os.ReadDir and trusts the type the
// directory entry gives, so a plain file costs no system call of its own;
// only folders and symbolic links are stat'ed.
func list(dir string) ([]entry, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, ErrNotFolder
	}
	root, err := NewRoot(dir)
	if err != nil {
		return nil, err
	}
	w := walker{root: root, seen: map[fileID]bool{}}
	if err := w.walk(dir, fi); err != nil {
		return nil, err
	}
	slices.SortFunc(w.entries, func(a, b entry) int { return strings.Compare(a.path, b.path) })
	return w.entries, nil
}

type walker struct {
	root    Root
	entries []entry
	// seen holds every folder listed, by device and inode: links to
	// folders are not followed, but a bind mount can still show a folder
	// twice, or inside itself.
	seen map[fileID]bool
}

func (w *walker) add(path string)             { w.entries = append(w.entries, entry{path: path}) }
func (w *walker) skip(path, reason string)    { w.entries = append(w.entries, entry{path, reason}) }
func (w *walker) fail(path string, err error) { w.skip(path, Reason(err, 0)) }

// walk lists one folder and descends into its subfolders. It returns the
// error that stopped the listing of dir itself, after walking what it could
// list.
func (w *walker) walk(dir string, fi fs.FileInfo) error {
	if id, ok := idOf(fi); ok {
		if w.seen[id] {
			w.skip(dir, ReasonSeen)
			return nil
		}
		w.seen[id] = true
	}
	ents, err := os.ReadDir(dir)
	for _, d := range ents {
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		w.visit(filepath.Join(dir, name), name, d.Type())
	}
	return err
}

// sub walks a subfolder, whose failure is a skip rather than an error.
func (w *walker) sub(dir string, fi fs.FileInfo) {
	if err := w.walk(dir, fi); err != nil {
		w.fail(dir, err)
	}
}

// visit sorts one directory entry by the type the listing gave.
func (w *walker) visit(path, name string, t fs.FileMode) {
	switch {
	case t.IsDir():
		fi, err := os.Lstat(path)
		if err != nil {
			w.fail(path, err)
			return
		}
		w.sub(path, fi)
	case t&fs.ModeSymlink != 0:
		w.link(path, name)
	case !isText(name):
	case t.IsRegular():
		w.add(path)
	default:
		w.skip(path, NotRegular(t))
	}
}

// link lists a symbolic link to a *.txt file inside the folder under the
// link's own path, and reports any other link but those to other files.
func (w *walker) link(path, name string) {
	fi, reason := w.root.Link(path, name)
	switch {
	case reason != "":
		w.skip(path, reason)
	case fi != nil:
		w.add(path)
	}
}

// isText tells an article file by its extension, in any case.
func isText(name string) bool {
	return len(name) > 4 && strings.EqualFold(name[len(name)-4:], ".txt")
}

// NotRegular names the kind of a file that is not a regular one, as a skip
// reports it ("named pipe", "socket", ...).
func NotRegular(m fs.FileMode) string {
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "block device"
	}
	return kindError{kind}.Error()
}
