package index

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

// vocabulary mixes accents, elisions, hyphens and cases, as real articles do.
var vocabulary = strings.Fields(`l'Ukraine d'Ukraine Ukraine Sergueï serguei États-Unis négociations
	Négociateur Hanoï Đà Nẵng province Typhon typhon cessez-le-feu aujourd’hui Lavrov L'AFP Reuters
	économie élection Zürich Straße MÜNCHEN Kraków déjà port pêcheurs Rubio rubio’s
	Новый новый Київ ёлка Ελλάδα Україна`)

// generate writes n articles of random sentences from the vocabulary.
func generate(t testing.TB, n int) string {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		var b strings.Builder
		for range 2 + r.IntN(4) {
			for range 5 + r.IntN(12) {
				b.WriteString(vocabulary[r.IntN(len(vocabulary))] + " ")
			}
			b.WriteString("end.\n")
		}
		sub := fmt.Sprintf("d%d", i%3)
		write(t, filepath.Join(dir, sub, fmt.Sprintf("%04d.txt", i)), b.String())
	}
	return dir
}

// For plain words, the index finds exactly the files whose parsed text
// holds the word, as a scan would.
func TestSameAsScan(t *testing.T) {
	dir := generate(t, 300)
	ix := openFresh(t, dir)
	texts := map[string][]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		a := article.Parse(p, data)
		texts[filepath.Base(p)] = words(a.Title + "\n" + strings.Join(a.Paragraphs, "\n") + "\n" + strings.Join(a.Captions, "\n"))
		return nil
	})
	for _, w := range []string{"ukraine", "serguei", "etats", "unis", "negociations", "hanoi", "da", "nang", "typhon", "cessez",
		"aujourd", "hui", "afp", "l", "zurich", "strasse", "munchen", "krakow", "deja", "pecheurs", "rubio", "s",
		"новый", "київ", "ёлка", "ελλάδα", "україна"} {
		var want []string
		for f, ws := range texts {
			if slices.Contains(ws, words(w)[0]) {
				want = append(want, f)
			}
		}
		sort.Strings(want)
		if got := files(t, ix, w); !slices.Equal(got, want) {
			t.Errorf("%q: index finds %d files, scan %d", w, len(got), len(want))
		}
	}
}
