package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"github.com/kioskreader/kiosk/ui/render"
)

// styles are the colors of one theme. With NO_COLOR every style is plain but
// for bold, reverse and underline, which carry meaning without color.
type styles struct {
	glamour   string // render.Dark, render.Light or render.NoTTY
	title     lipgloss.Style
	focus     lipgloss.Style // the focused pane's header
	header    lipgloss.Style // other pane headers
	selected  lipgloss.Style // the list cursor
	dim       lipgloss.Style
	unread    lipgloss.Style
	accent    lipgloss.Style
	match     lipgloss.Style // search matches in the reader
	status    lipgloss.Style
	err       lipgloss.Style
	separator lipgloss.Style
	bar       lipgloss.Style
}

func newStyles(dark, noColor bool) styles {
	s := lipgloss.NewStyle()
	g := render.Light
	if dark {
		g = render.Dark
	}
	if noColor {
		// glamour keeps its dark or light style: Bubble Tea's color profile
		// drops the colors under NO_COLOR and keeps bold and italics, where
		// the notty style would show Markdown marks.
		return styles{
			glamour: g, title: s.Bold(true), focus: s.Bold(true).Reverse(true),
			header: s.Bold(true), selected: s.Reverse(true), dim: s, unread: s.Bold(true),
			accent: s.Bold(true), match: s.Reverse(true), status: s, err: s.Bold(true),
			separator: s, bar: s,
		}
	}
	ld := lipgloss.LightDark(dark)
	pick := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	accent := pick("#5A56E0", "#7D79F6")
	return styles{
		glamour:   g,
		title:     s.Bold(true).Foreground(accent),
		focus:     s.Bold(true).Foreground(lipgloss.Color("#FFFDF5")).Background(accent),
		header:    s.Bold(true).Foreground(pick("#555555", "#BBBBBB")).Background(pick("#E4E4E4", "#3A3A3A")),
		selected:  s.Foreground(pick("#1A1A1A", "#FFFDF5")).Background(pick("#D0CEFF", "#4B4880")),
		dim:       s.Foreground(pick("#8A8A8A", "#7A7A7A")),
		unread:    s.Bold(true).Foreground(accent),
		accent:    s.Foreground(accent),
		match:     s.Foreground(lipgloss.Color("#1A1A1A")).Background(lipgloss.Color("#F5D76E")),
		status:    s.Foreground(pick("#555555", "#BBBBBB")),
		err:       s.Bold(true).Foreground(pick("#C0392B", "#FF6F61")),
		separator: s.Foreground(pick("#CCCCCC", "#444444")),
		bar:       s.Foreground(accent),
	}
}
