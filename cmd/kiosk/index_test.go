package main

import (
	"fmt"
	"os"
	"path/filepath"
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

// TestIndexSummaryCountsSkipLines: the summary's "N skipped" is the number
// of skip lines above it, on a first build and on a refresh that reads
// nothing again (it once said 0 while printing the lines).
func TestIndexSummaryCountsSkipLines(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":   "Le port\n\nLe port de Hai Phong.\n",
		"b.txt":   "Le quai\n\nLe quai du Mekong.\n",
		"bin.txt": "Titre\n\nun octet \x00 nul\n",
	})
	// A link out of the folder is passed over by the walk, not the parser.
	outside := filepath.Join(t.TempDir(), "out.txt")
	must(t, os.WriteFile(outside, []byte("Dehors\n\nUn article.\n"), 0o644))
	if err := os.Symlink(outside, filepath.Join(dir, "out.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	env := []string{"XDG_CACHE_HOME=" + t.TempDir()}
	for _, args := range [][]string{{"index", "--dir", dir}, {"index", "--dir", dir}, {"index", "--rebuild", "--dir", dir}} {
		r := runKiosk(t, runOpts{env: env}, args...)
		lines := strings.Count(r.stderr, "kiosk: skipped ")
		if r.code != 0 || lines != 2 || !strings.Contains(r.stderr, "2 skipped)") {
			t.Errorf("%q: exit %d, %d skip lines, stderr %q; want two lines and '2 skipped'", args, r.code, lines, r.stderr)
		}
	}
}
