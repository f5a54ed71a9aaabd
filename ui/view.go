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
		msg := sanitize.Lit("window too small")
		if m.width < msg.Len() {
			msg = sanitize.Lit("too small")
		}
		return string(fit(plain(msg), m.width))
	}
	rows := make([]styled, l.bodyH)
	if m.showHelp {
		rows = block(m.helpLines(l.bodyH), m.width, l.bodyH)
	} else {
		m.paste(rows, l.list, m.listLines(l.list))
		m.paste(rows, l.reader, m.readerLines(l))
		m.paste(rows, l.panels, m.panelLines(l.panels))
	}
	rows = append(rows, m.statusLine(), m.shortHelp())
	return frame(rows)
}

// frame joins the screen's lines: the one place styled text becomes the
// string Bubble Tea writes.
func frame(rows []styled) string {
	n := len(rows)
	for _, r := range rows {
		n += len(r)
	}
	var b strings.Builder
	b.Grow(n)
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// paste puts a pane's lines into its rect, with a separator on its left
// when another pane is there.
func (m *Model) paste(rows []styled, r rect, lines []styled) {
	if r.w <= 0 {
		return
	}
	b := block(lines, r.w, r.h)
	var sep styled
	if r.x > 0 {
		sep = paint(m.styles.separator, sanitize.Lit("│"))
	}
	for i := range b {
		rows[r.y+i] += sep + b[i]
	}
}

func (m *Model) paneHeader(title Safe, p pane, width int) styled {
	st := m.styles.header
	if m.focus == p {
		st = m.styles.focus
	}
	return paint(st, fitSafe(sanitize.Concat(sanitize.Lit(" "), title), width))
}

func (m *Model) listLines(r rect) []styled {
	if r.w <= 0 {
		return nil
	}
	return append([]styled{m.paneHeader(m.list.header(), listPane, r.w)},
		m.list.rows(r.w, m.listCols(m.layout()), m.marks, m.styles, m.focus == listPane)...)
}

func (m *Model) readerLines(l screen) []styled {
	r := l.reader
	if r.w <= 0 {
		return nil
	}
	out := []styled{m.paneHeader(m.reader.header(r.w-1), readerPane, r.w)}
	if l.inline {
		out = append(out, block(m.panels.summary(r.w, m.styles), r.w, inlineLines)...)
	}
	return append(out, m.reader.body(m.styles, m.list.emptyHint())...)
}

func (m *Model) panelLines(r rect) []styled {
	if r.w <= 0 {
		return nil
	}
	return append([]styled{m.paneHeader(sanitize.Lit("Details"), panelsPane, r.w)},
		m.panels.lines(r.w, m.styles, m.focus == panelsPane)...)
}

// statusLine is the search prompt while it is open, else the message or the
// loading progress on the left and the list position on the right.
func (m *Model) statusLine() styled {
	right := sanitize.Sprintf(" %s ", m.list.position())
	if m.search.active {
		return m.promptLine() // see search.go
	}
	var left styled
	switch {
	case !m.status.IsEmpty() && m.statusErr:
		left = paint(m.styles.err, m.status)
	case !m.status.IsEmpty():
		left = paint(m.styles.status, m.status)
	case m.folderGone:
		left = paint(m.styles.err, folderGoneText)
	case m.loading:
		left = m.progress()
	case m.search.busy:
		left = paint(m.styles.status, sanitize.Lit("searching…"))
	default:
		left = paint(m.styles.dim, sanitize.SafeLine(m.opts.Folder))
	}
	return m.leftRight(" "+left, paint(m.styles.status, right))
}

// leftRight puts right at the end of the line and left in the rest.
func (m *Model) leftRight(left, right styled) styled {
	rw := ansi.StringWidth(string(right))
	if rw >= m.width {
		return fit(left, m.width)
	}
	return fit(left, m.width-rw) + right
}

// progress is the loading bar: "reading 1,234 of 5,678 ▕███░░░▏".
func (m *Model) progress() styled {
	if m.total <= 0 {
		return paint(m.styles.status, sanitize.Lit("reading the folder…"))
	}
	text := sanitize.Sprintf("reading %s of %s ", thousands(m.done), thousands(m.total))
	const barW = 20
	filled := clamp(m.done*barW/m.total, 0, barW)
	return paint(m.styles.status, text) + paint(m.styles.bar, repeat(sanitize.Lit("█"), filled)) +
		paint(m.styles.dim, repeat(sanitize.Lit("░"), barW-filled))
}

// repeat is s n times.
func repeat(s Safe, n int) Safe {
	parts := make([]Safe, max(n, 0))
	for i := range parts {
		parts[i] = s
	}
	return sanitize.Concat(parts...)
}
