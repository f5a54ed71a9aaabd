package watch

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
)

// TestPathSetIsASet: a pathSet answers as a map would through adds in
// walk order, out of order, again, removals and re-adds, past the point
// where its maps are folded into the base.
func TestPathSetIsASet(t *testing.T) {
	sep := string(filepath.Separator)
	rng := rand.New(rand.NewPCG(1, 2))
	name := func() string {
		dirs := []string{"a", "a-b", "a.b", "b", "2024", "2024-01", "é"}
		return dirs[rng.IntN(len(dirs))] + sep + fmt.Sprintf("%06d_%x.txt", rng.IntN(20000), rng.Uint32()%64)
	}
	var walk []string // a first walk: in walk order
	for range 6000 {
		walk = append(walk, name())
	}
	slices.SortFunc(walk, cmpPath)
	walk = slices.Compact(walk)
	s, model := newPathSet(), map[string]bool{}
	for _, p := range walk {
		s.add(p)
		model[p] = true
	}
	if len(s.added) != 0 {
		t.Fatalf("a walk's paths went to the map (%d of %d), not the base", len(s.added), len(walk))
	}
	check := func(when string) {
		t.Helper()
		n := 0
		s.each(func(p string) {
			if !model[p] {
				t.Fatalf("%s: each gave %q, not in the set", when, p)
			}
			n++
		})
		if n != len(model) {
			t.Fatalf("%s: each gave %d paths, want %d", when, n, len(model))
		}
		for range 300 {
			p := name()
			if s.has(p) != model[p] {
				t.Fatalf("%s: has(%q) = %v, want %v", when, p, s.has(p), model[p])
			}
		}
		for p := range model {
			if !s.has(p) {
				t.Fatalf("%s: has(%q) false", when, p)
			}
		}
	}
	check("after the walk")
	for round := range 4 {
		for range 9000 { // enough changes to fold the maps into the base several times
			p := name()
			if rng.IntN(2) == 0 {
				s.add(p)
				model[p] = true
			} else {
				s.remove(p)
				delete(model, p)
			}
		}
		check(fmt.Sprintf("round %d", round))
	}
}

// TestCmpPathIsWalkOrder: the order a walk finds paths in, a folder's
// files where its name sorts among its siblings.
func TestCmpPathIsWalkOrder(t *testing.T) {
	sep := string(filepath.Separator)
	want := []string{"a" + sep + "x", "a" + sep + "y" + sep + "z", "a-b" + sep + "a", "a.txt", "ab"}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortFunc(got, cmpPath)
	if !slices.Equal(got, want) {
		t.Fatalf("sorted %q, want %q", got, want)
	}
}

// TestPathSetSize: the set of a walk of the benchmark's names takes at most
// 28 bytes a path. Measured 26.3 (front coding: 31-byte names sharing
// about 9 bytes with the one before); a map of strings took 81 at 1M
// (issue 16: the UI within 300 MiB at 1M, where the watch's set was the
// largest thing after the list). The bound fails if the set goes back to
// a string per path (16 bytes of header and 32 of bytes at least).
func TestPathSetSize(t *testing.T) {
	const n = 200_000
	sep := string(filepath.Separator)
	rng := rand.New(rand.NewPCG(3, 4))
	before := heapInUse()
	s := newPathSet()
	for i := range n {
		s.add(fmt.Sprintf("%03d%s%06d_%016x.txt", i/1000, sep, i, rng.Uint64()))
	}
	per := float64(heapInUse()-before) / n
	runtime.KeepAlive(s)
	if per > 28 {
		t.Fatalf("%.1f bytes a path, want at most 28", per)
	}
	t.Logf("%.1f bytes a path", per)
}

func heapInUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
