//go:build unix

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kioskreader/kiosk/store/synth"
)

// Folder returns the folder of n synthetic articles under Root. A complete
// folder made with the same seed is reused as is; an incomplete one (a run
// stopped half-way through a million files) is completed, writing only the
// files that are missing; one made with another seed is written again.
//
// Articles are made and written one at a time per core, so memory stays
// bounded whatever n is. Each file is written under a ".part" name and
// renamed, so a file that exists under its own name is complete.
func (c *benchCtx) Folder(n int) (string, error) {
	dir := filepath.Join(c.Root, strconv.Itoa(n))
	stamp := dir + ".synth" // beside the folder, never in it
	done := fmt.Sprintf("synth n=%d seed=%d\n", n, c.Seed)
	started := fmt.Sprintf("synth n=%d seed=%d writing\n", n, c.Seed)
	got, _ := os.ReadFile(stamp)
	if string(got) == done {
		if count, err := countFiles(dir); err == nil && count == n {
			return dir, nil
		}
	}
	if string(got) != done && string(got) != started {
		// Unknown or another seed: nothing in it can be trusted.
		if err := os.RemoveAll(dir); err != nil {
			return "", err
		}
	}
	if err := checkSpace(c.Root, n); err != nil {
		return "", err
	}
	if err := os.WriteFile(stamp, []byte(started), 0o644); err != nil {
		return "", err
	}
	fmt.Fprintf(c.Out, "writing %d synthetic articles to %s (missing ones only) ...\n", n, dir)
	start := time.Now()
	if err := prune(dir, n, c.Seed); err != nil {
		return "", err
	}
	wrote, err := writeMissing(dir, n, c.Seed, func(done int) {
		fmt.Fprintf(c.Out, "  %d of %d checked, %s\n", done, n, round(time.Since(start)))
	})
	if err != nil {
		return "", err
	}
	fmt.Fprintf(c.Out, "  %d written, %d reused, in %s\n", wrote, n-wrote, round(time.Since(start)))
	return dir, os.WriteFile(stamp, []byte(done), 0o644)
}

// prune removes from dir every file that is not one of articles 0..n-1 of
// seed: ".part" files of a stopped run, and files of another size or seed.
func prune(dir string, n int, seed int64) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if !isArticle(rel, n, seed) {
			return os.Remove(p)
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// isArticle reports whether rel is the name synth gives one of articles
// 0..n-1 of seed.
func isArticle(rel string, n int, seed int64) bool {
	base := filepath.Base(rel)
	cut := strings.IndexByte(base, '_')
	if cut < 0 {
		return false
	}
	i, err := strconv.Atoi(base[:cut])
	return err == nil && i >= 0 && i < n && rel == synth.Name(i, seed)
}

// progressEvery is how many articles pass between two progress lines.
const progressEvery = 100_000

// writeMissing writes each of articles 0..n-1 whose file is not there, on
// every core, and returns how many it wrote.
func writeMissing(dir string, n int, seed int64, progress func(done int)) (int, error) {
	for f := 0; f*1000 < n; f++ {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, synth.Name(f*1000, seed))), 0o755); err != nil {
			return 0, err
		}
	}
	var next, wrote atomic.Int64
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for errs[w] == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if i > 0 && i%progressEvery == 0 {
					progress(i)
				}
				p := filepath.Join(dir, synth.Name(i, seed))
				if _, err := os.Lstat(p); err == nil {
					continue
				}
				errs[w] = writeAtomic(p, synth.Article(i, seed))
				wrote.Add(1)
			}
		}()
	}
	wg.Wait()
	return int(wrote.Load()), errors.Join(errs...)
}

func writeAtomic(p string, data []byte) error {
	tmp := p + ".part"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}

// checkSpace refuses to start a folder the disk cannot hold with its cache:
// about 4 KiB a file on disk, and a cache up to twice the folder.
func checkSpace(root string, n int) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(root, &st); err != nil {
		return nil // no figure to go by: let the writes say
	}
	free := int64(st.Bavail) * int64(st.Bsize)
	need := int64(n) * 12 << 10
	if free < need {
		return fmt.Errorf("%d articles and their index need about %s; %s has %s free", n, mib(need), root, mib(free))
	}
	return nil
}

func countFiles(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			n++
		}
		return err
	})
	return n, err
}
