package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime/metrics"
	"strconv"
	"time"
)

// memTrace writes, every 50 ms while the UI runs, where its resident
// memory is: the process's RSS (anonymous and file-backed, from /proc) beside
// the Go runtime's own account of it (live heap, heap kept free but not
// given back, goroutine stacks, the rest of the runtime). RSS that the
// runtime does not account for is memory allocated outside Go: SQLite's, in
// modernc's libc, which maps its own pages. For measuring the UI's memory
// (store/index/SCALING.md, issue 16); opt-in by $KIOSK_MEMTRACE, since a
// user never needs it.
func memTrace(env *Env) func() {
	file := env.Getenv("KIOSK_MEMTRACE")
	if file == "" {
		return func() {}
	}
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_MEMTRACE: %v\n", err)
		return func() {}
	}
	w := bufio.NewWriter(f)
	names := []string{
		"/gc/heap/live:bytes",
		"/memory/classes/heap/objects:bytes",
		"/memory/classes/heap/free:bytes",
		"/memory/classes/heap/released:bytes",
		"/memory/classes/heap/stacks:bytes",
		"/memory/classes/total:bytes",
		"/gc/heap/goal:bytes",
		"/gc/cycles/total:gc-cycles",
	}
	sample := make([]metrics.Sample, len(names))
	for i, n := range names {
		sample[i].Name = n
	}
	fmt.Fprintln(w, "ms\trss\tanon\tfile\tlive\tobjects\tfree\treleased\tstacks\tgo_mapped\tgoal\tgcs\tnot_go") // MiB, but ms and gcs
	start := time.Now()
	mib := func(v uint64) string { return strconv.FormatFloat(float64(v)/(1<<20), 'f', 1, 64) }
	stop := every(50*time.Millisecond, func() {
		metrics.Read(sample)
		v := func(i int) uint64 { return sample[i].Value.Uint64() }
		rss, anon, fileRSS := procMemory()
		goMapped := v(5) - v(3) // what the runtime holds and has not released
		notGo := int64(anon) - int64(goMapped)
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\n", time.Since(start).Milliseconds(),
			mib(rss), mib(anon), mib(fileRSS), mib(v(0)), mib(v(1)), mib(v(2)), mib(v(3)), mib(v(4)), mib(goMapped), mib(v(6)), v(7),
			float64(notGo)/(1<<20))
	})
	return func() {
		stop()
		w.Flush()
		f.Close()
	}
}

// procMemory is the process's resident size, anonymous and file-backed,
// in bytes (0 where /proc does not say).
func procMemory() (rss, anon, file uint64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, l := range bytes.Split(b, []byte("\n")) {
		f := bytes.Fields(l)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseUint(string(f[1]), 10, 64)
		switch string(f[0]) {
		case "VmRSS:":
			rss = kb << 10
		case "RssAnon:":
			anon = kb << 10
		case "RssFile:":
			file = kb << 10
		}
	}
	return
}
