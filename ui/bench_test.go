package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// bigModel is a model holding n rows, drawn at 200x50.
func bigModel(b *testing.B, n int) *Model {
	m := newTestModel(b, 200, 50, Options{})
	rows := make([]Summary, n)
	for i := range rows {
		rows[i] = Summary{ID: fmt.Sprintf("%06d", i), File: fmt.Sprintf("%06d.txt", i),
			Title: fmt.Sprintf("Article %d about the province's weather and the government", i), Domain: "example.vn", Comments: i % 50}
	}
	m.list.add(rows, m.state)
	return m
}

// BenchmarkKeyDown100k is one j press and the frame after it with 100,000
// rows: the list draws only what is visible.
func BenchmarkKeyDown100k(b *testing.B) {
	m := bigModel(b, 100000)
	m.focus = listPane
	j := keyMsg("j")
	for b.Loop() {
		m.Update(j) // the reader's load waits for the cursor to rest: not run here
		_ = m.View()
	}
}

// BenchmarkSort100k is one press of s (a full re-sort) with 100,000 rows.
func BenchmarkSort100k(b *testing.B) {
	m := bigModel(b, 100000)
	for b.Loop() {
		m.Update(keyMsg("s"))
	}
}

// BenchmarkResize is a resize and the frame after it, renders cached.
func BenchmarkResize(b *testing.B) {
	m := newTestModel(b, 120, 40, Options{})
	sizes := []tea.WindowSizeMsg{{Width: 120, Height: 40}, {Width: 80, Height: 24}, {Width: 200, Height: 50}}
	for i := 0; b.Loop(); i++ {
		drive(b, m, sizes[i%len(sizes)])
		_ = m.View()
	}
}
