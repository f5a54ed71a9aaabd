package actors

import (
	"os"
	"path/filepath"
	"testing"
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
	Extract(inputs[0]) // load the gazetteers outside the timing
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, in := range inputs {
			Extract(in)
		}
	}
}
