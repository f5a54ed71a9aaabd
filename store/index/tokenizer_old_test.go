package index

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// An index made before session 8, whose FTS5 table cut words with
// unicode61, is opened as it is (not rebuilt: its tables are known) and
// answers every query as a new one (ascii) does: the same hits in the
// same order with the same scores, over held-out articles of many
// languages and queries of every kind.
func TestUnicode61IndexAnswersSame(t *testing.T) {
	files, _ := filepath.Glob("../actors/testdata/heldout/*.txt")
	if len(files) == 0 {
		t.Skip("no held-out articles")
	}
	dir := t.TempDir()
	for i, f := range files[:min(len(files), 120)] {
		b, err := os.ReadFile(f)
		must(t, err)
		write(t, filepath.Join(dir, fmt.Sprintf("d%d", i%3), filepath.Base(f)), string(b))
	}
	ctx := context.Background()
	newIx, err := Open(dir, t.TempDir())
	must(t, err)
	defer newIx.Close()
	oldCache := t.TempDir()
	oldFile := File(filepath.Join(oldCache), must2(filepath.Abs(dir)))
	makeUnicode61Index(t, oldFile, must2(filepath.Abs(dir)))
	oldIx, err := Open(dir, oldCache)
	must(t, err)
	defer oldIx.Close()
	if oldIx.Restarted() != "" {
		t.Fatalf("an index made with unicode61 was started afresh: %s", oldIx.Restarted())
	}
	for _, ix := range []*Index{newIx, oldIx} {
		if _, err := ix.Rebuild(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	var made string
	must(t, oldIx.db.QueryRowContext(ctx, "SELECT sql FROM sqlite_master WHERE name='fts'").Scan(&made))
	if !strings.Contains(made, "unicode61") {
		t.Fatalf("the old index's table: %s", made)
	}
	queries := []string{"Mekong", "négociation", "flood", `"Binh Dinh"`, "Hanoi -rain", "inond*", "actor:Vietnam",
		"title:visits", "zanthoria", "Mekong flood", "dong", "Россия", "выборы", "Verhandlungen", "l'Ukraine",
		"président", "Ministerium*", "lang:fr", "source:reuters", "the OR le", "Україна", "北京", "東京"}
	found := 0
	for _, s := range queries {
		q, err := ParseQuery(s)
		must(t, err)
		for _, mode := range []Mode{Quick, Ranked} {
			a, errA := newIx.Search(ctx, q, mode, 50)
			b, errB := oldIx.Search(ctx, q, mode, 50)
			if (errA == nil) != (errB == nil) || !reflect.DeepEqual(a, b) {
				t.Errorf("%q (mode %d): ascii %d hits (%v), unicode61 %d hits (%v)", s, mode, len(a), errA, len(b), errB)
			}
		}
		na, _ := newIx.Count(ctx, q)
		nb, _ := oldIx.Count(ctx, q)
		if na != nb {
			t.Errorf("%q: ascii counts %d, unicode61 %d", s, na, nb)
		}
		if na > 0 {
			found++
		}
	}
	if found < len(queries)/2 {
		t.Errorf("only %d of %d queries found anything: the comparison says little", found, len(queries))
	}
}

// makeUnicode61Index makes file an empty index as kiosk made them before
// session 8: the schema with the unicode61 tokenizer.
func makeUnicode61Index(t *testing.T, file, abs string) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(file), 0o700))
	db, err := sql.Open("sqlite", file)
	must(t, err)
	defer db.Close()
	old := strings.Replace(schema, ftsTokenizer, unicode61Tokenizer, 1)
	for _, q := range []string{old,
		fmt.Sprintf("INSERT INTO meta VALUES('folder', '%s'), ('gen', '0'), ('id', 'abcdef0123456789')", strings.ReplaceAll(abs, "'", "''")),
		fmt.Sprintf("PRAGMA user_version=%d", schemaVersion)} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}
