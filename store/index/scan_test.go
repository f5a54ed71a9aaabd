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

// For plain words, quoted or not, the index finds exactly the files in
// which the matcher marks the word, as a scan would.
func TestSameAsScan(t *testing.T) {
	dir := generate(t, 300)
	ix := openFresh(t, dir)
	docs := map[string]Doc{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		docs[filepath.Base(p)] = docOf(article.Parse(p, data))
		return nil
	})
	for _, w := range []string{"ukraine", "serguei", "etats", "unis", "negociations", "hanoi", "da", "nang", "typhon", "cessez",
		"aujourd", "hui", "afp", "l", "zurich", "strasse", "munchen", "krakow", "deja", "pecheurs", "rubio", "s",
		"новый", "київ", "ёлка", "ελλάδα", "україна", `"negociations"`, "negociateurs", "élections"} {
		q, err := ParseQuery(w)
		if err != nil {
			t.Fatal(err)
		}
		m := q.Matcher()
		var want []string
		for f, d := range docs {
			if len(m.Match(d).Body)+len(m.Match(d).Title) > 0 {
				want = append(want, f)
			}
		}
		sort.Strings(want)
		if got := files(t, ix, w); !slices.Equal(got, want) {
			t.Errorf("%q: index finds %d files, the matcher marks %d", w, len(got), len(want))
		}
	}
}

// docOf is what the matcher reads of a parsed article.
func docOf(a article.Article) Doc {
	d := Doc{Title: a.Title, Body: strings.Join(a.Paragraphs, "\n") + "\n" + strings.Join(a.Captions, "\n"), Lang: a.Lang, Actors: a.Actors}
	if a.Source != nil {
		d.Domain = a.Source.Domain
	}
	return d
}
