package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/kioskreader/kiosk/store/index"
)

// Profiles of kiosk index, for finding where a cold build spends its time
// and memory (store/index/SCALING.md): opt-in by environment, since a user
// never needs them.
//
//	KIOSK_CPUPROFILE=FILE  a CPU profile of the whole command (go tool pprof)
//	KIOSK_MEMPROFILE=FILE  a heap profile taken when the live Go heap was at
//	                       its largest (SQLite's own memory is not Go heap)
//	KIOSK_SCHEDTRACE=FILE  every 100 ms, how many goroutines want a core
//	                       (schedtrace.go): whether a build keeps every
//	                       core busy, whatever the machine's load
//	KIOSK_PHASETRACE=FILE  the seconds at which each step of a rebuild
//	                       ended (index.SetPhaseTrace): the walk, the
//	                       writes, the optimize, the commit
//
// profileIndex starts what the environment asks for on ix; stop ends it.
func profileIndex(env *Env, ix *index.Index) (stop func()) {
	var stops []func()
	if f := env.Getenv("KIOSK_PHASETRACE"); f != "" {
		if s := phaseTrace(env, ix, f); s != nil {
			stops = append(stops, s)
		}
	}
	if f := env.Getenv("KIOSK_CPUPROFILE"); f != "" {
		if s := cpuProfile(env, f); s != nil {
			stops = append(stops, s)
		}
	}
	if f := env.Getenv("KIOSK_MEMPROFILE"); f != "" {
		stops = append(stops, peakHeapProfile(env, f))
	}
	if f := env.Getenv("KIOSK_SCHEDTRACE"); f != "" {
		if s := schedTrace(env, f); s != nil {
			stops = append(stops, s)
		}
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}

// phaseTrace writes a line for each step of a rebuild as it ends: the
// seconds since the trace began and the step's name.
func phaseTrace(env *Env, ix *index.Index, file string) func() {
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_PHASETRACE: %v\n", err)
		return nil
	}
	start := time.Now()
	ix.SetPhaseTrace(func(step string) {
		fmt.Fprintf(f, "%.2f\t%s\n", time.Since(start).Seconds(), step)
	})
	return func() {
		ix.SetPhaseTrace(nil)
		f.Close()
	}
}

func cpuProfile(env *Env, file string) func() {
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_CPUPROFILE: %v\n", err)
		return nil
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_CPUPROFILE: %v\n", err)
		f.Close()
		return nil
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// peakHeapProfile looks at the live heap twice a second and writes a heap
// profile each time it is a tenth larger than at the last one written, so
// the file left is the profile of (near) the peak. It prints the peak and
// the process's peak RSS at the end.
func peakHeapProfile(env *Env, file string) func() {
	runtime.MemProfileRate = 64 << 10
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	stop := every(500*time.Millisecond, func() {
		metrics.Read(sample)
		if live := sample[0].Value.Uint64(); live > peak+peak/10 {
			peak = live
			writeHeapProfile(env, file)
		}
	})
	return func() {
		stop()
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_MEMPROFILE: peak live Go heap %.0f MiB, written to %s\n", float64(peak)/(1<<20), file)
	}
}

func writeHeapProfile(env *Env, file string) {
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_MEMPROFILE: %v\n", err)
		return
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		fmt.Fprintf(env.Stderr, "kiosk: KIOSK_MEMPROFILE: %v\n", err)
	}
}
