//go:build unix

package scan

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// FuzzWalkGraph builds a folder from the fuzzer's bytes, read as commands
// (make a folder, a hidden folder, a file, a link to a folder, to a file,
// to /, up, to a missing name), and checks that the walk ends, lists each
// path once, lists only files inside the folder, and never lists through a
// link to a folder.
func FuzzWalkGraph(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7})
	f.Add([]byte{1, 3, 3, 1, 3, 3, 1, 3, 3, 1, 3, 3}) // the two-links-per-level graph
	f.Add([]byte{5, 6, 2, 4, 0, 2})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 64 {
			ops = ops[:64]
		}
		dir := t.TempDir()
		folders := []string{"."}
		for i, op := range ops {
			at := folders[int(op>>3)%len(folders)]
			name := fmt.Sprintf("n%d", i)
			p := filepath.Join(dir, at, name)
			switch op % 8 {
			case 0:
				os.Mkdir(p, 0o755)
				folders = append(folders, filepath.Join(at, name))
			case 1:
				os.Mkdir(filepath.Join(dir, at, "."+name), 0o755)
				folders = append(folders, filepath.Join(at, "."+name))
			case 2:
				os.WriteFile(p+".txt", []byte("Texte.\n"), 0o644)
			case 3:
				os.Symlink(filepath.Join(dir, folders[int(op>>4)%len(folders)]), p)
			case 4:
				os.Symlink(name+".txt", filepath.Join(dir, at, fmt.Sprintf("l%d.txt", i)))
			case 5:
				os.Symlink("/", p)
			case 6:
				os.Symlink("..", p)
			case 7:
				os.Symlink("/proc/self/environ", p+".txt")
			}
		}
		done := make(chan []string, 1)
		go func() {
			files, err := Files(dir, func(Skip) {})
			if err != nil {
				t.Error(err)
			}
			done <- files
		}()
		var files []string
		select {
		case files = <-done:
		case <-time.After(time.Minute):
			t.Fatal("the walk did not end")
		}
		root, _ := filepath.EvalSymlinks(dir)
		seen := map[string]bool{}
		for _, p := range files {
			if seen[p] {
				t.Errorf("%s listed twice", p)
			}
			seen[p] = true
			real, err := filepath.EvalSymlinks(p)
			if err != nil || !strings.HasPrefix(real, root+string(filepath.Separator)) {
				t.Errorf("%s leads out of the folder (%s, %v)", p, real, err)
			}
			rel, _ := filepath.Rel(dir, filepath.Dir(p))
			for d := rel; d != "." && d != "/"; d = filepath.Dir(d) {
				if fi, err := os.Lstat(filepath.Join(dir, d)); err == nil && fi.Mode()&os.ModeSymlink != 0 {
					t.Errorf("%s listed through the link %s", p, d)
				}
			}
		}
	})
}

// FuzzNames makes a file and a folder with the fuzzer's name and checks that
// what kiosk prints of them (the article's id, file and path, a skip line)
// is terminal-safe.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"a", "\x1b]0;t\x07", "\x1b_apc\x1b\\", "\u202eexe", "\xff\xfe", "\u009b2J", "\x1bP+q\x1b\\", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if name == "" || len(name) > 200 || strings.ContainsAny(name, "/\x00") || strings.HasPrefix(name, ".") {
			return
		}
		dir := t.TempDir()
		if os.Mkdir(filepath.Join(dir, name), 0o755) != nil {
			return
		}
		os.WriteFile(filepath.Join(dir, name, name+".txt"), []byte("Titre "+name+"\n\nTexte "+name+".\n"), 0o644)
		os.WriteFile(filepath.Join(dir, name+".txt"), []byte("Titre\n\nbinaire\x00"), 0o644)
		os.Symlink("/", filepath.Join(dir, "l"+name))
		var out []string
		err := Scan(context.Background(), dir, Options{},
			func(a article.Article) { out = append(out, a.ID, a.File, a.Path, a.Title) },
			func(s Skip) { out = append(out, s.String().String()) })
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, SafePath(name).String())
		for _, s := range out {
			if !sanitize.IsSafe(s, false) {
				t.Errorf("not terminal-safe: %q", s)
			}
		}
		if len(out) != 7 {
			t.Errorf("%d lines, want 7 (an article's 4, 2 skips, 1 path): %q", len(out), out)
		}
	})
}

// FuzzGrowingRead reads a file while it is appended to, in steps the
// fuzzer chooses: every read is a prefix of what is written.
func FuzzGrowingRead(f *testing.F) {
	f.Add(uint16(1), uint8(50))
	f.Add(uint16(4095), uint8(20))
	f.Add(uint16(65535), uint8(8))
	f.Fuzz(func(t *testing.T, step uint16, n uint8) {
		checkGrowingReads(t, int(step)+1, int(n%64)+1)
	})
}
