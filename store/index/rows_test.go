package index

import (
	"context"
	"strings"
	"testing"
)

// TestFirstScreenLookups: what the list's first screen asks without
// reading every row (Empty, OneFolder, FirstByPath, StatedShare) answers
// as the rows do: a flat folder's paths sort as its names, a folder of
// subfolders' do not, and the share of dates is counted.
func TestFirstScreenLookups(t *testing.T) {
	ctx := context.Background()
	empty := openFresh(t, folder(t, map[string]string{}))
	if e, err := empty.Empty(ctx); err != nil || !e {
		t.Fatalf("an empty index: Empty %v, %v", e, err)
	}
	if s, of, err := empty.StatedShare(ctx); err != nil || s != 0 || of != 0 {
		t.Fatalf("an empty index: StatedShare %d of %d, %v", s, of, err)
	}
	flat := openFresh(t, folder(t, map[string]string{
		"b.txt": "Bê\n\nUn texte.\n", "a.txt": "A\n\nUn texte.\n", "c.txt": "C\n\nUn texte.\n",
	}))
	nested := openFresh(t, folder(t, map[string]string{
		"z.txt": "Z\n\nUn texte.\n", "sub/a.txt": "A\n\nUn texte.\n", "b.txt": "B\n\nUn texte.\n",
	}))
	for _, c := range []struct {
		ix   *Index
		one  bool
		path string
	}{{flat, true, "a b c"}, {nested, false, "b sub/a z"}} {
		if e, err := c.ix.Empty(ctx); err != nil || e {
			t.Fatalf("Empty %v, %v", e, err)
		}
		one, err := c.ix.OneFolder(ctx)
		if err != nil || one != c.one {
			t.Errorf("OneFolder %v, want %v (%v)", one, c.one, err)
		}
		first, err := c.ix.FirstByPath(ctx, 10)
		var ids []string
		for _, s := range first {
			ids = append(ids, s.ID)
		}
		if err != nil || strings.Join(ids, " ") != c.path || first[0].Title == "" {
			t.Errorf("FirstByPath %q, want %q (%v)", ids, c.path, err)
		}
		if s, of, err := c.ix.StatedShare(ctx); err != nil || of != 3 || s != 0 {
			t.Errorf("StatedShare %d of %d, %v", s, of, err)
		}
	}
}
