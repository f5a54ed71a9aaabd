package index

import (
	"os"
	"path/filepath"
	"testing"
)

// The stamps a refresh reads through the folder's descriptor are those
// statDir gives by path: a folder, a nested one, a link to a folder (not
// followed), a file, a missing name, and the folder itself named through a
// link (followed).
func TestDirStampsAgree(t *testing.T) {
	real := t.TempDir()
	for _, d := range []string{"a", "a/b", "c"} {
		must(t, os.Mkdir(filepath.Join(real, d), 0o755))
	}
	must(t, os.WriteFile(filepath.Join(real, "a", "f.txt"), []byte("x"), 0o644))
	if err := os.Symlink(filepath.Join(real, "c"), filepath.Join(real, "link")); err != nil {
		t.Skip("no symlinks:", err)
	}
	named := filepath.Join(t.TempDir(), "folder")
	must(t, os.Symlink(real, named))
	for _, abs := range []string{real, named} {
		stamps := openDirStamps(abs)
		for _, rel := range []string{".", "a", "a/b", "c", "link", "a/f.txt", "missing", "a/missing"} {
			m, dir, err := stamps.stamp(rel)
			wm, wdir, werr := stampByPath(abs, rel)
			if m != wm || dir != wdir || (err == nil) != (werr == nil) {
				t.Errorf("%s %q: stamp %d %v %v, by path %d %v %v", abs, rel, m, dir, err, wm, wdir, werr)
			}
			if rel == "link" && dir {
				t.Errorf("%q: a link to a folder was followed", rel)
			}
		}
		stamps.close()
	}
}
