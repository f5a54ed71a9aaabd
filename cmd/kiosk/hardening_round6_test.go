//go:build unix

package main

// The attack round of session 6, from outside the fixture list: encodings
// kiosk does not read (UTF-16, Latin-1), floods of zero-width runes, huge
// and many lines, Markdown that a renderer would turn into links or
// escapes, source lines a browser or a shell would act on, comment and
// date lines out of range, and names no file system should hold. Each
// article must come out of every command as plain text, valid JSON, a
// bounded line, or a skip with its reason.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// round6Body is a paragraph that every article of the round holds, so that
// a search finds them all and prints their passages.
const round6Body = "Le port de Zanzibar a reçu un navire de commerce ce matin, selon le ministère des Transports.\n\n"

func utf16With(bom []byte, s string, big bool) []byte {
	out := append([]byte{}, bom...)
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// round6Articles are the articles of the round, by file name; skipped
// are those kiosk must skip and say so.
func round6Articles() (articles map[string][]byte, skipped []string) {
	src := "Source : https://news.example.vn/a.html\n"
	art := func(title string, more ...string) []byte {
		return []byte(title + "\n\n" + round6Body + strings.Join(more, "") + src)
	}
	f := map[string][]byte{}
	utf := "Zanzibar UTF-16 \x1b]0;u16\x07 titre\n\n" + round6Body + src
	f["utf16le.txt"] = utf16With([]byte{0xff, 0xfe}, utf, false)
	f["utf16be.txt"] = utf16With([]byte{0xfe, 0xff}, utf, true)
	f["latin1.txt"] = []byte("Zanzibar Latin-1 \xe9t\xe9 \x9b2J \x9d0;lat\x9c titre\n\nLe port de Zanzibar a re\xe7u un navire \xe0 quai.\n\n" + src)
	f["overlong.txt"] = []byte("\xc0\x80 Zanzibar \xed\xa0\x80 \xf4\x90\x80\x80 \xe0\x80\xaf titre\n\n" + round6Body + src)
	f["zw_flood.txt"] = art("Zanzibar " + strings.Repeat("\u200b", 100000) + "zéro")
	f["combining_flood.txt"] = art("Zanzibar a"+strings.Repeat("\u0301", 60000)+" fin", "Le quai"+strings.Repeat("\u0336", 60000)+" de Zanzibar.\n\n")
	f["joiner_flood.txt"] = art("Zanzibar " + strings.Repeat("\u200d", 50000) + strings.Repeat("\ufe0f", 50000) + " titre")
	f["tab_bs_cr.txt"] = art("Zanzibar\ttab\x08\x08\x08\x08BS\rCR titre", strings.ReplaceAll(round6Body, " ", "\t"))
	f["cr_only.txt"] = []byte(strings.ReplaceAll("Zanzibar en CR seuls\n\n"+round6Body+src, "\n", "\r"))
	f["lines_100k.txt"] = art("Zanzibar cent mille lignes", strings.Repeat("x\n", 100000), "\n")
	f["blank_100k.txt"] = []byte(strings.Repeat("\n", 100000) + "Zanzibar après cent mille lignes vides\n\n" + round6Body + src)
	f["title_1m.txt"] = art("Zanzibar " + strings.Repeat("mot ", 250000))
	f["md_links.txt"] = art("Zanzibar des liens piégés",
		"[clique](javascript:alert(1)) [data](data:text/html,<script>x</script>) <javascript:alert(1)> ",
		"<https://evil.example/\x1b]0;auto\x07> ![img](file:///etc/passwd \"\x1b]0;imgt\x07\")\n\n",
		"<div onclick=\"x\">\n<a href=\"javascript:alert(1)\">zanzibar</a>\n<img src=x onerror=alert(1)>\n</div>\n\n",
		"[ref]: https://evil.example/\x1b[2J\n\n[ref] et [ref][] https://evil.example/\x1b]8;;x\x07\n\n")
	f["md_deep.txt"] = art("Zanzibar profond",
		strings.Repeat("> ", 20000)+"cité\n\n", strings.Repeat("[", 20000)+"x"+strings.Repeat("]", 20000)+"\n\n",
		strings.Repeat("*", 20000)+"a"+strings.Repeat("*", 20000)+"\n\n", strings.Repeat("`", 5000)+"\n\n")
	var list strings.Builder
	for i := 0; i < 2000; i++ {
		list.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	f["md_nested_list.txt"] = art("Zanzibar une liste de deux mille niveaux", list.String(), "\n")
	f["md_table.txt"] = art("Zanzibar une table de cinq mille colonnes", "|"+strings.Repeat("a|", 5000)+"\n|"+strings.Repeat("-|", 5000)+"\n\n")
	f["osc_c1_st.txt"] = art("Zanzibar \x1b]0;st8\u009c titre \x1b]8;;http://e\u009cclick \x1b]52;c;eA==\u009c")
	f["crlf_esc_end.txt"] = []byte("Zanzibar CRLF\r\n\r\n" + strings.ReplaceAll(round6Body, "\n", "\r\n") + "\x1b[\r\n" + src + "\x1b")
	f["comment_huge.txt"] = art("Zanzibar un nombre de commentaires énorme", src, "Comment (999999999999999999999999999)\n")
	f["comment_negative.txt"] = art("Zanzibar des commentaires négatifs", src, "Comment (-5)\n")
	f["comment_escape.txt"] = art("Zanzibar des commentaires piégés", src, "Comment (3\x1b[2J\x1b]0;cm\x07)\n")
	f["actor_escape.txt"] = []byte("Zanzibar des acteurs piégés\n\nLe président Emmanuel\x1b]0;act\x07 Macron a rencontré Jean\u202e Dupont et Marie\x9b2J Curie à Paris\x1b[31m.\n\n" + src)
	f["date_huge.txt"] = art("Zanzibar des dates énormes", "Le 99999999999999999999 mars 99999999999, le port a fermé.\n\n", "Publié le 31/02/2026 à 99:99\n\n")
	skipped = []string{"utf16le.txt", "utf16be.txt"}
	for name, src := range round6Sources {
		f[name] = []byte("Zanzibar " + strings.TrimSuffix(name, ".txt") + "\n\n" + round6Body + "Source : " + src + "\n")
	}
	return f, skipped
}

// round6Sources are source lines, by file name: only the http and https
// ones with a host may reach a browser, as one argument.
var round6Sources = map[string]string{
	"src_javascript.txt": "javascript:alert(document.cookie)",
	"src_file.txt":       "file:///etc/passwd",
	"src_data.txt":       "data:text/html;base64,PHNjcmlwdD4=",
	"src_dash.txt":       "--help",
	"src_noslash.txt":    "https:evil.example/x",
	"src_shell.txt":      "https://x.example/$(touch${IFS}PWNED)`touch PWNED2`;touch PWNED3|touch PWNED4",
	"src_upper.txt":      "HTTPS://NEWS.EXAMPLE.VN/UP",
	"src_breaks.txt":     "https://news.example.vn/a b\u2028c\u0085d",
	"src_idn.txt":        "https://xn--80ak6aa92e.com/\u0430pple",
	"src_long.txt":       "https://news.example.vn/" + strings.Repeat("a", 1000000),
	"src_userinfo.txt":   "https://news.example.vn:443@evil.example/",
	"src_ipv6.txt":       "http://[::1/x",
}

// round6Names are file names that need the file system's help: invalid
// UTF-8, a leading dash, a newline.
var round6Names = []string{"bad\xff\xfename.txt", "-rf.txt", "--json.txt", "new\nline.txt", "tab\tname.txt"}

func round6Folder(t *testing.T) (dir string, listed, skipped []string) {
	t.Helper()
	dir = t.TempDir()
	arts, skipped := round6Articles()
	for name, data := range arts {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		listed = append(listed, name)
	}
	for _, name := range round6Names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Zanzibar un nom piégé\n\n"+round6Body), 0o644); err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		listed = append(listed, name)
	}
	listed = without(listed, skipped)
	sort.Strings(listed)
	return dir, listed, skipped
}

func without(all, drop []string) []string {
	var out []string
	for _, s := range all {
		if !slices.Contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

// maxLine is the longest line a command may print for one article: a
// title is cut to the screen, and no flood of invisible runes pads it.
const maxLine = 4096

func checkLines(t *testing.T, name, out string) {
	t.Helper()
	for i, l := range strings.Split(out, "\n") {
		if len(l) > maxLine {
			t.Errorf("%s: line %d is %d bytes: %.120q…", name, i+1, len(l), l)
		}
	}
}

// jsonRecords decodes out as one JSON value or one per line.
func jsonRecords(t *testing.T, name, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Errorf("%s: invalid JSON: %v\n%.300s", name, err, out)
			return nil
		}
		switch v := v.(type) {
		case map[string]any:
			recs = append(recs, v)
		case []any:
			for _, e := range v {
				if m, ok := e.(map[string]any); ok {
					recs = append(recs, m)
				}
			}
		}
	}
	return recs
}

// TestHardeningRound6Commands: the folder through every command; every
// file listed or skipped with its reason; JSON that parses; no line longer
// than maxLine; nothing a terminal acts on.
func TestHardeningRound6Commands(t *testing.T) {
	dir, listed, skipped := round6Folder(t)
	before := snapshot(t, dir)
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}, limit: 120 * time.Second}
	var ids []string
	for _, args := range [][]string{
		{"list", "--json"}, {"list"}, {"index"}, {"list", "--json"}, {"list"},
		{"search", "--json", "--limit", "0", "zanzibar"}, {"search", "--limit", "0", "zanzibar"},
		{"search", "--limit", "0", "zanz*"}, {"search", "--json", "port"}, {"search", "title:zanzibar"},
		{"actors"}, {"actors", "--json"}, {"timeline", "Zanzibar"},
	} {
		name := strings.Join(args, " ")
		r := runKiosk(t, o, append(args, "--dir", dir)...)
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", name, r.code, clip(r.stderr))
		}
		checkTerminalSafe(t, name, r, false, true)
		checkLines(t, name, r.stdout)
		if slices.Contains(args, "--json") {
			recs := jsonRecords(t, name, r.stdout)
			if args[0] == "list" {
				ids = ids[:0]
				for _, rec := range recs {
					id, _ := rec["id"].(string)
					ids = append(ids, id)
				}
				if len(recs) != len(listed) {
					t.Errorf("%s: %d articles, want %d (%q)", name, len(recs), len(listed), listed)
				}
			}
		}
		if args[0] == "list" || args[0] == "index" {
			for _, s := range skipped {
				if !strings.Contains(r.stderr, s+": ") {
					t.Errorf("%s: %s is not said to be skipped: %s", name, s, clip(r.stderr))
				}
			}
		}
	}
	// Every article through glamour and into JSON; the plain renderer,
	// which the fixtures of session 4 cover, only for the floods.
	plain := map[string]bool{"zw_flood": true, "combining_flood": true, "joiner_flood": true, "tab_bs_cr": true, "title_1m": true, "lines_100k": true}
	for _, id := range ids {
		runs := [][]string{{"show", "--style", "dark"}, {"show", "--json"}}
		if plain[id] {
			runs = append(runs, []string{"show", "--plain"})
		}
		for _, args := range runs {
			checkShown(t, o, dir, args, id)
		}
	}
	compareSnapshots(t, "after the round's commands", before, snapshot(t, dir))
}

// checkShown runs `kiosk show ARGS -- id` on dir: it must exit 0 with
// terminal-safe bytes, and with --json print JSON records.
func checkShown(t *testing.T, o runOpts, dir string, args []string, id string) {
	t.Helper()
	name := strings.Join(args, " ") + " " + id
	r := runKiosk(t, o, append(args, "--dir", dir, "--", id)...)
	if r.code != 0 {
		t.Errorf("%s: exit %d: %s", name, r.code, clip(r.stderr))
	}
	checkTerminalSafe(t, name, r, args[1] == "--style", true)
	if args[1] == "--json" {
		jsonRecords(t, name, r.stdout)
	}
}

// openRecorder runs kiosk open with a stand-in browser that records each
// argument it is given, one per call.
type openRecorder struct {
	opts runOpts
	dir  string // the browser's folder, where a shell it ran would write
	log  string
}

func newOpenRecorder(t *testing.T) openRecorder {
	work := t.TempDir()
	rec := filepath.Join(work, "browser")
	log := filepath.Join(work, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n--\\n' \"$a\"; done >> " + log + "\n"
	must(t, os.WriteFile(rec, []byte(script), 0o755))
	return openRecorder{runOpts{env: []string{"KIOSK_BROWSER=" + rec}}, work, log}
}

// open runs kiosk open on id, checks that what it printed is terminal-safe,
// and returns its result and the bytes the browser recorded ("ARG\n--\n"
// for each argument; none when kiosk refused).
func (o openRecorder) open(t *testing.T, dir, id string) (result, []byte) {
	t.Helper()
	os.Remove(o.log)
	r := runKiosk(t, o.opts, "open", "--dir", dir, id)
	checkTerminalSafe(t, "open "+id, r, false, false)
	got, _ := os.ReadFile(o.log)
	return r, got
}

// browserArgs splits what the recorder got into the arguments.
func browserArgs(got []byte) []string {
	return strings.Split(strings.TrimSuffix(string(got), "\n--\n"), "\n--\n")
}

// copyListed copies the named files of folder all into a new folder.
func copyListed(t *testing.T, all string, names []string) string {
	dir := t.TempDir()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(all, name))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return dir
}

// TestHardeningRound6Open: kiosk open hands the browser one argument, an
// http or https URL of printable ASCII, or refuses with exit 1; no shell
// ever reads it.
func TestHardeningRound6Open(t *testing.T) {
	dir, _, _ := round6Folder(t)
	rec := newOpenRecorder(t)
	refused := map[string]bool{"src_javascript.txt": true, "src_file.txt": true, "src_data.txt": true,
		"src_dash.txt": true, "src_noslash.txt": true, "src_long.txt": true, "src_ipv6.txt": true}
	for name := range round6Sources {
		r, got := rec.open(t, dir, name)
		args := browserArgs(got)
		switch {
		case refused[name]:
			if r.code != 1 || len(got) > 0 {
				t.Errorf("open %s: exit %d, browser got %q; want a refusal (exit 1)", name, r.code, got)
			}
		case r.code != 0 || len(args) != 1:
			t.Errorf("open %s: exit %d, browser got %q; want one URL: %s", name, r.code, got, r.stderr)
		case !strings.HasPrefix(args[0], "https://") && !strings.HasPrefix(args[0], "http://"):
			t.Errorf("open %s: the browser got %q", name, args[0])
		default:
			for _, c := range args[0] {
				if c <= ' ' || c > '~' || strings.ContainsRune("`$;|<>\"'\\", c) && name != "src_shell.txt" {
					t.Errorf("open %s: the browser got %q, with %q", name, args[0], c)
					break
				}
			}
		}
	}
	for _, p := range []string{"PWNED", "PWNED2", "PWNED3", "PWNED4"} {
		for _, d := range []string{dir, rec.dir, "."} {
			if _, err := os.Stat(filepath.Join(d, p)); err == nil {
				t.Errorf("a shell ran the source line: %s made in %s", p, d)
				os.Remove(filepath.Join(d, p))
			}
		}
	}
}

// TestHardeningRound6Markdown: kiosk show renders the Markdown an article
// may hold as text: no link of the article becomes an OSC 8 hyperlink, and
// javascript: or data: targets are not printed as links to follow.
func TestHardeningRound6Markdown(t *testing.T) {
	dir, _, _ := round6Folder(t)
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir()}}
	for _, name := range []string{"md_links.txt", "md_deep.txt", "md_nested_list.txt", "md_table.txt"} {
		for _, style := range []string{"dark", "notty"} {
			r := runKiosk(t, o, "show", "--style", style, "--width", "80", "--dir", dir, name)
			if r.code != 0 {
				t.Errorf("show %s %s: exit %d: %s", style, name, r.code, clip(r.stderr))
			}
			checkTerminalSafe(t, fmt.Sprintf("show --style %s %s", style, name), r, style == "dark", true)
			if strings.Contains(r.stdout, "\x1b]8;") {
				t.Errorf("show %s %s: an OSC 8 link", style, name)
			}
		}
	}
}

// TestHardeningRound6TUI: every article of the round in the reader, a
// prefix search that shows their passages, the actors view and help, under
// tmux; every byte kiosk wrote to the terminal is checked, and each screen
// must come while the floods and the 100,000 lines are on it.
func TestHardeningRound6TUI(t *testing.T) {
	needTmux(t)
	bin := kioskBin(t)
	dir, listed, _ := round6Folder(t)
	before := snapshot(t, dir)
	p := startPiped(t, bin, dir, "kiosk-round6")
	defer p.kill()
	p.readEach(len(listed))
	total := fmt.Sprintf("/%d", len(listed))
	p.keys("Escape", "/")
	p.typeText("zanz*")
	p.keys("Enter")
	p.until("the prefix search", func(s string) bool { return strings.Contains(s, "search “zanz*”") && settled(s) })
	p.keys("Enter", "Space", "Escape", "Escape")
	p.until("the list again", func(s string) bool { return strings.Contains(s, total) && settled(s) })
	p.keys("w")
	p.until("the actors view", func(s string) bool { return strings.Contains(s, "Zanzibar") && settled(s) })
	p.keys("Escape", "?")
	p.waitFor("kiosk · keys")
	p.quitChecked("?", "q")
	compareSnapshots(t, "after the round's TUI session", before, snapshot(t, dir))
}

// TestHardeningRound6Swaps: files indexed as articles that then become a
// FIFO, a link to a device, a folder, or grow past the size limit while
// the index reads them; and a read-only folder. Every command ends, says
// why it passes a file over, and writes nothing in the folder.
func TestHardeningRound6Swaps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "articles")
	for i := 0; i < 12; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, fmt.Appendf(nil, "Zanzibar article %d\n\n%sSource : https://news.example.vn/%d.html\n", i, round6Body, i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir(), "KIOSK_BROWSER=/bin/true"}}
	if r := runKiosk(t, o, "index", "--dir", dir); r.code != 0 {
		t.Fatalf("index: %d %s", r.code, r.stderr)
	}
	swap := func(name string, make func(p string) error) {
		p := filepath.Join(dir, name)
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		if err := make(p); err != nil {
			t.Fatal(err)
		}
	}
	swap("a00.txt", mkfifo)
	swap("a01.txt", func(p string) error { return os.Symlink("/dev/zero", p) })
	swap("a02.txt", func(p string) error { return os.Mkdir(p, 0o755) })
	swap("a03.txt", func(p string) error { return os.Symlink("/dev/stdin", p) })
	swap("a04.txt", func(p string) error { return os.Symlink("a04.txt", p) })
	// a05 grows past the size limit while the index reads the folder.
	grow := filepath.Join(dir, "a05.txt")
	stop := make(chan struct{})
	grown := make(chan struct{})
	go func() {
		defer close(grown)
		f, err := os.OpenFile(grow, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		chunk := []byte(strings.Repeat("zanzibar ", 1<<17) + "\n")
		for written := 0; written < 20<<20; written += len(chunk) {
			select {
			case <-stop:
				return
			default:
			}
			f.Write(chunk)
		}
	}()
	r := runKiosk(t, o, "index", "--dir", dir)
	close(stop)
	<-grown
	if r.code != 0 {
		t.Errorf("index while a file grows: exit %d: %s", r.code, clip(r.stderr))
	}
	checkTerminalSafe(t, "index while a file grows", r, false, true)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	before := snapshot(t, dir)
	for _, args := range [][]string{
		{"list"}, {"list", "--json"}, {"search", "--limit", "0", "zanzibar"}, {"search", "--json", "--limit", "0", "zanz*"},
		{"index"}, {"index", "--rebuild"}, {"actors"},
		{"show", "--plain", "a00.txt"}, {"show", "--plain", "a01.txt"}, {"show", "--json", "a02.txt"}, {"show", "--plain", "a03.txt"},
		{"show", "--plain", "a04.txt"}, {"open", "a00.txt"}, {"open", "a01.txt"}, {"actors", "a03.txt"}, {"show", "--plain", "a06.txt"},
	} {
		name := strings.Join(args, " ")
		r := runKiosk(t, o, append(args, "--dir", dir)...)
		checkTerminalSafe(t, name, r, false, true)
		switch {
		case args[0] == "show" && args[2] == "a06.txt":
			if r.code != 0 || !strings.Contains(r.stdout, "Zanzibar article 6") {
				t.Errorf("%s: exit %d: %q %s", name, r.code, clip(r.stdout), r.stderr)
			}
		case args[0] == "show" || args[0] == "open" || len(args) == 2 && args[0] == "actors":
			if r.code != 2 || !strings.Contains(r.stderr, "kiosk: ") {
				t.Errorf("%s: exit %d, stderr %q; want 2 and why", name, r.code, r.stderr)
			}
		default:
			if r.code != 0 {
				t.Errorf("%s: exit %d: %s", name, r.code, clip(r.stderr))
			}
			if strings.Contains(r.stdout, "a00.txt") || strings.Contains(r.stdout, "a01") {
				t.Errorf("%s lists a file that is no longer an article:\n%s", name, clip(r.stdout))
			}
			if args[0] != "actors" && !strings.Contains(r.stderr, "a00.txt: not a regular file") {
				t.Errorf("%s does not say why a00.txt is passed over: %s", name, clip(r.stderr))
			}
		}
		if strings.Contains(name, "--json") {
			jsonRecords(t, name, r.stdout)
		}
	}
	compareSnapshots(t, "in a read-only folder", before, snapshot(t, dir))
}

// TestHardeningRound6PipeClosed: the commands the pipe test of session 4
// did not run, on the round's longest articles, into a reader that stops
// after one line: they end, quietly, with 0 or SIGPIPE's 141.
func TestHardeningRound6PipeClosed(t *testing.T) {
	dir, _, _ := round6Folder(t)
	checkPipeClosed(t, dir, "show --style dark md_deep.txt", "show --plain lines_100k.txt", "show --json title_1m.txt",
		"actors lines_100k.txt", "timeline Zanzibar", "search --limit 0 zanz*", "search --json --limit 0 port")
}

// checkPipeClosed runs each command on dir into a reader that stops after
// one line (head -1): each must end, with 0 or SIGPIPE's 141, and say
// nothing on stderr but progress and skips.
func checkPipeClosed(t *testing.T, dir string, commands ...string) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is needed to read the exit status inside a pipeline")
	}
	cache := t.TempDir()
	for _, args := range commands {
		status := filepath.Join(t.TempDir(), "status")
		script := `"$KIOSK" ` + args + ` --dir "$DIR" 2>"$STATUS.err" | head -1 >/dev/null; echo "${PIPESTATUS[0]}" > "$STATUS"`
		cmd := exec.Command(bash, "-c", script)
		cmd.Env = append(baseEnv(t), "KIOSK="+kioskBin(t), "DIR="+dir, "STATUS="+status, "XDG_CACHE_HOME="+cache)
		if out, err := runFor(cmd, 120*time.Second); err != nil {
			t.Fatalf("kiosk %s | head -1: %v %s", args, err, out)
		}
		code, _ := os.ReadFile(status)
		errb, _ := os.ReadFile(status + ".err")
		var noise []string
		for _, l := range strings.Split(strings.TrimSpace(string(errb)), "\n") {
			if l != "" && !strings.HasPrefix(l, "kiosk: indexing: ") && !strings.HasPrefix(l, "kiosk: skipped ") {
				noise = append(noise, l)
			}
		}
		if st := strings.TrimSpace(string(code)); st != "0" && st != "141" || len(noise) > 0 {
			t.Errorf("kiosk %s | head -1: exit %s, stderr %q (want 0 or 141, quietly)", args, st, noise)
		}
	}
}
