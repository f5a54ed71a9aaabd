package synth

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

func TestDeterministic(t *testing.T) {
	for i := range 50 {
		if !bytes.Equal(Article(i, 7), Article(i, 7)) {
			t.Fatalf("article %d differs between two calls", i)
		}
	}
	same := 0
	for i := range 50 {
		if bytes.Equal(Article(i, 7), Article(i, 8)) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d articles identical under two seeds", same)
	}
}

// Has must tell exactly which articles hold each benchmark word, in any
// case, since searches built on it expect that many hits.
func TestBenchmarkWords(t *testing.T) {
	const n = 5000
	words := append([]string{CommonWord}, RareWords...)
	seen := map[string]int{}
	for i := range n {
		text := bytes.ToLower(Article(i, 1))
		for _, w := range words {
			in := bytes.Contains(text, []byte(strings.ToLower(w)))
			if in != Has(i, 1, w) {
				t.Fatalf("article %d: contains %s = %v, Has says %v", i, w, in, !in)
			}
			if in {
				seen[w]++
			}
		}
	}
	if c := seen[CommonWord]; c < n*85/100 || c > n*95/100 {
		t.Errorf("%s in %d of %d articles, want about 90%%", CommonWord, c, n)
	}
	for _, w := range RareWords {
		if c := Count(100000, 1, w); c < 50 || c > 200 {
			t.Errorf("%s in %d of 100,000 articles, want about 100", w, c)
		}
		if seen[w] != Count(n, 1, w) {
			t.Errorf("Count(%s) = %d, found %d", w, Count(n, 1, w), seen[w])
		}
	}
}

// The articles look like the real ones to the parser: about 3.3 KB, several
// languages, a source link in most, a comment count in many.
func TestRealisticFormat(t *testing.T) {
	const n = 2000
	size, sources, comments, titled := 0, 0, 0, 0
	langs := map[string]int{}
	for i := range n {
		data := Article(i, 3)
		size += len(data)
		a := article.Parse(Name(i, 3), data)
		if len(a.Paragraphs) < 3 {
			t.Errorf("article %d: %d paragraphs", i, len(a.Paragraphs))
		}
		if a.Source != nil {
			sources++
		}
		if a.Comments != nil {
			comments++
		}
		if a.HasTitle {
			titled++
		}
		langs[a.Lang]++
	}
	if avg := size / n; avg < 3000 || avg > 3600 {
		t.Errorf("average size %d bytes, want about 3.3 KB", avg)
	}
	if sources < n*70/100 {
		t.Errorf("source link in %d of %d articles", sources, n)
	}
	if comments < n*55/100 || comments > n*85/100 {
		t.Errorf("comment count in %d of %d articles, want about 70%%", comments, n)
	}
	if len(langs) < 3 {
		t.Errorf("languages found: %v", langs)
	}
	t.Logf("sources %d, comments %d, titles %d, languages %v", sources, comments, titled, langs)
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	const n = 2100
	if err := Write(dir, n, 5); err != nil {
		t.Fatal(err)
	}
	folders, _ := os.ReadDir(dir)
	if len(folders) != 3 {
		t.Errorf("%d subfolders for %d files", len(folders), n)
	}
	total := 0
	for _, f := range folders {
		files, _ := os.ReadDir(filepath.Join(dir, f.Name()))
		if len(files) > perFolder {
			t.Errorf("%s holds %d files", f.Name(), len(files))
		}
		total += len(files)
	}
	if total != n {
		t.Errorf("%d files written, want %d", total, n)
	}
	for _, i := range []int{0, 999, 1000, n - 1} {
		got, err := os.ReadFile(filepath.Join(dir, Name(i, 5)))
		if err != nil || !bytes.Equal(got, Article(i, 5)) {
			t.Errorf("file of article %d: %v", i, err)
		}
	}
	if !strings.HasPrefix(Name(1234, 5), "001/001234_") || !strings.HasSuffix(Name(1234, 5), ".txt") {
		t.Errorf("Name(1234) = %s", Name(1234, 5))
	}
}

func BenchmarkArticle(b *testing.B) {
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(Article(i, 1))
	}
	b.SetBytes(int64(n / b.N))
}
