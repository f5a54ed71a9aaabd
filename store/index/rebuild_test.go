package index

import (
	"bytes"
	"context"
	"sync"
	"sync/atomic"
	"testing"
)

// Lists and searches running while the index is rebuilt, through the
// rebuilding Index and through another one on the same cache (as another
// kiosk process would), answer from the old index or the new, whole: every
// answer holds every article.
func TestRebuildIsAtomicForReaders(t *testing.T) {
	n := sized(400)
	dir, cache := generate(t, n), t.TempDir()
	ctx := context.Background()
	builder, err := Open(dir, cache)
	must(t, err)
	defer builder.Close()
	if _, err := builder.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	other, err := Open(dir, cache)
	must(t, err)
	defer other.Close()
	q, err := ParseQuery("end") // every generated article ends so
	must(t, err)

	var rebuilding atomic.Bool
	var during atomic.Int64 // answers given while a rebuild ran
	done := make(chan struct{})
	var wg sync.WaitGroup
	read := func(ix *Index) {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			was := rebuilding.Load()
			// The refresh may find the index held for writing by the
			// rebuild (when it has something to write): the answers are
			// then those of the old index, and must be whole all the same.
			if _, err := ix.Refresh(ctx, false, nil); err != nil && !Busy(err) {
				t.Errorf("refresh during a rebuild: %v", err)
				return
			}
			list, err := ix.List(ctx)
			if err != nil || len(list) != n {
				t.Errorf("list during a rebuild: %d of %d articles (%v)", len(list), n, err)
				return
			}
			hits, err := ix.Search(ctx, q, Quick, 0)
			if err != nil || len(hits) != n {
				t.Errorf("search during a rebuild: %d of %d articles (%v)", len(hits), n, err)
				return
			}
			var out bytes.Buffer
			if err := ix.WriteList(ctx, &out, nil); err != nil || bytes.Count(out.Bytes(), []byte("\n")) != n {
				t.Errorf("list --json during a rebuild: %d of %d lines (%v)", bytes.Count(out.Bytes(), []byte("\n")), n, err)
				return
			}
			if was && rebuilding.Load() {
				during.Add(1)
			}
		}
	}
	wg.Add(2)
	go read(builder)
	go read(other)
	for range 3 {
		rebuilding.Store(true)
		st, err := builder.Rebuild(ctx, nil)
		rebuilding.Store(false)
		if err != nil {
			t.Fatalf("rebuild: %v", err)
		}
		if st.Added != n {
			t.Errorf("rebuild added %d, want %d", st.Added, n)
		}
	}
	close(done)
	wg.Wait()
	if during.Load() == 0 {
		t.Errorf("no answer came while a rebuild ran: the test proved nothing")
	}
	t.Logf("%d complete answers while rebuilding", during.Load())
}

// A rebuild that is cancelled half-way leaves the old index whole.
func TestCancelledRebuildKeepsTheOldIndex(t *testing.T) {
	n := sized(300)
	dir := generate(t, n)
	ix := openFresh(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := ix.Rebuild(ctx, func(done, total int) {
		if done > 0 {
			cancel()
		}
	})
	if err == nil {
		t.Fatal("a cancelled rebuild reported no error")
	}
	if got, err := ix.Len(context.Background()); err != nil || got != n {
		t.Errorf("after a cancelled rebuild the index holds %d of %d articles (%v)", got, n, err)
	}
}

// sized is n articles, or a third as many with -short (CI's race run, where
// parsing is ten times slower and the readers' race is what counts).
func sized(n int) int {
	if testing.Short() {
		return n / 3
	}
	return n
}
