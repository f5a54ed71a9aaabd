package ui

import (
	"os"
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/people"
	"github.com/kioskreader/kiosk/store/sanitize"
	"github.com/kioskreader/kiosk/store/trend"
	"github.com/kioskreader/kiosk/ui/chart"
)

// The "who is in the news" view (w): the folder's actors ranked by the
// number of articles naming them, a tab per kind, filtered as one types,
// a sparkline beside each and, for the selected one, who is named with it,
// its sources and its articles per week. enter lists its articles.
//
// The tally (store/people) is asked of the library in a tea.Cmd, once when
// the folder has loaded and again after each change while the view is
// open: the library answers at once when the index has not changed. Only
// the answer to the last request is taken, so a slow tally of an older
// folder never replaces a newer one. Keys work on the tally in memory: no
// key reads the index.

// Tallier and Tally are what store/library serves the view.
type (
	Tallier = library.Tallier
	Tally   = library.Tally
)

// peopleTabs are the view's tabs, one per kind.
var peopleTabs = []struct {
	kind  actors.Kind
	title Safe
}{
	{actors.Person, sanitize.Lit("People")},
	{actors.Organization, sanitize.Lit("Organizations")},
	{actors.Place, sanitize.Lit("Places")},
}

// peopleHelp is the view's keys, for the ? overlay; "→" marks the keys
// of the open view, which are the list's keys elsewhere.
var peopleHelp = [][2]Safe{
	{sanitize.Lit("→ tab"), sanitize.Lit("next kind")},
	{sanitize.Lit("→ a–z"), sanitize.Lit("filter by name")},
	{sanitize.Lit("→ enter"), sanitize.Lit("its articles")},
	{sanitize.Lit("→ esc"), sanitize.Lit("clear, then back")},
}

// queryLimit bounds what the filter holds, in runes.
const queryLimit = 100

type peopleModel struct {
	open  bool
	tally *people.Folder
	stamp string // of the tally shown
	seq   int    // token of the tally asked last
	busy  bool   // the answer of seq is awaited
	stale bool   // the folder changed since seq was asked
	err   Safe   // why the last tally failed

	tab    int
	query  []rune
	ofKind [3][]int // every rank of each tab's kind, in rank order
	shown  []int    // the ranks the tab and the query keep
	shownQ string   // the folded query shown was filtered with
	cursor int      // index into shown
	top    int

	width, height int          // of the body the view fills
	style         chart.Style  // blocks or ASCII
	axis          people.Axis  // the sparklines' periods
	rows          []peopleRow  // the visible rows, drawn by Update
	sparks        map[int]Safe // sparklines drawn, by rank, for sparkFor
	sparkFor      sparkKey
	detail        peopleDetail

	asked    int // the search token of the articles asked with enter, 0 for none
	askedFor actors.Actor
}

// peopleRow is one visible actor, with its sparkline drawn.
type peopleRow struct {
	rank     int
	place    int // 1 for the tab's first
	name     Safe
	articles int
	spark    Safe
}

// sparkKey is what the sparklines kept were drawn for.
type sparkKey struct {
	tally *people.Folder
	axis  people.Axis
	width int
	style chart.Style
}

// peopleDetail is what the view shows of the selected actor.
type peopleDetail struct {
	rank     int // -1 for none
	together []people.Count
	sources  []people.Count
	weeks    people.Axis
	perWeek  []int
}

// newPeople draws in blocks, or in ASCII under TERM=dumb or NO_COLOR, as
// kiosk timeline does.
func newPeople(noColor bool) peopleModel {
	st := chart.StyleFor(os.Getenv)
	st.ASCII = st.ASCII || noColor
	return peopleModel{style: st, detail: peopleDetail{rank: -1}}
}

type tallyMsg struct {
	seq   int
	tally Tally
	err   error
}

// askTally asks the library for the folder's tally, unless one is under
// way: then its answer asks again, as the folder changed since.
func (m *Model) askTally() tea.Cmd {
	t, ok := m.lib.(Tallier)
	if !ok {
		return nil
	}
	p := &m.people
	if p.busy { // its answer asks again if the folder changed since
		return nil
	}
	p.seq++
	p.busy, p.stale = true, false
	seq, stamp, ctx := p.seq, p.stamp, m.ctx
	return func() tea.Msg {
		var tl Tally
		err := safely(func() (err error) {
			tl, err = t.People(ctx, stamp)
			return err
		})
		return tallyMsg{seq: seq, tally: tl, err: err}
	}
}

// folderChanged follows the folder: while the view is open the tally is
// asked again, else when it opens.
func (m *Model) folderChanged() tea.Cmd {
	m.people.stale = true
	if m.people.open {
		return m.askTally()
	}
	return nil
}

// takeTally takes the answer to the last request; any other is dropped.
func (m *Model) takeTally(msg tallyMsg) tea.Cmd {
	p := &m.people
	if msg.seq != p.seq || !p.busy {
		return nil
	}
	p.busy = false
	if msg.err != nil {
		p.err = sanitize.Sprintf("could not count the actors: %s", errorLine(msg.err))
	} else if !msg.tally.Same && msg.tally.Folder != nil {
		p.err = Safe{}
		p.install(msg.tally.Folder, msg.tally.Stamp)
	}
	if p.stale && p.open {
		return m.askTally()
	}
	return nil
}

// install shows a new tally, keeping the selected actor when it is still
// named.
func (p *peopleModel) install(f *people.Folder, stamp string) {
	keep, had := p.selected()
	p.tally, p.stamp = f, stamp
	for t := range peopleTabs {
		p.ofKind[t] = f.OfKind(peopleTabs[t].kind)
	}
	p.shown, p.shownQ = nil, "\x00" // filter anew
	p.filter()
	p.cursor, p.detail = 0, peopleDetail{rank: -1}
	if had {
		for _, r := range f.Lookup(keep.Name, keep.Kind) {
			p.selectRank(r)
		}
	}
	p.redraw()
}

// selected is the actor under the cursor.
func (p *peopleModel) selected() (actors.Ranked, bool) {
	if p.tally == nil || p.cursor < 0 || p.cursor >= len(p.shown) {
		return actors.Ranked{}, false
	}
	return p.tally.Ranked[p.shown[p.cursor]], true
}

func (p *peopleModel) selectRank(r int) {
	for i, s := range p.shown {
		if s == r {
			p.cursor = i
			return
		}
	}
}

// filter keeps the tab's actors whose name holds the query: within the
// last answer when the query only grew, so that typing stays a pass over
// fewer names each key.
func (p *peopleModel) filter() {
	if p.tally == nil {
		return
	}
	q := people.Fold(string(p.query))
	switch {
	case q == p.shownQ:
		return
	case q == "":
		p.shown = p.ofKind[p.tab]
	case p.shownQ != "\x00" && strings.Contains(q, p.shownQ):
		// names holding q hold the last query too: a pass over fewer names
		p.shown = p.tally.Filter(p.shown, q)
	default:
		p.shown = p.tally.Filter(p.ofKind[p.tab], q)
	}
	p.shownQ = q
	p.cursor = 0
}

// openPeople shows the view, asking for a tally when the folder changed
// since the last (the last one stays on screen until the new one comes).
func (m *Model) openPeople() tea.Cmd {
	m.people.open = true
	m.people.resize(m.width, m.layout().bodyH)
	if m.people.tally == nil || m.people.stale {
		return m.askTally()
	}
	return nil
}

// peopleKeyPress answers a key while the view is open: typing filters, the
// arrows move, tab changes kind, enter lists the actor's articles, esc
// clears the filter and then closes the view.
func (m *Model) peopleKeyPress(msg tea.KeyPressMsg) tea.Cmd {
	p := &m.people
	switch s := msg.String(); s {
	case "esc":
		if len(p.query) > 0 {
			p.query = nil
			p.refilter()
			return nil
		}
		p.open = false
		return nil
	case "enter":
		return m.peopleArticles()
	case "tab", "shift+tab":
		step := 1
		if s == "shift+tab" {
			step = len(peopleTabs) - 1
		}
		p.tab = (p.tab + step) % len(peopleTabs)
		p.shownQ = "\x00"
		p.refilter()
		return nil
	case "backspace", "ctrl+h":
		if len(p.query) > 0 {
			p.query = p.query[:len(p.query)-1]
			p.refilter()
		}
		return nil
	case "ctrl+u":
		p.query = nil
		p.refilter()
		return nil
	case "up", "ctrl+p":
		p.move(-1)
	case "down", "ctrl+n":
		p.move(1)
	case "pgup":
		p.move(-max(p.listHeight()-1, 1))
	case "pgdown":
		p.move(max(p.listHeight()-1, 1))
	case "home":
		p.move(-1 << 30)
	case "end":
		p.move(1 << 30)
	default:
		if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
			for _, r := range sanitize.Line(msg.Text) {
				if len(p.query) < queryLimit {
					p.query = append(p.query, r)
				}
			}
			p.refilter()
		}
	}
	return nil
}

// refilter filters again after the query or the tab changed.
func (p *peopleModel) refilter() {
	p.filter()
	p.top = 0
	p.redraw()
}

func (p *peopleModel) move(n int) {
	p.cursor = clamp(p.cursor+n, 0, len(p.shown)-1)
	p.redraw()
}

// peopleArticles lists the selected actor's articles in the list, through
// the list's own actor lookup (the panels' enter), newest first.
func (m *Model) peopleArticles() tea.Cmd {
	a, ok := m.people.selected()
	if !ok {
		return nil
	}
	m.people.open = false
	m.people.askedFor = actors.Actor{Name: a.Name, Kind: a.Kind}
	cmd := m.actorArticles(m.people.askedFor)
	m.people.asked = m.search.seq
	return tea.Batch(m.setStatus(sanitize.Sprintf("articles naming %s…", a.Name), false), cmd)
}

// newest orders the answer to the view's enter newest first, by the dates
// the tally holds; other answers pass as they are.
func (m *Model) newest(msg actorResultMsg) actorResultMsg {
	if m.people.asked == 0 || msg.seq != m.people.asked || m.people.tally == nil {
		return msg
	}
	msg.res.IDs = m.people.tally.Newest(msg.res.IDs)
	return msg
}

// resize fits the view to the body; the visible rows are drawn again.
func (p *peopleModel) resize(width, height int) {
	if p.width == width && p.height == height {
		return
	}
	p.width, p.height = width, height
	p.redraw()
}

// redraw keeps the cursor on screen and draws the visible rows and the
// detail, so that View only lays them out.
func (p *peopleModel) redraw() {
	p.cursor = clamp(p.cursor, 0, len(p.shown)-1)
	h := max(p.listHeight(), 1)
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+h {
		p.top = p.cursor - h + 1
	}
	p.top = clamp(p.top, 0, max(len(p.shown)-h, 0))
	p.rows = p.rows[:0]
	if p.tally == nil {
		p.detail = peopleDetail{rank: -1}
		return
	}
	p.axis = sparkAxis(p.tally, p.sparkWidth())
	if key := (sparkKey{p.tally, p.axis, p.sparkWidth(), p.style}); key != p.sparkFor || len(p.sparks) > 4096 {
		p.sparks, p.sparkFor = map[int]Safe{}, key
	}
	for v := p.top; v < len(p.shown) && v < p.top+h; v++ {
		r := p.shown[v]
		e := p.tally.Ranked[r]
		place := sort.SearchInts(p.ofKind[p.tab], r) + 1 // ofKind is in rank order
		p.rows = append(p.rows, peopleRow{rank: r, place: place, name: sanitize.SafeLine(e.Name), articles: e.Articles,
			spark: p.spark(r)})
	}
	p.describe()
}

// spark is the sparkline of the actor of rank r, drawn once per tally and
// width: a step down draws one new row, not every row on screen.
func (p *peopleModel) spark(r int) Safe {
	if s, ok := p.sparks[r]; ok {
		return s
	}
	s := sanitize.SafeLine(chart.Spark(p.tally.Series(r, p.axis), p.sparkWidth(), p.style)) // the chart's own blocks and dots
	p.sparks[r] = s
	return s
}

// describe computes the selected actor's detail when the selection moved.
func (p *peopleModel) describe() {
	if _, ok := p.selected(); !ok {
		p.detail = peopleDetail{rank: -1}
		return
	}
	r := p.shown[p.cursor]
	if p.detail.rank == r && p.detail.weeks == p.tally.Axis(trend.Week) {
		return
	}
	d := peopleDetail{rank: r, weeks: p.tally.Axis(trend.Week)}
	d.together = p.tally.Together(r, detailRows)
	d.sources = p.tally.Sources(r, detailRows)
	d.perWeek = p.tally.Series(r, d.weeks)
	p.detail = d
}

// detailRows is how many actors and sources the detail lists at most.
const detailRows = 8

// sparkAxis is the periods of the sparklines: days when the folder's days
// fit in the cells, else weeks (summed into runs of weeks when even they
// do not), or months when a folder spans years.
func sparkAxis(f *people.Folder, width int) people.Axis {
	if ax := f.Axis(trend.Day); ax.N <= width {
		return ax
	}
	if ax := f.Axis(trend.Week); ax.N <= 4*width {
		return ax
	}
	return f.Axis(trend.Month)
}
