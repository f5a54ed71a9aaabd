package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// The tally comes from the index: the same answer through every cache, an
// unchanged folder answers Same at once, and a change is counted.
func TestPeopleFollowsTheIndex(t *testing.T) {
	dir := writeContractFolder(t)
	ctx := context.Background()
	for name, x := range openAll(t, dir) {
		if err := x.List(ctx, func([]Summary) {}, nil); err != nil {
			t.Fatal(err)
		}
		first, err := x.People(ctx, "")
		if err != nil || first.Folder == nil || first.Same || first.Stamp == "" {
			t.Fatalf("%s: first tally %+v, %v", name, first, err)
		}
		rubio := first.Folder.Lookup("Marco Rubio", "")
		if len(rubio) != 1 || first.Folder.Articles(rubio[0]) != 2 {
			t.Fatalf("%s: Marco Rubio in %v of %d articles", name, rubio, first.Folder.Len())
		}
		again, err := x.People(ctx, first.Stamp)
		if err != nil || !again.Same || again.Folder != nil || again.Stamp != first.Stamp {
			t.Fatalf("%s: an unchanged folder answered %+v, %v", name, again, err)
		}
		p := filepath.Join(dir, "g.txt")
		must(t, os.WriteFile(p, []byte("Rubio encore\n\nMarco Rubio parle encore de Hanoï.\n"), 0o644))
		x.update(ctx, []string{p})
		later, err := x.People(ctx, first.Stamp)
		if err != nil || later.Same || later.Stamp == first.Stamp {
			t.Fatalf("%s: a change answered %+v, %v", name, later, err)
		}
		if r := later.Folder.Lookup("marco rubio", ""); len(r) != 1 || later.Folder.Articles(r[0]) != 3 {
			t.Errorf("%s: the new article is not counted: %v", name, r)
		}
		must(t, os.Remove(p))
		x.update(ctx, []string{p})
	}
}
