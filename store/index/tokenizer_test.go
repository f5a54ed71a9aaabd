package index

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The index hands FTS5 its words already cut and folded (token.go), and
// FTS5's unicode61 tokenizer must leave each of them whole and as it is:
// it then gives, instance for instance, what the ascii tokenizer gives,
// which only splits at ASCII separators. Checked over the held-out
// articles and the words made of every rune kiosk keeps in a word (every
// one below U+3000, every 37th above by default; KIOSK_EVERY_RUNE=1 for
// all, about 100 s). This is also
// why FTS5 could be given the cheaper ascii tokenizer (SCALING.md,
// session 7).
func TestUnicode61KeepsKioskWords(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../actors/testdata/heldout/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	step := rune(37)
	if os.Getenv("KIOSK_EVERY_RUNE") != "" {
		step = 1
	}
	var sb strings.Builder
	for r := rune(0x80); r <= unicode.MaxRune; r = next(r, step) {
		if isTokenRune(r) {
			sb.WriteString("x" + string(r) + "y " + string(r) + " ")
		}
		if sb.Len() > 8000 {
			texts = append(texts, sb.String())
			sb.Reset()
		}
	}
	texts = append(texts, sb.String())
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		"CREATE VIRTUAL TABLE u USING fts5(x, tokenize='unicode61 remove_diacritics 2 categories ''L* N* Co M*''')",
		"CREATE VIRTUAL TABLE a USING fts5(x, tokenize='ascii')",
		"CREATE VIRTUAL TABLE uv USING fts5vocab(u, instance)",
		"CREATE VIRTUAL TABLE av USING fts5vocab(a, instance)",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	for i, text := range texts {
		var stems strings.Builder
		s := indexWords(text, "en", &stems) + " " + stems.String()
		for _, table := range []string{"u", "a"} {
			if _, err := db.Exec("INSERT INTO "+table+"(rowid, x) VALUES(?, ?)", i+1, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	var n, differ int
	if err := db.QueryRow("SELECT count(*) FROM uv").Scan(&n); err != nil {
		t.Fatal(err)
	}
	err = db.QueryRow(`SELECT (SELECT count(*) FROM (SELECT term, doc, offset FROM uv EXCEPT SELECT term, doc, offset FROM av))
		+ (SELECT count(*) FROM (SELECT term, doc, offset FROM av EXCEPT SELECT term, doc, offset FROM uv))`).Scan(&differ)
	if err != nil {
		t.Fatal(err)
	}
	if n < 1000 || differ > 0 {
		t.Errorf("%d instances, %d cut otherwise by unicode61", n, differ)
	}
}

// next is the rune after r to check: every one below U+3000, where most
// scripts' letters and marks are, then every step-th.
func next(r, step rune) rune {
	if r < 0x3000 {
		return r + 1
	}
	return r + step
}
