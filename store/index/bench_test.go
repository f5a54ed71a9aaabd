package index

import (
	"context"
	"os"
	"testing"
)

// benchFolder is a generated folder named by $KIOSK_BENCH_DIR (kiosk-bench
// makes them), else a small one generated here.
func benchFolder(b *testing.B) string {
	if d := os.Getenv("KIOSK_BENCH_DIR"); d != "" {
		return d
	}
	return generate(b, 2000)
}

func BenchmarkBuild(b *testing.B) {
	dir := benchFolder(b)
	for b.Loop() {
		ix, err := Open(dir, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// benchIndex opens the index of the bench folder, in $KIOSK_BENCH_CACHE
// when set (so a built index is reused), and refreshes it.
func benchIndex(b *testing.B) *Index {
	cache := os.Getenv("KIOSK_BENCH_CACHE")
	if cache == "" {
		cache = b.TempDir()
	}
	ix, err := Open(benchFolder(b), cache)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		b.Fatal(err)
	}
	return ix
}

// $KIOSK_BENCH_WORD is the word searched (default: one in most articles of
// the synthetic folders).
func benchWord() string {
	if w := os.Getenv("KIOSK_BENCH_WORD"); w != "" {
		return w
	}
	return "mekong"
}

func benchQuery(b *testing.B, typed string, parse func(string) (Query, error), mode Mode) {
	ix := benchIndex(b)
	q, err := parse(typed)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := ix.Search(ctx, q, mode, 100); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQuickWord(b *testing.B)   { benchQuery(b, benchWord(), ParseQuery, Quick) }
func BenchmarkQuickPrefix(b *testing.B) { benchQuery(b, benchWord()[:3], ParseTyping, Quick) }
func BenchmarkRankedWord(b *testing.B)  { benchQuery(b, benchWord(), ParseQuery, Ranked) }
func BenchmarkRankedTwo(b *testing.B)   { benchQuery(b, benchWord()+" zanthoria", ParseQuery, Ranked) }
func BenchmarkRefreshUnchanged(b *testing.B) {
	ix := benchIndex(b)
	for b.Loop() {
		if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSnippets is what kiosk search adds per page of 50 results.
func BenchmarkSnippets(b *testing.B) {
	ix := benchIndex(b)
	q, _ := ParseQuery("zanthoria")
	hits, err := ix.Search(context.Background(), q, Ranked, 50)
	if err != nil || len(hits) == 0 {
		b.Skip("no hits")
	}
	for b.Loop() {
		for _, h := range hits {
			ix.Snippet(h, q)
		}
	}
}

// BenchmarkSearchCommand is what `kiosk search` does past its start: open
// the index, refresh it (unchanged), search a rare word, cut 50 snippets.
func BenchmarkSearchCommand(b *testing.B) {
	dir, cache := benchFolder(b), os.Getenv("KIOSK_BENCH_CACHE")
	if cache == "" {
		b.Skip("needs $KIOSK_BENCH_CACHE with a built index")
	}
	ctx := context.Background()
	q, _ := ParseQuery("zanthoria")
	for b.Loop() {
		ix, err := Open(dir, cache)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Refresh(ctx, false, nil); err != nil {
			b.Fatal(err)
		}
		hits, err := ix.Search(ctx, q, Ranked, 50)
		if err != nil {
			b.Fatal(err)
		}
		ix.Snippets(hits, q)
		ix.Close()
	}
}

// BenchmarkList is what the TUI pays to show the whole list from the index.
func BenchmarkList(b *testing.B) {
	ix := benchIndex(b)
	for b.Loop() {
		if _, err := ix.List(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
