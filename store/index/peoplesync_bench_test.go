//go:build unix

package index

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/people"
)

// The tally of a real index, by hand (benchmarks do not run in CI):
//
//	KIOSK_TALLY_DIR=FOLDER KIOSK_TALLY_CACHE=CACHE nice -n 19 go test ./store/index -run '^$' -bench SyncTally -benchtime 5x
//
// where CACHE holds FOLDER's index (kiosk's XDG_CACHE_HOME/kiosk, built
// with kiosk index). The change benchmark writes into that index (it marks
// a row changed, as a file written again would): use a cache of your own.

// cpuMS reports the process's CPU time per op since start (the machine is
// shared: wall time says more of the load than of the tally).
func cpuMS(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuNow()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func tallyIndex(b *testing.B) *Index {
	dir, cache := os.Getenv("KIOSK_TALLY_DIR"), os.Getenv("KIOSK_TALLY_CACHE")
	if dir == "" || cache == "" {
		b.Skip("KIOSK_TALLY_DIR and KIOSK_TALLY_CACHE name no index")
	}
	ix, err := Open(dir, cache)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix
}

// BenchmarkSyncTallyCold is the first tally of an index: every tail read.
func BenchmarkSyncTallyCold(b *testing.B) {
	ix := tallyIndex(b)
	var t *people.Tally
	defer cpuMS(b, cpuNow())
	for b.Loop() {
		os.Remove(ix.file + tallySuffix)
		var err error
		if t, _, err = ix.SyncTally(context.Background(), nil, ""); err != nil {
			b.Fatal(err)
		}
		t.Folder(nil)
	}
	b.ReportMetric(float64(t.Len()), "articles")
}

// BenchmarkSyncTallyWarm is a start: the tally read from its file, brought
// up to date (nothing changed) and its Folder made.
func BenchmarkSyncTallyWarm(b *testing.B) {
	ix := tallyIndex(b)
	if _, _, err := ix.SyncTally(context.Background(), nil, ""); err != nil {
		b.Fatal(err)
	}
	defer cpuMS(b, cpuNow())
	for b.Loop() {
		t, _, err := ix.SyncTally(context.Background(), nil, "")
		if err != nil {
			b.Fatal(err)
		}
		t.Folder(nil)
	}
}

// BenchmarkSyncTallyChange is one article changed (its row marked so and
// noted in the row log, the generation bumped, as the index does when
// this process reads a file written again), the tally in memory brought up
// to date and its Folder made: what the view pays per change of the
// folder.
func BenchmarkSyncTallyChange(b *testing.B) { benchChange(b, true) }

// BenchmarkSyncTallyCompare is the same change unnoted, as another
// process would make it: every row compared.
func BenchmarkSyncTallyCompare(b *testing.B) { benchChange(b, false) }

func benchChange(b *testing.B, noted bool) {
	ix := tallyIndex(b)
	ctx := context.Background()
	t, stamp, err := ix.SyncTally(ctx, nil, "")
	if err != nil {
		b.Fatal(err)
	}
	t.Folder(nil)
	var rows []int64
	t.Rows(func(d people.Doc) { rows = append(rows, d.Row) })
	var cpu time.Duration // of the tally alone, not of the update
	defer func() { b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op") }()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		row := rows[i*7919%len(rows)]
		_, err := ix.db.ExecContext(ctx, "UPDATE docs SET mtime = (mtime | 1) - (mtime & 1) WHERE id = ?; "+bumpGen, row)
		if err != nil {
			b.Fatal(err)
		}
		if noted {
			ix.noteRow(row)
		}
		b.StartTimer()
		start := cpuNow()
		if t, stamp, err = ix.SyncTally(ctx, t, stamp); err != nil {
			b.Fatal(err)
		}
		t.Folder(nil)
		cpu += cpuNow() - start
	}
}
