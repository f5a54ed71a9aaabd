package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/state"
)

// kiosk runs the command line in process and returns stdout, stderr and the
// exit status.
func kiosk(t *testing.T, env map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	cache := "" // the index of the folder goes to a temporary cache unless given
	if env["XDG_CACHE_HOME"] == "" {
		cache = t.TempDir()
	}
	e := &Env{Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
		if k == "XDG_CACHE_HOME" && cache != "" {
			return cache
		}
		return env[k]
	}}
	code := run(e, args)
	return out.String(), errb.String(), code
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type listed struct {
	ID       string `json:"id"`
	File     string `json:"file"`
	Path     string `json:"path"`
	Title    string `json:"title"`
	Lang     string `json:"lang"`
	Comments *int   `json:"comments"`
	Source   *struct {
		URL    string `json:"url"`
		Domain string `json:"domain"`
	} `json:"source"`
	Actors     []json.RawMessage `json:"actors"`
	Words      int               `json:"words"`
	Paragraphs []string          `json:"paragraphs"`
	Captions   []string          `json:"captions"`
}

// must ends the test at an error of its setup.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func decodeLines(t *testing.T, out string) []listed {
	t.Helper()
	var all []listed
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var a listed
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("not JSON: %q: %v", line, err)
		}
		all = append(all, a)
	}
	return all
}

func TestShowSeedJSON(t *testing.T) {
	out, errs, code := kiosk(t, nil, "show", "--json", "../../articles/000_86d2cffda97f025f.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a := decodeLines(t, out)[0]
	if !strings.HasPrefix(a.Title, "Le secrétaire d'État américain Marco Rubio") || a.Lang != "fr" ||
		a.Source == nil || a.Source.Domain != "thanhnien.vn" || a.Comments == nil || *a.Comments != 0 {
		t.Errorf("seed parsed as %+v", a)
	}
	if len(a.Captions) != 1 || len(a.Paragraphs) == 0 || a.Actors == nil {
		t.Errorf("captions %q, %d paragraphs, actors %v", a.Captions, len(a.Paragraphs), a.Actors)
	}
}

func TestShowFindsByIDInDir(t *testing.T) {
	dir := writeFiles(t, map[string]string{"sub/abc_1.txt": "Un titre de test ici\n\nLe texte de l'article.\n"})
	for _, arg := range []string{"abc_1", "abc_1.txt", filepath.Join(dir, "sub/abc_1.txt")} {
		out, errs, code := kiosk(t, nil, "show", "--plain", "--dir", dir, arg)
		if code != 0 || !strings.Contains(out, "Un titre de test ici") {
			t.Errorf("show %s: exit %d, %q %q", arg, code, out, errs)
		}
	}
}

func TestUnknownFolderAndArticle(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "x y z.\n"})
	cases := [][]string{
		{"list", "--dir", filepath.Join(dir, "nope")},
		{"show", "--dir", dir, "missing"},
		{"show", "--dir", dir},
		{"list", "--bogus-flag"},
	}
	for _, args := range cases {
		out, errs, code := kiosk(t, nil, args...)
		// a usage error prints the usage, two lines a flag: not a flood (list has eight flags)
		if code != 2 || out != "" || strings.Count(strings.TrimSpace(errs), "\n") > 30 || errs == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
}

func TestListUsesKioskDir(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.txt": "Deuxième article\n\nTexte.\n", "a.txt": "Premier article\n\nTexte.\n"})
	out, _, code := kiosk(t, map[string]string{"KIOSK_DIR": dir}, "list", "--json")
	got := decodeLines(t, out)
	if code != 0 || len(got) != 2 || got[0].File != "a.txt" || got[1].File != "b.txt" {
		t.Fatalf("exit %d, listed %+v", code, got)
	}
	if got[0].Paragraphs != nil {
		t.Errorf("list --json carries the text: %q", got[0].Paragraphs)
	}
}

// TestHostileBytesNeverReachStdout: whatever an article holds, list --json,
// show --plain and show (glamour) write no control byte but the renderer's
// own SGR, and --plain none at all.
func TestHostileBytesNeverReachStdout(t *testing.T) {
	hostile := "Titre \x1b]52;c;ZXZpbA==\x07 \x1b]0;pwned\x07 \x9b2J\n\n" +
		"Corps \x1b[2J\x1bc \x1bP1$q\x1b\\ &#27;[31m &#x1b;]0;t\x07 \u202eevil\u2066 \r\x08\x01\x7f fin.\n" +
		"Source : https://a.vn/x\x1b[31m\nComment (1)\n\x1b]8;;http://evil\x07unterminated"
	dir := writeFiles(t, map[string]string{"h\x1b[31m.txt": hostile})
	outputs := map[string][]string{
		"list --json":  {"list", "--json", "--dir", dir},
		"show --plain": {"show", "--plain", "--dir", dir, "h\x1b[31m"},
		"show --json":  {"show", "--json", "--dir", dir, "h\x1b[31m"},
		"show dark":    {"show", "--style", "dark", "--dir", dir, "h\x1b[31m"},
	}
	for name, args := range outputs {
		out, errs, code := kiosk(t, nil, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		checkOnlySGR(t, name, out, name != "show dark")
		checkOnlySGR(t, name+" stderr", errs, true)
	}
}

// checkOnlySGR fails on any C0/C1 control but \n, and on any escape
// sequence other than SGR (ESC [ … m); with none, on any escape at all.
func checkOnlySGR(t *testing.T, name, s string, none bool) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0x1b && !none && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j >= len(s) || s[j] != 'm' {
				t.Fatalf("%s: non-SGR sequence at %d: %q", name, i, s[i:min(len(s), i+20)])
			}
			i = j
		case c < 0x20 && c != '\n', c == 0x7f:
			t.Fatalf("%s: control byte %#x at %d: %q", name, c, i, s[max(0, i-20):min(len(s), i+20)])
		}
	}
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f || r == '\u202e' || r == '\u2066' {
			t.Fatalf("%s: control rune %U", name, r)
		}
	}
}

func TestListUnreadAndBookmarked(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Article A ici\n\nTexte.\n", "b.txt": "Article B ici\n\nTexte.\n", "c.txt": "Article C ici\n\nTexte.\n"})
	env := map[string]string{"XDG_STATE_HOME": t.TempDir()}
	stateDir, err := state.Dir(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := state.Open(stateDir)
	if err != nil {
		t.Fatal(err)
	}
	marks, err := st.Folder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := marks.SetRead("a.txt", true); err != nil {
		t.Fatal(err)
	}
	if err := marks.SetBookmarked("c.txt", true); err != nil {
		t.Fatal(err)
	}
	st.Close()
	files := func(args ...string) []string {
		out, errs, code := kiosk(t, env, append([]string{"list", "--json", "--dir", dir}, args...)...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		var names []string
		for _, a := range decodeLines(t, out) {
			names = append(names, a.File)
		}
		return names
	}
	if got := strings.Join(files("--unread"), ","); got != "b.txt,c.txt" {
		t.Errorf("--unread lists %s", got)
	}
	if got := strings.Join(files("--bookmarked"), ","); got != "c.txt" {
		t.Errorf("--bookmarked lists %s", got)
	}
	if got := strings.Join(files(), ","); got != "a.txt,b.txt,c.txt" {
		t.Errorf("list lists %s", got)
	}
}

// list and actors answer the same from the index as by reading every file
// (which they do when the cache cannot be written), on the first run and
// on the next, and report the same skipped files.
func TestIndexedAnswersSameAsScan(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":        "Marco Rubio à Hanoï\n\nLe secrétaire d'État américain Marco Rubio a rencontré Pham Minh Chinh à Hanoï.\n\nSource: https://thanhnien.vn/a.htm\n\nComment (3)\n",
		"sub/b.txt":    "Typhoon Yagi\n\nTyphoon Yagi hit Hai Phong and Quang Ninh, said the Vietnam Disaster Management Authority.\n",
		"sub/c<&>.txt": "Kyiv talks\n\nVolodymyr Zelensky met Emmanuel Macron in Kyiv on Monday.\n\nFuente: https://www.example.es/x\n",
		"bin.txt":      "abc\x00def",
	})
	cache := t.TempDir()
	indexed := map[string]string{"XDG_CACHE_HOME": cache}
	scanned := map[string]string{"XDG_CACHE_HOME": "/dev/null/no-cache"}
	for _, args := range [][]string{{"list", "--json"}, {"list"}, {"actors", "--json"}, {"actors"}} {
		args = append(args, "--dir", dir)
		wantOut, wantErr, wantCode := kiosk(t, scanned, args...)
		for _, run := range []string{"first", "second"} {
			out, errOut, code := kiosk(t, indexed, args...)
			if out != wantOut || errOut != wantErr || code != wantCode {
				t.Errorf("%v, %s run from the index:\nstdout %q\nstderr %q (%d)\nby reading every file:\nstdout %q\nstderr %q (%d)",
					args, run, out, errOut, code, wantOut, wantErr, wantCode)
			}
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(cache, "kiosk")); len(entries) == 0 {
		t.Error("no index was written in the cache")
	}
}
