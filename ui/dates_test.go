package ui

import (
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

// datedFixture is the fixture with a date for most articles.
func datedFixture() *fakeLibrary {
	lib := fixture()
	a := lib.arts["003_nosource"]
	a.Date = &article.Date{Value: "2025-04-02", Precision: "day", From: "text"}
	lib.arts[a.ID] = a
	return lib
}

// TestNewestFirstWhenMostAreDated: the default order is by date, newest
// first and undated last, when most articles have a date; the list shows
// the dates in a column; s and esc after a search keep to it.
func TestNewestFirstWhenMostAreDated(t *testing.T) {
	m := newTestModel(t, 120, 30, Options{Library: datedFixture(), NoColor: true})
	var order []string
	for _, i := range m.list.view {
		order = append(order, m.list.row(i).ID)
	}
	if got := strings.Join(order, " "); got != "003_nosource 001_rubio 002_tokyo 004_longword" {
		t.Fatalf("default order: %s", got)
	}
	if l := m.layout(); m.reader.width != min(l.text.w, maxTextWidth) {
		t.Errorf("the date column narrowed the reader to %d cells, its text is rendered at %d", l.text.w, m.reader.width)
	}
	if m.list.cursor != 0 {
		t.Errorf("the default order left the cursor on row %d, not on the newest", m.list.cursor)
	}
	scr := screenOf(t, m)
	if !strings.Contains(scr, "by date") || !strings.Contains(scr, "2025-04-02") || !strings.Contains(scr, "2025-03 ") {
		t.Errorf("no date column or header:\n%s", scr)
	}
	press(t, m, "/")
	typeText(t, m, "trump")
	press(t, m, "enter", "esc")
	if m.list.order != byDate {
		t.Errorf("after a search, the order is %v", m.list.order)
	}
	press(t, m, "s")
	if m.list.order != byName {
		t.Fatalf("s after date: %v", m.list.order)
	}
	drive(t, m, changeMsg{Added: []Summary{summarize(datedFixture().arts["001_rubio"])}})
	if m.list.order != byName {
		t.Errorf("a chosen order changed when rows came: %v", m.list.order)
	}
	// fewer than half dated: by name
	if m := newTestModel(t, 120, 30, Options{NoColor: true}); m.list.order != byName {
		t.Errorf("2 of 4 dated sorts by %v", m.list.order)
	}
	// the file's time, which every indexed article has, does not count
	lib := datedFixture()
	for _, id := range []string{"001_rubio", "003_nosource"} {
		a := lib.arts[id]
		a.Date = &article.Date{Value: "2025-05-01", Precision: "day", From: article.FromFile}
		lib.arts[id] = a
	}
	if m := newTestModel(t, 120, 30, Options{Library: lib, NoColor: true}); m.list.order != byName {
		t.Errorf("1 of 4 stating a date sorts by %v", m.list.order)
	}
}

// TestDateFormat: the configured layout writes days; a month or a year
// alone stays as it is; the column fits the layout.
func TestDateFormat(t *testing.T) {
	day := article.Date{Value: "2025-03-16", Precision: "day"}
	month := article.Date{Value: "2025-03", Precision: "month"}
	if got := showDate(day, "02/01/2006").String(); got != "16/03/2025" {
		t.Errorf("day: %q", got)
	}
	if got := showDate(month, "02/01/2006").String(); got != "2025-03" {
		t.Errorf("month: %q", got)
	}
	if got := showDate(day, "Jan 2\x1b[31m").String(); strings.Contains(got, "\x1b") {
		t.Errorf("a layout's escape reached the screen: %q", got)
	}
	if got := showDate(article.Date{Value: "2025-03-16", From: article.FromFile}, "2006-01-02").String(); got != "~2025-03-16" {
		t.Errorf("a file's date is not marked: %q", got)
	}
	if w := dateColumnWidth("2006-01-02"); w != 11 {
		t.Errorf("the default column: %d", w)
	}
	if w := dateColumnWidth("Monday 2 January 2006"); w != 16 {
		t.Errorf("a long layout's column: %d", w)
	}
	m := newTestModel(t, 120, 30, Options{Library: datedFixture(), NoColor: true, DateFormat: "2 Jan"})
	if scr := screenOf(t, m); !strings.Contains(scr, "2 Apr") || !strings.Contains(scr, "16 Mar") {
		t.Errorf("date_format not used:\n%s", scr)
	}
}
