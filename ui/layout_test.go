package ui

import "testing"

// TestTitlesGetTheirShare: from 120 columns the list's titles get at least
// 45% of the width, the reader keeps minReader cells beside the panels, and
// the panes fill the width exactly; a configured list width is kept.
func TestTitlesGetTheirShare(t *testing.T) {
	for w := wideWidth; w <= 400; w++ {
		m := &Model{width: w, height: 40}
		l := m.layout()
		cols := m.listCols(l)
		if tw := cols.titleWidth(l.list.w); tw*100 < titleShare*w {
			t.Fatalf("%d columns: titles get %d cells", w, tw)
		}
		used := l.list.w + 1 + l.reader.w
		if l.panels.w > 0 {
			used += 1 + l.panels.w
			if l.reader.w < minReader {
				t.Fatalf("%d columns: the reader gets %d cells beside the panels", w, l.reader.w)
			}
		} else if !l.inline {
			t.Fatalf("%d columns: the panels are nowhere", w)
		}
		if used != w {
			t.Fatalf("%d columns: the panes take %d", w, used)
		}
	}
	for w := mediumWidth; w < wideWidth; w++ {
		m := &Model{width: w, height: 40}
		l := m.layout()
		if l.list.w+1+l.reader.w != w || m.listCols(l).titleWidth(l.list.w) < l.list.w/2 {
			t.Fatalf("%d columns: list %v reader %v", w, l.list, l.reader)
		}
	}
	m := &Model{width: 150, height: 40, opts: Options{ListWidth: 70}}
	if l := m.layout(); l.list.w != 70 {
		t.Errorf("list_width 70 gives a list of %d", l.list.w)
	}
}

// TestZoomAndHiddenPanels: z gives the reader every column, p the panels'
// columns to the reader, at every layout.
func TestZoomAndHiddenPanels(t *testing.T) {
	for _, w := range []int{40, 80, 120, 200} {
		m := newTestModel(t, w, 30, Options{NoColor: true})
		press(t, m, "z")
		if l := m.layout(); l.reader.w != w || l.list.w != 0 || l.panels.w != 0 || m.focus != readerPane {
			t.Errorf("%d: zoom gives %+v", w, l)
		}
		press(t, m, "z", "p")
		if l := m.layout(); l.panels.w != 0 || l.inline {
			t.Errorf("%d: hidden panels still drawn: %+v", w, l)
		}
		press(t, m, "tab", "tab", "tab")
		if m.focus == panelsPane {
			t.Errorf("%d: tab went to hidden panels", w)
		}
	}
}
