package index

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

// Indexing is bounded by the parse budget (scan.ParseBudget, README:
// Security): files of short lines as large as the budget, indexed at once,
// keep the heap within the stated bound, as one would alone, however many
// there are (issue 11, F: 288 MB for three 16 MiB files; before the budget
// counted the rows waiting for the writer, six 4 MiB files took 5 MiB more
// for each file). KIOSK_INDEX_MEM_SIZE sets the size of each file and of
// the budget (default 4 MiB; 16777216 is --max-size), KIOSK_INDEX_MEM_FILES
// their number (default 6).
func TestIndexMemoryBudget(t *testing.T) {
	size := 4 << 20
	if s := os.Getenv("KIOSK_INDEX_MEM_SIZE"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		size = n
	}
	files := 6
	if s := os.Getenv("KIOSK_INDEX_MEM_FILES"); s != "" {
		files, _ = strconv.Atoi(s)
	}
	saved := scan.ParseBudget
	scan.ParseBudget = scan.NewBudget(int64(size)) // the budget scaled with the files
	t.Cleanup(func() { scan.ParseBudget = saved })

	dir := t.TempDir()
	for i := range files {
		unit := "Le Monde dit que la ville de Hanoï " + strconv.Itoa(i) + " a parlé.\n"
		text := strings.Repeat(unit, size/len(unit)+1)[:size-64]
		if err := os.WriteFile(filepath.Join(dir, "f"+strconv.Itoa(i)+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The extractor's model and the database engine load once per process:
	// start-up, not the cost of the files.
	article.Parse("warm.txt", []byte("Marco Rubio à Hanoï.\n\nLe Monde dit que Paris parle.\n"))
	openFresh(t, t.TempDir())
	runtime.GC()
	base := heapBytes()

	stop := samplePeak()
	openFresh(t, dir)
	got := stop() - base
	workers := runtime.GOMAXPROCS(0)
	bound := uint64(memoryBound(int64(size), workers))
	t.Logf("%d files of %d bytes: peak heap %.1f MiB over the start (%.1f MiB), bound %.1f MiB (%d workers)",
		files, size, float64(got)/(1<<20), float64(base)/(1<<20), float64(bound)/(1<<20), workers)
	if got > bound {
		t.Errorf("peak heap %d bytes over the start, past the bound of %d", got, bound)
	}
	if inUse := scan.ParseBudget.InUse(); inUse != 0 {
		t.Errorf("%d bytes of the budget still held after the build", inUse)
	}
}

// memoryBound is the stated bound on the heap an index build adds, for a
// budget of b bytes and the given workers (README: Security): a parse
// allocates 8× its file, and the heap may grow to twice what is live
// before the collector runs (GOGC=100).
func memoryBound(b int64, workers int) int64 {
	return 2*8*b + 32<<20*int64(workers)
}

// heapBytes is the heap's size: the objects, live or not yet swept.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// samplePeak samples the heap every millisecond until stop, which returns
// the largest size seen.
func samplePeak() func() uint64 {
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			h := heapBytes()
			mu.Lock()
			peak = max(peak, h)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return max(peak, heapBytes())
	}
}
