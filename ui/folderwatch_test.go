package ui

import (
	"strings"
	"testing"
)

// TestFolderGoneAndBackOnScreen: when the watch loses the folder the status
// line says live updates stopped, and keeps saying it after other messages
// expire; when the folder is back it says so, and the folder's name returns.
func TestFolderGoneAndBackOnScreen(t *testing.T) {
	m := newTestModel(t, 120, 30, Options{Folder: "/news"})
	rows := allRows(&m.list)
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	status := func() string { lines := strings.Split(screenOf(t, m), "\n"); return lines[len(lines)-2] }
	drive(t, m, changeMsg{Removed: ids, Gone: true})
	if s := status(); !strings.Contains(s, "live updates stopped: folder gone") {
		t.Fatalf("folder gone, status line %q", s)
	}
	drive(t, m, keyMsg("s")) // another message, then it expires
	drive(t, m, clearStatusMsg{m.statusToken})
	if s := status(); !strings.Contains(s, "live updates stopped: folder gone") {
		t.Errorf("folder still gone, status line %q", s)
	}
	drive(t, m, changeMsg{Added: rows, Back: true})
	if s := status(); !strings.Contains(s, "following again") {
		t.Errorf("folder back, status line %q", s)
	}
	drive(t, m, clearStatusMsg{m.statusToken})
	if s := status(); strings.Contains(s, "live updates stopped") || !strings.Contains(s, "/news") || len(m.list.view) != len(rows) {
		t.Errorf("folder back, status line %q, %d rows of %d", s, len(m.list.view), len(rows))
	}
}
