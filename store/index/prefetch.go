package index

import "github.com/kioskreader/kiosk/store/scan"

// A cold build reads a million small files; when they are not in the page
// cache, each read waits for the disk, and the core that parses stands
// idle meanwhile. The prefetcher walks the jobs a few chunks ahead of the
// parse and asks the kernel to read each file (scan.Prefetch), which
// returns without waiting: by the time the parse opens a file, it is in
// memory. A 100k folder evicted from the page cache took 74.6 s to build
// without it, 56.6 and 60.0 s with it, and 56-62 s when in the cache
// (SCALING.md, session 9). More parsing goroutines than cores, tried
// first, gained less (63.8 s at 8) and held more memory.

// prefetchAhead is how many files ahead of the parse the prefetcher asks
// for: four chunks, some megabytes of the page cache.
const prefetchAhead = 4 * 512

// prefetchFile asks for one file; a test puts a recorder in its place.
var prefetchFile = scan.Prefetch

type prefetcher struct {
	upTo chan int // the parse has reached a job: ask up to that one + prefetchAhead
	done chan struct{}
}

// startPrefetch begins asking for jobs' files, in their order.
func (ix *Index) startPrefetch(jobs []job) *prefetcher {
	pf := &prefetcher{upTo: make(chan int, 64), done: make(chan struct{})}
	go func() {
		defer close(pf.done)
		next := 0
		for at := range pf.upTo {
			for ; next < min(at+prefetchAhead, len(jobs)); next++ {
				prefetchFile(ix.abspath(jobs[next].e.rel))
			}
		}
	}()
	return pf
}

// reached tells the prefetcher the parse is at job n. It never waits: when
// the prefetcher is behind, a later call says more.
func (pf *prefetcher) reached(n int) {
	select {
	case pf.upTo <- n:
	default:
	}
}

// stop ends the prefetcher once it has stopped asking.
func (pf *prefetcher) stop() {
	close(pf.upTo)
	<-pf.done
}
