package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// perFolder is the most files Write puts in one subfolder, as scrapers
// that shard their output do.
const perFolder = 1000

// Name is the path of article i inside the folder, as Write names it:
// "000/000123_1f2e3d4c5b6a7988.txt", subfolders of at most 1,000 files.
func Name(i int, seed int64) string {
	return fmt.Sprintf("%03d/%06d_%016x.txt", i/perFolder, i, mix(seed, i, 1<<32))
}

// Write writes articles 0..n-1 made with seed into dir (created if needed),
// on every core. Files already there are overwritten, others left alone.
func Write(dir string, n int, seed int64) error {
	for f := 0; f*perFolder < n; f++ {
		if err := os.MkdirAll(filepath.Join(dir, fmt.Sprintf("%03d", f)), 0o755); err != nil {
			return err
		}
	}
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n && errs[w] == nil; i += workers {
				errs[w] = os.WriteFile(filepath.Join(dir, Name(i, seed)), Article(i, seed), 0o644)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
