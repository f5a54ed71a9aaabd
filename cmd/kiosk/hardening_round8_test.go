//go:build unix

package main

// The attack round of session 8, classes rounds 1 to 7 left out: names that
// look the same (composed and decomposed, the angstrom sign, case), runs
// that x/ansi measures as one character (emoji chained by joiners, Hangul
// jamo, spacing marks, prefixes) while a terminal draws each, C1
// controls written as UTF-8 in names, DCS, APC, PM, SOS, sixel and kitty
// graphics, OSC 52 and 1337, a CSI of 40 parameters, text in UTF-16 or
// UTF-32 without a byte-order mark, NULs after the first 8 KiB, dates below
// year 0 or in a URL after the scrape, source lines a browser would read as
// a flag or another host, flags a user mistypes, environments with
// NO_COLOR, TERM=dumb or the XDG places pointing at files, a closed pipe,
// and folders of tens of thousands of files or a sparse 2 GiB one.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"

	"github.com/kioskreader/kiosk/store/article"
)

const round8Body = "Le port de Zanzibar a reçu un navire de commerce ce matin.\n\n"
const round8Src = "Source : https://news.example.vn/a.html\n"

// round8Art is an article whose title holds tag, so that show can be seen
// to open the file it was asked for.
func round8Art(tag string, more ...string) []byte {
	return []byte("Zanzibar " + tag + "\n\n" + round8Body + strings.Join(more, "") + round8Src)
}

// round8Names are names that look like another, or hold what a terminal
// acts on once written as UTF-8; each file's title is its tag.
var round8Names = map[string]string{
	"caf\u00e9.txt":                              "nfc",
	"cafe\u0301.txt":                             "nfd",
	"\u00c5ngstr\u00f6m.txt":                     "aring",
	"\u212bngstr\u00f6m.txt":                     "angstromsign",
	"Case.txt":                                   "upper",
	"case.txt":                                   "lower",
	strings.Repeat("\u00e9", 125) + ".txt":       "long",
	"z" + strings.Repeat("\u0301", 100) + ".txt": "zalgo",
	"c1\u009b31m.txt":                            "csiname",
	"osc\u009d0;pwned\u009c.txt":                 "oscname",
	"nel\u0085line.txt":                          "nelname",
	"zw\u200b\u200d\u2060.txt":                   "zwname",
	"-\u2212minus.txt":                           "minusname",
}

// round8Articles are the files of the round by name, and the reason each
// skipped one must be given.
func round8Articles() (files map[string][]byte, skipped map[string]string) {
	f := map[string][]byte{}
	for name, tag := range round8Names {
		f[name] = round8Art(tag)
	}
	f["c1utf8.txt"] = round8Art("c1utf8 \u009b2J \u009d0;title\u009c \u0090qDCS\u009c \u0098SOS\u009c \u009ePM\u009c \u009fAPC\u009c \u0085 fin")
	f["sequences.txt"] = round8Art("sequences",
		"DCS \x1bP1$r0m\x1b\\ sixel \x1bPq#0;2;0;0;0#1~~@@\x1b\\ kitty \x1b_Gf=100,a=T;AAAA\x1b\\ PM \x1b^pm\x1b\\ SOS \x1bXsos\x1b\\.\n\n",
		"OSC 52 \x1b]52;c;cm0gLXJmIH4=\x1b\\ OSC 1337 \x1b]1337;File=inline=1:AAAA\x07 OSC 8 \x1b]8;id=x;https://evil.example/\x07lien\x1b]8;;\x07.\n\n",
		"CSI \x1b["+strings.Repeat("1;", 40)+"m quarante paramètres, \x1b[?1049h écran, \x1b[6n question, \x1b]11;?\x07 fond.\n\n")
	f["invisible.txt"] = round8Art("invisible Zan\u200bzi\u2066bar\u2069 \u202d\u202e\u200e\u200f\u061c\u2061\u2062\u2063\u2064 fin",
		strings.Repeat("\u034f\u200c", 2000)+" fin.\n\n")
	f["wide.txt"] = round8Art("wide " + strings.Repeat("👨\u200d👩\u200d👧\u200d👦", 40) + strings.Repeat("漢", 300) + "🇻🇳🇻 " + strings.Repeat("𒐫", 200))
	f["glue.txt"] = round8Art("glue "+strings.Repeat("\u1100", 300)+" a"+strings.Repeat("\u0903", 300)+" "+strings.Repeat("\u0600", 300)+"1 fin",
		"\uac00"+strings.Repeat("\u11a8", 300)+" fin.\n\n")
	f["chain.txt"] = round8Art("chain " + strings.Repeat("👨\u200d", 300) + "👨 fin")
	f["late_nuls.txt"] = append(append(round8Art("latenuls", strings.Repeat("Le port de Zanzibar a reçu un navire. ", 250)+"\n\n"),
		make([]byte, 2000)...), "\nZanzibar après les NUL.\n"...)
	f["bom_inside.txt"] = []byte("Zanzibar bominside\ufeff titre\n\n\ufeff" + round8Body + "\ufeff" + round8Src)
	f["date_negative.txt"] = round8Art("datenegative", "Le 16 mars -2025, le port a fermé.\n\n")
	f["date_url_future.txt"] = []byte("Zanzibar dateurlfuture\n\n" + round8Body + "Source : https://news.example.vn/2038/01/19/a.html\n")
	// text in UTF-16 and UTF-32, with and without a byte-order mark
	text := "Zanzibar encodé\n\n" + round8Body
	f["u32le_bom.txt"] = append([]byte{0xff, 0xfe, 0, 0}, utf32(text, false)...)
	f["u32be.txt"] = utf32(text, true)
	f["u16le.txt"] = utf16With(nil, text, false)
	f["u16_cjk.txt"] = utf16With([]byte{0xff, 0xfe}, "東京で国際会議", false)
	const w16, w32 = "UTF-16 text", "UTF-32 text"
	skipped = map[string]string{"u32le_bom.txt": w32, "u32be.txt": w32, "u16le.txt": w16, "u16_cjk.txt": w16}
	return f, skipped
}

func utf32(s string, big bool) []byte {
	var b []byte
	for _, r := range s {
		if big {
			b = append(b, 0, byte(r>>16), byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8), byte(r>>16), 0)
		}
	}
	return b
}

func round8Folder(t *testing.T) (dir string, listed []string, skipped map[string]string) {
	t.Helper()
	dir = t.TempDir()
	files, skipped := round8Articles()
	for name, data := range files {
		must(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
		if _, skip := skipped[name]; !skip {
			listed = append(listed, name)
		}
	}
	sort.Strings(listed)
	return dir, listed, skipped
}

// TestHardeningRound8Commands: every command over the round's folder, and
// through a link to it; names that look the same get ids that do not;
// each id opens its own file; encodings are named when skipped.
func TestHardeningRound8Commands(t *testing.T) {
	dir, listed, skipped := round8Folder(t)
	link := filepath.Join(t.TempDir(), "link")
	must(t, os.Symlink(dir, link))
	before := snapshot(t, dir)
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}}
	var ids []string
	for _, c := range []struct {
		dir  string
		args []string
	}{
		{dir, []string{"list", "--json"}}, {dir, []string{"list"}}, {dir, []string{"index"}}, {dir, []string{"list", "--json"}},
		{dir, []string{"list", "--sort", "date"}}, {dir, []string{"list", "--max-size", "100000", "--json"}},
		{dir, []string{"search", "--json", "--limit", "0", "zanzibar"}}, {dir, []string{"search", "--limit", "0", "zanz*"}},
		{dir, []string{"actors"}}, {dir, []string{"actors", "--json"}}, {link, []string{"list", "--json"}}, {link + "/", []string{"list"}},
	} {
		name := strings.Join(c.args, " ")
		if c.dir != dir {
			name += " (through a link)"
		}
		r := runKiosk(t, o, append(c.args, "--dir", c.dir)...)
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", name, r.code, clip(r.stderr))
		}
		checkTerminalSafe(t, name, r, false, true)
		checkLines(t, name, r.stdout)
		if c.args[0] == "list" || c.args[0] == "index" {
			for file, why := range skipped {
				if !strings.Contains(r.stderr, file+": "+why) {
					t.Errorf("%s: %s is not said to be skipped as %s: %s", name, file, why, clip(r.stderr))
				}
			}
		}
		if c.args[0] != "list" || !slices.Contains(c.args, "--json") {
			continue
		}
		recs := jsonRecords(t, name, r.stdout)
		if len(recs) != len(listed) {
			t.Errorf("%s: %d articles, want %d", name, len(recs), len(listed))
		}
		ids = checkRound8Records(t, name, recs)
	}
	for _, id := range ids {
		checkRound8Show(t, o, dir, id)
	}
	for _, id := range []string{"c1utf8", "sequences", "invisible", "wide", "chain", "glue", "late_nuls", "bom_inside"} {
		for _, args := range [][]string{{"show", "--style", "dark"}, {"show", "--json"}} {
			checkShown(t, o, dir, args, id)
		}
		if id != "sequences" && id != "c1utf8" {
			continue
		}
		// NO_COLOR wins over CLICOLOR_FORCE; a dumb terminal gets no colour
		// either: not one escape sequence.
		for _, env := range []string{"NO_COLOR=1", "TERM=dumb"} {
			e := runOpts{env: append([]string{env, "CLICOLOR_FORCE=1"}, o.env...)}
			r := runKiosk(t, e, "show", "--dir", dir, "--", id)
			if r.code != 0 {
				t.Errorf("show %s with %s: exit %d: %s", id, env, r.code, clip(r.stderr))
			}
			checkTerminalSafe(t, "show "+id+" with "+env, r, false, true)
		}
	}
	compareSnapshots(t, "after the round's commands", before, snapshot(t, dir))
}

// checkRound8Records: ids that no two files share even once composed and
// folded as a reader's eye folds them, and the round's dates.
func checkRound8Records(t *testing.T, name string, recs []map[string]any) []string {
	t.Helper()
	var ids []string
	seen := map[string]string{}
	for _, rec := range recs {
		id, _ := rec["id"].(string)
		ids = append(ids, id)
		look := norm.NFC.String(id)
		if other, dup := seen[look]; dup {
			t.Errorf("%s: ids %+q and %+q look the same", name, id, other)
		}
		seen[look] = id
		d, _ := rec["date"].(map[string]any)
		switch from, _ := d["from"].(string); id {
		case "date_negative", "date_url_future":
			if from != "file" {
				t.Errorf("%s: %s is dated %v, from a date no calendar or clock gave", name, id, d)
			}
		}
	}
	return ids
}

// checkRound8Show: show --json ID opens the file of that id, whose title
// holds its tag.
func checkRound8Show(t *testing.T, o runOpts, dir, id string) {
	t.Helper()
	rel, ok := article.RelOf(id)
	if !ok {
		t.Errorf("%+q is no id", id)
		return
	}
	tag, named := round8Names[rel]
	if !named {
		return
	}
	r := runKiosk(t, o, "show", "--json", "--dir", dir, "--", id)
	checkTerminalSafe(t, "show --json "+id, r, false, true)
	if r.code != 0 || !strings.Contains(r.stdout, `"title":"Zanzibar `+tag+`"`) {
		t.Errorf("show %+q: exit %d, want the article titled %q: %.200s %s", id, r.code, tag, r.stdout, r.stderr)
	}
}

// TestHardeningRound8CLI: mistyped commands and flags say what is wrong, in
// one line naming the command, with exit 2; nothing a terminal acts on.
func TestHardeningRound8CLI(t *testing.T) {
	dir, _, _ := round8Folder(t)
	nowhere := "KIOSK_DIR=" + filepath.Join(t.TempDir(), "none")
	for _, c := range []struct {
		env  []string
		args []string
		code int
		says string
	}{
		{[]string{nowhere}, []string{"lsit"}, 2, "did you mean 'kiosk list'?"},
		{[]string{nowhere}, []string{"serach", "x"}, 2, "did you mean 'kiosk search'?"},
		{[]string{nowhere}, []string{"frobnicate"}, 2, "is not a command (see 'kiosk help'), nor an article: there is no article folder"},
		{nil, []string{"list", "--max-size", "-1", "--dir", dir}, 2, "kiosk list: invalid value \"-1\" for flag --max-size: a size is"},
		{nil, []string{"list", "--max-size=0", "--dir", dir}, 2, "--max-size"},
		{nil, []string{"list", "--max-size", "3000000000", "--dir", dir}, 2, "1 GiB"},
		{nil, []string{"list", "--frob", "--dir", dir}, 2, "kiosk list: flag provided but not defined: --frob"},
		{nil, []string{"--frob"}, 2, "run 'kiosk --help' for more"},
		{nil, []string{"show", "--width", "x", "--dir", dir, "case"}, 2, "kiosk show: invalid value \"x\" for flag --width"},
		{nil, []string{"list", "--dir", dir, "--", "--json"}, 2, "unexpected argument --json"},
		{nil, []string{"timeline", "--dir", dir, ""}, 2, "name an actor"},
		{nil, []string{"show", "--width", "1", "--dir", dir, "wide"}, 2, "--width must be between 2 and"},
		{nil, []string{"timeline", "--dir", dir, "Zanzibar\x1b]0;x\x07"}, 1, "no article names"},
	} {
		name := strings.Join(c.args, " ")
		r := runKiosk(t, runOpts{env: c.env}, c.args...)
		checkTerminalSafe(t, name, r, false, true)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("kiosk %q: exit %d, stderr %q; want %d and %q", c.args, r.code, r.stderr, c.code, c.says)
		}
		if oneDash.MatchString(r.stderr) {
			t.Errorf("kiosk %q names a flag with one dash: %q", c.args, r.stderr)
		}
	}
}

// oneDash is a flag named as the flag package names it.
var oneDash = regexp.MustCompile(`(flag|for|defined:|argument:) -[a-z]`)

// round8Sources are source lines a browser or a reader could be fooled by;
// "" marks the ones that must be refused.
var round8Sources = map[string]string{
	"src_homograph":  "https://аpple.com/login",
	"src_quote":      `https://x.example/"onmouseover=alert(1)`,
	"src_angle":      `https://x.example/a'b<c>d\e`,
	"src_badport":    "https://x.example:99999/",
	"src_rlo_path":   "https://x.example/\u202egpj.exe",
	"src_rlo_host":   "https://\u202ex.example/",
	"src_dash":       "-https://x.example/",
	"src_flag_first": " --help https://x.example/",
	"src_flag_after": "https://x.example/ --new-window",
	"src_backslash":  `https://x.example\@evil.example/`,
	"src_zone":       "https://[fe80::1%25eth0]/",
	"src_empty_host": "https://",
	"src_encoded_at": "https://evil.example%2F@x.example/",
	"src_ifs":        "https://x.example/${IFS}",
	"src_nbsp":       "https://x.example/\u00a0--foo",
	"src_c1":         "https://x.example/\u009b31m",
}

// TestHardeningRound8Open: whatever the source line, the browser gets one
// argument, an http or https URL of printable ASCII without a quote, a
// space or a backslash (so never a flag), or nothing and exit 1.
func TestHardeningRound8Open(t *testing.T) {
	dir := t.TempDir()
	for id, src := range round8Sources {
		must(t, os.WriteFile(filepath.Join(dir, id+".txt"), []byte("Zanzibar "+id+"\n\n"+round8Body+"Source : "+src+"\n"), 0o644))
	}
	rec := newOpenRecorder(t)
	for id := range round8Sources {
		r, got := rec.open(t, dir, id)
		args := browserArgs(got)
		switch {
		case r.code == 1 && len(got) == 0:
			continue // refused, and said why
		case r.code != 0 || len(args) != 1:
			t.Errorf("open %s: exit %d, browser got %q: %s", id, r.code, got, r.stderr)
			continue
		}
		u := args[0]
		if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") || strings.ContainsAny(u, " \"<>\\`") {
			t.Errorf("open %s: the browser got %q", id, u)
		}
		for _, c := range u {
			if c <= ' ' || c > '~' {
				t.Errorf("open %s: the browser got %q, with %q", id, u, c)
				break
			}
		}
		if id == "src_homograph" && !strings.HasPrefix(u, "https://xn--") {
			t.Errorf("open %s: the browser got %q, not the host in punycode", id, u)
		}
	}
}

// TestHardeningRound8Places: NO_COLOR, TERM=dumb, no locale, the state and
// config places pointing at a file: the commands work or say why, once.
func TestHardeningRound8Places(t *testing.T) {
	dir, listed, _ := round8Folder(t)
	afile := filepath.Join(t.TempDir(), "afile")
	must(t, os.WriteFile(afile, []byte("x"), 0o644))
	for _, c := range []struct {
		name string
		env  []string
		args []string
		code int
		says string
	}{
		{"state is a file: list", []string{"XDG_STATE_HOME=" + afile}, []string{"list"}, 0, ""},
		{"state is a file: --unread", []string{"XDG_STATE_HOME=" + afile}, []string{"list", "--unread"}, 0, "cannot write the state folder"},
		{"config is a file", []string{"XDG_CONFIG_HOME=" + afile}, []string{"list"}, 0, "config.toml: cannot read it"},
		{"no locale", []string{"LANG=", "LC_ALL=POSIX"}, []string{"list"}, 0, ""},
		{"TERM unset", []string{"TERM="}, []string{"list"}, 0, ""},
	} {
		r := runKiosk(t, runOpts{env: c.env}, append(c.args, "--dir", dir)...)
		checkTerminalSafe(t, c.name, r, false, true)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", c.name, r.code, clip(r.stderr), c.code, c.says)
		}
		if n := strings.Count(r.stdout, "\n"); c.code == 0 && n != len(listed) {
			t.Errorf("%s: %d lines, want %d", c.name, n, len(listed))
		}
	}
}

// TestHardeningRound8PipeClosed: list, in both forms, and actors into a
// reader that stops after one line end quietly (0 or SIGPIPE's 141).
func TestHardeningRound8PipeClosed(t *testing.T) {
	checkPipeClosed(t, synthFolder(t), "list", "list --json", "list --max-size 100000", "list --sort date", "actors --json", "search --limit 0 --json mekong")
}

// runFor runs cmd, killing it after limit.
func runFor(cmd *exec.Cmd, limit time.Duration) ([]byte, error) {
	done := make(chan error, 1)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return []byte(out.String()), err
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		return []byte(out.String()), fmt.Errorf("hung: killed after %v", limit)
	}
}

// TestHardeningRound8ManyFiles: 20,000 empty files and a sparse 2 GiB one:
// every empty file is listed (an article with nothing in it), the huge one
// is said to be too large, and the commands end.
func TestHardeningRound8ManyFiles(t *testing.T) {
	dir := t.TempDir()
	const n = 20000
	for i := 0; i < n; i++ {
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("e%05d.txt", i)), nil, 0o644))
	}
	sparse := filepath.Join(dir, "sparse.txt")
	must(t, os.WriteFile(sparse, nil, 0o644))
	must(t, os.Truncate(sparse, 2<<30))
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir()}, limit: 180 * time.Second}
	for _, args := range [][]string{{"list"}, {"list", "--max-size", "1000"}, {"search", "--limit", "0", "zanzibar"}} {
		r := runKiosk(t, o, append(args, "--dir", dir)...)
		name := strings.Join(args, " ")
		checkTerminalSafe(t, name, r, false, true)
		if args[0] == "search" {
			if r.code != 1 {
				t.Errorf("%s: exit %d, want 1 (nothing found): %s", name, r.code, clip(r.stderr))
			}
			continue
		}
		if r.code != 0 || strings.Count(r.stdout, "\n") != n || !strings.Contains(r.stderr, "sparse.txt: larger than") {
			t.Errorf("%s: exit %d, %d lines, stderr %q", name, r.code, strings.Count(r.stdout, "\n"), clip(r.stderr))
		}
	}
}

// A sparse file of NULs just under --max-size is binary by its first 8 KiB,
// without reading the rest: store/scan's TestSparseBinaryReadsItsHead.

// TestHardeningRound8SnippetBound: a search's passage is cut by words, and
// a run of 5,000 runes that are no word (emoji, cuneiform numbers) is
// printed whole: one line of 20 KB.
func TestHardeningRound8SnippetBound(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "runs.txt"), round8Art("runs", "Zanzibar "+strings.Repeat("𒐫", 5000)+" port.\n\n"), 0o644))
	r := runKiosk(t, runOpts{}, "search", "--dir", dir, "zanzibar")
	checkLines(t, "search zanzibar", r.stdout)
}

// TestHardeningRound8EmojiRowWidth: a list row whose title holds emoji
// joined by U+200D (a family: four emoji, three joiners) or given a skin
// tone was measured by lipgloss as one character of 2 cells per sequence,
// while tmux drew a toned thumb 4 cells wide and, for a family, glued what
// followed to its full cell: the row lost its border and the reader pane
// beside it. Now an emoji loses its joiners and tones (store/sanitize), and
// every row shows the border at the same cell under tmux.
func TestHardeningRound8EmojiRowWidth(t *testing.T) {
	needTmux(t)
	bin := kioskBin(t)
	fam := "👨\u200d👩\u200d👧\u200d👦"
	dir := writeFiles(t, map[string]string{
		"a_family.txt": "Zanzibar " + strings.Repeat(fam, 3000) + "\n\nThe family came to Zanzibar.\n",
		"b_tones.txt":  "Thumbs " + strings.Repeat("👍🏽", 400) + "\n\nA vote of thumbs.\n",
		"c_kiss.txt":   "Kiss " + strings.Repeat("👩🏽\u200d❤️\u200d💋\u200d👨🏿", 300) + "\n\nA kiss.\n",
		"d_plain.txt":  "A plain title\n\nThe plain text.\n",
	})
	tmp := t.TempDir()
	s := tmuxSession{t: t, socket: fmt.Sprintf("kiosk-emoji-%d", os.Getpid())}
	cmd := fmt.Sprintf("env XDG_CACHE_HOME=%s XDG_STATE_HOME=%s %s --dir %s; sleep 30",
		filepath.Join(tmp, "cache"), filepath.Join(tmp, "state"), bin, dir)
	s.run("new-session", "-d", "-s", "kiosk", "-x", "140", "-y", "30", cmd)
	defer exec.Command("tmux", "-L", s.socket, "kill-server").Run()
	scr := s.waitFor("A plain title")
	rows := 0
	border := -1
	for _, line := range strings.Split(scr, "\n") {
		if !strings.Contains(line, "Zanzibar") && !strings.Contains(line, "Thumbs") && !strings.Contains(line, "Kiss") && !strings.Contains(line, "A plain title") {
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(line), "●") {
			continue // the reader's side of the screen, or its header
		}
		rows++
		at := cellsBefore(line, "│")
		if at < 0 {
			t.Errorf("a list row has no border beside it: %.80q", line)
			continue
		}
		if border < 0 {
			border = at
		} else if at != border {
			t.Errorf("a list row's border is at cell %d, another's at %d: %.80q", at, border, line)
		}
	}
	if rows != 4 {
		t.Errorf("%d list rows on the screen, want 4:\n%s", rows, scr)
	}
}

// cellsBefore is how many cells of a screen line stand before sep, each
// rune as wide as it is alone (as tmux draws it), or -1.
func cellsBefore(line, sep string) int {
	i := strings.Index(line, sep)
	if i < 0 {
		return -1
	}
	n := 0
	for _, r := range line[:i] {
		n += ansi.StringWidth(string(r))
	}
	return n
}

// A wrap one column wide drops every wide character (render.Plain(a, 1)),
// but no screen asks for one: kiosk show refuses --width 1, and the TUI
// says "too small" below 20 columns and keeps the reader 29 or more beside
// the list (ui/layout.go: the list is at most w-30).

// round8PtyFiles are the round's files the TUI test walks: those whose
// names or text are meant for a terminal's eyes.
var round8PtyFiles = []string{"c1utf8.txt", "sequences.txt", "invisible.txt", "wide.txt", "chain.txt", "glue.txt", "late_nuls.txt",
	"cafe\u0301.txt", "caf\u00e9.txt", "c1\u009b31m.txt", "osc\u009d0;pwned\u009c.txt", "nel\u0085line.txt",
	"z" + strings.Repeat("\u0301", 100) + ".txt", "zw\u200b\u200d\u2060.txt"}

// TestHardeningRound8TUI: the reader on each of those articles, a search,
// the actors view, under tmux; every byte kiosk wrote is checked.
func TestHardeningRound8TUI(t *testing.T) {
	needTmux(t)
	bin := kioskBin(t)
	all, _, _ := round8Folder(t)
	dir := copyListed(t, all, round8PtyFiles)
	p := startPiped(t, bin, dir, "kiosk-round8")
	defer p.kill()
	p.readEach(len(round8PtyFiles))
	p.searchThenActors("tab kind")
	p.quitChecked("Escape", "q")
}

// TestHardeningRound8Completion: bash completion inserts what the folder
// names (ids, here) as words the shell reads back as exactly those names:
// "a;touch PWNED" was inserted as it is, a second command run on Enter.
func TestHardeningRound8Completion(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	dir := t.TempDir()
	names := []string{"a;touch PWNED", "a$(touch PWNED2)", "a`touch PWNED3`", "a'q", "a b*", "a|x>y"}
	for _, n := range names {
		must(t, os.WriteFile(filepath.Join(dir, n+".txt"), round8Art("completion"), 0o644))
	}
	out, _, code := kiosk(t, nil, "completion", "bash")
	if code != 0 {
		t.Fatalf("completion bash: exit %d", code)
	}
	script := filepath.Join(t.TempDir(), "kiosk.bash")
	must(t, os.WriteFile(script, []byte(out), 0o644))
	// Each completion is read back as the shell reads a typed line.
	line := "source " + script + `; COMP_WORDS=(kiosk show a); COMP_CWORD=2; _kiosk; for w in "${COMPREPLY[@]}"; do eval "set -- $w"; printf '%s\n' "$#:$1"; done`
	cmd := exec.Command("bash", "--norc", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(kioskBin(t))+":"+os.Getenv("PATH"), "XDG_CACHE_HOME="+t.TempDir(), "KIOSK_DIR="+dir)
	got, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, got)
	}
	for _, n := range names {
		if !strings.Contains(string(got), "1:"+n+"\n") {
			t.Errorf("completion of %q: not read back as one word: %q", n, got)
		}
	}
	for _, p := range []string{"PWNED", "PWNED2", "PWNED3", "y"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			t.Errorf("a completion ran a command: %s made", p)
		}
	}
}
