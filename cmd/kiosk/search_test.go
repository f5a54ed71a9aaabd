package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var searchFolder = map[string]string{
	"kiev.txt":  "Kiev accepte une trêve.\nLe gouvernement d'Ukraine a accepté un cessez-le-feu.\nSource : https://www.vietnamplus.vn/b\n",
	"rubio.txt": "Marco Rubio et Sergueï Lavrov ont parlé de l'Ukraine et de la Russie.\nSource : https://thanhnien.vn/a.htm\n",
	"other.txt": "Le typhon Yagi a frappé la province de Quang Ninh.\n",
}

type searchLine struct {
	ID, File, Path, Title, Snippet string
	Score                          float64
}

func searchJSON(t *testing.T, env map[string]string, args ...string) ([]searchLine, string, int) {
	t.Helper()
	out, errOut, code := kiosk(t, env, append([]string{"search", "--json"}, args...)...)
	var lines []searchLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var s searchLine
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		lines = append(lines, s)
	}
	return lines, errOut, code
}

func TestSearchCommand(t *testing.T) {
	dir := writeFiles(t, searchFolder)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir(), "KIOSK_DIR": dir}
	lines, errOut, code := searchJSON(t, env, "ukraine")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("search ukraine: code %d, %d lines, stderr %q", code, len(lines), errOut)
	}
	for _, l := range lines {
		if l.ID == "" || l.File == "" || l.Title == "" || !strings.Contains(l.Snippet, "«Ukraine»") || filepath.Dir(l.Path) != dir {
			t.Errorf("incomplete line %+v", l)
		}
	}
	if lines[0].Score < lines[1].Score {
		t.Errorf("not best first: %v", lines)
	}
	// An excluded word is a word, not an unknown flag.
	lines, errOut, code = searchJSON(t, env, "ukraine", "-russie")
	if code != 0 || len(lines) != 1 || lines[0].File != "kiev.txt" {
		t.Errorf("ukraine -russie: code %d, %v, %q", code, lines, errOut)
	}
	lines, _, _ = searchJSON(t, env, "--limit", "1", "ukraine")
	if len(lines) != 1 {
		t.Errorf("--limit 1 gave %d lines", len(lines))
	}
	// A file added since the last search is found by the next one.
	if err := os.WriteFile(filepath.Join(dir, "new.txt"), []byte("L'Ukraine demande de l'aide.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if lines, _, _ = searchJSON(t, env, "ukraine", "--limit", "0"); len(lines) != 3 {
		t.Errorf("after adding a file: %d lines", len(lines))
	}
	out, _, code := kiosk(t, env, "search", "typhon")
	if code != 0 || !strings.Contains(out, "other.txt") || !strings.Contains(out, "«typhon»") {
		t.Errorf("plain output: %d %q", code, out)
	}
}

func TestSearchOddInput(t *testing.T) {
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir(), "KIOSK_DIR": writeFiles(t, searchFolder)}
	for _, q := range []string{"NEAR(", "ukraine OR", "ukraine AND", "(ukraine", "ukraine*)"} {
		_, errOut, code := kiosk(t, env, "search", q)
		// Read as words: an answer, maybe none (exit 1), never an SQL error.
		if code > 1 || strings.Contains(errOut, "SQL") || strings.Contains(errOut, "fts5") {
			t.Errorf("search %q: code %d, stderr %q", q, code, errOut)
		}
	}
	// A mistake says what is wrong in one line: an open quote, a field
	// with nothing after it, a field kiosk does not know.
	for _, args := range [][]string{{"search"}, {"search", "-"}, {"search", "-ukraine"}, {"search", "--limit", "-1", "x"}, {"search", "*"}, {"search", `"`}, {"search", "("},
		{"search", `"ukraine`}, {"search", "title:"}, {"search", "foo:bar"}} {
		_, errOut, code := kiosk(t, env, args...)
		if code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: code %d, stderr %q; want exit 2 and one line", args, code, errOut)
		}
	}
}

func TestIndexCommand(t *testing.T) {
	dir := writeFiles(t, searchFolder)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir(), "KIOSK_DIR": dir}
	_, errOut, code := kiosk(t, env, "index")
	if code != 0 || !strings.Contains(errOut, "3 articles indexed") || !strings.Contains(errOut, "100%") {
		t.Fatalf("index: code %d, stderr %q", code, errOut)
	}
	if err := os.WriteFile(filepath.Join(dir, "kiev.txt"), []byte("Texte remplacé sur la mousson.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code = kiosk(t, env, "index", "--rebuild"); code != 0 {
		t.Fatalf("index --rebuild: %d %q", code, errOut)
	}
	if lines, _, _ := searchJSON(t, env, "mousson"); len(lines) != 1 {
		t.Errorf("after index --rebuild, the new text is not found: %v", lines)
	}
	if _, _, code := kiosk(t, map[string]string{"XDG_CACHE_HOME": t.TempDir()}, "index", "--dir", filepath.Join(dir, "nope")); code != 2 {
		t.Errorf("index of a missing folder: exit %d, want 2", code)
	}
}
