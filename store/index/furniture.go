package index

import (
	"strings"

	"github.com/kioskreader/kiosk/store/article"
)

// searchText is the body the index searches: the paragraphs, the captions
// and the page furniture the parser keeps apart from the text (masthead,
// bylines, image names; store/article/FORMAT.md), one a line. The
// furniture is not shown as text, but rg finds its words in the file, so a
// search finds them too. Built in one allocation: a 16 MiB file's text is
// copied once here, not three times (README: Security, memory).
func searchText(a article.Article) string {
	parts := [][]string{a.Paragraphs, a.Captions, a.Masthead, a.Bylines, a.Images}
	n := 0
	for _, p := range parts {
		for _, s := range p {
			n += len(s) + 1
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		for _, s := range p {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
