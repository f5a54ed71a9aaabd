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

// resolve finds the file an ID|FILE argument names: a path that exists, a
// file name in dir, an id (file name without .txt) in dir, or either of
// those anywhere below dir. The first match in path order wins.
func resolve(dir, arg string) (string, error) {
	if arg == "" {
		return "", errUnknown
	}
	if fi, err := os.Stat(arg); err == nil && !fi.IsDir() {
		return arg, nil
	}
	for _, name := range []string{arg, arg + ".txt"} {
		p := filepath.Join(dir, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	if strings.ContainsRune(arg, filepath.Separator) {
		return "", errUnknown
	}
	files, err := scan.Files(dir, func(scan.Skip) {})
	if err != nil {
		return "", err
	}
	for _, p := range files {
		if base := filepath.Base(p); base == arg || base == arg+".txt" {
			return p, nil
		}
	}
	return "", errUnknown
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
// returning ok=false when it cannot.
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
	return article.ParseAt(p, data, mtime), true
}

// unwrapPath drops the path that os errors repeat.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
