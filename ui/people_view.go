package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/people"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/trend"
	"github.com/kioskreader/kiosk/ui/chart"
)

// peopleGeo is where the view puts the list of actors and the detail of
// the selected one: beside it on a wide screen, below it otherwise, not at
// all when the window is too low.
type peopleGeo struct {
	listW, listH     int // the rows of actors, below three lines of tabs, filter and columns
	detailW, detailH int
	side             bool
}

// sideWidth is the narrowest window with the detail beside the list.
const sideWidth = 120

func (p *peopleModel) geo() peopleGeo {
	if p.width >= sideWidth {
		dw := clamp(p.width*40/100, 40, 72)
		return peopleGeo{listW: p.width - dw - 1, listH: p.height - 3, detailW: dw, detailH: p.height, side: true}
	}
	dh := 0
	if p.height >= 14 {
		dh = clamp(p.height*40/100, 5, 12)
	}
	return peopleGeo{listW: p.width, listH: p.height - 3 - dh, detailW: p.width, detailH: dh}
}

func (p *peopleModel) listHeight() int { return max(p.geo().listH, 0) }

// sparkWidth is the cells of a row's sparkline.
func (p *peopleModel) sparkWidth() int {
	w := p.geo().listW
	if w < 60 {
		return 10
	}
	return clamp(w/4, 12, 40)
}

// peopleLines draws the view into the body: exactly its height in lines.
func (m *Model) peopleLines() []styled {
	p := &m.people
	g := p.geo()
	list := append([]styled{m.peopleTabs(g.listW), m.peopleFilter(g.listW), m.peopleColumns(g.listW)},
		m.peopleRows(g.listW, g.listH)...)
	listH := p.height
	if !g.side {
		listH = max(p.height-g.detailH, 0)
	}
	list = block(list, g.listW, listH)
	if g.detailH <= 0 {
		return list
	}
	detail := block(m.peopleDetail(g.detailW, g.detailH, g.side), g.detailW, g.detailH)
	if !g.side {
		return append(list, detail...)
	}
	sep := paint(m.styles.separator, sanitize.Lit("│"))
	for i := range list {
		list[i] += sep + detail[i]
	}
	return list
}

// peopleTabs is the tab line: each kind with how many actors it has.
func (m *Model) peopleTabs(width int) styled {
	p := &m.people
	var line styled
	for t, tab := range peopleTabs {
		label := tab.title
		if p.tally != nil {
			label = sanitize.Sprintf("%s %s", tab.title, thousands(len(p.ofKind[t])))
		}
		st := m.styles.header
		if t == p.tab {
			st = m.styles.focus
		}
		line += paint(st, sanitize.Sprintf(" %s ", label)) + plain(sanitize.Lit(" "))
	}
	if p.tally == nil {
		return fit(line, width)
	}
	if days := p.tally.Axis(trend.Day); days.N > 0 {
		span := sanitize.Sprintf(" %s articles, %s to %s ", thousands(p.tally.Len()), days.Label(0), days.Label(days.N-1))
		if gap := width - ansi.StringWidth(string(line)) - span.Len(); gap > 0 {
			line += plain(sanitize.SafeLine(strings.Repeat(" ", gap))) + paint(m.styles.dim, span)
		}
	}
	return fit(line, width)
}

// peopleFilter is the filter as typed, or what the keys do while it is
// empty, or why there is nothing to show yet.
func (m *Model) peopleFilter(width int) styled {
	p := &m.people
	var state Safe
	switch {
	case !p.err.IsEmpty():
		return fit(paint(m.styles.err, sanitize.Concat(sanitize.Lit(" "), p.err)), width)
	case p.tally == nil && p.busy:
		state = sanitize.Lit("counting the folder's actors…")
	case p.tally == nil:
		state = sanitize.Lit("no count of actors yet")
	case p.busy:
		state = sanitize.Lit("updating…")
	}
	if len(p.query) > 0 {
		q := paint(m.styles.accent, sanitize.Sprintf(" filter: %s█", string(p.query)))
		return fit(q+paint(m.styles.dim, sanitize.Sprintf("  %s %s", thousands(len(p.shown)), state)), width)
	}
	hint := sanitize.Lit(" type to filter · tab kind · enter articles · esc back")
	if !state.IsEmpty() {
		hint = sanitize.Sprintf(" %s · %s", state, hint)
	}
	return fit(paint(m.styles.dim, hint), width)
}

// peopleColumns names the columns, and the sparklines' periods.
func (m *Model) peopleColumns(width int) styled {
	p := &m.people
	sw := p.sparkWidth()
	what := sanitize.Lit("")
	if p.tally != nil && p.axis.N > 0 {
		what = perWhat(p.axis, sw)
	}
	nameW := max(width-rowFixed-sw, 1)
	line := sanitize.Sprintf("%5s  %-*s %8s  %s", sanitize.Lit("#"), nameW, sanitize.Lit("name"), sanitize.Lit("articles"), what)
	return fit(paint(m.styles.dim, line), width)
}

// rowFixed is the cells of a row that are not the name or the sparkline.
const rowFixed = 5 + 2 + 1 + 8 + 2

// perWhat says what a sparkline's cell counts: "per day", "per week", "per
// 3 weeks" when weeks are summed to fit.
func perWhat(ax people.Axis, width int) Safe {
	run := 1
	if ax.N > width && width > 0 {
		run = (ax.N + width - 1) / width
	}
	if run == 1 {
		return sanitize.Sprintf("per %s", string(ax.By))
	}
	return sanitize.Sprintf("per %d %ss", run, string(ax.By))
}

// peopleRows draws the visible rows that Update prepared.
func (m *Model) peopleRows(width, height int) []styled {
	p := &m.people
	if p.tally != nil && len(p.shown) == 0 {
		what := sanitize.Lit(" no actor of this kind")
		if len(p.query) > 0 {
			what = sanitize.Lit(" no name holds what is typed (backspace or esc)")
		}
		return []styled{paint(m.styles.dim, what)}
	}
	sw := p.sparkWidth()
	nameW := max(width-rowFixed-sw, 1)
	out := make([]styled, 0, height)
	for i, r := range p.rows {
		if i >= height {
			break
		}
		v := p.top + i
		text := sanitize.Sprintf("%5d  %s %8s  ", r.place, fitSafe(r.name, nameW), thousands(r.articles))
		if v == p.cursor {
			out = append(out, fit(paint(m.styles.selected, text)+paint(m.styles.selected, r.spark), width))
			continue
		}
		out = append(out, fit(plain(text)+paint(m.styles.accent, r.spark), width))
	}
	return out
}

// peopleDetail draws the selected actor: who is named with it, its
// sources and its articles per week, in the lines there are.
func (m *Model) peopleDetail(width, height int, side bool) []styled {
	p := &m.people
	d := p.detail
	if d.rank < 0 || p.tally == nil {
		return []styled{paint(m.styles.header, fitSafe(sanitize.Lit(" no actor selected"), width))}
	}
	a := p.tally.Ranked[d.rank]
	title := sanitize.Sprintf("%s · %s · %s, %s", a.Name, kindName(a.Kind), plural(a.Articles, "article", "articles"),
		plural(a.Mentions, "mention", "mentions"))
	out := []styled{paint(m.styles.focus, fitSafe(sanitize.Concat(sanitize.Lit(" "), title), width))}
	if side {
		out = append(out, plain(sanitize.Lit("")))
		out = append(out, m.detailList(sanitize.Lit("Named with"), p.counts(d.together), width)...)
		out = append(out, plain(sanitize.Lit("")))
		out = append(out, m.detailList(sanitize.Lit("Sources"), p.counts(d.sources), width)...)
		out = append(out, plain(sanitize.Lit("")))
	} else {
		out = append(out, m.detailLine(sanitize.Lit("with"), p.counts(d.together), width),
			m.detailLine(sanitize.Lit("sources"), p.counts(d.sources), width))
	}
	return append(out, m.weekBars(d, width, height-len(out))...)
}

// kindName is a kind as the view's tabs say it.
func kindName(k actors.Kind) Safe {
	for _, t := range peopleTabs {
		if t.kind == k {
			return sanitize.SafeLine(string(k))
		}
	}
	return sanitize.Lit("")
}

// counted is a name and its count, as the detail lists them.
type counted struct {
	name Safe
	n    int
}

func (p *peopleModel) counts(list []people.Count) []counted {
	out := make([]counted, len(list))
	for i, c := range list {
		name := c.Domain
		if c.Rank >= 0 {
			name = p.tally.Ranked[c.Rank].Name
		}
		out[i] = counted{sanitize.SafeLine(name), c.Articles}
	}
	return out
}

// detailList is a titled column of names and counts (the wide layout).
func (m *Model) detailList(title Safe, list []counted, width int) []styled {
	out := []styled{paint(m.styles.title, sanitize.Concat(sanitize.Lit(" "), title))}
	if len(list) == 0 {
		return append(out, paint(m.styles.dim, sanitize.Lit("   none")))
	}
	for _, c := range list {
		n := thousands(c.n)
		out = append(out, plain(sanitize.Sprintf("   %s %s", fitSafe(c.name, max(width-5-n.Len(), 1)), n)))
	}
	return out
}

// detailLine is names and counts on one line (the narrow layout).
func (m *Model) detailLine(title Safe, list []counted, width int) styled {
	parts := make([]Safe, len(list))
	for i, c := range list {
		parts[i] = sanitize.Sprintf("%s %s", c.name, thousands(c.n))
	}
	text := sanitize.Join(parts, " · ")
	if len(list) == 0 {
		text = sanitize.Lit("none")
	}
	return fit(paint(m.styles.dim, sanitize.Sprintf(" %s: ", title))+plain(text), width)
}

// weekBars is the chart of the actor's articles per week: the last weeks of
// the folder that fit in height lines, under a title line.
func (m *Model) weekBars(d peopleDetail, width, height int) []styled {
	if height < 2 || d.weeks.N == 0 {
		return nil
	}
	n := min(height-1, d.weeks.N)
	first := d.weeks.N - n
	labels := make([]string, n)
	for i := range labels {
		labels[i] = d.weeks.Label(first + i)
	}
	title := sanitize.Lit(" Articles per week")
	if n < d.weeks.N {
		title = sanitize.Sprintf(" Articles per week, the last %d", n)
	}
	out := []styled{paint(m.styles.title, title)}
	for _, line := range chart.Bars(labels, d.perWeek[first:], max(width-2, 8), m.people.style) {
		out = append(out, plain(sanitize.Concat(sanitize.Lit(" "), sanitize.SafeLine(line)))) // dates, blocks, digits: kiosk's own
	}
	return out
}
