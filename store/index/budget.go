package index

import (
	"context"
	"runtime"
	"sync"

	"github.com/kioskreader/kiosk/store/scan"
)

// parseChunks reads and parses jobs a chunk (batch) at a time, each chunk
// spread over all cores, while the previous one is being written. It works
// under the process's parse budget (scan.ParseBudget): a file's bytes are
// taken before it is read and given back once its row is written
// (release), so that the files being read, parsed and waiting for the
// writer never add up to more than the budget, whatever their sizes (issue
// 11, F: three 16 MiB files once sat in memory as text, stems and rows at
// once). A chunk is cut short when the budget is spent: its rows go to the
// writer, which gives their bytes back, rather than the chunk waiting for
// bytes that only its own write would free.
func (ix *Index) parseChunks(ctx context.Context, jobs []job, out chan<- []row) {
	defer close(out)
	pf := ix.startPrefetch(jobs) // prefetch.go
	defer pf.stop()
	for start := 0; start < len(jobs) && ctx.Err() == nil; {
		pf.reached(start)
		rows := ix.parseChunk(jobs[start:min(start+batch, len(jobs))])
		start += len(rows)
		out <- rows
	}
}

// parseChunk parses the longest run of part (one file at least) that the
// budget holds now, on every core, and returns its rows, each holding its
// bytes of the budget.
func (ix *Index) parseChunk(part []job) []row {
	rows := make([]row, len(part))
	held := make([]int64, len(part))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rows[i] = ix.parse(part[i])
			}
		}()
	}
	n := 0
	for ; n < len(part); n++ {
		h, ok := scan.ParseBudget.TryTake(part[n].e.size)
		if !ok && n > 0 {
			break // write what is parsed, which frees the budget
		}
		if !ok {
			h = scan.ParseBudget.Take(part[n].e.size) // freed by the writer, which waits for nothing
		}
		held[n] = h
		next <- n
	}
	close(next)
	wg.Wait()
	for i := range n {
		rows[i].held = held[i]
	}
	return rows[:n]
}

// release gives the budget held by rows back, once they are written (or
// will never be).
func release(rows []row) {
	for i := range rows {
		if rows[i].held > 0 {
			scan.ParseBudget.Give(rows[i].held)
			rows[i].held = 0
		}
	}
}
