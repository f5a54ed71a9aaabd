package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/synth"
)

// wholeQueries are cmd/kiosk's (search_ui_test.go), which checks that
// library.Search read Whole gives kiosk search's IDs over the same folder.
var wholeQueries = []string{
	"Mekong", "Meko", "kw007", "kw0077", `"Mekong Delta"`, "flooded -Hanoi", "Lavrov OR Guterres",
	"title:petrol", "lang:uk Mekong", "source:vnexpress.net", `actor:"Antonio Guterres"`,
	"tourists schools", "Zanthoria", "hospit", "Quillamire OR kw007",
}

// After enter the UI lists what kiosk search lists, in its order, over a
// real index; while typing, what the prefix reading finds.
func TestUIAfterEnterIsKioskSearch(t *testing.T) {
	dir := t.TempDir()
	if err := synth.Write(dir, 150, 1); err != nil {
		t.Fatal(err)
	}
	must(t, os.MkdirAll(filepath.Join(dir, "kw"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "kw", "a.txt"), []byte("Le titre\n\nRéférence kw0077 ici.\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "kw", "b.txt"), []byte("Autre titre\n\nRéférence kw007 là.\n"), 0o644))
	lib, _, err := library.Open(dir, t.TempDir())
	must(t, err)
	defer lib.Close()
	var rows []Summary
	must(t, lib.List(context.Background(), func(r []Summary) { rows = append(rows, r...) }, nil))

	m := New(Options{Library: lib, Style: "dark"})
	m.cancel()
	instant := func(d time.Duration, msg tea.Msg) tea.Cmd {
		if d >= time.Second {
			return nil
		}
		return func() tea.Msg { return msg }
	}
	m.after, m.reader.after = instant, instant
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 40}, batchMsg(rows), loadedMsg{})
	m.ctx = context.Background() // the searches run with the model's context

	differ := 0
	for _, q := range wholeQueries {
		press(t, m, "/")
		drive(t, m, promptKey("ctrl+u"))
		typeText(t, m, q)
		typing := shownIDs(m)
		press(t, m, "enter")
		want, err := lib.Search(context.Background(), q, library.Whole)
		must(t, err)
		if got := shownIDs(m); !slices.Equal(got, want.IDs) && !(len(got) == 0 && len(want.IDs) == 0) {
			t.Errorf("%s ⏎: the UI lists %d %v, kiosk search %d %v", q, len(got), first(got), len(want.IDs), first(want.IDs))
		}
		// Typing shows a first page (results_page.go): here every page is
		// ranked (few articles match), so it is the best of the prefix reading.
		tw, _ := lib.Search(context.Background(), q, library.Typing)
		if page := tw.IDs[:min(firstPage, len(tw.IDs))]; !slices.Equal(typing, page) && len(typing)+len(page) > 0 {
			t.Errorf("%s typed: the UI lists %d %v, the prefix reading's first %d %v", q, len(typing), first(typing), len(page), first(page))
		}
		if !slices.Equal(typing, shownIDs(m)) {
			differ++
		}
	}
	if differ < 2 {
		t.Errorf("typing and enter differ on %d queries: the test tells nothing of the modes", differ)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func first(ids []string) []string { return ids[:min(len(ids), 5)] }
