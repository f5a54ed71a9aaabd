//go:build unix

package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kioskreader/kiosk/store/scan"
)

// Issue 11, C: at each of 30 hidden levels two links to the next one, a
// link to / and one to /proc/self. Following links naively walks 2^30
// paths or the machine; the index follows no link to a folder, lists what
// the scan lists and reports the same links, and ends at once.
func TestLinkGraphEnds(t *testing.T) {
	dir := folder(t, map[string]string{"a.txt": "A\n\nText.\n"})
	for i := range 30 {
		write(t, filepath.Join(dir, fmt.Sprintf(".l%d", i), "a.txt"), "Hidden\n\nText.\n")
		if i > 0 {
			next := fmt.Sprintf("../.l%d", i)
			must(t, os.Symlink(next, filepath.Join(dir, fmt.Sprintf(".l%d", i-1), "x")))
			must(t, os.Symlink(next, filepath.Join(dir, fmt.Sprintf(".l%d", i-1), "y")))
		}
	}
	must(t, os.Symlink(".l0", filepath.Join(dir, "start")))
	must(t, os.Symlink("/", filepath.Join(dir, "root")))
	must(t, os.Symlink("/proc/self", filepath.Join(dir, "self")))
	must(t, os.Symlink("/etc/hostname", filepath.Join(dir, "out.txt")))

	ix := openFresh(t, dir)
	got, gotSkips := indexList(t, ix)
	want, wantSkips := scanList(t, dir)
	if got != want || !sameSkips(gotSkips, wantSkips) {
		t.Errorf("index and scan differ:\n%s\nskips %v\nscan's %v", firstDiff(got, want), gotSkips, wantSkips)
	}
	reasons := map[string]string{}
	for _, s := range gotSkips {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	for name, want := range map[string]string{"start": scan.ReasonLinkFolder, "root": scan.ReasonLinkFolder,
		"self": scan.ReasonLinkFolder, "out.txt": scan.ReasonLinkOut} {
		if reasons[name] != want {
			t.Errorf("%s: reason %q, want %q", name, reasons[name], want)
		}
	}
	// A refresh that stats everything again finds the same.
	if _, err := ix.Refresh(context.Background(), true, nil); err != nil {
		t.Fatal(err)
	}
	if again, _ := indexList(t, ix); again != got {
		t.Errorf("a full refresh changed the list:\n%s", firstDiff(again, got))
	}
}

// A folder indexed when links to folders were followed loses what it held
// through them at the next refresh.
func TestLinkedFolderForgotten(t *testing.T) {
	dir := folder(t, map[string]string{"d/a.txt": "A\n\nText.\n"})
	ix := openFresh(t, dir)
	_, err := ix.db.Exec("INSERT INTO dirs(path, mtime) VALUES('linked', 0)")
	must(t, err)
	must(t, os.Symlink("d", filepath.Join(dir, "linked")))
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	var n int
	must(t, ix.db.QueryRow("SELECT count(*) FROM dirs WHERE path='linked'").Scan(&n))
	if n != 0 {
		t.Errorf("the folder reached through a link is still in the index")
	}
}
