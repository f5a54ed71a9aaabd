package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// actorGroups are the kinds the Actors panel shows, in order.
var actorGroups = []struct {
	kind  actors.Kind
	title string
}{
	{actors.Person, "People"},
	{actors.Organization, "Organizations"},
	{actors.Place, "Places"},
}

// panelsModel is the side panels: Source, Comments and Actors. The actors
// are a list of their own: move to one and press enter for its articles.
type panelsModel struct {
	art    *article.Article
	items  []actors.Actor // the actors in display order
	cursor int
	offset int
	height int
	check  func(url string) (string, error) // the URL to link, or why not
	// lineItems maps the lines last drawn to actors (-1: not an actor), so
	// that a click selects the actor under it.
	lineItems []int
}

// setArticle shows the panels of another article.
func (p *panelsModel) setArticle(a *article.Article) {
	if a != nil && p.art != nil && a.ID == p.art.ID {
		p.art = a
		return
	}
	p.art, p.items, p.cursor, p.offset = a, nil, 0, 0
	if a == nil {
		return
	}
	for _, g := range actorGroups {
		p.items = append(p.items, actorsOf(a.Actors, g.kind)...)
	}
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

func (p *panelsModel) move(n int) {
	p.cursor = clamp(p.cursor+n, 0, len(p.items)-1)
}

func comments(a *article.Article) string {
	if a == nil || a.Comments == nil {
		return "—"
	}
	return thousands(*a.Comments)
}

// lines draws the full panels at width; the line of the actor under the
// cursor is kept in view.
func (p *panelsModel) lines(width int, s styles, focused bool) []string {
	if p.art == nil {
		return []string{"", s.dim.Render(" no article selected")}
	}
	var out []string
	out = append(out, s.title.Render(" Source"))
	out = append(out, p.source(width, s)...)
	out = append(out, "", s.title.Render(" Comments"), "  "+comments(p.art), "")
	out = append(out, s.title.Render(" Actors"))
	if len(p.items) == 0 {
		out = append(out, s.dim.Render("  none found"))
	}
	cursorLine, i := 0, 0
	items := make([]int, len(out)) // the actor on each line, or -1
	for j := range items {
		items[j] = -1
	}
	for _, g := range actorGroups {
		group := actorsOf(p.art.Actors, g.kind)
		if len(group) == 0 {
			continue
		}
		out = append(out, "  "+s.accent.Render(g.title))
		items = append(items, -1)
		for _, a := range group {
			count := fmt.Sprintf(" %d", a.Mentions)
			name := fit("   "+a.Name, max(width-ansi.StringWidth(count), 1)) + count
			if i == p.cursor {
				cursorLine = len(out)
				if focused {
					name = s.selected.Render(fit(name, width))
				}
			}
			out = append(out, name)
			items = append(items, i)
			i++
		}
	}
	// Scroll so the cursor's line stays visible.
	if p.height > 0 {
		if cursorLine < p.offset {
			p.offset = cursorLine
		}
		if cursorLine >= p.offset+p.height {
			p.offset = cursorLine - p.height + 1
		}
		p.offset = clamp(p.offset, 0, max(len(out)-p.height, 0))
		out, items = out[p.offset:], items[p.offset:]
	}
	p.lineItems = items
	return out
}

// itemAt is the actor drawn on the given line of the panel, as last drawn.
func (p *panelsModel) itemAt(line int) (int, bool) {
	if line < 0 || line >= len(p.lineItems) || p.lineItems[line] < 0 {
		return 0, false
	}
	return p.lineItems[line], true
}

// source draws the domain and the URL, cut into lines of width cells, as an
// OSC 8 hyperlink when the URL passes the check.
func (p *panelsModel) source(width int, s styles) []string {
	src := p.art.Source
	if src == nil {
		return []string{s.dim.Render("  none")}
	}
	out := []string{"  " + src.Domain}
	link := s.dim
	target, err := src.URL, error(nil)
	if p.check != nil {
		target, err = p.check(src.URL)
	}
	if err == nil {
		link = link.Underline(true).Hyperlink(target)
	}
	w := max(width-2, 1)
	for _, l := range strings.Split(ansi.Hardwrap(src.URL, w, false), "\n") {
		out = append(out, "  "+link.Render(l))
	}
	return out
}

// summary is the panels in one or two lines, for the medium layout where
// they sit above the reader's text.
func (p *panelsModel) summary(width int, s styles) []string {
	if p.art == nil {
		return nil
	}
	src := "no source"
	if p.art.Source != nil {
		src = p.art.Source.Domain
	}
	count := "no comment count"
	if p.art.Comments != nil {
		count = plural(*p.art.Comments, "comment", "comments")
	}
	line := fmt.Sprintf(" %s · %s · %s", src, count, plural(len(p.items), "actor", "actors"))
	var names []string
	for _, a := range p.items {
		names = append(names, a.Name)
		if len(names) == 6 {
			break
		}
	}
	out := []string{s.dim.Render(fit(line, width))}
	if len(names) > 0 {
		out = append(out, s.dim.Render(fit(" "+strings.Join(names, ", "), width)))
	}
	return out
}
