package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// fit cuts or pads a styled line to exactly width cells, so that panes set
// side by side line up and nothing wraps. CJK and emoji count as two cells.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		s = ansi.Truncate(s, width, "…")
		w = ansi.StringWidth(s)
		if w > width { // "…" after a wide rune at a 1-cell width
			s = ansi.Truncate(s, width, "")
			w = ansi.StringWidth(s)
		}
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// block fits lines into a width×height box: cut or padded on both axes.
func block(lines []string, width, height int) []string {
	out := make([]string, height)
	for i := range out {
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		out[i] = fit(l, width)
	}
	return out
}

// thousands writes n with comma separators: 1,337.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// clamp keeps v within [lo, hi]; hi below lo gives lo.
func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}
