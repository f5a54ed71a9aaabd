package ui

import (
	"strings"
	"testing"
)

func statusOf(t *testing.T, m *Model) string {
	lines := strings.Split(screenOf(t, m), "\n")
	return lines[len(lines)-2]
}

// TestUnreadKeys: the counts, next unread, mark all shown read (asked
// twice), space at the end of an article, and reverse.
func TestUnreadKeys(t *testing.T) {
	m := newTestModel(t, 120, 30, Options{NoColor: true})
	if s := statusOf(t, m); !strings.Contains(s, "4 unread · 1/4") {
		t.Fatalf("status %q", s)
	}
	press(t, m, "enter") // reads 001
	if s := statusOf(t, m); !strings.Contains(s, "3 unread · 1/4") {
		t.Fatalf("after enter: %q", s)
	}
	press(t, m, ".")
	if selectedID(m) != "002_tokyo" || !m.marks.Read("002_tokyo") {
		t.Fatalf(". in the reader goes to %s, read %v", selectedID(m), m.marks.Read("002_tokyo"))
	}
	press(t, m, ",")
	if selectedID(m) != "004_longword" { // round the list: 001 and 002 are read
		t.Fatalf(", went to %s", selectedID(m))
	}
	// space pages, then at the end goes on to the next unread
	for i := 0; i < 20 && selectedID(m) == "004_longword"; i++ {
		press(t, m, "space")
	}
	if selectedID(m) != "003_nosource" {
		t.Fatalf("space at the end went to %s", selectedID(m))
	}
	press(t, m, "m") // 003 unread again
	press(t, m, "A")
	if m.list.unread == 0 || !strings.Contains(statusOf(t, m), "again") {
		t.Fatalf("A marked at once: %q", statusOf(t, m))
	}
	press(t, m, "j", "A") // another key in between asks again
	if m.list.unread == 0 {
		t.Fatal("A after j marked without asking")
	}
	press(t, m, "A")
	if m.list.unread != 0 || !strings.Contains(statusOf(t, m), "0 unread") {
		t.Fatalf("A A left %d unread: %q", m.list.unread, statusOf(t, m))
	}
	press(t, m, ".")
	if !strings.Contains(statusOf(t, m), "nothing else unread") {
		t.Errorf(". with nothing unread: %q", statusOf(t, m))
	}
	press(t, m, "esc", "g", "r")
	if selectedID(m) != "001_rubio" || m.list.row(m.list.view[0]).ID != "004_longword" {
		t.Errorf("r: first row %s, selected %s", m.list.row(m.list.view[0]).ID, selectedID(m))
	}
	if !strings.Contains(m.list.header().String(), "reversed") {
		t.Errorf("header %q", m.list.header())
	}
}
