package library

import (
	"slices"
	"sync"
)

// MemoryState is a State that forgets everything on exit; the UI uses it when
// no persistent state is given.
type MemoryState struct {
	mu        sync.Mutex
	read      map[string]bool
	bookmarks map[string]bool
	queries   []string
}

// NewMemoryState returns an empty MemoryState.
func NewMemoryState() *MemoryState {
	return &MemoryState{read: map[string]bool{}, bookmarks: map[string]bool{}}
}

func (m *MemoryState) Read(id string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.read[id]
}

func (m *MemoryState) SetRead(id string, read bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	set(m.read, id, read)
	return nil
}

func (m *MemoryState) Bookmarked(id string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.bookmarks[id]
}

func (m *MemoryState) SetBookmarked(id string, on bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	set(m.bookmarks, id, on)
	return nil
}

func set(m map[string]bool, id string, on bool) {
	if on {
		m[id] = true
	} else {
		delete(m, id)
	}
}

// Queries is the search history of this run, oldest first.
func (m *MemoryState) Queries() ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.queries...), nil
}

// AddQuery puts q last in the history, once.
func (m *MemoryState) AddQuery(q string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.queries = slices.DeleteFunc(m.queries, func(s string) bool { return s == q })
	m.queries = append(m.queries, q)
	return nil
}
