package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

// errUnknown is an article argument that names nothing; the caller exits 2.
var errUnknown = errors.New("no such article")

// ambiguous is a name that several files below the folder have.
type ambiguous []string // their ids

func (a ambiguous) Error() string {
	return fmt.Sprintf("names %d articles; say which by its id: %s", len(a), strings.Join(a, ", "))
}

// resolve finds the file an ID|FILE argument names, in this order: an id
// that kiosk lists (article.IDOf), which names exactly one file; a file
// name or path inside dir; a path; then, anywhere below dir and only if one
// file has it, a file name, a name without its .txt, or the id a file would
// have at the top of dir.
func resolve(dir, arg string) (string, error) {
	if arg == "" {
		return "", errUnknown
	}
	if p, ok := byID(dir, arg); ok {
		return p, nil
	}
	for _, p := range []string{filepath.Join(dir, arg), arg} {
		if isFile(p) {
			return p, nil
		}
	}
	if strings.ContainsRune(arg, filepath.Separator) {
		return "", errUnknown
	}
	return findBelow(dir, arg)
}

// byID is the file of dir whose id is id, if there is one.
func byID(dir, id string) (string, bool) {
	rel, ok := article.RelOf(id)
	if !ok {
		return "", false
	}
	p := filepath.Join(dir, filepath.FromSlash(rel))
	return p, isFile(p)
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// findBelow looks for name among the files below dir: their file names,
// those without .txt in any case, and the ids they would have at the top of
// dir ("a" for "2024/a.txt").
func findBelow(dir, name string) (string, error) {
	files, err := scan.Files(dir, func(scan.Skip) {})
	if err != nil {
		return "", err
	}
	var found []string
	var ids ambiguous
	for _, p := range files {
		if base := filepath.Base(p); base == name || stem(base) == name || article.IDOf(base) == name {
			found = append(found, p)
			ids = append(ids, idIn(dir, p))
		}
	}
	switch len(found) {
	case 0:
		return "", errUnknown
	case 1:
		return found[0], nil
	}
	return "", ids
}

// stem is a file name without its .txt, in any case.
func stem(name string) string {
	if n := len(name) - 4; n > 0 && strings.EqualFold(name[n:], ".txt") {
		return name[:n]
	}
	return name
}

// idIn is the id of file p in folder dir, as kiosk lists it.
func idIn(dir, p string) string {
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return article.IDOf(filepath.Base(p))
	}
	return article.IDOf(filepath.ToSlash(rel))
}

// articleFolder is folder for commands that take an ID|FILE: a path to an
// existing file needs no folder, so a missing default folder is no error.
func articleFolder(env *Env, dirFlag, arg string) (string, bool) {
	if dirFlag == "" && env.Getenv("KIOSK_DIR") == "" {
		fi, err := os.Stat(arg)
		if err == nil && !fi.IsDir() {
			return filepath.Dir(arg), true
		}
		if strings.ContainsRune(arg, filepath.Separator) {
			if _, ok := byID(defaultDir, arg); ok {
				return defaultDir, true // the id of a file in a subfolder
			}
			// A path, not an id: say what is wrong with it, not with ./articles.
			if err == nil {
				err = errors.New("is a folder, not an article")
			}
			fmt.Fprintf(env.Stderr, "kiosk: %s: %v\n", quote(arg), unwrapPath(err))
			return "", false
		}
	}
	return folder(env, dirFlag)
}

// findArticle resolves the folder and the ID|FILE argument and parses the
// article, printing one line and returning ok=false when it cannot (exit 2).
func findArticle(env *Env, dirFlag, arg string) (article.Article, bool) {
	dir, ok := articleFolder(env, dirFlag, arg)
	if !ok {
		return article.Article{}, false
	}
	return loadArticle(env, dir, arg, scan.DefaultMaxSize)
}

// loadArticle resolves and parses one article, printing one line and
// returning ok=false when it cannot. Its id is the one kiosk lists.
func loadArticle(env *Env, dir, arg string, maxSize int64) (article.Article, bool) {
	p, err := resolve(dir, arg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: %s: %v in %s\n", quote(arg), err, quote(dir))
		return article.Article{}, false
	}
	data, err := scan.ReadFile(p, maxSize)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: cannot read %s: %s\n", quote(p), scan.Reason(err, maxSize))
		return article.Article{}, false
	}
	var mtime time.Time // the scrape time, to date the article as a list does
	if fi, err := os.Stat(p); err == nil {
		mtime = fi.ModTime()
	}
	a := article.ParseAt(p, data, mtime)
	a.ID = idIn(dir, p)
	return a, true
}

// unwrapPath drops the path that os errors repeat.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
