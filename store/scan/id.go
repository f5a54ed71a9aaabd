package scan

import (
	"path/filepath"

	"github.com/kioskreader/kiosk/store/article"
)

// withID makes parse give each article the id of its place in dir
// (article.IDOf), which the file's name alone does not tell in a
// subfolder.
func withID(dir string, parse func(string, []byte) article.Article) func(string, []byte) article.Article {
	if parse == nil {
		parse = parseAtMtime // dated by the file's mtime, as the index dates it
	}
	return func(path string, data []byte) article.Article {
		a := parse(path, data)
		if rel, err := filepath.Rel(dir, path); err == nil {
			a.ID = article.IDOf(filepath.ToSlash(rel))
		}
		return a
	}
}
