package article

import (
	"path/filepath"
	"strings"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// Parse reads one article file. path names it (only its base name is used
// for ID and File); data is its content, untrusted.
// TEMPORARY: the full parser replaces this within the session.
func Parse(path string, data []byte) Article {
	file := filepath.Base(path)
	text := sanitize.Bytes(data)
	a := Article{ID: strings.TrimSuffix(file, filepath.Ext(file)), File: file, Path: path}
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			a.Paragraphs = append(a.Paragraphs, l)
		}
	}
	if len(a.Paragraphs) > 0 {
		a.Title = a.Paragraphs[0]
	}
	return a
}
