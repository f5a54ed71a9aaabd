package library

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/kioskreader/kiosk/store/state"
)

func openMarks(t *testing.T, stateDir string, x *Indexed) State {
	t.Helper()
	st, _, err := state.Open(stateDir)
	must(t, err)
	t.Cleanup(func() { st.Close() })
	m, err := st.Folder(x.ix.Dir())
	must(t, err)
	return x.Marks(m)
}

// Marks go by the ID the UI holds to the article's path in its folder:
// a copy of the folder does not share them, a nested and a linked article
// keep theirs, and a mark asked for an unknown ID is an error, not a
// silent no-op.
func TestMarksByArticle(t *testing.T) {
	f1 := writeContractFolder(t)
	f2 := writeContractFolder(t)
	stateDir := t.TempDir()
	x1, _, err := Open(f1, t.TempDir())
	must(t, err)
	defer x1.Close()
	x2, _, err := Open(f2, t.TempDir())
	must(t, err)
	defer x2.Close()
	m1, m2 := openMarks(t, stateDir, x1), openMarks(t, stateDir, x2)
	listAll(t, x1)
	listAll(t, x2)
	for _, id := range []string{"a", "c", "e"} { // top, sub/, deep/
		must(t, m1.SetRead(id, true))
	}
	must(t, m1.SetBookmarked("d", true))
	for _, id := range []string{"a", "c", "e"} {
		if !m1.Read(id) || m2.Read(id) {
			t.Errorf("%s: read in f1 %v, in f2 %v", id, m1.Read(id), m2.Read(id))
		}
	}
	if !m1.Bookmarked("d") || m2.Bookmarked("d") || m1.Read("b") {
		t.Error("bookmarks leak or appear")
	}
	if err := m1.SetRead("nope", true); err == nil {
		t.Error("marking an unknown article said nothing")
	}
	// Reindexing changes nothing: marks are not kept in the index.
	if _, err := x1.ix.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	listAll(t, x1)
	if !m1.Read("a") || !m1.Read("e") || !m1.Bookmarked("d") {
		t.Error("marks lost by a rebuild of the index")
	}

	// On disk, by path in the folder.
	st, _, err := state.Open(stateDir)
	must(t, err)
	defer st.Close()
	fm, err := st.Folder(f1)
	must(t, err)
	for _, rel := range []string{"a.txt", "sub/c.txt", "deep/e.txt"} {
		if !fm.Read(rel) {
			t.Errorf("%s not marked read on disk: %v", rel, fm.ReadSet())
		}
	}
}

// Marks an older kiosk kept by bare name reach nested articles once the
// library has listed the folder.
func TestLegacyMarksAdoptedOnList(t *testing.T) {
	dir := writeContractFolder(t)
	stateDir := t.TempDir()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(stateDir, state.FileName))
	must(t, err)
	_, err = db.Exec(`CREATE TABLE marks(id TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
		bookmark INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL) WITHOUT ROWID;
		INSERT INTO marks VALUES('c', 1, 0, 1), ('e', 0, 1, 1); PRAGMA user_version=1`)
	must(t, err)
	db.Close()
	x, _, err := Open(dir, t.TempDir())
	must(t, err)
	defer x.Close()
	m := openMarks(t, stateDir, x)
	must(t, x.List(context.Background(), func([]Summary) {}, func(int, int) {}))
	if !m.Read("c") || !m.Bookmarked("e") {
		t.Errorf("legacy marks not adopted: c read %v, e bookmarked %v", m.Read("c"), m.Bookmarked("e"))
	}
	if _, err := os.Stat(filepath.Join(stateDir, state.FileName)); err != nil {
		t.Fatal(err)
	}
}
