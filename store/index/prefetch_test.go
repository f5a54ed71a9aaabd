package index

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
)

// recordPrefetch puts a recorder in place of scan.Prefetch for the test.
func recordPrefetch(t *testing.T) func() []string {
	var mu sync.Mutex
	var asked []string
	old := prefetchFile
	prefetchFile = func(path string) {
		mu.Lock()
		asked = append(asked, path)
		mu.Unlock()
	}
	t.Cleanup(func() { prefetchFile = old })
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), asked...)
	}
}

// The prefetcher asks for the files in the jobs' order, once each, never
// more than prefetchAhead past where the parse says it is.
func TestPrefetcherStaysAhead(t *testing.T) {
	asked := recordPrefetch(t)
	ix := &Index{dir: "/folder", abs: "/folder"}
	jobs := make([]job, 3*prefetchAhead)
	for i := range jobs {
		jobs[i].e.rel = fmt.Sprintf("d/%06d.txt", i)
	}
	want := func(n int) []string {
		var out []string
		for _, j := range jobs[:n] {
			out = append(out, ix.abspath(j.e.rel))
		}
		return out
	}
	pf := ix.startPrefetch(jobs)
	pf.reached(0)
	pf.reached(100)
	pf.stop()
	if got := asked(); !reflect.DeepEqual(got, want(100+prefetchAhead)) {
		t.Errorf("reached 100: asked for %d files (first %v), want the first %d in order", len(got), head(got), 100+prefetchAhead)
	}

	asked = recordPrefetch(t)
	pf = ix.startPrefetch(jobs)
	pf.reached(len(jobs) - 1)
	pf.stop()
	if got := asked(); !reflect.DeepEqual(got, want(len(jobs))) {
		t.Errorf("reached the end: asked for %d files, want all %d in order", len(got), len(jobs))
	}
}

func head(s []string) []string { return s[:min(3, len(s))] }

// A rebuild asks for every file it reads, before reading it.
func TestRebuildPrefetchesEveryFile(t *testing.T) {
	dir := generate(t, 40)
	ix := openFresh(t, dir)
	asked := recordPrefetch(t)
	if _, err := ix.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	var files []string
	must(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	}))
	got := asked()
	for i := range got {
		got[i] = filepath.Clean(got[i])
	}
	sort.Strings(got)
	sort.Strings(files)
	if !reflect.DeepEqual(got, files) {
		t.Errorf("prefetched %d files, the folder has %d: %v against %v", len(got), len(files), head(got), head(files))
	}
}
