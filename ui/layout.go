package ui

// rect is a pane's place on the screen, in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return r.w > 0 && x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// Width thresholds of the three layouts, and the smallest usable window.
const (
	wideWidth   = 120 // list | reader | panels
	mediumWidth = 60  // list | reader, panels above the text
	minWidth    = 20
	minHeight   = 6
)

// screen is where each pane goes. A pane with zero width is not drawn. The
// reader keeps its width when hidden, so that tab does not re-render it.
type screen struct {
	small  bool
	bodyH  int
	list   rect
	reader rect // header and text
	text   rect // the text part of the reader
	panels rect
	inline bool // medium layout: panels summary above the reader's text
}

// inlineLines is how many lines the panels summary takes above the text.
const inlineLines = 2

func (m *Model) layout() screen {
	w, h := m.width, m.height
	if w < minWidth || h < minHeight {
		return screen{small: true}
	}
	s := screen{bodyH: h - 2} // status line and help line below
	bh := s.bodyH
	full := rect{0, 0, w, bh}
	switch {
	case m.zoom:
		s.reader = full
		s.text = rect{0, 1, w, bh - 1}
	case w >= mediumWidth:
		lw, _ := listWidth(w, m.opts.ListWidth, m.list.dateW())
		s.list = rect{0, 0, lw, bh}
		pw := clamp(w*20/100, 26, 36)
		if rw := w - lw - pw - 2; w >= wideWidth && rw >= minReader && !m.hidePanels {
			s.reader = rect{lw + 1, 0, rw, bh}
			s.panels = rect{lw + 1 + rw + 1, 0, pw, bh}
			s.text = rect{s.reader.x, 1, rw, bh - 1}
			break
		}
		rw := w - lw - 1
		s.reader = rect{lw + 1, 0, rw, bh}
		if m.focus == panelsPane {
			s.panels = s.reader
			s.text = rect{s.reader.x, 1, rw, bh - 1}
			s.reader.w = 0
			break
		}
		s.inline = bh >= 10 && !m.hidePanels
		top := 1
		if s.inline {
			top += inlineLines
		}
		s.text = rect{s.reader.x, top, rw, bh - top}
	default:
		s.text = rect{0, 1, w, bh - 1}
		switch m.focus {
		case listPane:
			s.list = full
		case readerPane:
			s.reader = full
		case panelsPane:
			s.panels = full
		}
	}
	return s
}

// minReader is the narrowest reader beside a third pane: below it the
// panels go above the reader's text.
const minReader = 44

// titleShare is the part of a wide screen (in percent) the list's titles
// get: lead-derived titles start alike and are told apart further on.
const titleShare = 45

// listWidth is the list's width on a screen of w columns (from 60), and the
// columns its rows show beside the title. Wide, the titles get titleShare
// percent of the screen, the date and the comment count their columns, and
// the source too when the screen is very wide (dateW is 0 when no article
// of the list has a date); below, the list takes about
// a third. A configured width (list_width) is kept, within reason.
func listWidth(w, configured, dateW int) (int, rowCols) {
	if configured > 0 {
		lw := clamp(configured, 20, w-30)
		return lw, columnsFor(lw, lw*60/100, dateW)
	}
	if w < wideWidth {
		lw := clamp(w*36/100, 24, 44)
		return lw, columnsFor(lw, lw*60/100, dateW)
	}
	tw := (w*titleShare + 99) / 100
	c := rowCols{date: dateW, comments: commentsWidth}
	if w >= 240 {
		c.domain = 16
	}
	return 2 + tw + c.width(), c
}

// listCols are the columns the list's rows show in this layout.
func (m *Model) listCols(l screen) rowCols {
	switch {
	case l.list.w <= 0:
		return rowCols{}
	case m.width < mediumWidth:
		return columnsFor(l.list.w, l.list.w*60/100, m.list.dateW())
	}
	_, c := listWidth(m.width, m.opts.ListWidth, m.list.dateW())
	return c
}
