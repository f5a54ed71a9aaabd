package ui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// actorGroups are the kinds the Actors panel shows, in order.
var actorGroups = []struct {
	kind  actors.Kind
	title Safe
}{
	{actors.Person, sanitize.Lit("People")},
	{actors.Organization, sanitize.Lit("Organizations")},
	{actors.Place, sanitize.Lit("Places")},
}

// panelsModel is the side panels: Source, Comments and Actors of the
// reader's article, and nothing else: they change only through follow,
// which Model.sync calls after every message. The actors are a list of
// their own: move to one and press enter for its articles.
type panelsModel struct {
	sum    Summary          // the reader's article
	art    *article.Article // its parsed text; nil while loading
	items  []actors.Actor   // the actors in display order
	cursor int
	offset int
	width  int // set by the layout
	height int
	check  func(url string) (string, error) // the URL to link, or why not
}

// follow shows the panels of the reader's article: sum at once, the
// parsed article once the reader has it.
func (p *panelsModel) follow(sum Summary, a *article.Article) {
	if a != nil && a.ID != sum.ID {
		a = nil
	}
	if sum.ID != p.sum.ID {
		p.cursor, p.offset = 0, 0
	}
	p.sum = sum
	if a == p.art {
		return
	}
	p.art, p.items = a, nil
	if a != nil {
		for _, g := range actorGroups {
			p.items = append(p.items, actorsOf(a.Actors, g.kind)...)
		}
	}
	p.cursor = clamp(p.cursor, 0, len(p.items)-1)
	p.keepCursor()
}

// actorsOf returns the actors of one kind, most mentioned first.
func actorsOf(all []actors.Actor, kind actors.Kind) []actors.Actor {
	var out []actors.Actor
	for _, a := range all {
		if a.Kind == kind {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func (p *panelsModel) selected() (actors.Actor, bool) {
	if p.cursor < 0 || p.cursor >= len(p.items) {
		return actors.Actor{}, false
	}
	return p.items[p.cursor], true
}

// move moves the actor cursor and scrolls to keep it in view.
func (p *panelsModel) move(n int) {
	p.cursor = clamp(p.cursor+n, 0, len(p.items)-1)
	p.keepCursor()
}

// scrollBy scrolls the panels by n lines without moving the cursor.
func (p *panelsModel) scrollBy(n int) {
	lines, _, _ := p.draw(p.width, styles{}, false)
	p.offset = clamp(p.offset+n, 0, max(len(lines)-p.height, 0))
}

// keepCursor scrolls so that the cursor's line is in view; after a move or
// a resize, never while drawing.
func (p *panelsModel) keepCursor() {
	lines, _, cursorLine := p.draw(p.width, styles{}, false)
	if p.height > 0 {
		if cursorLine < p.offset {
			p.offset = cursorLine
		}
		if cursorLine >= p.offset+p.height {
			p.offset = cursorLine - p.height + 1
		}
	}
	p.offset = clamp(p.offset, 0, max(len(lines)-p.height, 0))
}

func comments(a *article.Article) Safe {
	if a == nil || a.Comments == nil {
		return sanitize.Lit("—")
	}
	return thousands(*a.Comments)
}

// lines draws the panels at width, from the scroll offset on.
func (p *panelsModel) lines(width int, s styles, focused bool) []styled {
	out, _, _ := p.draw(width, s, focused)
	if p.height > 0 {
		out = out[min(p.offset, len(out)):]
	}
	return out
}

// itemAt is the actor drawn on the given line of the panel.
func (p *panelsModel) itemAt(line int) (int, bool) {
	_, items, _ := p.draw(p.width, styles{}, false)
	line += p.offset
	if line < 0 || line >= len(items) || items[line] < 0 {
		return 0, false
	}
	return items[line], true
}

// draw is the full panels: the lines, the actor on each (-1: none) and the
// line of the actor under the cursor.
func (p *panelsModel) draw(width int, s styles, focused bool) (out []styled, items []int, cursorLine int) {
	if p.sum.ID == "" {
		return []styled{"", paint(s.dim, sanitize.Lit(" no article selected"))}, []int{-1, -1}, 0
	}
	out = append(out, paint(s.title, sanitize.Lit(" Source")))
	out = append(out, p.source(width, s)...)
	out = append(out, "", paint(s.title, sanitize.Lit(" Comments")), "  "+plain(p.comments()), "")
	out = append(out, paint(s.title, sanitize.Lit(" Actors")))
	switch {
	case p.art == nil:
		out = append(out, paint(s.dim, sanitize.Lit("  loading…")))
	case len(p.items) == 0:
		out = append(out, paint(s.dim, sanitize.Lit("  none found")))
	}
	items = make([]int, len(out))
	for j := range items {
		items[j] = -1
	}
	if p.art == nil {
		return out, items, 0
	}
	i := 0
	for _, g := range actorGroups {
		group := actorsOf(p.art.Actors, g.kind)
		if len(group) == 0 {
			continue
		}
		out = append(out, "  "+paint(s.accent, g.title))
		items = append(items, -1)
		for _, a := range group {
			count := sanitize.Sprintf(" %d", a.Mentions)
			name := sanitize.Concat(fitSafe(sanitize.Sprintf("   %s", a.Name), max(width-ansi.StringWidth(count.String()), 1)), count)
			line := plain(name)
			if i == p.cursor {
				cursorLine = len(out)
				if focused {
					line = paint(s.selected, fitSafe(name, width))
				}
			}
			out = append(out, line)
			items = append(items, i)
			i++
		}
	}
	return out, items, cursorLine
}

// comments is the comment count: the parsed article's, else the row's.
func (p *panelsModel) comments() Safe {
	if p.art != nil {
		return comments(p.art)
	}
	if p.sum.Comments < 0 {
		return sanitize.Lit("—")
	}
	return thousands(p.sum.Comments)
}

// source draws the domain and the URL, cut into lines of width cells, as an
// OSC 8 hyperlink when the URL passes the check.
func (p *panelsModel) source(width int, s styles) []styled {
	if p.art == nil { // loading: the row knows the domain only
		if p.sum.Domain == "" {
			return []styled{paint(s.dim, sanitize.Lit("  …"))}
		}
		return []styled{"  " + plain(p.sum.Source())}
	}
	src := p.art.Source
	if src == nil {
		return []styled{paint(s.dim, sanitize.Lit("  none"))}
	}
	out := []styled{"  " + plain(sanitize.SafeLine(src.Domain))}
	link := s.dim
	target, err := src.URL, error(nil)
	if p.check != nil {
		target, err = p.check(src.URL)
	}
	if err == nil && sanitize.IsSafe(target, false) { // an OSC 8 target is a sequence's parameter
		link = link.Underline(true).Hyperlink(target)
	}
	w := max(width-2, 1)
	for _, l := range strings.Split(ansi.Hardwrap(sanitize.Line(src.URL), w, false), "\n") {
		out = append(out, "  "+paint(link, sanitize.SafeLine(l)))
	}
	return out
}

// summary is the panels in one or two lines, for the medium layout where
// they sit above the reader's text.
func (p *panelsModel) summary(width int, s styles) []styled {
	if p.sum.ID == "" {
		return nil
	}
	src, count, acts := p.sum.Source(), sanitize.Lit("no comment count"), sanitize.Lit("actors loading…")
	if p.sum.Comments >= 0 {
		count = plural(p.sum.Comments, "comment", "comments")
	}
	if p.art != nil {
		src, count = Safe{}, sanitize.Lit("no comment count")
		if p.art.Source != nil {
			src = sanitize.SafeLine(p.art.Source.Domain)
		}
		if p.art.Comments != nil {
			count = plural(*p.art.Comments, "comment", "comments")
		}
		acts = plural(len(p.items), "actor", "actors")
	}
	if src.IsEmpty() {
		src = sanitize.Lit("no source")
	}
	line := sanitize.Sprintf(" %s · %s · %s", src, count, acts)
	var names []Safe
	for _, a := range p.items {
		names = append(names, sanitize.SafeLine(a.Name))
		if len(names) == 6 {
			break
		}
	}
	out := []styled{paint(s.dim, fitSafe(line, width))}
	if len(names) > 0 {
		out = append(out, paint(s.dim, fitSafe(sanitize.Concat(sanitize.Lit(" "), sanitize.Join(names, ", ")), width)))
	}
	return out
}
