package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestFitStringCuts: a cut line is exactly as wide as asked, ends in "…",
// and never leaves a joiner before the "…" (tmux draws the two in one cell).
func TestFitStringCuts(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  string
	}{
		{"abcdefgh", 5, "abcd…"},
		{"ab", 4, "ab  "},
		{"日本語日本語", 5, "日本…"},
		{"日本語日本語", 4, "日… "},
		{"ab\u200dcdef", 3, "ab…"},
		{"👩\u200d👩\u200d👧 family", 3, "👩\u200d👩\u200d👧…"},
		{"abc", 1, "…"},
		{"abcd", 1, "…"},
	}
	for _, c := range cases {
		got := fitString(c.in, c.width)
		if got != c.want {
			t.Errorf("fitString(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
		if w := ansi.StringWidth(got); w != c.width {
			t.Errorf("fitString(%q, %d) is %d cells wide", c.in, c.width, w)
		}
		if strings.Contains(got, "\u200d…") {
			t.Errorf("fitString(%q, %d) = %q leaves a joiner before the cut", c.in, c.width, got)
		}
	}
}
