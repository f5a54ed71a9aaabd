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
	"runtime"
	"sync"

	"github.com/kioskreader/kiosk/store/article"
)

// Options tune a scan; the zero value is the default.
type Options struct {
	MaxSize int64 // largest file read, in bytes; 0 means DefaultMaxSize
	Workers int   // files read and parsed at once; 0 means GOMAXPROCS
}

// job is one file for a worker; the worker answers on done.
type job struct {
	path string
	done chan result
}

type result struct {
	article article.Article
	skip    string
}

// Scan lists dir (see Files), then reads and parses its files in parallel
// and calls emit for each article and report for each skip, from the
// calling goroutine, in path order. At most a bounded window of parsed
// articles waits for its turn, so memory does not grow with the folder.
// Scan returns an error only when dir cannot be listed or ctx ends.
func Scan(ctx context.Context, dir string, opt Options, emit func(article.Article), report func(Skip)) error {
	entries, err := list(dir)
	if err != nil {
		return err
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := 16 * workers
	jobs := make(chan job, window)
	order := make(chan chan result, window)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(ctx, jobs, opt.MaxSize)
		}()
	}
	go dispatch(ctx, entries, jobs, order)

	for done := range order {
		r := <-done
		if ctx.Err() != nil {
			continue // drain, so that every goroutine ends
		}
		if r.skip != "" {
			report(Skip{Path: r.article.Path, Reason: r.skip})
		} else {
			emit(r.article)
		}
	}
	wg.Wait()
	return ctx.Err()
}

// dispatch hands the files to the workers and their answer channels to the
// emitter in path order. The capacity of order is the reorder window: when
// the emitter lags that far behind, dispatch waits.
func dispatch(ctx context.Context, entries []entry, jobs chan<- job, order chan<- chan result) {
	defer close(order)
	defer close(jobs)
	for _, e := range entries {
		done := make(chan result, 1)
		if e.skip != "" {
			done <- result{article: article.Article{Path: e.path}, skip: e.skip}
		} else {
			select {
			case jobs <- job{path: e.path, done: done}:
			case <-ctx.Done():
				return
			}
		}
		select {
		case order <- done:
		case <-ctx.Done():
			// The job may already be with a worker, which answers on
			// done whether anyone listens or not (it is buffered).
			return
		}
	}
}

// work reads and parses files until jobs closes, reusing one read buffer.
// Once ctx ends it answers without reading, so the pipeline drains at once.
func work(ctx context.Context, jobs <-chan job, maxSize int64) {
	var r reader
	for j := range jobs {
		if ctx.Err() != nil {
			j.done <- result{article: article.Article{Path: j.path}, skip: "scan cancelled"}
			continue
		}
		data, err := r.read(j.path, maxSize)
		if err != nil {
			j.done <- result{article: article.Article{Path: j.path}, skip: Reason(err, maxSize)}
			continue
		}
		j.done <- result{article: article.Parse(j.path, data)}
	}
}
