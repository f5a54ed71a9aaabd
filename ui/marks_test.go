package ui

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	_ "modernc.org/sqlite"

	"github.com/kioskreader/kiosk/store/state"
)

// stuckState is a State whose writes wait until release is closed, as a
// database locked by another process makes them wait.
type stuckState struct {
	mu        sync.Mutex
	read      map[string]bool
	bookmarks map[string]bool
	release   chan struct{}
	fail      error // what every write returns, once released
	writes    int
}

func newStuckState() *stuckState {
	return &stuckState{read: map[string]bool{}, bookmarks: map[string]bool{}, release: make(chan struct{})}
}

func (s *stuckState) Read(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.read[id]
}

func (s *stuckState) Bookmarked(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bookmarks[id]
}

func (s *stuckState) SetRead(id string, on bool) error { return s.write(s.read, id, on) }

func (s *stuckState) SetBookmarked(id string, on bool) error { return s.write(s.bookmarks, id, on) }

func (s *stuckState) write(m map[string]bool, id string, on bool) error {
	<-s.release
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	if s.fail != nil {
		return s.fail
	}
	m[id] = on
	return nil
}

// asyncDriver runs commands on goroutines of their own, as Bubble Tea
// does, and collects their messages.
type asyncDriver struct {
	pending atomic.Int64 // commands still running; a WaitGroup cannot be
	out     chan tea.Msg // added to while a Wait of an earlier round waits
}

func newAsyncDriver() *asyncDriver { return &asyncDriver{out: make(chan tea.Msg, 10000)} }

func (d *asyncDriver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.pending.Add(1)
	go func() {
		defer d.pending.Add(-1) // after its message is in out
		switch msg := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				d.run(c)
			}
		default:
			d.out <- msg
		}
	}()
}

// update runs Update on a goroutine and fails if it does not return: a
// hang detector, not a speed test (the limit is far above any frame).
func (d *asyncDriver) update(t *testing.T, m *Model, msg tea.Msg) time.Duration {
	t.Helper()
	done := make(chan tea.Cmd, 1)
	start := time.Now()
	go func() { _, cmd := m.Update(msg); done <- cmd }()
	select {
	case cmd := <-done:
		d.run(cmd)
		return time.Since(start)
	case <-time.After(10 * time.Second):
		t.Fatalf("Update did not return on %v while the state's writes were stuck", msg)
	}
	return 0
}

// settle delivers every message until the commands are done.
func (d *asyncDriver) settle(t *testing.T, m *Model) {
	t.Helper()
	for {
		select {
		case msg := <-d.out:
			d.update(t, m, msg)
			continue
		case <-time.After(2 * time.Millisecond):
		}
		if d.pending.Load() == 0 && len(d.out) == 0 {
			return
		}
	}
}

var markKeys = []string{"enter", "m", "b", "tab", "tab", "tab", "j", "m", "b", "b", "]", "m", "j", "b", "k", "m", "B", "esc", "u", "u", "enter", "]"}

// pressStuck presses the keys while the writes are stuck: each is answered
// and the screen shows the marks at once.
func pressStuck(t *testing.T, m *Model, d *asyncDriver) time.Duration {
	var slowest time.Duration
	for _, k := range markKeys {
		before := m.marks.Read(m.reader.sum.ID)
		slowest = max(slowest, d.update(t, m, keyMsg(k)))
		if k == "m" && m.marks.Read(m.reader.sum.ID) == before {
			t.Fatalf("m did not change the screen's mark while the write was stuck")
		}
	}
	return slowest
}

func TestMarksDoNotWaitForWrites(t *testing.T) {
	st := newStuckState()
	m := newTestModel(t, 120, 40, Options{State: st})
	d := newAsyncDriver()
	pressStuck(t, m, d)
	if st.writes != 0 {
		t.Fatal("a write went through before release")
	}
	close(st.release)
	d.settle(t, m)
	if st.writes == 0 {
		t.Fatal("no write reached the state")
	}
	for _, id := range fixture().ids {
		if m.marks.Read(id) != st.read[id] || m.marks.Bookmarked(id) != st.bookmarks[id] {
			t.Errorf("%s: screen read=%v bookmark=%v, state read=%v bookmark=%v",
				id, m.marks.Read(id), m.marks.Bookmarked(id), st.read[id], st.bookmarks[id])
		}
	}
}

func TestFailedMarkWriteRollsBack(t *testing.T) {
	st := newStuckState()
	st.fail = errors.New("database is locked")
	close(st.release)
	m := newTestModel(t, 120, 40, Options{State: st})
	d := newAsyncDriver()
	d.update(t, m, keyMsg("b"))
	if !m.marks.Bookmarked("001_rubio") {
		t.Fatal("b did not show the bookmark at once")
	}
	d.settle(t, m)
	if m.marks.Bookmarked("001_rubio") || !m.statusErr || !strings.Contains(m.status.String(), "could not save the bookmark") {
		t.Errorf("after a failed write: bookmarked=%v status %q", m.marks.Bookmarked("001_rubio"), m.status)
	}
	d.update(t, m, keyMsg("enter")) // mark read on open fails too, and says so
	d.settle(t, m)
	if m.marks.Read("001_rubio") || !strings.Contains(m.status.String(), "could not save the read mark") {
		t.Errorf("after a failed mark read on open: read=%v status %q", m.marks.Read("001_rubio"), m.status)
	}
}

// TestMarksWhileStateDatabaseLocked holds the real state database's write
// lock from another connection for 3 s while keys are pressed.
func TestMarksWhileStateDatabaseLocked(t *testing.T) {
	if testing.Short() {
		t.Skip("holds a lock for 3 s")
	}
	dir := t.TempDir()
	st, warning, err := state.Open(dir)
	if err != nil || warning != "" {
		t.Fatalf("open state: %v %q", err, warning)
	}
	defer st.Close()
	folder := t.TempDir() // the articles' folder, whose marks these are
	marksOf := func(s *state.State) *state.Marks {
		fm, err := s.Folder(folder)
		if err != nil {
			t.Fatal(err)
		}
		return fm
	}
	fm := marksOf(st)
	other, err := sql.Open("sqlite", "file:"+filepath.Join(dir, state.FileName)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The write lock, as another kiosk writing holds it; no table named.
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	locked := time.Now()
	m := newTestModel(t, 120, 40, Options{State: fm})
	d := newAsyncDriver()
	// The lock goes only once every key was answered: Update waiting on
	// a write would never return (the driver's watchdog fails the test).
	slowest := pressStuck(t, m, d)
	for len(d.out) > 0 {
		// A write a newer one made useless answers at once without
		// writing (skipped); any other answer went through the lock.
		if msg, ok := (<-d.out).(markSavedMsg); ok && !msg.skipped {
			t.Fatalf("a write went through the lock: %+v", msg)
		}
	}
	time.Sleep(time.Until(locked.Add(3 * time.Second)))
	if _, err := conn.ExecContext(context.Background(), "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	t.Logf("slowest key while the state was locked: %v", slowest)
	d.settle(t, m)
	st.Close()
	again, _, err := state.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	disk := marksOf(again)
	for _, id := range fixture().ids {
		if m.marks.Read(id) != disk.Read(id) || m.marks.Bookmarked(id) != disk.Bookmarked(id) {
			t.Errorf("%s: screen read=%v bookmark=%v, on disk read=%v bookmark=%v",
				id, m.marks.Read(id), m.marks.Bookmarked(id), disk.Read(id), disk.Bookmarked(id))
		}
	}
}
