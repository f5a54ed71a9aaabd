package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"time"
)

// schedTrace writes to file, every 100 ms, how many of the process's
// goroutines want a core: running, runnable (waiting for one) and in a
// system call (reading a file, SQLite's I/O), the sampler itself left out.
// On a loaded machine the wall time and CPU/wall say more about the other
// processes than about the build; this says whether the build itself
// could keep every core busy (2 or more wanting, on two cores), and where
// it could not: a stretch at 1 is a serial part (the final merge, the
// list file). At the end it prints the share of samples at 0, 1 and 2+.
func schedTrace(env *Env, file string) func() {
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_SCHEDTRACE: %v\n", err)
		return nil
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "ms\trunning\trunnable\tsyscall")
	sample := []metrics.Sample{
		{Name: "/sched/goroutines/running:goroutines"},
		{Name: "/sched/goroutines/runnable:goroutines"},
		{Name: "/sched/goroutines/not-in-go:goroutines"},
	}
	var hist [3]int // samples with 0, 1, 2+ goroutines wanting a core
	start := time.Now()
	stop := every(100*time.Millisecond, func() {
		metrics.Read(sample)
		running := int64(sample[0].Value.Uint64()) - 1 // this goroutine
		runnable, sys := int64(sample[1].Value.Uint64()), int64(sample[2].Value.Uint64())
		fmt.Fprintf(w, "%d\t%d\t%d\t%d\n", time.Since(start).Milliseconds(), running, runnable, sys)
		hist[min(max(running+runnable+sys, 0), 2)]++
	})
	return func() {
		stop()
		w.Flush()
		f.Close()
		n := max(hist[0]+hist[1]+hist[2], 1)
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_SCHEDTRACE: goroutines wanting a core (GOMAXPROCS %d): 0 %.0f%%, 1 %.0f%%, 2+ %.0f%% of %d samples, written to %s\n",
			runtime.GOMAXPROCS(0), 100*float64(hist[0])/float64(n), 100*float64(hist[1])/float64(n), 100*float64(hist[2])/float64(n), n, file)
	}
}

// every calls f on a goroutine of its own each interval until the
// returned stop is called; stop returns once f has run for the last time,
// so what f writes may be read after it.
func every(interval time.Duration, f func()) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				f()
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
