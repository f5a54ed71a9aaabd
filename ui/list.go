package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/library"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// sortOrder is how the list is ordered; s cycles through them.
type sortOrder int

const (
	byRank     sortOrder = iota // search results only: best first
	byName                      // file name
	byComments                  // most commented first
	bySource                    // source domain, then file name
	byDate                      // newest first, undated last
)

func (o sortOrder) String() string {
	return [...]string{"rank", "name", "comments", "source", "date"}[o]
}

// sortCycle is the order s goes through (rank only for results).
var sortCycle = []sortOrder{byRank, byDate, byName, byComments, bySource}

// resultSet is a search's or an actor's answer shown in place of the folder.
type resultSet struct {
	label Safe     // what the list header says: search "word", actor Name
	noun  string   // what is counted: "match" or "article"
	ids   []string // rank order
	total int

	searchResults // results.go: a search's query and passages
}

// listModel is the article list. Its rows are library.Rows, compact, with
// every order sorted when the library read them, so that a million rows
// fit in memory and changing the order takes a permutation (copied only
// to filter or turn it); it draws only the visible rows, so 1M rows cost
// no more per keystroke than 30.
type listModel struct {
	tab                       *library.Rows
	view                      []int32 // row numbers of tab, in display order: tab's own order when nothing filters or turns it (see rebuildKeeping)
	cursor                    int     // index into view
	top                       int     // first visible row
	order                     sortOrder
	results                   *resultSet
	onlyBookmarks, onlyUnread bool
	height                    int    // visible rows, set by the layout
	reversed                  bool   // the sort order turned round
	gen                       int    // counts changes of the view, for the counts
	unread                    int    // unread rows of the view, as of countUnread
	orderChosen               bool   // s was pressed: the default order no longer applies
	dated                     int    // rows with a date
	stated                    int    // rows whose date the article states (not the file's time)
	dateLayout                string // how the date column writes a date (a Go layout)
	loading                   bool   // the library is still sending rows
	window                    [2]int // stated, of: the whole list's, told with its first rows (0, 0: none)
}

func newList() listModel {
	return listModel{tab: library.NewRows(""), order: byName, loading: true, dateLayout: time.DateOnly}
}

// row is the article of row number i (an element of view).
func (l *listModel) row(i int32) Summary { return l.tab.Summary(int(i)) }

// selected returns the row under the cursor.
func (l *listModel) selected() (Summary, bool) {
	if l.cursor < 0 || l.cursor >= len(l.view) {
		return Summary{}, false
	}
	return l.row(l.view[l.cursor]), true
}

// add puts rows from the library in the list, replacing rows with the
// same ID.
func (l *listModel) add(rows []Summary, st markReader) {
	if len(rows) == 0 {
		return
	}
	keep, _ := l.selected() // before the view, which may be tab's own order, moves
	l.tab.PutAll(rows)
	l.countDated()
	l.rebuildKeeping(st, keep.ID)
	l.followDefault(st)
}

// showWindow shows the first rows of the list, before the whole list
// comes: stated of of its articles state a date, which decides the order
// it opens in.
func (l *listModel) showWindow(rows []Summary, stated, of int, st markReader) {
	l.window = [2]int{stated, of}
	l.add(rows, st)
}

// setRows replaces every row by the library's whole list. A cursor not
// moved from the top of the first rows goes to the top of the whole list:
// the first rows of a day are not the day's first by name (Index.Newest).
func (l *listModel) setRows(tab *library.Rows, st markReader) {
	keep, _ := l.selected() // before the row numbers change
	if l.window[1] > 0 && l.cursor == 0 {
		keep = Summary{}
	}
	l.tab, l.window, l.view = tab, [2]int{}, nil
	l.countDated()
	l.rebuildKeeping(st, keep.ID)
	l.followDefault(st)
}

// takeRows takes what a library.Lister sends: the first rows, or all.
func (m *Model) takeRows(b library.Batch) {
	if b.Rows != nil {
		m.list.setRows(b.Rows, m.marks)
	} else {
		m.list.showWindow(b.Window, b.Stated, b.Of, m.marks)
	}
}

// remove drops rows by ID.
func (l *listModel) remove(ids []string, st markReader) {
	gone := map[int32]bool{}
	for _, id := range ids {
		if i, ok := l.tab.Find(id); ok {
			gone[int32(i)] = true
		}
	}
	if len(gone) == 0 {
		return
	}
	keep, _ := l.selected() // before the rows go
	if sel, ok := l.tab.Find(keep.ID); ok && gone[int32(sel)] {
		// the selection goes: keep the row that takes its place
		keep = Summary{}
		for v := l.cursor + 1; v < len(l.view); v++ {
			if i := l.view[v]; !gone[i] {
				keep = l.row(i)
				break
			}
		}
	}
	for _, id := range ids {
		l.tab.Remove(id)
	}
	l.view = nil
	l.countDated()
	l.rebuildKeeping(st, keep.ID)
	l.followDefault(st)
}

// rebuild recomputes the view from the rows, the results, the filters and
// the sort order, keeping the cursor on the same article when it stays.
func (l *listModel) rebuild(st markReader) {
	keep, _ := l.selected()
	l.rebuildKeeping(st, keep.ID)
}

// rebuildKeeping is rebuild with the cursor put on the article id.
func (l *listModel) rebuildKeeping(st markReader, keep string) {
	cursor := l.cursor
	var idx []int32
	filtered := l.onlyBookmarks || l.onlyUnread
	switch {
	case l.results != nil:
		for _, id := range l.results.ids {
			if i, ok := l.tab.Find(id); ok {
				idx = append(idx, int32(i))
			}
		}
		if l.order != byRank {
			cmp := l.tab.Compare(rowsOrder(l.order))
			slices.SortStableFunc(idx, func(a, b int32) int { return cmp(int(a), int(b)) })
		}
	case filtered || l.reversed:
		idx = slices.Clone(l.tab.Order(rowsOrder(l.order)))
	default:
		// The rows' own order, not a copy: 4 MB at 1M (issue 16). tab
		// changes it in place, so whatever changes tab rebuilds the view
		// after, and reads it (the selection) before.
		idx = l.tab.Order(rowsOrder(l.order))
	}
	if filtered {
		kept := idx[:0]
		for _, i := range idx {
			id := l.tab.ID(int(i))
			if (!l.onlyBookmarks || st.Bookmarked(id)) && (!l.onlyUnread || !st.Read(id)) {
				kept = append(kept, i)
			}
		}
		idx = kept
	}
	if l.reversed {
		slices.Reverse(idx)
	}
	l.view = idx
	l.gen++
	l.cursor = clamp(cursor, 0, len(idx)-1) // near where it was, if the article went
	if keep != "" {
		l.selectID(keep)
	}
	l.scroll()
}

// rowsOrder is the rows' order the list's order sorts by (rank: by name,
// for results that lost their rank order).
func rowsOrder(o sortOrder) library.Order {
	switch o {
	case byComments:
		return library.ByComments
	case bySource:
		return library.BySource
	case byDate:
		return library.ByDate
	}
	return library.ByName
}

// cycleSort moves to the next order; rank is offered only for results.
// The order is the user's from then on: the default no longer moves it.
func (l *listModel) cycleSort(st markReader) {
	l.orderChosen = true
	i := slices.Index(sortCycle, l.order)
	for {
		i = (i + 1) % len(sortCycle)
		if sortCycle[i] != byRank || l.results != nil {
			break
		}
	}
	l.order = sortCycle[i]
	l.rebuild(st)
}

// defaultOrder is newest first when most articles state a date (a file's
// time, which every article has, does not count), else by name (issue 14);
// while only the first rows are there, as the library said of them all.
func (l *listModel) defaultOrder() sortOrder {
	stated, of := l.stated, l.tab.Len()
	if l.window[1] > 0 {
		stated, of = l.window[0], l.window[1]
	}
	if library.DefaultOrder(stated, of) == library.ByDate {
		return byDate
	}
	return byName
}

// followDefault puts the list in its default order while the user has
// not chosen one and no results are shown: rows arrive in batches, and
// whether most are dated is known only as they come.
func (l *listModel) followDefault(st markReader) {
	if l.orderChosen || l.results != nil {
		return
	}
	if o := l.defaultOrder(); o != l.order {
		l.order = o
		if l.cursor == 0 { // not moved yet: the top of the new order, the newest
			l.rebuildKeeping(st, "")
		} else {
			l.rebuild(st)
		}
	}
}

// countDated counts the rows with a date, and those that state it.
func (l *listModel) countDated() {
	l.dated, l.stated = l.tab.Dated(), l.tab.Stated()
}

// dateW is the date column's width: 0 when no row has a date.
func (l *listModel) dateW() int {
	if l.dated == 0 {
		return 0
	}
	return dateColumnWidth(l.dateLayout)
}

// selectID puts the cursor on the article; false when it is not shown.
func (l *listModel) selectID(id string) bool {
	i, ok := l.tab.Find(id)
	if !ok {
		return false
	}
	v := slices.Index(l.view, int32(i))
	if v < 0 {
		return false
	}
	l.cursor = v
	l.scroll()
	return true
}

// move shifts the cursor by n rows, within the list.
func (l *listModel) move(n int) {
	l.cursor = clamp(l.cursor+n, 0, len(l.view)-1)
	l.scroll()
}

// scroll keeps the cursor on screen.
func (l *listModel) scroll() {
	h := max(l.height, 1)
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.cursor >= l.top+h {
		l.top = l.cursor - h + 1
	}
	l.top = clamp(l.top, 0, max(len(l.view)-h, 0))
}

// position is "3 unread · 42/1,337", what the status bar shows: the
// unread rows of the list as shown (counted by countUnread), the cursor's
// row and the rows shown.
func (l *listModel) position() Safe {
	if len(l.view) == 0 {
		return sanitize.Lit("0/0")
	}
	return sanitize.Sprintf("%s unread · %s/%s", thousands(l.unread), thousands(l.cursor+1), thousands(len(l.view)))
}

// countUnread counts the unread rows of the view. Update calls it when the
// view or a mark changed, so that View only reads the count.
func (l *listModel) countUnread(st markReader) {
	n := 0
	for _, i := range l.view {
		if !st.Read(l.tab.ID(int(i))) {
			n++
		}
	}
	l.unread = n
}

// nextUnread puts the cursor on the next (dir 1) or previous (dir -1)
// unread row, going round the list once; false when no other row is
// unread.
func (l *listModel) nextUnread(dir int, st markReader) bool {
	n := len(l.view)
	for k := 1; k < n; k++ {
		v := ((l.cursor+dir*k)%n + n) % n
		if !st.Read(l.tab.ID(int(l.view[v]))) {
			l.cursor = v
			l.scroll()
			return true
		}
	}
	return false
}

// shownIDs are the articles of the view, in order.
func (l *listModel) shownIDs() []string {
	ids := make([]string, len(l.view))
	for k, i := range l.view {
		ids[k] = l.tab.ID(int(i))
	}
	return ids
}

// header names what the list shows.
func (l *listModel) header() Safe {
	what := sanitize.Lit("Articles")
	if l.results != nil {
		one, many := "match", "matches"
		if l.results.noun == "article" {
			one, many = "article", "articles"
		}
		what = sanitize.Sprintf("%s · %s", l.results.label, plural(l.results.total, one, many))
		if n := len(l.results.ids); n < l.results.total {
			what = sanitize.Sprintf("%s, best %s shown", what, thousands(n))
		}
		if l.results.more { // a first page (results_page.go)
			what = l.results.pageHeader()
		}
	}
	var filters []string
	if l.onlyBookmarks {
		filters = append(filters, "bookmarks")
	}
	if l.onlyUnread {
		filters = append(filters, "unread")
	}
	if len(filters) > 0 {
		what = sanitize.Sprintf("%s · only %s", what, strings.Join(filters, ", "))
	}
	if l.reversed {
		return sanitize.Sprintf("%s · by %s, reversed", what, l.orderName())
	}
	return sanitize.Sprintf("%s · by %s", what, l.orderName())
}

func plural(n int, one, many string) Safe {
	if n == 1 {
		return sanitize.Sprintf("1 %s", one)
	}
	return sanitize.Sprintf("%s %s", thousands(n), many)
}

// rows draws the visible rows, width cells each.
func (l *listModel) rows(width int, cols rowCols, st markReader, s styles, focused bool) []styled {
	if l.twoLine() { // results.go
		return l.resultRows(width, cols, st, s, focused)
	}
	h := max(l.height, 0)
	out := make([]styled, 0, h)
	for v := l.top; v < len(l.view) && len(out) < h; v++ {
		r := l.row(l.view[v])
		line := rowText(r, width, cols, l.dateLayout, st)
		switch {
		case v == l.cursor && focused:
			out = append(out, paint(s.selected, fitSafe(line, width)))
		case v == l.cursor:
			out = append(out, paint(s.selected.Faint(true), fitSafe(line, width)))
		case !st.Read(r.ID):
			out = append(out, paint(s.unread, fitSafe(line, width)))
		default:
			out = append(out, plain(line))
		}
	}
	if len(l.view) == 0 && h > 0 {
		out = append(out, paint(s.dim, sanitize.Concat(sanitize.Lit(" "), l.emptyText())))
	}
	return out
}

// emptyText says why the list is empty.
func (l *listModel) emptyText() Safe {
	switch {
	case l.tab.Len() == 0 && l.loading:
		return sanitize.Lit("reading the folder…")
	case l.results != nil && len(l.results.ids) == 0:
		return sanitize.Lit("no match")
	case l.onlyBookmarks && l.onlyUnread:
		return sanitize.Lit("no unread bookmark")
	case l.onlyBookmarks:
		return sanitize.Lit("no bookmark yet")
	case l.onlyUnread:
		return sanitize.Lit("nothing unread")
	case l.tab.Len() == 0:
		return sanitize.Lit("no article in this folder")
	}
	return sanitize.Lit("nothing to show")
}

// emptyHint says what to do when the list is empty, for the reader.
func (l *listModel) emptyHint() Safe {
	switch {
	case l.tab.Len() == 0 && l.loading:
		return sanitize.Lit("the articles appear as they are read")
	case l.results != nil:
		return sanitize.Lit("esc shows all, / changes the search")
	case l.onlyBookmarks && l.onlyUnread:
		return sanitize.Lit("esc shows all")
	case l.onlyBookmarks:
		return sanitize.Lit("b bookmarks an article, esc shows all")
	case l.onlyUnread:
		return sanitize.Lit("esc shows all")
	case l.tab.Len() == 0:
		return sanitize.Lit("kiosk shows each .txt file put in the folder")
	}
	return sanitize.Lit("esc shows all")
}

// rowCols are the widths of the columns a row shows right of its title;
// 0 leaves a column out.
type rowCols struct{ date, domain, comments int }

// commentsWidth is the comment count column's width.
const commentsWidth = 5

// width is the cells the columns take, a space before each.
func (c rowCols) width() int {
	w := 0
	for _, cw := range []int{c.date, c.domain, c.comments} {
		if cw > 0 {
			w += cw + 1
		}
	}
	return w
}

// columnsFor picks the columns a list of width cells shows: the date, the
// comment count and the source, in that order, as long as the title keeps
// titleMin cells.
func columnsFor(width, titleMin, dateW int) rowCols {
	var c rowCols
	fits := func(try rowCols) bool { return width-2-try.width() >= titleMin }
	for _, add := range []func(*rowCols){
		func(c *rowCols) { c.date = dateW },
		func(c *rowCols) { c.comments = commentsWidth },
		func(c *rowCols) { c.domain = 18 },
	} {
		try := c
		add(&try)
		if fits(try) {
			c = try
		} else if try.domain > 0 {
			if try.domain = 12; fits(try) {
				c = try
			}
		}
	}
	return c
}

// titleWidth is what a row of width cells leaves its title.
func (c rowCols) titleWidth(width int) int { return width - 2 - c.width() }

// rowText is one row: marks, title, and the columns on the right.
func rowText(r Summary, width int, cols rowCols, layout string, st markReader) Safe {
	mark := sanitize.Lit("  ")
	switch {
	case st.Bookmarked(r.ID):
		mark = sanitize.Lit("★ ")
	case !st.Read(r.ID):
		mark = sanitize.Lit("● ")
	}
	title := r.Label() // the title, or the file name cleaned
	var right Safe
	if cols.date > 0 {
		right = sanitize.Sprintf("%s %s", right, fitSafe(showDate(r.Date, layout), cols.date))
	}
	if cols.domain > 0 {
		right = sanitize.Sprintf("%s %s", right, fitSafe(r.Source(), cols.domain))
	}
	if cols.comments > 0 {
		comments := sanitize.Lit("—")
		if r.Comments >= 0 {
			comments = thousands(r.Comments)
		}
		right = sanitize.Sprintf("%s %*s", right, cols.comments, comments)
	}
	tw := cols.titleWidth(width)
	if tw < 1 {
		return fitSafe(sanitize.Concat(mark, title), width)
	}
	return sanitize.Concat(mark, fitSafe(title, tw), right)
}
