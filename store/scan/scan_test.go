package scan

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/article"
)

// write creates the file rel under dir with content, making its folders.
func write(t testing.TB, dir, rel, content string) string {
	t.Helper()
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// outcome is what one scan told its caller, in the order it was told.
type outcome struct {
	order    []string // every path, emitted or skipped
	articles map[string]article.Article
	skips    map[string]string
}

// scan runs Scan with a guard: if a file blocks it (a FIFO opened the
// wrong way), the test fails instead of hanging the whole run.
func scan(t *testing.T, dir string, opt Options) outcome {
	t.Helper()
	out := outcome{articles: map[string]article.Article{}, skips: map[string]string{}}
	done := make(chan error, 1)
	go func() {
		done <- Scan(context.Background(), dir, opt,
			func(a article.Article) {
				out.order = append(out.order, a.Path)
				out.articles[a.Path] = a
			},
			func(s Skip) {
				out.order = append(out.order, s.Path)
				out.skips[s.Path] = s.Reason
			})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Scan: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Scan blocked on a file")
	}
	return out
}

func TestSortedRecursiveHiddenSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, rel := range []string{"b.txt", "a/z.txt", "a.txt", "a/b/c.txt", "A.txt", "x/y/z/deep.TXT",
		".hidden/h.txt", "a/.h.txt", "notes.md", "a/readme"} {
		write(t, dir, rel, "Un paragraphe.\n")
	}
	out := scan(t, dir, Options{})
	var want []string
	for _, rel := range []string{"A.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt", "x/y/z/deep.TXT"} {
		want = append(want, filepath.Join(dir, rel))
	}
	if !slices.Equal(out.order, want) {
		t.Errorf("order:\n got %q\nwant %q", out.order, want)
	}
	files, err := Files(dir, func(s Skip) { t.Errorf("unexpected skip %v", s) })
	if err != nil || !slices.Equal(files, want) {
		t.Errorf("Files = %q, %v; want %q", files, err, want)
	}
}

func TestLinks(t *testing.T) {
	dir := t.TempDir()
	target := write(t, dir, "real/article.txt", "Un vrai article.\n")
	outside := write(t, t.TempDir(), "outside.txt", "Hors du dossier.\n")
	must(t, os.Symlink(target, filepath.Join(dir, "link.txt")))
	must(t, os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "linked")))
	must(t, os.Symlink("..", filepath.Join(dir, "real", "up")))
	must(t, os.Symlink("missing.txt", filepath.Join(dir, "dangling.txt")))
	must(t, os.Symlink("b.txt", filepath.Join(dir, "a.txt")))
	must(t, os.Symlink("a.txt", filepath.Join(dir, "b.txt")))
	must(t, os.Symlink(outside, filepath.Join(dir, "out.txt")))
	must(t, os.Symlink("/", filepath.Join(dir, "root")))
	must(t, os.Symlink("/proc/self", filepath.Join(dir, "self")))

	out := scan(t, dir, Options{})
	for _, name := range []string{"link.txt", "real/article.txt"} {
		a, ok := out.articles[filepath.Join(dir, name)]
		if !ok || !strings.Contains(strings.Join(a.Paragraphs, "\n"), "vrai article") {
			t.Errorf("%s: not read through the link (%v)", name, ok)
		}
	}
	if len(out.articles) != 2 {
		t.Errorf("%d articles, want 2: %v", len(out.articles), out.order)
	}
	for name, reason := range map[string]string{
		"dangling.txt": ReasonDangling,
		"a.txt":        ReasonLinkLoop,
		"b.txt":        ReasonLinkLoop,
		"real/up":      ReasonLinkFolder,
		"linked":       ReasonLinkFolder,
		"root":         ReasonLinkFolder,
		"self":         ReasonLinkFolder,
		"out.txt":      ReasonLinkOut,
	} {
		if got := out.skips[filepath.Join(dir, name)]; got != reason {
			t.Errorf("%s: skip %q, want %q", name, got, reason)
		}
	}
}

// A folder reached through a link in its path is still the folder: links
// inside it are judged by where they lead, not by the spelling of the path.
func TestLinkedRoot(t *testing.T) {
	base := t.TempDir()
	write(t, base, "real/a.txt", "A.\n")
	must(t, os.Symlink("a.txt", filepath.Join(base, "real", "b.txt")))
	must(t, os.Symlink("real", filepath.Join(base, "via")))
	out := scan(t, filepath.Join(base, "via"), Options{})
	if len(out.articles) != 2 || len(out.skips) != 0 {
		t.Errorf("through a linked root: %v, skips %v", out.order, out.skips)
	}
}

// linkGraph makes the attack of issue 11: at each of levels hidden
// folders, two links to the next one, so that following links naively
// walks 2^levels paths.
func linkGraph(t testing.TB, dir string, levels int) {
	for i := range levels {
		must(t, os.MkdirAll(filepath.Join(dir, fmt.Sprintf(".l%d", i)), 0o755))
		write(t, dir, fmt.Sprintf(".l%d/a.txt", i), "A.\n")
	}
	for i := range levels - 1 {
		next := fmt.Sprintf("../.l%d", i+1)
		must(t, os.Symlink(next, filepath.Join(dir, fmt.Sprintf(".l%d", i), "x")))
		must(t, os.Symlink(next, filepath.Join(dir, fmt.Sprintf(".l%d", i), "y")))
	}
	must(t, os.Symlink(".l0", filepath.Join(dir, "start")))
}

// Issue 11: 30 levels of the two-links graph, a link to / and one to
// /proc/self end at once (the scan's guard fails the test after a minute).
func TestLinkGraphEnds(t *testing.T) {
	dir := t.TempDir()
	linkGraph(t, dir, 30)
	out := scan(t, dir, Options{})
	if len(out.articles) != 0 || out.skips[filepath.Join(dir, "start")] != ReasonLinkFolder {
		t.Errorf("graph: %d articles, skips %v", len(out.articles), out.skips)
	}
}

// A file that grows while it is read is read as it was at some moment: a
// prefix of what the writer writes, never with a gap (issue 11, E: the
// bytes read before the buffer had to grow were dropped, and the zeros left
// in their place made the file "binary").
func TestReadGrowing(t *testing.T) {
	for _, step := range []int{1, 100, 4096, 70_000} {
		checkGrowingReads(t, step, 200)
	}
}

// checkGrowingReads appends n lines of step bytes to a file while a Reader
// reads it again and again, and checks every read.
func checkGrowingReads(t testing.TB, step, n int) {
	p := filepath.Join(t.TempDir(), "grow.txt")
	var full strings.Builder
	for i := range n {
		full.WriteString(strings.Repeat(string(rune('a'+i%26)), step) + "\n")
	}
	final := full.String()
	must(t, os.WriteFile(p, nil, 0o644))
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
		if err == nil {
			for i := 0; i < len(final) && err == nil; i += step + 1 {
				_, err = f.WriteString(final[i : i+step+1])
			}
			f.Close()
		}
		done <- err
	}()
	var r Reader
	for finished := false; !finished; {
		select {
		case err := <-done:
			must(t, err)
			finished = true
		default:
		}
		got, err := r.Read(p, 0)
		if err != nil || !strings.HasPrefix(final, string(got)) {
			t.Fatalf("step %d: read %d bytes, %v: not a prefix of what was written", step, len(got), err)
		}
		if finished && string(got) != final {
			t.Fatalf("step %d: last read %d bytes, want %d", step, len(got), len(final))
		}
	}
}

// The reader's buffer keeps what it read when it grows.
func TestGrowKeeps(t *testing.T) {
	var r Reader
	r.reset(4, 4)
	copy(r.buf, "abcd")
	r.grow(4, 9)
	if string(r.buf[:4]) != "abcd" || len(r.buf) < 9 {
		t.Errorf("grow lost the bytes read: %q", r.buf[:4])
	}
}

func TestRefusedFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "binary.txt", "PK\x03\x04\x00\x00 not text")
	write(t, dir, "late-nul.txt", strings.Repeat("a", sniffLen)+"\x00")
	write(t, dir, "big.txt", strings.Repeat("Une phrase. ", 200))
	write(t, dir, "fits.txt", strings.Repeat("x", 1024))
	out := scan(t, dir, Options{MaxSize: 1024})
	if got := out.skips[filepath.Join(dir, "binary.txt")]; got != "binary file (NUL byte)" {
		t.Errorf("binary: %q", got)
	}
	if got := out.skips[filepath.Join(dir, "big.txt")]; got != "larger than 1 KiB (--max-size)" {
		t.Errorf("big: %q", got)
	}
	// A NUL past the first 8 KiB is not looked for; the file is text.
	if _, err := ReadFile(filepath.Join(dir, "late-nul.txt"), 0); err != nil {
		t.Errorf("late NUL: %v", err)
	}
	if _, ok := out.articles[filepath.Join(dir, "fits.txt")]; !ok {
		t.Errorf("a file of exactly MaxSize was refused: %q", out.skips[filepath.Join(dir, "fits.txt")])
	}
	if got := Reason(ErrTooLarge, 0); got != "larger than 16 MiB (--max-size)" {
		t.Errorf("default limit: %q", got)
	}
}

func TestLongLineEmptyAndBlank(t *testing.T) {
	if testing.Short() {
		t.Skip("a 5 MiB parse, minutes under the race detector (CI's -race -short run)")
	}
	dir := t.TempDir()
	long := strings.Repeat("mot ", 5<<20/4-2) + "fin."
	write(t, dir, "long.txt", long)
	write(t, dir, "empty.txt", "")
	write(t, dir, "blank.txt", "\n\n   \n\t\n")
	out := scan(t, dir, Options{})
	a := out.articles[filepath.Join(dir, "long.txt")]
	if len(a.Paragraphs) != 1 || !strings.HasSuffix(a.Paragraphs[0], "mot fin.") || len(a.Paragraphs[0]) < 5<<20-16 {
		t.Errorf("5 MiB line: %d paragraphs", len(a.Paragraphs))
	}
	for _, name := range []string{"empty.txt", "blank.txt"} {
		if _, ok := out.articles[filepath.Join(dir, name)]; !ok {
			t.Errorf("%s not listed: %q", name, out.skips[filepath.Join(dir, name)])
		}
	}
}

// Workers reuse one buffer each; no article may keep a view into it.
func TestArticlesOwnTheirText(t *testing.T) {
	dir := t.TempDir()
	for i := range 200 {
		write(t, dir, filepath.Join("d", num(i)+".txt"),
			"Paragraphe numéro "+strconv.Itoa(i)+" "+strings.Repeat("x", i*7)+".\n")
	}
	out := scan(t, dir, Options{Workers: 3})
	if len(out.articles) != 200 {
		t.Fatalf("%d articles", len(out.articles))
	}
	for p, a := range out.articles {
		i := strings.TrimLeft(strings.TrimSuffix(filepath.Base(p), ".txt"), "0")
		if i == "" {
			i = "0"
		}
		if len(a.Paragraphs) != 1 || !strings.HasPrefix(a.Paragraphs[0], "Paragraphe numéro "+i+" ") {
			t.Errorf("%s: %q", p, a.Paragraphs)
		}
	}
}

// The last file is deleted while the first article is emitted, long before
// the bounded window reaches it: the scan reports it and goes on.
func TestVanishedMidScan(t *testing.T) {
	dir := t.TempDir()
	for i := range 1000 {
		write(t, dir, fmt.Sprintf("f%04d.txt", i), "Texte.\n")
	}
	last := filepath.Join(dir, "f0999.txt")
	var skips []Skip
	removed := false
	err := Scan(context.Background(), dir, Options{Workers: 1},
		func(article.Article) {
			if !removed {
				removed = true
				must(t, os.Remove(last))
			}
		},
		func(s Skip) { skips = append(skips, s) })
	if err != nil {
		t.Fatal(err)
	}
	if len(skips) != 1 || skips[0].Path != last || skips[0].Reason != "vanished during the scan" {
		t.Errorf("skips = %v", skips)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which reads any file")
	}
	dir := t.TempDir()
	must(t, os.Chmod(write(t, dir, "locked.txt", "Secret.\n"), 0))
	write(t, dir, "closed/inside.txt", "Secret.\n")
	must(t, os.Chmod(filepath.Join(dir, "closed"), 0))
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "closed"), 0o755) })
	write(t, dir, "open.txt", "Public.\n")
	out := scan(t, dir, Options{})
	for _, name := range []string{"locked.txt", "closed"} {
		if got := out.skips[filepath.Join(dir, name)]; got != "permission denied" {
			t.Errorf("%s: %q", name, got)
		}
	}
	if _, ok := out.articles[filepath.Join(dir, "open.txt")]; !ok {
		t.Error("the scan stopped at an unreadable file")
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		write(t, dir, "f"+num(i)+".txt", "Texte.\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Scan(ctx, dir, Options{}, func(article.Article) { n++; cancel() }, func(Skip) { n++ })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("after cancel: err %v, %d calls", err, n)
	}
}

func TestNotAFolder(t *testing.T) {
	dir := t.TempDir()
	f := write(t, dir, "a.txt", "x")
	for _, d := range []string{f, filepath.Join(dir, "missing")} {
		if err := Scan(context.Background(), d, Options{}, func(article.Article) {}, func(Skip) {}); err == nil {
			t.Errorf("Scan(%s) succeeded", d)
		}
	}
}

func TestSkipLineIsTerminalSafe(t *testing.T) {
	s := Skip{Path: "dir/\x1b]52;c;aGk=\x07evil\u202e.txt", Reason: "binary file (NUL byte)"}
	got := s.String().String()
	if strings.ContainsAny(got, "\x1b\x07\u202e") || !strings.HasPrefix(got, "kiosk: skipped \"dir/") {
		t.Errorf("String() = %q", got)
	}
	if got := (Skip{Path: "a b/c.txt", Reason: "permission denied"}).String().String(); got != "kiosk: skipped a b/c.txt: permission denied" {
		t.Errorf("String() = %q", got)
	}
}

// The scan writes nothing into the folder: same names, bytes and times.
func TestFolderUnchanged(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Un.\n")
	write(t, dir, "sub/b.txt", "Deux.\nSource : https://example.com/x\nComment (3)\n")
	write(t, dir, "bin.txt", "\x00")
	must(t, os.Symlink("nowhere", filepath.Join(dir, "dangling.txt")))
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, p := range []string{"a.txt", "sub/b.txt", "bin.txt", "sub", "."} {
		must(t, os.Chtimes(filepath.Join(dir, p), old, old))
	}
	before := snapshot(t, dir)
	scan(t, dir, Options{})
	if after := snapshot(t, dir); !slices.Equal(before, after) {
		t.Errorf("folder changed:\n%q\n%q", before, after)
	}
}

func snapshot(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		line := p + " " + fi.Mode().String() + " " + fi.ModTime().String()
		if fi.Mode().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			line += " " + string(b)
		}
		out = append(out, line)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func num(i int) string { return fmt.Sprintf("%03d", i) }

// One Reader reads files of any size in turn, each whole and only itself.
func TestReaderReuse(t *testing.T) {
	dir := t.TempDir()
	contents := []string{strings.Repeat("long ", 300_000), "court", "", strings.Repeat("é", 70_000), "fin"}
	var r Reader
	for i, c := range contents {
		p := write(t, dir, fmt.Sprintf("%d.txt", i), c)
		got, err := r.Read(p, 0)
		if err != nil || string(got) != c {
			t.Errorf("file %d: %d bytes, %v; want %d bytes", i, len(got), err, len(c))
		}
	}
}

// The budget lets small takes through side by side and a whole-budget
// take alone.
func TestBudget(t *testing.T) {
	b := NewBudget(10)
	small := b.Take(3)
	done := make(chan int64)
	go func() { done <- b.Take(100) }() // waits for the small one
	select {
	case <-done:
		t.Fatal("a take of the whole budget went through beside another")
	case <-time.After(50 * time.Millisecond):
	}
	if got := b.Take(7); got != 7 { // fits beside the first
		t.Fatalf("Take(7) = %d", got)
	}
	b.Give(7)
	b.Give(small)
	if got := <-done; got != 10 {
		t.Errorf("a take larger than the budget took %d, want 10", got)
	}
}

// TestUTF16SaysSo: a UTF-16 file is skipped with a line that names its
// encoding, not as "binary", and still counts as binary for callers.
func TestUTF16SaysSo(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"le.txt":  {0xff, 0xfe, 'T', 0, 'i', 0, '\n', 0},
		"be.txt":  {0xfe, 0xff, 0, 'T', 0, 'i', 0, '\n'},
		"bin.txt": {'T', 'i', 0, '\n'},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadFile(path, 0)
		if !errors.Is(err, ErrBinary) {
			t.Errorf("%s: %v, want a binary file", name, err)
		}
		want := "binary file (NUL byte)"
		if name != "bin.txt" {
			want = "UTF-16 text (kiosk reads UTF-8 only)"
		}
		if got := Reason(err, 0); got != want {
			t.Errorf("%s: reason %q, want %q", name, got, want)
		}
	}
}
