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
// at once (an override); the write to State runs in a command, one at a
// time and newest last, and once the newest write of a mark is answered the
// override goes: the State has the mark, or kept the old one on a failure.
// Update never waits on State's writes, so a database locked by another
// kiosk freezes nothing; State's reads must not wait on them either.
type marks struct {
	st        State
	overrides map[markKey]bool // marks whose newest write is not answered yet
	snapshot  map[markKey]bool // every mark, when State can list them
	seq       int
	gen       int // counts changes of what get answers
	w         *markWriter
}

// markWriter is shared with the write commands.
type markWriter struct {
	mu     sync.Mutex // guards latest; never held across a write
	latest map[markKey]int
	io     sync.Mutex // one write at a time, so that the newest lands last
}

// markSnapshot is a State that can list its marks by ID: the UI then reads
// its own copy and never calls State while drawing.
type markSnapshot interface {
	ReadSet() map[string]bool
	Bookmarks() map[string]bool
}

func newMarks(st State) *marks {
	mk := &marks{st: st, overrides: map[markKey]bool{}, w: &markWriter{latest: map[markKey]int{}}}
	if s, ok := st.(markSnapshot); ok {
		mk.snapshot = map[markKey]bool{}
		for id := range s.ReadSet() {
			mk.snapshot[markKey{readMark, id}] = true
		}
		for id := range s.Bookmarks() {
			mk.snapshot[markKey{bookmarkMark, id}] = true
		}
	}
	return mk
}

func (mk *marks) get(k markKey) bool {
	if v, ok := mk.overrides[k]; ok {
		return v
	}
	if mk.snapshot != nil {
		return mk.snapshot[k]
	}
	if k.kind == readMark {
		return mk.st.Read(k.id)
	}
	return mk.st.Bookmarked(k.id)
}

func (mk *marks) Read(id string) bool       { return mk.get(markKey{readMark, id}) }
func (mk *marks) Bookmarked(id string) bool { return mk.get(markKey{bookmarkMark, id}) }

// set shows the mark at once and returns the command that saves it; nil
// when the mark is already so.
func (mk *marks) set(k markKey, on bool) tea.Cmd {
	if mk.get(k) == on {
		return nil
	}
	seq := mk.override(k, on)
	w, st := mk.w, mk.st
	return func() tea.Msg {
		w.io.Lock()
		defer w.io.Unlock()
		return w.write(st, k, seq, on)
	}
}

// override shows the mark at once and notes its write as the newest.
func (mk *marks) override(k markKey, on bool) int {
	mk.overrides[k] = on
	mk.seq++
	mk.gen++
	seq, w := mk.seq, mk.w
	w.mu.Lock()
	w.latest[k] = seq
	w.mu.Unlock()
	return seq
}

// write saves one mark unless a newer write of it was asked for since.
// The caller holds w.io.
func (w *markWriter) write(st State, k markKey, seq int, on bool) markSavedMsg {
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

// marksSavedMsg answers setAll: one answer per mark written.
type marksSavedMsg []markSavedMsg

// setAll is set for many articles at once (A marks every shown article
// read): the screen changes at once and one command writes them all, in
// order, rather than a command per article; nil when none changes.
func (mk *marks) setAll(kind markKind, ids []string, on bool) tea.Cmd {
	type one struct {
		k   markKey
		seq int
	}
	var todo []one
	for _, id := range ids {
		if k := (markKey{kind, id}); mk.get(k) != on {
			todo = append(todo, one{k, mk.override(k, on)})
		}
	}
	if len(todo) == 0 {
		return nil
	}
	w, st := mk.w, mk.st
	return func() tea.Msg {
		w.io.Lock()
		defer w.io.Unlock()
		out := make(marksSavedMsg, len(todo))
		for i, t := range todo {
			out[i] = w.write(st, t.k, t.seq, on)
		}
		return out
	}
}

// saved takes a write's answer; it reports whether the screen's mark went
// back because the newest write of it failed.
func (mk *marks) saved(msg markSavedMsg) (rolledBack bool) {
	mk.w.mu.Lock()
	newest := mk.w.latest[msg.key] == msg.seq
	mk.w.mu.Unlock()
	if msg.skipped || !newest {
		return false // a newer write decides
	}
	if _, pending := mk.overrides[msg.key]; !pending {
		return false // answered already
	}
	delete(mk.overrides, msg.key)
	mk.gen++
	if msg.err == nil && mk.snapshot != nil {
		mk.snapshot[msg.key] = msg.on
	}
	return msg.err != nil && mk.get(msg.key) != msg.on
}
