package ui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// Safe is text that may reach the terminal: only store/sanitize makes one.
// Every pane builds its text as Safe; paint styles it into a styled line.
type Safe = sanitize.Safe

// styled is a line on its way into the frame: Safe text through a style
// (paint, plain), a line of the renderer checked to hold no sequence but
// SGR (fromRenderer), or such lines cut and joined. A string variable does
// not convert to it implicitly, and no file but this one converts one
// explicitly (TestStyledOnlyFromSafe), so a raw file name, id, path, URL
// or error cannot reach the screen: the compiler refuses it.
type styled string

// paint styles safe text: the one step from Safe to the frame.
func paint(st lipgloss.Style, s Safe) styled { return styled(st.Render(s.String())) }

// plain is safe text without a style.
func plain(s Safe) styled { return styled(s.String()) }

// fromRenderer takes a line that kiosk's renderers made (ui/render's
// glamour or plain text, bubbles' help): SGR around sanitized text. It
// checks instead of trusting: a line holding anything else is shown as its
// cleaned text, unstyled.
func fromRenderer(s string) styled {
	if sgrOnly(s) {
		return styled(s)
	}
	return styled(sanitize.Line(ansi.Strip(s)))
}

// sgrOnly reports whether every escape in s starts an SGR (CSI … m with
// digits, ';' and ':' between) and the text between is terminal-safe.
func sgrOnly(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], 0x1b)
		if j < 0 {
			return sanitize.IsSafe(s[i:], false)
		}
		if !sanitize.IsSafe(s[i:i+j], false) {
			return false
		}
		i += j + 1
		if i >= len(s) || s[i] != '[' {
			return false
		}
		i++
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ';' || s[i] == ':') {
			i++
		}
		if i >= len(s) || s[i] != 'm' {
			return false
		}
		i++
	}
	return true
}

// fit cuts or pads a styled line to exactly width cells, so that panes set
// side by side line up and nothing wraps. CJK and emoji count as two cells.
func fit(s styled, width int) styled {
	return styled(fitString(string(s), width))
}

// fitSafe is fit for unstyled text.
func fitSafe(s Safe, width int) Safe {
	return sanitize.Wrap(fitString(s.String(), width))
}

func fitString(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		// A joiner left before the "…" makes terminals (tmux) draw the
		// two in one cell, one cell short of what was counted.
		s = strings.TrimRight(ansi.Truncate(s, width-1, ""), "\u200d") + "…"
		w = ansi.StringWidth(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// block fits lines into a width×height box: cut or padded on both axes.
func block(lines []styled, width, height int) []styled {
	out := make([]styled, height)
	for i := range out {
		var l styled
		if i < len(lines) {
			l = lines[i]
		}
		out[i] = fit(l, width)
	}
	return out
}

// thousands writes n with comma separators: 1,337.
func thousands(n int) Safe { return sanitize.SafeLine(commas(n)) }

func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + commas(-n)
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
