package library

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

// contractFiles is a folder with accents in NFC and NFD, an elision,
// subfolders, and, below, a link to a file (followed) and a link to a
// folder (reported, not followed: see the README's Security section).
var contractFiles = map[string]string{
	"a.txt": "Pluies à Hanoï\n\nLe fleuve Rouge monte à Hanoï, selon l'AFP. Les négociations continuent.\n\nSource: https://vnexpress.net/pluie-1.html\n\nComment (3)\n",
	// Hanoi with a combining diaeresis (NFD).
	"b.txt": "Marché de Hanoi\u0308\n\nLes marchés de Hanoi\u0308 sont pleins avant le Têt. Marco Rubio n'y était pas.\n",
	"sub/c.txt": "Typhoon Yagi hits the north\n\nTyphoon Yagi hit Hai Phong and Quang Ninh on Saturday, said the Vietnam Disaster Management Authority. " +
		"The storm brought heavy rain and strong winds to the coast, and the government said that it would send help to the people who lost their homes.\n\nSource: https://tuoitre.vn/yagi.htm\n",
	// Reached through links, inside the folder, under a hidden folder the
	// walk does not enter itself.
	".store/d.txt":      "Sergueï Lavrov à Moscou\n\nSergueï Lavrov a parlé de l'Ukraine et des États-Unis. Marco Rubio a répondu depuis Washington.\n\nSource: https://thanhnien.vn/lavrov.htm\n",
	"deep/e.txt":        "Baleine à Nha Trang\n\nUne baleine observée au large de Nha Trang. Hanoï n'en parle pas.\n",
	".store/more/f.txt": "Jamais lu\n\nCe texte n'est atteint que par un lien vers un dossier, que la lecture ne suit pas.\n",
}

func writeContractFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for rel, text := range contractFiles {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, os.WriteFile(p, []byte(text), 0o644))
	}
	must(t, os.Symlink(filepath.Join(".store", "d.txt"), filepath.Join(dir, "d.txt")))
	must(t, os.Symlink(filepath.Join(".store", "more"), filepath.Join(dir, "more")))
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// unusableCaches are cache directories that cannot be written, whoever
// runs the test: one under a regular file, one the kernel refuses.
func unusableCaches(t *testing.T) map[string]string {
	file := filepath.Join(t.TempDir(), "file")
	must(t, os.WriteFile(file, nil, 0o600))
	caches := map[string]string{"absent cache": filepath.Join(file, "kiosk")}
	if os.Geteuid() == 0 { // root writes through permission bits
		caches["read-only cache"] = "/proc/self/kiosk-cache"
	} else {
		ro := t.TempDir()
		must(t, os.Chmod(ro, 0o500))
		t.Cleanup(func() { os.Chmod(ro, 0o700) })
		caches["read-only cache"] = filepath.Join(ro, "kiosk")
	}
	return caches
}

// openAll opens the folder's library through the user's cache and through
// each unusable one.
func openAll(t *testing.T, dir string) map[string]*Indexed {
	libs := map[string]*Indexed{}
	caches := unusableCaches(t)
	caches["writable cache"] = t.TempDir()
	for name, cache := range caches {
		x, notice, err := Open(dir, cache)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if (name == "writable cache") != (notice == "") || (name == "writable cache") == x.Temporary() {
			t.Errorf("%s: notice %q, temporary %v", name, notice, x.Temporary())
		}
		t.Cleanup(func() { x.Close() })
		libs[name] = x
	}
	return libs
}

func listAll(t *testing.T, lib Library) []Summary {
	t.Helper()
	byID := map[string]Summary{}
	err := lib.List(context.Background(), func(rows []Summary) {
		for _, r := range rows {
			byID[r.ID] = r
		}
	}, func(int, int) {})
	must(t, err)
	var rows []Summary
	for _, r := range byID {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b Summary) int { return strings.Compare(a.ID, b.ID) })
	return rows
}

// TestContract: a writable cache, a missing one and a read-only one give
// the same rows and the same answers, in the same order, to every form of
// query, and those answers are the right ones.
func TestContract(t *testing.T) {
	dir := writeContractFolder(t)
	libs := openAll(t, dir)
	ctx := context.Background()
	ref := libs["writable cache"]
	rows := listAll(t, ref)
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	// Ids are paths in the folder without .txt (article.IDOf).
	if strings.Join(ids, " ") != "a b d deep/e sub/c" {
		t.Fatalf("listed %v, want a b d deep/e sub/c (the link to a file followed, not the one to a folder)", ids)
	}
	if rows[0].Title != "Pluies à Hanoï" || rows[0].Domain != "vnexpress.net" || rows[0].Comments != 3 || rows[1].Comments != -1 {
		t.Errorf("rows %+v", rows[:2])
	}
	// Marco Rubio is wherever the parser finds him: the index must agree.
	var rubio []string
	for _, r := range rows {
		a, err := ref.Article(ctx, r)
		must(t, err)
		for _, ac := range a.Actors {
			if ac.Name == "Marco Rubio" {
				rubio = append(rubio, r.ID)
			}
		}
	}
	if len(rubio) == 0 {
		t.Fatal("the extractor found no Marco Rubio: the actor query below would test nothing")
	}
	queries := map[string][]string{
		"hanoi":                {"a", "b", "deep/e"},
		"Hanoï":                {"a", "b", "deep/e"},
		"HANOI\u0308":          {"a", "b", "deep/e"},
		`"fleuve rouge"`:       {"a"},
		`"rouge fleuve"`:       nil,
		"negoc*":               {"a"},
		"négoc*":               {"a"},
		"hanoi -baleine":       {"a", "b"},
		"baleine OR typhoon":   {"deep/e", "sub/c"},
		"title:hanoi":          {"a", "b"},
		"source:tuoitre.vn":    {"sub/c"},
		"lang:en":              {"sub/c"},
		`actor:"Marco Rubio"`:  rubio,
		"serguei":              {"d"},
		"etats-unis":           {"d"},
		"ukraine":              {"d"},
		"-hanoi":               nil,
		"":                     nil,
		"yagi OR baleine -nha": {"sub/c"},
	}
	for name, lib := range libs {
		t.Run(name, func(t *testing.T) {
			if got := listAll(t, lib); !slices.Equal(got, rows) {
				t.Errorf("rows:\n%+v\nwant (writable cache):\n%+v", got, rows)
			}
			for q, want := range queries {
				res, err := lib.Search(ctx, q, Typing)
				if err != nil {
					t.Errorf("%q: %v", q, err)
					continue
				}
				refRes, _ := ref.Search(ctx, q, Typing)
				if !slices.Equal(res.IDs, refRes.IDs) || res.Total != refRes.Total {
					t.Errorf("%q: %v (%d), the writable cache answers %v (%d)", q, res.IDs, res.Total, refRes.IDs, refRes.Total)
				}
				got := slices.Sorted(slices.Values(res.IDs))
				if !slices.Equal(got, want) || res.Total != len(want) {
					t.Errorf("%q: %v (total %d), want %v", q, res.IDs, res.Total, want)
				}
			}
			res, err := lib.Actor(ctx, "Marco Rubio", "")
			if err != nil || !slices.Equal(slices.Sorted(slices.Values(res.IDs)), rubio) {
				t.Errorf("actor Marco Rubio: %v, %v; want %v", res.IDs, err, rubio)
			}
			for _, r := range rows {
				a, err := lib.Article(ctx, r)
				if err != nil || a.Title != r.Title {
					t.Errorf("article %s: %q, %v", r.ID, a.Title, err)
				}
			}
		})
	}
}

// A temporary index is gone once the library is closed.
func TestTemporaryIndexRemoved(t *testing.T) {
	dir := writeContractFolder(t)
	for name, cache := range unusableCaches(t) {
		x, _, err := Open(dir, cache)
		must(t, err)
		listAll(t, x)
		tmp := x.temp
		if _, err := os.Stat(tmp); err != nil {
			t.Fatalf("%s: no temporary index at %s: %v", name, tmp, err)
		}
		must(t, x.Close())
		if _, err := os.Stat(tmp); !os.IsNotExist(err) {
			t.Errorf("%s: %s left behind (%v)", name, tmp, err)
		}
	}
}

// summarize's fields are those the index gives, so a row parsed from a
// file and a row from the index look alike.
func TestSummarizeMatchesIndex(t *testing.T) {
	dir := writeContractFolder(t)
	x, _, err := Open(dir, t.TempDir())
	must(t, err)
	defer x.Close()
	for _, r := range listAll(t, x) {
		data, err := os.ReadFile(r.Path)
		must(t, err)
		fi, err := os.Stat(r.Path)
		must(t, err)
		a := article.ParseAt(r.Path, data, fi.ModTime()) // the index dates by the mtime too
		rel, err := filepath.Rel(dir, r.Path)
		must(t, err)
		a.ID = article.IDOf(filepath.ToSlash(rel)) // the parser knows only the name
		if s := Summarize(a); s != r {
			t.Errorf("parsed %+v, indexed %+v", s, r)
		}
	}
}
