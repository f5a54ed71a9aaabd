package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/people"
)

// The actors view at 100,000 articles, by hand (not in CI, as benchmarks
// do not run there):
//
//	nice -n 19 go test ./ui -run '^$' -bench People -benchtime 20x
//
// over a tally of 100,000 generated articles naming 100,000 actors (a
// Zipf draw, so a few are in most articles, as in the news), and with
// KIOSK_PEOPLE_DIR=FOLDER over that folder's index, in the user's cache
// or in KIOSK_PEOPLE_CACHE (a cache directory as kiosk's XDG_CACHE_HOME/kiosk
// has it), built before with kiosk index; store/synth writes such a folder.

// reportCPU adds the CPU time per op, of the whole process (so counting
// the garbage collector) to a benchmark's wall time. Call it as
// defer reportCPU(b, cpuTime()) before the loop.
func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// synthTally is 100,000 articles over 90 days, each naming 5 actors drawn
// by Zipf from 100,000 and one of its own: more than 100,000 actors.
var synthTally = sync.OnceValue(func() *people.Folder {
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 4, 99_999)
	kinds := []actors.Kind{actors.Person, actors.Organization, actors.Place}
	b := people.NewBuilder()
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 100_000 {
		list := []actors.Actor{{Name: fmt.Sprintf("Only %d Trần", i), Kind: kinds[i%3], Mentions: 1}}
		for range 5 {
			n := int(z.Uint64())
			list = append(list, actors.Actor{Name: fmt.Sprintf("Actor %d Nguyễn", n), Kind: kinds[n%3], Mentions: 1})
		}
		day := start.AddDate(0, 0, r.IntN(90)).Format(time.DateOnly)
		b.Add(people.Item{ID: fmt.Sprintf("a%06d", i), Date: &article.Date{Value: day, Precision: "day", From: "text"},
			Domain: fmt.Sprintf("site%d.example", i%40), Actors: list})
	}
	return b.Folder()
})

// indexTally tallies the index of KIOSK_PEOPLE_DIR, as the UI asks it.
func indexTally(b *testing.B) *library.Indexed {
	dir := os.Getenv("KIOSK_PEOPLE_DIR")
	if dir == "" {
		b.Skip("KIOSK_PEOPLE_DIR names no folder")
	}
	cache := os.Getenv("KIOSK_PEOPLE_CACHE") // not XDG_CACHE_HOME, which holds go test's own cache
	if cache == "" {
		c, err := index.CacheDir(os.Getenv)
		if err != nil {
			b.Fatal(err)
		}
		cache = c
	}
	x, _, err := library.Open(dir, cache)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { x.Close() })
	return x
}

// BenchmarkPeopleTallyIndex is the tally of a whole folder from its index,
// asked again: the tally file read once, then a new Folder of the tally in
// memory each time (store/index's SyncTally benchmarks time a change).
func BenchmarkPeopleTallyIndex(b *testing.B) {
	x := indexTally(b)
	var f *people.Folder
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		t, err := x.People(context.Background(), "")
		if err != nil {
			b.Fatal(err)
		}
		f = t.Folder
	}
	b.ReportMetric(float64(f.Len()), "articles")
	b.ReportMetric(float64(len(f.Ranked)), "actors")
}

// BenchmarkPeopleTallySame is the answer when the folder did not change.
func BenchmarkPeopleTallySame(b *testing.B) {
	x := indexTally(b)
	t, err := x.People(context.Background(), "")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if s, _ := x.People(context.Background(), t.Stamp); !s.Same {
			b.Fatal("not the same")
		}
	}
}

// peopleBench is a model at 200x50 holding a tally: the synthetic one, or
// the folder's when KIOSK_PEOPLE_DIR names one.
func peopleBench(b *testing.B) *Model {
	f := synthTally()
	if os.Getenv("KIOSK_PEOPLE_DIR") != "" {
		t, err := indexTally(b).People(context.Background(), "")
		if err != nil {
			b.Fatal(err)
		}
		f = t.Folder
	}
	m := newTestModel(b, 200, 50, Options{Library: newFakeLibrary()})
	m.people.seq++
	m.people.busy = true
	m.Update(tallyMsg{seq: m.people.seq, tally: Tally{Folder: f, Stamp: "bench"}})
	if b.N <= 1 {
		b.Logf("%d articles naming %d actors", f.Len(), len(f.Ranked))
	}
	return m
}

// BenchmarkPeopleOpen is w and the first frame, the tally in memory.
func BenchmarkPeopleOpen(b *testing.B) {
	m := peopleBench(b)
	w, esc := keyMsg("w"), keyMsg("esc")
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		m.Update(w)
		_ = m.View()
		m.people.open = false
		m.Update(esc)
	}
}

// BenchmarkPeopleType is one letter typed into the filter and its frame,
// then backspace and its frame (two keys per op): the filter narrows a
// ranking of every actor in memory.
func BenchmarkPeopleType(b *testing.B) {
	m := peopleBench(b)
	m.Update(keyMsg("w"))
	a, bs := keyMsg("n"), keyMsg("backspace")
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		m.Update(a)
		_ = m.View()
		m.Update(bs)
		_ = m.View()
	}
}

// BenchmarkPeopleDown is ↓ over the top actors and its frame: the detail of
// an actor named in most articles (who with whom, sources, weeks).
func BenchmarkPeopleDown(b *testing.B) {
	m := peopleBench(b)
	m.Update(keyMsg("w"))
	down, up := keyMsg("down"), keyMsg("up")
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			m.Update(down)
		} else {
			m.Update(up)
		}
		_ = m.View()
	}
}

// BenchmarkPeopleTab is tab to the next kind and its frame.
func BenchmarkPeopleTab(b *testing.B) {
	m := peopleBench(b)
	m.Update(keyMsg("w"))
	tab := keyMsg("tab")
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		m.Update(tab)
		_ = m.View()
	}
}
