//go:build unix

package index

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/scan"
)

// scanList is what a scan of dir lists: the JSON lines of kiosk list
// --json, and the skips.
func scanList(t *testing.T, dir string) (string, []scan.Skip) {
	t.Helper()
	var out bytes.Buffer
	var skips []scan.Skip
	enc := json.NewEncoder(&out)
	err := scan.Scan(context.Background(), dir, scan.Options{}, func(a article.Article) {
		a.Paragraphs, a.Captions, a.Blocks = nil, nil, nil
		enc.Encode(a)
	}, func(s scan.Skip) { skips = append(skips, s) })
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), skips
}

// indexList is what the index lists after a cheap refresh.
func indexList(t *testing.T, ix *Index) (string, []scan.Skip) {
	t.Helper()
	ctx := context.Background()
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := ix.WriteList(ctx, &out, nil); err != nil {
		t.Fatal(err)
	}
	skips, err := ix.Skips(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), skips
}

// hostileFolder is a generated folder with odd names, links and files
// that must be skipped.
func hostileFolder(t *testing.T) string {
	dir := generate(t, 40)
	write(t, filepath.Join(dir, `quote "<&>" é.txt`), "Title\n\nBody with <html> & \"quotes\".\n\nSource: https://example.com/a?b=1&c=<2>\n")
	write(t, filepath.Join(dir, "esc \x1b[31m red.txt"), "Red\n\nSome text.\n")
	write(t, filepath.Join(dir, "binary.txt"), "abc\x00def")
	write(t, filepath.Join(dir, "deep/a/b/c.txt"), "Deep\n\nDown here.\n")
	must(t, os.Symlink("d0", filepath.Join(dir, "linked")))                          // a folder, through a link
	must(t, os.Symlink("..", filepath.Join(dir, "d1", "up")))                        // a loop
	must(t, os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")))           // dangling
	must(t, os.Symlink("deep/a/b/c.txt", filepath.Join(dir, "alias.txt")))           // a file, through a link
	must(t, os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755))                       // a folder named *.txt
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644))                   // never opened
	write(t, filepath.Join(dir, ".hidden", "secret.txt"), "Hidden\n\nNot listed.\n") // hidden
	return dir
}

// The index lists exactly what a scan lists, byte for byte, and reports the
// same skips, on the first refresh, on an unchanged folder (from the list
// file), and after files are added, changed and removed.
func TestListSameAsScan(t *testing.T) {
	dir := hostileFolder(t)
	ix, err := Open(dir, t.TempDir())
	must(t, err)
	defer ix.Close()
	compare := func(when string) {
		t.Helper()
		want, wantSkips := scanList(t, dir)
		got, gotSkips := indexList(t, ix)
		if got != want {
			t.Errorf("%s: index list differs from the scan's:\n%s", when, firstDiff(got, want))
		}
		if !sameSkips(gotSkips, wantSkips) {
			t.Errorf("%s: index skips %v, scan skips %v", when, gotSkips, wantSkips)
		}
	}
	compare("first refresh")
	before, err := os.Stat(ix.DBFile() + listSuffix)
	if err != nil {
		t.Fatalf("no list file written: %v", err)
	}
	compare("unchanged")
	if after, err := os.Stat(ix.DBFile() + listSuffix); err != nil || !os.SameFile(before, after) {
		t.Errorf("the list file of an unchanged folder was written again")
	}
	write(t, filepath.Join(dir, "d2", "new.txt"), "New one\n\nFresh text about Hanoï.\n")
	must(t, os.Remove(filepath.Join(dir, "d0", "0000.txt")))
	must(t, os.Rename(filepath.Join(dir, "d1", "0001.txt"), filepath.Join(dir, "d1", "renamed.txt")))
	write(t, filepath.Join(dir, "d2", "0002.txt.tmp"), "Replaced\n\nA new version.\n")
	must(t, os.Rename(filepath.Join(dir, "d2", "0002.txt.tmp"), filepath.Join(dir, "d2", "0002.txt")))
	compare("after changes")
}

// Without a place for the list file, the list comes from the database.
func TestListWithoutListFile(t *testing.T) {
	dir := generate(t, 20)
	ix, err := Open(dir, t.TempDir())
	must(t, err)
	defer ix.Close()
	must(t, os.Mkdir(ix.DBFile()+listSuffix, 0o755)) // the file cannot be written
	want, _ := scanList(t, dir)
	if got, _ := indexList(t, ix); got != want {
		t.Errorf("list from the database differs from the scan's:\n%s", firstDiff(got, want))
	}
}

// A damaged list file is written again, not trusted.
func TestListFileDamaged(t *testing.T) {
	dir := generate(t, 20)
	ix, err := Open(dir, t.TempDir())
	must(t, err)
	defer ix.Close()
	want, _ := scanList(t, dir)
	indexList(t, ix)
	data, err := os.ReadFile(ix.DBFile() + listSuffix)
	must(t, err)
	must(t, os.WriteFile(ix.DBFile()+listSuffix, data[:len(data)/2], 0o644))
	if got, _ := indexList(t, ix); got != want {
		t.Errorf("list after truncating the list file differs from the scan's:\n%s", firstDiff(got, want))
	}
}

func sameSkips(a, b []scan.Skip) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + string(rune('0'+i%10)) + ":\n got  " + gl + "\n want " + wl
		}
	}
	return ""
}

// The list file of a deleted database is not trusted by the next one, even
// at the same generation.
func TestListFileOfAnotherDatabase(t *testing.T) {
	dir, cache := generate(t, 20), t.TempDir()
	ix, err := Open(dir, cache)
	must(t, err)
	indexList(t, ix)
	var gen string
	must(t, ix.db.QueryRow("SELECT value FROM meta WHERE key='gen'").Scan(&gen))
	old, err := os.ReadFile(ix.DBFile() + listSuffix)
	must(t, err)
	ix.Close()
	removeDB(ix.DBFile())

	write(t, filepath.Join(dir, "added.txt"), "Added later\n\nA new article.\n")
	ix, err = Open(dir, cache)
	must(t, err)
	defer ix.Close()
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	_, err = ix.db.Exec("UPDATE meta SET value=? WHERE key='gen'", gen)
	must(t, err)
	must(t, os.WriteFile(ix.DBFile()+listSuffix, old, 0o644))
	want, _ := scanList(t, dir)
	if got, _ := indexList(t, ix); got != want {
		t.Errorf("the old database's list file was used:\n%s", firstDiff(got, want))
	}
}
