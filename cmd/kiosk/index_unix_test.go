//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
