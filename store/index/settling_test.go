package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file refused while it is still being written is read again at the
// next refresh, and listed once it is complete, not kept as skipped.
func TestSettlingSkipIsNotFinal(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "A\n\nText.\n"})
	ix := openFresh(t, dir)
	p := filepath.Join(dir, "b.txt")
	write(t, p, "B\n\n\x00\x00\x00") // a writer that has not filled its block yet
	fi, err := os.Stat(dir)
	must(t, err)
	// The refresh stat-ed b.txt before the writer's last write: its entry
	// is older than the file it reads.
	// It listed the folder as it is now.
	stale := plan{dirs: map[string]int64{".": fi.ModTime().UnixNano()}, jobs: []job{{e: entry{rel: "b.txt", size: 1, mtime: 1}}}}
	if _, err := ix.apply(context.Background(), stale, nil); err != nil {
		t.Fatal(err)
	}
	skips, err := ix.Skips(context.Background())
	must(t, err)
	if len(skips) != 1 || !strings.Contains(skips[0].Reason, "still being written") {
		t.Fatalf("skips %v", skips)
	}
	write(t, p, "B\n\nNow complete.\n")
	// The folder's own mtime does not change when a file is rewritten in
	// place: only the mark makes the next quick refresh look again.
	must(t, os.Chtimes(dir, fi.ModTime(), fi.ModTime()))
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	if skips, _ := ix.Skips(context.Background()); len(skips) != 0 {
		t.Errorf("still skipped: %v", skips)
	}
	list, err := ix.List(context.Background())
	must(t, err)
	if len(list) != 2 {
		t.Errorf("%d articles listed, want 2", len(list))
	}
}

// A binary file that is not being written is skipped for good, as the
// scan skips it.
func TestStillBinaryIsSkipped(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "A\n\n\x00"})
	ix := openFresh(t, dir)
	skips, err := ix.Skips(context.Background())
	must(t, err)
	if len(skips) != 1 || strings.Contains(skips[0].Reason, "still") {
		t.Errorf("skips %v", skips)
	}
}
