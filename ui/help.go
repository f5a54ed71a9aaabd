package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// hint is one item of the short help line. Items go by priority, not by
// position: when the line is too narrow the least useful go first, and
// help and quit never do.
type hint struct {
	key, desc Safe
	prio      int
}

// always is the priority of the items that stay at any width.
const always = 1 << 20

// hints is the short help for what has the keys now: the prompt, the
// overlay, or the focused pane.
func (m *Model) hints() []hint {
	k := m.keys
	h := func(b key.Binding, desc Safe, prio int) hint { return hint{firstKey(b), desc, prio} }
	two := func(a, b key.Binding) Safe { return sanitize.Concat(firstKey(a), sanitize.Lit("/"), firstKey(b)) }
	tail := []hint{h(k.Help, sanitize.Lit("help"), always), h(k.Quit, sanitize.Lit("quit"), always)}
	var items []hint
	switch {
	case m.search.active:
		// the prompt takes every printable key: ? and q type themselves
		items = make([]hint, 0, len(promptHelp)+1)
		for i, p := range promptHelp {
			items = append(items, hint{p[0], p[1], 10 - i})
		}
		return append(items, hint{sanitize.Lit("ctrl+c"), sanitize.Lit("quit"), always})
	case m.showHelp:
		items = []hint{{two(k.Down, k.Up), sanitize.Lit("scroll"), 5}, h(k.Back, sanitize.Lit("close"), 6)}
	case m.focus == readerPane:
		items = []hint{{keyOr(k.PageDown, "space"), sanitize.Lit("page"), 7}, {two(k.Next, k.Prev), sanitize.Lit("next/prev"), 8},
			h(k.NextUnread, sanitize.Lit("next unread"), 6)}
		if len(m.reader.terms) > 0 {
			items = append(items, hint{two(k.NextMatch, k.PrevMatch), sanitize.Lit("match"), 9})
		}
		items = append(items, h(k.Browser, sanitize.Lit("source"), 5), h(k.Zoom, sanitize.Lit("zoom"), 4),
			h(k.Panels, sanitize.Lit("panels"), 3), h(k.Back, sanitize.Lit("back"), 2))
	case m.focus == panelsPane:
		items = []hint{h(k.Open, sanitize.Lit("articles naming"), 9), {two(k.Down, k.Up), sanitize.Lit("actor"), 7},
			h(k.Focus, sanitize.Lit("pane"), 5), h(k.Panels, sanitize.Lit("hide"), 3)}
	default:
		items = []hint{h(k.Open, sanitize.Lit("open"), 9), h(k.Search, sanitize.Lit("search"), 8),
			h(k.NextUnread, sanitize.Lit("next unread"), 6), h(k.Focus, sanitize.Lit("pane"), 5),
			h(k.Sort, sanitize.Lit("sort"), 4), h(k.Reverse, sanitize.Lit("reverse"), 2),
			h(k.MarkAll, sanitize.Lit("all read"), 3), h(k.Zoom, sanitize.Lit("zoom"), 1)}
	}
	return append(items, tail...)
}

// keyOr is the key the short line shows: pref when the binding has it.
func keyOr(b key.Binding, pref string) Safe {
	if contains(b.Keys(), pref) {
		return sanitize.SafeLine(keyName(pref))
	}
	return firstKey(b)
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
			w += ansi.StringWidth(hintSep)
		}
		w += ansi.StringWidth(it.key.String()) + 1 + ansi.StringWidth(it.desc.String())
	}
	return w
}

// shortHelp is the help line at the bottom.
func (m *Model) shortHelp() styled {
	st := m.help.Styles
	var line styled
	for i, it := range fitHints(m.hints(), m.width) {
		if i > 0 {
			line += paint(st.ShortSeparator, sanitize.Lit(hintSep))
		}
		line += paint(st.ShortKey, it.key) + " " + paint(st.ShortDesc, it.desc)
	}
	return fit(line, m.width)
}

// overlayStyle styles the overlay's parts; plain in the layout tests.
type overlayStyle struct{ title, key, desc func(Safe) styled }

const overlayGap = 3

// overlayColumns lays the help groups out in columns that wrap to the next
// band of columns when the width runs out, each line at most width cells.
func overlayColumns(groups []helpGroup, width int, st overlayStyle) []styled {
	inner := max(width-1, 1) // one cell of margin on the left
	type col struct {
		g     helpGroup
		kw, w int
	}
	cols := make([]col, len(groups))
	for i, g := range groups {
		kw, dw := 0, 0
		for _, r := range g.rows {
			kw = max(kw, ansi.StringWidth(r[0].String()))
			dw = max(dw, ansi.StringWidth(r[1].String()))
		}
		w := max(kw+2+dw, ansi.StringWidth(g.title.String()))
		cols[i] = col{g, kw, min(w, inner)}
	}
	gap := plain(sanitize.Lit("   ")) // overlayGap
	var out []styled
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
			line := plain(sanitize.Lit(" "))
			for i, c := range band {
				var cell styled
				switch {
				case r < 0:
					cell = st.title(fitSafe(c.g.title, c.w))
				case r < len(c.g.rows):
					k := c.g.rows[r]
					if c.kw+2 >= c.w { // no room for the key's column
						cell = fit(st.key(k[0])+" "+st.desc(k[1]), c.w)
					} else {
						cell = st.key(fitSafe(k[0], c.kw)) + "  " + st.desc(fitSafe(k[1], c.w-c.kw-2))
					}
				default:
					cell = fit("", c.w)
				}
				if i > 0 {
					line += gap
				}
				line += cell
			}
			out = append(out, trimRight(line))
		}
		start = end
	}
	return out
}

// trimRight drops the spaces at the end of a line, which only pad.
func trimRight(l styled) styled {
	for len(l) > 0 && l[len(l)-1] == ' ' {
		l = l[:len(l)-1]
	}
	return l
}

// overlayText is the whole overlay, before it is cut to the screen.
func (m *Model) overlayText() []styled {
	s := m.styles
	st := overlayStyle{
		title: func(t Safe) styled { return paint(s.title, t) },
		key:   func(t Safe) styled { return paint(m.help.Styles.FullKey, t) },
		desc:  func(t Safe) styled { return paint(m.help.Styles.FullDesc, t) },
	}
	out := []styled{paint(s.title, sanitize.Lit(" kiosk · keys")), ""}
	out = append(out, overlayColumns(m.keys.FullHelp(), m.width, st)...)
	out = append(out, "")
	for _, note := range []Safe{
		sanitize.Lit("space at the end of an article goes on to the next unread one."),
		sanitize.Lit("mouse: the wheel scrolls the pane under it, a click selects a row."),
		sanitize.Sprintf("%s or %s closes this help.", firstKey(m.keys.Help), firstKey(m.keys.Back)),
	} {
		for _, l := range strings.Split(ansi.Wordwrap(note.String(), max(m.width-2, 1), ""), "\n") {
			out = append(out, paint(s.dim, sanitize.Concat(sanitize.Lit(" "), sanitize.Wrap(l))))
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
func (m *Model) helpLines(h int) []styled {
	all := m.overlayText()
	off := clamp(m.helpOffset, 0, max(len(all)-h, 0))
	end := min(off+h, len(all))
	lines := append([]styled(nil), all[off:end]...)
	if end < len(all) && len(lines) > 0 {
		more := sanitize.Sprintf(" ↓ more: %s/%s scroll", firstKey(m.keys.Down), firstKey(m.keys.PageDown))
		lines[len(lines)-1] = paint(m.styles.accent, more)
	}
	return lines
}
