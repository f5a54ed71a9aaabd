package state

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// The UI marks from tea.Cmd goroutines while View reads: many writers and
// readers at once end with memory and disk agreeing (run under -race).
func TestConcurrentMarks(t *testing.T) {
	dir := t.TempDir()
	news := mkFolder(t, filepath.Join(t.TempDir(), "news"))
	s, _ := open(t, dir)
	m := folder(t, s, news)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range 25 {
				rel := fmt.Sprintf("%d.txt", i%10)
				var err error
				if w%2 == 0 {
					err = m.SetRead(rel, i%3 != 0)
				} else {
					err = m.SetBookmarked(rel, i%2 == 0)
				}
				if err != nil {
					t.Error(err)
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := range 500 {
				m.Read(fmt.Sprintf("%d.txt", i%10))
				m.Bookmarked(fmt.Sprintf("%d.txt", i%10))
			}
		}()
	}
	wg.Wait()
	read, marks := m.ReadSet(), m.Bookmarks()
	s.Close()
	s, _ = open(t, dir)
	m = folder(t, s, news)
	if fmt.Sprint(m.ReadSet()) != fmt.Sprint(read) || fmt.Sprint(m.Bookmarks()) != fmt.Sprint(marks) {
		t.Errorf("disk %v %v, memory %v %v", m.ReadSet(), m.Bookmarks(), read, marks)
	}
}

// A write waiting for another process's lock blocks no reader: View keeps
// drawing marks while a mark is being saved.
func TestReadersDoNotWaitForWrites(t *testing.T) {
	dir := t.TempDir()
	news := mkFolder(t, filepath.Join(t.TempDir(), "news"))
	s, _ := open(t, dir)
	m := folder(t, s, news)
	must(t, m.SetRead("old.txt", true))

	other := sqliteDB(t, filepath.Join(dir, FileName))
	tx, err := other.Begin() // immediate: holds the write lock
	must(t, err)
	_, err = tx.Exec("UPDATE folders SET path=path")
	must(t, err)
	done := make(chan error, 1)
	go func() { done <- m.SetBookmarked("new.txt", true) }()
	time.Sleep(100 * time.Millisecond) // let the write reach the lock
	if !m.Read("old.txt") || m.Bookmarked("new.txt") {
		t.Error("marks read during a waiting write are wrong")
	}
	select {
	case err := <-done:
		t.Fatalf("the write returned (%v) while another process held the lock", err)
	default:
	}
	must(t, tx.Rollback())
	must(t, <-done)
	if !m.Bookmarked("new.txt") {
		t.Error("the bookmark saved is not shown")
	}
}

// A write that fails returns its error and leaves the mark as it was.
func TestFailedWriteChangesNothing(t *testing.T) {
	s, _ := open(t, t.TempDir())
	m := folder(t, s, mkFolder(t, filepath.Join(t.TempDir(), "news")))
	must(t, m.SetRead("a.txt", true))
	s.db.Close() // every later write fails
	if err := m.SetRead("a.txt", false); err == nil {
		t.Error("a failed write returned no error")
	}
	if err := m.SetBookmarked("b.txt", true); err == nil {
		t.Error("a failed write returned no error")
	}
	if !m.Read("a.txt") || m.Bookmarked("b.txt") {
		t.Error("a failed write changed the marks shown")
	}
}
