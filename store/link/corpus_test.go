package link

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestCorpusLinks: every link in the real sample articles is accepted and
// reaches the browser and the screen unchanged.
func TestCorpusLinks(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "articles", "*"))
	if len(files) == 0 {
		t.Skip("no corpus at ../shared/corpus")
	}
	token := regexp.MustCompile(`https?://[^\s]+`)
	seen := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, raw := range token.FindAllString(string(data), -1) {
			seen++
			u, err := Check(raw)
			if err != nil {
				t.Errorf("%s: %v", filepath.Base(f), err)
				continue
			}
			if u.String() != raw || Display(u) != raw {
				t.Errorf("%s: %q became %q, shown as %q", filepath.Base(f), raw, u, Display(u))
			}
		}
	}
	if seen == 0 {
		t.Error("the corpus holds no link at all; the pattern is wrong")
	}
}
