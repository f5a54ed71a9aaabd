package scan

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Root is the folder a walk lists, as the links in it are judged: kiosk
// follows a symbolic link only to a file inside this folder. A link to a
// folder is never followed, so no graph of links can make a walk longer
// than the folder's own tree, and no link can take it out to / or /proc.
type Root struct {
	real string // the folder with every link in its path resolved
}

// NewRoot resolves dir for judging links.
func NewRoot(dir string) (Root, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Root{}, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return Root{}, err
	}
	return Root{real: real}, nil
}

// Link judges the symbolic link at path, whose name is name. It returns the
// target's information when the link is an article file to list under the
// link's own path; otherwise a fixed reason to report; or neither for a link
// to a file not named *.txt, which is not an article's. A link to a folder
// is reported, since what it leads to may hold articles.
func (r Root) Link(path, name string) (fs.FileInfo, string) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// The link itself was listed a moment ago, so it is its target
		// that is missing, unless the link went too.
		if _, lerr := os.Lstat(path); lerr != nil {
			return nil, Reason(lerr, 0)
		}
		return nil, ReasonDangling
	case errors.Is(err, syscall.ELOOP):
		return nil, ReasonLinkLoop
	case err != nil:
		return nil, Reason(err, 0)
	case fi.IsDir():
		return nil, ReasonLinkFolder
	case !isText(name):
		return nil, ""
	case !r.inside(path):
		return nil, ReasonLinkOut
	case !fi.Mode().IsRegular():
		return nil, NotRegular(fi.Mode())
	}
	return fi, ""
}

// inside tells whether the link at path resolves to a place in the folder.
func (r Root) inside(path string) bool {
	if r.real == "" {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	t, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return false
	}
	return t == r.real || strings.HasPrefix(t, r.real+string(filepath.Separator)) ||
		r.real == string(filepath.Separator)
}
