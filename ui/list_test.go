package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/library"
)

// allRows is every row of the list, by name.
func allRows(l *listModel) []Summary {
	var out []Summary
	for _, i := range l.tab.Order(library.ByName) {
		out = append(out, l.row(i))
	}
	return out
}

// TestWindowThenRows: the first rows a library.Lister sends are shown in
// the order the whole list opens in (as it says of the whole list, not as
// the few rows say), and the whole list replaces them with the cursor on
// the same article.
func TestWindowThenRows(t *testing.T) {
	m := New(Options{Library: fixture(), Style: "dark"})
	m.cancel() // no library goroutines: the test feeds the messages
	m.after, m.reader.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }, func(time.Duration, tea.Msg) tea.Cmd { return nil }
	drive(t, m, tea.WindowSizeMsg{Width: 120, Height: 30})
	all := fixture().rows()
	// 001_rubio and 002_tokyo state a date; the library says most do.
	drive(t, m, rowsMsg{Window: all[:2], Stated: 3, Of: 4})
	if m.list.order != byDate || len(m.list.view) != 2 || selectedID(m) != "001_rubio" {
		t.Fatalf("window: order %v, %d rows, selected %s", m.list.order, len(m.list.view), selectedID(m))
	}
	press(t, m, "j")
	drive(t, m, rowsMsg{Rows: library.RowsOf("/tmp", all)}, loadedMsg{})
	// The whole list: two of four dated, so by name; the cursor stays on
	// the article it was on.
	if m.list.order != byName || len(m.list.view) != 4 || selectedID(m) != "002_tokyo" {
		t.Errorf("rows: order %v, %d rows, selected %s", m.list.order, len(m.list.view), selectedID(m))
	}
	// Not moved from the top of the first rows: the top of the whole list.
	drive(t, m, rowsMsg{Window: all[2:], Stated: 0, Of: 4})
	press(t, m, "g")
	drive(t, m, rowsMsg{Rows: library.RowsOf("/tmp", all)})
	if selectedID(m) != "001_rubio" {
		t.Errorf("rows after the window's top: selected %s", selectedID(m))
	}
}
