package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// hint is one item of the short help line. Items go by priority, not by
// position: when the line is too narrow the least useful go first, and
// help and quit never do.
type hint struct {
	key, desc string
	prio      int
}

// always is the priority of the items that stay at any width.
const always = 1 << 20

// hints is the short help for what has the keys now: the prompt, the
// overlay, or the focused pane.
func (m *Model) hints() []hint {
	k := m.keys
	h := func(b key.Binding, desc string, prio int) hint { return hint{firstKey(b), desc, prio} }
	tail := []hint{h(k.Help, "help", always), h(k.Quit, "quit", always)}
	var items []hint
	switch {
	case m.search.active:
		// the prompt takes every printable key: ? and q type themselves
		items = make([]hint, 0, len(promptHelp)+1)
		for i, p := range promptHelp {
			items = append(items, hint{p[0], shortDesc(p[1]), 10 - i})
		}
		return append(items, hint{"ctrl+c", "quit", always})
	case m.showHelp:
		items = []hint{{firstKey(k.Down) + "/" + firstKey(k.Up), "scroll", 5}, h(k.Back, "close", 6)}
	case m.focus == readerPane:
		items = []hint{{keyOr(k.PageDown, "space"), "page", 7}, {firstKey(k.Next) + "/" + firstKey(k.Prev), "next/prev", 8},
			h(k.NextUnread, "next unread", 6)}
		if len(m.reader.terms) > 0 {
			items = append(items, hint{firstKey(k.NextMatch) + "/" + firstKey(k.PrevMatch), "match", 9})
		}
		items = append(items, h(k.Browser, "source", 5), h(k.Zoom, "zoom", 4), h(k.Panels, "panels", 3),
			h(k.Back, "back", 2))
	case m.focus == panelsPane:
		items = []hint{h(k.Open, "articles naming", 9), {firstKey(k.Down) + "/" + firstKey(k.Up), "actor", 7},
			h(k.Focus, "pane", 5), h(k.Panels, "hide", 3)}
	default:
		items = []hint{h(k.Open, "open", 9), h(k.Search, "search", 8), h(k.NextUnread, "next unread", 6),
			h(k.Focus, "pane", 5), h(k.Sort, "sort", 4), h(k.Reverse, "reverse", 2), h(k.MarkAll, "all read", 3),
			h(k.Zoom, "zoom", 1)}
	}
	return append(items, tail...)
}

// keyOr is the key the short line shows: pref when the binding has it.
func keyOr(b key.Binding, pref string) string {
	if contains(b.Keys(), pref) {
		return keyName(pref)
	}
	return firstKey(b)
}

// shortDesc is the first words of a description, for the short line.
func shortDesc(s string) string {
	s, _, _ = strings.Cut(s, ",")
	return s
}

const hintSep = " • "

// fitHints drops the items of lowest priority (the rightmost first among
// equals) until the line fits width; the order of the rest is kept.
func fitHints(items []hint, width int) []hint {
	keep := append([]hint(nil), items...)
	for len(keep) > 0 && hintsWidth(keep) > width {
		drop := -1
		for i, it := range keep {
			if it.prio < always && (drop < 0 || it.prio <= keep[drop].prio) {
				drop = i
			}
		}
		if drop < 0 {
			break // only what always stays: cut by fit
		}
		keep = append(keep[:drop], keep[drop+1:]...)
	}
	return keep
}

func hintsWidth(items []hint) int {
	w := 0
	for i, it := range items {
		if i > 0 {
			w += len(hintSep)
		}
		w += ansi.StringWidth(it.key) + 1 + ansi.StringWidth(it.desc)
	}
	return w
}

// shortHelp is the help line at the bottom.
func (m *Model) shortHelp() string {
	st := m.help.Styles
	var b strings.Builder
	for i, it := range fitHints(m.hints(), m.width) {
		if i > 0 {
			b.WriteString(st.ShortSeparator.Render(hintSep))
		}
		b.WriteString(st.ShortKey.Render(it.key) + " " + st.ShortDesc.Render(it.desc))
	}
	return fit(b.String(), m.width)
}

// overlayStyle styles the overlay's parts; identity in the layout tests.
type overlayStyle struct{ title, key, desc func(string) string }

const overlayGap = 3

// overlayColumns lays the help groups out in columns that wrap to the next
// band of columns when the width runs out, each line at most width cells.
func overlayColumns(groups []helpGroup, width int, st overlayStyle) []string {
	inner := max(width-1, 1) // one cell of margin on the left
	type col struct {
		g     helpGroup
		kw, w int
	}
	cols := make([]col, len(groups))
	for i, g := range groups {
		kw, dw := 0, 0
		for _, r := range g.rows {
			kw = max(kw, ansi.StringWidth(r[0]))
			dw = max(dw, ansi.StringWidth(r[1]))
		}
		w := max(kw+2+dw, ansi.StringWidth(g.title))
		cols[i] = col{g, kw, min(w, inner)}
	}
	var out []string
	for start := 0; start < len(cols); {
		end, x := start, 0
		for end < len(cols) && (end == start || x+overlayGap+cols[end].w <= inner) {
			if end > start {
				x += overlayGap
			}
			x += cols[end].w
			end++
		}
		band := cols[start:end]
		rows := 0
		for _, c := range band {
			rows = max(rows, len(c.g.rows))
		}
		if start > 0 {
			out = append(out, "")
		}
		for r := -1; r < rows; r++ {
			line := " "
			for i, c := range band {
				cell := ""
				switch {
				case r < 0:
					cell = st.title(fit(c.g.title, c.w))
				case r < len(c.g.rows):
					k := c.g.rows[r]
					if c.kw+2 >= c.w { // no room for the key's column
						cell = fit(st.key(k[0])+" "+st.desc(k[1]), c.w)
					} else {
						cell = st.key(fit(k[0], c.kw)) + "  " + st.desc(fit(k[1], c.w-c.kw-2))
					}
				default:
					cell = strings.Repeat(" ", c.w)
				}
				if i > 0 {
					line += strings.Repeat(" ", overlayGap)
				}
				line += cell
			}
			out = append(out, strings.TrimRight(line, " "))
		}
		start = end
	}
	return out
}

// overlayText is the whole overlay, before it is cut to the screen.
func (m *Model) overlayText() []string {
	s := m.styles
	st := overlayStyle{
		title: func(t string) string { return s.title.Render(t) },
		key:   func(t string) string { return m.help.Styles.FullKey.Render(t) },
		desc:  func(t string) string { return m.help.Styles.FullDesc.Render(t) },
	}
	out := []string{s.title.Render(" kiosk · keys"), ""}
	out = append(out, overlayColumns(m.keys.FullHelp(), m.width, st)...)
	out = append(out, "")
	for _, note := range []string{
		"space at the end of an article goes on to the next unread one.",
		"mouse: the wheel scrolls the pane under it, a click selects a row.",
		firstKey(m.keys.Help) + " or " + firstKey(m.keys.Back) + " closes this help.",
	} {
		for _, l := range strings.Split(ansi.Wordwrap(note, max(m.width-2, 1), ""), "\n") {
			out = append(out, s.dim.Render(" "+l))
		}
	}
	return out
}

// helpScroll moves the overlay by n lines, kept within its text.
func (m *Model) helpScroll(n int) {
	h := m.layout().bodyH
	m.helpOffset = clamp(m.helpOffset+n, 0, max(len(m.overlayText())-h, 0))
}

// helpLines is the overlay's part on screen; when more is below, the last
// line says so.
func (m *Model) helpLines(h int) []string {
	all := m.overlayText()
	off := clamp(m.helpOffset, 0, max(len(all)-h, 0))
	end := min(off+h, len(all))
	lines := append([]string(nil), all[off:end]...)
	if end < len(all) && len(lines) > 0 {
		more := " ↓ more: " + firstKey(m.keys.Down) + "/" + firstKey(m.keys.PageDown) + " scroll"
		lines[len(lines)-1] = m.styles.accent.Render(more)
	}
	return lines
}
