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
	switch {
	case w >= wideWidth:
		lw := clamp(w*30/100, 30, 56)
		pw := clamp(w*22/100, 26, 40)
		rw := w - lw - pw - 2
		s.list = rect{0, 0, lw, bh}
		s.reader = rect{lw + 1, 0, rw, bh}
		s.panels = rect{lw + 1 + rw + 1, 0, pw, bh}
		s.text = rect{s.reader.x, 1, rw, bh - 1}
	case w >= mediumWidth:
		lw := clamp(w*36/100, 24, 44)
		rw := w - lw - 1
		s.list = rect{0, 0, lw, bh}
		s.reader = rect{lw + 1, 0, rw, bh}
		if m.focus == panelsPane {
			s.panels = s.reader
			s.text = rect{s.reader.x, 1, rw, bh - 1}
			s.reader.w = 0
			break
		}
		s.inline = bh >= 10
		top := 1
		if s.inline {
			top += inlineLines
		}
		s.text = rect{s.reader.x, top, rw, bh - top}
	default:
		full := rect{0, 0, w, bh}
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
