//go:build unix

package main

// The attack round of session 7, a fresh list from outside: BOMs of other
// encodings, files of NULs and of one huge line, sockets, FIFOs, links in
// loops, Unicode that hides text (tags, interlinear annotations, noncharacters),
// DEL and ESC inside OSC 8 link text, names that look like flags, source
// lines with a login part or control bytes, dates no calendar holds, and the
// places kiosk writes to (a cache that is a file, a cache path with a newline
// or an escape sequence). Each must come out as text, valid JSON, a skip with
// its reason, or a refusal that says why.

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/synth"
)

const round7Body = "Le port de Zanzibar a reçu un navire de commerce ce matin.\n\n"
const round7Src = "Source : https://news.example.vn/a.html\n"

// round7Articles are the files of the round, by name, and those that must
// be said to be skipped.
func round7Articles() (files map[string][]byte, skipped []string) {
	art := func(title string, more ...string) []byte {
		return []byte(title + "\n\n" + round7Body + strings.Join(more, "") + round7Src)
	}
	raw := func(prefix, title string) []byte { return append([]byte(prefix), art(title)...) }
	f := map[string][]byte{
		"nuls.txt":          make([]byte, 10000),
		"bigline.txt":       art("Zanzibar une ligne énorme", strings.Repeat("zanzibar ", 300000)+"\n\n"),
		"bom32le.txt":       []byte("\xff\xfe\x00\x00Z\x00\x00\x00"),
		"bom32be.txt":       []byte("\x00\x00\xfe\xff\x00\x00\x00Z"),
		"bom7.txt":          raw("+/v8", "Zanzibar UTF-7"),
		"bomgb.txt":         raw("\x84\x31\x95\x33", "Zanzibar GB18030"),
		"bomebcdic.txt":     raw("\xdd\x73\x66\x73", "Zanzibar EBCDIC"),
		"bomscsu.txt":       raw("\x0e\xfe\xff", "Zanzibar SCSU"),
		"bombocu.txt":       raw("\xfb\xee\x28", "Zanzibar BOCU"),
		"doublebom.txt":     raw("\ufeff\ufeff", "Zanzibar deux BOM"),
		"hidden.txt":        art("Zanzibar \U000e0041\U000e0042 tags \ufff9a\ufffab\ufffb \u206a\u206f \u2061 \u180e \u3164 \u00ad fin"),
		"nonchar.txt":       art("Zanzibar \uffff\ufffe\U0010ffff\ufdd0\ue000 fin"),
		"del_osc8.txt":      art("Zanzibar DEL\x7f \x1b]8;;https://e.example/\x1b\\li\x1bnk\x1b[31m\x7f text\x1b]8;;\x1b\\ fin"),
		"c1raw.txt":         art("Zanzibar \x9b31m raw \x9d0;x\x07 \x90q\x9c \x85 \xc2\x85 fin"),
		"charset.txt":       art("Zanzibar \x1b(0lqqk\x1b(B \x0e\x0f \x1bc \x1b#8 \x1bN \x1bO fin"),
		"rtl.txt":           art("\u202eZanzibar inversé\u202c \u2067عربي\u2069 \u200f"),
		"mixed_eol.txt":     []byte("Zanzibar fins mêlées\r\r\n\n\r" + strings.ReplaceAll(round7Body, "\n", "\r") + "\n\r\n" + round7Src),
		"lone_cr.txt":       art("Zanzibar\rOVERWRITE"),
		"surrogates.txt":    art("Zanzibar \xed\xa0\x80 \xed\xbf\xbf fin"),
		"src_cred.txt":      []byte("Zanzibar cred\n\n" + round7Body + "Source : https://user:pass@news.example.vn/cred.html\n"),
		"src_ctrl.txt":      []byte("Zanzibar ctrl\n\n" + round7Body + "Source : https://news.example.vn/\x7f\x01a.html\n"),
		"src_latin1.txt":    []byte("Zanzibar latin1\n\n" + round7Body + "Source : https://news.example.vn/caf\xe9.html\n"),
		"src_jsupper.txt":   []byte("Zanzibar jsu\n\n" + round7Body + "Source : JaVaScRiPt:alert(1)\n"),
		"src_vbscript.txt":  []byte("Zanzibar vbs\n\n" + round7Body + "Source : vbscript:msgbox(1)\n"),
		"src_httpjs.txt":    []byte("Zanzibar hjs\n\n" + round7Body + "Source : http:javascript:alert(1)\n"),
		"src_proto.txt":     []byte("Zanzibar proto\n\n" + round7Body + "Source : //evil.example/a\n"),
		"src_backslash.txt": []byte("Zanzibar bs\n\n" + round7Body + "Source : https:\\\\evil.example\\a\n"),
		"src_fullwidth.txt": []byte("Zanzibar fw\n\n" + round7Body + "Source : ｈｔｔｐｓ://evil.example/\n"),
		"src_percent.txt":   []byte("Zanzibar pct\n\n" + round7Body + "Source : https://news.example.vn/%1b%5d0;x%07\n"),
		// dates no calendar holds, in the languages of the folder
		"date_zero.txt":     art("Zanzibar date zéro", "Publié le 00/03/2025\n\nLe 0 mars, le port a fermé.\n\n"),
		"date_year0.txt":    art("Zanzibar an zéro", "Le 16 mars 0000, le port a fermé.\n\n"),
		"date_huge.txt":     art("Zanzibar an énorme", "Le 16 mars 99999, le port a fermé.\n\n"),
		"date_vi.txt":       art("Zanzibar ngày", "Hà Nội, ngày 0 tháng 3 năm 2025\n\n"),
		"date_ru.txt":       art("Zanzibar дата", "Москва, 16 марта 0000 года\n\n"),
		"date_url.txt":      []byte("Zanzibar url\n\n" + round7Body + "Source : https://news.example.vn/2025/03/00/a.html\n"),
		"date_feb31.txt":    art("Zanzibar février", "Paris, le 31 février 2025 - Le ministre a parlé.\n\n"),
		"mtime_epoch.txt":   art("Zanzibar 1970", "Paris, le 16 mars 2025 - Le ministre a parlé.\n\n"),
		"mtime_future.txt":  art("Zanzibar 2099", "Le 16 mars, le ministre a parlé.\n\n"),
		"flood_dates.txt":   art("Zanzibar des dates", strings.Repeat("Le 1 mars, ", 20000)+"\n\n", strings.Repeat("16/03/2025 ", 20000)+"\n\n"),
		"date_relative.txt": art("Zanzibar hier", "Hier, le port a fermé. Вчера порт закрылся. Kemarin pelabuhan ditutup.\n\n"),
	}
	for _, name := range round7Names {
		f[name] = art("Zanzibar un nom " + strings.NewReplacer("\n", " ", "\x1b", "").Replace(name))
	}
	return f, []string{"nuls.txt", "bom32le.txt", "bom32be.txt"}
}

// round7Names look like flags, formats or escapes.
var round7Names = []string{"-.txt", "--.txt", "-h.txt", "--dir=x.txt", " .txt", "a\u2028b.txt", "a\u0085b.txt",
	"\ufeffbom.txt", "tag\U000e0041.txt", strings.Repeat("x", 250) + ".txt", "pct%s%n.txt", "back\\slash.txt",
	"a\x7fdel.txt", "esc\x1b(0.txt", "\x1bc.txt"}

// round7Folder writes the round's files, a socket, a FIFO, links that loop
// and a folder named like an article; it returns the folder and the files
// that must be listed.
func round7Folder(t *testing.T) (dir string, listed, skipped []string) {
	t.Helper()
	dir = t.TempDir()
	files, skipped := round7Articles()
	for name, data := range files {
		must(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
		if !slices.Contains(skipped, name) {
			listed = append(listed, name)
		}
	}
	// Modification times no clock gave: the text's date stands, and a
	// year-less one takes no year from them.
	epoch, future := time.Unix(0, 0), time.Date(2099, 6, 1, 0, 0, 0, 0, time.UTC)
	for name, at := range map[string]time.Time{"mtime_epoch.txt": epoch, "mtime_future.txt": future} {
		must(t, os.Chtimes(filepath.Join(dir, name), at, at))
	}
	must(t, os.Mkdir(filepath.Join(dir, "dir.txt"), 0o755))
	must(t, os.Symlink(".", filepath.Join(dir, "loop")))
	must(t, os.Symlink("..", filepath.Join(dir, "dir.txt", "up")))
	must(t, os.Symlink("b.txt", filepath.Join(dir, "a.txt")))
	must(t, os.Symlink("a.txt", filepath.Join(dir, "b.txt")))
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644))
	// A socket path is short (108 bytes): bind it from inside the folder.
	wd, _ := os.Getwd()
	must(t, os.Chdir(dir))
	l, err := net.Listen("unix", "sock.txt")
	os.Chdir(wd)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	skipped = append(skipped, "fifo.txt", "sock.txt", "a.txt", "b.txt")
	return dir, listed, skipped
}

// TestHardeningRound7Commands: every command over the round's folder writes
// nothing a terminal acts on, valid JSON, bounded lines; every file listed
// or said to be skipped; no date invented where the text states none.
func TestHardeningRound7Commands(t *testing.T) {
	dir, listed, skipped := round7Folder(t)
	before := snapshot(t, dir)
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}}
	for _, args := range [][]string{
		{"list", "--json"}, {"list"}, {"index"}, {"list", "--json"}, {"list", "--sort", "date"},
		{"search", "--json", "--limit", "0", "zanzibar"}, {"search", "--limit", "0", "zanzibar"},
		{"actors"}, {"actors", "--json"},
	} {
		name := strings.Join(args, " ")
		r := runKiosk(t, o, append(args, "--dir", dir)...)
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", name, r.code, clip(r.stderr))
		}
		checkTerminalSafe(t, name, r, false, true)
		checkLines(t, name, r.stdout)
		if args[0] == "list" || args[0] == "index" {
			for _, s := range skipped {
				if !strings.Contains(r.stderr, s+": ") {
					t.Errorf("%s: %s is not said to be skipped: %s", name, s, clip(r.stderr))
				}
			}
		}
		if len(args) < 2 || args[1] != "--json" {
			continue
		}
		recs := jsonRecords(t, name, r.stdout)
		if args[0] != "list" {
			continue
		}
		if len(recs) != len(listed) {
			t.Errorf("%s: %d articles, want %d", name, len(recs), len(listed))
		}
		for _, rec := range recs {
			checkRound7Record(t, name, rec)
		}
	}
	// Each hostile article through one renderer, and the odd runes into
	// JSON: a run is a process start, and the round stays a few seconds.
	dark, plain, json := []string{"show", "--style", "dark"}, []string{"show", "--plain"}, []string{"show", "--json"}
	for _, run := range []struct {
		args []string
		ids  []string
	}{
		{dark, []string{"del_osc8", "c1raw", "charset", "rtl", "hidden", "nonchar"}},
		{plain, []string{"mixed_eol", "lone_cr", "surrogates", "bigline", "-", "--", "--dir=x"}},
		{json, []string{"surrogates", "nonchar", "c1raw", "--"}},
	} {
		for _, id := range run.ids {
			checkShown(t, o, dir, run.args, id)
		}
	}
	compareSnapshots(t, "after the round's commands", before, snapshot(t, dir))
}

// checkRound7Record: the dates no calendar holds are not the article's
// (it is dated by its file, marked so), and no source keeps a login part
// or a control byte's stand-in.
func checkRound7Record(t *testing.T, name string, rec map[string]any) {
	id, _ := rec["id"].(string)
	if strings.HasPrefix(id, "date_") {
		d, _ := rec["date"].(map[string]any)
		if from, _ := d["from"].(string); from != "file" {
			t.Errorf("%s: %s is dated %v, from a date no calendar holds", name, id, d)
		}
	}
	d, _ := rec["date"].(map[string]any)
	if id == "mtime_epoch" && (d["value"] != "2025-03-16" || d["from"] != "text") ||
		id == "mtime_future" && d["from"] != "file" {
		t.Errorf("%s: %s is dated %v", name, id, d)
	}
	src, _ := rec["source"].(map[string]any)
	u, _ := src["url"].(string)
	if strings.Contains(u, "@") || strings.Contains(u, "%E2%90") || strings.Contains(u, "%EF%BF%BD") {
		t.Errorf("%s: %s has the source %q", name, id, u)
	}
}

// TestHardeningRound7Open: what kiosk open hands the browser is what it
// says it opens: no login part, no URL rebuilt from a control byte's
// stand-in, nothing but http(s).
func TestHardeningRound7Open(t *testing.T) {
	dir, _, _ := round7Folder(t)
	rec := newOpenRecorder(t)
	want := map[string]string{
		"src_cred": "https://news.example.vn/cred.html", "src_percent": "https://news.example.vn/%1b%5d0;x%07",
		"src_ctrl": "", "src_latin1": "", "src_jsupper": "", "src_vbscript": "", "src_httpjs": "", "src_proto": "",
		"src_backslash": "", "src_fullwidth": "",
	}
	for id, url := range want {
		r, got := rec.open(t, dir, id)
		switch {
		case url == "" && (r.code != 1 || len(got) > 0):
			t.Errorf("open %s: exit %d, browser got %q; want a refusal (exit 1)", id, r.code, got)
		case url != "" && (r.code != 0 || string(got) != url+"\n--\n"):
			t.Errorf("open %s: exit %d, browser got %q, want %q; stderr %q", id, r.code, got, url, r.stderr)
		case url != "" && !strings.Contains(r.stderr, "opening "+url):
			t.Errorf("open %s: says %q, opens %q", id, r.stderr, url)
		}
	}
}

// TestHardeningRound7Places: the folder or the cache is not what kiosk
// expects (a file, a path with a newline or an escape sequence, none at
// all): every command ends with a message that says why, on one line, and
// list still lists when no index can be written.
func TestHardeningRound7Places(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "articles")
	must(t, os.MkdirAll(dir, 0o755))
	for i := 0; i < 3; i++ {
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), art7(i), 0o644))
	}
	afile := filepath.Join(base, "afile")
	must(t, os.WriteFile(afile, []byte("x"), 0o644))
	for _, c := range []struct {
		name string
		env  []string
		args []string
		code int
		says string
	}{
		{"dir is a file", nil, []string{"list", "--dir", afile}, 2, "is not a folder"},
		{"dir is absent", nil, []string{"list", "--dir", filepath.Join(base, "none\x1b]0;x\x07")}, 2, "no article folder"},
		{"dir is a FIFO", nil, []string{"list", "--dir", mkfifo7(t, base)}, 2, "not a folder"},
		{"cache is a file: list", []string{"XDG_CACHE_HOME=" + afile}, []string{"list", "--dir", dir}, 0, ""},
		{"cache is a file: index", []string{"XDG_CACHE_HOME=" + afile}, []string{"index", "--dir", dir}, 1, "cannot open the search index"},
		{"cache is a file: search", []string{"XDG_CACHE_HOME=" + afile}, []string{"search", "--dir", dir, "zanzibar"}, 1, "cannot open the search index"},
		{"cache is /dev/null", []string{"XDG_CACHE_HOME=/dev/null"}, []string{"index", "--dir", dir}, 1, "cannot open the search index"},
		{"cache path with a newline", []string{"XDG_CACHE_HOME=" + filepath.Join(base, "c\nnl")}, []string{"index", "--dir", dir}, 0, "3 articles indexed"},
		{"cache path with an escape", []string{"XDG_CACHE_HOME=" + filepath.Join(base, "c\x1b]0;x\x07")}, []string{"search", "--dir", dir, "zanzibar"}, 0, ""},
		{"cache path relative", []string{"XDG_CACHE_HOME=relative", "HOME=" + base}, []string{"index", "--dir", dir}, 0, "3 articles indexed"},
	} {
		r := runKiosk(t, runOpts{env: c.env}, c.args...)
		checkTerminalSafe(t, c.name, r, false, true)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", c.name, r.code, r.stderr, c.code, c.says)
		}
		if c.args[0] == "list" && c.code == 0 && strings.Count(r.stdout, "\n") != 3 {
			t.Errorf("%s: %q", c.name, r.stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(base, "relative")); err == nil {
		t.Error("a relative XDG_CACHE_HOME was used (the XDG spec says to ignore it)")
	}
}

func art7(i int) []byte {
	return fmt.Appendf(nil, "Zanzibar article %d\n\n%sSource : https://news.example.vn/%d.html\n", i, round7Body, i)
}

func mkfifo7(t *testing.T, base string) string {
	p := filepath.Join(base, "fifo")
	must(t, syscall.Mkfifo(p, 0o644))
	return p
}

// TestHardeningRound7Interrupted: an index killed by SIGINT in the middle
// leaves an index the next search finishes and answers from in full.
func TestHardeningRound7Interrupted(t *testing.T) {
	dir := t.TempDir()
	if err := synth.Write(dir, 400, 7); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	env := []string{"XDG_CACHE_HOME=" + cache}
	s := startKiosk(t, env, "index", "--dir", dir)
	time.Sleep(150 * time.Millisecond)
	s.cmd.Process.Signal(syscall.SIGINT)
	s.wait(t)
	t.Logf("index interrupted after %v: exit %d (-1: by the signal)", s.took.Round(time.Millisecond), s.code)
	checkTerminalSafe(t, "index, interrupted", result{stdout: s.out.String(), stderr: s.err.String()}, false, true)
	o := runOpts{env: env}
	full := runKiosk(t, runOpts{}, "search", "--json", "--limit", "0", "--dir", dir, "Mekong")
	after := runKiosk(t, o, "search", "--json", "--limit", "0", "--dir", dir, "Mekong")
	if after.code != 0 || after.stdout != full.stdout {
		t.Errorf("search after an interrupted index: exit %d, %d lines, want %d: %s", after.code,
			strings.Count(after.stdout, "\n"), strings.Count(full.stdout, "\n"), clip(after.stderr))
	}
}

// round7PtyFiles are the round's articles whose text is meant for a
// terminal's eyes: what the pty test shows.
var round7PtyFiles = []string{"hidden.txt", "nonchar.txt", "del_osc8.txt", "c1raw.txt", "charset.txt", "rtl.txt",
	"mixed_eol.txt", "lone_cr.txt", "surrogates.txt", "bomscsu.txt", "bombocu.txt", "src_ctrl.txt", "esc\x1b(0.txt", "\x1bc.txt"}

// TestHardeningRound7Pty: the CLI commands and the TUI on a terminal (a
// tmux pane, every byte piped out): list, show through glamour, search,
// actors, then the reader on every article, a search, the actors view.
func TestHardeningRound7Pty(t *testing.T) {
	needTmux(t)
	bin := kioskBin(t)
	all, _, _ := round7Folder(t)
	dir := copyListed(t, all, round7PtyFiles)
	tmp := t.TempDir()
	p := &ptyRun{t: t, out: filepath.Join(tmp, "out"), rc: filepath.Join(tmp, "rc")}
	p.tmuxSession = tmuxSession{t: t, socket: fmt.Sprintf("kiosk-round7-%d", os.Getpid())}
	defer p.kill()
	goFile := filepath.Join(tmp, "go")
	k := fmt.Sprintf("env XDG_CACHE_HOME=%s/cache XDG_STATE_HOME=%s/state XDG_CONFIG_HOME=%s/config KIOSK_BROWSER=/bin/false PAGER=cat %s", tmp, tmp, tmp, bin)
	script := fmt.Sprintf("while [ ! -e %s ]; do sleep 0.05; done; %s list --dir %s; %s show --style dark --dir %s del_osc8; %s search --limit 0 --dir %s zanzibar; %s actors --dir %s; %s --dir %s; echo $? > %s; sleep 60",
		goFile, k, dir, k, dir, k, dir, k, dir, k, dir, p.rc)
	p.run("-f", "/dev/null", "new-session", "-d", "-s", "kiosk", "-x", "120", "-y", "40", script)
	p.run("pipe-pane", "-O", "-t", "kiosk", "cat > "+p.out)
	must(t, os.WriteFile(goFile, nil, 0o644))
	p.readEach(len(round7PtyFiles))
	p.searchThenActors("Places 1")
	p.quitChecked("Escape", "q")
}
