package index

import (
	"slices"
	"testing"
)

// Words the parser keeps out of the text (a masthead, a byline, an image
// name) are still found by a search, as rg finds them in the file.
func TestFurnitureIsSearched(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "Báo Tinsang\nLe Vietnam bat le Laos en qualifications\n" +
		"Le Vietnam a remporté une victoire face au Laos lors du match retour.\nIMG_4321.JPG\n" +
		"Báo Tinsang 07/10/2025 10:45\nSource : https://tinsang.vn/a\n"})
	ix := openFresh(t, dir)
	for _, q := range []string{"tinsang", "IMG_4321", "victoire"} {
		if got := files(t, ix, q); !slices.Equal(got, []string{"a.txt"}) {
			t.Errorf("%q found in %q, want a.txt", q, got)
		}
	}
}
