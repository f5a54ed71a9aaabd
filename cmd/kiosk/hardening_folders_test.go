//go:build unix

package main

// Issue 6, part 2: hostile folders through the binary. Every good article
// is listed and found, every bad file reported as 'kiosk: skipped PATH:
// REASON', nothing hangs, nothing in the folder changes, and a read-only
// folder or cache directory is no reason to crash.

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// nobody is the user the read-only checks run as when the tests run as
// root, for whom permissions are not enforced.
const nobody = 65534

// hostileTree is a folder with every kind of file kiosk may meet.
type hostileTree struct {
	dir     string
	good    []string // articles that must be listed (relative paths)
	bad     []string // paths that must be reported as skipped
	either  []string // listed or reported, but one of them
	found   []string // good articles holding searchWord
	manyLen int
}

func (h *hostileTree) path(rel string) string { return filepath.Join(h.dir, rel) }

func (h *hostileTree) write(t *testing.T, rel string, data []byte) {
	t.Helper()
	p := h.path(rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (h *hostileTree) link(t *testing.T, target, rel string) {
	t.Helper()
	if err := os.Symlink(target, h.path(rel)); err != nil {
		t.Fatal(err)
	}
}

// worldReadable opens the way to p for another user.
func worldReadable(t *testing.T, p string) {
	for d := p; d != "/" && d != "." && strings.HasPrefix(d, os.TempDir()) && d != os.TempDir(); d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
}

func newHostileTree(t *testing.T) *hostileTree {
	t.Helper()
	h := &hostileTree{dir: filepath.Join(t.TempDir(), "articles")}
	worldReadable(t, filepath.Dir(h.dir))
	art := func(title string) []byte {
		return []byte(title + "\n\nLe port de Zanzibar a reçu un navire de commerce ce matin, selon le ministère.\n\nSource : https://news.example.vn/a.html\n\nComment (3)\n")
	}
	h.write(t, "good.txt", art("Un bon article sur Zanzibar"))
	h.good = append(h.good, "good.txt")
	h.write(t, "x.txt/inner.txt", art("Un article dans un dossier nommé x.txt"))
	h.good = append(h.good, "x.txt/inner.txt")
	h.link(t, "good.txt", "link-to-good.txt")
	h.good = append(h.good, "link-to-good.txt")
	h.write(t, "line5m.txt", []byte("Zanzibar "+strings.Repeat("le port est animé et les navires y entrent ", 5<<20/44)+"\n"))
	h.good = append(h.good, "line5m.txt")
	deep := ""
	for i := 0; i < 50; i++ {
		deep = filepath.Join(deep, fmt.Sprintf("n%02d", i))
	}
	h.write(t, filepath.Join(deep, "deep.txt"), art("Un article enfoui sous cinquante dossiers"))
	h.good = append(h.good, filepath.Join(deep, "deep.txt"))
	h.found = append([]string{}, h.good...)
	h.manyLen = 10000
	for i := 0; i < h.manyLen; i++ {
		rel := fmt.Sprintf("many/%05d.txt", i)
		h.write(t, rel, fmt.Appendf(nil, "Article numéro %d du grand dossier\n\nLe fleuve Mekong monte encore au kilomètre %d.\n", i, i))
		h.good = append(h.good, rel)
	}

	// Bad files.
	if err := mkfifo(h.path("fifo.txt")); err != nil {
		t.Fatal(err)
	}
	h.bad = append(h.bad, "fifo.txt")
	ln, err := net.Listen("unix", h.path("sock.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	h.bad = append(h.bad, "sock.txt")
	h.link(t, "loop2.txt", "loop1.txt")
	h.link(t, "loop1.txt", "loop2.txt")
	h.link(t, "self.txt", "self.txt")
	h.link(t, "nowhere/missing.txt", "dangling.txt")
	h.link(t, "..", "n00/up") // a folder link back up: a loop
	h.bad = append(h.bad, "loop1.txt", "loop2.txt", "self.txt", "dangling.txt", "n00/up")
	h.write(t, "binary.txt", append([]byte("Zanzibar\x00"), art("binaire")...))
	h.bad = append(h.bad, "binary.txt")
	big := bytes.Repeat([]byte("Zanzibar est un port. "), 64<<20/22+1)
	h.write(t, "big64.txt", big)
	h.bad = append(h.bad, "big64.txt")
	h.write(t, "unreadable.txt", art("Illisible"))
	if err := os.Chmod(h.path("unreadable.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		h.bad = append(h.bad, "unreadable.txt")
	} else {
		h.either = append(h.either, "unreadable.txt") // root reads it anyway
	}
	h.write(t, "empty.txt", nil)
	h.write(t, "blank.txt", []byte("\n\n   \n\t\n \r\n"))
	h.write(t, "sourceonly.txt", []byte("Source : https://news.example.vn/only.html\n"))
	h.either = append(h.either, "empty.txt", "blank.txt", "sourceonly.txt")
	// A folder its reader may not open: root opens it anyway.
	h.write(t, "locked/in.txt", art("Dans un dossier fermé"))
	if err := os.Chmod(h.path("locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(h.path("locked"), 0o755) })
	if os.Geteuid() == 0 {
		h.good = append(h.good, "locked/in.txt")
	} else {
		h.bad = append(h.bad, "locked")
	}
	h.write(t, ".hidden/secret.txt", art("Caché"))
	h.write(t, "notes.md", []byte("pas un article"))
	return h
}

// snapshot records every entry under dir: type, size, mode, mtime and,
// for regular files, a hash of the bytes. Directory mtimes reveal a file
// created and removed again.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	snap := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		v := fmt.Sprintf("%v %d %d", fi.Mode(), fi.Size(), fi.ModTime().UnixNano())
		if fi.Mode().IsRegular() && fi.Mode().Perm()&0o400 != 0 {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			v += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		snap[p] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func compareSnapshots(t *testing.T, when string, before, after map[string]string) {
	t.Helper()
	for p, v := range before {
		if w, ok := after[p]; !ok {
			t.Errorf("%s: %s was removed", when, p)
		} else if w != v {
			t.Errorf("%s: %s changed: %s -> %s", when, p, v, w)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s: %s was created in the article folder", when, p)
		}
	}
}

// skipLines splits stderr into the paths of its skip lines and its other
// lines (progress lines apart).
func skipLines(stderr string) (skipped map[string]string, other []string) {
	skipped = map[string]string{}
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		switch {
		case l == "", strings.HasPrefix(l, "kiosk: indexing: "):
		case strings.HasPrefix(l, "kiosk: skipped "):
			rest := strings.TrimPrefix(l, "kiosk: skipped ")
			i := strings.Index(rest, ": ") // test paths hold no ": "
			if i < 0 {
				other = append(other, l)
				continue
			}
			skipped[rest[:i]] = rest[i+2:]
		default:
			other = append(other, l)
		}
	}
	return skipped, other
}

// checkList runs list --json on the tree and checks that every good
// article is listed and every bad file reported, each exactly once.
func (h *hostileTree) checkList(t *testing.T, when string, o runOpts) {
	t.Helper()
	r := runKiosk(t, o, "list", "--json", "--dir", h.dir)
	if r.code != 0 {
		t.Errorf("%s: list --json: exit %d; stderr %q", when, r.code, clip(r.stderr))
	}
	// The issue asks for 5 s: a figure for the notes, not an assertion on a
	// shared machine.
	t.Logf("%s: list --json took %v", when, r.took.Round(time.Millisecond))
	seen := map[string]int{}
	for _, l := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
		var a listed
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("%s: list --json: not JSON: %q", when, clip(l))
		}
		rel, _ := filepath.Rel(h.dir, a.Path)
		seen[rel]++
	}
	skipped, other := skipLines(r.stderr)
	h.account(t, when+": list --json", seen, skipped, other)
}

func (h *hostileTree) account(t *testing.T, what string, listed map[string]int, skipped map[string]string, other []string) {
	t.Helper()
	rel := map[string]string{}
	for p, reason := range skipped {
		r, err := filepath.Rel(h.dir, p)
		if err != nil {
			r = p
		}
		rel[r] = reason
	}
	missing := 0
	for _, g := range h.good {
		if listed[g] != 1 && missing < 5 {
			t.Errorf("%s: the good article %s is listed %d times", what, g, listed[g])
			missing++
		}
	}
	for _, b := range h.bad {
		if listed[b] != 0 {
			t.Errorf("%s: the bad file %s is listed", what, b)
		}
		if rel[b] == "" {
			t.Errorf("%s: the bad file %s is not reported; skip lines %q", what, b, skipped)
		}
	}
	for _, e := range h.either {
		if (listed[e] == 1) == (rel[e] != "") {
			t.Errorf("%s: %s is listed %d times and reported %q: want one of them", what, e, listed[e], rel[e])
		}
	}
	if want := len(h.good) + len(h.either); len(listed) > want {
		t.Errorf("%s: %d paths listed, want at most %d", what, len(listed), want)
	}
	if len(other) > 0 {
		t.Errorf("%s: stderr holds more than skip lines: %q", what, other)
	}
}

// checkSearch runs search and index on the tree.
func (h *hostileTree) checkSearch(t *testing.T, when string, o runOpts, first bool) {
	t.Helper()
	r := runKiosk(t, o, "search", "--json", "--limit", "0", "--dir", h.dir, searchWord)
	if r.code != 0 {
		t.Errorf("%s: search: exit %d; stderr %q", when, r.code, clip(r.stderr))
	}
	found := map[string]int{}
	for _, l := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
		var s searchLine
		if l == "" {
			continue
		}
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("%s: search --json: not JSON: %q", when, clip(l))
		}
		rel, _ := filepath.Rel(h.dir, s.Path)
		found[rel]++
	}
	for _, f := range h.found {
		if found[f] != 1 {
			t.Errorf("%s: search %s finds %s %d times", when, searchWord, f, found[f])
		}
	}
	skipped, other := skipLines(r.stderr)
	if len(other) > 0 {
		t.Errorf("%s: search: stderr holds more than skip lines: %q", when, other)
	}
	if first {
		for _, b := range h.bad {
			if b == "n00/up" {
				continue // the index does not follow links to folders
			}
			if _, ok := skipped[h.path(b)]; !ok {
				t.Errorf("%s: search: the bad file %s is not reported", when, b)
			}
		}
	}
	r = runKiosk(t, o, "search", "--json", "--limit", "3", "--dir", h.dir, "Mekong")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 3 {
		t.Errorf("%s: search Mekong: exit %d, %d lines; stderr %q", when, r.code, strings.Count(r.stdout, "\n"), clip(r.stderr))
	}
	r = runKiosk(t, o, "index", "--dir", h.dir)
	if _, other := skipLines(r.stderr); r.code != 0 || len(other) != 1 || !strings.Contains(other[0], "articles indexed") {
		t.Errorf("%s: index: exit %d; stderr %q", when, r.code, clip(r.stderr))
	}
}

// chmodTree takes write permission away from everything under dir (or
// gives it back), links apart.
func chmodTree(t *testing.T, dir string, writable bool) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.Type()&fs.ModeSymlink != 0 || d.Type()&fs.ModeSocket != 0 {
			return nil
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return nil
		}
		mode := fi.Mode().Perm()
		if writable {
			mode |= 0o200
		} else {
			mode &^= 0o222
		}
		os.Chmod(p, mode)
		return nil
	})
	t.Cleanup(func() {
		if !writable {
			chmodTree(t, dir, true)
			os.Chmod(filepath.Join(dir, "unreadable.txt"), 0o600)
		}
	})
}

func TestHardeningHostileFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a folder of 10,000 files and one of 64 MiB")
	}
	h := newHostileTree(t)
	before := snapshot(t, h.dir)
	cache, stateDir := t.TempDir(), t.TempDir()
	// The guard against hangs is generous: 10,000 files on a loaded
	// machine take a while, and this test asserts what, not how fast.
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + cache, "XDG_STATE_HOME=" + stateDir}, limit: 180 * time.Second}

	h.checkList(t, "writable folder", o)
	h.checkSearch(t, "writable folder", o, true)
	r := runKiosk(t, o, "actors", "--dir", h.dir)
	if r.code != 0 {
		t.Errorf("actors: exit %d; stderr %q", r.code, clip(r.stderr))
	}
	compareSnapshots(t, "after list, search, index, actors", before, snapshot(t, h.dir))

	// A read-only folder, with a fresh cache (a first index build).
	chmodTree(t, h.dir, false)
	before = snapshot(t, h.dir)
	o.env = []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}
	h.checkList(t, "read-only folder", o)
	h.checkSearch(t, "read-only folder", o, true)
	compareSnapshots(t, "read-only folder", before, snapshot(t, h.dir))

	if os.Geteuid() == 0 {
		// Root writes anyway: check again as a user for whom the folder
		// is really read-only and unreadable.txt really unreadable.
		t.Logf("running as root: the read-only folder is checked again as uid %d", nobody)
		h.bad = append(h.bad, "unreadable.txt", "locked")
		h.either = h.either[1:]
		h.good = slices.DeleteFunc(h.good, func(p string) bool { return p == "locked/in.txt" })
		ownedCache, ownedState := t.TempDir(), t.TempDir()
		for _, d := range []string{ownedCache, ownedState} {
			worldReadable(t, d)
			os.Chown(d, nobody, nobody)
		}
		o := runOpts{uid: nobody, env: []string{"XDG_CACHE_HOME=" + ownedCache, "XDG_STATE_HOME=" + ownedState, "HOME=/nonexistent"}, limit: o.limit}
		h.checkList(t, "read-only folder, as nobody", o)
		h.checkSearch(t, "read-only folder, as nobody", o, true)
		compareSnapshots(t, "read-only folder, as nobody", before, snapshot(t, h.dir))
	}
}

// readOnlyCacheFolder is a small folder another user may read.
func readOnlyCacheFolder(t *testing.T) string {
	dir := writeFiles(t, map[string]string{
		"a.txt": "Le port de Zanzibar\n\nLe port de Zanzibar a reçu un navire.\n",
		"b.txt": "Le fleuve Mekong\n\nLe fleuve monte encore.\n",
	})
	worldReadable(t, dir)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error { os.Chmod(p, 0o755); return nil })
	return dir
}

// checkSearchOrWhy: search answers, or says why in one line; it never
// crashes. list does not need the cache at all.
func checkSearchOrWhy(t *testing.T, name, dir string, o runOpts) {
	t.Helper()
	before := snapshot(t, dir)
	r := runKiosk(t, o, "search", "--dir", dir, "zanzibar")
	_, other := skipLines(r.stderr)
	switch {
	case r.code == 0 && strings.Contains(r.stdout, "a.txt"):
		t.Logf("%s: search answers (stderr %q)", name, r.stderr)
	case r.code != 0 && len(other) == 1 && r.stdout == "":
		t.Logf("%s: search says why: %q (exit %d)", name, other[0], r.code)
	default:
		t.Errorf("%s: search neither answers nor says why in one line: exit %d, stdout %q, stderr %q", name, r.code, clip(r.stdout), clip(r.stderr))
	}
	checkTerminalSafe(t, name, r, false, false)
	r = runKiosk(t, o, "list", "--dir", dir)
	if r.code != 0 || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("%s: list: exit %d, stdout %q, stderr %q", name, r.code, r.stdout, r.stderr)
	}
	compareSnapshots(t, name, before, snapshot(t, dir))
}

// TestHardeningReadOnlyCache: a cache directory that cannot be created or
// written.
func TestHardeningReadOnlyCache(t *testing.T) {
	dir := readOnlyCacheFolder(t)
	checkSearchOrWhy(t, "cache under a file", dir, runOpts{env: []string{"XDG_CACHE_HOME=/dev/null/x", "HOME=/nonexistent"}})
	ro := t.TempDir()
	if os.Geteuid() == 0 {
		worldReadable(t, ro)
		checkSearchOrWhy(t, "cache owned by another user", dir, runOpts{uid: nobody, env: []string{"XDG_CACHE_HOME=" + ro, "HOME=/nonexistent"}})
	} else {
		os.Chmod(ro, 0o555)
		t.Cleanup(func() { os.Chmod(ro, 0o755) })
		checkSearchOrWhy(t, "read-only cache", dir, runOpts{env: []string{"XDG_CACHE_HOME=" + ro, "HOME=/nonexistent"}})
	}
}

// TestHardeningReadOnlyExistingIndex: the folder's index exists, but the
// cache has become read-only (or belongs to another user).
func TestHardeningReadOnlyExistingIndex(t *testing.T) {
	dir := readOnlyCacheFolder(t)
	built := t.TempDir()
	if r := runKiosk(t, runOpts{env: []string{"XDG_CACHE_HOME=" + built}}, "index", "--dir", dir); r.code != 0 {
		t.Fatalf("index: exit %d: %s", r.code, r.stderr)
	}
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + built, "HOME=/nonexistent"}}
	if os.Geteuid() == 0 {
		worldReadable(t, built)
		filepath.WalkDir(built, func(p string, d fs.DirEntry, err error) error { os.Chmod(p, 0o755); return nil })
		o.uid = nobody
	} else {
		chmodTree(t, built, false)
	}
	checkSearchOrWhy(t, "existing index, read-only", dir, o)
}

// TestHardeningCorruptFiles: a state file or an index that is garbage is
// set aside or rebuilt, with at most one line said about it.
func TestHardeningCorruptFiles(t *testing.T) {
	dir := readOnlyCacheFolder(t)
	cache, stateHome := t.TempDir(), t.TempDir()
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + cache, "XDG_STATE_HOME=" + stateHome}}
	if r := runKiosk(t, o, "index", "--dir", dir); r.code != 0 {
		t.Fatalf("index: exit %d: %s", r.code, r.stderr)
	}
	dbs, _ := filepath.Glob(filepath.Join(cache, "kiosk", "*.db"))
	if len(dbs) != 1 {
		t.Fatalf("index files: %q", dbs)
	}
	garbage := bytes.Repeat([]byte("not a database \x00\xff"), 4096)
	if err := os.WriteFile(dbs[0], garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	r := runKiosk(t, o, "search", "--dir", dir, "zanzibar")
	if r.code != 0 || !strings.Contains(r.stdout, "a.txt") || len(whyLines(r.stderr)) > 1 {
		t.Errorf("search over a corrupt index: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	stateDir := filepath.Join(stateHome, "kiosk")
	os.MkdirAll(stateDir, 0o700)
	if err := os.WriteFile(filepath.Join(stateDir, "state.db"), garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	r = runKiosk(t, o, "list", "--unread", "--dir", dir)
	if r.code != 0 || strings.Count(r.stdout, "\n") != 2 || len(whyLines(r.stderr)) != 1 {
		t.Errorf("list --unread over a corrupt state: exit %d, stdout %q, stderr %q; want both articles and one line about the state", r.code, r.stdout, r.stderr)
	}
	checkTerminalSafe(t, "list --unread over a corrupt state", r, false, true)
	ents, _ := os.ReadDir(stateDir)
	var kept bool
	for _, e := range ents {
		if b, err := os.ReadFile(filepath.Join(stateDir, e.Name())); err == nil && bytes.Equal(b, garbage) {
			kept = true
		}
	}
	if !kept {
		t.Errorf("the corrupt state file was not kept aside: %v", ents)
	}
	r = runKiosk(t, o, "list", "--unread", "--dir", dir)
	if r.code != 0 || len(whyLines(r.stderr)) != 0 {
		t.Errorf("list --unread after the state was set aside: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestHardeningFilesVanish: files deleted while list and search read the
// folder are listed (read in time) or reported, never a crash.
func TestHardeningFilesVanish(t *testing.T) {
	for _, args := range [][]string{{"list", "--json"}, {"search", "--json", "--limit", "0", "Mekong"}} {
		dir := t.TempDir()
		const n = 4000
		for i := 0; i < n; i++ {
			data := fmt.Appendf(nil, "Article %d\n\nLe fleuve Mekong monte encore au kilomètre %d.\n", i, i)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		s := startKiosk(t, []string{"XDG_CACHE_HOME=" + t.TempDir()}, append(args, "--dir", dir)...)
		time.Sleep(30 * time.Millisecond)
		for i := n - 1; i >= 0; i -= 2 {
			os.Remove(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)))
		}
		s.wait(t)
		if s.code != 0 || len(whyLines(s.err.String())) > 0 {
			t.Errorf("%q while files vanish: exit %d, stderr %q", args, s.code, clip(s.err.String()))
		}
		for _, l := range strings.Split(strings.TrimSpace(s.out.String()), "\n") {
			if l != "" && !json.Valid([]byte(l)) {
				t.Errorf("%q while files vanish: not JSON: %q", args, clip(l))
				break
			}
		}
		t.Logf("%q while files vanish: %d lines out, %d skip lines", args, strings.Count(s.out.String(), "\n"), strings.Count(s.err.String(), "kiosk: skipped"))
	}
}
