package scan

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/synth"
)

// benchDir is the folder of synthetic articles the benchmarks share,
// written on first use and removed by TestMain.
var benchDir string

var benchFolder = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "kiosk-scan-bench-")
	if err != nil {
		return "", err
	}
	benchDir = dir
	return dir, synth.Write(dir, 10000, 1)
})

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

func folderBytes(b *testing.B, dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, _ error) error {
		if fi, err := d.Info(); err == nil && fi.Mode().IsRegular() {
			n += fi.Size()
		}
		return nil
	})
	return n
}

func setup(b *testing.B) (string, int64) {
	dir, err := benchFolder()
	if err != nil {
		b.Fatal(err)
	}
	return dir, folderBytes(b, dir)
}

// BenchmarkScan is the whole scan of 10,000 articles: list, read, parse.
func BenchmarkScan(b *testing.B) {
	dir, size := setup(b)
	b.SetBytes(size)
	for b.Loop() {
		n := 0
		err := Scan(context.Background(), dir, Options{}, func(article.Article) { n++ }, func(s Skip) { b.Fatal(s) })
		if err != nil || n != 10000 {
			b.Fatalf("%d articles, %v", n, err)
		}
	}
}

// BenchmarkScanNoParse is the scan with a parser that only names the
// file: the cost of the listing, the reads and the reordering.
func BenchmarkScanNoParse(b *testing.B) {
	dir, size := setup(b)
	b.SetBytes(size)
	opt := Options{Parse: func(path string, data []byte) article.Article {
		return article.Article{Path: path, Words: len(data)}
	}}
	for b.Loop() {
		n := 0
		err := Scan(context.Background(), dir, opt, func(article.Article) { n++ }, func(s Skip) { b.Fatal(s) })
		if err != nil || n != 10000 {
			b.Fatalf("%d articles, %v", n, err)
		}
	}
}

// BenchmarkList is the listing alone, the floor under every scan.
func BenchmarkList(b *testing.B) {
	dir, _ := setup(b)
	for b.Loop() {
		if _, err := list(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead lists and reads every file on one goroutine without
// parsing: what the scan would cost with a free parser.
func BenchmarkRead(b *testing.B) {
	dir, size := setup(b)
	b.SetBytes(size)
	for b.Loop() {
		entries, err := list(dir)
		if err != nil {
			b.Fatal(err)
		}
		var r Reader
		for _, e := range entries {
			if _, err := r.Read(e.path, 0); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParse parses the articles already in memory on one goroutine.
func BenchmarkParse(b *testing.B) {
	var data [][]byte
	var size int64
	for i := range 1000 {
		data = append(data, synth.Article(i, 1))
		size += int64(len(data[i]))
	}
	b.SetBytes(size)
	for b.Loop() {
		for i, d := range data {
			article.Parse(synth.Name(i, 1), d)
		}
	}
}
