// Package scan finds the article files of a folder and parses them on every
// core, handing the articles back one by one in path order.
//
// It opens nothing but regular files, never blocks on a FIFO or a device,
// never writes into the folder, and reports every file it passes over
// (binary, too large, unreadable, vanished, a dangling link, a link loop) as a
// Skip without stopping.
package scan

import (
	"context"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kioskreader/kiosk/store/article"
)

// Options tune a scan; the zero value is the default.
type Options struct {
	MaxSize int64 // largest file read, in bytes; 0 means DefaultMaxSize
	Workers int   // files read and parsed at once; 0 means GOMAXPROCS
	// Parse turns one file into an article; nil means article.ParseAt
	// with the file's mtime, as the index parses it. It
	// runs on the workers, so it must be safe to call concurrently, and
	// data is only valid during the call (the buffer is reused).
	Parse func(path string, data []byte) article.Article

	head *atomic.Int64 // the number of the file to emit next, in path order, set by Scan
}

// batch is a run of consecutive files for one worker, which answers on
// done, a file at a time, as each is parsed (done holds them all, so the
// worker never waits for the emitter). Handing files over in batches keeps
// the channel traffic per file negligible next to the read. first numbers
// the batch's first file in path order.
type batch struct {
	entries []entry
	done    chan result
	first   int64
}

type result struct {
	article article.Article
	skip    string
	held    int64 // bytes of ParseBudget, given back once emitted
}

// batchLen is the number of files in a batch; batchesPerWorker sets the
// reorder window, in batches.
const (
	batchLen         = 32
	batchesPerWorker = 4
)

// Scan lists dir (see Files), then reads and parses its files in parallel
// and calls emit for each article and report for each skip, from the
// calling goroutine, in path order. The articles waiting for their turn
// hold their file's bytes of ParseBudget until emitted, so however far
// emit lags, what is read, parsed and waiting stays within the budget and
// the one file the emitter waits for (which may pass it, or the scan would
// wait on files that wait for it).
// Scan returns an error only when dir cannot be listed or ctx ends.
func Scan(ctx context.Context, dir string, opt Options, emit func(article.Article), report func(Skip)) error {
	entries, err := list(dir)
	if err != nil {
		return err
	}
	opt.Parse = withID(dir, opt.Parse)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := batchesPerWorker * workers
	jobs := make(chan batch, window)
	order := make(chan batch, window)
	opt.head = new(atomic.Int64)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(ctx, jobs, opt)
		}()
	}
	go dispatch(ctx, entries, jobs, order)

	for b := range order {
		for i := range b.entries {
			r := <-b.done
			if ctx.Err() == nil { // else drain, so that every goroutine ends
				deliver(r, emit, report)
			}
			ParseBudget.Give(r.held)
			opt.head.Store(b.first + int64(i) + 1)
			ParseBudget.Wake() // the worker of the next file may wait for the budget
		}
	}
	wg.Wait()
	return ctx.Err()
}

func deliver(r result, emit func(article.Article), report func(Skip)) {
	if r.skip != "" {
		report(Skip{Path: r.article.Path, Reason: r.skip})
	} else {
		emit(r.article)
	}
}

// dispatch hands the files to the workers in batches, and the batches'
// answer channels to the emitter in path order. The capacity of order is
// the reorder window: when the emitter lags that far behind, dispatch waits.
func dispatch(ctx context.Context, entries []entry, jobs chan<- batch, order chan<- batch) {
	defer close(order)
	defer close(jobs)
	for first := int64(0); len(entries) > 0; first += batchLen {
		n := min(batchLen, len(entries))
		b := batch{entries: entries[:n], done: make(chan result, n), first: first}
		entries = entries[n:]
		select {
		case jobs <- b:
		case <-ctx.Done():
			return
		}
		select {
		case order <- b:
		case <-ctx.Done():
			// The batch is with a worker, which answers on done whether
			// anyone listens or not (it is buffered).
			return
		}
	}
}

// work reads and parses batches until jobs closes, reusing one read buffer.
// Once ctx ends it answers without reading, so the pipeline drains at once.
func work(ctx context.Context, jobs <-chan batch, opt Options) {
	parse := opt.Parse
	if parse == nil {
		parse = parseAtMtime
	}
	var r Reader
	for b := range jobs {
		for i, e := range b.entries {
			next := func() bool { return opt.head.Load() == b.first+int64(i) } // the file the emitter waits for
			b.done <- one(ctx, &r, e, opt, parse, next)
		}
	}
}

// parseAtMtime parses a file dated by its mtime, which is when it was
// scraped (see article.ParseAt); a file gone meanwhile has none.
func parseAtMtime(path string, data []byte) article.Article {
	var mtime time.Time
	if fi, err := os.Stat(path); err == nil {
		mtime = fi.ModTime()
	}
	return article.ParseAt(path, data, mtime)
}

// one reads and parses one file, or says why not.
func one(ctx context.Context, r *Reader, e entry, opt Options, parse func(string, []byte) article.Article, first func() bool) result {
	skipped := func(reason string) result {
		return result{article: article.Article{Path: e.path}, skip: reason}
	}
	switch {
	case e.skip != "":
		return skipped(e.skip)
	case ctx.Err() != nil:
		return skipped("scan cancelled")
	}
	// The data is read into the worker's own buffer, which it keeps anyway
	// (at most --max-size), before its bytes are taken: no stat to learn
	// the size first.
	data, err := r.Read(e.path, opt.MaxSize)
	if err != nil {
		return skipped(Reason(err, opt.MaxSize))
	}
	held := ParseBudget.TakeOr(int64(len(data)), first)
	return result{article: parse(e.path, data), held: held}
}
