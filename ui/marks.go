package ui

import (
	"sync"

	tea "charm.land/bubbletea/v2"
)

// markReader is what drawing and filtering need of the marks.
type markReader interface {
	Read(id string) bool
	Bookmarked(id string) bool
}

// markKind is which of the two marks.
type markKind int

const (
	readMark markKind = iota
	bookmarkMark
)

type markKey struct {
	kind markKind
	id   string
}

// markSavedMsg answers a write of a mark. seq tells whether a newer write
// of the same mark was asked for since; skipped says the newer one made
// this write useless, so it was not made.
type markSavedMsg struct {
	key     markKey
	seq     int
	on      bool
	skipped bool
	err     error
}

// marks is the reader's marks as the screen shows them. The screen changes
// at once; the write to State runs in a command, one at a time and newest
// last, and a failed write puts back what the disk holds. Update never
// waits on State's writes: a database locked by another kiosk freezes
// nothing.
type marks struct {
	st       State
	known    map[markKey]bool // values the screen shows
	complete bool             // known holds every mark: absent is false
	disk     map[markKey]bool // last value the State acknowledged
	seq      int
	w        *markWriter
}

// markWriter is shared with the write commands.
type markWriter struct {
	mu     sync.Mutex // guards latest; never held across a write
	latest map[markKey]int
	io     sync.Mutex // one write at a time, so that the newest lands last
}

// markSnapshot is a State that can list its marks (store/state can): the
// UI then never asks the State while drawing.
type markSnapshot interface {
	ReadSet() map[string]bool
	Bookmarks() map[string]bool
}

func newMarks(st State) *marks {
	mk := &marks{st: st, known: map[markKey]bool{}, disk: map[markKey]bool{}, w: &markWriter{latest: map[markKey]int{}}}
	if s, ok := st.(markSnapshot); ok {
		for id := range s.ReadSet() {
			mk.known[markKey{readMark, id}] = true
		}
		for id := range s.Bookmarks() {
			mk.known[markKey{bookmarkMark, id}] = true
		}
		mk.complete = true
	}
	return mk
}

func (mk *marks) get(k markKey) bool {
	if v, ok := mk.known[k]; ok || mk.complete {
		return v
	}
	// An in-memory State without a snapshot: asking it is quick.
	var v bool
	if k.kind == readMark {
		v = mk.st.Read(k.id)
	} else {
		v = mk.st.Bookmarked(k.id)
	}
	mk.known[k] = v
	return v
}

func (mk *marks) Read(id string) bool       { return mk.get(markKey{readMark, id}) }
func (mk *marks) Bookmarked(id string) bool { return mk.get(markKey{bookmarkMark, id}) }

// set shows the mark at once and returns the command that saves it; nil
// when the mark is already so.
func (mk *marks) set(k markKey, on bool) tea.Cmd {
	old := mk.get(k)
	if old == on {
		return nil
	}
	if _, ok := mk.disk[k]; !ok {
		mk.disk[k] = old
	}
	mk.known[k] = on
	mk.seq++
	seq, w, st := mk.seq, mk.w, mk.st
	w.mu.Lock()
	w.latest[k] = seq
	w.mu.Unlock()
	return func() tea.Msg {
		w.io.Lock()
		defer w.io.Unlock()
		w.mu.Lock()
		stale := w.latest[k] != seq
		w.mu.Unlock()
		if stale {
			return markSavedMsg{key: k, seq: seq, on: on, skipped: true}
		}
		var err error
		if k.kind == readMark {
			err = st.SetRead(k.id, on)
		} else {
			err = st.SetBookmarked(k.id, on)
		}
		return markSavedMsg{key: k, seq: seq, on: on, err: err}
	}
}

// saved takes a write's answer; it reports whether the screen's mark went
// back to the disk's because the newest write of it failed.
func (mk *marks) saved(msg markSavedMsg) (rolledBack bool) {
	if msg.skipped {
		return false
	}
	if msg.err == nil {
		mk.disk[msg.key] = msg.on
		return false
	}
	mk.w.mu.Lock()
	newest := mk.w.latest[msg.key] == msg.seq
	mk.w.mu.Unlock()
	if !newest {
		return false // a newer write decides
	}
	back := mk.disk[msg.key]
	if mk.known[msg.key] == back {
		return false
	}
	mk.known[msg.key] = back
	return true
}
