package actors

import (
	"strings"
	"testing"
	"time"
)

// A paragraph of nothing but capitalized words is read in time linear in
// its length: the steps that read a run cost its length squared, so a run
// is cut at maxRunWords. Before the cut, 60 KB of "Hà Nội " took 4 s and
// 600 KB would have taken minutes; the minute allowed here only catches
// that, it times nothing.
func TestLongCapitalRunIsLinear(t *testing.T) {
	for _, w := range []string{"Hà Nội ", "Lundi ", "Monday "} {
		text := strings.Repeat(w, 600_000/len(w))
		done := make(chan []Actor, 1)
		go func() { done <- Extract(Input{Lang: "vi", Paragraphs: []string{text}}) }()
		select {
		case <-done:
		case <-time.After(time.Minute):
			t.Fatalf("%q × %d KB: no answer after a minute", w, len(text)/1000)
		}
	}
}

// No run the scanner reads is longer than maxRunWords.
func TestRunEndIsBounded(t *testing.T) {
	var s scanner
	s.toks = tokenizeInto(nil, strings.Repeat("Lundi ", 100))
	for i := 0; i < len(s.toks); {
		j := s.runEnd(i)
		if j-i > maxRunWords {
			t.Fatalf("run %d..%d: %d words", i, j, j-i)
		}
		if j == i {
			j++
		}
		i = j
	}
}
