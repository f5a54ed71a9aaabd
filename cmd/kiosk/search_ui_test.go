package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/synth"
)

// wholeQueries are queries of every kind of clause; the UI's test
// (ui/results_cli_test.go) runs the same over the same folder.
var wholeQueries = []string{
	"Mekong", "Meko", "kw007", "kw0077", `"Mekong Delta"`, "flooded -Hanoi", "Lavrov OR Guterres",
	"title:petrol", "lang:uk Mekong", "source:vnexpress.net", `actor:"Antonio Guterres"`,
	"tourists schools", "Zanthoria", "hospit", "Quillamire OR kw007",
}

// writeWholeFolder is 150 generated articles and two planted ones, one
// holding kw007, one kw0077.
func writeWholeFolder(t *testing.T) string {
	dir := t.TempDir()
	if err := synth.Write(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"kw/a.txt": "Le titre\n\nRéférence kw0077 ici.\n", "kw/b.txt": "Autre titre\n\nRéférence kw007 là.\n",
	} {
		must(t, os.MkdirAll(filepath.Join(dir, "kw"), 0o755))
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	return dir
}

// The UI reads a query whole after enter through library.Search(Whole):
// its answers, and its passages, are kiosk search's.
func TestLibraryWholeIsKioskSearch(t *testing.T) {
	dir := writeWholeFolder(t)
	env := map[string]string{"XDG_CACHE_HOME": t.TempDir(), "KIOSK_DIR": dir}
	cache, err := index.CacheDir(func(k string) string { return env[k] })
	must(t, err)
	differ := 0
	for i, q := range wholeQueries {
		lines, errOut, code := searchJSON(t, env, "--limit", "0", "--", q)
		if code > 1 {
			t.Fatalf("kiosk search %s: exit %d: %s", q, code, errOut)
		}
		var cli []string
		snips := map[string]string{}
		for _, l := range lines {
			cli = append(cli, l.ID)
			snips[l.ID] = l.Snippet
		}
		lib, _, err := library.Open(dir, cache)
		must(t, err)
		if i == 0 {
			must(t, lib.List(context.Background(), func([]library.Summary) {}, nil))
		}
		res, err := lib.Search(context.Background(), q, library.Whole)
		must(t, err)
		if !slices.Equal(res.IDs, cli) {
			t.Errorf("%s: the library read whole gives %v, kiosk search %v", q, res.IDs, cli)
		}
		if len(cli) > 0 {
			must(t, lib.List(context.Background(), func([]library.Summary) {}, nil))
			got, err := lib.Snippets(context.Background(), q, library.Whole, cli[:1])
			must(t, err)
			if s := got[cli[0]].String(); s != snips[cli[0]] {
				t.Errorf("%s: passage %q, kiosk search %q", q, s, snips[cli[0]])
			}
		}
		typing, _ := lib.Search(context.Background(), q, library.Typing)
		t.Logf("%-28s whole %3d typing %3d", q, len(res.IDs), len(typing.IDs))
		if !slices.Equal(typing.IDs, res.IDs) {
			differ++
		}
		lib.Close()
	}
	if differ < 2 { // Meko and kw007 at least: else this test tells nothing of the modes
		t.Errorf("typing and whole differ on %d queries", differ)
	}
}
