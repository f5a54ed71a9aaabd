package index

import (
	"strings"

	"github.com/kioskreader/kiosk/store/article"
)

// furnitureText is the page furniture the parser keeps apart from the text
// (masthead, bylines, image names; store/article/FORMAT.md), one per line
// after a line break: not shown as text, but words that rg finds in the
// file, so that a search finds them too.
func furnitureText(a article.Article) string {
	n := len(a.Masthead) + len(a.Bylines) + len(a.Images)
	if n == 0 {
		return ""
	}
	parts := make([]string, 0, n)
	parts = append(append(append(parts, a.Masthead...), a.Bylines...), a.Images...)
	return "\n" + strings.Join(parts, "\n")
}
