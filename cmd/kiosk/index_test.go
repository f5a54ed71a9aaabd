package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// kiosk list and kiosk search running while kiosk index --rebuild runs (as
// other processes would, each with its own database connection) answer
// with every article, exit 0, or fail loudly: never a part.
func TestListAndSearchDuringRebuild(t *testing.T) {
	const n = 300
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("d%d/%04d.txt", i%3, i)] = fmt.Sprintf("Article %d\n\nA paragraph about the harbour, number %d.\n", i, i)
	}
	dir := writeFiles(t, files)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	if _, stderr, code := kiosk(t, env, "index", "--dir", dir); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	var rebuilding atomic.Bool
	var during atomic.Int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	check := func(args ...string) {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			was := rebuilding.Load()
			out, stderr, code := kiosk(t, env, args...)
			lines := strings.Count(out, "\n")
			if code == 0 && lines != n {
				t.Errorf("kiosk %s during a rebuild: %d of %d lines with exit 0 (%s)", strings.Join(args, " "), lines, n, stderr)
				return
			}
			if was && rebuilding.Load() {
				during.Add(1)
			}
		}
	}
	wg.Add(3)
	go check("list", "--json", "--dir", dir)
	go check("list", "--dir", dir)
	go check("search", "--json", "--limit", "0", "--dir", dir, "harbour")
	for range 3 {
		rebuilding.Store(true)
		_, stderr, code := kiosk(t, env, "index", "--rebuild", "--dir", dir)
		rebuilding.Store(false)
		if code != 0 {
			t.Errorf("index --rebuild: exit %d: %s", code, stderr)
		}
	}
	close(done)
	wg.Wait()
	if during.Load() == 0 {
		t.Errorf("no answer came while a rebuild ran: the test proved nothing")
	}
}
