package index

import (
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// BenchmarkParse measures a cold build's parse, the part of every article
// that runs on all cores (fillRow: the article, its words and stems, its
// actors, dates and tail), on one core, over the first files of a
// generated folder (KIOSK_PARSE_BENCH, default the 100k bench folder's
// first thousand files). It reports the CPU time per article of its
// thread, which the machine's load moves less than the wall time. It
// skips when the folder is absent.
func BenchmarkParse(b *testing.B) {
	dir := os.Getenv("KIOSK_PARSE_BENCH")
	if dir == "" {
		dir = "/tmp/kiosk-bench/100000/000"
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		b.Skip("no generated folder at", dir)
	}
	datas := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		datas[i] = data
		size += len(data)
	}
	var r row
	fillRow(&r, datas[0]) // load the actors' tables outside the timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	runtime.LockOSThread() // for threadCPU
	defer runtime.UnlockOSThread()
	start := threadCPU()
	for b.Loop() {
		for i, data := range datas {
			r = row{job: job{e: entry{rel: paths[i], size: int64(len(data))}}}
			fillRow(&r, data)
		}
	}
	b.ReportMetric(float64(threadCPU()-start)/1e3/float64(b.N*len(datas)), "cpu-µs/article")
}

// threadCPU is the CPU time of the calling thread: on a shared machine a
// benchmark's wall time is mostly the other processes'.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
