package index

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/synth"
)

// TestEveryBodyWordIsFound: over a generated folder, every word of an
// article's text (title, paragraphs, captions) finds that article. A word a
// reader sees but search cannot find is text lost, as a source line that
// swallowed the rest of its line once made three planted words unfindable.
// Words are cut as rg -w cuts them (runs of letters and digits), so every
// word rg -w finds in the text, kiosk finds too.
func TestEveryBodyWordIsFound(t *testing.T) {
	n, perFile := 120, 12
	if testing.Short() {
		n, perFile = 30, 6
	}
	dir := t.TempDir()
	texts := map[string]article.Article{}
	planted := map[string]string{} // path → a word only the source line's text holds
	for i := range n {
		name := fmt.Sprintf("a%04d.txt", i)
		data := synth.Article(i, 7)
		if i%10 == 0 { // a source line that goes on with the article's text
			data = append(data, []byte(fmt.Sprintf("\nQuelle: https://example.com/a%d Des gens se déplacent. Référence kw%04d.\n", i, i))...)
			planted[filepath.Join(dir, name)] = fmt.Sprintf("kw%04d", i)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		texts[path] = article.Parse(path, data)
	}
	ix := openFresh(t, dir)
	rng := rand.New(rand.NewSource(1))
	ctx := context.Background()
	for path, a := range texts {
		words := bodyWords(a)
		rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
		for _, w := range words[:min(perFile, len(words))] {
			q, err := ParseQuery(w)
			if err != nil {
				t.Errorf("%q: %v", w, err)
				continue
			}
			hits, err := ix.Search(ctx, q, Quick, 0)
			if err != nil {
				t.Fatalf("%q: %v", w, err)
			}
			if !hasPath(hits, path) {
				t.Errorf("%s: the word %q is in its text but search does not find it", filepath.Base(path), w)
			}
		}
		if kw, ok := planted[path]; ok {
			q, _ := ParseQuery(kw)
			if hits, _ := ix.Search(ctx, q, Quick, 0); !hasPath(hits, path) {
				t.Errorf("%s: the planted word %s after a source link is not found", filepath.Base(path), kw)
			}
		}
	}
}

// bodyWords cuts the article's visible text into words as rg -w does, less
// the query language's own operators.
func bodyWords(a article.Article) []string {
	text := a.Title + "\n" + strings.Join(a.Paragraphs, "\n")
	for _, c := range a.Captions {
		text += "\n" + c
	}
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) }) {
		switch w {
		case "OR", "AND", "NOT", "NEAR":
			continue
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func hasPath(hits []Hit, path string) bool {
	for _, h := range hits {
		if h.Path == path || filepath.Base(h.Path) == filepath.Base(path) {
			return true
		}
	}
	return false
}
