package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// View draws the whole screen: exactly height lines of exactly width cells.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

func (m *Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	l := m.layout()
	if l.small {
		msg := "window too small"
		if m.width < len(msg) {
			msg = "too small"
		}
		return fit(msg, m.width)
	}
	rows := make([]string, l.bodyH)
	if m.showHelp {
		rows = block(m.helpLines(), m.width, l.bodyH)
	} else if m.people.open {
		rows = block(m.peopleLines(), m.width, l.bodyH)
	} else {
		m.paste(rows, l.list, m.listLines(l.list))
		m.paste(rows, l.reader, m.readerLines(l))
		m.paste(rows, l.panels, m.panelLines(l.panels))
	}
	rows = append(rows, m.statusLine(), fit(m.help.ShortHelpView(m.keys.ShortHelp()), m.width))
	return strings.Join(rows, "\n")
}

// paste puts a pane's lines into its rect, with a separator on its left
// when another pane is there.
func (m *Model) paste(rows []string, r rect, lines []string) {
	if r.w <= 0 {
		return
	}
	b := block(lines, r.w, r.h)
	sep := ""
	if r.x > 0 {
		sep = m.styles.separator.Render("│")
	}
	for i := range b {
		rows[r.y+i] += sep + b[i]
	}
}

func (m *Model) paneHeader(title string, p pane, width int) string {
	st := m.styles.header
	if m.focus == p {
		st = m.styles.focus
	}
	return st.Render(fit(" "+title, width))
}

func (m *Model) listLines(r rect) []string {
	if r.w <= 0 {
		return nil
	}
	return append([]string{m.paneHeader(m.list.header(), listPane, r.w)},
		m.list.rows(r.w, m.marks, m.styles, m.focus == listPane)...)
}

func (m *Model) readerLines(l screen) []string {
	r := l.reader
	if r.w <= 0 {
		return nil
	}
	out := []string{m.paneHeader(m.reader.header(), readerPane, r.w)}
	if l.inline {
		out = append(out, block(m.panels.summary(r.w, m.styles), r.w, inlineLines)...)
	}
	return append(out, m.reader.body(m.styles, m.list.emptyHint())...)
}

func (m *Model) panelLines(r rect) []string {
	if r.w <= 0 {
		return nil
	}
	return append([]string{m.paneHeader("Details", panelsPane, r.w)},
		m.panels.lines(r.w, m.styles, m.focus == panelsPane)...)
}

// statusLine is the search prompt while it is open, else the message or the
// loading progress on the left and the list position on the right.
func (m *Model) statusLine() string {
	right := " " + m.list.position() + " "
	if m.search.active {
		left := "/ " + m.search.input.String() + "█"
		if m.search.busy {
			right = " searching… "
		} else if m.list.results != nil {
			right = " " + plural(m.list.results.total, "match", "matches") + " "
		}
		return m.leftRight(m.styles.accent.Render(left), right)
	}
	var left string
	switch {
	case m.status != "" && m.statusErr:
		left = m.styles.err.Render(m.status)
	case m.status != "":
		left = m.styles.status.Render(m.status)
	case m.loading:
		left = m.progress()
	case m.search.busy:
		left = m.styles.status.Render("searching…")
	default:
		left = m.styles.dim.Render(sanitize.Line(m.opts.Folder))
	}
	return m.leftRight(" "+left, m.styles.status.Render(right))
}

// leftRight puts right at the end of the line and left in the rest.
func (m *Model) leftRight(left, right string) string {
	rw := ansi.StringWidth(right)
	if rw >= m.width {
		return fit(left, m.width)
	}
	return fit(left, m.width-rw) + right
}

// progress is the loading bar: "reading 1,234 of 5,678 ▕███░░░▏".
func (m *Model) progress() string {
	if m.total <= 0 {
		return m.styles.status.Render("reading the folder…")
	}
	text := "reading " + thousands(m.done) + " of " + thousands(m.total) + " "
	const barW = 20
	filled := clamp(m.done*barW/m.total, 0, barW)
	return m.styles.status.Render(text) + m.styles.bar.Render(strings.Repeat("█", filled)) +
		m.styles.dim.Render(strings.Repeat("░", barW-filled))
}

// helpLines is the overlay on '?'.
func (m *Model) helpLines() []string {
	h := m.help
	h.ShowAll = true
	out := []string{m.styles.title.Render(" kiosk · keys"), ""}
	for _, l := range strings.Split(h.FullHelpView(m.keys.FullHelp()), "\n") {
		out = append(out, " "+l)
	}
	return append(out, "", m.styles.dim.Render(" mouse: the wheel scrolls the pane under it, a click selects a row"),
		m.styles.dim.Render(" press ? or esc to close"))
}
