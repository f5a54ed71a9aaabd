//go:build linux

package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/link"
)

// idNames are file names whose ids used to be shared, or led to another
// file, or to none (Linux takes any bytes in a name).
var idNames = []string{
	"a.txt", "a.txt.txt", "A.TXT", "b.Txt", "\ufeffa.txt", "\u202ea.txt", "\u202e.txt",
	"\xffc.txt", "\xfe\xffc.txt", "h\x1b[31m.txt", "50%.txt", "%E2%80%AEa.txt",
	"sub1/x.txt", "sub2/x.txt", "x.txt", "sub1/deep/a.txt", "sub\u202e/y.txt",
}

// Every id kiosk lists, from the index or from a scan, is unique, and show,
// open and actors given it open exactly its article; plain list prints the
// same ids.
func TestEveryListedIDOpensItsArticle(t *testing.T) {
	files := map[string]string{}
	for i, name := range idNames {
		files[name] = fmt.Sprintf("Article number %d\n\nA paragraph about Hanoi.\nSource : https://example.com/%d\n", i, i)
	}
	dir := writeFiles(t, files)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir()}
	indexed, stderr, code := kiosk(t, env, "list", "--json", "--dir", dir)
	if code != 0 {
		t.Fatalf("list: exit %d: %s", code, stderr)
	}
	scanned, _, _ := kiosk(t, env, "list", "--json", "--max-size", "1000000", "--dir", dir)
	if indexed != scanned {
		t.Errorf("the index lists other ids than the scan:\n%s\n%s", indexed, scanned)
	}
	list := decodeLines(t, indexed)
	if len(list) != len(idNames) {
		t.Fatalf("listed %d articles, want %d", len(list), len(idNames))
	}
	plain, _, _ := kiosk(t, env, "list", "--dir", dir)
	seen := map[string]bool{}
	for _, a := range list {
		if seen[a.ID] {
			t.Errorf("id %q listed twice", a.ID)
		}
		seen[a.ID] = true
		if !strings.Contains(plain, "\n"+a.ID+"\t") && !strings.HasPrefix(plain, a.ID+"\t") {
			t.Errorf("plain list lacks id %q", a.ID)
		}
		checkOpens(t, env, dir, a)
	}
}

// checkOpens runs show, actors and open on a's id and checks that each
// reaches a's own file (by its title and link).
func checkOpens(t *testing.T, env map[string]string, dir string, a listed) {
	t.Helper()
	out, stderr, code := kiosk(t, env, "show", "--json", "--dir", dir, a.ID)
	var shown listed
	if code != 0 || json.Unmarshal([]byte(out), &shown) != nil {
		t.Errorf("show %q: exit %d: %s", a.ID, code, stderr)
		return
	}
	if shown.Title != a.Title || shown.ID != a.ID {
		t.Errorf("show %q opened %q (id %q), want %q", a.ID, shown.Title, shown.ID, a.Title)
	}
	if _, stderr, code := kiosk(t, env, "actors", "--json", "--dir", dir, a.ID); code != 0 {
		t.Errorf("actors %q: exit %d: %s", a.ID, code, stderr)
	}
	var opened string
	old := opener
	defer func() { opener = old }()
	opener = func(*Env) link.Opener {
		return link.Opener{Getenv: func(string) string { return "" }, Start: func(_ string, args ...string) error {
			opened = args[len(args)-1]
			return nil
		}}
	}
	if _, stderr, code := kiosk(t, env, "open", "--dir", dir, a.ID); code != 0 || opened != a.Source.URL {
		t.Errorf("open %q: exit %d, opened %q, want %q: %s", a.ID, code, opened, a.Source.URL, stderr)
	}
}

// A name that several files below the folder share is refused with their
// ids, not answered with the first.
func TestAmbiguousNameSaysWhichIDs(t *testing.T) {
	dir := writeFiles(t, map[string]string{"sub1/x.txt": "One\n\nText.\n", "sub2/x.txt": "Two\n\nText.\n"})
	_, stderr, code := kiosk(t, nil, "show", "--dir", dir, "x")
	if code != 2 || !strings.Contains(stderr, "sub1/x") || !strings.Contains(stderr, "sub2/x") {
		t.Errorf("show x: exit %d: %s", code, stderr)
	}
	out, _, code := kiosk(t, nil, "show", "--json", "--dir", dir, "sub2/x")
	if code != 0 || !strings.Contains(out, `/sub2/x.txt"`) {
		t.Errorf("show sub2/x: exit %d: %s", code, out)
	}
}
