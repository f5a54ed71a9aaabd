// Package chart draws counts in terminal cells: a sparkline in one row, and
// horizontal bars with a label and a count. It is pure (text in, text out)
// so that the command line and the TUI draw the same pictures, and a test
// can compare them with golden files.
//
// Unicode block elements give eight levels in a cell; under TERM=dumb or
// NO_COLOR, when the terminal may not have them, plain ASCII does.
package chart

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Style chooses the characters.
type Style struct {
	ASCII bool
}

// StyleFor is the style for an environment: ASCII when TERM is dumb or
// NO_COLOR is set (to anything, as no-color.org says).
func StyleFor(getenv func(string) string) Style {
	return Style{ASCII: getenv("TERM") == "dumb" || getenv("NO_COLOR") != ""}
}

var (
	sparkBlocks = []rune(" ▁▂▃▄▅▆▇█")
	sparkASCII  = []rune(" .,-=+*#@")
	// eighths of a cell, for the end of a bar
	barEighths = []rune(" ▏▎▍▌▋▊▉█")
)

// Spark draws values in at most width cells, one level in eight per cell
// (zero is a blank cell, any count above zero at least the lowest mark).
// More values than cells are summed into width runs of consecutive values.
func Spark(values []int, width int, s Style) string {
	values = Fit(values, width)
	levels := sparkBlocks
	if s.ASCII {
		levels = sparkASCII
	}
	top := maxOf(values)
	var b strings.Builder
	for _, v := range values {
		b.WriteRune(levels[level(v, top, len(levels)-1)])
	}
	return b.String()
}

// level maps v in 0..top to 0..n: 0 only for v <= 0, n for top, any count
// above zero at least 1.
func level(v, top, n int) int {
	if v <= 0 || top <= 0 {
		return 0
	}
	return min(n, max(1, (v*n+top-1)/top))
}

// Fit sums values into runs of equal length (the last may be shorter), as
// few as fit in width cells: runs of unequal length would draw a steady
// count as a comb.
func Fit(values []int, width int) []int {
	if width <= 0 {
		return nil
	}
	if len(values) <= width {
		return values
	}
	run := (len(values) + width - 1) / width
	out := make([]int, (len(values)+run-1)/run)
	for i, v := range values {
		out[i/run] += v
	}
	return out
}

// Bars draws one line per value: the label left-aligned in the widest
// label's cells, a bar scaled so that the largest value fills what is left
// of width, and the count. Labels are cut to fit when they must.
func Bars(labels []string, values []int, width int, s Style) []string {
	labelW := 0
	for _, l := range labels {
		labelW = max(labelW, utf8.RuneCountInString(l))
	}
	numW := len(fmt.Sprint(maxOf(values)))
	labelW = min(labelW, max(0, width/3))
	barW := max(1, width-labelW-numW-2)
	top := maxOf(values)
	out := make([]string, len(values))
	for i, v := range values {
		label := ""
		if i < len(labels) {
			label = cut(labels[i], labelW)
		}
		// fmt pads by runes: one cell each in the scripts of the news
		out[i] = fmt.Sprintf("%-*s %s %*d", labelW, label, bar(v, top, barW, s), numW, v)
	}
	return out
}

// bar is v/top of width cells, in eighths of a cell, padded to width.
func bar(v, top, width int, s Style) string {
	eighths := 0
	if top > 0 && v > 0 {
		eighths = max(1, v*width*8/top)
	}
	var b strings.Builder
	full, part := eighths/8, eighths%8
	if s.ASCII {
		if part >= 4 {
			full++
		}
		if full == 0 && v > 0 {
			full = 1
		}
		b.WriteString(strings.Repeat("#", full))
		b.WriteString(strings.Repeat(" ", width-full))
		return b.String()
	}
	b.WriteString(strings.Repeat("█", full))
	n := full
	if part > 0 {
		b.WriteRune(barEighths[part])
		n++
	}
	b.WriteString(strings.Repeat(" ", width-n))
	return b.String()
}

// cut shortens s to n runes, ending it with "…" when cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func maxOf(values []int) int {
	m := 0
	for _, v := range values {
		m = max(m, v)
	}
	return m
}
