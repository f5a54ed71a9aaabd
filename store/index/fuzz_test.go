package index

import (
	"context"
	"errors"
	"testing"
)

// FuzzQuery: any input parses without panic, and the MATCH expression it
// gives never makes SQLite fail.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"ukraine", `"marco rubio"`, "négoc*", "-russie ukraine", "title:typhon", "source:reuters.com",
		"lang:fr", `actor:"Marco Rubio"`, `"unbalanced`, "-", "*", "NEAR(", "ukraine OR", "title:",
		`a OR b -c "d e"* f*`, "\x00\"*", "l'Ukraine", "Đồng Nai", `"" "" ""`, "--x", "title:-x",
	} {
		f.Add(s)
	}
	ix := openFresh(f, folder(f, fixtures))
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrEmptyQuery) && !errors.Is(err, ErrOnlyExcluded) && !errors.Is(err, ErrLongQuery) {
				t.Fatalf("ParseQuery(%q): unexpected error %v", s, err)
			}
			return
		}
		for _, mode := range []Mode{Quick, Ranked} {
			if _, err := ix.Search(context.Background(), q, mode, 5); err != nil {
				t.Fatalf("Search(%q) as %s: %v", s, q.Match(), err)
			}
		}
	})
}
