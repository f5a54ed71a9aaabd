package actors

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kioskreader/kiosk/store/actors/internal/tagger"
)

// BenchmarkExtract measures extraction speed in MB/s of article text on
// one core, over the held-out articles and the corpus when it is present.
func BenchmarkExtract(b *testing.B) {
	var inputs []Input
	size := 0
	files, _ := filepath.Glob("testdata/heldout/*.txt")
	more, _ := filepath.Glob(filepath.Join(corpusDir, "articles", "*.txt"))
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		in := corpusInput(data, "")
		for _, p := range append(in.Paragraphs, in.Captions...) {
			size += len(p)
		}
		inputs = append(inputs, in)
	}
	Extract(inputs[0]) // load the gazetteers and the tagger outside the timing
	tagged := model
	defer func() { model = tagged }()
	for _, c := range []struct {
		name string
		m    *tagger.Model
	}{{"rules", nil}, {"rules+tagger", tagged}} {
		b.Run(c.name, func(b *testing.B) {
			model = c.m
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, in := range inputs {
					Extract(in)
				}
			}
		})
	}
}
